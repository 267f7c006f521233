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
	var reports []report
	for _, a := range sorted {
		for _, m := range a.Found.Meetings {
			reports = append(reports, report{m: withArticle(m, a.ID), reported: a.Published})
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
	p := newParties(b.Actors)
	b.Meetings = judgeMeetings(clusterMeetings(reports, p), p, asOf)
	return b
}

// sortNewestFirst orders articles newest first, ties by id. The store hands
// them over in that order already, so check before moving large structs.
func sortNewestFirst(articles []Article) {
	if sort.SliceIsSorted(articles, func(i, j int) bool { return newerArticle(articles[i], articles[j]) }) {
		return
	}
	sort.SliceStable(articles, func(i, j int) bool { return newerArticle(articles[i], articles[j]) })
}

func newerArticle(a, b Article) bool {
	if !a.Published.Equal(b.Published) {
		return a.Published.After(b.Published)
	}
	return a.ID < b.ID
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

// withArticle copies a meeting found in one article, naming the article in
// its sources.
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
	return m
}
