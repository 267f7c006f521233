package feeds

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/briefing-news/briefing/feeds/internal/feedgen"
	"github.com/briefing-news/briefing/feeds/store"
)

func BenchmarkParse(b *testing.B) {
	const items = 500
	body := feedgen.RSS(1, items)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := Parse(body, "application/rss+xml", "https://feed1.example.com/rss")
		if err != nil || len(f.Items) != items {
			b.Fatalf("%d items, %v", len(f.Items), err)
		}
	}
	b.ReportMetric(float64(items*b.N)/b.Elapsed().Seconds(), "items/s")
}

// peakMemory samples the Go heap (live and not yet swept objects) while a
// benchmark runs, without stopping the world, and reports the highest value
// seen. The process's peak RSS is measured outside, with /usr/bin/time -v.
type peakMemory struct {
	stop chan struct{}
	done sync.WaitGroup
	peak uint64
}

func startPeakMemory() *peakMemory {
	runtime.GC() // start from this benchmark's own heap, not the last one's
	p := &peakMemory{stop: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	p.done.Go(func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			p.peak = max(p.peak, sample[0].Value.Uint64())
			select {
			case <-p.stop:
				return
			case <-tick.C:
			}
		}
	})
	return p
}

func (p *peakMemory) report(b *testing.B) {
	close(p.stop)
	p.done.Wait()
	b.ReportMetric(float64(p.peak)/(1<<20), "peak-heap-MiB")
}

// BenchmarkRefresh refreshes 200 feeds of 50 items each from a loopback
// server into a store on disk: cold (an empty store, every item new), and
// again when every feed answers 304.
func BenchmarkRefresh(b *testing.B) {
	const feeds, items = 200, 50
	gen := feedgen.NewServer(feeds, items)
	srv := httptest.NewServer(gen)
	defer srv.Close()
	var list []store.Feed
	for _, p := range gen.Paths() {
		list = append(list, store.Feed{URL: srv.URL + p})
	}
	opt := DefaultOptions("bench")
	ctx := context.Background()
	open := func(b *testing.B, name string) *store.Store {
		st, err := store.Open(ctx, filepath.Join(b.TempDir(), name), nil)
		if err != nil {
			b.Fatal(err)
		}
		return st
	}

	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		peak := startPeakMemory()
		var elapsed time.Duration
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			st := open(b, fmt.Sprintf("cold%d.db", i))
			b.StartTimer()
			start := time.Now()
			sum := Refresh(ctx, st, list, opt, nil)
			elapsed += time.Since(start)
			b.StopTimer()
			if sum.OK != feeds || sum.New != feeds*items {
				b.Fatalf("cold refresh: %s", sum)
			}
			st.Close()
			b.StartTimer()
		}
		peak.report(b)
		b.ReportMetric(float64(feeds*items*b.N)/elapsed.Seconds(), "items/s")
	})

	b.Run("not-modified", func(b *testing.B) {
		st := open(b, "warm.db")
		defer st.Close()
		if sum := Refresh(ctx, st, list, opt, nil); sum.OK != feeds {
			b.Fatalf("priming refresh: %s", sum)
		}
		bodies := gen.Bodies.Load()
		b.ReportAllocs()
		peak := startPeakMemory()
		for b.Loop() {
			if sum := Refresh(ctx, st, list, opt, nil); sum.NotModified != feeds {
				b.Fatalf("304 refresh: %s", sum)
			}
		}
		peak.report(b)
		if got := gen.Bodies.Load(); got != bodies {
			b.Fatalf("a 304 refresh read %d bodies", got-bodies)
		}
		b.ReportMetric(float64(feeds*b.N)/b.Elapsed().Seconds(), "feeds/s")
	})
}
