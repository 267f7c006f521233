package tui

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/briefing-news/briefing/brief"
)

// assertFilterHolds checks that every meeting, take and article on screen
// mentions name, and that each pane shows something.
func assertFilterHolds(t *testing.T, m Model, name string) {
	t.Helper()
	d, v := m.c.data, m.c.view
	if len(v.articles) == 0 || len(v.meetings) == 0 || len(v.takes) == 0 {
		t.Fatalf("filter on %s left %d articles, %d meetings, %d takes", name, len(v.articles), len(v.meetings), len(v.takes))
	}
	for _, a := range v.articles {
		if !d.mentions(a, name) {
			t.Errorf("article %q does not mention %s", d.b.Articles[a].Title, name)
		}
	}
	for _, mi := range v.meetings {
		if !slices.Contains(d.b.Meetings[mi].Participants, name) {
			t.Errorf("meeting %v does not involve %s", d.b.Meetings[mi].Participants, name)
		}
	}
	for _, ti := range v.takes {
		tk := d.b.Takes[ti]
		if tk.Analyst != name && !slices.Contains(tk.About, name) {
			t.Errorf("take %q is not about %s", tk.Text, name)
		}
	}
}

func TestPickingPutinFiltersEveryPane(t *testing.T) {
	m, _ := newLoaded(t, 160, 48)
	before := m.c.view
	m = keys(t, m, "f")
	if m.mode != modePicker {
		t.Fatalf("f opened mode %v, want the picker", m.mode)
	}
	m = typeText(t, m, "putin")
	if name, _ := m.picker.selected(); name != "Vladimir Putin" {
		t.Fatalf("picker's first match for putin is %q", name)
	}
	m = keys(t, m, "enter")
	if m.mode != modeBrowse || !slices.Equal(m.c.filter.Actors, []string{"Vladimir Putin"}) {
		t.Fatalf("after enter: mode %v, filter %v", m.mode, m.c.filter.Actors)
	}
	after := m.c.view
	if len(after.articles) >= len(before.articles) || len(after.meetings) >= len(before.meetings) || len(after.takes) >= len(before.takes) {
		t.Errorf("filter did not narrow: articles %d->%d meetings %d->%d takes %d->%d",
			len(before.articles), len(after.articles), len(before.meetings), len(after.meetings), len(before.takes), len(after.takes))
	}
	assertFilterHolds(t, m, "Vladimir Putin")
	// The actor list now holds the actors co-mentioned with Putin only.
	for _, r := range m.actors.rows {
		name := m.c.data.b.Actors[r.id].Name
		co := false
		for _, a := range after.articles {
			co = co || m.c.data.mentions(a, name)
		}
		if !co {
			t.Errorf("actor %s is listed but never co-mentioned with Putin", name)
		}
	}
	if view := m.View(); !strings.Contains(view, "[Vladimir Putin]") {
		t.Errorf("header shows no chip for the filter:\n%s", view)
	}
	m = keys(t, m, "esc")
	if m.c.filter.Active() || len(m.c.view.articles) != len(before.articles) {
		t.Errorf("esc left filter %v with %d articles", m.c.filter.Actors, len(m.c.view.articles))
	}
}

func TestPickerFindsByAliasAndRole(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	for query, want := range map[string]string{
		"witk":            "Steve Witkoff",
		"zelenskyy":       "Volodymyr Zelensky",
		"army secretary":  "Dan Driscoll",
		"kremlin spokesm": "Dmitry Peskov",
	} {
		m = keys(t, m, "f")
		m = typeText(t, m, query)
		if got, _ := m.picker.selected(); got != want {
			t.Errorf("picker %q: first match %q, want %q", query, got, want)
		}
		m = keys(t, m, "esc")
	}
	if m.c.filter.Active() {
		t.Errorf("esc in the picker applied a filter: %v", m.c.filter.Actors)
	}
}

func TestToggleActorsAndAnyAll(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = selectActor(t, m, "Steve Witkoff")
	m = keys(t, m, "space")
	witkoff := len(m.c.view.articles)
	m = selectActor(t, m, "Vladimir Putin")
	m = keys(t, m, "enter")
	if !slices.Equal(m.c.filter.Actors, []string{"Steve Witkoff", "Vladimir Putin"}) {
		t.Fatalf("filter %v", m.c.filter.Actors)
	}
	any := len(m.c.view.articles)
	m = keys(t, m, "&")
	all := len(m.c.view.articles)
	if !m.c.filter.All || !(all < any) || !(witkoff <= any) {
		t.Errorf("any/all: witkoff %d, any %d, all %d (all=%v)", witkoff, any, all, m.c.filter.All)
	}
	for _, a := range m.c.view.articles {
		if !m.c.data.mentions(a, "Steve Witkoff") || !m.c.data.mentions(a, "Vladimir Putin") {
			t.Errorf("all-filter kept %s", m.c.data.b.Articles[a].ID)
		}
	}
	// Toggling Putin again removes him.
	m = selectActor(t, m, "Vladimir Putin")
	m = keys(t, m, "enter")
	if !slices.Equal(m.c.filter.Actors, []string{"Steve Witkoff"}) {
		t.Errorf("toggle off: filter %v", m.c.filter.Actors)
	}
}

// selectActor moves the actors pane's cursor onto name with j.
func selectActor(t *testing.T, m Model, name string) Model {
	t.Helper()
	m = keys(t, m, "1", "g")
	for i := 0; i < len(m.actors.rows); i++ {
		if a, _ := m.actors.selected(); a.Name == name {
			return m
		}
		m = keys(t, m, "j")
	}
	t.Fatalf("actor %s not in the list", name)
	return m
}

func TestSortCyclesAndWatchPinsAndPersists(t *testing.T) {
	m, st := newLoaded(t, 80, 24)
	first := func() string { return m.c.data.b.Actors[m.actors.rows[0].id].Name }
	if first() != "Ukraine" {
		t.Fatalf("by mentions, first is %s", first())
	}
	m = keys(t, m, "s")
	if m.actors.sortBy != byRecency || first() == "" {
		t.Fatalf("s: sort %v", m.actors.sortBy)
	}
	newest := m.actors.rows[0].lastSeen
	for _, r := range m.actors.rows {
		if r.lastSeen.After(newest) {
			t.Errorf("by recency, %s (%v) is below an older actor", m.c.data.b.Actors[r.id].Name, r.lastSeen)
		}
	}
	m = keys(t, m, "s")
	affs := []string{}
	for _, r := range m.actors.rows {
		affs = append(affs, strings.ToLower(m.c.data.b.Actors[r.id].Affiliation))
	}
	if m.actors.sortBy != byAffiliation || !slices.IsSorted(affs) {
		t.Errorf("by affiliation: %v", affs)
	}
	m = keys(t, m, "s")
	if m.actors.sortBy != byMentions {
		t.Errorf("s did not cycle back to mentions")
	}

	m = selectActor(t, m, "Tatiana Stanovaya")
	m = keys(t, m, "w")
	if first() != "Tatiana Stanovaya" || !slices.Contains(st.watched, "Tatiana Stanovaya") {
		t.Fatalf("watched actor not pinned (%s first) or not stored (%v)", first(), st.watched)
	}
	if a, _ := m.actors.selected(); a.Name != "Tatiana Stanovaya" {
		t.Errorf("cursor left the watched actor for %s", a.Name)
	}
	if !strings.Contains(m.View(), "★ Tatiana Stanovaya") {
		t.Errorf("watched actor not marked:\n%s", m.View())
	}
	// A new session reads the watched set back from the store.
	m2 := quiet(New(Options{Store: st, AsOf: m.c.data.b.AsOf}))
	m2 = send(t, m2, tea.WindowSizeMsg{Width: 80, Height: 24})
	m2 = runCmd(t, m2, m2.Init())
	if got := m2.c.data.b.Actors[m2.actors.rows[0].id].Name; got != "Tatiana Stanovaya" {
		t.Errorf("after restart the first actor is %s", got)
	}
	m = keys(t, m, "w")
	if slices.Contains(st.watched, "Tatiana Stanovaya") {
		t.Errorf("unwatch not stored: %v", st.watched)
	}
}

func TestReaderOpensMarksReadAndSteps(t *testing.T) {
	m, st := newLoaded(t, 120, 40)
	m = keys(t, m, "4", "j") // the seed article, second newest
	ai, _ := m.articles.selectedIndex()
	id := m.c.data.b.Articles[ai].ID
	if id != "seed" || m.c.data.b.Articles[ai].Read {
		t.Fatalf("cursor on %s (read %v)", id, m.c.data.b.Articles[ai].Read)
	}
	m = keys(t, m, "enter")
	if m.mode != modeReader || !m.reader.loaded {
		t.Fatalf("enter: mode %v, loaded %v, err %v", m.mode, m.reader.loaded, m.reader.err)
	}
	if !m.c.data.b.Articles[ai].Read || !st.reads["seed"] {
		t.Errorf("opening did not mark read (model %v, store %v)", m.c.data.b.Articles[ai].Read, st.reads["seed"])
	}
	view := m.View()
	for _, want := range []string{"Witkoff to meet Putin", "Meetings", "tomorrow", "Analyst takes", "All eyes are on Russia"} {
		if !strings.Contains(view, want) {
			t.Errorf("reader lacks %q:\n%s", want, view)
		}
	}
	m = keys(t, m, "m")
	if m.c.data.b.Articles[ai].Read || st.reads["seed"] {
		t.Errorf("m did not mark unread")
	}
	m = keys(t, m, "n")
	if m.reader.id != "isw-1130" {
		t.Errorf("n opened %s, want the next article isw-1130", m.reader.id)
	}
	m = keys(t, m, "p", "p")
	if m.reader.id != "kyiv-1201" {
		t.Errorf("p p opened %s, want kyiv-1201", m.reader.id)
	}
	m = keys(t, m, "esc")
	if m.mode != modeBrowse || m.focus != paneArticles {
		t.Fatalf("esc: mode %v focus %v", m.mode, m.focus)
	}
	if ai, _ := m.articles.selectedIndex(); m.c.data.b.Articles[ai].ID != "kyiv-1201" {
		t.Errorf("back in the list the cursor is not on the article last read")
	}
}

func TestReaderStepsWithinTheFilter(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = selectActor(t, m, "Volodymyr Zelensky")
	m = keys(t, m, "enter", "4", "enter")
	seen := []string{m.reader.id}
	for i := 0; i < 5; i++ {
		m = keys(t, m, "n")
		if m.reader.id != seen[len(seen)-1] {
			seen = append(seen, m.reader.id)
		}
	}
	if len(seen) != len(m.c.view.articles) {
		t.Errorf("n visited %v, the filter holds %d articles", seen, len(m.c.view.articles))
	}
	for _, id := range seen {
		if !m.c.data.mentions(m.c.data.artIdx[id], "Volodymyr Zelensky") {
			t.Errorf("n reached %s, outside the filter", id)
		}
	}
}

func TestReaderHighlightsActorNames(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	red := lipgloss.NewStyle().Foreground(lipgloss.Color("#ff0000"))
	names := []nameStyle{{name: "Putin", style: red}, {name: "Vladimir Putin", style: red}}
	in := "Vladimir Putin met Putinists; Putin's aide."
	got := highlight(in, names)
	if ansi.Strip(got) != in {
		t.Fatalf("highlight changed the text: %q", ansi.Strip(got))
	}
	for _, word := range []string{red.Render("Vladimir"), red.Render("Putin") + " met", red.Render("Putin") + "'s"} {
		if !strings.Contains(got, word) {
			t.Errorf("%q not highlighted in %q", ansi.Strip(word), got)
		}
	}
	// Whole words only: "Putinists" is not a name.
	if !strings.Contains(got, " Putinists;") {
		t.Errorf("highlighted inside a word: %q", got)
	}
}

func TestMeetingWithSeveralSourcesListsThem(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = keys(t, m, "2", "j") // tomorrow: Witkoff and Putin, reported twice
	mi, _ := m.meetings.selectedIndex()
	if n := len(m.c.data.b.Meetings[mi].Sources); n != 2 {
		t.Fatalf("meeting has %d sources", n)
	}
	m = keys(t, m, "enter")
	if m.mode != modeSources || !strings.Contains(m.View(), "ISW Daily Assessment") || !strings.Contains(m.View(), "World news") {
		t.Fatalf("sources not shown (mode %v):\n%s", m.mode, m.View())
	}
	m = keys(t, m, "j", "enter")
	if m.mode != modeReader || m.reader.id != m.c.data.b.Meetings[mi].Sources[1].Article {
		t.Errorf("enter on the second source opened %q in mode %v", m.reader.id, m.mode)
	}
}

func TestTakeOpensItsArticle(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = keys(t, m, "3", "j", "enter")
	ti, _ := m.takes.selectedIndex()
	if m.mode != modeReader || m.reader.id != m.c.data.b.Takes[ti].Article {
		t.Errorf("take opened %q in mode %v", m.reader.id, m.mode)
	}
}

func TestSearchStaysWithinTheFilter(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = keys(t, m, "/")
	m = typeText(t, m, "peace")
	m = keys(t, m, "enter")
	unfiltered := len(m.c.view.articles)
	if !m.c.search.active() || unfiltered == 0 || m.focus != paneArticles {
		t.Fatalf("search: active %v, %d hits, focus %v", m.c.search.active(), unfiltered, m.focus)
	}
	m = selectActor(t, m, "Volodymyr Zelensky")
	m = keys(t, m, "enter")
	if n := len(m.c.view.articles); n == 0 || n >= unfiltered {
		t.Errorf("filter on a search kept %d of %d", n, unfiltered)
	}
	for _, a := range m.c.view.articles {
		if !m.c.data.mentions(a, "Volodymyr Zelensky") {
			t.Errorf("search result %s is outside the filter", m.c.data.b.Articles[a].ID)
		}
	}
	m = keys(t, m, "esc")
	if m.c.search.active() || !m.c.filter.Active() {
		t.Errorf("first esc should clear the search, not the filter")
	}
}

func TestCopyWritesOSC52(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	var buf bytes.Buffer
	m.c.clipboard = &buf
	m = keys(t, m, "4", "y")
	want := base64.StdEncoding.EncodeToString([]byte("https://kyiv.example.com/zelensky-macron-paris"))
	if !strings.Contains(buf.String(), "\x1b]52;c;"+want) {
		t.Errorf("clipboard got %q", buf.String())
	}
}

func TestWebLinkRefusesNonWebLinks(t *testing.T) {
	for link, ok := range map[string]bool{
		"https://example.com/a": true, "http://example.com": true,
		"file:///etc/passwd": false, "--help": false, "javascript:alert(1)": false, "": false,
	} {
		if _, err := webLink(link); (err == nil) != ok {
			t.Errorf("webLink(%q) err = %v", link, err)
		}
	}
}

// refresher replays events, adding articles to the store as it goes.
func refresher(st *fakeStore, add []brief.Article, events []RefreshEvent) Refresher {
	return func(ctx context.Context, out chan<- RefreshEvent) {
		defer close(out)
		for i, ev := range events {
			if i < len(add) {
				st.mu.Lock()
				st.articles = append(st.articles, add[i])
				st.mu.Unlock()
			}
			select {
			case out <- ev:
			case <-ctx.Done():
				return
			}
		}
	}
}

func TestRefreshAddsItemsWithoutMovingTheCursor(t *testing.T) {
	st, asOf := loadFixture(t)
	fresh := brief.Article{
		ID: "fresh", Feed: "Wire: World", Title: "Witkoff lands in Moscow", Link: "https://wire.example.net/fresh",
		Published: asOf.Add(-10 * time.Minute),
		Found:     brief.Extraction{Actors: []brief.Actor{{Name: "Steve Witkoff", Mentions: 1}}},
	}
	events := []RefreshEvent{
		{Feed: "https://wire.example.net/world.atom", New: 1, Done: 1, Total: 3},
		{Feed: "https://broken.example.org/rss", Err: errors.New("feed https://broken.example.org/rss: fetch: 500 Internal Server Error"), Done: 2, Total: 3},
		{Feed: "https://isw.example.org/daily.rss", Done: 3, Total: 3},
	}
	m := quiet(New(Options{Store: st, AsOf: asOf, Refresh: refresher(st, []brief.Article{fresh}, events)}))
	// Short enough that the list scrolls, so the cursor's screen row can hold.
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 14})
	m = runCmd(t, m, m.Init())
	m = keys(t, m, "4", "j", "j", "j", "j", "j", "j", "j")
	if m.articles.s.offset == 0 {
		t.Fatalf("the list does not scroll at this size")
	}
	ai, _ := m.articles.selectedIndex()
	onID, row := m.c.data.b.Articles[ai].ID, m.articles.s.cursor-m.articles.s.offset

	m = keys(t, m, "r")
	if m.ref.running || !m.ref.finished {
		t.Fatalf("refresh did not finish: %+v", m.ref)
	}
	if _, ok := m.c.data.artIdx["fresh"]; !ok {
		t.Fatalf("the new article was not loaded")
	}
	ai, _ = m.articles.selectedIndex()
	if got := m.c.data.b.Articles[ai].ID; got != onID {
		t.Errorf("cursor moved from %s to %s", onID, got)
	}
	if got := m.articles.s.cursor - m.articles.s.offset; got != row {
		t.Errorf("cursor's screen row moved from %d to %d", row, got)
	}
	status := m.View()
	if !strings.Contains(status, "refreshed 3 feeds · 1 new") || !strings.Contains(status, "1 failed") {
		t.Errorf("status bar after refresh:\n%s", status)
	}
	m = keys(t, m, "e")
	if view := m.View(); m.mode != modeErrors || !strings.Contains(view, "https://broken.example.org/rss: fetch: 500 Internal") {
		t.Errorf("e does not list the failed feed:\n%s", view)
	}
	m = keys(t, m, "esc")
	if m.mode != modeBrowse {
		t.Errorf("esc left mode %v", m.mode)
	}
}

func TestRefreshIsDisabledWithoutARefresher(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = keys(t, m, "r")
	if m.ref.running || m.c.keys.Refresh.Enabled() {
		t.Errorf("r refreshes a demo")
	}
}

func TestFirstFrameComesFromALimitedLoad(t *testing.T) {
	st, asOf := loadFixture(t)
	m := quiet(New(Options{Store: st, AsOf: asOf}))
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(m.View(), "loading") {
		t.Errorf("before the load the screen should say so:\n%s", m.View())
	}
	msg := m.loadCmd(1, 3)().(loadedMsg)
	next, cmd := m.Update(msg)
	m = next.(Model)
	if len(m.c.data.b.Articles) != 3 || cmd == nil || !m.reloading {
		t.Fatalf("partial load: %d articles, reload %v", len(m.c.data.b.Articles), m.reloading)
	}
	m = runCmd(t, m, cmd)
	if len(m.c.data.b.Articles) != len(st.articles) || m.reloading {
		t.Errorf("full load: %d articles of %d", len(m.c.data.b.Articles), len(st.articles))
	}
}

func TestLoadErrorIsShown(t *testing.T) {
	st, asOf := loadFixture(t)
	st.failWith = errors.New("database is locked")
	m := quiet(New(Options{Store: st, AsOf: asOf}))
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = runCmd(t, m, m.Init())
	if !strings.Contains(m.View(), "database is locked") {
		t.Errorf("load error not shown:\n%s", m.View())
	}
}

func TestHelpShowsTheFocusedPanesKeys(t *testing.T) {
	m, _ := newLoaded(t, 120, 40)
	m = keys(t, m, "?")
	view := m.View()
	if m.mode != modeHelp || !strings.Contains(view, "sort") || !strings.Contains(view, "watch") {
		t.Fatalf("help in actors lacks actor keys:\n%s", view)
	}
	if strings.Contains(view, "next article") {
		t.Errorf("help in the actors pane lists reader keys")
	}
	m = keys(t, m, "esc", "4", "?")
	if view := m.View(); strings.Contains(view, "watch") || !strings.Contains(view, "read/unread") {
		t.Errorf("help in articles:\n%s", view)
	}
}

func TestKeysArrivingTogetherEachAct(t *testing.T) {
	m, _ := newLoaded(t, 80, 24)
	m = send(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("4jj")})
	if m.focus != paneArticles || m.articles.s.cursor != 2 {
		t.Errorf("\"4jj\" in one message: focus %v cursor %d", m.focus, m.articles.s.cursor)
	}
	// In a text input they stay text.
	m = send(t, m, keyMsg("/"))
	m = send(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("peace")})
	if m.search.Value() != "peace" {
		t.Errorf("search input got %q", m.search.Value())
	}
}

func TestPickerPrefersTheActorPeopleMean(t *testing.T) {
	st, asOf := loadFixture(t)
	// A stray name that also holds "Witkoff", mentioned once: shorter, so a
	// plain fuzzy score would rank it first.
	st.articles = append(st.articles, brief.Article{
		ID: "stray", Title: "Leaked Witkoff call", Published: asOf.Add(-time.Hour),
		Found: brief.Extraction{Actors: []brief.Actor{{Name: "Leaked Witkoff", Kind: brief.Person, Mentions: 1}}},
	})
	m := quiet(New(Options{Store: st, AsOf: asOf, Title: "test"}))
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = runCmd(t, m, m.Init())
	for query, want := range map[string]string{"witk": "Steve Witkoff", "witkoff": "Steve Witkoff", "leaked": "Leaked Witkoff"} {
		m = keys(t, m, "f")
		m = typeText(t, m, query)
		if got, _ := m.picker.selected(); got != want {
			t.Errorf("picker %q: first match %q, want %q", query, got, want)
		}
		m = keys(t, m, "esc")
	}
}

func TestAnEmptyStoreIsFetchedOnStartOnce(t *testing.T) {
	asOf := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
	first := brief.Article{ID: "first", Feed: "Wire", Title: "Talks resume", Published: asOf.Add(-time.Hour)}
	st := &fakeStore{reads: map[string]bool{}}
	events := []RefreshEvent{{Feed: "https://wire.example.net/world.atom", New: 1, Done: 1, Total: 1}}
	m := quiet(New(Options{Store: st, AsOf: asOf, Refresh: refresher(st, []brief.Article{first}, events)}))
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = runCmd(t, m, m.Init())
	if !m.ref.finished {
		t.Fatalf("an empty store with feeds was not refreshed on start: %+v", m.ref)
	}
	if _, ok := m.c.data.artIdx["first"]; !ok {
		t.Fatal("the fetched article was not shown")
	}
	if view := m.View(); !strings.Contains(view, "refreshed 1 feed · 1 new") {
		t.Errorf("status bar after refreshing one feed:\n%s", view)
	}
	// Later loads never start a refresh on their own, even if they come back empty.
	seq := m.ref.seq
	st.articles = nil
	m = runCmd(t, m, m.requestReload())
	if m.ref.seq != seq {
		t.Error("a later empty load started another refresh")
	}

	full, asOf := loadFixture(t)
	m = quiet(New(Options{Store: full, AsOf: asOf, Refresh: refresher(full, nil, events)}))
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = runCmd(t, m, m.Init())
	if m.ref.seq != 0 {
		t.Error("a store with articles was refreshed without r")
	}
}

func TestRefreshCountsDeferredFeedsApart(t *testing.T) {
	st, asOf := loadFixture(t)
	events := []RefreshEvent{
		{Feed: "https://busy.example.org/rss", Deferred: true,
			Err: errors.New("feed https://busy.example.org/rss: deferred: the server asked to wait until 2025-12-01 14:00 UTC"), Done: 1, Total: 2},
		{Feed: "https://wire.example.net/world.atom", Done: 2, Total: 2},
	}
	m := quiet(New(Options{Store: st, AsOf: asOf, Refresh: refresher(st, nil, events)}))
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runCmd(t, m, m.Init())
	m = keys(t, m, "r")
	if view := m.View(); !strings.Contains(view, "1 deferred (e)") || strings.Contains(view, "1 failed") {
		t.Errorf("status bar after a deferred feed:\n%s", view)
	}
	m = keys(t, m, "e")
	if view := m.View(); !strings.Contains(view, "Feeds not read (1)") || !strings.Contains(view, "deferred: the server asked to wait") {
		t.Errorf("e does not list the deferred feed:\n%s", view)
	}
}

// Stored articles the new rules must re-read are re-read in the background
// after the first frame; when some were, the briefing reloads and says so.
func TestStaleExtractionsAreReReadAfterTheFirstFrame(t *testing.T) {
	st, asOf := loadFixture(t)
	calls := 0
	m := quiet(New(Options{Store: st, AsOf: asOf, Reextract: func(context.Context) (int, error) {
		calls++
		return 3, nil
	}}))
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runCmd(t, m, m.Init())
	if calls != 1 {
		t.Fatalf("Reextract ran %d times, want once", calls)
	}
	if view := m.View(); !strings.Contains(view, "re-read 3 articles with briefing's new rules") {
		t.Errorf("status after re-reading:\n%s", view)
	}
	// Without anything re-read, the fixture (under firstLimit articles)
	// loads once: a second load is the reload.
	plain := quiet(New(Options{Store: st, AsOf: asOf, Reextract: func(context.Context) (int, error) { return 0, nil }}))
	plain = send(t, plain, tea.WindowSizeMsg{Width: 100, Height: 30})
	plain = runCmd(t, plain, plain.Init())
	if m.loadSeq <= plain.loadSeq {
		t.Errorf("load sequence %d, %d when nothing was re-read: no reload after re-reading", m.loadSeq, plain.loadSeq)
	}
	if strings.Contains(plain.View(), "re-read") {
		t.Errorf("a note with nothing re-read:\n%s", plain.View())
	}
}

// A re-read that fails half-way still reloads what it re-read.
func TestAPartialReReadStillReloads(t *testing.T) {
	st, asOf := loadFixture(t)
	plain := quiet(New(Options{Store: st, AsOf: asOf}))
	plain = send(t, plain, tea.WindowSizeMsg{Width: 100, Height: 30})
	plain = runCmd(t, plain, plain.Init())
	m := quiet(New(Options{Store: st, AsOf: asOf, Reextract: func(context.Context) (int, error) {
		return 2, errors.New("disk full")
	}}))
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runCmd(t, m, m.Init())
	if !strings.Contains(m.View(), "disk full") || m.loadSeq <= plain.loadSeq {
		t.Errorf("load sequence %d (%d without), status:\n%s", m.loadSeq, plain.loadSeq, m.View())
	}
}
