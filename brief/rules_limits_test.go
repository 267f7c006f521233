package brief

import (
	"testing"
	"time"
)

// The limits of the day's rules, from a review of them: each case is an
// ordinary sentence a rule first read wrongly.
func TestRulesStayInTheirLane(t *testing.T) {
	mon := time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)
	for _, text := range []string{
		// urging is no visit
		"Emmanuel Macron called on Vladimir Putin on Tuesday to agree to a ceasefire.",
		"Keir Starmer called on Volodymyr Zelensky for restraint.",
		"Emmanuel Macron called on Vladimir Putin, saying the war must end.",
		// a delegation is a party only to a host
		"Donald Trump called the Ukrainian negotiators ungrateful on Tuesday.",
		// a denied report
		"The Kremlin denied a report in Le Monde that Vladimir Putin had met Donald Trump.",
	} {
		if ms := meetingsAt(t, mon, text); len(ms) != 0 {
			t.Errorf("%q: meetings %+v, want none", text, ms)
		}
	}
	// A demand dropped is no meeting called off.
	ms := meetingsAt(t, mon, "The demand for territory was dropped after Steve Witkoff met Vladimir Putin on Tuesday.")
	if len(ms) != 1 || ms[0].Modality != Held || ms[0].Date != "2025-11-25" {
		t.Errorf("meetings %+v, want one held on Tuesday", ms)
	}
	for text, want := range map[string]string{
		// a day counted from the last meeting only opens a clause, in tense
		"Donald Trump met Vladimir Putin in Alaska on August 15. The following day, Volodymyr Zelensky said he would meet Donald Trump in Washington.": "",
		// a week named in an aside or a that-clause is not the meeting's
		"Donald Trump said last week that he would meet Vladimir Putin on Thursday.":           "2025-12-04",
		"Volodymyr Zelensky, who visited Paris last week, will meet Donald Trump on Thursday.": "2025-12-04",
		"Steve Witkoff, who will return next week, met Vladimir Putin on Friday.":              "2025-11-28",
		"Volodymyr Zelensky has a meeting with Donald Trump on Friday.":                        "2025-12-05",
		"Volodymyr Zelensky is off to Washington to meet Donald Trump on Friday.":              "2025-12-05",
	} {
		ms := meetingsAt(t, mon, text)
		last := ms[len(ms)-1]
		if last.Date != want || last.Modality == Cancelled {
			t.Errorf("%q: meetings %+v, want the last on %q, not cancelled", text, ms, want)
		}
	}
	ms = meetingsAt(t, mon, "Dmitry Peskov said a meeting between Vladimir Putin and Donald Trump remained on the agenda but that it had been postponed.")
	if len(ms) != 1 || ms[0].Modality != Postponed {
		t.Errorf("meetings %+v, want one postponed", ms)
	}
	ms = meetingsAt(t, mon, "Steve Witkoff met Vladimir Putin in Moscow on Tuesday.\n\nFarmers blocked roads in Brussels for a third day. They will meet again on Friday.")
	if len(ms) != 1 {
		t.Errorf("meetings %+v, want only Tuesday's", ms)
	}
	ms = meetingsAt(t, mon, "Updated 28 November 2025\n\nVolodymyr Zelensky met Donald Trump at the White House.")
	if len(ms) != 1 || ms[0].Date == "2025-11-28" {
		t.Errorf("meetings %+v: a stamp dated the meeting", ms)
	}
	ms = meetingsAt(t, mon, "Donald Trump and Vladimir Putin will meet in Budapest in mid-December 2026. Donald Trump and Vladimir Putin will meet in Budapest on December 10.")
	if len(ms) != 2 {
		t.Errorf("meetings %+v: December 2026 is not December 2025", ms)
	}
}

// Names and takes the day's rules must not make.
func TestNamesAndTakesStayInTheirLane(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Kenyan President William Ruto attended the banquet. Prince William met Donald Trump at Windsor on Tuesday.")
	for _, m := range x.Meetings {
		if containsString(m.Participants, "William Ruto") {
			t.Errorf("Prince William is Ruto: %+v", m)
		}
	}
	x = extractWith(t, g, "France's Le Monde reported on it. The Ukrainian delegation, led by Rustem Umerov, arrived late after flights were disrupted by Storm Bert. The funding round was led by Andreessen Horowitz.")
	for _, n := range []string{"Le Monde", "Storm Bert", "Andreessen Horowitz"} {
		if a, ok := actor(x, n); ok && a.Kind == Person {
			t.Errorf("%s is a person", n)
		}
	}
	ms := meetingsAt(t, testPub, "India's foreign secretary will visit Washington next week to meet Marco Rubio.")
	if len(ms) != 1 || containsString(ms[0].Participants, "S. Jaishankar") {
		t.Errorf("meetings %+v: India's foreign secretary is not its minister", ms)
	}
	if offs := officesOf("Prime Minister of Trinidad and Tobago", g.bodyIndex); len(offs) != 1 || g.actors[offs[0].key.body].Name != "Trinidad and Tobago" {
		t.Errorf("offices %+v, want one of Trinidad and Tobago", offs)
	}
	xt := extractDoc(t, Document{Text: "By Keir Starmer\n\nBritain will stand with Ukraine, and Vladimir Putin must stop.", Tags: []string{"opinion"}})
	if len(xt.Takes) != 0 {
		t.Errorf("a head of government's op-ed became takes: %+v", xt.Takes)
	}
	xt = extractDoc(t, Document{Text: "Two million people fled, according to estimates by the Norwegian Refugee Association."})
	if len(xt.Takes) != 0 {
		t.Errorf("a count became a take: %+v", xt.Takes)
	}
}

// What a second review of the rules found.
func TestRulesStayInTheirLaneAgain(t *testing.T) {
	tue := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	for text, want := range map[string]struct {
		modality Modality
		date     string
	}{
		// what the call's that-clause calls off is not the call
		"Recep Tayyip Erdogan told Vladimir Putin in a phone call on Monday that the sanctions should be scrapped.": {Held, "2026-03-09"},
		// a visit's purpose is no demand
		"Narendra Modi called on Vladimir Putin at the Kremlin on Tuesday to discuss trade.": {Held, "2026-03-10"},
		// a clause of its own after a denied report
		"The Kremlin denied reports that Vladimir Putin was ill, but Vladimir Putin met Donald Trump in Moscow on Friday.": {Held, "2026-03-06"},
		// "off until further notice" is off
		"The meeting between Vladimir Putin and Donald Trump was off until further notice.": {Cancelled, ""},
	} {
		ms := meetingsAt(t, tue, text)
		if len(ms) != 1 || ms[0].Modality != want.modality || ms[0].Date != want.date {
			t.Errorf("%q: meetings %+v, want one %s on %q", text, ms, want.modality, want.date)
		}
	}
	for _, text := range []string{
		"Benjamin Netanyahu, the prime minister, will fly to Paris on Sunday to meet lawmakers.",
		"The anniversary of the meeting of France and Germany falls next week.",
	} {
		if ms := meetingsAt(t, tue, text); len(ms) != 0 {
			t.Errorf("%q: meetings %+v, want none", text, ms)
		}
	}
	ms := meetingsAt(t, tue, "Benjamin Netanyahu will fly to Washington on Sunday to meet the president-elect.")
	for _, m := range ms {
		if containsString(m.Participants, "Donald Trump") {
			t.Errorf("the president-elect is the president: %+v", m)
		}
	}
	ms = meetingsAt(t, tue, "Vladimir Putin will meet Donald Trump on Friday to discuss investment in the Russian capital market.")
	if len(ms) != 1 || ms[0].Location != "" {
		t.Errorf("meetings %+v: a capital market is no place", ms)
	}
	ms = meetingsAt(t, tue, "Mohammed bin Salman met Donald Trump in Riyadh on Monday. On Tuesday Prince Mohammed met Marco Rubio.")
	if len(ms) != 2 || !containsString(ms[1].Participants, "Mohammed bin Salman") {
		t.Errorf("meetings %+v, want Prince Mohammed to be Mohammed bin Salman", ms)
	}
	ms = meetingsAt(t, tue, "18 March\n\nDonald Trump meets Vladimir Putin in Moscow.\n\n19 March\n\nMarco Rubio meets Sergei Lavrov in Geneva.")
	if len(ms) != 2 || ms[0].Date != "2026-03-18" || ms[1].Date != "2026-03-19" {
		t.Errorf("meetings %+v, want the headings' 18 and 19 March", ms)
	}
	// One date line alone is a stamp, not a calendar.
	ms = meetingsAt(t, tue, "18 March\n\nDonald Trump meets Vladimir Putin in Moscow.")
	if len(ms) != 1 || ms[0].Date != "" {
		t.Errorf("meetings %+v, want a stamp to date nothing", ms)
	}
	fri := time.Date(2026, 3, 13, 10, 0, 0, 0, time.UTC)
	ms = meetingsAt(t, fri, "Last week, Donald Trump met Vladimir Putin on Thursday.")
	if len(ms) != 1 || ms[0].Date != "2026-03-05" {
		t.Errorf("meetings %+v, want last week's Thursday", ms)
	}
	x := extractWith(t, builtIn(t), "Qatar's Mohammed bin Khalifa met Marco Rubio in Doha. The funding round, led by Andreessen Horowitz, will help the team hire engineers.")
	if a, ok := actor(x, "Mohammed bin Khalifa"); !ok || a.Kind != Person {
		t.Errorf("Mohammed bin Khalifa: %+v %v, want a person", a, ok)
	}
	if a, ok := actor(x, "Andreessen Horowitz"); ok && a.Kind == Person {
		t.Errorf("Andreessen Horowitz is a person")
	}
}

// What a third review found.
func TestRulesStayInTheirLaneThrice(t *testing.T) {
	tue := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	for text, want := range map[string]Modality{
		"The meeting between Vladimir Putin and Donald Trump was called off for security reasons.":                 Cancelled,
		"The summit between Vladimir Putin and Donald Trump in Budapest was called off to avoid a wasted meeting.": Cancelled,
	} {
		ms := meetingsAt(t, tue, text)
		if len(ms) != 1 || ms[0].Modality != want {
			t.Errorf("%q: meetings %+v, want one %s", text, ms, want)
		}
	}
	for _, text := range []string{
		"Emmanuel Macron called on Vladimir Putin to sign the ceasefire agreement.",
		"Emmanuel Macron called on Vladimir Putin for a ceasefire.",
		"Emmanuel Macron called on Benjamin Netanyahu to deliver aid to Gaza.",
	} {
		if ms := meetingsAt(t, tue, text); len(ms) != 0 {
			t.Errorf("%q: meetings %+v, want none", text, ms)
		}
	}
	for text, place := range map[string]string{
		"Narendra Modi will meet Vladimir Putin in the Russian capital for talks on trade.":         "Moscow",
		"Narendra Modi will meet Vladimir Putin to discuss trade on Friday in the Russian capital.": "Moscow",
	} {
		ms := meetingsAt(t, tue, text)
		if len(ms) != 1 || ms[0].Location != place {
			t.Errorf("%q: meetings %+v, want it in %s", text, ms, place)
		}
	}
	ms := meetingsAt(t, tue, "The meeting of France and Germany will take place in Paris next week.")
	if len(ms) != 1 {
		t.Errorf("meetings %+v, want the meeting of France and Germany", ms)
	}
	ms = meetingsAt(t, tue, "Benjamin Netanyahu will hold talks in Paris on Sunday with the president.")
	if len(ms) != 1 || !containsString(ms[0].Participants, "Emmanuel Macron") {
		t.Errorf("meetings %+v, want Macron", ms)
	}
	ms = meetingsAt(t, tue, "Volodymyr Zelensky, who visited Paris last week, on Monday met Donald Trump in Kyiv.")
	if len(ms) != 1 || ms[0].Date != "2026-03-09" {
		t.Errorf("meetings %+v, want this Monday", ms)
	}
	ms = meetingsAt(t, tue, "The Congolese delegation to the talks in Doha on Monday will be led by Kofi Mensah-Boateng.")
	x := extractWith(t, builtIn(t), "The funding round was led by Andreessen Horowitz, and the government delegation will be led by Kofi Mensah.")
	if _, ok := actor(x, "Kofi Mensah"); !ok {
		t.Errorf("Kofi Mensah is not found: %+v", x.Actors)
	}
	ms = meetingsAt(t, tue, "Mohammed bin Salman met Donald Trump in Riyadh on Monday. On Tuesday Sheikh Mohammed met Marco Rubio in Dubai.")
	for _, m := range ms {
		if m.Date == "2026-03-10" && containsString(m.Participants, "Mohammed bin Salman") {
			t.Errorf("Sheikh Mohammed is Mohammed bin Salman: %+v", m)
		}
	}
	ms = meetingsAt(t, tue, "10 March 2026\n\nThe ministers spoke on Monday.\n\nOfficials said the talks went well.\n\nDonald Trump met Vladimir Putin in Moscow.")
	for _, m := range ms {
		if m.Date == "2026-03-10" {
			t.Errorf("a stamp dated a meeting: %+v", m)
		}
	}
}
