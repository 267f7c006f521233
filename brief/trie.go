package brief

import (
	"strings"
	"unicode"
)

// trie matches phrases token by token: one walk per start position finds the
// longest phrase there, whatever the number of phrases.
type trie struct {
	root trieNode
	voc  *vocab
	// dense is root.next as a slice indexed by word id, filled by freeze:
	// most tokens start no phrase, and a slice index rejects them fastest.
	dense []*trieNode
	// first has a bit per word id that starts a phrase: the rejection
	// reads a few hundred bytes per trie, not a pointer per word.
	first []uint64
}

// vocab numbers every word that any phrase of any trie uses, so matching
// compares small integers, and a word no phrase has (id 0) is rejected by
// every trie at once.
type vocab struct {
	ids   map[string]int32
	words []string   // id -> word; words[0] is unused
	punct [128]int32 // ids of one-byte marks, for the tokenizer's fast path
	// table is ids as an open-addressing hash table, filled by freeze: the
	// tokenizer hashes each word as it reads its letters, and a probe here
	// costs a fraction of a map lookup that hashes the word again.
	table   []vocabSlot
	maxWord int // the longest word's length in bytes: longer ones are unknown
	// short holds the words of one to four bytes by the bytes themselves,
	// so half the words of a text are found with one probe of a table small
	// enough to stay in the cache, and no comparison of strings.
	short     []shortSlot
	shortBits uint32 // log2 len(short)
}

type shortSlot struct {
	key uint32 // the word's bytes, little-endian; a word has no NUL byte
	id  int32  // 0 for an empty slot
}

type vocabSlot struct {
	hash uint32
	id   int32 // 0 for an empty slot
}

// FNV-1a, computed a byte at a time while the tokenizer reads a word.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvString(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}, words: []string{""}} }

func (v *vocab) intern(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	if v.table != nil {
		v.table, v.short = nil, nil // a word added after freeze: fall back to the map until the next freeze
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	if len(w) == 1 && w[0] < 128 {
		v.punct[w[0]] = id
	}
	return id
}

// freeze builds the hash table; call it once the vocabulary is complete.
func (v *vocab) freeze() {
	size := 16
	for size < 4*len(v.words) {
		size *= 2
	}
	v.table = make([]vocabSlot, size)
	v.maxWord = 0
	mask := uint32(size - 1)
	for id := 1; id < len(v.words); id++ {
		w := v.words[id]
		v.maxWord = max(v.maxWord, len(w))
		h := fnvString(w)
		for k := slotOf(h) & mask; ; k = (k + 1) & mask {
			if v.table[k].id == 0 {
				v.table[k] = vocabSlot{hash: h, id: int32(id)}
				break
			}
		}
	}
	n := 0
	for _, w := range v.words {
		if _, ok := shortKey(w); ok {
			n++
		}
	}
	v.shortBits = 4
	for 1<<v.shortBits < 3*n {
		v.shortBits++
	}
	v.short = make([]shortSlot, 1<<v.shortBits)
	smask := uint32(len(v.short) - 1)
	for id, w := range v.words {
		key, ok := shortKey(w)
		if !ok || id == 0 {
			continue
		}
		for k := v.shortSlot(key); ; k = (k + 1) & smask {
			if v.short[k].id == 0 {
				v.short[k] = shortSlot{key: key, id: int32(id)}
				break
			}
		}
	}
}

// shortKey packs a word of one to four bytes, none of them NUL, into its
// key; ok is false for any other word.
func shortKey(w string) (key uint32, ok bool) {
	if len(w) == 0 || len(w) > 4 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] == 0 {
			return 0, false
		}
		key |= uint32(w[i]) << (8 * i)
	}
	return key, true
}

// shortFoldedKey is shortKey of ASCII w lower-cased.
func shortFoldedKey(w string) (key uint32, ok bool) {
	if len(w) == 0 || len(w) > 4 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 0 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key |= uint32(c) << (8 * i)
	}
	return key, true
}

// shortSlot is where key's probe starts: a multiplicative hash.
func (v *vocab) shortSlot(key uint32) uint32 { return key * 0x9E3779B1 >> (32 - v.shortBits) }

// lookupShort finds the word whose key is key.
func (v *vocab) lookupShort(key uint32) int32 {
	mask := uint32(len(v.short) - 1)
	for k := v.shortSlot(key); ; k = (k + 1) & mask {
		sl := v.short[k]
		if sl.key == key || sl.id == 0 {
			return sl.id
		}
	}
}

// slotOf mixes the high bits of h into the low ones the mask keeps.
func slotOf(h uint32) uint32 { return h ^ h>>16 }

// lookup returns the id of folded word w, 0 when no phrase uses it.
func (v *vocab) lookup(w string) int32 {
	if v.table == nil {
		return v.ids[w]
	}
	if len(w) > v.maxWord {
		return 0
	}
	return v.lookupHashed(w, fnvString(w))
}

// lookupHashed is lookup of w, whose FNV-1a hash h the caller computed.
func (v *vocab) lookupHashed(w string, h uint32) int32 {
	if v.table == nil {
		return v.ids[w]
	}
	if len(w) > v.maxWord {
		return 0
	}
	if key, ok := shortKey(w); ok {
		return v.lookupShort(key)
	}
	mask := uint32(len(v.table) - 1)
	for k := slotOf(h) & mask; ; k = (k + 1) & mask {
		sl := v.table[k]
		if sl.id == 0 {
			return 0
		}
		if sl.hash == h && v.words[sl.id] == w {
			return sl.id
		}
	}
}

// lookupFoldedASCII is lookup of the lower-case form of ASCII word w, whose
// folded hash h the caller computed; the folded string is never built.
func (v *vocab) lookupFoldedASCII(w string, h uint32) int32 {
	if v.table == nil {
		return v.ids[strings.ToLower(w)]
	}
	if len(w) > v.maxWord {
		return 0
	}
	if key, ok := shortFoldedKey(w); ok {
		return v.lookupShort(key)
	}
	mask := uint32(len(v.table) - 1)
	for k := slotOf(h) & mask; ; k = (k + 1) & mask {
		sl := v.table[k]
		if sl.id == 0 {
			return 0
		}
		if sl.hash == h && equalFoldedASCII(w, v.words[sl.id]) {
			return sl.id
		}
	}
}

// equalFoldedASCII reports whether ASCII w, lower-cased, is folded.
func equalFoldedASCII(w, folded string) bool {
	if len(w) != len(folded) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != folded[i] {
			return false
		}
	}
	return true
}

// number sets the vocabulary id of each token; only building adds words.
func (v *vocab) number(toks []token) {
	for i := range toks {
		toks[i].id = v.lookup(toks[i].fold)
	}
}

type trieNode struct {
	next  map[int32]*trieNode
	forms []caseRule // how the edge into this node may be written; none: any case
	val   int32      // payload index, -1 when no phrase ends here
	// What caseFits would find in forms, kept as forms grow: anyCase when
	// any spelling fits (no forms, or one of any case), capital when a
	// capital suffices; exact forms are still compared one by one.
	anyCase, capital bool
	// throughPoss: a phrase goes on past a possessive written here
	// ("People's Liberation Army", "Ukraine's General Staff").
	throughPoss bool
}

// fits is caseFits(n.forms, t), the common answers read from flags.
func (n *trieNode) fits(t *token) bool {
	return n.anyCase || n.capital && t.cap || exactFits(n.forms, t)
}

// exactFits reports a form of kind caseExact that t's text fits.
func exactFits(forms []caseRule, t *token) bool {
	for i := range forms {
		if f := &forms[i]; f.kind == caseExact && (t.text == f.exact || f.loose && t.cap && len(t.text) == len(f.exact)) {
			return true
		}
	}
	return false
}

// caseRule is one written form of an alias word, reduced to what a text
// word must satisfy to match it.
type caseRule struct {
	kind  uint8  // caseAny, caseCapital or caseExact
	exact string // for caseExact: the form itself
	loose bool   // for caseExact: a title-case spelling also matches ("Nato")
}

const (
	caseAny uint8 = iota
	caseCapital
	caseExact
)

func newCaseRule(f string) caseRule {
	upper, letters := 0, 0
	firstUpper, first := false, true
	for _, r := range f {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if first {
					firstUpper = true
				}
			}
			first = false
		}
	}
	switch {
	case upper == 0:
		return caseRule{kind: caseAny}
	case letters >= 2 && upper == letters:
		return caseRule{kind: caseExact, exact: f, loose: letters >= 4 && !containsDot(f)}
	case firstUpper:
		return caseRule{kind: caseCapital}
	default:
		// Mixed case that starts lower ("al-Assad", "von"): accept a capital too.
		return caseRule{kind: caseAny}
	}
}

func newTrie(v *vocab) *trie { return &trie{root: trieNode{val: -1, anyCase: true}, voc: v} }

// add inserts phrase with payload val; it reports false when the phrase has
// no words. When caseAware, each token's written form is kept and checked on
// match ("US" does not match "us"). An earlier payload for the same phrase
// is replaced. A match runs on past a possessive word only where the phrase
// has one.
func (tr *trie) add(phrase string, val int32, caseAware bool) bool {
	toks := tokenize(phrase, nil)
	if len(toks) == 0 {
		return false
	}
	n := &tr.root
	for k, t := range toks {
		key := tr.voc.intern(t.fold)
		child := n.next[key]
		if child == nil {
			if n.next == nil {
				n.next = map[int32]*trieNode{}
			}
			child = &trieNode{val: -1, anyCase: true}
			n.next[key] = child
		}
		if caseAware {
			if r := newCaseRule(t.text); !containsRule(child.forms, r) {
				child.forms = append(child.forms, r)
				child.anyCase, child.capital = false, false
				for _, f := range child.forms {
					child.anyCase = child.anyCase || f.kind == caseAny
					child.capital = child.capital || f.kind == caseCapital
				}
			}
		}
		if t.poss && k+1 < len(toks) {
			child.throughPoss = true
		}
		n = child
	}
	n.val = val
	return true
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// freeze indexes the root's children by word id; call it once the
// vocabulary is complete.
func (tr *trie) freeze() {
	tr.dense = make([]*trieNode, len(tr.voc.ids)+1)
	tr.first = make([]uint64, (len(tr.voc.ids)+64)/64)
	for id, child := range tr.root.next {
		tr.dense[id] = child
		tr.first[id>>6] |= 1 << (id & 63)
	}
}

// longest returns the length in tokens and the payload of the longest phrase
// starting at toks[i] and ending before toks[limit]; n is 0 when none does.
// A phrase may not run across a possessive unless the possessive ends it
// or the phrase itself has it there.
func (tr *trie) longest(toks []token, i, limit int) (n int, val int32) {
	// Most tokens start no phrase: reject them here, where the call inlines.
	if i < limit && !tr.starts(toks[i].id) {
		return 0, 0
	}
	return tr.walk(toks, i, limit)
}

// starts reports whether a phrase may start with word id.
func (tr *trie) starts(id int32) bool {
	return tr.first == nil || uint(id>>6) < uint(len(tr.first)) && tr.first[id>>6]&(1<<(id&63)) != 0
}

func (tr *trie) walk(toks []token, i, limit int) (n int, val int32) {
	node := &tr.root
	for j := i; j < limit; j++ {
		t := &toks[j]
		if t.id == 0 {
			break
		}
		var child *trieNode
		if j == i && tr.dense != nil {
			if int(t.id) < len(tr.dense) {
				child = tr.dense[t.id]
			}
		} else {
			child = node.next[t.id]
		}
		if child == nil || !child.fits(t) {
			break
		}
		if child.val >= 0 {
			n, val = j-i+1, child.val
		}
		if t.poss && j+1 < limit && !child.throughPoss {
			break
		}
		node = child
	}
	return n, val
}

// single reports a one-word phrase that is token t, without the slice a
// call of longest would need.
func (tr *trie) single(t *token) bool {
	if !tr.starts(t.id) || t.id == 0 {
		return false
	}
	var child *trieNode
	if tr.dense != nil {
		if int(t.id) < len(tr.dense) {
			child = tr.dense[t.id]
		}
	} else {
		child = tr.root.next[t.id]
	}
	return child != nil && child.val >= 0 && child.fits(t)
}

// has reports a phrase starting at toks[i].
func (tr *trie) has(toks []token, i int) bool {
	n, _ := tr.longest(toks, i, len(toks))
	return n > 0
}

func containsRule(list []caseRule, r caseRule) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

// caseFits checks a text token against the written forms of an alias token:
// an acronym matches only itself (or, from four letters, its title-case
// spelling "Nato"); a capitalised word needs a capital in the text; a
// lower-case word matches any case.
func caseFits(forms []caseRule, t *token) bool {
	if len(forms) == 0 {
		return true
	}
	for _, f := range forms {
		switch f.kind {
		case caseAny:
			return true
		case caseCapital:
			if t.cap {
				return true
			}
		case caseExact:
			if t.text == f.exact || f.loose && t.cap && len(t.text) == len(f.exact) {
				return true
			}
		}
	}
	return false
}

func containsDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}
