package brief

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Extractor finds actors, meetings, takes and quotes in documents. It is safe
// for concurrent use: it holds only the read-only gazetteer, and each call
// works on its own scratch state.
type Extractor struct {
	g    *Gazetteer
	pool sync.Pool
}

// NewExtractor returns an extractor over the gazetteer g; a nil g means the
// built-in gazetteer alone.
func NewExtractor(g *Gazetteer) *Extractor {
	if g == nil {
		// The built-in data is embedded and tested, so this cannot fail in a
		// released build; if it did, the extractor finds nothing.
		g, _ = NewGazetteer()
	}
	e := &Extractor{g: g}
	e.pool.New = func() any { return &doc{} }
	return e
}

// Version names the extraction rules and gazetteer: stored results made under
// another version are stale and re-extracted.
func (e *Extractor) Version() string {
	if e.g == nil {
		return rulesVersion
	}
	return e.g.version
}

// Extract finds what the document holds.
func (e *Extractor) Extract(d Document) Extraction {
	if e.g == nil {
		return Extraction{}
	}
	x := e.pool.Get().(*doc)
	x.reset(e.g, d)
	x.matchGazetteer()
	x.resolveHeads()
	x.discover()
	x.resolveTitleRefs()
	x.resolveSurnames()
	x.sortMentions()
	x.markQuotes()
	x.markTriggers()
	out := Extraction{
		Meetings: x.meetings(),
		Takes:    x.takes(),
		Quotes:   x.quotes(),
	}
	out.Actors = x.actorList(out.Meetings)
	e.pool.Put(x)
	return out
}

// doc is the scratch state of one extraction.
type doc struct {
	g    *Gazetteer
	lx   *lexicon
	d    Document
	srcs [2]string
	toks []token
	// srcStart is the index of the first text token; title tokens come first.
	srcStart int
	sents    []sentence
	ments    []mention
	// mentsScratch is the other buffer sortMentions sorts ments into.
	mentsScratch []mention
	mentAt       []int32 // token -> index into ments, -1 when no mention covers it
	actors       []localActor
	byName       map[string]int32 // canonical name -> index into actors
	spelled      map[string]int32 // a misspelt name already resolved -> index into actors
	// firstNames indexes the persons of ments[:firstNamed] named after a
	// royal title by title and first name ("sheikh mohammed"), -1 for a
	// key two share.
	firstNames map[string]int32
	firstNamed int
	// nameEnds indexes the persons of actors[:endsIndexed] by each end of
	// their names after a space (-1 for an end two share), for "Mr. Ould-Tolba".
	nameEnds    map[string]int32
	endsIndexed int
	// surnames indexes the persons of actors[:surnamed] by their folded
	// last word (-1 for one two share), for localSurname.
	surnames map[string]int32
	surnamed int
	roleAt   map[int32]apposition
	taken    []bool // sentences already used by a take
	inBullet []bool // sentences of an analysis feed's Key Takeaways bullets
	// manyPronoun is set when the last pronoun subject resolved was plural.
	manyPronoun bool
	// pluralShort is set when a plural pronoun subject found fewer than two
	// persons in the sentence before.
	pluralShort bool
	// scenes are the scene-setting phrases of the clause being read.
	scenes []span
	aside  []span // appositions and relative clauses of the clause being read
	// droppedAt are the stretches of the triggers of the clause that are no
	// meeting (a wish, a habit): their objects are none of its people.
	droppedAt []span
	// whether is where "whether" opens the clause being read, -1 when it does not.
	whether int
	// weekday is the weekday written before the date being read ("Wednesday,
	// Feb. 4"), -1 when none.
	weekday int
	quoted  []bool // token -> inside quotation marks
	// trigAt is, per token, 1 + the index of the meeting trigger starting
	// there (0 for none) and trigLen its length in tokens.
	trigAt  []int32
	trigLen []uint8
	scores  scores           // scratch for misspelt names
	spans   []span           // quoted stretches of all sentences, by sentence:
	spanAt  []int32          // spans[spanAt[si]:spanAt[si+1]]
	surname map[string]int32 // scratch for resolveSurnames
	written []bool           // scratch for resolveSurnames
	// keyIDs marks, by vocabulary id, the words resolveSurnames looks for;
	// keyIDList lists the marks to clear.
	keyIDs    []bool
	keyIDList []int32
	counts    []int   // scratch for actorList
	order     []int32 // scratch for actorList
	acting    []bool
	found     []meetingMention // scratch for meetings
	segs      []sentence       // scratch for segments
	feedToks  []token          // scratch for feedAnalyst
	roleToks  []token          // scratch for isAnalyst
	named     []int            // scratch for mostNamed
	parts     []seriesPart     // scratch for seriesOf
	ends      [2][]int         // scratch for seriesOf
	dateBuf   []dateExpr       // scratch for nearestDate
	// days caches the dates formatted lately (see dayString).
	days    [8]formattedDay
	dayNext int
	cuts    []int // scratch for segments
	merged  []meetingMention
	unreal  []uint8 // sentence -> unrealRead | unrealSport
	// gazIdx caches, per gazetteer actor, its local index in this document,
	// valid where gazGen holds this document's gen.
	gazGen []uint32
	gazIdx []int32
	gen    uint32
	// orgHeadIn marks the sentences with a word that heads an organisation's
	// name, noted while the gazetteer is matched.
	orgHeadIn []bool
	// saysIn marks the sentences with a speech or take verb (or a word one
	// starts with), noted while the gazetteer is matched.
	saysIn []bool
	// titleAt lists the capitalised words that may open a title alone
	// ("the President"), noted while the gazetteer is matched.
	titleAt []int32
	// namedSent is 1 + the sentence namedGaz lists the gazetteer persons of
	// (see sentenceNames), 0 for none.
	namedSent int
	namedGaz  []int32
	// killedScratch holds mentions set aside while a name is tried.
	killedScratch []killedMention
	// headline lists the actors the headline is about, once headlineRead.
	headline     []string
	headlineRead bool
	// stamps lists a live blog's time-stamped sentences, once stampsRead.
	stamps     []int32
	stampsRead bool
	pastAt     []int32 // tokens that put their clause in the remembered past
}

// mention is one span of tokens naming an actor, a place, or both.
type mention struct {
	start, end int32
	actor      int32 // index into doc.actors, -1 for a place only
	place      int32 // index into the gazetteer's places, -1 when none
	sent       int32
	kind       uint8 // how it was found
}

const (
	foundAlias uint8 = iota
	foundTitle
	foundSurname
)

// localActor is an actor as this document sees it: a gazetteer actor or one
// discovered in the text.
type localActor struct {
	Actor
	gaz         int32 // index into the gazetteer, -1 when discovered
	analystRole int8  // whether Role is an analyst's: 0 not yet known, 1 yes, 2 no
	// analystOrg is whether a discovered organisation is a think tank (0 not
	// yet known, 1 yes, 2 no), for the name and role in analystOrgOf.
	analystOrg   int8
	analystOrgOf [2]string
	body         int8 // whether a discovered organisation is a body that meets: 0 not yet known, 1 yes, 2 no
}

// apposition is a role given beside a name: "Jane Doe, a senior fellow at
// the Atlantic Council," or a title before it.
type apposition struct {
	role        string
	affiliation int32 // local actor, -1 when none
	analyst     bool  // the role is an analyst's (fellow, researcher...)
}

func (x *doc) reset(g *Gazetteer, d Document) {
	x.g, x.lx, x.d = g, g.lex, d
	x.weekday = -1
	x.gen++
	if len(x.gazGen) < len(g.actors) {
		x.gazGen, x.gazIdx = make([]uint32, len(g.actors)), make([]int32, len(g.actors))
		x.gen = 1
	}
	x.srcs = [2]string{d.Title, d.Text}
	x.toks = tokenizeWith(d.Title, x.toks[:0], g.voc)
	x.srcStart = len(x.toks)
	x.sents = x.lx.splitSentences(x.toks, 0, x.sents[:0])
	titleSents := len(x.sents)
	x.toks = tokenizeWith(d.Text, x.toks, g.voc)
	x.sents = x.lx.splitSentences(x.toks[x.srcStart:], 1, x.sents)
	for i := titleSents; i < len(x.sents); i++ {
		x.sents[i].start += x.srcStart
		x.sents[i].end += x.srcStart
	}
	x.ments = x.ments[:0]
	if cap(x.mentAt) < len(x.toks) {
		x.mentAt = make([]int32, len(x.toks))
	}
	x.mentAt = x.mentAt[:len(x.toks)]
	for i := range x.mentAt {
		x.mentAt[i] = -1
	}
	x.actors = x.actors[:0]
	if x.byName == nil {
		x.byName = map[string]int32{}
		x.spelled = map[string]int32{}
		x.roleAt = map[int32]apposition{}
	}
	clear(x.byName)
	clear(x.spelled)
	clear(x.firstNames)
	x.firstNamed = 0
	clear(x.nameEnds)
	x.endsIndexed = 0
	clear(x.surnames)
	x.surnamed = 0
	clear(x.roleAt)
	if cap(x.taken) < len(x.sents) {
		x.taken = make([]bool, len(x.sents))
	}
	x.taken = x.taken[:len(x.sents)]
	clear(x.taken)
}

// markTriggers finds the meeting triggers of every sentence once, so the
// clause rules can ask for them by token.
func (x *doc) markTriggers() {
	if cap(x.trigAt) < len(x.toks) {
		x.trigAt = make([]int32, len(x.toks))
		x.trigLen = make([]uint8, len(x.toks))
	}
	x.trigAt, x.trigLen = x.trigAt[:len(x.toks)], x.trigLen[:len(x.toks)]
	clear(x.trigAt)
	if cap(x.unreal) < len(x.sents) {
		x.unreal = make([]uint8, len(x.sents))
	}
	x.unreal = x.unreal[:len(x.sents)]
	clear(x.unreal)
	x.pastAt = x.pastAt[:0]
	for si := range x.sents {
		s := &x.sents[si]
		for i := s.start; i < s.end; i++ {
			if !x.lx.triggers.starts(x.toks[i].id) {
				continue
			}
			if n, v := x.lx.triggers.longest(x.toks, i, s.end); n > 0 {
				x.trigAt[i], x.trigLen[i] = v+1, uint8(min(n, 255))
			}
		}
	}
}

// Bits of doc.unreal, per sentence: what makes its meetings none, read
// once and only for a sentence that reports one.
const (
	unrealRead uint8 = 1 << iota
	unrealSport
)

// unrealSentence reads sentence si for a sports fixture and for the past
// it only recalls (see sportFixture and remembered), once.
func (x *doc) unrealSentence(si int) {
	if x.unreal[si]&unrealRead != 0 {
		return
	}
	x.unreal[si] |= unrealRead
	if x.sportFixture(&x.sents[si]) {
		x.unreal[si] |= unrealSport
	}
	x.pastAt = x.rememberedAt(&x.sents[si], x.pastAt)
}

// triggerAt returns the length and index of the meeting trigger at token i.
func (x *doc) triggerAt(i int) (int, int32) {
	if i < 0 || i >= len(x.trigAt) || x.trigAt[i] == 0 {
		return 0, -1
	}
	return int(x.trigLen[i]), x.trigAt[i] - 1
}

// text returns the source text of tokens [i, j).
func (x *doc) text(i, j int) string {
	if i >= j {
		return ""
	}
	src := x.srcs[1]
	if i < x.srcStart {
		src = x.srcs[0]
	}
	return src[x.toks[i].start:x.toks[j-1].end]
}

func (x *doc) sentText(s *sentence) string { return x.text(s.start, s.end) }

// gazActor returns the local index of gazetteer actor gi, adding it on first use.
func (x *doc) gazActor(gi int32) int32 {
	// Every mention of a known actor asks: remember the answer for this
	// document rather than hash its name each time.
	if x.gazGen[gi] == x.gen {
		return x.gazIdx[gi]
	}
	a := &x.g.actors[gi]
	i, ok := x.byName[a.Name]
	if !ok {
		i = x.addActor(localActor{Actor: *a, gaz: gi})
	}
	x.gazGen[gi], x.gazIdx[gi] = x.gen, i
	return i
}

func (x *doc) addActor(a localActor) int32 {
	if i, ok := x.byName[a.Name]; ok {
		return i
	}
	// Shared with the gazetteer until this document adds a spelling; the
	// full slice expression makes any append copy.
	a.Aliases = a.Aliases[:len(a.Aliases):len(a.Aliases)]
	a.Mentions = 0
	x.actors = append(x.actors, a)
	i := int32(len(x.actors) - 1)
	x.byName[a.Name] = i
	return i
}

func (x *doc) addMention(m mention) {
	for t := m.start; t < m.end; t++ {
		if x.mentAt[t] >= 0 {
			return
		}
	}
	x.ments = append(x.ments, m)
	for t := m.start; t < m.end; t++ {
		x.mentAt[t] = int32(len(x.ments) - 1)
	}
}

// matchGazetteer finds every alias of every known actor and place in one
// pass per sentence: the longest alias at each token wins.
func (x *doc) matchGazetteer() {
	if cap(x.orgHeadIn) < len(x.sents) {
		x.orgHeadIn = make([]bool, len(x.sents))
	}
	x.orgHeadIn = x.orgHeadIn[:len(x.sents)]
	if cap(x.saysIn) < len(x.sents) {
		x.saysIn = make([]bool, len(x.sents))
	}
	x.saysIn = x.saysIn[:len(x.sents)]
	x.titleAt = x.titleAt[:0]
	x.headlineRead, x.stampsRead = false, false
	x.namedSent = 0
	for si := range x.sents {
		s := &x.sents[si]
		heads, says := false, false
		for i := s.start; i < s.end; i++ {
			t := &x.toks[i]
			says = says || x.lx.sayVerbs.has(t) || x.lx.takeVerbs.starts(t.id)
			// The same pass notes the sentences that may name an
			// organisation the gazetteer lacks (see namedOrgs).
			heads = heads || t.cap && x.lx.orgHeadWords.has(t)
			if t.cap && x.lx.refTitleFirst.has(t) {
				x.titleAt = append(x.titleAt, int32(i)) // for resolveTitleRefs
			}
			id := t.id
			if !t.isWord() || !x.g.names.starts(id) && !x.g.longNames.starts(id) {
				continue
			}
			n, v := x.g.names.longest(x.toks, i, s.end)
			if n == 0 {
				if n, v = x.g.longNames.longest(x.toks, i, s.end); n < 3 {
					continue
				}
			}
			if last := &x.toks[i+n-1]; last.cap && x.lx.orgHeadWords.has(last) {
				heads = true // "Security Council" in "ECOWAS Mediation and Security Council"
			}
			en := x.g.entries[v]
			if n == 1 && en.actor >= 0 && x.g.actors[en.actor].Kind == Person && x.hyphenedName(i) {
				continue // "Yunus-Bek Yevkurov" is not Muhammad Yunus
			}
			m := mention{start: int32(i), end: int32(i + n), actor: -1, place: en.place, sent: int32(si)}
			if en.actor >= 0 {
				m.actor = x.gazActor(en.actor)
			}
			x.addMention(m)
			i += n - 1
		}
		x.orgHeadIn[si] = heads
		x.saysIn[si] = says
	}
}

// hyphenedName reports a one-word name joined by a hyphen to a capitalised
// word that starts no known name: part of someone else's name
// ("Yunus-Bek", "Abdel-Yunus"), not a pair ("the Trump-Putin summit").
func (x *doc) hyphenedName(i int) bool {
	// joined: words a and a+2 with a hyphen between them and no spaces;
	// other is the one that is not the name.
	joined := func(a, other int) bool {
		if a < 0 || a+2 >= len(x.toks) || x.toks[a+1].text != "-" || x.toks[a+1].space || x.toks[a+2].space {
			return false
		}
		t := &x.toks[other]
		return t.cap && t.isWord() && !x.g.names.starts(t.id)
	}
	return joined(i, i+2) || joined(i-2, i-2)
}

func (x *doc) sortMentions() {
	// Mentions never overlap and are never empty, so their starts are
	// distinct: placing each at its start token sorts them in one pass over
	// the tokens, cheaper than comparing them. An empty or shared start
	// (which no rule makes) falls back to a comparison sort.
	// A mention set aside (killMention) names nothing: drop it first, or
	// its span would collide with the mention that replaced it.
	live := x.ments[:0]
	for _, m := range x.ments {
		if m.actor >= 0 || m.place >= 0 {
			live = append(live, m)
		}
	}
	x.ments = live
	at := x.mentAt
	for i := range at {
		at[i] = -1
	}
	distinct := true
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.start >= m.end || at[m.start] >= 0 {
			distinct = false
			break
		}
		at[m.start] = int32(mi)
	}
	if distinct {
		sorted := x.mentsScratch[:0]
		for _, mi := range at {
			if mi >= 0 {
				sorted = append(sorted, x.ments[mi])
			}
		}
		x.ments, x.mentsScratch = sorted, x.ments[:0]
	} else {
		slices.SortFunc(x.ments, func(a, b mention) int { return cmp.Compare(a.start, b.start) })
	}
	for i := range at {
		at[i] = -1
	}
	for mi, m := range x.ments {
		for t := m.start; t < m.end; t++ {
			at[t] = int32(mi)
		}
	}
}

// mentionAt returns the mention covering token i, or nil.
func (x *doc) mentionAt(i int) *mention {
	if i < 0 || i >= len(x.mentAt) || x.mentAt[i] < 0 {
		return nil
	}
	return &x.ments[x.mentAt[i]]
}

// actorOf returns the actor a mention names, or nil for a place.
func (x *doc) actorOf(m *mention) *localActor {
	if m == nil || m.actor < 0 {
		return nil
	}
	return &x.actors[m.actor]
}

// names returns the canonical names of the actors of mentions ms, once each.
func (x *doc) names(ids []int32) []string {
	var out []string
	if len(ids) > 0 {
		out = make([]string, 0, len(ids)) // one allocation, not one per doubling
	}
	for _, id := range ids {
		if id < 0 {
			continue
		}
		n := x.actors[id].Name
		if !containsString(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func hasFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
