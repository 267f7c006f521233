package brief

// Who the subject of a reported meeting is: the person a pronoun or a
// plural description ("the two leaders") stands for, and who only reports.

import (
	"sort"
	"strings"
)

// firstPersonBefore names the first person of s before token k: the
// subject, not the reporter ("Ushakov stated that Witkoff will travel to
// Moscow and will meet Putin": Witkoff).
func (x *doc) firstPersonBefore(s *sentence, k int) string {
	for i := s.start; i < k && i < s.end; i++ {
		m := x.mentionAt(i)
		if m == nil || m.actor < 0 {
			continue
		}
		i = int(m.end) - 1
		if x.actors[m.actor].Kind == Person && !x.excluded(s, m) && !x.speaks(int(m.end), s.end) {
			return x.actors[m.actor].Name
		}
	}
	return ""
}

// speaks reports a speech verb at k, an auxiliary allowed before it ("has
// confirmed").
func (x *doc) speaks(k, end int) bool {
	if k < end && (x.toks[k].fold == "has" || x.toks[k].fold == "had" || x.toks[k].fold == "have") {
		k++
	}
	n, _ := x.lx.speech.longest(x.toks, k, end)
	return n > 0 || k < end && x.lx.sayVerbs.has(&x.toks[k])
}

// pronounSubject resolves "he", "she", "they", "the two" before the
// trigger: to the speaker of the report frame ("Trump said he would meet"),
// else to the persons of the previous sentence (the nearest one naming a
// person, outside quotes, for "he" and "she").
func (x *doc) pronounSubject(s, prev *sentence, frame span, start, trig int) []int32 {
	many, they := int32(0), false
	at, size := -1, 0
	for i := start; i < trig; i++ {
		if n, v := x.lx.pronouns.longest(x.toks, i, trig); n > 0 {
			many, they = v, x.toks[i].fold == "they"
			at, size = i, n
			break
		}
	}
	if many == 0 {
		return nil
	}
	if many == 3 {
		// "OPEC+'s eight-country group ... when it meets online": the body
		// named last, in this sentence or the one before.
		for mi := len(x.ments) - 1; mi >= 0; mi-- {
			m := &x.ments[mi]
			if int(m.start) >= at || m.actor < 0 {
				continue
			}
			if prev != nil && int(m.start) < prev.start || prev == nil && int(m.start) < s.start {
				break
			}
			if x.isBodyActor(m.actor) {
				return []int32{m.actor}
			}
		}
		return nil
	}
	if many == 1 && size >= 2 && x.toks[at].fold == "the" {
		// "the envoy", "the premier": the last person named with that role.
		if id := x.lastWithRole(x.text(at+1, at+size), at); id >= 0 {
			return []int32{id}
		}
	}
	x.manyPronoun = many == 2
	if many == 1 && frame.end > frame.start {
		for i := frame.start; i < frame.end; i++ {
			if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
				return []int32{m.actor}
			}
		}
	}
	if they && frame.end > frame.start {
		// "U.S. officials said they expected to meet the Ukrainians".
		var out []int32
		for i := frame.start; i < frame.end; i++ {
			if m := x.mentionAt(i); m != nil && int(m.start) == i && m.actor >= 0 && !x.excludedPossessor(s, m) {
				out = appendNewIDs(out, []int32{m.actor})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if many == 1 && start > s.start && !x.leadPronoun(&x.sents[x.sentOf(s.start)], start) {
		// "Rubio called the path delicate, after he and other officials
		// spent four hours with ...": the main clause's subject. But "On
		// Wednesday he will meet Merz, and on Thursday he will meet
		// Nawrocki": the first "he" stands for both.
		if ids := x.personsBefore(s, start); len(ids) > 0 {
			return ids[:1]
		}
	}
	if prev == nil {
		return nil
	}
	if many == 1 {
		// The nearest sentence that names its subject: one whose subject is
		// "he" itself passes the question back ("Zelensky will visit Rome.
		// He will meet Meloni. On Wednesday he will meet Merz.").
		for k, p := 0, prev; k < 4 && p != nil; k++ {
			if !x.leadPronoun(p, p.end) {
				if id := x.firstPersonOutsideQuotes(p); id >= 0 {
					return []int32{id}
				}
			}
			p = x.prevSentence(x.sentOf(p.start))
		}
		return nil
	}
	if !they && prev.para != s.para && !x.quoted[trig] {
		// "the two leaders" opening a paragraph are the article's pair so
		// far, not whoever the paragraph before happened to name.
		if pair := x.salientPair(s.start); len(pair) == 2 {
			return pair
		}
	}
	var out []int32
	inQuote := x.quoteMask(prev)
	for i := prev.start; i < prev.end; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i || m.actor < 0 || inQuote[i-prev.start] {
			continue
		}
		i = int(m.end) - 1
		if x.actors[m.actor].Kind != Person || x.excluded(prev, m) {
			continue
		}
		out = append(out, m.actor)
	}
	// "the two leaders" the sentence before does not name two of: those of
	// the last meeting reported, if any (see meetings).
	x.pluralShort = len(out) < 2
	return out
}

// lastWithRole returns the person named last before token k whose role
// (from the gazetteer or the text) holds noun, -1 when none does.
func (x *doc) lastWithRole(noun string, k int) int32 {
	noun = strings.ToLower(noun)
	for mi := len(x.ments) - 1; mi >= 0; mi-- {
		m := &x.ments[mi]
		if int(m.start) >= k || m.actor < 0 || x.actors[m.actor].Kind != Person {
			continue
		}
		a := &x.actors[m.actor]
		if strings.Contains(strings.ToLower(a.Role), noun) || strings.Contains(strings.ToLower(x.roleAt[m.actor].role), noun) {
			return m.actor
		}
	}
	return -1
}

// leadPronoun reports "he" or "she" before any person the sentence s names
// outside quotes, before token k: its subject stands for someone named
// earlier.
func (x *doc) leadPronoun(s *sentence, k int) bool {
	for i := s.start; i < k && i < s.end; i++ {
		if x.quoted[i] {
			continue
		}
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
			return false
		}
		if f := x.toks[i].fold; f == "he" || f == "she" {
			return true
		}
	}
	return false
}

// pluralSubject returns where "the two leaders", "both" or "they" stands as
// the subject of the trigger's own clause, -1 when none does.
func (x *doc) pluralSubject(s *sentence, lo, trig int) int {
	for k := trig - 1; k >= lo && k >= trig-6; k-- {
		t := &x.toks[k]
		if t.text == "," || t.fold == "that" || x.lx.clauseBreaks.has(x.toks, k) || x.mentAt[k] >= 0 {
			return -1
		}
		if n, v := x.lx.pronouns.longest(x.toks, k, trig); n > 0 && v == 2 {
			return k
		}
	}
	return -1
}

// personsBefore lists the persons named in the sentence of s (all its
// clauses) before token k, outside quotes, possessors of a role left out.
func (x *doc) personsBefore(s *sentence, k int) []int32 {
	s = &x.sents[x.sentOf(s.start)]
	var out []int32
	for i := s.start; i < k; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		if m.actor < 0 || x.actors[m.actor].Kind != Person || x.quoted[m.start] || x.excludedPossessor(s, m) {
			continue
		}
		out = appendNewIDs(out, []int32{m.actor})
	}
	return out
}

func appendNewIDs(list, more []int32) []int32 {
	for _, id := range more {
		found := false
		for _, x := range list {
			found = found || x == id
		}
		if !found {
			list = append(list, id)
		}
	}
	return list
}

// salientPair returns the two persons the text before token k names most,
// the earlier named first on a tie; analysts left out.
func (x *doc) salientPair(k int) []int32 {
	counts := make(map[int32]int, 8)
	var order []int32
	for mi := range x.ments {
		m := &x.ments[mi]
		if int(m.start) >= k {
			break
		}
		if m.actor < 0 || x.actors[m.actor].Kind != Person || x.isAnalyst(m.actor) || m.start < int32(x.srcStart) {
			continue
		}
		if counts[m.actor] == 0 {
			order = append(order, m.actor)
		}
		counts[m.actor]++
	}
	sort.SliceStable(order, func(i, j int) bool { return counts[order[i]] > counts[order[j]] })
	if len(order) < 2 {
		return nil
	}
	return order[:2]
}

// reports reports a person before the trigger who is the subject of a speech
// verb, an apposition and an auxiliary allowed between ("Mark Rutte, NATO's
// secretary-general, has said"): the reporter, unless the meeting is how it
// was said ("Putin told Erdogan in a phone call").
func (x *doc) reports(m *mention, trig int) bool {
	k := int(m.end)
	if k < trig && x.toks[k].text == "," {
		k = x.nextComma(k+1, trig) + 1
	}
	if k < trig {
		if f := x.toks[k].fold; f == "has" || f == "had" || f == "have" {
			k++
		}
	}
	// A verb of saying, not of thinking: "Zelenskiy expects to speak with
	// Trump" is his call.
	if k >= trig || !x.lx.sayVerbs.has(&x.toks[k]) {
		return false
	}
	// "Boric ... said he had spoken to Kast": the reporter is the subject.
	p := k + 1
	if p < trig && x.toks[p].fold == "that" {
		p++
	}
	if p < trig {
		if f := x.toks[p].fold; f == "he" || f == "she" || f == "they" || f == "we" || f == "i" {
			return false
		}
	}
	return !x.adjunct(k, trig)
}
