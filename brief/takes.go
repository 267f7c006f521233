package brief

import "strings"

// takes finds the assessments of analysts, think tanks and observers. In an
// analysis feed every Key Takeaways bullet (or, without such a list, every
// paragraph) is the feed's own take.
func (x *doc) takes() []Take {
	var out []Take
	var firsts []int // the first sentence of each take
	for si := 0; si < len(x.sents); si++ {
		if x.sents[si].src == 0 {
			continue
		}
		t, ok := x.takeIn(si)
		if !ok {
			continue
		}
		x.taken[si] = true
		first := si
		for si+1 < len(x.sents) && x.continues(si+1, t.Analyst) {
			si++
			x.taken[si] = true
			t.Text += " " + x.sentText(&x.sents[si])
			t.About = appendNew(t.About, x.aboutIn(si, t.Analyst))
		}
		if len(t.About) == 0 {
			t.About = x.contextActors(first, t.Analyst)
		}
		out = append(out, t)
		firsts = append(firsts, first)
	}
	out = append(out, x.interviewTakes()...)
	analyst := x.feedAnalyst()
	if analyst == "" {
		analyst = x.opinionAuthor()
	}
	if analyst != "" {
		if cap(x.inBullet) < len(x.sents) {
			x.inBullet = make([]bool, len(x.sents))
		}
		x.inBullet = x.inBullet[:len(x.sents)]
		feed := x.feedTakes(analyst)
		// "ISW assesses that ..." inside a Key Takeaways bullet of ISW's own
		// feed is that bullet's take, not a second one.
		kept := out[:0]
		for i, t := range out {
			if t.Analyst != analyst || !x.inBullet[firsts[i]] {
				kept = append(kept, t)
			}
		}
		out = append(kept, feed...)
	}
	return out
}

// opinionAuthor names the author of a signed opinion piece: the person of
// its byline ("By Hiroshi Tanabe"), when a bio makes that person an analyst
// ("Hiroshi Tanabe is a senior fellow at ...") or the feed is tagged as
// opinion. Such a piece is the author's analysis throughout; "" for any
// other article.
func (x *doc) opinionAuthor() string {
	for si := 0; si < len(x.sents) && si < 4; si++ {
		s := &x.sents[si]
		if s.src == 0 || x.toks[s.start].text != "By" {
			continue
		}
		m := x.mentionAt(s.start + 1)
		if m == nil || m.actor < 0 || int(m.end) != s.end || x.actors[m.actor].Kind != Person {
			return ""
		}
		if x.isAnalyst(m.actor) {
			return x.actors[m.actor].Name
		}
		if x.actors[m.actor].gaz >= 0 {
			return "" // "By Keir Starmer": an actor's own words, not an analyst's
		}
		for _, t := range x.d.Tags {
			switch strings.ToLower(strings.TrimSpace(t)) {
			case "opinion", "op-ed", "oped", "commentary", "column", "comment":
				return x.actors[m.actor].Name
			}
		}
		return ""
	}
	return ""
}

// takeIn reads the take sentence si attributes, if any: "Analysts suggest
// that", "analysts at ORG noted", "according to ISW", "ISW assesses", "Jane
// Doe, a senior fellow at ORG, said".
func (x *doc) takeIn(si int) (Take, bool) {
	s := &x.sents[si]
	if name := x.analystReferredTo(si); name != "" {
		return x.take(si, name), true
	}
	for i := s.start; i < s.end; i++ {
		t := &x.toks[i]
		if !t.isWord() {
			continue
		}
		if m := x.mentionAt(i); m != nil {
			at := i
			i = int(m.end) - 1
			if m.actor < 0 {
				continue
			}
			if !x.isAnalyst(m.actor) {
				// "according to the Asia Maritime Transparency Initiative at
				// CSIS", "according to estimates by the Rhodium Group": a
				// research unit of a think tank, or estimates of a firm.
				if x.researchSource(s, m) {
					return x.take(si, x.actors[m.actor].Name), true
				}
				continue
			}
			if x.accordingTo(s, at) || x.verbAfter(x.pastAffiliation(m, s.end), s.end) || x.saidBefore(s, int(m.start)) {
				return x.take(si, x.actors[m.actor].Name), true
			}
			continue
		}
		n, v := x.lx.analystNouns.longest(x.toks, i, s.end)
		if n == 0 || t.cap && i > s.start && !x.lx.startersF.in(x.lx.starters, &x.toks[i-1]) && x.toks[i-1].cap {
			continue
		}
		name := x.lx.analystAs[v]
		j := i + n
		named := false
		if j+1 < s.end && (x.toks[j].fold == "at" || x.toks[j].fold == "from" || x.toks[j].fold == "with" || x.toks[j].fold == "of") {
			// "economists at Nomura": after an analyst, one word names a firm.
			if id := x.orgAfter(true, j+1, s.end); id >= 0 {
				name, named = x.actors[id].Name, true
				if m := x.mentionAt(x.skipThe(j + 1)); m != nil {
					j = int(m.end)
				}
			}
		}
		// "Experts at Chatham House were more sceptical": the organisation
		// named is attribution enough.
		if x.accordingTo(s, i) || named || x.verbAfter(j, s.end) {
			return x.take(si, name), true
		}
		i = j - 1
	}
	return Take{}, false
}

// analystReferredTo names the analyst organisation "The think tank said"
// or "The group warned" refers back to: for "think tank", the last one named
// in the sentences before; for "institute", "group" or "centre", the last
// organisation named, if it is one. "" when the sentence opens otherwise.
func (x *doc) analystReferredTo(si int) string {
	s := &x.sents[si]
	k := s.start
	if k+2 >= s.end || x.toks[k].fold != "the" {
		return ""
	}
	n, anyOrg := 0, false
	switch f := x.toks[k+1].fold; {
	case f == "think" && x.toks[k+2].fold == "tank":
		n = 2
	case f == "institute" || f == "group" || f == "centre" || f == "center":
		n, anyOrg = 1, true
	default:
		return ""
	}
	if !x.verbAfter(k+1+n, s.end) {
		return ""
	}
	for j := si - 1; j >= 0 && j >= si-5 && x.sents[j].src == s.src; j-- {
		p := &x.sents[j]
		for i := p.end - 1; i >= p.start; i-- {
			m := x.mentionAt(i)
			if m == nil || m.actor < 0 || x.actors[m.actor].Kind != Organization {
				continue
			}
			if x.isAnalyst(m.actor) {
				return x.actors[m.actor].Name
			}
			if anyOrg {
				return "" // "the group" is the last organisation named, and it is none
			}
			i = int(m.start)
		}
	}
	return ""
}

// accordingTo reports "according to" right before token i of s; it is asked
// only of the few words that may name an analyst.
func (x *doc) accordingTo(s *sentence, i int) bool {
	if i > s.start && x.toks[i-1].fold == "the" {
		i-- // "according to the Kestrel Institute"
	}
	return i >= s.start+2 && x.toks[i-1].fold == "to" && x.toks[i-2].fold == "according"
}

// researchSource reports an organisation found in the text, not a public
// body, cited as a source of research: "according to X at <think tank>"
// or "according to estimates by X".
func (x *doc) researchSource(s *sentence, m *mention) bool {
	a := x.actorOf(m)
	if a == nil || a.Kind != Organization || a.gaz >= 0 {
		return false
	}
	i, e := int(m.start), int(m.end)
	if x.accordingTo(s, i) && e+1 < s.end && (x.toks[e].fold == "at" || x.toks[e].fold == "of") {
		if o := x.mentionAt(x.skipThe(e + 1)); o != nil && o.actor >= 0 && x.actors[o.actor].Kind == Organization && x.isAnalyst(o.actor) {
			return !x.publicBody(a.Name)
		}
	}
	k := i - 1
	if k >= s.start && x.toks[k].fold == "the" {
		k--
	}
	if k-1 < s.start || x.toks[k].fold != "by" && x.toks[k].fold != "from" && x.toks[k].fold != "of" {
		return false
	}
	switch x.toks[k-1].fold {
	case "estimates", "estimate", "analysis", "research", "calculations", "projections", "forecasts", "modelling", "modeling":
		return k-3 >= s.start && x.toks[k-2].fold == "to" && x.toks[k-3].fold == "according" && !x.publicBody(a.Name) &&
			researchName(a.Name)
	}
	return false
}

// researchName reports a name that says its holder researches or
// advises ("Rhodium Group", "Capital Economics"), not one that counts
// what it does ("the Norwegian Refugee Association").
func researchName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	switch strings.ToLower(last) {
	case "group", "research", "analytics", "economics", "consulting", "consultancy", "intelligence", "associates",
		"advisers", "advisors", "insights", "partners", "institute", "centre", "center", "initiative", "capital":
		return true
	}
	return false
}

// publicBody reports a name that says it is part of a state: a ministry,
// an agency, a force.
func (x *doc) publicBody(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "ministry", "department", "office", "agency", "government", "police", "army", "forces", "force",
			"commission", "service", "bureau", "authority", "administration", "guard", "parliament", "court":
			return true
		}
	}
	return false
}

// pastAffiliation is where the words after a person's mention resume past
// "of the Centre for Frontline Studies": the analyst, not the centre, says.
func (x *doc) pastAffiliation(m *mention, end int) int {
	k := int(m.end)
	if x.actors[m.actor].Kind != Person || k+1 >= end {
		return k
	}
	if f := x.toks[k].fold; f != "of" && f != "from" && f != "at" {
		return k
	}
	o := x.mentionAt(x.skipThe(k + 1))
	if o == nil || o.actor < 0 || x.actors[o.actor].Kind != Organization {
		return k
	}
	return int(o.end)
}

func (x *doc) skipThe(k int) int {
	if x.toks[k].fold == "the" {
		return k + 1
	}
	return k
}

// isAnalyst reports whether an actor speaks as an analyst: a think tank, or
// a person whose role here (or in the gazetteer) is an analyst's.
func (x *doc) isAnalyst(id int32) bool {
	a := &x.actors[id]
	switch a.Kind {
	case Organization:
		if a.gaz >= 0 {
			return x.g.analyst[a.gaz]
		}
		// Read once per name and role: the test folds both strings.
		if a.analystOrg == 0 || a.analystOrgOf[0] != a.Name || a.analystOrgOf[1] != a.Role {
			a.analystOrg, a.analystOrgOf = 2, [2]string{a.Name, a.Role}
			if x.lx.isAnalystOrg(&a.Actor) {
				a.analystOrg = 1
			}
		}
		return a.analystOrg == 1
	case Person:
		if ap, ok := x.roleAt[id]; ok && ap.analyst {
			return true
		}
		if a.analystRole == 0 && a.gaz >= 0 && a.Role == x.g.actors[a.gaz].Role {
			a.analystRole = 2
			if x.g.analyst[a.gaz] {
				a.analystRole = 1
			}
		}
		if a.analystRole == 0 {
			a.analystRole = 2
			if x.lx.roleIsAnalystIn(x.g.voc, a.Role, &x.roleToks) {
				a.analystRole = 1
			}
		}
		return a.analystRole == 1
	}
	return false
}

// verbAfter reports whether an assessment verb follows at k, allowing an
// auxiliary or adverb ("has long argued") and an apposition between commas.
func (x *doc) verbAfter(k, end int) bool {
	if k < end && x.toks[k].text == "," {
		for k++; k < end && x.toks[k].text != ","; k++ {
		}
		k++
	}
	// "Observers in Koror noted", "Experts on the Cyprus problem said",
	// "Experts interviewed by Reuters said": a short phrase of where or
	// what they know, or of who asked them.
	if k < end {
		switch x.toks[k].fold {
		case "in", "on", "from", "across", "around", "interviewed", "polled", "surveyed", "consulted", "contacted", "quoted", "cited", "questioned":
			for j := k + 1; j < end && j <= k+5; j++ {
				if n, _ := x.lx.takeVerbs.longest(x.toks, j, end); n > 0 {
					return true
				}
				if !x.toks[j].isWord() {
					return false
				}
			}
			return false
		}
	}
	for j := k; j < end && j < k+4; j++ {
		if n, _ := x.lx.takeVerbs.longest(x.toks, j, end); n > 0 {
			return true
		}
		if !x.toks[j].isWord() || x.toks[j].cap {
			return false
		}
	}
	return false
}

// saidBefore reports ", said NAME" / "says NAME" ending at the mention at k.
func (x *doc) saidBefore(s *sentence, k int) bool {
	return k > s.start && x.lx.sayVerbs.has(&x.toks[k-1])
}

func (x *doc) take(si int, analyst string) Take {
	return Take{Analyst: analyst, About: x.aboutIn(si, analyst), Text: x.sentText(&x.sents[si]), Article: x.d.ID}
}

// aboutIn lists the actors of sentence si other than the analyst and the
// analyst's own organisation.
func (x *doc) aboutIn(si int, analyst string) []string {
	s := &x.sents[si]
	skipOrg := ""
	if id, ok := x.byName[analyst]; ok && x.actors[id].Kind == Person {
		skipOrg = x.actors[id].Affiliation
	}
	var out []string
	for i := s.start; i < s.end; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i {
			continue
		}
		i = int(m.end) - 1
		if m.actor < 0 {
			// Analysts write capitals for governments: "back to Moscow";
			// but "talks in Geneva", "near Novorossiysk" name places.
			if n := x.placeCountry(m); n != "" && n != analyst && !containsString(out, n) && !x.placeOnly(s, m) {
				out = append(out, n)
			}
			continue
		}
		n := x.actors[m.actor].Name
		if n == analyst || n == skipOrg || containsString(out, n) || x.isAnalyst(m.actor) {
			continue // another analyst is who speaks, not what is spoken of
		}
		out = append(out, n)
	}
	return out
}

// placeOnly reports a place named as where something is, after "in",
// "near" or the like, not as the government it stands for.
func (x *doc) placeOnly(s *sentence, m *mention) bool {
	k := int(m.start) - 1
	if k >= s.start && x.toks[k].fold == "the" {
		k--
	}
	if k < s.start {
		return false
	}
	switch x.toks[k].fold {
	case "in", "at", "near", "around", "outside", "inside", "across", "of", "from", "toward", "towards", "into", "through":
		return true
	}
	return false
}

// contextActors are what a take that names no actor is about: those of the
// headline ("Both governments are using the sea-access question ...", said
// an analyst, in a piece headed on Ethiopia and Eritrea), else those of the
// sentence before it ("the meeting carried risks for both men").
func (x *doc) contextActors(si int, analyst string) []string {
	// What the headline is about is what the piece is about. Headline
	// sentences come first; they are read once per article.
	if !x.headlineRead {
		x.headlineRead = true
		x.headline = x.headline[:0]
		for k := 0; k < len(x.sents) && x.sents[k].src == 0; k++ {
			x.headline = appendNew(x.headline, x.aboutIn(k, ""))
		}
	}
	var title []string
	skipOrg := ""
	if id, ok := x.byName[analyst]; ok && x.actors[id].Kind == Person {
		skipOrg = x.actors[id].Affiliation
	}
	for _, n := range x.headline {
		if n != analyst && n != skipOrg {
			title = append(title, n)
		}
	}
	if len(title) > 0 {
		return title
	}
	for k := si - 1; k >= 0 && k >= si-2 && x.sents[k].src == x.sents[si].src; k-- {
		if about := x.aboutIn(k, analyst); len(about) > 0 {
			return about
		}
	}
	return nil
}

// placeCountry names the country of a place mention, when the gazetteer
// knows it as an actor.
func (x *doc) placeCountry(m *mention) string {
	if m.place < 0 || x.g.placeCountry[m.place] < 0 {
		return ""
	}
	return x.g.actors[x.g.placeCountry[m.place]].Name
}

func appendNew(list, more []string) []string {
	for _, s := range more {
		if !containsString(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// continues reports whether sentence si carries on the take of analyst
// before it: same paragraph, and either the same analyst again ("Kowalczyk
// added that", "“...,” she said", "researchers in its programme argued"), or
// an opening that continues ("Moreover", "They", "The think tank") with no
// attribution of its own.
func (x *doc) continues(si int, analyst string) bool {
	s, prev := &x.sents[si], &x.sents[si-1]
	if s.src != prev.src || s.para != prev.para || s.bullet {
		return false
	}
	if t, own := x.takeIn(si); own {
		// "researchers in its programme argued" are the organisation's;
		// "Observers in Tokyo said" are others, with a take of their own.
		return t.Analyst == analyst || x.isGenericAnalyst(t.Analyst) && !x.isGenericAnalyst(analyst) && x.refersBack(s)
	}
	if id, ok := x.byName[analyst]; ok {
		for _, q := range x.sentenceQuotes(si) {
			if x.speakerOf(si, q) == id {
				return true
			}
		}
		if x.pronounSays(s) {
			return true
		}
	}
	if x.wholeQuote(s) {
		return true // the analyst's quote goes on, unattributed: "“As long as ...”"
	}
	if x.hasQuote(s) {
		return false
	}
	if n, _ := x.lx.continuation.longest(x.toks, s.start, s.end); n > 0 {
		return true
	}
	// "In a note published on Tuesday, researchers in its programme argued":
	// unnamed analysts of an organisation already named.
	if _, ok := x.byName[analyst]; ok && !x.isGenericAnalyst(analyst) {
		return x.hasAnalystNoun(s) && x.hasTakeVerb(s) && x.refersBack(s)
	}
	return false
}

// wholeQuote reports a sentence every word of which is inside quotation
// marks: a quote that goes on from the sentence before.
func (x *doc) wholeQuote(s *sentence) bool {
	words := 0
	for i := s.start; i < s.end; i++ {
		if x.toks[i].kind == tokWord {
			if !x.quoted[i] {
				return false
			}
			words++
		}
	}
	return words > 0
}

// refersBack reports a sentence that points back to an organisation named
// before: "its", "their", "the institute's".
func (x *doc) refersBack(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		switch x.toks[i].fold {
		case "its", "their":
			return true
		case "institute", "centre", "center", "think", "organisation", "organization", "foundation":
			if i > s.start && x.toks[i-1].fold == "the" && !x.toks[i].cap {
				return true
			}
		}
	}
	return false
}

func (x *doc) hasAnalystNoun(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if n, _ := x.lx.analystNouns.longest(x.toks, i, s.end); n > 0 {
			return true
		}
	}
	return false
}

func (x *doc) hasTakeVerb(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		if n, _ := x.lx.takeVerbs.longest(x.toks, i, s.end); n > 0 {
			return true
		}
	}
	return false
}

// pronounSays reports a sentence whose subject is a pronoun that says
// something: "She added that ...", "He warned ...".
func (x *doc) pronounSays(s *sentence) bool {
	for i := s.start; i < s.end && i < s.start+3; i++ {
		if f := x.toks[i].fold; f == "he" || f == "she" || f == "they" {
			n, _ := x.lx.takeVerbs.longest(x.toks, i+1, s.end)
			if n == 0 && i+2 < s.end {
				n, _ = x.lx.takeVerbs.longest(x.toks, i+2, s.end)
			}
			return n > 0
		}
	}
	// "Netanyahu wants to show that Israel sets the pace, she said, and ...".
	for i := s.start + 1; i+1 < s.end; i++ {
		if f := x.toks[i].fold; (f == "he" || f == "she") && x.toks[i-1].text == "," && x.lx.sayVerbs.has(&x.toks[i+1]) {
			return true
		}
	}
	return false
}

func (x *doc) isGenericAnalyst(name string) bool {
	for _, a := range x.lx.analystAs {
		if a == name {
			return true
		}
	}
	return false
}

// interviewTakes reads an interview written as questions and answers
// ("Q: Will the summit change anything?" ... "A: Very little. ..."): each
// answer is a take by the analyst the piece interviews, the first person
// with an analyst's role it names. An article with fewer than two answers
// is no such interview.
func (x *doc) interviewTakes() []Take {
	answers := 0
	for si := range x.sents {
		if x.answerAt(si) {
			answers++
		}
	}
	if answers < 2 {
		return nil
	}
	analyst := ""
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.actor >= 0 && x.actors[m.actor].Kind == Person && x.isAnalyst(m.actor) {
			analyst = x.actors[m.actor].Name
			break
		}
	}
	if analyst == "" {
		return nil
	}
	var out []Take
	for si := 0; si < len(x.sents); si++ {
		if !x.answerAt(si) || x.taken[si] {
			continue
		}
		t := x.take(si, analyst)
		// The answer runs on to the end of its paragraph.
		for si+1 < len(x.sents) && x.sents[si+1].src == x.sents[si].src && x.sents[si+1].para == x.sents[si].para {
			si++
			t.Text += " " + x.sentText(&x.sents[si])
			t.About = appendNew(t.About, x.aboutIn(si, analyst))
		}
		if len(t.About) == 0 {
			t.About = x.contextActors(si, analyst)
		}
		out = append(out, t)
	}
	return out
}

// answerAt reports a sentence that opens an answer: "A:" first.
func (x *doc) answerAt(si int) bool {
	s := &x.sents[si]
	return s.src != 0 && s.end-s.start > 2 && x.toks[s.start].text == "A" && x.toks[s.start+1].text == ":"
}
