package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/briefing-news/briefing/brief"
)

// itemWriter writes one feed's items inside a write transaction through
// statements prepared once per batch.
type itemWriter struct {
	ctx                   context.Context
	feedID                int64
	forms                 *formWriter
	version               sql.NullString
	updateStmt, touchStmt *sql.Stmt
	tx                    *sql.Tx
	queued                []any // insert arguments, insertColumns per item
}

func (s *Store) newItemWriter(ctx context.Context, tx *sql.Tx, feedID int64, forms *formWriter) (*itemWriter, error) {
	w := &itemWriter{ctx: ctx, tx: tx, feedID: feedID, forms: forms}
	if s.ex != nil {
		w.version = sql.NullString{String: s.ex.Version(), Valid: true}
	}
	var err error
	prepare := func(query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var stmt *sql.Stmt
		stmt, err = tx.PrepareContext(ctx, query)
		return stmt
	}
	// first_seen, read and starred are left as they are.
	w.updateStmt = prepare(`UPDATE items SET guid = ?, link = ?, title = ?, author = ?, published = ?, updated = ?,
		sort_time = coalesce(?, first_seen), text = ?, content_hash = ?, extraction = ?, extract_version = ?
		WHERE id = ?`)
	w.touchStmt = prepare(`UPDATE items SET guid = ?, link = ?, author = ?, updated = ? WHERE id = ?`)
	if err != nil {
		w.close()
		return nil, fmt.Errorf("prepare item statements: %w", err)
	}
	return w, nil
}

func (w *itemWriter) close() {
	for _, stmt := range []*sql.Stmt{w.updateStmt, w.touchStmt} {
		if stmt != nil {
			stmt.Close()
		}
	}
}

// encode returns the blob and version to store for an extraction; both
// NULL when there is none (no extractor), so Reextract picks the item up
// once there is one.
func (w *itemWriter) encode(found *brief.Extraction) ([]byte, sql.NullString, error) {
	if found == nil {
		return nil, sql.NullString{}, nil
	}
	blob, err := encodeExtraction(*found, w.forms.id)
	if err != nil {
		return nil, sql.NullString{}, err
	}
	return blob, w.version, nil
}

// insert queues a new item; flush writes the queue.
func (w *itemWriter) insert(in *incoming, found *brief.Extraction) error {
	blob, version, err := w.encode(found)
	if err != nil {
		return fmt.Errorf("item %s: %w", in.id, err)
	}
	sortTime := in.firstSeen
	if in.published.Valid {
		sortTime = in.published.Int64
	}
	it := in.it
	w.queued = append(w.queued, in.id, w.feedID, it.GUID, it.Link, it.Title, it.Author,
		in.published, in.updated, in.firstSeen, sortTime, it.Text, in.hash, blob, version)
	return nil
}

const insertColumns = 14

// flush inserts the queued items with as few statements as it can: FTS5
// flushes its pending index at the start of every statement that writes it,
// so one statement per batch instead of one per item indexes several times
// faster (BenchmarkStoreUpsert).
func (w *itemWriter) flush() error {
	const perStatement = 200 // 2,800 parameters, well under SQLite's limit
	for len(w.queued) > 0 {
		n := min(len(w.queued)/insertColumns, perStatement)
		args := w.queued[:n*insertColumns]
		w.queued = w.queued[n*insertColumns:]
		query := `INSERT INTO items (id, feed_id, guid, link, title, author, published, updated,
			first_seen, sort_time, text, content_hash, extraction, extract_version) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),", n), ",")
		if _, err := w.tx.ExecContext(w.ctx, query, args...); err != nil {
			return fmt.Errorf("insert %d items: %w", n, err)
		}
	}
	return nil
}

func (w *itemWriter) update(in *incoming, found *brief.Extraction) error {
	blob, version, err := w.encode(found)
	if err != nil {
		return fmt.Errorf("item %s: %w", in.id, err)
	}
	it := in.it
	if _, err := w.updateStmt.ExecContext(w.ctx, it.GUID, it.Link, it.Title, it.Author, in.published, in.updated,
		in.published, it.Text, in.hash, blob, version, in.id); err != nil {
		return fmt.Errorf("update item %s: %w", in.id, err)
	}
	return nil
}

func (w *itemWriter) touch(in *incoming) error {
	it := in.it
	if _, err := w.touchStmt.ExecContext(w.ctx, it.GUID, it.Link, it.Author, in.updated, in.id); err != nil {
		return fmt.Errorf("update item %s: %w", in.id, err)
	}
	return nil
}
