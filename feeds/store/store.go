// Package store is briefing's SQLite store: the feeds, their items, what
// extraction found in each item, and the reader's state (read, starred,
// watched actors). The fetcher writes it; the CLI and the TUI read it.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/briefing-news/briefing/brief"
)

// Extractor is satisfied by *brief.Extractor.
type Extractor interface {
	Version() string                         // changes when rules or gazetteer change
	Extract(brief.Document) brief.Extraction // pure, safe for concurrent use
}

// Store is an open briefing database.
type Store struct{}

var errNotImplemented = errors.New("store: not implemented yet")

// Open opens (creating dirs and file) the database at path; ":memory:" gives a
// private in-memory store (demo, tests). ex may be nil (no extraction).
func Open(ctx context.Context, path string, ex Extractor) (*Store, error) {
	return nil, errNotImplemented
}

// Close closes the database.
func (s *Store) Close() error { return nil }

// Feed is one line of the urls file.
type Feed struct {
	URL   string
	Title string // the "~Custom title" tag; "" when none
	Tags  []string
}

// FeedState is a feed with what the store knows of its fetches.
type FeedState struct {
	Feed
	FeedTitle    string // the title the feed gives itself
	ETag         string
	LastModified string
	LastFetch    time.Time
	LastError    string
	Items        int
}

// SyncFeeds upserts the feeds' titles and tags; it never deletes items.
func (s *Store) SyncFeeds(ctx context.Context, feeds []Feed) error { return errNotImplemented }

// Feeds lists every known feed.
func (s *Store) Feeds(ctx context.Context) ([]FeedState, error) { return nil, errNotImplemented }

// FeedState returns the state of one feed: the zero state (URL set) if unknown.
func (s *Store) FeedState(ctx context.Context, url string) (FeedState, error) {
	return FeedState{Feed: Feed{URL: url}}, errNotImplemented
}

// Item is one parsed, cleaned feed item.
type Item struct {
	GUID, Link, Title, Author string
	Published, Updated        time.Time // zero when the feed gives none
	Text                      string    // clean plain text, paragraphs separated by "\n\n"
}

// Fetched is one successful fetch of a feed.
type Fetched struct {
	Title              string // the feed's own title
	ETag, LastModified string
	Items              []Item
}

// Saved counts what SaveFetch wrote.
type Saved struct{ New, Updated int }

// SaveFetch writes one feed's items in one transaction.
func (s *Store) SaveFetch(ctx context.Context, feed Feed, f Fetched, at time.Time) (Saved, error) {
	return Saved{}, errNotImplemented
}

// SaveError records a failed fetch; the feed's items are kept.
func (s *Store) SaveError(ctx context.Context, url, reason string, at time.Time) error {
	return errNotImplemented
}

// Briefing loads articles newest first without Text and assembles them.
func (s *Store) Briefing(ctx context.Context, asOf time.Time, limit int) (brief.Briefing, error) {
	return brief.Briefing{}, errNotImplemented
}

// Article loads one article with its Text.
func (s *Store) Article(ctx context.Context, id string) (brief.Article, error) {
	return brief.Article{}, errNotImplemented
}

// Search finds articles by title and text, ids best first.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]string, error) {
	return nil, errNotImplemented
}

// SetRead marks an article read or unread.
func (s *Store) SetRead(ctx context.Context, id string, read bool) error { return errNotImplemented }

// SetStarred stars or unstars an article.
func (s *Store) SetStarred(ctx context.Context, id string, starred bool) error {
	return errNotImplemented
}

// Watched lists the watched actor names.
func (s *Store) Watched(ctx context.Context) ([]string, error) { return nil, errNotImplemented }

// SetWatched watches or unwatches an actor.
func (s *Store) SetWatched(ctx context.Context, actor string, on bool) error {
	return errNotImplemented
}

// Reextract re-runs extraction where the stored version differs.
func (s *Store) Reextract(ctx context.Context) (int, error) { return 0, errNotImplemented }
