package brief

import (
	"slices"
	"sort"
	"time"
)

// Meetings across articles: several feeds report the same meeting in their
// own words ("on Tuesday", "tomorrow", "December 2"), often naming more or
// fewer of the people in the room. Reports are clustered into one meeting
// each, with every report kept as a source.

// report is one article's account of a meeting.
type report struct {
	m        Meeting
	reported time.Time // the article's publication time
	who      []actorID // m.Participants, interned
}

type meetingCluster struct {
	reports []report
	day     int       // days since 1970-01-01 of the first dated report; noDay when undated
	names   []actorID // every participant any report named
	place   string    // the first location a report gave
	call    bool      // its reports are of a call, not a meeting in person
	indexed []actorID // the keys it is filed under
	newest  time.Time
	into    *meetingCluster // the cluster this one was merged into
}

func (c *meetingCluster) root() *meetingCluster {
	for c.into != nil {
		c = c.into
	}
	return c
}

const noDay = -1 << 31

// A plan reported up to this many days before its date is the same plan; a
// report of a meeting held up to this long after its date recounts it.
const planLead = 14

// An undated plan stays upcoming this long after its newest report; after
// that nothing says it is still on.
const staleAfter = 14 * 24 * time.Hour

type dayName struct {
	day  int
	name actorID
}

// actorID is an interned participant name: clustering compares names many
// times per report, and integers compare without hashing.
type actorID int32

const noActor actorID = -1

// parties interns participant names with the party each acts for.
type parties struct {
	ids     map[string]actorID
	names   []string
	side    []actorID // noActor when the actor acts for no other party
	standIn []bool    // an organisation or country: it speaks for its whole party
	actors  map[string]Actor
}

// newParties knows each actor's party (its affiliation) and kind.
func newParties(actors []Actor) *parties {
	p := &parties{ids: map[string]actorID{}, actors: make(map[string]Actor, len(actors))}
	for _, a := range actors {
		p.actors[a.Name] = a
	}
	return p
}

func (p *parties) id(name string) actorID {
	if id, ok := p.ids[name]; ok {
		return id
	}
	id := actorID(len(p.names))
	p.ids[name] = id
	p.names = append(p.names, name)
	p.side = append(p.side, noActor)
	a := p.actors[name]
	p.standIn = append(p.standIn, a.Kind == Organization || a.Kind == Country)
	if a.Affiliation != "" && a.Affiliation != name {
		p.side[id] = p.id(a.Affiliation)
	}
	return id
}

func (p *parties) intern(names []string) []actorID {
	ids := make([]actorID, len(names))
	for i, name := range names {
		ids[i] = p.id(name)
	}
	return ids
}

// same reports whether a and b are one participant: the same actor, or
// bySide a party and one acting for it ("Ukraine" and Umerov), or an
// organisation and one acting for the same party (the Kremlin and Putin).
func (p *parties) same(a, b actorID, bySide bool) bool {
	if a == b {
		return true
	}
	if !bySide {
		return false
	}
	return p.side[a] == b || p.side[b] == a ||
		(p.side[a] != noActor && p.side[a] == p.side[b] && (p.standIn[a] || p.standIn[b]))
}

// overlap reports whether a report naming b describes a meeting whose
// reports so far named a: all of b's names (or, bySide, the parties they act
// for) but one are among a's, and at least two of them (or all, for a report
// naming one).
func (p *parties) overlap(a, b []actorID, bySide bool) bool {
	shared := 0
	for _, x := range b {
		for _, y := range a {
			if p.same(x, y, bySide) {
				shared++
				break
			}
		}
	}
	small := min(len(a), len(b))
	return small > 0 && shared >= min(2, small) && shared >= small-1
}

// shareOne reports whether a and b name at least one participant in common.
func (p *parties) shareOne(a, b []actorID) bool {
	for _, x := range b {
		for _, y := range a {
			if p.same(x, y, true) {
				return true
			}
		}
	}
	return false
}

// withoutRepresented drops a party that a named participant acts for: with
// Rustem Umerov at the table, "Ukraine" adds nothing.
func (p *parties) withoutRepresented(ids []actorID) []actorID {
	var kept []actorID
	for _, x := range ids {
		represented := false
		for _, y := range ids {
			if y != x && p.side[y] == x {
				represented = true
				break
			}
		}
		if !represented {
			kept = append(kept, x)
		}
	}
	return kept
}

// clusterer groups reports into meetings. Indexes by (day, participant) and
// by participant keep it linear in the number of reports, not quadratic.
type clusterer struct {
	parties   *parties
	clusters  []*meetingCluster
	byDayName map[dayName][]*meetingCluster
	byName    map[actorID][]*meetingCluster // undated clusters
}

// clusterMeetings groups reports (newest first) into meetings. A dated
// report joins the meeting within a day of its date that best shares its
// participants, and joins two meetings into one when it names the same people
// as both on the same day; undated reports then join the dated meeting they
// anticipate or recount, else each other.
func clusterMeetings(reports []report, p *parties) []*meetingCluster {
	c := &clusterer{parties: p, byDayName: map[dayName][]*meetingCluster{}, byName: map[actorID][]*meetingCluster{}}
	var undated []report
	for _, r := range reports {
		r.who = p.intern(r.m.Participants)
		day, ok := epochDay(r.m.Date)
		if !ok {
			undated = append(undated, r)
			continue
		}
		matches := c.dated(r, day, day-1, day+1)
		if len(matches) == 0 {
			c.start(r, day)
			continue
		}
		best := matches[0]
		for _, other := range matches[1:] {
			if other.direct && best.direct && other.cl.day == best.cl.day && c.placesAgree(other.cl.place, best.cl.place) {
				c.merge(best.cl, other.cl)
			}
		}
		c.add(best.cl, r)
	}
	for _, r := range undated {
		if matches := c.dated(r, plausibleDays(r)...); len(matches) > 0 {
			c.add(matches[0].cl, r)
		} else if u := c.undated(r); u != nil {
			c.add(u, r)
		} else {
			c.start(r, noDay)
		}
	}
	var roots []*meetingCluster
	for _, cl := range c.clusters {
		if cl.into == nil {
			roots = append(roots, cl)
		}
	}
	return roots
}

func (c *clusterer) start(r report, day int) {
	cl := &meetingCluster{day: day, newest: r.reported, call: r.m.Call}
	c.clusters = append(c.clusters, cl)
	c.add(cl, r)
}

func (c *clusterer) add(cl *meetingCluster, r report) {
	cl.reports = append(cl.reports, r)
	if cl.place == "" {
		cl.place = r.m.Location
	}
	if r.reported.After(cl.newest) {
		cl.newest = r.reported
	}
	c.addNames(cl, r.who)
}

func (c *clusterer) addNames(cl *meetingCluster, names []actorID) {
	for _, p := range names {
		if slices.Contains(cl.names, p) {
			continue
		}
		cl.names = append(cl.names, p)
		for _, key := range c.keys(p) {
			// Umerov and Zelensky both file the meeting under "Ukraine": once.
			if slices.Contains(cl.indexed, key) {
				continue
			}
			cl.indexed = append(cl.indexed, key)
			if cl.day == noDay {
				c.byName[key] = append(c.byName[key], cl)
			} else {
				c.byDayName[dayName{cl.day, key}] = append(c.byDayName[dayName{cl.day, key}], cl)
			}
		}
	}
}

// keys are the index keys of a participant: its name and its party, so a
// report naming "Ukraine" finds the meeting whose reports named Umerov.
func (c *clusterer) keys(id actorID) []actorID {
	if side := c.parties.side[id]; side != noActor {
		return []actorID{id, side}
	}
	return []actorID{id}
}

// merge folds cluster other into into; the index entries of other lead to
// into through root().
func (c *clusterer) merge(into, other *meetingCluster) {
	other.into = into
	into.reports = append(into.reports, other.reports...)
	if other.newest.After(into.newest) {
		into.newest = other.newest
	}
	c.addNames(into, other.names)
}

// match is a meeting a report may belong to.
type match struct {
	cl     *meetingCluster
	direct bool // the report names its people (not only their parties) at an agreeing place
	rank   int  // the position of the meeting's day among the days tried
}

// dated returns the dated meetings on the given days whose participants
// match m's, best first: matched by name before matched by party, then by
// the order of days. A match by party alone must not contradict the place.
func (c *clusterer) dated(r report, days ...int) []match {
	var found []match
	var keys []actorID
	for _, p := range r.who {
		for _, key := range c.keys(p) {
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
	}
	for rank, day := range days {
		for _, key := range keys {
			for _, cl := range c.byDayName[dayName{day, key}] {
				cl = cl.root()
				if cl.call != r.m.Call || slices.ContainsFunc(found, func(f match) bool { return f.cl == cl }) {
					continue // a call that day is not the talks that day
				}
				agree := c.placesAgree(cl.place, r.m.Location)
				direct := agree && c.parties.overlap(cl.names, r.who, false)
				if !direct && !(agree && c.parties.overlap(cl.names, r.who, true)) &&
					!(samePlace(cl.place, r.m.Location) && c.parties.shareOne(cl.names, r.who)) {
					continue
				}
				found = append(found, match{cl: cl, direct: direct, rank: rank})
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].direct != found[j].direct {
			return found[i].direct
		}
		return found[i].rank < found[j].rank
	})
	return found
}

// placesAgree is placesAgree, and a venue the places do not know ("at the
// Kremlin") agrees with a place in the country it belongs to ("in Moscow").
func (c *clusterer) placesAgree(a, b string) bool {
	if placesAgree(a, b) {
		return true
	}
	tree := builtinPlaces()
	countryA, knownA := tree.country(a)
	countryB, knownB := tree.country(b)
	if knownA == knownB {
		return false
	}
	if !knownA {
		countryA = c.parties.actors[a].Affiliation
	} else {
		countryB = c.parties.actors[b].Affiliation
	}
	return countryA != "" && countryA == countryB
}

// samePlace: both name the place, and it is the same. Talks on one day in
// one city that share a participant are one event, however differently each
// report names the people at the table ("a Ukrainian delegation led by
// Umerov and Yermak" and "Rubio and Yermak").
func samePlace(a, b string) bool { return a != "" && b != "" && placesAgree(a, b) }

// undated returns an undated meeting with matching participants whose
// newest report is at most a week newer than r (reports come newest first,
// so the clusters at the end of each list are the nearest in time).
func (c *clusterer) undated(r report) *meetingCluster {
	for _, p := range r.who {
		list := c.byName[p] // undated meetings, matched by name only
		for i := len(list) - 1; i >= 0; i-- {
			cl := list[i]
			if cl.newest.Sub(r.reported) > 7*24*time.Hour {
				break
			}
			if cl.call == r.m.Call && c.parties.overlap(cl.names, r.who, true) && c.placesAgree(cl.place, r.m.Location) {
				return cl
			}
		}
	}
	return nil
}

// plausibleDays lists the dates an undated report can refer to, likeliest
// first: a plan lies ahead of its report (from its own day: talks already
// held are not what a plan announces), a meeting held behind it, and a
// cancellation may come on the eve.
func plausibleDays(r report) []int {
	day := civilDay(r.reported)
	days := make([]int, 0, planLead+2)
	switch r.m.Modality {
	case Held:
		for off := -1; off <= planLead; off++ {
			days = append(days, day-off)
		}
	case Cancelled:
		for off := -1; off <= planLead; off++ {
			days = append(days, day+off)
		}
	default:
		for off := 0; off <= planLead; off++ {
			days = append(days, day+off)
		}
	}
	return days
}

// meeting makes one Meeting of a cluster: participants named by at least a
// third of the reports (one report's stray name is noise), most named first; the date and place most reports
// give; the newest report's modality, so a later cancellation wins.
func (c *meetingCluster) meeting(p *parties) Meeting {
	// Merged clusters appended their reports: restore newest first.
	sort.SliceStable(c.reports, func(i, j int) bool { return c.reports[i].reported.After(c.reports[j].reported) })
	n := len(c.reports)
	counts := map[actorID]int{}
	dates, places := map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	var m Meeting
	for _, r := range c.reports {
		for _, id := range r.who {
			counts[id]++
		}
		if r.m.Date != "" {
			dates[r.m.Date]++
		}
		if r.m.Location != "" {
			places[r.m.Location]++
		}
		if m.Modality == "" {
			m.Modality = r.m.Modality
		}
		m.Call = c.call
		for _, src := range r.m.Sources {
			if !seen[src.Article] {
				seen[src.Article] = true
				m.Sources = append(m.Sources, src)
			}
		}
	}
	var kept []actorID
	for _, id := range c.names {
		if counts[id]*3 >= n {
			kept = append(kept, id)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return counts[kept[i]] > counts[kept[j]] })
	for _, id := range p.withoutRepresented(kept) {
		m.Participants = append(m.Participants, p.names[id])
	}
	m.Date = mostReported(dates, c.reports, func(r report) string { return r.m.Date })
	m.Location = mostReported(places, c.reports, func(r report) string { return r.m.Location })
	for _, r := range c.reports {
		if r.m.Date == m.Date && r.m.When != "" {
			m.When = r.m.When
			break
		}
	}
	return m
}

// mostReported is the value most reports give, the newest report's on a tie.
func mostReported(counts map[string]int, reports []report, value func(report) string) string {
	best := ""
	for _, r := range reports {
		if v := value(r); v != "" && counts[v] > counts[best] {
			best = v
		}
	}
	return best
}

// epochDay turns a YYYY-MM-DD date into days since 1970-01-01.
func epochDay(date string) (int, bool) {
	if date == "" {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// civilDay is the day number of t's calendar date in t's own time zone.
func civilDay(t time.Time) int {
	y, mo, d := t.Date()
	return int(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// judgeMeetings sets each meeting's status against asOf and orders them:
// upcoming soonest first (undated last), then past and cancelled newest first.
func judgeMeetings(clusters []*meetingCluster, p *parties, asOf time.Time) []Meeting {
	today := asOf.Format(time.DateOnly)
	meetings := make([]Meeting, len(clusters))
	for i, c := range clusters {
		meetings[i] = c.meeting(p)
		meetings[i].Status = judge(meetings[i], today, asOf.Sub(c.newest) > staleAfter)
	}
	sort.SliceStable(meetings, func(i, j int) bool {
		a, b := meetings[i], meetings[j]
		if (a.Status == Upcoming) != (b.Status == Upcoming) {
			return a.Status == Upcoming
		}
		if a.Status == Upcoming {
			if (a.Date == "") != (b.Date == "") {
				return b.Date == ""
			}
			return a.Date < b.Date
		}
		return a.Date > b.Date
	})
	return meetings
}

// judge decides a meeting's status. An undated plan whose newest report is
// stale is past: nothing says it is still on.
func judge(m Meeting, today string, stale bool) Status {
	switch {
	case m.Modality == Cancelled:
		return StatusCancel
	case m.Date != "":
		if m.Date > today || (m.Date == today && m.Modality != Held) {
			return Upcoming
		}
		return Past
	case m.Modality == Held || stale:
		return Past
	default:
		return Upcoming
	}
}
