package brief

import (
	"testing"
	"time"
)

// Rumours, denials, wishes, conditions, possibilities, anniversaries and
// sports fixtures name people and a meeting, but report none.
func TestUnrealMeetingsAreNoMeetings(t *testing.T) {
	for _, text := range []string{
		// Rumours.
		"There were reports that Erdogan might meet Putin in Ankara next week.",
		"Rumours that Netanyahu would meet Erdogan in Baku circulated on Tuesday.",
		// Denials.
		"The Kremlin ruled out talks with Zelensky this year.",
		"Peskov ruled out a meeting between Putin and Zelensky on Tuesday.",
		"The Kremlin denied that Witkoff had met Putin on Tuesday.",
		"Trump dismissed speculation that he would meet Putin in Alaska next week.",
		// Wishes and conditions.
		"Zelensky said he hopes to meet Putin soon.",
		"Trump said he could meet Putin in Budapest if the conditions were right.",
		// Possibilities.
		"The Kremlin did not rule out the possibility of a meeting between Putin and Trump in Budapest.",
		"Orban raised the possibility of a summit between Trump and Putin in Budapest.",
		"Peskov said a meeting between Putin and Trump was possible in principle.",
		"Aides are exploring a meeting between Trump and Xi in Beijing in April.",
		// The past remembered, and sport.
		"Ten years ago, Putin met Erdogan in Sochi.",
		"Trump and Putin met in Helsinki in 2018.",
		"Serbia will meet Bosnia in a World Cup qualifier in Belgrade on Saturday.",
	} {
		if ms := meetingsAt(t, testPub, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want no meeting", text, ms)
		}
	}
}

// A wish or a denial in another predicate of the sentence leaves its
// meeting standing.
func TestADenialOrWishElsewhereLeavesTheMeeting(t *testing.T) {
	for _, text := range []string{
		"Zelensky wants a ceasefire and will meet Trump in Florida on Sunday.",
		"Zelensky dismissed the plan but will meet Trump on Sunday.",
		"Putin rejected the plan in talks with Witkoff in Moscow on Tuesday.",
		"Putin, who rejected the plan, met Witkoff on Tuesday.",
	} {
		if ms := meetingsAt(t, testPub, text); len(ms) != 1 || len(ms[0].Participants) != 2 {
			t.Errorf("%q: %+v, want the one meeting of two", text, ms)
		}
	}
}

// "Almost every round of talks" is a habit; "talks with Russia" before the
// trigger lends no one to a later round.
func TestEveryRoundAndEarlierTalksAreNoNewMeeting(t *testing.T) {
	sat := time.Date(2025, 11, 29, 11, 40, 0, 0, time.UTC)
	if ms := meetingsAt(t, sat, "The resignation of Andrii Yermak as head of the Office of the President removes the official who has spoken for Ukraine in almost every round of talks with Washington this year."); len(ms) != 0 {
		t.Errorf("a habit became a meeting: %+v", ms)
	}
	ms := meetingsAt(t, sat, "Talks with Secretary of State Marco Rubio were expected in Florida on Sunday. "+
		"Umerov, a former defence minister, led Ukraine's team at the Istanbul talks with Russia in the spring and took part in last week's round in Geneva.")
	for _, m := range ms {
		if containsString(m.Participants, "Russia") && containsString(m.Participants, "Marco Rubio") {
			t.Errorf("Rubio lent to the talks with Russia: %+v", m)
		}
	}
}
