package brief

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// fixtureArticles is a small week of talks: two reports of the same
// Witkoff-Putin meeting, the Florida talks, and an unrelated item.
func fixtureArticles() []Article {
	witkoff := Actor{Name: "Steve Witkoff", Kind: Person, Role: "U.S. Special Envoy", Affiliation: "United States", Aliases: []string{"Witkoff"}, Mentions: 3}
	putin := Actor{Name: "Vladimir Putin", Kind: Person, Role: "President of Russia", Affiliation: "Russia", Aliases: []string{"Putin"}, Mentions: 2}
	rubio := Actor{Name: "Marco Rubio", Kind: Person, Role: "U.S. Secretary of State", Affiliation: "United States", Mentions: 1}
	isw := Actor{Name: "Institute for the Study of War", Kind: Organization, Aliases: []string{"ISW"}, Mentions: 1}
	return []Article{
		{
			ID: "a1", Feed: "Wire", Title: "Witkoff to meet Putin", Link: "https://x/1",
			Published: time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC),
			Found: Extraction{
				Actors:   []Actor{witkoff, putin, isw},
				Meetings: []Meeting{{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", When: "on Tuesday", Location: "Moscow", Modality: Planned, Sources: []Source{{Text: "Witkoff and Putin will meet on Tuesday."}}}},
				Takes:    []Take{{Analyst: "Institute for the Study of War", About: []string{"Vladimir Putin"}, Text: "Bloggers doubt Putin will compromise."}},
			},
		},
		{
			ID: "a2", Feed: "Ledger", Title: "Envoy heads to Moscow", Link: "https://x/2",
			Published: time.Date(2025, 11, 30, 20, 0, 0, 0, time.UTC),
			Found: Extraction{
				Actors:   []Actor{witkoff, putin},
				Meetings: []Meeting{{Participants: []string{"Vladimir Putin", "Steve Witkoff"}, Date: "2025-12-02", When: "December 2", Modality: Planned, Sources: []Source{{Text: "The envoy meets Putin on December 2."}}}},
			},
		},
		{
			ID: "a3", Feed: "Wire", Title: "Talks in Florida", Link: "https://x/3",
			Published: time.Date(2025, 11, 30, 23, 0, 0, 0, time.UTC),
			Found: Extraction{
				Actors:   []Actor{rubio, witkoff},
				Meetings: []Meeting{{Participants: []string{"Marco Rubio", "Steve Witkoff", "Rustem Umerov"}, Date: "2025-11-30", When: "on Sunday", Location: "Florida", Modality: Held}},
				Quotes:   []Quote{{Speaker: "Marco Rubio", Text: "So much work remains."}},
			},
		},
		{ID: "a4", Feed: "Sport", Title: "Cup final", Published: time.Date(2025, 11, 29, 12, 0, 0, 0, time.UTC)},
	}
}

func fixtureBriefing() Briefing {
	return Assemble(fixtureArticles(), time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC))
}

func TestJSONFollowsTheDocumentedContract(t *testing.T) {
	data, err := fixtureBriefing().JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		AsOf     string `json:"as_of"`
		Articles []struct {
			ID, Feed, Title, Link, Published string
			Actors                           []string
		}
		Actors []struct {
			Name, Kind, Role, Affiliation string
			Aliases, Articles             []string
			Mentions                      int
		}
		Meetings []struct {
			Participants                 []string
			Date, When, Location, Status string
			Sources                      []struct{ Article, Text string }
		}
		Takes []struct {
			Analyst, Text, Article string
			About                  []string
		}
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("decode export: %v\n%s", err, data)
	}
	if got.AsOf != "2025-12-01T09:00:00Z" {
		t.Errorf("as_of = %q", got.AsOf)
	}
	if len(got.Articles) != 4 || got.Articles[0].ID != "a1" || got.Articles[3].ID != "a4" {
		t.Errorf("articles not newest first: %+v", got.Articles)
	}
	if got.Articles[0].Published != "2025-12-01T06:00:00Z" || strings.Join(got.Articles[0].Actors, ",") != "Steve Witkoff,Vladimir Putin,Institute for the Study of War" {
		t.Errorf("first article = %+v", got.Articles[0])
	}
	if got.Actors[0].Name != "Steve Witkoff" || got.Actors[0].Mentions != 9 || got.Actors[0].Kind != "person" || len(got.Actors[0].Articles) != 3 {
		t.Errorf("top actor = %+v", got.Actors[0])
	}
	if len(got.Meetings) != 2 {
		t.Fatalf("want the two reports of one meeting merged and the Florida talks: %+v", got.Meetings)
	}
	up := got.Meetings[0]
	if up.Status != "upcoming" || up.Date != "2025-12-02" || up.Location != "Moscow" || len(up.Sources) != 2 || up.Sources[0].Article != "a1" {
		t.Errorf("upcoming meeting = %+v", up)
	}
	if past := got.Meetings[1]; past.Status != "past" || past.Date != "2025-11-30" {
		t.Errorf("past meeting = %+v", past)
	}
	if len(got.Takes) != 1 || got.Takes[0].Article != "a1" {
		t.Errorf("takes = %+v", got.Takes)
	}
	if !strings.Contains(string(data), `"call": false`) {
		t.Errorf("meetings carry no call field:\n%s", data)
	}
	// Lists are [] rather than null, so consumers can iterate without checks.
	if strings.Contains(string(data), "null") {
		t.Errorf("export holds a null:\n%s", data)
	}
}

func TestEmptyBriefingExportsEmptyLists(t *testing.T) {
	data, err := Briefing{AsOf: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)}.JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"articles": []`, `"actors": []`, `"meetings": []`, `"takes": []`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("missing %s in\n%s", key, data)
		}
	}
}

func TestMarkdownShowsMeetingsTakesAndEscapesFeedText(t *testing.T) {
	articles := fixtureArticles()
	articles[3].Title = "Cup *final* [live] <b>"
	md := Assemble(articles, time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)).Markdown()
	for _, want := range []string{
		"# Briefing, Monday 1 December 2025",
		"## Upcoming meetings\n\n- **2025-12-02**: Steve Witkoff, Vladimir Putin, in Moscow",
		"## Past and cancelled meetings\n\n- **2025-11-30**: Marco Rubio, Steve Witkoff, Rustem Umerov, in Florida",
		"- **Institute for the Study of War**: Bloggers doubt Putin will compromise. ([Witkoff to meet Putin](<https://x/1>))",
		`Cup \*final\* \[live\] \<b\>`,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

// A filtered briefing's meetings still link the articles that report them,
// even one the filter does not list because it never names the actor.
func TestFilteredMarkdownLinksEverySource(t *testing.T) {
	arts := fixtureArticles()
	arts[1].Found.Actors = arts[1].Found.Actors[:1] // the Ledger piece names Witkoff, not Putin
	b := Assemble(arts, time.Date(2025, 12, 1, 12, 0, 0, 0, time.UTC))
	f := b.Filter(Filter{Actors: []string{"Vladimir Putin"}})
	for _, a := range f.Articles {
		if a.ID == "a2" {
			t.Fatalf("the filter lists a2, which does not name Putin")
		}
	}
	if md := f.Markdown(); !strings.Contains(md, "[Envoy heads to Moscow](<https://x/2>)") {
		t.Errorf("the Ledger report of the meeting is not linked:\n%s", md)
	}
}

// A call and a meeting in person between the same people on the same day
// are two entries.
func TestACallIsNotTheMeetingThatDay(t *testing.T) {
	day := time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)
	met := Meeting{Participants: []string{"Volodymyr Zelensky", "Emmanuel Macron"}, Date: "2025-12-01", Location: "Paris", Modality: Held,
		Sources: []Source{{Text: "Macron met Zelensky in Paris."}}}
	called := Meeting{Participants: []string{"Volodymyr Zelensky", "Emmanuel Macron", "Steve Witkoff"}, Date: "2025-12-01", Modality: Held, Call: true,
		Sources: []Source{{Text: "The two leaders spoke with Witkoff by phone."}}}
	b := Assemble([]Article{
		{ID: "a", Published: day, Found: Extraction{Meetings: []Meeting{met}}},
		{ID: "b", Published: day.Add(time.Hour), Found: Extraction{Meetings: []Meeting{called}}},
	}, day.Add(12*time.Hour))
	if len(b.Meetings) != 2 {
		t.Fatalf("meetings %+v, want the visit and the call apart", b.Meetings)
	}
	calls := 0
	for _, m := range b.Meetings {
		if m.Call {
			calls++
		}
	}
	if calls != 1 {
		t.Errorf("%d calls among %+v, want 1", calls, b.Meetings)
	}
	if md := b.Markdown(); !strings.Contains(md, "(call)") {
		t.Errorf("Markdown does not mark the call:\n%s", md)
	}
}

// An undated meeting shows its when as written; a visit's country is said
// once, as its place.
func TestMarkdownSaysWhenAndWhereOnce(t *testing.T) {
	b := Briefing{AsOf: time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC), Meetings: []Meeting{
		{Participants: []string{"Volodymyr Zelensky", "Ireland"}, Date: "2025-12-02", Location: "Ireland", Status: Upcoming},
		{Participants: []string{"Vladimir Putin", "Donald Trump"}, When: "October", Location: "Budapest", Status: StatusCancel, Modality: Cancelled},
		{Participants: []string{"Hamas", "Egypt"}, When: "later\nthis *month*", Location: "Egypt", Status: Upcoming},
	}, Actors: []Actor{
		{Name: "Volodymyr Zelensky", Kind: Person}, {Name: "Vladimir Putin", Kind: Person}, {Name: "Donald Trump", Kind: Person},
		{Name: "Ireland", Kind: Country}, {Name: "Egypt", Kind: Country}, {Name: "Hamas", Kind: Organization},
	}}
	md := b.Markdown()
	for _, want := range []string{"- **2025-12-02**: Volodymyr Zelensky, in Ireland", "- **October**: Vladimir Putin, Donald Trump, in Budapest (cancelled)",
		"- **later this \\*month\\***: Hamas, Egypt, in Egypt"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}
