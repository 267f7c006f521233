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
// real pipeline, shown by the real model. Its goldens change whenever the
// demo feeds or the extraction change what a new user sees first: that is
// the point. Review the new screens (`go test ./tui -run Demo -update`, then
// git diff) before committing them.

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

// runDemo runs the demo at w by h, sends the messages, checks the final
// screen fits, and returns it with the options it ran with.
func runDemo(t *testing.T, w, h int, send ...tea.Msg) (string, tui.Options) {
	t.Helper()
	lipgloss.SetColorProfile(termenv.Ascii)
	opt := demoOptions(t)
	tm := teatest.NewTestModel(t, tui.New(opt), teatest.WithInitialTermSize(w, h))
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
	return view, opt
}

// requireGolden compares the screen with its reviewed golden.
func requireGolden(t *testing.T, view string, _ tui.Options) {
	t.Helper()
	teatest.RequireEqualOutput(t, []byte(view))
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func TestDemoGolden80x24(t *testing.T) { requireGolden(runDemoOf(t, 80, 24)) }

func TestDemoGolden160x48(t *testing.T) { requireGolden(runDemoOf(t, 160, 48)) }

func runDemoOf(t *testing.T, w, h int) (*testing.T, string, tui.Options) {
	view, opt := runDemo(t, w, h)
	return t, view, opt
}

func TestDemoPutinFilter160x48(t *testing.T) {
	view, opt := runDemo(t, 160, 48,
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("f")},
		tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("vladimir putin")},
		tea.KeyMsg{Type: tea.KeyEnter})
	if !strings.Contains(view, "[Vladimir Putin]") {
		t.Errorf("no filter chip:\n%s", view)
	}
	requireGolden(t, view, opt)
}
