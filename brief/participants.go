package brief

// Who takes part in a meeting a sentence reports.

import (
	"strings"
)

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
	if k >= end {
		return false
	}
	switch x.toks[k].fold {
	case "between", "with", "involving":
		return true
	case "of":
		// "a meeting of U.S., Ukrainian and Russian officials": a list of
		// parties right after "of".
		return k+1 < end && x.countryAt(k+1) && x.listItem(k+1, end)
	}
	return false
}

// pairSubject reports two actors joined by "and" as the subject of the verb
// at trig, past its auxiliaries and the nouns that say who speaks for them
// ("The M23 rebels and the Congolese government will meet").
func (x *doc) pairSubject(lo, trig int) bool {
	k := trig - 1
	// "have held their first direct talks": back to the verb's subject.
	for k > lo && x.mentAt[k] < 0 {
		switch x.toks[k].fold {
		case "their", "first", "second", "third", "fourth", "new", "fresh", "latest", "direct", "indirect", "formal", "informal",
			"held", "hold", "holds", "holding":
			k--
			continue
		}
		break
	}
	k = x.skipBack(lo, k)
	m := x.mentionAt(k)
	if m == nil || m.actor < 0 || int(m.start) <= lo {
		return false
	}
	k = int(m.start) - 1
	if x.toks[k].fold == "the" {
		k--
	}
	if k <= lo || x.toks[k].fold != "and" {
		return false
	}
	o := x.mentionAt(x.skipBack(lo, k-1))
	return o != nil && o.actor >= 0 && o.actor != m.actor
}

// skipBack walks back from k over auxiliaries ("will", "are due to") and
// people nouns ("government", "rebels", "negotiators").
func (x *doc) skipBack(lo, k int) int {
	for k >= lo && x.mentAt[k] < 0 {
		t := &x.toks[k]
		switch {
		case x.lx.verbMarkers.has(t) || x.lx.people.has(t):
		case t.fold == "due" || t.fold == "set" || t.fold == "expected" || t.fold == "scheduled" || t.fold == "again" || t.fold == "rebels" || t.fold == "forces":
		default:
			return k
		}
		k--
	}
	return k
}

// personAfter reports a person named at k, a title before the name allowed.
func (x *doc) personAfter(k, end int) bool {
	if k+1 < end && x.toks[k].fold == "by" && k >= 2 && (x.passiveAux(&x.toks[k-2]) || x.lx.verbMarkers.has(&x.toks[k-2])) {
		k++ // "will be received by Pope Leo XIV": the host is named after "by"
	}
	if k < end && x.lx.determiners.has(&x.toks[k]) {
		k++
	}
	// "Ukrainian President Volodymyr Zelensky", "Kremlin aide Yuri Ushakov",
	// "Niger's military ruler, Gen. Abdourahamane Tiani".
	if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind != Person {
		k = int(m.end)
	}
	for k < end && x.mentAt[k] < 0 && x.lx.roleAdjs.has(&x.toks[k]) {
		k++
	}
	// "Commerce Secretary Howard Lutnick": a portfolio before the title.
	for p := 0; p < 2 && k+1 < end && x.mentAt[k] < 0 && x.toks[k].cap && x.toks[k].kind == tokWord; p++ {
		if n, _ := x.lx.titles.longest(x.toks, k, end); n > 0 {
			break
		}
		if n, _ := x.lx.titles.longest(x.toks, k+1, end); n == 0 && p == 1 {
			break
		}
		k++
	}
	if k < end && x.mentAt[k] < 0 {
		if n, _ := x.lx.titles.longest(x.toks, k, end); n > 0 {
			k += n
			// "his Saudi counterpart, Prince Faisal": the name set off.
			if k+1 < end && x.toks[k].text == "," {
				k = x.skipTitles(k+1, end)
			}
		}
	}
	p := x.mentionAt(k)
	return p != nil && p.actor >= 0 && x.actors[p.actor].Kind == Person
}

// delegationAfter reports "a Hamas delegation", "the Ukrainian team" at
// k: a party a host receives, when no person is named.
func (x *doc) delegationAfter(k, end int) bool {
	if k < end && x.lx.determiners.has(&x.toks[k]) {
		k++
	}
	m := x.mentionAt(k)
	if m == nil || m.actor < 0 || x.actors[m.actor].Kind == Person || x.toks[m.end-1].poss || int(m.end) >= end {
		return false
	}
	switch x.toks[m.end].fold {
	case "delegation", "delegations", "team", "negotiators", "envoys":
		return true
	}
	return false
}

// urged reports a demand after "called on" and the names at token k:
// "called on Putin on Tuesday to agree to a ceasefire", "called on
// Zelensky for restraint", "called on Putin, saying ...". Only a visit's
// purpose ("to discuss trade", "for talks") is no demand.
func (x *doc) urged(k, end int) bool {
	for j := k; j < end && j < k+12; j++ {
		switch x.toks[j].fold {
		case "saying", "urging", "demanding", "asking":
			return true
		case "to":
			return !(j+1 < end && x.toks[j+1].fold == "discuss")
		case "for":
			if j+1 < end {
				switch x.toks[j+1].fold {
				case "talks", "discussions", "consultations":
					return false
				}
			}
			return true
		case ".":
			return false
		}
	}
	return false
}

// passiveAux reports a form of "be" that makes a passive: "was received by".
func (x *doc) passiveAux(t *token) bool {
	switch t.fold {
	case "be", "was", "were", "is", "are", "been", "being":
		return true
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
		if !x.saidWhen(s.start, d.start) && !x.inRelative(s, d.start) {
			return
		}
	}
	if m := x.locationMention(s, s.start, s.end, s.start); m != nil && !x.roleSeat(m) {
		if loc, _ := x.location(s, s.start, s.end, s.start); loc != "" && loc != mm.Location {
			return
		}
	}
	for i := s.start; i < s.end; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		a := x.actorOf(m)
		if a == nil || a.Kind != Person || x.excluded(s, m) || containsString(mm.Participants, a.Name) || !near(cues, int(m.start), 8) ||
			x.speaks(int(m.end), s.end) || x.inRelative(s, int(m.start)) {
			continue // "Zelensky said the delegation's task was ...": the speaker leads no one here
		}
		mm.Participants = append(mm.Participants, a.Name)
		mm.hasPerson = true
		mm.strong = mm.strong || mm.When != "" && mm.Location != "" // "... in Doha next week. The delegation will be led by X"
		// "led by Rubio and special envoy Steve Witkoff, and Ukraine's by
		// Andriy Yermak": a list after the cue goes on from each name.
		cues = append(cues, int(m.end)-1)
	}
}

// inRelative reports token k inside a relative clause set off by a comma:
// ", whom Aoun appointed this month to lead the talks" tells of the man,
// not of another event.
func (x *doc) inRelative(s *sentence, k int) bool {
	for j := k - 1; j > s.start; j-- {
		t := &x.toks[j]
		if t.text == "," || isTerminal(t) {
			return false
		}
		if x.lx.relatives.has(t) && x.toks[j-1].text == "," {
			return true
		}
	}
	return false
}

// roleSeat reports a place that only says where a role is held: "its
// ambassador in Washington", "the envoy to Moscow".
func (x *doc) roleSeat(m *mention) bool {
	j := int(m.start) - 1
	if j > 0 && x.toks[j].fold == "the" {
		j-- // "ambassador to the UN"
	}
	return j > 0 && x.lx.locPreps.has(&x.toks[j]) && x.isTitleWord(&x.toks[j-1])
}

func near(list []int, k, dist int) bool {
	for _, i := range list {
		if i-k <= dist && k-i <= dist {
			return true
		}
	}
	return false
}

// participants are the actors of the sentence who take part: not the
// reporter of the frame, not the location, not a possessor or analyst. A
// pronoun subject ("he", "the two") brings in the previous sentence's.
func (x *doc) participants(s, prev *sentence, frame span, lo, hi, trig int, loc int32) ([]string, bool) {
	var ids []int32
	personBefore := false
	inQuote := x.quoteMask(s)
	trigQuoted := inQuote[trig-s.start]
	topic := x.topicStart(trig, hi)
	for i := lo; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		if m.actor < 0 || m.actor == loc || x.excluded(s, m) || x.locative(m) || inSpans(x.scenes, i) ||
			inSpans(x.aside, i) || x.attributive(s, m) || x.venue(s, m) {
			continue
		}
		if int(m.start) > trig && x.reportsOnMeeting(m, s.end) {
			continue // "in a meeting the Office of the Prime Minister said focused on"
		}
		if topic >= 0 && int(m.start) > topic && !(x.actors[m.actor].Kind == Person && x.toks[m.start-1].fold == "with") {
			continue // "met Al Marar to discuss Sudan and the Quad": what was discussed
		}
		if inQuote[int(m.start)-s.start] != trigQuoted {
			continue // a quote inside the report says something else
		}
		if group := x.groupMembers(s, m); len(group) > 0 {
			// "U.S. envoys", "Trump's envoys": the envoys this article names.
			ids = append(ids, group...)
			continue
		}
		if x.actors[m.actor].Kind == Person && int(m.start) < trig && x.reports(m, trig) {
			continue // "Mark Rutte, NATO's secretary-general, has said ... while the talks run"
		}
		if x.actors[m.actor].Kind == Person && int(m.start) < trig {
			personBefore = true
		}
		ids = append(ids, m.actor)
	}
	if k := x.pluralSubject(s, lo, trig); k >= 0 && len(x.personsBefore(s, k)) >= 2 {
		// "Macron said ... Zelensky ..., as the two leaders met in Paris".
		ids = appendNewIDs(x.personsBefore(s, k), ids)
		x.manyPronoun = true
	} else if !personBefore && x.governed(s.start, trig) {
		ids = append(ids, x.pronounSubject(s, prev, frame, lo, trig)...)
	} else if len(ids) == 0 && trig+2 < hi && (x.toks[trig+1].fold == "between" || x.toks[trig+1].fold == "with") {
		// "a phone call between the two leaders".
		ids = x.pronounSubject(s, prev, frame, trig+2, hi)
	}
	if tn, _ := x.triggerAt(trig); tn > 0 && trig+tn < hi && x.toks[trig+tn].fold != "they" {
		// "hosted both delegations", "met the two sides": those the
		// sentence before named, in the same paragraph.
		if n, v := x.lx.pronouns.longest(x.toks, trig+tn, hi); n > 0 && v == 2 && prev != nil && prev.para == s.para {
			ids = appendNewIDs(ids, x.personsBefore(prev, prev.end))
		}
	}
	hasPerson := false
	for _, id := range ids {
		if x.actors[id].Kind == Person {
			hasPerson = true
		}
	}
	return x.names(ids), hasPerson
}

// reportsOnMeeting reports a mention right after a meeting's noun and
// before a say verb: the reporter of the meeting in a relative clause ("a
// meeting the Kremlin said was productive"), not one who met.
func (x *doc) reportsOnMeeting(m *mention, end int) bool {
	e := int(m.end)
	if e >= end || !x.lx.sayVerbs.has(&x.toks[e]) {
		return false
	}
	k := int(m.start) - 1
	if k >= 0 && x.toks[k].fold == "the" {
		k--
	}
	if k >= 0 && (x.toks[k].fold == "that" || x.toks[k].fold == "which") {
		k--
	}
	for j := k; j >= 0 && j >= k-2; j-- {
		if n, _ := x.triggerAt(j); n > 0 && j+n-1 == k {
			return true
		}
	}
	return false
}

// topicStart returns where what a meeting is about begins after its
// trigger ("to discuss", "will also discuss", "focused on", "dominated by",
// "about"), -1 when the clause says nothing of it.
func (x *doc) topicStart(trig, hi int) int {
	for k := trig + 1; k+1 < hi; k++ {
		t := &x.toks[k]
		if x.lx.topicCues.has(t) {
			return k
		}
		if (t.fold == "focused" || t.fold == "focus" || t.fold == "focusing") && x.toks[k+1].fold == "on" {
			return k + 1
		}
	}
	return -1
}

// attendeesAfter adds the persons a tail after the clause's end says will
// attend: "Leaders will meet in Paris on 6 Jan, the French presidency said,
// with Zelensky and Witkoff expected to attend". Only a ", with ..." tail
// that names its cue (attend, join, take part) counts.
func (x *doc) attendeesAfter(s *sentence, hi int, names []string, hasPerson bool) ([]string, bool) {
	for k := hi + 1; k < s.end; k++ {
		if x.toks[k].fold != "with" || x.toks[k-1].text != "," {
			continue
		}
		end := k + 1
		for end < s.end && x.toks[end].text != ";" && x.toks[end].text != "," {
			end++
		}
		if !x.joins(k+1, end) {
			return names, hasPerson
		}
		for i := k + 1; i < end; i++ {
			m := x.mentionAt(i)
			if m == nil || int(m.start) != i {
				continue
			}
			i = int(m.end) - 1
			if a := x.actorOf(m); a != nil && a.Kind == Person && !x.excluded(s, m) && !containsString(names, a.Name) {
				names = append(names, a.Name)
				hasPerson = true
			}
		}
		return names, hasPerson
	}
	return names, hasPerson
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
	if end < s.end && x.lx.sayVerbs.has(&x.toks[end]) && int(m.start) > s.start && x.toks[m.start-1].text == "," {
		return true
	}
	if ap, ok := x.roleAt[m.actor]; ok && ap.analyst {
		return true
	}
	a := &x.actors[m.actor]
	return a.Kind == Organization && x.isAnalyst(m.actor)
}

// excludedPossessor reports the possessor of a title or relation:
// "Trump's son-in-law", "Ukraine's chief negotiator".
func (x *doc) excludedPossessor(s *sentence, m *mention) bool {
	end := int(m.end)
	if !x.toks[end-1].poss || end >= s.end {
		return false
	}
	if n, _ := x.lx.titles.longest(x.toks, end, s.end); n > 0 {
		// "Thailand's ambassador", "Ukraine's negotiators": no one named
		// holds the role, so the country stands in; "Trump's envoy" and
		// "Russia's foreign minister, Sergei Lavrov," are others.
		a := x.actorOf(m)
		return a == nil || a.Kind == Person || x.namedAfterRole(end+n, s.end)
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
	if n, _ := x.triggerAt(end); n > 0 || t.kind != tokWord || t.cap || x.isDateWord(t) {
		return false
	}
	return true
}

// namedAfterRole reports a person named right after a role's title at k,
// its words or a set-off comma between: "Ambassador Jane Doe", "foreign
// minister, Sergei Lavrov,".
func (x *doc) namedAfterRole(k, end int) bool {
	for j := k; j < end && j <= k+8; j++ {
		if m := x.mentionAt(j); m != nil {
			if a := x.actorOf(m); a != nil && a.Kind == Person {
				return true
			}
			j = int(m.end) - 1 // "representative in Bosnia and Herzegovina, NAME"
			continue
		}
		t := &x.toks[j]
		if t.kind == tokPunct && t.text != "," && t.text != "-" || x.lx.sayVerbs.has(t) {
			return false
		}
		if n, _ := x.triggerAt(j); n > 0 {
			return false
		}
	}
	return false
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

// titleModifier reports a country or organisation that qualifies the title
// of a named person: "Kremlin aide Yuri Ushakov", "U.S. Army Secretary Dan
// Driscoll", "Russian President Vladimir Putin".
func (x *doc) titleModifier(s *sentence, m *mention) bool {
	if a := x.actorOf(m); a == nil || a.Kind == Person {
		return false
	}
	for k := int(m.end); k < s.end && k < int(m.end)+4; k++ {
		if o := x.mentionAt(k); o != nil {
			if a := x.actorOf(o); a == nil || a.Kind == Person || x.toks[o.end-1].poss {
				return false
			}
			k = int(o.end) - 1 // "Turkish Cypriot leader Tufan Erhürman"
			continue
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

// dropStandIns removes a country or organisation when a participant stands
// for it (a person affiliated with it): a country is a participant only
// when no one named stands for it, and "Bakir Izetbegović of the Party of
// Democratic Action" is at the table for his party. A body of members that
// meets (the EU, a council) is there with its president.
func (x *doc) dropStandIns(names []string, keep string) []string {
	// A new list, never names itself; one allocation of the size it may need.
	var out []string
	if names != nil {
		out = make([]string, 0, len(names))
	}
	for _, n := range names {
		id, ok := x.byName[n]
		if ok && n != keep && x.actors[id].Kind != Person && x.representedBy(n, names) && !x.isBodyActor(id) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// isBodyActor reports a body of members that meets as one (lexicon.isBody).
func (x *doc) isBodyActor(id int32) bool {
	a := &x.actors[id]
	if a.gaz >= 0 {
		return x.g.body[a.gaz]
	}
	if a.body == 0 { // read once: the name's words decide
		a.body = 2
		if x.lx.isBody(&a.Actor) {
			a.body = 1
		}
	}
	return a.body == 1
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

// venue reports an organisation named as where something happens: "meet
// Trump at the White House", "talks at the Kremlin".
func (x *doc) venue(s *sentence, m *mention) bool {
	if a := x.actorOf(m); a == nil || a.Kind != Organization {
		return false
	}
	k := int(m.start) - 1
	if k >= s.start && x.toks[k].fold == "the" {
		k--
	}
	return k >= s.start && x.toks[k].fold == "at"
}
