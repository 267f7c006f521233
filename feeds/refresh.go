package feeds

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefing-news/briefing/feeds/store"
)

// Outcome is how the refresh of one feed ended.
type Outcome int

const (
	OK          Outcome = iota // fetched, parsed and saved
	NotModified                // the server (or the file) says nothing changed
	Failed                     // see Result.Err
	Deferred                   // not fetched: the server asked to wait (see Result.Err)
)

func (o Outcome) String() string {
	switch o {
	case OK:
		return "ok"
	case NotModified:
		return "not modified"
	case Failed:
		return "failed"
	case Deferred:
		return "deferred"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Result is the refresh of one feed.
type Result struct {
	Feed    store.Feed
	Outcome Outcome
	New     int   // items new to the store
	Updated int   // items changed in place
	Err     error // one line, "feed URL: reason", when Failed or Deferred
}

// Summary adds up a refresh.
type Summary struct {
	OK, NotModified, Failed int
	Deferred                int // left alone, as their servers asked
	New, Updated            int
	Failures                []Result // in the order they finished
}

// String is the one line printed at the end of a refresh.
func (s Summary) String() string {
	total := s.OK + s.NotModified + s.Failed + s.Deferred
	line := fmt.Sprintf("%d %s: %d ok, %d not modified, %d failed", total, plural(total, "feed", "feeds"), s.OK, s.NotModified, s.Failed)
	if s.Deferred > 0 {
		line += fmt.Sprintf(", %d deferred", s.Deferred)
	}
	line += fmt.Sprintf("; %d new %s", s.New, plural(s.New, "item", "items"))
	if s.Updated > 0 {
		line += fmt.Sprintf(", %d updated", s.Updated)
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (s *Summary) add(r Result) {
	switch r.Outcome {
	case OK:
		s.OK++
	case NotModified:
		s.NotModified++
	case Deferred:
		s.Deferred++
	default:
		s.Failed++
		s.Failures = append(s.Failures, r)
	}
	s.New += r.New
	s.Updated += r.Updated
}

// Refresh fetches every feed (a pool of opt.Jobs workers, at most opt.PerHost
// requests to one host name at a time), with a conditional GET from the
// stored ETag and Last-Modified (a 304 costs no parse and no write), saves
// each feed through st.SaveFetch and records each failure with st.SaveError.
// progress, when not nil, is called once per finished feed; calls come one
// at a time. Cancelling ctx stops it: feeds not yet started are skipped and
// no failure is recorded for the ones it interrupts.
func Refresh(ctx context.Context, st *store.Store, list []store.Feed, opt Options, progress func(Result)) Summary {
	opt = opt.withDefaults()
	list = uniqueFeeds(list)
	states := map[string]store.FeedState{}
	// Without the stored state every fetch is merely unconditional, so a
	// failure to read it must not stop the refresh.
	if known, err := st.Feeds(ctx); err == nil {
		for _, fs := range known {
			states[fs.URL] = fs
		}
	}
	client := newClient(opt)
	defer client.CloseIdleConnections()

	sched := newScheduler(ctx, list, opt.PerHost)
	results := make(chan Result, len(list))
	var wg sync.WaitGroup
	for range min(opt.Jobs, len(list)) {
		wg.Go(func() {
			for {
				f, host, ok := sched.next()
				if !ok {
					return
				}
				results <- refreshOne(ctx, client, st, opt, f, states[f.URL])
				sched.done(host)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var sum Summary
	for r := range results {
		sum.add(r)
		if progress != nil {
			progress(r)
		}
	}
	return sum
}

// refreshOne fetches, parses and saves one feed.
func refreshOne(ctx context.Context, c *http.Client, st *store.Store, opt Options, f store.Feed, state store.FeedState) Result {
	at := time.Now()
	fail := func(reason error) Result {
		r := Result{Feed: f, Outcome: Failed, Err: fmt.Errorf("feed %s: %w", f.URL, reason)}
		if ctx.Err() != nil {
			return r // interrupted, not the feed's fault: nothing to record
		}
		var later *retryLaterError
		var until time.Time
		if errors.As(reason, &later) {
			until = later.until
		}
		if err := st.SaveError(ctx, f.URL, oneLine(reason.Error()), at, until); err != nil {
			r.Err = fmt.Errorf("feed %s: %w (recording the failure: %v)", f.URL, reason, err)
		}
		return r
	}
	if at.Before(state.RetryAfter) {
		return Result{Feed: f, Outcome: Deferred, Err: fmt.Errorf("feed %s: deferred: the server asked to wait until %s",
			f.URL, state.RetryAfter.UTC().Format("2006-01-02 15:04 UTC"))}
	}
	resp, err := fetch(ctx, c, opt, f.URL, state.ETag, state.LastModified)
	if err != nil {
		return fail(err)
	}
	if resp.notModified {
		r := Result{Feed: f, Outcome: NotModified}
		// Only a feed that failed last time has anything to write: its
		// error is over. A healthy feed's 304 costs no write.
		if state.LastError != "" || !state.RetryAfter.IsZero() {
			if err := st.SaveNotModified(ctx, f.URL, at); err != nil {
				return fail(err)
			}
		}
		return r
	}
	fetched, err := Parse(resp.body, resp.contentType, f.URL)
	if err != nil {
		return fail(err)
	}
	fetched.ETag, fetched.LastModified = resp.etag, resp.lastModified
	saved, err := st.SaveFetch(ctx, f, fetched, at)
	if err != nil {
		return fail(fmt.Errorf("save: %w", err))
	}
	return Result{Feed: f, Outcome: OK, New: saved.New, Updated: saved.Updated}
}

// oneLine keeps a reason on one line: it is shown in lists and status bars.
func oneLine(s string) string { return flatten(Sanitize(s)) }

// uniqueFeeds drops repeated URLs, keeping the first.
func uniqueFeeds(list []store.Feed) []store.Feed {
	seen := make(map[string]bool, len(list))
	out := make([]store.Feed, 0, len(list))
	for _, f := range list {
		if !seen[f.URL] {
			seen[f.URL] = true
			out = append(out, f)
		}
	}
	return out
}

// scheduler hands feeds to workers so that no host name has more than limit
// requests in flight, and a worker never sits waiting on a busy host while a
// feed on another host is ready.
type scheduler struct {
	ctx      context.Context
	mu       sync.Mutex
	cond     *sync.Cond
	hosts    []string // hosts with feeds, busiest first
	queues   map[string][]store.Feed
	inflight map[string]int
	pending  int
	limit    int
	rr       int
}

func newScheduler(ctx context.Context, list []store.Feed, limit int) *scheduler {
	s := &scheduler{ctx: ctx, queues: map[string][]store.Feed{}, inflight: map[string]int{}, limit: limit, pending: len(list)}
	s.cond = sync.NewCond(&s.mu)
	for _, f := range list {
		h := hostKey(f.URL)
		if _, ok := s.queues[h]; !ok {
			s.hosts = append(s.hosts, h)
		}
		s.queues[h] = append(s.queues[h], f)
	}
	// The busiest host bounds the whole refresh: start it first.
	slices.SortStableFunc(s.hosts, func(a, b string) int { return cmp.Compare(len(s.queues[b]), len(s.queues[a])) })
	context.AfterFunc(ctx, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.cond.Broadcast()
	})
	return s
}

// next blocks until a feed may start, and reports false when none is left or
// the context is done.
func (s *scheduler) next() (store.Feed, string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		if s.ctx.Err() != nil || s.pending == 0 {
			return store.Feed{}, "", false
		}
		for i := range s.hosts {
			h := s.hosts[(s.rr+i)%len(s.hosts)]
			q := s.queues[h]
			if len(q) == 0 || (h != "" && s.inflight[h] >= s.limit) {
				continue
			}
			s.queues[h] = q[1:]
			s.inflight[h]++
			s.pending--
			s.rr = (s.rr + i + 1) % len(s.hosts)
			return q[0], h, true
		}
		s.cond.Wait()
	}
}

func (s *scheduler) done(host string) {
	s.mu.Lock()
	s.inflight[host]--
	s.mu.Unlock()
	s.cond.Broadcast()
}

// hostKey is the politeness key of a feed: its lower-case host name, or ""
// for local files, which need no limit.
func hostKey(addr string) string {
	kind, target := locate(addr)
	if kind != webAddress {
		return ""
	}
	u, err := url.Parse(target)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
