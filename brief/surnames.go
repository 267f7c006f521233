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
			surnames[foldText(s)]++
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
		key := foldText(s)
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

// extendSurnames widens a one-word person match over the first name before
// it ("Steve" + "Witkoff"), so the full name is one mention.
func (x *doc) extendSurnames() {
	for mi := range x.ments {
		m := &x.ments[mi]
		a := x.actorOf(m)
		k := int(m.start) - 1
		if a == nil || a.Kind != Person || m.end-m.start != 1 || k < x.sents[m.sent].start {
			continue
		}
		t := &x.toks[k]
		if x.mentAt[k] >= 0 || t.kind != tokWord || !t.cap || t.upper || t.poss || !x.canStartName(t) {
			continue
		}
		if k == x.sents[m.sent].start && x.lx.startersF.in(x.lx.starters, t) {
			continue
		}
		full := x.text(k, int(m.end))
		if !x.firstNameFits(a, t.fold) {
			// "Cossette López" is not Vladimir Padrino López: another person;
			// but "Leaked Witkoff call" is Witkoff, since a headline or a
			// sentence opening capitalises any word.
			if !x.givenName(k, int(m.sent)) {
				continue
			}
			// "Khalifa Shaheen Al Marar": the new name goes on past the
			// known surname through an Arabic family name.
			if e := x.familyTail(int(m.end), int(x.sents[m.sent].end)); e > int(m.end) {
				for j := m.end; j < int32(e); j++ {
					x.mentAt[j] = int32(mi)
				}
				m.end = int32(e)
				full = x.text(k, e)
			}
			m.actor = x.addActor(localActor{Actor: Actor{Name: full, Kind: Person}, gaz: -1})
			a = &x.actors[m.actor]
		}
		if !hasFold(a.Aliases, full) && full != a.Name {
			a.Aliases = append(a.Aliases, full)
		}
		m.start = int32(k)
		x.mentAt[k] = int32(mi)
	}
}

// familyTail returns where a family name of particles and capitalised
// words starting at k ends ("Al Marar", "al-Marar", "bin Hamad Al Thani"),
// k when none starts there.
func (x *doc) familyTail(k, end int) int {
	for k+1 < end && x.lx.particles.has(&x.toks[k]) && x.mentAt[k] < 0 {
		j := k + 1
		if x.toks[j].text == "-" && !x.toks[j].space && j+1 < end {
			j++
		}
		if !x.toks[j].cap || x.mentAt[j] >= 0 || x.toks[j].kind != tokWord {
			break
		}
		k = j + 1
	}
	return k
}

// givenName reports whether the capitalised word at k, before a known
// person's surname, is evidence of another person's given name: a given name
// the gazetteer knows, or a capitalised word in running text that neither
// opens its sentence nor stands in a headline, where capitals prove nothing.
func (x *doc) givenName(k, si int) bool {
	if x.g.firstNames[x.toks[k].fold] {
		return true
	}
	s := &x.sents[si]
	return s.src != 0 && !x.opensSentence(s, k)
}

// opensSentence reports a token that only marks, quotes or list bullets
// separate from the start of its sentence.
func (x *doc) opensSentence(s *sentence, k int) bool {
	for j := k - 1; j >= s.start; j-- {
		t := &x.toks[j]
		if t.kind != tokPunct || t.text == "," {
			return false
		}
	}
	return true
}

// firstNameFits reports whether a person's name or an alias starts with
// the given first name (folded): "Steve" fits Steve Witkoff.
func (x *doc) firstNameFits(a *localActor, first string) bool {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if f, _, ok := strings.Cut(n, " "); ok && foldsTo(f, first) {
			return true
		}
	}
	return false
}

// resolveSurnames finds later surname-only mentions ("Witkoff", "Mr.
// Rumerov") of the persons this document names in full, headline included.
func (x *doc) resolveSurnames() {
	if x.surname == nil {
		x.surname = map[string]int32{}
	}
	clear(x.surname)
	surname := x.surname
	if cap(x.written) < len(x.actors) {
		x.written = make([]bool, len(x.actors))
	}
	written := x.written[:len(x.actors)] // persons named in full here
	clear(written)
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.actor >= 0 && m.end-m.start > 1 {
			written[m.actor] = true
		}
	}
	for i := range x.actors {
		a := &x.actors[i]
		if a.Kind != Person || !written[i] {
			continue
		}
		familyFirst := x.lx.familyFirst[a.Affiliation]
		// The name, then each alias, without building a list of them.
		for k := -1; k < len(a.Aliases); k++ {
			n := a.Name
			if k >= 0 {
				n = a.Aliases[k]
			}
			if !strings.ContainsAny(n, " ") {
				continue
			}
			first := n[:strings.IndexByte(n, ' ')]
			keys := [2]string{x.lastFold(n)}
			switch {
			case familyFirst:
				// "Wang Yi" is Wang in a later sentence, "Lee Jae-myung" Lee.
				keys[0] = foldText(first)
			case x.lx.familyNames[first] && strings.Count(n, " ") == 1:
				// "Li Wei" of no known country may be Li or Wei later on.
				keys[1] = foldText(first)
			}
			for _, key := range keys {
				if key == "" {
					continue
				}
				if prev, ok := surname[key]; ok && prev != int32(i) {
					surname[key] = -1
					continue
				}
				surname[key] = int32(i)
			}
		}
	}
	// The same pass finds organisations by their head word alone.
	var headBuf [4]orgHead
	heads := headBuf[:x.orgHeadKeys(&headBuf)]
	if len(surname) == 0 && len(heads) == 0 {
		return
	}
	// Most words are no surname of the article's persons: the lengths of the
	// surnames reject them before any hashing.
	var lengths uint64
	for k := range surname {
		lengths |= 1 << min(len(k), 63)
	}
	for _, h := range heads {
		lengths |= 1 << min(len(x.g.voc.words[h.word]), 63)
	}
	// And their vocabulary ids reject most words before the lengths do: a
	// word whose fold is a surname carries that surname's id, or id 0 when
	// the surname is no vocabulary word (or one longer than the tokenizer
	// looks up with capitals).
	voc := x.g.voc
	if len(x.keyIDs) < len(voc.words) {
		x.keyIDs = make([]bool, len(voc.words))
	}
	ids := x.keyIDList[:0]
	unknown := false
	for k := range surname {
		id := voc.lookup(k)
		if id != 0 {
			ids = append(ids, id)
		}
		if id == 0 || len(k) > 64 {
			unknown = true
		}
	}
	for _, h := range heads {
		ids = append(ids, h.word)
	}
	for _, id := range ids {
		x.keyIDs[id] = true
	}
	defer func() {
		for _, id := range ids {
			x.keyIDs[id] = false
		}
		x.keyIDList = ids[:0]
	}()
	for si := range x.sents {
		s := &x.sents[si]
		for i := s.start; i < s.end; i++ {
			t := &x.toks[i]
			if id := t.id; id == 0 && !unknown || id != 0 && (int(id) >= len(x.keyIDs) || !x.keyIDs[id]) {
				continue
			}
			if lengths&(1<<min(len(t.fold), 63)) == 0 {
				continue
			}
			if mi := x.mentAt[i]; mi >= 0 {
				// "López" is the gazetteer's López only when no López of
				// this article is named in full.
				m := &x.ments[mi]
				// The cheap tests first: most mentions are no lone surname.
				if m.end-m.start == 1 && m.actor >= 0 && !written[m.actor] && x.actors[m.actor].Kind == Person {
					if id, ok := surname[t.fold]; ok && id >= 0 && m.actor != id {
						m.actor = id
					}
				}
				continue
			}
			if len(heads) > 0 {
				if id := x.orgHeadAtToken(heads, s, i); id >= 0 {
					x.addMention(mention{start: int32(i), end: int32(i + 1), actor: id, place: -1, sent: int32(si), kind: foundSurname})
					continue
				}
			}
			if t.kind != tokWord || !t.cap {
				continue
			}
			if id, ok := surname[t.fold]; ok && id >= 0 {
				x.addMention(mention{start: int32(i), end: int32(i + 1), actor: id, place: -1, sent: int32(si), kind: foundSurname})
			}
		}
	}
}

// localSurname finds the one person of this document whose last name is s.
func (x *doc) localSurname(fold string) int32 {
	// The surnames are indexed as actors are added: a long list of names
	// reads each actor once, not once a name.
	if x.surnames == nil {
		x.surnames = map[string]int32{}
	}
	for ; x.surnamed < len(x.actors); x.surnamed++ {
		a := &x.actors[x.surnamed]
		if a.Kind != Person {
			continue
		}
		key := foldText(a.Name[strings.LastIndexAny(a.Name, " -")+1:])
		if _, ok := x.surnames[key]; ok {
			x.surnames[key] = -1 // two persons of that surname
		} else {
			x.surnames[key] = int32(x.surnamed)
		}
	}
	if id, ok := x.surnames[fold]; ok {
		return id
	}
	return -1
}

// lastFold is lastWordFold, from the gazetteer's table when it knows name.
func (x *doc) lastFold(name string) string {
	if f, ok := x.g.lastFold[name]; ok {
		return f
	}
	return lastWordFold(name)
}

func lastWordFold(name string) string {
	k := strings.LastIndexAny(name, " -")
	return foldText(name[k+1:])
}
