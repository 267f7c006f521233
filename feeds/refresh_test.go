package feeds

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefing-news/briefing/feeds/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "briefing.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func feedState(t *testing.T, st *store.Store, url string) store.FeedState {
	t.Helper()
	fs, err := st.FeedState(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func articleCount(t *testing.T, st *store.Store) int {
	t.Helper()
	b, err := st.Briefing(context.Background(), time.Now(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return len(b.Articles)
}

// conditionalServer serves rss2.xml at /etag (ETag only), /lastmod
// (Last-Modified only) and /both, answering 304 when the request's
// validators match, and counts the responses that carried a body.
type conditionalServer struct {
	*httptest.Server
	bodies atomic.Int32
}

func newConditionalServer(t *testing.T) *conditionalServer {
	cs := &conditionalServer{}
	const lastMod = "Wed, 25 Nov 2026 10:00:00 GMT"
	body := readTestdata(t, "rss2.xml")
	cs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		etag := `"` + r.URL.Path + `-v1"`
		useETag := r.URL.Path != "/lastmod"
		useLM := r.URL.Path != "/etag"
		if useETag {
			w.Header().Set("ETag", etag)
		}
		if useLM {
			w.Header().Set("Last-Modified", lastMod)
		}
		if (useETag && r.Header.Get("If-None-Match") == etag) || (!useETag && useLM && r.Header.Get("If-Modified-Since") == lastMod) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		cs.bodies.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	t.Cleanup(cs.Close)
	return cs
}

func TestRefreshConditionalGETRoundTrip(t *testing.T) {
	srv := newConditionalServer(t)
	st := openStore(t)
	list := []store.Feed{{URL: srv.URL + "/etag"}, {URL: srv.URL + "/lastmod"}, {URL: srv.URL + "/both", Title: "Both"}}
	ctx := context.Background()

	var calls atomic.Int32
	first := Refresh(ctx, st, list, testOptions(), func(Result) { calls.Add(1) })
	if first.OK != 3 || first.Failed != 0 || first.New != 12 {
		t.Fatalf("first refresh: %+v", first)
	}
	if calls.Load() != 3 {
		t.Errorf("progress called %d times, want once per feed", calls.Load())
	}
	if got := srv.bodies.Load(); got != 3 {
		t.Fatalf("first refresh read %d bodies, want 3", got)
	}
	before := map[string]store.FeedState{}
	for _, f := range list {
		before[f.URL] = feedState(t, st, f.URL)
	}
	if fs := before[srv.URL+"/etag"]; fs.ETag != `"/etag-v1"` || fs.Items != 4 {
		t.Errorf("stored state %+v", fs)
	}
	if fs := before[srv.URL+"/lastmod"]; fs.LastModified != "Wed, 25 Nov 2026 10:00:00 GMT" {
		t.Errorf("stored Last-Modified %q", fs.LastModified)
	}
	articles := articleCount(t, st)

	second := Refresh(ctx, st, list, testOptions(), nil)
	if second.NotModified != 3 || second.OK != 0 || second.New != 0 || second.Updated != 0 {
		t.Errorf("second refresh: %+v", second)
	}
	if got := srv.bodies.Load(); got != 3 {
		t.Errorf("the second refresh read %d more bodies, want none", got-3)
	}
	for _, f := range list {
		after := feedState(t, st, f.URL)
		if !after.LastFetch.Equal(before[f.URL].LastFetch) || after.ETag != before[f.URL].ETag || after.Items != before[f.URL].Items {
			t.Errorf("a 304 wrote to the store: %+v became %+v", before[f.URL], after)
		}
	}
	if got := articleCount(t, st); got != articles {
		t.Errorf("articles went from %d to %d", articles, got)
	}
}

func TestRefreshOneFailureAmongGoodFeeds(t *testing.T) {
	var broken atomic.Bool
	mux := http.NewServeMux()
	mux.HandleFunc("/good/", func(w http.ResponseWriter, r *http.Request) { w.Write(readTestdata(t, "atom.xml")) })
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if broken.Load() {
			http.Error(w, "oops", 500)
			return
		}
		w.Write(readTestdata(t, "feed.json"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(readTestdata(t, "page.html"))
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { w.Write(readTestdata(t, "malformed.xml")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	st := openStore(t)
	ctx := context.Background()

	list := []store.Feed{
		{URL: srv.URL + "/good/1"}, {URL: srv.URL + "/missing"}, {URL: srv.URL + "/good/2"},
		{URL: srv.URL + "/flaky"}, {URL: srv.URL + "/html"}, {URL: srv.URL + "/broken"},
	}
	sum := Refresh(ctx, st, list, testOptions(), nil)
	if sum.OK != 3 || sum.Failed != 3 || len(sum.Failures) != 3 {
		t.Fatalf("summary %+v", sum)
	}
	want := map[string]string{
		srv.URL + "/missing": "feed " + srv.URL + "/missing: HTTP 404 Not Found",
		srv.URL + "/html":    "feed " + srv.URL + "/html: not a feed: the address serves an HTML page",
		srv.URL + "/broken":  "feed " + srv.URL + "/broken: parse: XML syntax error on line",
	}
	for _, f := range sum.Failures {
		if w, ok := want[f.Feed.URL]; !ok || !strings.HasPrefix(f.Err.Error(), w) {
			t.Errorf("failure %v, want one starting %q", f.Err, w)
		}
		if strings.Contains(f.Err.Error(), "\n") {
			t.Errorf("failure spans lines: %q", f.Err)
		}
		if fs := feedState(t, st, f.Feed.URL); fs.LastError == "" || !strings.HasSuffix(f.Err.Error(), fs.LastError) {
			t.Errorf("stored last error %q for %v", fs.LastError, f.Err)
		}
	}

	// The flaky feed now fails: its items stay and its error is recorded.
	broken.Store(true)
	kept := feedState(t, st, srv.URL+"/flaky").Items
	sum = Refresh(ctx, st, list[3:4], testOptions(), nil)
	if sum.Failed != 1 || sum.Failures[0].Err.Error() != "feed "+srv.URL+"/flaky: HTTP 500 Internal Server Error" {
		t.Fatalf("summary %+v", sum)
	}
	fs := feedState(t, st, srv.URL+"/flaky")
	if fs.Items != kept || kept == 0 || fs.LastError != "HTTP 500 Internal Server Error" {
		t.Errorf("after a failure: %+v (had %d items)", fs, kept)
	}
}

// hostServer is a server on its own loopback address that records the most
// requests and the most open connections it saw at once.
type hostServer struct {
	*httptest.Server
	mu                  sync.Mutex
	active, conns       int
	maxActive, maxConns int
}

func newHostServer(t *testing.T, ip string, delay time.Duration, body []byte) *hostServer {
	t.Helper()
	l, err := net.Listen("tcp", ip+":0")
	if err != nil {
		t.Skipf("cannot listen on %s: %v", ip, err)
	}
	hs := &hostServer{}
	hs.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hs.mu.Lock()
		hs.active++
		hs.maxActive = max(hs.maxActive, hs.active)
		hs.mu.Unlock()
		time.Sleep(delay)
		w.Write(body)
		hs.mu.Lock()
		hs.active--
		hs.mu.Unlock()
	}))
	hs.Listener.Close()
	hs.Listener = l
	hs.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		hs.mu.Lock()
		defer hs.mu.Unlock()
		switch s {
		case http.StateNew:
			hs.conns++
			hs.maxConns = max(hs.maxConns, hs.conns)
		case http.StateClosed, http.StateHijacked:
			hs.conns--
		}
	}
	hs.Start()
	t.Cleanup(hs.Close)
	return hs
}

func TestRefreshPerHostConnectionLimit(t *testing.T) {
	body := readTestdata(t, "atom.xml")
	hosts := []*hostServer{
		newHostServer(t, "127.0.0.1", 30*time.Millisecond, body),
		newHostServer(t, "127.0.0.2", 30*time.Millisecond, body),
		newHostServer(t, "127.0.0.3", 30*time.Millisecond, body),
	}
	var list []store.Feed
	for i := 0; i < 12; i++ {
		for _, h := range hosts {
			list = append(list, store.Feed{URL: fmt.Sprintf("%s/feed/%d", h.URL, i)})
		}
	}
	st := openStore(t)
	opt := testOptions()
	opt.Jobs = 8
	sum := Refresh(context.Background(), st, list, opt, nil)
	if sum.OK != len(list) {
		t.Fatalf("summary %+v", sum)
	}
	total := 0
	for _, h := range hosts {
		h.mu.Lock()
		if h.maxActive > 2 || h.maxConns > 2 {
			t.Errorf("%s saw %d requests and %d connections at once; the limit is 2", h.URL, h.maxActive, h.maxConns)
		}
		total += h.maxActive
		h.mu.Unlock()
	}
	if total <= 2 {
		t.Errorf("hosts were fetched one after another (peak %d in all); the pool should run them side by side", total)
	}
}

func TestRefreshCancel(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	var list []store.Feed
	for i := 0; i < 20; i++ {
		list = append(list, store.Feed{URL: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	sum := Refresh(ctx, st, list, testOptions(), nil)
	if d := time.Since(start); d > time.Second {
		t.Errorf("cancelled refresh took %v", d)
	}
	if sum.OK+sum.NotModified+sum.Failed >= len(list) {
		t.Errorf("feeds not yet started should be skipped: %+v", sum)
	}
	if fs := feedState(t, st, list[0].URL); fs.LastError != "" {
		t.Errorf("an interrupted fetch is not the feed's failure, yet %q was recorded", fs.LastError)
	}
}

func TestRefreshStoresCleanCyrillicFromHeaderCharset(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=windows-1251")
		w.Write(readTestdata(t, "cp1251-nodecl.xml"))
	}))
	defer srv.Close()
	st := openStore(t)
	if sum := Refresh(context.Background(), st, []store.Feed{{URL: srv.URL}}, testOptions(), nil); sum.OK != 1 {
		t.Fatalf("summary %+v", sum)
	}
	b, err := st.Briefing(context.Background(), time.Now(), 0)
	if err != nil || len(b.Articles) != 1 {
		t.Fatalf("%v %v", b.Articles, err)
	}
	if a := b.Articles[0]; a.Title != "Переговоры в Москве" || a.Link != srv.URL+"/2026/11/talks" || a.Feed != "Новости дня" {
		t.Errorf("stored article %q %q %q", a.Title, a.Link, a.Feed)
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{OK: 3, NotModified: 1, Failed: 1, New: 12, Updated: 2}
	if got, want := s.String(), "5 feeds: 3 ok, 1 not modified, 1 failed; 12 new items, 2 updated"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if got, want := (Summary{OK: 1, New: 1}).String(), "1 feed: 1 ok, 0 not modified, 0 failed; 1 new item"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestRefreshLocalFilesSkipUnchanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(path, readTestdata(t, "atom.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	ctx := context.Background()
	// The same feed twice in the list is fetched once.
	list := []store.Feed{{URL: path}, {URL: path}, {URL: "file://" + filepath.Join(dir, "missing.xml")}}
	first := Refresh(ctx, st, list, testOptions(), nil)
	if first.OK != 1 || first.Failed != 1 || first.New != 2 {
		t.Fatalf("first refresh: %s", first)
	}
	if second := Refresh(ctx, st, list, testOptions(), nil); second.NotModified != 1 || second.New != 0 {
		t.Errorf("an unchanged file should be not modified: %s", second)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if third := Refresh(ctx, st, list, testOptions(), nil); third.OK != 1 || third.New != 0 {
		t.Errorf("a touched file is read again, adding nothing: %s", third)
	}
	if empty := Refresh(ctx, st, nil, testOptions(), nil); empty.OK+empty.NotModified+empty.Failed != 0 {
		t.Errorf("an empty list: %+v", empty)
	}
}

// A server that answers 429 with Retry-After is not asked again before then;
// once it answers (here with a 304) the feed reads as healthy again.
func TestRefreshHonoursRetryAfter(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	body := readTestdata(t, "rss2.xml")
	var mode atomic.Int32 // 0 feed, 1 too many requests, 2 not modified
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		switch mode.Load() {
		case 1:
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		case 2:
			w.WriteHeader(http.StatusNotModified)
		default:
			w.Header().Set("ETag", `"v1"`)
			w.Write(body)
		}
	}))
	defer srv.Close()
	list := []store.Feed{{URL: srv.URL + "/feed"}}
	if sum := Refresh(ctx, st, list, testOptions(), nil); sum.OK != 1 {
		t.Fatalf("first refresh: %+v", sum)
	}

	mode.Store(1)
	sum := Refresh(ctx, st, list, testOptions(), nil)
	if sum.Failed != 1 || !strings.Contains(sum.Failures[0].Err.Error(), "HTTP 429 Too Many Requests (the server asks to wait until") {
		t.Fatalf("429 refresh: %+v", sum)
	}
	fs := feedState(t, st, list[0].URL)
	if wait := time.Until(fs.RetryAfter); wait < 100*time.Second || wait > 121*time.Second {
		t.Errorf("retry after %v from now, want about 120 s", wait)
	}

	// Within the wait the feed is deferred: no request, no failure, and the
	// summary says so.
	before := requests.Load()
	sum = Refresh(ctx, st, list, testOptions(), nil)
	if sum.Deferred != 1 || sum.Failed != 0 || requests.Load() != before {
		t.Errorf("refresh within the wait: %+v, %d requests", sum, requests.Load()-before)
	}
	if !strings.Contains(sum.String(), "1 deferred") {
		t.Errorf("summary line %q does not count the deferred feed", sum)
	}

	// Past the wait (moved back here) a 304 clears the error and the wait.
	if err := st.SaveError(ctx, list[0].URL, fs.LastError, fs.LastFetch, time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	mode.Store(2)
	if sum := Refresh(ctx, st, list, testOptions(), nil); sum.NotModified != 1 {
		t.Fatalf("refresh after the wait: %+v", sum)
	}
	if fs := feedState(t, st, list[0].URL); fs.LastError != "" || !fs.RetryAfter.IsZero() || fs.Items == 0 {
		t.Errorf("after a 304 following a failure: %+v", fs)
	}
}

func TestRetryAfterForms(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		code   int
		header string
		want   time.Duration // 0: not honoured
	}{
		{429, "30", 30 * time.Second},
		{503, now.Add(time.Hour).Format(http.TimeFormat), time.Hour},
		{429, "99999999", maxRetryAfter},
		{429, now.Add(48 * time.Hour).Format(http.TimeFormat), maxRetryAfter},
		{429, "", 0},
		{429, "soon", 0},
		{429, "-5", 0},
		{503, now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{500, "30", 0},
	}
	for _, c := range cases {
		resp := &http.Response{StatusCode: c.code, Header: http.Header{"Retry-After": {c.header}}}
		until, ok := retryAfter(resp, now)
		if got := until.Sub(now); ok != (c.want > 0) || (ok && got != c.want) {
			t.Errorf("%d Retry-After %q: %v %v, want %v", c.code, c.header, got, ok, c.want)
		}
	}
}
