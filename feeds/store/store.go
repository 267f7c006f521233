// Package store is briefing's SQLite store: the feeds, their items, what
// extraction found in each item, and the reader's state (read, starred,
// watched actors). The fetcher writes it; the CLI and the TUI read it.
//
// Writes go through one connection, so concurrent SaveFetch calls queue
// inside the Store instead of failing with SQLITE_BUSY; reads use their own
// pool and, in WAL mode, go on while a write is in progress.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/briefing-news/briefing/brief"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Extractor is satisfied by *brief.Extractor.
type Extractor interface {
	Version() string                         // changes when rules or gazetteer change
	Extract(brief.Document) brief.Extraction // pure, safe for concurrent use
}

// ErrNotFound is returned (wrapped) for an article id the store does not hold.
var ErrNotFound = errors.New("not found")

// Store is an open briefing database. It is safe for concurrent use.
type Store struct {
	path  string
	write *sql.DB // exactly one connection: writes are serialised here
	read  *sql.DB // the write pool itself for ":memory:"
	ex    Extractor
	forms *formCache
	// reextracting lets one Reextract run at a time: the TUI's run at
	// start and a refresh's would otherwise do the same work twice.
	reextracting sync.Mutex
}

// MemoryPath is the path Open takes for a private in-memory store.
const MemoryPath = ":memory:"

// Open opens (creating dirs and file) the database at path; ":memory:" gives a
// private in-memory store (demo, tests). ex may be nil (no extraction).
func Open(ctx context.Context, path string, ex Extractor) (*Store, error) {
	s := &Store{path: path, ex: ex, forms: newFormCache()}
	if path == MemoryPath {
		// Every new connection to ":memory:" is a new, empty database, so the
		// store lives on one pinned connection that serves reads and writes.
		db, err := sql.Open("sqlite", ":memory:?_pragma=foreign_keys(1)&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open in-memory store: %w", err)
		}
		pinOne(db)
		s.write, s.read = db, db
	} else {
		if path == "" {
			return nil, errors.New("open store: empty path")
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		s.write, err = sql.Open("sqlite", fileDSN(abs, true))
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		pinOne(s.write)
		s.read, err = sql.Open("sqlite", fileDSN(abs, false))
		if err != nil {
			s.write.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		s.read.SetMaxOpenConns(max(2, runtime.GOMAXPROCS(0)))
		s.read.SetConnMaxIdleTime(time.Minute)
	}
	if err := migrate(ctx, s.write); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// pinOne keeps a pool at exactly one long-lived connection.
func pinOne(db *sql.DB) {
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
}

// fileDSN is the SQLite URI for a database file. The writer sets WAL (which
// persists in the file) and takes the write lock when a transaction begins,
// so two processes writing at once wait on the busy timeout instead of
// deadlocking on a lock upgrade. Readers are query-only.
func fileDSN(abs string, writer bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	if writer {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "foreign_keys(1)")
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String()
}

// Close closes the database.
func (s *Store) Close() error {
	var errs []error
	if s.read != nil && s.read != s.write {
		errs = append(errs, s.read.Close())
	}
	if s.write != nil {
		errs = append(errs, s.write.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// inWriteTx runs fn in one write transaction, committed only if fn succeeds.
func (s *Store) inWriteTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// toMicros stores a time as UTC microseconds since the epoch; a zero time,
// or one outside years 1-9999 that a hostile feed might give, is NULL.
func toMicros(t time.Time) sql.NullInt64 {
	if t.IsZero() || t.Year() < 1 || t.Year() > 9999 {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMicro(), Valid: true}
}

func fromMicros(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMicro(v.Int64).UTC()
}
