package tui

import "github.com/charmbracelet/x/ansi"

// articlesPane lists the articles the filter (and a search) leaves, newest
// first: unread ones bold and marked, with their feed and age.
type articlesPane struct {
	c      *common
	s      scroller
	w, h   int
	selKey string
}

func (p *articlesPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.s.setSize(len(p.c.view.articles), listRows(h))
}

func (p *articlesPane) setView() {
	d := p.c.data
	if d == nil {
		return
	}
	list := p.c.view.articles
	p.s.setSize(len(list), listRows(p.h))
	if want, ok := d.artIdx[p.selKey]; ok {
		for i, a := range list {
			if a == want {
				p.s.follow(i)
				return
			}
		}
	}
	p.s.top()
	p.remember()
}

func (p *articlesPane) remember() {
	if a, ok := p.selectedIndex(); ok {
		p.selKey = p.c.data.b.Articles[a].ID
	}
}

// selectedIndex is the index in the briefing of the article under the cursor.
func (p *articlesPane) selectedIndex() (int32, bool) {
	list := p.c.view.articles
	if p.c.data == nil || p.s.cursor >= len(list) {
		return 0, false
	}
	return list[p.s.cursor], true
}

// show puts the cursor on the article at briefing index a, if it is listed.
func (p *articlesPane) show(a int32) {
	for i, x := range p.c.view.articles {
		if x == a {
			p.s.cursor = i
			p.s.clamp()
			p.remember()
			return
		}
	}
}

func (p articlesPane) View(focused bool) string {
	iw, _ := innerSize(p.w, p.h)
	list := p.c.view.articles
	from, to := p.s.visible()
	to = min(to, len(list)) // never index past the list, whatever the scroller says
	rows := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		rows = append(rows, p.line(list[i], iw, i == p.s.cursor, focused))
	}
	title := "Articles"
	if s := p.c.search; s.active() {
		title += " · /" + s.query
	}
	return drawPane(p.c, p.w, p.h, focused, title, countLabel(len(list)), rows)
}

func (p articlesPane) line(ai int32, w int, selected, focused bool) string {
	st := p.c.styles
	d := p.c.data
	a := d.b.Articles[ai]
	plain := selected && focused
	unread := "•"
	if a.Read {
		unread = " "
	}
	feedW := min(max(w/5, 8), 22)
	right := " " + fit(a.Feed, feedW) + " " + fit(age(a.Published, d.b.AsOf), 5)
	title := a.Title
	if !plain {
		right = st.Muted.Render(right)
		if !a.Read {
			unread = st.Unread.Render(unread)
		}
	}
	left := cursorMark(selected, focused) + unread + " "
	titleW := w - 3 - ansi.StringWidth(right)
	title = fit(title, titleW)
	if !plain && !a.Read {
		title = st.Unread.Render(title)
	}
	return styleRow(p.c, left+title+right, w, selected, focused)
}
