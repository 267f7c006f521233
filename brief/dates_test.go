package brief

import (
	"testing"
	"time"
)

// dateOf extracts the single meeting of text published at pub and returns
// its date and phrase.
func dateOf(t *testing.T, text string, pub time.Time) (string, string, bool) {
	t.Helper()
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "d", Text: text, Published: pub})
	if len(x.Meetings) != 1 {
		return "", "", false
	}
	return x.Meetings[0].Date, x.Meetings[0].When, true
}

func TestMeetingDatesResolveAgainstPublication(t *testing.T) {
	mon := time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)                               // Monday
	nyEvening := time.Date(2025, 11, 30, 19, 30, 0, 0, time.FixedZone("ET", -5*3600)) // Sunday evening in New York, Monday in UTC
	for _, tc := range []struct {
		text       string
		pub        time.Time
		date, when string
	}{
		{"Witkoff will meet Putin on Tuesday.", mon, "2025-12-02", "on Tuesday"},
		{"Witkoff will meet Putin on Monday.", mon, "2025-12-01", "on Monday"},
		{"Rubio met Yermak in Geneva on Sunday.", mon, "2025-11-30", "on Sunday"},
		{"Rubio met Yermak on Thursday.", mon, "2025-11-27", "on Thursday"},
		{"Witkoff will meet Putin next Monday.", mon, "2025-12-08", "next Monday"},
		{"Rubio met Lavrov last Monday.", mon, "2025-11-24", "last Monday"},
		{"Witkoff will meet Putin tomorrow.", mon, "2025-12-02", "tomorrow"},
		{"Rubio met Yermak yesterday.", mon, "2025-11-30", "yesterday"},
		{"Witkoff and Putin met today.", mon, "2025-12-01", "today"},
		{"Witkoff will meet Putin on December 2.", mon, "2025-12-02", "on December 2"},
		{"Witkoff will meet Putin on 2 Dec.", mon, "2025-12-02", "on 2 Dec."},
		{"Witkoff will meet Putin on Dec. 2, 2025.", mon, "2025-12-02", "on Dec. 2, 2025"},
		{"Witkoff will meet Putin on January 6.", mon, "2026-01-06", "on January 6"},
		{"Witkoff will meet Putin on the 4th.", mon, "2025-12-04", "on the 4th"},
		{"Zelensky will meet Macron tomorrow.", nyEvening, "2025-12-01", "tomorrow"},
		// Phrases that name no single day keep the words and no date.
		{"Witkoff will meet Putin next week.", mon, "", "next week"},
		{"Umerov will meet Witkoff this weekend.", mon, "", "this weekend"},
		{"Merz will host Zelensky later this month.", mon, "", "later this month"},
	} {
		date, when, ok := dateOf(t, tc.text, tc.pub)
		if !ok || date != tc.date || when != tc.when {
			t.Errorf("%q: date %q when %q (found %v), want %q %q", tc.text, date, when, ok, tc.date, tc.when)
		}
	}
}

func TestNoPublicationTimeLeavesRelativeDatesEmpty(t *testing.T) {
	date, when, ok := dateOf(t, "Witkoff will meet Putin on Tuesday.", time.Time{})
	if !ok || date != "" || when != "Tuesday" && when != "on Tuesday" {
		t.Errorf("without a publication time: date %q when %q, want empty date", date, when)
	}
	date, _, _ = dateOf(t, "Witkoff will meet Putin on December 2, 2025.", time.Time{})
	if date != "2025-12-02" {
		t.Errorf("an explicit date with a year needs no publication time: %q", date)
	}
}

func TestImpossibleDatesStayEmpty(t *testing.T) {
	if date, _, _ := dateOf(t, "Witkoff will meet Putin on February 30.", testPub); date != "" {
		t.Errorf("February 30 resolved to %q", date)
	}
}

// The date forms news writes that a tuning article may not: each is read in
// the meeting's own sentence and resolved against the publication day.
func TestMeetingDateForms(t *testing.T) {
	mon := time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)      // Monday
	dec30 := time.Date(2025, 12, 30, 9, 0, 0, 0, time.UTC)   // Tuesday, the year about to turn
	jan2 := time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC)      // Friday, the year just turned
	midsummer := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC) // as far from one January as from the next
	for _, tc := range []struct {
		text       string
		pub        time.Time
		date, when string
	}{
		{"Rubio will meet Lavrov in Geneva on Wednesday, Feb. 4.", mon, "2026-02-04", "on Wednesday, Feb. 4"},
		{"Zelensky will meet Macron in Paris on Thursday 24 September.", mon, "2026-09-24", "on Thursday 24 September"},
		// A weekday beside a yearless date picks the year it falls on.
		{"A meeting between Rubio and Lavrov on Thursday, Jan. 8 in Riyadh.", midsummer, "2026-01-08", "on Thursday, Jan. 8"},
		{"A meeting between Rubio and Lavrov on Friday, Jan. 8 in Riyadh.", midsummer, "2027-01-08", "on Friday, Jan. 8"},
		{"Starmer met Zelensky in London on 3 March.", mon, "2025-03-03", "on 3 March"},
		{"Starmer will meet Zelensky in London on 3 March.", mon, "2026-03-03", "on 3 March"},
		// A range is dated by its first day.
		{"Rubio and Wang Yi will hold talks in Beijing on March 16-17.", mon, "2026-03-16", "on March 16-17"},
		{"Rubio and Lavrov will hold talks in Geneva on 16-17 March.", mon, "2026-03-16", "on 16-17 March"},
		{"Rubio and Lavrov will hold talks in Geneva from 16 to 17 March.", mon, "2026-03-16", "from 16 to 17 March"},
		{"Erdogan will host Putin in Ankara on the 17th of this month.", mon, "2025-12-17", "on the 17th of this month"},
		{"Erdogan will host Putin in Ankara on the 3rd of next month.", mon, "2026-01-03", "on the 3rd of next month"},
		{"Orban met Putin in Moscow last Friday.", mon, "2025-11-28", "last Friday"},
		{"Modi will meet Putin in New Delhi next Saturday.", mon, "2025-12-06", "next Saturday"},
		{"Macron will host Zelensky at the Elysee tonight.", mon, "2025-12-01", "tonight"},
		{"Merz met Zelensky in Berlin this morning.", mon, "2025-12-01", "this morning"},
		{"Rubio spoke with Sybiha by phone earlier today.", mon, "2025-12-01", "earlier today"},
		{"Macron met Zelensky in Paris on Monday evening.", dec30, "2025-12-29", "on Monday evening"},
		{"Putin met Japarov on Thursday morning for talks on energy.", dec30, "2025-12-25", "on Thursday morning"},
		// Across the turn of the year, whichever way the tense points.
		{"Witkoff will meet Putin in Moscow on Jan. 5.", dec30, "2026-01-05", "on Jan. 5"},
		{"The talks between Rubio and Lavrov on Jan. 5 in Riyadh.", dec30, "2026-01-05", "on Jan. 5"},
		{"Orban met Putin in Moscow on Dec. 29.", jan2, "2025-12-29", "on Dec. 29"},
	} {
		date, when, ok := dateOf(t, tc.text, tc.pub)
		if !ok || date != tc.date || when != tc.when {
			t.Errorf("%q: date %q when %q (found %v), want %q %q", tc.text, date, when, ok, tc.date, tc.when)
		}
	}
}
