package brief

import (
	"testing"
	"time"
)

// Sentences that refer back to a meeting: a delegation named in the future
// belongs to the meeting still planned, not to the talks just held; "the
// two men" are the last meeting's people even past a sentence naming no
// one; a meeting counted ("have met three times") is no event.
func TestSentencesThatReferBack(t *testing.T) {
	fri := time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, fri, "Ukrainian and Russian delegations will meet in Istanbul on Wednesday, Turkish Foreign Minister Hakan Fidan said. "+
		"Fidan announced the date after talks in Istanbul with his Slovak counterpart Juraj Blanar. "+
		"The Ukrainian side will be led by Rustem Umerov, and the Russian delegation by presidential aide Vladimir Medinsky.")
	var wed, slovak *Meeting
	for i := range ms {
		switch ms[i].Date {
		case "2026-11-25":
			wed = &ms[i]
		case "":
			slovak = &ms[i]
		}
	}
	if wed == nil || !containsString(wed.Participants, "Rustem Umerov") || !containsString(wed.Participants, "Vladimir Medinsky") {
		t.Errorf("meetings %+v: want Umerov and Medinsky at Wednesday's talks", ms)
	}
	if slovak != nil && containsString(slovak.Participants, "Rustem Umerov") {
		t.Errorf("Umerov joined Fidan's talks with Blanar: %+v", slovak)
	}

	tue := time.Date(2026, 11, 3, 18, 0, 0, 0, time.UTC)
	ms = meetingsAt(t, tue, "Massad Boulos plans to stop in Port Sudan to see Abdel Fattah Burhan. No date has been fixed. The two men last met in Zurich in August 2025.")
	found := false
	for _, m := range ms {
		found = found || m.Location == "Zurich" && m.Modality == Held && sameSet(m.Participants, []string{"Massad Boulos", "Abdel Fattah al-Burhan"})
	}
	if !found {
		t.Errorf("meetings %+v, want Boulos and Burhan in Zurich", ms)
	}
	ms = meetingsAt(t, tue, "Recep Tayyip Erdogan met Volodymyr Zelensky on Sunday. The two delegations have met three times in Istanbul since May 2025.")
	if len(ms) != 1 {
		t.Errorf("meetings %+v, want only Sunday's", ms)
	}
}

// "President Abdel Fattah el-Sissi": given names before a known surname
// are that person's, not a new "Abdel Fattah". A cue ending a compound
// ("a long-delayed exchange") does not postpone the talks.
func TestGivenNamesBeforeAKnownSurname(t *testing.T) {
	tue := time.Date(2026, 11, 3, 18, 0, 0, 0, time.UTC)
	x := extractWith(t, builtIn(t), "Sudan's military leader, Gen. Abdel Fattah Burhan, met Egyptian President Abdel Fattah el-Sissi in Cairo on Tuesday.")
	if _, ok := actor(x, "Abdel Fattah"); ok {
		t.Errorf("a new person from el-Sisi's given names: %+v", x.Actors)
	}
	if _, ok := actor(x, "Abdel Fattah el-Sisi"); !ok {
		t.Errorf("el-Sisi is not an actor: %+v", x.Actors)
	}
	ms := meetingsAt(t, tue, "Negotiators for Congo and the M23 led by Jean-Pierre Kalala and Benjamin Mbonimpa ended a new round of talks in Doha on Tuesday without agreeing a long-delayed prisoner exchange.")
	if len(ms) != 1 || ms[0].Modality != Held || ms[0].Date != "2026-11-03" {
		t.Errorf("meetings %+v, want talks held on Tuesday", ms)
	}
}

// A weekday after "last week" in its sentence is that week's; "the
// following day" is the day after the meeting just reported.
func TestDaysCountedFromTheLastMeeting(t *testing.T) {
	thu := time.Date(2026, 10, 15, 8, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Peter Sørensen was in Pristina last week, where he met Prime Minister Albin Kurti on Thursday. "+
		"The following day he travelled to Belgrade and was received by President Aleksandar Vučić, who told him that Belgrade was ready.")
	want := map[string]string{"Albin Kurti": "2026-10-08", "Aleksandar Vučić": "2026-10-09"}
	for _, m := range ms {
		for who, day := range want {
			if containsString(m.Participants, who) && m.Date == day {
				delete(want, who)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("meetings %+v: missing %v", ms, want)
	}
	ms = meetingsAt(t, thu, "Albin Kurti will meet Peter Sørensen on Tuesday, and the talks will continue next week.")
	if len(ms) != 1 || ms[0].Date != "2026-10-20" {
		t.Errorf("meetings %+v, want Tuesday 2026-10-20", ms)
	}
}

// "have held their first talks ... in the Omani capital, Muscat": a
// possessive after "held" reports talks, and a place named after its
// description is where they were; "has been dropped" calls one off.
func TestTalksHeldInANamedCapital(t *testing.T) {
	sun := time.Date(2026, 11, 8, 22, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sun, "Iranian and American negotiators have held their first talks in more than a year, in the Omani capital, Muscat.")
	if len(ms) != 1 || ms[0].Location != "Muscat" || ms[0].Modality != Held || !sameSet(ms[0].Participants, []string{"Iran", "United States"}) {
		t.Errorf("meetings %+v, want Iran and the United States held in Muscat", ms)
	}
	ms = meetingsAt(t, sun, "A meeting between António Costa and Moldova's President Maia Sandu, pencilled in for 19:00 tonight, has been dropped because the dinner started late.")
	if len(ms) != 1 || ms[0].Modality != Cancelled {
		t.Errorf("meetings %+v, want one cancelled", ms)
	}
}

// A plural title listing "Mher Grigoryan of Armenia and Shahin Mustafayev
// of Azerbaijan" names both, each of their country, with the title in the
// singular; "the Armenian town of Ijevan" is where they meet; a stop
// "before flying on to Hanoi" is not; a name news shortens ("Theresa
// Lazaro") is the gazetteer's person.
func TestPeopleListedAfterAPluralTitle(t *testing.T) {
	sat := time.Date(2026, 11, 1, 13, 0, 0, 0, time.UTC)
	text := "Under the timetable, the deputy prime ministers who lead the two border commissions, Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan, will meet in the Armenian town of Ijevan on November 12."
	x := extractWith(t, builtIn(t), text)
	for who, aff := range map[string]string{"Mher Grigoryan": "Armenia", "Shahin Mustafayev": "Azerbaijan"} {
		if a, ok := actor(x, who); !ok || a.Affiliation != aff || a.Role != "deputy prime minister" {
			t.Errorf("%s: %+v %v, want a deputy prime minister of %s", who, a, ok, aff)
		}
	}
	ms := meetingsAt(t, sat, text)
	if len(ms) != 1 || ms[0].Location != "Ijevan" || ms[0].Date != "2026-11-12" || !sameSet(ms[0].Participants, []string{"Mher Grigoryan", "Shahin Mustafayev"}) {
		t.Errorf("meetings %+v, want Grigoryan and Mustafayev in Ijevan on November 12", ms)
	}
	ms = meetingsAt(t, sat, "Wang Yi is scheduled to call on President Ferdinand Marcos Jr. on Tuesday before flying on to Hanoi. Secretary of State Marco Rubio spoke with Theresa Lazaro by phone last Thursday.")
	if len(ms) != 2 || ms[0].Location == "Hanoi" || !containsString(ms[1].Participants, "Maria Theresa Lazaro") {
		t.Errorf("meetings %+v, want Wang and Marcos not in Hanoi, and Rubio's call with Lazaro", ms)
	}
}

// A calendar's heading ("TUESDAY, 24 NOVEMBER") dates what its paragraph
// plans; "later the same evening" is the day of the call before; a denied
// report of a call is no call.
func TestCalendarHeadingsAndTheSameEvening(t *testing.T) {
	sun := time.Date(2026, 11, 22, 18, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sun, "The week ahead.\n\nTUESDAY, 24 NOVEMBER\n\nAnthony Albanese is in New Delhi for the annual leaders' summit with Narendra Modi.\n\n"+
		"WHAT TO WATCH\n\nAnthony Albanese will meet Keir Starmer.")
	if len(ms) != 2 || ms[0].Date != "2026-11-24" || ms[1].Date != "" {
		t.Errorf("meetings %+v, want Albanese and Modi on 24 November, then Starmer undated", ms)
	}
	tue := time.Date(2026, 11, 17, 16, 0, 0, 0, time.UTC)
	ms = meetingsAt(t, tue, "US President Donald Trump spoke with Vladimir Putin by phone on Monday, the Kremlin said. "+
		"Trump then called President Volodymyr Zelenskyy later the same evening, the Ukrainian presidential office said.\n\n"+
		"The Kremlin on Tuesday denied a report in Le Monde that Putin and Emmanuel Macron had spoken by phone last week.")
	if len(ms) != 2 || ms[1].Date != "2026-11-16" || containsString(ms[1].Participants, "Emmanuel Macron") {
		t.Errorf("meetings %+v, want Trump's two calls on Monday and no Macron", ms)
	}
}

// "was received by Niger's military ruler, Gen. Abdourahamane Tiani": a
// passive host named after a possessive and a title; a visit that "is off"
// is called off; "last met ... a year ago" is still a past meeting.
func TestReceivedByARulerAndVisitsOff(t *testing.T) {
	mon := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "We spoke to him after ECOWAS Commission President Omar Alieu Touray was received by Niger's military ruler, Gen. Abdourahamane Tiani, in Niamey on Saturday.")
	if len(ms) != 1 || ms[0].Date != "2026-11-21" || ms[0].Location != "Niamey" || !sameSet(ms[0].Participants, []string{"Omar Alieu Touray", "Abdourahamane Tiani"}) {
		t.Errorf("meetings %+v, want Touray and Tiani in Niamey on Saturday", ms)
	}
	ms = meetingsAt(t, mon, "A visit by NATO Secretary General Mark Rutte to Donald Trump, floated for next week, is off.")
	if len(ms) != 1 || ms[0].Modality != Cancelled {
		t.Errorf("meetings %+v, want one cancelled", ms)
	}
	ms = meetingsAt(t, mon, "Pete Hegseth will meet Dong Jun in Manila on Nov. 17. The two last met in Kuala Lumpur a year ago.")
	if len(ms) != 2 || ms[1].Location != "Kuala Lumpur" || ms[1].Modality != Held {
		t.Errorf("meetings %+v, want their meeting in Kuala Lumpur too", ms)
	}
}

// "telephoned" is a call; "Sheikh Mohammed" is the Sheikh Mohammed named
// in full before; a visit to a leader's office meets the leader.
func TestCallsTitlesAndOffices(t *testing.T) {
	thu := time.Date(2026, 11, 5, 11, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Prime Minister Benjamin Netanyahu telephoned Sheikh Mohammed bin Abdulrahman Al Thani on Tuesday to apologise.")
	if len(ms) != 1 || !ms[0].Call || ms[0].Date != "2026-11-03" {
		t.Errorf("meetings %+v, want Tuesday's call", ms)
	}
	ms = meetingsAt(t, thu, "Sheikh Mohammed bin Abdulrahman Al Thani is Qatar's prime minister. "+
		"Sheikh Mohammed will be in Washington on Monday for talks with Secretary of State Marco Rubio.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Mohammed bin Abdulrahman Al Thani", "Marco Rubio"}) {
		t.Errorf("meetings %+v, want Sheikh Mohammed and Rubio", ms)
	}
	for text, host := range map[string]string{
		"NATO Secretary General Mark Rutte will visit the White House next week.": "Donald Trump",
		"Keir Starmer will visit the Kremlin next week.":                          "Vladimir Putin",
	} {
		ms := meetingsAt(t, thu, text)
		if len(ms) != 1 || !containsString(ms[0].Participants, host) {
			t.Errorf("%q: meetings %+v, want %s among the participants", text, ms, host)
		}
	}
}

// "will hold a video call" and "has a meeting with" report meetings as a
// verb would; "to see Commerce Secretary Howard Lutnick" names the person
// past the portfolio and title.
func TestHoldingAMeetingAndSeeingASecretary(t *testing.T) {
	tue := time.Date(2026, 11, 24, 17, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Emmanuel Macron and Li Qiang will hold a phone call next week.",
		"Emmanuel Macron has a meeting with Li Qiang next week.",
	} {
		ms := meetingsAt(t, tue, text)
		if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Emmanuel Macron", "Li Qiang"}) || ms[0].When != "next week" {
			t.Errorf("%q: meetings %+v, want Macron and Li next week", text, ms)
		}
	}
	if ms := meetingsAt(t, tue, "Emmanuel Macron said the meeting with Li Qiang was useful."); len(ms) != 0 {
		t.Errorf("a meeting referred to is reported: %+v", ms)
	}
	ms := meetingsAt(t, tue, "Marcelo Ebrard is expected to see Commerce Secretary Howard Lutnick on Friday.")
	if len(ms) != 1 || ms[0].Date != "2026-11-27" || !containsString(ms[0].Participants, "Howard Lutnick") {
		t.Errorf("meetings %+v, want Ebrard and Lutnick on Friday", ms)
	}
}

// "The ASEAN summit opens on Sunday": a noun whose verb is in the present
// is scheduled, so its Sunday is the coming one.
func TestASummitThatOpens(t *testing.T) {
	tue := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "The ASEAN summit opens in Kuala Lumpur on Sunday.")
	if len(ms) != 1 || ms[0].Date != "2026-11-15" || ms[0].Modality != Planned {
		t.Errorf("meetings %+v, want the summit planned on 2026-11-15", ms)
	}
}

// ", hosted by Erdoğan" does not take the meeting's day; "will receive a
// Hamas delegation" meets a party; "declined to receive" meets no one.
func TestHostsDelegationsAndRefusals(t *testing.T) {
	tue := time.Date(2026, 11, 17, 16, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "Ilham Aliyev and Nikol Pashinyan will meet in Antalya on Thursday, hosted by Recep Tayyip Erdoğan.")
	if len(ms) != 1 || ms[0].Date != "2026-11-19" {
		t.Errorf("meetings %+v, want Thursday 2026-11-19", ms)
	}
	ms = meetingsAt(t, tue, "Abdel Fattah el-Sisi will receive a Hamas delegation on Thursday.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Abdel Fattah el-Sisi", "Hamas"}) {
		t.Errorf("meetings %+v, want el-Sisi and Hamas", ms)
	}
	if ms := meetingsAt(t, tue, "Niger's military leader, Gen. Abdourahamane Tiani, declined to receive an ECOWAS delegation in June."); len(ms) != 0 {
		t.Errorf("a refused meeting: %+v", ms)
	}
}

// "received his Saudi counterpart, Prince Faisal bin Farhan": the name
// set off after the office; "his counterparts from Saudi Arabia, the UAE
// and Egypt" is a list, not an apposition that ends the clause.
func TestCounterpartsNamedAndListed(t *testing.T) {
	sun := time.Date(2026, 11, 30, 16, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, sun, "Sheikh Abdullah bin Zayed Al Nahyan received his Saudi counterpart, Prince Faisal bin Farhan Al Saud, in Abu Dhabi today.")
	if len(ms) != 1 || ms[0].Date != "2026-11-30" || !containsString(ms[0].Participants, "Faisal bin Farhan") {
		t.Errorf("meetings %+v, want Abdullah bin Zayed and Faisal today", ms)
	}
	ms = meetingsAt(t, sun, "US Secretary of State Marco Rubio will host his counterparts from Saudi Arabia, the UAE and Egypt in Washington on December 8.")
	if len(ms) != 1 || ms[0].Date != "2026-12-08" || len(ms[0].Participants) != 4 {
		t.Errorf("meetings %+v, want Rubio and three countries on December 8", ms)
	}
}

// "The delegation will be led by X and the rebels' by Y": both are people,
// and they join the round announced just before, which then stands.
func TestDelegationLeadersJoinTheRound(t *testing.T) {
	thu := time.Date(2027, 1, 21, 9, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, thu, "Qatar will convene the Congolese government and the M23 in Doha next week for a new round on prisoner exchanges. "+
		"The government's delegation will be led by presidential envoy Jean-Pierre Kalonji-Mbala and the rebels' by Benjamin Mbonimpa.")
	if len(ms) != 1 || ms[0].Location != "Doha" || !containsString(ms[0].Participants, "Benjamin Mbonimpa") || !containsString(ms[0].Participants, "Jean-Pierre Kalonji-Mbala") {
		t.Errorf("meetings %+v, want the Doha round with both leaders", ms)
	}
	x := extractWith(t, builtIn(t), "An Indian delegation led by Additional Secretary Nitin Bhardwaj will hold talks in London.")
	if _, ok := actor(x, "Additional Secretary"); ok {
		t.Errorf("a title became a person: %+v", x.Actors)
	}
}

// "the 24th round of talks" counts rounds, it is no day; "told Putin in a
// phone call on Monday that Turkey was ready to host talks" reports a call
// held, whatever the that-clause plans; "paid a courtesy call on" and
// "dined with" are meetings held.
func TestRoundsCallsAndDinners(t *testing.T) {
	tue := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"Wang Yi and Ajit Doval held the 24th round of boundary talks in New Delhi on Monday.":                    "2026-11-09",
		"Recep Tayyip Erdogan told Vladimir Putin in a phone call on Monday that Turkey was ready to host talks.": "2026-11-09",
		"Sun Weidong paid a courtesy call on President Ferdinand Marcos Jr. on Monday.":                           "2026-11-09",
		"Marco Rubio dined with Israeli President Isaac Herzog on Monday evening.":                                "2026-11-09",
	} {
		ms := meetingsAt(t, tue, text)
		if len(ms) != 1 || ms[0].Date != want || ms[0].Modality != Held {
			t.Errorf("%q: meetings %+v, want one held on %s", text, ms, want)
		}
	}
	ms := meetingsAt(t, tue, "U.S. and Ukrainian officials led by Steve Witkoff and Rustem Umerov are due to meet again on the 8th to work on a mechanism.")
	if len(ms) != 1 || ms[0].Date != "2026-12-08" {
		t.Errorf("meetings %+v, want the 8th of next month", ms)
	}
}

// "are expected to hold bilateral talks": "expected" before "to" is no
// past verb, so the talks are planned.
func TestExpectedToHoldTalks(t *testing.T) {
	ms := meetingsAt(t, time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC), "Narendra Modi and Xi Jinping are expected to hold bilateral talks on the sidelines of the BRICS summit.")
	if len(ms) != 1 || ms[0].Modality != Planned {
		t.Errorf("meetings %+v, want one planned", ms)
	}
}

// "in mid-December" is kept as the meeting's when, naming no day; a dated
// report of that month is the same meeting, one of another month is not.
func TestAMonthAsTheWhen(t *testing.T) {
	tue := time.Date(2026, 11, 10, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "Leaders from the Group of 20 will meet in Miami in mid-December.")
	if len(ms) != 1 || ms[0].When != "mid-December" || ms[0].Date != "" {
		t.Errorf("meetings %+v, want the G20 in mid-December", ms)
	}
	ms = meetingsAt(t, tue, "Vladimir Putin will meet Narendra Modi in December. Modi will meet Putin in Moscow on December 4.")
	if len(ms) != 1 || ms[0].Date != "2026-12-04" {
		t.Errorf("meetings %+v, want one meeting on December 4", ms)
	}
	ms = meetingsAt(t, tue, "Vladimir Putin will meet Narendra Modi in January. Modi will meet Putin in Moscow on December 4.")
	if len(ms) != 2 {
		t.Errorf("meetings %+v, want January's and December 4's apart", ms)
	}
}

// "is due in Berlin on Monday for talks" plans them; "a meeting of U.S.,
// Ukrainian and Russian officials ... next week" is one of those countries,
// kept for its week though it names no one.
func TestDueInAndAMeetingOfCountries(t *testing.T) {
	tue := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "Volodymyr Zelensky is due in Berlin on Monday for talks with Friedrich Merz.")
	if len(ms) != 1 || ms[0].Date != "2026-03-16" || ms[0].Modality != Planned {
		t.Errorf("meetings %+v, want talks planned on Monday 2026-03-16", ms)
	}
	ms = meetingsAt(t, tue, "A trilateral meeting of U.S., Ukrainian and Russian officials is planned for next week in Abu Dhabi.")
	if len(ms) != 1 || len(ms[0].Participants) != 3 || ms[0].When != "next week" {
		t.Errorf("meetings %+v, want the three countries next week", ms)
	}
}

// A person a meeting adds without naming ("will visit the Kremlin") is in
// the article's actors too, with no mention of his own.
func TestAnImpliedHostIsListed(t *testing.T) {
	x := extractWith(t, builtIn(t), "Keir Starmer will visit the Kremlin next week.")
	a, ok := actor(x, "Vladimir Putin")
	if !ok || a.Mentions != 0 {
		t.Errorf("Putin: %+v %v, want listed with no mention", a, ok)
	}
}

// "at the end of the month" and "by the middle of next week" are kept whole
// as the meeting's when; an ISO date is a day.
func TestPartsOfPeriodsAndISODates(t *testing.T) {
	tue := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	for text, want := range map[string][2]string{
		"Vladimir Putin will meet Donald Trump at the end of the month.":    {"", "the end of the month"},
		"Vladimir Putin will meet Donald Trump by the middle of next week.": {"", "the middle of next week"},
		"Vladimir Putin will meet Donald Trump on 2026-03-18.":              {"2026-03-18", "on 2026-03-18"},
	} {
		ms := meetingsAt(t, tue, text)
		if len(ms) != 1 || ms[0].Date != want[0] || ms[0].When != want[1] {
			t.Errorf("%q: meetings %+v, want date %q when %q", text, ms, want[0], want[1])
		}
	}
}

// "in the Hungarian capital" places a meeting in Budapest; a country with
// two seats (Bolivia) names no one place.
func TestTheCapitalOfACountry(t *testing.T) {
	tue := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "Vladimir Putin will meet Donald Trump in the Hungarian capital on Thursday.")
	if len(ms) != 1 || ms[0].Location != "Budapest" {
		t.Errorf("meetings %+v, want Budapest", ms)
	}
	ms = meetingsAt(t, tue, "Luiz Inácio Lula da Silva will meet Javier Milei in the Bolivian capital on Thursday.")
	if len(ms) != 1 || ms[0].Location != "" {
		t.Errorf("meetings %+v, want no place", ms)
	}
}

// "will fly to Washington on Sunday to meet the president": the office
// without a name is the head of the country the meeting is in.
func TestThePresidentThere(t *testing.T) {
	tue := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, tue, "Israel's prime minister will fly to Washington on Sunday to meet the president.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Benjamin Netanyahu", "Donald Trump"}) {
		t.Errorf("meetings %+v, want Netanyahu and Trump", ms)
	}
}
