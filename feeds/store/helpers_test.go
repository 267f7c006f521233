package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"

	"github.com/briefing-news/briefing/brief"
)

// fakeExtractor finds an "actor" in every capitalised word of the title, so a
// test can tell which title an extraction was made from; it counts its calls
// and remembers the documents it was given.
type fakeExtractor struct {
	version string
	calls   atomic.Int64
	mu      sync.Mutex
	docs    map[string]brief.Document // by id, the last one seen
}

func newFake(version string) *fakeExtractor {
	return &fakeExtractor{version: version, docs: map[string]brief.Document{}}
}

func (f *fakeExtractor) Version() string { return f.version }

func (f *fakeExtractor) Extract(d brief.Document) brief.Extraction {
	f.calls.Add(1)
	f.mu.Lock()
	f.docs[d.ID] = d
	f.mu.Unlock()
	var x brief.Extraction
	for _, w := range strings.Fields(d.Title) {
		if r := []rune(w); unicode.IsUpper(r[0]) {
			x.Actors = append(x.Actors, brief.Actor{
				Name: w, Kind: brief.Person, Role: "role of " + w, Aliases: []string{strings.ToUpper(w)},
				Mentions: 1 + strings.Count(d.Text, w),
			})
		}
	}
	if len(x.Actors) >= 2 && strings.Contains(d.Text, "meet") {
		x.Meetings = []brief.Meeting{{
			Participants: []string{x.Actors[0].Name, x.Actors[1].Name},
			Date:         d.Published.AddDate(0, 0, 2).Format(time.DateOnly),
			When:         "in two days", Location: "Geneva", Modality: brief.Planned,
			Sources: []brief.Source{{Text: "They will meet in Geneva in two days."}},
		}}
	}
	if slices.Contains(d.Tags, "analysis") {
		x.Takes = []brief.Take{{Analyst: d.Feed, Text: "Analysts assess: " + d.Title}}
	}
	if len(x.Actors) > 0 {
		x.Quotes = []brief.Quote{{Speaker: x.Actors[0].Name, Text: "said " + d.Title}}
	}
	return x
}

func (f *fakeExtractor) doc(id string) (brief.Document, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	d, ok := f.docs[id]
	return d, ok
}

var t0 = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

func openMem(t testing.TB, ex Extractor) *Store {
	t.Helper()
	s, err := Open(context.Background(), MemoryPath, ex)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openFile(t testing.TB, ex Extractor) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "briefing.db")
	s, err := Open(context.Background(), path, ex)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// items makes n dated items, newest first, titled "Item i Witkoff Putin".
func items(n int, published time.Time) []Item {
	list := make([]Item, n)
	for i := range list {
		list[i] = Item{
			GUID:      fmt.Sprintf("guid-%d", i),
			Link:      fmt.Sprintf("https://example.org/%d", i),
			Title:     fmt.Sprintf("Item %d Witkoff Putin", i),
			Author:    "Reporter",
			Published: published.Add(-time.Duration(i) * time.Hour),
			Text:      fmt.Sprintf("Witkoff and Putin will meet. Paragraph %d.\n\nSecond paragraph.", i),
		}
	}
	return list
}

func mustSave(t testing.TB, s *Store, feed Feed, f Fetched, at time.Time) Saved {
	t.Helper()
	saved, err := s.SaveFetch(context.Background(), feed, f, at)
	if err != nil {
		t.Fatal(err)
	}
	return saved
}

func mustBriefing(t testing.TB, s *Store, limit int) brief.Briefing {
	t.Helper()
	b, err := s.Briefing(context.Background(), t0, limit)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func actorNames(x brief.Extraction) []string {
	var names []string
	for _, a := range x.Actors {
		names = append(names, a.Name)
	}
	return names
}
