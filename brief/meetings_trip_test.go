package brief

import (
	"testing"
	"time"
)

// oneMeeting returns the one meeting text reports, failing the test otherwise.
func oneMeeting(t *testing.T, text string) (Meeting, bool) {
	t.Helper()
	ms := meetingsOf(t, text)
	if len(ms) != 1 {
		t.Errorf("%q: meetings %+v, want one", text, ms)
		return Meeting{}, false
	}
	return ms[0], true
}

func TestATripMeetsTheHostNotTheVenue(t *testing.T) {
	// A country a journey goes to is only where it goes: it names no one to
	// meet. A visit to a country is hosted by it ("a state visit to France").
	if ms := meetingsOf(t, "Zelensky is expected to fly to Norway on Thursday."); len(ms) != 0 {
		t.Errorf("a venue country became a participant: %+v", ms)
	}
	if m, ok := oneMeeting(t, "Witkoff will visit Qatar next week."); ok && !sameSet(m.Participants, []string{"Steve Witkoff", "Qatar"}) {
		t.Errorf("visit to a country: %v, want Witkoff and Qatar", m.Participants)
	}
	// A city's country hosts the visitor.
	if m, ok := oneMeeting(t, "Zelensky is expected to fly to Oslo on Thursday."); ok && !sameSet(m.Participants, []string{"Volodymyr Zelensky", "Norway"}) {
		t.Errorf("trip to a city: %v, want Zelensky and Norway", m.Participants)
	}
	// The head of the destination's government, when the article names one,
	// is whom the trip meets; an aide is not.
	if m, ok := oneMeeting(t, "Keir Starmer praised the plan on Monday. Zelensky will travel to Britain on Thursday."); ok &&
		!sameSet(m.Participants, []string{"Volodymyr Zelensky", "Keir Starmer"}) {
		t.Errorf("trip to a country whose leader is named: %v", m.Participants)
	}
	for _, m := range meetingsOf(t, "Yuri Ushakov spoke to reporters on Monday. Rubio will visit Russia next week.") {
		if containsString(m.Participants, "Yuri Ushakov") {
			t.Errorf("an aide became the host: %+v", m)
		}
	}
}

func TestATripsHostIsItsDestinationsCountry(t *testing.T) {
	// The place a reporter spoke from is not where the trip goes.
	m, ok := oneMeeting(t, "Witkoff, Lavrov said in Minsk, would come to Moscow on Tuesday.")
	if !ok {
		return
	}
	if containsString(m.Participants, "Belarus") || !containsString(m.Participants, "Russia") || m.Location != "Moscow" {
		t.Errorf("host of a trip to Moscow: %+v", m)
	}
}

func TestATripAndTheMeetingItIsForAreOneMeeting(t *testing.T) {
	wed := time.Date(2025, 11, 19, 9, 0, 0, 0, time.UTC)
	ms := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: wed,
		Text: "Zelensky arrived in Turkey on Wednesday to try to revive negotiations with Russia and will meet Erdogan in Ankara later in the day."}).Meetings
	if len(ms) != 1 {
		t.Fatalf("meetings %+v, want the one with Erdogan", ms)
	}
	m := ms[0]
	if !sameSet(m.Participants, []string{"Volodymyr Zelensky", "Recep Tayyip Erdogan"}) || m.Modality != Planned || m.Location != "Ankara" || m.Date != "2025-11-19" {
		t.Errorf("meeting %+v, want Zelensky and Erdogan planned in Ankara on the 19th, without Russia", m)
	}
	// Several rounds are a habit, not one meeting.
	if ms := meetingsOf(t, "Dmitriev, who has held several rounds of talks with Witkoff this autumn, wrote on Telegram that Russia was being heard."); len(ms) != 0 {
		t.Errorf("rounds: %+v", ms)
	}
}

func TestAGuessedTripMeetingGivesWayOnlyToTheMeetingOfThatTrip(t *testing.T) {
	// The meeting on the trip is the one reported.
	ms := meetingsOf(t, "Foreign Minister Wang Yi arrived in Moscow on Monday. Wang is expected to meet Putin on Wednesday.")
	if len(ms) != 1 || ms[0].Date != "2025-12-03" {
		t.Errorf("meetings %+v, want only Wednesday's meeting with Putin", ms)
	}
	// A meeting before the trip is another occasion: the trip stays.
	ms = meetingsOf(t, "Trump met Xi in Busan on Thursday. Trump said he would visit China in April.")
	if len(ms) != 2 {
		t.Errorf("meetings %+v, want Busan and the visit to China", ms)
	}
}

func TestATripsDayIsNotTheMeetingsDay(t *testing.T) {
	fri := time.Date(2025, 12, 26, 9, 0, 0, 0, time.UTC)
	ms := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: fri,
		Text: "Netanyahu will fly to Washington on Sunday to meet Trump at the White House on Monday, his office said. " +
			"Netanyahu's visit comes a week after Egyptian and Qatari mediators held talks with a Hamas delegation in Cairo."}).Meetings
	if len(ms) != 2 {
		t.Fatalf("meetings %+v, want the White House meeting and the Cairo talks", ms)
	}
	if m := ms[0]; m.Date != "2025-12-29" || !sameSet(m.Participants, []string{"Benjamin Netanyahu", "Donald Trump"}) {
		t.Errorf("meeting %+v, want Netanyahu and Trump on Monday, the White House being where", m)
	}
	if m := ms[1]; m.Location != "Cairo" || m.Modality != Held || !sameSet(m.Participants, []string{"Egypt", "Qatar", "Hamas"}) {
		t.Errorf("meeting %+v, want the mediators' talks with Hamas held in Cairo", m)
	}
}

func TestAVisitCalledOffNextWeekIsTheMeetingDueOnTuesday(t *testing.T) {
	thu := time.Date(2025, 12, 4, 9, 0, 0, 0, time.UTC)
	ms := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: thu,
		Text: "Erdogan has called off a planned visit to Kyiv next week, his office said. Erdogan had been due to meet Zelenskyy on Tuesday to discuss a prisoner exchange."}).Meetings
	if len(ms) != 1 || ms[0].Modality != Cancelled || ms[0].Date != "2025-12-09" || !containsString(ms[0].Participants, "Volodymyr Zelensky") {
		t.Errorf("meetings %+v, want one meeting with Zelensky on Tuesday, cancelled", ms)
	}
	// A traveller holds the talks the trip is for.
	if m, ok := oneMeeting(t, "Orban said he would travel to Moscow in January for talks with Putin."); ok &&
		!sameSet(m.Participants, []string{"Viktor Orban", "Vladimir Putin"}) {
		t.Errorf("trip for talks: %v", m.Participants)
	}
}

// A state visit is hosted by its country; "and then travel to London for
// talks" has the visitor for its subject and no day of its own.
func TestAStateVisitAndTalksAfterIt(t *testing.T) {
	sun := time.Date(2026, 6, 21, 18, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sun, "Nigeria's President Bola Ahmed Tinubu spoke on Sunday. Mr. Tinubu will pay a state visit to France on Tuesday "+
		"and then travel to London for talks with British ministers, his spokesman said.")
	if len(ms) != 2 || !sameSet(ms[0].Participants, []string{"Bola Tinubu", "France"}) || ms[0].Date != "2026-06-23" ||
		!sameSet(ms[1].Participants, []string{"Bola Tinubu", "United Kingdom"}) || ms[1].Date != "" {
		t.Errorf("meetings %+v, want the visit to France on Tuesday and undated London talks", ms)
	}
}
