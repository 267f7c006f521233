package brief

// appositions finds "NAME, the ROLE," and "NAME, a senior fellow at ORG,":
// a name (known or not) followed by a comma and a phrase that holds a title
// or an analyst's role. The role is kept, and a name the gazetteer lacks
// becomes a person.
func (x *doc) appositions(si int) {
	s := &x.sents[si]
	for c := s.start + 1; c < s.end-1; c++ {
		// "NAME, the ROLE," and "NAME is a ROLE at ORG" (a writer's bio).
		if t := &x.toks[c]; t.text != "," && !((t.fold == "is" || t.fold == "was") && (x.toks[c+1].fold == "a" || x.toks[c+1].fold == "an")) {
			continue
		}
		nameStart, id := x.nameBefore(s.start, c)
		if nameStart < 0 || id < 0 && c-nameStart < 2 {
			if k := x.placesAsName(s.start, c); k >= 0 {
				nameStart, id = k, -1
			} else if nameStart < 0 {
				continue
			}
		}
		ap, ok := x.appositionAfter(c+1, s.end)
		if !ok {
			continue
		}
		if id < 0 && x.anyMention(nameStart, c) {
			// "Sofia Albuquerque, a director at Eurasia Group,": a person
			// named like places, as the role shows. The places come back
			// if the words make no name after all.
			killed := x.killedScratch[:0]
			for k := nameStart; k < c; k++ {
				if m := x.mentionAt(k); m != nil {
					killed = append(killed, killedMention{x.mentAt[k], *m})
					x.killMention(m)
				}
			}
			x.killedScratch = killed
			if x.nameRun(nameStart, c) != c {
				for _, km := range killed {
					x.ments[km.index] = km.m
					for t := km.m.start; t < km.m.end; t++ {
						x.mentAt[t] = km.index
					}
				}
				continue
			}
		}
		if id < 0 {
			if c-nameStart < 2 {
				continue
			}
			id = x.resolveName(nameStart, c, ap.role, ap.affiliation)
			if id < 0 {
				continue
			}
			x.addMention(mention{start: int32(nameStart), end: int32(c), actor: id, place: -1, sent: int32(si), kind: foundTitle})
		}
		if x.actors[id].Kind == Person {
			x.noteRole(id, ap)
		}
	}
}

// nameBefore returns where the name that ends just before token c starts,
// and its actor when a mention already covers it (-1 otherwise). It returns
// -1, -1 when no name ends there.
func (x *doc) nameBefore(sentStart, c int) (int, int32) {
	if m := x.mentionAt(c - 1); m != nil {
		if a := x.actorOf(m); a != nil && a.Kind == Person {
			return int(m.start), m.actor
		}
		return -1, -1
	}
	k := c - 1
	for k > sentStart && c-k < 8 {
		p := &x.toks[k-1]
		// "R. J. Whitcombe": an initial's point belongs to the name.
		initial := p.text == "." && k-2 >= sentStart && isInitial(x.toks, k-2, c)
		if x.mentAt[k-1] >= 0 || !(p.cap || p.text == "-" || initial || x.lx.particles.has(p)) || p.kind == tokPunct && p.text != "-" && !initial {
			break
		}
		k--
	}
	for k < c && x.nameRun(k, c) != c {
		k++
	}
	if k >= c {
		return -1, -1
	}
	return k, -1
}

// killedMention is a mention set aside, and where it was, to restore.
type killedMention struct {
	index int32
	m     mention
}

func (x *doc) anyMention(from, to int) bool {
	for k := from; k < to; k++ {
		if x.mentAt[k] >= 0 {
			return true
		}
	}
	return false
}

// placesAsName returns where a run of two to four capitalised words ending
// just before token c starts when places the gazetteer knows are among them
// (one word each, like "Sofia" or "Albuquerque"); -1 otherwise.
func (x *doc) placesAsName(lo, c int) int {
	k, places := c, 0
	for k > lo && c-k < 4 {
		t := &x.toks[k-1]
		if m := x.mentionAt(k - 1); m != nil {
			if m.actor >= 0 || m.place < 0 || m.end-m.start != 1 {
				break
			}
			places++
		} else if t.kind != tokWord || !t.cap || t.upper || x.isDateWord(t) || x.lx.notNamesF.in(x.lx.notNames, t) {
			break // "in Beijing Tuesday, ..." is no name
		}
		k--
	}
	if c-k < 2 || places == 0 {
		return -1
	}
	return k
}

// appositionAfter reads the phrase from k to the next comma or sentence end
// and returns it as a role when it holds a title or an analyst's role.
func (x *doc) appositionAfter(k, end int) (apposition, bool) {
	ap := apposition{affiliation: -1}
	first := &x.toks[k]
	prefix := ""
	if first.fold == "who" && k+2 < end {
		// "NAME, who leads Crisis Group's Horn of Africa project,": the
		// verb makes a role of what it governs. "NAME, who is a senior
		// fellow at ORG," is read as "NAME, a senior fellow at ORG,".
		switch v := x.toks[k+1].fold; {
		case x.lx.roleVerbs[v] != "":
			prefix = x.lx.roleVerbs[v] + " "
			k += 2
		case v == "is" || v == "was":
			k += 2
		default:
			return ap, false
		}
		first = &x.toks[k]
		if prefix != "" && x.lx.determiners.has(first) && first.fold != "the" {
			return ap, false // "who runs a bakery": no role of note
		}
	}
	if first.cap && !x.lx.determiners.has(first) && x.mentAt[k] < 0 && !x.isTitleWord(first) {
		// "Witkoff, Kushner and ..." is a list, not an apposition.
		return ap, false
	}
	e := k
	for e < end && e-k < 22 {
		t := &x.toks[e]
		if t.text == "," || t.text == ";" || isTerminal(t) || t.text == "(" || t.text == "—" || t.text == "–" {
			break
		}
		e++
	}
	start := k
	if x.lx.determiners.has(first) {
		start++
	}
	hasRole := false
	for i := start; i < e; i++ {
		if x.mentAt[i] >= 0 {
			m := x.mentionAt(i)
			if a := x.actorOf(m); a != nil && a.Kind == Person {
				// "NAME, Trump's son-in-law," is a role; "NAME, Putin said" is not.
				if !x.toks[m.end-1].poss {
					return ap, false
				}
			}
			i = int(m.end) - 1
			continue
		}
		if n, _ := x.lx.analystRoles.longest(x.toks, i, e); n > 0 {
			ap.analyst, hasRole = true, true
		}
		if n, _ := x.lx.titles.longest(x.toks, i, e); n > 0 {
			hasRole = true
		}
		if x.lx.sayVerbs.has(&x.toks[i]) {
			return ap, false
		}
	}
	if prefix != "" {
		// "leads the Horn of Africa project": the verb's object is the
		// role's, named whole, the article kept.
		start, hasRole = k, true
	}
	if !hasRole || start >= e {
		return ap, false
	}
	ap.role = prefix + x.text(start, e)
	ap.affiliation = x.affiliationIn(start, e, ap.analyst)
	if ap.affiliation >= 0 && x.actors[ap.affiliation].Kind == Organization && x.isAnalyst(ap.affiliation) {
		ap.analyst = true
	}
	return ap, true
}

// affiliationIn names the organisation (or else the country) a role phrase
// places its holder in: a known one, or a new one after "at"/"of"/"with".
func (x *doc) affiliationIn(start, end int, analyst bool) int32 {
	var country int32 = -1
	for i := start; i < end; i++ {
		if m := x.mentionAt(i); m != nil {
			if a := x.actorOf(m); a != nil {
				switch a.Kind {
				case Organization:
					return m.actor
				case Country:
					if country < 0 {
						country = m.actor
					}
				}
			}
			i = int(m.end) - 1
			continue
		}
		f := x.toks[i].fold
		if (f == "at" || f == "of" || f == "with" || f == "from") && i+1 < end {
			if id := x.orgAfter(analyst, i+1, end); id >= 0 {
				return id
			}
		}
	}
	return country
}

// orgAfter reads an organisation name starting at k ("the Carnegie
// Endowment for International Peace") and returns its actor, adding a
// discovered organisation when the gazetteer lacks it; -1 when no
// capitalised name starts there. oneWord lets a single capitalised word
// name one, as after an analyst's role ("an economist at Banorte").
func (x *doc) orgAfter(oneWord bool, k, end int) int32 {
	if k < end && x.toks[k].fold == "the" {
		k++
	}
	// "the Budapest-based Republikon Institute": the base is no part of the name.
	if m := x.mentionAt(k); m != nil && int(m.end)+1 < end && x.toks[m.end].text == "-" && x.toks[m.end+1].fold == "based" {
		k = int(m.end) + 2
	}
	if k >= end {
		return -1
	}
	if m := x.mentionAt(k); m != nil {
		a := x.actorOf(m)
		if a != nil && a.Kind == Organization {
			return m.actor
		}
		// "the German Council on Foreign Relations", "the Kyiv School of
		// Economics": a country or place opening an organisation's name.
		if a != nil && a.Kind == Person || int(m.end) >= end || !x.toks[m.end].cap || x.mentAt[m.end] >= 0 ||
			!x.orgWordAhead(int(m.end), end) {
			return -1
		}
		x.killMention(m)
	}
	j := k
	for j < end {
		t := &x.toks[j]
		if x.mentAt[j] >= 0 && j > k {
			m := x.mentionAt(j)
			if a := x.actorOf(m); a != nil && a.Kind == Country || m.actor < 0 && m.place >= 0 {
				// "the Kyiv School of Economics", "Center for ... of Russia",
				// "the New Europe Center".
				j = int(m.end)
				continue
			}
			break
		}
		if t.kind == tokWord && (t.cap || t.upper) && !x.isDateWord(t) {
			j++
			continue
		}
		if j > k && x.lx.orgConnect.has(t) && j+1 < end && (x.toks[j+1].cap || x.toks[j+1].fold == "the") {
			j++
			continue
		}
		break
	}
	for j > k && x.lx.orgConnect.has(&x.toks[j-1]) {
		j--
	}
	// A word that names no one may still open an organisation's name ending
	// in its word: "the New Europe Center".
	if j == k || x.isTitleWord(&x.toks[k]) ||
		x.lx.notNamesF.in(x.lx.notNames, &x.toks[k]) && !(j-k >= 2 && x.lx.orgWordsF.in(x.lx.orgWords, &x.toks[j-1])) {
		return -1
	}
	if p := x.mentionAt(j); p != nil && p.actor >= 0 && x.actors[p.actor].Kind == Person {
		return -1 // "the head of President Zelensky's office"
	}
	if j-k == 1 && !oneWord && !x.lx.orgWordsF.in(x.lx.orgWords, &x.toks[k]) && !x.toks[k].upper {
		return -1 // one plain capitalised word is too little to name an organisation
	}
	name := x.text(k, j)
	if x.toks[j-1].poss {
		name = x.srcOf(k)[x.toks[k].start:x.toks[j-1].end]
	}
	for i := k + 1; i < j; i++ {
		if m := x.mentionAt(i); m != nil && m.actor < 0 {
			x.killMention(m) // "Europe" in "the New Europe Center" is no place here
		}
	}
	id := x.addActor(localActor{Actor: Actor{Name: name, Kind: Organization}, gaz: -1})
	x.addMention(mention{start: int32(k), end: int32(j), actor: id, place: -1, sent: int32(x.sentOf(k)), kind: foundTitle})
	return id
}

// orgWordAhead reports an organisation's word ending the capitalised run
// at k: "Security Studies Institute", "Policy Lab", "Council".
func (x *doc) orgWordAhead(k, end int) bool {
	for j := k; j < end && j < k+5; j++ {
		t := &x.toks[j]
		if t.kind != tokWord || !t.cap || x.mentAt[j] >= 0 {
			return false
		}
		if x.lx.orgWordsF.in(x.lx.orgWords, t) {
			return true
		}
	}
	return false
}

// killMention removes a mention that turned out to be part of a longer name.
func (x *doc) killMention(m *mention) {
	for t := m.start; t < m.end; t++ {
		x.mentAt[t] = -1
	}
	m.actor, m.place = -1, -1
}

// sentOf returns the sentence holding token i.
func (x *doc) sentOf(i int) int {
	lo, hi := 0, len(x.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if x.sents[mid].end <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// speakers finds unknown people by what they do in news prose: "Jane Doe
// said", and ", said Jane Doe".
func (x *doc) speakers(si int) {
	s := &x.sents[si]
	// Every way below needs a speech or take verb: most sentences have none.
	if !x.saysIn[si] {
		return
	}
	for i := s.start; i < s.end; i++ {
		t := &x.toks[i]
		if m := x.mentionAt(i); m != nil && s.src != 0 && x.placeAsFirstName(m, s.end) {
			// "Jordan Pike wrote", "Sofia Novak said": a country's or a
			// city's name as a first name, a surname and a speech verb.
			x.killMention(m)
		}
		if x.mentAt[i] >= 0 || !t.cap || t.kind != tokWord {
			continue
		}
		j := x.nameRun(i, s.end)
		if j-i < 2 {
			if j > i {
				i = j - 1
			}
			continue
		}
		before := i > s.start && x.lx.sayVerbs.has(&x.toks[i-1]) && (i-1 == s.start || x.toks[i-2].text == ",")
		after := j < s.end && x.lx.sayVerbs.has(&x.toks[j]) && !x.toks[j-1].poss
		if !after && j+1 < s.end && x.toks[j].text == "," {
			// "Paul St-Pierre Plamondon, universally known as PSPP, told".
			if c := x.nextComma(j+1, s.end); c+1 < s.end && c-j <= 8 && x.lx.sayVerbs.has(&x.toks[c+1]) {
				after = true
			}
		}
		org := int32(-1)
		if !before && !after {
			org = x.speakerOrg(j, s.end)
			after = org >= 0
		}
		if before || after {
			if id := x.resolveName(i, j, "", org); id >= 0 {
				x.addMention(mention{start: int32(i), end: int32(j), actor: id, place: -1, sent: int32(si), kind: foundTitle})
				if org >= 0 {
					x.noteRole(id, apposition{affiliation: org, analyst: x.isAnalyst(org)})
				}
			}
		}
		i = j - 1
	}
}

// placeAsFirstName reports a one-word place or country mention m followed
// by one capitalised word the data knows nothing of, then a speech verb.
func (x *doc) placeAsFirstName(m *mention, end int) bool {
	e := int(m.end)
	if m.end-m.start != 1 || e+1 >= end || x.toks[m.start].poss {
		return false
	}
	if a := x.actorOf(m); a != nil && a.Kind != Country || a == nil && m.place < 0 {
		return false
	}
	t := &x.toks[e]
	return t.kind == tokWord && t.cap && !t.upper && !t.poss && x.mentAt[e] < 0 && x.canContinueName(t) &&
		!x.lx.common[t.fold] && !x.isTitleWord(t) && x.lx.sayVerbs.has(&x.toks[e+1])
}

// speakerOrg reads "of the Centre for Frontline Studies said" after a name
// ending at k: the organisation the speaker belongs to, -1 when the name is
// not followed by "of/from/at ORG" and a speech verb.
func (x *doc) speakerOrg(k, end int) int32 {
	if k+1 >= end {
		return -1
	}
	if f := x.toks[k].fold; f != "of" && f != "from" && f != "at" {
		return -1
	}
	// Only a capitalised name and its connectors may stand between the
	// preposition and the verb; look before adding any organisation.
	v := k + 1
	orgEnd := -1 // where the organisation's name ends, when a place follows it
	for v < end && v <= k+10 && !x.lx.sayVerbs.has(&x.toks[v]) && !x.lx.takeVerbs.has(x.toks, v) {
		if x.toks[v].fold == "in" && v > k+2 {
			// "of the Topchubashov Center in Baku said": where it is based.
			if m := x.mentionAt(v + 1); m != nil && int(m.start) == v+1 && (m.place >= 0 || x.countryAt(v+1)) && int(m.end) < end {
				orgEnd, v = v, int(m.end)
				break
			}
		}
		if t := &x.toks[v]; t.kind == tokPunct && t.text != "-" || !t.cap && !x.lx.orgConnect.has(t) && t.text != "-" {
			return -1
		}
		v++
	}
	if orgEnd < 0 {
		orgEnd = v
	}
	if v >= end {
		return -1
	}
	say := x.lx.sayVerbs.has(&x.toks[v])
	if !say && !x.lx.takeVerbs.has(x.toks, v) {
		return -1
	}
	id := x.orgAfter(false, k+1, orgEnd)
	if id < 0 || x.actors[id].Kind != Organization || !say && !x.isAnalyst(id) {
		return -1 // "of the New Europe Center believes": an analyst's verb for an analyst
	}
	if m := x.mentionAt(orgEnd - 1); m == nil || m.actor != id {
		return -1 // the organisation's name must reach the verb
	}
	return id
}
