package feeds

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes untrusted feed text safe to draw on a terminal. It removes
// every C0 control except '\n' (a tab becomes a space, "\r\n" and a lone '\r'
// become '\n'), DEL, every C1 control, and whole escape sequences: CSI (ESC [
// or U+009B with its parameters), OSC, DCS, SOS, PM and APC strings (up to
// their terminator, or to the end of the text when unterminated, as a
// terminal would swallow them), other ESC sequences (ESC, intermediates,
// final byte) and a lone ESC. Invalid UTF-8 becomes U+FFFD, because a stray
// 0x9B byte is itself a CSI to a terminal in 8-bit mode. Line and paragraph
// separators (U+2028, U+2029) become '\n' so that layout stays predictable.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
			i += size
			if size == 0 {
				i++
			}
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
		case r == 0x90 || r == 0x9d || r == 0x98 || r == 0x9e || r == 0x9f: // C1 DCS, OSC, SOS, PM, APC
			i = skipString(s, i+size)
		case r == '\n':
			b.WriteByte('\n')
			i += size
		case r == '\r':
			b.WriteByte('\n')
			i += size
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\t':
			b.WriteByte(' ')
			i += size
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			i += size
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// isClean reports whether s needs no change, so that the common case (clean
// text) costs one scan and no allocation.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 || r >= 0x80 && r <= 0x9f || r == '\u2028' || r == '\u2029' {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// skipEscape returns the index just past the escape sequence whose ESC ended
// at i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC
		return skipString(s, i+1)
	}
	// nF sequences: intermediates 0x20-0x2F, then one final byte 0x30-0x7E.
	j := i
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		return j + 1
	}
	// A lone ESC: drop it and keep what follows, which the loop cleans.
	return i
}

// skipCSI skips a control sequence's parameter and intermediate bytes and its
// final byte. A sequence broken by any other byte ends there; that byte is
// kept for the main loop to judge.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f: // parameters and intermediates
			i++
		case c >= 0x40 && c <= 0x7e: // final byte
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString skips a control string (OSC, DCS, SOS, PM, APC) up to and
// including its terminator: BEL, ESC \ or the C1 ST (U+009C).
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
		i++
	}
	return i
}

// flatten turns text into one line: every run of whitespace becomes one space.
func flatten(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncateRunes caps s at max runes, cutting at a word boundary when one is
// near and marking the cut with an ellipsis.
func truncateRunes(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	cut := len(s)
	for i := range s {
		if n == max-1 {
			cut = i
			break
		}
		n++
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > len(head)*3/4 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ") + "…"
}
