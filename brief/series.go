package brief

// A series: one subject meets several parties one after another ("Witkoff
// met Netanyahu, Erdogan and Sisi in turn", "will meet Meloni in Rome on
// Monday and Merz in Berlin on Tuesday"). Each party is a meeting of its
// own, with the subject, on its own day and at its own place when the text
// gives them.

import "slices"

// seriesPart is one meeting of a series: the party met, and the day and
// place written after it, if any.
type seriesPart struct {
	name, date, when, location string
	leader                     string // a tour stop's head of government the article names
}

// seriesOf returns the parts of the series the clause [lo, hi) around
// trigger trig reports, nil when it reports one meeting. drop is set when
// the clause says its parties were met apart but names no one who met
// them ("held separate meetings with Netanyahu and Erdogan"): the parties
// did not meet each other.
func (x *doc) seriesOf(mm *meetingMention, lo, hi, trig, tn int, dir direction) (parts []seriesPart, drop bool) {
	if len(mm.Participants) < 2 {
		return nil, false
	}
	if len(mm.Participants) == 2 {
		// No one to meet two parties apart: only "separate meetings with A
		// and B" matters, and it needs its cue.
		if !x.hasCue(x.lx.seriesCues, lo, hi) {
			return nil, false
		}
	}
	// Gathered in scratch: most clauses name no series, and one that does
	// gets its own copy of the parts.
	found, starts, ends := x.parts[:0], x.ends[0][:0], x.ends[1][:0]
	defer func() { x.parts, x.ends = found[:0], [2][]int{starts[:0], ends[:0]} }()
	for i := trig + tn; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		if m.actor < 0 {
			continue
		}
		name := x.actors[m.actor].Name
		if !containsString(mm.Participants, name) || containsPart(found, name) || x.representedBy(name, mm.Participants) {
			continue // "Lavrov, the Russian foreign minister": Russia is Lavrov here
		}
		found = append(found, seriesPart{name: name})
		starts, ends = append(starts, int(m.start)), append(ends, int(m.end))
	}
	if len(found) < 2 {
		return nil, false
	}
	cue := x.hasCue(x.lx.seriesCues, lo, hi) || x.hasCue(x.lx.seriesLinks, ends[0], starts[len(starts)-1])
	hub := len(mm.Participants) - len(found)
	if hub < 1 {
		return nil, cue
	}
	// Each party's own day and place: written after it, before the next.
	// Two parties at least must have their own, and differ, for them to be
	// theirs: a day after the last party alone is the whole series' ("in
	// turn on Tuesday"), and "met Zelensky on Monday with Witkoff and Rubio"
	// is one meeting.
	var dates, places []string
	for p := range found {
		end := hi
		if p+1 < len(found) {
			end = starts[p+1]
		}
		if ds := x.findDates(ends[p], end, dir); len(ds) > 0 && ds[0].date != "" && !inSpans(x.aside, ds[0].start) {
			found[p].date, found[p].when = ds[0].date, ds[0].phrase
			dates = appendNew(dates, []string{ds[0].date})
		}
		for k := ends[p]; k+1 < end; k++ {
			if m := x.mentionAt(k + 1); x.toks[k].fold == "in" && m != nil && m.place >= 0 && int(m.start) == k+1 {
				found[p].location = x.g.places[m.place].Name
				places = appendNew(places, []string{found[p].location})
				break
			}
		}
	}
	if !cue && len(dates) < 2 && len(places) < 2 {
		return nil, false
	}
	for p := range found {
		if len(dates) < 2 {
			found[p].date, found[p].when = "", "" // the series' day
		}
		if len(places) < 2 {
			found[p].location = ""
		}
	}
	return slices.Clone(found), false
}

// hasCue reports a phrase of tr in [lo, hi). One set off by a comma is a
// word of discourse ("Separately, Rubio met ...", "Putin, in turn, met").
func (x *doc) hasCue(tr *trie, lo, hi int) bool {
	if !x.startsIn(tr, lo, hi) {
		return false
	}
	for i := lo; i < hi; i++ {
		if n, _ := tr.longest(x.toks, i, hi); n > 0 && (i+n >= hi || x.toks[i+n].text != ",") {
			return true
		}
	}
	return false
}

func containsPart(parts []seriesPart, name string) bool {
	for _, p := range parts {
		if p.name == name {
			return true
		}
	}
	return false
}

// seriesMeeting is part p of series meeting m: the subject with party p,
// on the party's day and at its place when the text gives them. A stop of
// a tour is hosted by its country.
func seriesMeeting(m meetingMention, p int) meetingMention {
	part := m.series[p]
	var people []string
	for _, n := range m.Participants {
		if !containsPart(m.series, n) {
			people = append(people, n)
		}
	}
	m.Participants = append(people, part.name)
	if part.leader != "" && !containsString(m.Participants, part.leader) {
		m.Participants = append(m.Participants, part.leader)
		m.guessed = true
	}
	if part.date != "" {
		m.Date, m.When = part.date, part.when
	}
	if part.location != "" {
		m.Location = part.location
	}
	if !m.core {
		m.host = part.name
	}
	m.part = p + 1
	m.series = nil
	return m
}

// travellers reports a trip's people who all travel together: one person,
// or several named before the trip and none after it ("Witkoff and Kushner
// arrived in Moscow"). They meet whom they travel to, not each other.
func (x *doc) travellers(mm *meetingMention, trig, hi int) bool {
	if len(mm.Participants) == 1 {
		return true
	}
	for i := trig; i < hi; i++ {
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person && containsString(mm.Participants, x.actors[m.actor].Name) {
			return false
		}
	}
	return true
}

// tourOf returns the stops of a trip to several places listed after the
// trip ("will visit Rome, then Berlin", "a tour of Japan, South Korea and
// China"): each stop is a visit to the country it lies in, at that place,
// on the stop's own day when the text gives one. Nil for one destination,
// or when the places are not one list (only list words and dates between).
func (x *doc) tourOf(mm *meetingMention, hi, trig, tn int, dir direction) []seriesPart {
	home := x.affiliationName(x.personsOnly(mm.Participants)[0])
	var parts []seriesPart
	var ends []int
	for i := trig + tn; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			if len(parts) == 0 && i > trig+tn+1 || len(parts) > 0 && !x.tourGlue(i) {
				break // the first stop follows the trip; the others only list words
			}
			continue
		}
		i = int(m.end) - 1
		var stop seriesPart
		switch a := x.actorOf(m); {
		case a != nil && a.Kind == Country && !x.toks[m.end-1].poss:
			stop.name, stop.location = a.Name, a.Name // "visit China"
		case m.place >= 0 && (a == nil || a.Kind == Country) && x.g.placeCountry[m.place] >= 0:
			stop.name, stop.location = x.actors[x.gazActor(x.g.placeCountry[m.place])].Name, x.g.places[m.place].Name
		default:
			i = hi // a person or an organisation ends the list of places
			continue
		}
		if stop.name == home || containsPart(parts, stop.name) && stop.location == "" {
			continue
		}
		stop.leader = x.mostNamed(stop.name) // whom a visit there meets, as for one trip
		parts = append(parts, stop)
		ends = append(ends, int(m.end))
	}
	if len(parts) < 2 {
		return nil
	}
	var dates []string
	for p := range parts {
		end := hi
		if p+1 < len(ends) {
			end = ends[p+1]
		}
		if ds := x.findDates(ends[p], end, dir); len(ds) > 0 && ds[0].date != "" {
			parts[p].date, parts[p].when = ds[0].date, ds[0].phrase
			dates = appendNew(dates, []string{ds[0].date})
		}
	}
	if len(dates) < 2 {
		for p := range parts {
			parts[p].date, parts[p].when = "", ""
		}
	}
	return parts
}

// tourGlue reports a word that may stand between two stops of a tour:
// list words and the words of a day ("Rome on Monday, then Berlin").
func (x *doc) tourGlue(i int) bool {
	t := &x.toks[i]
	switch t.fold {
	case ",", "and", "then", "before", "later", "finally", "in", "to", "on", "the", "next", "this", "-", "–", "morning", "evening":
		return true
	}
	return t.kind == tokNumber || x.isDateWord(t) || x.lx.datePreps.has(t)
}
