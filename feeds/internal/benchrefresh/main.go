// Command benchrefresh runs one headless refresh of a urls file into a store,
// with no extraction: the fetch, parse and store path alone, to time against
// other feed readers on the same feeds (see benchserve).
//
//	go run ./feeds/internal/benchrefresh -urls /tmp/bench/urls -db /tmp/bench/b.db
package main

import (
	"context"
	"flag"
	"fmt"
	"log"

	"github.com/briefing-news/briefing/feeds"
	"github.com/briefing-news/briefing/feeds/store"
)

func main() {
	urls := flag.String("urls", "urls", "urls file")
	db := flag.String("db", "bench.db", "database path")
	jobs := flag.Int("jobs", 8, "feeds fetched at once")
	perHost := flag.Int("per-host", 2, "connections to one host at once")
	flag.Parse()

	ctx := context.Background()
	list, err := feeds.ReadURLs(*urls)
	if err != nil {
		log.Fatal(err)
	}
	st, err := store.Open(ctx, *db, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	if err := st.SyncFeeds(ctx, list); err != nil {
		log.Fatal(err)
	}
	opt := feeds.DefaultOptions("bench")
	opt.Jobs, opt.PerHost = *jobs, *perHost
	sum := feeds.Refresh(ctx, st, list, opt, nil)
	fmt.Println(sum)
	for _, f := range sum.Failures {
		fmt.Println(f.Err)
	}
}
