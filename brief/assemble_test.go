package brief

import (
	"testing"
	"time"
)

func art(id string, pub time.Time, ms ...Meeting) Article {
	return Article{ID: id, Published: pub, Found: Extraction{Meetings: ms}}
}

func TestAssembleMergesTheSameMeetingAcrossArticles(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 11, d, 12, 0, 0, 0, time.UTC) }
	older := art("a", day(28), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-01", When: "on Monday", Modality: Planned,
		Sources: []Source{{Text: "Witkoff will travel to Moscow on Monday."}}})
	newer := art("b", day(30), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin", "Jared Kushner"}, Date: "2025-12-02", When: "on Tuesday", Location: "Moscow", Modality: Planned,
		Sources: []Source{{Text: "Witkoff and Kushner will meet Putin on Tuesday."}}})
	other := art("c", day(29), Meeting{Participants: []string{"Marco Rubio", "Andriy Yermak"}, Date: "2025-11-23", Modality: Held})
	b := Assemble([]Article{older, newer, other}, time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC))
	if len(b.Meetings) != 2 {
		t.Fatalf("meetings %+v, want the Witkoff-Putin meeting once and the Geneva talks", b.Meetings)
	}
	m := b.Meetings[0]
	if m.Date != "2025-12-02" || m.Location != "Moscow" || len(m.Sources) != 2 || m.Status != Upcoming {
		t.Errorf("merged meeting %+v: want the newest report's date, both sources, upcoming", m)
	}
	if !containsString(m.Participants, "Jared Kushner") {
		t.Errorf("merged participants %v lost Kushner", m.Participants)
	}
	if b.Meetings[1].Status != Past {
		t.Errorf("Geneva talks %+v, want past", b.Meetings[1])
	}
}

func TestAssembleKeepsMeetingsDaysApartSeparate(t *testing.T) {
	pub := time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)
	b := Assemble([]Article{
		art("a", pub, Meeting{Participants: []string{"Rustem Umerov", "Steve Witkoff"}, Date: "2025-11-30", Modality: Held}),
		art("b", pub, Meeting{Participants: []string{"Rustem Umerov", "Steve Witkoff"}, Date: "2025-12-04", Modality: Planned}),
	}, pub)
	if len(b.Meetings) != 2 {
		t.Errorf("meetings %+v, want two: four days apart", b.Meetings)
	}
}

func TestAssembleLaterCancellationWins(t *testing.T) {
	b := Assemble([]Article{
		art("old", time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC), Meeting{Participants: []string{"Donald Trump", "Vladimir Putin"}, Location: "Budapest", Modality: Planned}),
		art("new", time.Date(2025, 10, 22, 0, 0, 0, 0, time.UTC), Meeting{Participants: []string{"Donald Trump", "Vladimir Putin"}, Location: "Budapest", Modality: Cancelled}),
	}, time.Date(2025, 10, 23, 0, 0, 0, 0, time.UTC))
	if len(b.Meetings) != 1 || b.Meetings[0].Status != StatusCancel {
		t.Errorf("meetings %+v, want one, cancelled", b.Meetings)
	}
}
