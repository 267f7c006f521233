package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

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
	LastFetch    time.Time // the last attempt, successful or not
	LastError    string    // "" when the last attempt succeeded
	RetryAfter   time.Time // zero, or when the server asked not to be fetched before
	Hidden       bool      // no longer in the urls file: its items are kept but not shown
	Items        int
}

// displayTitle is what a reader sees as the feed's name: the urls file's
// custom title, else the feed's own, else the URL.
func displayTitle(custom, own, url string) string {
	switch {
	case custom != "":
		return custom
	case own != "":
		return own
	default:
		return url
	}
}

// SyncFeeds makes feeds the subscribed list: it upserts their titles and
// tags, and hides the items of stored feeds that are not in it (it never
// deletes items: a feed put back shows them again, read flags and all).
func (s *Store) SyncFeeds(ctx context.Context, feeds []Feed) error {
	err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE feeds SET subscribed = 0 WHERE subscribed != 0`); err != nil {
			return err
		}
		for _, f := range feeds {
			if _, err := upsertFeed(ctx, tx, f, ""); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sync feeds: %w", err)
	}
	return nil
}

// feedRow is a feeds row as the write path needs it.
type feedRow struct {
	id                     int64
	title, tags, feedTitle string
}

// upsertFeed writes the feed's custom title and tags (and its own title,
// when ownTitle is not empty) and returns its id. When that changes what
// extraction sees of the feed (its display title or tags), the feed's stored
// extractions are marked stale, for Reextract.
func upsertFeed(ctx context.Context, tx *sql.Tx, f Feed, ownTitle string) (int64, error) {
	if f.URL == "" {
		return 0, errors.New("feed with an empty URL")
	}
	tags, err := json.Marshal(nonNil(f.Tags))
	if err != nil {
		return 0, fmt.Errorf("feed %s: tags: %w", f.URL, err)
	}
	old, found, err := readFeedRow(ctx, tx, f.URL)
	if err != nil {
		return 0, err
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO feeds (url, title, tags, feed_title) VALUES (?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET title = excluded.title, tags = excluded.tags, subscribed = 1,
			feed_title = CASE WHEN excluded.feed_title = '' THEN feeds.feed_title ELSE excluded.feed_title END
		RETURNING id`, f.URL, f.Title, string(tags), ownTitle).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if found {
		own := firstNonEmpty(ownTitle, old.feedTitle)
		if displayTitle(f.Title, own, f.URL) != displayTitle(old.title, old.feedTitle, f.URL) || string(tags) != old.tags {
			if _, err := tx.ExecContext(ctx, `UPDATE items SET extract_version = NULL WHERE feed_id = ?`, id); err != nil {
				return 0, fmt.Errorf("feed %s: mark extractions stale: %w", f.URL, err)
			}
		}
	}
	return id, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func readFeedRow(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, url string) (feedRow, bool, error) {
	var r feedRow
	err := q.QueryRowContext(ctx, `SELECT id, title, tags, feed_title FROM feeds WHERE url = ?`, url).
		Scan(&r.id, &r.title, &r.tags, &r.feedTitle)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return feedRow{}, false, nil
	case err != nil:
		return feedRow{}, false, fmt.Errorf("feed %s: %w", url, err)
	}
	return r, true, nil
}

const feedStateColumns = `f.url, f.title, f.tags, f.feed_title, f.etag, f.last_modified, f.last_fetch, f.last_error, f.retry_after, f.subscribed = 0,
	(SELECT count(*) FROM items WHERE items.feed_id = f.id)`

func scanFeedState(row interface{ Scan(...any) error }) (FeedState, error) {
	var st FeedState
	var tags string
	var lastFetch, retryAfter sql.NullInt64
	if err := row.Scan(&st.URL, &st.Title, &tags, &st.FeedTitle, &st.ETag, &st.LastModified,
		&lastFetch, &st.LastError, &retryAfter, &st.Hidden, &st.Items); err != nil {
		return FeedState{}, err
	}
	st.Tags = decodeTags(tags)
	st.LastFetch = fromMicros(lastFetch)
	st.RetryAfter = fromMicros(retryAfter)
	return st, nil
}

// decodeTags reads the tags column; a damaged value reads as no tags rather
// than hiding the feed.
func decodeTags(s string) []string {
	var tags []string
	if json.Unmarshal([]byte(s), &tags) != nil || len(tags) == 0 {
		return nil
	}
	return tags
}

// Feeds lists every known feed, by URL.
func (s *Store) Feeds(ctx context.Context) ([]FeedState, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+feedStateColumns+` FROM feeds f ORDER BY f.url`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var feeds []FeedState
	for rows.Next() {
		st, err := scanFeedState(rows)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		feeds = append(feeds, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return feeds, nil
}

// FeedState returns the state of one feed: the zero state (URL set) if unknown.
func (s *Store) FeedState(ctx context.Context, url string) (FeedState, error) {
	st, err := scanFeedState(s.read.QueryRowContext(ctx, `SELECT `+feedStateColumns+` FROM feeds f WHERE f.url = ?`, url))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return FeedState{Feed: Feed{URL: url}}, nil
	case err != nil:
		return FeedState{Feed: Feed{URL: url}}, fmt.Errorf("feed state %s: %w", url, err)
	}
	return st, nil
}

// SaveError records a failed fetch; the feed's items, ETag and Last-Modified
// are kept, so the next attempt is still a conditional GET. retryAfter, when
// not zero, is the moment before which the server asked not to be fetched.
func (s *Store) SaveError(ctx context.Context, url, reason string, at, retryAfter time.Time) error {
	if url == "" {
		return errors.New("save error: feed with an empty URL")
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		reason = "unknown error"
	}
	_, err := s.write.ExecContext(ctx, `INSERT INTO feeds (url, last_fetch, last_error, retry_after) VALUES (?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET last_fetch = excluded.last_fetch, last_error = excluded.last_error,
			retry_after = excluded.retry_after`,
		url, toMicros(at), reason, toMicros(retryAfter))
	if err != nil {
		return fmt.Errorf("save error for %s: %w", url, err)
	}
	return nil
}

// SaveNotModified records a 304 for a feed whose last attempt failed: the
// error no longer holds. A healthy feed's 304 is never written.
func (s *Store) SaveNotModified(ctx context.Context, url string, at time.Time) error {
	_, err := s.write.ExecContext(ctx, `UPDATE feeds SET last_fetch = ?, last_error = '', retry_after = NULL WHERE url = ?`,
		toMicros(at), url)
	if err != nil {
		return fmt.Errorf("save not modified for %s: %w", url, err)
	}
	return nil
}

// feedMeta is what an article needs of its feed.
type feedMeta struct {
	url, display string
	tags         []string
	hidden       bool // not subscribed: its items are left out of loads
}

// loadFeedMeta maps feed ids to their display title and tags, for the
// feeds a clause selects (all of them when it is empty).
func loadFeedMeta(ctx context.Context, q queryer, clause string, args ...any) (map[int64]feedMeta, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, url, title, feed_title, tags, subscribed = 0 FROM feeds `+clause, args...)
	if err != nil {
		return nil, fmt.Errorf("load feeds: %w", err)
	}
	defer rows.Close()
	meta := map[int64]feedMeta{}
	for rows.Next() {
		var id int64
		var url, title, own, tags string
		var hidden bool
		if err := rows.Scan(&id, &url, &title, &own, &tags, &hidden); err != nil {
			return nil, fmt.Errorf("load feeds: %w", err)
		}
		meta[id] = feedMeta{url: url, display: displayTitle(title, own, url), tags: decodeTags(tags), hidden: hidden}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load feeds: %w", err)
	}
	return meta, nil
}
