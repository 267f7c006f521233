package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/briefing-news/briefing/brief"
)

// formCache holds the actor_forms table in memory. Forms are only ever added,
// so a reader catches up by loading the ids above the highest it has, and a
// decoded Actor may share the cached Aliases slice.
type formCache struct {
	mu     sync.Mutex
	byKey  map[string]int64 // committed forms, for the writer
	byID   []brief.Actor    // index = id; Name "" = not loaded
	loaded int64            // highest id loaded into byID
}

func newFormCache() *formCache {
	return &formCache{byKey: map[string]int64{}}
}

// formKey identifies an actor form: everything but the per-article counts.
func formKey(a brief.Actor) string {
	return strings.Join([]string{a.Name, string(a.Kind), a.Role, a.Affiliation, strings.Join(a.Aliases, "\x1f")}, "\x1e")
}

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// snapshot loads the forms committed since the last call (through q, which
// should be the caller's read transaction so that every form its items
// refer to is visible) and returns the forms indexed by id. The returned
// slice is never written again, so callers may read it without the lock.
func (c *formCache) snapshot(ctx context.Context, q queryer) ([]brief.Actor, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	rows, err := q.QueryContext(ctx, `SELECT id, key, name, kind, role, affiliation, aliases
		FROM actor_forms WHERE id > ? ORDER BY id`, c.loaded)
	if err != nil {
		return nil, fmt.Errorf("load actor forms: %w", err)
	}
	defer rows.Close()
	byID := c.byID
	copied := false
	for rows.Next() {
		var id int64
		var key, aliases string
		var a brief.Actor
		if err := rows.Scan(&id, &key, &a.Name, &a.Kind, &a.Role, &a.Affiliation, &aliases); err != nil {
			return nil, fmt.Errorf("load actor forms: %w", err)
		}
		if id <= 0 || id > 1<<31 {
			return nil, fmt.Errorf("load actor forms: id %d out of range", id)
		}
		if err := json.Unmarshal([]byte(aliases), &a.Aliases); err != nil {
			return nil, fmt.Errorf("load actor form %d: aliases: %w", id, err)
		}
		if len(a.Aliases) == 0 {
			a.Aliases = nil // as extraction gave it
		}
		if !copied {
			// Earlier snapshots may be in use: extend a copy, never them.
			byID = append(make([]brief.Actor, 0, max(2*len(byID), int(id)+64)), byID...)
			copied = true
		}
		for int64(len(byID)) <= id {
			byID = append(byID, brief.Actor{})
		}
		byID[id] = a
		c.byKey[key] = id
		c.loaded = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load actor forms: %w", err)
	}
	c.byID = byID
	return byID, nil
}

// formWriter interns actor forms inside one write transaction. New ids stay
// private until commit, since a rollback may hand the same ids out again.
type formWriter struct {
	cache   *formCache
	tx      *sql.Tx
	ctx     context.Context
	pending map[string]int64
}

func (c *formCache) writer(ctx context.Context, tx *sql.Tx) *formWriter {
	return &formWriter{cache: c, tx: tx, ctx: ctx, pending: map[string]int64{}}
}

func (w *formWriter) id(a brief.Actor) (int64, error) {
	key := formKey(a)
	w.cache.mu.Lock()
	id, ok := w.cache.byKey[key]
	w.cache.mu.Unlock()
	if ok {
		return id, nil
	}
	if id, ok := w.pending[key]; ok {
		return id, nil
	}
	aliases, err := json.Marshal(nonNil(a.Aliases))
	if err != nil {
		return 0, fmt.Errorf("intern actor %q: %w", a.Name, err)
	}
	// Another process may have added the same form since we last looked.
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO actor_forms (key, name, kind, role, affiliation, aliases)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
		key, a.Name, string(a.Kind), a.Role, a.Affiliation, string(aliases)); err != nil {
		return 0, fmt.Errorf("intern actor %q: %w", a.Name, err)
	}
	if err := w.tx.QueryRowContext(w.ctx, `SELECT id FROM actor_forms WHERE key = ?`, key).Scan(&id); err != nil {
		return 0, fmt.Errorf("intern actor %q: %w", a.Name, err)
	}
	w.pending[key] = id
	return id, nil
}

// committed publishes the transaction's new forms to the cache.
func (w *formWriter) committed() {
	w.cache.mu.Lock()
	defer w.cache.mu.Unlock()
	for key, id := range w.pending {
		w.cache.byKey[key] = id
	}
}

func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
