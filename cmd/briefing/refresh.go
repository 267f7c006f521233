package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/briefing-news/briefing/feeds"
)

// fetchFlags declares the fetcher's knobs, shared by refresh and the TUI.
func fetchFlags(fs *flag.FlagSet) *feeds.Options {
	opt := feeds.DefaultOptions(version())
	fs.IntVar(&opt.Jobs, "jobs", opt.Jobs, "feeds fetched at once")
	fs.DurationVar(&opt.Timeout, "timeout", opt.Timeout, "time allowed for each feed")
	return &opt
}

func validFetch(opt *feeds.Options) error {
	if opt.Jobs < 1 {
		return usagef("--jobs must be at least 1, not %d", opt.Jobs)
	}
	if opt.Timeout <= 0 {
		return usagef("--timeout must be positive, not %s", opt.Timeout)
	}
	return nil
}

func setupRefresh(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	addPathFlags(fs, w)
	opt := fetchFlags(fs)
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) > 0 {
			return usagef("refresh takes no arguments, got %q", args[0])
		}
		if err := validFetch(opt); err != nil {
			return err
		}
		list, urlsPath, err := w.readFeedList()
		if err != nil {
			return err
		}
		if len(list) == 0 {
			fmt.Fprintf(e.stderr, "no feeds in %s: add one with 'briefing add URL'\n", urlsPath)
			return nil
		}
		st, err := w.openSynced(ctx, list)
		if err != nil {
			return err
		}
		defer st.Close()
		if _, err := st.Reextract(ctx); err != nil {
			return err
		}

		progress := newProgress(e, len(list))
		summary := feeds.Refresh(ctx, st, list, *opt, progress.report)
		progress.finish()
		fmt.Fprintln(e.stdout, summary)
		if summary.Failed > 0 && summary.OK == 0 && summary.NotModified == 0 && summary.Deferred == 0 {
			return errReported
		}
		return nil
	}
}

// progress prints failures as they come, one line each, and, when stderr is
// a terminal, a live "done/total" line.
type progress struct {
	mu    sync.Mutex
	e     env
	tty   bool
	done  int
	total int
	start time.Time
}

func newProgress(e env, total int) *progress {
	f, ok := e.stderr.(*os.File)
	tty := ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
	return &progress{e: e, tty: tty, total: total, start: time.Now()}
}

func (p *progress) report(r feeds.Result) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if p.tty {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
	if r.Err != nil {
		fmt.Fprintln(p.e.stderr, r.Err)
	}
	if p.tty {
		fmt.Fprintf(p.e.stderr, "refreshing %d/%d feeds", p.done, p.total)
	}
}

func (p *progress) finish() {
	if p.tty {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
}
