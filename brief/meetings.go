package brief

import (
	"slices"
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
	short     bool   // ... and the sentence before named fewer than two
	also      bool   // "also met", "also spoke by phone": another meeting of the same occasion
	call      bool   // a phone or video call
	host      string // the country a lone visitor goes to, kept beside its people
	guessed   bool   // the host's leader was added, not named as met
	// sceneDefinite: the scene is a meeting already reported ("During the meeting").
	sceneDefinite bool
	series        []seriesPart // the parties met one after another, each a meeting
	part          int          // 1 + which part of its clause's series this is, 0 for none
	capital       string       // "the Hungarian capital": the place shown if no other is
}

// meetings finds the meetings the document reports, one per event.
func (x *doc) meetings() []Meeting {
	found := x.found[:0]
	defer func() { x.found = found[:0] }()
	var heading dateExpr // the day a heading such as "MONDAY, 23 NOVEMBER" sets for what follows
	calendar := -1       // whether date headings without a weekday make a calendar: unknown until one comes
	for si := range x.sents {
		if d, isHeading := x.dayHeading(si); isHeading {
			if d.date != "" && !x.headingHasWeekday(si) {
				// "18 March" alone may be a stamp ("10 March 2026" above the
				// text); a calendar has two such headings at least.
				if calendar < 0 {
					calendar = boolInt(x.dateHeadings() >= 2)
				}
				if calendar == 0 {
					d = dateExpr{}
				}
			}
			heading = d
			continue
		}
		any := false
		var segs []sentence
		if x.hasTrigger(&x.sents[si]) {
			segs = x.segments(si)
		}
		for k := range segs {
			prev := x.prevSentence(si)
			if k > 0 {
				prev = &segs[k-1]
			}
			if m, ok := x.meetingIn(si, &segs[k], prev); ok {
				// "... on Monday, and the two leaders held a call": the
				// clauses share their time unless the second gives its own.
				thatClause := k > 0 && segs[k].start+1 < segs[k].end && x.toks[segs[k].start+1].fold == "that"
				// Only a day the first clause gives its own meeting is shared:
				// "The strike came as officials continued work on the framework
				// agreed in Geneva on Sunday, and as Driscoll held talks in Abu
				// Dhabi" does not date the talks.
				// "..., and then to Brussels for talks": a later day, unsaid;
				// but "this morning ... and will then meet" is later that day.
				// A month or a week, no day, is shared only within one tense:
				// "met in October, and the two will meet again in Berlin".
				if n := len(found); k > 0 && m.When == "" && !thatClause && n > 0 && found[n-1].sent == si &&
					found[n-1].clause == k-1 && found[n-1].When != "" &&
					(found[n-1].Date != "" || m.Modality == found[n-1].Modality) &&
					(!x.hasCue(x.lx.seriesLinks, segs[k].start, m.trigger) || partOfDay(found[n-1].When)) {
					m.Date, m.When = found[n-1].Date, found[n-1].When
				}
				// "... and will be received by the Pope the same day".
				if n := len(found); m.When == "" && n > 0 && x.sameDay(&segs[k]) && si-found[n-1].sent <= 1 {
					m.Date, m.When = found[n-1].Date, found[n-1].When
				}
				// "He later had dinner with Herzog": later that day.
				if l := lastDated(found); m.When == "" && l >= 0 && m.Modality == Held && found[l].Modality == Held &&
					si-found[l].sent <= 4 && m.trigger > segs[k].start && x.toks[m.trigger-1].fold == "later" {
					m.Date, m.When = found[l].Date, found[l].When
				}
				// "The following day he travelled to Belgrade": the day after
				// the meeting just reported.
				if n := len(found); m.When == "" && n > 0 && found[n-1].Date != "" && si-found[n-1].sent <= 2 {
					if shift, phrase := x.dayAfterLast(&segs[k]); shift != 0 {
						if d, err := time.Parse(time.DateOnly, found[n-1].Date); err == nil {
							if day := x.dayString(d.AddDate(0, 0, shift)); x.agreesInTime(m.Modality, day) {
								m.Date, m.When = day, phrase
								if m.Modality == "" {
									m.Modality = x.defaultModality(m.Date)
								}
							}
						}
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
				if last := lastStrong(found); m.together && last >= 0 && (len(m.Participants) == 0 && si-found[last].sent <= 3 && x.sameParagraph(found[last].sent, si) ||
					len(m.Participants) == 1 || len(m.Participants) > 1 && m.short && si-found[last].sent <= 2 && !x.newItem(found[last].sent, si)) {
					// "The two sides will meet again next week"; "During the
					// visit the two leaders spoke by phone with Witkoff".
					m.Participants = appendNew(x.personsOnly(m.Participants), found[last].Participants)
					m.hasPerson = m.hasPerson || found[last].hasPerson
					m.strong = m.strong || m.hasPerson && (m.verb || m.Date != "" || m.Location != "")
				}
				if k > 0 && x.sharesSubject(&segs[k]) && !thatClause {
					// "... and will then meet Meloni", "He flew to Kyiv ..., joined
					// the delegation in Geneva": the same subject.
					subj := ""
					for j := k - 1; j >= 0 && subj == ""; j-- {
						subj = x.subjectOf(si, &segs[j])
					}
					if subj != "" && !containsString(m.Participants, subj) {
						m.Participants = append([]string{subj}, m.Participants...)
						m.hasPerson = true
						// "... and then travel to London for talks with British
						// ministers": with its subject the clause stands.
						m.strong = m.strong || m.verb || m.Date != "" || m.Location != ""
					}
				}
				if n := len(found); k > 0 && !m.definite && n > 0 && found[n-1].sent == si && found[n-1].clause == k-1 &&
					found[n-1].definite && !found[n-1].hasPerson && x.sharesSubject(&segs[k]) && !x.hasSubject(&segs[k]) {
					// "The summit opened ... and was hosted by Tinubu": the
					// summit already reported, with more of its people.
					m.definite = true
				}
				if n := len(found); k > 0 && m.definite && !m.hasPerson && n > 0 && found[n-1].sent == si && found[n-1].clause == k-1 &&
					(m.Modality == Cancelled || m.Modality == Postponed) && found[n-1].Modality != Held {
					// "Kallas was due in Belgrade to see Vučić, but the trip
					// has been cancelled": the clause before is called off.
					found[n-1].Modality = m.Modality
					if m.Date != "" {
						found[n-1].Date, found[n-1].When = m.Date, m.When
					}
					any = true
					continue
				}
				if n := len(found); k > 0 && m.definite && !m.hasPerson && n > 0 && found[n-1].sent == si {
					// "..., and the talks will continue on December 15".
					m.Participants = appendNew(m.Participants, found[n-1].Participants)
					m.hasPerson = found[n-1].hasPerson
					m.strong = m.Date != "" || found[n-1].strong
				}
				// "Consultations continued at the weekend in Mekelle with
				// Tadesse Werede": the talks of whom the text follows, with
				// the one party they name.
				if n := len(found); len(m.Participants) == 1 && !m.verb && n > 0 && si-found[n-1].sent <= 2 && x.near(found[n-1].sent, si) &&
					x.withBefore(&segs[k], m.trigger, m.Participants[0]) {
					if hub := x.personsOnly(found[n-1].Participants); len(hub) > 0 && hub[0] != m.Participants[0] {
						m.Participants = append([]string{hub[0]}, m.Participants...)
						m.hasPerson = true
						m.strong = m.strong || m.Date != "" || m.Location != ""
					}
				}
				if m.When == "" && heading.date != "" && (!m.definite || m.hasPerson && len(m.Participants) >= 2) && x.agreesInTime(m.Modality, heading.date) {
					m.Date, m.When = heading.date, heading.phrase
					if m.Modality == "" {
						m.Modality = x.defaultModality(m.Date)
					}
				}
				m.clause = k
				for p := range m.series {
					found = append(found, seriesMeeting(m, p))
				}
				if len(m.series) == 0 {
					found = append(found, m)
				}
				any = true
			}
		}
		if any {
			continue
		}
		if n := len(found); n > 0 && si-found[n-1].sent <= 2 && x.sents[si].src == x.sents[found[n-1].sent].src &&
			!x.newItem(found[n-1].sent, si) {
			if k := x.delegationTarget(found, si); k >= 0 {
				x.delegates(si, &found[k])
			}
		}
	}
	merged := x.mergeMentions(found)
	var out []Meeting
	for i := range merged {
		m := &merged[i]
		if !m.strong || m.guessed && x.reported(merged, m) {
			continue
		}
		m.Participants = x.dropStandIns(m.Participants, m.host)
		if len(m.Participants) < 2 && !x.bodyMeets(m) || !m.hasPerson && !m.verb && m.Date == "" && m.When == "" && !x.bodyMeets(m) {
			continue
		}
		if m.Date == "" && m.Modality == Held {
			// A live blog's entry "16:00 — Merz and Meloni meet" dates what
			// it reports held.
			if day, stamp, ok := x.liveEntry(m.sent); ok {
				m.Date, m.When = day, stamp
			}
		}
		if m.Modality == "" {
			m.Modality = x.defaultModality(m.Date)
		}
		m.Meeting.Call = m.call
		if m.Location == "" {
			m.Location = m.capital
		}
		// The sentence that first reported it; made only for what is kept.
		m.Sources = []Source{{Article: x.d.ID, Text: x.sentText(&x.sents[m.sent])}}
		if out == nil {
			out = make([]Meeting, 0, len(merged)-i) // room for the rest, allocated once
		}
		out = append(out, m.Meeting)
	}
	return out
}

// onlyTimed reports a meeting's noun followed straight by a verb that only
// places it in time: "came", "comes", "follows".
func (x *doc) onlyTimed(k, end int) bool {
	if k >= end {
		return false
	}
	switch x.toks[k].fold {
	case "came", "comes", "follows", "followed", "coincided", "coincides":
		return true
	}
	return false
}

// holdBefore reports a verb of holding just before a noun trigger, past a
// determiner and a word or two: "will hold a video call", "are to have
// a meeting", "holding their second round".
func (x *doc) holdBefore(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-4; k-- {
		switch x.toks[k].fold {
		case "hold", "holds", "holding", "have", "has", "having":
			return true
		case "a", "an", "the", "their", "his", "her", "its", "first", "second", "new", "another", "direct", "formal", "bilateral", "joint", "brief", "long", "lengthy":
			continue
		}
		if x.toks[k].kind == tokWord && !x.toks[k].cap && x.mentAt[k] < 0 && k == trig-1 {
			continue // "a video call", "a working lunch"
		}
		return false
	}
	return false
}

// presentVerbAfter reports a verb of a meeting's course in the present
// right after a noun trigger, a name or two between allowed: "the summit
// opens", "the talks resume", "the Security Council meets".
func (x *doc) presentVerbAfter(k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		switch x.toks[j].fold {
		case "opens", "begins", "starts", "resumes", "continues", "convenes", "meets", "runs", "closes", "ends", "kicks", "gets":
			return true
		}
		if t := &x.toks[j]; !t.cap && x.mentAt[j] < 0 {
			return false
		}
	}
	return false
}

// complementOf reports a meeting noun that is itself what another noun is
// of: "the anniversary of the meeting of France and Germany".
func (x *doc) complementOf(s *sentence, trig int) bool {
	k := trig - 1
	if k > s.start && x.lx.determiners.has(&x.toks[k]) {
		k--
	}
	return k >= s.start && x.toks[k].fold == "of"
}

// hasBefore reports "has a meeting with", "have talks": a meeting noun
// held in the present is scheduled.
func (x *doc) hasBefore(start, trig int) bool {
	for k := trig - 1; k >= start && k >= trig-3; k-- {
		switch x.toks[k].fold {
		case "has", "have", "holds":
			return true
		case "a", "an", "the", "their", "his", "her", "its":
			continue
		}
		if k < trig-1 {
			return false
		}
	}
	return false
}

// heldOwn reports "held their first talks", "will hold its second round":
// a possessive after a verb of holding reports the meeting, it does not
// refer back to one.
func (x *doc) heldOwn(start, trig int) bool {
	for k := trig - 1; k > start && k >= trig-4; k-- {
		switch x.toks[k].fold {
		case "their", "his", "her", "its":
			switch x.toks[k-1].fold {
			case "held", "hold", "holds", "holding", "have", "had":
				return true
			}
			return false
		}
	}
	return false
}

// delegationTarget picks the meeting a sentence of delegations is about:
// the last one, or, when the sentence speaks of the future ("The Ukrainian
// side will be led by Umerov") and the last was held, the last one planned
// a few sentences back; none when there is none ("He said he would
// dispatch a panel led by Obasanjo" after a meeting held is another trip).
func (x *doc) delegationTarget(found []meetingMention, si int) int {
	n := len(found) - 1
	if found[n].Modality != Held || !x.willIn(&x.sents[si]) {
		return n
	}
	for k := n - 1; k >= 0 && si-found[k].sent <= 4; k-- {
		if found[k].Modality == Planned && found[k].sent < found[n].sent {
			return k
		}
	}
	return -1
}

// willIn reports "will", "'ll" or "would" in sentence s.
func (x *doc) willIn(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if f := x.toks[i].fold; f == "will" || f == "'ll" || f == "would" {
			return true
		}
	}
	return false
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
	dropped := false // a trigger of the clause was no meeting
	x.droppedAt = x.droppedAt[:0]
	x.whether = -1
	for i := s.start; i < s.end; i++ {
		if x.toks[i].id == x.lx.whetherID {
			x.whether = i
			break
		}
	}
	for i := s.start; i < s.end; i++ {
		if !x.toks[i].isWord() || x.mentAt[i] >= 0 {
			continue
		}
		n, v := x.triggerAt(i)
		if n == 0 {
			continue
		}
		t := x.lx.trigger[v]
		verbOnly := t.Class == "callverb" || t.Class == "meetverb" || t.Class == "hostverb"
		if verbOnly && (!x.personAfter(i+n, s.end) && !(t.Class == "hostverb" && x.delegationAfter(i+n, s.end)) ||
			x.toks[i+n-1].fold == "on" && x.urged(i+n, s.end)) {
			// "called Kast", "will see Witkoff", "speak with President
			// Trump": a meeting only with a person right after the verb;
			// "called on Putin to withdraw" urges, "called on Modi" visits.
			continue
		}
		if x.notARound(i, n, s.end) {
			continue // "a round of sanctions", "the second round": no word of a meeting
		}
		if x.negated(s.start, i) || x.hypothetical(s.start, i) || x.denied(s.start, i) || x.habitual(s, i, n) || x.conditional(s, i, n) ||
			x.meetsAThing(i, n, s.end) {
			// "to try to revive negotiations with Russia": whom a dropped
			// trigger names is not at the meeting the clause reports.
			x.droppedAt = append(x.droppedAt, span{i, x.nextComma(i, s.end)})
			i += n - 1
			dropped = true
			continue // "had not yet received the text", "offered to host talks", "has met him several times"
		}
		if verbOnly {
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
		// "The Florida round followed the Geneva talks ... and came before
		// Witkoff is due to meet Putin": a definite noun refers to a meeting
		// already known; a verb reports the new one.
		verbReport := (t.Tense != "noun" || x.pastVerbBefore(s.start, i)) && trig >= 0 && tr.Tense == "noun" &&
			x.definiteBefore(s.start, trig) && !x.pastVerbBefore(s.start, trig) && !isTrip(t)
		if verbReport {
			bg, bgAt = false, -1 // "The meeting comes after X held talks": the talks are reported
		}
		if trig < 0 || !isTrip(t) && isTrip(tr) || trigBG && !bg || verbReport {
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
	if trig >= 0 {
		x.unrealSentence(si)
	}
	if trig < 0 || trigBG && dropped && len(others) == 0 || x.unreal[si]&unrealSport != 0 || x.remembered(s) {
		// "Putin has met Witkoff several times, most recently shortly before
		// his summit with Trump": the clause's people are the habit's.
		return meetingMention{}, false
	}
	if tr.Tense == "noun" && len(others) == 0 && x.definiteBefore(s.start, trig) && x.onlyTimed(trig+tn, s.end) {
		// "The meeting came days after Youssouf told reporters ...": the
		// meeting already reported, placed in time; no more of it.
		return meetingMention{}, false
	}
	mm := meetingMention{sent: si, trigger: trig, verb: tr.Tense != "noun", core: tr.Class != "travel" && tr.Class != "visit", call: tr.Class == "call"}
	mm.definite = tr.Tense == "noun" && x.definiteBefore(s.start, trig) && !x.heldOwn(s.start, trig) // not "the two leaders met"
	if mm.definite {
		mm.verb = false // "The visit comes five months before ..."
	}
	mm.verb = mm.verb || x.pastVerbBefore(s.start, trig) || tr.Tense == "noun" && x.holdBefore(s.start, trig) // "held separate talks", "will hold a video call"
	mm.Modality = x.modality(s, trig, tn, tr)
	var dir direction
	switch mm.Modality {
	case Held:
		dir = past
	case Planned, Cancelled, Postponed:
		dir = future
	case "":
		// "They meet again on Monday": news prose writes what is scheduled
		// in the present tense (a list of the week's events does not).
		// "The ASEAN summit opens in Kuala Lumpur on Sunday": so does a
		// noun whose verb is in the present.
		if (tr.Tense == "present" || tr.Tense == "base" || tr.Tense == "noun" && (x.presentVerbAfter(trig+tn, s.end) || x.hasBefore(s.start, trig))) &&
			s.src != 0 && !x.sents[si].bullet && !x.pastTense(s.start, trig) {
			dir = future
		}
	}
	frame := x.reportFrame(s, trig)
	lo, hi := max(frame.end, s.start), x.clauseEnd(s, trig)
	mm.sceneDefinite = !trigBG && sceneAt >= 0 && sceneAt < trig && x.definiteBefore(sceneAt, x.sceneTrigger(sceneAt, trig))
	if !trigBG && sceneAt >= 0 && sceneAt < trig {
		// "The Kremlin is keen to weigh in following discussions ...,
		// including talks held in Florida": the subject is not at the talks.
		lo = max(lo, sceneAt)
	}
	lo = x.dispatched(lo, trig)
	x.asides(s, lo, hi, trig, tn)
	for _, d := range x.droppedAt {
		if d.start > trig {
			x.aside = append(x.aside, d)
		}
	}
	if k := x.absentBefore(lo, trig); k >= 0 {
		x.aside = append(x.aside, span{lo, k}) // "Rubio skipped the meeting": he was not there
	}
	// An apposition closed by a comma ("hosted Karan and Dodik, the leader
	// of the SNSD, on Monday evening") is set aside; one running to the end
	// of the clause cuts it there.
	cut := x.appositionCut(trig, hi)
	if e := x.nextComma(cut+1, hi); cut < hi && e < hi {
		x.aside = append(x.aside, span{cut, e})
		cut = hi
	}
	d, ok := x.nearestDate(lo, cut, trig, others, dir)
	if nd, found := x.postponedTo(mm.Modality, lo, hi, dir); found {
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
	x.manyPronoun, x.pluralShort = false, false
	x.scenes = scenes
	// "Umerov reports progress from Florida as Zelenskyy heads to Paris":
	// who takes part is named in the trigger's own clause.
	cs := x.clauseStart(lo, trig, hi)
	mm.Participants, mm.hasPerson = x.participants(s, prev, frame, cs, hi, trig, locActor)
	if hi < s.end {
		mm.Participants, mm.hasPerson = x.attendeesAfter(s, hi, mm.Participants, mm.hasPerson)
	}
	if len(mm.Participants) == 1 && tr.Class != "call" {
		// "will fly to Washington on Sunday to meet the president": the
		// head of the country the meeting is in.
		if h := x.headThere(s, lo, hi, trig); h >= 0 && !containsString(mm.Participants, x.actors[h].Name) {
			mm.Participants = append(mm.Participants, x.actors[h].Name)
			mm.hasPerson = true
		}
	}
	series, apart := x.seriesOf(&mm, cs, hi, trig, tn, dir)
	if apart {
		return meetingMention{}, false // "held separate meetings with A and B": A and B did not meet
	}
	mm.series = series
	mm.together = x.manyPronoun
	mm.short = x.pluralShort
	if isTrip(tr) && !trigBG && len(mm.series) == 0 && mm.hasPerson && x.travellers(&mm, trig, hi) {
		if tour := x.tourOf(&mm, hi, trig, tn, dir); len(tour) >= 2 {
			mm.series = tour // "will visit Rome, then Berlin": a visit to each
		} else if mm.Date != "" || mm.Modality != Held {
			x.addHost(&mm, s, lo, hi, trig)
		}
	}
	mm.strong = mm.hasPerson && (mm.verb || mm.Date != "" || mm.Location != "") ||
		mm.Date != "" && mm.Location != "" ||
		// "Egyptian and Qatari mediators held talks with a Hamas delegation in Cairo".
		mm.verb && mm.Location != "" && len(mm.Participants) >= 2 && x.linked(trig+tn, hi) ||
		// "A preparatory meeting between Rubio and Lavrov ... was cancelled".
		x.namedCount(mm.Participants) >= 2 && (mm.Modality == Cancelled || mm.Modality == Postponed || x.linked(trig+tn, hi)) ||
		// "Talks between Egypt and Hamas were postponed to December 1":
		// the parties named after "between" or "with", and a time or a fate.
		len(mm.Participants) >= 2 && x.linked(trig+tn, hi) && !(x.toks[trig+tn].fold == "of" && x.complementOf(s, trig)) &&
			(mm.Date != "" || mm.When != "" || mm.Modality == Cancelled || mm.Modality == Postponed) ||
		// "Iran and the United States will meet in Muscat next week": two
		// parties the verb has for its subject.
		mm.verb && !mm.definite && (mm.Location != "" || mm.When != "") && x.pairSubject(cs, trig)
	// "African Union leaders met in Addis Ababa", "the Peace and Security
	// Council met on Tuesday": a body of members meets as one.
	mm.strong = mm.strong || x.bodyMeets(&mm) && (mm.verb || mm.Date != "" || mm.Location != "")
	if trigBG && len(others) == 0 && sceneAt >= 0 && x.toks[sceneAt].fold == "at" && !x.linked(trig+tn, hi) {
		// "At Friday's summit Modi said ...": a scene, not a report of it;
		// but "will lead the delegation at talks with U.S. officials" is one.
		mm.definite, mm.strong = true, false
	}
	if mm.definite && !mm.verb && mm.Date == "" && len(mm.Participants) < 2 {
		mm.strong = false // "called the Florida talks constructive": a reference
	}
	// A headline only confirms what the text reports.
	mm.strong = mm.strong && s.src != 0
	if mm.Location == "" && tr.Class != "call" {
		// "in the Hungarian capital": Budapest, shown when nothing else
		// places the meeting; it makes no report stand or split.
		mm.capital = x.namedCapital(s, lo, hi, trig)
	}
	// "The two men last met in Zurich" after a sentence naming no one:
	// the last meeting's people, looked up by the caller.
	if len(mm.Participants) == 0 && !mm.definite && !mm.together {
		return mm, false
	}
	return mm, true
}

// headingHasWeekday reports a weekday among the words of sentence si.
func (x *doc) headingHasWeekday(si int) bool {
	s := &x.sents[si]
	for i := s.start; i < s.end; i++ {
		if x.weekdayOf(&x.toks[i]) >= 0 {
			return true
		}
	}
	return false
}

// dateHeadings counts the headings of the article that name a day.
func (x *doc) dateHeadings() int {
	n := 0
	for si := range x.sents {
		if d, ok := x.dayHeading(si); ok && d.date != "" {
			n++
		}
	}
	return n
}

// agreesInTime reports whether a meeting of modality mod may fall on day:
// what was held is not after publication, what is planned not before it.
func (x *doc) agreesInTime(mod Modality, day string) bool {
	if x.d.Published.IsZero() {
		return true
	}
	pub := x.dayString(x.d.Published)
	switch mod {
	case Held:
		return day <= pub
	case Planned:
		return day >= pub
	}
	return true
}

// dayHeading reports a paragraph of a few words alone, as a calendar's
// headings are ("MONDAY, 23 NOVEMBER", "18 March", "WHAT TO WATCH"), with
// the day it names when it is only a date; an empty date for any other
// heading, which ends the day of the one before.
func (x *doc) dayHeading(si int) (dateExpr, bool) {
	s := &x.sents[si]
	if s.src == 0 || s.end-s.start > 6 || si > 0 && x.sents[si-1].para == s.para && x.sents[si-1].src == s.src ||
		si+1 < len(x.sents) && x.sents[si+1].para == s.para && x.sents[si+1].src == s.src {
		return dateExpr{}, false
	}
	words, other := 0, false
	for i := s.start; i < s.end; i++ {
		if t := &x.toks[i]; t.kind == tokWord || t.kind == tokNumber {
			words++
			if t.kind == tokWord && !t.cap && !x.isDateWord(t) {
				return dateExpr{}, false // a short sentence, not a heading
			}
			other = other || t.kind == tokWord && !x.isDateWord(t)
		}
	}
	if words == 0 {
		return dateExpr{}, false
	}
	if other {
		// "Updated 28 November", "KYIV, Nov 28": a stamp or a dateline, not a
		// calendar's day; a heading still, that ends the day before it.
		return dateExpr{}, true
	}
	x.dateBuf = x.appendDates(x.dateBuf[:0], s.start, s.end, 0)
	if len(x.dateBuf) == 1 && x.dateBuf[0].date != "" {
		return x.dateBuf[0], true
	}
	return dateExpr{}, true
}

// leaderWords are leaderTitles as words.
var leaderWords = func() [][]string {
	out := make([][]string, len(leaderTitles))
	for i, t := range leaderTitles {
		out[i] = strings.Fields(t)
	}
	return out
}()

// headThere returns the holder of "the president", "the prime minister"
// (no name after it) after the trigger in clause [lo, hi), of the country
// where the meeting is; -1 when the clause names no such office or no
// country.
func (x *doc) headThere(s *sentence, lo, hi, trig int) int32 {
	// The office is what the trigger meets, right after it ("to meet the
	// president", "for talks with the prime minister"), not its subject
	// ("The president will fly to Paris") nor an apposition.
	tn, _ := x.triggerAt(trig)
	title := int32(-1)
	for i := trig + tn + 1; i < hi && title < 0; i++ {
		if x.toks[i-1].fold != "the" || x.mentAt[i] >= 0 || i >= 2 && x.toks[i-2].text == "," {
			continue // ", the president," is an apposition
		}
		for ti, t := range leaderTitles {
			words := leaderWords[ti]
			if i+len(words) > hi {
				continue
			}
			match := true
			for k, w := range words {
				match = match && x.toks[i+k].fold == w
			}
			if e := i + len(words); match && !(e < hi && (x.toks[e].fold == "of" || x.toks[e].cap || x.toks[e].poss || x.toks[e].text == "-")) {
				title = int32(slices.Index(headTitles, t))
				break
			}
		}
	}
	if title < 0 {
		return -1
	}
	m := x.locationMention(s, lo, hi, trig)
	if m == nil {
		return -1
	}
	var country int32 = -1
	if m.place >= 0 {
		country = x.g.placeCountry[m.place]
	} else if a := x.actorOf(m); a != nil && a.Kind == Country {
		country = a.gaz
	}
	if country < 0 {
		return -1
	}
	if h, ok := x.g.heads[headKey{title: title, body: country}]; ok && h >= 0 {
		return x.gazActor(h)
	}
	return -1
}

// sameParagraph reports sentences a and b in one paragraph of one source.
func (x *doc) sameParagraph(a, b int) bool {
	return x.sents[a].src == x.sents[b].src && x.sents[a].para == x.sents[b].para
}

// dayAfterLast reads "the following day", "the next day", "a day later"
// (+1) and "the day before", "the previous day", "a day earlier" (-1) in
// clause s, with the phrase as written.
func (x *doc) dayAfterLast(s *sentence) (int, string) {
	// Only as the clause's opening words: "... the day before the EU
	// summit" counts from the summit, not from the meeting before.
	for i := s.start; i+2 < s.end && i <= s.start+1; i++ {
		a, b, c := x.toks[i].fold, x.toks[i+1].fold, x.toks[i+2].fold
		switch {
		case a == "the" && (b == "following" || b == "next") && c == "day", a == "a" && b == "day" && c == "later":
			return 1, x.text(i, i+3)
		case a == "the" && b == "previous" && c == "day", a == "the" && b == "day" && c == "before", a == "a" && b == "day" && c == "earlier":
			return -1, x.text(i, i+3)
		}
	}
	return 0, ""
}

// sameDay reports "the same day" or "that day" in clause s: the day of the
// meeting reported just before.
func (x *doc) sameDay(s *sentence) bool {
	for i := s.start + 1; i+1 < s.end; i++ {
		switch x.toks[i+1].fold {
		case "day", "evening", "morning", "afternoon", "night":
			// "later the same evening", "that afternoon".
			if x.toks[i].fold == "same" || x.toks[i].fold == "that" && x.toks[i-1].fold != "said" {
				return true
			}
		}
		// "Earlier in the day", "later in the day".
		if x.toks[i+1].fold == "day" && x.toks[i].fold == "the" && i >= s.start+2 && x.toks[i-1].fold == "in" &&
			(x.toks[i-2].fold == "earlier" || x.toks[i-2].fold == "later") {
			return true
		}
	}
	return false
}

// withBefore reports "with" between trigger trig and the mention of name
// after it in clause s, and no one named before the trigger: the one party
// talks are held with, their other side unsaid ("Consultations continued
// ... with Tadesse Werede").
func (x *doc) withBefore(s *sentence, trig int, name string) bool {
	for i := s.start; i < trig; i++ {
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind != Country {
			return false
		}
	}
	with := false
	for i := trig + 1; i < s.end; i++ {
		if x.toks[i].fold == "with" {
			with = true
		}
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Name == name {
			return with
		}
	}
	return false
}

// partOfDay reports a date phrase that names a part of one day ("this
// morning", "tonight"): what follows "then" may be later that day.
func partOfDay(when string) bool {
	w := strings.ToLower(when)
	for _, p := range []string{"morning", "afternoon", "evening", "today", "tonight"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// bodyMeets reports a meeting whose one participant is a body of members
// that meets as one (an alliance, a bloc, a council): a meeting of its
// members, not a trip or visit by it.
func (x *doc) bodyMeets(m *meetingMention) bool {
	if len(m.Participants) != 1 || !m.core {
		return false
	}
	id, ok := x.byName[m.Participants[0]]
	return ok && x.isBodyActor(id)
}

// reported reports a meeting of g's visitor and the host's leader that the
// article reports in its own words, on the trip ("arrived in Moscow on
// Monday ... is expected to meet Putin on Wednesday"): the guess from the
// trip adds nothing. A meeting before the trip, or at another time, is
// another occasion ("met Xi in Busan ... would visit China in April").
func (x *doc) reported(ms []meetingMention, g *meetingMention) bool {
	visitor, leader := g.Participants[0], g.Participants[len(g.Participants)-1]
	for i := range ms {
		o := &ms[i]
		if o == g || o.guessed || !o.strong || !containsString(o.Participants, visitor) || !containsString(o.Participants, leader) {
			continue
		}
		if g.sent == o.sent || g.Date == "" && o.Date == "" && g.Modality == o.Modality || duringTrip(g.Date, o.Date) ||
			g.Date == "" && o.Date != "" && x.weekHolds(g.When, o.Date) {
			return true
		}
	}
	return false
}

// duringTrip reports a meeting day within a week after a trip's day.
func duringTrip(trip, day string) bool {
	t, errT := time.Parse(time.DateOnly, trip)
	d, errD := time.Parse(time.DateOnly, day)
	return errT == nil && errD == nil && !d.Before(t) && d.Sub(t) <= 7*24*time.Hour
}

// newItem reports a list bullet starting after sentence a, up to b: the
// people of another item ("• Dan Driscoll, secretary of the army, ...") are
// not the delegation of the one before.
func (x *doc) newItem(a, b int) bool {
	for k := a + 1; k <= b && k < len(x.sents); k++ {
		if x.sents[k].bullet {
			return true
		}
	}
	return false
}

// postponedTo is the new date of a postponed meeting, if the text gives one.
func (x *doc) postponedTo(m Modality, lo, hi int, dir direction) (dateExpr, bool) {
	if m != Postponed {
		return dateExpr{}, false
	}
	return x.newDate(lo, hi, dir)
}

// lastDated returns the last meeting found with a day, -1 when none;
// "the talks" reported undated after it do not hide it.
func lastDated(found []meetingMention) int {
	for i := len(found) - 1; i >= 0 && i >= len(found)-3; i-- {
		if found[i].Date != "" {
			return i
		}
	}
	return -1
}

func lastStrong(found []meetingMention) int {
	for i := len(found) - 1; i >= 0; i-- {
		if found[i].strong && found[i].hasPerson {
			return i
		}
	}
	return -1
}
