package brief

// What a meeting trigger's sentence holds that is not the meeting itself:
// habits, conditions, who sends whom, appositions, relative clauses, and
// countries named only as adjectives.

import "strings"

// habitual reports a trigger that tells of a habit, not of one meeting:
// "has met Putin several times this year", "regularly speaks with", "has sat
// in on his meetings with Witkoff".
func (x *doc) habitual(s *sentence, trig, n int) bool {
	for k := trig - 1; k >= s.start && k >= trig-3; k-- {
		if m, _ := x.lx.habitual.longest(x.toks, k, trig+n); m > 0 && k+m >= trig {
			return true
		}
	}
	for k := trig + n; k < s.end && k < trig+n+10; k++ {
		if t := &x.toks[k]; t.kind == tokPunct && t.text != "-" && !isQuoteMark(t) {
			break
		}
		if m, _ := x.lx.habitual.longest(x.toks, k, s.end); m > 0 {
			return true
		}
	}
	return false
}

// conditional reports a meeting promised only on a condition: "he would
// meet Zelensky and Putin only once a deal was final". A condition past the
// next trigger belongs to that one.
func (x *doc) conditional(s *sentence, trig, n int) bool {
	// A condition comes within a few dozen words of its meeting; a longer
	// look would read a sentence of many triggers once per trigger.
	reach := min(s.end, trig+n+conditionReach)
	if !x.startsIn(x.lx.conditions, trig+n, reach) {
		return false // most sentences hold no condition: skip the clause's end
	}
	end := x.clauseEnd(s, trig)
	if end+2 < s.end && x.toks[end].text == "," && x.toks[end+1].fold == "but" {
		end = s.end // "..., but only when a deal is final"
	}
	end = min(end, reach)
	for k := trig + n; k < end; k++ {
		if x.toks[k].text == ";" {
			break
		}
		if m, _ := x.lx.conditions.longest(x.toks, k, end); m > 0 {
			return true
		}
		if tn, _ := x.triggerAt(k); tn > 0 {
			break
		}
	}
	return false
}

// asides marks, in x.asides, the appositions and relative clauses of
// tokens [lo, hi) around trigger trig: "Yuri Ushakov, a senior adviser to
// Russian President Vladimir Putin,", "Bishkek, the capital of Kyrgyzstan",
// "..., who say it shows Witkoff coaching the Kremlin". The actors named in
// them describe someone; they are not at the meeting.
func (x *doc) asides(s *sentence, lo, hi, trig, tn int) {
	x.aside = x.aside[:0]
	for i := lo; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		c := int(m.end)
		if c+1 >= hi || x.toks[c].text != "," || c+1 == trig || x.toks[m.end-1].poss {
			continue
		}
		if e := x.nextComma(c+1, hi); (x.describes(c+1, e) || x.lx.relatives.has(&x.toks[c+1])) && (trig < c || trig >= e) {
			// ", a senior adviser to Putin,", ", who won Sunday's runoff
			// against Jara,": about the name before, not the meeting.
			x.aside = append(x.aside, span{c + 1, e})
		}
	}
	// A relative clause after the meeting's own words tells of something
	// else; one right after the trigger ("talks, which will take place in
	// Geneva") still tells of the meeting.
	for i := trig + tn + 1; i < hi; i++ {
		t := &x.toks[i]
		if !x.lx.relatives.has(t) && t.fold != "that" {
			continue
		}
		p := &x.toks[i-1]
		if p.text == "," && i-1 > trig+tn || t.fold != "that" && p.kind == tokWord && !p.cap && x.mentAt[i-1] < 0 ||
			t.fold == "that" && p.kind == tokWord && !p.cap && x.mentAt[i-1] < 0 && !x.lx.sayVerbs.has(p) && !x.lx.speech.has(x.toks, i-1) {
			if x.joins(i, hi) || x.saysWhenItIs(i+1, hi) {
				// "..., where Sybiha is expected to join them", "consultations
				// on strategic stability that were due to take place in
				// Geneva on Dec. 9": more of the meeting.
				return
			}
			x.aside = append(x.aside, span{i, hi})
			return
		}
	}
}

// saysWhenItIs reports a relative clause from k that tells when or where
// the meeting it follows is held: "were due to take place", "is scheduled
// for", "had been planned for".
func (x *doc) saysWhenItIs(k, hi int) bool {
	for j := k; j < hi && j < k+5; j++ {
		switch x.toks[j].fold {
		case "place", "held", "scheduled", "planned", "set", "due":
			return true
		}
	}
	return false
}

// absentBefore returns where a verb of staying away governs the trigger
// ("Rubio skipped the meeting", "boycotted the talks"), -1 when none does:
// its subject was not there.
func (x *doc) absentBefore(lo, trig int) int {
	for k := trig - 1; k >= lo && k >= trig-6; k-- {
		if n, _ := x.lx.absence.longest(x.toks, k, trig); n > 0 {
			for j := k + n; j < trig; j++ {
				if t := &x.toks[j]; t.kind != tokWord || t.cap || x.mentAt[j] >= 0 {
					return -1 // "missed Putin's deadline for talks": another object
				}
			}
			return k
		}
	}
	return -1
}

// describes reports a phrase at k that describes the name before its comma:
// a determiner and a common noun ("the capital of", "a senior adviser to"),
// or a role ("secretary of the army").
func (x *doc) describes(k, end int) bool {
	t := &x.toks[k]
	if x.lx.determiners.has(t) && t.fold != "one" {
		return k+1 < end && x.mentAt[k+1] < 0 && x.toks[k+1].kind == tokWord && !x.toks[k+1].cap
	}
	if t.cap || x.mentAt[k] >= 0 {
		return false
	}
	// "Rubio, special envoy Steve Witkoff and Jared Kushner": a title
	// before a name is the next item of a list.
	n, _ := x.lx.titles.longest(x.toks, k, end)
	p := x.mentionAt(k + n)
	return n > 0 && (p == nil || p.actor < 0 || x.actors[p.actor].Kind != Person)
}

// attributive reports a country named as an adjective of a thing, not a
// party: "US peace proposals", "frozen Russian assets". "Russian officials",
// "a Ukrainian delegation" and "U.S. talks" name a party.
func (x *doc) attributive(s *sentence, m *mention) bool {
	a := x.actorOf(m)
	if a == nil || a.Kind != Country || int(m.end) >= s.end {
		return false
	}
	last := &x.toks[m.end-1]
	if last.poss || !last.upper && !x.demonym(last) {
		return false
	}
	for k := int(m.end); k < s.end && k < int(m.end)+4; k++ {
		t := &x.toks[k]
		if t.kind != tokWord || t.cap || x.mentAt[k] >= 0 || x.lx.verbMarkers.has(t) || x.lx.links.has(t) ||
			x.lx.sayVerbs.has(t) || x.lx.locPreps.has(t) || x.lx.datePreps.has(t) {
			return k > int(m.end) // a noun ran up to here without naming people
		}
		if x.lx.people.has(t) || x.lx.titles.has(x.toks, k) {
			return false
		}
		if n, _ := x.triggerAt(k); n > 0 {
			return false
		}
	}
	return true
}

// demonym reports a country's adjective ("Russian", "Ukrainian", "French",
// "Israeli"), not its name or the plural of its people ("Russians").
func (x *doc) demonym(t *token) bool {
	f := t.fold
	if strings.HasSuffix(f, "s") {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ch", "ic"} {
		if strings.HasSuffix(f, suf) {
			if id, ok := x.g.byName[f]; ok && x.g.actors[id].Kind == Country {
				return false // "Iran", "Oman": a name
			}
			return true
		}
	}
	return false
}

// dispatched returns where the meeting's own clause starts after a verb of
// sending ("Zelensky on Saturday appointed Umerov to lead the delegation",
// "as he sent his envoy, Steve Witkoff, to meet Putin"): the sender and the
// day of the sending are not the meeting's. lo when there is none.
func (x *doc) dispatched(lo, trig int) int {
	for k := trig - 1; k >= lo; k-- {
		if !x.lx.dispatch.has(&x.toks[k]) || x.mentAt[k] >= 0 {
			continue
		}
		if r := x.relativeStart(lo, k); r >= 0 && x.nextComma(k, trig) < trig {
			continue // "Mahama, whom the bloc appointed as its envoy, briefed ...": an aside
		}
		for j := k + 1; j < trig; j++ {
			if x.toks[j].fold == "to" {
				return k + 1
			}
		}
		return lo
	}
	return lo
}

// startsIn reports a token in [i, end) that can start a phrase of tr.
func (x *doc) startsIn(tr *trie, i, end int) bool {
	for ; i < end; i++ {
		if id := x.toks[i].id; id > 0 && int(id) < len(tr.dense) && tr.dense[id] != nil {
			return true
		}
	}
	return false
}

// conditionReach bounds how far after a trigger conditional looks.
const conditionReach = 60

// meetsAThing reports "meet" with a thing for its object, not a person:
// "meet the deadline", "meet Russia's demands", "meet each other halfway".
func (x *doc) meetsAThing(trig, n, end int) bool {
	f := x.toks[trig].fold
	if f != "meet" && f != "meets" && f != "met" && f != "meeting" {
		return false
	}
	if n == 2 && x.toks[trig+1].fold == "with" {
		return x.reactionAt(trig+2, end) // the trigger "met with"
	}
	if n != 1 {
		return false
	}
	k := trig + 1
	for skip := 0; k < end && skip < 3; skip++ {
		t := &x.toks[k]
		if m := x.mentionAt(k); m != nil && x.toks[m.end-1].poss {
			k = int(m.end) // "Russia's demands"
			continue
		}
		if x.lx.determiners.has(t) || t.fold == "each" || t.fold == "other" || t.fold == "all" {
			k++
			continue
		}
		break
	}
	if k+1 < end && x.toks[k].fold == "with" && x.reactionAt(k+1, end) {
		return true
	}
	return k < end && x.lx.meetObjects.has(&x.toks[k])
}

// reactionAt reports a reaction within a few words from k: "(met with)
// fierce resistance", "(was met with) protests".
func (x *doc) reactionAt(k, end int) bool {
	for j := k; j < end && j <= k+2; j++ {
		if x.lx.meetReactions.has(&x.toks[j]) {
			return true
		}
		if x.mentAt[j] >= 0 {
			return false
		}
	}
	return false
}

// notARound reports a "round" that is no round of talks: one of something
// else ("a round of sanctions", "the round of 16"), or an ordinal one,
// which is an election's or a tournament's ("the second round on Sunday").
// "The round began in Geneva" is one; "a round of talks" is its own trigger.
func (x *doc) notARound(trig, n, end int) bool {
	if n != 1 || x.toks[trig].fold != "round" {
		return false
	}
	if k := trig + 1; k < end && x.toks[k].fold == "of" {
		return true
	}
	if trig > 0 {
		switch x.toks[trig-1].fold {
		case "first", "second", "third", "fourth", "final", "opening", "qualifying", "last", "runoff":
			return true
		}
	}
	return false
}

// joins reports a delegation cue ("join", "attend", "take part") in [i, end).
func (x *doc) joins(i, end int) bool {
	for ; i < end; i++ {
		if n, _ := x.lx.delegation.longest(x.toks, i, end); n > 0 {
			f := x.toks[i].fold
			if f != "lead" && f != "leads" && f != "led" && f != "leading" && f != "headed" && f != "heads" && f != "side" {
				return true
			}
		}
	}
	return false
}

// seriesEnds reports ", and" and a verb after k: the last predicate of a
// series.
func (x *doc) seriesEnds(k, end int) bool {
	for i := k; i+2 < end; i++ {
		if x.toks[i].text == "," && x.toks[i+1].fold == "and" && x.mentAt[i+2] < 0 && !x.toks[i+2].cap {
			return true
		}
	}
	return false
}

// verbTrigger reports a meeting trigger at i that is a verb ("joined",
// "met"), not a noun.
func (x *doc) verbTrigger(i int) bool {
	n, v := x.triggerAt(i)
	return n > 0 && x.lx.trigger[v].Tense != "noun" && x.mentAt[i] < 0
}

// sharesSubject reports a clause that continues the subject of the one
// before: it opens with "and" or a verb, and names no subject of its own.
func (x *doc) sharesSubject(seg *sentence) bool {
	k := seg.start
	if x.toks[k].text == "," && k+1 < seg.end {
		k++
	}
	if x.verbTrigger(k) || k+1 < seg.end && (x.toks[k].fold == "will" || x.toks[k].fold == "would") && x.verbTrigger(k+1) {
		return true // "..., will host Cambodia's ambassador"
	}
	// "and will then meet", "and met"; not "and the talks will continue".
	return x.toks[k].fold == "and" && k+1 < seg.end && (x.lx.verbMarkers.has(&x.toks[k+1]) || x.verbTrigger(k+1)) &&
		!x.hasSubject(&sentence{start: k + 1, end: seg.end})
}

// subjectOf names the subject of clause seg of sentence si: the person
// before its trigger, or the one a pronoun there stands for.
func (x *doc) subjectOf(si int, seg *sentence) string {
	for i := seg.start; i < seg.end; i++ {
		if n, _ := x.triggerAt(i); n > 0 && x.mentAt[i] < 0 {
			break
		}
		if m := x.mentionAt(i); m != nil && m.actor >= 0 {
			if x.actors[m.actor].Kind == Person && !x.excluded(seg, m) && !x.speaks(int(m.end), seg.end) {
				return x.actors[m.actor].Name
			}
			i = int(m.end) - 1
			continue
		}
		if f := x.toks[i].fold; f == "he" || f == "she" {
			if id := x.earlierPerson(si, i); id >= 0 {
				return x.actors[id].Name
			}
			return ""
		}
	}
	return x.firstPersonBefore(seg, seg.end)
}

// hasSubject reports an actor or a pronoun before the first trigger of s.
func (x *doc) hasSubject(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if n, _ := x.triggerAt(i); n > 0 && x.mentAt[i] < 0 {
			return false
		}
		if m := x.mentionAt(i); m != nil && m.actor >= 0 {
			return true
		}
		if n, _ := x.lx.pronouns.longest(x.toks, i, s.end); n > 0 {
			return true
		}
	}
	return false
}

// opensClause reports a conjunction at i that opens a clause with its own
// subject: "after the White House concluded", "as Zelenskyy heads to
// Paris"; not "after talks", "as early as", "before Putin's visit".
func (x *doc) opensClause(i, end int) bool {
	t := &x.toks[i]
	if n, _ := x.lx.clauseBreaks.longest(x.toks, i, end); n != 1 || t.cap && i > 0 || i+1 >= end {
		return false
	}
	if t.fold == "as" && i > 0 {
		switch x.toks[i-1].fold {
		case "such", "well", "soon", "early", "late", "same", "so", "just":
			return false
		}
	}
	k := i + 1
	if x.toks[k].fold == "the" {
		k++
	}
	if k >= end {
		return false
	}
	if m := x.mentionAt(k); m != nil && m.actor >= 0 && !x.toks[m.end-1].poss {
		return int(m.end) < end && x.toks[m.end].kind == tokWord && !x.toks[m.end].cap
	}
	if f := x.toks[k].fold; k == i+1 && (f == "he" || f == "she" || f == "they" || f == "it") {
		return true
	}
	return false
}

// clauseStart is where the clause of the trigger starts when a conjunction
// before it opens one with its own subject ("Umerov reports progress from
// Florida as Zelenskyy heads to Paris"); lo otherwise.
func (x *doc) clauseStart(lo, trig, end int) int {
	for k := trig - 1; k > lo; k-- {
		if x.opensClause(k, end) {
			return k + 1
		}
	}
	return lo
}
