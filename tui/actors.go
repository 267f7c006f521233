package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/brief"
)

// sortMode orders the actors pane; `s` cycles it.
type sortMode int

const (
	byMentions sortMode = iota
	byRecency
	byAffiliation
	sortModes
)

var sortNames = [sortModes]string{"mentions", "recency", "affiliation"}

// actorsPane lists the actors the filter leaves (all of them, or those
// co-mentioned with it), watched ones pinned on top.
type actorsPane struct {
	c      *common
	s      scroller
	w, h   int
	sortBy sortMode
	rows   []actorStat
	selKey string
}

func (p *actorsPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.s.setSize(len(p.rows), listRows(h))
}

// setView re-sorts the rows after the view, the sort or the watched set
// changed, keeping the cursor on the actor it was on.
func (p *actorsPane) setView() {
	d := p.c.data
	if d == nil {
		return
	}
	p.rows = slices.Clone(p.c.view.actors)
	watched := p.c.watched
	actors := d.b.Actors
	slices.SortStableFunc(p.rows, func(a, b actorStat) int {
		wa, wb := watched[actors[a.id].Name], watched[actors[b.id].Name]
		if wa != wb {
			if wa {
				return -1
			}
			return 1
		}
		var c int
		switch p.sortBy {
		case byRecency:
			c = b.lastSeen.Compare(a.lastSeen)
		case byAffiliation:
			c = cmp.Compare(strings.ToLower(actors[a.id].Affiliation), strings.ToLower(actors[b.id].Affiliation))
			if c == 0 {
				c = cmp.Compare(actors[a.id].Kind, actors[b.id].Kind)
			}
		}
		if c == 0 {
			c = cmp.Compare(b.mentions, a.mentions)
		}
		if c == 0 {
			c = cmp.Compare(actors[a.id].Name, actors[b.id].Name)
		}
		return c
	})
	p.s.setSize(len(p.rows), listRows(p.h))
	for i, r := range p.rows {
		if actors[r.id].Name == p.selKey {
			p.s.follow(i)
			return
		}
	}
	p.s.top()
	p.remember()
}

func (p *actorsPane) remember() {
	if a, ok := p.selected(); ok {
		p.selKey = a.Name
	}
}

// selected is the actor under the cursor.
func (p *actorsPane) selected() (brief.Actor, bool) {
	if p.c.data == nil || p.s.cursor >= len(p.rows) {
		return brief.Actor{}, false
	}
	return p.c.data.b.Actors[p.rows[p.s.cursor].id], true
}

func (p actorsPane) View(focused bool) string {
	iw, _ := innerSize(p.w, p.h)
	from, to := p.s.visible()
	to = min(to, len(p.rows)) // never index past the list, whatever the scroller says
	rows := make([]string, 0, to-from)
	cw := p.countWidth()
	for i := from; i < to; i++ {
		rows = append(rows, p.line(i, iw, cw, i == p.s.cursor, focused))
	}
	title := "Actors · " + sortNames[p.sortBy]
	return drawPane(p.c, p.w, p.h, focused, title, countLabel(len(p.rows)), rows)
}

// line is one actor: cursor, filter and watch marks, name in its
// affiliation's colour, role, mentions.
// countWidth is the width of the largest mention count, so counts align.
func (p actorsPane) countWidth() int {
	most := 0
	for _, r := range p.rows {
		most = max(most, r.mentions)
	}
	return len(fmt.Sprint(most))
}

func (p actorsPane) line(i, w, countW int, selected, focused bool) string {
	st := p.c.styles
	r := p.rows[i]
	a := p.c.data.b.Actors[r.id]
	plain := selected && focused
	inFilter := slices.Contains(p.c.filter.Actors, a.Name)
	watched := p.c.watched[a.Name]

	mark := " "
	if inFilter {
		mark = "✓"
	}
	dot := "·"
	if watched {
		dot = "★"
	}
	count := fmt.Sprintf(" %*d", countW, r.mentions)
	avail := w - 5 - len(count)
	// The name comes first; the role gets what is left, or nothing when
	// what is left is too little to read.
	nameW := min(max(avail*6/10, 16), 28, avail)
	roleW := avail - nameW - 1
	name := fit(a.Name, nameW)
	role := ""
	if roleW >= 8 {
		role = " " + fit(a.Role, roleW)
	} else {
		name = fit(a.Name, avail)
	}
	if !plain {
		style := st.Affiliation(a.Affiliation)
		if watched || inFilter {
			style = style.Bold(true)
		}
		name = style.Render(name)
		if watched {
			dot = st.Watched.Render(dot)
		} else {
			dot = st.Affiliation(a.Affiliation).Render(dot)
		}
		role = st.Muted.Render(role)
		count = st.Muted.Render(count)
	}
	row := cursorMark(selected, focused) + mark + dot + " " + name + role + count + " "
	return styleRow(p.c, row, w, selected, focused)
}
