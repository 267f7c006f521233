package brief

import (
	"testing"
	"time"
)

func TestHabitsAndConditionsAreNoMeeting(t *testing.T) {
	for _, text := range []string{
		"Putin has met Witkoff several times this year.",
		"Lavrov regularly speaks with Wang Yi.",
		"Yuri Ushakov, who has sat in on his meetings with Witkoff, stayed silent.",
		"Trump said he would meet Zelensky and Putin only once a deal was final.",
		"Trump hopes to meet Xi soon, but only when a trade deal is ready.",
		"There is still no date for a Trump meeting with Zelensky.",
		"Kyiv wanted Zelensky to come to Washington to sign the deal with Trump.",
	} {
		if ms := meetingsOf(t, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want no meeting", text, ms)
		}
	}
	// A condition inside what was said is not the meeting's.
	m, ok := oneMeeting(t, "Putin told Erdogan in a phone call on Sunday that the plan could work, but only if Kyiv withdrew.")
	if ok && !sameSet(m.Participants, []string{"Vladimir Putin", "Recep Tayyip Erdogan"}) {
		t.Errorf("call: %v", m.Participants)
	}
}

func TestWhoDescribesAParticipantIsNotAtTheMeeting(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// An apposition describes the person before it.
		{"A phone call between Witkoff and Yuri Ushakov, a senior adviser to President Vladimir Putin, was leaked on Tuesday.",
			[]string{"Steve Witkoff", "Yuri Ushakov"}},
		{"Rustem Umerov, the secretary of Ukraine's National Security and Defense Council, will meet Witkoff in Miami on Thursday.",
			[]string{"Rustem Umerov", "Steve Witkoff"}},
		// So does a relative clause after a name.
		{"Kast, who won Sunday's runoff against Jeannette Jara, will meet Milei in Buenos Aires on Thursday.",
			[]string{"José Antonio Kast", "Javier Milei"}},
		// A relative clause after the meeting tells of something else.
		{"Witkoff held talks with Umerov in Miami on Thursday, which Rubio later called productive.",
			[]string{"Steve Witkoff", "Rustem Umerov"}},
		// A relative clause that adds someone to the meeting stays.
		{"Rutte will host foreign ministers of the alliance in Brussels on Wednesday, where Ukraine's Foreign Minister Andrii Sybiha is expected to join them.",
			[]string{"Mark Rutte", "Andrii Sybiha"}},
		// A title before a name is a list item, not an apposition.
		{"Rubio, special envoy Steve Witkoff and Jared Kushner met Umerov in Miami on Sunday.",
			[]string{"Marco Rubio", "Steve Witkoff", "Jared Kushner", "Rustem Umerov"}},
		// Countries as adjectives of things are no party; of people, they are.
		{"Kaja Kallas will meet Rubio in Brussels on Friday to discuss frozen Russian assets and the US peace proposals.",
			[]string{"Kaja Kallas", "Marco Rubio"}},
		{"US officials will meet Russian officials in Riyadh on Monday.", []string{"United States", "Russia"}},
		// Who sends or appoints is not at the table, nor is the day of the sending.
		{"Trump sent his envoy, Steve Witkoff, to meet Putin in Moscow on Tuesday.", []string{"Steve Witkoff", "Vladimir Putin"}},
		// "The two leaders" are the two the sentence named before.
		{"Macron said on Monday that only Zelensky could decide on territory, as the two leaders met in Paris.",
			[]string{"Emmanuel Macron", "Volodymyr Zelensky"}},
	} {
		if m, ok := oneMeeting(t, tc.text); ok && !sameSet(m.Participants, tc.want) {
			t.Errorf("%q: participants %v, want %v", tc.text, m.Participants, tc.want)
		}
	}
}

func TestTheAppointedDelegationMeetsOnTheTalksDay(t *testing.T) {
	sat := time.Date(2025, 11, 29, 9, 0, 0, 0, time.UTC)
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "a", Published: sat,
		Text: "Zelensky on Saturday appointed Umerov to lead the delegation at talks with US officials in Florida on Sunday."})
	if len(x.Meetings) != 1 {
		t.Fatalf("meetings %+v, want one", x.Meetings)
	}
	m := x.Meetings[0]
	if !sameSet(m.Participants, []string{"Rustem Umerov", "United States"}) || m.Date != "2025-11-30" || m.Location != "Florida" {
		t.Errorf("appointed delegation: %+v", m)
	}
}

func TestAMeetingsPlaceIsInItsOwnPredicate(t *testing.T) {
	m, ok := oneMeeting(t, "Driscoll delivered the draft to Kyiv and met Russian officials in Abu Dhabi on Monday.")
	if ok && m.Location != "Abu Dhabi" {
		t.Errorf("location %q, want Abu Dhabi", m.Location)
	}
	m, ok = oneMeeting(t, "Witkoff will visit Moscow on Tuesday to discuss the plan that Kyiv and Washington amended in Geneva.")
	if ok && (m.Location != "Moscow" || containsString(m.Participants, "Ukraine") || containsString(m.Participants, "United States")) {
		t.Errorf("relative clause leaked into the meeting: %+v", m)
	}
}

func TestAListItemsPeopleStayInTheirItem(t *testing.T) {
	ms := meetingsOf(t, "• Driscoll met Russian officials in Abu Dhabi on Monday.\n• Yuri Ushakov, who heads the Russian team, stayed in Moscow.")
	if len(ms) != 1 || containsString(ms[0].Participants, "Yuri Ushakov") {
		t.Errorf("meetings %+v, want Driscoll's without the next item's Ushakov", ms)
	}
}

func TestPastTenseCuesMakeAMeetingHeld(t *testing.T) {
	for _, text := range []string{
		"Umerov previously led Ukraine's delegation at talks with Russia in Istanbul.",
		"Yermak had led the delegation at talks with Rubio in Geneva.",
	} {
		if m, ok := oneMeeting(t, text); ok && m.Modality != Held {
			t.Errorf("%q: %s, want held", text, m.Modality)
		}
	}
	// "at talks with" reports the talks, it does not only set a scene.
	if m, ok := oneMeeting(t, "Umerov will lead Kyiv's delegation at talks with US officials in Florida on Sunday."); ok &&
		!sameSet(m.Participants, []string{"Rustem Umerov", "United States"}) {
		t.Errorf("delegation at talks: %v", m.Participants)
	}
}

func TestAMeetingInARelativeClauseLendsNeitherPeopleNorDay(t *testing.T) {
	wed := time.Date(2025, 11, 26, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, date string }{
		{"Rubio, who took part in Monday's talks in Geneva with Yermak and Umerov, flies to Riyadh to meet Lavrov.", ""},
		{"Rubio, who took part in Monday's talks in Geneva with Yermak and Umerov, flies to Riyadh on Thursday to meet Lavrov.", "2025-11-27"},
	} {
		ms := NewExtractor(builtIn(t)).Extract(Document{ID: "r", Text: tc.text, Published: wed}).Meetings
		if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Marco Rubio", "Sergei Lavrov"}) || ms[0].Date != tc.date || ms[0].Location != "Riyadh" {
			t.Errorf("%q: %+v, want Rubio and Lavrov in Riyadh dated %q", tc.text, ms, tc.date)
		}
	}
}
