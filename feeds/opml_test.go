package feeds

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/feeds/store"
)

func TestReadOPMLFoldersBecomeTags(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="News">
      <outline text="Wire" title="Wire Service" type="rss" xmlUrl="https://wire.example.com/rss" htmlUrl="https://wire.example.com/"/>
      <outline title="Europe" text="Europe">
        <outline text="EU Observer" type="rss" xmlurl="https://eu.example.com/feed"/>
      </outline>
    </outline>
    <outline text="Top level" type="rss" xmlUrl="https://top.example.com/atom" category="/Analysis/War,Think tanks"/>
    <outline text="Analysis">
      <outline text="Wire again" type="rss" xmlUrl="https://wire.example.com/rss"/>
    </outline>
    <outline text="https://untitled.example.com/rss" xmlUrl="https://untitled.example.com/rss"/>
  </body>
</opml>`
	got, err := ReadOPML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Feed{
		{URL: "https://wire.example.com/rss", Title: "Wire Service", Tags: []string{"News", "Analysis"}},
		{URL: "https://eu.example.com/feed", Title: "EU Observer", Tags: []string{"News", "Europe"}},
		{URL: "https://top.example.com/atom", Title: "Top level", Tags: []string{"Analysis", "War", "Think tanks"}},
		{URL: "https://untitled.example.com/rss"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%#v\nwant\n%#v", got, want)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	feeds := []store.Feed{
		{URL: "https://wire.example.com/rss", Title: "Wire & <Co>", Tags: []string{"news"}},
		{URL: "https://isw.example.org/feed", Tags: []string{"news", "war"}},
		{URL: "https://top.example.com/atom"},
		{URL: "https://tank.example.net/feed.json", Title: "Tank", Tags: []string{"analysis", "think tanks"}},
		{URL: "https://eu.example.com/feed", Tags: []string{"news"}},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, feeds); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<opml version="2.0">`) {
		t.Errorf("not OPML 2.0:\n%s", buf.String())
	}
	got, err := ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// Folders group their feeds, so order may change; the set may not.
	byURL := map[string]store.Feed{}
	for _, f := range got {
		byURL[f.URL] = f
	}
	if len(got) != len(feeds) {
		t.Fatalf("read back %d feeds, want %d: %#v", len(got), len(feeds), got)
	}
	for _, f := range feeds {
		if !reflect.DeepEqual(byURL[f.URL], f) {
			t.Errorf("round trip changed %#v into %#v", f, byURL[f.URL])
		}
	}
}

func TestReadOPMLRejectsOtherXML(t *testing.T) {
	if _, err := ReadOPML(strings.NewReader(`<rss version="2.0"><channel/></rss>`)); err == nil {
		t.Error("an RSS file was read as OPML")
	}
	if _, err := ReadOPML(strings.NewReader(`<opml><body><outline`)); err == nil {
		t.Error("truncated OPML gave no error")
	}
}
