package tui

import "github.com/charmbracelet/bubbles/key"

// KeyMap declares every key once. Bindings that do not apply where the user
// is are disabled (setContext), so they neither fire nor show in the help.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	NextPane, PrevPane, JumpPane            key.Binding

	Open       key.Binding // enter: open the article, the meeting's or take's sources
	Toggle     key.Binding // actors: enter/space toggles the actor into the filter
	AnyAll     key.Binding
	Clear      key.Binding // esc: clear the search, then the filter
	Pick       key.Binding
	Search     key.Binding
	Sort       key.Binding
	Watch      key.Binding
	MarkRead   key.Binding
	Browser    key.Binding
	Copy       key.Binding
	NextArt    key.Binding
	PrevArt    key.Binding
	Back       key.Binding // esc: leave the reader or an overlay
	Refresh    key.Binding
	Errors     key.Binding
	Help       key.Binding
	Quit       key.Binding
	ForceQuit  key.Binding
	Accept     key.Binding // enter in the picker, the search line and lists in overlays
	PickerUp   key.Binding
	PickerDown key.Binding
}

// DefaultKeyMap returns briefing's keys.
func DefaultKeyMap() *KeyMap {
	return &KeyMap{
		Up:         key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Top:        key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		NextPane:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("S-tab", "prev pane")),
		JumpPane:   key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "jump to pane")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Toggle:     key.NewBinding(key.WithKeys("enter", " "), key.WithHelp("enter/space", "filter")),
		AnyAll:     key.NewBinding(key.WithKeys("&"), key.WithHelp("&", "any/all")),
		Clear:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Pick:       key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "find actor")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Sort:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Watch:      key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "watch")),
		MarkRead:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "read/unread")),
		Browser:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in browser")),
		Copy:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy link")),
		NextArt:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next article")),
		PrevArt:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "previous article")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Refresh:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
		Errors:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "failed feeds")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Accept:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply")),
		PickerUp:   key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑", "up")),
		PickerDown: key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓", "down")),
	}
}

// keyContext is what decides which keys apply.
type keyContext struct {
	mode          mode
	focus         paneID
	filterActive  bool
	searchActive  bool
	canRefresh    bool
	failures      bool
	hasArticle    bool // the cursor (or the reader) is on an article
	hasSelection  bool // the focused pane has an item under the cursor
	articlesShown bool
}

// setContext enables the bindings that apply in c and disables the rest.
func (k *KeyMap) setContext(c keyContext) {
	browse := c.mode == modeBrowse
	reader := c.mode == modeReader
	overlay := !browse && !reader
	nav := browse || reader || c.mode == modeErrors || c.mode == modeSources
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(nav)
	}
	for _, b := range []*key.Binding{&k.NextPane, &k.PrevPane, &k.JumpPane, &k.AnyAll} {
		b.SetEnabled(browse)
	}
	k.AnyAll.SetEnabled(browse && c.filterActive)
	k.Open.SetEnabled(browse && c.focus != paneActors && c.hasSelection)
	k.Toggle.SetEnabled(browse && c.focus == paneActors && c.hasSelection)
	k.Sort.SetEnabled(browse && c.focus == paneActors)
	k.Watch.SetEnabled(browse && c.focus == paneActors && c.hasSelection)
	k.Clear.SetEnabled(browse && (c.filterActive || c.searchActive))
	if c.searchActive {
		k.Clear.SetHelp("esc", "clear search")
	} else {
		k.Clear.SetHelp("esc", "clear filter")
	}
	articleKeys := (browse && c.focus == paneArticles && c.hasArticle) || (reader && c.hasArticle)
	k.MarkRead.SetEnabled(articleKeys)
	k.Browser.SetEnabled(articleKeys)
	k.Copy.SetEnabled(articleKeys)
	k.NextArt.SetEnabled(reader)
	k.PrevArt.SetEnabled(reader)
	k.Back.SetEnabled(!browse)
	k.Pick.SetEnabled(browse || reader)
	k.Search.SetEnabled(browse || reader)
	k.Refresh.SetEnabled(c.canRefresh && !overlay)
	k.Errors.SetEnabled(c.failures && !overlay)
	k.Help.SetEnabled(true)
	k.Quit.SetEnabled(!overlay || c.mode == modeHelp)
	k.Accept.SetEnabled(c.mode == modePicker || c.mode == modeSources || c.mode == modeSearch)
	k.PickerUp.SetEnabled(c.mode == modePicker)
	k.PickerDown.SetEnabled(c.mode == modePicker)
}

// ShortHelp is the one-line hint in the status bar.
func (k *KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Toggle, k.Open, k.Accept, k.Back, k.NextArt, k.Clear, k.NextPane,
		k.Pick, k.Help, k.Quit, k.AnyAll, k.Refresh, k.Errors}
}

// FullHelp groups the bindings for `?`: moving, filtering, reading, the rest.
func (k *KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.NextPane, k.PrevPane, k.JumpPane},
		{k.Toggle, k.AnyAll, k.Clear, k.Pick, k.Search, k.Sort, k.Watch},
		{k.Open, k.MarkRead, k.Browser, k.Copy, k.NextArt, k.PrevArt, k.Back},
		{k.Refresh, k.Errors, k.Help, k.Quit},
	}
}
