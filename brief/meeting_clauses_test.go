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

func TestTheMeetingsOwnClauseNamesWhoIsThere(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// After "said", a name starts what was said: the reporter is not there.
		{"The Kremlin said Gerasimov had reported the captures to Putin during a visit to a command post.", []string{"Valery Gerasimov", "Vladimir Putin"}},
		{"Ukrainian officials said the timing, a day before Putin meets Witkoff, was no accident.", []string{"Vladimir Putin", "Steve Witkoff"}},
		// Another predicate or a clause with its own subject ends the meeting's.
		{"Rubio and Kallas meet in Brussels on Thursday and are due to sign a deal with Ukraine.", []string{"Marco Rubio", "Kaja Kallas"}},
		{"A Putin-Trump summit in Budapest was called off after the White House concluded it was premature.", []string{"Vladimir Putin", "Donald Trump"}},
		{"Umerov reported progress on Sunday as Zelensky flew to Paris to meet Macron.", []string{"Volodymyr Zelensky", "Emmanuel Macron"}},
		// "They" after "X said" are X.
		{"U.S. officials said they expected to meet Umerov again, possibly as soon as this weekend.", []string{"United States", "Rustem Umerov"}},
	} {
		if m, ok := oneMeeting(t, tc.text); ok && !sameSet(m.Participants, tc.want) {
			t.Errorf("%q: participants %v, want %v", tc.text, m.Participants, tc.want)
		}
	}
	if m, ok := oneMeeting(t, "The Kremlin said Gerasimov had reported the captures to Putin during a visit to a command post."); ok && m.Modality != Held {
		t.Errorf("a past perfect with no other cue: %s, want held", m.Modality)
	}
	if m, ok := oneMeeting(t, "U.S. officials said they expected to meet Umerov again, possibly as soon as this weekend."); ok && m.When != "this weekend" {
		t.Errorf("when %q, want \"this weekend\"", m.When)
	}
	if m, ok := oneMeeting(t, "Rubio will meet Lavrov in the week of December 8."); ok && (m.When != "the week of December 8" || m.Date != "") {
		t.Errorf("a week is no day: %+v", m)
	}
}

func TestABackgroundMeetingOfADroppedOneIsNone(t *testing.T) {
	for _, text := range []string{
		"Putin has met Witkoff several times this year, most recently shortly before his summit with Trump in Alaska.",
		"• whether Putin accepts the framework as a basis for a ceasefire, or only for further talks with Trump;",
	} {
		if ms := meetingsOf(t, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want none", text, ms)
		}
	}
}

func TestACallDuringAVisitIsItsOwnEventWithTheVisitsLeaders(t *testing.T) {
	ms := meetingsOf(t, "Zelensky met Macron in Paris on Monday.\n\nSpeaking at a news conference, Macron said Europe had to be involved.\n\n"+
		"During the visit the two leaders spoke by phone with Witkoff.")
	if len(ms) != 2 {
		t.Fatalf("meetings %+v, want the visit and the call", ms)
	}
	for _, m := range ms {
		if m.Location == "Paris" && !sameSet(m.Participants, []string{"Volodymyr Zelensky", "Emmanuel Macron"}) {
			t.Errorf("visit: %v", m.Participants)
		}
		if m.Location == "" && !sameSet(m.Participants, []string{"Volodymyr Zelensky", "Emmanuel Macron", "Steve Witkoff"}) {
			t.Errorf("call: %v", m.Participants)
		}
	}
}

func TestTheTwoLeadersOpeningAParagraphAreTheArticlesPair(t *testing.T) {
	ms := meetingsOf(t, "Macron said on Monday that only Zelensky could decide on territory. Zelensky thanked Macron for his support.\n\n"+
		"A Ukrainian official said a phone call between Zelensky and Trump could take place later this week.\n\n"+
		"Earlier in the day the two leaders spoke with Witkoff.")
	found := false
	for _, m := range ms {
		if containsString(m.Participants, "Steve Witkoff") {
			found = true
			if !sameSet(m.Participants, []string{"Emmanuel Macron", "Volodymyr Zelensky", "Steve Witkoff"}) {
				t.Errorf("call with Witkoff: %v, want Macron, Zelensky and Witkoff", m.Participants)
			}
		}
	}
	if !found {
		t.Errorf("meetings %+v, want the call with Witkoff", ms)
	}
}

func TestMeetingAThingIsNoMeeting(t *testing.T) {
	for _, text := range []string{
		"Zelensky said Ukraine would meet the deadline set by Trump.",
		"Putin said Kyiv must meet Russia's demands before any talks with Zelensky.",
		"China's foreign ministry said the two sides should meet each other halfway.",
		"A Commission proposal backed by Macron and Merz has met with criticism from environmental groups.",
		"Prices for school lunch rose in Texas, Merz and Macron were told.",
		"Trump's arrival alongside Erdogan was met with protests in Ankara on Monday.",
	} {
		if ms := meetingsOf(t, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want none", text, ms)
		}
	}
}

func TestWhatAVisitFollowsHappenedBefore(t *testing.T) {
	fri := time.Date(2025, 11, 28, 9, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, fri, "The visit follows a phone call between Xi and Trump on Monday.")
	if len(ms) != 1 || ms[0].Date != "2025-11-24" || ms[0].Modality != Held {
		t.Errorf("meetings %+v, want the call held last Monday", ms)
	}
}

func TestReportersAndReferencesAreNotAtTheMeeting(t *testing.T) {
	ms := meetingsOf(t, "• The Kremlin confirmed that Putin will meet Witkoff in Moscow on December 2.\n"+
		"• The Kremlin is timing its battlefield claims to shape the December 2 talks.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Vladimir Putin", "Steve Witkoff"}) {
		t.Errorf("meetings %+v, want one, without the Kremlin that only names the talks", ms)
	}
	ms = meetingsOf(t, "Witkoff will meet Putin in Moscow on Tuesday. Mark Rutte, NATO's secretary-general, has said support must continue while the talks run.")
	if len(ms) != 1 || containsString(ms[0].Participants, "Mark Rutte") {
		t.Errorf("meetings %+v, want Rutte, who only speaks of the talks, left out", ms)
	}
	// A reporter who is the subject of what is reported is there.
	if m, ok := oneMeeting(t, "Boric, who leaves office in March, said he had spoken to Kast by phone on Sunday night."); ok &&
		!sameSet(m.Participants, []string{"Gabriel Boric", "José Antonio Kast"}) {
		t.Errorf("call: %v", m.Participants)
	}
	// A call is not the visit put off beside it.
	ms = meetingsOf(t, "• Later this week: a phone call between Zelensky and Trump is planned.\n\n"+
		"A visit by Zelensky to Washington has been put off.")
	if len(ms) != 2 {
		t.Errorf("meetings %+v, want the call and the visit apart", ms)
	}
}

// "agreed on Thursday to meet ... on Nov. 14": the day before the
// infinitive is the agreeing's when the meeting names its own; with none
// after it, the day still dates the meeting.
func TestTheDayOfAnAgreementToMeet(t *testing.T) {
	thu := time.Date(2026, 11, 6, 2, 40, 0, 0, time.UTC)
	for _, tc := range []struct{ text, date string }{
		{"Treasury Secretary Scott Bessent and Vice Premier He Lifeng agreed on Thursday to meet in person in Shenzhen on Nov. 14.", "2026-11-14"},
		{"Treasury Secretary Scott Bessent and Vice Premier He Lifeng agreed on Thursday to hold talks in Shenzhen on Nov. 14.", "2026-11-14"},
		{"Scott Bessent flew to Shenzhen on Thursday to meet He Lifeng.", "2026-11-05"},
	} {
		ms := meetingsAt(t, thu, tc.text)
		if len(ms) != 1 || ms[0].Date != tc.date {
			t.Errorf("%q: meetings %+v, want one on %s", tc.text, ms, tc.date)
		}
	}
}

// "called on Modi" is a visit; "called on Putin to withdraw" urges him.
// A match between national sides is sport, not a meeting.
func TestCallingOnSomeone(t *testing.T) {
	thu := time.Date(2027, 1, 15, 5, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Peter Kyle called on Prime Minister Narendra Modi on Thursday and briefed him on investment.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Peter Kyle", "Narendra Modi"}) || ms[0].Date != "2027-01-14" {
		t.Errorf("meetings %+v, want Kyle and Modi on Thursday", ms)
	}
	for _, text := range []string{
		"Peter Kyle called on Narendra Modi to cut tariffs on whisky.",
		"Peter Kyle on Thursday called on Narendra Modi and Vladimir Putin to keep talking.",
		"Peter Kyle will stay on for the third one-day international in Rajkot, where India meet England on Sunday.",
	} {
		if ms := meetingsAt(t, thu, text); len(ms) != 0 {
			t.Errorf("%q: meetings %+v, want none", text, ms)
		}
	}
}

// "but the trip has been cancelled" calls off the meeting of the clause
// before; "the last cluster of accession talks" says nothing of the past.
func TestAClauseCallsOffTheOneBefore(t *testing.T) {
	sun := time.Date(2027, 1, 24, 18, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text     string
		date     string
		modality Modality
	}{
		{"Kaja Kallas was due in Belgrade on Wednesday to see Serbian President Aleksandar Vučić, but the trip has been cancelled.", "2027-01-27", Cancelled},
		{"Kaja Kallas was due in Belgrade on Wednesday to see Serbian President Aleksandar Vučić, but the trip has been postponed to February 3.", "2027-02-03", Postponed},
		{"Wednesday: Ursula von der Leyen hosts Moldovan President Maia Sandu to mark the opening of the last cluster of Moldova's accession talks.", "2027-01-27", Planned},
	} {
		ms := meetingsAt(t, sun, tc.text)
		if len(ms) != 1 || ms[0].Date != tc.date || ms[0].Modality != tc.modality {
			t.Errorf("%q: meetings %+v, want one %s on %s", tc.text, ms, tc.modality, tc.date)
		}
	}
	ms := meetingsAt(t, sun, "Ursula von der Leyen met Maia Sandu last week.")
	if len(ms) != 1 || ms[0].Modality != Held {
		t.Errorf("meetings %+v, want one held", ms)
	}
}
