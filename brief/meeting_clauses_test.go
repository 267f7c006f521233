package brief

import (
	"testing"
	"time"
)

func meetingsAt(t *testing.T, pub time.Time, text string) []Meeting {
	t.Helper()
	return NewExtractor(builtIn(t)).Extract(Document{ID: "c", Text: text, Published: pub}).Meetings
}

func TestAVerbReportsTheMeetingADefiniteNounOnlyRecalls(t *testing.T) {
	sun := time.Date(2025, 11, 30, 20, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sun, "The Florida round followed the Geneva talks on 23 November and came two days before Witkoff is due to meet Putin in Moscow on Tuesday.")
	if len(ms) != 1 || ms[0].Date != "2025-12-02" || ms[0].Modality != Planned || ms[0].Location != "Moscow" {
		t.Errorf("meetings %+v, want the Moscow meeting on Tuesday, not dated by the Geneva talks", ms)
	}
	ms = meetingsAt(t, testPub, "The meeting at the Elysee comes after Ukraine's negotiators held talks with US officials in Florida yesterday.")
	if len(ms) != 1 || ms[0].Location != "Florida" || ms[0].Date != "2025-11-30" || !sameSet(ms[0].Participants, []string{"Ukraine", "United States"}) {
		t.Errorf("meetings %+v, want the Florida talks of yesterday", ms)
	}
}

func TestEachPredicateOfASeriesHasItsOwnDay(t *testing.T) {
	thu := time.Date(2025, 11, 27, 12, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Driscoll flew to Kyiv last week, joined the U.S. delegation in Geneva on Sunday, and met a Russian delegation in Abu Dhabi on Monday.")
	found := false
	for _, m := range ms {
		if m.Location == "Kyiv" && m.Date != "" {
			t.Errorf("the Kyiv trip took another predicate's day: %+v", m)
		}
		if m.Location == "Abu Dhabi" {
			found = true
			if m.Date != "2025-11-24" || !sameSet(m.Participants, []string{"Dan Driscoll", "Russia"}) {
				t.Errorf("Abu Dhabi meeting: %+v", m)
			}
		}
	}
	if !found {
		t.Errorf("meetings %+v, want the Abu Dhabi meeting", ms)
	}
	// A clause that reports no meeting lends the next one no day.
	ms = meetingsAt(t, testPub, "The strike came as officials continued work on the framework agreed in Geneva on Sunday, and as Driscoll held talks with Russian representatives in Abu Dhabi.")
	if len(ms) != 1 || ms[0].Date != "" || !sameSet(ms[0].Participants, []string{"Dan Driscoll", "Russia"}) {
		t.Errorf("meetings %+v, want Driscoll's undated talks", ms)
	}
}

func TestAListItemsHeadingGivesPlaceAndFirstDay(t *testing.T) {
	tue := time.Date(2025, 11, 25, 12, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "The week so far:\n\n• Abu Dhabi, Monday and Tuesday: Driscoll meets Russian officials.")
	if len(ms) != 1 || ms[0].Location != "Abu Dhabi" || ms[0].Date != "2025-11-24" {
		t.Errorf("meetings %+v, want Abu Dhabi from Monday", ms)
	}
}
