package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/briefing-news/briefing/brief"
	"github.com/briefing-news/briefing/feeds"
	"github.com/briefing-news/briefing/feeds/store"
)

// where holds the paths a command works with, resolved from flags and the
// XDG base directories.
type where struct {
	urls, db string
	e        env
}

// addPathFlags declares --urls and --db, whose defaults follow the XDG base
// directory specification.
func addPathFlags(fs *flag.FlagSet, w *where) {
	fs.StringVar(&w.urls, "urls", "", "the feed list (default $XDG_CONFIG_HOME/briefing/urls)")
	fs.StringVar(&w.db, "db", "", "the database (default $XDG_DATA_HOME/briefing/briefing.db)")
}

func (w *where) urlsPath() (string, error) {
	if w.urls != "" {
		return w.urls, nil
	}
	dir, err := w.configDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "urls"), nil
}

func (w *where) dbPath() (string, error) {
	if w.db != "" {
		return w.db, nil
	}
	dir, err := xdgDir(w.e, "XDG_DATA_HOME", ".local/share")
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "briefing", "briefing.db"), nil
}

func (w *where) configDir() (string, error) {
	dir, err := xdgDir(w.e, "XDG_CONFIG_HOME", ".config")
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "briefing"), nil
}

// xdgDir is $variable if it is an absolute path (the spec says relative ones
// are invalid and ignored), else ~/fallback.
func xdgDir(e env, variable, fallback string) (string, error) {
	if dir := e.getenv(variable); filepath.IsAbs(dir) {
		return dir, nil
	}
	home := e.getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return "", fmt.Errorf("find home directory for %s: %w", variable, err)
		}
	}
	return filepath.Join(home, fallback), nil
}

// readFeedList reads the urls file; a missing file is an empty list.
func (w *where) readFeedList() ([]store.Feed, string, error) {
	path, err := w.urlsPath()
	if err != nil {
		return nil, "", err
	}
	list, err := feeds.ReadURLs(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, path, nil
	}
	return list, path, err
}

// extractor builds the extractor over the built-in gazetteer and the user's
// actors.json or actors.yaml in the config directory, when present.
func (w *where) extractor() (*brief.Extractor, error) {
	dir, err := w.configDir()
	if err != nil {
		return nil, err
	}
	var user [][]byte
	for _, name := range []string{"actors.json", "actors.yaml", "actors.yml"} {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read actors %s: %w", path, err)
		}
		user = append(user, data)
	}
	g, err := brief.NewGazetteer(user...)
	if err != nil {
		return nil, fmt.Errorf("actors in %s: %w", dir, err)
	}
	return brief.NewExtractor(g), nil
}

// openStore opens the database with extraction wired in.
func (w *where) openStore(ctx context.Context) (*store.Store, error) {
	ex, err := w.extractor()
	if err != nil {
		return nil, err
	}
	path, err := w.dbPath()
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, path, ex)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return st, nil
}

// openSynced opens the database and brings its feeds' titles and tags in
// line with the urls file.
func (w *where) openSynced(ctx context.Context, list []store.Feed) (*store.Store, error) {
	st, err := w.openStore(ctx)
	if err != nil {
		return nil, err
	}
	if err := st.SyncFeeds(ctx, list); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// openDemo loads the embedded demo feeds into an in-memory store. The demo is
// a frozen week, so its own "now" is the moment it is judged against.
func (w *where) openDemo(ctx context.Context) (*store.Store, time.Time, error) {
	ex, err := w.extractor()
	if err != nil {
		return nil, time.Time{}, err
	}
	st, err := store.Open(ctx, ":memory:", ex)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("open demo store: %w", err)
	}
	asOf, err := feeds.LoadDemo(ctx, st)
	if err != nil {
		st.Close()
		return nil, time.Time{}, fmt.Errorf("load demo: %w", err)
	}
	return st, asOf, nil
}

// parseAsOf reads --as-of: a date (midnight local time) or an RFC 3339 moment.
func parseAsOf(s string) (time.Time, error) {
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, usagef("--as-of %q: want YYYY-MM-DD or an RFC 3339 time such as 2025-12-01T09:00:00Z", s)
	}
	return t, nil
}
