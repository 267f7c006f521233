package store

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestReextractRerunsStaleExtractionsInBatches(t *testing.T) {
	ctx := context.Background()
	v1 := newFake("1")
	s, path := openFile(t, v1)
	n := reextractBatch + 40 // more than one batch
	for f := 0; f < n/50+1; f++ {
		mustSave(t, s, Feed{URL: fmt.Sprintf("https://feed%d", f)}, Fetched{Items: items(50, t0)}, t0)
	}
	total := (n/50 + 1) * 50
	if got, err := s.Reextract(ctx); err != nil || got != 0 {
		t.Errorf("Reextract with the same version = %d, %v; want 0", got, err)
	}
	s.Close()

	v2 := newFake("2")
	s2, err := Open(ctx, path, v2)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Reextract(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != total || int(v2.calls.Load()) != total {
		t.Errorf("Reextract = %d with %d extractions, want %d", got, v2.calls.Load(), total)
	}
	// The re-extracted documents carry what SaveFetch gave the first time.
	first, _ := v1.doc(ItemID("https://feed0", items(1, t0)[0]))
	again, _ := v2.doc(first.ID)
	if !sameDocument(first, again) {
		t.Errorf("re-extracted document %+v, first extracted as %+v", again, first)
	}
	if got, err := s2.Reextract(ctx); err != nil || got != 0 {
		t.Errorf("second Reextract = %d, %v; want 0", got, err)
	}
}

func TestReextractPicksUpItemsSavedWithoutAnExtractor(t *testing.T) {
	ctx := context.Background()
	s, path := openFile(t, nil)
	mustSave(t, s, Feed{URL: "u"}, Fetched{Items: items(3, t0)}, t0)
	if got, err := s.Reextract(ctx); err != nil || got != 0 {
		t.Errorf("Reextract without an extractor = %d, %v", got, err)
	}
	if a := mustBriefing(t, s, 0).Articles[0]; len(a.Found.Actors) != 0 {
		t.Errorf("extraction without an extractor: %+v", a.Found)
	}
	s.Close()
	ex := newFake("1")
	s2, err := Open(ctx, path, ex)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err := s2.Reextract(ctx); err != nil || got != 3 {
		t.Errorf("Reextract = %d, %v; want 3", got, err)
	}
	if a := mustBriefing(t, s2, 0).Articles[0]; !slices.Equal(actorNames(a.Found), []string{"Item", "Witkoff", "Putin"}) {
		t.Errorf("after Reextract: %v", actorNames(a.Found))
	}
}

func TestChangingAFeedsTagsOrTitleMakesItsExtractionsStale(t *testing.T) {
	ctx := context.Background()
	ex := newFake("1")
	s := openMem(t, ex)
	news := Feed{URL: "https://news"}
	isw := Feed{URL: "https://isw"}
	mustSave(t, s, news, Fetched{Items: items(2, t0)}, t0)
	mustSave(t, s, isw, Fetched{Title: "ISW", Items: items(3, t0)}, t0)
	if b := mustBriefing(t, s, 0); len(b.Takes) != 0 {
		t.Fatalf("takes before tagging: %d", len(b.Takes))
	}
	// Unchanged tags and titles leave extractions alone.
	if err := s.SyncFeeds(ctx, []Feed{news, isw}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Reextract(ctx); got != 0 {
		t.Errorf("Reextract after an unchanged sync = %d", got)
	}
	isw.Tags = []string{"analysis"}
	if err := s.SyncFeeds(ctx, []Feed{news, isw}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Reextract(ctx); err != nil || got != 3 {
		t.Errorf("Reextract after tagging one feed = %d, %v; want its 3 items", got, err)
	}
	b := mustBriefing(t, s, 0)
	if len(b.Takes) != 3 || b.Takes[0].Analyst != "ISW" {
		t.Errorf("takes after tagging = %+v", b.Takes)
	}
	news.Title = "Renamed"
	if err := s.SyncFeeds(ctx, []Feed{news, isw}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Reextract(ctx); got != 2 {
		t.Errorf("Reextract after renaming a feed = %d, want its 2 items", got)
	}
}

func TestReextractLeavesAnItemChangedMeanwhile(t *testing.T) {
	ctx := context.Background()
	s := openMem(t, newFake("1"))
	feed := Feed{URL: "u"}
	list := items(2, t0)
	mustSave(t, s, feed, Fetched{Items: list}, t0)
	s.ex = newFake("2")
	batch, _, err := s.staleBatch(ctx, "2", 0)
	if err != nil || len(batch) != 2 {
		t.Fatalf("stale batch: %d, %v", len(batch), err)
	}
	s.extractAll(batch)
	// The item changes between reading the batch and writing it.
	list[0].Title = "Item 0 Changed Meanwhile"
	mustSave(t, s, feed, Fetched{Items: list}, t0.Add(time.Hour))
	if n, err := s.writeExtractions(ctx, batch, "2"); err != nil || n != 1 {
		t.Errorf("writeExtractions = %d, %v; want only the unchanged item", n, err)
	}
	a, _ := s.Article(ctx, ItemID("u", list[0]))
	if !slices.Equal(actorNames(a.Found), []string{"Item", "Changed", "Meanwhile"}) {
		t.Errorf("the changed item's extraction was overwritten: %v", actorNames(a.Found))
	}
}

// Going back to an earlier extractor (an older briefing binary) is a
// version change too.
func TestReextractAfterGoingBackAVersion(t *testing.T) {
	ctx := context.Background()
	s, path := openFile(t, newFake("b"))
	mustSave(t, s, Feed{URL: "u"}, Fetched{Items: items(4, t0)}, t0)
	s.Close()
	s2, err := Open(ctx, path, newFake("a"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err := s2.Reextract(ctx); err != nil || got != 4 {
		t.Errorf("Reextract with an earlier version = %d, %v; want 4", got, err)
	}
}

// Two Reextract runs at once (the TUI's at start and a refresh's) do the
// work once between them.
func TestConcurrentReextractsDoTheWorkOnce(t *testing.T) {
	ctx := context.Background()
	s, path := openFile(t, newFake("1"))
	for f := 0; f < 6; f++ {
		mustSave(t, s, Feed{URL: fmt.Sprintf("https://feed%d", f)}, Fetched{Items: items(50, t0)}, t0)
	}
	s.Close()
	v2 := newFake("2")
	s2, err := Open(ctx, path, v2)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var wg sync.WaitGroup
	counts := make([]int, 2)
	for i := range counts {
		wg.Go(func() {
			n, err := s2.Reextract(ctx)
			if err != nil {
				t.Error(err)
			}
			counts[i] = n
		})
	}
	wg.Wait()
	if counts[0]+counts[1] != 300 || v2.calls.Load() != 300 {
		t.Errorf("runs re-read %v with %d extractions, want 300 in all", counts, v2.calls.Load())
	}
}
