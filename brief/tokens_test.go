package brief

import (
	"strings"
	"testing"
)

func texts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

func TestTokenizeKeepsAcronymsAndSplitsCompounds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"U.S.-backed plan", "U.S.|-|backed|plan"},
		{"Russian-occupied areas", "Russian|-|occupied|areas"},
		{"J.D. Vance met O'Brien", "J.D.|Vance|met|O'Brien"},
		{"a 19-point plan, 2.5 million", "a|19|-|point|plan|,|2.5|million"},
		{"“So much,” Rubio said.", "“|So|much|,|”|Rubio|said|."},
	} {
		got := strings.Join(texts(tokenize(tc.in, nil)), "|")
		if got != tc.want {
			t.Errorf("tokenize(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestTokenizeMarksPossessives(t *testing.T) {
	toks := tokenize("Putin’s remarks and Trump's son-in-law and the allies' view", nil)
	poss := map[string]bool{}
	for _, tk := range toks {
		if tk.poss {
			poss[tk.text] = true
		}
	}
	for _, w := range []string{"Putin", "Trump", "allies"} {
		if !poss[w] {
			t.Errorf("%s not marked possessive: %v", w, texts(toks))
		}
	}
	if poss["remarks"] {
		t.Errorf("remarks marked possessive")
	}
}

func TestSentencesDoNotEndAtAbbreviations(t *testing.T) {
	g, err := NewGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Mr. Witkoff met Gen. Smith on Dec. 2, 2025. They talked.", 2},
		{"The U.S. Special Envoy arrived. He met Putin.", 2},
		{"Talks were held with the U.S. The envoy left.", 2},
		{"Key Takeaways\n\n- First point.\n- Second point.", 3},
		{"J. D. Vance spoke. Then he left!", 2},
	} {
		toks := tokenize(tc.in, nil)
		got := g.lex.splitSentences(toks, 1, nil)
		if len(got) != tc.want {
			var parts []string
			for _, s := range got {
				parts = append(parts, strings.Join(texts(toks[s.start:s.end]), " "))
			}
			t.Errorf("%q: %d sentences %q, want %d", tc.in, len(got), parts, tc.want)
		}
	}
}
