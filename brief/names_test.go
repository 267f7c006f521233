package brief

import "testing"

func TestTitledNamesAreDiscoveredWithTheirRole(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct {
		text, name, role, affiliation string
	}{
		{"Freedonian Foreign Minister Tomas Varga arrived on Sunday.", "Tomas Varga", "Foreign Minister", ""},
		{"Special Envoy Arlo Pennick flew to Doha.", "Arlo Pennick", "Special Envoy", ""},
		{"Secretary of State Miriam Okafor will travel to Kyiv.", "Miriam Okafor", "Secretary of State", ""},
		{"Trump's son-in-law Ezra Hollis joined the talks.", "Ezra Hollis", "son-in-law", "United States"},
		{"Jana Kovacs, a senior fellow at the Wexford Institute, said the plan was weak.", "Jana Kovacs", "senior fellow", ""},
		{"Kremlin spokesman Pavel Orlov declined to comment.", "Pavel Orlov", "spokesman", ""},
		// A relative clause naming what the person leads is a role too.
		{`"The war has to stop," said Aldo Brenner, who leads Crisis Group's Horn of Africa project.`, "Aldo Brenner", "head of Crisis Group's Horn of Africa project", "International Crisis Group"},
		{"The deal was welcomed by Hendrik Vossen, who chairs the Dutch parliament's foreign affairs committee.", "Hendrik Vossen", "chair of the Dutch parliament's foreign affairs committee", "Netherlands"},
		{"Ilse Marren, who is a senior fellow at Chatham House, said the plan was weak.", "Ilse Marren", "senior fellow", "Chatham House"},
		// Titles stack, and a rank after a role's comma is no part of the name.
		{"The delegation was led by Deputy Energy Minister Mykola Kolnik.", "Mykola Kolnik", "Deputy Energy Minister", ""},
		{"A meeting with the committee's American chair, Lieutenant General Mark Tilman, was postponed.", "Mark Tilman", "American chair", "United States"},
		{"Grigoryan and his Azerbaijani counterpart, Shahin Mustafin, meet today.", "Shahin Mustafin", "Azerbaijani counterpart", "Azerbaijan"},
		{"A visit by Gal Hirshon, Israel's coordinator for hostages, was scrapped.", "Gal Hirshon", "coordinator for hostages", "Israel"},
		// A first name that is also a place ("Sofia") does not hide the person.
		{"Sofia Albuquerque, a director at Eurasia Group, said voters did not care.", "Sofia Albuquerque", "director", "Eurasia Group"},
		// A role's phrase may be long; an analyst's firm may be one word.
		{"Omar Khattib, a senior fellow in the Middle East Program at the Center for Strategic and International Studies, said so.", "Omar Khattib", "Center for Strategic and International Studies", "Center for Strategic and International Studies"},
		{"Daniela Orosco, an economist at Banorte, said the review would drag.", "Daniela Orosco", "economist", "Banorte"},
		{`"Delhi wants a club," said Beatriz Navarro-Lemos, who teaches international relations at the Getulio Vargas Foundation.`, "Beatriz Navarro-Lemos", "lecturer in international relations", "Getulio Vargas Foundation"},
		// A Chinese given name's second syllable may end in -ing.
		{"Chen Yu-ting, a research fellow at the Kestrel Institute in Taipei, said the drills rehearsed a quarantine.", "Chen Yu-ting", "research fellow", ""},
	} {
		x := extractWith(t, g, tc.text)
		a, ok := actor(x, tc.name)
		if !ok {
			t.Errorf("%q: %s not found; actors %+v", tc.text, tc.name, x.Actors)
			continue
		}
		if a.Kind != Person || !containsFoldSub(a.Role, tc.role) {
			t.Errorf("%q: %s kind %s role %q, want person with role %q", tc.text, tc.name, a.Kind, a.Role, tc.role)
		}
		if tc.affiliation != "" && a.Affiliation != tc.affiliation {
			t.Errorf("%q: %s affiliation %q, want %q", tc.text, tc.name, a.Affiliation, tc.affiliation)
		}
	}
}

func containsFoldSub(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && (indexFold(s, sub) >= 0)
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func TestSurnamesAndPossessivesResolveToTheFullName(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: testPub,
		Title: "Pennick to meet Varga",
		Text:  "Special Envoy Arlo Pennick will meet Foreign Minister Tomas Varga on Tuesday. Pennick's aides said Varga was ready. Mr. Pennick declined to comment."})
	p, ok := actor(x, "Arlo Pennick")
	if !ok || p.Mentions != 4 {
		t.Errorf("Arlo Pennick: %+v; want 4 mentions (headline, full name, possessive, Mr.)", p)
	}
	if v, ok := actor(x, "Tomas Varga"); !ok || v.Mentions != 3 {
		t.Errorf("Tomas Varga: %+v; want 3 mentions", v)
	}
	for _, a := range x.Actors {
		if a.Name == "Pennick" || a.Name == "Varga" {
			t.Errorf("surname as its own actor: %+v", a)
		}
	}
}

func TestMisspeltNameWithMatchingRoleResolves(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "The delegation was led by National Security and Defense Council Secretary Ustem Rumerov.")
	a, ok := actor(x, "Rustem Umerov")
	if !ok || !containsString(a.Aliases, "Ustem Rumerov") {
		t.Errorf("Ustem Rumerov with the NSDC role should resolve to Rustem Umerov: %+v", x.Actors)
	}
	// The same spelling with an unrelated role is someone else.
	x = extractWith(t, g, "Football coach Ustem Rumerov praised the team.")
	if hasActor(x, "Rustem Umerov") {
		t.Errorf("a close spelling without role evidence resolved to Umerov: %+v", x.Actors)
	}
	// A role alone does not turn a different name into the known holder.
	x = extractWith(t, g, "National Security and Defense Council Secretary Oleh Marchenko spoke.")
	if hasActor(x, "Rustem Umerov") || !hasActor(x, "Oleh Marchenko") {
		t.Errorf("a different name with the same role: %+v", x.Actors)
	}
}

func TestNoFalseActorsFromCapitals(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: testPub,
		Title: "Peace Plan Gains Momentum As Envoys Head East",
		Text: "On Monday the talks resumed. December Brings New Hope, officials said. Meanwhile Geneva hosted the session. " +
			"However the Black Sea remained tense. Several Western Diplomats Said nothing."})
	for _, a := range x.Actors {
		t.Errorf("false actor %+v", a)
	}
}

// "who runs a bakery" makes no role: only what a role verb governs with a
// definite article or a name does.
func TestRelativeClauseWithoutARoleGivesNone(t *testing.T) {
	x := extractWith(t, builtIn(t), "Jan Novak, who runs a bakery in Brno, said prices were up.")
	if a, ok := actor(x, "Jan Novak"); ok && a.Role != "" {
		t.Errorf("Jan Novak has role %q from a relative clause with no role in it", a.Role)
	}
}

// An organisation after "at" is the parent of the one before it, not its seat.
func TestParentOrganisationAfterAtIsAnActor(t *testing.T) {
	x := extractWith(t, builtIn(t), "The Centre for Geopolitics at Chatham House said the Kremlin is playing for time.")
	if _, ok := actor(x, "Chatham House"); !ok {
		t.Errorf("Chatham House not an actor: %+v", x.Actors)
	}
	x = extractWith(t, builtIn(t), "Researchers at the ISEAS-Yusof Ishak Institute in Singapore said the vote was close.")
	if _, ok := actor(x, "Singapore"); ok {
		t.Errorf("Singapore, the institute's seat, is an actor: %+v", x.Actors)
	}
}

// Aliases with a possessive in them match; an organisation a person works
// for is an actor even where it is named only as the place they work.
func TestPossessiveAliasesAndEmployersAreActors(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct{ text, want string }{
		{"The People's Liberation Army's Eastern Theatre Command said the drills ended.", "People's Liberation Army"},
		{"Russian forces advanced, Ukraine's General Staff said on Tuesday.", "General Staff of the Armed Forces of Ukraine"},
		{"Lina Hadid, an associate fellow in the Middle East Programme at Chatham House, said so.", "Chatham House"},
		{"Renee Castilla, a political scientist at the University of Houston, said the race was close.", "University of Houston"},
	} {
		if _, ok := actor(extractWith(t, g, tc.text), tc.want); !ok {
			t.Errorf("%q: %s is not an actor", tc.text, tc.want)
		}
	}
	// The possessive still ends a name where the alias has none.
	x := extractWith(t, g, "Putin's aide Yuri Ushakov said talks were useful.")
	if _, ok := actor(x, "Vladimir Putin"); !ok {
		t.Errorf("Putin lost to a possessive: %+v", x.Actors)
	}
}

// Accents or none, a name finds its actor: the text and the gazetteer's
// aliases fold alike.
func TestAccentsDoNotHideAnActor(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct{ text, want string }{
		{"Serbian President Aleksandar Vucic said no.", "Aleksandar Vučić"},
		{"Trade commissioner Maros Sefcovic flew to Washington.", "Maroš Šefčovič"},
		{"Erdoğan said Turkey was ready.", "Recep Tayyip Erdogan"},
		{"The VVD's Dilan Yesilgöz-Zegerius said no.", "Dilan Yeşilgöz-Zegerius"},
		// A party after a place and a comma is no place: "In The Hague, D66 leader".
		{"In The Hague, D66 leader Rob Jetten met him.", "D66"},
	} {
		if _, ok := actor(extractWith(t, g, tc.text), tc.want); !ok {
			t.Errorf("%q: %s is not an actor", tc.text, tc.want)
		}
	}
}

// News drops the Arabic article of a known name: "Abdel Fattah Burhan" is
// Abdel Fattah al-Burhan.
func TestANameWithoutItsArticleIsTheSamePerson(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct{ text, want string }{
		{"Sudan's army chief Gen. Abdel Fattah Burhan received the envoy.", "Abdel Fattah al-Burhan"},
		{"Syrian President Ahmed Sharaa flew to Riyadh.", "Ahmed al-Sharaa"},
	} {
		if _, ok := actor(extractWith(t, g, tc.text), tc.want); !ok {
			t.Errorf("%q: %s is not an actor", tc.text, tc.want)
		}
	}
}

// A given name before another person's surname starts a new person, whose
// name runs on through an Arabic family name; "X and the Y Party" names
// a person and a party, not one organisation.
func TestFamilyNamesAndPartiesStayApart(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Landau met Emirati Minister of State Khalifa Shaheen Al Marar on Tuesday.")
	if _, ok := actor(x, "Khalifa Shaheen Al Marar"); !ok {
		t.Errorf("no Khalifa Shaheen Al Marar in %+v", x.Actors)
	}
	x = extractWith(t, g, "A meeting between Andersson and the Centre Party leadership was postponed.")
	for _, a := range x.Actors {
		if a.Kind == Organization && a.Name != "Centre Party" {
			t.Errorf("organisation %q, want only the Centre Party", a.Name)
		}
	}
}

// A country's or a city's name can be a first name: "Jordan Pike wrote"
// is a person, not Jordan; "The Israel Military said" stays Israel.
func TestAPlaceAsAFirstName(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Jordan Pike wrote that the talks had stalled.")
	if _, ok := actor(x, "Jordan Pike"); !ok {
		t.Errorf("no Jordan Pike in %+v", x.Actors)
	}
	if _, ok := actor(x, "Jordan"); ok {
		t.Errorf("Jordan is an actor in %+v", x.Actors)
	}
	x = extractWith(t, g, "The Israel Military said it struck Gaza.")
	if _, ok := actor(x, "Israel"); !ok {
		t.Errorf("Israel lost to a first name: %+v", x.Actors)
	}
}

// "Paraguay's Maria Gonzalez": a country's possessive and a name whose
// first word is a known given name is a person of that country; a
// possessive before an organisation or a word no one is named is not.
func TestACountrysPersonByPossessive(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Orsi hosted Brazil's Luiz Inácio Lula da Silva and Paraguay's Maria Gonzalez at the Mercosur building. Russia's Black Sea Fleet moved. Ukraine's Western Allies wavered.")
	a, ok := actor(x, "Maria Gonzalez")
	if !ok || a.Kind != Person || a.Affiliation != "Paraguay" {
		t.Errorf("Maria Gonzalez: %+v %v, want a person of Paraguay", a, ok)
	}
	for _, n := range []string{"Black Sea", "Western Allies"} {
		if a, ok := actor(x, n); ok && a.Kind == Person {
			t.Errorf("%s is a person", n)
		}
	}
}
