package tui

import "strings"

// detailMinRows is the list height from which the meetings and takes panes
// spare a few rows to show the selected item's sources.
const (
	detailMinRows = 10
	detailRows    = 4
)

// detailList is a pane that lists briefing items by index, keeps its cursor
// on the same item across reloads, and, when tall enough, shows the selected
// item's detail below a rule. The meetings and takes panes are two of these.
type detailList struct {
	c      *common
	s      scroller
	w, h   int
	selKey string
	title  string
	items  func() []int32       // the items the filter leaves, as briefing indices
	key    func(i int32) string // an item's identity across reloads
}

func (p *detailList) SetSize(w, h int) {
	p.w, p.h = w, h
	p.s.setSize(len(p.items()), p.rows())
}

// rows is how many items fit; the rest of the pane shows the detail.
func (p *detailList) rows() int {
	n := listRows(p.h)
	if n >= detailMinRows {
		n -= detailRows
	}
	return n
}

// setView follows the item the cursor was on into a new list.
func (p *detailList) setView() {
	if p.c.data == nil {
		return
	}
	list := p.items()
	p.s.setSize(len(list), p.rows())
	if p.selKey != "" {
		for i, it := range list {
			if p.key(it) == p.selKey {
				p.s.follow(i)
				return
			}
		}
	}
	p.s.top()
	p.remember()
}

func (p *detailList) remember() {
	if i, ok := p.selectedIndex(); ok {
		p.selKey = p.key(i)
	}
}

// selectedIndex is the index in the briefing of the item under the cursor.
func (p *detailList) selectedIndex() (int32, bool) {
	list := p.items()
	if p.c.data == nil || p.s.cursor >= len(list) {
		return 0, false
	}
	return list[p.s.cursor], true
}

// view draws the visible rows with line, and the selected item's detail
// (at most detailRows-1 lines) under a rule.
func (p detailList) view(focused bool, line func(i int32, w int, selected, focused bool) string, detail func(i int32, w int) []string) string {
	iw, _ := innerSize(p.w, p.h)
	list := p.items()
	from, to := p.s.visible()
	to = min(to, len(list)) // never index past the list, whatever the scroller says
	rows := make([]string, 0, listRows(p.h))
	for i := from; i < to; i++ {
		rows = append(rows, line(list[i], iw, i == p.s.cursor, focused))
	}
	if listRows(p.h) >= detailMinRows {
		for len(rows) < p.rows() {
			rows = append(rows, "")
		}
		rows = append(rows, p.c.styles.Muted.Render(strings.Repeat("─", iw)))
		if i, ok := p.selectedIndex(); ok {
			rows = append(rows, detail(i, iw)...)
		}
	}
	return drawPane(p.c, p.w, p.h, focused, p.title, countLabel(len(list)), rows)
}
