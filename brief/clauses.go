package brief

// The clause rules of meeting extraction: where a reported event starts
// and ends inside a sentence, and what only sets the scene for it.

import (
	"strconv"
	"strings"
)

// segments cuts sentence si where it reports two meetings: "Zelensky met
// Macron on Monday, and the two leaders held a call with Witkoff". A cut
// falls at ";" or at ", and" / ", but" / ", while" not followed by a name
// (which would be a list), and only between parts that each have a trigger.
//
// The segments live in scratch the next call reuses.
func (x *doc) segments(si int) []sentence {
	s := x.sents[si]
	cuts := x.cuts[:0]
	defer func() { x.cuts = cuts[:0] }()
	for i := s.start + 1; i+2 < s.end; i++ {
		t := &x.toks[i]
		if t.text == ";" || t.text == "," && (x.toks[i+1].fold == "and" || x.toks[i+1].fold == "but" || x.toks[i+1].fold == "while") && x.mentAt[i+2] < 0 {
			cuts = append(cuts, i)
		}
		// "He flew to Kyiv, joined the delegation in Geneva on Sunday, and
		// met ...": a series of predicates, each with its own day; but
		// "Witkoff, the envoy, meets Putin" closes an aside.
		if t.text == "," && x.verbTrigger(i+1) && x.seriesEnds(i+1, s.end) {
			cuts = append(cuts, i)
		}
		// "He met X earlier today, will host Y tonight and will see Z".
		if t.text == "," && i+2 < s.end && (x.toks[i+1].fold == "will" || x.toks[i+1].fold == "would") && x.verbTrigger(i+2) {
			cuts = append(cuts, i)
		}
		// "is set to meet the Pope this morning and will then meet Meloni".
		if t.fold == "and" && x.toks[i-1].text != "," && (x.lx.verbMarkers.has(&x.toks[i+1]) && x.toks[i+1].fold != "to" && !x.thenAPlace(i+1, s.end) || x.toks[i+1].fold == "that") {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 {
		x.segs = append(x.segs[:0], s)
		return x.segs
	}
	segs := x.segs[:0]
	defer func() { x.segs = segs[:0] }()
	start := s.start
	for _, c := range append(cuts, s.end) {
		seg := s
		seg.start, seg.end = start, c
		switch {
		case len(segs) > 0 && !x.hasTrigger(&seg):
			segs[len(segs)-1].end = c
		case len(segs) > 0 && !x.hasTrigger(&segs[len(segs)-1]) && x.hasSubject(&seg):
			// "The strike came as officials continued work on the framework
			// agreed in Geneva on Sunday, and as Driscoll held talks": the
			// clause before reports no meeting, and lends it no day.
			segs[len(segs)-1] = seg
		case len(segs) > 0 && !x.hasTrigger(&segs[len(segs)-1]):
			segs[len(segs)-1].end = c
		default:
			segs = append(segs, seg)
		}
		start = c
	}
	return segs
}

func (x *doc) hasAlso(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if f := x.toks[i].fold; f == "also" || f == "separately" {
			return true
		}
	}
	return false
}

func (x *doc) hasTrigger(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if n, _ := x.triggerAt(i); n > 0 && x.mentAt[i] < 0 {
			return true
		}
	}
	return false
}

// prevSentence is the sentence before si in the same source, or nil.
func (x *doc) prevSentence(si int) *sentence {
	if si == 0 || x.sents[si-1].src != x.sents[si].src {
		return nil
	}
	return &x.sents[si-1]
}

// background reports a trigger that sets the scene for another event:
// "during the meeting", "after the talks", "the results of Sunday's talks".
// It returns where the scene-setting phrase starts, -1 when none.
func (x *doc) background(start, trig int) int {
	for k := trig - 1; k >= start && k >= trig-6; k-- {
		if n, _ := x.lx.background.longest(x.toks, k, trig); n > 0 {
			return k
		}
		t := &x.toks[k]
		if t.kind == tokPunct && t.text != "-" && !isQuoteMark(t) || t.cap && x.mentAt[k] < 0 && k > start && !x.isDateWord(t) {
			return -1
		}
		if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
			return -1 // "During the meeting Trump and Zelensky held a call": the call has a subject
		}
	}
	return -1
}

// sceneTrigger is the trigger of the scene-setting phrase at k.
func (x *doc) sceneTrigger(k, trig int) int {
	for i := k; i < trig; i++ {
		if n, _ := x.triggerAt(i); n > 0 {
			return i
		}
	}
	return k
}

// relativeStart returns where a relative clause holding token i starts
// (", who helped negotiate the truce,"), -1 when i is in none.
func (x *doc) relativeStart(start, i int) int {
	// A few dozen words back at most: a sentence of a thousand triggers
	// and no comma must not be read once per trigger.
	for k := i - 1; k > start && k >= i-relativeReach; k-- {
		t := &x.toks[k]
		if t.text == "," {
			if x.lx.relatives.has(&x.toks[k+1]) {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeReach bounds how far back relativeStart looks for the comma
// that opens a relative clause.
const relativeReach = 40

// hypothetical reports an offer or a condition, not a plan: "offered to
// host talks", "ready to host a summit", "a meeting could take place".
func (x *doc) hypothetical(start, trig int) bool {
	if w := x.whether; w >= start && w < trig {
		return true // "whether Putin accepts the framework, or only for further talks"
	}
	for k := trig - 1; k >= start && k >= trig-8; k-- {
		if n, _ := x.lx.hypothetical.longest(x.toks, k, trig); n > 0 {
			return true
		}
		t := &x.toks[k]
		if t.kind == tokPunct && !isQuoteMark(t) && t.text != "-" {
			break // "who is barred from seeking a term, said he had spoken"
		}
		// "Zelensky wants a ceasefire and will meet Trump": another predicate.
		if t.fold == "but" || t.fold == "and" && x.lx.verbMarkers.has(&x.toks[k+1]) {
			break
		}
	}
	for k := trig + 1; k < trig+3 && k < len(x.toks); k++ {
		if x.toks[k].fold == "could" || x.toks[k].fold == "might" {
			return true
		}
	}
	// "a meeting between Putin and Trump was possible in principle".
	for k := trig + 1; k < len(x.toks) && k <= trig+10; k++ {
		if f := x.toks[k].fold; f == "." || f == ";" || f == "but" || f == "," && k+1 < len(x.toks) && x.toks[k+1].fold == "and" {
			break
		}
		if n, _ := x.lx.hypotheticalAfter.longest(x.toks, k, len(x.toks)); n > 0 {
			return true
		}
	}
	return false
}

// denied reports a trigger that a verb of denial governs: "ruled out talks
// with Zelensky", "denied that Witkoff had met Putin", "dismissed
// speculation that he would meet Putin". Only the words that can stand
// between such a verb and its object may separate them: "rejected the plan
// in talks with Witkoff" is a rejection made at talks.
func (x *doc) denied(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-8; k-- {
		if n, _ := x.lx.denials.longest(x.toks, k, trig); n > 0 {
			return true
		}
		if k > start {
			if n, _ := x.lx.denials.longest(x.toks, k-1, trig); n >= 2 {
				return true // "ruled out", read from its last word
			}
		}
		if t := &x.toks[k]; t.kind == tokPunct && t.text != "-" || !x.lx.denialObjects.has(t) && x.mentAt[k] < 0 {
			return x.deniedReport(start, trig)
		}
	}
	return false
}

// deniedReport reads "denied a report in Le Monde that ..." before the
// trigger at trig: what the report says did not happen. A clause of its own
// after the report ("and said he met Modi") is not the report's.
func (x *doc) deniedReport(start, trig int) bool {
	that := -1
	for j := trig - 1; j >= start && j >= trig-12; j-- {
		t := &x.toks[j]
		if t.fold == "that" {
			that = j
			break
		}
		if t.kind == tokPunct && t.text != "-" && t.text != "," || x.lx.sayVerbs.has(t) {
			return false
		}
		// "..., but Putin met Trump": a clause of its own.
		if j > start && x.toks[j-1].text == "," {
			switch t.fold {
			case "but", "and", "as", "while", "when", "although", "though":
				return false
			}
		}
	}
	for j := that - 1; that > 0 && j >= start && j >= that-6; j-- {
		switch x.toks[j].fold {
		case "report", "reports", "claim", "claims", "suggestion", "suggestions", "speculation", "rumours", "rumors":
			for d := j - 1; d >= start && d >= j-3; d-- {
				if n, _ := x.lx.denials.longest(x.toks, d, j); n > 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// remembered reports a clause about the past the article only recalls:
// "Ten years ago, Putin met Erdogan in Sochi", "met in Helsinki in 2018".
// A year before last is history, not news of a meeting.
func (x *doc) remembered(s *sentence) bool {
	for _, k := range x.pastAt {
		if int(k) >= s.start && int(k) < s.end {
			return true
		}
	}
	return false
}

// rememberedAt appends to out where sentence s recalls the past (see
// remembered).
func (x *doc) rememberedAt(s *sentence, out []int32) []int32 {
	for i := s.start; i < s.end; i++ {
		if n, _ := x.lx.pastMarkers.longest(x.toks, i, s.end); n > 0 {
			out = append(out, int32(i))
			continue
		}
		t := &x.toks[i]
		if t.kind != tokNumber || len(t.text) != 4 || i == s.start || x.toks[i-1].fold != "in" || x.d.Published.IsZero() {
			continue
		}
		if y, err := strconv.Atoi(t.text); err == nil && y >= 1900 && y <= x.d.Published.Year()-2 {
			out = append(out, int32(i))
		}
	}
	return out
}

// sportFixture reports a sentence about a match: "Serbia will meet Bosnia
// in a World Cup qualifier", "face each other in the semi-final".
func (x *doc) sportFixture(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if n, _ := x.lx.sportWords.longest(x.toks, i, s.end); n > 0 {
			// "a match", "the match": the noun, not "to match the offer".
			if x.toks[i].fold != "match" || i > s.start && x.lx.determiners.has(&x.toks[i-1]) {
				return true
			}
		}
	}
	return false
}

// isTripAt reports a travel or visit trigger at token i.
func (x *doc) isTripAt(i int) bool {
	n, v := x.triggerAt(i)
	return n > 0 && isTrip(x.lx.trigger[v])
}

func isTrip(t meetingTrigger) bool { return t.Class == "travel" || t.Class == "visit" }

// negated reports "no meeting", "did not meet", "no plans to meet".
func (x *doc) negated(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-4; k-- {
		switch x.toks[k].fold {
		case "no", "not", "never", "n't", "without":
			return true
		}
		if x.toks[k].kind == tokPunct {
			break
		}
	}
	// "a meeting between Putin and Trump was “not on the agenda”".
	for k := trig + 1; k < len(x.toks) && k <= trig+10; k++ {
		if n, _ := x.lx.negatedAfter.longest(x.toks, k, len(x.toks)); n > 0 {
			return true
		}
		if x.toks[k].text == "." || x.toks[k].text == ";" {
			break
		}
	}
	// "there were “no plans” for a Trump-Putin meeting", "no date for a
	// Trump meeting with Zelenskyy".
	for k := trig - 1; k >= start && k >= trig-9; k-- {
		if n, _ := x.lx.negatedBefore.longest(x.toks, k, trig); n > 0 {
			return true
		}
	}
	return false
}

// definiteBefore reports "the talks", "the four-hour talks", "these
// discussions": a determiner before the trigger with only lower-case
// modifiers between.
func (x *doc) definiteBefore(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-5; k-- {
		t := &x.toks[k]
		if x.lx.definite.has(t) {
			return true
		}
		if t.fold == "a" || t.fold == "an" || x.lx.verbMarkers.has(t) {
			return false // "he would visit": a verb, not "the visit"
		}
		if n, _ := x.lx.background.longest(x.toks, k, trig); n > 0 {
			return false
		}
		if m := x.mentionAt(k); m != nil && m.place >= 0 && !x.toks[m.end-1].poss {
			k = int(m.start) // "the Geneva talks": a place names which talks
			continue
		}
		if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.toks[m.end-1].poss && int(m.end) == trig {
			return true // "Netanyahu's visit": whose, so which
		}
		if x.isDateWord(t) && t.poss && k == trig-1 {
			return true // "Sunday's talks"
		}
		if x.isDateWord(t) || t.kind == tokNumber {
			continue // "the December 2 talks"
		}
		if t.cap || t.kind == tokPunct && t.text != "-" || x.mentAt[k] >= 0 {
			return false
		}
	}
	return false
}

// pastVerbBefore reports a past-tense verb governing a noun trigger: "led
// talks", "held three rounds of talks", "concluded negotiations".
func (x *doc) pastVerbBefore(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-8; k-- {
		t := &x.toks[k]
		if isQuoteMark(t) || t.text == "-" || t.kind == tokNumber {
			continue
		}
		if t.kind != tokWord || t.cap || x.mentAt[k] >= 0 {
			return false
		}
		if x.lx.definite.has(t) {
			continue
		}
		if strings.HasSuffix(t.fold, "ed") && x.toks[k+1].fold != "to" || irregularPast(t.fold) {
			return true // but "are expected to hold talks", "is scheduled to"
		}
	}
	return false
}

// irregularPast are the past tenses of common verbs that do not end in
// "-ed", right before a meeting's noun: "paid a courtesy call", "held
// separate talks".
func irregularPast(w string) bool {
	switch w {
	case "led", "held", "had", "spoke", "met", "took", "gave", "made", "went", "came", "sent", "began", "paid", "flew":
		return true
	}
	return false
}

// clauseEnd is where the clause of the trigger ends: at a trailing ", the
// Ukrainian presidency said" or ", according to", whatever follows belongs
// to another clause.
func (x *doc) clauseEnd(s *sentence, trig int) int {
	said := false
	for i := s.start; i < trig; i++ {
		said = said || x.lx.sayVerbs.has(&x.toks[i])
	}
	for i := trig + 1; i < s.end; i++ {
		if said && x.toks[i].fold == "that" {
			return i // "Putin told Erdogan in a phone call that ...": what was said
		}
		if x.opensClause(i, s.end) {
			return i // "was called off after the White House concluded ..."
		}
		// "EU leaders meet in Brussels and are due to decide on a loan to
		// Ukraine": another predicate.
		if x.toks[i].fold == "and" && i+1 < s.end && x.lx.verbMarkers.has(&x.toks[i+1]) && x.toks[i+1].fold != "to" &&
			!x.hasTrigger(&sentence{start: i + 1, end: s.end}) && !x.thenAPlace(i+1, s.end) {
			return i
		}
		if x.toks[i].text != "," {
			continue
		}
		if n, _ := x.lx.clauseBreaks.longest(x.toks, i+1, s.end); n > 0 {
			return i // ", before Zelensky arrived": another event
		}
		for k := i + 1; k < s.end && k <= i+8; k++ {
			if x.lx.sayVerbs.has(&x.toks[k]) || x.toks[k].fold == "according" {
				return i
			}
			if x.toks[k].text == "," {
				break
			}
		}
	}
	return s.end
}

// thenAPlace reports "then" or "later" before a place or "to" at k: "visit
// Vanuatu and then Solomon Islands" goes on, it is no other predicate.
func (x *doc) thenAPlace(k, end int) bool {
	if f := x.toks[k].fold; (f != "then" && f != "later") || k+1 >= end {
		return false
	}
	return x.toks[k+1].fold == "to" || x.mentAt[k+1] >= 0
}

// appositionCut is where an apposition after the trigger starts (", the
// last stop of a tour that took him to London on Monday"): its dates are
// not the meeting's.
func (x *doc) appositionCut(trig, hi int) int {
	for i := trig + 1; i+1 < hi; i++ {
		if x.toks[i].text == "," && x.lx.determiners.has(&x.toks[i+1]) && !x.listItem(i+2, hi) {
			return i
		}
	}
	return hi
}

// listItem reports a country or organisation at k that a list goes on
// from: "Saudi Arabia, the UAE and Egypt".
func (x *doc) listItem(k, hi int) bool {
	m := x.mentionAt(k)
	if m == nil || int(m.start) != k || m.actor < 0 || x.actors[m.actor].Kind == Person || int(m.end) >= hi {
		return false
	}
	f := x.toks[m.end].fold
	return f == "and" || f == ","
}

// span is a token range of a sentence.
type span struct{ start, end int }

// reportFrame finds "X said (that)", "X confirmed that", "according to X"
// before the trigger: the reporter is not a participant. Its end is where
// the reported clause starts; zero when there is none.
func (x *doc) reportFrame(s *sentence, trig int) span {
	for i := trig - 1; i > s.start; i-- {
		f := x.toks[i].fold
		if f == "that" {
			// "Lavrov told a press conference in Moscow on November 25 that".
			for k := i - 1; k >= s.start && k >= i-10; k-- {
				if n, _ := x.lx.speech.longest(x.toks, k, i); n > 0 {
					return span{s.start, i + 1}
				}
			}
		}
		// "... of Sahel States, briefed": a capitalised word is a name, not "states".
		if n, _ := x.lx.speech.longest(x.toks, i, trig); n > 0 && i+n < trig && (x.toks[i+n].text == "," || x.toks[i+n].text == ":") && !x.toks[i].cap {
			return span{s.start, i + n + 1}
		}
		// "Peskov said Putin would receive the envoy"; but "Putin told
		// Erdogan in a phone call" reports the call itself.
		if x.lx.sayVerbs.has(&x.toks[i]) && i > s.start && (x.mentAt[i-1] >= 0 || x.toks[i-1].fold == "and" || x.peopleOf(s.start, i)) &&
			!x.adjunct(i, trig) {
			return span{s.start, i + 1}
		}
	}
	return span{}
}

// adjunct reports a trigger, after the speech verb at v, in a phrase that
// says how something was said: "told Erdogan in a phone call", "said during
// talks", "by phone". After "said" a name starts what was said instead:
// "The Kremlin said Gerasimov had reported to Putin during a visit".
func (x *doc) adjunct(v, trig int) bool {
	told := x.toks[v].fold == "told" || x.toks[v].fold == "tells"
	for k := v + 1; k < trig; k++ {
		switch x.toks[k].fold {
		case "in", "during", "by", "over", "at", "after", "before":
			return true
		case "that":
			return false
		}
		if !told && x.mentAt[k] >= 0 {
			return false
		}
	}
	return false
}

// peopleOf reports "Ukrainian officials" or "Kremlin spokesman" ending
// before token i: people of an actor named just before.
func (x *doc) peopleOf(start, i int) bool {
	k := i - 1
	return k > start && x.lx.people.has(&x.toks[k]) && !x.toks[k].cap && x.mentAt[k-1] >= 0
}

func (x *doc) nextComma(i, end int) int {
	for ; i < end; i++ {
		if x.toks[i].text == "," || x.toks[i].text == ";" {
			return i
		}
	}
	return end
}

func inSpans(spans []span, i int) bool {
	for _, sp := range spans {
		if i >= sp.start && i < sp.end {
			return true
		}
	}
	return false
}

// governed reports whether a subject before the trigger does the meeting:
// a verb trigger, or a noun after a verb ("the two leaders held a call").
// "The two will discuss the Florida talks" has no subject of the talks.
func (x *doc) governed(start, trig int) bool {
	if n, v := x.triggerAt(trig); n > 0 && x.lx.trigger[v].Tense != "noun" {
		return true
	}
	if x.pastVerbBefore(start, trig) {
		return true
	}
	for k := trig - 1; k >= start && k >= trig-4; k-- {
		switch x.toks[k].fold {
		case "hold", "holds", "have", "has", "host", "hosts", "spent", "spend", "spends", "spending":
			return true // "they spent four hours with"
		}
	}
	// "he would travel to Moscow in January for talks with Putin": the
	// traveller holds the talks.
	for k := trig - 1; k >= start && k >= trig-8; k-- {
		if x.isTripAt(k) && x.verbTrigger(k) {
			return true
		}
		if t := &x.toks[k]; t.text == "," || t.text == ";" {
			break
		}
	}
	return false
}
