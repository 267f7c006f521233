package tui

import (
	"context"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// refreshState follows a background refresh. Events arrive one per feed
// through a channel that a command reads one message at a time (the next
// read is issued when one arrives); each is tagged with the refresh's seq so
// that events of an abandoned refresh are dropped.
type refreshState struct {
	seq         int
	running     bool
	done, total int
	fresh       int
	failed      []feedError // failures and deferrals, in the order they came
	deferred    int         // how many of failed are deferrals
	finished    bool        // a refresh ran to its end
	events      chan RefreshEvent
	cancel      context.CancelFunc
}

type refreshMsg struct {
	seq    int
	ev     RefreshEvent
	closed bool
}

func nextRefreshEvent(seq int, events <-chan RefreshEvent) tea.Cmd {
	return func() tea.Msg {
		ev, ok := <-events
		return refreshMsg{seq: seq, ev: ev, closed: !ok}
	}
}

// startRefresh begins a refresh unless one is running.
func (m Model) startRefresh() (Model, tea.Cmd) {
	fn := m.c.opt.Refresh
	if fn == nil {
		return m, nil
	}
	if m.ref.running {
		return m, noteCmd("already refreshing", false)
	}
	ctx, cancel := context.WithCancel(context.Background())
	events := make(chan RefreshEvent, 16)
	m.ref = refreshState{seq: m.ref.seq + 1, running: true, events: events, cancel: cancel}
	seq := m.ref.seq
	start := func() tea.Msg {
		go fn(ctx, events)
		return nextRefreshEvent(seq, events)()
	}
	return m, tea.Batch(start, m.spin.Tick)
}

// onRefresh takes one event: progress, a failure, new items to load.
func (m Model) onRefresh(msg refreshMsg) (Model, tea.Cmd) {
	if msg.seq != m.ref.seq || !m.ref.running {
		return m, nil
	}
	if msg.closed {
		m.ref.running, m.ref.finished = false, true
		m.ref.cancel()
		var cmds []tea.Cmd
		if m.ref.fresh > 0 {
			cmds = append(cmds, m.requestReload())
		}
		return m, tea.Batch(cmds...)
	}
	ev := msg.ev
	if ev.Total > 0 {
		m.ref.done, m.ref.total = ev.Done, ev.Total
	}
	if ev.Err != nil {
		feed := cleanLine(ev.Feed)
		if feed == "" {
			feed = "refresh"
		}
		// The refresher's errors often name the feed already; say it once.
		reason := cleanLine(ev.Err.Error())
		reason = strings.TrimPrefix(reason, "feed "+feed+": ")
		reason = strings.TrimPrefix(reason, feed+": ")
		m.ref.failed = append(m.ref.failed, feedError{feed: feed, reason: reason})
		if ev.Deferred {
			m.ref.deferred++
		}
	}
	cmds := []tea.Cmd{nextRefreshEvent(msg.seq, m.ref.events)}
	if ev.New > 0 {
		m.ref.fresh += ev.New
		cmds = append(cmds, m.requestReload())
	}
	return m, tea.Batch(cmds...)
}

// requestReload loads the whole briefing again, unless a load is in flight;
// then one more follows when it lands, so a burst of feeds costs two loads.
func (m *Model) requestReload() tea.Cmd {
	if m.reloading {
		m.reloadPending = true
		return nil
	}
	m.reloading = true
	m.loadSeq++
	return m.loadCmd(m.loadSeq, 0)
}

// refreshStatus is the refresh's part of the status bar.
func (m Model) refreshStatus() string {
	st := m.c.styles
	r := m.ref
	failed := ""
	switch n := len(r.failed) - r.deferred; {
	case n > 0 && r.deferred > 0:
		failed = st.Error.Render(fmt.Sprintf(" · %d failed, %d deferred (e)", n, r.deferred))
	case n > 0:
		failed = st.Error.Render(fmt.Sprintf(" · %d failed (e)", n))
	case r.deferred > 0:
		failed = st.Muted.Render(fmt.Sprintf(" · %d deferred (e)", r.deferred))
	}
	switch {
	case r.running && r.total > 0:
		return m.spin.View() + fmt.Sprintf(" refreshing %d/%d feeds", r.done, r.total) + failed
	case r.running:
		return m.spin.View() + " refreshing…" + failed
	case r.finished:
		feeds := "feeds"
		if r.total == 1 {
			feeds = "feed"
		}
		return st.Muted.Render(fmt.Sprintf("refreshed %d %s · %d new", r.total, feeds, r.fresh)) + failed
	}
	return ""
}

// stopRefresh abandons a running refresh (on quit).
func (m *Model) stopRefresh() {
	if m.ref.cancel != nil {
		m.ref.cancel()
	}
}
