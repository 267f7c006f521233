package brief

import (
	"encoding/json"
	"fmt"
	"strings"
)

// lexiconFile is the shape of data/lexicon.json: the words the rules look up.
type lexiconFile struct {
	Titles            []string            `json:"titles"`
	Honorifics        []string            `json:"honorifics"`
	RoleAdjectives    []string            `json:"role_adjectives"`
	Relations         []string            `json:"relations"`
	RoleComplements   []string            `json:"role_complements"`
	AnalystRoles      []string            `json:"analyst_roles"`
	AnalystNouns      []analystNoun       `json:"analyst_nouns"`
	AnalystOrgMarkers []string            `json:"analyst_org_markers"`
	OrgWords          []string            `json:"org_words"`
	NotNames          []string            `json:"not_names"`
	NameParticles     []string            `json:"name_particles"`
	Abbreviations     []string            `json:"abbreviations"`
	SentenceStarters  []string            `json:"sentence_starters"`
	Weekdays          map[string]int      `json:"weekdays"`
	Months            map[string]int      `json:"months"`
	RelativeDays      map[string]int      `json:"relative_days"`
	DayParts          map[string]int      `json:"day_parts"`
	DelegationCues    []string            `json:"delegation_cues"`
	DatePreps         []string            `json:"date_preps"`
	MeetingTriggers   []meetingTrigger    `json:"meeting_triggers"`
	LinkWords         []string            `json:"link_words"`
	Modality          map[string][]string `json:"modality"`
	SpeechVerbs       []string            `json:"speech_verbs"`
	TakeVerbs         []string            `json:"take_verbs"`
	SayVerbs          []string            `json:"say_verbs"`
	OrgConnectors     []string            `json:"org_connectors"`
	Determiners       []string            `json:"determiners"`
	Continuations     []string            `json:"continuations"`
	Pronouns          map[string]string   `json:"pronouns"`
	DefiniteWords     []string            `json:"definite_words"`
	VerbMarkers       []string            `json:"verb_markers"`
	SideNouns         []string            `json:"side_nouns"`
	GroupRoles        map[string]string   `json:"group_roles"`
	LocationPreps     []string            `json:"location_preps"`
	BackgroundPreps   []string            `json:"background_preps"`
	ClauseBreaks      []string            `json:"clause_breaks"`
	Hypothetical      []string            `json:"hypothetical"`
	RelativeWords     []string            `json:"relative_words"`
	RoleVerbs         map[string]string   `json:"role_verbs"`
	NegatedAfter      []string            `json:"negated_after"`
	BulletMarks       []string            `json:"bullet_marks"`
	TakeawaysHeadings []string            `json:"takeaways_headings"`
	AnalysisHosts     map[string]string   `json:"analysis_hosts"`
	AnalysisTags      []string            `json:"analysis_tags"`
	CommonWords       []string            `json:"common_words"`
	LeaderTitles      []string            `json:"leader_titles"`
	Habitual          []string            `json:"habitual"`
	Conditions        []string            `json:"conditions"`
	DispatchVerbs     []string            `json:"dispatch_verbs"`
	PeopleNouns       []string            `json:"people_nouns"`
	NegatedBefore     []string            `json:"negated_before"`
	PlaceNouns        []string            `json:"place_nouns"`
	MeetObjects       []string            `json:"meet_objects"`
	MeetReactions     []string            `json:"meet_reactions"`
	TopicCues         []string            `json:"topic_cues"`
	FamilyNameFirst   []string            `json:"family_name_first"`
	BodyWords         []string            `json:"body_words"`
	BodyHeads         []string            `json:"body_heads"`
	Absence           []string            `json:"absence"`
	HypotheticalAfter []string            `json:"hypothetical_after"`
	Denials           []string            `json:"denials"`
	DenialObjects     []string            `json:"denial_objects"`
	SportWords        []string            `json:"sport_words"`
	PastMarkers       []string            `json:"past_markers"`
	SeriesCues        []string            `json:"series_cues"`
	SeriesLinks       []string            `json:"series_links"`
	FamilyNames       []string            `json:"family_names"`
	OrgHeads          []string            `json:"org_heads"`
	OrgHeadsComplete  []string            `json:"org_heads_with_complement"`
	OrgHeadsFirst     []string            `json:"org_heads_first"`
}

type analystNoun struct {
	Phrase string `json:"phrase"`
	As     string `json:"as"`
}

type meetingTrigger struct {
	Phrase string `json:"phrase"`
	Class  string `json:"class"` // core, visit, travel, host, call
	Tense  string `json:"tense"` // base, present, past, noun
}

// Title payloads in lexicon.titles: which list a phrase came from.
const (
	titleRole      = 0
	titleHonorific = 1
	titleRelation  = 2
)

// lexicon is lexiconFile compiled for matching.
type lexicon struct {
	titles       *trie // payload: titleRole, titleHonorific or titleRelation
	analystRoles *trie
	analystNouns *trie // payload: index into analystAs
	analystAs    []string
	triggers     *trie // payload: index into trigger
	trigger      []meetingTrigger
	modality     *trie // payload: index into modalities
	modalities   []Modality
	speech       *trie
	takeVerbs    *trie
	sayVerbs     *wordSet
	orgConnect   *wordSet
	determiners  *wordSet
	continuation *trie
	pronouns     *trie // payload: 1 one person, 2 several, 3 a body ("it")
	takeaways    *trie
	dayParts     *trie // payload: days from publication + 10
	delegation   *trie
	datePreps    *wordSet
	roleAdjs     *wordSet
	complements  map[string]bool
	orgWords     map[string]bool
	notNames     map[string]bool
	particles    *wordSet
	abbrevs      map[string]bool
	starters     map[string]bool
	// Filters of orgWords, notNames and starters by vocabulary id, for the
	// tokens of a document (see textFilter).
	orgWordsF, notNamesF, startersF textFilter
	bullets                         map[string]bool
	links                           *wordSet
	definite                        *wordSet
	verbMarkers                     *wordSet
	sideNouns                       *trie
	groupRoles                      *trie // payload: index into groupRole
	groupRole                       []string
	locPreps                        *wordSet
	background                      *trie
	clauseBreaks                    *trie
	hypothetical                    *trie
	relatives                       *wordSet
	roleVerbs                       map[string]string // "leads" -> "head of": "NAME, who leads ORG," holds a role
	negatedAfter                    *trie
	// dateStart marks, by word id, the words a date phrase can start with.
	dateStart []bool
	dateWord  []bool // the weekdays, months and relative days themselves
	// monthByID, weekdayByID (weekday+1) and relDayByID (noRelDay for
	// none) are months, weekdays and relDays by vocabulary id.
	monthByID, weekdayByID, relDayByID []int8
	weekdays                           map[string]int
	months                             map[string]int
	relDays                            map[string]int
	orgMarkers                         []string
	hosts                              map[string]string
	analysisTags                       []string
	// common holds capitalised words that are also ordinary words ("Hill",
	// "Rice"): never a surname alias derived for a user's entry.
	common map[string]bool
	// leaderTitles open the roles of heads of state and government.
	leaderTitles []string
	habitual     *trie    // "several times": no one meeting
	conditions   *trie    // "only once": a meeting on a condition
	dispatch     *wordSet // "appointed", "sent": the subject sends, the object meets
	people       *wordSet // nouns for people: "officials", "delegation"
	// negatedBefore are phrases a few words before a trigger that deny it:
	// "no plans for", "no date for".
	negatedBefore *trie
	// placeNouns make a country a place: "the capital of Kyrgyzstan", "the
	// Ukrainian capital".
	placeNouns *wordSet
	// meetObjects are the things one meets that are no meeting: "the
	// deadline", "demands", "each other halfway".
	meetObjects *wordSet
	// meetReactions are what one "meets with" that is no meeting: "met
	// with criticism", "was met with protests".
	meetReactions *wordSet
	// topicCues open what a meeting is about: "to discuss", "dominated by".
	topicCues *wordSet
	// whetherID is the vocabulary number of "whether", compared by number
	// in a loop every meeting clause runs.
	whetherID int32
	// byID is "by"'s, for the names a delegation is "led by".
	byID int32
	// refTitleFirst are the first words of refTitles.
	refTitleFirst *wordSet
	// headFirst are the first words of headTitles.
	headFirst *wordSet
	// familyFirst holds the affiliations whose people news names family
	// name first: "Wang Yi" is Wang later on.
	familyFirst map[string]bool
	// bodyWords mark, in an organisation's name or role, a body of members
	// that meets as one: "bloc", "alliance", "council", "Group of Seven".
	bodyWords []string
	bodyHeads []string // the ends of a body's name when nothing else is known of it
	// absence are the verbs of staying away: who "skipped the meeting" was
	// not at it, though it took place.
	absence *trie
	// hypotheticalAfter follow a meeting that is only possible: "a meeting
	// was possible in principle", "could take place".
	hypotheticalAfter *trie
	// denials deny or refuse a meeting ("ruled out talks with", "denied
	// that X had met Y"), and denialObjects are the words that may stand
	// between such a verb and the meeting it governs.
	denials       *trie
	denialObjects *wordSet
	// sportWords make a sentence's "meet" a fixture: "Serbia will meet
	// Bosnia in a World Cup qualifier".
	sportWords *trie
	// pastMarkers put a clause in the remembered past: "ten years ago".
	pastMarkers *trie
	// seriesCues make one subject's meetings with several parties several
	// meetings: "met Netanyahu, Erdogan and Sisi in turn".
	seriesCues *trie
	// seriesLinks do the same between two parties: "met Putin and, later,
	// Zelensky".
	seriesLinks *trie
	// familyNames are East Asian family names, written first: "Li Wei" may
	// be Li later on, whatever the person's affiliation. Case-sensitive, as
	// names are written.
	familyNames map[string]bool
	// orgHeads end an organisation's name ("Senate Peace Commission");
	// orgHeadsComplete do only with a complement ("Centre for Democracy
	// and Development", not "the Bell Centre"). Case-sensitive.
	orgHeads, orgHeadsComplete map[string]bool
	orgHeadWords               *wordSet // all three, folded: a quick look for a sentence that may name one
	// orgHeadsFirst head a name from its front, as French, Spanish and
	// Italian write them: "Parti Québécois", "Fundación Ideas para la Paz".
	orgHeadsFirst map[string]bool
}

func compileLexicon(data []byte, voc *vocab) (*lexicon, error) {
	var f lexiconFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parse lexicon: %w", err)
	}
	lx := &lexicon{
		whetherID: voc.intern("whether"), byID: voc.intern("by"),
		titles: newTrie(voc), analystRoles: newTrie(voc), analystNouns: newTrie(voc), triggers: newTrie(voc),
		modality: newTrie(voc), speech: newTrie(voc), takeVerbs: newTrie(voc), continuation: newTrie(voc),
		pronouns: newTrie(voc), takeaways: newTrie(voc), dayParts: newTrie(voc), delegation: newTrie(voc),
		background: newTrie(voc), clauseBreaks: newTrie(voc), hypothetical: newTrie(voc), sideNouns: newTrie(voc),
		relatives: newWordSet(f.RelativeWords, voc),
		roleVerbs: f.RoleVerbs,
		datePreps: newWordSet(f.DatePreps, voc), roleAdjs: newWordSet(f.RoleAdjectives, voc), complements: set(f.RoleComplements, false),
		orgWords: set(f.OrgWords, false), notNames: set(f.NotNames, false),
		particles: newWordSet(f.NameParticles, voc), abbrevs: set(f.Abbreviations, false),
		starters: set(f.SentenceStarters, false), bullets: set(f.BulletMarks, false),
		links: newWordSet(f.LinkWords, voc), definite: newWordSet(f.DefiniteWords, voc), verbMarkers: newWordSet(f.VerbMarkers, voc),
		locPreps: newWordSet(f.LocationPreps, voc), sayVerbs: newWordSet(f.SayVerbs, voc),
		orgConnect: newWordSet(f.OrgConnectors, voc), determiners: newWordSet(f.Determiners, voc),
		weekdays: f.Weekdays, months: f.Months, relDays: f.RelativeDays,
		hosts: f.AnalysisHosts, analysisTags: f.AnalysisTags,
		common: set(f.CommonWords, true), leaderTitles: f.LeaderTitles,
		placeNouns: newWordSet(f.PlaceNouns, voc), meetObjects: newWordSet(f.MeetObjects, voc),
		meetReactions: newWordSet(f.MeetReactions, voc), topicCues: newWordSet(f.TopicCues, voc),
		refTitleFirst: newWordSet(refTitleFirstWords(), voc),
		headFirst:     newWordSet(headFirstWords(), voc),
		familyFirst:   set(f.FamilyNameFirst, false), bodyWords: f.BodyWords, bodyHeads: f.BodyHeads, familyNames: set(f.FamilyNames, false),
		orgHeads: set(f.OrgHeads, false), orgHeadsComplete: set(f.OrgHeadsComplete, false),
		orgHeadWords:  newWordSet(append(append(append([]string{}, f.OrgHeads...), f.OrgHeadsComplete...), f.OrgHeadsFirst...), voc),
		orgHeadsFirst: set(f.OrgHeadsFirst, false),
		habitual:      newTrie(voc), conditions: newTrie(voc), dispatch: newWordSet(f.DispatchVerbs, voc), people: newWordSet(f.PeopleNouns, voc),
	}
	addAll(lx.habitual, f.Habitual, 0)
	lx.negatedBefore = newTrie(voc)
	addAll(lx.negatedBefore, f.NegatedBefore, 0)
	addAll(lx.conditions, f.Conditions, 0)
	lx.absence = newTrie(voc)
	addAll(lx.absence, f.Absence, 0)
	lx.hypotheticalAfter, lx.denials, lx.sportWords = newTrie(voc), newTrie(voc), newTrie(voc)
	addAll(lx.hypotheticalAfter, f.HypotheticalAfter, 0)
	addAll(lx.denials, f.Denials, 0)
	addAll(lx.sportWords, f.SportWords, 0)
	lx.pastMarkers, lx.seriesCues, lx.seriesLinks = newTrie(voc), newTrie(voc), newTrie(voc)
	addAll(lx.seriesLinks, f.SeriesLinks, 0)
	addAll(lx.pastMarkers, f.PastMarkers, 0)
	addAll(lx.seriesCues, f.SeriesCues, 0)
	lx.denialObjects = newWordSet(f.DenialObjects, voc)
	for _, m := range f.AnalystOrgMarkers {
		lx.orgMarkers = append(lx.orgMarkers, strings.ToLower(m))
	}
	// A phrase both a relation and a title ("special envoy") is a title:
	// "Trump's special envoy" and "Special Envoy" both name a role.
	addAll(lx.titles, f.Relations, titleRelation)
	addAll(lx.titles, f.Titles, titleRole)
	addAll(lx.titles, f.Honorifics, titleHonorific)
	addAll(lx.analystRoles, f.AnalystRoles, 0)
	addAll(lx.speech, f.SpeechVerbs, 0)
	addAll(lx.takeVerbs, f.TakeVerbs, 0)
	addAll(lx.continuation, f.Continuations, 0)
	addAll(lx.takeaways, f.TakeawaysHeadings, 0)
	addAll(lx.delegation, f.DelegationCues, 0)
	addAll(lx.background, f.BackgroundPreps, 0)
	addAll(lx.clauseBreaks, f.ClauseBreaks, 0)
	addAll(lx.hypothetical, f.Hypothetical, 0)
	lx.negatedAfter = newTrie(voc)
	addAll(lx.negatedAfter, f.NegatedAfter, 0)
	addAll(lx.sideNouns, f.SideNouns, 0)
	lx.groupRoles = newTrie(voc)
	for plural, role := range f.GroupRoles {
		lx.groupRole = append(lx.groupRole, role)
		lx.groupRoles.add(plural, int32(len(lx.groupRole)-1), false)
	}
	for p, n := range f.DayParts {
		lx.dayParts.add(p, int32(n+10), false)
	}
	for i, n := range f.AnalystNouns {
		lx.analystNouns.add(n.Phrase, int32(i), false)
		lx.analystAs = append(lx.analystAs, n.As)
	}
	for i, t := range f.MeetingTriggers {
		lx.triggers.add(t.Phrase, int32(i), false)
	}
	lx.trigger = f.MeetingTriggers
	// Later lists win on overlap, so the order sets precedence: a plain
	// "will" says planned, but "will not take place" says cancelled.
	for _, m := range []Modality{Held, Planned, Postponed, Cancelled} {
		lx.modalities = append(lx.modalities, m)
		addAll(lx.modality, f.Modality[string(m)], int32(len(lx.modalities)-1))
	}
	for p, n := range f.Pronouns {
		v := int32(1)
		switch n {
		case "many":
			v = 2
		case "body":
			v = 3 // "it": a body of members that meets
		}
		lx.pronouns.add(p, v, false)
	}
	return lx, nil
}

func addAll(tr *trie, phrases []string, val int32) {
	for _, p := range phrases {
		tr.add(p, val, false)
	}
}

func set(words []string, fold bool) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if fold {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

// isAnalystOrg reports whether an organisation's name or role marks it as a
// think tank or research body, whose statements are analysis.
func (lx *lexicon) isAnalystOrg(a *Actor) bool {
	if a.Kind != Organization {
		return false
	}
	name, role := strings.ToLower(a.Name), strings.ToLower(a.Role)
	for _, m := range lx.orgMarkers {
		if strings.Contains(name, m) || strings.Contains(role, m) {
			return true
		}
	}
	// "the New Europe Center", "the Razumkov Centre": a centre the data
	// does not know is a research one.
	return role == "" && (strings.HasSuffix(name, " center") || strings.HasSuffix(name, " centre"))
}

// isBody reports an organisation of members that meets as one body: an
// alliance, a bloc, a council ("NATO foreign ministers met", "the Peace and
// Security Council met"). A think tank is no such body, whatever its name.
func (lx *lexicon) isBody(a *Actor) bool {
	if a.Kind != Organization || lx.isAnalystOrg(a) {
		return false
	}
	name, role := strings.ToLower(a.Name), strings.ToLower(a.Role)
	if role == "" {
		// Found in the text, known by its name alone: "Union" and "Group"
		// head parties and armed groups too, so only a council, committee
		// or the like is sure to be a body of members.
		for _, w := range lx.bodyHeads {
			if strings.HasSuffix(name, w) {
				return true
			}
		}
		return false
	}
	for _, w := range lx.bodyWords {
		if strings.Contains(name, w) || strings.Contains(role, w) {
			return true
		}
	}
	return false
}

// noRelDay marks a word that is no relative day in relDayByID.
const noRelDay = 127

// monthOf returns the month token t names, 0 for none.
func (lx *lexicon) monthOf(t *token) int {
	if t.id > 0 && int(t.id) < len(lx.monthByID) {
		return int(lx.monthByID[t.id])
	}
	return 0
}

// freeze indexes every trie once the vocabulary is complete.
func (lx *lexicon) freeze(voc *vocab) {
	lx.dateStart = make([]bool, len(voc.ids)+1)
	lx.dateWord = make([]bool, len(voc.ids)+1)
	for _, m := range []map[string]int{lx.weekdays, lx.months, lx.relDays} {
		for w := range m {
			lx.dateStart[voc.intern(w)] = true
			lx.dateWord[voc.intern(w)] = true
		}
	}
	for _, w := range []string{"week", "weekend", "month"} {
		lx.dateStart[voc.intern(w)] = true
	}
	// The date words by id, read for every number and date word a text has.
	lx.monthByID, lx.weekdayByID, lx.relDayByID = make([]int8, len(voc.ids)+1), make([]int8, len(voc.ids)+1), make([]int8, len(voc.ids)+1)
	for w, m := range lx.months {
		lx.monthByID[voc.intern(w)] = int8(m)
	}
	for w, d := range lx.weekdays {
		lx.weekdayByID[voc.intern(w)] = int8(d + 1)
	}
	for i := range lx.relDayByID {
		lx.relDayByID[i] = noRelDay
	}
	for w, n := range lx.relDays {
		lx.relDayByID[voc.intern(w)] = int8(n)
	}
	for id, child := range lx.dayParts.root.next {
		_ = child
		lx.dateStart[id] = true
	}
	lx.orgWordsF, lx.notNamesF, lx.startersF = newTextFilter(lx.orgWords, voc), newTextFilter(lx.notNames, voc), newTextFilter(lx.starters, voc)
	for _, ws := range []*wordSet{lx.sayVerbs, lx.verbMarkers, lx.links, lx.datePreps, lx.locPreps, lx.determiners,
		lx.people, lx.placeNouns, lx.meetObjects, lx.meetReactions, lx.topicCues, lx.refTitleFirst, lx.headFirst, lx.relatives, lx.definite, lx.roleAdjs, lx.particles, lx.orgConnect, lx.dispatch, lx.denialObjects, lx.orgHeadWords} {
		ws.freeze(voc)
	}
	for _, tr := range []*trie{lx.titles, lx.analystRoles, lx.analystNouns, lx.triggers, lx.modality, lx.speech,
		lx.takeVerbs, lx.continuation, lx.pronouns, lx.takeaways, lx.dayParts, lx.delegation, lx.background,
		lx.clauseBreaks, lx.hypothetical, lx.negatedAfter, lx.sideNouns, lx.groupRoles, lx.habitual, lx.conditions, lx.negatedBefore, lx.absence,
		lx.hypotheticalAfter, lx.denials, lx.sportWords, lx.pastMarkers, lx.seriesCues, lx.seriesLinks} {
		tr.freeze()
	}
}

// roleIsAnalyst reports a role that makes its holder an analyst: "senior
// fellow", "researcher", "professor".
func (lx *lexicon) roleIsAnalyst(voc *vocab, role string) bool {
	var toks []token
	return lx.roleIsAnalystIn(voc, role, &toks)
}

// roleIsAnalystIn is roleIsAnalyst, tokenizing into *scratch: every
// person a document names with a role of its own is asked once.
func (lx *lexicon) roleIsAnalystIn(voc *vocab, role string, scratch *[]token) bool {
	*scratch = tokenize(role, (*scratch)[:0])
	toks := *scratch
	voc.number(toks)
	for i := range toks {
		if n, _ := lx.analystRoles.longest(toks, i, len(toks)); n > 0 {
			return true
		}
	}
	return false
}

// leads reports a role of a head of state or government: "President of
// Russia", "Crown Prince and Prime Minister of Saudi Arabia"; not "Vice
// President" or "President-elect".
func (lx *lexicon) leads(role string) bool {
	for _, t := range lx.leaderTitles {
		if len(role) > len(t) && strings.EqualFold(role[:len(t)], t) && role[len(t)] == ' ' || strings.EqualFold(role, t) {
			return true
		}
	}
	return false
}
