package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
)

// token is one word, number or punctuation mark of a text, with the flags the
// matchers need so they never look at raw text again.
type token struct {
	text       string // as written, without a possessive suffix
	fold       string // lower case, curly apostrophes straightened
	id         int32  // vocabulary number of fold; 0 when no phrase uses it
	start, end int    // byte offsets of text in its source
	kind       tokKind
	cap        bool // first letter upper case
	upper      bool // two or more letters, all upper case ("US", "NATO", "U.S.")
	poss       bool // followed by 's or ' ("Putin's")
	space      bool // whitespace before it
	newlines   uint8
}

// isWord reports whether t is a word or number.
func (t *token) isWord() bool { return t.kind != tokPunct }

// tokenize splits s into tokens. Hyphens and other marks are tokens of their
// own ("U.S.-backed" is "U.S.", "-", "backed"), so aliases match inside
// compounds; dotted acronyms ("U.S.", "J.D.") stay one token.
func tokenize(s string, toks []token) []token { return tokenizeWith(s, toks, nil) }

// tokenizeWith tokenizes and, given a vocabulary, numbers the words as it
// goes, folding known words without allocating.
func tokenizeWith(s string, toks []token, v *vocab) []token {
	i := 0
	space := true
	var nl uint8
	for i < len(s) {
		if c := s[i]; isASCIIAlnum(c) {
			// The common case, without decoding runes. The token is filled
			// in place: it is large, and copying it was a tenth of the cost.
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			i = scanWord(s, i, v, t)
			t.space, t.newlines = space, nl
			space, nl = false, 0
			continue
		} else if c == ' ' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		} else if c < utf8.RuneSelf && c > ' ' && c != 0x7f {
			t := token{text: s[i : i+1], kind: tokPunct, start: i, end: i + 1, space: space, newlines: nl}
			t.fold = t.text
			if v != nil {
				t.id = v.punct[c]
			}
			toks = append(toks, t)
			space, nl = false, 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			if nl < 255 {
				nl++
			}
			space = true
			i += size
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 || unicode.IsControl(r):
			space = true
			i += size
			continue
		}
		start := i
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		if isWordRune(r) {
			i = scanWord(s, i, v, t)
		} else {
			i += size
			*t = token{text: s[start:i], kind: tokPunct, start: start, end: i}
			t.fold = t.text
			if v != nil {
				t.id = v.lookup(t.fold)
			}
		}
		t.space, t.newlines = space, nl
		space, nl = false, 0
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scanWord reads the word starting at i: letters and digits, inner
// apostrophes ("O'Brien", "don't"), inner decimal points and thousands
// separators in numbers, and dotted acronyms. A trailing 's or ' becomes the
// possessive flag.
func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the bytes of ASCII letters and digits: one load, where
// three range checks cost more in the tokenizer's innermost loop.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = asciiClass[c] != 0
	}
	return t
}()

// Bits of asciiClass; a digit has only classAlnum.
const (
	classLetter uint8 = 1 << iota
	classUpper
	classAlnum
)

// asciiClass and asciiLower classify and fold a byte of an ASCII word by a
// table load each.
var asciiClass, asciiLower = func() (class, lower [256]uint8) {
	for c := 0; c < 256; c++ {
		lower[c] = uint8(c)
		switch {
		case 'a' <= c && c <= 'z':
			class[c] = classAlnum | classLetter
		case 'A' <= c && c <= 'Z':
			class[c] = classAlnum | classLetter | classUpper
			lower[c] = uint8(c + 'a' - 'A')
		case '0' <= c && c <= '9':
			class[c] = classAlnum
		}
	}
	return class, lower
}()

func scanWord(s string, i int, v *vocab, t *token) int {
	start := i
	if i+1 < len(s) && (s[i+1] == '.' || s[i] >= utf8.RuneSelf) {
		if end, ok := scanAcronym(s, i); ok {
			makeWord(s, start, end, false, v, t)
			return end
		}
	}
	// Most words are ASCII letters and digits ended by a space or a mark:
	// read them with the counts and the hash the token needs, branch-free,
	// so the word is not read a second time.
	h := uint32(fnvOffset)
	letters, uppers := 0, 0
	for i < len(s) {
		c := s[i]
		cl := asciiClass[c]
		if cl == 0 {
			break
		}
		h = (h ^ uint32(asciiLower[c])) * fnvPrime
		letters += int(cl & classLetter)
		uppers += int(cl & classUpper >> 1)
		i++
	}
	if i == len(s) || s[i] < utf8.RuneSelf && s[i] != '\'' && s[i] != '.' && s[i] != ',' {
		// The loop below would end here too, with all of s[start:i] ASCII.
		t.poss = false
		finishWord(s, start, i, true, h, letters, uppers, v, t)
		return i
	}
	for i < len(s) {
		c := s[i]
		if isASCIIAlnum(c) {
			i++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '.' && c != ',' {
			// Any other ASCII mark ends the word: only an apostrophe, a
			// point or a comma may go on with it, as below.
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if i+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if isApostrophe(r) && unicode.IsLetter(next) {
				if isPossessiveAt(s, i+size) {
					makeWord(s, start, i, true, v, t)
					return i + size + 1
				}
				i += size
				continue
			}
			if (r == '.' || r == ',') && unicode.IsDigit(next) && i > start && isDigitByte(s[i-1]) {
				i += size
				continue
			}
		}
		if isApostrophe(r) && i > start && (s[i-1] == 's' || s[i-1] == 'S') && !followedByLetter(s, i+size) {
			// Plural possessive: "allies'".
			makeWord(s, start, i, true, v, t)
			return i + size
		}
		break
	}
	makeWord(s, start, i, false, v, t)
	return i
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func followedByLetter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isPossessiveAt reports whether s[i:] is "s" ending the word, as in "Putin's".
func isPossessiveAt(s string, i int) bool {
	return i < len(s) && (s[i] == 's' || s[i] == 'S') && !followedByLetter(s, i+1)
}

// scanAcronym reads a dotted acronym of single letters: "U.S.", "U.K.", "J.D.".
func scanAcronym(s string, i int) (int, bool) {
	n := 0
	j := i
	for j+1 < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		if followedByLetter(s, j+size+1) && !acronymContinues(s, j+size+1) {
			break
		}
		j += size + 1
		n++
	}
	if n < 2 {
		return i, false
	}
	return j, true
}

// acronymContinues reports whether a single letter and a dot start at i.
func acronymContinues(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) && i+size < len(s) && s[i+size] == '.'
}

// makeWord fills t with the word s[start:end]. The folded form's hash is
// computed in the same pass that counts the letters, so a word is looked up
// in the vocabulary without hashing it again or building its folded string.
func makeWord(s string, start, end int, poss bool, v *vocab, t *token) {
	text := s[start:end]
	t.poss = poss
	letters, uppers := 0, 0
	ascii := true
	h := uint32(fnvOffset)
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'a' <= c && c <= 'z':
			letters++
		case 'A' <= c && c <= 'Z':
			letters++
			uppers++
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * fnvPrime
	}
	if !ascii {
		letters, uppers = 0, 0
		for _, r := range text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
				}
			}
		}
	}
	finishWord(s, start, end, ascii, h, letters, uppers, v, t)
}

// finishWord fills t with the word s[start:end], given whether it is all
// ASCII, the FNV-1a hash of its folded bytes and its counts of letters and
// upper-case letters.
func finishWord(s string, start, end int, ascii bool, h uint32, letters, uppers int, v *vocab, t *token) {
	text := s[start:end]
	t.text, t.start, t.end, t.kind = text, start, end, tokWord
	if len(text) == 0 {
		// Never reached by scanWord; an empty word is simply no capital.
	} else if c := text[0]; c < utf8.RuneSelf {
		// The first rune's class without decoding it, as unicode would say.
		if '0' <= c && c <= '9' {
			t.kind = tokNumber
		}
		t.cap = 'A' <= c && c <= 'Z'
	} else {
		first, _ := utf8.DecodeRuneInString(text)
		if unicode.IsDigit(first) {
			t.kind = tokNumber
		}
		t.cap = unicode.IsUpper(first)
	}
	t.upper = letters >= 2 && uppers == letters
	switch {
	case uppers == 0 && ascii:
		t.fold = text
		if v != nil {
			t.id = v.lookupHashed(text, h)
		}
	case ascii && len(text) <= 64 && v != nil:
		// A known word takes the vocabulary's string; only an unknown one
		// is folded into a new string.
		if id := v.lookupFoldedASCII(text, h); id != 0 {
			t.id, t.fold = id, v.words[id]
		} else {
			t.fold = strings.ToLower(text)
		}
	case ascii:
		t.fold = strings.ToLower(text)
	default:
		t.fold = foldText(text)
		if v != nil {
			t.id = v.lookup(t.fold)
		}
	}
}

// sentence is a span of tokens [start, end) from one source (0 the title,
// 1 the text).
type sentence struct {
	start, end int
	src        int
	para       int  // paragraph number within its source
	bullet     bool // begins with a list marker
}

// splitSentences cuts toks into sentences: at . ! ? (not after an
// abbreviation or an initial), at blank lines, and at line breaks that start
// a list item or follow a finished line.
func (lx *lexicon) splitSentences(toks []token, src int, out []sentence) []sentence {
	start, para := 0, 0
	bullet := false
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > start && t.newlines > 0 {
			prev := &toks[i-1]
			if t.newlines >= 2 || lx.isBullet(t) || isTerminal(prev) || t.cap || !prev.isWord() {
				out = append(out, sentence{start: start, end: i, src: src, para: para, bullet: bullet})
				start = i
			}
		}
		if i == start && i > 0 && t.newlines >= 2 {
			para++
		}
		if i == start {
			bullet = lx.isBullet(t) && (i == 0 || t.newlines > 0)
		}
		if lx.endsSentence(toks, i) {
			end := i + 1
			for end < len(toks) && isCloser(&toks[end]) && !toks[end].space {
				end++
			}
			out = append(out, sentence{start: start, end: end, src: src, para: para, bullet: bullet})
			start = end
			i = end - 1
		}
	}
	if start < len(toks) {
		out = append(out, sentence{start: start, end: len(toks), src: src, para: para, bullet: bullet})
	}
	return out
}

func isTerminal(t *token) bool {
	return t.kind == tokPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == ":" || isCloser(t))
}

// isCloser reports a closing mark. Marks are punctuation tokens: the kind,
// in the token, rules out words before their text is read.
func isCloser(t *token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case "”", "\"", "’", "'", ")", "»":
		return true
	}
	return false
}

func (lx *lexicon) isBullet(t *token) bool {
	return t.kind == tokPunct && lx.bullets[t.text]
}

// skipClosers returns the index of the first token from i on that is not a
// closing mark written against the token before it.
func skipClosers(toks []token, i int) int {
	for i < len(toks) && isCloser(&toks[i]) && !toks[i].space {
		i++
	}
	return i
}

// endsSentence decides whether toks[i] closes a sentence.
func (lx *lexicon) endsSentence(toks []token, i int) bool {
	t := &toks[i]
	// Most tokens end nothing: decide that before looking past the closers.
	switch {
	case t.kind == tokWord && t.upper && strings.Contains(t.text, "."):
		// "U.S." ends a sentence only before a word that usually opens one.
		next := skipClosers(toks, i+1)
		return next < len(toks) && toks[next].newlines == 0 && lx.starters[toks[next].text]
	case t.kind != tokPunct:
		return false
	}
	switch t.text {
	case "!", "?":
		return true
	case ".":
	default:
		return false
	}
	next := skipClosers(toks, i+1)
	if next >= len(toks) {
		return true
	}
	if i > 0 && !t.space {
		prev := &toks[i-1]
		if prev.kind == tokWord && (lx.abbrevs[prev.text] || utf8.RuneCountInString(prev.text) == 1 && prev.cap) {
			return false
		}
	}
	n := &toks[next]
	// A decimal or a lower-case continuation is no sentence end.
	return !(n.kind == tokWord && !n.cap && !n.upper && n.newlines == 0 && !n.space)
}
