package brief

import (
	"testing"
)

// Rules learned from the fifth fresh set's misses, each in text of its own.

// An office is no name: "the Prime Minister said" finds no one called
// Prime Minister, and a portfolio before a name is the role, not the name.
func TestAnOfficeIsNoName(t *testing.T) {
	x := extractWith(t, builtIn(t), "Later the Prime Minister said the border would stay open.")
	for _, a := range x.Actors {
		if a.Kind == Person {
			t.Errorf("person %+v from a title alone", a)
		}
	}
	for text, want := range map[string]string{
		"The commission will meet under its co-chair, Natural Resources Minister Alexander Kozlov, in May.": "Alexander Kozlov",
		"Coast Guard spokesperson Commodore Jay Tarriela said two ships had been rammed.":                  "Jay Tarriela",
		"Rear Admiral Jane Okoro said the fleet had sailed.":                                               "Jane Okoro",
	} {
		x := extractWith(t, builtIn(t), text)
		if _, ok := actor(x, want); !ok {
			t.Errorf("%q: actors %+v, want %s", text, x.Actors, want)
		}
	}
}

// A surname joined by a hyphen to a word no name starts is part of another
// name; joined to another known name it is a pair.
func TestAHyphenatedNameIsSomeoneElse(t *testing.T) {
	x := extractWith(t, builtIn(t), "Traore received Russian Deputy Defence Minister Yunus-Bek Yevkurov on Sunday.")
	if _, ok := actor(x, "Muhammad Yunus"); ok {
		t.Errorf("Yunus-Bek Yevkurov read as Muhammad Yunus")
	}
	if _, ok := actor(x, "Yunus-Bek Yevkurov"); !ok {
		t.Errorf("actors %+v, want Yunus-Bek Yevkurov", x.Actors)
	}
	x = extractWith(t, builtIn(t), "The Trump-Putin summit ended without a deal.")
	for _, name := range []string{"Donald Trump", "Vladimir Putin"} {
		if _, ok := actor(x, name); !ok {
			t.Errorf("actors %+v, want %s from a pair", x.Actors, name)
		}
	}
}
