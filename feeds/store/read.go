package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
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

const articleColumns = `i.id, i.feed_id, i.title, i.link, i.author, i.sort_time, i.updated, i.read, i.starred, i.extraction`

// articles loads articles newest first, without Text. One read transaction
// covers the forms and the items, so every form an item refers to is seen.
func (s *Store) articles(ctx context.Context, limit int) ([]brief.Article, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	forms, err := s.forms.snapshot(ctx, tx)
	if err != nil {
		return nil, err
	}
	feeds, err := loadFeedMeta(ctx, tx)
	if err != nil {
		return nil, err
	}
	var count int
	query := `SELECT ` + articleColumns + ` FROM items i ORDER BY i.sort_time DESC, i.id LIMIT ?`
	if limit <= 0 {
		limit = -1 // SQLite: no limit
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM items`).Scan(&count); err != nil {
			return nil, fmt.Errorf("count items: %w", err)
		}
	} else {
		count = limit
	}
	rows, err := tx.QueryContext(ctx, query, limit)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	defer rows.Close()
	articles := make([]brief.Article, 0, count)
	for rows.Next() {
		a, err := scanArticle(rows, nil, feeds, forms)
		if err != nil {
			return nil, fmt.Errorf("load articles: %w", err)
		}
		articles = append(articles, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	return articles, nil
}

// scanArticle reads one row of articleColumns (then text, when text is not
// nil). A damaged extraction reads as none, so one bad row cannot hide the
// briefing; Reextract rewrites it once the version moves on.
func scanArticle(row interface{ Scan(...any) error }, text *string, feeds map[int64]feedMeta, forms []brief.Actor) (brief.Article, error) {
	var a brief.Article
	var feedID, sortTime, read, starred int64
	var updated sql.NullInt64
	var blob sql.RawBytes
	dest := []any{&a.ID, &feedID, &a.Title, &a.Link, &a.Author, &sortTime, &updated, &read, &starred, &blob}
	if text != nil {
		dest = append(dest, text)
	}
	if err := row.Scan(dest...); err != nil {
		return brief.Article{}, err
	}
	meta := feeds[feedID]
	a.FeedURL, a.Feed, a.FeedTags = meta.url, meta.display, meta.tags
	a.Published = time.UnixMicro(sortTime).UTC()
	a.Updated = fromMicros(updated)
	a.Read, a.Starred = read != 0, starred != 0
	if found, err := decodeExtraction(string(blob), forms); err == nil {
		a.Found = found
	}
	return a, nil
}

// Article loads one article with its Text; ErrNotFound when unknown.
func (s *Store) Article(ctx context.Context, id string) (brief.Article, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	defer tx.Rollback()
	forms, err := s.forms.snapshot(ctx, tx)
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	feeds, err := loadFeedMeta(ctx, tx)
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
	// Rows, not Row: scanArticle reads the extraction as RawBytes.
	rows, err := tx.QueryContext(ctx, `SELECT `+articleColumns+`, i.text FROM items i WHERE i.id = ?`, id)
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
	a, err := scanArticle(rows, &text, feeds, forms)
	if err != nil {
		return brief.Article{}, fmt.Errorf("load article %s: %w", id, err)
	}
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
