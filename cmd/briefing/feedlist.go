package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/briefing-news/briefing/feeds"
	"github.com/briefing-news/briefing/feeds/store"
)

func setupAdd(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	fs.StringVar(&w.urls, "urls", "", "the feed list (default $XDG_CONFIG_HOME/briefing/urls)")
	noDiscover := fs.Bool("no-discover", false, "add the URL as given, without looking for a feed on an HTML page")
	opt := feeds.DefaultOptions(version())
	fs.DurationVar(&opt.Timeout, "timeout", opt.Timeout, "time allowed for feed discovery")
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) == 0 {
			return usagef("add needs a feed URL")
		}
		feed := store.Feed{URL: args[0]}
		for _, tag := range args[1:] {
			if title, ok := strings.CutPrefix(tag, "~"); ok {
				feed.Title = title
			} else {
				feed.Tags = append(feed.Tags, tag)
			}
		}
		path, err := w.urlsPath()
		if err != nil {
			return err
		}
		if !*noDiscover && (strings.HasPrefix(feed.URL, "http://") || strings.HasPrefix(feed.URL, "https://")) {
			found, err := feeds.Discover(ctx, opt, feed.URL)
			if err != nil {
				return err
			}
			if found != feed.URL {
				fmt.Fprintf(e.stderr, "found the feed %s on %s\n", found, feed.URL)
			}
			feed.URL = found
		}
		if err := feeds.AppendURL(path, feed); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "added %s to %s\n", feed.URL, path)
		return nil
	}
}

func setupImport(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	fs.StringVar(&w.urls, "urls", "", "the feed list (default $XDG_CONFIG_HOME/briefing/urls)")
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) != 1 {
			return usagef("import needs one OPML file, got %d arguments", len(args))
		}
		f, err := os.Open(args[0])
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		incoming, err := feeds.ReadOPML(f)
		if err != nil {
			return fmt.Errorf("import %s: %w", args[0], err)
		}
		have, path, err := w.readFeedList()
		if err != nil {
			return err
		}
		known := map[string]bool{}
		for _, feed := range have {
			known[feed.URL] = true
		}
		added := 0
		for _, feed := range incoming {
			if known[feed.URL] {
				continue
			}
			if err := feeds.AppendURL(path, feed); err != nil {
				return err
			}
			known[feed.URL] = true
			added++
		}
		fmt.Fprintf(e.stdout, "imported %d feeds into %s (%d already there)\n", added, path, len(incoming)-added)
		return nil
	}
}

func setupExportOPML(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	fs.StringVar(&w.urls, "urls", "", "the feed list (default $XDG_CONFIG_HOME/briefing/urls)")
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) > 0 {
			return usagef("export-opml takes no arguments, got %q", args[0])
		}
		list, _, err := w.readFeedList()
		if err != nil {
			return err
		}
		return feeds.WriteOPML(e.stdout, list)
	}
}

func setupFeeds(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	addPathFlags(fs, w)
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) > 0 {
			return usagef("feeds takes no arguments, got %q", args[0])
		}
		list, _, err := w.readFeedList()
		if err != nil {
			return err
		}
		st, err := w.openSynced(ctx, list)
		if err != nil {
			return err
		}
		defer st.Close()
		states, err := st.Feeds(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "FEED\tITEMS\tLAST FETCH\tURL\tLAST ERROR")
		for _, s := range states {
			title := s.Title
			if title == "" {
				title = s.FeedTitle
			}
			fetched := "never"
			if !s.LastFetch.IsZero() {
				fetched = s.LastFetch.Local().Format("2006-01-02 15:04")
			}
			items := fmt.Sprint(s.Items)
			if s.Hidden {
				items += " hidden" // not in the urls file: kept, not shown
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", title, items, fetched, s.URL, s.LastError)
		}
		return tw.Flush()
	}
}
