package tui_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBinaryInTmux runs the real briefing binary on the demo in tmux, as a
// person would, and reads the screen with capture-pane. It is skipped where
// tmux is missing and under -short.
func TestBinaryInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "briefing")
	build := exec.Command("go", "build", "-o", bin, "../cmd/briefing")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	session := fmt.Sprintf("briefing-test-%d", os.Getpid())
	tmux := func(args ...string) string {
		t.Helper()
		out, err := exec.Command("tmux", args...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	env := fmt.Sprintf("XDG_CONFIG_HOME=%s XDG_DATA_HOME=%s", filepath.Join(dir, "config"), filepath.Join(dir, "data"))
	tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", "env "+env+" "+bin+" --demo")
	t.Cleanup(func() { _ = exec.Command("tmux", "kill-session", "-t", session).Run() })

	screen := func() string { return tmux("capture-pane", "-p", "-t", session) }
	waitScreen := func(want string) string {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := screen()
			if strings.Contains(s, want) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("screen never showed %q:\n%s", want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	keys := func(k ...string) { tmux(append([]string{"send-keys", "-t", session}, k...)...) }

	first := waitScreen("Actors ·")
	for i, l := range strings.Split(strings.TrimRight(first, "\n"), "\n") {
		if n := len([]rune(l)); n > 80 {
			t.Errorf("line %d is %d runes wide at 80 columns: %q", i, n, l)
		}
	}
	keys("f")
	waitScreen("find actor:")
	keys("witk")
	waitScreen("Steve Witkoff")
	keys("Enter")
	waitScreen("[Steve Witkoff]")
	keys("4")
	waitScreen("[ 4 Articles")
	keys("Enter")
	waitScreen("esc back")
	keys("Escape")
	waitScreen("[ 4 Articles")
	tmux("resize-window", "-t", session, "-x", "160", "-y", "48")
	grid := waitScreen("Analyst takes")
	if !strings.Contains(grid, "Meetings") || strings.Contains(grid, "[ 4 Articles") {
		t.Errorf("at 160x48 the grid should show every pane without tabs:\n%s", grid)
	}
	keys("q")
}
