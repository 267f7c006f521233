package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-news/briefing/feeds/store"
)

// TestRefreshKilledMidWriteLosesNothingCommitted kills a real `briefing
// refresh` process while it writes, then checks the database opens, passes
// SQLite's integrity check, and holds every feed's batch whole or not at all:
// each feed is one transaction, so nothing committed is lost and nothing
// half-written is visible.
func TestRefreshKilledMidWriteLosesNothingCommitted(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	const feedCount, perFeed = 300, 50
	items := map[int]string{}
	for n := 0; n < feedCount; n++ {
		items[n] = rssFeed(n, perFeed)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/feed/%d", &n)
		time.Sleep(10 * time.Millisecond) // spread the refresh out so the kill lands mid-way
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, items[n])
	}))
	defer srv.Close()

	s := newSandbox(t)
	var lines []string
	for n := 0; n < feedCount; n++ {
		lines = append(lines, fmt.Sprintf("%s/feed/%d", srv.URL, n))
	}
	s.writeURLs(lines...)

	cmd := exec.Command(os.Args[0], "refresh")
	cmd.Env = append(os.Environ(), "BRIEFING_RUN_MAIN=1", "HOME="+s.home,
		"XDG_CONFIG_HOME="+s.getenv("XDG_CONFIG_HOME"), "XDG_DATA_HOME="+s.getenv("XDG_DATA_HOME"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	ctx := context.Background()
	seen := waitForItems(t, ctx, s.dbPath(), 20*perFeed, done)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill: %v", err)
	}
	<-done

	db, err := sql.Open("sqlite", s.dbPath())
	if err != nil {
		t.Fatal(err)
	}
	var integrity string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity_check = %q, %v", integrity, err)
	}
	db.Close()

	st, err := store.Open(ctx, s.dbPath(), nil)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	states, err := st.Feeds(ctx)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, f := range states {
		if f.Items != 0 && f.Items != perFeed {
			t.Errorf("feed %s holds %d of %d items: a batch was half written", f.URL, f.Items, perFeed)
		}
		total += f.Items
	}
	if total < seen {
		t.Errorf("%d items after the kill, %d were committed before it", total, seen)
	}
	if total == feedCount*perFeed {
		t.Log("the refresh finished before the kill; the test proved less than it should")
	}

	// The killed refresh's database is fit for the next one, which completes it.
	if code, stdout, stderr := s.run("refresh"); code != 0 {
		t.Fatalf("refresh after the kill: status %d %s %s", code, stdout, stderr)
	}
	st, err = store.Open(ctx, s.dbPath(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	states, _ = st.Feeds(ctx)
	total = 0
	for _, f := range states {
		total += f.Items
	}
	if total != feedCount*perFeed {
		t.Errorf("after a second refresh the store holds %d items, want %d", total, feedCount*perFeed)
	}
}

// waitForItems polls the database until it holds at least want items (read
// through SQLite, as another process would) and returns how many it saw.
func waitForItems(t *testing.T, ctx context.Context, path string, want int, exited <-chan error) int {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("refresh ended before it could be killed: %v", err)
		default:
		}
		if n := countItems(path); n >= want {
			return n
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("refresh wrote nothing within a minute")
	return 0
}

func countItems(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM items").Scan(&n); err != nil {
		return 0
	}
	return n
}
