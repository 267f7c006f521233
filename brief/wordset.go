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
		w = foldText(w)
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

// textFilter tells, by a token's vocabulary id, whether its written text
// may be a key of a set of written forms (notNames, orgWords, starters):
// most tokens are no key, and the id answers before the text is hashed.
// A text that is a key folds as the key does, so it carries an id the
// filter marks, or id 0 when some key folds to no vocabulary word.
type textFilter struct {
	ids     []bool // by vocabulary id: some key folds to the word
	unknown bool   // some key folds to no word of the vocabulary
}

// newTextFilter builds the filter of the keys of set; voc must be complete.
func newTextFilter(set map[string]bool, voc *vocab) textFilter {
	f := textFilter{ids: make([]bool, len(voc.words))}
	for key := range set {
		// The key as a word folds like any word; as a mark, to itself.
		for _, fold := range [2]string{wordFold(key), key} {
			if id := voc.ids[fold]; id != 0 {
				f.ids[id] = true
			} else {
				f.unknown = true
			}
		}
	}
	return f
}

// wordFold is the folded form makeWord gives a word written text.
func wordFold(text string) string {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(text)
	}
	return foldText(text)
}

// in reports set[t.text], where set is the map the filter was built from and
// t a token numbered by the complete vocabulary (a document's tokens).
func (f *textFilter) in(set map[string]bool, t *token) bool {
	if t.id == 0 {
		return f.unknown && set[t.text]
	}
	return int(t.id) < len(f.ids) && f.ids[t.id] && set[t.text]
}
