package brief

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// corpusItem is one labelled article of testdata/corpus (see its README).
type corpusItem struct {
	ID        string   `json:"id"`
	Feed      string   `json:"feed"`
	FeedURL   string   `json:"feed_url"`
	Tags      []string `json:"tags"`
	Published string   `json:"published"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Expect    struct {
		Actors    []string `json:"actors"`
		NotActors []string `json:"not_actors"`
		Meetings  []struct {
			Participants []string `json:"participants"`
			Date         string   `json:"date"`
			Modality     string   `json:"modality"`
			Location     string   `json:"location"`
		} `json:"meetings"`
		Takes []struct {
			Analyst string   `json:"analyst"`
			About   []string `json:"about"`
		} `json:"takes"`
		Quotes []struct {
			Speaker string `json:"speaker"`
		} `json:"quotes"`
	} `json:"expect"`
	file string
}

func (c corpusItem) document(t testing.TB) Document {
	pub, err := time.Parse(time.RFC3339, c.Published)
	if err != nil {
		t.Fatalf("%s: published %q: %v", c.file, c.Published, err)
	}
	return Document{ID: c.ID, Feed: c.Feed, FeedURL: c.FeedURL, Tags: c.Tags, Title: c.Title, Text: c.Text, Published: pub}
}

// loadCorpusDir reads the labelled items of testdata/dir.
func loadCorpusDir(t testing.TB, dir string) []corpusItem {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	sort.Strings(files)
	var items []corpusItem
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		var c corpusItem
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		c.file = filepath.Base(f)
		items = append(items, c)
	}
	return items
}

func newTestExtractor(t testing.TB) (*Extractor, *Gazetteer) {
	g, err := NewGazetteer()
	if err != nil {
		t.Fatalf("NewGazetteer: %v", err)
	}
	return NewExtractor(g), g
}

// canon maps a labelled name to the gazetteer's canonical name when the
// gazetteer knows it, so labels may use any alias.
func canon(g *Gazetteer, name string) string {
	if a, ok := g.Actor(name); ok {
		return a.Name
	}
	return strings.TrimSpace(name)
}

func sameName(g *Gazetteer, label string, a Actor) bool {
	c := canon(g, label)
	return strings.EqualFold(c, a.Name) || strings.EqualFold(label, a.Name) || hasFold(a.Aliases, label)
}

func canonAll(g *Gazetteer, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToLower(canon(g, n))
	}
	return out
}

func jaccard(a, b []string) float64 {
	union := map[string]bool{}
	for _, x := range a {
		union[x] = true
	}
	shared := 0
	for _, x := range b {
		if union[x] {
			shared++
		}
		union[x] = true
	}
	if len(union) == 0 {
		return 0
	}
	return float64(shared) / float64(len(union))
}
