package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefing-news/briefing/brief"
)

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

// ItemID is an item's stable id: from its guid, else its link, else its
// title and text, scoped by the feed's URL; the hex of the first 8 bytes of
// a sha256.
func ItemID(feedURL string, it Item) string {
	var key string
	switch guid, link := strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link); {
	case guid != "":
		key = "guid\x00" + guid
	case link != "":
		key = "link\x00" + link
	default:
		key = "content\x00" + it.Title + "\x00" + it.Text
	}
	sum := sha256.Sum256([]byte(feedURL + "\x00" + key))
	return hex.EncodeToString(sum[:8])
}

// contentHash covers what extraction reads of an item, so an item whose
// hash is unchanged needs no new extraction.
func contentHash(title, text string, published sql.NullInt64) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d/%t", title, text, published.Int64, published.Valid)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// incoming is one item of a batch on its way to the database.
type incoming struct {
	id        string
	it        Item
	published sql.NullInt64
	updated   sql.NullInt64
	hash      string
	firstSeen int64 // used only when the item is new
	doc       brief.Document
	found     *brief.Extraction // extracted ahead of the transaction, for doc
}

// stored is what the write path compares an incoming item against.
type stored struct {
	hash, guid, link, author string
	updated                  sql.NullInt64
	firstSeen                int64
}

// prepareBatch gives each item its id and hash, dropping repeats of an id
// within the batch (the first, usually newest, wins). An item without a
// published date is ordered by when it was first seen; the batch's undated
// items are spaced a microsecond apart in feed order, so they keep the
// order the feed lists them in rather than falling back to id order.
func prepareBatch(feedURL string, items []Item, at time.Time) []incoming {
	batch := make([]incoming, 0, len(items))
	seen := make(map[string]bool, len(items))
	base := at.UnixMicro()
	for i, it := range items {
		id := ItemID(feedURL, it)
		if seen[id] {
			continue
		}
		seen[id] = true
		it.GUID, it.Link = strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link)
		in := incoming{id: id, it: it, published: toMicros(it.Published), updated: toMicros(it.Updated)}
		in.hash = contentHash(it.Title, it.Text, in.published)
		in.firstSeen = base - int64(i)
		batch = append(batch, in)
	}
	return batch
}

// SaveFetch writes one feed's items in one transaction: insert new items,
// update changed ones in place keeping read/starred, extract new and changed
// items and store the results, and record the fetch on the feed. Unchanged
// items are neither rewritten nor re-extracted.
func (s *Store) SaveFetch(ctx context.Context, feed Feed, f Fetched, at time.Time) (Saved, error) {
	if feed.URL == "" {
		return Saved{}, errors.New("save fetch: feed with an empty URL")
	}
	if at.IsZero() {
		at = time.Now() // undated items would otherwise sort as the oldest of all
	}
	batch := prepareBatch(feed.URL, f.Items, at)

	// Extract before taking the write connection, so the refresh's workers
	// extract in parallel and hold the write lock only to write. What was
	// read here is checked again inside the transaction.
	before, err := readStored(ctx, s.read, feed.URL)
	if err != nil {
		return Saved{}, fmt.Errorf("save %s: %w", feed.URL, err)
	}
	own := f.Title
	if own == "" {
		if row, _, err := readFeedRow(ctx, s.read, feed.URL); err == nil {
			own = row.feedTitle
		}
	}
	ahead := feedMeta{url: feed.URL, display: displayTitle(feed.Title, own, feed.URL), tags: feed.Tags}
	if s.ex != nil {
		for i := range batch {
			in := &batch[i]
			old, ok := before[in.id]
			if ok && old.hash == in.hash {
				continue
			}
			firstSeen := in.firstSeen
			if ok {
				firstSeen = old.firstSeen
			}
			in.doc = document(in, ahead, firstSeen)
			found := s.safeExtract(in.doc)
			in.found = &found
		}
	}

	var saved Saved
	var forms *formWriter
	err = s.inWriteTx(ctx, func(tx *sql.Tx) error {
		feedID, err := upsertFeed(ctx, tx, feed, f.Title)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE feeds SET etag = ?, last_modified = ?, last_fetch = ?, last_error = '',
			retry_after = NULL WHERE id = ?`, f.ETag, f.LastModified, toMicros(at), feedID); err != nil {
			return fmt.Errorf("record fetch: %w", err)
		}
		current, err := readStored(ctx, tx, feed.URL)
		if err != nil {
			return err
		}
		row, _, err := readFeedRow(ctx, tx, feed.URL)
		if err != nil {
			return err
		}
		meta := feedMeta{url: feed.URL, display: displayTitle(row.title, row.feedTitle, feed.URL), tags: decodeTags(row.tags)}
		forms = s.forms.writer(ctx, tx)
		w := s.newItemWriter(ctx, tx, feedID, forms)
		defer w.close()
		for i := range batch {
			in := &batch[i]
			old, ok := current[in.id]
			switch {
			case !ok:
				if err := w.insert(in, s.extract(in, meta, in.firstSeen)); err != nil {
					return err
				}
				saved.New++
			case old.hash != in.hash:
				if err := w.update(in, s.extract(in, meta, old.firstSeen)); err != nil {
					return err
				}
				saved.Updated++
			case old.guid != in.it.GUID || old.link != in.it.Link || old.author != in.it.Author || old.updated != in.updated:
				// Nothing extraction reads has changed: no new extraction.
				if err := w.touch(in); err != nil {
					return err
				}
				saved.Updated++
			}
		}
		return w.flush()
	})
	if err != nil {
		return Saved{}, fmt.Errorf("save %s: %w", feed.URL, err)
	}
	forms.committed()
	return saved, nil
}

// document is the extraction input for an item of the feed meta describes.
func document(in *incoming, meta feedMeta, firstSeen int64) brief.Document {
	published := time.UnixMicro(firstSeen).UTC()
	if in.published.Valid {
		published = time.UnixMicro(in.published.Int64).UTC()
	}
	return brief.Document{
		ID: in.id, Feed: meta.display, FeedURL: meta.url, Tags: meta.tags,
		Title: in.it.Title, Text: in.it.Text, Published: published,
	}
}

// extract returns the item's extraction for the document it has now,
// reusing the one made ahead of the transaction when nothing it read has
// changed since. Nil when the store has no extractor.
func (s *Store) extract(in *incoming, meta feedMeta, firstSeen int64) *brief.Extraction {
	if s.ex == nil {
		return nil
	}
	doc := document(in, meta, firstSeen)
	if in.found != nil && sameDocument(in.doc, doc) {
		return in.found
	}
	found := s.safeExtract(doc)
	return &found
}

// safeExtract runs the extractor on one article. Extraction reads hostile
// text; should a rule still panic on some article, that article is stored
// with nothing found (the next rules version tries it again) rather than the
// whole refresh dying with it.
func (s *Store) safeExtract(doc brief.Document) (found brief.Extraction) {
	defer func() {
		if recover() != nil {
			found = brief.Extraction{}
		}
	}()
	return s.ex.Extract(doc)
}

func sameDocument(a, b brief.Document) bool {
	return a.ID == b.ID && a.Feed == b.Feed && a.FeedURL == b.FeedURL && slices.Equal(a.Tags, b.Tags) &&
		a.Title == b.Title && a.Text == b.Text && a.Published.Equal(b.Published)
}

// readStored reads what the store holds of a feed's items, keyed by id.
func readStored(ctx context.Context, q queryer, feedURL string) (map[string]stored, error) {
	rows, err := q.QueryContext(ctx, `SELECT i.id, i.content_hash, i.guid, i.link, i.author, i.updated, i.first_seen
		FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = ?`, feedURL)
	if err != nil {
		return nil, fmt.Errorf("read stored items: %w", err)
	}
	defer rows.Close()
	have := map[string]stored{}
	for rows.Next() {
		var id string
		var st stored
		if err := rows.Scan(&id, &st.hash, &st.guid, &st.link, &st.author, &st.updated, &st.firstSeen); err != nil {
			return nil, fmt.Errorf("read stored items: %w", err)
		}
		have[id] = st
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read stored items: %w", err)
	}
	return have, nil
}
