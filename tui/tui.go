// Package tui is briefing's terminal interface: four panes (actors, meetings,
// analyst takes, articles) that all follow one actor filter, a reader, and a
// background refresh. It reads the briefing through the Store interface and
// never touches the network or the disk itself: every store call runs in a
// tea.Cmd, so Update and View never wait.
package tui

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/briefing-news/briefing/brief"
)

// Store is what the interface needs from briefing's store.
type Store interface {
	Briefing(ctx context.Context, asOf time.Time, limit int) (brief.Briefing, error) // articles without Text; limit>0: newest only
	Article(ctx context.Context, id string) (brief.Article, error)                   // with Text
	Search(ctx context.Context, query string, limit int) ([]string, error)           // FTS5 ids, best first
	SetRead(ctx context.Context, id string, read bool) error
	Watched(ctx context.Context) ([]string, error)
	SetWatched(ctx context.Context, actor string, on bool) error
}

// RefreshEvent reports one feed finished during a background refresh.
type RefreshEvent struct {
	Feed        string
	Err         error
	Deferred    bool // Err says why the feed was left alone (its server asked to wait): not a failure
	New         int
	Done, Total int
}

// Refresher runs a refresh, sending one event per feed, and closes events when finished.
type Refresher func(ctx context.Context, events chan<- RefreshEvent)

// Options configure the interface.
type Options struct {
	Store   Store
	Refresh Refresher // nil: `r` is disabled (demo)
	AsOf    time.Time // zero: time.Now() at each load
	Title   string    // e.g. "demo" shown in the header
	// Reextract, when set, re-reads in the background the stored items
	// that older extraction rules read, and reports how many; the
	// briefing reloads when some were. The first frame does not wait.
	Reextract func(ctx context.Context) (int, error)
}

// firstLimit is how many of the newest articles the first frame is built
// from; the whole briefing follows in a second load.
const firstLimit = 300

// mode is what the screen is showing besides the panes.
type mode int

const (
	modeBrowse mode = iota
	modeReader
	modeHelp
	modePicker
	modeSearch
	modeErrors
	modeSources
)

// common is the state every part of the interface shares: one struct, no
// globals.
type common struct {
	opt     Options
	styles  *Styles
	keys    *KeyMap
	data    *data // nil until the first load
	filter  brief.Filter
	search  searchState
	view    view
	watched map[string]bool
	// clipboard receives the OSC 52 sequence for `y`; the terminal in the
	// program, a buffer in tests.
	clipboard io.Writer
	noteFor   time.Duration // how long a status note stays; 0 keeps it
}

type searchState struct {
	query string
	hits  []int32 // article indices, best first; nil when no search is active
}

func (s searchState) active() bool { return s.hits != nil }

// Model is the root Bubble Tea model.
type Model struct {
	c     *common
	lay   layout
	mode  mode
	under mode // the mode an overlay returns to
	focus paneID

	actors   actorsPane
	meetings meetingsPane
	takes    takesPane
	articles articlesPane
	reader   readerModel
	picker   pickerModel
	sources  sourcesModel
	errs     scroller
	search   textinput.Model
	help     help.Model
	spin     spinner.Model

	ref refreshState

	loadSeq       int  // the newest load asked for
	appliedSeq    int  // the newest load shown
	firstLoadSeen bool // an empty first load starts a refresh, once
	loading       bool
	loadErr       error
	reloading     bool // a full load is in flight
	reloadPending bool // another is wanted once it lands

	searchSeq  int
	articleSeq int

	note    string
	noteErr bool
	noteSeq int
}

// New builds the interface. It reads the terminal's background once, here,
// before the program runs, so that adaptive colours never query the terminal
// while drawing.
func New(opt Options) Model {
	lipgloss.HasDarkBackground()
	c := &common{
		opt:       opt,
		styles:    DefaultStyles(),
		keys:      DefaultKeyMap(),
		watched:   map[string]bool{},
		clipboard: os.Stdout,
		noteFor:   4 * time.Second,
	}
	m := Model{c: c, loadSeq: 1}
	m.actors = actorsPane{c: c}
	m.meetings = newMeetingsPane(c)
	m.takes = newTakesPane(c)
	m.articles = articlesPane{c: c}
	m.reader = newReader(c)
	m.picker = newPicker(c)
	m.sources = sourcesModel{c: c}
	m.search = textinput.New()
	m.search.Prompt = "/ "
	m.search.Placeholder = "search articles"
	m.search.CharLimit = 200
	m.help = help.New()
	m.spin = spinner.New(spinner.WithSpinner(spinner.MiniDot))
	m.loading = true
	m.updateKeys()
	return m
}

// Init starts the first load: the newest articles, then everything.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.loadCmd(1, firstLimit), watchedCmd(m.c.opt.Store), reextractCmd(m.c.opt.Reextract))
}

// View draws the whole screen: header, panes or reader, status bar.
func (m Model) View() string {
	l := m.lay
	if l.width == 0 {
		return ""
	}
	if l.tooSmall {
		msg := "terminal too small\n" + sizeNote(l.width, l.height)
		return lipgloss.Place(l.width, l.height, lipgloss.Center, lipgloss.Center, truncateLines(msg, l.width))
	}
	header := m.headerView()
	body := m.bodyView()
	return header + "\n" + body + "\n" + m.statusView()
}
