package brief

import (
	"testing"
	"time"
)

// Organisations the gazetteer lacks are found by the shape of their names,
// and meet; a capitalised run without a head word is none.
func TestOrganisationsAreFoundByTheShapeOfTheirNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		orgs []string
		not  []string
	}{
		{"The Senate Peace Commission will meet in Bogotá tonight.", []string{"Senate Peace Commission"}, nil},
		{"Talks began between the government and the Gaitanist Army of Colombia in Doha.", []string{"Gaitanist Army of Colombia"}, nil},
		{"The ECOWAS Mediation and Security Council met in Abuja on Friday.",
			[]string{"ECOWAS Mediation and Security Council"}, []string{"United Nations Security Council"}},
		{"The Party of Democratic Action (SDA) and the Social Democratic Party (SDP) held talks in Sarajevo. The SDA said a deal was near.",
			[]string{"Party of Democratic Action", "Social Democratic Party"}, nil},
		{"European Commission President Ursula von der Leyen met Lula on Monday.", nil, []string{"European Commission President"}},
		{"Arsenal play in the Champions League on Tuesday at the Bell Centre.", nil, []string{"Champions League", "Bell Centre"}},
	} {
		x := NewExtractor(builtIn(t)).Extract(Document{ID: "o", Text: tc.text, Published: testPub})
		for _, o := range tc.orgs {
			if a, ok := actor(x, o); !ok || a.Kind != Organization {
				t.Errorf("%q: no organisation %q in %+v", tc.text, o, x.Actors)
			}
		}
		for _, o := range tc.not {
			if hasActor(x, o) {
				t.Errorf("%q: %q is no organisation here: %+v", tc.text, o, x.Actors)
			}
		}
	}
	// The acronym names it later on.
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "o", Published: testPub,
		Text: "The Party of Democratic Action (SDA) met on Monday. The SDA said a deal was near."})
	if a, ok := actor(x, "Party of Democratic Action"); !ok || a.Mentions != 2 {
		t.Errorf("SDA: %+v, want two mentions", x.Actors)
	}
}

// A person named before "of" an organisation is its member, and the party
// is at the table through them.
func TestAMemberOfAnOrganisationIsAPerson(t *testing.T) {
	ms := meetingsOf(t, "Bakir Izetbegović of the Party of Democratic Action (SDA) and Dragan Čović of the Croatian Democratic Union (HDZ) held talks in Mostar on Saturday.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Bakir Izetbegović", "Dragan Čović"}) {
		t.Errorf("meetings %+v, want Izetbegović and Čović", ms)
	}
}

// A full name set off after its role is found, whatever qualifies the role.
func TestANameSetOffAfterItsRoleIsAPerson(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"The African Union's special envoy for the Horn of Africa, Ahmedou Ould-Tolba, met Abiy on Monday.", "Ahmedou Ould-Tolba"},
		{"The European Union's special representative in Bosnia and Herzegovina, Pieter van der Linden, began a round of meetings.", "Pieter van der Linden"},
		{"Premier Jeremy Rockliff met the independent member for Clark, Meg O'Halloran, in Hobart.", "Meg O'Halloran"},
	} {
		x := NewExtractor(builtIn(t)).Extract(Document{ID: "r", Text: tc.text, Published: testPub})
		if a, ok := actor(x, tc.name); !ok || a.Kind != Person {
			t.Errorf("%q: no person %q in %+v", tc.text, tc.name, x.Actors)
		}
	}
}

// Names headed from the front, as French and Spanish write them, end at
// "and"; an institute's seat is where it is, not an actor.
func TestOrganisationsHeadedFromTheFront(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "o", Published: testPub,
		Text: "Analysts at the Fundación Ideas para la Paz said the Parti Québécois and Québec solidaire would talk. " +
			"The Coalition Avenir Québec lost. Analysts at the ISEAS-Yusof Ishak Institute in Singapore said so."})
	for _, o := range []string{"Fundación Ideas para la Paz", "Parti Québécois", "Coalition Avenir Québec", "ISEAS-Yusof Ishak Institute"} {
		if a, ok := actor(x, o); !ok || a.Kind != Organization {
			t.Errorf("no organisation %q in %+v", o, x.Actors)
		}
	}
	if hasActor(x, "Singapore") || hasActor(x, "Parti Québécois and Québec") {
		t.Errorf("actors %+v: the seat and the pair are no actors", x.Actors)
	}
}

// A body named in full is named again by its head word: "Forum leaders",
// "the council"; a head word two bodies share names neither.
func TestABodyIsNamedAgainByItsHeadWord(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Pacific Islands Forum summit opened on Monday. Forum leaders will meet in Koror on Wednesday.", []string{"Pacific Islands Forum"}},
		{"The Inuit Circumpolar Council issued a statement. The council met in Nuuk on Friday.", []string{"Inuit Circumpolar Council"}},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) == 0 || !sameSet(ms[len(ms)-1].Participants, tc.want) {
			t.Errorf("%q: %+v, want the last meeting of %v", tc.text, ms, tc.want)
		}
	}
	if ms := meetingsAt(t, wed, "The UN Security Council and the European Council both spoke. The council met on Friday."); len(ms) != 0 {
		t.Errorf("a shared head word named one of them: %+v", ms)
	}
}
