package brief

import (
	"slices"
	"testing"
)

func TestResolveFindsActorsByAnyAliasIgnoringCase(t *testing.T) {
	b := fixtureBriefing()
	for _, name := range []string{"putin", "Vladimir Putin", "  ISW ", "isw"} {
		if _, ok := b.Resolve(name); !ok {
			t.Errorf("Resolve(%q) found nothing", name)
		}
	}
	if got, _ := b.Resolve("PUTIN"); got != "Vladimir Putin" {
		t.Errorf("Resolve(PUTIN) = %q", got)
	}
	if _, ok := b.Resolve("Nobody"); ok {
		t.Error("Resolve(Nobody) found an actor")
	}
}

func TestFilterKeepsOnlyWhatMentionsTheActor(t *testing.T) {
	b := fixtureBriefing().Filter(Filter{Actors: []string{"Vladimir Putin"}})
	if ids := articleIDs(b); !slices.Equal(ids, []string{"a1", "a2"}) {
		t.Errorf("articles = %v", ids)
	}
	if len(b.Meetings) != 1 || !slices.Contains(b.Meetings[0].Participants, "Vladimir Putin") {
		t.Errorf("meetings = %+v", b.Meetings)
	}
	if len(b.Takes) != 1 || len(b.Quotes) != 0 {
		t.Errorf("takes = %+v, quotes = %+v", b.Takes, b.Quotes)
	}
	// Co-mentioned actors only, recounted over the kept articles: Rubio is
	// never mentioned with Putin.
	var names []string
	for _, a := range b.Actors {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, []string{"Steve Witkoff", "Vladimir Putin", "Institute for the Study of War"}) {
		t.Errorf("actors = %v", names)
	}
	if b.Actors[0].Mentions != 6 || b.Actors[0].Role != "U.S. Special Envoy" {
		t.Errorf("Witkoff = %+v", b.Actors[0])
	}
}

func TestFilterAnyAndAll(t *testing.T) {
	full := fixtureBriefing()
	any := full.Filter(Filter{Actors: []string{"Marco Rubio", "Institute for the Study of War"}})
	if ids := articleIDs(any); !slices.Equal(ids, []string{"a1", "a3"}) {
		t.Errorf("any: articles = %v", ids)
	}
	all := full.Filter(Filter{Actors: []string{"Steve Witkoff", "Marco Rubio"}, All: true})
	if ids := articleIDs(all); !slices.Equal(ids, []string{"a3"}) {
		t.Errorf("all: articles = %v", ids)
	}
	if len(all.Meetings) != 1 || all.Meetings[0].Date != "2025-11-30" {
		t.Errorf("all: meetings = %+v", all.Meetings)
	}
	none := full.Filter(Filter{Actors: []string{"Vladimir Putin", "Marco Rubio"}, All: true})
	if len(none.Articles)+len(none.Meetings)+len(none.Takes)+len(none.Actors) != 0 {
		t.Errorf("all of two never co-mentioned: %+v", none)
	}
	if got := full.Filter(Filter{}); len(got.Articles) != len(full.Articles) {
		t.Error("an empty filter narrowed the briefing")
	}
}

func articleIDs(b Briefing) []string {
	var ids []string
	for _, a := range b.Articles {
		ids = append(ids, a.ID)
	}
	return ids
}
