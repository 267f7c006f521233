package brief

// Organisations the gazetteer lacks, found by the shape news gives their
// names: capitalised words ending in a word that heads an organisation's
// name ("Senate Peace Commission", "Gaitanist Army of Colombia", "the Party
// of Democratic Action (SDA)"), a country or a known body inside allowed
// ("ECOWAS Mediation and Security Council"). A capitalised run without such
// a head ("European Commission President") is no organisation.

// namedOrgs finds the organisations of sentence si: the run of words
// around each head word ("Commission", "Party") that may name one.
func (x *doc) namedOrgs(si int) {
	if !x.orgHeadIn[si] {
		return // most sentences name no organisation the gazetteer lacks
	}
	s := &x.sents[si]
	done := s.start
	for h := s.start; h < s.end; h++ {
		if h < done || !x.toks[h].cap || !x.lx.orgHeadWords.has(&x.toks[h]) {
			continue // most words head no organisation's name
		}
		i := x.orgRunBack(h, s.start)
		e := x.orgRunEnd(i, s.end)
		if e > h && e > i+1 {
			x.orgIn(si, i, e)
		}
		done = max(e, h+1)
	}
}

// orgRunBack returns where the run of words that may name an organisation
// and holds token h starts.
func (x *doc) orgRunBack(h, lo int) int {
	i := h
	if m := x.mentionAt(h); m != nil {
		i = int(m.start)
	}
	for i > lo {
		k := i - 1
		if m := x.mentionAt(k); m != nil {
			if a := x.actorOf(m); a != nil && a.Kind == Person || x.toks[m.end-1].poss {
				break
			}
			i = int(m.start)
			continue
		}
		t := &x.toks[k]
		switch {
		case t.kind == tokWord && t.cap && !t.poss && !x.isDateWord(t):
			i = k
			continue
		case t.fold == "and" && x.toks[k+1].fold == "the":
			// "between Andersson and the Centre Party": two parties.
		case k > lo && !t.cap && (x.lx.orgConnect.has(t) || x.lx.particles.has(t) || t.fold == "para" || t.fold == "pour" || t.fold == "y"):
			i = k
			continue
		case t.text == "-" && !t.space && !x.toks[i].space:
			i = k
			continue
		}
		break
	}
	for i < h && !x.orgRunStarts(i) {
		i++ // "the Senate ...": a run opens on a name
	}
	return i
}

// orgRunStarts reports a token that can open an organisation's name: a
// capitalised word that does not merely open the sentence ("The"), or a
// place, country or body named in full.
func (x *doc) orgRunStarts(i int) bool {
	if x.mentAt[i] < 0 && !x.toks[i].cap {
		return false // most words: the fast way out
	}
	if m := x.mentionAt(i); m != nil {
		a := x.actorOf(m)
		return int(m.start) == i && (a == nil || a.Kind != Person) && !x.toks[m.end-1].poss
	}
	t := &x.toks[i]
	return t.kind == tokWord && t.cap && !x.lx.startersF.in(x.lx.starters, t) && !x.isDateWord(t)
}

// orgRunEnd returns the end of the run of capitalised words, non-person
// mentions and the small words between them ("of", "for", "and", "the")
// that starts at i. A possessive ends the run after itself.
func (x *doc) orgRunEnd(i, end int) int {
	j, last := i, i
	for j < end {
		t := &x.toks[j]
		if m := x.mentionAt(j); m != nil {
			if a := x.actorOf(m); a != nil && a.Kind == Person {
				break
			}
			j, last = int(m.end), int(m.end)
			if x.toks[j-1].poss {
				break
			}
			continue
		}
		switch {
		case t.kind == tokWord && t.cap && !x.isDateWord(t) && (j == i || !x.lx.startersF.in(x.lx.starters, t)):
			j, last = j+1, j+1
			if t.poss {
				return last // "the Peace Implementation Council's steering board"
			}
			continue
		case j > i && j+1 < end && !t.cap && (x.lx.orgConnect.has(t) || x.lx.particles.has(t) || t.fold == "para" || t.fold == "pour" || t.fold == "y"):
			j++ // "Fundación Ideas para la Paz"
			continue
		case j > i && j+1 < end && t.text == "-" && !t.space && x.toks[j+1].cap && !x.toks[j+1].space:
			j++
			continue
		}
		break
	}
	return last
}

// complementAt reports "of", "for" or "on" at k: what follows completes an
// organisation's name ("Party of Democratic Action").
func (x *doc) complementAt(k int) bool {
	f := x.toks[k].fold
	return f == "of" || f == "for" || f == "on"
}

// orgHeadAt reports the word or known body at k that can head an
// organisation's name, with end the run's end for a head that needs a
// complement after it.
func (x *doc) orgHeadAt(k, end int) bool {
	if m := x.mentionAt(k); m != nil {
		a := x.actorOf(m)
		return a != nil && a.Kind == Organization && x.lx.orgHeads[x.toks[m.end-1].text]
	}
	t := &x.toks[k]
	return x.lx.orgHeads[t.text] || x.lx.orgHeadsComplete[t.text] && k+2 < end && x.complementAt(k+1)
}

// orgIn makes an organisation of the run [i, e) when its name is one: the
// part before its first complement ends in a head word, and one word at
// least is new, not a known name. A person's name before "of" ("Bakir
// Izetbegović of the Party of Democratic Action") is the person's, and
// becomes a person of that organisation.
func (x *doc) orgIn(si, i, e int) {
	start := i
	head := -1 // the last name word before the first complement
	for k := start; k < e; k++ {
		if x.complementAt(k) {
			if head >= 0 && x.orgHeadAt(head, e) {
				break
			}
			// No head before "of": the name starts after it.
			start, head = k+1, -1
			if start < e && x.toks[start].fold == "the" {
				start++
			}
			continue
		}
		if m := x.mentionAt(k); m != nil {
			head, k = k, int(m.end)-1
			continue
		}
		if x.toks[k].cap {
			head = k
		}
	}
	if start < e && x.mentAt[start] < 0 && x.lx.orgHeadsFirst[x.toks[start].text] {
		head = start // "Parti Québécois", "Coalition Avenir Québec"
		for k := start + 1; k < e; k++ {
			if f := x.toks[k].fold; f == "and" || f == "&" {
				e = k // "the Parti Québécois and Québec solidaire": two
				break
			}
		}
	}
	if start >= e || head < 0 || head != start && !x.orgHeadAt(head, e) || x.startsIn(x.lx.sportWords, start, e) && x.hasCue(x.lx.sportWords, start, e) {
		return // "the Nations League": a competition
	}
	fresh, words := false, 0
	for k := start; k < e; k++ {
		if m := x.mentionAt(k); m != nil {
			words, k = words+1, int(m.end)-1
			continue
		}
		if x.toks[k].cap {
			words++
			fresh = true
		}
	}
	if !fresh || words < 2 {
		return
	}
	for k := start; k < e; k++ {
		if m := x.mentionAt(k); m != nil {
			x.killMention(m)
		}
	}
	name := x.text(start, e)
	if x.toks[e-1].poss {
		name = x.srcOf(start)[x.toks[start].start:x.toks[e-1].end]
	}
	id := x.addActor(localActor{Actor: Actor{Name: name, Kind: Organization}, gaz: -1})
	x.addMention(mention{start: int32(start), end: int32(e), actor: id, place: -1, sent: int32(si), kind: foundTitle})
	s := &x.sents[si]
	// "(SDA)": the acronym names it later on.
	if e+2 < s.end && x.toks[e].text == "(" && x.toks[e+1].upper && x.toks[e+2].text == ")" && x.mentAt[e+1] < 0 {
		acr := x.toks[e+1].text
		if !hasFold(x.actors[id].Aliases, acr) {
			x.actors[id].Aliases = append(x.actors[id].Aliases, acr)
		}
	}
	if start > i {
		c := i
		for c < start && !x.complementAt(c) {
			c++
		}
		if c-i >= 2 && x.nameRun(i, c) == c {
			if p := x.resolveName(i, c, "", id); p >= 0 {
				x.addMention(mention{start: int32(i), end: int32(c), actor: p, place: -1, sent: int32(si), kind: foundTitle})
				x.noteRole(p, apposition{affiliation: id, analyst: x.isAnalyst(id)})
			}
		}
	}
}

// orgAcronyms finds the later mentions of the acronyms organisations found
// in the text were given ("(SDA)" ... "the SDA said").
func (x *doc) orgAcronyms() {
	acr := map[string]int32{}
	for id := range x.actors {
		a := &x.actors[id]
		if a.gaz >= 0 || a.Kind != Organization {
			continue
		}
		for _, al := range a.Aliases {
			acr[al] = int32(id)
		}
	}
	if len(acr) == 0 {
		return
	}
	for si := range x.sents {
		s := &x.sents[si]
		for i := s.start; i < s.end; i++ {
			t := &x.toks[i]
			if !t.upper || x.mentAt[i] >= 0 || i > s.start && x.toks[i-1].text == "(" {
				continue // "(SDA)" right after the name is the name
			}
			if id, ok := acr[t.text]; ok {
				x.addMention(mention{start: int32(i), end: int32(i + 1), actor: id, place: -1, sent: int32(si), kind: foundTitle})
			}
		}
	}
}

// orgHead is a head word an organisation of the article can be named by
// later: "Forum leaders", "the forum's secretary general" for the Pacific
// Islands Forum, "the council's meetings" for the Arctic Council.
type orgHead struct {
	word  int32 // vocabulary number of the folded word
	actor int32 // -1 when two organisations share the word
}

// orgHeadWords lists the head words of the organisations named in full so
// far, in heads, and returns how many; the heads are few in any article.
func (x *doc) orgHeadKeys(heads *[4]orgHead) int {
	n := 0
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.actor < 0 || m.end-m.start < 2 || x.actors[m.actor].Kind != Organization {
			continue
		}
		last := &x.toks[m.end-1]
		if last.id == 0 || !x.lx.orgHeads[last.text] && !containsString(x.lx.bodyHeads, last.fold) {
			continue // "Forum" heads no name found in the text, but a known one's
		}
		k := 0
		for k < n && heads[k].word != last.id {
			k++
		}
		switch {
		case k < n && heads[k].actor != m.actor:
			heads[k].actor = -1
		case k == n && n < len(heads):
			heads[n] = orgHead{last.id, m.actor}
			n++
		}
	}
	return n
}

// orgHeadAtToken returns the organisation token i names by its head word
// alone, capitalised or after "the", -1 when none (see orgHeadKeys).
func (x *doc) orgHeadAtToken(heads []orgHead, s *sentence, i int) int32 {
	t := &x.toks[i]
	if t.id == 0 || !t.cap && (i == s.start || x.toks[i-1].fold != "the") || i+1 < s.end && x.toks[i+1].cap {
		return -1
	}
	for _, h := range heads {
		if h.word == t.id {
			return h.actor
		}
	}
	return -1
}
