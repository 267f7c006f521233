package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/briefing-news/briefing/brief"
	"github.com/briefing-news/briefing/feeds/store"
)

// multiFlag collects a flag given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ", ") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func setupExport(fs *flag.FlagSet) func(context.Context, env, []string) error {
	w := &where{}
	addPathFlags(fs, w)
	format := fs.String("format", "json", "json or markdown")
	var actors multiFlag
	fs.Var(&actors, "actor", "only what mentions this actor (any alias, any case); repeat for any of several")
	all := fs.Bool("all", false, "with several --actor: only what mentions all of them")
	asOfFlag := fs.String("as-of", "", "judge meetings upcoming or past as of this date (YYYY-MM-DD or RFC 3339; default now, or the demo's own day)")
	demo := fs.Bool("demo", false, "export the embedded demo briefing")
	return func(ctx context.Context, e env, args []string) error {
		w.e = e
		if len(args) > 0 {
			return usagef("export takes no arguments, got %q", args[0])
		}
		if *format != "json" && *format != "markdown" && *format != "md" {
			return usagef("--format %q: want json or markdown", *format)
		}
		var asOf time.Time
		if *asOfFlag != "" {
			var err error
			if asOf, err = parseAsOf(*asOfFlag); err != nil {
				return err
			}
		}

		var st *store.Store
		var err error
		if *demo {
			var demoNow time.Time
			st, demoNow, err = w.openDemo(ctx)
			if asOf.IsZero() {
				asOf = demoNow
			}
		} else {
			st, err = w.openStore(ctx)
			if err == nil {
				_, err = st.Reextract(ctx)
			}
		}
		if st != nil {
			defer st.Close()
		}
		if err != nil {
			return err
		}
		if asOf.IsZero() {
			asOf = time.Now()
		}

		b, err := st.Briefing(ctx, asOf, 0)
		if err != nil {
			return err
		}
		if b, err = filterByActors(b, actors, *all); err != nil {
			return err
		}
		if *format == "json" {
			data, err := b.JSON()
			if err != nil {
				return err
			}
			_, err = e.stdout.Write(data)
			return err
		}
		_, err = fmt.Fprint(e.stdout, b.Markdown())
		return err
	}
}

// filterByActors narrows b to the named actors, each resolved by any alias.
func filterByActors(b brief.Briefing, names []string, all bool) (brief.Briefing, error) {
	if len(names) == 0 {
		return b, nil
	}
	f := brief.Filter{All: all}
	for _, name := range names {
		canonical, ok := b.Resolve(name)
		if !ok {
			return b, fmt.Errorf("no actor in the briefing is called %q", name)
		}
		f.Actors = append(f.Actors, canonical)
	}
	return b.Filter(f), nil
}
