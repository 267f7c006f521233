package tui

import (
	"hash/fnv"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Styles holds every style the interface draws with. Colours are adaptive:
// lipgloss picks the light or dark variant from the background detected once
// before the program runs (see New), and drops colour under NO_COLOR, so
// nothing that matters is said by colour alone: the cursor, unread, watched
// and filter marks are glyphs too.
type Styles struct {
	Header      lipgloss.Style
	Chip        lipgloss.Style
	Muted       lipgloss.Style
	Title       lipgloss.Style // a pane's first line
	Pane        lipgloss.Style // an unfocused pane's frame
	PaneFocused lipgloss.Style
	Tab         lipgloss.Style
	TabActive   lipgloss.Style
	Selected    lipgloss.Style // the cursor row in the focused pane
	Cursor      lipgloss.Style // the cursor row in another pane
	Unread      lipgloss.Style
	Past        lipgloss.Style
	Soon        lipgloss.Style // a meeting today or tomorrow
	Watched     lipgloss.Style
	Status      lipgloss.Style
	Error       lipgloss.Style
	Overlay     lipgloss.Style
	Match       lipgloss.Style // picker: the matched letters
	ReaderTitle lipgloss.Style
	Section     lipgloss.Style
	Link        lipgloss.Style

	palette []lipgloss.AdaptiveColor
	fixed   map[string]lipgloss.AdaptiveColor
}

// DefaultStyles builds the styles. Affiliation colours are fixed for the
// sides the news is mostly about and hashed for the rest, so an affiliation
// has the same colour in every pane, every run.
func DefaultStyles() *Styles {
	accent := lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B7A6FF"}
	subtle := lipgloss.AdaptiveColor{Light: "#B8B8B8", Dark: "#4A4A4A"}
	muted := lipgloss.AdaptiveColor{Light: "#6B6B6B", Dark: "#8C8C8C"}
	faint := lipgloss.AdaptiveColor{Light: "#9A9A9A", Dark: "#666666"}
	selBg := lipgloss.AdaptiveColor{Light: "#E4DDFF", Dark: "#3B3060"}
	warn := lipgloss.AdaptiveColor{Light: "#B25000", Dark: "#FFB86C"}
	bad := lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF6B81"}
	s := &Styles{
		Header:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		Chip:        lipgloss.NewStyle().Bold(true),
		Muted:       lipgloss.NewStyle().Foreground(muted),
		Title:       lipgloss.NewStyle().Bold(true).Foreground(accent),
		Pane:        lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(subtle),
		PaneFocused: lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent),
		Tab:         lipgloss.NewStyle().Foreground(muted),
		TabActive:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Selected:    lipgloss.NewStyle().Bold(true).Background(selBg),
		Cursor:      lipgloss.NewStyle().Underline(true),
		Unread:      lipgloss.NewStyle().Bold(true),
		Past:        lipgloss.NewStyle().Foreground(faint),
		Soon:        lipgloss.NewStyle().Bold(true).Foreground(warn),
		Watched:     lipgloss.NewStyle().Bold(true).Foreground(warn),
		Status:      lipgloss.NewStyle().Foreground(muted),
		Error:       lipgloss.NewStyle().Foreground(bad),
		Overlay:     lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		Match:       lipgloss.NewStyle().Bold(true).Underline(true),
		ReaderTitle: lipgloss.NewStyle().Bold(true),
		Section:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		Link:        lipgloss.NewStyle().Foreground(muted).Underline(true),
	}
	s.fixed = map[string]lipgloss.AdaptiveColor{
		"russia":         {Light: "#C0392B", Dark: "#FF6B6B"},
		"ukraine":        {Light: "#1F5FBF", Dark: "#6CB4FF"},
		"united states":  {Light: "#7B2FBF", Dark: "#C792EA"},
		"european union": {Light: "#00796B", Dark: "#4DD0C4"},
		"nato":           {Light: "#2E7D32", Dark: "#8BD17C"},
		"china":          {Light: "#AD6800", Dark: "#F2C14E"},
	}
	s.palette = []lipgloss.AdaptiveColor{
		{Light: "#AD1457", Dark: "#F48FB1"},
		{Light: "#00838F", Dark: "#80DEEA"},
		{Light: "#6D4C41", Dark: "#D7B59A"},
		{Light: "#558B2F", Dark: "#C5E1A5"},
		{Light: "#4527A0", Dark: "#B39DDB"},
		{Light: "#E65100", Dark: "#FFAB73"},
		{Light: "#37474F", Dark: "#B0BEC5"},
		{Light: "#827717", Dark: "#E6EE9C"},
	}
	return s
}

// Affiliation is the style of names that belong to affiliation.
func (s *Styles) Affiliation(affiliation string) lipgloss.Style {
	if affiliation == "" {
		return lipgloss.NewStyle()
	}
	key := strings.ToLower(affiliation)
	if c, ok := s.fixed[key]; ok {
		return lipgloss.NewStyle().Foreground(c)
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return lipgloss.NewStyle().Foreground(s.palette[h.Sum32()%uint32(len(s.palette))])
}

// Frame is the frame of a pane, focused or not.
func (s *Styles) Frame(focused bool) lipgloss.Style {
	if focused {
		return s.PaneFocused
	}
	return s.Pane
}
