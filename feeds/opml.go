package feeds

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/briefing-news/briefing/feeds/store"
)

// ReadOPML reads the feeds of an OPML file (1.0 or 2.0, as other readers
// export it). An outline with an xmlUrl is a feed; an outline without one is
// a folder, and every folder around a feed becomes one of its tags, outermost
// first, followed by the segments of its category attribute. A feed listed
// in several folders gets the tags of all of them. Attribute names are
// matched without regard to case, since exporters disagree.
func ReadOPML(r io.Reader) ([]store.Feed, error) {
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charset.NewReaderLabel
	type frame struct {
		folder bool
		name   string
	}
	var (
		stack   []frame
		feeds   []store.Feed
		index   = map[string]int{}
		sawOPML bool
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read OPML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch strings.ToLower(t.Name.Local) {
			case "opml":
				sawOPML = true
			case "outline":
				o := outlineAttrs(t.Attr)
				if o.xmlURL == "" {
					stack = append(stack, frame{folder: true, name: o.name()})
					continue
				}
				stack = append(stack, frame{})
				var tags []string
				for _, fr := range stack {
					if fr.folder && fr.name != "" {
						tags = append(tags, fr.name)
					}
				}
				tags = append(tags, o.categories()...)
				f := store.Feed{URL: o.xmlURL, Title: o.name(), Tags: uniqueTags(tags)}
				if f.Title == f.URL {
					f.Title = ""
				}
				if i, ok := index[f.URL]; ok {
					feeds[i].Tags = uniqueTags(append(feeds[i].Tags, f.Tags...))
					continue
				}
				index[f.URL] = len(feeds)
				feeds = append(feeds, f)
			}
		case xml.EndElement:
			if strings.EqualFold(t.Name.Local, "outline") && len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if !sawOPML {
		return nil, errors.New("read OPML: no <opml> element: not an OPML file")
	}
	return feeds, nil
}

type outlineAttr struct {
	text, title, xmlURL, category string
}

func outlineAttrs(attrs []xml.Attr) outlineAttr {
	var o outlineAttr
	for _, a := range attrs {
		v := flatten(Sanitize(a.Value))
		switch strings.ToLower(a.Name.Local) {
		case "text":
			o.text = v
		case "title":
			o.title = v
		case "xmlurl":
			o.xmlURL = v
		case "category":
			o.category = v
		}
	}
	return o
}

func (o outlineAttr) name() string {
	if o.title != "" {
		return o.title
	}
	return o.text
}

// categories splits OPML 2.0's "comma-separated, slash-delimited" category
// attribute into tags.
func (o outlineAttr) categories() []string {
	var tags []string
	for _, c := range strings.Split(o.category, ",") {
		for _, seg := range strings.Split(c, "/") {
			if seg = strings.TrimSpace(seg); seg != "" {
				tags = append(tags, seg)
			}
		}
	}
	return tags
}

func uniqueTags(tags []string) []string {
	var out []string
	for _, t := range tags {
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// opmlOutline is one outline as WriteOPML writes it.
type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Body    []opmlOutline `xml:"body>outline"`
}

// WriteOPML writes feeds as OPML 2.0 that ReadOPML reads back as the same
// feeds: a feed's tags become nested folders, in order, so "a b" puts it in
// folder b inside folder a. Folders keep the order in which they first
// appear.
func WriteOPML(w io.Writer, feeds []store.Feed) error {
	root := &opmlFolder{}
	for _, f := range feeds {
		node := root
		for _, t := range f.Tags {
			if t == "" {
				continue
			}
			node = node.child(t)
		}
		text := f.Title
		if text == "" {
			text = f.URL
		}
		node.items = append(node.items, opmlOutline{Text: text, Title: f.Title, Type: "rss", XMLURL: f.URL})
	}
	doc := opmlDoc{Version: "2.0", Title: "briefing feeds", Body: root.outlines()}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write OPML: %w", err)
	}
	return nil
}

// opmlFolder gathers the feeds of one tag path.
type opmlFolder struct {
	name    string
	items   []opmlOutline // feeds directly in this folder
	folders []*opmlFolder
}

func (f *opmlFolder) child(name string) *opmlFolder {
	for _, c := range f.folders {
		if c.name == name {
			return c
		}
	}
	c := &opmlFolder{name: name}
	f.folders = append(f.folders, c)
	return c
}

func (f *opmlFolder) outlines() []opmlOutline {
	out := slices.Clone(f.items)
	for _, c := range f.folders {
		out = append(out, opmlOutline{Text: c.name, Title: c.name, Outlines: c.outlines()})
	}
	return out
}
