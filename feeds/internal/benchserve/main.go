// Command benchserve serves synthetic feeds on loopback for comparing
// briefing's refresh with other readers (newsboat), and writes a urls file
// listing them. It serves until interrupted.
//
//	go run ./feeds/internal/benchserve -feeds 200 -items 50 -urls /tmp/bench/urls
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/briefing-news/briefing/feeds/internal/feedgen"
)

func main() {
	feeds := flag.Int("feeds", 200, "number of feeds")
	items := flag.Int("items", 50, "items per feed")
	addr := flag.String("addr", "127.0.0.1:0", "loopback address to listen on")
	urls := flag.String("urls", "", "write a urls file listing the feeds here")
	flag.Parse()

	host, _, err := net.SplitHostPort(*addr)
	if err != nil || !net.ParseIP(host).IsLoopback() {
		log.Fatalf("benchserve: %s is not a loopback address", *addr)
	}
	srv := feedgen.NewServer(*feeds, *items)
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("benchserve: %v", err)
	}
	base := "http://" + l.Addr().String()
	if *urls != "" {
		var b strings.Builder
		for _, p := range srv.Paths() {
			b.WriteString(base + p + "\n")
		}
		if err := os.MkdirAll(filepath.Dir(*urls), 0o755); err != nil {
			log.Fatalf("benchserve: %v", err)
		}
		if err := os.WriteFile(*urls, []byte(b.String()), 0o644); err != nil {
			log.Fatalf("benchserve: %v", err)
		}
	}
	fmt.Printf("serving %d feeds x %d items at %s\n", *feeds, *items, base)
	go func() {
		stop := make(chan os.Signal, 1)
		signal.Notify(stop, os.Interrupt)
		<-stop
		fmt.Printf("bodies %d, not modified %d\n", srv.Bodies.Load(), srv.Skipped.Load())
		os.Exit(0)
	}()
	log.Fatal(http.Serve(l, srv))
}
