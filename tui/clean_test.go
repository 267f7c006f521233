package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestCleanLineRemovesEscapesAndControls(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text stays", "Witkoff to meet Putin", "Witkoff to meet Putin"},
		{"SGR colour", "\x1b[31mBREAKING\x1b[0m news", "BREAKING news"},
		{"OSC title with BEL", "\x1b]0;pwned\x07Title", "Title"},
		{"OSC clipboard with ST", "\x1b]52;c;aGk=\x1b\\Title", "Title"},
		{"clear screen", "a\x1b[2Jb", "ab"},
		{"C1 CSI as a character", "talks \u009b2J“constructive”", "talks “constructive”"},
		{"C1 OSC as a character", "x\u009d0;evil\u009cy", "xy"},
		{"lone ESC at the end", "ab\x1b", "ab"},
		{"ESC swallows its final byte, as a terminal would", "a\x1bcb", "ab"},
		{"bell and NUL", "a\x07b\x00c", "abc"},
		{"newlines become spaces", "one\ntwo\r\nthree\rfour", "one two three four"},
		{"tab becomes a space", "a\tb", "a b"},
		{"bidi override dropped", "abc\u202edef", "abcdef"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"C1 NEL dropped", "a\u0085b", "ab"},
		{"wide runes kept", "数据 🇺🇦", "数据 🇺🇦"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanLine(tt.in); got != tt.want {
				t.Errorf("cleanLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanTextKeepsParagraphs(t *testing.T) {
	got := cleanText("First.\r\n\r\nSecond\tpart\x1b[1m bold\x1b[0m.")
	want := "First.\n\nSecond    part bold."
	if got != want {
		t.Errorf("cleanText = %q, want %q", got, want)
	}
}

func TestFitNeverExceedsWidthNorSplitsWideRunes(t *testing.T) {
	for _, s := range []string{"数据数据数据", "🇺🇦🇺🇦🇺🇦 flags", "plain ascii text", "é́ combining", ""} {
		for w := 1; w <= 12; w++ {
			got := fit(s, w)
			if n := ansi.StringWidth(got); n != w {
				t.Errorf("fit(%q, %d) is %d cells wide: %q", s, w, n, got)
			}
			if strings.ContainsRune(got, '\uFFFD') {
				t.Errorf("fit(%q, %d) cut a rune: %q", s, w, got)
			}
		}
	}
}
