package brief

import (
	"strings"
	"testing"
)

const takeawaysText = "Key Takeaways:\n\n" +
	"- The Kremlin will stall the talks. ISW assesses that Putin wants a freeze on his terms.\n" +
	"- Ukrainian forces held their lines near Kupyansk.\n\n" +
	"Russian officials repeated their demands on Tuesday."

func TestAnAnalysisFeedsAnalystIsTheOrganisationItBelongsTo(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    Document
		want string
	}{
		{"title names the think tank by alias", Document{Feed: "ISW Russian Offensive Campaign Assessment",
			FeedURL: "isw-assessments.xml", Tags: []string{"analysis"}}, "Institute for the Study of War"},
		{"host spells the think tank", Document{Feed: "New Atlanticist",
			FeedURL: "https://feeds.atlanticcouncil.org/blogs.rss", Tags: []string{"analysis"}}, "Atlantic Council"},
		{"ISW's host, untagged", Document{Feed: "Daily updates",
			FeedURL: "https://www.understandingwar.org/rss.xml"}, "Institute for the Study of War"},
		{"title names only its subject", Document{Feed: "Kremlin Watch",
			FeedURL: "https://example.org/kw.rss", Tags: []string{"analysis"}}, "Kremlin Watch"},
		{"title names no organisation", Document{Feed: "Frontline Notes",
			FeedURL: "https://example.org/fn.rss", Tags: []string{"analysis"}}, "Frontline Notes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.d.Text = takeawaysText
			x := extractDoc(t, tc.d)
			n := 0
			for _, tk := range x.Takes {
				switch tk.Analyst {
				case tc.want:
					n++
				case "Institute for the Study of War": // "ISW assesses" in another's feed
				default:
					t.Errorf("take by %q, want %q: %s", tk.Analyst, tc.want, tk.Text)
				}
			}
			if n != 2 {
				t.Errorf("takes %+v, want one by %s per takeaway", x.Takes, tc.want)
			}
		})
	}
}

func TestAnAnalystsOwnAssessmentInsideATakeawayIsThatTakeaway(t *testing.T) {
	x := extractDoc(t, Document{Feed: "ISW Russian Offensive Campaign Assessment", Tags: []string{"analysis"}, Text: takeawaysText})
	n := 0
	for _, tk := range x.Takes {
		if strings.Contains(tk.Text, "ISW assesses") {
			n++
			if !strings.HasPrefix(tk.Text, "The Kremlin will stall") {
				t.Errorf("the assessment stands alone instead of in its bullet: %q", tk.Text)
			}
		}
		if containsString(tk.About, "Institute for the Study of War") {
			t.Errorf("a take is about its own analyst: %+v", tk)
		}
	}
	if n != 1 {
		t.Errorf("%d takes hold \"ISW assesses\", want 1: %+v", n, x.Takes)
	}
}

const commentary = "By Anna Petrova\n\n" +
	"Why Moscow waits\n\n" +
	"The Kremlin has every reason to drag out the talks. Each week without a deal is a week in which Russian forces advance.\n\n" +
	"“Time is on our side,” Dmitry Peskov said on Tuesday.\n\n" +
	"For Kyiv the calculation is harder. Zelensky needs European money more than American promises, and Brussels knows it. " +
	"Peskov said the talks were useful.\n\n" +
	"Analysts at the Atlantic Council argue that Washington has already given away too much.\n\n" +
	"The weather in Moscow was cold."

func TestACommentaryGivesOneTakePerParagraphOfItsOwnAnalysis(t *testing.T) {
	x := extractDoc(t, Document{Feed: "Carnegie Politika", FeedURL: "https://example.org/politika.rss", Tags: []string{"analysis"}, Text: commentary})
	var feed, others []Take
	for _, tk := range x.Takes {
		if tk.Analyst == "Carnegie Russia Eurasia Center" {
			feed = append(feed, tk)
		} else {
			others = append(others, tk)
		}
	}
	if len(feed) != 2 {
		t.Fatalf("the feed's takes %+v, want the Kremlin and the Kyiv paragraphs", feed)
	}
	if !containsString(feed[0].About, "Kremlin") || !strings.HasPrefix(feed[0].Text, "The Kremlin has every reason") {
		t.Errorf("first take %+v", feed[0])
	}
	if !containsString(feed[1].About, "Volodymyr Zelensky") || strings.Contains(feed[1].Text, "Peskov") {
		t.Errorf("second take %+v: the analysis without Peskov's own words", feed[1])
	}
	// The explicit attribution stays its own take, and no paragraph repeats it.
	if len(others) != 1 || others[0].Analyst != "Atlantic Council" {
		t.Errorf("other takes %+v, want the Atlantic Council's", others)
	}
	// Peskov's words are his quote, not the commentator's analysis.
	quoted := false
	for _, q := range x.Quotes {
		quoted = quoted || q.Speaker == "Dmitry Peskov"
	}
	if !quoted {
		t.Errorf("quotes %+v, want Peskov's", x.Quotes)
	}
}
