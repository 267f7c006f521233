package feeds

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefing-news/briefing/feeds/store"
)

// ErrDuplicate is returned by AppendURL for a feed already in the file.
var ErrDuplicate = errors.New("already in the urls file")

// maxURLLine bounds one line of a urls file; longer is surely not a feed list.
const maxURLLine = 64 << 10

// ParseURLs reads a newsboat-style urls file: one feed a line, its URL first,
// then tags separated by spaces; a tag in double quotes may hold spaces (\"
// and \\ escape inside quotes); a tag "~Title" renames the feed; a line or a
// token starting with # is a comment. newsboat's query feeds ("query:...")
// select from other feeds and are skipped. A repeated URL is an error, as is
// a broken line; errors name the line.
func ParseURLs(r io.Reader) ([]store.Feed, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxURLLine)
	var feeds []store.Feed
	firstLine := map[string]int{}
	n := 0
	for sc.Scan() {
		n++
		f, ok, err := parseURLLine(sc.Text())
		if err != nil {
			return nil, fmt.Errorf("urls line %d: %w", n, err)
		}
		if !ok {
			continue
		}
		if prev, dup := firstLine[f.URL]; dup {
			return nil, fmt.Errorf("urls line %d: %s repeats line %d", n, f.URL, prev)
		}
		firstLine[f.URL] = n
		feeds = append(feeds, f)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("urls line %d: longer than %d bytes", n+1, maxURLLine)
		}
		return nil, fmt.Errorf("read urls: %w", err)
	}
	return feeds, nil
}

// parseURLLine parses one line; ok is false for blank, comment and query
// lines.
func parseURLLine(line string) (f store.Feed, ok bool, err error) {
	toks, err := tokenize(strings.TrimPrefix(line, "\ufeff"))
	if err != nil || len(toks) == 0 {
		return f, false, err
	}
	if strings.HasPrefix(toks[0], "query:") {
		return f, false, nil
	}
	if err := checkAddress(toks[0]); err != nil {
		return f, false, err
	}
	f.URL = toks[0]
	for _, t := range toks[1:] {
		switch {
		case strings.HasPrefix(t, "~"):
			f.Title = strings.TrimSpace(t[1:])
		case t == "":
		case !slices.Contains(f.Tags, t):
			f.Tags = append(f.Tags, t)
		}
	}
	return f, true, nil
}

// tokenize splits a line into words and quoted strings, stopping at a
// comment.
func tokenize(line string) ([]string, error) {
	var toks []string
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '#':
			return toks, nil
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(line) && line[j] != '"'; j++ {
				if line[j] == '\\' && j+1 < len(line) && (line[j+1] == '"' || line[j+1] == '\\') {
					j++
				}
				b.WriteByte(line[j])
			}
			if j >= len(line) {
				return nil, fmt.Errorf("unterminated quote in %q", line)
			}
			toks = append(toks, flatten(Sanitize(b.String())))
			i = j + 1
		default:
			j := i
			for j < len(line) && line[j] != ' ' && line[j] != '\t' && line[j] != '\r' {
				j++
			}
			toks = append(toks, flatten(Sanitize(line[i:j])))
			i = j
		}
	}
	return toks, nil
}

// checkAddress accepts what fetch can read, or at least report on: web
// URLs need a host; anything else is a path or a scheme fetch will refuse
// with a reason.
func checkAddress(addr string) error {
	if strings.TrimSpace(addr) == "" {
		return errors.New("empty feed address")
	}
	if strings.ContainsAny(addr, "\n\x00") {
		return fmt.Errorf("control character in feed address %q", addr)
	}
	if kind, _ := locate(addr); kind == webAddress {
		u, err := url.Parse(addr)
		if err != nil {
			return fmt.Errorf("bad URL: %w", err)
		}
		if u.Host == "" {
			return fmt.Errorf("bad URL %q: no host", addr)
		}
	}
	return nil
}

// ReadURLs reads the urls file at path. A missing file is an error wrapping
// fs.ErrNotExist (the CLI then opens the demo). Relative local paths in it
// are taken relative to the file's own directory, not to wherever briefing
// happens to run.
func ReadURLs(path string) ([]store.Feed, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read urls: %w", err)
	}
	defer file.Close()
	feeds, err := ParseURLs(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	for i, f := range feeds {
		feeds[i].URL = resolvePath(dir, f.URL)
	}
	return feeds, nil
}

// resolvePath makes a relative local path absolute against dir; URLs, "~/"
// and absolute paths are left as written.
func resolvePath(dir, addr string) string {
	kind, target := locate(addr)
	if kind != localFile || target != addr || filepath.IsAbs(addr) {
		return addr
	}
	abs, err := filepath.Abs(filepath.Join(dir, addr))
	if err != nil {
		return addr
	}
	return abs
}

// AppendURL adds a feed to the urls file at path, creating the file and its
// directories when missing. It refuses a URL already there (ErrDuplicate)
// and a file it cannot parse, which it leaves as it is.
func AppendURL(path string, f store.Feed) error {
	line := FormatURLLine(f)
	back, ok, err := parseURLLine(line)
	if err != nil || !ok || back.URL != f.URL {
		return fmt.Errorf("add %q: not a feed address briefing can store", f.URL)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("add %s: %w", f.URL, err)
	}
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("add %s: %w", f.URL, err)
	}
	existing, err := ParseURLs(strings.NewReader(string(old)))
	if err != nil {
		return fmt.Errorf("add %s: %s: %w", f.URL, path, err)
	}
	dir := filepath.Dir(path)
	for _, e := range existing {
		if e.URL == f.URL || resolvePath(dir, e.URL) == resolvePath(dir, f.URL) {
			return fmt.Errorf("add %s: %w", f.URL, ErrDuplicate)
		}
	}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		line = "\n" + line
	}
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("add %s: %w", f.URL, err)
	}
	if _, err := out.WriteString(line + "\n"); err != nil {
		out.Close()
		return fmt.Errorf("add %s: %w", f.URL, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("add %s: %w", f.URL, err)
	}
	return nil
}

// FormatURLLine writes a feed as one urls-file line that ParseURLs reads
// back as the same feed.
func FormatURLLine(f store.Feed) string {
	parts := []string{quoteToken(f.URL, false)}
	for _, t := range f.Tags {
		if t != "" && !strings.HasPrefix(t, "~") {
			parts = append(parts, quoteToken(t, false))
		}
	}
	if f.Title != "" {
		parts = append(parts, quoteToken("~"+f.Title, true))
	}
	return strings.Join(parts, " ")
}

func quoteToken(s string, always bool) string {
	if !always && s != "" && !strings.ContainsAny(s, " \t\r\"#\\") {
		return s
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}
