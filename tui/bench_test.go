package tui

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/briefing-news/briefing/brief"
)

// The sizes: a store of 50,000 articles and 2,000 actors.
const (
	benchArticles = 50_000
	benchActors   = 2_000
)

var (
	benchOnce  sync.Once
	benchStore *fakeStore
	benchAsOf  time.Time
)

// bigStore is a fake store holding the synthetic briefing; built once.
func bigStore(b *testing.B) (*fakeStore, time.Time) {
	benchOnce.Do(func() {
		br := syntheticBriefing(benchArticles, benchActors, rand.New(rand.NewPCG(7, 8)))
		benchStore = &fakeStore{articles: br.Articles, reads: map[string]bool{}}
		benchAsOf = br.AsOf
	})
	return benchStore, benchAsOf
}

// benchModel is a model showing the whole synthetic briefing at 160x48.
func benchModel(b *testing.B) Model {
	st, asOf := bigStore(b)
	full, err := st.Briefing(context.Background(), asOf, 0)
	if err != nil {
		b.Fatal(err)
	}
	m := quiet(New(Options{Store: st, AsOf: asOf}))
	next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	next, _ = next.Update(loadedMsg{seq: 1, data: newData(full, false)})
	return next.(Model)
}

// BenchmarkFirstFrame is what stands between starting the program and its
// first frame: New, the limited first load (the store query is the fake's;
// indexing is ours), the resize and the first View.
func BenchmarkFirstFrame(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	st, asOf := bigStore(b)
	b.ResetTimer()
	for b.Loop() {
		m := New(Options{Store: st, AsOf: asOf})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		msg := next.(Model).loadCmd(1, firstLimit)()
		next, _ = next.Update(msg)
		if next.(Model).c.data == nil {
			b.Fatal("not loaded")
		}
		_ = next.View()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/first-frame")
}

// BenchmarkFullLoadIndex is the second, complete load: indexing 50,000
// articles. It runs in a command while the first frame is already up.
func BenchmarkFullLoadIndex(b *testing.B) {
	st, asOf := bigStore(b)
	full, _ := st.Briefing(context.Background(), asOf, 0)
	b.ResetTimer()
	for b.Loop() {
		cp := full
		cp.Articles = append([]brief.Article(nil), full.Articles...)
		newData(cp, false)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/index")
	b.ReportMetric(float64(benchArticles)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkFilterChange toggles a busy actor in and out of the filter from
// the actors pane and draws the screen each time (target under 16 ms).
func BenchmarkFilterChange(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	m := benchModel(b)
	// Put the cursor on the fifth actor: busy, but not the busiest.
	for range 4 {
		next, _ := m.Update(keyMsg("j"))
		m = next.(Model)
	}
	b.ResetTimer()
	for b.Loop() {
		next, _ := m.Update(keyMsg("enter"))
		m = next.(Model)
		_ = m.View()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/filter-change")
}

// BenchmarkScrollStep moves the cursor one row in the 50,000-article pane
// and draws the screen (target under 4 ms).
func BenchmarkScrollStep(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	m := benchModel(b)
	next, _ := m.Update(keyMsg("4"))
	m = next.(Model)
	down, up := keyMsg("j"), keyMsg("k")
	i := 0
	b.ResetTimer()
	for b.Loop() {
		k := down
		if (i/1000)%2 == 1 {
			k = up
		}
		i++
		next, _ := m.Update(k)
		m = next.(Model)
		_ = m.View()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/step")
}
