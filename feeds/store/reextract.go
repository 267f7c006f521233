package store

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sync"

	"github.com/briefing-news/briefing/brief"
)

// reextractBatch is how many items Reextract reads, extracts and writes at
// a time: small enough that the write lock is never held for long, so a
// refresh or a SetRead from the TUI waits milliseconds, not the whole run.
const reextractBatch = 256

// Reextract re-runs extraction for items whose stored extract_version
// differs from the extractor's Version (or that were never extracted, or
// whose feed's title or tags changed), in batches, and returns how many it
// re-extracted. Without an extractor it does nothing.
func (s *Store) Reextract(ctx context.Context) (int, error) {
	if s.ex == nil {
		return 0, nil
	}
	s.reextracting.Lock()
	defer s.reextracting.Unlock()
	version := s.ex.Version()
	if stale, err := s.anyStale(ctx, version); err != nil || !stale {
		return 0, err
	}
	total := 0
	var after int64 // rowid: each item is visited once, even if it stays stale
	for {
		batch, last, err := s.staleBatch(ctx, version, after)
		if err != nil {
			return total, fmt.Errorf("reextract: %w", err)
		}
		if len(batch) == 0 {
			return total, nil
		}
		after = last
		s.extractAll(batch)
		n, err := s.writeExtractions(ctx, batch, version)
		total += n
		if err != nil {
			return total, fmt.Errorf("reextract: %w", err)
		}
	}
}

// anyStale reports whether any item's extraction is missing or was made by
// another version. One indexed probe per condition: the planner would scan
// the whole table for them joined by OR.
func (s *Store) anyStale(ctx context.Context, version string) (bool, error) {
	var stale bool
	err := s.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM items WHERE extract_version IS NULL)
		OR EXISTS (SELECT 1 FROM items WHERE extract_version < ?)
		OR EXISTS (SELECT 1 FROM items WHERE extract_version > ?)`, version, version).Scan(&stale)
	if err != nil {
		return false, fmt.Errorf("reextract: look for stale extractions: %w", err)
	}
	return stale, nil
}

type staleItem struct {
	hash  string
	doc   brief.Document
	found brief.Extraction
}

func (s *Store) staleBatch(ctx context.Context, version string, after int64) ([]staleItem, int64, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	feeds, err := loadFeedMeta(ctx, tx, "")
	if err != nil {
		return nil, 0, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT i.rowid, i.id, i.feed_id, i.title, t.text, i.sort_time, i.content_hash
		FROM items i JOIN item_texts t ON t.item = i.rowid
		WHERE i.rowid > ? AND i.extract_version IS NOT ? ORDER BY i.rowid LIMIT ?`, after, version, reextractBatch)
	if err != nil {
		return nil, 0, fmt.Errorf("find stale extractions: %w", err)
	}
	defer rows.Close()
	var batch []staleItem
	var last int64
	for rows.Next() {
		var it staleItem
		var feedID, sortTime int64
		if err := rows.Scan(&last, &it.doc.ID, &feedID, &it.doc.Title, &it.doc.Text, &sortTime, &it.hash); err != nil {
			return nil, 0, fmt.Errorf("find stale extractions: %w", err)
		}
		meta := feeds[feedID]
		it.doc.Feed, it.doc.FeedURL, it.doc.Tags = meta.display, meta.url, meta.tags
		it.doc.Published = fromMicros(sql.NullInt64{Int64: sortTime, Valid: true})
		batch = append(batch, it)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find stale extractions: %w", err)
	}
	return batch, last, nil
}

// extractAll extracts the batch on every CPU, outside any transaction.
func (s *Store) extractAll(batch []staleItem) {
	workers := min(runtime.GOMAXPROCS(0), len(batch))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				batch[i].found = s.safeExtract(batch[i].doc)
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
}

// writeExtractions stores the batch's extractions, skipping any item whose
// content changed since it was read: SaveFetch re-extracted that one.
func (s *Store) writeExtractions(ctx context.Context, batch []staleItem, version string) (int, error) {
	var forms *formWriter
	written := 0
	err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
		forms = s.forms.writer(ctx, tx)
		stmt, err := tx.PrepareContext(ctx, `UPDATE items SET extraction = ?, extract_version = ?
			WHERE id = ? AND content_hash = ?`)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer stmt.Close()
		for _, it := range batch {
			blob, err := encodeExtraction(it.found, forms.id)
			if err != nil {
				return fmt.Errorf("item %s: %w", it.doc.ID, err)
			}
			res, err := stmt.ExecContext(ctx, blob, version, it.doc.ID, it.hash)
			if err != nil {
				return fmt.Errorf("item %s: %w", it.doc.ID, err)
			}
			if n, err := res.RowsAffected(); err == nil {
				written += int(n)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	forms.committed()
	return written, nil
}
