package brief

import "testing"

func TestCapitalisedWordsBeforeAKnownSurnameAreNoGivenName(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct{ title, text, false_ string }{
		{"Leaked Putin memo stirs Congress", "The memo was first reported on Friday.", "Leaked Putin"},
		{"Secret Witkoff Channel Revealed", "Aides declined to comment.", "Secret Witkoff"},
		{"", "Angry Zelensky aides walked out of the room.", "Angry Zelensky"},
		{"", "• Furious Lavrov calls the plan a trap.", "Furious Lavrov"},
	} {
		x := NewExtractor(g).Extract(Document{ID: "t", Title: tc.title, Text: tc.text, Published: testPub})
		if hasActor(x, tc.false_) {
			t.Errorf("%q / %q: a capital made a person %q", tc.title, tc.text, tc.false_)
		}
	}
	// In running text an unknown capitalised word before a known surname is
	// another person's given name.
	x := extractWith(t, g, "The archive was opened by Harriet Putin, a historian, on Monday.")
	if !hasActor(x, "Harriet Putin") || hasActor(x, "Vladimir Putin") {
		t.Errorf("a namesake in running text: %+v", x.Actors)
	}
}

func TestWordsOfAnOrganisationNameAreNoPerson(t *testing.T) {
	g := builtIn(t)
	for _, text := range []string{
		"Jana Novak, a researcher at the Institute for Frontier Studies, said the offer was hollow.",
		"A report by the Centre for Eastern Affairs found the front was stable.",
		"Analysts at the Centre for Frontier Studies said the front was stable.",
		"The Lindqvist Policy Lab said sanctions were biting.",
	} {
		x := extractWith(t, g, text)
		for _, a := range x.Actors {
			if a.Kind == Person && a.Name != "Jana Novak" {
				t.Errorf("%q: person %q from an organisation's name", text, a.Name)
			}
		}
	}
}

func TestANameOfAnOrganisationThatSaysIsItsAnalyst(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Petr Hruby of the Centre for Eastern Affairs said Russia would stall the talks.")
	a, ok := actor(x, "Petr Hruby")
	if !ok || a.Affiliation != "Centre for Eastern Affairs" {
		t.Fatalf("speaker with an organisation: %+v", x.Actors)
	}
	if len(x.Takes) != 1 || x.Takes[0].Analyst != "Petr Hruby" || !containsString(x.Takes[0].About, "Russia") {
		t.Errorf("take: %+v", x.Takes)
	}
}

func TestACountryNamedAsWhereAPlaceIsIsNoActor(t *testing.T) {
	g := builtIn(t)
	for text, country := range map[string]string{
		"Putin spoke to reporters in Bishkek, the capital of Kyrgyzstan, on Thursday.": "Kyrgyzstan",
		"The delegation landed in the Polish capital late on Monday.":                  "Poland",
	} {
		if x := extractWith(t, g, text); hasActor(x, country) {
			t.Errorf("%q: %s listed as an actor: %+v", text, country, x.Actors)
		}
	}
	if x := extractWith(t, g, "Kyrgyzstan hosted the summit."); !hasActor(x, "Kyrgyzstan") {
		t.Errorf("a country that acts is an actor: %+v", x.Actors)
	}
}

func TestAFamilyNameFirstPersonIsFoundByTheFamilyName(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Foreign Minister Wang Yi arrived in Moscow on Monday. Wang is expected to meet Putin on Wednesday.")
	if a, ok := actor(x, "Wang Yi"); !ok || a.Mentions != 2 {
		t.Errorf("Wang Yi: %+v, want two mentions", a)
	}
	if len(x.Meetings) != 1 || !sameSet(x.Meetings[0].Participants, []string{"Wang Yi", "Vladimir Putin"}) {
		t.Errorf("meetings %+v, want Wang Yi and Putin", x.Meetings)
	}
}

func TestAMonthsNameCanBeAGivenName(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Opinion — by Jan Novak, a researcher at the Prague Security Studies Institute. Novak argued that Russia was testing NATO. In May Western leaders said little.")
	a, ok := actor(x, "Jan Novak")
	if !ok || a.Affiliation != "Prague Security Studies Institute" {
		t.Fatalf("Jan Novak: %+v, %v; actors %+v", a, ok, x.Actors)
	}
	if len(x.Takes) != 1 || x.Takes[0].Analyst != "Jan Novak" {
		t.Errorf("takes %+v, want Novak's", x.Takes)
	}
	for _, a := range x.Actors {
		if a.Kind == Person && a.Name != "Jan Novak" {
			t.Errorf("a month made a person: %s", a.Name)
		}
	}
}
