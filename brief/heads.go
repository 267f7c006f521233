package brief

import (
	"slices"
	"strings"
)

// Office holders named by their office: "the presidents of Brazil and
// Argentina", "Russia's president", "the French president". The gazetteer
// knows who holds each office from its roles ("President of Brazil"), so
// such a phrase is a mention of that person, not of the country.

// headTitles are the offices read, as written before "of" in a role.
var headTitles = []string{"president", "prime minister", "chancellor", "king", "emir", "crown prince",
	"supreme leader", "secretary general", "secretary-general"}

// headWords are headTitles as tokens ("secretary", "-", "general").
var headWords = func() [][]string {
	out := make([][]string, len(headTitles))
	for i, t := range headTitles {
		out[i] = strings.Fields(strings.ReplaceAll(t, "-", " - "))
	}
	return out
}()

// buildHeads maps "office|body" (the body's gazetteer index) to the person
// holding the office, from roles of the form "President of Brazil" or
// "NATO Secretary General"; an office two persons claim is left out.
func buildHeads(actors []Actor, byName map[string]int) map[headKey]int32 {
	heads := map[headKey]int32{}
	for i, a := range actors {
		if a.Kind != Person {
			continue
		}
		role := strings.ToLower(a.Role)
		for ti, t := range headTitles {
			// "President of Brazil", "NATO Secretary General".
			rest, ok := strings.CutPrefix(role, t+" of ")
			if !ok {
				rest, ok = strings.CutSuffix(role, " "+t)
			}
			if !ok {
				continue
			}
			body, ok := byName[strings.TrimPrefix(rest, "the ")]
			if !ok {
				break
			}
			key := headKey{title: canonicalTitle(ti), body: int32(body)}
			if _, dup := heads[key]; dup {
				heads[key] = -1
			} else {
				heads[key] = int32(i)
			}
			break
		}
	}
	return heads
}

// headKey is an office of a body: an index into headTitles (the spaced
// "secretary general" for both spellings) and the body's gazetteer index.
type headKey struct{ title, body int32 }

// canonicalTitle folds "secretary-general" into "secretary general".
func canonicalTitle(i int) int32 {
	if headTitles[i] == "secretary-general" {
		return int32(slices.Index(headTitles, "secretary general"))
	}
	return int32(i)
}

// resolveHeads turns the mention of a country or body named for its office
// holder into a mention of that person. Not when the sentence names the
// person anyway ("Lula, the president of Brazil"), nor for another holder
// than the present one ("the former president of Brazil").
func (x *doc) resolveHeads() {
	if len(x.g.heads) == 0 {
		return
	}
	for mi := range x.ments {
		m := &x.ments[mi]
		a := x.actorOf(m)
		if a == nil || a.Kind == Person || a.gaz < 0 {
			continue
		}
		s := &x.sents[m.sent]
		title, plural, ok := x.officeBefore(int(m.start), s.start)
		if !ok {
			title, ok = x.officeAfter(m, s.end)
		}
		if !ok {
			continue
		}
		if x.convertToHead(m, title) && plural {
			// "the presidents of Brazil, Argentina and Uruguay".
			for k := mi + 1; k < len(x.ments); k++ {
				n := &x.ments[k]
				if n.sent != m.sent || !x.listLink(int(x.ments[k-1].end), int(n.start)) {
					break
				}
				x.convertToHead(n, title)
			}
		}
	}
}

// convertToHead makes mention m one of the holder of office title in m's
// body, unless the sentence names that person already.
func (x *doc) convertToHead(m *mention, title int32) bool {
	a := x.actorOf(m)
	if a == nil || a.gaz < 0 {
		return false
	}
	p, ok := x.g.heads[headKey{title, a.gaz}]
	if !ok || p < 0 {
		return false
	}
	for k := range x.ments {
		o := &x.ments[k]
		if o.sent == m.sent && o.actor >= 0 && x.actors[o.actor].gaz == p {
			return false
		}
	}
	m.actor = x.gazActor(p)
	m.place = -1
	return true
}

// listLink reports only ", " or "and" (", and") between tokens from and to.
func (x *doc) listLink(from, to int) bool {
	if to <= from || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if f := x.toks[k].fold; f != "," && f != "and" {
			return false
		}
	}
	return true
}

// officeBefore reads "the president(s) of" ending just before token i.
func (x *doc) officeBefore(i, lo int) (title int32, plural, ok bool) {
	k := i - 1
	if k >= lo && x.toks[k].fold == "the" {
		k--
	}
	if k < lo || x.toks[k].fold != "of" {
		return -1, false, false
	}
	title, plural, start := x.officeEndingAt(k-1, lo)
	if title < 0 || x.formerOffice(start, lo) {
		return -1, false, false
	}
	return title, plural, true
}

// officeAfter reads "Russia's president" and "the French president" with no
// name after the office.
func (x *doc) officeAfter(m *mention, end int) (int32, bool) {
	e := int(m.end)
	poss := x.toks[e-1].poss
	if !poss && (int(m.start) == 0 || x.toks[m.start-1].fold != "the") {
		return -1, false
	}
	for ti, words := range headWords {
		if e+len(words) > end {
			continue
		}
		match := true
		for j, w := range words {
			if x.toks[e+j].fold != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		after := e + len(words)
		if after < end && (x.toks[after].cap || x.mentAt[after] >= 0) {
			return -1, false // "Russia's President Vladimir Putin": named
		}
		if x.formerOffice(int(m.start), 0) {
			return -1, false
		}
		return canonicalTitle(ti), true
	}
	return -1, false
}

// officeEndingAt reads an office whose last word is token k ("president",
// "prime ministers"), returning its title, whether it is plural, and where
// it starts; "" when none ends there.
func (x *doc) officeEndingAt(k, lo int) (int32, bool, int) {
	if k < lo {
		return -1, false, k
	}
	last := x.toks[k].fold
	plural := false
	if strings.HasSuffix(last, "s") && last != "leaders" {
		last, plural = strings.TrimSuffix(last, "s"), true
	}
	for ti, words := range headWords {
		if words[len(words)-1] != last || k-len(words)+1 < lo {
			continue
		}
		start := k - len(words) + 1
		match := true
		for j, w := range words[:len(words)-1] {
			if x.toks[start+j].fold != w {
				match = false
				break
			}
		}
		if match {
			return canonicalTitle(ti), plural, start
		}
	}
	return -1, false, k
}

// formerOffice reports a word before token i that makes the office another
// holder's: "former", "vice", "the next".
func (x *doc) formerOffice(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-2; k-- {
		switch x.toks[k].fold {
		case "former", "late", "then", "next", "future", "new", "previous", "ex", "vice", "deputy", "acting", "outgoing", "incoming", "first", "last":
			return true
		}
	}
	return false
}
