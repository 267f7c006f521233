package tui

import (
	"strings"

	"github.com/briefing-news/briefing/brief"
)

// meetingsPane lists meetings: upcoming soonest first with a countdown, then
// past and cancelled ones, dimmed.
type meetingsPane struct{ detailList }

func newMeetingsPane(c *common) meetingsPane {
	return meetingsPane{detailList{
		c: c, title: "Meetings",
		items: func() []int32 { return c.view.meetings },
		key:   func(i int32) string { return c.data.meetKeys[i] },
	}}
}

func (p meetingsPane) View(focused bool) string { return p.view(focused, p.line, p.detail) }

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
	shown := shownParticipants(m)
	names := make([]string, len(shown))
	for i, n := range shown {
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
	kind := ""
	if m.Call {
		kind = "call · " // first, so a long list of names cannot cut it off
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
		if kind != "" {
			kind = st.Muted.Render(kind)
		}
	}
	row := cursorMark(selected, focused) + " " + when + " " + date + kind + who + where
	return styleRow(p.c, fit(row, w), w, selected, focused)
}

// detail shows the sources of a meeting: the sentence and the feed.
func (p meetingsPane) detail(mi int32, w int) []string {
	d := p.c.data
	var out []string
	for _, src := range d.b.Meetings[mi].Sources {
		if len(out) == detailRows-1 {
			break
		}
		out = append(out, sourceLine(d, p.c.styles, src.Article, src.Text, w))
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
	s := strings.Join(shownParticipants(m), ", ")
	if m.Call {
		s = "call · " + s
	}
	if d := meetingDate(m); d != "" {
		s += " · " + d
	}
	if m.Location != "" {
		s += " · " + m.Location
	}
	return s
}

// shownParticipants leaves out a participant that is also the place ("Zelensky,
// Ireland · Ireland" reads "Zelensky · Ireland"); the filter still knows it.
func shownParticipants(m brief.Meeting) []string {
	if m.Location == "" || len(m.Participants) < 2 {
		return m.Participants
	}
	out := make([]string, 0, len(m.Participants))
	for _, p := range m.Participants {
		if !strings.EqualFold(p, m.Location) {
			out = append(out, p)
		}
	}
	return out
}
