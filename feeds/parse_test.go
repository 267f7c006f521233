package feeds

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefing-news/briefing/feeds/store"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parseFile(t *testing.T, name, contentType, feedURL string) store.Fetched {
	t.Helper()
	f, err := Parse(readTestdata(t, name), contentType, feedURL)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return f
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file, title, firstTitle, firstText string
		items                              int
		published                          time.Time
	}{
		{"rss2.xml", "Wire & Wires", "Witkoff to meet Putin in Moscow",
			"US envoy Steve Witkoff will meet Vladimir Putin on Thursday.\n\n• Talks in the Kremlin\n• Peace plan on the table",
			4, time.Date(2026, 11, 24, 8, 30, 0, 0, time.UTC)},
		{"atom.xml", "ISW Daily", "Russian Offensive Campaign Assessment, November 25",
			"Key Takeaways:\n\n• ISW assesses that talks stalled.",
			2, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)},
		{"feed.json", "Think Tank JSON", "Analysts weigh the Geneva format",
			"Analysts at the tank noted that Geneva remains likely.",
			2, time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)},
		{"rss1.rdf", "RDF Site", "RDF item", "RDF description.", 1, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)},
		{"rss091.xml", "Old Netscape", "Item 0.91", "Café text.", 1, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := parseFile(t, tt.file, "", "https://feeds.example.com/"+tt.file)
			if f.Title != tt.title {
				t.Errorf("feed title %q, want %q", f.Title, tt.title)
			}
			if len(f.Items) != tt.items {
				t.Fatalf("%d items, want %d: %+v", len(f.Items), tt.items, f.Items)
			}
			it := f.Items[0]
			if it.Title != tt.firstTitle {
				t.Errorf("title %q, want %q", it.Title, tt.firstTitle)
			}
			if it.Text != tt.firstText {
				t.Errorf("text\n got %q\nwant %q", it.Text, tt.firstText)
			}
			if !it.Published.Equal(tt.published) {
				t.Errorf("published %v, want %v", it.Published, tt.published)
			}
		})
	}
}

func TestParseRSSItems(t *testing.T) {
	f := parseFile(t, "rss2.xml", "application/rss+xml", "https://wire.example.com/feeds/main.rss")
	byGUID := map[string]store.Item{}
	for _, it := range f.Items {
		byGUID[it.GUID] = it
	}
	if got := byGUID["wire-1001"].Title; got != "Witkoff to meet Putin in Moscow" {
		t.Errorf("a repeated guid must keep its first item, got %q", got)
	}
	if got := byGUID["wire-1001"].Author; got != "Jane Reporter" {
		t.Errorf("author %q, want dc:creator", got)
	}
	if got := byGUID["wire-1000"].Link; got != "https://wire.example.com/2026/11/23/relative" {
		t.Errorf("relative link resolved to %q", got)
	}
	if got := byGUID["wire-1000"].Text; got != "Described in HTML." {
		t.Errorf("HTML description became %q", got)
	}
	if got := byGUID["wire-1000"].Published; !got.Equal(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)) || got.Location() != time.UTC {
		t.Errorf("published %v, want 09:00 UTC", got)
	}
	var undated store.Item
	for _, it := range f.Items {
		if it.Link == "https://wire.example.com/undated" {
			undated = it
		}
	}
	if undated.Title != "No date at all" || !undated.Published.IsZero() || !undated.Updated.IsZero() {
		t.Errorf("an undated item must keep zero dates for the store to use first-seen: %+v", undated)
	}
	nt := byGUID["wire-notitle"]
	if !strings.HasPrefix(nt.Title, "An item with no title") || !strings.HasSuffix(nt.Title, "…") || utf8.RuneCountInString(nt.Title) > untitledRunes {
		t.Errorf("an untitled item should take its title from its text: %q", nt.Title)
	}
}

func TestParseRelativeLinkFromLocalFileUsesSiteLink(t *testing.T) {
	f := parseFile(t, "rss2.xml", "", "testdata/rss2.xml")
	for _, it := range f.Items {
		if it.GUID == "wire-1000" && it.Link != "https://wire.example.com/2026/11/23/relative" {
			t.Errorf("link %q should resolve against the feed's site link", it.Link)
		}
	}
}

func TestParseAtomDetails(t *testing.T) {
	f := parseFile(t, "atom.xml", "application/atom+xml", "https://isw.example.org/feeds/atom.xml")
	first, second := f.Items[0], f.Items[1]
	if first.Author != "Analyst One, Analyst Two" {
		t.Errorf("authors %q", first.Author)
	}
	if !first.Updated.Equal(time.Date(2026, 11, 26, 2, 0, 0, 0, time.UTC)) {
		t.Errorf("updated %v", first.Updated)
	}
	if !second.Published.Equal(time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("published should fall back to updated, got %v", second.Published)
	}
	if second.Text != "Only a summary here." {
		t.Errorf("summary used when there is no content: %q", second.Text)
	}
	if second.Link != "https://isw.example.org/feeds/2026/11/24" {
		t.Errorf("relative atom link resolved to %q", second.Link)
	}
}

func TestParseJSONFeedPlainText(t *testing.T) {
	f := parseFile(t, "feed.json", "application/feed+json", "https://tank.example.net/feed.json")
	it := f.Items[1]
	if it.Text != "Line one.\n\nLine two." {
		t.Errorf("content_text paragraphs lost: %q", it.Text)
	}
	if !it.Published.Equal(time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("published from date_modified, got %v", it.Published)
	}
	if f.Items[0].Author != "Dr. Analyst" {
		t.Errorf("author %q", f.Items[0].Author)
	}
}

func TestParseCyrillicCharsets(t *testing.T) {
	tests := []struct {
		name, file, contentType string
	}{
		{"windows-1251 from the XML declaration", "cp1251.xml", "application/rss+xml"},
		{"KOI8-R from the XML declaration", "koi8r.xml", "text/xml"},
		{"windows-1251 from the HTTP header", "cp1251-nodecl.xml", "text/xml; charset=windows-1251"},
		{"the declaration wins over a generic header", "cp1251.xml", "text/xml; charset=utf-8"},
		{"KOI8-R from the header when the declaration says UTF-8 falsely", "koi8r-falsedecl.xml", "application/xml; charset=koi8-r"},
	}
	// The false declaration is made here rather than checked in, to keep
	// testdata free of files that lie about themselves without saying so.
	koi := readTestdata(t, "koi8r.xml")
	falseDecl := strings.Replace(string(koi), `encoding="KOI8-R"`, `encoding="UTF-8"`, 1)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body []byte
			if tt.file == "koi8r-falsedecl.xml" {
				body = []byte(falseDecl)
			} else {
				body = readTestdata(t, tt.file)
			}
			f, err := Parse(body, tt.contentType, "https://news.example.ru/rss")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != "Новости дня" {
				t.Errorf("feed title %q, want Новости дня", f.Title)
			}
			if len(f.Items) != 1 {
				t.Fatalf("%d items", len(f.Items))
			}
			it := f.Items[0]
			if it.Title != "Переговоры в Москве" {
				t.Errorf("item title %q", it.Title)
			}
			if it.Text != "Уиткофф встретился с Путиным в Кремле.\n\nСтороны обсудили мирный план." {
				t.Errorf("item text %q", it.Text)
			}
		})
	}
}

func TestParseHostileText(t *testing.T) {
	f := parseFile(t, "hostile.xml", "", "https://evil.example.com/rss")
	checkTerminalSafe(t, "feed title", f.Title)
	if f.Title != "Evil Feed" {
		t.Errorf("feed title %q, want %q", f.Title, "Evil Feed")
	}
	if len(f.Items) != 3 {
		t.Fatalf("%d items, want 3", len(f.Items))
	}
	for _, it := range f.Items {
		for what, s := range map[string]string{"title": it.Title, "text": it.Text, "guid": it.GUID, "link": it.Link, "author": it.Author} {
			checkTerminalSafe(t, what, s)
			if strings.Contains(s, "[31") || strings.Contains(s, "[2J") || strings.Contains(s, "]0;") || strings.Contains(s, "]8;") {
				t.Errorf("%s keeps the tail of an escape sequence: %q", what, s)
			}
		}
	}
	if got := f.Items[0].Title; got != "Red alert and C1" {
		t.Errorf("title %q", got)
	}
	if got := f.Items[0].Text; got != "Body with clear screen\n\nhidden link and C1 done" {
		t.Errorf("text %q", got)
	}
	if got := f.Items[1].Text; got != "esc bold and bell" {
		t.Errorf("double-escaped controls: %q", got)
	}
	if n := utf8.RuneCountInString(f.Items[2].Title); n > maxTitleRunes {
		t.Errorf("a huge title kept %d runes, cap is %d", n, maxTitleRunes)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, body, contentType, want string
		notAFeed                      bool
	}{
		{"malformed XML", string(readTestdata(t, "malformed.xml")), "application/rss+xml", "XML syntax error on line", false},
		{"an HTML page", string(readTestdata(t, "page.html")), "text/html; charset=utf-8", "HTML page", true},
		{"an empty body", "", "", "empty body", true},
		{"plain text", "just some words", "text/plain", "no RSS, Atom or JSON feed", true},
		{"an unknown charset", `<?xml version="1.0" encoding="x-martian"?><rss version="2.0"></rss>`, "", `unsupported charset "x-martian"`, false},
		{"broken JSON", `{"version": "https://jsonfeed.org/version/1", "items": [`, "application/feed+json", "parse:", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.body), tt.contentType, "https://x.example/feed")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q should contain %q", err, tt.want)
			}
			if errors.Is(err, errNotAFeed) != tt.notAFeed {
				t.Errorf("errors.Is(err, errNotAFeed) = %v, want %v", !tt.notAFeed, tt.notAFeed)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestParseRawControlsDoNotLoseTheFeed(t *testing.T) {
	body := "<rss version=\"2.0\"><channel><title>T\x0b\x0c</title><item><title>form\x0cfeed</title><guid>1</guid></item></channel></rss>"
	f, err := Parse([]byte(body), "", "")
	if err != nil {
		t.Fatalf("a stray control character must not fail the feed: %v", err)
	}
	if len(f.Items) != 1 || f.Items[0].Title != "formfeed" {
		t.Errorf("items %+v", f.Items)
	}
}
