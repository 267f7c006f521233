package store

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode"
)

var searchItems = []Item{
	{GUID: "title", Title: "Witkoff to meet Putin in Moscow", Text: "The envoy travels on Tuesday."},
	{GUID: "text", Title: "Talks resume", Text: "Sources say Witkoff and Putin will discuss the plan in Moscow."},
	{GUID: "other", Title: "Weather", Text: "Rain AND wind in Kyiv (mostly) - with *stars* and \"quotes\"."},
	{GUID: "accent", Title: "Zelenskyy in Genève", Text: "Réunion à Genève."},
}

func searchStore(t *testing.T) (*Store, map[string]string) {
	s := openMem(t, nil)
	feed := Feed{URL: "https://example.org/feed"}
	mustSave(t, s, feed, Fetched{Items: searchItems}, t0)
	ids := map[string]string{}
	for _, it := range searchItems {
		ids[it.GUID] = ItemID(feed.URL, it)
	}
	return s, ids
}

// plainMatch is what a search for q must find if nothing in q is taken as
// an operator: the items holding every word of q, the last as a prefix.
func plainMatch(q string, ids map[string]string) []string {
	isSep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	words := strings.FieldsFunc(strings.ToLower(q), isSep)
	var found []string
	for _, it := range searchItems {
		have := strings.FieldsFunc(strings.ToLower(it.Title+" "+it.Text), isSep)
		all := len(words) > 0
		for i, w := range words {
			ok := slices.ContainsFunc(have, func(h string) bool {
				return h == w || i == len(words)-1 && strings.HasPrefix(h, w)
			})
			all = all && ok
		}
		if all {
			found = append(found, ids[it.GUID])
		}
	}
	slices.Sort(found)
	return found
}

func TestSearchRanksTitleMatchesFirstAndPrefixesTheLastWord(t *testing.T) {
	s, ids := searchStore(t)
	tests := []struct {
		query string
		want  []string // guids, best first
	}{
		{"witkoff putin", []string{"title", "text"}},
		{"Witk", []string{"title", "text"}},       // the last word is a prefix
		{"putin mosc", []string{"title", "text"}}, // every word must match
		{"witkoff rain", nil},
		{"geneve", []string{"accent"}}, // diacritics folded
		{"RÉUNION", []string{"accent"}},
		{"wind kyiv", []string{"other"}},
	}
	for _, tt := range tests {
		got, err := s.Search(context.Background(), tt.query, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		var want []string
		for _, g := range tt.want {
			want = append(want, ids[g])
		}
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v (%v)", tt.query, got, want, tt.want)
		}
	}
	if got, _ := s.Search(context.Background(), "witkoff", 1); len(got) != 1 || got[0] != ids["title"] {
		t.Errorf("Search with limit 1 = %v", got)
	}
}

func TestSearchTreatsAnyInputAsText(t *testing.T) {
	s, ids := searchStore(t)
	hostile := []string{
		`"`, `""`, `"unbalanced`, `AND`, `OR`, `NOT`, `wind AND`, `AND wind`, `*`, `wind*`, `*wind`,
		`(`, `)`, `(wind`, `-`, `-wind`, `wind -rain`, `NEAR(wind rain)`, `title:wind`, `{title}: wind`,
		`^wind`, `wind + rain`, `'; DROP TABLE items; --`, "\x00", "wind\x00rain", `\`, `:`, "\u200b", "",
		"   ", `"wind" "rain"`, `w"i"nd`,
	}
	for _, q := range hostile {
		got, err := s.Search(context.Background(), q, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		slices.Sort(got)
		if want := plainMatch(q, ids); !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want the items holding its words: %v", q, got, want)
		}
	}
	// Operators are searched for as words: "AND" is in the "other" item.
	if got, _ := s.Search(context.Background(), "rain AND wind", 10); !slices.Equal(got, []string{ids["other"]}) {
		t.Errorf(`Search("rain AND wind") = %v`, got)
	}
	if got, _ := s.Search(context.Background(), "(stars)", 10); !slices.Equal(got, []string{ids["other"]}) {
		t.Errorf(`Search("(stars)") = %v`, got)
	}
}

func TestFTSQuery(t *testing.T) {
	tests := map[string]string{
		"witkoff putin":   `"witkoff" "putin"*`,
		` "AND" (x) -y* `: `"AND" "x" "y"*`,
		"Зеленский":       `"Зеленский"*`,
		"U.S.":            `"U" "S"*`,
		"!!! ??":          "",
	}
	for in, want := range tests {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%q) = %s, want %s", in, got, want)
		}
	}
}

// A feed taken out of the urls file is hidden from search as from the
// briefing.
func TestSearchLeavesHiddenFeedsOut(t *testing.T) {
	ctx := context.Background()
	s, ids := searchStore(t)
	other := Feed{URL: "https://other.example/feed"}
	mustSave(t, s, other, Fetched{Items: []Item{{GUID: "o1", Title: "Witkoff lands", Text: "Witkoff landed in Moscow."}}}, t0)
	if got, _ := s.Search(ctx, "witkoff", 10); len(got) != 3 {
		t.Fatalf("before hiding: %v, want 3 hits", got)
	}
	if err := s.SyncFeeds(ctx, []Feed{{URL: "https://example.org/feed"}}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Search(ctx, "witkoff", 10)
	if want := []string{ids["title"], ids["text"]}; !slices.Equal(got, want) {
		t.Errorf("after hiding the other feed: %v, want %v", got, want)
	}
}
