package tui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"
)

// Golden screens: the program runs for real (teatest), and the final screen
// is compared with testdata/<test>.golden. Update with -update and review
// the diff line by line.

type step struct {
	msg     tea.Msg
	waitFor string // text that shows once the message has been handled
}

func runGolden(t *testing.T, w, h int, steps ...step) {
	t.Helper()
	lipgloss.SetColorProfile(termenv.Ascii)
	st, asOf := loadFixture(t)
	m := quiet(New(Options{Store: st, AsOf: asOf, Title: "test"}))
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	waitFor(t, tm, "Ukraine")
	for _, s := range steps {
		tm.Send(s.msg)
		if s.waitFor != "" {
			waitFor(t, tm, s.waitFor)
		}
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	teatest.RequireEqualOutput(t, []byte(final.View()))
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func TestGoldenStart80x24(t *testing.T) { runGolden(t, 80, 24) }

func TestGoldenStart160x48(t *testing.T) { runGolden(t, 160, 48) }

func TestGoldenArticles80x24(t *testing.T) {
	runGolden(t, 80, 24, step{runes("4"), "[ 4 Articles"})
}

func TestGoldenMeetings80x24(t *testing.T) {
	runGolden(t, 80, 24, step{runes("2"), "[ 2 Meetings"}, step{runes("j"), ""}, step{runes("j"), "Miami"})
}

func TestGoldenPutinFilter160x48(t *testing.T) {
	runGolden(t, 160, 48,
		step{runes("f"), "find actor:"},
		step{runes("putin"), ""},
		step{tea.KeyMsg{Type: tea.KeyEnter}, "[Vladimir Putin]"})
}

func TestGoldenReader80x24(t *testing.T) {
	runGolden(t, 80, 24,
		step{runes("4"), "[ 4 Articles"},
		step{runes("j"), ""},
		step{tea.KeyMsg{Type: tea.KeyEnter}, "All eyes"})
}

func TestGoldenPicker80x24(t *testing.T) {
	runGolden(t, 80, 24, step{runes("f"), "find actor:"}, step{runes("witk"), "Witkoff"})
}

func TestGoldenHelp120x40(t *testing.T) {
	runGolden(t, 120, 40, step{runes("?"), "Keys"})
}
