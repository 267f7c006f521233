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
