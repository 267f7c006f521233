package tui

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-news/briefing/brief"
)

// fakeStore is an in-memory Store over a list of articles; it assembles the
// briefing with brief.Assemble as the real store does.
type fakeStore struct {
	mu       sync.Mutex
	articles []brief.Article
	watched  []string
	reads    map[string]bool // SetRead calls, last value per id
	failWith error           // every call fails with it when set
}

type fixture struct {
	AsOf     time.Time       `json:"as_of"`
	Articles []brief.Article `json:"articles"`
}

// loadFixture reads testdata/briefing.json: the seed story's week.
func loadFixture(t testing.TB) (*fakeStore, time.Time) {
	t.Helper()
	raw, err := os.ReadFile("testdata/briefing.json")
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	var f fixture
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("parse fixture: %v", err)
	}
	return &fakeStore{articles: f.Articles, reads: map[string]bool{}}, f.AsOf
}

func (s *fakeStore) Briefing(_ context.Context, asOf time.Time, limit int) (brief.Briefing, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failWith != nil {
		return brief.Briefing{}, s.failWith
	}
	arts := make([]brief.Article, len(s.articles))
	copy(arts, s.articles)
	slices.SortStableFunc(arts, func(a, b brief.Article) int { return b.Published.Compare(a.Published) })
	if limit > 0 && len(arts) > limit {
		arts = arts[:limit]
	}
	for i := range arts {
		arts[i].Text = ""
	}
	return brief.Assemble(arts, asOf), nil
}

func (s *fakeStore) Article(_ context.Context, id string) (brief.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.articles {
		if a.ID == id {
			return a, nil
		}
	}
	return brief.Article{}, fmt.Errorf("article %s: not found", id)
}

// Search ranks by how many query words the title and text hold.
func (s *fakeStore) Search(_ context.Context, query string, limit int) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	words := strings.Fields(strings.ToLower(query))
	type hit struct {
		id    string
		score int
	}
	var hits []hit
	for _, a := range s.articles {
		body := strings.ToLower(a.Title + " " + a.Text)
		score := 0
		for _, w := range words {
			score += strings.Count(body, w)
		}
		if score > 0 {
			hits = append(hits, hit{a.ID, score})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return b.score - a.score })
	var ids []string
	for _, h := range hits {
		if len(ids) == limit {
			break
		}
		ids = append(ids, h.id)
	}
	return ids, nil
}

func (s *fakeStore) SetRead(_ context.Context, id string, read bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.articles {
		if s.articles[i].ID == id {
			s.articles[i].Read = read
			s.reads[id] = read
			return nil
		}
	}
	return errors.New("no such article")
}

func (s *fakeStore) Watched(context.Context) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.watched), nil
}

func (s *fakeStore) SetWatched(_ context.Context, actor string, on bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.watched = slices.DeleteFunc(s.watched, func(n string) bool { return n == actor })
	if on {
		s.watched = append(s.watched, actor)
	}
	return nil
}

// --- helpers for plain Update tests ---

// newLoaded builds a model over the fixture, sized w by h, with the first
// load run synchronously.
func newLoaded(t testing.TB, w, h int) (Model, *fakeStore) {
	t.Helper()
	st, asOf := loadFixture(t)
	m := quiet(New(Options{Store: st, AsOf: asOf, Title: "test"}))
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	m = runCmd(t, m, m.Init())
	if m.c.data == nil {
		t.Fatalf("briefing not loaded: %v", m.loadErr)
	}
	return m, st
}

// quiet keeps notes on screen instead of clearing them after a timer, which
// the synchronous helpers would wait for.
// Cursors stop blinking for the same reason.
func quiet(m Model) Model {
	m.c.noteFor = 0
	m.search.Cursor.SetMode(cursor.CursorStatic)
	m.picker.input.Cursor.SetMode(cursor.CursorStatic)
	return m
}

// send delivers one message and runs the commands it returns.
func send(t testing.TB, m Model, msg tea.Msg) Model {
	t.Helper()
	next, cmd := m.Update(msg)
	return runCmd(t, next.(Model), cmd)
}

// runCmd runs cmd and feeds what it returns back into the model, the way
// the program would, skipping timers, ticks and terminal handoffs.
func runCmd(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	for depth := 0; cmd != nil && depth < 50; depth++ {
		msg := runQuick(cmd)
		if msg == nil {
			return m
		}
		if ignorable(msg) {
			return m
		}
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, c := range batch {
				m = runCmd(t, m, c)
			}
			return m
		}
		var next tea.Model
		next, cmd = m.Update(msg)
		m = next.(Model)
	}
	return m
}

// ignorable messages only animate: spinner frames and cursor blinks.
func ignorable(msg tea.Msg) bool {
	if _, ok := msg.(spinner.TickMsg); ok {
		return true
	}
	return strings.HasPrefix(fmt.Sprintf("%T", msg), "cursor.")
}

// runQuick runs cmd, giving up on one that blocks (a refresh waiting for
// events that never come).
func runQuick(cmd tea.Cmd) tea.Msg {
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		return msg
	case <-time.After(2 * time.Second):
		return nil
	}
}

func keyMsg(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune(" ")}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// keys sends each key in turn.
func keys(t testing.TB, m Model, ks ...string) Model {
	t.Helper()
	for _, k := range ks {
		m = send(t, m, keyMsg(k))
	}
	return m
}

// typeText types s into whatever has focus.
func typeText(t testing.TB, m Model, s string) Model {
	t.Helper()
	for _, r := range s {
		m = send(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}
