package brief

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed data/*.json
var dataFS embed.FS

// gazetteerFile is the shape of actors.json / actors.yaml (built-in or the
// user's) and of places.json.
type gazetteerFile struct {
	Actors []actorEntry `json:"actors" yaml:"actors"`
	Places []placeEntry `json:"places" yaml:"places"`
}

type actorEntry struct {
	Name        string   `json:"name" yaml:"name"`
	Kind        Kind     `json:"kind" yaml:"kind"`
	Role        string   `json:"role" yaml:"role"`
	Affiliation string   `json:"affiliation" yaml:"affiliation"`
	Aliases     []string `json:"aliases" yaml:"aliases"`
}

type placeEntry struct {
	Name    string   `json:"name" yaml:"name"`
	Country string   `json:"country" yaml:"country"`
	Aliases []string `json:"aliases" yaml:"aliases"`
	Capital bool     `json:"capital" yaml:"capital"` // the city news calls its country's capital
}

// Gazetteer is the set of known actors and places extraction matches against:
// the built-in data merged with the user's additions.
type Gazetteer struct {
	actors []Actor
	places []placeEntry
	byName map[string]int // folded canonical name -> actor
	names  *trie          // every alias of every actor and place; payload indexes entries
	// longNames holds the aliases of three words or more, matched in any
	// case ("coalition of the willing") where names finds nothing.
	longNames *trie
	entries   []gazEntry
	// roleWords indexes persons by the words of their role and affiliation,
	// so a misspelt name with a title finds its candidates without a scan.
	roleWords map[string][]int32
	// byAffiliation indexes persons by their folded affiliation.
	byAffiliation map[string][]int32
	// analyst says, per actor, whether its role or name marks an analyst.
	analyst []bool
	// body says, per actor, whether it is a body of members that meets as
	// one (lexicon.isBody).
	body []bool
	// spellings holds, per person, the letters of its name and multi-word
	// aliases, for edit distances without re-folding them.
	spellings [][]spelling
	// placeCountry is, per place, the gazetteer actor of its country (-1).
	placeCountry []int32
	// capitalOf is, per country actor, its capital's place index (-1 when
	// it has two).
	capitalOf map[int32]int32
	// orgBySpelling finds an organisation by its name or alias squashed as a
	// host name spells it ("atlanticcouncil"), for analysis feeds.
	orgBySpelling map[string]int32
	// firstNames holds the folded first words of every person's name and
	// multi-word aliases: the given names the data vouches for.
	firstNames map[string]bool
	// lastFold holds, per person's name and multi-word alias, its last word
	// folded: the surname key every document would otherwise fold again.
	lastFold map[string]string
	// heads maps an office of a body ("president|<Brazil's index>") to the
	// person holding it (see buildHeads).
	heads   map[headKey]int32
	lex     *lexicon
	voc     *vocab
	version string
}

// gazEntry is what one alias names: an actor, a place, or both ("Washington").
type gazEntry struct {
	actor int32 // index into actors, -1 when none
	place int32 // index into places, -1 when none
}

// NewGazetteer loads the built-in gazetteer and merges each user file
// (the contents of actors.json or actors.yaml) over it: an entry with the
// name of a known actor or place overrides its non-empty fields and adds its
// aliases; any other entry is added.
func NewGazetteer(user ...[]byte) (*Gazetteer, error) {
	hash := sha256.New()
	hash.Write([]byte(rulesVersion))
	lexData, err := dataFS.ReadFile("data/lexicon.json")
	if err != nil {
		return nil, fmt.Errorf("read built-in lexicon: %w", err)
	}
	hash.Write(lexData)
	voc := newVocab()
	lx, err := compileLexicon(lexData, voc)
	if err != nil {
		return nil, err
	}
	var base gazetteerFile
	for _, name := range []string{"data/actors.json", "data/places.json"} {
		data, err := dataFS.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read built-in %s: %w", name, err)
		}
		hash.Write(data)
		var f gazetteerFile
		if err := json.Unmarshal(data, &f); err != nil {
			return nil, fmt.Errorf("parse built-in %s: %w", name, err)
		}
		base.Actors = append(base.Actors, f.Actors...)
		base.Places = append(base.Places, f.Places...)
	}
	builtIn := len(base.Actors)
	for i, data := range user {
		hash.Write(data)
		f, err := parseUserGazetteer(data)
		if err != nil {
			return nil, fmt.Errorf("user gazetteer %d: %w", i+1, err)
		}
		base.Actors = mergeActorEntries(base.Actors, f.Actors)
		base.Places = mergePlaceEntries(base.Places, f.Places)
	}
	g := &Gazetteer{lex: lx, voc: voc, version: hex.EncodeToString(hash.Sum(nil))[:16]}
	g.build(base, builtIn)
	// The date words join the vocabulary before any trie is frozen.
	for _, m := range []map[string]int{lx.weekdays, lx.months, lx.relDays} {
		for w := range m {
			voc.intern(w)
		}
	}
	for _, w := range []string{"week", "weekend", "month"} {
		voc.intern(w)
	}
	g.names.freeze()
	g.longNames.freeze()
	lx.freeze(voc)
	voc.freeze()
	return g, nil
}

// parseUserGazetteer reads JSON when the data looks like JSON, YAML otherwise.
func parseUserGazetteer(data []byte) (gazetteerFile, error) {
	var f gazetteerFile
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		if trimmed[0] == '[' {
			// A bare list of actors is accepted too.
			if err := json.Unmarshal(trimmed, &f.Actors); err != nil {
				return f, fmt.Errorf("parse JSON: %w", err)
			}
			return f, validateEntries(f)
		}
		if err := json.Unmarshal(trimmed, &f); err != nil {
			return f, fmt.Errorf("parse JSON: %w", err)
		}
		return f, validateEntries(f)
	}
	if err := yaml.Unmarshal(trimmed, &f); err != nil {
		return f, fmt.Errorf("parse YAML: %w", err)
	}
	return f, validateEntries(f)
}

func validateEntries(f gazetteerFile) error {
	for i, a := range f.Actors {
		if strings.TrimSpace(a.Name) == "" {
			return fmt.Errorf("actor %d has no name", i+1)
		}
		switch a.Kind {
		case "", Person, Organization, Country:
		default:
			return fmt.Errorf("actor %q: unknown kind %q (person, organization or country)", a.Name, a.Kind)
		}
	}
	for i, p := range f.Places {
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Errorf("place %d has no name", i+1)
		}
	}
	return nil
}

func mergeActorEntries(base, user []actorEntry) []actorEntry {
	for _, u := range user {
		u.Name = strings.TrimSpace(u.Name)
		i := indexActorEntry(base, u.Name)
		if i < 0 {
			if u.Kind == "" {
				u.Kind = Person
			}
			base = append(base, u)
			continue
		}
		b := &base[i]
		if u.Kind != "" {
			b.Kind = u.Kind
		}
		if u.Role != "" {
			b.Role = u.Role
		}
		if u.Affiliation != "" {
			b.Affiliation = u.Affiliation
		}
		b.Aliases = append(append([]string(nil), b.Aliases...), u.Aliases...)
	}
	return base
}

func indexActorEntry(list []actorEntry, name string) int {
	for i := range list {
		if strings.EqualFold(list[i].Name, name) {
			return i
		}
	}
	return -1
}

func mergePlaceEntries(base, user []placeEntry) []placeEntry {
	for _, u := range user {
		found := false
		for i := range base {
			if strings.EqualFold(base[i].Name, u.Name) {
				if u.Country != "" {
					base[i].Country = u.Country
				}
				base[i].Aliases = append(append([]string(nil), base[i].Aliases...), u.Aliases...)
				found = true
				break
			}
		}
		if !found {
			base = append(base, u)
		}
	}
	return base
}

// build compiles the merged entries into the alias trie. For an alias two
// built-in actors share, the first keeps it; a user's actor takes it.
func (g *Gazetteer) build(f gazetteerFile, builtIn int) {
	g.byName = make(map[string]int, len(f.Actors))
	g.roleWords = map[string][]int32{}
	g.byAffiliation = map[string][]int32{}
	aliasOf := map[string]int32{} // folded alias -> entry index
	// entryFor returns the entry of an alias, creating it on first sight;
	// every written form is added to the trie so its case is accepted.
	entryFor := func(alias string) *gazEntry {
		key := strings.Join(foldedTokens(alias), " ")
		i, ok := aliasOf[key]
		if !ok {
			g.entries = append(g.entries, gazEntry{actor: -1, place: -1})
			i = int32(len(g.entries) - 1)
			aliasOf[key] = i
		}
		g.names.add(alias, i, true)
		if len(foldedTokens(alias)) >= 3 {
			// A long name is unambiguous in any case: "coalition of the willing".
			g.longNames.add(alias, i, false)
		}
		return &g.entries[i]
	}
	g.names = newTrie(g.voc)
	g.longNames = newTrie(g.voc)
	for i, e := range f.Actors {
		a := Actor{Name: e.Name, Kind: e.Kind, Role: e.Role, Affiliation: e.Affiliation}
		if a.Kind == "" {
			a.Kind = Person
		}
		for _, al := range e.Aliases {
			al = strings.TrimSpace(al)
			if al != "" && !strings.EqualFold(al, e.Name) && !containsFold(a.Aliases, al) {
				a.Aliases = append(a.Aliases, al)
			}
		}
		g.actors = append(g.actors, a)
		g.byName[strings.ToLower(a.Name)] = i
		for _, al := range append([]string{a.Name}, a.Aliases...) {
			en := entryFor(al)
			if en.actor < 0 || i >= builtIn {
				en.actor = int32(i)
			}
			if a.Kind != Person {
				continue
			}
			// "Abdel Fattah Burhan" for "Abdel Fattah al-Burhan": news
			// drops the Arabic article; the spelling names no one else.
			if v := withoutArticle(al); v != "" {
				if en := entryFor(v); en.actor < 0 {
					en.actor = int32(i)
				}
			}
		}
		if a.Kind == Person {
			aff := strings.ToLower(a.Affiliation)
			g.byAffiliation[aff] = append(g.byAffiliation[aff], int32(i))
			for _, w := range roleWordsOf(a.Role + " " + a.Affiliation) {
				g.roleWords[w] = append(g.roleWords[w], int32(i))
			}
		}
	}
	g.heads = buildHeads(g.actors, g.bodyIndex)
	g.places = f.Places
	for i, p := range f.Places {
		for _, al := range append([]string{p.Name}, p.Aliases...) {
			if strings.TrimSpace(al) == "" {
				continue
			}
			en := entryFor(al)
			if en.place < 0 {
				en.place = int32(i)
			}
		}
	}
	g.orgBySpelling = map[string]int32{}
	for i, a := range g.actors {
		if a.Kind != Organization {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if sq := squashed(n); len(sq) >= 4 {
				if _, dup := g.orgBySpelling[sq]; !dup {
					g.orgBySpelling[sq] = int32(i)
				}
			}
		}
	}
	g.firstNames = map[string]bool{}
	g.lastFold = map[string]string{}
	for _, a := range g.actors {
		if a.Kind != Person {
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if w := strings.Fields(n); len(w) >= 2 {
				g.firstNames[foldText(w[0])] = true
				g.lastFold[n] = lastWordFold(n)
			}
		}
	}
	g.addSurnames(aliasOf, builtIn)
	g.analyst = make([]bool, len(g.actors))
	g.body = make([]bool, len(g.actors))
	g.spellings = make([][]spelling, len(g.actors))
	for i := range g.actors {
		a := &g.actors[i]
		switch a.Kind {
		case Organization:
			g.analyst[i] = g.lex.isAnalystOrg(a)
			g.body[i] = g.lex.isBody(a)
		case Person:
			g.analyst[i] = g.lex.roleIsAnalyst(g.voc, a.Role)
			g.spellings[i] = []spelling{newSpelling(letters(a.Name))}
			for _, al := range a.Aliases {
				if strings.ContainsRune(al, ' ') {
					g.spellings[i] = append(g.spellings[i], newSpelling(letters(al)))
				}
			}
		}
	}
	g.placeCountry = make([]int32, len(g.places))
	g.capitalOf = map[int32]int32{}
	for i, p := range g.places {
		g.placeCountry[i] = -1
		if ci, ok := g.byName[strings.ToLower(p.Country)]; ok {
			g.placeCountry[i] = int32(ci)
			if p.Capital {
				if _, dup := g.capitalOf[int32(ci)]; dup {
					g.capitalOf[int32(ci)] = -1 // two seats (Bolivia): no telling which
				} else {
					g.capitalOf[int32(ci)] = int32(i)
				}
			}
		}
	}
}

func foldedTokens(s string) []string {
	toks := tokenize(s, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.fold
	}
	return out
}

// roleWordsOf returns the folded content words of a role ("Secretary of the
// National Security and Defense Council" -> secretary, national, security,
// defense, council), the evidence that ties a misspelt name to an actor.
func roleWordsOf(role string) []string { return appendRoleWords(nil, role) }

// appendRoleWords appends the words roleWordsOf returns to out: the fields
// of letters and points, read in place rather than split into a new list.
func appendRoleWords(out []string, role string) []string {
	lower := strings.ToLower(role)
	start := -1
	for i, r := range lower {
		if !unicode.IsLetter(r) && r != '.' {
			if start >= 0 {
				out = appendRoleWord(out, lower[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = appendRoleWord(out, lower[start:])
	}
	return out
}

func appendRoleWord(out []string, f string) []string {
	f = strings.Trim(f, ".")
	if len(f) < 3 || roleStopwords[f] {
		return out
	}
	if f == "defence" {
		f = "defense"
	}
	if containsString(out, f) {
		return out
	}
	return append(out, f)
}

// roleStopwords are the function words of role phrases; they carry no evidence.
var roleStopwords = map[string]bool{"the": true, "and": true, "for": true, "of": true, "with": true, "former": true}

// Actor returns the known actor called name (canonical name or alias,
// case-blind).
func (g *Gazetteer) Actor(name string) (Actor, bool) {
	var toks []token
	return g.actorWith(name, &toks)
}

// actorWith is Actor, tokenizing into *toks (scratch the caller keeps).
func (g *Gazetteer) actorWith(name string, toks *[]token) (Actor, bool) {
	if i, ok := g.byName[strings.ToLower(strings.TrimSpace(name))]; ok {
		return g.actors[i], true
	}
	*toks = tokenize(name, (*toks)[:0])
	toks2 := *toks
	g.voc.number(toks2)
	if n, v := g.names.longest(toks2, 0, len(toks2)); n == len(toks2) && n > 0 && g.entries[v].actor >= 0 {
		return g.actors[g.entries[v].actor], true
	}
	return Actor{}, false
}

// bodyIndex finds the actor a role names as the body of an office, by its
// name or an alias in lower case ("u.s. secretary of state", "uk foreign
// secretary").
func (g *Gazetteer) bodyIndex(name string) (int, bool) {
	if i, ok := g.byName[name]; ok {
		return i, true
	}
	// Roles are read in lower case; aliases keep their case ("U.S.", "UK").
	for _, form := range []string{strings.ToUpper(name), titleCase(name)} {
		toks := tokenize(form, nil)
		g.voc.number(toks)
		if n, v := g.names.longest(toks, 0, len(toks)); n == len(toks) && n > 0 && g.entries[v].actor >= 0 {
			return int(g.entries[v].actor), true
		}
	}
	return 0, false
}

// titleCase capitalises each word of s.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// Len reports how many actors and places the gazetteer holds.
func (g *Gazetteer) Len() (actors, places int) { return len(g.actors), len(g.places) }

// withoutArticle returns a name of two words or more without its Arabic
// articles ("al-", "el-"), "" when it has none or would be one word.
func withoutArticle(name string) string {
	words := strings.Fields(name)
	changed := false
	for k, w := range words {
		for _, art := range []string{"al-", "el-", "Al-", "El-"} {
			if rest, ok := strings.CutPrefix(w, art); ok && rest != "" {
				words[k], changed = rest, true
			}
		}
	}
	if !changed || len(words) < 2 {
		return ""
	}
	return strings.Join(words, " ")
}
