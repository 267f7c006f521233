package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/brief"
)

func TestOpenCreatesTheDirectoryAndUsesWAL(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "not", "yet", "there", "briefing.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file: %v", err)
	}
	for _, db := range []*sql.DB{s.write, s.read} {
		var mode string
		if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" {
			t.Errorf("journal_mode = %s, want wal", mode)
		}
	}
	var busy, fk int
	if err := s.write.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
		t.Fatal(err)
	}
	if err := s.write.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if busy < 1000 || fk != 1 {
		t.Errorf("busy_timeout = %d, foreign_keys = %d", busy, fk)
	}
	// The read pool cannot write, so no write can bypass the write connection.
	if _, err := s.read.ExecContext(ctx, "DELETE FROM items"); err == nil {
		t.Error("the read pool accepted a write")
	}
}

func TestOpenHandlesPathsThatLookLikeURIs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd ?name#1%.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, Feed{URL: "u"}, Fetched{Items: items(1, t0)}, t0)
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at the path given: %v", err)
	}
}

func TestMemoryStoresArePrivateAndKeepTheirData(t *testing.T) {
	a, b := openMem(t, nil), openMem(t, nil)
	mustSave(t, a, Feed{URL: "u"}, Fetched{Items: items(3, t0)}, t0)
	// Many queries in a row: a store that opened a new connection per query
	// would find an empty database.
	for range 5 {
		if n := len(mustBriefing(t, a, 0).Articles); n != 3 {
			t.Fatalf("memory store holds %d articles, want 3", n)
		}
	}
	if n := len(mustBriefing(t, b, 0).Articles); n != 0 {
		t.Errorf("a second memory store sees %d articles of the first", n)
	}
}

func TestMigrationsRunOnceAndKeepData(t *testing.T) {
	ctx := context.Background()
	s, path := openFile(t, nil)
	mustSave(t, s, Feed{URL: "u"}, Fetched{Items: items(2, t0)}, t0)
	var version int
	if err := s.write.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != schemaVersion || version < 1 {
		t.Errorf("user_version = %d, want %d", version, schemaVersion)
	}
	s.Close()
	s2, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if n := len(mustBriefing(t, s2, 0).Articles); n != 2 {
		t.Errorf("after reopening: %d articles, want 2", n)
	}
}

func TestOpenRefusesADatabaseFromANewerBriefing(t *testing.T) {
	ctx := context.Background()
	s, path := openFile(t, nil)
	if _, err := s.write.ExecContext(ctx, "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(ctx, path, nil)
	if err == nil || !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), path) {
		t.Errorf("opening a newer database: err = %v, want a clear error naming the path", err)
	}
}

func TestOpenRejectsAFileThatIsNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("not sqlite\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(context.Background(), path, nil); err == nil {
		s.Close()
		t.Error("opened a file that is not a database")
	}
}

func TestSyncFeedsUpsertsAndNeverDeletes(t *testing.T) {
	ctx := context.Background()
	s := openMem(t, nil)
	mustSave(t, s, Feed{URL: "https://a.example/feed"}, Fetched{Title: "A's own", Items: items(2, t0)}, t0)
	feeds := []Feed{
		{URL: "https://a.example/feed", Title: "Custom A", Tags: []string{"news", "wire"}},
		{URL: "https://b.example/feed", Tags: []string{"analysis"}},
	}
	if err := s.SyncFeeds(ctx, feeds); err != nil {
		t.Fatal(err)
	}
	got, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("Feeds() = %d feeds, want 2", len(got))
	}
	a := got[0]
	if a.Title != "Custom A" || !slices.Equal(a.Tags, []string{"news", "wire"}) || a.FeedTitle != "A's own" || a.Items != 2 {
		t.Errorf("feed a = %+v", a)
	}
	if got[1].URL != feeds[1].URL || !slices.Equal(got[1].Tags, []string{"analysis"}) || got[1].Items != 0 {
		t.Errorf("feed b = %+v", got[1])
	}
	// The display title follows the custom title.
	if arts := mustBriefing(t, s, 0).Articles; arts[0].Feed != "Custom A" || !slices.Equal(arts[0].FeedTags, []string{"news", "wire"}) {
		t.Errorf("article feed %q tags %v", arts[0].Feed, arts[0].FeedTags)
	}
	// A feed dropped from the urls file keeps its items, hidden from the
	// briefing (both loads) until it is put back, read flags and all.
	read := mustBriefing(t, s, 0).Articles[0].ID
	if err := s.SetRead(ctx, read, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SyncFeeds(ctx, feeds[1:]); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{0, 10} {
		if n := len(mustBriefing(t, s, limit).Articles); n != 0 {
			t.Errorf("after dropping feed a: %d articles (limit %d), want 0", n, limit)
		}
	}
	if st, _ := s.FeedState(ctx, feeds[0].URL); !st.Hidden || st.Items != 2 {
		t.Errorf("dropped feed state = %+v", st)
	}
	if err := s.SyncFeeds(ctx, feeds); err != nil {
		t.Fatal(err)
	}
	back := mustBriefing(t, s, 0).Articles
	if len(back) != 2 || !slices.ContainsFunc(back, func(a brief.Article) bool { return a.ID == read && a.Read }) {
		t.Errorf("after putting feed a back: %+v", back)
	}
	if st, _ := s.FeedState(ctx, feeds[0].URL); st.Hidden {
		t.Errorf("feed a is back but hidden")
	}
	if st, err := s.FeedState(ctx, "https://unknown.example/"); err != nil || st.URL != "https://unknown.example/" || st.Items != 0 {
		t.Errorf("unknown feed state = %+v, %v", st, err)
	}
}

func TestArticleFeedDisplayTitle(t *testing.T) {
	s := openMem(t, nil)
	mustSave(t, s, Feed{URL: "https://custom", Title: "Custom"}, Fetched{Title: "Own", Items: items(1, t0)}, t0)
	mustSave(t, s, Feed{URL: "https://own"}, Fetched{Title: "Own", Items: items(1, t0.Add(-time.Minute))}, t0)
	mustSave(t, s, Feed{URL: "https://bare"}, Fetched{Items: items(1, t0.Add(-2*time.Minute))}, t0)
	// A later fetch that gives no title keeps the feed's own title.
	mustSave(t, s, Feed{URL: "https://own"}, Fetched{Items: items(1, t0.Add(-time.Minute))}, t0.Add(time.Hour))
	var got []string
	for _, a := range mustBriefing(t, s, 0).Articles {
		got = append(got, a.Feed)
	}
	if want := []string{"Custom", "Own", "https://bare"}; !slices.Equal(got, want) {
		t.Errorf("feed titles %v, want %v", got, want)
	}
}

func TestBriefingLoadsNewestFirstWithoutText(t *testing.T) {
	ctx := context.Background()
	s := openMem(t, newFake("1"))
	mustSave(t, s, Feed{URL: "https://a", Tags: []string{"analysis"}}, Fetched{Title: "A", Items: items(5, t0)}, t0)
	mustSave(t, s, Feed{URL: "https://b"}, Fetched{Title: "B", Items: items(5, t0.Add(-30*time.Minute))}, t0)
	all := mustBriefing(t, s, 0)
	if len(all.Articles) != 10 {
		t.Fatalf("%d articles, want 10", len(all.Articles))
	}
	for i, a := range all.Articles {
		if a.Text != "" {
			t.Errorf("article %d loaded with text", i)
		}
		if i > 0 && a.Published.After(all.Articles[i-1].Published) {
			t.Errorf("article %d is newer than the one before", i)
		}
		if len(a.Found.Actors) != 3 || a.Found.Actors[1].Role != "role of Witkoff" || a.Found.Actors[1].Aliases[0] != "WITKOFF" {
			t.Errorf("article %d extraction = %+v", i, a.Found.Actors)
		}
	}
	if len(all.Takes) != 5 || all.Takes[0].Analyst != "A" {
		t.Errorf("takes from the analysis feed: %d, first %+v", len(all.Takes), all.Takes)
	}
	if len(all.Actors) == 0 || all.Actors[0].Mentions < 10 {
		t.Errorf("assembled actors = %+v", all.Actors)
	}
	top := mustBriefing(t, s, 4)
	if len(top.Articles) != 4 {
		t.Fatalf("limit 4: %d articles", len(top.Articles))
	}
	for i := range top.Articles {
		if top.Articles[i].ID != all.Articles[i].ID || top.Articles[i].Feed != all.Articles[i].Feed ||
			!slices.Equal(top.Articles[i].FeedTags, all.Articles[i].FeedTags) {
			t.Errorf("limit 4: article %d is %s of %q %v, want %s of %q %v", i, top.Articles[i].ID, top.Articles[i].Feed,
				top.Articles[i].FeedTags, all.Articles[i].ID, all.Articles[i].Feed, all.Articles[i].FeedTags)
		}
	}
	if one := mustBriefing(t, s, 1).Articles; len(one) != 1 || one[0].Feed != "A" {
		t.Errorf("limit 1: %+v", one)
	}
	full, err := s.Article(ctx, all.Articles[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(full.Text, "\n\nSecond paragraph.") || full.Feed != "A" || full.Link == "" || full.Author != "Reporter" {
		t.Errorf("article = %+v", full)
	}
}

func TestReadStarredAndWatched(t *testing.T) {
	ctx := context.Background()
	s := openMem(t, nil)
	mustSave(t, s, Feed{URL: "u"}, Fetched{Items: items(1, t0)}, t0)
	id := mustBriefing(t, s, 0).Articles[0].ID
	for _, on := range []bool{true, false} {
		if err := s.SetRead(ctx, id, on); err != nil {
			t.Fatal(err)
		}
		if err := s.SetStarred(ctx, id, !on); err != nil {
			t.Fatal(err)
		}
		a, _ := s.Article(ctx, id)
		if a.Read != on || a.Starred != !on {
			t.Errorf("read=%v starred=%v, want %v %v", a.Read, a.Starred, on, !on)
		}
	}
	if err := s.SetRead(ctx, "missing", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetRead on an unknown id: %v", err)
	}
	if err := s.SetStarred(ctx, "missing", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetStarred on an unknown id: %v", err)
	}

	for _, name := range []string{"Vladimir Putin", "Steve Witkoff", "vladimir putin", " Steve Witkoff "} {
		if err := s.SetWatched(ctx, name, true); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := s.Watched(ctx); !slices.Equal(got, []string{"Steve Witkoff", "Vladimir Putin"}) {
		t.Errorf("watched = %q", got)
	}
	if err := s.SetWatched(ctx, "VLADIMIR PUTIN", false); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Watched(ctx); !slices.Equal(got, []string{"Steve Witkoff"}) {
		t.Errorf("after unwatching: %q", got)
	}
	if err := s.SetWatched(ctx, "  ", true); err == nil {
		t.Error("watching an empty name succeeded")
	}
}

// A database made by schema version 1 (text in items) is migrated with its
// items, text and search intact.
func TestMigrationFromVersion1KeepsItemsAndSearch(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", fileDSN(path, true))
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		migrations[0],
		`INSERT INTO feeds (id, url, feed_title) VALUES (1, 'https://old', 'Old')`,
		`INSERT INTO items (id, feed_id, guid, link, title, author, first_seen, sort_time, text, content_hash, read)
			VALUES ('abc', 1, 'g', 'l', 'Witkoff arrives', 'a', 1, 1, 'He met Putin in Moscow.', 'h', 1)`,
		`PRAGMA user_version = 1`,
	} {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("open a version 1 database: %v", err)
	}
	defer s.Close()
	a, err := s.Article(ctx, "abc")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "He met Putin in Moscow." || a.Title != "Witkoff arrives" || !a.Read || a.Feed != "Old" {
		t.Errorf("migrated article = %+v", a)
	}
	for _, q := range []string{"witkoff", "moscow"} {
		if ids, err := s.Search(ctx, q, 0); err != nil || !slices.Equal(ids, []string{"abc"}) {
			t.Errorf("Search(%q) after migration = %v, %v", q, ids, err)
		}
	}
	// And it takes new items as a fresh database does.
	mustSave(t, s, Feed{URL: "https://old"}, Fetched{Items: items(2, t0)}, t0)
	if ids, _ := s.Search(ctx, "paragraph", 0); len(ids) != 2 {
		t.Errorf("search after saving into a migrated database: %v", ids)
	}
}

func TestParallelLoadEqualsSerialLoad(t *testing.T) {
	ctx := context.Background()
	s, _ := openFile(t, newFake("1"))
	for f := range 7 {
		mustSave(t, s, Feed{URL: fmt.Sprintf("https://f%d", f)}, Fetched{Items: items(23, t0.Add(time.Duration(f)*time.Minute))}, t0)
	}
	serial, err := s.articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func(min int64, procs int) {
		parallelLoadMin = min
		runtime.GOMAXPROCS(procs)
	}(parallelLoadMin, runtime.GOMAXPROCS(3))
	parallelLoadMin = 1
	parallel, err := s.articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	byID := func(a, b brief.Article) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(serial, byID)
	slices.SortFunc(parallel, byID)
	if len(serial) != 7*23 || !reflect.DeepEqual(serial, parallel) {
		t.Errorf("parallel load of %d articles differs from the serial load of %d", len(parallel), len(serial))
	}
}
