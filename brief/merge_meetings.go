package brief

import (
	"strconv"
	"strings"
	"time"
)

// mergeMentions folds the reports of one meeting within an article: the
// trip "on Monday" and the meeting "on Tuesday" between the same people are
// one meeting (dated by the meeting, not the trip); "the talks" refers back
// to the meeting last reported; reports at the same place on the same day
// are one.
func (x *doc) mergeMentions(found []meetingMention) []meetingMention {
	merged := x.merged[:0]
	defer func() { x.merged = merged[:0] }()
	last, lastSent := -1, 0
	for _, m := range found {
		target := -1
		// The meetings reported lately, not every one: an article names a
		// few dozen at most, and a text naming thousands must stay linear.
		for i := len(merged) - 1; i >= 0 && i >= len(merged)-mergeReach; i-- {
			if x.sameEvent(&merged[i], &m) {
				target = i
				break
			}
		}
		if target < 0 && m.definite && !m.hasPerson && m.Date != "" {
			// "to shape the December 2 talks": the meeting of that day.
			for i := len(merged) - 1; i >= 0; i-- {
				if merged[i].Date == m.Date && merged[i].hasPerson {
					target = i
					break
				}
			}
		}
		if target < 0 && m.definite && last >= 0 && m.Date == "" && x.near(lastSent, m.sent) && x.sameSite(&m, &merged[last]) {
			// "the talks" refers back: it brings the people it names, not
			// whoever comments on it ("The Kremlin declined to confirm the meetings").
			m.Participants = x.personsOnly(m.Participants)
			target = last
		}
		lastSent = m.sent
		if target < 0 {
			merged = append(merged, m)
			last = len(merged) - 1
			continue
		}
		x.foldMention(&merged[target], &m)
		last = target
	}
	return merged
}

// mergeReach is how many of the meetings found before a report is
// compared with.
const mergeReach = 64

// near reports sentence b close enough after a for "the talks" in b to be
// a's: the same list item, and the same or the next paragraph.
// sameSite reports whether a definite "the meeting" at m's place may be the
// meeting just reported: "the meeting at Lancaster House" after "are due to
// meet in London". Not when it is called off while that one stands, or when
// both name people and none in common.
func (x *doc) sameSite(m, last *meetingMention) bool {
	if m.Location == "" {
		return true
	}
	return last.Location != "" && m.Modality == last.Modality && placesAgree(m.Location, last.Location) &&
		(!m.hasPerson || !last.hasPerson || sharedCountAll(x.personsOnly(m.Participants), last.Participants) > 0)
}

func (x *doc) near(a, b int) bool {
	return !x.newItem(a, b) && x.sents[b].src == x.sents[a].src && x.sents[b].para-x.sents[a].para <= 1
}

func (x *doc) sameEvent(a, b *meetingMention) bool {
	if b.also || a.call != b.call && (a.Date != "" && b.Date != "" || a.verb && b.verb || !a.core || !b.core) {
		return false // a call that day is not the talks that day, nor a call reported in its own words, nor a visit
	}
	// "arrived in Turkey on Wednesday ... and will meet Erdogan in Ankara":
	// the trip's guessed meeting with the host is the one reported.
	if a.guessed != b.guessed {
		g, o := a, b
		if b.guessed {
			g, o = b, a
		}
		visitor, leader := g.Participants[0], g.Participants[len(g.Participants)-1]
		if containsString(o.Participants, visitor) && containsString(o.Participants, leader) &&
			(g.sent == o.sent || g.Date != "" && o.Date != "" && withinDay(g.Date, o.Date)) {
			return true
		}
	}
	if a.sent == b.sent && (a.clause != b.clause || a.part != b.part) {
		return false // one sentence cut in two reports two meetings, and each party of a series is met apart
	}
	// What was held is not what was called off or is still planned.
	if a.Modality != "" && b.Modality != "" && (a.Modality == Held) != (b.Modality == Held) {
		return false
	}
	if a.Date != "" && b.Date == "" && b.When != "" && !x.weekHolds(b.When, a.Date) ||
		b.Date != "" && a.Date == "" && a.When != "" && !x.weekHolds(a.When, b.Date) {
		return false // "later this month" is not Friday; "next week" may be Tuesday
	}
	if a.Date != "" && b.Date != "" && a.Date != b.Date && !withinDay(a.Date, b.Date) {
		return false
	}
	// Who both reports name, counted once the cheap tests have passed.
	shared := x.sharedCountDated(a.Participants, b.Participants, a, b)
	if a.Date != "" && b.Date != "" {
		if a.Date != b.Date && a.dateCore && b.dateCore {
			return false // talks on Friday and a dinner on Thursday are two events
		}
		// "Wednesday's NATO meeting" and "Landau attended the meeting of NATO
		// foreign ministers on Wednesday": a body's meeting that day.
		return shared >= 2 || shared == 1 && (x.bodyMeets(a) || x.bodyMeets(b))
	}
	if a.Location != "" && b.Location != "" && a.Location != b.Location {
		// Two places are two events, unless one is a venue in the other
		// ("at Lancaster House", "in London") and the same people meet there.
		return shared >= 2 && placesAgree(a.Location, b.Location) && !countryAndPlace(a.Location, b.Location)
	}
	if a.Location != "" && a.Location == b.Location && (shared >= 1 || sharedCountAll(a.Participants, b.Participants) >= 1) {
		return true
	}
	small := min(len(a.Participants), len(b.Participants))
	return shared >= 2 || shared >= 1 && small == 1 && a.Date == "" && b.Date == "" &&
		x.hasNamed(a.Participants) && x.hasNamed(b.Participants)
}

func (x *doc) withoutCountries(names []string) []string {
	var out []string
	for _, n := range names {
		if id, ok := x.byName[n]; !ok || x.actors[id].Kind != Country {
			out = append(out, n)
		}
	}
	return out
}

func (x *doc) personsOnly(names []string) []string {
	var out []string
	for _, n := range names {
		if id, ok := x.byName[n]; ok && x.actors[id].Kind == Person {
			out = append(out, n)
		}
	}
	return out
}

func withinDay(a, b string) bool {
	if a == b {
		return a != ""
	}
	// Dates within a day share their year and month but at the turn of a
	// month or year; those few are parsed.
	if len(a) == 10 && len(b) == 10 && a[:8] == b[:8] {
		da, db := int(a[8]-'0')*10+int(a[9]-'0'), int(b[8]-'0')*10+int(b[9]-'0')
		return da-db <= 1 && db-da <= 1
	}
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return false
	}
	gap := ta.Sub(tb)
	return gap <= 24*time.Hour && gap >= -24*time.Hour
}

// sharedCount counts the participants two reports share. Countries count
// only when neither report names anyone else: "U.S. officials" in two
// reports do not make them one meeting.
func (x *doc) sharedCount(a, b []string) int {
	return x.sharedCountDated(a, b, nil, nil)
}

func dated(m *meetingMention) bool { return m != nil && m.Date != "" }

func (x *doc) sharedCountDated(a, b []string, ma, mb *meetingMention) int {
	named := x.hasNamed(a) && x.hasNamed(b)
	n, sides := 0, 0
	for _, p := range a {
		if !containsString(b, p) {
			// Russia in one report, Putin in the other: the same side.
			if x.representedBy(p, b) {
				sides++
			}
			continue
		}
		if id, ok := x.byName[p]; named && ok && x.actors[id].Kind == Country {
			continue
		}
		n++
	}
	if n > 0 && !(dated(ma) && dated(mb)) {
		n += sides // sides count only beside someone both name, and not between two dated reports
	}
	return n
}

func sharedCountAll(a, b []string) int {
	n := 0
	for _, p := range a {
		if containsString(b, p) {
			n++
		}
	}
	return n
}

func (x *doc) hasNamed(names []string) bool {
	for _, p := range names {
		if id, ok := x.byName[p]; ok && x.actors[id].Kind != Country {
			return true
		}
	}
	return false
}

// foldMention adds report b to meeting a. A report too weak to stand alone
// (a headline, "the talks") brings its named people, not the countries it
// happens to mention.
func (x *doc) foldMention(a, b *meetingMention) {
	if a.guessed && !b.guessed && b.strong {
		// The meeting as reported, not as guessed from the trip (a trip
		// called off calls it off, though).
		a.guessed = false
		if a.Modality != Cancelled && a.Modality != Postponed {
			a.Modality = b.Modality
		}
		if b.Location != "" {
			a.Location = b.Location
		}
		if b.Date != "" {
			a.Date, a.When, a.dateCore = b.Date, b.When, b.dateCore
		}
	}
	if !a.strong && b.strong {
		a.Participants = x.withoutCountries(a.Participants)
	}
	// "The Kremlin is timing its claims to shape the December 2 talks": a
	// report that only names the meeting brings its people, not its subject.
	recalls := b.definite && !b.verb
	for _, p := range b.Participants {
		if containsString(a.Participants, p) {
			continue
		}
		if id, ok := x.byName[p]; ok && (!b.strong || recalls) && x.actors[id].Kind != Person {
			continue
		}
		a.Participants = append(a.Participants, p)
	}
	switch {
	case a.Date == "" && b.Date != "":
		a.Date, a.When, a.dateCore = b.Date, b.When, b.dateCore
	case a.Date == "" && a.When == "" && b.When != "":
		a.When = b.When
	case b.Date != "" && b.dateCore && !a.dateCore:
		a.Date, a.When, a.dateCore = b.Date, b.When, true
	}
	if a.Location == "" {
		a.Location = b.Location
	}
	if a.capital == "" {
		a.capital = b.capital
	}
	switch {
	case b.Modality == Cancelled || b.Modality == Postponed:
		a.Modality = b.Modality
	case a.Modality == "":
		a.Modality = b.Modality
	}
	a.verb = a.verb || b.verb
	a.hasPerson = a.hasPerson || b.hasPerson
	a.strong = a.strong || b.strong
	a.core = a.core || b.core
}

// weekHolds reports a week phrase ("next week", "later this week", "this
// weekend") or a month ("in December") whose days, counted from
// publication, include date.
func (x *doc) weekHolds(phrase, date string) bool {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil || x.d.Published.IsZero() {
		return false
	}
	p := strings.ToLower(phrase)
	pub := x.d.Published
	day := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	// Weeks run Monday to Sunday.
	monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	var from, to time.Time
	switch {
	case strings.HasSuffix(p, "next week"):
		from, to = monday.AddDate(0, 0, 7), monday.AddDate(0, 0, 13)
	case strings.HasSuffix(p, "this week"):
		from, to = day, monday.AddDate(0, 0, 6)
	case strings.HasSuffix(p, "this weekend"):
		from, to = monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6)
	default:
		// "in December", "mid-December 2026": that month of the year it
		// names, or, without one, of the next six months or the last six.
		// Read word by word without splitting: this is asked of many pairs.
		month, year := 0, 0
		for rest := p; rest != ""; {
			i := strings.IndexAny(rest, " -,")
			f := rest
			if i >= 0 {
				f, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			if m, ok := x.lx.months[f]; ok && len(f) > 3 {
				month = m
			} else if len(f) == 4 && f[0] >= '1' && f[0] <= '9' {
				if y, err := strconv.Atoi(f); err == nil {
					year = y
				}
			}
		}
		if month == 0 || d.Month() != time.Month(month) {
			return false
		}
		if year != 0 {
			return d.Year() == year
		}
		return d.Sub(day) < 183*24*time.Hour && day.Sub(d) < 183*24*time.Hour
	}
	return !d.Before(from) && !d.After(to)
}

// countryAndPlace reports a country and a place in it: a trip to Malaysia
// and talks in Kuala Lumpur may be two events; a venue and its city are not.
func countryAndPlace(a, b string) bool {
	tree := builtinPlaces()
	ca, _ := tree.country(a)
	cb, _ := tree.country(b)
	return strings.EqualFold(ca, b) || strings.EqualFold(cb, a)
}
