package brief

import (
	"sort"
	"strings"
	"time"
)

// Assemble turns articles and what extraction found in each into one
// briefing as of asOf: actors merged by canonical name, the same meeting from
// several articles merged into one with several sources, and every meeting
// judged upcoming, past or cancelled.
func Assemble(articles []Article, asOf time.Time) Briefing {
	sorted := make([]Article, len(articles))
	copy(sorted, articles)
	sortNewestFirst(sorted)

	b := Briefing{AsOf: asOf, Articles: sorted}
	b.Actors = mergeActors(sorted)
	var meetings []Meeting
	for _, a := range sorted {
		for _, m := range a.Found.Meetings {
			meetings = append(meetings, withArticle(m, a.ID))
		}
		for _, t := range a.Found.Takes {
			if t.Article == "" {
				t.Article = a.ID
			}
			b.Takes = append(b.Takes, t)
		}
		for _, q := range a.Found.Quotes {
			if q.Article == "" {
				q.Article = a.ID
			}
			b.Quotes = append(b.Quotes, q)
		}
	}
	b.Meetings = judgeMeetings(mergeMeetings(meetings), asOf)
	return b
}

func sortNewestFirst(articles []Article) {
	sort.SliceStable(articles, func(i, j int) bool {
		if !articles[i].Published.Equal(articles[j].Published) {
			return articles[i].Published.After(articles[j].Published)
		}
		return articles[i].ID < articles[j].ID
	})
}

// mergeActors sums each actor's mentions over the articles (newest first),
// keeping the newest non-empty role and affiliation and every alias seen.
func mergeActors(articles []Article) []Actor {
	index := map[string]int{}
	var actors []Actor
	for _, a := range articles {
		for _, found := range a.Found.Actors {
			i, ok := index[found.Name]
			if !ok {
				i = len(actors)
				index[found.Name] = i
				actors = append(actors, Actor{Name: found.Name, Kind: found.Kind, LastSeen: a.Published})
			}
			act := &actors[i]
			act.Mentions += max(found.Mentions, 1)
			if n := len(act.Articles); n == 0 || act.Articles[n-1] != a.ID {
				act.Articles = append(act.Articles, a.ID)
			}
			if act.Kind == "" {
				act.Kind = found.Kind
			}
			if act.Role == "" {
				act.Role = found.Role
			}
			if act.Affiliation == "" {
				act.Affiliation = found.Affiliation
			}
			act.Aliases = addAliases(act.Aliases, act.Name, found.Aliases)
		}
	}
	sortActors(actors)
	return actors
}

func sortActors(actors []Actor) {
	sort.SliceStable(actors, func(i, j int) bool {
		if actors[i].Mentions != actors[j].Mentions {
			return actors[i].Mentions > actors[j].Mentions
		}
		return actors[i].Name < actors[j].Name
	})
}

func addAliases(have []string, name string, more []string) []string {
	for _, alias := range more {
		if alias == "" || strings.EqualFold(alias, name) || containsFold(have, alias) {
			continue
		}
		have = append(have, alias)
	}
	return have
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func withArticle(m Meeting, articleID string) Meeting {
	sources := make([]Source, len(m.Sources))
	copy(sources, m.Sources)
	for i := range sources {
		if sources[i].Article == "" {
			sources[i].Article = articleID
		}
	}
	if len(sources) == 0 {
		sources = []Source{{Article: articleID}}
	}
	m.Sources = sources
	m.Participants = append([]string(nil), m.Participants...)
	return m
}

// mergeMeetings folds meetings that are the same event reported by several
// articles (newest first): participants equal give or take one, and dates
// within a day of each other. The newest report decides the modality, so a
// cancellation reported later wins over the plan reported before it.
func mergeMeetings(meetings []Meeting) []Meeting {
	var merged []Meeting
next:
	for _, m := range meetings {
		for i := range merged {
			if sameMeeting(merged[i], m) {
				merged[i] = fold(merged[i], m)
				continue next
			}
		}
		merged = append(merged, m)
	}
	return merged
}

func sameMeeting(a, b Meeting) bool {
	if !closeParticipants(a.Participants, b.Participants) {
		return false
	}
	if a.Date == "" || b.Date == "" {
		// Undated reports are the same meeting only when nothing tells them apart.
		return a.Date == b.Date && len(a.Participants) == len(b.Participants) &&
			(a.Location == "" || b.Location == "" || a.Location == b.Location)
	}
	da, errA := time.Parse(time.DateOnly, a.Date)
	db, errB := time.Parse(time.DateOnly, b.Date)
	if errA != nil || errB != nil {
		return false
	}
	gap := da.Sub(db)
	return gap <= 24*time.Hour && gap >= -24*time.Hour
}

// closeParticipants reports whether two participant lists differ by at most
// one name, and share at least two (or all, when one side has fewer).
func closeParticipants(a, b []string) bool {
	shared := 0
	for _, x := range a {
		if contains(b, x) {
			shared++
		}
	}
	diff := len(a) + len(b) - 2*shared
	return diff <= 1 && shared >= min(2, min(len(a), len(b)))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fold adds an older report b to meeting a, which holds the newer reports.
func fold(a, b Meeting) Meeting {
	for _, p := range b.Participants {
		if !contains(a.Participants, p) {
			a.Participants = append(a.Participants, p)
		}
	}
	if a.Date == "" {
		a.Date, a.When = b.Date, b.When
	}
	if a.Location == "" {
		a.Location = b.Location
	}
	if a.Modality == "" {
		a.Modality = b.Modality
	}
	for _, s := range b.Sources {
		if !hasSource(a.Sources, s.Article) {
			a.Sources = append(a.Sources, s)
		}
	}
	return a
}

func hasSource(sources []Source, articleID string) bool {
	for _, s := range sources {
		if s.Article == articleID {
			return true
		}
	}
	return false
}

// judgeMeetings sets each meeting's status against asOf and orders them:
// upcoming soonest first (undated last), then past and cancelled newest first.
func judgeMeetings(meetings []Meeting, asOf time.Time) []Meeting {
	today := asOf.Format(time.DateOnly)
	for i := range meetings {
		meetings[i].Status = judge(meetings[i], today)
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

func judge(m Meeting, today string) Status {
	switch {
	case m.Modality == Cancelled:
		return StatusCancel
	case m.Date != "":
		if m.Date >= today {
			return Upcoming
		}
		return Past
	case m.Modality == Held:
		return Past
	default:
		return Upcoming
	}
}
