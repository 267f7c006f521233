package brief

import (
	"testing"
	"time"
)

// One subject meeting several parties one after another holds a meeting
// with each, on the party's own day and at its own place when the text
// gives them.
func TestASeriesIsAMeetingWithEachParty(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	type want struct {
		party, date, place string
	}
	for _, tc := range []struct {
		text  string
		hub   string
		parts []want
	}{
		{"Witkoff met Netanyahu, Erdogan and Sisi in turn on Tuesday.", "Steve Witkoff",
			[]want{{"Benjamin Netanyahu", "2025-12-02", ""}, {"Recep Tayyip Erdogan", "2025-12-02", ""}, {"Abdel Fattah el-Sisi", "2025-12-02", ""}}},
		{"Macron met separately with Zelensky and Starmer on Monday.", "Emmanuel Macron",
			[]want{{"Volodymyr Zelensky", "2025-12-01", ""}, {"Keir Starmer", "2025-12-01", ""}}},
		{"Witkoff met Netanyahu on Monday and Erdogan on Tuesday.", "Steve Witkoff",
			[]want{{"Benjamin Netanyahu", "2025-12-01", ""}, {"Recep Tayyip Erdogan", "2025-12-02", ""}}},
		{"Zelensky will meet Meloni in Rome on Monday and Merz in Berlin on Tuesday.", "Volodymyr Zelensky",
			[]want{{"Giorgia Meloni", "2025-12-08", "Rome"}, {"Friedrich Merz", "2025-12-09", "Berlin"}}},
		{"Witkoff met Netanyahu in Jerusalem, Sisi in Cairo and Erdogan in Ankara on Tuesday.", "Steve Witkoff",
			[]want{{"Benjamin Netanyahu", "2025-12-02", "Jerusalem"}, {"Abdel Fattah el-Sisi", "2025-12-02", "Cairo"}, {"Recep Tayyip Erdogan", "2025-12-02", "Ankara"}}},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) != len(tc.parts) {
			t.Errorf("%q: %+v, want %d meetings", tc.text, ms, len(tc.parts))
			continue
		}
		for i, p := range tc.parts {
			m := ms[i]
			if !sameSet(m.Participants, []string{tc.hub, p.party}) || m.Date != p.date || m.Location != p.place {
				t.Errorf("%q: meeting %d is %+v, want %s with %s on %s at %q", tc.text, i, m, tc.hub, p.party, p.date, p.place)
			}
		}
	}
}

// Several parties met together are one meeting: no cue says apart, and a
// day or place of one party alone is the meeting's.
func TestPartiesMetTogetherAreOneMeeting(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string // the last meeting's people
	}{
		{"Rubio met Lavrov and Wang Yi in Kuala Lumpur on Thursday.", []string{"Marco Rubio", "Sergei Lavrov", "Wang Yi"}},
		{"Trump met Zelensky at the White House on Monday with Witkoff and Rubio in attendance.",
			[]string{"Donald Trump", "Volodymyr Zelensky", "Steve Witkoff", "Marco Rubio"}},
		{"Zelensky will fly to Brussels later today to meet NATO Secretary General Mark Rutte and European Commission President Ursula von der Leyen.",
			[]string{"Volodymyr Zelensky", "Mark Rutte", "Ursula von der Leyen"}},
		{"Szijjarto also held separate talks with Sergei Lavrov, the Russian foreign minister, on Friday.", []string{"Peter Szijjarto", "Sergei Lavrov"}},
		{"Zelensky met Trump on Sunday. Separately, Rubio met Lavrov and Wang Yi in Kuala Lumpur on Monday.",
			[]string{"Marco Rubio", "Sergei Lavrov", "Wang Yi"}},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) == 0 || !sameSet(ms[len(ms)-1].Participants, tc.want) {
			t.Errorf("%q: %+v, want the last meeting of %v", tc.text, ms, tc.want)
		}
	}
}

// "Separate meetings" with parties and no one named to meet them: the
// parties did not meet each other.
func TestSeparateMeetingsWithoutTheirHostAreNone(t *testing.T) {
	if ms := meetingsAt(t, testPub, "The envoy held separate meetings with Netanyahu and Erdogan in Jerusalem on Tuesday."); len(ms) != 0 {
		t.Errorf("meetings %+v, want none", ms)
	}
}

// A tour is a visit to each stop's country, at the stop, on its own day
// when the text gives one; travellers together meet whom they travel to.
func TestATourVisitsEachStop(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	type visit struct{ host, place, date string }
	for _, tc := range []struct {
		text   string
		people []string
		visits []visit
	}{
		{"Zelensky will visit Rome, then Berlin, next week.", []string{"Volodymyr Zelensky"},
			[]visit{{"Italy", "Rome", ""}, {"Germany", "Berlin", ""}}},
		{"Zelensky will visit Rome on Monday and Berlin on Tuesday.", []string{"Volodymyr Zelensky"},
			[]visit{{"Italy", "Rome", "2025-12-08"}, {"Germany", "Berlin", "2025-12-09"}}},
		{"Macron will travel to Japan, South Korea and China this month.", []string{"Emmanuel Macron"},
			[]visit{{"Japan", "Japan", ""}, {"South Korea", "South Korea", ""}, {"China", "China", ""}}},
		{"Witkoff and Kushner will travel to Moscow on Tuesday.", []string{"Steve Witkoff", "Jared Kushner"},
			[]visit{{"Russia", "Moscow", "2025-12-09"}}},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) != len(tc.visits) {
			t.Errorf("%q: %+v, want %d visits", tc.text, ms, len(tc.visits))
			continue
		}
		for i, v := range tc.visits {
			m := ms[i]
			if !sameSet(m.Participants, append(append([]string{}, tc.people...), v.host)) || m.Location != v.place || m.Date != v.date {
				t.Errorf("%q: visit %d is %+v, want %v to %s at %s on %q", tc.text, i, m, tc.people, v.host, v.place, v.date)
			}
		}
	}
}

// "And then" before a place goes on with the tour; the traveller's own
// country is no stop of it; "the envoy" is the person with that role.
func TestATourGoesOnAfterThen(t *testing.T) {
	for _, tc := range []struct {
		text  string
		stops []string
	}{
		{"Australian Prime Minister Anthony Albanese arrived on Monday. After the forum, Mr. Albanese will visit Vanuatu and then Solomon Islands, his office said, the first time an Australian leader has made such a trip.",
			[]string{"Vanuatu", "Solomon Islands"}},
		{"The AU's special envoy, Ahmedou Ould-Tolba, met Abiy in Addis Ababa. Tadesse Werede, the president of Tigray's interim administration, said little. " +
			"After Asmara the envoy is expected to travel to Djibouti and then to Nairobi.", []string{"Djibouti", "Kenya"}},
	} {
		ms := meetingsAt(t, testPub, tc.text)
		var got []string
		for _, m := range ms {
			for _, stop := range tc.stops {
				if containsString(m.Participants, stop) {
					got = append(got, stop)
					if len(m.Participants) != 2 || containsString(m.Participants, "Tadesse Werede") {
						t.Errorf("%q: stop %s has %v", tc.text, stop, m.Participants)
					}
				}
			}
		}
		if !sameSet(got, tc.stops) {
			t.Errorf("%q: %+v, want a visit to each of %v", tc.text, ms, tc.stops)
		}
	}
}

// A predicate series ("met A earlier today, will host B tonight and will
// see C on Friday") is a meeting each, with its own party and day.
func TestAPredicateSeriesIsAMeetingEach(t *testing.T) {
	wed := time.Date(2026, 3, 11, 12, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, wed, "Malaysian Foreign Minister Mohamad Hasan has taken charge. He met Thailand's ambassador in Kuala Lumpur earlier today, "+
		"will host Cambodia's ambassador at a working dinner tonight and will see Cambodian Foreign Minister Prak Sokhonn in Phnom Penh on Friday evening.")
	want := []struct {
		party, date string
	}{{"Thailand", "2026-03-11"}, {"Cambodia", "2026-03-11"}, {"Prak Sokhonn", "2026-03-13"}}
	if len(ms) != len(want) {
		t.Fatalf("meetings %+v, want %d", ms, len(want))
	}
	for i, w := range want {
		if !sameSet(ms[i].Participants, []string{"Mohamad Hasan", w.party}) || ms[i].Date != w.date {
			t.Errorf("meeting %d: %+v, want Mohamad Hasan and %s on %s", i, ms[i], w.party, w.date)
		}
	}
}

// A tour's stop meets the head of government the article names there.
func TestATourStopMeetsItsNamedLeader(t *testing.T) {
	ms := meetingsOf(t, "Kenyan President William Ruto spoke on Monday. The AU's special envoy, Ahmedou Ould-Tolba, is expected to travel to Djibouti and then to Nairobi.")
	if len(ms) != 2 || !sameSet(ms[0].Participants, []string{"Ahmedou Ould-Tolba", "Djibouti"}) ||
		!sameSet(ms[1].Participants, []string{"Ahmedou Ould-Tolba", "Kenya", "William Ruto"}) {
		t.Errorf("meetings %+v, want Djibouti, then Kenya with Ruto", ms)
	}
}
