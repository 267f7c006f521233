package tui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"github.com/briefing-news/briefing/brief"
)

// pickerModel is the `f` overlay: a fuzzy search over actor names, aliases
// and roles ("witk" finds Steve Witkoff); enter toggles the actor into the
// filter.
type pickerModel struct {
	c       *common
	input   textinput.Model
	matches []fuzzy.Match // nil with an empty query: every actor, most mentioned first
	s       scroller
	w, h    int
}

func newPicker(c *common) pickerModel {
	in := textinput.New()
	in.Prompt = "find actor: "
	in.Placeholder = "name, alias or role"
	in.CharLimit = 100
	return pickerModel{c: c, input: in}
}

// box is the picker's size for a body of w by h cells.
func pickerBox(w, h int) (int, int) {
	return min(max(w-8, 20), 72), min(max(h-2, 5), 20)
}

func (p *pickerModel) SetSize(w, h int) {
	p.w, p.h = pickerBox(w, h)
	// The input draws its prompt, Width cells and one for the cursor.
	p.input.Width = max(p.w-4-ansi.StringWidth(p.input.Prompt)-1, 1)
	p.s.setSize(p.count(), p.listRows())
}

func (p *pickerModel) listRows() int { return max(p.h-4, 1) } // frame, input, rule

// reset empties the query and lists every actor.
func (p *pickerModel) reset() {
	p.input.Reset()
	p.refilter()
	p.s.top()
}

func (p *pickerModel) refilter() {
	q := strings.TrimSpace(p.input.Value())
	p.matches = nil
	if q != "" && p.c.data != nil {
		p.matches = fuzzy.Find(q, p.c.data.pickText)
		if p.matches == nil {
			p.matches = []fuzzy.Match{}
		}
		// "witk" should find Steve Witkoff, the actor people mean, first: the
		// query whole inside the name beats it inside an alias, which beats
		// letters strung across name, role and aliases; within a tier, the
		// most mentioned actor (the list's own order) comes first.
		actors := p.c.data.b.Actors
		lower := strings.ToLower(q)
		slices.SortStableFunc(p.matches, func(a, b fuzzy.Match) int {
			if c := cmp.Compare(rankOf(a, actors[a.Index], lower), rankOf(b, actors[b.Index], lower)); c != 0 {
				return c
			}
			return cmp.Compare(a.Index, b.Index)
		})
	}
	p.s.setSize(p.count(), p.listRows())
	p.s.top()
}

// rankOf tiers a match: 0 the query inside the name, 1 inside an alias, 2
// its letters inside the name, 3 anywhere else.
func rankOf(m fuzzy.Match, a brief.Actor, lowerQuery string) int {
	switch {
	case strings.Contains(strings.ToLower(a.Name), lowerQuery):
		return 0
	case slices.ContainsFunc(a.Aliases, func(alias string) bool { return strings.Contains(strings.ToLower(alias), lowerQuery) }):
		return 1
	case len(m.MatchedIndexes) > 0 && m.MatchedIndexes[len(m.MatchedIndexes)-1] < len(a.Name):
		return 2
	}
	return 3
}

func (p *pickerModel) count() int {
	if p.c.data == nil {
		return 0
	}
	if p.matches != nil {
		return len(p.matches)
	}
	return len(p.c.data.b.Actors)
}

// actorAt is the actor id of the i-th row.
func (p *pickerModel) actorAt(i int) int32 {
	if p.matches != nil {
		return int32(p.matches[i].Index)
	}
	return int32(i)
}

// selected is the canonical name under the cursor.
func (p *pickerModel) selected() (string, bool) {
	if p.s.cursor >= p.count() {
		return "", false
	}
	return p.c.data.b.Actors[p.actorAt(p.s.cursor)].Name, true
}

func (p pickerModel) View() string {
	st := p.c.styles
	iw := p.w - 4 // frame and padding
	lines := []string{fit(p.input.View(), iw), st.Muted.Render(strings.Repeat("─", iw))}
	from, to := p.s.visible()
	for i := from; i < to; i++ {
		lines = append(lines, p.line(i, iw))
	}
	if p.count() == 0 {
		lines = append(lines, st.Muted.Render(fit("no actor matches", iw)))
	}
	for len(lines) < p.h-2 {
		lines = append(lines, strings.Repeat(" ", iw))
	}
	return st.Overlay.Render(strings.Join(lines, "\n"))
}

func (p pickerModel) line(i, w int) string {
	st := p.c.styles
	id := p.actorAt(i)
	a := p.c.data.b.Actors[id]
	selected := i == p.s.cursor
	name := a.Name
	if !selected {
		name = st.Affiliation(a.Affiliation).Render(markMatches(st, a.Name, p.matchIndexes(i)))
	}
	if p.c.watched[a.Name] {
		name = "★ " + name
	}
	if slices.Contains(p.c.filter.Actors, a.Name) {
		name = "✓ " + name // enter takes it out of the filter
	}
	rest := a.Role
	if len(a.Aliases) > 0 {
		rest += " (" + strings.Join(a.Aliases, ", ") + ")"
	}
	row := cursorMark(selected, true) + " " + name + "  " + st.Muted.Render(rest)
	if selected {
		row = cursorMark(true, true) + " " + name + "  " + rest
	}
	return styleRow(p.c, fit(row, w), w, selected, true)
}

func (p pickerModel) matchIndexes(i int) []int {
	if p.matches == nil {
		return nil
	}
	return p.matches[i].MatchedIndexes
}

// markMatches underlines the letters of name the query matched; indexes are
// byte offsets into the picker text, which begins with the name.
func markMatches(st *Styles, name string, idx []int) string {
	if len(idx) == 0 {
		return name
	}
	hit := make(map[int]bool, len(idx))
	for _, i := range idx {
		hit[i] = true
	}
	var b strings.Builder
	for i, r := range name {
		if hit[i] {
			b.WriteString(st.Match.Render(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
