package feeds

import (
	"context"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/briefing-news/briefing/feeds/store"
)

func TestLoadDemo(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.MemoryPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	asOf, err := LoadDemo(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	list, err := demoFeeds()
	if err != nil {
		t.Fatal(err)
	}
	// What the store holds must be exactly what the files parse to.
	want := 0
	titles := map[string]bool{}
	for _, f := range list {
		body, err := demoFiles.ReadFile(path.Join("demo", f.URL))
		if err != nil {
			t.Fatal(err)
		}
		fetched, err := Parse(body, "", f.URL)
		if err != nil {
			t.Fatal(err)
		}
		want += len(fetched.Items)
		if f.Title != "" {
			titles[f.Title] = true
		}
	}
	b, err := st.Briefing(ctx, asOf, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != want || want < 20 {
		t.Fatalf("stored %d articles, the demo files hold %d", len(b.Articles), want)
	}
	var newest time.Time
	bullets := false
	for _, a := range b.Articles {
		if a.Published.After(newest) {
			newest = a.Published
		}
		if !titles[a.Feed] {
			t.Errorf("article %q shows feed %q, not its urls title", a.Title, a.Feed)
		}
		full, err := st.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkTerminalSafe(t, "demo text", full.Text)
		if full.Text == "" || strings.Contains(full.Text, "<p>") || strings.Contains(full.Text, "&amp;") {
			t.Errorf("article %q text is not clean plain text: %.80q", a.Title, full.Text)
		}
		bullets = bullets || strings.Contains(full.Text, "\n• ")
	}
	if !asOf.Equal(newest) {
		t.Errorf("asOf %v, newest article %v", asOf, newest)
	}
	if !bullets {
		t.Error("no demo article kept a list (the ISW Key Takeaways) as bullets")
	}
}
