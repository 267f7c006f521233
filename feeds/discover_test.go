package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiscover(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/base", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(readTestdata(t, "page.html"))
	})
	mux.HandleFunc("/blog/post", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><head>
<link rel="alternate" type="application/json+oembed" href="/oembed">
<link rel="alternate" type="application/atom+xml" href="../feed.atom" title="Atom">
<link rel="alternate" type="application/rss+xml" href="/rss">
</head><body></body></html>`))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/index.html", http.StatusFound)
	})
	mux.HandleFunc("/news/index.html", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<link rel=alternate type=application/feed+json href=feed.json>`))
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml")
		w.Write(readTestdata(t, "rss2.xml"))
	})
	mux.HandleFunc("/nofeed", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><head><link rel="alternate" hreflang="de" href="/de/"></head></html>`))
	})
	mux.HandleFunc("/gone", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct{ page, want, wantErr string }{
		{page: "/base", want: "https://wire.example.com/news/feed/rss.xml"},
		{page: "/blog/post", want: srv.URL + "/feed.atom"},
		{page: "/moved", want: srv.URL + "/news/feed.json"},
		{page: "/feed.xml", want: srv.URL + "/feed.xml"},
		{page: "/nofeed", wantErr: "the page links to no feed"},
		{page: "/gone", wantErr: "HTTP 404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			got, err := Discover(context.Background(), Options{}, srv.URL+tt.page)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), srv.URL+tt.page) {
					t.Errorf("error %v, want one naming the page and %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Discover = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestDiscoverLocalFiles(t *testing.T) {
	feed := filepath.Join("testdata", "atom.xml")
	if got, err := Discover(context.Background(), Options{}, feed); err != nil || got != feed {
		t.Errorf("a local feed should come back as is: %q, %v", got, err)
	}
	if got, err := Discover(context.Background(), Options{}, filepath.Join("testdata", "page.html")); err != nil || got != "https://wire.example.com/news/feed/rss.xml" {
		t.Errorf("a local page: %q, %v", got, err)
	}
}

func TestDiscoverFetchesWithTheConfiguredUserAgent(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><link rel="alternate" type="application/atom+xml" href="/atom"></head></html>`)
	}))
	defer srv.Close()
	opt := DefaultOptions("1.2.3")
	if _, err := Discover(context.Background(), opt, srv.URL); err != nil {
		t.Fatal(err)
	}
	if got != opt.UserAgent || !strings.Contains(got, "briefing/1.2.3") {
		t.Errorf("User-Agent %q, want %q", got, opt.UserAgent)
	}
}
