package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// overlayView is the box drawn over the panes, if any.
func (m Model) overlayView() string {
	switch m.mode {
	case modeHelp:
		return m.helpView()
	case modePicker:
		return m.picker.View()
	case modeErrors:
		return m.errorsView()
	case modeSources:
		return m.sources.View()
	}
	return ""
}

// overlayWidth is the inner width of an overlay box over the body.
func (m Model) overlayWidth() int { return max(min(m.lay.width-8, 90), 20) }

// overlayRows is how many list rows fit in an overlay box.
func (m Model) overlayRows() int { return max(m.lay.body.h-6, 1) }

func (m Model) helpView() string {
	st := m.c.styles
	h := m.help
	h.ShowAll = true
	h.Width = m.overlayWidth()
	body := st.Section.Render("Keys") + "\n\n" + h.FullHelpView(m.c.keys.FullHelp()) +
		"\n\n" + st.Muted.Render("mouse: click focuses and selects (click again to open), wheel scrolls") +
		"\n" + st.Muted.Render("? or esc closes this help")
	return st.Overlay.Render(truncateLines(body, m.overlayWidth()))
}

// feedError is a feed that failed during the last refresh.
type feedError struct{ feed, reason string }

func (m Model) errorsView() string {
	st := m.c.styles
	w := m.overlayWidth()
	title := "Failed feeds"
	if m.ref.deferred > 0 {
		title = "Feeds not read" // deferrals are listed too, with their reason
	}
	lines := []string{st.Section.Render(fmt.Sprintf("%s (%d)", title, len(m.ref.failed))), ""}
	from, to := m.errs.visible()
	for i := from; i < to; i++ {
		e := m.ref.failed[i]
		row := cursorMark(i == m.errs.cursor, true) + " " + st.Error.Render(e.feed) + ": " + e.reason
		lines = append(lines, fit(row, w))
	}
	lines = append(lines, "", st.Muted.Render("esc closes"))
	return st.Overlay.Render(strings.Join(lines, "\n"))
}

// sourcesModel lists the sources of a meeting; enter opens one.
type sourcesModel struct {
	c       *common
	title   string
	sources []sourceRef
	s       scroller
	w       int
}

type sourceRef struct {
	article string
	text    string
}

func (s sourcesModel) View() string {
	st := s.c.styles
	w := s.w
	lines := []string{st.Section.Render(truncate(s.title, w)), ""}
	from, to := s.s.visible()
	for i := from; i < to; i++ {
		src := s.sources[i]
		row := cursorMark(i == s.s.cursor, true) + sourceLine(s.c.data, st, src.article, src.text, w-1)
		if i == s.s.cursor {
			row = lipgloss.NewStyle().Bold(true).Render(fit(row, w))
		}
		lines = append(lines, fit(row, w))
	}
	lines = append(lines, "", st.Muted.Render("enter opens the article · esc closes"))
	return st.Overlay.Render(strings.Join(lines, "\n"))
}
