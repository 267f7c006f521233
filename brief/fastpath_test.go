package brief

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The speed-ups of extraction answer questions the plain structures answer
// too: a hash table beside the vocabulary map, flags beside a trie node's
// written forms, an id filter before a map of written forms. These tests
// hold each fast answer to the plain one, over the corpus and the data's
// own words, so that a change to either side cannot drift apart unseen.

// corpusTokens returns the tokens of every corpus article, numbered by g.
func corpusTokens(t *testing.T, g *Gazetteer) []token {
	var toks []token
	for _, c := range loadCorpusDir(t, "corpus") {
		toks = tokenizeWith(c.Title+"\n\n"+c.Text, toks, g.voc)
	}
	return toks
}

func TestVocabTableFindsWhatTheMapHolds(t *testing.T) {
	_, g := newTestExtractor(t)
	v := g.voc
	if v.table == nil || v.short == nil {
		t.Fatal("the vocabulary was not frozen")
	}
	for w, id := range v.ids {
		if got := v.lookup(w); got != id {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
		if up := strings.ToUpper(w); isASCII(w) && w == strings.ToLower(w) && len(w) <= 64 {
			if got := v.lookupFoldedASCII(up, fnvString(w)); got != id {
				t.Errorf("lookupFoldedASCII(%q) = %d, want %d", up, got, id)
			}
		}
	}
	for _, w := range []string{"", "zzzz", "the\x00", "Witkoffs", strings.Repeat("a", 40)} {
		if got, want := v.lookup(w), v.ids[w]; got != want {
			t.Errorf("lookup(%q) = %d, want %d", w, got, want)
		}
	}
	for _, tok := range corpusTokens(t, g) {
		if want := v.ids[tok.fold]; tok.id != want {
			t.Errorf("token %q (fold %q) numbered %d, want %d", tok.text, tok.fold, tok.id, want)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestTrieCaseFlagsAgreeWithForms(t *testing.T) {
	_, g := newTestExtractor(t)
	lx := g.lex
	tries := []*trie{g.names, g.longNames, lx.titles, lx.analystRoles, lx.analystNouns, lx.triggers, lx.modality,
		lx.speech, lx.takeVerbs, lx.pronouns, lx.delegation, lx.groupRoles}
	toks := corpusTokens(t, g)
	// Every written form a trie knows, as a token, besides the corpus words.
	var nodes []*trieNode
	for _, tr := range tries {
		var walk func(n *trieNode)
		walk = func(n *trieNode) {
			nodes = append(nodes, n)
			for _, c := range n.next {
				walk(c)
			}
		}
		walk(&tr.root)
	}
	for _, n := range nodes {
		for _, f := range n.forms {
			if f.kind == caseExact {
				toks = append(toks, tokenize(f.exact, nil)...)
			}
		}
	}
	checked := 0
	for _, n := range nodes {
		for i := range toks {
			if got, want := n.fits(&toks[i]), caseFits(n.forms, &toks[i]); got != want {
				t.Fatalf("node with forms %+v, token %q: fits %v, caseFits %v", n.forms, toks[i].text, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

func TestTextFiltersAgreeWithTheirSets(t *testing.T) {
	_, g := newTestExtractor(t)
	lx := g.lex
	toks := corpusTokens(t, g)
	sets := []struct {
		name string
		set  map[string]bool
		f    *textFilter
	}{{"notNames", lx.notNames, &lx.notNamesF}, {"orgWords", lx.orgWords, &lx.orgWordsF}, {"starters", lx.starters, &lx.startersF}}
	for _, s := range sets {
		// Each key as the tokenizer numbers it in running text, besides
		// the corpus words.
		all := toks
		for k := range s.set {
			all = tokenizeWith("x "+k+" x", all, g.voc)
		}
		found := 0
		for i := range all {
			want := s.set[all[i].text]
			if got := s.f.in(s.set, &all[i]); got != want {
				t.Errorf("%s: token %q (id %d): filter says %v, the set %v", s.name, all[i].text, all[i].id, got, want)
			}
			if want {
				found++
			}
		}
		if found == 0 {
			t.Errorf("%s: no token is in the set; the test checks nothing", s.name)
		}
	}
}

func TestRoleWordsAreTheFieldsOfTheRole(t *testing.T) {
	// roleWordsOf reads the fields in place; this is the plain definition.
	plain := func(role string) []string {
		var out []string
		for _, f := range strings.FieldsFunc(strings.ToLower(role), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '.'
		}) {
			f = strings.Trim(f, ".")
			if len(f) < 3 || roleStopwords[f] {
				continue
			}
			if f == "defence" {
				f = "defense"
			}
			if !containsString(out, f) {
				out = append(out, f)
			}
		}
		return out
	}
	_, g := newTestExtractor(t)
	roles := []string{"", "...", "Secretary of the National Security and Defence Council", "Dr. Émile-Zoë ΣΑΣ", "a\xffb defence defense",
		"FORMER U.S. Ambassador", "Head of Ukraine's Defence Intelligence (HUR)"}
	for _, a := range g.actors {
		roles = append(roles, a.Role, a.Role+" "+a.Affiliation)
	}
	for _, r := range roles {
		if got, want := roleWordsOf(r), plain(r); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("roleWordsOf(%q) = %q, want %q", r, got, want)
		}
	}
}
