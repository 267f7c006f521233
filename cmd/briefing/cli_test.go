package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for the real command: with
// BRIEFING_RUN_MAIN set it runs main, so subprocess tests exercise the same
// code path as the installed binary.
func TestMain(m *testing.M) {
	if os.Getenv("BRIEFING_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// sandbox is a home directory of its own, so no test reads or writes the
// user's config or data.
type sandbox struct {
	t    *testing.T
	home string
}

func newSandbox(t *testing.T) *sandbox {
	return &sandbox{t: t, home: t.TempDir()}
}

func (s *sandbox) getenv(key string) string {
	switch key {
	case "HOME":
		return s.home
	case "XDG_CONFIG_HOME":
		return filepath.Join(s.home, "config")
	case "XDG_DATA_HOME":
		return filepath.Join(s.home, "data")
	}
	return ""
}

func (s *sandbox) urlsPath() string { return filepath.Join(s.home, "config", "briefing", "urls") }
func (s *sandbox) dbPath() string   { return filepath.Join(s.home, "data", "briefing", "briefing.db") }

func (s *sandbox) writeURLs(lines ...string) {
	s.t.Helper()
	if err := os.MkdirAll(filepath.Dir(s.urlsPath()), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(s.urlsPath(), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// run runs briefing in-process and returns its exit status and output.
func (s *sandbox) run(args ...string) (int, string, string) {
	s.t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: s.getenv})
	return code, stdout.String(), stderr.String()
}

func TestHelpAndUsageErrors(t *testing.T) {
	s := newSandbox(t)
	for _, tc := range []struct {
		args []string
		code int
		want string // in stdout for status 0, else in stderr
	}{
		{[]string{"--help"}, 0, "Usage: briefing [command]"},
		{[]string{"help"}, 0, "export-opml"},
		{[]string{"help", "export"}, 0, "-as-of"},
		{[]string{"refresh", "--help"}, 0, "-jobs"},
		{[]string{"add", "-h"}, 0, "Usage: briefing add [flags] URL [TAG...]"},
		{[]string{"version"}, 0, "briefing "},
		{[]string{"nosuch"}, 2, `unknown command "nosuch"`},
		{[]string{"export", "--format", "xml"}, 2, `--format "xml"`},
		{[]string{"export", "--as-of", "yesterday"}, 2, `--as-of "yesterday"`},
		{[]string{"export", "--bogus"}, 2, "flag provided but not defined: -bogus"},
		{[]string{"refresh", "extra"}, 2, "refresh takes no arguments"},
		{[]string{"refresh", "--jobs", "0"}, 2, "--jobs must be at least 1"},
		{[]string{"refresh", "--jobs", "many"}, 2, `invalid value "many"`},
		{[]string{"add"}, 2, "add needs a feed URL"},
		{[]string{"import"}, 2, "import needs one OPML file"},
		{[]string{"--demo", "stray"}, 2, `unknown command "stray"`},
	} {
		code, stdout, stderr := s.run(tc.args...)
		out := stdout
		if tc.code != 0 {
			out = stderr
		}
		if code == 0 && stderr != "" {
			t.Errorf("briefing %s: status 0 wrote to stderr: %s", strings.Join(tc.args, " "), stderr)
		}
		if code == 2 && strings.Count(stderr, "Usage:") > 1 {
			t.Errorf("briefing %s: usage printed twice:\n%s", strings.Join(tc.args, " "), stderr)
		}
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("briefing %s: status %d, want %d with %q\nstdout: %s\nstderr: %s",
				strings.Join(tc.args, " "), code, tc.code, tc.want, stdout, stderr)
		}
	}
}

// exported is the part of the JSON export these tests read.
type exported struct {
	AsOf     string `json:"as_of"`
	Articles []struct {
		ID, Feed, Title, Link string
		Actors                []string
	}
	Actors []struct {
		Name     string
		Mentions int
		Aliases  []string
	}
	Meetings []struct {
		Participants []string
		Date, Status string
		Sources      []struct{ Article string }
	}
	Takes []struct{ Analyst string }
}

func decodeExport(t *testing.T, stdout string) exported {
	t.Helper()
	var e exported
	if err := json.Unmarshal([]byte(stdout), &e); err != nil {
		t.Fatalf("export is not JSON: %v\n%.500s", err, stdout)
	}
	return e
}

func TestExportDemoNeedsNoNetworkAndNoConfig(t *testing.T) {
	s := newSandbox(t)
	code, stdout, stderr := s.run("export", "--demo", "--format", "json")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	e := decodeExport(t, stdout)
	if !strings.HasPrefix(e.AsOf, "2025-12-01") {
		t.Errorf("demo judged as of %s, want its own day 2025-12-01", e.AsOf)
	}
	if len(e.Articles) < 35 {
		t.Errorf("demo has %d articles, want about 40", len(e.Articles))
	}
	if !hasActor(e, "Vladimir Putin") || !hasActor(e, "Steve Witkoff") {
		t.Error("demo actors lack Putin or Witkoff")
	}
	// Several feeds report the Witkoff-Putin meeting in different words: it
	// must be one meeting with several sources, not one row per report.
	var witkoffPutin []int
	for _, m := range e.Meetings {
		if m.Date == "2025-12-02" && m.Status == "upcoming" && slices.Contains(m.Participants, "Vladimir Putin") && slices.Contains(m.Participants, "Steve Witkoff") {
			witkoffPutin = append(witkoffPutin, len(m.Sources))
		}
	}
	if len(witkoffPutin) != 1 || witkoffPutin[0] < 3 {
		t.Errorf("want one upcoming Witkoff-Putin meeting on 2025-12-02 with 3 or more sources; got meetings with these source counts: %v", witkoffPutin)
	}
	if len(e.Takes) == 0 {
		t.Error("demo has no analyst takes")
	}
	if _, err := os.Stat(s.dbPath()); err == nil {
		t.Error("the demo wrote the user's database")
	}
}

func hasActor(e exported, name string) bool {
	for _, a := range e.Actors {
		if a.Name == name {
			return true
		}
	}
	return false
}

func TestExportActorFilterByAliasNarrowsEverything(t *testing.T) {
	s := newSandbox(t)
	code, stdout, stderr := s.run("export", "--demo", "--actor", "PUTIN")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	e := decodeExport(t, stdout)
	if len(e.Articles) == 0 || len(e.Meetings) == 0 {
		t.Fatalf("filter by Putin left nothing: %+v", e)
	}
	for _, a := range e.Articles {
		if !slices.Contains(a.Actors, "Vladimir Putin") {
			t.Errorf("article %q does not mention Putin: %v", a.Title, a.Actors)
		}
	}
	for _, m := range e.Meetings {
		if !slices.Contains(m.Participants, "Vladimir Putin") {
			t.Errorf("meeting %v without Putin", m.Participants)
		}
	}
	code, _, stderr = s.run("export", "--demo", "--actor", "Nobody In Particular")
	if code != 1 || !strings.Contains(stderr, `"Nobody In Particular"`) {
		t.Errorf("unknown actor: status %d, stderr %q", code, stderr)
	}
}

func TestExportMarkdownAsOfAnotherDay(t *testing.T) {
	s := newSandbox(t)
	code, stdout, stderr := s.run("export", "--demo", "--format", "markdown", "--as-of", "2025-12-10")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "# Briefing, Wednesday 10 December 2025") {
		t.Errorf("markdown starts %.80q", stdout)
	}
	upcoming := stdout[strings.Index(stdout, "## Upcoming meetings"):strings.Index(stdout, "## Past and cancelled meetings")]
	if strings.Contains(upcoming, "2025-12-02") {
		t.Errorf("a meeting on 2 Dec is upcoming as of 10 Dec:\n%s", upcoming)
	}
}

// feedServer serves RSS feeds at /feed/N, each with n items, answering
// conditional GETs, and 404 anywhere else.
func feedServer(t *testing.T, items int) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d", &n); err != nil {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"feed-%d"`, n)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rssFeed(n, items))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func rssFeed(n, items int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title><link>https://example.invalid/%d</link>`, n, n)
	for i := 0; i < items; i++ {
		fmt.Fprintf(&b, `<item><guid>feed-%d-item-%d</guid><title>Witkoff and Putin, report %d of feed %d</title>
<pubDate>Mon, 01 Dec 2025 %02d:%02d:00 GMT</pubDate>
<description>&lt;p&gt;U.S. Special Envoy Steve Witkoff will meet Russian President Vladimir Putin in Moscow on Tuesday. %s&lt;/p&gt;</description></item>`,
			n, i, i, n, i/60%24, i%60, strings.Repeat("The talks go on. ", 40))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func TestRefreshThenExportFromTheStoreOnly(t *testing.T) {
	s := newSandbox(t)
	srv := feedServer(t, 5)
	s.writeURLs(srv.URL+"/feed/1 world", srv.URL+`/feed/2 "~Second feed"`, srv.URL+"/missing")

	code, stdout, stderr := s.run("refresh")
	if code != 0 {
		t.Fatalf("refresh: status %d\n%s%s", code, stdout, stderr)
	}
	if want := "3 feeds: 2 ok, 0 not modified, 1 failed; 10 new items"; strings.TrimSpace(stdout) != want {
		t.Errorf("summary %q, want %q", stdout, want)
	}
	if want := "feed " + srv.URL + "/missing: "; !strings.Contains(stderr, want) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("failure report %q, want one line starting %q", stderr, want)
	}

	code, stdout, _ = s.run("refresh")
	if code != 0 || !strings.Contains(stdout, "2 not modified") || !strings.Contains(stdout, "0 new items") {
		t.Errorf("second refresh: status %d, %q", code, stdout)
	}

	srv.Close() // export must not need the network
	code, stdout, stderr = s.run("export", "--as-of", "2025-12-01T12:00:00Z")
	if code != 0 {
		t.Fatalf("export: status %d: %s", code, stderr)
	}
	e := decodeExport(t, stdout)
	if len(e.Articles) != 10 {
		t.Errorf("exported %d articles, want 10", len(e.Articles))
	}
	feedsSeen := map[string]bool{}
	for _, a := range e.Articles {
		feedsSeen[a.Feed] = true
	}
	if !feedsSeen["Second feed"] || !feedsSeen["Feed 1"] {
		t.Errorf("feed titles %v, want the custom title and the feed's own", feedsSeen)
	}
	if !hasActor(e, "Vladimir Putin") {
		t.Error("refresh stored no extraction: Putin is not an actor")
	}

	code, stdout, _ = s.run("feeds")
	if code != 0 || !strings.Contains(stdout, "Second feed") || !strings.Contains(stdout, "404") {
		t.Errorf("feeds: status %d\n%s", code, stdout)
	}

	// A feed taken out of the urls file leaves the briefing at the next
	// command that reads the file; `feeds` shows it kept but hidden.
	s.writeURLs(srv.URL+`/feed/2 "~Second feed"`, srv.URL+"/missing")
	code, stdout, _ = s.run("feeds")
	if code != 0 || !regexp.MustCompile(`Feed 1\s+5 hidden`).MatchString(stdout) {
		t.Errorf("feeds after removing feed 1: status %d\n%s", code, stdout)
	}
	_, stdout, _ = s.run("export", "--as-of", "2025-12-01T12:00:00Z")
	if e := decodeExport(t, stdout); len(e.Articles) != 5 || e.Articles[0].Feed != "Second feed" {
		t.Errorf("export after removing feed 1: %d articles", len(e.Articles))
	}
}

func TestRefreshWhenEveryFeedFailsExitsOne(t *testing.T) {
	s := newSandbox(t)
	srv := feedServer(t, 1)
	s.writeURLs(srv.URL+"/gone", filepath.Join(s.home, "no-such-file.xml"))
	code, stdout, stderr := s.run("refresh")
	if code != 1 {
		t.Errorf("status %d, want 1", code)
	}
	if !strings.Contains(stdout, "2 failed") || strings.Count(stderr, "\n") != 2 {
		t.Errorf("stdout %q\nstderr %q", stdout, stderr)
	}
}

func TestRefreshWithNoFeedsSaysHowToAddOne(t *testing.T) {
	s := newSandbox(t)
	code, _, stderr := s.run("refresh")
	if code != 0 || !strings.Contains(stderr, "briefing add URL") {
		t.Errorf("status %d, stderr %q", code, stderr)
	}
}

func TestAddDiscoversTheFeedAndOPMLRoundTrips(t *testing.T) {
	s := newSandbox(t)
	feeds := feedServer(t, 1)
	page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><link rel="alternate" type="application/rss+xml" href="%s/feed/7"></head><body>hi</body></html>`, feeds.URL)
	}))
	defer page.Close()

	code, stdout, stderr := s.run("add", page.URL+"/news", "analysis", "~Think tank")
	if code != 0 || !strings.Contains(stdout, feeds.URL+"/feed/7") {
		t.Fatalf("add: status %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr = s.run("add", feeds.URL+"/feed/7"); code == 0 {
		t.Error("adding the same feed twice succeeded")
	}
	code, opml, stderr := s.run("export-opml")
	if code != 0 || !strings.Contains(opml, "Think tank") || !strings.Contains(opml, "analysis") {
		t.Fatalf("export-opml: status %d %s\n%s", code, stderr, opml)
	}

	other := newSandbox(t)
	opmlPath := filepath.Join(other.home, "feeds.opml")
	if err := os.WriteFile(opmlPath, []byte(opml), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr = other.run("import", opmlPath); code != 0 || !strings.Contains(stdout, "imported 1 feeds") {
		t.Fatalf("import: status %d %s %s", code, stdout, stderr)
	}
	urls, err := os.ReadFile(other.urlsPath())
	if err != nil {
		t.Fatal(err)
	}
	if line := strings.TrimSpace(string(urls)); !strings.HasPrefix(line, feeds.URL+"/feed/7") || !strings.Contains(line, "analysis") || !strings.Contains(line, `"~Think tank"`) {
		t.Errorf("imported urls file: %q", urls)
	}
	if code, stdout, _ = other.run("import", opmlPath); code != 0 || !strings.Contains(stdout, "imported 0 feeds") {
		t.Errorf("second import: %q", stdout)
	}
}

func TestTheUsersActorsFileReachesExtraction(t *testing.T) {
	s := newSandbox(t)
	feed := filepath.Join(s.home, "local.xml")
	if err := os.WriteFile(feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><guid>1</guid><title>Quarterly talks</title><pubDate>Mon, 01 Dec 2025 09:00:00 GMT</pubDate>
<description>Ambassador Oyelaran-Brightwater met Vladimir Putin in Moscow on Monday.</description></item>
</channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	s.writeURLs(feed)
	actors := filepath.Join(s.home, "config", "briefing", "actors.json")
	if err := os.WriteFile(actors, []byte(`{"actors": [{"name": "Tunde Oyelaran-Brightwater", "kind": "person",
		"role": "Ambassador of Testland", "affiliation": "Testland", "aliases": ["Oyelaran-Brightwater"]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := s.run("refresh"); code != 0 {
		t.Fatalf("refresh: %s", stderr)
	}
	code, stdout, stderr := s.run("export", "--actor", "Oyelaran-Brightwater")
	if code != 0 {
		t.Fatalf("export --actor by the user's alias: status %d, %s", code, stderr)
	}
	e := decodeExport(t, stdout)
	if len(e.Articles) != 1 || !hasActor(e, "Tunde Oyelaran-Brightwater") {
		t.Errorf("the user's actor was not found: %+v", e)
	}

	// A broken actors file is a clear error naming the file, not a crash.
	if err := os.WriteFile(actors, []byte(`{"actors": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := s.run("export"); code != 1 || !strings.Contains(stderr, "actors") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("broken actors.json: status %d, stderr %q", code, stderr)
	}
}
