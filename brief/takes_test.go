package brief

import (
	"strings"
	"testing"
)

func extractDoc(t *testing.T, d Document) Extraction {
	t.Helper()
	if d.Published.IsZero() {
		d.Published = testPub
	}
	if d.ID == "" {
		d.ID = "k"
	}
	return NewExtractor(builtIn(t)).Extract(d)
}

func TestTakesAreAttributedToAnalysts(t *testing.T) {
	for _, tc := range []struct {
		text, analyst, about string
	}{
		{"Analysts suggest that Russia perceives itself as having the upper hand.", "analysts", "Russia"},
		{"Analysts at the Institute for the Study of War noted that Putin is unlikely to compromise.", "Institute for the Study of War", "Vladimir Putin"},
		{"According to ISW, the Kremlin will reject the amendments.", "Institute for the Study of War", "Kremlin"},
		{"ISW assesses that the Kremlin is stalling.", "Institute for the Study of War", "Kremlin"},
		{"Jana Kovacs, a senior fellow at the Wexford Institute, said Zelensky had little room left.", "Jana Kovacs", "Volodymyr Zelensky"},
		{"Experts at the Wexford Institute warned that Ukraine faces a hard winter.", "Wexford Institute", "Ukraine"},
		{"Some observers believe Trump wants a deal before Christmas.", "observers", "Donald Trump"},
	} {
		x := extractDoc(t, Document{Text: tc.text})
		if len(x.Takes) != 1 || x.Takes[0].Analyst != tc.analyst || !containsString(x.Takes[0].About, tc.about) {
			t.Errorf("%q: takes %+v, want one by %s about %s", tc.text, x.Takes, tc.analyst, tc.about)
		}
	}
}

func TestTakesCarryOnToTheNextSentence(t *testing.T) {
	x := extractDoc(t, Document{Text: "Jana Kovacs, a senior fellow at the Wexford Institute, said the text was weak. " +
		"\"If Putin says no, he will struggle to blame Kyiv,\" she said. She added that Merz would press for more. " +
		"Separately, Macron flew to Berlin."})
	if len(x.Takes) != 1 {
		t.Fatalf("takes %+v, want one", x.Takes)
	}
	tk := x.Takes[0]
	if !strings.Contains(tk.Text, "she said") || !strings.Contains(tk.Text, "She added") || strings.Contains(tk.Text, "Macron flew") {
		t.Errorf("take text %q should run over the quote and the addition, not the next item", tk.Text)
	}
	if !containsString(tk.About, "Vladimir Putin") || !containsString(tk.About, "Friedrich Merz") {
		t.Errorf("take about %v, want Putin and Merz from the continuation", tk.About)
	}
	for _, q := range x.Quotes {
		if q.Speaker == "Jana Kovacs" || q.Speaker == "Vladimir Putin" {
			t.Errorf("the analyst's words became a quote: %+v", q)
		}
	}
}

func TestActorsStatementsAreQuotesNotTakes(t *testing.T) {
	x := extractDoc(t, Document{Text: "\"So much work remains,\" Rubio told reporters. Putin stated, “In general, we agree.” " +
		"Peskov said the talks were useful."})
	for _, tk := range x.Takes {
		t.Errorf("an actor's statement became a take: %+v", tk)
	}
	speakers := map[string]bool{}
	for _, q := range x.Quotes {
		speakers[q.Speaker] = true
	}
	if !speakers["Marco Rubio"] || !speakers["Vladimir Putin"] {
		t.Errorf("quotes %+v, want Rubio's and Putin's", x.Quotes)
	}
}

func TestAnalysisFeedsTakeEachKeyTakeaway(t *testing.T) {
	text := "Key Takeaways:\n\n- The Kremlin will reject the amendments.\n- Putin will receive Witkoff next week.\n- Ukrainian forces advanced near Kupyansk.\n\n" +
		"Russian officials continued to reject changes. Lavrov said so on Tuesday."
	for name, d := range map[string]Document{
		"isw host":     {Feed: "Russia Updates", FeedURL: "https://www.understandingwar.org/feeds/ru.rss", Text: text},
		"analysis tag": {Feed: "Institute for the Study of War", FeedURL: "https://example.org/isw.rss", Tags: []string{"analysis"}, Text: text},
		"think tank":   {Feed: "Wexford Institute commentary", FeedURL: "https://example.org/w.rss", Tags: []string{"Analysis"}, Text: text},
	} {
		t.Run(name, func(t *testing.T) {
			x := extractDoc(t, d)
			if len(x.Takes) != 3 {
				t.Fatalf("takes %+v, want one per takeaway", x.Takes)
			}
			want := "Institute for the Study of War"
			if name == "think tank" {
				want = "Wexford Institute commentary"
			}
			for _, tk := range x.Takes {
				if tk.Analyst != want || strings.HasPrefix(tk.Text, "-") {
					t.Errorf("take %+v, want analyst %s and the bullet's text", tk, want)
				}
			}
		})
	}
	// Not an analysis feed: the same text has no takes of its own.
	if x := extractDoc(t, Document{Feed: "World news", FeedURL: "https://example.com/w.rss", Text: text}); len(x.Takes) != 0 {
		t.Errorf("a news feed's bullets became takes: %+v", x.Takes)
	}
}

func TestAnalysisFeedWithoutTakeawaysTakesParagraphs(t *testing.T) {
	x := extractDoc(t, Document{Feed: "Carnegie Politika", Tags: []string{"analysis"},
		Text: "By Alexei Voronin\n\nThe Kremlin reads the revisions as weakness.\n\nPutin will wait for a better offer.\n\nThe weather was mild."})
	if len(x.Takes) != 2 {
		t.Errorf("takes %+v, want one per paragraph naming an actor, byline and empty paragraphs left out", x.Takes)
	}
	if !hasActor(x, "Alexei Voronin") {
		t.Errorf("byline author not an actor: %+v", x.Actors)
	}
}

// Observers after a think tank's take have a take of their own; the think
// tank's own researchers continue its take.
func TestObserversAfterAThinkTankTakeTheirOwnView(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: testPub,
		Text: "Analysts at the Lowy Institute said the plan would test Australia. Observers in Koror noted that Motegi's presence mattered."})
	if len(x.Takes) != 2 || x.Takes[0].Analyst != "Lowy Institute" || x.Takes[1].Analyst != "observers" {
		t.Errorf("takes %+v, want the institute's and the observers'", x.Takes)
	}
	if len(x.Takes) == 2 && containsString(x.Takes[1].About, "Lowy Institute") {
		t.Errorf("observers' take is about the institute: %+v", x.Takes[1])
	}
	x = NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: testPub,
		Text: "Analysts at the Atlantic Council said Putin would stall. Researchers in its Eurasia programme argued that Russia gains from delay."})
	if len(x.Takes) != 1 || x.Takes[0].Analyst != "Atlantic Council" {
		t.Errorf("takes %+v, want one take of the Atlantic Council", x.Takes)
	}
}

// An analyst named with initials is found before his apposition.
func TestAnAnalystWithInitials(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "t", Published: testPub,
		Text: "R. J. Whitcombe, a fellow at the Center on Global Energy Policy in New York, said OPEC was managing a slide."})
	if len(x.Takes) != 1 || x.Takes[0].Analyst != "R. J. Whitcombe" {
		t.Errorf("takes %+v, want R. J. Whitcombe's", x.Takes)
	}
}

// A take that names no actor is about what the headline is about, not
// about whoever the sentence before it names.
func TestAnActorlessTakeIsAboutTheHeadlinesActors(t *testing.T) {
	x := extractDoc(t, Document{
		Title: "Ethiopia and Eritrea trade warnings over the border",
		Text: "The African Union Commission urged restraint on Tuesday.\n\n" +
			`"Both governments are using the sea-access question to rally support," said Tsegaye Birhanu, a senior researcher at the Horn Policy Institute.`,
	})
	for _, tk := range x.Takes {
		if tk.Analyst == "Tsegaye Birhanu" {
			if !containsString(tk.About, "Ethiopia") || containsString(tk.About, "African Union Commission") {
				t.Errorf("take about %v, want the headline's Ethiopia and Eritrea", tk.About)
			}
			return
		}
	}
	t.Errorf("no take by Tsegaye Birhanu: %+v", x.Takes)
}

// A quoted fragment at the end of reported speech is the speaker's, past a
// long clause or an apposition between the name and the verb.
func TestQuotedFragmentsOfReportedSpeech(t *testing.T) {
	for _, tc := range []struct{ text, speaker, quote string }{
		{`Kremlin spokesman Dmitry Peskov stated on December 14 that Russia had not been informed and that Moscow would "wait for the Americans to tell us".`,
			"Dmitry Peskov", "wait for the Americans to tell us"},
		{`Oleksandr Merezhko, the chair of parliament's foreign affairs committee, said the mood among lawmakers was "sober, not desperate".`,
			"Oleksandr Merezhko", "sober, not desperate"},
		{`Starmer said the aim was "a just and lasting ceasefire", while Merz said he was "sceptical about some of the details".`,
			"Friedrich Merz", "sceptical about some of the details"},
	} {
		x := extractDoc(t, Document{Text: tc.text})
		found := false
		for _, q := range x.Quotes {
			found = found || q.Speaker == tc.speaker && q.Text == tc.quote
		}
		if !found {
			t.Errorf("%q: quotes %+v, want %s: %q", tc.text, x.Quotes, tc.speaker, tc.quote)
		}
	}
}

// "According to the Kestrel Institute" is a take as "according to ISW" is;
// an analyst's unknown centre is found whole ("the New Europe Center").
func TestAccordingToTheInstituteIsATake(t *testing.T) {
	x := extractDoc(t, Document{Text: "According to the Kestrel Institute, the Kremlin will reject the amendments."})
	if len(x.Takes) != 1 || x.Takes[0].Analyst != "Kestrel Institute" {
		t.Errorf("takes %+v, want one by the Kestrel Institute", x.Takes)
	}
	x = extractDoc(t, Document{Text: "Olena Marchuk, an analyst at the New Europe Center, said Kyiv had little room."})
	if a, ok := actor(x, "Olena Marchuk"); !ok || a.Affiliation != "New Europe Center" {
		t.Errorf("Marchuk %+v, want her at the New Europe Center", a)
	}
	if x := extractDoc(t, Document{Text: "According to the health ministry, 40 people were killed."}); len(x.Takes) != 0 {
		t.Errorf("a ministry's figures became a take: %+v", x.Takes)
	}
}

// "The think tank said" is the think tank named before; "the institute"
// is the last organisation named, and a take only if that one is an
// analyst's.
func TestTheThinkTankReferredBack(t *testing.T) {
	x := extractDoc(t, Document{Text: "The International Crisis Group published a report on Sudan. The think tank said the truce was holding."})
	if len(x.Takes) != 1 || x.Takes[0].Analyst != "International Crisis Group" {
		t.Errorf("takes %+v, want the think tank's", x.Takes)
	}
	x = extractDoc(t, Document{Text: "Chatham House published a report. The Pasteur Institute then released a vaccine study. The institute said the trial was a success."})
	for _, tk := range x.Takes {
		if strings.Contains(tk.Text, "trial was a success") && tk.Analyst != "Pasteur Institute" {
			t.Errorf("the Pasteur Institute's study became another's take: %+v", tk)
		}
	}
}

// An analyst introduced by a bio ("X is a research fellow at ORG"), by "X
// of ORG believes", or experts "interviewed by Reuters", give takes; so do
// the answers of a question-and-answer interview.
func TestMoreWaysAnalystsAreQuoted(t *testing.T) {
	for _, tc := range []struct{ text, analyst string }{
		{"Olena Marchuk of the New Europe Center believes the ceasefire will not hold.", "Olena Marchuk"},
		{"Experts interviewed by Reuters said the ceasefire was fragile.", "experts"},
	} {
		x := extractDoc(t, Document{Text: tc.text})
		if len(x.Takes) != 1 || x.Takes[0].Analyst != tc.analyst {
			t.Errorf("%q: takes %+v, want one by %s", tc.text, x.Takes, tc.analyst)
		}
	}
	x := extractDoc(t, Document{Text: "Han Seo-yeon is a research fellow at the Asan Institute.\n\n" +
		"Q: Will the summit change anything?\n\nA: Very little. Pyongyang wants recognition as a nuclear state.\n\n" +
		"Q: What about Japan?\n\nA: Tokyo will watch closely."})
	if len(x.Takes) != 2 || x.Takes[0].Analyst != "Han Seo-yeon" || !strings.Contains(x.Takes[0].Text, "nuclear state") {
		t.Errorf("interview takes %+v, want Han's two answers", x.Takes)
	}
	if a, ok := actor(x, "Han Seo-yeon"); !ok || a.Affiliation != "Asan Institute" {
		t.Errorf("Han %+v, want her at the Asan Institute", a)
	}
}
