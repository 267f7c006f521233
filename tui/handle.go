package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// handleKey routes a key in focus order: ctrl+c, then a focused text input
// (which takes every key), then overlays, then global keys, then the reader
// or the focused pane only.
func (m Model) handleKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	// Keys typed faster than the terminal is read arrive as one message
	// ("4j"); outside a text input each is a command of its own.
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && m.mode != modeSearch && m.mode != modePicker {
		var cmds []tea.Cmd
		for _, r := range msg.Runes {
			var cmd tea.Cmd
			m, cmd = m.handleKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	}
	if key.Matches(msg, k.ForceQuit) {
		m.stopRefresh()
		return m, tea.Quit
	}
	switch m.mode {
	case modeSearch:
		return m.searchKey(msg)
	case modePicker:
		return m.pickerKey(msg)
	case modeHelp:
		if key.Matches(msg, k.Quit) {
			m.stopRefresh()
			return m, tea.Quit
		}
		m.mode = m.under // any key closes the help
		return m, nil
	case modeErrors:
		if key.Matches(msg, k.Back, k.Errors) {
			m.mode = m.under
		} else {
			navigate(k, &m.errs, msg)
		}
		return m, nil
	case modeSources:
		return m.sourcesKey(msg)
	}
	if m.c.data == nil {
		if key.Matches(msg, k.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}

	switch {
	case key.Matches(msg, k.Quit):
		m.stopRefresh()
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.under, m.mode = m.mode, modeHelp
		return m, nil
	case key.Matches(msg, k.Pick):
		m.under, m.mode = m.mode, modePicker
		m.picker.reset()
		return m, m.picker.input.Focus()
	case key.Matches(msg, k.Search):
		m.under, m.mode = m.mode, modeSearch
		m.search.SetValue(m.c.search.query)
		m.search.CursorEnd()
		return m, m.search.Focus()
	case key.Matches(msg, k.Refresh):
		return m.startRefresh()
	case key.Matches(msg, k.Errors):
		m.under, m.mode = m.mode, modeErrors
		m.errs.setSize(len(m.ref.failed), m.overlayRows())
		return m, nil
	}
	if m.mode == modeReader {
		return m.readerKey(msg)
	}
	return m.browseKey(msg)
}

// browseKey handles the panes: switching, the filter, then the focused pane.
func (m Model) browseKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.NextPane):
		m.focus = (m.focus + 1) % paneCount
		return m, nil
	case key.Matches(msg, k.PrevPane):
		m.focus = (m.focus + paneCount - 1) % paneCount
		return m, nil
	case key.Matches(msg, k.JumpPane):
		m.focus = paneID(msg.String()[0] - '1')
		return m, nil
	case key.Matches(msg, k.AnyAll):
		f := m.c.filter
		f.All = !f.All
		m.setFilter(f)
		return m, nil
	case key.Matches(msg, k.Clear):
		if m.c.search.active() {
			m.c.search = searchState{}
		} else {
			m.c.filter.Actors, m.c.filter.All = nil, false
		}
		m.applyView()
		return m, nil
	}
	switch m.focus {
	case paneActors:
		return m.actorsKey(msg)
	case paneMeetings:
		if navigate(k, &m.meetings.s, msg) {
			m.meetings.remember()
		} else if key.Matches(msg, k.Open) {
			return m.openMeeting()
		}
	case paneTakes:
		if navigate(k, &m.takes.s, msg) {
			m.takes.remember()
		} else if key.Matches(msg, k.Open) {
			if ti, ok := m.takes.selectedIndex(); ok {
				return m.openArticle(m.c.data.b.Takes[ti].Article)
			}
		}
	case paneArticles:
		return m.articlesKey(msg)
	}
	return m, nil
}

func (m Model) actorsKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	p := &m.actors
	switch {
	case navigate(k, &p.s, msg):
		p.remember()
	case key.Matches(msg, k.Toggle):
		if a, ok := p.selected(); ok {
			m.toggleActor(a.Name)
		}
	case key.Matches(msg, k.Sort):
		p.sortBy = (p.sortBy + 1) % sortModes
		p.setView()
	case key.Matches(msg, k.Watch):
		if a, ok := p.selected(); ok {
			on := !m.c.watched[a.Name]
			if on {
				m.c.watched[a.Name] = true
			} else {
				delete(m.c.watched, a.Name)
			}
			p.setView()
			return m, setWatchedCmd(m.c.opt.Store, a.Name, on)
		}
	}
	return m, nil
}

func (m Model) articlesKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	p := &m.articles
	if navigate(k, &p.s, msg) {
		p.remember()
		return m, nil
	}
	ai, ok := p.selectedIndex()
	if !ok {
		return m, nil
	}
	a := &m.c.data.b.Articles[ai]
	switch {
	case key.Matches(msg, k.Open):
		return m.openArticle(a.ID)
	case key.Matches(msg, k.MarkRead):
		return m, m.setRead(ai, !a.Read)
	case key.Matches(msg, k.Browser):
		return m, browserCmd(a.Link)
	case key.Matches(msg, k.Copy):
		return m, copyCmd(m.c.clipboard, a.Link)
	}
	return m, nil
}

// setRead flags the article at briefing index ai read or unread, here at
// once and in the store in a command.
func (m *Model) setRead(ai int32, read bool) tea.Cmd {
	a := &m.c.data.b.Articles[ai]
	a.Read = read
	m.c.view.unread = m.c.data.unread(m.c.view.articles)
	return setReadCmd(m.c.opt.Store, a.ID, read)
}

// openMeeting opens the article a meeting came from, or lets the user pick
// among its sources when several articles report it.
func (m Model) openMeeting() (Model, tea.Cmd) {
	mi, ok := m.meetings.selectedIndex()
	if !ok {
		return m, nil
	}
	mt := m.c.data.b.Meetings[mi]
	if len(mt.Sources) == 1 {
		return m.openArticle(mt.Sources[0].Article)
	}
	refs := make([]sourceRef, 0, len(mt.Sources))
	for _, s := range mt.Sources {
		refs = append(refs, sourceRef{article: s.Article, text: s.Text})
	}
	m.sources.title = "Sources: " + meetingTitle(mt)
	m.sources.sources = refs
	m.sources.w = m.overlayWidth()
	m.sources.s = scroller{}
	m.sources.s.setSize(len(refs), m.overlayRows())
	m.under, m.mode = m.mode, modeSources
	return m, nil
}

func (m Model) sourcesKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Back):
		m.mode = m.under
	case key.Matches(msg, k.Accept):
		if c := m.sources.s.cursor; c < len(m.sources.sources) {
			m.mode = m.under
			return m.openArticle(m.sources.sources[c].article)
		}
	default:
		navigate(k, &m.sources.s, msg)
	}
	return m, nil
}

// openArticle shows the reader on the article with id, marks it read and
// loads its text.
func (m Model) openArticle(id string) (Model, tea.Cmd) {
	d := m.c.data
	ai, ok := d.artIdx[id]
	if !ok {
		return m.setNote("that article is not in the briefing", true)
	}
	m.mode = modeReader
	m.articleSeq++
	m.reader.open(id)
	m.articles.show(ai)
	cmds := []tea.Cmd{articleCmd(m.c.opt.Store, m.articleSeq, id)}
	if !d.b.Articles[ai].Read {
		cmds = append(cmds, m.setRead(ai, true))
	}
	return m, tea.Batch(cmds...)
}

func (m Model) readerKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	vp := &m.reader.vp
	switch {
	case key.Matches(msg, k.Back):
		m.mode = modeBrowse
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	case key.Matches(msg, k.NextArt):
		return m.stepArticle(1)
	case key.Matches(msg, k.PrevArt):
		return m.stepArticle(-1)
	case key.Matches(msg, k.MarkRead):
		if ai, ok := m.c.data.artIdx[m.reader.id]; ok {
			return m, m.setRead(ai, !m.c.data.b.Articles[ai].Read)
		}
	case key.Matches(msg, k.Browser), key.Matches(msg, k.Copy):
		if a, ok := m.reader.listed(); ok {
			if key.Matches(msg, k.Copy) {
				return m, copyCmd(m.c.clipboard, a.Link)
			}
			return m, browserCmd(a.Link)
		}
	}
	return m, nil
}

// stepArticle opens the next (d=1) or previous (d=-1) article of the
// articles pane, which follows the filter.
func (m Model) stepArticle(d int) (Model, tea.Cmd) {
	list := m.c.view.articles
	if len(list) == 0 {
		return m, nil
	}
	pos := -1
	if ai, ok := m.c.data.artIdx[m.reader.id]; ok {
		for i, a := range list {
			if a == ai {
				pos = i
				break
			}
		}
	}
	next := pos + d
	if pos < 0 {
		next = 0
	}
	if next < 0 || next >= len(list) {
		return m.setNote("no more articles in this filter", false)
	}
	return m.openArticle(m.c.data.b.Articles[list[next]].ID)
}

func (m Model) searchKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Back):
		m.mode = m.under
		m.search.Blur()
		return m, nil
	case key.Matches(msg, k.Accept):
		m.mode = m.under
		m.search.Blur()
		q := strings.TrimSpace(m.search.Value())
		m.searchSeq++
		if q == "" {
			m.c.search = searchState{}
			m.applyView()
			return m, nil
		}
		if m.mode == modeReader {
			m.mode = modeBrowse
		}
		return m, searchCmd(m.c.opt.Store, m.searchSeq, q)
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	return m, cmd
}

func (m Model) pickerKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.c.keys
	p := &m.picker
	switch {
	case key.Matches(msg, k.Back):
		m.mode = m.under
		p.input.Blur()
		return m, nil
	case key.Matches(msg, k.Accept):
		name, ok := p.selected()
		m.mode = m.under
		p.input.Blur()
		if ok {
			m.toggleActor(name)
		}
		return m, nil
	case key.Matches(msg, k.PickerUp):
		p.s.move(-1)
		return m, nil
	case key.Matches(msg, k.PickerDown):
		p.s.move(1)
		return m, nil
	case msg.Type == tea.KeyPgUp, msg.Type == tea.KeyPgDown:
		if msg.Type == tea.KeyPgUp {
			p.s.page(-1)
		} else {
			p.s.page(1)
		}
		return m, nil
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.refilter()
	}
	return m, cmd
}
