package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations[i] takes the schema from version i to i+1 (PRAGMA user_version).
// Append only: a released migration is never edited.
var migrations = []string{
	// 1: feeds, items with their extraction, the full-text index, watched actors.
	`
CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL DEFAULT '',  -- the urls file's "~Custom title"
	tags          TEXT NOT NULL DEFAULT '[]', -- JSON array
	feed_title    TEXT NOT NULL DEFAULT '',  -- the title the feed gives itself
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_fetch    INTEGER,                   -- UTC microseconds; last attempt
	last_error    TEXT NOT NULL DEFAULT ''
);

-- Actor forms (name, kind, role, affiliation, aliases) interned once, so an
-- item's extraction stores small integers instead of repeating them.
CREATE TABLE actor_forms (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL UNIQUE,
	name        TEXT NOT NULL,
	kind        TEXT NOT NULL,
	role        TEXT NOT NULL,
	affiliation TEXT NOT NULL,
	aliases     TEXT NOT NULL -- JSON array
);

CREATE TABLE items (
	rowid           INTEGER PRIMARY KEY, -- the FTS index's key
	id              TEXT NOT NULL UNIQUE,
	feed_id         INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	guid            TEXT NOT NULL,
	link            TEXT NOT NULL,
	title           TEXT NOT NULL,
	author          TEXT NOT NULL,
	published       INTEGER,          -- as the feed gives it; NULL when none
	updated         INTEGER,
	first_seen      INTEGER NOT NULL,
	sort_time       INTEGER NOT NULL, -- published, else first_seen
	text            TEXT NOT NULL,
	content_hash    TEXT NOT NULL,    -- over title, text and published
	read            INTEGER NOT NULL DEFAULT 0,
	starred         INTEGER NOT NULL DEFAULT 0,
	extraction      BLOB,             -- codec.go
	extract_version TEXT              -- NULL: never extracted, or stale
);
CREATE INDEX items_by_feed ON items(feed_id);
CREATE INDEX items_newest ON items(sort_time DESC, id);

CREATE VIRTUAL TABLE items_fts USING fts5(
	title, text,
	content='items', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
	INSERT INTO items_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
	INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text ON items BEGIN
	INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO items_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE watched (
	name TEXT PRIMARY KEY COLLATE NOCASE
);
`,

	// 2: item text moves to its own table, which the full-text index now
	// reads. An items row shrinks from several pages (text, then the
	// extraction behind it on overflow pages) to a fraction of one, so
	// Briefing's scan of every item reads a few MB, not the whole text.
	`
DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_delete;
DROP TRIGGER items_fts_update;
DROP TABLE items_fts;

CREATE TABLE item_texts (
	item  INTEGER PRIMARY KEY REFERENCES items(rowid) ON DELETE CASCADE,
	title TEXT NOT NULL, -- a copy of items.title, for the index
	text  TEXT NOT NULL
);
INSERT INTO item_texts (item, title, text) SELECT rowid, title, text FROM items;
ALTER TABLE items DROP COLUMN text;

CREATE VIRTUAL TABLE items_fts USING fts5(
	title, text,
	content='item_texts', content_rowid='item',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER item_texts_fts_insert AFTER INSERT ON item_texts BEGIN
	INSERT INTO items_fts(rowid, title, text) VALUES (new.item, new.title, new.text);
END;
CREATE TRIGGER item_texts_fts_delete AFTER DELETE ON item_texts BEGIN
	INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.item, old.title, old.text);
END;
CREATE TRIGGER item_texts_fts_update AFTER UPDATE OF title, text ON item_texts BEGIN
	INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.item, old.title, old.text);
	INSERT INTO items_fts(rowid, title, text) VALUES (new.item, new.title, new.text);
END;
INSERT INTO items_fts(items_fts) VALUES ('rebuild');
`,

	// 3: every refresh asks Reextract whether any extraction is stale; the
	// index answers in microseconds instead of a scan of every item.
	`CREATE INDEX items_by_version ON items(extract_version);`,

	// 4: a server that answers 429 or 503 with Retry-After is left alone
	// until then (UTC microseconds; NULL when it asked nothing).
	`ALTER TABLE feeds ADD COLUMN retry_after INTEGER;`,

	// 5: a feed taken out of the urls file is hidden, not deleted: its items,
	// read and starred flags come back if it is put back, as in newsboat.
	`ALTER TABLE feeds ADD COLUMN subscribed INTEGER NOT NULL DEFAULT 1;`,
}

// schemaVersion is the schema version this code writes.
var schemaVersion = len(migrations)

// migrate brings the database up to schemaVersion, one transaction per
// migration, and refuses a database written by a newer briefing.
func migrate(ctx context.Context, db *sql.DB) error {
	for {
		done, err := migrateOne(ctx, db)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any. The version is read inside
// the (immediate) transaction, so two processes opening a fresh database at
// once apply each migration exactly once.
func migrateOne(ctx context.Context, db *sql.DB) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: begin: %w", err)
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, fmt.Errorf("migrate: read schema version: %w", err)
	}
	switch {
	case version > schemaVersion:
		return false, fmt.Errorf("database schema version %d is newer than this briefing knows (%d): upgrade briefing", version, schemaVersion)
	case version == schemaVersion:
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("migrate to schema version %d: %w", version+1, err)
	}
	// PRAGMA takes no bound parameters; version+1 is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version+1)); err != nil {
		return false, fmt.Errorf("migrate to schema version %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to schema version %d: commit: %w", version+1, err)
	}
	return false, nil
}
