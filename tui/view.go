package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

func sizeNote(w, h int) string {
	return fmt.Sprintf("need %dx%d, have %dx%d", minWidth, minHeight, w, h)
}

// truncateLines cuts every line of s to w cells.
func truncateLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = truncate(l, w)
	}
	return strings.Join(lines, "\n")
}

// headerView is the first line: what this is, the briefing's date, and the
// active filter as chips.
func (m Model) headerView() string {
	st := m.c.styles
	w := m.lay.width
	left := st.Header.Render("briefing")
	if t := cleanLine(m.c.opt.Title); t != "" {
		left += st.Muted.Render(" · " + t)
	}
	if d := m.c.data; d != nil {
		left += st.Muted.Render(" · " + d.b.AsOf.Format("Monday 2 January 2006"))
	} else {
		left += st.Muted.Render(" · loading…")
	}
	var chips []string
	if f := m.c.filter; f.Active() {
		for _, name := range f.Actors {
			chips = append(chips, m.actorStyle(name).Bold(true).Render("["+name+"]"))
		}
		if len(f.Actors) > 1 {
			if f.All {
				chips = append(chips, st.Muted.Render("all"))
			} else {
				chips = append(chips, st.Muted.Render("any"))
			}
		}
	}
	if s := m.c.search; s.active() {
		chips = append(chips, st.Chip.Render("/"+s.query))
	}
	line := " " + left
	if len(chips) > 0 {
		line += "   " + strings.Join(chips, " ")
	}
	return fit(line, w)
}

// actorStyle is the affiliation colour of the actor called name.
func (m Model) actorStyle(name string) lipgloss.Style {
	if d := m.c.data; d != nil {
		if a, ok := d.actorByName(name); ok {
			return m.c.styles.Affiliation(a.Affiliation)
		}
	}
	return lipgloss.NewStyle()
}

// bodyView is everything between the header and the status bar.
func (m Model) bodyView() string {
	l := m.lay
	var body string
	switch {
	case m.c.data == nil:
		msg := "loading briefing…"
		if m.loadErr != nil {
			msg = m.c.styles.Error.Render(truncate("could not load the briefing: "+cleanLine(m.loadErr.Error()), l.width-2))
		}
		body = lipgloss.Place(l.width, l.height-1-statusLines, lipgloss.Center, lipgloss.Center, msg)
		return body
	case m.showsReader():
		body = m.reader.View()
	case l.grid:
		left := m.actors.View(m.focus == paneActors)
		right := lipgloss.JoinVertical(lipgloss.Left,
			m.meetings.View(m.focus == paneMeetings),
			m.takes.View(m.focus == paneTakes),
			m.articles.View(m.focus == paneArticles))
		body = lipgloss.JoinHorizontal(lipgloss.Top, left, right)
	default:
		body = m.tabsView() + "\n" + m.paneView(m.focus)
	}
	if over := m.overlayView(); over != "" {
		body = overlay(body, over, l.width, l.height-1-statusLines)
	}
	return body
}

func (m Model) showsReader() bool {
	return m.mode == modeReader || (m.mode != modeBrowse && m.under == modeReader)
}

func (m Model) paneView(p paneID) string {
	focused := m.focus == p
	switch p {
	case paneActors:
		return m.actors.View(focused)
	case paneMeetings:
		return m.meetings.View(focused)
	case paneTakes:
		return m.takes.View(focused)
	default:
		return m.articles.View(focused)
	}
}

// tabLabels are the tab row's labels, also used to place mouse clicks.
func (m Model) tabLabels() [paneCount]string {
	v := m.c.view
	counts := [paneCount]int{len(m.actors.rows), len(v.meetings), len(v.takes), len(v.articles)}
	var out [paneCount]string
	for i, name := range paneNames {
		out[i] = fmt.Sprintf(" %d %s %d ", i+1, name, counts[i])
	}
	return out
}

// tabSpans are the [start, end) columns of each tab.
func (m Model) tabSpans() [paneCount][2]int {
	var spans [paneCount][2]int
	x := 0
	for i, label := range m.tabLabels() {
		w := ansi.StringWidth(label) + 2 // the brackets or spaces around it
		spans[i] = [2]int{x, x + w}
		x += w + 1
	}
	return spans
}

func (m Model) tabsView() string {
	st := m.c.styles
	var parts []string
	for i, label := range m.tabLabels() {
		if paneID(i) == m.focus {
			parts = append(parts, st.TabActive.Render("["+label+"]"))
		} else {
			parts = append(parts, st.Tab.Render(" "+label+" "))
		}
	}
	return fit(strings.Join(parts, "│"), m.lay.width)
}

// statusView is the two bottom lines: progress and counts, then key hints.
func (m Model) statusView() string {
	st := m.c.styles
	w := m.lay.width
	var left string
	switch {
	case m.mode == modeSearch:
		m.search.Width = max(w-4, 1)
		return fit(m.search.View(), w) + "\n" + fit(" "+m.help.ShortHelpView(m.c.keys.ShortHelp()), w)
	case m.note != "" && m.noteErr:
		left = st.Error.Render(m.note)
	case m.note != "":
		left = m.note
	}
	if r := m.refreshStatus(); r != "" {
		if left != "" {
			left = r + st.Muted.Render(" · ") + left
		} else {
			left = r
		}
	} else if m.reloading && left == "" {
		left = st.Muted.Render("loading the whole briefing…")
	}
	right := m.countsView(false)
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if lw+rw+3 > w {
		right = m.countsView(true)
		rw = ansi.StringWidth(right)
	}
	var line string
	if lw+rw+3 <= w {
		line = " " + left + strings.Repeat(" ", w-lw-rw-2) + right + " "
	} else {
		line = " " + left
	}
	m.help.Width = w - 1
	return fit(line, w) + "\n" + fit(" "+m.help.ShortHelpView(m.c.keys.ShortHelp()), w)
}

// countsView is what the panes hold; short leaves only the articles.
func (m Model) countsView(short bool) string {
	d := m.c.data
	if d == nil {
		return ""
	}
	v := m.c.view
	arts := fmt.Sprintf("%s, %d unread", count(len(v.articles), "article", "articles"), v.unread)
	if short {
		return m.c.styles.Status.Render(arts)
	}
	return m.c.styles.Status.Render(count(len(m.actors.rows), "actor", "actors") + " · " +
		count(len(v.meetings), "meeting", "meetings") + " · " + count(len(v.takes), "take", "takes") + " · " + arts)
}

// count is "1 take", "2 takes".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// overlay draws box centred over background, which is w by h cells, keeping
// the background visible around it.
func overlay(background, box string, w, h int) string {
	bg := strings.Split(background, "\n")
	for len(bg) < h {
		bg = append(bg, "")
	}
	fg := strings.Split(box, "\n")
	bw := 0
	for _, l := range fg {
		bw = max(bw, ansi.StringWidth(l))
	}
	bw = min(bw, w)
	x := max((w-bw)/2, 0)
	y := max((h-len(fg))/2, 0)
	// A reset around the box keeps the background's styles out of it; with
	// no colour there is nothing to reset.
	reset := ""
	if lipgloss.ColorProfile() != termenv.Ascii {
		reset = ansi.ResetStyle
	}
	for i, l := range fg {
		row := y + i
		if row >= len(bg) {
			break
		}
		base := fit(bg[row], w)
		bg[row] = ansi.Truncate(base, x, "") + reset + fit(l, bw) + reset + ansi.TruncateLeft(base, x+bw, "")
	}
	return strings.Join(bg[:h], "\n")
}
