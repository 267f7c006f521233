package tui

// scroller is the cursor and the first visible row of a list of n items
// shown rows at a time. Panes render only rows [offset, offset+rows), so a
// list of fifty thousand costs no more to draw than a list of twenty.
type scroller struct {
	cursor, offset int
	n, rows        int
}

func (s *scroller) setSize(n, rows int) {
	s.n, s.rows = n, max(rows, 1)
	s.clamp()
}

func (s *scroller) clamp() {
	s.cursor = min(max(s.cursor, 0), max(s.n-1, 0))
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.cursor >= s.offset+s.rows {
		s.offset = s.cursor - s.rows + 1
	}
	s.offset = min(max(s.offset, 0), max(s.n-s.rows, 0))
}

func (s *scroller) move(d int) {
	s.cursor += d
	s.clamp()
}

func (s *scroller) top()    { s.cursor = 0; s.clamp() }
func (s *scroller) bottom() { s.cursor = s.n - 1; s.clamp() }
func (s *scroller) page(d int) {
	s.cursor += d * s.rows
	s.offset += d * s.rows
	s.clamp()
}

// scroll moves the window by d rows, as the mouse wheel does, and drags the
// cursor along only when it would leave the window.
func (s *scroller) scroll(d int) {
	s.offset = min(max(s.offset+d, 0), max(s.n-s.rows, 0))
	s.cursor = min(max(s.cursor, s.offset), s.offset+s.rows-1)
	s.clamp()
}

// selectRow puts the cursor on the row-th visible row; false when that row
// holds no item.
func (s *scroller) selectRow(row int) bool {
	i := s.offset + row
	if row < 0 || row >= s.rows || i >= s.n {
		return false
	}
	s.cursor = i
	return true
}

// follow moves the cursor to index i, keeping it on the same screen row it
// was on when possible, so that items arriving above it do not move it.
func (s *scroller) follow(i int) {
	screenRow := s.cursor - s.offset
	s.cursor = i
	s.offset = i - screenRow
	s.clamp()
}

// visible is the [from, to) range of item indices on screen.
func (s scroller) visible() (int, int) {
	return s.offset, min(s.offset+s.rows, s.n)
}
