package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldText folds a word or name as tokens fold it: lower case, straight
// apostrophes, no accents. Keys compared with token folds are made by it.
func foldText(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return stripMarks(strings.ToLower(strings.ReplaceAll(s, "’", "'")))
		}
	}
	return strings.ToLower(s)
}

// foldsTo reports whether s folds to fold, without building the folded
// string for the common, ASCII case.
func foldsTo(s, fold string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return foldText(s) == fold
		}
	}
	return strings.EqualFold(s, fold)
}

// stripMarks removes the accents of a folded word, so that news spelling a
// name with or without them ("Yeşilgöz", "Yesilgöz", "Yesilgoz"; "Vučić",
// "Vucic") finds the same actor: the gazetteer's aliases are folded alike.
// A few letters that carry their mark in the letter itself are mapped too.
// Latin letters go through a table made once from Unicode's decompositions;
// other scripts through the decomposition itself.
func stripMarks(s string) string {
	plain, latin := true, true
	for _, r := range s {
		switch {
		case r < 0xC0:
		case r < latinEnd:
			if latinBase[r-0xC0] != r {
				plain = false
			}
		default:
			latin = false
			if r >= 0x300 && r < 0x370 || norm.NFD.PropertiesString(string(r)).Decomposition() != nil || special(r) != r {
				plain = false
			}
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	if latin {
		for _, r := range s {
			if r >= 0xC0 && r < latinEnd {
				r = latinBase[r-0xC0]
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(special(r))
	}
	return b.String()
}

// latinEnd bounds the Latin letters latinBase maps (Latin-1 Supplement to
// Latin Extended-B).
const latinEnd = 0x250

// latinBase maps each of those letters to its letter without marks.
var latinBase = func() [latinEnd - 0xC0]rune {
	var t [latinEnd - 0xC0]rune
	for i := range t {
		r := rune(0xC0 + i)
		t[i] = special(r)
		d := []rune(norm.NFD.String(string(r)))
		if len(d) > 1 && !unicode.Is(unicode.Mn, d[0]) {
			marks := true
			for _, m := range d[1:] {
				marks = marks && unicode.Is(unicode.Mn, m)
			}
			if marks {
				t[i] = d[0]
			}
		}
	}
	return t
}()

func special(r rune) rune {
	switch r {
	case 'ı':
		return 'i'
	case 'ł':
		return 'l'
	case 'ø':
		return 'o'
	case 'đ':
		return 'd'
	}
	return r
}
