package brief

import "strings"

// addSurnames lets "Varga" find "Tomas Varga" for the persons of the user's
// own files (entries from index builtIn on) that give no one-word alias.
//
// The built-in data lists every surname that is safe alone on purpose, so
// none is derived for it: a derived "Hill", "Dan" or "Waltz" would turn
// ordinary words and first names into actors. A user's surname is skipped
// for the same reasons: when it is a common word, a first name of any known
// person, a title, the surname of another known person, or already a name.
func (g *Gazetteer) addSurnames(aliasOf map[string]int32, builtIn int) {
	if builtIn >= len(g.actors) {
		return
	}
	surnames := map[string]int{}
	for _, a := range g.actors {
		if a.Kind != Person {
			continue
		}
		if s, ok := g.surnameOf(a.Name); ok {
			surnames[strings.ToLower(s)]++
		}
	}
	for i := builtIn; i < len(g.actors); i++ {
		a := &g.actors[i]
		if a.Kind != Person || hasOneWordAlias(*a) {
			continue
		}
		s, ok := g.surnameOf(a.Name)
		if !ok {
			continue
		}
		key := strings.ToLower(s)
		if g.firstNames[key] || surnames[key] > 1 || g.lex.common[key] {
			continue
		}
		if _, taken := aliasOf[key]; taken {
			continue
		}
		g.entries = append(g.entries, gazEntry{actor: int32(i), place: -1})
		idx := int32(len(g.entries) - 1)
		aliasOf[key] = idx
		g.names.add(s, idx, true)
		a.Aliases = append(a.Aliases, s)
	}
}

// surnameOf returns the last word of a person's name when it can stand for
// the person alone: a capitalised word of three letters or more that is not
// a title, a suffix ("III"), a name particle's object ("bin Salman") or a
// word the lexicon says is never a name.
func (g *Gazetteer) surnameOf(name string) (string, bool) {
	toks := tokenize(name, nil)
	if len(toks) < 2 {
		return "", false
	}
	t := toks[len(toks)-1]
	if t.kind != tokWord || !t.cap || t.upper || len([]rune(t.text)) < 3 || g.lex.notNames[t.text] {
		return "", false
	}
	prev := toks[len(toks)-2]
	if g.lex.particles.hasWord(prev.fold) || prev.text == "-" || prev.text == "." {
		return "", false // "bin Salman", "Al-Thani", "Jr.": not a surname alone
	}
	g.voc.number(toks[len(toks)-1:])
	if n, _ := g.lex.titles.longest(toks, len(toks)-1, len(toks)); n > 0 {
		return "", false // "Sheikh"
	}
	return t.text, true
}

func hasOneWordAlias(a Actor) bool {
	for _, al := range a.Aliases {
		if !strings.ContainsAny(al, " -") {
			return true
		}
	}
	return false
}
