package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The crash child keeps saving feeds to BE_DB and prints "committed URL
// ETAG" after each SaveFetch returns, until it is killed.
func crashChild() {
	ctx := context.Background()
	s, err := Open(ctx, os.Getenv("BE_DB"), newFake("1"))
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	round := os.Getenv("BE_ROUND")
	for n := 0; ; n++ {
		url := fmt.Sprintf("https://feed%d.example/", n%40)
		etag := fmt.Sprintf("round%s-%d", round, n)
		list := items(50, t0.Add(time.Duration(n)*time.Minute))
		for i := range list {
			list[i].GUID = fmt.Sprintf("%s-%d", etag, i) // always new: every save writes
			list[i].Text = strings.Repeat(list[i].Text+" ", 20)
		}
		if _, err := s.SaveFetch(ctx, Feed{URL: url}, Fetched{ETag: etag, Items: list}, t0); err != nil {
			fmt.Println("save:", err)
			os.Exit(3)
		}
		fmt.Printf("committed %s %s\n", url, etag)
	}
}

// TestKillMidWriteKeepsEveryCommittedBatch kills a writing process with
// SIGKILL, three times over the same file, and checks after each kill that
// the database opens, passes integrity_check, and holds in full every batch
// the child reported committed.
func TestKillMidWriteKeepsEveryCommittedBatch(t *testing.T) {
	if os.Getenv("BE_CHILD") == "1" {
		crashChild()
		return
	}
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := t.TempDir() + "/briefing.db"
	committed := map[string]string{} // etag -> url
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillMidWriteKeepsEveryCommittedBatch$", "-test.count=1")
		cmd.Env = append(os.Environ(), "BE_CHILD=1", "BE_DB="+path, fmt.Sprintf("BE_ROUND=%d", round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		seen := 0
		killAfter := 5 + 3*round // kill at different points of the write loop
		for lines.Scan() {
			var url, etag string
			if _, err := fmt.Sscanf(lines.Text(), "committed %s %s", &url, &etag); err != nil {
				t.Fatalf("child: %s", lines.Text())
			}
			committed[etag] = url
			if seen++; seen == killAfter {
				// The child is already writing its next batch; waiting a
				// little longer each round moves the kill across its phases
				// (extraction, then the transaction).
				time.Sleep(time.Duration(round) * 2 * time.Millisecond)
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				// Lines it printed before dying still count.
			}
		}
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("round %d: child ended with %v, not by SIGKILL", round, err)
		}
		if len(committed) < killAfter*(round+1)/2 {
			t.Fatalf("round %d: only %d batches committed in all", round, len(committed))
		}
		checkCommitted(t, path, committed)
	}
}

func checkCommitted(t *testing.T, path string, committed map[string]string) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, path, newFake("1"))
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.read.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check after kill = %q, %v", check, err)
	}
	var ftsCheck error
	_, ftsCheck = s.write.ExecContext(ctx, "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
	if ftsCheck != nil {
		t.Errorf("full-text index after kill: %v", ftsCheck)
	}
	for etag, url := range committed {
		for i := range 50 {
			id := ItemID(url, Item{GUID: fmt.Sprintf("%s-%d", etag, i)})
			a, err := s.Article(ctx, id)
			if err != nil {
				t.Fatalf("batch %s of %s: item %d: %v", etag, url, i, err)
			}
			if a.Text == "" || len(a.Found.Actors) != 3 {
				t.Fatalf("batch %s item %d stored incompletely: text %d bytes, %d actors", etag, i, len(a.Text), len(a.Found.Actors))
			}
		}
	}
	// Every batch on disk is whole: no feed holds a partial batch.
	rows, err := s.read.QueryContext(ctx, `SELECT substr(guid, 1, instr(guid, '-') + instr(substr(guid, instr(guid, '-') + 1), '-') - 1) AS batch, count(*)
		FROM items GROUP BY batch`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	batches := 0
	for rows.Next() {
		batches++
		var batch string
		var n int
		if err := rows.Scan(&batch, &n); err != nil {
			t.Fatal(err)
		}
		if n != 50 {
			t.Errorf("batch %s holds %d items: a partial write is visible", batch, n)
		}
	}
	if batches < len(committed) {
		t.Errorf("%d batches on disk, fewer than the %d reported committed", batches, len(committed))
	}
}
