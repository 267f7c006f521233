package brief

import (
	"testing"
	"time"
)

// Meetings reported in the passive or as a noun with a verb of its own
// ("talks were held", "the summit opened"): the verb says whether it was
// held, and so which way its day resolves.
func TestPassiveAndNominalMeetingsAreHeldOnTheirDay(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string
		date string
	}{
		{"Talks between Rubio and Lavrov were held in Riyadh on Tuesday.", []string{"Marco Rubio", "Sergei Lavrov"}, "2025-12-02"},
		{"A meeting between Zelensky and Erdogan took place in Ankara on Monday.", []string{"Volodymyr Zelensky", "Recep Tayyip Erdogan"}, "2025-12-01"},
		{"The summit between Trump and Putin opened in Anchorage on Friday.", []string{"Donald Trump", "Vladimir Putin"}, "2025-11-28"},
		{"Consultations between Russia and the United States continued in Istanbul on Thursday.", []string{"Russia", "United States"}, "2025-11-27"},
		{"Negotiations between Russia and Ukraine resumed in Istanbul on Saturday.", []string{"Russia", "Ukraine"}, "2025-11-29"},
		{"The round began in Geneva on Sunday with Umerov and Witkoff at the table.", []string{"Rustem Umerov", "Steve Witkoff"}, "2025-11-30"},
		{"A second round of Ukraine-Russia talks is scheduled for Monday in Istanbul.", []string{"Ukraine", "Russia"}, "2025-12-08"},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) != 1 || !sameSet(ms[0].Participants, tc.want) || ms[0].Date != tc.date {
			t.Errorf("%q: %+v, want %v on %s", tc.text, ms, tc.want, tc.date)
		}
	}
}

// "Round" is a round of talks only when nothing says it is another kind.
func TestARoundOfSomethingElseIsNoMeeting(t *testing.T) {
	for _, text := range []string{
		"Kast and Jara will face each other in the second round on December 14.",
		"The EU and Britain agreed a new round of sanctions on Russia in Brussels on Tuesday.",
	} {
		if ms := meetingsAt(t, testPub, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want no meeting", text, ms)
		}
	}
}

// A body of members meets as one: its meeting has the body alone for a
// participant, or the body and the guests it names.
func TestABodyOfMembersMeetsAsOne(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string
		date string
	}{
		{"African Union leaders met in Addis Ababa on Sunday to discuss the crisis in Sudan.", []string{"African Union"}, "2025-11-30"},
		{"G7 leaders will hold a summit in Evian on June 14.", []string{"G7"}, "2026-06-14"},
		{"NATO foreign ministers met in Brussels on Wednesday.", []string{"NATO"}, "2025-12-03"},
		{"Leaders of the coalition of the willing will hold a video conference on the 11th.", []string{"Coalition of the Willing"}, "2025-12-11"},
		// Guests named after the one who announced it are still guests.
		{"EU leaders will meet in Brussels on Thursday, the Council said, with Zelensky and Rutte expected to attend.",
			[]string{"European Union", "Volodymyr Zelensky", "Mark Rutte"}, "2025-12-04"},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) != 1 || !sameSet(ms[0].Participants, tc.want) || ms[0].Date != tc.date {
			t.Errorf("%q: %+v, want %v on %s", tc.text, ms, tc.want, tc.date)
		}
	}
}

// One party alone is no meeting unless it is a body whose members meet;
// a think tank or a government's office is not one.
func TestALoneOrganisationIsNoMeeting(t *testing.T) {
	for _, text := range []string{
		"The Kremlin held talks in Moscow on Tuesday.",
		"The Atlantic Council will host a conference in Washington on Friday.",
		"NATO will travel to Vilnius on Friday.",
	} {
		if ms := meetingsAt(t, testPub, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want no meeting", text, ms)
		}
	}
}

// Who skipped a meeting was not at it, and the body's meeting that day is
// the one others attended.
func TestWhoSkippedTheMeetingWasNotThere(t *testing.T) {
	thu := time.Date(2025, 12, 4, 15, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Rubio's absence from Wednesday's NATO meeting in Brussels worried allies.\n\n"+
		"Rubio skipped the meeting of NATO foreign ministers in Brussels on Wednesday; Deputy Secretary of State Christopher Landau attended instead.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"NATO", "Christopher Landau"}) || ms[0].Date != "2025-12-03" {
		t.Errorf("meetings %+v, want one NATO meeting with Landau on 2025-12-03", ms)
	}
}

// A regional forum meets as a body, and the head of an energy agency
// meets as himself: neither is a think tank for its name or role alone.
func TestAForumOrAnAgencyIsNoThinkTank(t *testing.T) {
	mon := time.Date(2026, 9, 7, 18, 0, 0, 0, time.UTC)
	if ms := meetingsAt(t, mon, "The Pacific Islands Forum summit opened in Koror this morning."); len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Pacific Islands Forum"}) {
		t.Errorf("forum summit: %+v", ms)
	}
	ms := meetingsAt(t, mon, "OPEC Secretary General Haitham al-Ghais will meet Fatih Birol, the executive director of the International Energy Agency, in Vienna on 9 June, OPEC said.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Haitham al-Ghais", "Fatih Birol"}) || ms[0].Date != "2027-06-09" {
		t.Errorf("al-Ghais and Birol: %+v", ms)
	}
}

// Talks that continue with one party named are the talks of whom the text
// follows; with no one before them they are none.
func TestTalksThatContinueWithOneParty(t *testing.T) {
	mon := time.Date(2026, 2, 2, 12, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "The envoy, Ahmedou Ould-Tolba, met Foreign Minister Gedion Timothewos last Friday. "+
		"Consultations continued at the weekend in Mekelle with Tadesse Werede, the president of Tigray's interim administration.")
	if len(ms) != 2 || !sameSet(ms[1].Participants, []string{"Ahmedou Ould-Tolba", "Tadesse Werede"}) {
		t.Errorf("meetings %+v, want the envoy's talks with Tadesse Werede", ms)
	}
	if ms := meetingsAt(t, mon, "Consultations continued at the weekend in Mekelle with Tadesse Werede, the president of Tigray's interim administration."); len(ms) != 0 {
		t.Errorf("talks with one party and no one before: %+v", ms)
	}
}
