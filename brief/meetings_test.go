package brief

import (
	"slices"
	"testing"
)

func meetingsOf(t *testing.T, text string) []Meeting {
	t.Helper()
	return NewExtractor(builtIn(t)).Extract(Document{ID: "m", Text: text, Published: testPub}).Meetings
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func TestMeetingModality(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Modality
	}{
		{"Witkoff is set to travel to Moscow to meet Putin on Tuesday.", Planned},
		{"Rubio and Lavrov are due to hold talks in Geneva on Friday.", Planned},
		{"Macron met Zelensky at the Elysee on Sunday.", Held},
		{"Talks between Umerov and Witkoff were held in Miami on Saturday.", Held},
		{"A summit between Trump and Putin in Budapest was called off.", Cancelled},
		{"The meeting between Zelensky and Erdogan on Wednesday has been postponed until next week.", Postponed},
	} {
		ms := meetingsOf(t, tc.text)
		if len(ms) != 1 || ms[0].Modality != tc.want {
			t.Errorf("%q: %+v, want one %s meeting", tc.text, ms, tc.want)
		}
	}
}

func TestMeetingParticipants(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// The reporter of a frame is not a participant.
		{"The Kremlin confirmed that Witkoff and Putin will meet on Tuesday.", []string{"Steve Witkoff", "Vladimir Putin"}},
		// A pronoun subject comes from the sentence before.
		{"Zelensky arrived in Dublin. He will meet Micheál Martin on Tuesday.", []string{"Volodymyr Zelensky", "Micheál Martin"}},
		// A delegation led by someone brings that person, not the country.
		{"Rubio held talks on Sunday with a Ukrainian delegation led by Rustem Umerov.", []string{"Marco Rubio", "Rustem Umerov"}},
		// The possessor of a relation is not at the table.
		{"Witkoff and Trump's son-in-law Jared Kushner met Putin on Tuesday.", []string{"Steve Witkoff", "Jared Kushner", "Vladimir Putin"}},
		// A country stands in only when nobody named does.
		{"Driscoll held talks with a Russian delegation in Abu Dhabi on Monday.", []string{"Dan Driscoll", "Russia"}},
	} {
		ms := meetingsOf(t, tc.text)
		if len(ms) != 1 || !sameSet(ms[0].Participants, tc.want) {
			t.Errorf("%q: %+v, want participants %v", tc.text, ms, tc.want)
		}
	}
}

func TestMeetingLocation(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Witkoff will travel to Moscow on Monday to meet Putin.", "Moscow"},
		{"Rubio met Yermak in Geneva on Sunday.", "Geneva"},
		{"Trump spoke by phone with Putin on Thursday.", ""},
	} {
		ms := meetingsOf(t, tc.text)
		if len(ms) != 1 || ms[0].Location != tc.want {
			t.Errorf("%q: %+v, want location %q", tc.text, ms, tc.want)
		}
	}
}

func TestOneArticleOneMeetingPerEvent(t *testing.T) {
	// The trip on Monday and the meeting on Tuesday are one meeting, dated
	// by the meeting; a later "the talks" refers back to it.
	ms := meetingsOf(t, "Witkoff is set to travel to Russia on Monday for discussions with Putin. "+
		"The Kremlin confirmed that Witkoff and Putin will meet on Tuesday. The talks will focus on the peace plan.")
	if len(ms) != 1 || ms[0].Date != "2025-12-02" || ms[0].When != "on Tuesday" {
		t.Fatalf("got %+v, want one meeting on 2025-12-02", ms)
	}
	// Two clauses, two meetings: a meeting and then a call.
	ms = meetingsOf(t, "Zelensky met Macron in Paris on Monday, and the two leaders held a phone call with Witkoff.")
	if len(ms) != 2 {
		t.Fatalf("got %+v, want the meeting and the call", ms)
	}
	if !sameSet(ms[1].Participants, []string{"Volodymyr Zelensky", "Emmanuel Macron", "Steve Witkoff"}) || ms[1].Date != "2025-12-01" {
		t.Errorf("the call: %+v", ms[1])
	}
}

func TestNotMeetings(t *testing.T) {
	for _, text := range []string{
		"Zelensky said he was ready to discuss the plan with Trump, though no meeting has been arranged.",
		"Erdogan offered to host talks between Russia and Ukraine in Istanbul.",
		"Peskov said Russia would not take part in the Ankara discussions.",
		"The peace talks have stalled, analysts said.",
	} {
		if ms := meetingsOf(t, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want no meeting", text, ms)
		}
	}
}
