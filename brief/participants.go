package brief

// Who takes part in a meeting a sentence reports.

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
	if k < end && x.lx.determiners.has(&x.toks[k]) {
		k++
	}
	// "Ukrainian President Volodymyr Zelensky", "Kremlin aide Yuri Ushakov".
	if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind != Person && !x.toks[m.end-1].poss {
		k = int(m.end)
	}
	for k < end && x.mentAt[k] < 0 && x.lx.roleAdjs.has(&x.toks[k]) {
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
		if a == nil || a.Kind != Person || x.excluded(s, m) || containsString(mm.Participants, a.Name) || !near(cues, int(m.start), 8) ||
			x.speaks(int(m.end), s.end) {
			continue // "Zelensky said the delegation's task was ...": the speaker leads no one here
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
		if m.actor < 0 || m.actor == loc || x.excluded(s, m) || x.locative(m) || inSpans(x.scenes, i) ||
			inSpans(x.aside, i) || x.attributive(s, m) || x.venue(s, m) {
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
	hasPerson := false
	for _, id := range ids {
		if x.actors[id].Kind == Person {
			hasPerson = true
		}
	}
	return x.names(ids), hasPerson
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
	if n, _ := x.triggerAt(end); n > 0 || t.kind != tokWord || t.cap || x.isDateWord(t) {
		return false
	}
	return true
}

// addHost gives a lone visitor the party a trip meets. A trip to a city
// meets the city's country ("A visit to Kyiv by Keir Starmer") and, when the
// article names one, the person of that country it names most ("Witkoff will
// come to Moscow" is a meeting with Putin in an article about Putin). A trip
// to a country meets that person only: the country itself is the venue
// ("Zelensky is due to travel to Ireland" names no one to meet).
func (x *doc) addHost(mm *meetingMention, s *sentence, lo, hi, trig int) {
	m := x.locationMention(s, lo, hi, trig)
	if m == nil {
		return
	}
	country := ""
	venue := false
	if a := x.actorOf(m); a != nil && a.Kind == Country {
		country, venue = a.Name, true // "he would visit China"
	} else if m.place >= 0 {
		country = x.placeCountry(m)
	}
	if country == "" || country == x.affiliationName(mm.Participants[0]) {
		return
	}
	if !venue {
		x.gazActor(x.g.placeCountry[m.place])
		mm.Participants = append(mm.Participants, country)
		mm.host = country
	}
	if leader := x.mostNamed(country); leader != "" {
		mm.Participants = append(mm.Participants, leader)
		mm.guessed = true
	}
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

// mostNamed is the head of state or government of country c this article
// names most, "" when it names none: the person a visit to c meets.
func (x *doc) mostNamed(c string) string {
	counts := make([]int, len(x.actors))
	best := -1
	for mi := range x.ments {
		a := x.ments[mi].actor
		if a < 0 || x.actors[a].Kind != Person || x.actors[a].Affiliation != c || !x.lx.leads(x.actors[a].Role) {
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
	many, they := int32(0), false
	for i := start; i < trig; i++ {
		if n, v := x.lx.pronouns.longest(x.toks, i, trig); n > 0 {
			many, they = v, x.toks[i].fold == "they"
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
	if many == 1 && start > s.start {
		// "Rubio called the path delicate, after he and other officials
		// spent four hours with ...": the main clause's subject.
		if ids := x.personsBefore(s, start); len(ids) > 0 {
			return ids[:1]
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
