package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/briefing-news/briefing/brief"
)

// itemWriter writes one feed's items inside a write transaction. It
// prepares each statement when first needed: most items of most refreshes
// are unchanged and need none.
type itemWriter struct {
	ctx     context.Context
	tx      *sql.Tx
	feedID  int64
	forms   *formWriter
	version sql.NullString

	updateStmt, updateTextStmt, touchStmt *sql.Stmt

	nextRow                  int64 // items.rowid of the next new item; 0 until numbered
	queuedItems, queuedTexts []any // insert arguments, a row at a time
}

const (
	// first_seen, read and starred are left as they are.
	updateItemSQL = `UPDATE items SET guid = ?, link = ?, title = ?, author = ?, published = ?, updated = ?,
		sort_time = coalesce(?, first_seen), content_hash = ?, extraction = ?, extract_version = ?
		WHERE id = ?`
	updateTextSQL = `UPDATE item_texts SET title = ?, text = ? WHERE item = (SELECT rowid FROM items WHERE id = ?)`
	touchItemSQL  = `UPDATE items SET guid = ?, link = ?, author = ?, updated = ? WHERE id = ?`
)

func (s *Store) newItemWriter(ctx context.Context, tx *sql.Tx, feedID int64, forms *formWriter) *itemWriter {
	w := &itemWriter{ctx: ctx, tx: tx, feedID: feedID, forms: forms}
	if s.ex != nil {
		w.version = sql.NullString{String: s.ex.Version(), Valid: true}
	}
	return w
}

// exec runs query through the statement *stmt, preparing it on first use.
func (w *itemWriter) exec(stmt **sql.Stmt, query string, args ...any) (sql.Result, error) {
	if *stmt == nil {
		prepared, err := w.tx.PrepareContext(w.ctx, query)
		if err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*stmt = prepared
	}
	return (*stmt).ExecContext(w.ctx, args...)
}

func (w *itemWriter) close() {
	for _, stmt := range []*sql.Stmt{w.updateStmt, w.updateTextStmt, w.touchStmt} {
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
	if w.nextRow == 0 {
		// New items get their row numbers here, so that items and
		// item_texts can both be written a batch per statement. The
		// transaction holds the write lock: no one else can take these
		// numbers meanwhile.
		if err := w.tx.QueryRowContext(w.ctx, `SELECT coalesce(max(rowid), 0) + 1 FROM items`).Scan(&w.nextRow); err != nil {
			return fmt.Errorf("number new items: %w", err)
		}
	}
	it := in.it
	row := w.nextRow
	w.nextRow++
	w.queuedItems = append(w.queuedItems, row, in.id, w.feedID, it.GUID, it.Link, it.Title, it.Author,
		in.published, in.updated, in.firstSeen, sortTime, in.hash, blob, version)
	w.queuedTexts = append(w.queuedTexts, row, it.Title, it.Text)
	return nil
}

// flush inserts the queued items with as few statements as it can: FTS5
// flushes its pending index at the start of every statement that writes it,
// so one statement per batch instead of one per item indexes several times
// faster (BenchmarkStoreUpsert).
func (w *itemWriter) flush() error {
	if err := w.insertRows(`INSERT INTO items (rowid, id, feed_id, guid, link, title, author, published, updated,
		first_seen, sort_time, content_hash, extraction, extract_version) VALUES `, 14, w.queuedItems); err != nil {
		return err
	}
	w.queuedItems = w.queuedItems[:0]
	if err := w.insertRows(`INSERT INTO item_texts (item, title, text) VALUES `, 3, w.queuedTexts); err != nil {
		return err
	}
	w.queuedTexts = w.queuedTexts[:0]
	return nil
}

func (w *itemWriter) insertRows(insert string, columns int, args []any) error {
	const maxRows = 200 // at most 2,800 parameters, well under SQLite's limit
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", columns), ", ") + "),"
	for len(args) > 0 {
		n := min(len(args)/columns, maxRows)
		query := insert + strings.TrimSuffix(strings.Repeat(row, n), ",")
		if _, err := w.tx.ExecContext(w.ctx, query, args[:n*columns]...); err != nil {
			return fmt.Errorf("insert %d items: %w", n, err)
		}
		args = args[n*columns:]
	}
	return nil
}

func (w *itemWriter) update(in *incoming, found *brief.Extraction) error {
	blob, version, err := w.encode(found)
	if err != nil {
		return fmt.Errorf("item %s: %w", in.id, err)
	}
	it := in.it
	if _, err := w.exec(&w.updateStmt, updateItemSQL, it.GUID, it.Link, it.Title, it.Author, in.published, in.updated,
		in.published, in.hash, blob, version, in.id); err != nil {
		return fmt.Errorf("update item %s: %w", in.id, err)
	}
	if _, err := w.exec(&w.updateTextStmt, updateTextSQL, it.Title, it.Text, in.id); err != nil {
		return fmt.Errorf("update item %s text: %w", in.id, err)
	}
	return nil
}

func (w *itemWriter) touch(in *incoming) error {
	it := in.it
	if _, err := w.exec(&w.touchStmt, touchItemSQL, it.GUID, it.Link, it.Author, in.updated, in.id); err != nil {
		return fmt.Errorf("update item %s: %w", in.id, err)
	}
	return nil
}
