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
}

type meetingCluster struct {
	reports []report
	day     int      // days since 1970-01-01 of the first dated report; noDay when undated
	names   []string // every participant any report named
	place   string   // the first location a report gave
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
	name string
}

// sides maps an actor to the party it acts for (its affiliation), so that a
// report naming "Ukraine" and one naming Rustem Umerov can be recognised as
// the same talks.
type sides map[string]string

func (s sides) same(a, b string) bool { return a == b || s[a] == b || s[b] == a }

// overlap reports whether a report naming b describes a meeting whose
// reports so far named a: all of b's parties but one are among a's, and at
// least two of them (or all, for a report naming one).
func (s sides) overlap(a, b []string) bool {
	shared := 0
	for _, x := range b {
		for _, y := range a {
			if s.same(x, y) {
				shared++
				break
			}
		}
	}
	small := min(len(a), len(b))
	return small > 0 && shared >= min(2, small) && shared >= small-1
}

// withoutRepresented drops a party that a named participant acts for: with
// Rustem Umerov at the table, "Ukraine" adds nothing.
func (s sides) withoutRepresented(names []string) []string {
	var kept []string
	for _, p := range names {
		represented := false
		for _, q := range names {
			if q != p && s[q] == p {
				represented = true
				break
			}
		}
		if !represented {
			kept = append(kept, p)
		}
	}
	return kept
}

// clusterer groups reports into meetings. Indexes by (day, participant) and
// by participant keep it linear in the number of reports, not quadratic.
type clusterer struct {
	sides     sides
	clusters  []*meetingCluster
	byDayName map[dayName][]*meetingCluster
	byName    map[string][]*meetingCluster // undated clusters
}

// clusterMeetings groups reports (newest first) into meetings. A dated
// report joins the meeting within a day of its date that best shares its
// participants, and joins two meetings into one when it names the same people
// as both on the same day; undated reports then join the dated meeting they
// anticipate or recount, else each other.
func clusterMeetings(reports []report, s sides) []*meetingCluster {
	c := &clusterer{sides: s, byDayName: map[dayName][]*meetingCluster{}, byName: map[string][]*meetingCluster{}}
	var undated []report
	for _, r := range reports {
		day, ok := epochDay(r.m.Date)
		if !ok {
			undated = append(undated, r)
			continue
		}
		matches := c.dated(r.m, day, day-1, day+1)
		if len(matches) == 0 {
			c.start(r, day)
			continue
		}
		best := matches[0]
		for _, other := range matches[1:] {
			if other.direct && best.direct && other.cl.day == best.cl.day && placesAgree(other.cl.place, best.cl.place) {
				c.merge(best.cl, other.cl)
			}
		}
		c.add(best.cl, r)
	}
	for _, r := range undated {
		if matches := c.dated(r.m, plausibleDays(r)...); len(matches) > 0 {
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
	cl := &meetingCluster{day: day, newest: r.reported}
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
	c.addNames(cl, r.m.Participants)
}

func (c *clusterer) addNames(cl *meetingCluster, names []string) {
	for _, p := range names {
		if containsString(cl.names, p) {
			continue
		}
		cl.names = append(cl.names, p)
		for _, key := range c.keys(p) {
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
func (c *clusterer) keys(name string) []string {
	if side := c.sides[name]; side != "" {
		return []string{name, side}
	}
	return []string{name}
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
	direct bool // the report names its people, not only the parties they act for
	rank   int  // the position of the meeting's day among the days tried
}

// dated returns the dated meetings on the given days whose participants
// match m's, best first: matched by name before matched by party, then by
// the order of days. A match by party alone must not contradict the place.
func (c *clusterer) dated(m Meeting, days ...int) []match {
	var found []match
	var keys []string
	for _, p := range m.Participants {
		keys = append(keys, c.keys(p)...)
	}
	for rank, day := range days {
		for _, key := range keys {
			for _, cl := range c.byDayName[dayName{day, key}] {
				cl = cl.root()
				if slices.ContainsFunc(found, func(f match) bool { return f.cl == cl }) {
					continue
				}
				direct := sides(nil).overlap(cl.names, m.Participants)
				if !direct && !(c.sides.overlap(cl.names, m.Participants) && placesAgree(cl.place, m.Location)) {
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

func placesAgree(a, b string) bool { return a == "" || b == "" || a == b }

// undated returns an undated meeting with matching participants whose
// newest report is at most a week newer than r (reports come newest first,
// so the clusters at the end of each list are the nearest in time).
func (c *clusterer) undated(r report) *meetingCluster {
	for _, p := range r.m.Participants {
		list := c.byName[p] // undated meetings, matched by name only
		for i := len(list) - 1; i >= 0; i-- {
			cl := list[i]
			if cl.newest.Sub(r.reported) > 7*24*time.Hour {
				break
			}
			if c.sides.overlap(cl.names, r.m.Participants) {
				return cl
			}
		}
	}
	return nil
}

// plausibleDays lists the dates an undated report can refer to, likeliest
// first: a plan lies just ahead of its report, a meeting held just behind it.
func plausibleDays(r report) []int {
	day := civilDay(r.reported)
	days := make([]int, 0, planLead+2)
	for off := -1; off <= planLead; off++ {
		if r.m.Modality == Held {
			days = append(days, day-off)
		} else {
			days = append(days, day+off)
		}
	}
	return days
}

// meeting makes one Meeting of a cluster: participants named by at least a
// third of the reports (one report's stray name is noise), most named first; the date and place most reports
// give; the newest report's modality, so a later cancellation wins.
func (c *meetingCluster) meeting(s sides) Meeting {
	// Merged clusters appended their reports: restore newest first.
	sort.SliceStable(c.reports, func(i, j int) bool { return c.reports[i].reported.After(c.reports[j].reported) })
	n := len(c.reports)
	counts := map[string]int{}
	dates, places := map[string]int{}, map[string]int{}
	var m Meeting
	for _, r := range c.reports {
		for _, p := range r.m.Participants {
			counts[p]++
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
		for _, src := range r.m.Sources {
			if !hasSource(m.Sources, src.Article) {
				m.Sources = append(m.Sources, src)
			}
		}
	}
	for _, p := range c.names {
		if counts[p]*3 >= n {
			m.Participants = append(m.Participants, p)
		}
	}
	sort.SliceStable(m.Participants, func(i, j int) bool { return counts[m.Participants[i]] > counts[m.Participants[j]] })
	m.Participants = s.withoutRepresented(m.Participants)
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

func hasSource(sources []Source, articleID string) bool {
	for _, s := range sources {
		if s.Article == articleID {
			return true
		}
	}
	return false
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
func judgeMeetings(clusters []*meetingCluster, s sides, asOf time.Time) []Meeting {
	today := asOf.Format(time.DateOnly)
	meetings := make([]Meeting, len(clusters))
	for i, c := range clusters {
		meetings[i] = c.meeting(s)
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
