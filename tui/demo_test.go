package tui_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
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
// real pipeline, shown by the real model.
//
// What the demo holds changes whenever the demo feeds or the extraction
// change, which is other packages' work. So the goldens are recorded with a
// fingerprint of the demo briefing (testdata/demo.fingerprint): when the
// briefing no longer matches it, the golden comparison is skipped with a
// note, rather than failing every build until someone here looks. Run
// `go test ./tui -run Demo -update`, review the new screens, and commit them.

const fingerprintFile = "testdata/demo.fingerprint"

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// demoFingerprint hashes the whole demo briefing as the store returns it.
func demoFingerprint(t *testing.T, opt tui.Options) string {
	t.Helper()
	b, err := opt.Store.Briefing(context.Background(), opt.AsOf, 0)
	if err != nil {
		t.Fatalf("demo briefing: %v", err)
	}
	raw, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// checkFingerprint skips the golden comparison when the demo has changed
// since the goldens were recorded, and records it under -update.
func checkFingerprint(t *testing.T, opt tui.Options) {
	t.Helper()
	got := demoFingerprint(t, opt)
	if updating() {
		if err := os.WriteFile(fingerprintFile, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(fingerprintFile)
	if err != nil {
		t.Fatalf("read %s: %v", fingerprintFile, err)
	}
	if strings.TrimSpace(string(want)) != got {
		t.Skipf("the demo briefing changed since its goldens were recorded (feeds or extraction); "+
			"review with `go test ./tui -run Demo -update` and commit (fingerprint %s, recorded %s)", got[:12], strings.TrimSpace(string(want))[:12])
	}
}

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

// requireGolden compares the screen with its golden, unless the demo has
// changed since the golden was recorded.
func requireGolden(t *testing.T, view string, opt tui.Options) {
	t.Helper()
	checkFingerprint(t, opt)
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
