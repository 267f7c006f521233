package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// Search finds articles whose title or text match every word of query, the
// last word as a prefix (so results come while the user types), and returns
// their ids best first (bm25, a title match weighing more). Any input is
// safe: each word is quoted, so FTS5 syntax (AND, *, quotes, parentheses,
// -, column filters) is searched for as text, never interpreted. limit <= 0
// returns every match.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]string, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.read.QueryContext(ctx, `SELECT i.id FROM items_fts
		JOIN items i ON i.rowid = items_fts.rowid
		WHERE items_fts MATCH ? AND i.feed_id NOT IN (SELECT id FROM feeds WHERE subscribed = 0)
		ORDER BY bm25(items_fts, 4.0, 1.0), i.sort_time DESC LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return ids, nil
}

// ftsQuery turns user input into an FTS5 query of quoted strings, one per
// word, the last a prefix. Words are split as the unicode61 tokenizer splits
// them (letters, digits, and everything else a separator), so the query
// holds no operator and no empty string; "" when there is no word.
func ftsQuery(input string) string {
	words := strings.FieldsFunc(input, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
	})
	if len(words) == 0 {
		return ""
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		// A word holds no quote, by the split above; the quotes make
		// AND, OR, NOT and NEAR plain words.
		b.WriteString(`"` + w + `"`)
	}
	b.WriteByte('*')
	return b.String()
}
