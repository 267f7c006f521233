package feeds

import (
	"html"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText turns feed HTML into clean plain text: paragraphs and block
// elements separated by a blank line, list items one a line ("• " for
// unordered lists, "1. " for ordered ones, indented when nested), <br> a line
// break, <pre> kept as written, scripts, styles and images dropped, links
// reduced to their text. Text without markup keeps its own line breaks. The
// result has passed Sanitize.
//
// golang.org/x/net/html does the parsing (the HTML5 algorithm, so broken
// markup is repaired as a browser would, and entities are decoded); this
// function only lays the tree out as text.
func HTMLToText(s string) string {
	if !looksLikeHTML(s) {
		return plainText(html.UnescapeString(s))
	}
	root, err := xhtml.ParseFragment(strings.NewReader(s), &xhtml.Node{
		Type: xhtml.ElementNode, Data: "body", DataAtom: atom.Body,
	})
	if err != nil { // only a reader error can fail here; keep the text
		return plainText(html.UnescapeString(s))
	}
	w := &textWriter{}
	for _, n := range root {
		w.node(n)
	}
	return w.String()
}

// looksLikeHTML reports whether s holds a tag or comment; plain text with a
// stray '<' ("a < b") does not.
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// plainText tidies text that carries no markup: controls removed, runs of
// spaces collapsed, trailing spaces trimmed, at most one blank line in a row.
func plainText(s string) string {
	lines := strings.Split(Sanitize(s), "\n")
	var b strings.Builder
	blank := 0
	for _, line := range lines {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

// textWriter lays out an HTML tree as text. It buffers breaks so that
// adjacent blocks yield exactly one blank line and none lead or trail.
type textWriter struct {
	b       strings.Builder
	pending int  // newlines owed before the next text: 1 line break, 2 paragraph
	space   bool // a space is owed before the next word
	pre     int  // depth inside <pre>
	lists   []listState
	prefix  string // bullet owed at the start of the next text
}

type listState struct {
	ordered bool
	next    int
}

// String sanitizes the whole text once more, for sequences that markup split
// ("\x1b<b>[31m"), and trims the spaces that removal leaves at line ends.
func (w *textWriter) String() string {
	s := Sanitize(w.b.String())
	if !strings.Contains(s, " \n") && !strings.HasSuffix(s, " ") && !strings.HasPrefix(s, " ") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if w := strings.TrimRight(l, " "); i > 0 || w == "" {
			lines[i] = w
		} else {
			lines[i] = strings.TrimLeft(w, " ")
		}
	}
	return strings.Join(lines, "\n")
}

func (w *textWriter) brk(n int) {
	if w.b.Len() == 0 || w.prefix != "" {
		return // nothing to separate from, or a bullet still waits for its text
	}
	if len(w.lists) > 0 {
		n = 1 // inside a list, blocks break lines, not paragraphs
	}
	if n > w.pending {
		w.pending = n
	}
	w.space = false
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.flush()
		w.b.WriteString(s)
		return
	}
	if startsWithSpace(s) {
		w.space = true
	}
	for _, f := range strings.Fields(s) {
		if w.space && w.pending == 0 && w.prefix == "" && w.b.Len() > 0 && !w.atLineStart() {
			w.b.WriteByte(' ')
		}
		w.flush()
		w.b.WriteString(f)
		w.space = true
	}
	w.space = endsWithSpace(s) || (w.space && strings.TrimSpace(s) == "")
}

func (w *textWriter) atLineStart() bool {
	str := w.b.String()
	return str == "" || str[len(str)-1] == '\n'
}

// flush writes the breaks and the bullet owed before new text.
func (w *textWriter) flush() {
	if w.pending > 0 && w.b.Len() > 0 {
		w.b.WriteString(strings.Repeat("\n", w.pending))
	}
	w.pending = 0
	if w.prefix != "" {
		w.b.WriteString(w.prefix)
		w.prefix = ""
	}
}

func startsWithSpace(s string) bool { return s != "" && isSpace(s[0]) }
func endsWithSpace(s string) bool   { return s != "" && isSpace(s[len(s)-1]) }
func isSpace(c byte) bool           { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// paragraphs are the elements that stand apart from their neighbours with a
// blank line.
var paragraphs = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Dl: true, atom.Address: true, atom.Hr: true,
	atom.Main: true, atom.Nav: true, atom.Details: true, atom.Summary: true, atom.Center: true,
}

// skipped elements carry no readable text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Select: true, atom.Button: true,
	atom.Form: true, atom.Img: true, atom.Picture: true, atom.Source: true, atom.Title: true,
}

func (w *textWriter) node(n *xhtml.Node) {
	switch n.Type {
	case xhtml.TextNode:
		w.text(n.Data)
		return
	case xhtml.ElementNode:
	case xhtml.DocumentNode:
		w.children(n)
		return
	default: // comments, doctypes
		return
	}
	a := n.DataAtom
	switch {
	case skipped[a]:
		return
	case a == atom.Br:
		w.brk(1)
		w.space = false
		return
	case a == atom.Ul || a == atom.Ol || a == atom.Menu:
		w.list(n, a == atom.Ol)
		return
	case a == atom.Li:
		w.item(n)
		return
	case a == atom.Tr || a == atom.Dt || a == atom.Dd || a == atom.Caption:
		w.brk(1)
		w.children(n)
		w.brk(1)
		return
	case a == atom.Td || a == atom.Th:
		w.space = true
		w.children(n)
		w.space = true
		return
	case paragraphs[a]:
		w.brk(2)
		if a == atom.Pre {
			w.pre++
			w.children(n)
			w.pre--
		} else {
			w.children(n)
		}
		w.brk(2)
		return
	}
	w.children(n)
}

func (w *textWriter) children(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *textWriter) list(n *xhtml.Node, ordered bool) {
	start := 1
	if ordered {
		for _, at := range n.Attr {
			if at.Key == "start" {
				if v, err := strconv.Atoi(strings.TrimSpace(at.Val)); err == nil && v >= 0 && v < 1e6 {
					start = v
				}
			}
		}
	}
	if len(w.lists) == 0 {
		w.brk(2)
	} else {
		w.brk(1)
	}
	w.lists = append(w.lists, listState{ordered: ordered, next: start})
	w.children(n)
	w.lists = w.lists[:len(w.lists)-1]
	if len(w.lists) == 0 {
		w.brk(2)
	} else {
		w.brk(1)
	}
}

func (w *textWriter) item(n *xhtml.Node) {
	w.brk(1)
	indent := ""
	bullet := "• "
	if d := len(w.lists); d > 0 {
		indent = strings.Repeat("  ", d-1)
		l := &w.lists[d-1]
		if l.ordered {
			bullet = strconv.Itoa(l.next) + ". "
			l.next++
		}
	}
	w.prefix = indent + bullet
	w.space = false
	w.children(n)
	w.prefix = "" // an empty item leaves no bullet behind
	w.brk(1)
}
