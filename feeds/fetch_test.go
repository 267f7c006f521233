package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testOptions are the defaults with limits small enough for tests.
func testOptions() Options {
	o := DefaultOptions("test")
	o.Timeout = 2 * time.Second
	return o
}

func fetchURL(t *testing.T, opt Options, url, etag, lastModified string) (response, error) {
	t.Helper()
	return fetch(context.Background(), newClient(opt), opt, url, etag, lastModified)
}

func TestDefaultOptions(t *testing.T) {
	o := DefaultOptions("1.2.3")
	if o.Jobs != 8 || o.PerHost != 2 || o.Timeout != 20*time.Second || o.MaxBody != 16<<20 || o.MaxRedirects != 10 {
		t.Errorf("defaults %+v", o)
	}
	if o.UserAgent != "briefing/1.2.3 (+https://github.com/briefing-news/briefing)" {
		t.Errorf("user agent %q", o.UserAgent)
	}
	if z := (Options{}).withDefaults(); z.Jobs != 8 || z.PerHost != 2 || z.Timeout != 20*time.Second || z.MaxBody != 16<<20 || z.MaxRedirects != 10 {
		t.Errorf("a zero Options must get the defaults: %+v", z)
	}
}

func TestFetchSendsHonestHeaders(t *testing.T) {
	var got http.Header
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		w.Header().Set("ETag", `"v2"`)
		w.Header().Set("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(readTestdata(t, "rss2.xml"))
	}))
	defer srv.Close()
	r, err := fetchURL(t, testOptions(), srv.URL+"/rss", `"v1"`, "Tue, 24 Nov 2026 10:00:00 GMT")
	if err != nil {
		t.Fatal(err)
	}
	if ua := got.Get("User-Agent"); !strings.HasPrefix(ua, "briefing/test ") {
		t.Errorf("User-Agent %q", ua)
	}
	if got.Get("If-None-Match") != `"v1"` || got.Get("If-Modified-Since") != "Tue, 24 Nov 2026 10:00:00 GMT" {
		t.Errorf("conditional headers missing: %v", got)
	}
	if r.etag != `"v2"` || r.lastModified != "Wed, 25 Nov 2026 10:00:00 GMT" || r.contentType != "application/rss+xml" {
		t.Errorf("response metadata %+v", r)
	}
}

func TestFetchFailures(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 4096)
	mux := http.NewServeMux()
	mux.HandleFunc("/404", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		// A body on an error status must not be parsed as a feed.
		w.WriteHeader(500)
		w.Write(readTestdata(t, "rss2.xml"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<rss>"))
		for i := 0; i < 100; i++ {
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
			w.Write([]byte(" "))
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write(big) })
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		// Small on the wire, large once inflated: the limit applies to what
		// is inflated.
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(bytes.Repeat([]byte(" "), 1<<20))
		zw.Close()
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	opt := testOptions()
	opt.MaxBody = 1024
	opt.Timeout = 300 * time.Millisecond
	tests := []struct{ path, want string }{
		{"/404", "HTTP 404 Not Found"},
		{"/500", "HTTP 500 Internal Server Error"},
		{"/slow", "timeout after 300ms"},
		{"/trickle", "timeout after 300ms"},
		{"/big", "body exceeds 1 KiB"},
		{"/bomb", "body exceeds 1 KiB"},
		{"/loop", "stopped after 10 redirects"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			start := time.Now()
			_, err := fetchURL(t, opt, srv.URL+tt.path, "", "")
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("a failing fetch held its worker for %v", d)
			}
		})
	}
}

func TestFetchFollowsRedirectsUpToTheLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
			return
		}
		w.Write(readTestdata(t, "atom.xml"))
	}))
	defer srv.Close()
	opt := testOptions()
	opt.MaxRedirects = 3
	if _, err := fetchURL(t, opt, srv.URL+"/hop/3", "", ""); err != nil {
		t.Errorf("3 redirects with a limit of 3: %v", err)
	}
	if _, err := fetchURL(t, opt, srv.URL+"/hop/4", "", ""); err == nil || err.Error() != "stopped after 3 redirects" {
		t.Errorf("4 redirects with a limit of 3: %v", err)
	}
}

func TestFetchGzip(t *testing.T) {
	var askedGzip atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Write(readTestdata(t, "rss2.xml"))
			return
		}
		askedGzip.Store(true)
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(readTestdata(t, "rss2.xml"))
		zw.Close()
	}))
	defer srv.Close()
	r, err := fetchURL(t, testOptions(), srv.URL, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !askedGzip.Load() {
		t.Error("the request did not offer gzip")
	}
	if !bytes.Equal(r.body, readTestdata(t, "rss2.xml")) {
		t.Errorf("body not inflated: %q", r.body[:min(len(r.body), 40)])
	}
}

func TestFetchNotModified(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"same"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"same"`)
		w.Write(readTestdata(t, "rss2.xml"))
	}))
	defer srv.Close()
	first, err := fetchURL(t, testOptions(), srv.URL, "", "")
	if err != nil || first.notModified || first.etag != `"same"` {
		t.Fatalf("first fetch %+v, %v", first, err)
	}
	second, err := fetchURL(t, testOptions(), srv.URL, first.etag, "")
	if err != nil || !second.notModified || second.body != nil {
		t.Errorf("second fetch %+v, %v; want a bodiless 304", second, err)
	}
}

func TestFetchLocalFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(path, readTestdata(t, "atom.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, addr := range []string{path, "file://" + path} {
		r, err := fetchURL(t, testOptions(), addr, "", "")
		if err != nil || len(r.body) == 0 || r.lastModified == "" {
			t.Fatalf("%s: %+v, %v", addr, r, err)
		}
		again, err := fetchURL(t, testOptions(), addr, "", r.lastModified)
		if err != nil || !again.notModified {
			t.Errorf("%s: an unchanged file should be not modified: %+v, %v", addr, again, err)
		}
	}
	if _, err := fetchURL(t, testOptions(), filepath.Join(dir, "missing.xml"), "", ""); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := fetchURL(t, testOptions(), dir, "", ""); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: %v", err)
	}
	if _, err := fetchURL(t, testOptions(), "exec:~/bin/make-feed", "", ""); err == nil || !strings.Contains(err.Error(), "unsupported address") {
		t.Errorf("exec: %v", err)
	}
}
