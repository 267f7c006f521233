package tui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/briefing-news/briefing/brief"
)

// The index must filter exactly as the domain's Briefing.Filter does; that
// function is the reference, the index only makes it fast.
func TestApplyMatchesBriefFilter(t *testing.T) {
	st, asOf := loadFixture(t)
	b, err := st.Briefing(context.Background(), asOf, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkAgainstBrief(t, b, filtersOver(b, rand.New(rand.NewPCG(1, 2)), 60))
}

func TestApplyMatchesBriefFilterOnSyntheticBriefing(t *testing.T) {
	b := syntheticBriefing(2000, 150, rand.New(rand.NewPCG(3, 4)))
	checkAgainstBrief(t, b, filtersOver(b, rand.New(rand.NewPCG(5, 6)), 40))
}

func filtersOver(b brief.Briefing, r *rand.Rand, n int) []brief.Filter {
	fs := []brief.Filter{{}, {Actors: []string{"nobody at all"}}, {Actors: []string{"nobody at all", b.Actors[0].Name}, All: true}}
	for i := 0; i < n; i++ {
		f := brief.Filter{All: i%2 == 1}
		for k := 0; k <= i%3; k++ {
			f.Actors = append(f.Actors, b.Actors[r.IntN(len(b.Actors))].Name)
		}
		fs = append(fs, f)
	}
	return fs
}

func checkAgainstBrief(t *testing.T, b brief.Briefing, filters []brief.Filter) {
	t.Helper()
	d := newData(b, false)
	for _, f := range filters {
		want := b.Filter(f)
		got := d.apply(f, nil)
		name := fmt.Sprintf("%v all=%v", f.Actors, f.All)
		if g, w := articleIDs(d, got.articles), idsOf(want.Articles); !slices.Equal(g, w) {
			t.Errorf("%s: articles %v, want %v", name, g, w)
		}
		if g, w := len(got.meetings), len(want.Meetings); g != w {
			t.Errorf("%s: %d meetings, want %d", name, g, w)
		}
		for i, mi := range got.meetings {
			if i < len(want.Meetings) && !slices.Equal(d.b.Meetings[mi].Participants, want.Meetings[i].Participants) {
				t.Errorf("%s: meeting %d is %v, want %v", name, i, d.b.Meetings[mi].Participants, want.Meetings[i].Participants)
			}
		}
		if g, w := len(got.takes), len(want.Takes); g != w {
			t.Errorf("%s: %d takes, want %d", name, g, w)
		}
		if !f.Active() {
			continue
		}
		gotActors := map[string]int{}
		for _, a := range got.actors {
			gotActors[d.b.Actors[a.id].Name] = a.mentions
		}
		wantActors := map[string]int{}
		for _, a := range want.Actors {
			wantActors[a.Name] = a.Mentions
		}
		if fmt.Sprint(gotActors) != fmt.Sprint(wantActors) {
			t.Errorf("%s: co-mentioned actors %v, want %v", name, gotActors, wantActors)
		}
	}
}

func articleIDs(d *data, idx []int32) []string {
	out := []string{}
	for _, a := range idx {
		out = append(out, d.b.Articles[a].ID)
	}
	return out
}

func idsOf(arts []brief.Article) []string {
	out := []string{}
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestApplyIntersectsSearchWithFilter(t *testing.T) {
	st, asOf := loadFixture(t)
	b, _ := st.Briefing(context.Background(), asOf, 0)
	d := newData(b, false)
	ids, _ := st.Search(context.Background(), "Kremlin", 50)
	hits := articleIndices(d, ids)
	v := d.apply(brief.Filter{Actors: []string{"Volodymyr Zelensky"}}, hits)
	for _, a := range v.articles {
		if !d.mentions(a, "Volodymyr Zelensky") {
			t.Errorf("search result %s does not mention the filter's actor", d.b.Articles[a].ID)
		}
	}
	all := d.apply(brief.Filter{}, hits)
	if len(v.articles) >= len(all.articles) || len(all.articles) != len(hits) {
		t.Errorf("filter should narrow the %d hits, kept %d of %d", len(hits), len(v.articles), len(all.articles))
	}
}

// syntheticBriefing is articles articles over actors actors, each article
// naming a few of them, with meetings and takes: the shape of a large store.
func syntheticBriefing(articles, actors int, r *rand.Rand) brief.Briefing {
	affs := []string{"Russia", "Ukraine", "United States", "European Union", "China", "Turkey", "France", ""}
	pool := make([]brief.Actor, actors)
	for i := range pool {
		pool[i] = brief.Actor{
			Name: fmt.Sprintf("Actor %04d", i), Kind: brief.Person,
			Role: fmt.Sprintf("Role of actor %d", i), Affiliation: affs[i%len(affs)],
			Aliases: []string{fmt.Sprintf("A%d", i)},
		}
	}
	base := time.Date(2025, 12, 1, 12, 0, 0, 0, time.UTC)
	arts := make([]brief.Article, articles)
	for i := range arts {
		a := brief.Article{
			ID: fmt.Sprintf("art-%06d", i), Feed: fmt.Sprintf("Feed %d", i%200),
			Title:     fmt.Sprintf("Synthetic headline number %d about the talks", i),
			Link:      fmt.Sprintf("https://example.com/%d", i),
			Published: base.Add(-time.Duration(i) * 7 * time.Minute),
			Read:      i%3 == 0,
		}
		n := 2 + r.IntN(5)
		for k := 0; k < n; k++ {
			// Skewed: low-numbered actors are in the news far more often.
			idx := int(float64(actors) * r.Float64() * r.Float64())
			act := pool[idx]
			act.Mentions = 1 + r.IntN(4)
			a.Found.Actors = append(a.Found.Actors, act)
		}
		if i%10 == 0 && len(a.Found.Actors) >= 2 {
			day := base.AddDate(0, 0, r.IntN(20)-10).Format(time.DateOnly)
			a.Found.Meetings = []brief.Meeting{{
				Participants: []string{a.Found.Actors[0].Name, a.Found.Actors[1].Name},
				Date:         day, Modality: brief.Planned, Location: "Geneva",
				Sources: []brief.Source{{Text: "They will meet."}},
			}}
		}
		if i%7 == 0 {
			a.Found.Takes = []brief.Take{{
				Analyst: pool[r.IntN(min(actors, 20))].Name,
				About:   []string{a.Found.Actors[0].Name},
				Text:    "Analysts assess that the talks will stall.",
			}}
		}
		arts[i] = a
	}
	return brief.Assemble(arts, base)
}
