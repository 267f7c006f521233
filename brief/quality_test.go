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

// TestQuality extracts every corpus article and scores actors, meetings and
// takes against the labels (rules in testdata/corpus/README.md): it fails
// under P and R of 0.9 for actors and 0.85 for meetings and takes.
func TestQuality(t *testing.T) {
	e, g := newTestExtractor(t)
	var actors, meetings, takes, quotes score
	traps := 0
	verbose := testing.Verbose()
	for _, c := range loadCorpus(t) {
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
				actors.matchedLabels++
			} else {
				misses = append(misses, "missed actor "+l)
			}
		}
		for i, a := range x.Actors {
			if used[i] {
				actors.tp++
			} else {
				misses = append(misses, "extra actor "+a.Name)
			}
			for _, n := range c.Expect.NotActors {
				if sameName(g, n, a) {
					traps++
					misses = append(misses, "trap actor "+a.Name)
				}
			}
		}
		actors.predicted += len(x.Actors)
		actors.labelled += len(c.Expect.Actors)

		// Meetings: equal date and participants' Jaccard >= 0.5, one to one.
		gotM, wantM := bipartite(len(x.Meetings), len(c.Expect.Meetings), func(i, j int) bool {
			l := c.Expect.Meetings[j]
			return l.Date == x.Meetings[i].Date && jaccard(canonAll(g, x.Meetings[i].Participants), canonAll(g, l.Participants)) >= 0.5
		})
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
		meetings.add(gotM, wantM)

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
		takes.add(gotT, wantT)

		// Quotes are reported, not gated: the labels are optional.
		if len(c.Expect.Quotes) > 0 {
			takenQ := make([]bool, len(c.Expect.Quotes))
			for _, q := range x.Quotes {
				for i, l := range c.Expect.Quotes {
					if !takenQ[i] && strings.EqualFold(canon(g, l.Speaker), q.Speaker) {
						takenQ[i] = true
						quotes.tp++
						break
					}
				}
			}
			for _, ok := range takenQ {
				if ok {
					quotes.matchedLabels++
				}
			}
			quotes.predicted += len(x.Quotes)
			quotes.labelled += len(c.Expect.Quotes)
		}
		if verbose && len(misses) > 0 {
			t.Logf("%s:\n  %s", c.file, strings.Join(misses, "\n  "))
		}
	}
	t.Logf("\n%-9s %9s %9s %7s %7s\n%s%s%s%s(not_actors traps hit: %d)", "", "precision", "recall", "found", "labels",
		row("actors", actors), row("meetings", meetings), row("takes", takes), row("quotes*", quotes), traps)
	gate := func(name string, s score, min float64) {
		if s.precision() < min || s.recall() < min {
			t.Errorf("%s: precision %.3f recall %.3f, want both >= %.2f", name, s.precision(), s.recall(), min)
		}
	}
	gate("actors", actors, 0.9)
	gate("meetings", meetings, 0.85)
	gate("takes", takes, 0.85)
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
