package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/briefing-news/briefing/brief"
)

// Briefing loads articles newest first without Text, each with its stored
// extraction, and returns brief.Assemble(articles, asOf). limit > 0 loads
// only the newest limit articles (the TUI's quick first frame); 0 loads all.
func (s *Store) Briefing(ctx context.Context, asOf time.Time, limit int) (brief.Briefing, error) {
	articles, err := s.articles(ctx, limit)
	if err != nil {
		return brief.Briefing{}, fmt.Errorf("load briefing: %w", err)
	}
	return brief.Assemble(articles, asOf), nil
}

// articleColumns is what a listed article needs. Read and starred come as
// one value: each result column costs the driver two locked calls a row.
const articleColumns = `i.id, i.feed_id, i.title, i.link, i.author, i.sort_time, i.updated,
	(i.read != 0) | ((i.starred != 0) << 1), i.extraction`

// articles loads articles without Text: the newest limit of them, newest
// first, or, when limit <= 0, all of them in no particular order (Assemble
// sorts them).
func (s *Store) articles(ctx context.Context, limit int) ([]brief.Article, error) {
	if limit > 0 {
		// Only the feeds of these articles: loading every feed's metadata
		// was half the time of the TUI's first frame.
		feeds := feedsOf{`WHERE id IN (SELECT feed_id FROM
			(SELECT feed_id FROM items WHERE feed_id NOT IN (SELECT id FROM feeds WHERE subscribed = 0)
			ORDER BY sort_time DESC, id LIMIT ?))`, []any{limit}}
		return s.loadArticles(ctx, limit, feeds, `WHERE i.feed_id NOT IN (SELECT id FROM feeds WHERE subscribed = 0)
			ORDER BY i.sort_time DESC, i.id LIMIT ?`, limit)
	}
	var lo, hi, n int64
	if err := s.read.QueryRowContext(ctx, `SELECT coalesce(min(rowid), 0), coalesce(max(rowid), 0), count(*) FROM items`).
		Scan(&lo, &hi, &n); err != nil {
		return nil, fmt.Errorf("count items: %w", err)
	}
	// The driver's per-row cost is CPU-bound, and WAL lets several readers
	// run at once: split a large load into row ranges read in parallel, in
	// plain table order, each page read once. (A memory store has one
	// connection and nothing to gain.) Each range is its own snapshot: a
	// save committed during the load may show in one range and not in
	// another, but every article is whole and appears once.
	parts := 1
	if s.read != s.write && n >= parallelLoadMin {
		parts = min(runtime.GOMAXPROCS(0), maxLoadParts)
	}
	span := (hi - lo + int64(parts)) / int64(parts)
	results := make([][]brief.Article, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		// The first and last ranges are open, to take rows added meanwhile.
		from, to := lo+int64(p)*span, lo+int64(p+1)*span-1
		if p == 0 {
			from = math.MinInt64
		}
		if p == parts-1 {
			to = math.MaxInt64
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[p], errs[p] = s.loadArticles(ctx, int(n)/parts, feedsOf{}, `WHERE i.rowid BETWEEN ? AND ?`, from, to)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if parts == 1 {
		return results[0], nil
	}
	all := make([]brief.Article, 0, n)
	for _, r := range results {
		all = append(all, r...)
	}
	return all, nil
}

// A load of parallelLoadMin items or more is split in up to maxLoadParts
// ranges (variables so that tests and benchmarks can compare).
var (
	parallelLoadMin int64 = 8192
	maxLoadParts          = 8
)

// feedsOf is a clause selecting the feeds whose metadata a load needs.
type feedsOf struct {
	clause string
	args   []any
}

// loadArticles loads the articles a query clause selects, in one read
// transaction, so every actor form the items refer to is seen.
func (s *Store) loadArticles(ctx context.Context, expect int, feeds feedsOf, clause string, args ...any) ([]brief.Article, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer tx.Rollback()
	l, err := s.newLoader(ctx, tx, expect, feeds)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	l.skipHidden = true
	rows, err := tx.QueryContext(ctx, `SELECT `+articleColumns+` FROM items i `+clause, args...)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := l.scan(rows, nil); err != nil {
			return nil, fmt.Errorf("load articles: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	l.decode()
	return l.articles, nil
}

// loader turns rows of articleColumns into articles. It copies extraction
// blobs into one buffer and decodes them a buffer at a time, so the strings
// of many articles share one allocation, and carves the decoded slices from
// slabs: per-row allocations were most of the cost of loading 50,000 items.
type loader struct {
	feeds      map[int64]feedMeta
	skipHidden bool // leave out the items of feeds no longer subscribed
	forms      []brief.Actor
	mem        slab
	articles   []brief.Article

	blobs   []byte
	pending []pendingBlob

	// the row being scanned
	row     brief.Article
	feedID  int64
	sorted  int64
	flags   int64 // read | starred<<1
	updated sql.NullInt64
	blob    sql.RawBytes
	dest    []any
}

type pendingBlob struct{ article, start, end int }

const blobBuffer = 1 << 20

func (s *Store) newLoader(ctx context.Context, tx *sql.Tx, expect int, only feedsOf) (*loader, error) {
	forms, err := s.forms.snapshot(ctx, tx)
	if err != nil {
		return nil, err
	}
	feeds, err := loadFeedMeta(ctx, tx, only.clause, only.args...)
	if err != nil {
		return nil, err
	}
	l := &loader{feeds: feeds, forms: forms, articles: make([]brief.Article, 0, expect)}
	l.mem.size = min(slabSize, max(64, 4*expect))
	l.dest = []any{&l.row.ID, &l.feedID, &l.row.Title, &l.row.Link, &l.row.Author,
		&l.sorted, &l.updated, &l.flags, &l.blob}
	return l, nil
}

// scan reads one row (then the text, when text is not nil) into a new
// article, whose extraction decode fills in later.
func (l *loader) scan(rows *sql.Rows, text *string) error {
	dest := l.dest
	if text != nil {
		dest = append(dest[:len(dest):len(dest)], text)
	}
	l.row = brief.Article{}
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	a := l.row
	meta := l.feeds[l.feedID]
	if meta.hidden && l.skipHidden {
		return nil
	}
	a.FeedURL, a.Feed, a.FeedTags = meta.url, meta.display, meta.tags
	a.Published = time.UnixMicro(l.sorted).UTC()
	a.Updated = fromMicros(l.updated)
	a.Read, a.Starred = l.flags&1 != 0, l.flags&2 != 0
	l.articles = append(l.articles, a)
	if len(l.blob) > 0 {
		start := len(l.blobs)
		l.blobs = append(l.blobs, l.blob...)
		l.pending = append(l.pending, pendingBlob{article: len(l.articles) - 1, start: start, end: len(l.blobs)})
		if len(l.blobs) >= blobBuffer {
			l.decode()
		}
	}
	return nil
}

// decode fills in the extractions of the rows scanned since the last call.
// A damaged extraction reads as none, so one bad row cannot hide the
// briefing; Reextract rewrites it once the extractor's version moves on.
func (l *loader) decode() {
	all := string(l.blobs)
	for _, p := range l.pending {
		if found, err := decodeExtraction(all[p.start:p.end], l.forms, &l.mem); err == nil {
			l.articles[p.article].Found = found
		}
	}
	l.blobs, l.pending = l.blobs[:0], l.pending[:0]
}

// Article loads one article with its Text; ErrNotFound when unknown.
func (s *Store) Article(ctx context.Context, id string) (brief.Article, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	defer tx.Rollback()
	l, err := s.newLoader(ctx, tx, 1, feedsOf{`WHERE id = (SELECT feed_id FROM items WHERE id = ?)`, []any{id}})
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+articleColumns+`, t.text FROM items i
		JOIN item_texts t ON t.item = i.rowid WHERE i.id = ?`, id)
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
		}
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, ErrNotFound)
	}
	var text string
	if err := l.scan(rows, &text); err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	l.decode()
	a := l.articles[0]
	a.Text = text
	return a, nil
}

// SetRead marks an article read or unread.
func (s *Store) SetRead(ctx context.Context, id string, read bool) error {
	return s.setFlag(ctx, "read", id, read)
}

// SetStarred stars or unstars an article.
func (s *Store) SetStarred(ctx context.Context, id string, starred bool) error {
	return s.setFlag(ctx, "starred", id, starred)
}

// setFlag sets the read or starred column; column is one of our constants.
func (s *Store) setFlag(ctx context.Context, column, id string, on bool) error {
	res, err := s.write.ExecContext(ctx, `UPDATE items SET `+column+` = ? WHERE id = ?`, on, id)
	if err != nil {
		return fmt.Errorf("set %s on %s: %w", column, id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("set %s on %s: %w", column, id, ErrNotFound)
	}
	return nil
}

// Watched lists the watched actor names, alphabetically.
func (s *Store) Watched(ctx context.Context) ([]string, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT name FROM watched ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list watched actors: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("list watched actors: %w", err)
		}
		names = append(names, name)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list watched actors: %w", err)
	}
	return names, nil
}

// SetWatched watches or unwatches an actor, by canonical name (compared
// without regard to case).
func (s *Store) SetWatched(ctx context.Context, actor string, on bool) error {
	actor = strings.TrimSpace(actor)
	if actor == "" {
		return errors.New("watch actor: empty name")
	}
	query := `INSERT INTO watched (name) VALUES (?) ON CONFLICT (name) DO NOTHING`
	if !on {
		query = `DELETE FROM watched WHERE name = ?`
	}
	if _, err := s.write.ExecContext(ctx, query, actor); err != nil {
		return fmt.Errorf("watch actor %q: %w", actor, err)
	}
	return nil
}
