package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-news/briefing/brief"
)

// Every store call runs here, in a command, with a deadline: the UI never
// waits on the disk.
const (
	loadTimeout  = 2 * time.Minute
	storeTimeout = 10 * time.Second
	searchLimit  = 500
)

// loadedMsg is a briefing loaded and indexed off the UI goroutine.
type loadedMsg struct {
	seq   int
	limit int
	data  *data
	err   error
}

type watchedMsg struct {
	names []string
	err   error
}

type articleMsg struct {
	seq int
	id  string
	art brief.Article
	err error
}

type searchMsg struct {
	seq   int
	query string
	ids   []string
	err   error
}

// noteMsg shows a line in the status bar for a few seconds.
type noteMsg struct {
	text string
	err  bool
}

type clearNoteMsg struct{ seq int }

// loadCmd loads the briefing (the newest limit articles when limit > 0) and
// indexes it.
func (m Model) loadCmd(seq, limit int) tea.Cmd {
	st, asOf := m.c.opt.Store, m.c.opt.AsOf
	return func() tea.Msg {
		if st == nil {
			return loadedMsg{seq: seq, limit: limit, err: errors.New("no store")}
		}
		at := asOf
		if at.IsZero() {
			at = time.Now()
		}
		ctx, cancel := context.WithTimeout(context.Background(), loadTimeout)
		defer cancel()
		b, err := st.Briefing(ctx, at, limit)
		if err != nil {
			return loadedMsg{seq: seq, limit: limit, err: fmt.Errorf("load briefing: %w", err)}
		}
		if b.AsOf.IsZero() {
			b.AsOf = at
		}
		partial := limit > 0 && len(b.Articles) >= limit
		return loadedMsg{seq: seq, limit: limit, data: newData(b, partial)}
	}
}

// reextractedMsg says how many stored items the new rules re-read.
type reextractedMsg struct {
	n   int
	err error
}

func reextractCmd(fn func(context.Context) (int, error)) tea.Cmd {
	if fn == nil {
		return nil
	}
	return func() tea.Msg {
		n, err := fn(context.Background())
		if err != nil {
			err = fmt.Errorf("re-read stored articles: %w", err)
		}
		return reextractedMsg{n: n, err: err}
	}
}

func watchedCmd(st Store) tea.Cmd {
	return func() tea.Msg {
		if st == nil {
			return watchedMsg{}
		}
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		names, err := st.Watched(ctx)
		if err != nil {
			err = fmt.Errorf("load watched actors: %w", err)
		}
		return watchedMsg{names: names, err: err}
	}
}

func articleCmd(st Store, seq int, id string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		a, err := st.Article(ctx, id)
		if err != nil {
			err = fmt.Errorf("load article %s: %w", id, err)
		}
		return articleMsg{seq: seq, id: id, art: a, err: err}
	}
}

func searchCmd(st Store, seq int, query string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		ids, err := st.Search(ctx, query, searchLimit)
		if err != nil {
			err = fmt.Errorf("search %q: %w", query, err)
		}
		return searchMsg{seq: seq, query: query, ids: ids, err: err}
	}
}

func setReadCmd(st Store, id string, read bool) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		if err := st.SetRead(ctx, id, read); err != nil {
			return noteMsg{text: fmt.Sprintf("could not save the read flag: %v", err), err: true}
		}
		return nil
	}
}

func setWatchedCmd(st Store, actor string, on bool) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		if err := st.SetWatched(ctx, actor, on); err != nil {
			return noteMsg{text: fmt.Sprintf("could not save watching %s: %v", actor, err), err: true}
		}
		return nil
	}
}

// webLink accepts only http and https links: a feed's link is hostile and
// must not become a file path or a flag for the browser.
func webLink(link string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("not a web link: %q", truncate(link, 60))
	}
	return u.String(), nil
}

// browserCmd opens link in $BROWSER, which may be a terminal browser and so
// gets the terminal (tea.ExecProcess), or else with xdg-open, detached.
func browserCmd(link string) tea.Cmd {
	link, err := webLink(link)
	if err != nil {
		return noteCmd(err.Error(), true)
	}
	if b := strings.TrimSpace(os.Getenv("BROWSER")); b != "" {
		// $BROWSER may list several commands separated by colons; the first
		// is the preferred one. A "%s" in it stands for the link.
		first := strings.Split(b, ":")[0]
		args := strings.Fields(first)
		if len(args) > 0 {
			subst := false
			for i, a := range args {
				if strings.Contains(a, "%s") {
					args[i] = strings.ReplaceAll(a, "%s", link)
					subst = true
				}
			}
			if !subst {
				args = append(args, link)
			}
			cmd := exec.Command(args[0], args[1:]...)
			return tea.ExecProcess(cmd, func(err error) tea.Msg {
				if err != nil {
					return noteMsg{text: fmt.Sprintf("browser %s: %v", args[0], err), err: true}
				}
				return nil
			})
		}
	}
	return func() tea.Msg {
		cmd := exec.Command("xdg-open", link)
		if err := cmd.Start(); err != nil {
			return noteMsg{text: fmt.Sprintf("open link: %v (set $BROWSER)", err), err: true}
		}
		go func() { _ = cmd.Wait() }() // reap it; xdg-open hands off and exits
		return noteMsg{text: "opened in the browser"}
	}
}

// copyCmd puts link on the clipboard with OSC 52, which works over ssh and
// inside tmux and screen.
func copyCmd(w io.Writer, link string) tea.Cmd {
	return func() tea.Msg {
		seq := osc52.New(link)
		switch {
		case os.Getenv("TMUX") != "":
			seq = seq.Tmux()
		case strings.HasPrefix(os.Getenv("TERM"), "screen"):
			seq = seq.Screen()
		}
		if _, err := seq.WriteTo(w); err != nil {
			return noteMsg{text: fmt.Sprintf("copy link: %v", err), err: true}
		}
		return noteMsg{text: "link copied"}
	}
}

func noteCmd(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return noteMsg{text: text, err: isErr} }
}

func clearNoteAfter(d time.Duration, seq int) tea.Cmd {
	if d <= 0 {
		return nil
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return clearNoteMsg{seq: seq} })
}
