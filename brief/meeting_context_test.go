package brief

import (
	"testing"
	"time"
)

// The day of a meeting is found past what sits between: a closed
// apposition, the manner of the meeting; and "then" moves on to an unsaid
// day, unless the first day was a part of today.
func TestTheMeetingsDayPastAppositionsMannerAndThen(t *testing.T) {
	wed := time.Date(2026, 9, 23, 17, 0, 0, 0, time.UTC)
	sat := time.Date(2025, 12, 20, 20, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		pub   time.Time
		text  string
		dates []string // each meeting's day, in order
	}{
		{wed, "In Belgrade, Vučić hosted Republika Srpska President Siniša Karan and Milorad Dodik, the leader of the SNSD, on Monday evening.",
			[]string{"2026-09-21"}},
		{wed, "EU foreign ministers will meet by video conference on Monday evening, chaired by the High Representative, Kaja Kallas.",
			[]string{"2026-09-28"}},
		{sat, "Lula will travel to Rome on Thursday 8 January to meet Italian Prime Minister Giorgia Meloni, and then to Brussels for talks with Mrs. von der Leyen.",
			[]string{"2026-01-08", ""}},
		{wed, "Zelensky is set to meet Pope Leo XIV at Castel Gandolfo this morning and will then meet Italian Prime Minister Giorgia Meloni in Rome.",
			[]string{"2026-09-23", "2026-09-23"}},
	} {
		ms := meetingsAt(t, tc.pub, tc.text)
		if len(ms) != len(tc.dates) {
			t.Errorf("%q: %+v, want %d meetings", tc.text, ms, len(tc.dates))
			continue
		}
		for i, d := range tc.dates {
			if ms[i].Date != d {
				t.Errorf("%q: meeting %d on %q, want %q", tc.text, i, ms[i].Date, d)
			}
		}
	}
}

// "He" whose own sentence opens with "he" stands for whom that one does.
func TestHeStandsForTheSubjectNamedLast(t *testing.T) {
	mon := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "President Volodymyr Zelensky will travel to Italy this week, his office said.\n\n"+
		"He will meet Italian Prime Minister Giorgia Meloni in Rome on Tuesday. On Wednesday he will hold talks with German Chancellor Friedrich Merz in Berlin, "+
		"and on Thursday he will meet Polish President Karol Nawrocki in Warsaw.")
	want := map[string]string{"Giorgia Meloni": "2026-05-05", "Friedrich Merz": "2026-05-06", "Karol Nawrocki": "2026-05-07"}
	for _, m := range ms {
		for host, day := range want {
			if containsString(m.Participants, host) {
				if !sameSet(m.Participants, []string{"Volodymyr Zelensky", host}) || m.Date != day {
					t.Errorf("meeting with %s: %+v, want Zelensky on %s", host, m, day)
				}
				delete(want, host)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("meetings %+v, missing %v", ms, want)
	}
}

// Names with a place's name first, a suffix, or a particle after a title.
func TestNamesWithPlacesSuffixesAndParticles(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "n", Published: testPub,
		Text: "Paraguayan President Santiago Peña will host von der Leyen. Palau's president, Surangel Whipps Jr., met Albanese on Monday. " +
			"The European Union's special representative, Pieter van der Linden, arrived on Monday. Mr. van der Linden met Denis Bećirović, the Bosniak member, on Tuesday."})
	for _, name := range []string{"Santiago Peña", "Surangel Whipps Jr.", "Pieter van der Linden", "Denis Bećirović"} {
		if a, ok := actor(x, name); !ok || a.Kind != Person {
			t.Errorf("no person %q in %+v", name, x.Actors)
		}
	}
	if a, _ := actor(x, "Pieter van der Linden"); a.Mentions != 2 {
		t.Errorf("van der Linden: %+v, want Mr. van der Linden to be him", a)
	}
}

// Habits, fixtures and meetings only for a purpose report none.
func TestHabitsFixturesAndPurposesAreNoMeetings(t *testing.T) {
	for _, text := range []string{
		"Thai and Cambodian commanders meet weekly at the Chong Chom checkpoint.",
		"Pacific Islands Forum leaders meet every year.",
		"Fiji meet Samoa in Suva next Saturday in the final round of the Pacific Nations Cup.",
		"Peskov said Putin and Zelensky would meet only to sign a finished agreement.",
	} {
		if ms := meetingsAt(t, testPub, text); len(ms) != 0 {
			t.Errorf("%q: %+v, want no meeting", text, ms)
		}
	}
}

// Who the meeting's people are when the text names them another way: a
// speaker set off by an apposition, "it" for a body, "both delegations"
// for the two the sentence before named.
func TestPeopleNamedAnotherWay(t *testing.T) {
	mon := time.Date(2026, 10, 5, 23, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Paul St-Pierre Plamondon, universally known as PSPP, told supporters that he would meet Québec solidaire co-spokesperson Ruba Ghazal on Wednesday.",
			[]string{"Paul St-Pierre Plamondon", "Ruba Ghazal"}},
		{"OPEC+'s eight-country group is likely to pause its increases when it meets online on Sunday 1 November.",
			[]string{"OPEC"}},
		{"The Ukrainian team is led by Rustem Umerov; the Russian one by Igor Kostyukov, the head of military intelligence. " +
			"Sheikh Mohamed bin Zayed hosted both delegations at a dinner on Sunday evening.",
			[]string{"Mohamed bin Zayed", "Rustem Umerov", "Igor Kostyukov"}},
	} {
		ms := meetingsAt(t, mon, tc.text)
		if len(ms) != 1 || !sameSet(ms[0].Participants, tc.want) {
			t.Errorf("%q: %+v, want %v", tc.text, ms, tc.want)
		}
	}
}

// "Received by" names the host after "by", on "the same day" as the
// meeting before; a plural role set off lists its people.
func TestReceivedTheSameDayAndListedNegotiators(t *testing.T) {
	mon := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "President Volodymyr Zelensky will visit Rome this week. He will meet Italian Prime Minister Giorgia Meloni in Rome on Tuesday "+
		"and will be received by Pope Leo XIV at the Vatican the same day.")
	found := false
	for _, m := range ms {
		if containsString(m.Participants, "Pope Leo XIV") {
			found = true
			if !sameSet(m.Participants, []string{"Volodymyr Zelensky", "Pope Leo XIV"}) || m.Date != "2026-05-05" {
				t.Errorf("the Pope's audience: %+v", m)
			}
		}
	}
	if !found {
		t.Errorf("meetings %+v, want one with the Pope", ms)
	}
	ms = meetingsAt(t, mon, "Consultations continued last Friday between their negotiators, Andreas Petrides and Gülsen Kaymakçı-Özer, on the crossings.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Andreas Petrides", "Gülsen Kaymakçı-Özer"}) || ms[0].Date != "2026-05-01" {
		t.Errorf("negotiators: %+v", ms)
	}
}

// "The meeting at Lancaster House" after "due to meet in London on
// Thursday" is that meeting, with the people it names; a trip to a country
// and talks in its capital, or a meeting called off while another stands,
// stay apart.
func TestAVenueInTheCityIsTheSameMeeting(t *testing.T) {
	tue := time.Date(2026, 3, 24, 12, 30, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "Leaders of the coalition of the willing are due to meet in London on Thursday to sign off on plans for a force for Ukraine, Prime Minister Keir Starmer's office said.\n\n"+
		"Starmer will co-chair the meeting at Lancaster House with French President Emmanuel Macron.")
	if len(ms) != 1 || ms[0].Date != "2026-03-26" || !containsString(ms[0].Participants, "Emmanuel Macron") {
		t.Errorf("got %+v, want one meeting on 2026-03-26 with Macron", ms)
	}
	ms = meetingsAt(t, tue, "Foreign ministers Cho Hyun and Toshimitsu Motegi will meet in Tokyo on Saturday.\n\n"+
		"The summit of Sanae Takaichi, Li Qiang and Lee Jae-myung in Tokyo has been postponed.")
	if len(ms) != 2 {
		t.Errorf("a planned meeting and a postponed summit in one city: got %+v, want two", ms)
	}
}

// Tense and day cues of news prose: the present tense of a schedule, a
// day "earlier in the day", "after" that tells what came before, and a
// call "spoken by phone".
func TestTenseAndDayCuesOfNewsProse(t *testing.T) {
	thu := time.Date(2025, 11, 13, 6, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text  string
		date  string
		modal Modality
	}{
		{"Jetten and Bontenbal held talks yesterday with the informateur, Hans Wijers. They meet again on Monday.", "2025-11-17", Planned},
		{"Secretary Bessent met Finance Minister Satsuki Katayama in Tokyo today.\n\nEarlier in the day, Secretary Bessent met with Keidanren Chairman Yoshinobu Tsutsui.", "2025-11-13", Held},
		{"Colombian President Gustavo Petro is scheduled to visit the White House on Nov. 20 for his first meeting with Trump, after weeks of public insults between the two men.", "2025-11-20", Planned},
		{"Sheinbaum said she had spoken by phone with U.S. President Donald Trump on Monday for about 20 minutes.", "2025-11-10", Held},
		// A possessive day or cue dates the noun after it, not the meeting.
		{"West African heads of state will meet in Abuja on Sunday for an ECOWAS summit dominated by last month's coup and Sunday's failed attempt to seize power in Benin.", "2025-11-16", Planned},
	} {
		ms := meetingsAt(t, thu, tc.text)
		if len(ms) == 0 {
			t.Errorf("%q: no meeting", tc.text)
			continue
		}
		last := ms[len(ms)-1]
		if last.Date != tc.date || last.Modality != tc.modal {
			t.Errorf("%q: last meeting %s %s, want %s %s", tc.text, last.Date, last.Modality, tc.date, tc.modal)
		}
	}
}

// The sentence after a meeting that says who leads each side adds every
// leader it lists, not only the first after "led by".
func TestEveryLeaderListedAfterLedByTakesPart(t *testing.T) {
	sat := time.Date(2025, 11, 22, 19, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sat, "U.S. and Ukrainian officials will hold talks on the plan in Geneva tomorrow. "+
		"The American team will be led by Secretary of State Marco Rubio and special envoy Steve Witkoff, and Ukraine's by Andriy Yermak, the head of President Volodymyr Zelensky's office.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Marco Rubio", "Steve Witkoff", "Andriy Yermak"}) {
		t.Errorf("got %+v, want Rubio, Witkoff and Yermak", ms)
	}
}

// A place the gazetteer lacks is still where talks are held "in" it.
func TestAnUnknownPlaceAfterInIsTheLocation(t *testing.T) {
	sat := time.Date(2025, 12, 20, 11, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Lebanese and Israeli envoys held talks in the border town of Naqoura on Friday.", "Naqoura"},
		{"Mercosur leaders met in Foz do Iguaçu on Friday.", "Foz do Iguaçu"},
		{"Rubio and Yermak met in Parliament on Friday.", ""},
		{"Lee Jae-myung will hold talks with Sanae Takaichi in his hometown of Andong on Friday.", "Andong"},
	} {
		ms := meetingsAt(t, sat, tc.text)
		if len(ms) != 1 || ms[0].Location != tc.want {
			t.Errorf("%q: %+v, want one meeting at %q", tc.text, ms, tc.want)
		}
	}
}

// "X led the Syrian side, and Israel was represented by its ambassador in
// Washington, Y": both lead a side of the talks; the ambassador's seat is
// not another place.
func TestSidesLedAndRepresentedJoinTheTalks(t *testing.T) {
	wed := time.Date(2026, 1, 14, 14, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, wed, "Syrian and Israeli officials held security talks in Paris last week, mediated by U.S. envoy Tom Barrack. "+
		"Foreign Minister Asaad al-Shaibani led the Syrian side, and Israel was represented by its ambassador in Washington, Yechiel Leiter.")
	if len(ms) != 1 || !containsString(ms[0].Participants, "Asaad al-Shaibani") || !containsString(ms[0].Participants, "Yechiel Leiter") || ms[0].Location != "Paris" {
		t.Errorf("got %+v, want the Paris talks with Shaibani and Leiter", ms)
	}
}

// A country's adjective is no place: "investment in American shipbuilding".
func TestACountrysAdjectiveIsNoPlace(t *testing.T) {
	mon := time.Date(2025, 10, 27, 9, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "Secretary Bessent met Keidanren Chairman Yoshinobu Tsutsui on Monday to discuss investment in American shipbuilding.")
	if len(ms) != 1 || ms[0].Location != "" {
		t.Errorf("got %+v, want one meeting with no place", ms)
	}
}

// Two parties the verb has for its subject meet, even with no day yet:
// "Iran and the United States will meet in Muscat next week".
func TestTwoPartiesThatWillMeetAreAMeeting(t *testing.T) {
	mon := time.Date(2025, 11, 24, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Iran and the United States will meet in Muscat next week.", []string{"Iran", "United States"}},
		{"The M23 rebels and the Congolese government will meet in Doha next week.", []string{"M23", "DR Congo"}},
		{"Oil prices rose as Iran and the United States prepared to meet.", nil},
	} {
		ms := meetingsAt(t, mon, tc.text)
		if tc.want == nil {
			if len(ms) != 0 {
				t.Errorf("%q: %+v, want none", tc.text, ms)
			}
			continue
		}
		if len(ms) != 1 || !sameSet(ms[0].Participants, tc.want) || ms[0].Modality != Planned {
			t.Errorf("%q: %+v, want a planned meeting of %v", tc.text, ms, tc.want)
		}
	}
}

// A dateline's day is the report's, never the meeting's.
func TestTheDatelinesDayIsNoMeetingsDay(t *testing.T) {
	thu := time.Date(2026, 7, 16, 1, 30, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "SEOUL, July 16 (Yonhap) -- President Lee Jae-myung will hold summit talks with Japanese Prime Minister Sanae Takaichi on Saturday, the presidential office said Thursday.")
	if len(ms) != 1 || ms[0].Date != "2026-07-18" {
		t.Errorf("got %+v, want Saturday 2026-07-18", ms)
	}
}

// A live blog's entry dates a meeting it reports held with no day of its
// own; an article with one time stamp is no live blog.
func TestALiveBlogEntryDatesWhatItReportsHeld(t *testing.T) {
	pub := time.Date(2026, 7, 7, 22, 10, 0, 0, time.FixedZone("TRT", 3*3600))
	blog := "22:05 — Leaders sit down to dinner\n\nThe dinner began.\n\n" +
		"16:00 — Merz and Meloni meet\n\nGerman Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni met for half an hour at the Italian delegation's hotel."
	ms := meetingsAt(t, pub, blog)
	if len(ms) != 1 || ms[0].Date != "2026-07-07" || ms[0].When != "16:00" {
		t.Errorf("got %+v, want the meeting on 2026-07-07 at 16:00", ms)
	}
	one := "16:00 — Merz and Meloni meet\n\nGerman Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni met for half an hour."
	if ms := meetingsAt(t, pub, one); len(ms) != 1 || ms[0].Date != "" {
		t.Errorf("one time stamp: %+v, want no date", ms)
	}
}

// What a meeting is to discuss is no party to it.
func TestWhatIsDiscussedIsNoParty(t *testing.T) {
	thu := time.Date(2026, 8, 20, 14, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Deputy Secretary of State Christopher Landau met Egyptian Foreign Minister Badr Abdelatty on Thursday to discuss Sudan and preparations for the Quad ministerial.")
	if len(ms) != 1 || containsString(ms[0].Participants, "Sudan") || containsString(ms[0].Participants, "Quad") {
		t.Errorf("got %+v, want Landau and Abdelatty only", ms)
	}
	ms = meetingsAt(t, thu, "Witkoff will travel to Moscow to discuss the plan with Putin on Tuesday.")
	if len(ms) != 1 || !containsString(ms[0].Participants, "Vladimir Putin") {
		t.Errorf("got %+v, want Putin, with whom the plan is discussed", ms)
	}
}

// Talks "between" or "with" two parties are a meeting once the text says
// when, or that they were called off; a relative clause saying when and
// where they were due tells of them; whoever was to chair them takes part.
func TestTalksBetweenPartiesWithATimeOrAFate(t *testing.T) {
	sat := time.Date(2025, 11, 29, 16, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sat, "Talks between Egypt and Hamas have been postponed to December 1.")
	if len(ms) != 1 || ms[0].Date != "2025-12-01" || ms[0].Modality != Postponed {
		t.Errorf("got %+v, want the talks postponed to 2025-12-01", ms)
	}
	ms = meetingsAt(t, sat, "Israel has called off talks with Egyptian mediators that were due to take place in Cairo on Sunday, an official said.\n\n"+
		"Egypt's intelligence chief, Hassan Rashad, had been expected to chair them.")
	if len(ms) != 1 || ms[0].Date != "2025-11-30" || ms[0].Location != "Cairo" || !containsString(ms[0].Participants, "Hassan Rashad") {
		t.Errorf("got %+v, want the Cairo talks on 2025-11-30 with Rashad", ms)
	}
	if ms := meetingsAt(t, sat, "The talks between Russia and Ukraine have stalled."); len(ms) != 0 {
		t.Errorf("stalled talks with no time: %+v, want none", ms)
	}
}

// A relative clause after a delegation's leader ("whom Aoun appointed this
// month") neither adds its people nor makes the sentence another event's.
func TestARelativeClauseAfterTheLeaderIsAboutTheLeader(t *testing.T) {
	sat := time.Date(2025, 12, 20, 11, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sat, "Lebanese and Israeli civilian envoys held talks in Naqoura on Friday. "+
		"Lebanon's delegation was headed by former ambassador Simon Karam, whom Aoun appointed this month.")
	if len(ms) != 1 || !containsString(ms[0].Participants, "Simon Karam") || containsString(ms[0].Participants, "Joseph Aoun") {
		t.Errorf("got %+v, want Karam at the talks and not Aoun", ms)
	}
}

// A dinner or a lunch together is a meeting.
func TestADinnerTogetherIsAMeeting(t *testing.T) {
	wed := time.Date(2025, 12, 3, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, wed, "Starmer and Merz had dinner in Berlin on Sunday.")
	if len(ms) != 1 || ms[0].Date != "2025-11-30" || ms[0].Location != "Berlin" {
		t.Errorf("got %+v, want the Berlin dinner on 2025-11-30", ms)
	}
}
