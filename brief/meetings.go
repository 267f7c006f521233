package brief

import (
	"strings"
	"time"
)

// meetingMention is one sentence's report of a meeting, before the reports
// of the same meeting in this article are merged.
type meetingMention struct {
	Meeting
	sent      int
	trigger   int
	verb      bool // a verb trigger ("will meet", "visited"), not a noun ("talks")
	core      bool // meet/talks/call, not travel or a visit whose day may differ
	dateCore  bool // the date came from a core trigger
	definite  bool // "the talks": refers back to a meeting already reported
	hasPerson bool
	strong    bool   // enough to stand alone: a verb, a date or a place
	clause    int    // which clause of its sentence reports it
	together  bool   // the subject is "the two sides", "they": the last meeting's people
	also      bool   // "also met", "also spoke by phone": another meeting of the same occasion
	call      bool   // a phone or video call
	host      string // the country a lone visitor goes to, kept beside its people
	// sceneDefinite: the scene is a meeting already reported ("During the meeting").
	sceneDefinite bool
}

// meetings finds the meetings the document reports, one per event.
func (x *doc) meetings() []Meeting {
	var found []meetingMention
	for si := range x.sents {
		any := false
		segs := x.segments(si)
		for k := range segs {
			prev := x.prevSentence(si)
			if k > 0 {
				prev = &segs[k-1]
			}
			if m, ok := x.meetingIn(si, &segs[k], prev); ok {
				// "... on Monday, and the two leaders held a call": the
				// clauses share their time unless the second gives its own.
				thatClause := k > 0 && segs[k].start+1 < segs[k].end && x.toks[segs[k].start+1].fold == "that"
				if k > 0 && m.When == "" && !thatClause {
					if d, ok := x.nearestDate(segs[k-1].start, segs[k-1].end, segs[k].start, nil, dirOf(m.Modality)); ok {
						m.Date, m.When = d.date, d.phrase
					}
				}
				// "During the meeting, they held a call": that meeting's day.
				if n := len(found); m.When == "" && n > 0 && m.sceneDefinite {
					m.Date, m.When = found[n-1].Date, found[n-1].When
				}
				// "Szijjarto also held separate talks": the same occasion, another meeting.
				m.also = x.hasAlso(&segs[k])
				if n := len(found); m.When == "" && n > 0 && si-found[n-1].sent <= 2 && m.also {
					m.Date, m.When = found[n-1].Date, found[n-1].When
					if m.Location == "" {
						m.Location = found[n-1].Location
					}
				}
				if last := lastStrong(found); m.together && last >= 0 && len(m.Participants) < 2 {
					// "The two sides will meet again next week".
					m.Participants = appendNew(x.personsOnly(m.Participants), found[last].Participants)
					m.hasPerson = m.hasPerson || found[last].hasPerson
				}
				if k > 0 && x.toks[segs[k].start].fold == "and" && !thatClause {
					// "... and will then meet Meloni": the same subject.
					if subj := x.firstPersonBefore(&segs[k-1], segs[k-1].end); subj != "" && !containsString(m.Participants, subj) {
						m.Participants = append([]string{subj}, m.Participants...)
						m.hasPerson = true
					}
				}
				if n := len(found); k > 0 && m.definite && !m.hasPerson && n > 0 && found[n-1].sent == si {
					// "..., and the talks will continue on December 15".
					m.Participants = appendNew(m.Participants, found[n-1].Participants)
					m.hasPerson = found[n-1].hasPerson
					m.strong = m.Date != "" || found[n-1].strong
				}
				m.clause = k
				found = append(found, m)
				any = true
			}
		}
		if any {
			continue
		}
		if n := len(found); n > 0 && si-found[n-1].sent <= 2 && x.sents[si].src == x.sents[found[n-1].sent].src {
			x.delegates(si, &found[n-1])
		}
	}
	merged := x.mergeMentions(found)
	var out []Meeting
	for i := range merged {
		m := &merged[i]
		if !m.strong {
			continue
		}
		m.Participants = x.dropStandIns(m.Participants, m.host)
		if len(m.Participants) < 2 || !m.hasPerson && !m.verb && m.Date == "" {
			continue
		}
		if m.Modality == "" {
			m.Modality = x.defaultModality(m.Date)
		}
		out = append(out, m.Meeting)
	}
	return out
}

// meetingIn reads the meeting sentence si reports, if any.
func (x *doc) meetingIn(si int, s, prev *sentence) (meetingMention, bool) {
	trig, tn := -1, 0
	travel := false
	var others []int  // the other triggers of the clause
	var trips []int   // the travel and visit triggers of the clause
	trigBG := false   // the leading trigger only sets the scene: "During the meeting"
	var scenes []span // scene-setting phrases that are not the meeting: "after the talks conclude"
	sceneAt := -1     // where a scene-setting phrase starts: "following discussions"
	var tr meetingTrigger
	trigScene := -1
	for i := s.start; i < s.end; i++ {
		if !x.toks[i].isWord() || x.mentAt[i] >= 0 {
			continue
		}
		n, v := x.lx.triggers.longest(x.toks, i, s.end)
		if n == 0 {
			continue
		}
		t := x.lx.trigger[v]
		if x.negated(s.start, i) || x.hypothetical(s.start, i) {
			i += n - 1
			continue // "had not yet received the text", "offered to host talks"
		}
		if t.Class == "callverb" || t.Class == "meetverb" || t.Class == "hostverb" {
			// "called Kast", "will see Witkoff", "speak with President
			// Trump": a meeting only with a person right after the verb.
			if !x.personAfter(i+n, s.end) {
				continue
			}
			switch t.Class {
			case "callverb":
				t.Class = "call"
			case "hostverb":
				t.Class = "host"
			default:
				t.Class = "core"
			}
		}
		travel = travel || t.Class == "travel" || t.Class == "visit"
		if isTrip(t) {
			trips = append(trips, i)
		}
		// The first meeting, call or hosting leads; a trip or visit only
		// until one appears, since the trip's day may not be the meeting's.
		bgAt := x.background(s.start, i)
		if bg := bgAt >= 0; bg && (sceneAt < 0 || trig < 0) {
			sceneAt = bgAt
		}
		if bgAt < 0 {
			bgAt = x.relativeStart(s.start, i) // an aside, not a scene: the subject stays
		}
		bg := bgAt >= 0
		if trig < 0 || !isTrip(t) && isTrip(tr) || trigBG && !bg {
			if trig >= 0 {
				others = append(others, trig)
				if trigBG && x.toks[trigScene].text == "," {
					// A relative clause before the meeting is an aside.
					scenes = append(scenes, span{trigScene, min(x.nextComma(trig, s.end), i)})
				}
			}
			trig, tn, tr, trigBG, trigScene = i, n, t, bg, bgAt
		} else {
			others = append(others, i)
			if bg && bgAt > trig {
				scenes = append(scenes, span{bgAt, x.nextComma(i, s.end)})
			}
		}
		i += n - 1
	}
	if trig < 0 {
		return meetingMention{}, false
	}
	mm := meetingMention{sent: si, trigger: trig, verb: tr.Tense != "noun", core: tr.Class != "travel" && tr.Class != "visit", call: tr.Class == "call"}
	mm.definite = x.definiteBefore(s.start, trig)
	if mm.definite {
		mm.verb = false // "The visit comes five months before ..."
	}
	mm.verb = mm.verb || x.pastVerbBefore(s.start, trig) // "held separate talks"
	mm.Modality = x.modality(s, trig, tn, tr)
	var dir direction
	switch mm.Modality {
	case Held:
		dir = past
	case Planned, Cancelled, Postponed:
		dir = future
	}
	frame := x.reportFrame(s, trig)
	lo, hi := max(frame.end, s.start), x.clauseEnd(s, trig)
	mm.sceneDefinite = !trigBG && sceneAt >= 0 && sceneAt < trig && x.definiteBefore(sceneAt, x.sceneTrigger(sceneAt, trig))
	if !trigBG && sceneAt >= 0 && sceneAt < trig {
		// "The Kremlin is keen to weigh in following discussions ...,
		// including talks held in Florida": the subject is not at the talks.
		lo = max(lo, sceneAt)
	}
	d, ok := x.nearestDate(lo, x.appositionCut(trig, hi), trig, others, dir)
	if nd, found := x.newDate(lo, hi, dir); found && mm.Modality == Postponed {
		d, ok = nd, true // "postponed until next week": the new date, if any
	}
	if ok {
		mm.Date, mm.When = d.date, d.phrase
		// A trip's day may precede the meeting's: only a sentence with no
		// travel in it dates the meeting itself.
		mm.dateCore = mm.core && !(travel && nearerTrip(d, trig, trips))
		if mm.Modality == "" && d.date != "" {
			mm.Modality = x.defaultModality(d.date)
		}
	}
	var locActor int32 = -1
	if tr.Class != "call" {
		mm.Location, locActor = x.location(s, lo, hi, trig)
	}
	x.manyPronoun = false
	x.scenes = scenes
	mm.Participants, mm.hasPerson = x.participants(s, prev, frame, lo, hi, trig, locActor)
	mm.together = x.manyPronoun
	if isTrip(tr) && !trigBG && len(mm.Participants) == 1 && mm.hasPerson && (mm.Date != "" || mm.Modality != Held) {
		// "A visit to Kyiv by Keir Starmer": the host is the place's country.
		c := x.hostCountry(s, lo, hi, trig, mm.Participants[0])
		if locActor >= 0 && x.actors[locActor].Kind == Country && x.actors[locActor].Name != x.affiliationName(mm.Participants[0]) {
			c = x.actors[locActor].Name // "he would visit China"
		}
		if c != "" {
			// The host is the country and, when the article names one, the
			// person of that country it names most: "Witkoff will come to
			// Moscow" is a meeting with Putin in an article about Putin.
			mm.Participants = append(mm.Participants, c)
			mm.host = c
			if leader := x.mostNamed(c); leader != "" {
				mm.Participants = append(mm.Participants, leader)
			}
		}
	}
	mm.strong = mm.hasPerson && (mm.verb || mm.Date != "" || mm.Location != "") ||
		mm.Date != "" && mm.Location != "" ||
		// "A preparatory meeting between Rubio and Lavrov ... was cancelled".
		x.namedCount(mm.Participants) >= 2 && (mm.Modality == Cancelled || mm.Modality == Postponed || x.linked(trig+tn, hi))
	if trigBG && len(others) == 0 && sceneAt >= 0 && x.toks[sceneAt].fold == "at" {
		// "At Friday's summit Modi said ...": a scene, not a report of it.
		mm.definite, mm.strong = true, false
	}
	if mm.definite && !mm.verb && mm.Date == "" && len(mm.Participants) < 2 {
		mm.strong = false // "called the Florida talks constructive": a reference
	}
	// A headline only confirms what the text reports.
	mm.strong = mm.strong && s.src != 0
	mm.Sources = []Source{{Article: x.d.ID, Text: x.sentText(&x.sents[si])}}
	if len(mm.Participants) == 0 && !mm.definite {
		return mm, false
	}
	return mm, true
}

// segments cuts sentence si where it reports two meetings: "Zelensky met
// Macron on Monday, and the two leaders held a call with Witkoff". A cut
// falls at ";" or at ", and" / ", but" / ", while" not followed by a name
// (which would be a list), and only between parts that each have a trigger.
func (x *doc) segments(si int) []sentence {
	s := x.sents[si]
	var cuts []int
	for i := s.start + 1; i+2 < s.end; i++ {
		t := &x.toks[i]
		if t.text == ";" || t.text == "," && (x.toks[i+1].fold == "and" || x.toks[i+1].fold == "but" || x.toks[i+1].fold == "while") && x.mentAt[i+2] < 0 {
			cuts = append(cuts, i)
		}
		// "is set to meet the Pope this morning and will then meet Meloni".
		if t.fold == "and" && x.toks[i-1].text != "," && (x.lx.verbMarkers[x.toks[i+1].fold] && x.toks[i+1].fold != "to" || x.toks[i+1].fold == "that") {
			cuts = append(cuts, i)
		}
	}
	if len(cuts) == 0 {
		return []sentence{s}
	}
	var segs []sentence
	start := s.start
	for _, c := range append(cuts, s.end) {
		seg := s
		seg.start, seg.end = start, c
		if len(segs) > 0 && !x.hasTrigger(&seg) {
			segs[len(segs)-1].end = c
		} else if len(segs) > 0 && !x.hasTrigger(&segs[len(segs)-1]) {
			segs[len(segs)-1].end = c
		} else {
			segs = append(segs, seg)
		}
		start = c
	}
	return segs
}

func dirOf(m Modality) direction {
	switch m {
	case Held:
		return past
	case Planned, Cancelled, Postponed:
		return future
	}
	return 0
}

func lastStrong(found []meetingMention) int {
	for i := len(found) - 1; i >= 0; i-- {
		if found[i].strong && found[i].hasPerson {
			return i
		}
	}
	return -1
}

// firstPersonBefore names the first person of s before token k: the subject.
func (x *doc) firstPersonBefore(s *sentence, k int) string {
	for i := s.start; i < k && i < s.end; i++ {
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person && !x.excluded(s, m) {
			return x.actors[m.actor].Name
		}
	}
	return ""
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
		if n, _ := x.lx.triggers.longest(x.toks, i, s.end); n > 0 && x.mentAt[i] < 0 {
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
		if n, _ := x.lx.triggers.longest(x.toks, i, trig); n > 0 {
			return i
		}
	}
	return k
}

// relativeStart returns where a relative clause holding token i starts
// (", who helped negotiate the truce,"), -1 when i is in none.
func (x *doc) relativeStart(start, i int) int {
	for k := i - 1; k > start; k-- {
		t := &x.toks[k]
		if t.text == "," {
			if x.lx.relatives[x.toks[k+1].fold] {
				return k
			}
			return -1
		}
	}
	return -1
}

// hypothetical reports an offer or a condition, not a plan: "offered to
// host talks", "ready to host a summit", "a meeting could take place".
func (x *doc) hypothetical(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-8; k-- {
		if n, _ := x.lx.hypothetical.longest(x.toks, k, trig); n > 0 {
			return true
		}
		if t := &x.toks[k]; t.kind == tokPunct && !isQuoteMark(t) && t.text != "-" {
			break // "who is barred from seeking a term, said he had spoken"
		}
	}
	for k := trig + 1; k < trig+3 && k < len(x.toks); k++ {
		if x.toks[k].fold == "could" || x.toks[k].fold == "might" {
			return true
		}
	}
	return false
}

// newDate finds the date a postponement moves to: "until next week",
// "to December 9".
func (x *doc) newDate(lo, hi int, dir direction) (dateExpr, bool) {
	for _, d := range x.findDates(lo, hi, dir) {
		k := d.start
		for k < d.end && x.lx.datePreps[x.toks[k].fold] {
			k++
		}
		if d.start > lo {
			if f := x.toks[d.start-1].fold; f == "until" || f == "till" || f == "to" {
				return d, true
			}
		}
		if x.toks[d.start].fold == "until" {
			return d, true
		}
	}
	return dateExpr{}, false
}

// namedCount counts the persons and organisations among names.
func (x *doc) namedCount(names []string) int {
	n := 0
	for _, p := range names {
		if id, ok := x.byName[p]; ok && x.actors[id].Kind != Country {
			n++
		}
	}
	return n
}

// linked reports a trigger followed by who takes part: "a meeting between",
// "talks with".
func (x *doc) linked(k, end int) bool {
	return k < end && (x.toks[k].fold == "between" || x.toks[k].fold == "with" || x.toks[k].fold == "involving")
}

// personAfter reports a person named at k, a title before the name allowed.
func (x *doc) personAfter(k, end int) bool {
	if k < end && x.lx.determiners[x.toks[k].fold] {
		k++
	}
	// "Ukrainian President Volodymyr Zelensky", "Kremlin aide Yuri Ushakov".
	if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind != Person && !x.toks[m.end-1].poss {
		k = int(m.end)
	}
	for k < end && x.mentAt[k] < 0 && x.lx.roleAdjs[x.toks[k].fold] {
		k++
	}
	if k < end && x.mentAt[k] < 0 {
		if n, _ := x.lx.titles.longest(x.toks, k, end); n > 0 {
			k += n
		}
	}
	p := x.mentionAt(k)
	return p != nil && p.actor >= 0 && x.actors[p.actor].Kind == Person
}

// isTripAt reports a travel or visit trigger at token i.
func (x *doc) isTripAt(i int) bool {
	n, v := x.lx.triggers.longest(x.toks, i, len(x.toks))
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
	// "there were “no plans” for a Trump-Putin meeting".
	for k := trig - 1; k >= start+1 && k >= trig-9; k-- {
		if x.toks[k].fold == "plans" && x.toks[k-1].fold == "no" {
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
		if x.lx.definite[t.fold] {
			return true
		}
		if t.fold == "a" || t.fold == "an" || x.lx.verbMarkers[t.fold] {
			return false // "he would visit": a verb, not "the visit"
		}
		if n, _ := x.lx.background.longest(x.toks, k, trig); n > 0 {
			return false
		}
		if t.cap || t.kind == tokPunct && t.text != "-" || x.mentAt[k] >= 0 {
			return false
		}
	}
	return false
}

// delegates adds the people a sentence after a meeting names as its
// delegations: "Rubio and Witkoff will lead the American side", "The
// Ukrainian delegation will be led by Andriy Yermak and will include Rustem
// Umerov".
func (x *doc) delegates(si int, mm *meetingMention) {
	s := &x.sents[si]
	if x.hasQuote(s) {
		return
	}
	var cues []int
	for i := s.start; i < s.end; i++ {
		if n, _ := x.lx.delegation.longest(x.toks, i, s.end); n > 0 {
			cues = append(cues, i)
		}
	}
	if len(cues) == 0 {
		return
	}
	// A sentence with a day or place of its own reports another event
	// (the day something was said does not count).
	for _, d := range x.findDates(s.start, s.end, future) {
		if !x.saidWhen(s.start, d.start) {
			return
		}
	}
	if loc, _ := x.location(s, s.start, s.end, s.start); loc != "" && loc != mm.Location {
		return
	}
	for i := s.start; i < s.end; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		a := x.actorOf(m)
		if a == nil || a.Kind != Person || x.excluded(s, m) || containsString(mm.Participants, a.Name) || !near(cues, int(m.start), 8) {
			continue
		}
		mm.Participants = append(mm.Participants, a.Name)
		mm.hasPerson = true
	}
}

func near(list []int, k, dist int) bool {
	for _, i := range list {
		if i-k <= dist && k-i <= dist {
			return true
		}
	}
	return false
}

// modality reads what the sentence says of the meeting: cancelled or
// postponed anywhere in it; otherwise the nearest planned or held cue around
// the trigger, then the trigger's own tense. Empty when nothing says.
func (x *doc) modality(s *sentence, trig, tn int, tr meetingTrigger) Modality {
	best, bestDist := Modality(""), 1<<30
	for i := s.start; i < s.end; i++ {
		n, v := x.lx.modality.longest(x.toks, i, s.end)
		if n == 0 {
			continue
		}
		m := x.lx.modalities[v]
		if m == Cancelled || m == Postponed {
			return m
		}
		d := trig - i
		if i >= trig+tn {
			d = (i - trig - tn + 1) * 3 / 2 // cues after the trigger count for less
		}
		if d >= 0 && d < bestDist && d <= 15 {
			best, bestDist = m, d
		}
		i += n - 1
	}
	if tr.Tense == "past" || tr.Tense == "noun" && x.pastVerbBefore(s.start, trig) {
		if best == "" || bestDist > 3 {
			return Held
		}
	}
	return best
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
		if x.lx.definite[t.fold] {
			continue
		}
		if strings.HasSuffix(t.fold, "ed") || t.fold == "led" || t.fold == "held" || t.fold == "had" {
			return true
		}
	}
	return false
}

// defaultModality judges a meeting the text gives no cue for by its date.
func (x *doc) defaultModality(date string) Modality {
	if date != "" && !x.d.Published.IsZero() && date < x.d.Published.Format(time.DateOnly) {
		return Held
	}
	return Planned
}

// nearestDate picks the date phrase in [start, end) closest to the trigger,
// preferring one after it on a tie.
func (x *doc) nearestDate(start, end, trig int, others []int, dir direction) (dateExpr, bool) {
	dates := x.findDates(start, end, dir)
	best, bestDist := -1, 1<<30
	for i, d := range dates {
		dist := tokenDistance(d, trig)
		// "to hear the results of Sunday's talks": that date is the talks'.
		owned := false
		for _, o := range others {
			owned = owned || tokenDistance(d, o) <= 2 && tokenDistance(d, o) < dist
		}
		if owned || x.saidWhen(start, d.start) {
			continue
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return dateExpr{}, false
	}
	return dates[best], true
}

// clauseEnd is where the clause of the trigger ends: at a trailing ", the
// Ukrainian presidency said" or ", according to", whatever follows belongs
// to another clause.
func (x *doc) clauseEnd(s *sentence, trig int) int {
	said := false
	for i := s.start; i < trig; i++ {
		said = said || x.lx.sayVerbs[x.toks[i].fold]
	}
	for i := trig + 1; i < s.end; i++ {
		if said && x.toks[i].fold == "that" {
			return i // "Putin told Erdogan in a phone call that ...": what was said
		}
		if x.toks[i].text != "," {
			continue
		}
		if n, _ := x.lx.clauseBreaks.longest(x.toks, i+1, s.end); n > 0 {
			return i // ", before Zelensky arrived": another event
		}
		for k := i + 1; k < s.end && k <= i+8; k++ {
			if x.lx.sayVerbs[x.toks[k].fold] || x.toks[k].fold == "according" {
				return i
			}
			if x.toks[k].text == "," {
				break
			}
		}
	}
	return s.end
}

// saidWhen reports a date that tells when something was said: "said on
// Tuesday", "told reporters on Monday".
func (x *doc) saidWhen(start, k int) bool {
	for j := k - 1; j >= start && j >= k-3; j-- {
		if x.lx.sayVerbs[x.toks[j].fold] || x.toks[j].fold == "confirmed" || x.toks[j].fold == "announced" {
			return true
		}
		if x.toks[j].kind == tokPunct || x.mentAt[j] >= 0 {
			return false
		}
	}
	return false
}

// nearerTrip reports a date closer to a trip than to the meeting trigger:
// "travel to Russia on Monday for discussions with Putin".
func nearerTrip(d dateExpr, trig int, trips []int) bool {
	for _, t := range trips {
		// "travel to Russia on Monday for discussions": the day between the
		// trip and the talks is the trip's.
		if tokenDistance(d, t) <= tokenDistance(d, trig) || t < d.start && d.end <= trig {
			return true
		}
	}
	return false
}

func tokenDistance(d dateExpr, trig int) int {
	if d.start >= trig {
		return d.start - trig
	}
	return trig - d.end + 1
}

// appositionCut is where an apposition after the trigger starts (", the
// last stop of a tour that took him to London on Monday"): its dates are
// not the meeting's.
func (x *doc) appositionCut(trig, hi int) int {
	for i := trig + 1; i+1 < hi; i++ {
		if x.toks[i].text == "," && x.lx.determiners[x.toks[i+1].fold] {
			return i
		}
	}
	return hi
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
		if n, _ := x.lx.speech.longest(x.toks, i, trig); n > 0 && i+n < trig && (x.toks[i+n].text == "," || x.toks[i+n].text == ":") {
			return span{s.start, i + n + 1}
		}
		// "Peskov said Putin would receive the envoy"; but "Putin told
		// Erdogan in a phone call" reports the call itself.
		if x.lx.sayVerbs[f] && i > s.start && (x.mentAt[i-1] >= 0 || x.toks[i-1].fold == "and") && !x.adjunct(i+1, trig) {
			return span{s.start, i + 1}
		}
	}
	return span{}
}

// adjunct reports a trigger in a phrase that says how something was said:
// "in a phone call", "during talks", "by phone".
func (x *doc) adjunct(from, trig int) bool {
	for k := from; k < trig; k++ {
		switch x.toks[k].fold {
		case "in", "during", "by", "over", "at", "after", "before":
			return true
		case "that":
			return false
		}
	}
	return false
}

// location finds where the meeting is: a place of the gazetteer nearest the
// trigger (one after "in", "to" or "at" first), or else a country or
// organisation written as the destination ("travel to Russia", "at the
// White House"). It returns the place and the actor it names, if any.
func (x *doc) location(s *sentence, lo, hi, trig int) (string, int32) {
	best, bestScore := -1, 1<<30
	for i := lo; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		prep := i > s.start && x.lx.locPreps[x.toks[i-1].fold] ||
			i > s.start+1 && x.toks[i-1].fold == "the" && x.lx.locPreps[x.toks[i-2].fold]
		if i > s.start+1 && x.toks[i-1].fold == "in" && x.toks[i-2].fold == "war" {
			continue // "the war in Ukraine"
		}
		if i == trig+1 && x.isTripAt(trig) {
			prep = true // "visit China"
		}
		a := x.actorOf(m)
		if m.place < 0 && (!prep || a == nil || a.Kind == Person) {
			continue
		}
		if m.place >= 0 && a != nil && !prep {
			continue // "Washington said": the government, not the city
		}
		if !prep && !(int(m.end) <= trig && trig-int(m.end) <= 1) {
			continue // a place is where talks are when "in" it, or "the Geneva talks"
		}
		dist := i - trig
		if dist < 0 {
			dist = -dist
		}
		score := dist
		if !prep {
			score += 20
		}
		if m.place < 0 {
			score += 10 // a city beats a country
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return "", -1
	}
	m := x.mentionAt(best)
	if m.place >= 0 {
		return x.g.places[m.place].Name, m.actor
	}
	return x.actors[m.actor].Name, m.actor
}

// participants are the actors of the sentence who take part: not the
// reporter of the frame, not the location, not a possessor or analyst. A
// pronoun subject ("he", "the two") brings in the previous sentence's.
func (x *doc) participants(s, prev *sentence, frame span, lo, hi, trig int, loc int32) ([]string, bool) {
	var ids []int32
	personBefore := false
	inQuote := x.quoteMask(s)
	trigQuoted := inQuote[trig-s.start]
	for i := lo; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		if m.actor < 0 || m.actor == loc || x.excluded(s, m) || x.locative(m) || inSpans(x.scenes, i) {
			continue
		}
		if inQuote[int(m.start)-s.start] != trigQuoted {
			continue // a quote inside the report says something else
		}
		if group := x.groupMembers(s, m); len(group) > 0 {
			// "U.S. envoys", "Trump's envoys": the envoys this article names.
			ids = append(ids, group...)
			continue
		}
		if x.actors[m.actor].Kind == Person && int(m.start) < trig {
			personBefore = true
		}
		ids = append(ids, m.actor)
	}
	if !personBefore && x.governed(s.start, trig) {
		ids = append(ids, x.pronounSubject(s, prev, frame, lo, trig)...)
	} else if len(ids) == 0 && trig+2 < hi && (x.toks[trig+1].fold == "between" || x.toks[trig+1].fold == "with") {
		// "a phone call between the two leaders".
		ids = x.pronounSubject(s, prev, frame, trig+2, hi)
	}
	hasPerson := false
	for _, id := range ids {
		if x.actors[id].Kind == Person {
			hasPerson = true
		}
	}
	return x.names(ids), hasPerson
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
	if n, v := x.lx.triggers.longest(x.toks, trig, len(x.toks)); n > 0 && x.lx.trigger[v].Tense != "noun" {
		return true
	}
	if x.pastVerbBefore(start, trig) {
		return true
	}
	for k := trig - 1; k >= start && k >= trig-4; k-- {
		switch x.toks[k].fold {
		case "hold", "holds", "have", "has", "host", "hosts":
			return true
		}
	}
	return false
}

// excluded reports mentions that name no participant: the possessor of a
// title or relation ("Trump's son-in-law"), the speaker of a trailing ", X
// said", whoever "according to" names, and analysts.
func (x *doc) excluded(s *sentence, m *mention) bool {
	if x.excludedPossessor(s, m) && len(x.groupMembers(s, m)) == 0 || x.titleModifier(s, m) {
		return true
	}
	end := int(m.end)
	if st := int(m.start); st >= s.start+2 && x.toks[st-1].fold == "to" && x.toks[st-2].fold == "according" {
		return true
	}
	if end < s.end && x.lx.sayVerbs[x.toks[end].fold] && int(m.start) > s.start && x.toks[m.start-1].text == "," {
		return true
	}
	if ap, ok := x.roleAt[m.actor]; ok && ap.analyst {
		return true
	}
	a := &x.actors[m.actor]
	return a.Kind == Organization && x.lx.isAnalystOrg(&a.Actor)
}

// excludedPossessor reports the possessor of a title or relation:
// "Trump's son-in-law", "Ukraine's chief negotiator".
func (x *doc) excludedPossessor(s *sentence, m *mention) bool {
	end := int(m.end)
	if !x.toks[end-1].poss || end >= s.end {
		return false
	}
	if n, _ := x.lx.titles.longest(x.toks, end, s.end); n > 0 {
		return true
	}
	// "Trump's envoys", "Zelensky's office": the possessor is not there;
	// "Witkoff's visit" and "Putin's meeting with Orban" keep theirs.
	t := &x.toks[end]
	if x.mentAt[end] >= 0 {
		return true // "Orban's Fidesz"
	}
	if n, _ := x.lx.sideNouns.longest(x.toks, end, s.end); n > 0 {
		return false // "Mamdani's transition team will meet": his side is there
	}
	if a := x.actorOf(m); a != nil && a.Kind == Organization {
		return false // "the leaders of the Verkhovna Rada's factions"
	}
	if n, _ := x.lx.triggers.longest(x.toks, end, s.end); n > 0 || t.kind != tokWord || t.cap || x.isDateWord(t) {
		return false
	}
	return true
}

// hostCountry is the country of the place a lone visitor goes to, when the
// visitor is not from there.
func (x *doc) hostCountry(s *sentence, lo, hi, trig int, visitor string) string {
	for i := lo; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || m.place < 0 || m.actor >= 0 {
			continue
		}
		c := x.g.places[m.place].Country
		a, ok := x.g.Actor(c)
		if !ok || a.Kind != Country {
			return ""
		}
		if id, ok := x.byName[visitor]; ok && x.actors[id].Affiliation == a.Name {
			return ""
		}
		x.gazActor(int32(x.g.byName[strings.ToLower(a.Name)]))
		return a.Name
	}
	return ""
}

// groupMembers resolves "U.S. envoys", "Ukrainian negotiators", "Trump's
// envoys" to the persons of this article on that side whose role is that
// one, nil when none is named.
func (x *doc) groupMembers(s *sentence, m *mention) []int32 {
	a := x.actorOf(m)
	end := int(m.end)
	if a == nil || end >= s.end {
		return nil
	}
	n, v := x.lx.groupRoles.longest(x.toks, end, s.end)
	if n == 0 {
		return nil
	}
	side := a.Name
	if a.Kind == Person {
		if !x.toks[end-1].poss {
			return nil
		}
		side = a.Affiliation
	}
	role := x.lx.groupRole[v]
	var out []int32
	for i := range x.actors {
		p := &x.actors[i]
		if p.Kind != Person || int32(i) == m.actor || p.Affiliation != side {
			continue
		}
		if strings.Contains(strings.ToLower(p.Role), role) || strings.Contains(strings.ToLower(x.roleAt[int32(i)].role), role) {
			out = append(out, int32(i))
		}
	}
	return out
}

func (x *doc) affiliationName(name string) string {
	if id, ok := x.byName[name]; ok {
		return x.actors[id].Affiliation
	}
	return ""
}

// mostNamed is the person of country c this article mentions most, ""
// when it names none.
func (x *doc) mostNamed(c string) string {
	counts := make([]int, len(x.actors))
	best := -1
	for mi := range x.ments {
		a := x.ments[mi].actor
		if a < 0 || x.actors[a].Kind != Person || x.actors[a].Affiliation != c {
			continue
		}
		counts[a]++
		if best < 0 || counts[a] > counts[best] {
			best = int(a)
		}
	}
	if best < 0 {
		return ""
	}
	return x.actors[best].Name
}

// titleModifier reports a country or organisation that qualifies the title
// of a named person: "Kremlin aide Yuri Ushakov", "U.S. Army Secretary Dan
// Driscoll", "Russian President Vladimir Putin".
func (x *doc) titleModifier(s *sentence, m *mention) bool {
	if a := x.actorOf(m); a == nil || a.Kind == Person {
		return false
	}
	for k := int(m.end); k < s.end && k < int(m.end)+4; k++ {
		if x.mentAt[k] >= 0 {
			return false
		}
		if n, _ := x.lx.titles.longest(x.toks, k, s.end); n > 0 {
			p := x.mentionAt(k + n)
			return p != nil && p.actor >= 0 && x.actors[p.actor].Kind == Person
		}
		if t := &x.toks[k]; !t.cap || t.kind != tokWord {
			return false
		}
	}
	return false
}

// pronounSubject resolves "he", "she", "they", "the two" before the
// trigger: to the speaker of the report frame ("Trump said he would meet"),
// else to the persons of the previous sentence (the nearest one naming a
// person, outside quotes, for "he" and "she").
func (x *doc) pronounSubject(s, prev *sentence, frame span, start, trig int) []int32 {
	many := int32(0)
	for i := start; i < trig; i++ {
		if n, v := x.lx.pronouns.longest(x.toks, i, trig); n > 0 {
			many = v
			break
		}
	}
	if many == 0 {
		return nil
	}
	x.manyPronoun = many == 2
	if many == 1 && frame.end > frame.start {
		for i := frame.start; i < frame.end; i++ {
			if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
				return []int32{m.actor}
			}
		}
	}
	if prev == nil {
		return nil
	}
	if many == 1 {
		for k, p := 0, prev; k < 3 && p != nil; k++ {
			if id := x.firstPersonOutsideQuotes(p); id >= 0 {
				return []int32{id}
			}
			p = x.prevSentence(x.sentOf(p.start))
		}
		return nil
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
	return out
}

// dropStandIns removes a country when a participant stands for it (a person
// affiliated with it): a country is a participant only when no one named
// stands for it.
func (x *doc) dropStandIns(names []string, keep string) []string {
	out := names[:0:0]
	for _, n := range names {
		id, ok := x.byName[n]
		if ok && n != keep && x.actors[id].Kind == Country && x.representedBy(n, names) {
			continue
		}
		out = append(out, n)
	}
	return out
}

func (x *doc) representedBy(country string, names []string) bool {
	for _, n := range names {
		id, ok := x.byName[n]
		if !ok || n == country {
			continue
		}
		a := &x.actors[id]
		if a.Kind == Person && a.Affiliation == country {
			return true
		}
	}
	return false
}
