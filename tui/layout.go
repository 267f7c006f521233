package tui

// paneID names the four panes, in tab order.
type paneID int

const (
	paneActors paneID = iota
	paneMeetings
	paneTakes
	paneArticles
	paneCount
)

var paneNames = [paneCount]string{"Actors", "Meetings", "Takes", "Articles"}

// Below these the screen says "terminal too small" instead of a broken frame.
const (
	minWidth  = 50
	minHeight = 12
	// gridWidth is the width from which all four panes show at once.
	gridWidth  = 120
	gridHeight = 24
)

// rect is a screen region in cells; x and y are zero-based.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout places every region of the screen. It is computed once per resize
// and is also the map the mouse is resolved against.
type layout struct {
	width, height int
	tooSmall      bool
	grid          bool
	header        rect
	tabs          rect            // tab mode only
	body          rect            // everything between the header (and tabs) and the status bar
	panes         [paneCount]rect // outer boxes, frame included; in tab mode all equal body
	status        rect
}

const statusLines = 2

func computeLayout(w, h int) layout {
	l := layout{width: w, height: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.header = rect{0, 0, w, 1}
	l.status = rect{0, h - statusLines, w, statusLines}
	l.grid = w >= gridWidth && h >= gridHeight
	if !l.grid {
		l.tabs = rect{0, 1, w, 1}
		l.body = rect{0, 2, w, h - 2 - statusLines}
		for i := range l.panes {
			l.panes[i] = l.body
		}
		return l
	}
	l.body = rect{0, 1, w, h - 1 - statusLines}
	left := min(max(w*30/100, 34), 48)
	right := w - left
	bh := l.body.h
	mh := max(bh*30/100, 6)
	th := max(bh*30/100, 6)
	ah := bh - mh - th
	y := l.body.y
	l.panes[paneActors] = rect{0, y, left, bh}
	l.panes[paneMeetings] = rect{left, y, right, mh}
	l.panes[paneTakes] = rect{left, y + mh, right, th}
	l.panes[paneArticles] = rect{left, y + mh + th, right, ah}
	return l
}

// paneAt is the pane whose box holds the cell (x, y).
func (l layout) paneAt(x, y int) (paneID, bool) {
	for i, r := range l.panes {
		if r.contains(x, y) {
			return paneID(i), true
		}
	}
	return 0, false
}
