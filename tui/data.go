package tui

import (
	"slices"
	"strings"
	"time"

	"github.com/briefing-news/briefing/brief"
)

// data is one loaded briefing, cleaned for the terminal and indexed so that a
// filter change costs a few posting-list walks instead of a pass over every
// name of every article. It is built in a command, off the UI goroutine, and
// read-only afterwards except for the read flags the user toggles.
type data struct {
	b       brief.Briefing
	partial bool // loaded with a limit: only the newest articles

	actorIdx map[string]int32 // canonical name -> index in b.Actors
	artIdx   map[string]int32 // article id -> index in b.Articles

	artActors   [][]int32 // per article: distinct actor ids
	artMentions [][]int32 // parallel to artActors: mentions in that article
	actorArts   [][]int32 // per actor: article indices, ascending (newest first)
	meetActors  [][]int32 // per meeting: participant ids
	takeActors  [][]int32 // per take: analyst and the actors it is about
	takeArt     []int32   // per take: article index, -1 when unknown
	meetKeys    []string  // per meeting: stable key for keeping the cursor on it
	artMeetings [][]int32 // per article: the merged meetings it reports
	artTakes    [][]int32 // per article: its takes
	pickText    []string  // per actor: name, aliases and role, for the fuzzy picker
}

// newData cleans b and indexes it. It takes ownership of b.
func newData(b brief.Briefing, partial bool) *data {
	d := &data{b: b, partial: partial}
	cleanBriefing(&d.b)
	b = d.b

	d.actorIdx = make(map[string]int32, len(b.Actors))
	for i, a := range b.Actors {
		if _, dup := d.actorIdx[a.Name]; !dup {
			d.actorIdx[a.Name] = int32(i)
		}
	}
	d.artIdx = make(map[string]int32, len(b.Articles))
	d.artActors = make([][]int32, len(b.Articles))
	d.artMentions = make([][]int32, len(b.Articles))
	for i := range b.Articles {
		a := &b.Articles[i]
		d.artIdx[a.ID] = int32(i)
		ids := make([]int32, 0, len(a.Found.Actors))
		counts := make([]int32, 0, len(a.Found.Actors))
		for _, f := range a.Found.Actors {
			id := d.intern(f)
			n := int32(max(f.Mentions, 1))
			if j := slices.Index(ids, id); j >= 0 {
				counts[j] += n
				continue
			}
			ids = append(ids, id)
			counts = append(counts, n)
		}
		d.artActors[i], d.artMentions[i] = ids, counts
	}
	d.actorArts = make([][]int32, len(d.b.Actors))
	for i, ids := range d.artActors {
		for _, id := range ids {
			d.actorArts[id] = append(d.actorArts[id], int32(i))
		}
	}

	d.artMeetings = make([][]int32, len(b.Articles))
	d.meetActors = make([][]int32, len(b.Meetings))
	d.meetKeys = make([]string, len(b.Meetings))
	for i, m := range b.Meetings {
		d.meetActors[i] = d.ids(m.Participants)
		d.meetKeys[i] = m.Date + "|" + strings.Join(m.Participants, "|")
		for _, s := range m.Sources {
			if a, ok := d.artIdx[s.Article]; ok && !slices.Contains(d.artMeetings[a], int32(i)) {
				d.artMeetings[a] = append(d.artMeetings[a], int32(i))
			}
		}
	}
	d.artTakes = make([][]int32, len(b.Articles))
	d.takeActors = make([][]int32, len(b.Takes))
	d.takeArt = make([]int32, len(b.Takes))
	for i, t := range b.Takes {
		d.takeActors[i] = d.ids(append([]string{t.Analyst}, t.About...))
		d.takeArt[i] = -1
		if a, ok := d.artIdx[t.Article]; ok {
			d.takeArt[i] = a
			d.artTakes[a] = append(d.artTakes[a], int32(i))
		}
	}

	d.pickText = make([]string, len(d.b.Actors))
	for i, a := range d.b.Actors {
		d.pickText[i] = strings.Join(append([]string{a.Name, a.Role}, a.Aliases...), " ")
	}
	return d
}

// intern returns the id of the actor found in an article, adding it when the
// briefing's actor list lacks it, so that no mention is lost to the filter.
func (d *data) intern(f brief.Actor) int32 {
	if id, ok := d.actorIdx[f.Name]; ok {
		return id
	}
	id := int32(len(d.b.Actors))
	f.Mentions, f.Articles = 0, nil
	d.b.Actors = append(d.b.Actors, f)
	d.actorIdx[f.Name] = id
	return id
}

// ids maps names to actor ids, dropping names that are not actors
// ("analysts"): they can never be picked into a filter.
func (d *data) ids(names []string) []int32 {
	out := make([]int32, 0, len(names))
	for _, n := range names {
		if id, ok := d.actorIdx[n]; ok && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// actorByName returns the actor called name, if the briefing has it.
func (d *data) actorByName(name string) (*brief.Actor, bool) {
	id, ok := d.actorIdx[name]
	if !ok {
		return nil, false
	}
	return &d.b.Actors[id], true
}

// actorStat is an actor as the current filter counts it.
type actorStat struct {
	id       int32
	mentions int
	lastSeen time.Time
}

// view is what every pane shows under the current filter and search.
type view struct {
	articles []int32 // indices into b.Articles, newest first (search order when searching)
	meetings []int32
	takes    []int32
	actors   []actorStat // unsorted; the actors pane orders them
	unread   int         // unread among articles, counted here so View need not
}

// apply narrows the briefing to the filter, the same way brief.Briefing.Filter
// does, and then to the search hits when hits is not nil.
func (d *data) apply(f brief.Filter, hits []int32) view {
	var v view
	want := make([]int32, 0, len(f.Actors))
	missing := false
	for _, name := range f.Actors {
		if id, ok := d.actorIdx[name]; ok {
			want = append(want, id)
		} else {
			missing = true
		}
	}
	active := f.Active()
	var keep []bool // nil: every article
	switch {
	case !active:
		v.articles = make([]int32, len(d.b.Articles))
		for i := range v.articles {
			v.articles[i] = int32(i)
		}
	case f.All && missing:
		// An actor the briefing does not have cannot be mentioned: nothing matches all.
		keep = make([]bool, len(d.b.Articles))
	default:
		keep = make([]bool, len(d.b.Articles))
		if f.All {
			hitsPer := make([]uint16, len(d.b.Articles))
			for _, id := range want {
				for _, a := range d.actorArts[id] {
					hitsPer[a]++
				}
			}
			for i, n := range hitsPer {
				keep[i] = int(n) == len(want)
			}
		} else {
			for _, id := range want {
				for _, a := range d.actorArts[id] {
					keep[a] = true
				}
			}
		}
		for i, k := range keep {
			if k {
				v.articles = append(v.articles, int32(i))
			}
		}
	}

	v.meetings = d.matching(len(d.b.Meetings), d.meetActors, active, f.All && missing, f.All, want)
	v.takes = d.matching(len(d.b.Takes), d.takeActors, active, f.All && missing, f.All, want)
	v.actors = d.countActors(v.articles, active)

	if hits != nil {
		var found []int32
		for _, a := range hits {
			if keep == nil || keep[a] {
				found = append(found, a)
			}
		}
		v.articles = found
	}
	v.unread = d.unread(v.articles)
	return v
}

func (d *data) unread(articles []int32) int {
	n := 0
	for _, a := range articles {
		if !d.b.Articles[a].Read {
			n++
		}
	}
	return n
}

func (d *data) matching(n int, actors [][]int32, active, none, all bool, want []int32) []int32 {
	out := make([]int32, 0, n)
	if none {
		return out
	}
	for i := 0; i < n; i++ {
		if !active || matches(actors[i], want, all) {
			out = append(out, int32(i))
		}
	}
	return out
}

func matches(have, want []int32, all bool) bool {
	hits := 0
	for _, w := range want {
		if slices.Contains(have, w) {
			if !all {
				return true
			}
			hits++
		}
	}
	return all && hits == len(want) && len(want) > 0
}

// countActors recounts mentions over the kept articles: without a filter the
// briefing's own counts, with one the actors co-mentioned with it.
func (d *data) countActors(kept []int32, active bool) []actorStat {
	if !active {
		out := make([]actorStat, 0, len(d.b.Actors))
		for i, a := range d.b.Actors {
			if len(d.actorArts[i]) == 0 && a.Mentions == 0 {
				continue
			}
			out = append(out, actorStat{id: int32(i), mentions: a.Mentions, lastSeen: a.LastSeen})
		}
		return out
	}
	slot := make([]int32, len(d.b.Actors)) // 1 + index into out, 0 when unseen
	var out []actorStat
	for _, a := range kept {
		for j, id := range d.artActors[a] {
			if slot[id] == 0 {
				out = append(out, actorStat{id: id, lastSeen: d.b.Articles[a].Published})
				slot[id] = int32(len(out))
			}
			out[slot[id]-1].mentions += int(d.artMentions[a][j])
		}
	}
	return out
}

// mentions reports whether the article at index a mentions the actor called name.
func (d *data) mentions(a int32, name string) bool {
	id, ok := d.actorIdx[name]
	return ok && slices.Contains(d.artActors[a], id)
}
