package brief

import (
	"strings"
	"testing"
	"time"
)

// TestSeedBriefing checks the story briefing was first described with: the
// seed article, assembled as of 2025-12-01, shows its actors, the upcoming
// Witkoff-Putin meeting, the past Florida talks, the analysts' and ISW's
// takes, and Rubio's words as a quote.
func TestSeedBriefing(t *testing.T) {
	e, _ := newTestExtractor(t)
	var seed corpusItem
	for _, c := range loadCorpusDir(t, "corpus") {
		if c.ID == "seed" {
			seed = c
		}
	}
	if seed.ID == "" {
		t.Fatal("no seed article in the corpus")
	}
	doc := seed.document(t)
	art := Article{ID: doc.ID, Title: doc.Title, Text: doc.Text, Published: doc.Published, Found: e.Extract(doc)}
	asOf := time.Date(2025, 12, 1, 12, 0, 0, 0, time.UTC)
	b := Assemble([]Article{art}, asOf)

	for _, want := range []string{"Steve Witkoff", "Vladimir Putin", "Donald Trump", "Marco Rubio", "Jared Kushner",
		"Rustem Umerov", "Kremlin", "Institute for the Study of War"} {
		if _, ok := b.Resolve(want); !ok {
			t.Errorf("actor %q missing; have %v", want, actorNames(b.Actors))
		}
	}
	if _, ok := b.Resolve("Ustem Rumerov"); !ok {
		t.Errorf("the misspelling Ustem Rumerov does not resolve to Rustem Umerov")
	}

	witkoff := findMeeting(b.Meetings, "2025-12-02", "Steve Witkoff", "Vladimir Putin")
	if witkoff == nil || witkoff.Status != Upcoming {
		t.Errorf("Witkoff-Putin meeting on 2025-12-02 upcoming: got %+v; all: %+v", witkoff, b.Meetings)
	}
	florida := findMeeting(b.Meetings, "2025-11-30", "Marco Rubio", "Jared Kushner")
	if florida == nil || florida.Status != Past || florida.Location != "Florida" {
		t.Errorf("Florida talks on 2025-11-30 past: got %+v; all: %+v", florida, b.Meetings)
	}

	analysts, isw := false, false
	for _, tk := range b.Takes {
		analysts = analysts || tk.Analyst == "analysts" && containsString(tk.About, "Russia")
		isw = isw || tk.Analyst == "Institute for the Study of War" && containsString(tk.About, "Vladimir Putin")
		if tk.Analyst == "Marco Rubio" || strings.Contains(tk.Text, "So much work remains") {
			t.Errorf("Rubio's words are a take: %+v", tk)
		}
	}
	if !analysts || !isw {
		t.Errorf("takes from analysts (%v) and ISW (%v) expected; got %+v", analysts, isw, b.Takes)
	}
	rubio := false
	for _, q := range b.Quotes {
		rubio = rubio || q.Speaker == "Marco Rubio" && strings.Contains(q.Text, "So much work remains")
	}
	if !rubio {
		t.Errorf("Rubio's quote missing; quotes: %+v", b.Quotes)
	}
}

func findMeeting(ms []Meeting, date string, people ...string) *Meeting {
	for i := range ms {
		if ms[i].Date != date {
			continue
		}
		all := true
		for _, p := range people {
			all = all && containsString(ms[i].Participants, p)
		}
		if all {
			return &ms[i]
		}
	}
	return nil
}

func actorNames(as []Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}
