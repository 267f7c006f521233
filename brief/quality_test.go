package brief

import (
	"fmt"
	"strings"
	"testing"
)

// score counts matches for precision and recall.
type score struct{ tp, predicted, labelled, matchedLabels int }

func (s score) precision() float64 { return ratio(s.tp, s.predicted) }
func (s score) recall() float64    { return ratio(s.matchedLabels, s.labelled) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// quality is what scoring a labelled set gives.
type quality struct {
	actors, meetings, sideMeetings, takes, quotes score
	traps                                         int
}

func (q quality) table() string {
	return fmt.Sprintf("\n%-9s %9s %9s %7s %7s\n%s%s%s%s%s(not_actors traps hit: %d; meetings~ counts a country label met by a person acting for it)",
		"", "precision", "recall", "found", "labels",
		row("actors", q.actors), row("meetings", q.meetings), row("meetings~", q.sideMeetings),
		row("takes", q.takes), row("quotes*", q.quotes), q.traps)
}

// TestQuality extracts every corpus article and scores actors, meetings and
// takes against the labels (rules in testdata/corpus/README.md): it fails
// under P and R of 0.9 for actors and 0.85 for meetings and takes.
func TestQuality(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "corpus"))
	t.Log(q.table())
	gate := func(name string, s score, min float64) {
		if s.precision() < min || s.recall() < min {
			t.Errorf("%s: precision %.3f recall %.3f, want both >= %.2f", name, s.precision(), s.recall(), min)
		}
	}
	gate("actors", q.actors, 0.9)
	gate("meetings", q.meetings, 0.85)
	gate("takes", q.takes, 0.85)
}

// TestQualityHeldOut scores the held-out set (testdata/heldout), labelled
// blind and never tuned on: how extraction does on articles it has never
// seen. Its floors only catch a regression; the table is the measure.
func TestQualityHeldOut(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "heldout"))
	t.Log(q.table())
	floor := func(name string, s score, p, r float64) {
		if s.precision() < p || s.recall() < r {
			t.Errorf("%s regressed on the held-out set: precision %.3f recall %.3f, floors %.2f and %.2f", name, s.precision(), s.recall(), p, r)
		}
	}
	floor("actors", q.actors, 0.97, 0.96)
	floor("meetings", q.meetings, 0.68, 0.53)
	floor("takes", q.takes, 0.86, 0.92)
}

// TestQualityFresh scores the fresh set (testdata/fresh): 28 articles
// written and labelled blind by two helpers, measured once blind (see its
// README for those figures) and worked on since, so no longer a blind
// measure. Its floors only catch a regression.
func TestQualityFresh(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh"))
	t.Log(q.table())
	floor := func(name string, s score, p, r float64) {
		if s.precision() < p || s.recall() < r {
			t.Errorf("%s regressed on the fresh set: precision %.3f recall %.3f, floors %.2f and %.2f", name, s.precision(), s.recall(), p, r)
		}
	}
	floor("actors", q.actors, 0.86, 0.96)
	floor("meetings", q.meetings, 0.76, 0.61)
	// An analyst's signed opinion piece is a take in every paragraph since
	// extract-7.74; the labels mark a few of them (b04): precision fell
	// from 0.957 to 0.887 as recall rose from 0.882 to 0.922.
	floor("takes", q.takes, 0.87, 0.90)
}

// TestQualityFresh2 scores the second fresh set (testdata/fresh2), written
// and labelled blind like the first; its README keeps the blind figures.
func TestQualityFresh2(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh2"))
	t.Log(q.table())
	floor := func(name string, s score, p, r float64) {
		if s.precision() < p || s.recall() < r {
			t.Errorf("%s regressed on the second fresh set: precision %.3f recall %.3f, floors %.2f and %.2f", name, s.precision(), s.recall(), p, r)
		}
	}
	floor("actors", q.actors, 0.82, 0.92)
	floor("meetings", q.meetings, 0.68, 0.55)
	floor("takes", q.takes, 0.72, 0.84)
}

// TestQualityFresh3 scores the third fresh set (testdata/fresh3), written
// blind and held out until extract-7.63, worked on since; its README keeps
// the blind figures.
func TestQualityFresh3(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh3"))
	t.Log(q.table())
	floor := func(name string, s score, p, r float64) {
		if s.precision() < p || s.recall() < r {
			t.Errorf("%s regressed on the third fresh set: precision %.3f recall %.3f, floors %.2f and %.2f", name, s.precision(), s.recall(), p, r)
		}
	}
	floor("actors", q.actors, 0.86, 0.88)
	floor("meetings", q.meetings, 0.81, 0.71)
	floor("takes", q.takes, 0.73, 0.64)
}

// TestQualityFresh4 scores the fourth fresh set (testdata/fresh4), measured
// blind at extract-7.63 and worked on since; its README keeps the blind
// figures.
func TestQualityFresh4(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh4"))
	t.Log(q.table())
	floor := func(name string, s score, p, r float64) {
		if s.precision() < p || s.recall() < r {
			t.Errorf("%s regressed on the fourth fresh set: precision %.3f recall %.3f, floors %.2f and %.2f", name, s.precision(), s.recall(), p, r)
		}
	}
	floor("actors", q.actors, 0.92, 0.91)
	floor("meetings", q.meetings, 0.84, 0.71)
	floor("takes", q.takes, 0.78, 0.80)
}

// TestQualityFresh5 scores the fifth fresh set (testdata/fresh5): written
// blind, held out and never tuned on. Its floors only catch a regression;
// the table is the measure of text the rules have not seen.
func TestQualityFresh5(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh5"))
	t.Log(q.table())
	floor := func(name string, s score, p, r float64) {
		if s.precision() < p || s.recall() < r {
			t.Errorf("%s regressed on the fifth fresh set: precision %.3f recall %.3f, floors %.2f and %.2f", name, s.precision(), s.recall(), p, r)
		}
	}
	floor("actors", q.actors, 0.89, 0.92)
	floor("meetings", q.meetings, 0.67, 0.48)
	floor("takes", q.takes, 0.76, 0.83)
}

// scoreCorpus extracts every item and scores the result; with -v it logs
// each item's misses.
func scoreCorpus(t *testing.T, items []corpusItem) quality {
	e, g := newTestExtractor(t)
	var q quality
	for _, c := range items {
		x := e.Extract(c.document(t))
		var misses []string

		// Actors: a label matches a found actor by canonical name or alias.
		used := make([]bool, len(x.Actors))
		for _, l := range c.Expect.Actors {
			hit := false
			for i, a := range x.Actors {
				if sameName(g, l, a) {
					hit, used[i] = true, true
				}
			}
			if hit {
				q.actors.matchedLabels++
			} else {
				misses = append(misses, "missed actor "+l)
			}
		}
		for i, a := range x.Actors {
			if used[i] {
				q.actors.tp++
			} else {
				misses = append(misses, "extra actor "+a.Name)
			}
			for _, n := range c.Expect.NotActors {
				if sameName(g, n, a) {
					q.traps++
					misses = append(misses, "trap actor "+a.Name)
				}
			}
		}
		q.actors.predicted += len(x.Actors)
		q.actors.labelled += len(c.Expect.Actors)

		// Meetings: equal date and participants' Jaccard >= 0.5, one to one;
		// meetings~ also lets a labelled country meet a person acting for it.
		fits := func(bySide bool) func(i, j int) bool {
			return func(i, j int) bool {
				l := c.Expect.Meetings[j]
				return l.Date == x.Meetings[i].Date && participantJaccard(g, x.Actors, x.Meetings[i].Participants, l.Participants, bySide) >= 0.5
			}
		}
		gotM, wantM := bipartite(len(x.Meetings), len(c.Expect.Meetings), fits(false))
		for i, m := range x.Meetings {
			if !gotM[i] {
				misses = append(misses, fmt.Sprintf("extra meeting %v %q %s %s", m.Participants, m.Date, m.Modality, m.Location))
			}
		}
		for j, l := range c.Expect.Meetings {
			if !wantM[j] {
				misses = append(misses, fmt.Sprintf("missed meeting %v %q %s %s", l.Participants, l.Date, l.Modality, l.Location))
			}
		}
		q.meetings.add(gotM, wantM)
		q.sideMeetings.add(bipartite(len(x.Meetings), len(c.Expect.Meetings), fits(true)))

		// Takes: same analyst and, when labelled, one shared actor; one to one.
		gotT, wantT := bipartite(len(x.Takes), len(c.Expect.Takes), func(i, j int) bool {
			l, tk := c.Expect.Takes[j], x.Takes[i]
			if !strings.EqualFold(canon(g, l.Analyst), canon(g, tk.Analyst)) {
				return false
			}
			return len(l.About) == 0 || jaccard(canonAll(g, tk.About), canonAll(g, l.About)) > 0
		})
		for i, tk := range x.Takes {
			if !gotT[i] {
				misses = append(misses, fmt.Sprintf("extra take %s %v: %.80s", tk.Analyst, tk.About, tk.Text))
			}
		}
		for j, l := range c.Expect.Takes {
			if !wantT[j] {
				misses = append(misses, fmt.Sprintf("missed take %s %v", l.Analyst, l.About))
			}
		}
		q.takes.add(gotT, wantT)

		// Quotes are reported, not gated: the labels are optional.
		if len(c.Expect.Quotes) > 0 {
			takenQ := make([]bool, len(c.Expect.Quotes))
			for _, qt := range x.Quotes {
				for i, l := range c.Expect.Quotes {
					if !takenQ[i] && strings.EqualFold(canon(g, l.Speaker), qt.Speaker) {
						takenQ[i] = true
						q.quotes.tp++
						break
					}
				}
			}
			for _, ok := range takenQ {
				if ok {
					q.quotes.matchedLabels++
				}
			}
			q.quotes.predicted += len(x.Quotes)
			q.quotes.labelled += len(c.Expect.Quotes)
		}
		if testing.Verbose() && len(misses) > 0 {
			t.Logf("%s:\n  %s", c.file, strings.Join(misses, "\n  "))
		}
	}
	return q
}

// participantJaccard compares found and labelled participants. bySide also
// pairs a labelled country with a found person acting for it (and the
// reverse), as the briefing's own meeting merge does.
func participantJaccard(g *Gazetteer, found []Actor, got, want []string, bySide bool) float64 {
	if !bySide {
		return jaccard(canonAll(g, got), canonAll(g, want))
	}
	party := func(name string) string {
		for _, a := range found {
			if a.Name == name {
				return strings.ToLower(a.Affiliation)
			}
		}
		if a, ok := g.Actor(name); ok {
			return strings.ToLower(a.Affiliation)
		}
		return ""
	}
	gotC, wantC := canonAll(g, got), canonAll(g, want)
	taken := make([]bool, len(gotC))
	shared := 0
	for pass := 0; pass < 2; pass++ { // exact names first, then parties
		for j := range wantC {
			if wantC[j] == "" {
				continue
			}
			for i := range gotC {
				if taken[i] {
					continue
				}
				same := gotC[i] == wantC[j]
				if pass == 1 {
					same = party(got[i]) == wantC[j] || party(want[j]) == gotC[i]
				}
				if same {
					taken[i], wantC[j] = true, ""
					shared++
					break
				}
			}
		}
	}
	union := len(got) + len(want) - shared
	if union == 0 {
		return 0
	}
	return float64(shared) / float64(union)
}

func (s *score) add(got, want []bool) {
	for _, ok := range got {
		if ok {
			s.tp++
		}
	}
	for _, ok := range want {
		if ok {
			s.matchedLabels++
		}
	}
	s.predicted += len(got)
	s.labelled += len(want)
}

// bipartite matches found items to labels one to one, as many as possible
// (augmenting paths), so the order of either list cannot change the score.
func bipartite(nFound, nLabels int, fits func(found, label int) bool) (found, labels []bool) {
	owner := make([]int, nLabels)
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for j := 0; j < nLabels; j++ {
			if seen[j] || !fits(i, j) {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := 0; i < nFound; i++ {
		try(i, make([]bool, nLabels))
	}
	found, labels = make([]bool, nFound), make([]bool, nLabels)
	for j, i := range owner {
		if i >= 0 {
			found[i], labels[j] = true, true
		}
	}
	return found, labels
}

func row(name string, s score) string {
	return fmt.Sprintf("%-9s %9.3f %9.3f %7d %7d\n", name, s.precision(), s.recall(), s.predicted, s.labelled)
}
