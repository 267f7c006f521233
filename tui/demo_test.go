package tui_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/briefing-news/briefing/brief"
	"github.com/briefing-news/briefing/feeds"
	"github.com/briefing-news/briefing/feeds/store"
	"github.com/briefing-news/briefing/tui"
)

// The real demo: the embedded feeds, parsed, extracted and stored by the
// real pipeline, shown by the real model. These goldens change when the
// demo feeds or the extraction change; review the diff, then -update.

func demoOptions(t *testing.T) tui.Options {
	t.Helper()
	ctx := context.Background()
	g, err := brief.NewGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, store.MemoryPath, brief.NewExtractor(g))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	asOf, err := feeds.LoadDemo(ctx, st)
	if err != nil {
		t.Fatalf("load demo: %v", err)
	}
	return tui.Options{Store: st, AsOf: asOf, Title: "demo"}
}

func runDemo(t *testing.T, w, h int, send ...tea.Msg) string {
	t.Helper()
	lipgloss.SetColorProfile(termenv.Ascii)
	tm := teatest.NewTestModel(t, tui.New(demoOptions(t)), teatest.WithInitialTermSize(w, h))
	waitFor(t, tm, "Actors")
	for _, msg := range send {
		tm.Send(msg)
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	view := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Fatalf("%d lines at %dx%d", len(lines), w, h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n != w {
			t.Fatalf("line %d is %d cells at %dx%d: %q", i, n, w, h, l)
		}
	}
	teatest.RequireEqualOutput(t, []byte(view))
	return view
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func TestDemoGolden80x24(t *testing.T) { runDemo(t, 80, 24) }

func TestDemoGolden160x48(t *testing.T) { runDemo(t, 160, 48) }

func TestDemoPutinFilter160x48(t *testing.T) {
	view := runDemo(t, 160, 48,
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("f")},
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("vladimir putin")},
		tea.KeyMsg{Type: tea.KeyEnter})
	if !strings.Contains(view, "[Vladimir Putin]") {
		t.Errorf("no filter chip:\n%s", view)
	}
}
