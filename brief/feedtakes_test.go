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
