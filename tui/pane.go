package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// The panes share one shape: a frame, a title line, then the visible rows of
// a list. Each pane keeps the key of the item under its cursor, so that when
// the list changes (a filter, a refresh) the cursor stays on that item.

// paneFrame is the frame and inner size of a pane drawn in a w by h box.
func innerSize(w, h int) (int, int) { return max(w-2, 1), max(h-2, 1) }

// drawPane frames a pane: the title with a count on its right, the rows, and
// blank rows to fill the box.
func drawPane(c *common, w, h int, focused bool, title, count string, rows []string) string {
	iw, ih := innerSize(w, h)
	lines := make([]string, 0, ih)
	t := c.styles.Title.Render(" " + title)
	gap := iw - ansi.StringWidth(t) - ansi.StringWidth(count) - 1
	if gap >= 1 {
		lines = append(lines, t+strings.Repeat(" ", gap)+c.styles.Muted.Render(count)+" ")
	} else {
		lines = append(lines, fit(t, iw))
	}
	for _, r := range rows {
		if len(lines) == ih {
			break
		}
		lines = append(lines, fit(r, iw))
	}
	blank := strings.Repeat(" ", iw)
	for len(lines) < ih {
		lines = append(lines, blank)
	}
	return c.styles.Frame(focused).Render(strings.Join(lines, "\n"))
}

// listRows is how many item rows fit under the title of a pane of height h.
func listRows(h int) int {
	_, ih := innerSize(0, h)
	return max(ih-1, 1)
}

// cursorMark is the glyph left of a row: the cursor stays visible without
// colour (NO_COLOR) and in golden files.
func cursorMark(selected, focused bool) string {
	switch {
	case selected && focused:
		return "▸"
	case selected:
		return "›"
	default:
		return " "
	}
}

// styleRow applies the cursor style to a row drawn plain.
func styleRow(c *common, row string, w int, selected, focused bool) string {
	if selected && focused {
		return c.styles.Selected.Render(fit(row, w))
	}
	return row
}

func countLabel(n int) string { return fmt.Sprint(n) }

// navigate applies the movement keys to s; false when msg moves nothing.
func navigate(k *KeyMap, s *scroller, msg tea.KeyMsg) bool {
	switch {
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Down):
		s.move(1)
	case key.Matches(msg, k.PageUp):
		s.page(-1)
	case key.Matches(msg, k.PageDown):
		s.page(1)
	case key.Matches(msg, k.Top):
		s.top()
	case key.Matches(msg, k.Bottom):
		s.bottom()
	default:
		return false
	}
	return true
}

// padRight lays out left and right in w cells, the right part flush right;
// left is truncated first.
func padRight(left, right string, w int) string {
	rw := ansi.StringWidth(right)
	if rw >= w {
		return fit(right, w)
	}
	return fit(left, w-rw) + right
}
