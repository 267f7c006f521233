package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// takesPane lists analyst takes, newest article first.
type takesPane struct{ detailList }

func newTakesPane(c *common) takesPane {
	return takesPane{detailList{
		c: c, title: "Analyst takes",
		items: func() []int32 { return c.view.takes },
		key:   func(i int32) string { return takeKey(c.data, i) },
	}}
}

func (p takesPane) View(focused bool) string { return p.view(focused, p.line, p.detail) }

func takeKey(d *data, ti int32) string {
	t := d.b.Takes[ti]
	text := t.Text
	if len(text) > 60 {
		text = text[:60]
	}
	return t.Article + "|" + t.Analyst + "|" + text
}

// line is "Analyst: what they said", the analyst in its affiliation's colour.
func (p takesPane) line(ti int32, w int, selected, focused bool) string {
	d := p.c.data
	t := d.b.Takes[ti]
	who := t.Analyst + ":"
	if !(selected && focused) {
		who = p.c.styles.Affiliation(affiliationOf(d, t.Analyst)).Bold(true).Render(who)
	}
	row := cursorMark(selected, focused) + " " + who + " " + t.Text
	return styleRow(p.c, fit(row, w), w, selected, focused)
}

// detail is the whole take, wrapped, and the article it came from.
func (p takesPane) detail(ti int32, w int) []string {
	d := p.c.data
	t := d.b.Takes[ti]
	var out []string
	for _, l := range strings.Split(ansi.Wrap(t.Text, max(w-2, 1), ""), "\n") {
		if len(out) == detailRows-2 {
			break
		}
		out = append(out, fit(" "+l, w))
	}
	return append(out, sourceLine(d, p.c.styles, t.Article, "", w))
}
