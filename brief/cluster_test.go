package brief

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func at(day, hour int) time.Time { return time.Date(2025, 11, day, hour, 0, 0, 0, time.UTC) }

func person(name, affiliation string) Actor {
	return Actor{Name: name, Kind: Person, Affiliation: affiliation, Mentions: 1}
}

func country(name string) Actor {
	return Actor{Name: name, Kind: Country, Affiliation: name, Mentions: 1}
}

// reportOf is an article that reports one meeting and mentions its actors.
func reportOf(id string, pub time.Time, m Meeting, actors ...Actor) Article {
	return Article{ID: id, Published: pub, Found: Extraction{Actors: actors, Meetings: []Meeting{m}}}
}

func TestAReportThatFitsTwoMeetingsJoinsThem(t *testing.T) {
	witkoff, putin := person("Steve Witkoff", "United States"), person("Vladimir Putin", "Russia")
	kremlin := Actor{Name: "Kremlin", Kind: Organization, Affiliation: "Russia", Mentions: 1}
	b := Assemble([]Article{
		reportOf("a", at(30, 9), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin", "Kirill Dmitriev"}, Date: "2025-12-02", Modality: Planned}, witkoff, putin),
		reportOf("b", at(30, 8), Meeting{Participants: []string{"Kremlin", "Steve Witkoff"}, Date: "2025-12-02", Modality: Planned}, kremlin, witkoff),
		reportOf("c", at(29, 8), Meeting{Participants: []string{"Kremlin", "Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", Modality: Planned}, kremlin, witkoff, putin),
	}, at(30, 12))
	if len(b.Meetings) != 1 || len(b.Meetings[0].Sources) != 3 {
		t.Fatalf("want one meeting with three sources, got %+v", b.Meetings)
	}
}

func TestPartiesMatchThePeopleWhoActForThem(t *testing.T) {
	rubio, umerov := person("Marco Rubio", "United States"), person("Rustem Umerov", "Ukraine")
	us, ua := country("United States"), country("Ukraine")
	b := Assemble([]Article{
		reportOf("a", at(30, 20), Meeting{Participants: []string{"Marco Rubio", "Rustem Umerov"}, Date: "2025-11-30", Location: "Florida", Modality: Held}, rubio, umerov),
		reportOf("b", at(30, 21), Meeting{Participants: []string{"Ukraine", "Marco Rubio"}, Date: "2025-11-30", Location: "Florida", Modality: Held}, rubio, ua),
		reportOf("c", at(30, 22), Meeting{Participants: []string{"United States", "Ukraine"}, Date: "2025-11-30", Location: "Florida", Modality: Held}, us, ua),
	}, at(30, 23))
	if len(b.Meetings) != 1 {
		t.Fatalf("want the Florida talks once, got %+v", b.Meetings)
	}
	// The countries are represented by Rubio and Umerov: they add nothing.
	if got := b.Meetings[0].Participants; !slices.Equal(got, []string{"Marco Rubio", "Rustem Umerov"}) {
		t.Errorf("participants %v", got)
	}
}

func TestAPartyOnlyReportDoesNotBridgeTwoMeetings(t *testing.T) {
	zelensky, macron := person("Volodymyr Zelensky", "Ukraine"), person("Emmanuel Macron", "France")
	rubio, umerov := person("Marco Rubio", "United States"), person("Rustem Umerov", "Ukraine")
	us, ua := country("United States"), country("Ukraine")
	b := Assemble([]Article{
		reportOf("paris", at(30, 18), Meeting{Participants: []string{"Volodymyr Zelensky", "Emmanuel Macron"}, Date: "2025-11-30", Modality: Held}, zelensky, macron),
		reportOf("florida", at(30, 20), Meeting{Participants: []string{"Marco Rubio", "Rustem Umerov"}, Date: "2025-11-30", Location: "Florida", Modality: Held}, rubio, umerov),
		reportOf("vague", at(30, 17), Meeting{Participants: []string{"United States", "Ukraine", "Volodymyr Zelensky"}, Date: "2025-11-30", Modality: Held}, us, ua, zelensky),
	}, at(30, 23))
	// The vague report fits both by party; only a report naming the same
	// people as both may join two meetings.
	if len(b.Meetings) != 2 {
		t.Fatalf("Zelensky-Macron and the Florida talks must stay apart: %+v", b.Meetings)
	}
	for _, m := range b.Meetings {
		if slices.Contains(m.Participants, "Emmanuel Macron") && slices.Contains(m.Participants, "Marco Rubio") {
			t.Errorf("bridged: %+v", m)
		}
	}
}

func TestUndatedReportsJoinTheMeetingTheyAnticipate(t *testing.T) {
	witkoff, putin := person("Steve Witkoff", "United States"), person("Vladimir Putin", "Russia")
	b := Assemble([]Article{
		reportOf("dated", at(30, 9), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", When: "on Tuesday", Modality: Planned}, witkoff, putin),
		reportOf("early", at(26, 9), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, When: "next week", Modality: Planned}, witkoff, putin),
		reportOf("august", time.Date(2025, 8, 6, 9, 0, 0, 0, time.UTC), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Modality: Planned}, witkoff, putin),
	}, at(30, 12))
	if len(b.Meetings) != 2 {
		t.Fatalf("want the December meeting (with the 'next week' report) and the stale August plan: %+v", b.Meetings)
	}
	dec := b.Meetings[0]
	if dec.Date != "2025-12-02" || dec.When != "on Tuesday" || len(dec.Sources) != 2 || dec.Status != Upcoming {
		t.Errorf("December meeting %+v", dec)
	}
	if aug := b.Meetings[1]; aug.Date != "" || aug.Status != Past {
		t.Errorf("an undated plan reported months before as-of is no longer upcoming: %+v", aug)
	}
}

// BenchmarkAssemble measures turning 50,000 stored articles into a
// briefing, the work done on every full load of the TUI and every export.
func BenchmarkAssemble(b *testing.B) {
	const n, actors = 50000, 2000
	pool := make([]Actor, actors)
	for i := range pool {
		pool[i] = person(fmt.Sprintf("Person %d", i), fmt.Sprintf("Country %d", i%40))
	}
	articles := make([]Article, n)
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range articles {
		a := &articles[i]
		a.ID = fmt.Sprintf("%016x", i)
		a.Published = start.Add(time.Duration(n-i) * 10 * time.Minute) // newest first, as the store loads them
		for k := 0; k < 10; k++ {
			a.Found.Actors = append(a.Found.Actors, pool[(i*7+k*13)%actors])
		}
		if i%2 == 0 {
			day := a.Published.AddDate(0, 0, i%5).Format(time.DateOnly)
			a.Found.Meetings = []Meeting{{Participants: []string{pool[i%actors].Name, pool[(i+1)%actors].Name}, Date: day, Modality: Planned}}
		}
		if i%5 == 0 {
			a.Found.Takes = []Take{{Analyst: "analysts", About: []string{pool[i%actors].Name}, Text: "A take."}}
		}
	}
	asOf := start.AddDate(1, 0, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Assemble(articles, asOf)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/briefing")
}

func TestAPartyMatchMustNotContradictThePlace(t *testing.T) {
	rubio, umerov := person("Marco Rubio", "United States"), person("Rustem Umerov", "Ukraine")
	us, ua := country("United States"), country("Ukraine")
	b := Assemble([]Article{
		reportOf("florida", at(30, 20), Meeting{Participants: []string{"Marco Rubio", "Rustem Umerov"}, Date: "2025-11-30", Location: "Florida", Modality: Held}, rubio, umerov),
		reportOf("geneva", at(30, 21), Meeting{Participants: []string{"United States", "Ukraine"}, Date: "2025-11-30", Location: "Geneva", Modality: Held}, us, ua),
		reportOf("nowhere", at(30, 22), Meeting{Participants: []string{"United States", "Ukraine"}, Date: "2025-11-30", Modality: Held}, us, ua),
	}, at(30, 23))
	// The placeless report may belong to either; Rubio and Umerov in Florida
	// must never be folded into talks in Geneva.
	if len(b.Meetings) != 2 || b.Meetings[0].Location == b.Meetings[1].Location {
		t.Fatalf("want Florida and Geneva apart: %+v", b.Meetings)
	}
	for _, m := range b.Meetings {
		if m.Status != Past {
			t.Errorf("talks held today are past: %+v", m)
		}
	}
}

func TestOneDayOnePlaceOneParticipantIsOneMeeting(t *testing.T) {
	rubio, yermak, umerov := person("Marco Rubio", "United States"), person("Andriy Yermak", "Ukraine"), person("Rustem Umerov", "Ukraine")
	b := Assemble([]Article{
		reportOf("us", at(23, 20), Meeting{Participants: []string{"Marco Rubio", "Andriy Yermak"}, Date: "2025-11-23", Location: "Geneva", Modality: Held}, rubio, yermak),
		reportOf("ua", at(23, 21), Meeting{Participants: []string{"Rustem Umerov", "Andriy Yermak"}, Date: "2025-11-23", Location: "Geneva", Modality: Held}, umerov, yermak),
		reportOf("elsewhere", at(23, 22), Meeting{Participants: []string{"Rustem Umerov", "Andriy Yermak"}, Date: "2025-11-23", Location: "Kyiv", Modality: Held}, umerov, yermak),
	}, at(24, 9))
	if len(b.Meetings) != 2 {
		t.Fatalf("want the Geneva talks once and the Kyiv meeting: %+v", b.Meetings)
	}
	for _, m := range b.Meetings {
		if m.Location == "Geneva" && len(m.Sources) != 2 {
			t.Errorf("Geneva talks %+v: want both reports", m)
		}
	}
}

func TestAnUndatedPlanIsNotTalksAlreadyHeld(t *testing.T) {
	zelensky, trump := person("Volodymyr Zelensky", "Ukraine"), person("Donald Trump", "United States")
	b := Assemble([]Article{
		reportOf("held", at(30, 20), Meeting{Participants: []string{"Volodymyr Zelensky", "Donald Trump"}, Date: "2025-11-30", Modality: Held}, zelensky, trump),
		reportOf("plan", time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC), Meeting{Participants: []string{"Volodymyr Zelensky", "Donald Trump"}, When: "later this week", Modality: Planned}, zelensky, trump),
	}, time.Date(2025, 12, 1, 10, 0, 0, 0, time.UTC))
	if len(b.Meetings) != 2 || b.Meetings[0].Status != Upcoming || b.Meetings[0].When != "later this week" {
		t.Errorf("want the planned call upcoming beside Sunday's: %+v", b.Meetings)
	}
}

func TestAnOrganisationSpeaksForItsParty(t *testing.T) {
	witkoff, putin := person("Steve Witkoff", "United States"), person("Vladimir Putin", "Russia")
	kremlin := Actor{Name: "Kremlin", Kind: Organization, Affiliation: "Russia", Mentions: 1}
	lavrov := person("Sergei Lavrov", "Russia")
	b := Assemble([]Article{
		reportOf("dated", at(30, 9), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", Modality: Planned}, witkoff, putin),
		reportOf("kremlin", at(30, 10), Meeting{Participants: []string{"Kremlin", "Steve Witkoff"}, When: "the week of December 1", Modality: Planned}, kremlin, witkoff),
		reportOf("lavrov", at(30, 11), Meeting{Participants: []string{"Sergei Lavrov", "Steve Witkoff"}, When: "soon", Modality: Planned}, lavrov, witkoff),
	}, at(30, 12))
	if len(b.Meetings) != 2 || len(b.Meetings[0].Sources) != 2 {
		t.Errorf("want the Kremlin's report in the Witkoff-Putin meeting, and Lavrov's apart (two people of one party are not one): %+v", b.Meetings)
	}
}

func TestPlacesAgreeAcrossDepths(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		agree bool
	}{
		{"Florida", "Hallandale Beach", true},
		{"Shell Bay", "Florida", true},
		{"Moscow", "Russia", true},
		{"geneva", "Geneva", true},
		{"", "Kyiv", true},
		{"Geneva", "Kyiv", false},
		{"Florida", "Washington", false},
		{"Miami", "Palm Beach", false}, // both in Florida, yet not one place
	} {
		if got := placesAgree(tc.a, tc.b); got != tc.agree {
			t.Errorf("placesAgree(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestAVenueAgreesWithItsCity(t *testing.T) {
	witkoff, putin := person("Steve Witkoff", "United States"), person("Vladimir Putin", "Russia")
	kremlin := Actor{Name: "Kremlin", Kind: Organization, Affiliation: "Russia", Mentions: 1}
	elysee := Actor{Name: "Élysée Palace", Kind: Organization, Affiliation: "France", Mentions: 1}
	b := Assemble([]Article{
		reportOf("city", at(30, 9), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", Location: "Moscow", Modality: Planned}, witkoff, putin),
		reportOf("venue", at(30, 10), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", Location: "Kremlin", Modality: Planned}, witkoff, putin, kremlin),
		reportOf("abroad", at(30, 11), Meeting{Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2025-12-02", Location: "Élysée Palace", Modality: Planned}, witkoff, putin, elysee),
	}, at(30, 12))
	if len(b.Meetings) != 2 || len(b.Meetings[0].Sources)+len(b.Meetings[1].Sources) != 3 {
		t.Errorf("want Moscow and the Kremlin as one meeting, the Élysée apart: %+v", b.Meetings)
	}
}

func TestWithinDay(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"2025-12-01", "2025-12-01", true}, {"2025-12-01", "2025-12-02", true}, {"2025-12-03", "2025-12-01", false},
		{"2025-11-30", "2025-12-01", true}, {"2025-12-31", "2026-01-01", true}, {"2025-11-29", "2025-12-01", false},
		{"", "", false}, {"2025-12-01", "", false}, {"junk", "2025-12-01", false},
	} {
		if got := withinDay(tc.a, tc.b); got != tc.want {
			t.Errorf("withinDay(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
