package brief

import "testing"

// Sources of takes news names in other ways: an organisation based in a
// city ("of the Topchubashov Center in Baku said"), a name with a
// capitalised Arabic article ("Tariq Al-Mansouri"), a research unit of a
// think tank, a firm's estimates, a bank's head of research. A public
// body's data is no take, nor is a council's head an analyst.
func TestTakesFromOtherSources(t *testing.T) {
	for _, tc := range []struct {
		text, analyst, about string
	}{
		{"Elnur Mammadli of the Topchubashov Center in Baku said Ilham Aliyev was in no hurry.", "Elnur Mammadli", "Ilham Aliyev"},
		{"Tariq Al-Mansouri, a fellow at the Middle East Council on Global Affairs in Doha, says that approach has made Qatar indispensable.", "Tariq Al-Mansouri", "Qatar"},
		{"China's coast guard now patrols Scarborough Shoal, according to the Asia Maritime Transparency Initiative at the Center for Strategic and International Studies in Washington.", "Asia Maritime Transparency Initiative", "China Coast Guard"},
		{"China controls around 90% of rare earth magnet production, according to estimates by the Rhodium Group.", "Rhodium Group", "China"},
		{"Chinese demand will rise, said Martina Reyes, head of metals research at Macquarie in London.", "Martina Reyes", "China"},
	} {
		x := extractDoc(t, Document{Text: tc.text})
		if len(x.Takes) != 1 || x.Takes[0].Analyst != tc.analyst || !containsString(x.Takes[0].About, tc.about) {
			t.Errorf("%q: takes %+v, want one by %s about %s", tc.text, x.Takes, tc.analyst, tc.about)
		}
	}
	for _, text := range []string{
		"Prices rose 5% in October, according to data from the Statistics Office.",
		"Rachel Reeves, head of the research council, said taxes would rise.",
	} {
		if x := extractDoc(t, Document{Text: text}); len(x.Takes) != 0 {
			t.Errorf("%q: takes %+v, want none", text, x.Takes)
		}
	}
}

// A quote standing alone after an analyst's take goes on with it, and what
// it names is what the take is about.
func TestAnAnalystsQuoteGoesOn(t *testing.T) {
	x := extractDoc(t, Document{Text: "\"The Doha and Washington tracks are moving at different speeds,\" said Christelle Mbuyi, a researcher with the Congo Research Group. " +
		"\"As long as the minerals deals keep Kigali close to Washington, Paul Kagame has little reason to lean on the M23.\""})
	if len(x.Takes) != 1 || !containsString(x.Takes[0].About, "Paul Kagame") {
		t.Errorf("takes %+v, want Mbuyi's take about Kagame", x.Takes)
	}
}

// A signed piece whose author a bio makes an analyst is the author's
// analysis throughout: its paragraphs are the author's takes, but not the
// words it quotes of others. An unsigned piece is not.
func TestAnAnalystsOpinionPiece(t *testing.T) {
	body := "Prime Minister Sanae Takaichi told the Diet that an attack on Taiwan could threaten Japan.\n\n" +
		"My view is that Tokyo has misread what Xi Jinping wants.\n\n" +
		"Hiroshi Tanabe is a senior fellow at the Asia Pacific Initiative in Tokyo."
	x := extractDoc(t, Document{Text: "By Hiroshi Tanabe\n\n" + body})
	found := false
	for _, tk := range x.Takes {
		if tk.Analyst != "Hiroshi Tanabe" {
			t.Errorf("take by %s: %+v", tk.Analyst, tk)
		}
		if containsString(tk.About, "Sanae Takaichi") && !containsString(tk.About, "Xi Jinping") {
			t.Errorf("Takaichi's own words became a take: %+v", tk)
		}
		found = found || containsString(tk.About, "Xi Jinping")
	}
	if !found {
		t.Errorf("takes %+v, want Tanabe's view of Xi", x.Takes)
	}
	if x := extractDoc(t, Document{Text: body}); len(x.Takes) != 0 {
		t.Errorf("an unsigned piece has takes: %+v", x.Takes)
	}
}
