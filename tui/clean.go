package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-news/briefing/brief"
)

// Feed text is hostile: a title can carry escape sequences that move the
// cursor, retitle the terminal or write the clipboard. Everything that comes
// from the store passes through cleanLine or cleanText before lipgloss sees
// it, even though the store cleans too: the UI must not depend on that.

// cleanLine makes s safe to draw as one line: escape sequences and control
// characters removed, line breaks and tabs turned into spaces.
func cleanLine(s string) string {
	if isPlainLine(s) {
		return s
	}
	return clean(s, false)
}

// cleanText makes s safe to draw as wrapped text: like cleanLine, but line
// breaks are kept and tabs become four spaces.
func cleanText(s string) string {
	return clean(s, true)
}

func isPlainLine(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

func clean(s string, multiline bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	// Stripping first removes whole sequences; the pass below then drops
	// whatever is left: a lone ESC, C1 controls, other C0 controls.
	s = ansi.Strip(dropC1Sequences(s))
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			b.WriteByte(lineBreak(multiline))
		case r == '\n', r == '\u2028', r == '\u2029':
			b.WriteByte(lineBreak(multiline))
		case r == '\t':
			if multiline {
				b.WriteString("    ")
			} else {
				b.WriteByte(' ')
			}
		case r < 0x20, r >= 0x7f && r <= 0x9f:
			// C0 and C1 controls, DEL: never drawn.
		case isBidiControl(r):
			// Directional overrides can make a title display as something else.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dropC1Sequences removes sequences introduced by a C1 control written as a
// character (U+009B CSI and its parameters, U+009D OSC up to its end), which
// ansi.Strip leaves as text: "\u009b2J" must not draw as "2J".
func dropC1Sequences(s string) string {
	if !strings.ContainsAny(s, "\u0090\u009b\u009d\u009e\u009f\u0098") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case 0x9b: // CSI: parameters and intermediates, then one final byte
			for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
				i++
			}
			if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
				i++
			}
		case 0x90, 0x9d, 0x9e, 0x9f, 0x98: // strings end at ST, BEL or ESC \
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				i += size
				if r == 0x9c || r == 0x07 {
					break
				}
				if r == 0x1b && i < len(s) && s[i] == '\\' {
					i++
					break
				}
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lineBreak(multiline bool) byte {
	if multiline {
		return '\n'
	}
	return ' '
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u200E' || r == '\u200F' || r == '\u061C'
}

// cleanBriefing cleans every string of b that the UI draws, in place.
func cleanBriefing(b *brief.Briefing) {
	for i := range b.Articles {
		a := &b.Articles[i]
		a.Feed, a.Title, a.Author = cleanLine(a.Feed), cleanLine(a.Title), cleanLine(a.Author)
		a.Link = cleanLine(a.Link)
		a.Text = "" // lists never draw text; the reader loads it through Article.
	}
	for i := range b.Actors {
		cleanActor(&b.Actors[i])
	}
	for i := range b.Meetings {
		m := &b.Meetings[i]
		cleanNames(m.Participants)
		m.When, m.Location = cleanLine(m.When), cleanLine(m.Location)
		sources := make([]brief.Source, len(m.Sources))
		for j, s := range m.Sources {
			sources[j] = brief.Source{Article: s.Article, Text: cleanLine(s.Text)}
		}
		m.Sources = sources
	}
	for i := range b.Takes {
		t := &b.Takes[i]
		t.Analyst, t.Text = cleanLine(t.Analyst), cleanLine(t.Text)
		cleanNames(t.About)
	}
}

func cleanActor(a *brief.Actor) {
	a.Name, a.Role, a.Affiliation = cleanLine(a.Name), cleanLine(a.Role), cleanLine(a.Affiliation)
	cleanNames(a.Aliases)
}

func cleanNames(names []string) {
	for i, n := range names {
		names[i] = cleanLine(n)
	}
}

// cleanArticle cleans an article loaded for the reader.
func cleanArticle(a brief.Article) brief.Article {
	a.Feed, a.Title, a.Author, a.Link = cleanLine(a.Feed), cleanLine(a.Title), cleanLine(a.Author), cleanLine(a.Link)
	a.Text = cleanText(a.Text)
	found := a.Found
	found.Actors = append([]brief.Actor(nil), found.Actors...)
	for i := range found.Actors {
		cleanActor(&found.Actors[i])
	}
	found.Quotes = append([]brief.Quote(nil), found.Quotes...)
	for i := range found.Quotes {
		q := &found.Quotes[i]
		q.Speaker, q.Text = cleanLine(q.Speaker), cleanLine(q.Text)
	}
	a.Found = found
	return a
}

// fit truncates s (which may hold styles) to w cells and pads it to exactly
// w, so a row never wraps the frame and never ends mid-character.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := ansi.StringWidth(s)
	if n > w {
		s = ansi.Truncate(s, w, "…")
		n = ansi.StringWidth(s)
	}
	if n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// truncate cuts s to at most w cells, marking the cut with an ellipsis.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}
