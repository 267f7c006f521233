package brief

import (
	"slices"
	"testing"
	"time"
)

// An office of a country or body names its holder: the person is the actor
// and takes part; a former or vice holder, or a holder named anyway, is not
// made up.
func TestAnOfficeNamesItsHolder(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"The summit opened with the presidents of Brazil and Argentina.", []string{"Luiz Inácio Lula da Silva", "Javier Milei"}, nil},
		{"Russia's president said the talks were useful.", []string{"Vladimir Putin"}, nil},
		{"The French president will meet the German chancellor in Berlin.", []string{"Emmanuel Macron", "Friedrich Merz"}, nil},
		{"The secretary general of NATO visited Kyiv.", []string{"Mark Rutte"}, nil},
		{"The former president of Brazil said so.", nil, []string{"Luiz Inácio Lula da Silva"}},
		{"The vice president of the United States met Zelensky.", nil, []string{"Donald Trump"}},
	} {
		x := extractWith(t, g, tc.text)
		for _, w := range tc.want {
			if _, ok := actor(x, w); !ok {
				t.Errorf("%q: %s is not an actor: %+v", tc.text, w, x.Actors)
			}
		}
		for _, n := range tc.not {
			if _, ok := actor(x, n); ok {
				t.Errorf("%q: %s is an actor", tc.text, n)
			}
		}
	}
	ms := meetingsAt(t, time.Date(2025, 12, 20, 12, 0, 0, 0, time.UTC), "The Russian president met Witkoff in Moscow on Tuesday.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Vladimir Putin", "Steve Witkoff"}) {
		t.Errorf("meetings %+v, want Putin and Witkoff", ms)
	}
}

// In a readout, "the President" and "the Prime Minister" are the ones named
// before; a title followed by "of" or a name, or in lower case, is not.
func TestATitleAloneIsTheHolderNamedBefore(t *testing.T) {
	mon := time.Date(2025, 10, 27, 9, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "President Trump sends his regards to Prime Minister Sanae Takaichi.\n\n"+
		"The President's meeting with the Prime Minister at Akasaka Palace will take place tomorrow.")
	found := false
	for _, m := range ms {
		found = found || m.Date == "2025-10-28" && sameSet(m.Participants, []string{"Donald Trump", "Sanae Takaichi"})
	}
	if !found {
		t.Errorf("meetings %+v, want Trump and Takaichi tomorrow", ms)
	}
	x := extractWith(t, builtIn(t), "Prime Minister Sanae Takaichi spoke. Later the president of the council said so.")
	if _, ok := actor(x, "Donald Trump"); ok {
		t.Errorf("a lower-case title found a holder: %+v", x.Actors)
	}
}

// What the review of the office rules found: a possessive office is the
// person's whole mention; "the president of Brazil's Senate" is the
// Senate's; a dash after a meeting's own day is no dateline; a day after a
// place is no name.
func TestOfficeAndDatelineEdges(t *testing.T) {
	mon := time.Date(2025, 12, 1, 10, 0, 0, 0, time.UTC)
	ms := meetingsAt(t, mon, "Russia's president will meet Trump in Budapest on Friday.")
	if len(ms) != 1 || !sameSet(ms[0].Participants, []string{"Vladimir Putin", "Donald Trump"}) {
		t.Errorf("got %+v, want Putin and Trump", ms)
	}
	x := extractWith(t, builtIn(t), "The president of Brazil's Senate met the Argentine foreign minister on Monday.")
	if _, ok := actor(x, "Luiz Inácio Lula da Silva"); ok {
		t.Errorf("the Senate's president became Lula: %+v", x.Actors)
	}
	ms = meetingsAt(t, mon, "Putin met Xi in Beijing on Tuesday — their third meeting this year.")
	if len(ms) != 1 || ms[0].Date != "2025-11-25" {
		t.Errorf("got %+v, want the meeting on Tuesday 2025-11-25", ms)
	}
	ms = meetingsAt(t, mon, "Putin will meet Xi in Beijing Tuesday, a senior fellow at the Atlantic Council, said.")
	if len(ms) != 1 || ms[0].Location != "Beijing" {
		t.Errorf("got %+v, want the meeting in Beijing", ms)
	}
}

// Other countries' names for the foreign and defence ministers are those
// offices: a counterpart or an office written so names the holder, and a
// role holding two offices ("Prime Minister and Foreign Minister of Qatar")
// holds both; India's foreign secretary, a diplomat, does not take the
// minister's office.
func TestOfficesUnderOtherNames(t *testing.T) {
	g := builtIn(t)
	for _, tc := range []struct {
		role  string
		title string
		body  string
		loose bool
	}{
		{"U.S. Secretary of State and National Security Adviser", "foreign minister", "United States", false},
		{"UK Foreign Secretary", "foreign minister", "United Kingdom", true},
		{"U.S. Secretary of Defense (styled Secretary of War)", "defence minister", "United States", false},
		{"Prime Minister and Foreign Minister of Qatar", "prime minister", "Qatar", false},
		{"Prime Minister and Foreign Minister of Qatar", "foreign minister", "Qatar", false},
	} {
		found := false
		for _, o := range officesOf(tc.role, g.bodyIndex) {
			found = found || headTitles[o.key.title] == tc.title && g.actors[o.key.body].Name == tc.body && o.loose == tc.loose
		}
		if !found {
			t.Errorf("%q: offices %+v, want %s of %s", tc.role, officesOf(tc.role, g.bodyIndex), tc.title, tc.body)
		}
	}
	if got := officesOf("Deputy Prime Minister and Foreign Minister of Italy", g.bodyIndex); len(got) != 1 {
		t.Errorf("a deputy prime minister holds the office: %+v", got)
	}
	india := g.byName["india"]
	if h := g.heads[headKey{title: int32(slices.Index(headTitles, "foreign minister")), body: int32(india)}]; h < 0 || g.actors[h].Name != "S. Jaishankar" {
		t.Errorf("India's foreign minister is %d, want S. Jaishankar", h)
	}
	at := time.Date(2027, 1, 15, 5, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"External Affairs Minister S. Jaishankar will travel to London next week for talks with his British counterpart on migration.", "Yvette Cooper"},
		{"Wang Yi will meet his American counterpart in Kuala Lumpur on Friday.", "Marco Rubio"},
		{"Wang Yi will meet the British foreign secretary in Kuala Lumpur on Friday.", "Yvette Cooper"},
	} {
		ms := meetingsAt(t, at, tc.text)
		if len(ms) != 1 || !slices.Contains(ms[0].Participants, tc.want) {
			t.Errorf("%q: meetings %+v, want %s among the participants", tc.text, ms, tc.want)
		}
	}
}
