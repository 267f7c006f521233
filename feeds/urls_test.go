package feeds

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/feeds/store"
)

func TestParseURLs(t *testing.T) {
	in := `# my feeds
https://wire.example.com/rss news "~Wire Service"
  https://isw.example.org/feed  war analysis   # ISW
"https://quoted.example.com/feed" "tag with spaces" "say \"hi\"" ! news news

http://plain.example.com/atom.xml
query:Unread:unread = "yes"
"query:Starred:flags # \"s\""
/home/me/feeds/local.xml local
file:///srv/feed.xml
https://frag.example.com/feed#section tagged
`
	got, err := ParseURLs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Feed{
		{URL: "https://wire.example.com/rss", Title: "Wire Service", Tags: []string{"news"}},
		{URL: "https://isw.example.org/feed", Tags: []string{"war", "analysis"}},
		{URL: "https://quoted.example.com/feed", Tags: []string{"tag with spaces", `say "hi"`, "!", "news"}},
		{URL: "http://plain.example.com/atom.xml"},
		{URL: "/home/me/feeds/local.xml", Tags: []string{"local"}},
		{URL: "file:///srv/feed.xml"},
		{URL: "https://frag.example.com/feed#section", Tags: []string{"tagged"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%#v\nwant\n%#v", got, want)
	}
}

func TestParseURLsErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unterminated quote", "https://a.example/rss\nhttps://b.example/rss \"open tag\n", "urls line 2: unterminated quote"},
		{"repeated URL", "https://a.example/rss\n# c\nhttps://a.example/rss x\n", "urls line 3: https://a.example/rss repeats line 1"},
		{"web URL without a host", "\n\nhttps:///nohost\n", "urls line 3: bad URL"},
		{"empty quoted address", "\"\" tag\n", "urls line 1: empty feed address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseURLs(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestReadURLs(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadURLs(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file should wrap fs.ErrNotExist, got %v", err)
	}
	path := filepath.Join(dir, "urls")
	if err := os.WriteFile(path, []byte("feeds/local.xml mine\nhttps://x.example/rss\n/abs/feed.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadURLs(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "feeds", "local.xml"); got[0].URL != want {
		t.Errorf("a relative path should resolve against the urls file: %q, want %q", got[0].URL, want)
	}
	if got[1].URL != "https://x.example/rss" || got[2].URL != "/abs/feed.xml" {
		t.Errorf("URLs and absolute paths must stay as written: %q %q", got[1].URL, got[2].URL)
	}
	if err := os.WriteFile(path, []byte("https://x.example/rss\n\"broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadURLs(path); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a parse error should name the file and line: %v", err)
	}
}

func TestAppendURL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config", "briefing", "urls")
	feeds := []store.Feed{
		{URL: "https://wire.example.com/rss", Tags: []string{"news"}},
		{URL: "https://isw.example.org/feed", Title: `ISW "daily"`, Tags: []string{"war analysis", "#hash", `back\slash`}},
		{URL: "https://frag.example.com/feed#x"},
	}
	for _, f := range feeds {
		if err := AppendURL(path, f); err != nil {
			t.Fatalf("AppendURL(%v): %v", f, err)
		}
	}
	got, err := ReadURLs(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, feeds) {
		t.Errorf("read back\n%#v\nwant\n%#v", got, feeds)
	}
	err = AppendURL(path, store.Feed{URL: "https://wire.example.com/rss", Tags: []string{"other"}})
	if !errors.Is(err, ErrDuplicate) {
		t.Errorf("a duplicate URL should be refused with ErrDuplicate, got %v", err)
	}
	if err := AppendURL(path, store.Feed{URL: "https:///nohost"}); err == nil {
		t.Error("a web address without a host was accepted")
	}
	spaced := store.Feed{URL: "/home/me/My Feeds/local.xml"}
	if err := AppendURL(path, spaced); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadURLs(path); err != nil || got[len(got)-1].URL != spaced.URL {
		t.Errorf("a path with spaces should be quoted and read back: %v %v", got, err)
	}
}

func TestAppendURLAddsMissingNewline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "urls")
	if err := os.WriteFile(path, []byte("https://a.example/rss"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := AppendURL(path, store.Feed{URL: "https://b.example/rss"}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadURLs(path)
	if err != nil || len(got) != 2 {
		t.Fatalf("got %v, %v; want two feeds", got, err)
	}
}

func FuzzParseURLs(f *testing.F) {
	for _, s := range []string{
		"https://a.example/rss tag \"~Title\"\n",
		"# comment\n\n\"quoted url\" \"a \\\"b\\\"\" c\n",
		"query:x:y\nhttps://a/ \"unterminated\n",
		"https://a.example/ \x1b[31m \"~\x9b\"\r\n",
		"file:///x ~t ~ \"~\"\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		feeds, err := ParseURLs(strings.NewReader(s))
		if err != nil {
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("multi-line error %q", err)
			}
			return
		}
		for _, fd := range feeds {
			checkTerminalSafe(t, "url", fd.URL)
			checkTerminalSafe(t, "title", fd.Title)
			for _, tag := range fd.Tags {
				checkTerminalSafe(t, "tag", tag)
			}
			// Whatever was read must write back as a line that reads the same.
			back, ok, err := parseURLLine(FormatURLLine(fd))
			if err != nil || !ok || !reflect.DeepEqual(back, fd) {
				t.Errorf("round trip of %#v gave %#v, %v, %v", fd, back, ok, err)
			}
		}
	})
}
