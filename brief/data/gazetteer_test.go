// Package data_test validates the gazetteer files the extractor embeds:
// actors.json and places.json. The data is what users see as roles and what
// every match runs against, so a typo here (a duplicate alias, an affiliation
// that names nothing, a surname that is an ordinary word) becomes a wrong
// actor on screen. These tests catch those mistakes before the extractor does.
package data_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// actor and place mirror the fixed schema; decoding with
// DisallowUnknownFields makes a misspelt field name fail the test.
type actor struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Aliases     []string `json:"aliases"`
}

type place struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Aliases []string `json:"aliases"`
	Within  string   `json:"within"`  // the place it lies in, below its country
	Capital bool     `json:"capital"` // the city news calls its country's capital
}

var kinds = map[string]bool{"person": true, "organization": true, "country": true}

// intentionallyAmbiguous lists aliases that two or more actors may share, with
// the actors allowed to share them. The extractor must then decide by context.
// Keep it short: every entry is a match the extractor cannot settle alone.
var intentionallyAmbiguous = map[string][]string{}

// wordLikeAliases are aliases that are also lower-case English words but
// are capitalised, unambiguous names in news copy.
var wordLikeAliases = map[string]string{
	"Polish": "the adjective of Poland; the verb is lower-case",
}

// placeActorOverlaps are names that are both a place and an actor on purpose.
// Other city-states (Monaco, Singapore) have no separate capital entry: the
// country actor serves as the place.
var placeActorOverlaps = map[string]string{
	"Vatican":      "the city-state is both where talks are held and an actor",
	"Vatican City": "as above",
}

// countriesWithoutPlace have no place entry of their own: city-states stand
// as their own place, and the Seychelles' capital, Victoria, is left out
// because the name far more often means a person, a state or a lake.
var countriesWithoutPlace = map[string]bool{"Monaco": true, "Singapore": true, "Seychelles": true}

// dominantSurnames may be a person's bare-surname alias although another
// listed person shares the surname, because news means that one person when
// it writes the surname alone; the relatives are listed by full name only.
var dominantSurnames = map[string]string{
	"Trump": "Donald Trump; Melania, Ivanka and Donald Trump Jr. are named in full",
}

// nameSuffixes are dropped to find a person's surname ("Donald Trump Jr.").
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "II": true, "III": true, "XIV": true}

func surname(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffixes[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	return f[len(f)-1]
}

// commonWords are lower-case English words that must never be an alias on
// their own: function words, calendar words, and the surnames that are also
// ordinary words, which would turn every "the White Paper" or "will" into an
// actor.
var commonWords = strings.Fields(`
a an the and or but nor of in on at to for with by from as is it its he she
they we us our you i me my his her their them this that these those who whom
what which when where why how all any some no not one two new old first last
said says say told will would can could may might must shall should have has
had do does did be been being was were are am so if then than there here up
down out over under about after before again very just also only more most
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november
december spring summer autumn fall winter today tomorrow yesterday week
president minister secretary general chief head leader spokesman spokeswoman
envoy adviser advisor ambassador commander prime deputy foreign defence defense
state states union council party army navy court office national security peace
war talks deal plan news press government people country nation republic
king queen prince pope bishop major
bush brown green white black gray grey young rice power little long price rich
hill cook mills wood love page hope stone law cash best strong hunt bird fox
wolf lamb bell ward rose lane dean frank guard chase grant miles bond banks
burns case cross day hall knight moss noble park reed rush wise wells baker
walker carter turner hunter fisher porter mason waltz wiles barrack polish
china turkey chad guinea jordan bar barr field ford bank church house street
light grace faith joy will mark bill pat sue art rob don jack sage male
tyre nice reading split mobile
`)

// fold is the matcher's notion of the same spelling: case-blind, with curly
// apostrophes straightened ("Sa’ar" is "sa'ar").
func fold(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }

func isCommonWord(s string) bool { return slices.Contains(commonWords, fold(s)) }

func decodeStrict(t *testing.T, path string, into any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if !utf8.Valid(raw) {
		t.Fatalf("%s: not valid UTF-8", path)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	// A second value after the first would be silently ignored by a reader.
	if err := dec.Decode(new(json.RawMessage)); !errors.Is(err, io.EOF) {
		t.Fatalf("%s: trailing data after the top-level object (%v)", path, err)
	}
}

func loadActors(t *testing.T) []actor {
	t.Helper()
	var f struct {
		Actors []actor `json:"actors"`
	}
	decodeStrict(t, "actors.json", &f)
	if len(f.Actors) == 0 {
		t.Fatal("actors.json: no actors")
	}
	return f.Actors
}

func loadPlaces(t *testing.T) []place {
	t.Helper()
	var f struct {
		Places []place `json:"places"`
	}
	decodeStrict(t, "places.json", &f)
	if len(f.Places) == 0 {
		t.Fatal("places.json: no places")
	}
	return f.Places
}

// checkText reports a name or alias that would never match clean text, or
// would match too much: empty, padded, doubled spaces, control characters, or
// no letter at all.
func checkText(s string) error {
	switch {
	case s == "":
		return errors.New("empty")
	case strings.TrimSpace(s) != s:
		return errors.New("leading or trailing space")
	case strings.Contains(s, "  "):
		return errors.New("double space")
	}
	letters := 0
	for _, r := range s {
		if unicode.IsControl(r) {
			return fmt.Errorf("control character %U", r)
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 0 {
		return errors.New("no letters")
	}
	return nil
}

// isAcronym says whether s is written in capitals ("US", "U.S."): such an
// alias differs from the pronoun "us" in case, which the matcher keeps.
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

func TestActorsAreWellFormed(t *testing.T) {
	actors := loadActors(t)
	names := map[string]string{} // lower-case name -> name
	for _, a := range actors {
		if err := checkText(a.Name); err != nil {
			t.Errorf("actor name %q: %v", a.Name, err)
		}
		key := fold(a.Name)
		if prev, dup := names[key]; dup {
			t.Errorf("duplicate actor name %q (also %q)", a.Name, prev)
		}
		names[key] = a.Name
		if !kinds[a.Kind] {
			t.Errorf("%s: kind %q is not person, organization or country", a.Name, a.Kind)
		}
		if a.Aliases == nil {
			t.Errorf("%s: aliases missing (use [] for none)", a.Name)
		}
		switch a.Kind {
		case "person", "organization":
			if strings.TrimSpace(a.Role) == "" {
				t.Errorf("%s: a %s needs a role", a.Name, a.Kind)
			}
		case "country":
			if a.Affiliation != a.Name {
				t.Errorf("country %s: affiliation %q, want the country itself", a.Name, a.Affiliation)
			}
		}
		if a.Role != strings.TrimSpace(a.Role) || strings.Contains(a.Role, "  ") {
			t.Errorf("%s: role %q has stray spaces", a.Name, a.Role)
		}
	}
	// Affiliations are resolved against canonical names so the TUI can
	// colour an actor by the entry it acts for.
	for _, a := range actors {
		if names[fold(a.Affiliation)] != a.Affiliation {
			t.Errorf("%s: affiliation %q is not the canonical name of any actor", a.Name, a.Affiliation)
		}
	}
}

func TestActorAliasesAreUnambiguous(t *testing.T) {
	actors := loadActors(t)
	names := map[string]string{}
	for _, a := range actors {
		names[fold(a.Name)] = a.Name
	}
	owners := map[string][]string{} // lower-case alias -> actor names
	for _, a := range actors {
		seen := map[string]bool{}
		for _, al := range a.Aliases {
			if err := checkText(al); err != nil {
				t.Errorf("%s: alias %q: %v", a.Name, al, err)
				continue
			}
			// Within one actor, case variants ("Nato", "Von der Leyen"
			// opening a sentence) are kept: they help a case-sensitive
			// matcher and cost a case-blind one nothing.
			if al == a.Name {
				t.Errorf("%s: alias %q repeats the name", a.Name, al)
			}
			if seen[al] {
				t.Errorf("%s: alias %q listed twice", a.Name, al)
			}
			seen[al] = true
			key := fold(al)
			if other, ok := names[key]; ok && other != a.Name {
				t.Errorf("%s: alias %q is the name of actor %q", a.Name, al, other)
			}
			if isCommonWord(al) && !isAcronym(al) && wordLikeAliases[al] == "" {
				t.Errorf("%s: alias %q is a common English word", a.Name, al)
			}
			if n := len(owners[key]); n == 0 || owners[key][n-1] != a.Name {
				owners[key] = append(owners[key], a.Name)
			}
		}
	}
	allowed := map[string][]string{}
	for k, v := range intentionallyAmbiguous {
		allowed[fold(k)] = v
	}
	for alias, who := range owners {
		for _, n := range who {
			if len(who) > 1 && !slices.Contains(allowed[alias], n) {
				t.Errorf("alias %q is shared by %v and not listed as intentionally ambiguous", alias, who)
				break
			}
		}
	}
}

func TestPlacesAreWellFormed(t *testing.T) {
	places := loadPlaces(t)
	countries := map[string]bool{}
	actorTerms := map[string]string{} // lower-case actor name or alias -> actor
	for _, a := range loadActors(t) {
		if a.Kind == "country" {
			countries[a.Name] = true
		}
		for _, term := range append([]string{a.Name}, a.Aliases...) {
			actorTerms[fold(term)] = a.Name
		}
	}
	owner := map[string]string{} // lower-case place name or alias -> place
	placed := map[string]bool{}  // countries with at least one place
	capitals := map[string]int{} // country -> capitals it has
	for _, p := range places {
		if p.Capital {
			// A capital is its country's, no place's inside it; Bolivia has two.
			if p.Country == "" || p.Within != "" {
				t.Errorf("capital %s: wants a country and no within", p.Name)
			}
			if capitals[p.Country]++; capitals[p.Country] > 2 {
				t.Errorf("capital %s: %s has more than two", p.Name, p.Country)
			}
		}
		if p.Aliases == nil {
			t.Errorf("place %s: aliases missing (use [] for none)", p.Name)
		}
		// Empty country is for seas and regions that belong to no one state.
		if p.Country != "" && !countries[p.Country] {
			t.Errorf("place %s: country %q is not a country actor", p.Name, p.Country)
		}
		placed[p.Country] = true
		for i, term := range append([]string{p.Name}, p.Aliases...) {
			if err := checkText(term); err != nil {
				t.Errorf("place %s: %q: %v", p.Name, term, err)
				continue
			}
			key := fold(term)
			if prev, dup := owner[key]; dup && prev != p.Name {
				t.Errorf("place %q: %q already belongs to place %q", p.Name, term, prev)
			}
			if i > 0 && (term == p.Name || slices.Contains(p.Aliases[:i-1], term)) {
				t.Errorf("place %s: %q listed twice", p.Name, term)
			}
			owner[key] = p.Name
			if i > 0 && isCommonWord(term) && !isAcronym(term) {
				t.Errorf("place %s: alias %q is a common English word", p.Name, term)
			}
			// A capital must not double as its country's alias ("Moscow"
			// for Russia): the extractor decides when a place stands for a
			// government.
			if a, clash := actorTerms[key]; clash && placeActorOverlaps[term] == "" {
				t.Errorf("place %s: %q is also actor %q", p.Name, term, a)
			}
		}
	}
	// Every country's capital is listed, so each country has a place.
	for c := range countries {
		if !placed[c] && !countriesWithoutPlace[c] {
			t.Errorf("country %s has no place (its capital is missing)", c)
		}
	}
}

// TestBareSurnamesNameOnePerson enforces the rule for surname aliases: a
// one-word alias of a person must not be the surname of another listed
// person, or "Sinwar said" would be given to whichever Sinwar came first.
func TestBareSurnamesNameOnePerson(t *testing.T) {
	actors := loadActors(t)
	bySurname := map[string][]string{} // lower-case surname -> people
	for _, a := range actors {
		if a.Kind != "person" {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if len(strings.Fields(n)) > 1 {
				key := fold(surname(n))
				if !slices.Contains(bySurname[key], a.Name) {
					bySurname[key] = append(bySurname[key], a.Name)
				}
			}
		}
	}
	used := map[string]bool{}
	for _, a := range actors {
		if a.Kind != "person" {
			continue
		}
		for _, al := range a.Aliases {
			if len(strings.Fields(al)) != 1 {
				continue
			}
			for _, other := range bySurname[fold(al)] {
				if other == a.Name {
					continue
				}
				if dominantSurnames[al] != "" {
					used[al] = true
					continue
				}
				t.Errorf("%s: bare alias %q is also the surname of %s", a.Name, al, other)
			}
		}
	}
	for s := range dominantSurnames {
		if !used[s] {
			t.Errorf("dominantSurnames lists %q, which no longer needs the exception", s)
		}
	}
}

// TestAllowlistsAreUsed keeps the exception lists honest: an entry that no
// longer matches the data is a stale exception waiting to hide a mistake.
func TestAllowlistsAreUsed(t *testing.T) {
	actors := loadActors(t)
	aliasOwners := map[string][]string{}
	for _, a := range actors {
		for _, al := range a.Aliases {
			aliasOwners[al] = append(aliasOwners[al], a.Name)
		}
	}
	for w := range wordLikeAliases {
		if len(aliasOwners[w]) == 0 {
			t.Errorf("wordLikeAliases lists %q, which is no alias", w)
		}
	}
	for al, who := range intentionallyAmbiguous {
		if len(aliasOwners[al]) < 2 {
			t.Errorf("intentionallyAmbiguous lists %q (%v), which is not shared", al, who)
		}
	}
	placeTerms := map[string]bool{}
	for _, p := range loadPlaces(t) {
		placeTerms[p.Name] = true
		for _, al := range p.Aliases {
			placeTerms[al] = true
		}
	}
	for term := range placeActorOverlaps {
		if !placeTerms[term] {
			t.Errorf("placeActorOverlaps lists %q, which is no place", term)
		}
	}
}

// TestGazetteerCoversTheNews checks the entries the seed article, the demo
// and the task of reading Russia-Ukraine peace-talk coverage depend on: each
// spelling must lead to the right canonical entry.
func TestGazetteerCoversTheNews(t *testing.T) {
	actors := loadActors(t)
	byTerm := map[string]actor{}
	kindCount := map[string]int{}
	for _, a := range actors {
		kindCount[a.Kind]++
		byTerm[a.Name] = a
		for _, al := range a.Aliases {
			byTerm[al] = a
		}
	}
	tests := []struct{ term, name, kind, affiliation string }{
		{"Witkoff", "Steve Witkoff", "person", "United States"},
		{"Putin", "Vladimir Putin", "person", "Russia"},
		{"Trump", "Donald Trump", "person", "United States"},
		{"Rubio", "Marco Rubio", "person", "United States"},
		{"Kushner", "Jared Kushner", "person", "United States"},
		{"Umerov", "Rustem Umerov", "person", "Ukraine"},
		{"Umyerov", "Rustem Umerov", "person", "Ukraine"},
		{"Zelenskyy", "Volodymyr Zelensky", "person", "Ukraine"},
		{"Zelenskiy", "Volodymyr Zelensky", "person", "Ukraine"},
		{"Sybiga", "Andrii Sybiha", "person", "Ukraine"},
		{"Syrsky", "Oleksandr Syrskyi", "person", "Ukraine"},
		{"Yermak", "Andriy Yermak", "person", "Ukraine"},
		{"Budanov", "Kyrylo Budanov", "person", "Ukraine"},
		{"Lavrov", "Sergei Lavrov", "person", "Russia"},
		{"Peskov", "Dmitry Peskov", "person", "Russia"},
		{"Ushakov", "Yuri Ushakov", "person", "Russia"},
		{"Dmitriev", "Kirill Dmitriev", "person", "Russia"},
		{"Driscoll", "Dan Driscoll", "person", "United States"},
		{"J.D. Vance", "JD Vance", "person", "United States"},
		{"Rutte", "Mark Rutte", "person", "NATO"},
		{"the Kremlin", "Kremlin", "organization", "Russia"},
		{"ISW", "Institute for the Study of War", "organization", "Institute for the Study of War"},
		{"North Atlantic Treaty Organization", "NATO", "organization", "NATO"},
		{"EU", "European Union", "organization", "European Union"},
		{"U.N.", "United Nations", "organization", "United Nations"},
		{"U.S.", "United States", "country", "United States"},
		{"American", "United States", "country", "United States"},
		{"Russian", "Russia", "country", "Russia"},
		{"Ukrainians", "Ukraine", "country", "Ukraine"},
		{"Britain", "United Kingdom", "country", "United Kingdom"},
		{"HUR", "Defence Intelligence of Ukraine", "organization", "Ukraine"},
		{"SBU", "Security Service of Ukraine", "organization", "Ukraine"},
		{"RUSI", "Royal United Services Institute", "organization", "Royal United Services Institute"},
		{"CSIS", "Center for Strategic and International Studies", "organization", "Center for Strategic and International Studies"},
	}
	for _, tt := range tests {
		a, ok := byTerm[tt.term]
		if !ok {
			t.Errorf("%q matches no actor, want %s", tt.term, tt.name)
			continue
		}
		if a.Name != tt.name || a.Kind != tt.kind || a.Affiliation != tt.affiliation {
			t.Errorf("%q -> %s (%s, %s), want %s (%s, %s)",
				tt.term, a.Name, a.Kind, a.Affiliation, tt.name, tt.kind, tt.affiliation)
		}
	}
	// Not one name per actor: a gazetteer of world news, with every UN
	// member (193) as a country.
	if len(actors) < 400 || kindCount["country"] < 193 {
		t.Errorf("%d actors, %d countries; want at least 400 and 193", len(actors), kindCount["country"])
	}
	if a := byTerm["Trump"]; slices.Contains(byTerm["Donald Trump Jr."].Aliases, "Trump") || a.Name != "Donald Trump" {
		t.Error(`"Trump" must be Donald Trump's alias alone`)
	}

	placeByTerm := map[string]place{}
	for _, p := range loadPlaces(t) {
		placeByTerm[p.Name] = p
		for _, al := range p.Aliases {
			placeByTerm[al] = p
		}
	}
	for term, want := range map[string]string{
		"Kiev": "Kyiv", "Florida": "Florida", "Geneva": "Geneva", "Istanbul": "Istanbul",
		"Riyadh": "Riyadh", "Abu Dhabi": "Abu Dhabi", "Doha": "Doha", "Minsk": "Minsk",
		"Alaska": "Alaska", "Anchorage": "Anchorage", "Mar-a-Lago": "Mar-a-Lago",
		"Palm Beach": "Palm Beach", "Miami": "Miami", "Moscow": "Moscow", "Donbass": "Donbas",
		"Zaporozhye": "Zaporizhzhia", "Kupyansk": "Kupiansk", "Gaza Strip": "Gaza",
		"Washington, D.C.": "Washington", "The Hague": "The Hague", "Vatican City": "Vatican",
	} {
		if p, ok := placeByTerm[term]; !ok || p.Name != want {
			t.Errorf("place %q -> %q, want %q", term, p.Name, want)
		}
	}
	// Capitals stay places: "Moscow" must never be an alias of Russia.
	if slices.Contains(byTerm["Russia"].Aliases, "Moscow") || slices.Contains(byTerm["Ukraine"].Aliases, "Kyiv") {
		t.Error("a capital is listed as a country alias")
	}
}

// TestPlacesLieWithinKnownPlaces: "within" names another place of the same
// country, and following it never comes back round.
func TestPlacesLieWithinKnownPlaces(t *testing.T) {
	byName := map[string]place{}
	for _, p := range loadPlaces(t) {
		byName[p.Name] = p
	}
	for _, p := range byName {
		if p.Within == "" {
			continue
		}
		outer, ok := byName[p.Within]
		if !ok {
			t.Errorf("%s lies within %q, which is not a place", p.Name, p.Within)
			continue
		}
		if outer.Country != p.Country {
			t.Errorf("%s (%s) lies within %s (%s)", p.Name, p.Country, outer.Name, outer.Country)
		}
		seen := map[string]bool{p.Name: true}
		for q := outer; q.Within != ""; q = byName[q.Within] {
			if seen[q.Name] {
				t.Errorf("%s: 'within' comes back to %s", p.Name, q.Name)
				break
			}
			seen[q.Name] = true
		}
	}
}
