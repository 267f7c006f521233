package brief

import "strings"

// Filter narrows a briefing to what mentions some actors.
type Filter struct {
	Actors []string // canonical names
	All    bool     // items must mention all of them, not any
}

// Active reports whether the filter narrows anything.
func (f Filter) Active() bool { return len(f.Actors) > 0 }

// Resolve finds the canonical name of the actor called name, by its name or
// any alias, ignoring case.
func (b Briefing) Resolve(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, a := range b.Actors {
		if strings.EqualFold(a.Name, name) || containsFold(a.Aliases, name) {
			return a.Name, true
		}
	}
	return "", false
}

// Filter keeps the articles, meetings, takes and quotes that mention the
// filter's actors, and the actors co-mentioned with them, their mentions
// counted over the articles kept.
func (b Briefing) Filter(f Filter) Briefing {
	if !f.Active() {
		return b
	}
	out := Briefing{AsOf: b.AsOf}
	for _, a := range b.Articles {
		if f.matches(articleActors(a)) {
			out.Articles = append(out.Articles, a)
		}
	}
	for _, m := range b.Meetings {
		if f.matches(m.Participants) {
			out.Meetings = append(out.Meetings, m)
		}
	}
	for _, t := range b.Takes {
		if f.matches(append([]string{t.Analyst}, t.About...)) {
			out.Takes = append(out.Takes, t)
		}
	}
	for _, q := range b.Quotes {
		if f.matches([]string{q.Speaker}) {
			out.Quotes = append(out.Quotes, q)
		}
	}
	out.Actors = coMentioned(b.Actors, out.Articles)
	out.reports = reportsOf(b, out)
	return out
}

// reportsOf indexes the articles of b that the meetings and takes of the
// filtered out cite and out does not list.
func reportsOf(b, out Briefing) map[string]Article {
	want := map[string]bool{}
	for _, m := range out.Meetings {
		for _, s := range m.Sources {
			want[s.Article] = true
		}
	}
	for _, t := range out.Takes {
		want[t.Article] = true
	}
	for _, a := range out.Articles {
		delete(want, a.ID)
	}
	if len(want) == 0 {
		return nil
	}
	reports := make(map[string]Article, len(want))
	for _, a := range b.Articles {
		if want[a.ID] {
			reports[a.ID] = a
		}
	}
	for id, a := range b.reports {
		if want[id] {
			reports[id] = a
		}
	}
	return reports
}

func (f Filter) matches(names []string) bool {
	hits := 0
	for _, want := range f.Actors {
		if containsString(names, want) {
			if !f.All {
				return true
			}
			hits++
		}
	}
	return f.All && hits == len(f.Actors)
}

func articleActors(a Article) []string {
	names := make([]string, len(a.Found.Actors))
	for i, act := range a.Found.Actors {
		names[i] = act.Name
	}
	return names
}

// coMentioned recounts the actors over the kept articles, keeping each
// actor's merged role, affiliation and aliases.
func coMentioned(all []Actor, kept []Article) []Actor {
	byName := make(map[string]int, len(all))
	for i, a := range all {
		byName[a.Name] = i
	}
	index := map[string]int{}
	var out []Actor
	for _, art := range kept {
		for _, found := range art.Found.Actors {
			i, ok := index[found.Name]
			if !ok {
				act := found
				if j, known := byName[found.Name]; known {
					act = all[j]
				}
				act.Mentions, act.Articles, act.LastSeen = 0, nil, art.Published
				i = len(out)
				index[found.Name] = i
				out = append(out, act)
			}
			out[i].Mentions += max(found.Mentions, 1)
			out[i].Articles = append(out[i].Articles, art.ID)
		}
	}
	sortActors(out)
	return out
}
