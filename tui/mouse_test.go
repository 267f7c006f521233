package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func click(x, y int) tea.MouseMsg {
	return tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
}

func wheel(x, y int, down bool) tea.MouseMsg {
	b := tea.MouseButtonWheelUp
	if down {
		b = tea.MouseButtonWheelDown
	}
	return tea.MouseMsg{X: x, Y: y, Button: b, Action: tea.MouseActionPress}
}

func TestClickFocusesAndSelectsThenOpens(t *testing.T) {
	m, _ := newLoaded(t, 160, 48)
	r := m.lay.panes[paneArticles]
	// Row 0 is the frame, row 1 the title, row 2 the first article.
	m = send(t, m, click(r.x+10, r.y+4))
	if m.focus != paneArticles || m.articles.s.cursor != 2 {
		t.Fatalf("click: focus %v cursor %d", m.focus, m.articles.s.cursor)
	}
	if m.mode != modeBrowse {
		t.Fatalf("a first click opened the article")
	}
	m = send(t, m, click(r.x+10, r.y+4))
	ai, _ := m.articles.selectedIndex()
	if m.mode != modeReader || m.reader.id != m.c.data.b.Articles[ai].ID {
		t.Errorf("second click: mode %v reader %q", m.mode, m.reader.id)
	}
}

func TestClickOnAnActorTwiceFilters(t *testing.T) {
	m, _ := newLoaded(t, 160, 48)
	r := m.lay.panes[paneActors]
	m = send(t, m, click(r.x+5, r.y+4)) // third actor: Vladimir Putin
	m = send(t, m, click(r.x+5, r.y+4))
	if len(m.c.filter.Actors) != 1 || m.c.filter.Actors[0] != "Vladimir Putin" {
		t.Errorf("filter after two clicks: %v", m.c.filter.Actors)
	}
}

func TestClickOnATitleFocusesButSelectsNothing(t *testing.T) {
	m, _ := newLoaded(t, 160, 48)
	r := m.lay.panes[paneMeetings]
	m = send(t, m, click(r.x+5, r.y+1))
	if m.focus != paneMeetings || m.meetings.s.cursor != 0 {
		t.Errorf("click on a title: focus %v cursor %d", m.focus, m.meetings.s.cursor)
	}
}

func TestClickOnATabFocusesIt(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	spans := m.tabSpans()
	m = send(t, m, click(spans[paneTakes][0]+2, 1))
	if m.focus != paneTakes {
		t.Errorf("tab click focused %v", m.focus)
	}
	// In tabs, a click in the body selects in the visible pane.
	m = send(t, m, click(10, m.lay.body.y+3))
	if m.takes.s.cursor != 1 {
		t.Errorf("click in the takes tab: cursor %d", m.takes.s.cursor)
	}
}

func TestWheelScrollsThePaneUnderThePointer(t *testing.T) {
	m, _ := newLoaded(t, 120, 24)
	r := m.lay.panes[paneActors]
	m = send(t, m, wheel(r.x+3, r.y+5, true))
	if m.actors.s.offset != wheelStep || m.focus != paneActors {
		t.Fatalf("wheel down: offset %d", m.actors.s.offset)
	}
	if m.actors.s.cursor < m.actors.s.offset {
		t.Errorf("cursor %d left the window at %d", m.actors.s.cursor, m.actors.s.offset)
	}
	m = send(t, m, wheel(r.x+3, r.y+5, false))
	if m.actors.s.offset != 0 {
		t.Errorf("wheel up: offset %d", m.actors.s.offset)
	}
}

func TestWheelScrollsTheReader(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = keys(t, m, "4", "j", "enter")
	m = send(t, m, wheel(10, 10, true))
	if m.reader.vp.YOffset != wheelStep {
		t.Errorf("reader offset %d after a wheel notch", m.reader.vp.YOffset)
	}
}
