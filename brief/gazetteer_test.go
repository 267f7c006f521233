package brief

import (
	"strings"
	"testing"
	"time"
)

var testPub = time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC) // a Monday

func extractWith(t *testing.T, g *Gazetteer, text string) Extraction {
	t.Helper()
	return NewExtractor(g).Extract(Document{ID: "t", Text: text, Published: testPub})
}

func builtIn(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := NewGazetteer()
	if err != nil {
		t.Fatalf("NewGazetteer: %v", err)
	}
	return g
}

func hasActor(x Extraction, name string) bool {
	for _, a := range x.Actors {
		if a.Name == name {
			return true
		}
	}
	return false
}

func actor(x Extraction, name string) (Actor, bool) {
	for _, a := range x.Actors {
		if a.Name == name {
			return a, true
		}
	}
	return Actor{}, false
}

const userJSON = `{"actors": [
  {"name": "Tomas Varga", "kind": "person", "role": "Foreign Minister of Freedonia", "affiliation": "Freedonia", "aliases": ["Varga"]},
  {"name": "Vladimir Putin", "role": "Russian leader", "aliases": ["VVP"]}
]}`

const userYAML = `
actors:
  - name: Tomas Varga
    kind: person
    role: Foreign Minister of Freedonia
    affiliation: Freedonia
    aliases: [Varga]
  - name: Vladimir Putin
    role: Russian leader
    aliases: [VVP]
`

func TestUserGazetteerMergesOverBuiltIn(t *testing.T) {
	for name, data := range map[string]string{"json": userJSON, "yaml": userYAML} {
		t.Run(name, func(t *testing.T) {
			g, err := NewGazetteer([]byte(data))
			if err != nil {
				t.Fatalf("NewGazetteer: %v", err)
			}
			varga, ok := g.Actor("Varga")
			if !ok || varga.Name != "Tomas Varga" || varga.Affiliation != "Freedonia" {
				t.Errorf("new actor from the user file: %+v, %v", varga, ok)
			}
			putin, ok := g.Actor("VVP")
			if !ok || putin.Name != "Vladimir Putin" || putin.Role != "Russian leader" {
				t.Errorf("override of a built-in actor: %+v, %v", putin, ok)
			}
			if putin.Affiliation == "" || !containsString(putin.Aliases, "Putin") {
				t.Errorf("override lost the built-in fields: %+v", putin)
			}
			x := extractWith(t, g, "Varga met VVP in Moscow.")
			if !hasActor(x, "Tomas Varga") || !hasActor(x, "Vladimir Putin") {
				t.Errorf("user aliases not matched: %+v", x.Actors)
			}
		})
	}
}

func TestUserGazetteerErrorsSayWhat(t *testing.T) {
	for _, bad := range []string{`{"actors": [{"name": ""}]}`, `{"actors": [`, "actors:\n  - name: X\n    kind: planet\n"} {
		if _, err := NewGazetteer([]byte(bad)); err == nil || !strings.Contains(err.Error(), "user gazetteer 1") {
			t.Errorf("NewGazetteer(%q) error = %v, want one naming the user file", bad, err)
		}
	}
}

func TestVersionChangesWithData(t *testing.T) {
	a := NewExtractor(builtIn(t)).Version()
	g, err := NewGazetteer([]byte(userJSON))
	if err != nil {
		t.Fatal(err)
	}
	b := NewExtractor(g).Version()
	if a == "" || a == b {
		t.Errorf("Version with user data %q, without %q: want different and non-empty", b, a)
	}
	if a != NewExtractor(builtIn(t)).Version() {
		t.Errorf("Version is not stable for the same data")
	}
}

func TestMatchingIsCaseAware(t *testing.T) {
	g := builtIn(t)
	x := extractWith(t, g, "Let us hope the talks go well, one of us said.")
	if hasActor(x, "United States") {
		t.Errorf(`"us" matched the United States: %+v`, x.Actors)
	}
	x = extractWith(t, g, "The US and the EU agreed. NATO allies and Nato officials met.")
	for _, want := range []string{"United States", "European Union", "NATO"} {
		if !hasActor(x, want) {
			t.Errorf("%s not matched: %+v", want, x.Actors)
		}
	}
	if a, _ := actor(x, "NATO"); a.Mentions != 2 {
		t.Errorf("NATO and Nato: %d mentions, want 2", a.Mentions)
	}
}

func TestMatchingInsideCompoundsAndPossessives(t *testing.T) {
	x := extractWith(t, builtIn(t), "The U.S.-backed plan angered the Russian-occupied towns. Putin's aides and Zelenskyy’s office replied.")
	for _, want := range []string{"United States", "Russia", "Vladimir Putin", "Volodymyr Zelensky"} {
		if !hasActor(x, want) {
			t.Errorf("%s not matched: %+v", want, x.Actors)
		}
	}
}

func TestPlacesAreNotActors(t *testing.T) {
	x := extractWith(t, builtIn(t), "Talks in Geneva and Istanbul ended. Delegates flew to Riyadh on Monday.")
	for _, a := range x.Actors {
		if a.Name == "Geneva" || a.Name == "Istanbul" || a.Name == "Riyadh" || a.Name == "Monday" {
			t.Errorf("place or weekday as actor: %+v", a)
		}
	}
}

func TestExtractIsSafeForConcurrentUse(t *testing.T) {
	e := NewExtractor(builtIn(t))
	doc := Document{ID: "c", Text: "U.S. Special Envoy Steve Witkoff will meet Vladimir Putin in Moscow on Tuesday.", Published: testPub}
	want := e.Extract(doc)
	done := make(chan Extraction)
	for i := 0; i < 8; i++ {
		go func() {
			var last Extraction
			for k := 0; k < 50; k++ {
				last = e.Extract(doc)
			}
			done <- last
		}()
	}
	for i := 0; i < 8; i++ {
		got := <-done
		if len(got.Actors) != len(want.Actors) || len(got.Meetings) != len(want.Meetings) {
			t.Fatalf("concurrent result differs: %+v vs %+v", got, want)
		}
	}
}
