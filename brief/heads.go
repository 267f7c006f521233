package brief

import (
	"slices"
	"strings"
)

// Office holders named by their office: "the presidents of Brazil and
// Argentina", "Russia's president", "the French president". The gazetteer
// knows who holds each office from its roles ("President of Brazil"), so
// such a phrase is a mention of that person, not of the country.

// headTitles are the offices read, as written before "of" in a role.
var headTitles = []string{"president", "prime minister", "chancellor", "king", "emir", "crown prince",
	"supreme leader", "secretary general", "secretary-general", "foreign minister", "defence minister",
	"defense minister", "finance minister", "interior minister", "energy minister", "economy minister",
	"external affairs minister", "foreign secretary", "secretary of state", "defence secretary", "defense secretary",
	"secretary of defense"}

// sameOffice maps a second spelling, or another country's name for the
// office, to the first: India's external affairs minister and America's
// secretary of state are their countries' foreign ministers.
var sameOffice = map[string]string{"secretary-general": "secretary general", "defense minister": "defence minister",
	"external affairs minister": "foreign minister", "secretary of state": "foreign minister", "defence secretary": "defence minister",
	"defense secretary": "defence minister", "secretary of defense": "defence minister"}

// looseOffice names an office that only some countries give a minister:
// India's foreign secretary is a diplomat under the minister. Its holder
// holds the foreign minister's office only where no one holds it plainly
// (Britain's foreign secretary), and keeps the office by its own name
// ("India's foreign secretary" is the diplomat).
const looseOffice = "foreign secretary"

// headWords are headTitles as tokens ("secretary", "-", "general").
var headWords = func() [][]string {
	out := make([][]string, len(headTitles))
	for i, t := range headTitles {
		out[i] = strings.Fields(strings.ReplaceAll(t, "-", " - "))
	}
	return out
}()

// buildHeads maps "office|body" (the body's gazetteer index) to the person
// holding the office, from roles of the form "President of Brazil" or
// "NATO Secretary General"; an office two persons claim is left out.
func buildHeads(actors []Actor, bodyIndex func(string) (int, bool)) map[headKey]int32 {
	heads := map[headKey]int32{}
	loose := map[headKey]bool{} // held by a looseOffice title
	for i, a := range actors {
		if a.Kind != Person {
			continue
		}
		for _, o := range officesOf(a.Role, bodyIndex) {
			prev, dup := heads[o.key]
			switch {
			case !dup:
				heads[o.key], loose[o.key] = int32(i), o.loose
			case loose[o.key] && !o.loose && prev >= 0:
				heads[o.key], loose[o.key] = int32(i), false
			case o.loose && !loose[o.key]:
				// The plain title's holder keeps the office.
			default:
				heads[o.key] = -1
			}
		}
	}
	return heads
}

// office is one office a role names.
type office struct {
	key   headKey
	loose bool // written with looseOffice's title
}

// officesOf reads a role written "President of Brazil", "NATO Secretary
// General" or "Prime Minister and Foreign Minister of Qatar" as offices of
// a body the gazetteer knows.
func officesOf(role string, bodyIndex func(string) (int, bool)) []office {
	role = strings.ToLower(role)
	if i := strings.IndexByte(role, '('); i > 0 {
		role = strings.TrimSpace(role[:i]) // "secretary of defense (styled secretary of war)"
	}
	// "Prime Minister of Trinidad and Tobago": one office, when it reads as
	// one; else "prime minister and foreign minister of qatar", the body
	// both's.
	parts := []string{role}
	if _, ok := officeOf(role, bodyIndex); !ok {
		parts = strings.Split(role, " and ")
	}
	_, body, hasBody := strings.Cut(parts[len(parts)-1], " of ")
	var out []office
	for i, p := range parts {
		if i < len(parts)-1 && hasBody && !strings.Contains(p, " of ") {
			p += " of " + body
		}
		if o, ok := officeOf(p, bodyIndex); ok {
			out = append(out, o)
			if o.loose {
				// Its own name, held plainly, beside the minister's office.
				out[len(out)-1].loose = false
				fm := headKey{title: int32(slices.Index(headTitles, "foreign minister")), body: o.key.body}
				out = append(out, office{key: fm, loose: true})
			}
		}
	}
	return out
}

// officeOf reads one office, "President of Brazil" or "NATO Secretary
// General", of a body the gazetteer knows.
func officeOf(role string, bodyIndex func(string) (int, bool)) (office, bool) {
	for ti, t := range headTitles {
		rest, ok := strings.CutPrefix(role, t+" of ")
		if !ok {
			rest, ok = strings.CutSuffix(role, " "+t)
		}
		if !ok {
			continue
		}
		body, ok := bodyIndex(strings.TrimPrefix(rest, "the "))
		if !ok {
			return office{}, false
		}
		return office{key: headKey{title: canonicalTitle(ti), body: int32(body)}, loose: t == looseOffice}, true
	}
	return office{}, false
}

// leaderTitles are the offices that lead a government: a president's
// counterpart in a country run by a prime minister is the prime minister.
var leaderTitles = []string{"president", "prime minister", "chancellor"}

// counterpart is the holder of the office like possessor p's in body b:
// "Lee and his Japanese counterpart" is Japan's prime minister; -1 when
// the gazetteer knows none.
func (g *Gazetteer) counterpart(p, b int32) int32 {
	offices := officesOf(g.actors[p].Role, g.bodyIndex)
	if len(offices) == 0 {
		return -1
	}
	key := offices[len(offices)-1].key // "prime minister and foreign minister": the last, the rarer
	key.body = b
	if h, ok := g.heads[key]; ok && h >= 0 {
		return h
	}
	if !slices.Contains(leaderTitles, headTitles[key.title]) {
		return -1
	}
	for _, t := range []string{"prime minister", "chancellor", "president"} {
		key.title = int32(slices.Index(headTitles, t))
		if h, ok := g.heads[key]; ok && h >= 0 {
			return h
		}
	}
	return -1
}

// headKey is an office of a body: an index into headTitles (one spelling
// for both of sameOffice's) and the body's gazetteer index.
type headKey struct{ title, body int32 }

// canonicalTitle folds "secretary-general" into "secretary general".
func canonicalTitle(i int) int32 {
	if t, ok := sameOffice[headTitles[i]]; ok {
		return int32(slices.Index(headTitles, t))
	}
	return int32(i)
}

// resolveHeads turns the mention of a country or body named for its office
// holder into a mention of that person. Not when the sentence names the
// person anyway ("Lula, the president of Brazil"), nor for another holder
// than the present one ("the former president of Brazil").
func (x *doc) resolveHeads() {
	if len(x.g.heads) == 0 {
		return
	}
	for mi := range x.ments {
		m := &x.ments[mi]
		a := x.actorOf(m)
		if a == nil || a.Kind == Person || a.gaz < 0 {
			continue
		}
		s := &x.sents[m.sent]
		if x.counterpartOf(mi) {
			continue
		}
		title, plural, ok := x.officeBefore(int(m.start), s.start)
		if ok && x.toks[m.end-1].poss {
			ok = false // "the president of Brazil's Senate": the Senate's
		}
		after := 0
		if !ok {
			title, after, ok = x.officeAfter(m, s.start, s.end)
		}
		if !ok {
			continue
		}
		converted := x.convertToHead(m, title)
		if converted && after > 0 && x.toks[m.end-1].poss {
			// "Russia's president will meet Trump": the office is the
			// person's mention too, so no possessor is left before it.
			for k := m.end; k < m.end+int32(after); k++ {
				x.mentAt[k] = int32(mi)
			}
			m.end += int32(after)
		}
		if converted && plural {
			// "the presidents of Brazil, Argentina and Uruguay".
			for k := mi + 1; k < len(x.ments); k++ {
				n := &x.ments[k]
				if n.sent != m.sent || !x.listLink(int(x.ments[k-1].end), int(n.start)) {
					break
				}
				x.convertToHead(n, title)
			}
		}
	}
}

// counterpartOf resolves "his Japanese counterpart" (no name after it) at
// mention mi to the office holder like the person named last before it, in
// its sentence or the one before.
func (x *doc) counterpartOf(mi int) bool {
	m := &x.ments[mi]
	e := int(m.end)
	if m.start == 0 || e+1 > len(x.toks) || x.toks[e].fold != "counterpart" {
		return false
	}
	switch x.toks[m.start-1].fold {
	case "his", "her":
	default:
		return false
	}
	if x.namedAfter(e+1, int(x.sents[m.sent].end)) {
		return false // "his Azerbaijani counterpart, Shahin Mustafayev": named
	}
	// A few mentions back at most: a long list must not make it quadratic.
	for k := mi - 1; k >= 0 && k >= mi-counterpartReach && x.ments[k].sent+1 >= m.sent; k-- {
		p := x.actorOf(&x.ments[k])
		if p == nil || p.Kind != Person {
			continue
		}
		if p.gaz < 0 {
			return false
		}
		h := x.g.counterpart(p.gaz, x.actors[m.actor].gaz)
		if h < 0 {
			return false
		}
		m.actor, m.place = x.gazActor(h), -1
		return true
	}
	return false
}

// sentenceNames reports whether sentence si mentions gazetteer actor g.
// The persons of the sentence last asked about are kept, so that a long
// list of offices does not read its sentence once per office.
func (x *doc) sentenceNames(si int, g int32) bool {
	if x.namedSent != si+1 {
		x.namedSent = si + 1
		x.namedGaz = x.namedGaz[:0]
		s := &x.sents[si]
		for k := s.start; k < s.end; k++ {
			if o := x.mentionAt(k); o != nil && o.actor >= 0 {
				if a := &x.actors[o.actor]; a.Kind == Person && a.gaz >= 0 {
					x.namedGaz = append(x.namedGaz, a.gaz)
				}
				k = int(o.end) - 1
			}
		}
	}
	return slices.Contains(x.namedGaz, g)
}

// counterpartReach is how many mentions back "his counterpart" looks for
// the person it is the counterpart of.
const counterpartReach = 12

// namedAfter reports a name right after an office, or set off after it by
// a comma: "Thailand's defence minister, General Somchai Rattanakorn,".
func (x *doc) namedAfter(k, end int) bool {
	if k < end && x.toks[k].text == "," {
		k++
	}
	return k < end && (x.toks[k].cap || x.mentAt[k] >= 0)
}

// convertToHead makes mention m one of the holder of office title in m's
// body, unless the sentence names that person already.
func (x *doc) convertToHead(m *mention, title int32) bool {
	a := x.actorOf(m)
	if a == nil || a.gaz < 0 {
		return false
	}
	p, ok := x.g.heads[headKey{title, a.gaz}]
	if !ok || p < 0 {
		return false
	}
	if x.sentenceNames(int(m.sent), p) {
		return false
	}
	m.actor = x.gazActor(p)
	m.place = -1
	return true
}

// listLink reports only ", " or "and" (", and") between tokens from and to.
func (x *doc) listLink(from, to int) bool {
	if to <= from || to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if f := x.toks[k].fold; f != "," && f != "and" {
			return false
		}
	}
	return true
}

// officeBefore reads "the president(s) of" ending just before token i.
func (x *doc) officeBefore(i, lo int) (title int32, plural, ok bool) {
	k := i - 1
	if k >= lo && x.toks[k].fold == "the" {
		k--
	}
	if k < lo || x.toks[k].fold != "of" {
		return -1, false, false
	}
	title, plural, start := x.officeEndingAt(k-1, lo)
	if title < 0 || x.formerOffice(start, lo) {
		return -1, false, false
	}
	return title, plural, true
}

// officeAfter reads "Russia's president" and "the French president" with no
// name after the office.
func (x *doc) officeAfter(m *mention, lo, end int) (int32, int, bool) {
	e := int(m.end)
	poss := x.toks[e-1].poss
	if !poss && (int(m.start) == 0 || x.toks[m.start-1].fold != "the") || e >= end || !x.lx.headFirst.has(&x.toks[e]) {
		return -1, 0, false
	}
	for ti, words := range headWords {
		if e+len(words) > end {
			continue
		}
		match := true
		for j, w := range words {
			if x.toks[e+j].fold != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if x.namedAfter(e+len(words), end) {
			return -1, 0, false // "Russia's President Vladimir Putin": named
		}
		if x.formerOffice(int(m.start), lo) {
			return -1, 0, false
		}
		return canonicalTitle(ti), len(words), true
	}
	return -1, 0, false
}

// officeEndingAt reads an office whose last word is token k ("president",
// "prime ministers"), returning its title, whether it is plural, and where
// it starts; "" when none ends there.
func (x *doc) officeEndingAt(k, lo int) (int32, bool, int) {
	if k < lo {
		return -1, false, k
	}
	last := x.toks[k].fold
	plural := false
	if strings.HasSuffix(last, "s") && last != "leaders" {
		last, plural = strings.TrimSuffix(last, "s"), true
	}
	for ti, words := range headWords {
		if words[len(words)-1] != last || k-len(words)+1 < lo {
			continue
		}
		start := k - len(words) + 1
		match := true
		for j, w := range words[:len(words)-1] {
			if x.toks[start+j].fold != w {
				match = false
				break
			}
		}
		if match {
			return canonicalTitle(ti), plural, start
		}
	}
	return -1, false, k
}

// formerOffice reports a word before token i that makes the office another
// holder's: "former", "vice", "the next".
func (x *doc) formerOffice(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-2; k-- {
		switch x.toks[k].fold {
		case "former", "late", "then", "next", "future", "new", "previous", "ex", "vice", "deputy", "acting", "outgoing", "incoming", "first", "last":
			return true
		}
	}
	return false
}

// refTitles are the titles that, alone after "the", name the person who
// holds them and was named last: "the President's meeting with the Prime
// Minister" in a readout that named President Trump and Prime Minister
// Sanae Takaichi before.
var refTitles = [][]string{{"president"}, {"prime", "minister"}, {"chancellor"}, {"secretary"}, {"minister"}, {"premier"}, {"emir"}, {"king"}}

// resolveTitleRefs adds those mentions. A title followed by a name or by
// "of" is not one ("the President of Brazil", "the Prime Minister, Keir
// Starmer,"), nor one no person named before holds.
func (x *doc) resolveTitleRefs() {
	for _, at := range x.titleAt {
		i := int(at) - 1 // "the" before the title
		if i < 0 || x.toks[i].fold != "the" || x.mentAt[at] >= 0 {
			continue
		}
		si := x.sentOf(int(at))
		s := &x.sents[si]
		if s.src == 0 || i < s.start {
			continue
		}
		n, words := x.refTitleAt(int(at), s.end)
		if n == 0 {
			continue
		}
		e := int(at) + n
		if e < s.end && (x.toks[e].fold == "of" || x.toks[e].cap || x.toks[e].text == "," && e+1 < s.end && x.toks[e+1].cap) {
			continue
		}
		if p := x.lastHolder(i, words); p >= 0 {
			x.addMention(mention{start: at, end: int32(e), actor: p, place: -1, sent: int32(si), kind: foundTitle})
		}
	}
}

// headFirstWords are the words headTitles open with.
func headFirstWords() []string {
	var out []string
	for _, w := range headWords {
		if !slices.Contains(out, w[0]) {
			out = append(out, w[0])
		}
	}
	return out
}

// refTitleFirstWords are the words refTitles open with.
func refTitleFirstWords() []string {
	var out []string
	for _, t := range refTitles {
		if !slices.Contains(out, t[0]) {
			out = append(out, t[0])
		}
	}
	return out
}

// refTitleAt returns the length of the title of refTitles at token k and
// its words; 0 when none. Only a capitalised title counts: "the president"
// may be anyone's, "the President" in a readout is the one named.
func (x *doc) refTitleAt(k, end int) (int, []string) {
	for _, words := range refTitles {
		if k+len(words) > end {
			continue
		}
		match := true
		for j, w := range words {
			if t := &x.toks[k+j]; t.fold != w || !t.cap {
				match = false
				break
			}
		}
		if match {
			return len(words), words
		}
	}
	return 0, nil
}

// lastHolder is the person named last before token i whose role holds the
// title words; -1 when none.
// The search goes back a few paragraphs at most: a title alone refers to
// someone named lately, and a long text must not make it quadratic.
func (x *doc) lastHolder(i int, words []string) int32 {
	for k := i - 1; k >= 0 && k >= i-holderReach; k-- {
		m := x.mentionAt(k)
		if m == nil || m.actor < 0 {
			continue
		}
		k = int(m.start)
		a := &x.actors[m.actor]
		if a.Kind == Person && (roleHolds(a.Role, words) || roleHolds(x.roleAt[m.actor].role, words)) {
			return m.actor
		}
	}
	return -1
}

// holderReach is how many tokens back a title alone looks for its holder.
const holderReach = 600

// roleHolds reports a role whose words include the title's, in order and
// not as a deputy's ("Deputy Prime Minister" holds no "Prime Minister").
// It reads the role in place: it runs for every person named before a
// title alone.
func roleHolds(role string, words []string) bool {
	prev := ""
	for rest := role; rest != ""; {
		w, after := nextWord(rest)
		rest = after
		if w == "" {
			break
		}
		if strings.EqualFold(w, words[0]) && !isDeputy(prev) {
			match, r := true, rest
			for _, want := range words[1:] {
				var got string
				got, r = nextWord(r)
				if !strings.EqualFold(got, want) {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
		prev = w
	}
	return false
}

// nextWord splits the first space-separated word off s.
func nextWord(s string) (string, string) {
	s = strings.TrimLeft(s, " ")
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

func isDeputy(w string) bool {
	return strings.EqualFold(w, "deputy") || strings.EqualFold(w, "vice") || strings.EqualFold(w, "former")
}
