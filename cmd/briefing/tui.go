package main

import (
	"context"
	"flag"
	"fmt"
	"sync/atomic"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-news/briefing/feeds"
	"github.com/briefing-news/briefing/feeds/store"
	"github.com/briefing-news/briefing/tui"
)

func setupTUI(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	addPathFlags(fs, w)
	opt := fetchFlags(fs)
	demo := fs.Bool("demo", false, "open the embedded demo briefing")
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) > 0 {
			return usagef("unknown command %q", args[0])
		}
		if err := validFetch(opt); err != nil {
			return err
		}
		list, _, err := w.readFeedList()
		if err != nil {
			return err
		}
		options := tui.Options{}
		var st *store.Store
		if *demo || len(list) == 0 {
			st, options.AsOf, err = w.openDemo(ctx)
			options.Title = "demo"
		} else {
			st, err = w.openSynced(ctx, list)
			options.Refresh = refresher(w, st, *opt)
			if st != nil {
				options.Reextract = st.Reextract // after an upgrade: the new rules, without delaying the first frame
			}
		}
		if st != nil {
			defer st.Close()
		}
		if err != nil {
			return err
		}
		options.Store = st
		p := tea.NewProgram(tui.New(options), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithContext(ctx))
		if _, err := p.Run(); err != nil && ctx.Err() == nil {
			return fmt.Errorf("tui: %w", err)
		}
		return nil
	}
}

// refresher runs a refresh for the TUI in the background: the urls file is
// read again, so feeds added while briefing runs are fetched too.
func refresher(w *where, st *store.Store, opt feeds.Options) tui.Refresher {
	return func(ctx context.Context, events chan<- tui.RefreshEvent) {
		defer close(events)
		list, _, err := w.readFeedList()
		if err == nil {
			err = st.SyncFeeds(ctx, list)
		}
		if err == nil {
			_, err = st.Reextract(ctx)
		}
		if err != nil {
			events <- tui.RefreshEvent{Err: err}
			return
		}
		var done atomic.Int64
		feeds.Refresh(ctx, st, list, opt, func(r feeds.Result) {
			n := int(done.Add(1))
			select {
			case events <- tui.RefreshEvent{Feed: r.Feed.URL, Err: r.Err, Deferred: r.Outcome == feeds.Deferred, New: r.New, Done: n, Total: len(list)}:
			case <-ctx.Done():
			}
		})
	}
}
