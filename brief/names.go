package brief

import (
	"strings"
	"unicode/utf8"
)

// discover finds people the gazetteer lacks, from the evidence news prose
// gives for a name: a title before it ("Special Envoy Steve Witkoff"), a
// relation ("Trump's son-in-law Jared Kushner"), an apposition ("Jane Doe, a
// senior fellow at ORG,") or a speech verb ("Jane Doe said"). A capitalised
// word alone is never evidence, so sentence openings, weekdays, months,
// headlines and places do not become actors. Headlines are skipped.
func (x *doc) discover() {
	x.extendSurnames()
	for si := range x.sents {
		s := &x.sents[si]
		if s.src == 0 {
			continue
		}
		x.namedOrgs(si)
		for i := s.start; i < s.end; i++ {
			// titledName's own first tests, made here: few words start a
			// title, and the call cost more than the tests.
			if t := &x.toks[i]; !t.isWord() || x.mentAt[i] >= 0 || !x.lx.titles.starts(t.id) {
				continue
			}
			if n := x.titledName(si, i); n > 0 {
				i += n - 1
			}
		}
		x.appositions(si)
		x.possessedNames(si)
		x.ledByNames(si)
		x.speakers(si)
		x.byline(si)
	}
	x.orgAcronyms()
	x.extendSurnames()
}

// possessedNames finds "Paraguay's Santiago Peña": a country's possessive,
// then a name whose first word the gazetteer knows as a given name.
func (x *doc) possessedNames(si int) {
	s := &x.sents[si]
	for i := s.start; i+2 < s.end; i++ {
		if !x.toks[i].poss || x.mentAt[i] < 0 || x.mentAt[i+1] >= 0 {
			continue
		}
		m := &x.ments[x.mentAt[i]]
		if int(m.end) != i+1 || m.actor < 0 || x.actors[m.actor].Kind != Country || !x.g.firstNames[x.toks[i+1].fold] {
			continue
		}
		k := i + 1
		j := x.nameRun(k, s.end)
		if j-k < 2 || j-k > 4 || !x.plainNameWords(k, j) {
			continue
		}
		if id := x.resolveName(k, j, "", m.actor); id >= 0 {
			x.addMention(mention{start: int32(k), end: int32(j), actor: id, place: -1, sent: int32(si), kind: foundTitle})
		}
		i = j - 1
	}
}

// plainNameWords reports words [k, j) that may all be a person's name:
// three letters or more each, none a title or word of an organisation, a
// particle only inside ("Mohammed bin Khalifa"; not "France's Le Monde",
// "Pan Am").
func (x *doc) plainNameWords(k, j int) bool {
	for i := k; i < j; i++ {
		t := &x.toks[i]
		if i > k && i+1 < j && !t.cap && x.lx.particles.has(t) || t.text == "-" && i > k && i+1 < j {
			continue // "Mohammed bin Khalifa"
		}
		if t.kind != tokWord || utf8.RuneCountInString(t.text) < 3 || t.upper || x.lx.particles.has(t) ||
			x.isTitleWord(t) || x.lx.orgWordsF.in(x.lx.orgWords, t) {
			return false
		}
	}
	return true
}

// ledByNames finds the people a delegation is led by: "will be led by
// Jean-Pierre Kalonji-Mbala and the rebels' by Benjamin Mbonimpa". A full
// name after "by" in a sentence that says who leads is a person.
func (x *doc) ledByNames(si int) {
	s := &x.sents[si]
	led := false
	from := s.start // where the phrase a "led by" belongs to starts
	for i := s.start + 1; i+2 < s.end; i++ {
		// One test a word: only "by" is looked at more closely.
		if x.toks[i].id != x.lx.byID || x.toks[i].id == 0 {
			continue
		}
		// "led by X", and "and the rebels' by Y" after it; no other "by".
		switch x.toks[i-1].fold {
		case "led", "headed", "chaired", "represented":
			led = true
		default:
			if !led || !x.toks[i-1].poss {
				continue
			}
		}
		if x.mentAt[i+1] >= 0 || !x.toks[i+1].cap {
			continue
		}
		// A delegation's or a party's leader, not a funding round's: one of
		// those nouns in the words before this "led by", since the last.
		delegation := false
		for k := max(from, i-14); k < i && !delegation; k++ {
			switch x.toks[k].fold {
			case "delegation", "delegations", "team", "teams", "side", "sides", "negotiators", "mission", "talks",
				"party", "movement", "government", "coalition", "opposition", "alliance", "bloc", "rebels", "militia":
				delegation = true
			}
		}
		from = i + 1
		if !delegation {
			continue
		}
		k := x.skipTitles(i+1, s.end) // "led by Additional Secretary Nitin Bhardwaj"
		if k < s.end && x.mentAt[k] >= 0 {
			continue
		}
		j := x.nameRun(k, s.end)
		if j-k < 2 || x.lx.orgWordsF.in(x.lx.orgWords, &x.toks[j-1]) || x.isTitleWord(&x.toks[j-1]) {
			continue
		}
		if id := x.resolveName(k, j, "", -1); id >= 0 {
			x.addMention(mention{start: int32(k), end: int32(j), actor: id, place: -1, sent: int32(si), kind: foundTitle})
		}
		i = j - 1
	}
}

// titledName looks for a title starting at token i and the name after it;
// it returns the tokens consumed, 0 when there is no titled name.
func (x *doc) titledName(si, i int) int {
	s := &x.sents[si]
	t := &x.toks[i]
	if !t.isWord() || x.mentAt[i] >= 0 {
		return 0
	}
	n, kind := x.lx.titles.longest(x.toks, i, s.end)
	if n == 0 {
		return 0
	}
	j := i + n
	if kind == titleHonorific && j < s.end && x.toks[j].text == "." && !x.toks[j].space {
		j++
	}
	if kind != titleHonorific {
		// "Deputy Energy Minister Mykola Kolisnyk": titles stack.
		j = x.skipTitles(j, s.end)
		n = j - i
	}
	// "Secretary of State", "Special Envoy for Ukraine": the complement
	// belongs to the title, the name starts after it.
	if j+1 < s.end && (x.toks[j].fold == "of" || x.toks[j].fold == "for") {
		if k := x.complementEnd(j+1, s.end); k > j+1 {
			j = k
		}
	}
	roleEnd := j // the role's words end here, before any comma
	if m := x.mentionAt(j); m != nil && m.end-m.start == 1 && int(m.end) < s.end && x.mentAt[m.end] < 0 {
		// "Kremlin spokesman Pavel Orlov": "Pavel" is a first name here,
		// not the Czech president.
		// "Paraguayan President Santiago Peña": a place's name as a first name.
		if a := x.actorOf(m); (a != nil && a.Kind == Person || a == nil && m.place >= 0) && x.nameRun(int(m.end), s.end) > int(m.end) {
			x.killMention(m)
		}
	}
	if kind == titleHonorific && j < s.end && x.lx.particles.has(&x.toks[j]) && !x.toks[j].cap {
		// "Mr. van der Linden": the person named in full before.
		k := j
		for k < s.end && x.lx.particles.has(&x.toks[k]) {
			k++
		}
		if e := x.nameRun(k, s.end); e == k+1 {
			if id := x.localSurname(x.toks[k].fold); id >= 0 {
				x.addMention(mention{start: int32(j), end: int32(e), actor: id, place: -1, sent: int32(si), kind: foundTitle})
				return e - i
			}
		}
	}
	nameEnd := x.nameRun(j, s.end)
	// A lone capitalised word after the title may be the role's own ("envoy
	// for the Horn of Africa"): a full name set off after a comma wins.
	if nameEnd-j > 1 || kind == titleHonorific {
		// a name right after its title
	} else if c := x.roleComma(j, s.end); c >= 0 {
		// "The mediator, Armen Petrossian, met ...", "the special envoy for
		// the Horn of Africa, Ahmedou Ould-Tolba,": a full name set off
		// after its role.
		// "their negotiators, Andreas Petrides and Gülsen Kaymakçı-Özer":
		// a plural role lists its people.
		plural := strings.HasSuffix(x.toks[i+n-1].fold, "s")
		// "the committee's American chair, Lieutenant General Mark
		// Tillery,": the rank is no part of the name.
		c = x.skipTitles(c+1, s.end) - 1
		if e := x.nameRun(c+1, s.end); e-(c+1) >= 2 {
			// "..., Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan,"
			if o := x.ofCountryEnd(e, s.end); o == s.end || x.toks[o].text == "," || x.toks[o].kind == tokPunct || plural && x.toks[o].fold == "and" {
				j, nameEnd = c+1, e
			}
		}
	}
	if nameEnd == j {
		return 0
	}
	if e := x.joinKnownSurname(j, nameEnd); e > 0 {
		return e - i
	}
	roleStart, aff := x.roleModifiers(s.start, i)
	var possessor int32 = -1
	if kind == titleRelation {
		// A relation needs its possessor: "Trump's son-in-law".
		m := x.mentionAt(i - 1)
		if m == nil || !x.toks[i-1].poss || m.actor < 0 {
			return 0
		}
		possessor = m.actor
		roleStart = int(m.start)
	}
	if nameEnd-j == 1 && kind != titleHonorific && !x.plausibleSurname(j) {
		return 0
	}
	role := x.text(roleStart, roleEnd)
	if kind == titleHonorific {
		role = ""
	}
	if last := x.toks[i+n-1].fold; strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && strings.HasSuffix(role, "s") {
		role = role[:len(role)-1] // "deputy prime ministers": each is a deputy prime minister
	}
	if possessor >= 0 && aff < 0 {
		aff = x.affiliationOf(possessor)
	}
	if aff < 0 && nameEnd+1 < s.end && x.toks[nameEnd].fold == "of" {
		// "Foreign Minister Kwame Asante of Ghana".
		if m := x.mentionAt(nameEnd + 1); m != nil && int(m.start) == nameEnd+1 {
			if a := x.actorOf(m); a != nil && a.Kind == Country {
				aff = m.actor
			}
		}
	}
	an, _ := x.lx.analystRoles.longest(x.toks, i, i+n)
	id := x.resolveName(j, nameEnd, role, aff)
	if id < 0 {
		return 0
	}
	x.addMention(mention{start: int32(j), end: int32(nameEnd), actor: id, place: -1, sent: int32(si), kind: foundTitle})
	x.noteRole(id, apposition{role: role, affiliation: aff, analyst: an > 0})
	// "Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev": a
	// plural title names each of the people it lists.
	if last := x.toks[i+n-1].fold; strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		for k := x.ofCountryEnd(nameEnd, s.end); k+1 < s.end && (x.toks[k].fold == "and" || x.toks[k].text == ","); {
			e := x.nameRun(k+1, s.end)
			if e-(k+1) < 2 {
				break
			}
			paff := aff
			if o := x.ofCountryEnd(e, s.end); o > e {
				paff = x.mentionAt(e + 1).actor
			}
			if p := x.resolveName(k+1, e, role, paff); p >= 0 {
				x.addMention(mention{start: int32(k + 1), end: int32(e), actor: p, place: -1, sent: int32(si), kind: foundTitle})
				x.noteRole(p, apposition{role: role, affiliation: paff, analyst: an > 0})
			}
			nameEnd, k = e, x.ofCountryEnd(e, s.end)
		}
	}
	return nameEnd - i
}

// skipTitles returns where the titles written from j on end ("Lieutenant
// General", "Energy Minister"), j when none starts there.
func (x *doc) skipTitles(j, end int) int {
	for j < end && x.mentAt[j] < 0 {
		n, kind := x.lx.titles.longest(x.toks, j, end)
		if n == 0 || kind == titleHonorific || kind == titleRelation || !x.toks[j].cap {
			break
		}
		j += n
	}
	return j
}

// roleComma returns the comma that ends a role's words after its title
// ("envoy for the Horn of Africa,", "member for Clark,"), -1 when none
// does within a few words, or the words do more than qualify the role: a
// person, a meeting or a speech verb among them.
func (x *doc) roleComma(j, end int) int {
	for k := j; k < end && k <= j+8; k++ {
		t := &x.toks[k]
		if t.text == "," {
			return k
		}
		if t.kind == tokPunct && t.text != "-" && t.text != "'" && t.text != "’" || x.lx.sayVerbs.has(t) {
			return -1
		}
		if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
			return -1
		}
		// Triggers are not marked yet while names are found: ask the lexicon.
		if n, _ := x.lx.triggers.longest(x.toks, k, end); n > 0 {
			return -1
		}
	}
	return -1
}

// complementEnd consumes the words a title's "of"/"for" complement is made
// of ("State", "Foreign Affairs", a country) and returns where it ends.
func (x *doc) complementEnd(k, end int) int {
	start := k
	for k < end {
		if m := x.mentionAt(k); m != nil {
			a := x.actorOf(m)
			if a == nil || a.Kind == Person {
				break
			}
			k = int(m.end)
			continue
		}
		if !x.lx.complements[x.toks[k].text] {
			break
		}
		k++
	}
	// A complement that swallowed everything left no name: give back one word.
	if k > start && x.nameRun(k, end) == k && x.toks[k-1].cap {
		return k - 1
	}
	return k
}

// roleModifiers walks back from a title over the capitalised words and
// affiliations that qualify it ("National Security and Defense Council
// Secretary", "U.S. Special Envoy", "Ukraine's chief negotiator") and
// returns where the role starts and the affiliation it names.
func (x *doc) roleModifiers(sentStart, i int) (int, int32) {
	start := i
	var aff int32 = -1
	for k := i - 1; k >= sentStart && i-k <= 8; k-- {
		t := &x.toks[k]
		if m := x.mentionAt(k); m != nil {
			a := x.actorOf(m)
			if a == nil || a.Kind == Person {
				break
			}
			if aff < 0 {
				aff = m.actor
			}
			start = int(m.start)
			k = int(m.start)
			if x.toks[m.end-1].poss {
				break
			}
			continue
		}
		if t.poss && k < i-1 {
			break
		}
		switch {
		case t.kind == tokWord && t.cap && !x.lx.startersF.in(x.lx.starters, t):
			start = k
		case (t.fold == "and" || t.fold == "of") && k > sentStart && x.toks[k-1].cap && x.mentionAt(k-1) == nil:
			continue
		case t.kind == tokWord && x.lx.roleAdjs.has(t) && k == start-1:
			start = k
		default:
			return start, aff
		}
	}
	return start, aff
}

// affiliationOf is the actor a person's affiliation names, -1 when none.
func (x *doc) affiliationOf(id int32) int32 {
	a := &x.actors[id]
	if a.Affiliation == "" {
		return -1
	}
	if i, ok := x.byName[a.Affiliation]; ok {
		return i
	}
	if gi, ok := x.g.byName[strings.ToLower(a.Affiliation)]; ok {
		return x.gazActor(int32(gi))
	}
	return -1
}

// resolveName turns the name at [i, j) into an actor: a person already
// known in this document by that name or surname, a gazetteer person the
// name misspells (close in spelling and matching in role or affiliation), or
// a new person.
func (x *doc) resolveName(i, j int, role string, aff int32) int32 {
	name := x.text(i, j)
	if x.toks[j-1].poss {
		name = x.srcOf(i)[x.toks[i].start:x.toks[j-1].end]
	}
	if id, ok := x.byName[name]; ok {
		return id
	}
	if j-i == 1 {
		if id := x.localSurname(x.toks[i].fold); id >= 0 {
			return id
		}
		if id := x.royalFirstName(i); id >= 0 {
			return id
		}
	}
	if id, ok := x.spelled[name]; ok {
		return id // a misspelling already resolved, or a lone word already found to be no one
	}
	if j-i >= 2 {
		// "Mr. Ould-Tolba", "Mr. St-Pierre Plamondon": the end of a name
		// this document gave in full.
		if found := x.personEndingIn(name); found >= 0 {
			return found
		}
	}
	if j-i == 2 {
		// "Takaichi Sanae": a known person written family name first.
		if gi, ok := x.g.byName[x.toks[j-1].fold+" "+x.toks[i].fold]; ok && x.g.actors[gi].Kind == Person {
			id := x.gazActor(int32(gi))
			if !hasFold(x.actors[id].Aliases, name) {
				x.actors[id].Aliases = append(x.actors[id].Aliases, name)
			}
			return id
		}
	}
	affName := ""
	if aff >= 0 {
		affName = x.actors[aff].Name
		if x.actors[aff].Affiliation != "" {
			affName = x.actors[aff].Affiliation
		}
	}
	if gi := x.g.misspelt(name, role, affName, &x.scores); gi >= 0 {
		id := x.gazActor(gi)
		x.spelled[name] = id
		if !hasFold(x.actors[id].Aliases, name) {
			x.actors[id].Aliases = append(x.actors[id].Aliases, name)
		}
		return id
	}
	if j-i == 1 {
		// A lone surname nobody else explains stays unknown rather than guessed.
		x.spelled[name] = -1
		return -1
	}
	a := localActor{Actor: Actor{Name: name, Kind: Person, Role: role}, gaz: -1}
	if aff >= 0 {
		a.Affiliation = x.actors[aff].Name
		if x.actors[aff].Kind == Person {
			a.Affiliation = x.actors[aff].Affiliation
		}
	}
	return x.addActor(a)
}

func (x *doc) srcOf(i int) string {
	if i < x.srcStart {
		return x.srcs[0]
	}
	return x.srcs[1]
}

// noteRole keeps the first role the text gives an actor, and fills a
// discovered or role-less actor's role and affiliation from it.
func (x *doc) noteRole(id int32, ap apposition) {
	if _, ok := x.roleAt[id]; !ok {
		x.roleAt[id] = ap
	} else if ap.analyst {
		old := x.roleAt[id]
		old.analyst = true
		x.roleAt[id] = old
	}
	a := &x.actors[id]
	if a.Role == "" && ap.role != "" {
		a.Role = ap.role
	}
	if a.Affiliation == "" && ap.affiliation >= 0 && ap.affiliation != id {
		a.Affiliation = x.actors[ap.affiliation].Name
	}
}

// byline finds the author of a "By Jane Doe" line.
func (x *doc) byline(si int) {
	s := &x.sents[si]
	if s.end-s.start < 3 || x.toks[s.start].text != "By" {
		return
	}
	k := s.start + 1
	if end := x.nameRun(k, s.end); end-k >= 2 && end == s.end {
		if id := x.resolveName(k, end, "", -1); id >= 0 {
			x.addMention(mention{start: int32(k), end: int32(end), actor: id, place: -1, sent: int32(si), kind: foundTitle})
		}
	}
}

// personEndingIn returns the one person whose name ends in name after a
// space, -1 when none or several do. The ends are indexed as actors are
// added, so a long list of names reads each actor once.
func (x *doc) personEndingIn(name string) int32 {
	if x.nameEnds == nil {
		x.nameEnds = map[string]int32{}
	}
	for ; x.endsIndexed < len(x.actors); x.endsIndexed++ {
		a := &x.actors[x.endsIndexed]
		if a.Kind != Person {
			continue
		}
		for p := strings.IndexByte(a.Name, ' '); p >= 0; {
			key := a.Name[p+1:]
			if prev, ok := x.nameEnds[key]; ok && prev != int32(x.endsIndexed) {
				x.nameEnds[key] = -1
			} else {
				x.nameEnds[key] = int32(x.endsIndexed)
			}
			q := strings.IndexByte(key, ' ')
			if q < 0 {
				break
			}
			p += q + 1
		}
	}
	if id, ok := x.nameEnds[name]; ok {
		return id
	}
	return -1
}

// royalFirstName reads "Sheikh Mohammed", "Prince Faisal": a Gulf title and
// the first name of one person this article names in full with that title
// ("Sheikh Mohammed bin Abdulrahman Al Thani"), or, for a prince, with none
// in the Gulf's form ("Mohammed bin Salman"); not another Mohammed.
func (x *doc) royalFirstName(i int) int32 {
	if i == 0 || !royalTitle(x.toks[i-1].fold) {
		return -1
	}
	// Indexed as mentions are added: a long list of titles reads each
	// mention once.
	if x.firstNames == nil {
		x.firstNames = map[string]int32{}
	}
	for ; x.firstNamed < len(x.ments); x.firstNamed++ {
		m := &x.ments[x.firstNamed]
		if m.actor < 0 {
			continue
		}
		a := &x.actors[m.actor]
		sp := strings.IndexByte(a.Name, ' ')
		title := ""
		if m.start > 0 {
			title = x.toks[m.start-1].fold
		}
		if royalTitle(x.toks[m.start].fold) {
			title = x.toks[m.start].fold // the alias has its title: "Sheikh Mohammed bin ..."
		}
		if a.Kind != Person || sp < 0 {
			continue
		}
		key := title + " " + strings.ToLower(a.Name[:sp])
		if !royalTitle(title) {
			if !gulfName(a.Name) {
				continue
			}
			key = strings.ToLower(a.Name[:sp]) // untitled: "Mohammed bin Salman"
		}
		if prev, ok := x.firstNames[key]; ok && prev != m.actor {
			x.firstNames[key] = -1 // two of that name: no telling which
		} else {
			x.firstNames[key] = m.actor
		}
	}
	if id, ok := x.firstNames[x.toks[i-1].fold+" "+strings.ToLower(x.toks[i].text)]; ok {
		return id
	}
	// "Mohammed bin Salman met Trump. ... Prince Mohammed met Rubio": a
	// full name given without a title, in the Gulf's form, for a prince
	// (a Sheikh Mohammed may be another Mohammed).
	if f := x.toks[i-1].fold; f == "prince" || f == "princess" {
		if id, ok := x.firstNames[strings.ToLower(x.toks[i].text)]; ok {
			return id
		}
	}
	return -1
}

// gulfName reports a name in the form Gulf rulers' take: "Mohammed bin
// Salman", "Tamim bin Hamad Al Thani".
func gulfName(name string) bool {
	return strings.Contains(name, " bin ") || strings.Contains(name, " bint ")
}

func royalTitle(w string) bool {
	switch w {
	case "sheikh", "sheikha", "prince", "princess", "emir", "sultan":
		return true
	}
	return false
}

// ofCountryEnd returns the end of "of Armenia" at token k, k when no
// country follows "of" there.
func (x *doc) ofCountryEnd(k, end int) int {
	if k+1 >= end || x.toks[k].fold != "of" {
		return k
	}
	if m := x.mentionAt(k + 1); m != nil && int(m.start) == k+1 && m.actor >= 0 && x.actors[m.actor].Kind == Country {
		return int(m.end)
	}
	return k
}

// joinKnownSurname reads "President Abdel Fattah el-Sissi", where only
// "el-Sissi" is an alias: the given names at [j, k) just before a known
// person's mention that the person's name starts with are that mention's
// too. It returns the mention's end, 0 when no such person follows.
func (x *doc) joinKnownSurname(j, k int) int {
	if k >= len(x.toks) || x.mentAt[k] < 0 {
		return 0
	}
	mi := x.mentAt[k]
	m := &x.ments[mi]
	a := x.actorOf(m)
	if int(m.start) != k || a == nil || a.Kind != Person || a.gaz < 0 {
		return 0
	}
	given := foldText(x.text(j, k)) + " "
	ok := strings.HasPrefix(foldText(a.Name), given)
	for _, al := range a.Aliases {
		ok = ok || strings.HasPrefix(foldText(al), given)
	}
	if !ok {
		return 0
	}
	m.start = int32(j)
	for t := j; t < k; t++ {
		x.mentAt[t] = mi
	}
	return int(m.end)
}
