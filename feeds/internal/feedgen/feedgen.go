// Package feedgen makes synthetic RSS feeds and serves them like a
// well-behaved web server (ETag, Last-Modified, 304), so that refresh
// benchmarks and the newsboat comparison read the very same bytes.
package feedgen

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// epoch is the publication time of the newest item of every feed.
var epoch = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

var actors = []string{
	"Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky", "Rustem Umerov", "Kirill Dmitriev",
	"Marco Rubio", "Emmanuel Macron", "Keir Starmer", "the Kremlin", "the Institute for the Study of War",
}

var places = []string{"Moscow", "Kyiv", "Geneva", "Abu Dhabi", "Istanbul", "Paris", "Miami", "Berlin"}

// RSS returns feed number feed as RSS 2.0 with items items, newest first.
// Each item carries HTML content of a few paragraphs and a list, about the
// size of a wire story's summary.
func RSS(feed, items int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Synthetic feed %d</title>
<link>https://feed%d.example.com/</link>
<description>Generated for benchmarks</description>
`, feed, feed)
	for i := 0; i < items; i++ {
		a, c := actors[(feed+i)%len(actors)], actors[(feed*3+i*7+1)%len(actors)]
		place := places[(feed+i*5)%len(places)]
		pub := epoch.Add(-time.Duration(feed*items+i) * 17 * time.Minute)
		content := fmt.Sprintf(`<p>%s said on Tuesday that talks with %s in %s would resume next week, according to officials familiar with the plan (item %d of feed %d).</p>
<p>Analysts at the Institute for the Study of War noted that the proposal leaves key questions open, including security guarantees and the sequencing of a ceasefire.</p>
<ul><li>Delegations are expected in %s on Thursday.</li><li>European leaders asked to join the next round.</li><li>No date has been set for a summit.</li></ul>
<p>&ldquo;We are closer than ever,&rdquo; one official said, while another cautioned that &ldquo;nothing is agreed until everything is agreed.&rdquo;</p>`,
			a, c, place, i, feed, place)
		fmt.Fprintf(&b, `<item>
<title>%s meets %s in %s: round %d</title>
<link>https://feed%d.example.com/%d/%d</link>
<guid isPermaLink="false">feed%d-item%d</guid>
<dc:creator>Reporter %d</dc:creator>
<pubDate>%s</pubDate>
<description>%s</description>
<content:encoded><![CDATA[%s]]></content:encoded>
</item>
`, html.EscapeString(a), html.EscapeString(c), place, i, feed, pub.Year(), i, feed, i, i%7,
			pub.Format(time.RFC1123Z), html.EscapeString(strings.SplitN(content, "</p>", 2)[0]+"</p>"), content)
	}
	b.WriteString("</channel>\n</rss>\n")
	return b.Bytes()
}

// Server serves feeds at /feed/N.xml for N below its count, each with an
// ETag and a Last-Modified, answering 304 to a matching conditional GET.
type Server struct {
	bodies  [][]byte
	etags   []string
	lastMod string
	Bodies  atomic.Int64 // responses that carried a body
	Skipped atomic.Int64 // 304 responses
}

// NewServer builds feeds feeds of items items each.
func NewServer(feeds, items int) *Server {
	s := &Server{lastMod: epoch.Format(http.TimeFormat)}
	for f := 0; f < feeds; f++ {
		s.bodies = append(s.bodies, RSS(f, items))
		s.etags = append(s.etags, fmt.Sprintf(`"feed%d-v1"`, f))
	}
	return s
}

// Paths lists the path of every feed.
func (s *Server) Paths() []string {
	paths := make([]string, len(s.bodies))
	for i := range s.bodies {
		paths[i] = "/feed/" + strconv.Itoa(i) + ".xml"
	}
	return paths
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutPrefix(r.URL.Path, "/feed/")
	name, ok2 := strings.CutSuffix(name, ".xml")
	n, err := strconv.Atoi(name)
	if !ok || !ok2 || err != nil || n < 0 || n >= len(s.bodies) {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("ETag", s.etags[n])
	h.Set("Last-Modified", s.lastMod)
	h.Set("Content-Type", "application/rss+xml; charset=utf-8")
	if r.Header.Get("If-None-Match") == s.etags[n] || (r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == s.lastMod) {
		s.Skipped.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.Bodies.Add(1)
	h.Set("Content-Length", strconv.Itoa(len(s.bodies[n])))
	w.Write(s.bodies[n])
}
