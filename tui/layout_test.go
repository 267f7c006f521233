package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// assertFrame checks that the view is exactly w by h cells: no line wraps
// the frame, none is short, none is missing.
func assertFrame(t *testing.T, view string, w, h int, what string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%s at %dx%d: %d lines\n%s", what, w, h, len(lines), view)
		return
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n != w {
			t.Errorf("%s at %dx%d: line %d is %d cells: %q", what, w, h, i, n, ansi.Strip(l))
			return
		}
	}
}

func TestEveryScreenFitsTheTerminalAtEverySize(t *testing.T) {
	for _, profile := range []termenv.Profile{termenv.Ascii, termenv.TrueColor} {
		lipgloss.SetColorProfile(profile)
		sizes := [][2]int{{50, 12}, {80, 24}, {100, 30}, {119, 40}, {120, 24}, {120, 40}, {160, 48}, {213, 60}}
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			screens := map[string][]string{
				"actors": nil, "pane 2": {"2"}, "pane 3": {"3"}, "pane 4": {"4"},
				"reader":          {"4", "j", "enter"},
				"reader scrolled": {"4", "j", "enter", "pgdown", "pgdown"},
				"picker":          {"f", "w", "i", "t"},
				"help":            {"?"},
				"search line":     {"/", "p", "e", "a", "c", "e"},
				"sources":         {"2", "j", "enter"},
				"filtered":        {"1", "j", "j", "enter"},
			}
			for name, ks := range screens {
				// A fresh model each: models made from one share their state.
				m, _ := newLoaded(t, w, h)
				m = keys(t, m, ks...)
				assertFrame(t, m.View(), w, h, fmt.Sprintf("%s (profile %d)", name, profile))
			}
		}
	}
	lipgloss.SetColorProfile(termenv.Ascii)
}

func TestTooSmallSaysSo(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = send(t, m, tea.WindowSizeMsg{Width: 40, Height: 10})
	view := m.View()
	if !strings.Contains(view, "terminal too small") {
		t.Errorf("40x10:\n%s", view)
	}
	assertFrame(t, view, 40, 10, "too small")
	// Growing back restores the panes with the state kept.
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(m.View(), "Actors") {
		t.Errorf("after growing back:\n%s", m.View())
	}
}

func TestResizeSwitchesBetweenTabsAndGridKeepingTheCursor(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = keys(t, m, "4", "j", "j")
	ai, _ := m.articles.selectedIndex()
	if !strings.Contains(m.View(), "[ 4 Articles") {
		t.Fatalf("80 columns should show tabs:\n%s", m.View())
	}
	m = send(t, m, tea.WindowSizeMsg{Width: 160, Height: 48})
	view := m.View()
	for _, title := range []string{"Actors", "Meetings", "Analyst takes", "Articles"} {
		if !strings.Contains(view, title) {
			t.Errorf("grid lacks %s:\n%s", title, view)
		}
	}
	if strings.Contains(view, "[ 4 Articles") {
		t.Errorf("grid still shows tabs")
	}
	if got, _ := m.articles.selectedIndex(); got != ai {
		t.Errorf("resize moved the article cursor")
	}
	assertFrame(t, view, 160, 48, "grid")
}

func TestLayoutRegionsTileTheScreen(t *testing.T) {
	for _, sz := range [][2]int{{120, 24}, {160, 48}, {300, 90}} {
		l := computeLayout(sz[0], sz[1])
		if !l.grid {
			t.Fatalf("%v: no grid", sz)
		}
		area := 0
		for _, p := range l.panes {
			area += p.w * p.h
			if p.h < 6 || p.w < 30 {
				t.Errorf("%v: pane %+v too small", sz, p)
			}
		}
		if area != l.body.w*l.body.h {
			t.Errorf("%v: panes cover %d cells of a body of %d", sz, area, l.body.w*l.body.h)
		}
	}
}
