package tui

import tea "github.com/charmbracelet/bubbletea"

// wheelStep is how many rows one notch of the wheel scrolls.
const wheelStep = 3

// handleMouse resolves a click or a wheel notch against the layout: a click
// focuses the pane under it and selects the row (a second click on the
// selected row opens it, like enter); the wheel scrolls what is under it.
func (m Model) handleMouse(msg tea.MouseMsg) (Model, tea.Cmd) {
	if m.c.data == nil || m.lay.tooSmall {
		return m, nil
	}
	wheel := 0
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		wheel = -wheelStep
	case tea.MouseButtonWheelDown:
		wheel = wheelStep
	}
	click := msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress
	if wheel == 0 && !click {
		return m, nil
	}
	switch m.mode {
	case modeReader:
		if wheel < 0 {
			m.reader.vp.ScrollUp(-wheel)
		} else if wheel > 0 {
			m.reader.vp.ScrollDown(wheel)
		}
		return m, nil
	case modePicker:
		m.picker.s.move(sign(wheel))
		return m, nil
	case modeErrors:
		m.errs.scroll(wheel)
		return m, nil
	case modeSources:
		m.sources.s.move(sign(wheel))
		return m, nil
	case modeBrowse:
	default:
		return m, nil
	}

	if click {
		if p, ok := m.tabAt(msg.X, msg.Y); ok {
			m.focus = p
			return m, nil
		}
	}
	p, ok := m.lay.paneAt(msg.X, msg.Y)
	if !ok {
		return m, nil
	}
	if !m.lay.grid {
		p = m.focus // in tabs, the body is the visible pane
	}
	s := m.scrollerOf(p)
	if wheel != 0 {
		s.scroll(wheel)
		m.remember(p)
		return m, nil
	}
	// The first row of a pane box is the frame, the second its title.
	row := msg.Y - m.lay.panes[p].y - 2
	wasFocused := m.focus == p
	m.focus = p
	before := s.cursor
	if !s.selectRow(row) {
		return m, nil
	}
	m.remember(p)
	if wasFocused && before == s.cursor {
		return m.activate(p)
	}
	return m, nil
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// tabAt is the tab under (x, y) in tab mode.
func (m Model) tabAt(x, y int) (paneID, bool) {
	if m.lay.grid || !m.lay.tabs.contains(x, y) {
		return 0, false
	}
	for i, span := range m.tabSpans() {
		if x >= span[0] && x < span[1] {
			return paneID(i), true
		}
	}
	return 0, false
}

func (m *Model) scrollerOf(p paneID) *scroller {
	switch p {
	case paneActors:
		return &m.actors.s
	case paneMeetings:
		return &m.meetings.s
	case paneTakes:
		return &m.takes.s
	default:
		return &m.articles.s
	}
}

func (m *Model) remember(p paneID) {
	switch p {
	case paneActors:
		m.actors.remember()
	case paneMeetings:
		m.meetings.remember()
	case paneTakes:
		m.takes.remember()
	default:
		m.articles.remember()
	}
}

// activate does what enter does on the selected row of pane p.
func (m Model) activate(p paneID) (Model, tea.Cmd) {
	switch p {
	case paneActors:
		if a, ok := m.actors.selected(); ok {
			m.toggleActor(a.Name)
		}
	case paneMeetings:
		return m.openMeeting()
	case paneTakes:
		if ti, ok := m.takes.selectedIndex(); ok {
			return m.openArticle(m.c.data.b.Takes[ti].Article)
		}
	case paneArticles:
		if ai, ok := m.articles.selectedIndex(); ok {
			return m.openArticle(m.c.data.b.Articles[ai].ID)
		}
	}
	return m, nil
}
