package brief

import "testing"

func TestBuiltInPersonsGetNoDerivedSurname(t *testing.T) {
	g := builtIn(t)
	// Fiona Hill, Mike Waltz, Nicușor Dan and Randy George are built-in
	// persons whose surnames the data deliberately leaves out as aliases.
	for _, s := range []string{"Hill", "Waltz", "Dan", "George"} {
		if a, ok := g.Actor(s); ok {
			t.Errorf("bare %q resolves to %s", s, a.Name)
		}
	}
	x := extractWith(t, g, "Dan drove the tractor up the Hill road. The band played a waltz, and George sang along.")
	for _, a := range x.Actors {
		if a.Kind == Person {
			t.Errorf("a first name or an ordinary word became a person: %s", a.Name)
		}
	}
}

func TestUserPersonsGetASurnameOnlyWhenItIsSafe(t *testing.T) {
	user := `{"actors": [
  {"name": "Tomas Varga", "role": "Foreign Minister of Freedonia", "affiliation": "Freedonia"},
  {"name": "Anna Rice", "role": "Trade Minister of Freedonia"},
  {"name": "Petra George", "role": "Mayor of Fredville"},
  {"name": "Ivo Kessler", "role": "Speaker"},
  {"name": "Lena Kessler", "role": "Judge"},
  {"name": "Omar Wright", "role": "Envoy"},
  {"name": "Khalid bin Faisal", "role": "Governor"}
]}`
	g, err := NewGazetteer([]byte(user))
	if err != nil {
		t.Fatalf("NewGazetteer: %v", err)
	}
	if a, ok := g.Actor("Varga"); !ok || a.Name != "Tomas Varga" {
		t.Errorf("a distinctive surname of a user's person: %+v, %v", a, ok)
	}
	for s, why := range map[string]string{
		"Rice":    "an ordinary word",
		"George":  "a first name of a known person",
		"Kessler": "the surname of two user persons",
		"Wright":  "the surname of a built-in person too",
		"Faisal":  "a patronymic after bin",
	} {
		if a, ok := g.Actor(s); ok && a.Name != "Chris Wright" {
			t.Errorf("%q (%s) resolves to %s", s, why, a.Name)
		}
	}
	x := extractWith(t, g, "Varga flew home. Rice exports fell again.")
	if !hasActor(x, "Tomas Varga") || hasActor(x, "Anna Rice") {
		t.Errorf("actors: %+v", x.Actors)
	}
}
