package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"
)

// Exit codes: 2 is a usage error, as with flag's own errors.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// env is the process's outside world, passed in so tests can run commands
// in-process with their own streams and environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// command is one subcommand: its flags are declared by setup, and run does
// the work once they are parsed.
type command struct {
	name, args, summary string
	setup               func(fs *flag.FlagSet) func(ctx context.Context, e env, args []string) error
}

// usageError is a bad flag or argument: reported with the command's usage
// and exit status 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// failedError carries an exit status of 1 without another message, for
// commands that have already reported what went wrong.
var errReported = errors.New("reported")

func commands() []command {
	return []command{
		{"tui", "", "open the briefing in the terminal (the default command)", setupTUI},
		{"refresh", "", "fetch every feed into the store, headless", setupRefresh},
		{"export", "", "print the briefing as JSON or Markdown, from the store only", setupExport},
		{"add", "URL [TAG...]", "add a feed (an HTML page's feed is discovered) to the urls file", setupAdd},
		{"import", "FILE.opml", "add the feeds of an OPML file to the urls file", setupImport},
		{"export-opml", "", "print the urls file as OPML 2.0", setupExportOPML},
		{"feeds", "", "list the feeds with their item counts and last errors", setupFeeds},
		{"version", "", "print the version", setupVersion},
	}
}

func run(ctx context.Context, args []string, e env) int {
	name := "tui"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	if name == "help" {
		if len(args) == 0 {
			mainUsage(e.stdout)
			return exitOK
		}
		name, args = args[0], []string{"--help"}
	}
	for _, c := range commands() {
		if c.name == name {
			return runCommand(ctx, c, args, e)
		}
	}
	fmt.Fprintf(e.stderr, "briefing: unknown command %q\n\n", name)
	mainUsage(e.stderr)
	return exitUsage
}

func runCommand(ctx context.Context, c command, args []string, e env) int {
	fs := flag.NewFlagSet("briefing "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	do := c.setup(fs)
	// flag calls Usage itself on -h and on a bad flag: render it into a
	// buffer, and print it once, to stdout for -h, to stderr after an error.
	var usageText bytes.Buffer
	fs.Usage = func() {
		out := &usageText
		if c.name == "tui" {
			mainUsage(out)
			fmt.Fprintln(out, "\nFlags of briefing (tui):")
		} else {
			fmt.Fprintf(out, "Usage: %s\n\n%s.\n\nFlags:\n", strings.TrimSpace("briefing "+c.name+" [flags] "+c.args), capitalise(c.summary))
		}
		fs.SetOutput(out)
		fs.PrintDefaults()
		fs.SetOutput(e.stderr)
	}
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		e.stdout.Write(usageText.Bytes())
		return exitOK
	}
	if err != nil {
		e.stderr.Write(usageText.Bytes()) // flag has printed the error itself
		return exitUsage
	}
	err = do(ctx, e, fs.Args())
	var usage usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(e.stderr, "briefing %s: %s\n", c.name, usage.msg)
		fmt.Fprintf(e.stderr, "Run 'briefing %s --help' for usage.\n", c.name)
		return exitUsage
	case errors.Is(err, errReported):
		return exitFail
	default:
		fmt.Fprintf(e.stderr, "briefing %s: %v\n", c.name, err)
		return exitFail
	}
}

func mainUsage(w io.Writer) {
	fmt.Fprint(w, `briefing reads news feeds and turns them into a briefing: actors, upcoming
meetings, analyst takes and the articles.

Usage: briefing [command] [flags] [args]

Commands:
`)
	cmds := commands()
	sort.SliceStable(cmds, func(i, j int) bool { return cmds[i].name == "tui" && cmds[j].name != "tui" })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
With no command, briefing opens the TUI; with no feeds configured, or with
--demo, it opens the embedded demo briefing. 'briefing COMMAND --help' shows a
command's flags.
`)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// version is the module version when built by 'go install', else a dev mark.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "0.1.0-dev"
}

func setupVersion(fs *flag.FlagSet) func(context.Context, env, []string) error {
	return func(_ context.Context, e env, args []string) error {
		if len(args) > 0 {
			return usagef("version takes no arguments")
		}
		fmt.Fprintf(e.stdout, "briefing %s\n", version())
		return nil
	}
}
