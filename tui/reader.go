package tui

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/viewport"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-news/briefing/brief"
)

// readerWidth caps the text column: long lines are hard to read.
const readerWidth = 96

// readerModel shows one article: its meetings and takes, then the text
// wrapped to the width with actor names in their affiliation's colour.
type readerModel struct {
	c      *common
	vp     viewport.Model
	w, h   int
	id     string
	art    brief.Article
	loaded bool
	err    error
}

func newReader(c *common) readerModel {
	vp := viewport.New(1, 1)
	vp.KeyMap = viewport.KeyMap{} // the model drives it with the one keymap
	vp.MouseWheelEnabled = false
	return readerModel{c: c, vp: vp}
}

func (r *readerModel) SetSize(w, h int) {
	r.w, r.h = w, h
	iw, ih := innerSize(w, h)
	r.vp.Width, r.vp.Height = iw, ih
	r.render()
}

// open shows the article with id while its text loads.
func (r *readerModel) open(id string) {
	r.id, r.loaded, r.err, r.art = id, false, nil, brief.Article{}
	r.render()
	r.vp.GotoTop()
}

func (r *readerModel) setArticle(a brief.Article, err error) {
	r.err = err
	if err == nil {
		r.art, r.loaded = cleanArticle(a), true
	}
	r.render()
}

// listed is the article as the lists know it, before its text is loaded.
func (r *readerModel) listed() (brief.Article, bool) {
	d := r.c.data
	if d == nil {
		return brief.Article{}, false
	}
	i, ok := d.artIdx[r.id]
	if !ok {
		return brief.Article{}, false
	}
	return d.b.Articles[i], true
}

func (r *readerModel) render() {
	if r.id == "" {
		r.vp.SetContent("")
		return
	}
	r.vp.SetContent(r.content())
}

func (r readerModel) content() string {
	st := r.c.styles
	d := r.c.data
	iw, _ := innerSize(r.w, r.h)
	tw := max(min(iw-2, readerWidth), 10)
	a := r.art
	if !r.loaded {
		a, _ = r.listed()
	}
	var b strings.Builder
	line := func(s string) { b.WriteString(" " + s + "\n") }
	for _, l := range strings.Split(ansi.Wrap(a.Title, tw, ""), "\n") {
		line(st.ReaderTitle.Render(l))
	}
	meta := a.Feed
	if !a.Published.IsZero() {
		meta += " · " + a.Published.Format("Mon 2 Jan 2006 15:04")
	}
	if a.Author != "" {
		meta += " · " + a.Author
	}
	line(st.Muted.Render(truncate(meta, tw)))
	if a.Link != "" {
		line(st.Link.Render(truncate(a.Link, tw)))
	}
	if d != nil {
		if ai, ok := d.artIdx[r.id]; ok {
			r.writeFound(&b, ai, tw)
		}
	}
	b.WriteString("\n")
	switch {
	case r.err != nil:
		line(st.Error.Render(truncate("could not load the article: "+cleanLine(r.err.Error()), tw)))
	case !r.loaded:
		line(st.Muted.Render("loading…"))
	case strings.TrimSpace(a.Text) == "":
		line(st.Muted.Render("This item has no text; o opens it in the browser."))
	default:
		text := highlight(a.Text, r.nameStyles())
		for _, l := range strings.Split(ansi.Wrap(text, tw, ""), "\n") {
			line(l)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// writeFound lists the article's meetings, takes and quotes above its text.
func (r readerModel) writeFound(b *strings.Builder, ai int32, tw int) {
	st := r.c.styles
	d := r.c.data
	if ms := d.artMeetings[ai]; len(ms) > 0 {
		b.WriteString("\n " + st.Section.Render("Meetings") + "\n")
		for _, mi := range ms {
			m := d.b.Meetings[mi]
			when := fit(countdown(m, d.b.AsOf), 9)
			s := truncate(when+" "+meetingTitle(m), tw-2)
			if !upcoming(m) {
				s = st.Past.Render(s)
			}
			b.WriteString("   " + s + "\n")
		}
	}
	if ts := d.artTakes[ai]; len(ts) > 0 {
		b.WriteString("\n " + st.Section.Render("Analyst takes") + "\n")
		for _, ti := range ts {
			t := d.b.Takes[ti]
			who := st.Affiliation(affiliationOf(d, t.Analyst)).Bold(true).Render(t.Analyst + ":")
			b.WriteString("   " + truncate(who+" "+t.Text, tw-2) + "\n")
		}
	}
	// What the actors said themselves, apart from the analysts. Takes and
	// quotes get one line each, so the text starts on the first screen;
	// it has them whole. The article's own extraction has the quotes once
	// it is loaded.
	if qs := r.art.Found.Quotes; len(qs) > 0 {
		b.WriteString("\n " + st.Section.Render("Quotes") + "\n")
		for _, q := range qs {
			who := st.Affiliation(affiliationOf(d, q.Speaker)).Bold(true).Render(q.Speaker + ":")
			b.WriteString("   " + truncate(who+" “"+q.Text+"”", tw-2) + "\n")
		}
	}
	b.WriteString(" " + st.Muted.Render(strings.Repeat("─", tw)) + "\n")
}

// nameStyle is a spelling of an actor and the style it is drawn in.
type nameStyle struct {
	name  string
	style lipgloss.Style
}

// nameStyles are every spelling of the actors found in the article, in the
// colour of their affiliation as the briefing knows it.
func (r readerModel) nameStyles() []nameStyle {
	var out []nameStyle
	for _, f := range r.art.Found.Actors {
		aff := f.Affiliation
		if r.c.data != nil {
			if a, ok := r.c.data.actorByName(f.Name); ok && a.Affiliation != "" {
				aff = a.Affiliation
			}
		}
		style := r.c.styles.Affiliation(aff).Bold(true)
		for _, n := range append([]string{f.Name}, f.Aliases...) {
			if utf8.RuneCountInString(n) >= 2 {
				out = append(out, nameStyle{n, style})
			}
		}
	}
	return out
}

// highlight styles every whole-word occurrence of the names in text. Each
// word of a name is styled on its own so that wrapping between the words of
// "Vladimir Putin" leaves no style open across the line break.
func highlight(text string, names []nameStyle) string {
	type span struct {
		from, to int
		style    lipgloss.Style
	}
	var spans []span
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(text[from:], n.name)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(n.name)
			if wordEdge(text, s, e) {
				spans = append(spans, span{s, e, n.style})
			}
			from = e
		}
	}
	if len(spans) == 0 {
		return text
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].from != spans[j].from {
			return spans[i].from < spans[j].from
		}
		return spans[i].to > spans[j].to
	})
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.from < at {
			continue // inside a longer name already drawn
		}
		b.WriteString(text[at:s.from])
		words := strings.Split(text[s.from:s.to], " ")
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.style.Render(w))
		}
		at = s.to
	}
	b.WriteString(text[at:])
	return b.String()
}

// wordEdge reports whether text[s:e] is a whole word: "Putin" in "Putin's"
// but not in "Putinism".
func wordEdge(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (r readerModel) View() string {
	iw, ih := innerSize(r.w, r.h)
	lines := strings.Split(r.vp.View(), "\n")
	for i := range lines {
		lines[i] = fit(lines[i], iw)
	}
	for len(lines) < ih {
		lines = append(lines, strings.Repeat(" ", iw))
	}
	return r.c.styles.Frame(true).Render(strings.Join(lines[:ih], "\n"))
}
