package feeds

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean text is kept", "Witkoff meets Putin — «talks»", "Witkoff meets Putin — «talks»"},
		{"newlines are kept", "one\n\ntwo", "one\n\ntwo"},
		{"tab becomes a space", "a\tb", "a b"},
		{"CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"},
		{"CSI colour is removed whole", "red \x1b[31;1mALERT\x1b[0m done", "red ALERT done"},
		{"CSI clear screen", "x\x1b[2Jy", "xy"},
		{"CSI with private parameters", "a\x1b[?1049hb", "ab"},
		{"C1 CSI is removed with its parameters", "a\u009b31mb", "ab"},
		{"OSC title ended by BEL", "a\x1b]0;pwned\x07b", "ab"},
		{"OSC 8 hyperlink ended by ST", "a\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\b", "alinkb"},
		{"OSC 52 clipboard write", "\x1b]52;c;cm0gLXJmIH4=\x07safe", "safe"},
		{"C1 OSC ended by C1 ST", "a\u009d0;x\u009cb", "ab"},
		{"unterminated OSC swallows the rest", "a\x1b]0;never ends", "a"},
		{"DCS string", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"C1 DCS string", "a\u0090junk\u009cb", "ab"},
		{"APC and PM strings", "a\x1b_apc\x1b\\b\x1b^pm\x07c", "abc"},
		{"charset designation ESC ( B", "a\x1b(Bb", "ab"},
		{"reset ESC c", "a\x1bcb", "ab"},
		{"lone ESC at the end", "abc\x1b", "abc"},
		{"ESC before a non-final byte", "a\x1b\x01b", "ab"},
		{"double ESC", "a\x1b\x1b[0mb", "ab"},
		{"C0 controls are removed", "a\x00b\x07c\x08d\x7fe", "abcde"},
		{"C1 controls are removed", "a\u0080\u0085\u008e\u0099\u009cb", "ab"},
		{"C1 APC string", "a\u009fhidden\u009cb", "ab"},
		{"invalid UTF-8 becomes U+FFFD", "a\x9b31mb\xff", "a\uFFFD31mb\uFFFD"},
		{"line separators become newlines", "a\u2028b\u2029c", "a\nb\nc"},
		{"CSI broken by a newline keeps the newline", "a\x1b[3\nb", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkTerminalSafe fails when s holds anything a terminal would act on.
func checkTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8 in %q", what, s)
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) {
			t.Errorf("%s: control %U survived in %q", what, r, s)
			return
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"plain", "\x1b[31mred", "\x1b]0;t\x07", "\u009b1m", "\x1bP\x1b\\", "a\x1b", "\xc2", "\xc2\x9b",
		"\r\n\t", "\x1b\x1b[[", "\u2028", "é\x1b(0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Sanitize(s)
		checkTerminalSafe(t, "Sanitize", got)
		if again := Sanitize(got); again != got {
			t.Errorf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		if len(got) > 3*len(s) {
			t.Errorf("output grew from %d to %d bytes", len(s), len(got))
		}
		if s == got && !strings.ContainsAny(s, "\x1b\r\t") && !isClean(s) {
			t.Errorf("isClean(%q) = false but nothing changed", s)
		}
	})
}

func TestTruncateRunes(t *testing.T) {
	long := strings.Repeat("word ", 100)
	got := truncateRunes(long, 50)
	if n := utf8.RuneCountInString(got); n > 50 {
		t.Errorf("truncated to %d runes, want at most 50", n)
	}
	if !strings.HasSuffix(got, "…") || strings.HasSuffix(got, " …") {
		t.Errorf("truncation should end in a word and an ellipsis: %q", got)
	}
	if got := truncateRunes("short", 50); got != "short" {
		t.Errorf("short text changed: %q", got)
	}
	cyr := strings.Repeat("ж", 20)
	if got := truncateRunes(cyr, 10); !utf8.ValidString(got) || utf8.RuneCountInString(got) != 10 {
		t.Errorf("cut inside a rune or at the wrong place: %q", got)
	}
}
