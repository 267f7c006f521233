package store

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/brief"
)

func TestRefetchAddsNoDuplicatesAndKeepsReadAndStarred(t *testing.T) {
	ctx := context.Background()
	ex := newFake("1")
	s := openMem(t, ex)
	feed := Feed{URL: "https://example.org/feed", Title: "Custom", Tags: []string{"analysis", "wire"}}
	f := Fetched{Title: "Example", Items: items(3, t0)}
	if got := mustSave(t, s, feed, f, t0); got != (Saved{New: 3}) {
		t.Fatalf("first save = %+v, want 3 new", got)
	}
	// Each new item is extracted once, with its feed's display title and tags.
	if n := ex.calls.Load(); n != 3 {
		t.Errorf("first save extracted %d times, want 3", n)
	}
	if d, ok := ex.doc(ItemID(feed.URL, f.Items[0])); !ok || d.Feed != "Custom" || d.FeedURL != feed.URL ||
		!slices.Equal(d.Tags, feed.Tags) || !d.Published.Equal(f.Items[0].Published) || d.Text != f.Items[0].Text {
		t.Errorf("extraction saw %+v", d)
	}
	first := mustBriefing(t, s, 0).Articles
	if err := s.SetRead(ctx, first[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, first[1].ID, true); err != nil {
		t.Fatal(err)
	}
	calls := ex.calls.Load()

	if got := mustSave(t, s, feed, f, t0.Add(time.Hour)); got != (Saved{}) {
		t.Errorf("re-save of unchanged items = %+v, want nothing written", got)
	}
	if n := ex.calls.Load() - calls; n != 0 {
		t.Errorf("re-save of unchanged items extracted %d times, want 0", n)
	}
	again := mustBriefing(t, s, 0).Articles
	if len(again) != 3 {
		t.Fatalf("after re-save: %d articles, want 3", len(again))
	}
	for i := range again {
		if again[i].ID != first[i].ID {
			t.Errorf("article %d: id %s, was %s", i, again[i].ID, first[i].ID)
		}
	}
	if !again[0].Read || again[0].Starred || again[1].Read || !again[1].Starred || again[2].Read {
		t.Errorf("read/starred after re-save: %+v %+v %+v", flags(again[0]), flags(again[1]), flags(again[2]))
	}
	st, err := s.FeedState(ctx, feed.URL)
	if err != nil {
		t.Fatal(err)
	}
	if st.Items != 3 || st.FeedTitle != "Example" || !st.LastFetch.Equal(t0.Add(time.Hour)) {
		t.Errorf("feed state = %+v", st)
	}
}

func flags(a brief.Article) string {
	return fmt.Sprintf("%s read=%v starred=%v", a.ID, a.Read, a.Starred)
}

func TestChangedItemUpdatesInPlaceAndIsReextracted(t *testing.T) {
	ctx := context.Background()
	ex := newFake("1")
	s := openMem(t, ex)
	feed := Feed{URL: "https://example.org/feed"}
	list := items(2, t0)
	mustSave(t, s, feed, Fetched{Items: list}, t0)
	id := ItemID(feed.URL, list[0])
	if err := s.SetRead(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, id, true); err != nil {
		t.Fatal(err)
	}

	calls := ex.calls.Load()
	list[0].Title = "Item 0 Rubio Lavrov"
	list[0].Text = "Rubio spoke to Lavrov."
	if got := mustSave(t, s, feed, Fetched{Items: list}, t0.Add(time.Hour)); got != (Saved{Updated: 1}) {
		t.Fatalf("save with one changed item = %+v, want 1 updated", got)
	}
	if n := ex.calls.Load() - calls; n != 1 {
		t.Errorf("changed item: %d extractions, want 1", n)
	}
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != list[0].Title || a.Text != list[0].Text || !a.Read || !a.Starred {
		t.Errorf("updated article = %q %q read=%v starred=%v", a.Title, a.Text, a.Read, a.Starred)
	}
	if got := actorNames(a.Found); !slices.Equal(got, []string{"Item", "Rubio", "Lavrov"}) {
		t.Errorf("extraction after update found %v, want the new title's actors", got)
	}
	if hits, _ := s.Search(ctx, "Lavrov", 0); !slices.Equal(hits, []string{id}) {
		t.Errorf("search for the new text = %v, want [%s]", hits, id)
	}
	if hits, _ := s.Search(ctx, "Witkoff", 0); slices.Contains(hits, id) {
		t.Errorf("search for the old title still finds the updated item")
	}

	// A change extraction does not read (the author) updates in place
	// without a new extraction.
	calls = ex.calls.Load()
	list[1].Author = "Someone Else"
	if got := mustSave(t, s, feed, Fetched{Items: list}, t0.Add(2*time.Hour)); got != (Saved{Updated: 1}) {
		t.Errorf("save with a new author = %+v, want 1 updated", got)
	}
	if n := ex.calls.Load() - calls; n != 0 {
		t.Errorf("author change: %d extractions, want 0", n)
	}
	b := mustBriefing(t, s, 0)
	if len(b.Articles) != 2 || b.Articles[1].Author != "Someone Else" {
		t.Errorf("after author change: %d articles, second by %q", len(b.Articles), b.Articles[1].Author)
	}
}

func TestItemIDs(t *testing.T) {
	base := Item{GUID: "urn:1", Link: "https://example.org/a", Title: "T", Text: "body"}
	hex16 := regexp.MustCompile(`^[0-9a-f]{16}$`)
	tests := []struct {
		name  string
		a, b  Item
		feedB string
		same  bool
	}{
		{"guid decides over a changed link and title", base, Item{GUID: "urn:1", Link: "https://example.org/b", Title: "U"}, "", true},
		{"guid surrounding space is ignored", base, Item{GUID: "  urn:1\n"}, "", true},
		{"different guids differ", base, Item{GUID: "urn:2", Link: base.Link}, "", false},
		{"without guid the link decides", Item{Link: "https://x/1", Title: "A"}, Item{Link: "https://x/1", Title: "B"}, "", true},
		{"without guid different links differ", Item{Link: "https://x/1"}, Item{Link: "https://x/2"}, "", false},
		{"without guid or link the content decides", Item{Title: "A", Text: "t"}, Item{Title: "A", Text: "t"}, "", true},
		{"without guid or link changed content differs", Item{Title: "A", Text: "t"}, Item{Title: "A", Text: "u"}, "", false},
		{"a guid equal to another item's link is not that item", Item{GUID: "x"}, Item{Link: "x"}, "", false},
		{"the same guid in another feed differs", base, base, "https://other.example/feed", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feedB := tt.feedB
			if feedB == "" {
				feedB = "https://example.org/feed"
			}
			a, b := ItemID("https://example.org/feed", tt.a), ItemID(feedB, tt.b)
			if !hex16.MatchString(a) || !hex16.MatchString(b) {
				t.Fatalf("ids %q %q are not 16 hex digits", a, b)
			}
			if (a == b) != tt.same {
				t.Errorf("ids %s and %s: same=%v, want %v", a, b, a == b, tt.same)
			}
		})
	}
}

func TestStoredIDsAreStableAcrossReopen(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/b.db"
	feed := Feed{URL: "https://example.org/feed"}
	list := []Item{{Title: "no guid, no link", Text: "x"}, {Link: "https://example.org/l"}, {GUID: "g"}}
	var ids [2][]string
	for run := range 2 {
		s, err := Open(ctx, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		saved, err := s.SaveFetch(ctx, feed, Fetched{Items: list}, t0.Add(time.Duration(run)*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if want := (Saved{New: 3 * (1 - run)}); saved != want {
			t.Errorf("run %d: saved %+v, want %+v", run, saved, want)
		}
		for _, a := range mustBriefing(t, s, 0).Articles {
			ids[run] = append(ids[run], a.ID)
		}
		s.Close()
	}
	if !slices.Equal(ids[0], ids[1]) || len(ids[0]) != 3 {
		t.Errorf("ids across runs: %v then %v", ids[0], ids[1])
	}
}

func TestUndatedItemsAreOrderedByFirstSeen(t *testing.T) {
	ex := newFake("1")
	s := openMem(t, ex)
	feed := Feed{URL: "https://example.org/feed"}
	undated := []Item{{GUID: "b", Title: "B"}, {GUID: "a", Title: "A"}, {GUID: "c", Title: "C"}}
	mustSave(t, s, feed, Fetched{Items: undated}, t0)
	order := func() []string {
		var titles []string
		for _, a := range mustBriefing(t, s, 0).Articles {
			titles = append(titles, a.Title)
		}
		return titles
	}
	// The feed's own order, not id order.
	if got := order(); !slices.Equal(got, []string{"B", "A", "C"}) {
		t.Fatalf("undated items ordered %v, want the feed's order B A C", got)
	}
	a, err := s.Article(context.Background(), ItemID(feed.URL, undated[0]))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.Sub(t0).Abs() > time.Millisecond {
		t.Errorf("undated item published %v, want first seen %v", a.Published, t0)
	}
	if d, ok := ex.doc(a.ID); !ok || !d.Published.Equal(a.Published) {
		t.Errorf("extraction saw published %v, want first seen %v", d.Published, a.Published)
	}
	// Later refreshes list them in a new order and add one: the old keep
	// their place, the new one (seen later) comes first.
	mustSave(t, s, feed, Fetched{Items: []Item{{GUID: "d", Title: "D"}, undated[2], undated[1], undated[0]}}, t0.Add(time.Hour))
	mustSave(t, s, feed, Fetched{Items: undated}, t0.Add(2*time.Hour))
	if got := order(); !slices.Equal(got, []string{"D", "B", "A", "C"}) {
		t.Errorf("after refreshes: %v, want D B A C", got)
	}
}

func TestSaveFetchIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	s, _ := openFile(t, newFake("1"))
	feed := Feed{URL: "https://example.org/feed"}
	mustSave(t, s, feed, Fetched{ETag: `"v1"`, Items: items(2, t0)}, t0)
	// A real failure partway through the batch: the third insert aborts.
	if _, err := s.write.ExecContext(ctx, `CREATE TRIGGER poison BEFORE INSERT ON items
		WHEN new.title = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned item'); END`); err != nil {
		t.Fatal(err)
	}
	batch := items(5, t0.Add(24*time.Hour))
	for i := range batch {
		batch[i].GUID += "-new"
	}
	batch[0].Title = "changed title of an item already stored"
	batch[0].GUID = "guid-0"
	batch[3].Title = "poison"
	_, err := s.SaveFetch(ctx, feed, Fetched{Title: "New Title", ETag: `"v2"`, Items: batch}, t0.Add(24*time.Hour))
	if err == nil || !regexp.MustCompile(`poisoned item`).MatchString(err.Error()) {
		t.Fatalf("save with a poisoned item: err = %v", err)
	}
	b := mustBriefing(t, s, 0)
	if len(b.Articles) != 2 {
		t.Errorf("after a failed save: %d articles, want the 2 saved before", len(b.Articles))
	}
	for _, a := range b.Articles {
		if a.Title == batch[0].Title {
			t.Errorf("the failed batch's update of %s is visible", a.ID)
		}
	}
	st, err := s.FeedState(ctx, feed.URL)
	if err != nil {
		t.Fatal(err)
	}
	if st.ETag != `"v1"` || st.FeedTitle != "" || !st.LastFetch.Equal(t0) {
		t.Errorf("after a failed save the feed shows etag %s title %q fetch %v", st.ETag, st.FeedTitle, st.LastFetch)
	}
}

func TestSaveErrorKeepsItemsAndValidators(t *testing.T) {
	ctx := context.Background()
	s := openMem(t, nil)
	feed := Feed{URL: "https://example.org/feed"}
	mustSave(t, s, feed, Fetched{ETag: `"e"`, LastModified: "Wed, 25 Nov 2026 10:00:00 GMT", Items: items(4, t0)}, t0)
	if err := s.SaveError(ctx, feed.URL, "HTTP 500", t0.Add(time.Hour), time.Time{}); err != nil {
		t.Fatal(err)
	}
	st, err := s.FeedState(ctx, feed.URL)
	if err != nil {
		t.Fatal(err)
	}
	if st.Items != 4 || st.LastError != "HTTP 500" || st.ETag != `"e"` || st.LastModified == "" || !st.LastFetch.Equal(t0.Add(time.Hour)) {
		t.Errorf("after SaveError: %+v", st)
	}
	if n := len(mustBriefing(t, s, 0).Articles); n != 4 {
		t.Errorf("after SaveError: %d articles, want 4", n)
	}
	mustSave(t, s, feed, Fetched{ETag: `"f"`, Items: items(4, t0)}, t0.Add(2*time.Hour))
	if st, _ := s.FeedState(ctx, feed.URL); st.LastError != "" || st.ETag != `"f"` {
		t.Errorf("a successful fetch after an error: error %q, etag %s", st.LastError, st.ETag)
	}
	// An unknown feed's error is recorded too, for the refresh summary.
	if err := s.SaveError(ctx, "https://new.example/feed", "timeout", t0, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.FeedState(ctx, "https://new.example/feed"); st.LastError != "timeout" || st.Items != 0 {
		t.Errorf("error on a new feed: %+v", st)
	}
}

func TestRetryAfterIsKeptUntilTheFeedAnswers(t *testing.T) {
	ctx := context.Background()
	s := openMem(t, nil)
	feed := Feed{URL: "https://example.org/feed"}
	mustSave(t, s, feed, Fetched{ETag: `"e"`, Items: items(2, t0)}, t0)
	until := t0.Add(2 * time.Hour)
	if err := s.SaveError(ctx, feed.URL, "HTTP 429 Too Many Requests", t0.Add(time.Hour), until); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.FeedState(ctx, feed.URL); !st.RetryAfter.Equal(until) || st.LastError == "" {
		t.Errorf("after a 429: retry after %v, error %q", st.RetryAfter, st.LastError)
	}
	// A 304 once the wait is over clears both the error and the wait.
	if err := s.SaveNotModified(ctx, feed.URL, t0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	st, _ := s.FeedState(ctx, feed.URL)
	if !st.RetryAfter.IsZero() || st.LastError != "" || st.ETag != `"e"` || st.Items != 2 || !st.LastFetch.Equal(t0.Add(3*time.Hour)) {
		t.Errorf("after a 304: %+v", st)
	}
	// So does a successful fetch.
	if err := s.SaveError(ctx, feed.URL, "HTTP 503", t0.Add(4*time.Hour), t0.Add(5*time.Hour)); err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, feed, Fetched{Items: items(2, t0)}, t0.Add(6*time.Hour))
	if st, _ := s.FeedState(ctx, feed.URL); !st.RetryAfter.IsZero() || st.LastError != "" {
		t.Errorf("after a fetch: retry after %v, error %q", st.RetryAfter, st.LastError)
	}
}

func TestSaveFetchRejectsAnEmptyFeedURL(t *testing.T) {
	s := openMem(t, nil)
	if _, err := s.SaveFetch(context.Background(), Feed{}, Fetched{Items: items(1, t0)}, t0); err == nil {
		t.Error("SaveFetch with an empty feed URL succeeded")
	}
	if err := s.SaveError(context.Background(), "", "x", t0, time.Time{}); err == nil {
		t.Error("SaveError with an empty feed URL succeeded")
	}
}

func TestSaveFetchDropsRepeatedItemsInOneBatch(t *testing.T) {
	s := openMem(t, nil)
	list := items(3, t0)
	list = append(list, list[1])
	if got := mustSave(t, s, Feed{URL: "u"}, Fetched{Items: list}, t0); got != (Saved{New: 3}) {
		t.Errorf("batch with a repeated guid: %+v, want 3 new", got)
	}
	if _, err := s.Article(context.Background(), "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown article: err = %v, want ErrNotFound", err)
	}
}

func TestSaveFetchWithoutATimeUsesNow(t *testing.T) {
	s := openMem(t, nil)
	before := time.Now()
	mustSave(t, s, Feed{URL: "u"}, Fetched{Items: []Item{{GUID: "undated"}}}, time.Time{})
	a := mustBriefing(t, s, 0).Articles[0]
	if a.Published.Before(before.Add(-time.Second)) || a.Published.After(time.Now()) {
		t.Errorf("undated item saved at a zero time is dated %v", a.Published)
	}
}

// panicky panics on any article whose title holds "boom", as a rule with a
// bug would on some hostile text, and extracts the rest as the fake does.
type panicky struct{ *fakeExtractor }

func (p panicky) Extract(d brief.Document) brief.Extraction {
	if strings.Contains(d.Title, "boom") {
		var actors []brief.Actor
		_ = actors[3] // index out of range
	}
	return p.fakeExtractor.Extract(d)
}

func TestAnExtractorPanicCostsOneArticleNotTheRefresh(t *testing.T) {
	s := openMem(t, panicky{newFake("v1")})
	list := items(3, t0)
	list[1].Title = "Item 1 boom Witkoff"
	saved := mustSave(t, s, Feed{URL: "https://example.org/feed"}, Fetched{Items: list}, t0)
	if saved.New != 3 {
		t.Fatalf("saved %+v, want all three items", saved)
	}
	b := mustBriefing(t, s, 0)
	found := map[string]int{}
	for _, a := range b.Articles {
		found[a.Title] = len(a.Found.Actors)
	}
	if found["Item 1 boom Witkoff"] != 0 || found["Item 0 Witkoff Putin"] == 0 {
		t.Errorf("actors per article %v: the panicking one empty, the others extracted", found)
	}
	// Reextracting under a new version survives it too.
	s.ex = panicky{newFake("v2")}
	if n, err := s.Reextract(context.Background()); err != nil || n != 3 {
		t.Errorf("Reextract = %d, %v", n, err)
	}
}
