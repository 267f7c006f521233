package brief

import "strings"

// wordSet is a lexicon list of single words, looked up by the vocabulary id
// a token already carries: the rules ask such lists about most tokens they
// read, and an index is much cheaper than hashing the word each time.
type wordSet struct {
	words map[string]bool // folded words, for lookups by string
	ids   []bool          // by vocabulary id, filled by freeze
}

// newWordSet folds words and interns them, so every token spelling one
// carries an id the set knows.
func newWordSet(words []string, voc *vocab) *wordSet {
	ws := &wordSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		w = strings.ToLower(w)
		ws.words[w] = true
		voc.intern(w)
	}
	return ws
}

// freeze indexes the set by id; call it once the vocabulary is complete.
func (ws *wordSet) freeze(voc *vocab) {
	ws.ids = make([]bool, len(voc.words))
	for w := range ws.words {
		ws.ids[voc.ids[w]] = true
	}
}

// has reports whether token t (numbered with the vocabulary) is in the set.
func (ws *wordSet) has(t *token) bool {
	return t.id > 0 && int(t.id) < len(ws.ids) && ws.ids[t.id]
}

// hasWord reports whether folded word w is in the set.
func (ws *wordSet) hasWord(w string) bool { return ws.words[w] }
