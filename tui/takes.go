package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// takesPane lists analyst takes, newest article first.
type takesPane struct {
	c      *common
	s      scroller
	w, h   int
	selKey string
}

func (p *takesPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.s.setSize(len(p.c.view.takes), p.rows())
}

func (p *takesPane) rows() int {
	n := listRows(p.h)
	if n >= detailMinRows {
		n -= detailRows
	}
	return n
}

func takeKey(d *data, ti int32) string {
	t := d.b.Takes[ti]
	text := t.Text
	if len(text) > 60 {
		text = text[:60]
	}
	return t.Article + "|" + t.Analyst + "|" + text
}

func (p *takesPane) setView() {
	d := p.c.data
	if d == nil {
		return
	}
	list := p.c.view.takes
	p.s.setSize(len(list), p.rows())
	if p.selKey != "" {
		for i, ti := range list {
			if takeKey(d, ti) == p.selKey {
				p.s.follow(i)
				return
			}
		}
	}
	p.s.top()
	p.remember()
}

func (p *takesPane) remember() {
	if i, ok := p.selectedIndex(); ok {
		p.selKey = takeKey(p.c.data, i)
	}
}

func (p *takesPane) selectedIndex() (int32, bool) {
	list := p.c.view.takes
	if p.c.data == nil || p.s.cursor >= len(list) {
		return 0, false
	}
	return list[p.s.cursor], true
}

func (p takesPane) View(focused bool) string {
	iw, _ := innerSize(p.w, p.h)
	list := p.c.view.takes
	from, to := p.s.visible()
	to = min(to, len(list)) // never index past the list, whatever the scroller says
	rows := make([]string, 0, listRows(p.h))
	for i := from; i < to; i++ {
		rows = append(rows, p.line(list[i], iw, i == p.s.cursor, focused))
	}
	if listRows(p.h) >= detailMinRows {
		for len(rows) < p.rows() {
			rows = append(rows, "")
		}
		rows = append(rows, p.detail(iw)...)
	}
	return drawPane(p.c, p.w, p.h, focused, "Analyst takes", countLabel(len(list)), rows)
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
func (p takesPane) detail(w int) []string {
	st := p.c.styles
	out := []string{st.Muted.Render(strings.Repeat("─", w))}
	ti, ok := p.selectedIndex()
	if !ok {
		return out
	}
	d := p.c.data
	t := d.b.Takes[ti]
	src := sourceLine(d, st, t.Article, "", w)
	lines := strings.Split(ansi.Wrap(t.Text, max(w-2, 1), ""), "\n")
	for _, l := range lines {
		if len(out) == detailRows-1 {
			break
		}
		out = append(out, fit(" "+l, w))
	}
	return append(out, src)
}
