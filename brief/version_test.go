package brief

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"go/scanner"
	gotoken "go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var updateRules = flag.Bool("update-rules", false, "record the rules fingerprint under a new rulesVersion")

// readTimeFiles run at read time, across articles: their changes do not
// make stored extractions stale.
var readTimeFiles = map[string]bool{"assemble.go": true, "cluster.go": true, "places.go": true, "filter.go": true, "export.go": true}

const rulesRecord = "testdata/rules-version.txt"

// rulesFingerprint hashes the Go tokens of the extraction files, comments
// and layout left out, so rewording a comment needs no new version.
func rulesFingerprint(t *testing.T) string {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatalf("list sources: %v", err)
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || readTimeFiles[f] {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		fset := gotoken.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(f, fset.Base(), len(src)), src, nil, 0)
		fmt.Fprintf(h, "file %s\n", f)
		for {
			_, tok, lit := s.Scan()
			if tok == gotoken.EOF {
				break
			}
			fmt.Fprintf(h, "%s %s\n", tok, lit)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestRulesVersionFollowsTheRules fails when the extraction rules changed
// but rulesVersion did not, which would leave stale extractions stored.
func TestRulesVersionFollowsTheRules(t *testing.T) {
	fp := rulesFingerprint(t)
	recorded := map[string]string{} // version -> fingerprint
	lastVersion := ""
	if f, err := os.Open(rulesRecord); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if v, h, ok := strings.Cut(strings.TrimSpace(sc.Text()), " "); ok {
				recorded[v], lastVersion = h, v
			}
		}
		f.Close()
	} else if !os.IsNotExist(err) {
		t.Fatalf("read %s: %v", rulesRecord, err)
	}
	switch {
	case recorded[rulesVersion] == fp:
		return
	case *updateRules && recorded[rulesVersion] == "":
		line := fmt.Sprintf("%s %s\n", rulesVersion, fp)
		f, err := os.OpenFile(rulesRecord, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			t.Fatalf("record rules: %v", err)
		}
		defer f.Close()
		if _, err := f.WriteString(line); err != nil {
			t.Fatalf("record rules: %v", err)
		}
	case recorded[rulesVersion] != "":
		t.Errorf("the extraction rules changed since %s was recorded (fingerprint %s, now %s): "+
			"bump rulesVersion in version.go, then run go test ./brief -run RulesVersion -update-rules",
			rulesVersion, recorded[rulesVersion], fp)
	default:
		t.Errorf("rulesVersion %s is not recorded (last: %q): run go test ./brief -run RulesVersion -update-rules",
			rulesVersion, lastVersion)
	}
}
