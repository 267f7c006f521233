package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/briefing-news/briefing/brief"
)

// Update is a thin dispatcher: resize, async results, mouse, then keys in
// focus order (see handleKey).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.updateKeys()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case loadedMsg:
		return m.onLoaded(msg)
	case reextractedMsg:
		if msg.n == 0 && msg.err == nil {
			return m, nil
		}
		var note tea.Cmd
		if msg.err != nil {
			m, note = m.setNote(msg.err.Error(), true)
		} else {
			m, note = m.setNote("re-read "+count(msg.n, "article", "articles")+" with briefing's new rules", false)
		}
		var reload tea.Cmd
		if msg.n > 0 {
			reload = m.requestReload() // even after an error: what was re-read is stored
		}
		return m, tea.Batch(note, reload)
	case watchedMsg:
		if msg.err != nil {
			return m.setNote(msg.err.Error(), true)
		}
		for _, n := range msg.names {
			m.c.watched[n] = true
		}
		m.actors.setView()
		return m, nil
	case articleMsg:
		if msg.seq == m.articleSeq && msg.id == m.reader.id {
			m.reader.setArticle(msg.art, msg.err)
		}
		return m, nil
	case searchMsg:
		return m.onSearch(msg)
	case refreshMsg:
		return m.onRefresh(msg)
	case spinner.TickMsg:
		if !m.ref.running {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case noteMsg:
		return m.setNote(msg.text, msg.err)
	case clearNoteMsg:
		if msg.seq == m.noteSeq {
			m.note = ""
		}
		return m, nil
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	// Anything else (the text inputs' cursor blink) goes to the focused input.
	return m.updateInputs(msg)
}

func (m Model) updateInputs(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.mode {
	case modeSearch:
		m.search, cmd = m.search.Update(msg)
	case modePicker:
		m.picker.input, cmd = m.picker.input.Update(msg)
	}
	return m, cmd
}

func (m Model) setNote(text string, isErr bool) (Model, tea.Cmd) {
	m.noteSeq++
	m.note, m.noteErr = cleanLine(text), isErr
	return m, clearNoteAfter(m.c.noteFor, m.noteSeq)
}

// resize lays the screen out again; hidden panes are sized too, so that
// switching tabs needs no resize.
func (m *Model) resize(w, h int) {
	m.lay = computeLayout(w, h)
	if m.lay.tooSmall {
		return
	}
	p := m.lay.panes
	m.actors.SetSize(p[paneActors].w, p[paneActors].h)
	m.meetings.SetSize(p[paneMeetings].w, p[paneMeetings].h)
	m.takes.SetSize(p[paneTakes].w, p[paneTakes].h)
	m.articles.SetSize(p[paneArticles].w, p[paneArticles].h)
	readerH := m.lay.body.h
	if !m.lay.grid {
		readerH++ // the reader covers the tab row too
	}
	m.reader.SetSize(w, readerH)
	m.picker.SetSize(w, m.lay.body.h)
	m.errs.setSize(len(m.ref.failed), m.overlayRows())
	m.sources.w = m.overlayWidth()
	m.sources.s.setSize(len(m.sources.sources), m.overlayRows())
	m.help.Width = w
}

// onLoaded shows a freshly loaded briefing, keeping the filter, the search
// and every cursor on the item it was on.
func (m Model) onLoaded(msg loadedMsg) (Model, tea.Cmd) {
	if msg.limit == 0 {
		m.reloading = false
	}
	if msg.err != nil {
		m.loading = false
		if m.c.data == nil {
			m.loadErr = msg.err
			return m, nil
		}
		return m.setNote(msg.err.Error(), true)
	}
	var cmds []tea.Cmd
	if msg.seq > m.appliedSeq {
		m.appliedSeq = msg.seq
		m.loading, m.loadErr = false, nil
		var hits []string
		if m.c.search.active() && m.c.data != nil {
			for _, a := range m.c.search.hits {
				hits = append(hits, m.c.data.b.Articles[a].ID)
			}
		}
		m.c.data = msg.data
		if m.c.search.active() {
			m.c.search.hits = articleIndices(msg.data, hits)
		}
		m.applyView()
		if m.reader.id != "" {
			m.reader.render()
		}
		if msg.data.partial && !m.reloading {
			cmds = append(cmds, m.requestReload())
		}
		// A first run has feeds but nothing stored yet: fetch them rather
		// than show empty panes until someone thinks of pressing r.
		if !m.firstLoadSeen && len(msg.data.b.Articles) == 0 && m.c.opt.Refresh != nil {
			var cmd tea.Cmd
			m, cmd = m.startRefresh()
			cmds = append(cmds, cmd)
		}
		m.firstLoadSeen = true
	}
	if msg.limit == 0 && m.reloadPending {
		m.reloadPending = false
		cmds = append(cmds, m.requestReload())
	}
	return m, tea.Batch(cmds...)
}

func articleIndices(d *data, ids []string) []int32 {
	out := make([]int32, 0, len(ids))
	for _, id := range ids {
		if a, ok := d.artIdx[id]; ok {
			out = append(out, a)
		}
	}
	return out
}

// applyView recomputes what every pane shows from the filter and search.
func (m *Model) applyView() {
	d := m.c.data
	if d == nil {
		return
	}
	m.c.view = d.apply(m.c.filter, m.c.search.hits)
	m.actors.setView()
	m.meetings.setView()
	m.takes.setView()
	m.articles.setView()
}

// setFilter changes the actor filter; every pane follows at once.
func (m *Model) setFilter(f brief.Filter) {
	m.c.filter = f
	m.applyView()
}

// toggleActor adds the actor to the filter, or takes it out.
func (m *Model) toggleActor(name string) {
	f := m.c.filter
	if i := slices.Index(f.Actors, name); i >= 0 {
		f.Actors = slices.Delete(slices.Clone(f.Actors), i, i+1)
	} else {
		f.Actors = append(slices.Clone(f.Actors), name)
	}
	if len(f.Actors) == 0 {
		f.All = false
	}
	m.setFilter(f)
}

func (m Model) onSearch(msg searchMsg) (Model, tea.Cmd) {
	if msg.seq != m.searchSeq || m.c.data == nil {
		return m, nil
	}
	if msg.err != nil {
		return m.setNote(msg.err.Error(), true)
	}
	m.c.search = searchState{query: cleanLine(msg.query), hits: articleIndices(m.c.data, msg.ids)}
	m.applyView()
	m.focus = paneArticles
	m.articles.s.top()
	m.articles.remember()
	return m, nil
}

// updateKeys enables the bindings that apply now.
func (m *Model) updateKeys() {
	md := m.mode
	if md == modeHelp {
		md = m.under // the help lists the keys of what it covers
	}
	c := keyContext{
		mode:         md,
		focus:        m.focus,
		filterActive: m.c.filter.Active(),
		searchActive: m.c.search.active(),
		canRefresh:   m.c.opt.Refresh != nil,
		failures:     len(m.ref.failed) > 0,
	}
	switch {
	case md == modeReader:
		c.hasArticle = m.reader.id != ""
		c.hasSelection = c.hasArticle
	case m.c.data != nil:
		switch m.focus {
		case paneActors:
			_, c.hasSelection = m.actors.selected()
		case paneMeetings:
			_, c.hasSelection = m.meetings.selectedIndex()
		case paneTakes:
			_, c.hasSelection = m.takes.selectedIndex()
		case paneArticles:
			_, c.hasArticle = m.articles.selectedIndex()
			c.hasSelection = c.hasArticle
		}
	}
	m.c.keys.setContext(c)
}
