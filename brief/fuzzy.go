package brief

import (
	"math/bits"
	"strings"
	"unicode"
)

// misspelt finds the gazetteer person that name misspells: the role or
// affiliation the text gives must match the person's (two role words, or one
// and the affiliation), and the name must be close in spelling. It returns
// -1 when no person fits, or when two fit equally well.
func (g *Gazetteer) misspelt(name, role, affiliation string, sc *scores) int32 {
	sc.words = appendRoleWords(sc.words[:0], role)
	words := sc.words
	aff := g.byAffiliation[strings.ToLower(affiliation)]
	if len(words)+min(len(aff), 1) < 2 {
		return -1 // two pieces of evidence are needed, and there are not two
	}
	// A person with two matching words is in the list of a word that is not
	// the commonest: gather candidates from the rarer lists only.
	common := -1
	for i, w := range words {
		if common < 0 || len(g.roleWords[w]) > len(g.roleWords[words[common]]) {
			common = i
		}
	}
	sc.reset(len(g.actors))
	for i, w := range words {
		if i != common {
			for _, p := range g.roleWords[w] {
				sc.add(p)
			}
		}
	}
	for _, p := range aff {
		sc.add(p)
	}
	if common >= 0 {
		// The commonest word counts only for candidates already gathered.
		for _, p := range g.roleWords[words[common]] {
			if sc.count[p] > 0 {
				sc.count[p]++
			}
		}
	}
	want := newSpelling(letters(name))
	best, bestDist, ties := int32(-1), 1<<30, 0
	for _, p := range sc.touched {
		if sc.count[p] < 2 {
			continue
		}
		d := g.nameDistance(&want, p, bestDist)
		switch {
		case d > maxTypos(len(want.letters)) || d > bestDist:
		case d < bestDist:
			best, bestDist, ties = p, d, 0
		default:
			ties++
		}
	}
	if ties > 0 {
		return -1
	}
	return best
}

// scores counts evidence per gazetteer actor without a map: a dense count
// and the list of actors touched, reset in time proportional to that list.
type scores struct {
	count   []uint8
	touched []int32
	words   []string // the role's words, for misspelt
}

func (s *scores) reset(n int) {
	if len(s.count) < n {
		s.count = make([]uint8, n)
	}
	for _, p := range s.touched {
		s.count[p] = 0
	}
	s.touched = s.touched[:0]
}

func (s *scores) add(p int32) {
	if s.count[p] == 0 {
		s.touched = append(s.touched, p)
	}
	if s.count[p] < 255 {
		s.count[p]++
	}
}

// nameDistance is the smallest edit distance between a name (letters only,
// folded) and a person's canonical name or any of its multi-word aliases;
// spellings whose length alone rules them out are skipped.
func (g *Gazetteer) nameDistance(want *spelling, p int32, limit int) int {
	d := 1 << 30
	n := len(want.letters)
	bound := min(limit, maxTypos(n))
	for i := range g.spellings[p] {
		sp := &g.spellings[p][i]
		if diff := len(sp.letters) - n; diff > bound || -diff > bound {
			continue
		}
		// An edit changes which letters occur by two at most, and the
		// letter counts by two at most: both settle most distances before
		// the table is filled.
		if bits.OnesCount32(want.mask^sp.mask) > 2*bound {
			continue
		}
		apart := 0
		for k := range want.hist {
			c := int(want.hist[k]) - int(sp.hist[k])
			apart += max(c, -c)
		}
		if (apart+1)/2 > bound {
			continue
		}
		d = min(d, editDistance(want.letters, sp.letters, bound))
	}
	return d
}

// spelling is a name's letters, with the count of each letter by its low
// five bits and the set of those, for nameDistance's quick tests.
type spelling struct {
	letters []rune
	hist    [32]int8
	mask    uint32
}

func newSpelling(letters []rune) spelling {
	s := spelling{letters: letters}
	for _, r := range letters {
		s.hist[r&31]++
		s.mask |= 1 << (r & 31)
	}
	return s
}

// maxTypos allows about one slip in four letters: "Ustem Rumerov" is two
// edits from "Rustem Umerov".
func maxTypos(n int) int { return max(1, n/4) }

func letters(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if unicode.IsLetter(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// editDistance is the optimal string alignment distance (Levenshtein plus
// adjacent transpositions) between a and b, or a number above limit as soon
// as a row shows the distance will exceed it: most names compared are far
// from each other, and a few rows tell.
func editDistance(a, b []rune, limit int) int {
	if len(a) == 0 {
		return len(b)
	}
	if len(b) == 0 {
		return len(a)
	}
	// Three rows; names are short, so they live on the stack.
	var buf [3][48]int
	var rows [3][]int
	for k := range rows {
		if len(b)+1 <= len(buf[k]) {
			rows[k] = buf[k][:len(b)+1]
		} else {
			rows[k] = make([]int, len(b)+1)
		}
	}
	prev2, prev, cur := rows[0], rows[1], rows[2]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		// A transposition reaches back two rows, so only two rows above
		// the limit settle it.
		if rowMin > limit && i > 1 && minOf(prev) > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func minOf(row []int) int {
	m := row[0]
	for _, v := range row[1:] {
		m = min(m, v)
	}
	return m
}
