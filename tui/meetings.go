package tui

import (
	"strings"

	"github.com/briefing-news/briefing/brief"
)

// detailMinRows is the list height from which the meetings and takes panes
// spare a few rows to show the selected item's sources.
const (
	detailMinRows = 10
	detailRows    = 4
)

// meetingsPane lists meetings: upcoming soonest first with a countdown, then
// past and cancelled ones, dimmed.
type meetingsPane struct {
	c      *common
	s      scroller
	w, h   int
	selKey string
}

func (p *meetingsPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.s.setSize(len(p.c.view.meetings), p.rows())
}

// rows is how many meetings fit; the rest of the pane shows the sources.
func (p *meetingsPane) rows() int {
	n := listRows(p.h)
	if n >= detailMinRows {
		n -= detailRows
	}
	return n
}

func (p *meetingsPane) setView() {
	d := p.c.data
	if d == nil {
		return
	}
	list := p.c.view.meetings
	p.s.setSize(len(list), p.rows())
	for i, mi := range list {
		if d.meetKeys[mi] == p.selKey {
			p.s.follow(i)
			return
		}
	}
	p.s.top()
	p.remember()
}

func (p *meetingsPane) remember() {
	if i, ok := p.selectedIndex(); ok {
		p.selKey = p.c.data.meetKeys[i]
	}
}

// selectedIndex is the index in the briefing of the meeting under the cursor.
func (p *meetingsPane) selectedIndex() (int32, bool) {
	list := p.c.view.meetings
	if p.c.data == nil || p.s.cursor >= len(list) {
		return 0, false
	}
	return list[p.s.cursor], true
}

func (p meetingsPane) View(focused bool) string {
	iw, _ := innerSize(p.w, p.h)
	list := p.c.view.meetings
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
	return drawPane(p.c, p.w, p.h, focused, "Meetings", countLabel(len(list)), rows)
}

func (p meetingsPane) line(mi int32, w int, selected, focused bool) string {
	st := p.c.styles
	d := p.c.data
	m := d.b.Meetings[mi]
	plain := selected && focused
	past := !upcoming(m)
	when := fit(countdown(m, d.b.AsOf), 9)
	date := ""
	if w >= 60 {
		date = fit(meetingDate(m), 10) + " "
	}
	names := make([]string, len(m.Participants))
	for i, n := range m.Participants {
		names[i] = n
		if !plain && !past {
			names[i] = p.c.styles.Affiliation(affiliationOf(d, n)).Render(n)
		}
	}
	who := strings.Join(names, ", ")
	where := ""
	if m.Location != "" {
		where = " · " + m.Location
	}
	if !plain {
		switch {
		case past:
			when, date, where = st.Past.Render(when), st.Past.Render(date), st.Past.Render(where)
			who = st.Past.Render(who)
		case strings.HasPrefix(when, "today") || strings.HasPrefix(when, "tomorrow"):
			when = st.Soon.Render(when)
		}
		if !past {
			date, where = st.Muted.Render(date), st.Muted.Render(where)
		}
	}
	row := cursorMark(selected, focused) + " " + when + " " + date + who + where
	return styleRow(p.c, fit(row, w), w, selected, focused)
}

// detail shows the sources of the selected meeting: the sentence and the feed.
func (p meetingsPane) detail(w int) []string {
	st := p.c.styles
	out := []string{st.Muted.Render(strings.Repeat("─", w))}
	mi, ok := p.selectedIndex()
	if !ok {
		return out
	}
	d := p.c.data
	m := d.b.Meetings[mi]
	for _, s := range m.Sources {
		if len(out) == detailRows {
			break
		}
		out = append(out, sourceLine(d, st, s.Article, s.Text, w))
	}
	return out
}

// sourceLine is "Feed: “the sentence”" for a source of a meeting, or
// "Feed · title" when there is no sentence (a take's article).
func sourceLine(d *data, st *Styles, articleID, text string, w int) string {
	feed, title := "unknown article", ""
	if a, ok := d.artIdx[articleID]; ok {
		feed, title = d.b.Articles[a].Feed, d.b.Articles[a].Title
	}
	if text == "" {
		return fit(" "+st.Muted.Render(feed+" ·")+" "+title, w)
	}
	return fit(" "+st.Muted.Render(feed+":")+" “"+text+"”", w)
}

func affiliationOf(d *data, name string) string {
	if a, ok := d.actorByName(name); ok {
		return a.Affiliation
	}
	return ""
}

// meetingTitle is a meeting in one line, for overlays: who, when, where.
func meetingTitle(m brief.Meeting) string {
	s := strings.Join(m.Participants, ", ")
	if d := meetingDate(m); d != "" {
		s += " · " + d
	}
	if m.Location != "" {
		s += " · " + m.Location
	}
	return s
}
