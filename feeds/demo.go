package feeds

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"path"
	"sync"
	"time"

	"github.com/briefing-news/briefing/feeds/store"
)

// demoFiles holds the demo feeds and their urls file, which lists them by
// bare file name.
//
//go:embed demo
var demoFiles embed.FS

// LoadDemo parses the embedded demo feeds through Parse, as any feed is, and
// saves them into st. asOf is the newest item's publication time: the demo is
// a fixed week, and "upcoming" must be judged from inside it. Each feed is
// stored under its file name.
func LoadDemo(ctx context.Context, st *store.Store) (asOf time.Time, err error) {
	list, err := demoFeeds()
	if err != nil {
		return time.Time{}, err
	}
	fetched := make([]store.Fetched, len(list))
	for i, f := range list {
		body, err := demoFiles.ReadFile(path.Join("demo", path.Base(f.URL)))
		if err != nil {
			return time.Time{}, fmt.Errorf("demo feed %s: %w", f.URL, err)
		}
		if fetched[i], err = Parse(body, "", f.URL); err != nil {
			return time.Time{}, fmt.Errorf("demo feed %s: %w", f.URL, err)
		}
		for _, it := range fetched[i].Items {
			if it.Published.After(asOf) {
				asOf = it.Published
			}
		}
	}
	if asOf.IsZero() {
		return time.Time{}, errors.New("demo feeds: no item carries a date")
	}
	if err := st.SyncFeeds(ctx, list); err != nil {
		return time.Time{}, fmt.Errorf("demo feeds: %w", err)
	}
	// Saving extracts; the feeds are saved side by side so that extraction
	// runs in parallel, as in a refresh.
	errs := make([]error, len(list))
	var wg sync.WaitGroup
	for i, f := range list {
		wg.Go(func() {
			if _, err := st.SaveFetch(ctx, f, fetched[i], asOf); err != nil {
				errs[i] = fmt.Errorf("demo feed %s: %w", f.URL, err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return time.Time{}, err
	}
	return asOf, nil
}

// demoFeeds reads the embedded urls file.
func demoFeeds() ([]store.Feed, error) {
	urls, err := demoFiles.ReadFile("demo/urls")
	if err != nil {
		return nil, fmt.Errorf("demo feeds: %w", err)
	}
	list, err := ParseURLs(bytes.NewReader(urls))
	if err != nil {
		return nil, fmt.Errorf("demo feeds: %w", err)
	}
	if len(list) == 0 {
		return nil, errors.New("demo feeds: the urls file lists none")
	}
	return list, nil
}
