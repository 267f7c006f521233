package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

// The refresh saves from 8 workers at once while the TUI reads and marks
// articles read: no call may fail with "database is locked".
func TestConcurrentSaveFetchNeverFailsBusy(t *testing.T) {
	ctx := context.Background()
	s, _ := openFile(t, newFake("1"))
	const workers, feedsEach, perFeed = 8, 6, 30
	var wg sync.WaitGroup
	errs := make(chan error, workers*feedsEach*2+100)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range feedsEach {
				url := fmt.Sprintf("https://w%d.example/feed%d", w, f)
				for round := range 2 { // the second round re-saves: no writes
					saved, err := s.SaveFetch(ctx, Feed{URL: url}, Fetched{Items: items(perFeed, t0)}, t0.Add(time.Duration(round)*time.Hour))
					if err != nil {
						errs <- err
					} else if want := perFeed * (1 - round); saved.New != want {
						errs <- fmt.Errorf("%s round %d: %d new, want %d", url, round, saved.New, want)
					}
				}
			}
		}()
	}
	done := make(chan struct{})
	var readers sync.WaitGroup
	readers.Add(1)
	go func() {
		defer readers.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			b, err := s.Briefing(ctx, t0, 0)
			if err != nil {
				errs <- err
				return
			}
			if len(b.Articles) > 0 {
				if err := s.SetRead(ctx, b.Articles[0].ID, true); err != nil {
					errs <- err
				}
			}
			if _, err := s.Search(ctx, "witkoff", 20); err != nil {
				errs <- err
			}
		}
	}()
	wg.Wait()
	close(done)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := len(mustBriefing(t, s, 0).Articles); n != workers*feedsEach*perFeed {
		t.Errorf("%d articles, want %d", n, workers*feedsEach*perFeed)
	}
}

// Two processes (here: two Stores) writing the same file wait on each other
// through the busy timeout instead of failing.
func TestTwoStoresOnOneFileBothWrite(t *testing.T) {
	ctx := context.Background()
	a, path := openFile(t, nil)
	b, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var wg sync.WaitGroup
	for i, s := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range 10 {
				if _, err := s.SaveFetch(ctx, Feed{URL: fmt.Sprintf("s%d-%d", i, f)}, Fetched{Items: items(20, t0)}, t0); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if n := len(mustBriefing(t, a, 0).Articles); n != 400 {
		t.Errorf("%d articles, want 400", n)
	}
}
