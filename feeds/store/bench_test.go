package store

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-news/briefing/brief"
)

// benchActors is the pool realistic extractions draw from: 2,000 actors,
// the first 40 the heads of state and envoys that most meetings are between.
var benchActors = func() []brief.Actor {
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []brief.Kind{brief.Person, brief.Person, brief.Organization, brief.Country}
	actors := make([]brief.Actor, 2000)
	for i := range actors {
		actors[i] = brief.Actor{
			Name:        fmt.Sprintf("%s %s", benchWord(r), benchWord(r)),
			Kind:        kinds[i%len(kinds)],
			Role:        "Minister of " + benchWord(r),
			Affiliation: benchWord(r),
		}
		if i%3 == 0 {
			actors[i].Aliases = []string{benchWord(r)}
		}
	}
	return actors
}()

var benchVocabulary = func() []string {
	r := rand.New(rand.NewPCG(3, 4))
	words := make([]string, 5000)
	for i := range words {
		n := 2 + r.IntN(9)
		b := make([]byte, n)
		for j := range b {
			b[j] = byte('a' + r.IntN(26))
		}
		words[i] = string(b)
	}
	return words
}()

func benchWord(r *rand.Rand) string { return benchVocabulary[r.IntN(len(benchVocabulary))] }

// benchText is about words long, in paragraphs, drawn from the vocabulary.
func benchText(r *rand.Rand, words int) string {
	var b strings.Builder
	for i := range words {
		switch {
		case i > 0 && i%80 == 0:
			b.WriteString(".\n\n")
		case i > 0 && i%15 == 0:
			b.WriteString(". ")
		case i > 0:
			b.WriteByte(' ')
		}
		b.WriteString(benchWord(r))
	}
	b.WriteByte('.')
	return b.String()
}

// realisticExtractor returns what extraction finds in a typical news
// article: about 10 actors from the pool (some with their role, some
// without, as articles name them), a meeting in one article of five, an
// analyst take in one of four, one or two quotes. It is deterministic in
// the document's id and as cheap as possible, so benchmarks time the store.
type realisticExtractor struct{}

func (realisticExtractor) Version() string { return "bench" }

func (realisticExtractor) Extract(d brief.Document) brief.Extraction {
	h := fnv.New64a()
	h.Write([]byte(d.ID))
	r := rand.New(rand.NewPCG(h.Sum64(), 7))
	var x brief.Extraction
	for range 8 + r.IntN(5) {
		a := benchActors[r.IntN(len(benchActors))]
		if r.IntN(2) == 0 {
			a.Role, a.Affiliation = "", "" // named without a role
		}
		a.Mentions = 1 + r.IntN(5)
		x.Actors = append(x.Actors, a)
	}
	sentence := func() string { return benchText(r, 20+r.IntN(15)) }
	if r.IntN(5) == 0 {
		x.Meetings = []brief.Meeting{{
			Participants: []string{benchActors[r.IntN(40)].Name, benchActors[r.IntN(40)].Name},
			Date:         d.Published.AddDate(0, 0, r.IntN(10)).Format(time.DateOnly),
			When:         "next week", Location: benchWord(r), Modality: brief.Planned,
			Sources: []brief.Source{{Text: sentence()}},
		}}
	}
	if r.IntN(4) == 0 {
		x.Takes = []brief.Take{{Analyst: "Institute for the Study of War", About: []string{x.Actors[0].Name}, Text: sentence()}}
	}
	for range 1 + r.IntN(2) {
		x.Quotes = append(x.Quotes, brief.Quote{Speaker: x.Actors[r.IntN(len(x.Actors))].Name, Text: sentence()})
	}
	return x
}

// benchFeed is one feed's fetch: perFeed new items of ~600 words.
func benchFeed(r *rand.Rand, feed, perFeed int, newest time.Time) Fetched {
	f := Fetched{Title: fmt.Sprintf("Feed %d", feed), ETag: fmt.Sprintf(`"%d"`, feed)}
	for i := range perFeed {
		f.Items = append(f.Items, Item{
			GUID:      fmt.Sprintf("https://feed%d.example/item/%d", feed, i),
			Link:      fmt.Sprintf("https://feed%d.example/item/%d", feed, i),
			Title:     benchText(r, 10),
			Author:    benchWord(r),
			Published: newest.Add(-time.Duration(r.IntN(60*24*90)) * time.Minute),
			Text:      benchText(r, 560+r.IntN(80)),
		})
	}
	return f
}

func BenchmarkStoreUpsert(b *testing.B) {
	ctx := context.Background()
	const perFeed = 50
	r := rand.New(rand.NewPCG(5, 6))
	fetches := make([]Fetched, 40) // generated once; each save gets a new feed URL
	for i := range fetches {
		fetches[i] = benchFeed(r, i, perFeed, t0)
	}
	b.Run("new", func(b *testing.B) {
		s, _ := openFile(b, realisticExtractor{})
		b.ResetTimer()
		cpu := cpuTime(b)
		for i := 0; i < b.N; i++ {
			feed := Feed{URL: fmt.Sprintf("https://feed%d.example/rss", i)}
			if _, err := s.SaveFetch(ctx, feed, fetches[i%len(fetches)], t0); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
		b.ReportMetric(float64(b.N*perFeed)/b.Elapsed().Seconds(), "items/s")
	})
	b.Run("unchanged", func(b *testing.B) {
		s, _ := openFile(b, realisticExtractor{})
		for i := range fetches {
			mustSave(b, s, Feed{URL: fmt.Sprintf("https://feed%d.example/rss", i)}, fetches[i], t0)
		}
		b.ResetTimer()
		cpu := cpuTime(b)
		for i := 0; i < b.N; i++ {
			k := i % len(fetches)
			if _, err := s.SaveFetch(ctx, Feed{URL: fmt.Sprintf("https://feed%d.example/rss", k)}, fetches[k], t0); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
		b.ReportMetric(float64(b.N*perFeed)/b.Elapsed().Seconds(), "items/s")
	})
}

// benchDir holds the benchmarks' shared store; TestMain removes it.
var benchDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// briefingStore is a store of 50,000 items in 1,000 feeds, built once per
// test binary run (it takes a while) and shared by the read benchmarks.
var briefingStore = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "briefing-bench-")
	if err != nil {
		return "", err
	}
	benchDir = dir
	path := filepath.Join(dir, "briefing.db")
	s, err := Open(context.Background(), path, realisticExtractor{})
	if err != nil {
		return "", err
	}
	defer s.Close()
	r := rand.New(rand.NewPCG(7, 8))
	const feeds, perFeed = 1000, 50
	// Generating text dominates; reuse 40 fetches' texts under new guids.
	base := make([]Fetched, 40)
	for i := range base {
		base[i] = benchFeed(r, i, perFeed, t0)
	}
	for f := range feeds {
		fetched := base[f%len(base)]
		fetched.Items = append([]Item(nil), fetched.Items...)
		for i := range fetched.Items {
			fetched.Items[i].GUID = fmt.Sprintf("%d-%d", f, i)
			fetched.Items[i].Published = t0.Add(-time.Duration(r.IntN(60*24*90)) * time.Minute)
		}
		if _, err := s.SaveFetch(context.Background(), Feed{URL: fmt.Sprintf("https://feed%d.example/rss", f)}, fetched, t0); err != nil {
			return "", err
		}
	}
	return path, nil
})

func openBriefingStore(b *testing.B) *Store {
	b.Helper()
	path, err := briefingStore()
	if err != nil {
		b.Fatal(err)
	}
	s, err := Open(context.Background(), path, realisticExtractor{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// cpuTime is the process's user+system CPU time so far. Benchmarks report
// it per operation beside wall time: other work on a shared machine inflates
// wall time, not this.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuTime(b)-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func BenchmarkBriefing(b *testing.B) {
	ctx := context.Background()
	s := openBriefingStore(b)
	for _, limit := range []int{0, 300} {
		b.Run(fmt.Sprintf("limit=%d", limit), func(b *testing.B) {
			b.ReportAllocs()
			var articles int
			cpu := cpuTime(b)
			for i := 0; i < b.N; i++ {
				br, err := s.Briefing(ctx, t0, limit)
				if err != nil {
					b.Fatal(err)
				}
				articles = len(br.Articles)
			}
			if want := map[int]int{0: 50000, 300: 300}[limit]; articles != want {
				b.Fatalf("%d articles, want %d", articles, want)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/briefing")
		})
	}
}

// BenchmarkLoadArticles times the store's share of Briefing: the load
// without brief.Assemble.
func BenchmarkLoadArticles(b *testing.B) {
	ctx := context.Background()
	s := openBriefingStore(b)
	defer func(n int) { maxLoadParts = n }(maxLoadParts)
	for _, bench := range []struct {
		limit, parts int
	}{{0, 1}, {0, 8}, {300, 1}} {
		b.Run(fmt.Sprintf("limit=%d/parts=%d", bench.limit, bench.parts), func(b *testing.B) {
			maxLoadParts = bench.parts
			b.ReportAllocs()
			cpu := cpuTime(b)
			for i := 0; i < b.N; i++ {
				if _, err := s.articles(ctx, bench.limit); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/load")
		})
	}
}

// BenchmarkDecodeExtraction compares the stored encoding with JSON, the
// obvious alternative, per item of a realistic extraction.
func BenchmarkDecodeExtraction(b *testing.B) {
	s := openMem(b, nil)
	x := realisticExtractor{}.Extract(brief.Document{ID: "x", Published: t0})
	blob, forms := encodeInMemory(b, s, x)
	js, err := json.Marshal(x)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("binary", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := decodeExtraction(string(blob), forms, nil); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(blob)), "bytes/item")
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var y brief.Extraction
			if err := json.Unmarshal(js, &y); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(js)), "bytes/item")
	})
}

// BenchmarkReextractNothingStale is the cost every refresh pays for
// checking extraction versions when none is stale.
func BenchmarkReextractNothingStale(b *testing.B) {
	ctx := context.Background()
	s := openBriefingStore(b)
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		if n, err := s.Reextract(ctx); err != nil || n != 0 {
			b.Fatalf("Reextract = %d, %v", n, err)
		}
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
}
