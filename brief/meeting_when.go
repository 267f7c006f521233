package brief

// When and where a reported meeting happens, and what the text says of it.

import "strings"

func dirOf(m Modality) direction {
	switch m {
	case Held:
		return past
	case Planned, Cancelled, Postponed:
		return future
	}
	return 0
}

// newDate finds the date a postponement moves to: "until next week",
// "to December 9".
func (x *doc) newDate(lo, hi int, dir direction) (dateExpr, bool) {
	for _, d := range x.findDates(lo, hi, dir) {
		k := d.start
		for k < d.end && x.lx.datePreps.has(&x.toks[k]) {
			k++
		}
		if d.start > lo {
			if f := x.toks[d.start-1].fold; f == "until" || f == "till" || f == "to" {
				return d, true
			}
		}
		if x.toks[d.start].fold == "until" {
			return d, true
		}
	}
	return dateExpr{}, false
}

// modality reads what the sentence says of the meeting: cancelled or
// postponed anywhere in it; otherwise the nearest planned or held cue around
// the trigger, then the trigger's own tense. Empty when nothing says.
func (x *doc) modality(s *sentence, trig, tn int, tr meetingTrigger) Modality {
	best, bestDist := Modality(""), 1<<30
	// "told Putin in a phone call on Monday that Turkey was ready to host
	// talks": what a reported that-clause plans is not planned of the call
	// (what it calls off still is).
	that := s.end
	// "told Putin in a phone call that the sanctions should be scrapped":
	// the call is how it was said, and nothing the clause says is the
	// call's; "said a meeting ... but that it had been postponed" may still
	// call the meeting off.
	medium := trig >= s.start+2 && x.lx.determiners.has(&x.toks[trig-1])
	if medium {
		switch x.toks[trig-2].fold {
		case "in", "during", "on", "at":
		default:
			medium = false
		}
	}
	if x.toldBefore(s.start, trig) {
		for k := trig + tn + 1; k < s.end; k++ {
			if x.toks[k].fold == "that" {
				that = k
				break
			}
		}
	}
	for i := s.start; i < s.end; i++ {
		n, v := x.lx.modality.longest(x.toks, i, s.end)
		if n == 0 {
			continue
		}
		m := x.lx.modalities[v]
		if i >= that && (medium || m != Cancelled && m != Postponed) {
			i += n - 1
			continue
		}
		if (m == Cancelled || m == Postponed) && (x.deniedCue(s.start, i) || x.weakCancel(i, n, trig, s.end)) {
			i += n - 1
			continue // "without further delay", "was not postponed", "is off to Washington"
		}
		if m == Cancelled || m == Postponed {
			return m
		}
		if n == 1 && x.toks[i].fold == "last" && !x.timeAfter(i+1, s.end) {
			continue // "the last cluster of accession talks": no time past
		}
		if n == 1 && x.toks[i].fold == "later" && tr.Tense == "past" && i < trig && trig-i <= 2 {
			continue // "He later had dinner with Herzog": later that day, past
		}
		d := trig - i
		if i >= trig+tn {
			if f := x.toks[i].fold; n == 1 && (f == "after" || f == "following") || x.possAt(i, min(i+n+1, s.end)) {
				// "his first meeting with Trump, after weeks of insults": what
				// came before it; "a summit dominated by last month's coup":
				// the cue dates another noun.
				i += n - 1
				continue
			}
			d = (i - trig - tn + 1) * 3 / 2 // cues after the trigger count for less
		}
		if d >= 0 && d < bestDist && d <= 24 {
			best, bestDist = m, d
		}
		i += n - 1
	}
	if best == Planned && bestDist <= 1 && trig > s.start && x.toks[trig-1].fold == "to" && x.wentTo(s.start, trig-1) {
		return Held // "flew to Shenzhen on Thursday to meet He": the trip's purpose, met
	}
	if tr.Tense == "past" || tr.Tense == "noun" && x.pastVerbBefore(s.start, trig) {
		if best == "" || bestDist > 3 {
			return Held
		}
	}
	if best == "" && x.pastTense(s.start, trig) {
		return Held // "Gerasimov had reported to Putin during a visit"
	}
	return best
}

// pastTense reports a verb in the past before the trigger, the tense of a
// clause no cue dates: "had reported", "visited", "chose".
func (x *doc) pastTense(start, trig int) bool {
	for k := start; k < trig; k++ {
		t := &x.toks[k]
		if t.fold == "told" && !x.thatBetween(k, trig) {
			return true // "told Putin in a phone call": the call was held
		}
		if t.kind != tokWord || t.cap || x.mentAt[k] >= 0 || x.lx.sayVerbs.has(t) {
			continue
		}
		switch t.fold {
		case "had", "did", "led", "held", "met", "took", "went", "came", "spent", "began", "sat", "made", "gave", "chose", "paid":
			// "had agreed on the visit": agreeing is past, not the visit.
			return !(t.fold == "had" && k+1 < trig && x.toks[k+1].fold == "agreed")
		}
	}
	return false
}

// weakCancel reports a cue that does not call the meeting off: "is off to
// Washington" travels ("the visit is off", "off the table" cancel); "was
// dropped" before the meeting is another thing's ("the demand was dropped
// after they met").
func (x *doc) weakCancel(i, n, trig, end int) bool {
	switch x.toks[i+n-1].fold {
	case "off":
		// "is off to Washington", "is off for talks": travel, not a call-off;
		// but "called off for security reasons" is one.
		if f := x.toks[i].fold; f == "called" || f == "call" || f == "calls" {
			return false
		}
		return i+n < end && (x.toks[i+n].fold == "to" || x.toks[i+n].fold == "for")
	case "dropped":
		return i < trig
	}
	return false
}

// thatBetween reports "that" between tokens a and b: "told reporters
// that the two sides had agreed on the visit" tells of the visit, it does
// not report it held.
func (x *doc) thatBetween(a, b int) bool {
	if b-a > 30 {
		return true // too far to tell: no "told" thirty words back governs the call
	}
	for k := a + 1; k < b; k++ {
		if x.toks[k].fold == "that" {
			return true
		}
	}
	return false
}

// toldBefore reports a verb of saying before the trigger, whose
// that-clause may follow the meeting ("told Putin in a call that ...").
func (x *doc) toldBefore(start, trig int) bool {
	for k := start; k < trig; k++ {
		if t := &x.toks[k]; t.fold == "told" || x.lx.sayVerbs.has(t) {
			return true
		}
	}
	return false
}

// deniedCue reports "without", "no", "not" or "never" up to two words
// before token i, or a cue that ends a compound ("a long-delayed exchange").
func (x *doc) deniedCue(start, i int) bool {
	if i > start && x.toks[i-1].text == "-" && !x.toks[i].space {
		return true
	}
	for k := i - 1; k >= start && k >= i-2; k-- {
		switch x.toks[k].fold {
		case "without", "no", "not", "never", "n't":
			return true
		}
	}
	return false
}

// timeAfter reports a word of time at token k: "last week", "last
// Tuesday", "last year", "last time", "the last round".
func (x *doc) timeAfter(k, end int) bool {
	if k >= end {
		return false
	}
	t := &x.toks[k]
	if t.id > 0 && int(t.id) < len(x.lx.dateStart) && x.lx.dateStart[t.id] {
		return true
	}
	switch t.fold {
	case "year", "time", "night", "round", "meeting", "talks", "visit", "summit", "session", "autumn", "fall", "spring", "summer", "winter", "few", "two", "three":
		return true
	}
	return false
}

// wentTo reports a past verb of going in [start, end), with no cue of the
// future after it: "flew to Shenzhen on Thursday".
func (x *doc) wentTo(start, end int) bool {
	went := false
	for k := start; k < end; k++ {
		switch x.toks[k].fold {
		case "flew", "traveled", "travelled", "went", "came", "arrived", "headed", "returned", "rushed", "drove", "sailed":
			went = true
		case "will", "would", "'ll", "is", "are", "plans", "wants", "hopes":
			went = false
		}
	}
	return went
}

// defaultModality judges a meeting the text gives no cue for by its date.
func (x *doc) defaultModality(date string) Modality {
	if date != "" && !x.d.Published.IsZero() && date < x.dayString(x.d.Published) {
		return Held
	}
	return Planned
}

// nearestDate picks the date phrase in [start, end) closest to the trigger,
// preferring one after it on a tie.
func (x *doc) nearestDate(start, end, trig int, others []int, dir direction) (dateExpr, bool) {
	// Scratch: nothing below reads dates again once a date is picked.
	x.dateBuf = x.appendDates(x.dateBuf[:0], start, end, dir)
	dates := x.dateBuf
	best, bestDist := -1, 1<<30
	for i, d := range dates {
		dist := tokenDistance(d, trig)
		// "to hear the results of Sunday's talks": that date is the talks'.
		// But "met Japarov on Thursday morning for talks": the talks are
		// what the meeting is for.
		owned := false
		for _, o := range others {
			// "will meet in Antalya on Thursday, hosted by Erdoğan": a comma
			// between keeps the day the meeting's.
			owned = owned || tokenDistance(d, o) <= 2 && tokenDistance(d, o) < dist && !(d.end < o && x.toks[d.end].fold == "for") &&
				!x.manner(trig, o) && !(d.end < o && x.toks[d.end].text == ",")
		}
		if owned || x.saidWhen(start, d.start) || inSpans(x.aside, d.start) || x.dayOfAnother(d, end) || x.inDateline(d.start) {
			continue
		}
		// "will fly to Washington on Sunday to meet Trump on Monday": a day
		// between an earlier trigger and this one is the earlier one's when
		// this one has a day of its own after it.
		for _, o := range others {
			if o < d.start && d.end <= trig && i+1 < len(dates) && dates[len(dates)-1].start > trig {
				dist += 20
				break
			}
		}
		// "agreed on Thursday to meet in Shenzhen on Nov. 14": a day before
		// the infinitive is the agreeing's when the meeting has its own.
		if d.end <= trig && d.end+2 >= trig && x.toks[d.end].fold == "to" && dates[len(dates)-1].start > trig {
			dist += 20
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return dateExpr{}, false
	}
	// "on Monday and Tuesday", "Dec. 18 to 19": a range starts on its first day.
	if best > 0 && x.joinsRange(dates[best-1].end, dates[best].start) && dates[best-1].date != "" {
		d := dates[best-1]
		d.end = dates[best].end
		d.phrase = x.text(d.start, d.end)
		return d, true
	}
	return dates[best], true
}

// liveEntry returns the day and time stamp of the live-blog entry sentence
// si belongs to: the last paragraph before it that opens with a time
// ("16:00 — Merz and Meloni meet"), in an article with two such entries or
// more. The day is the publication's, or the day before for a time later
// than the publication's.
func (x *doc) liveEntry(si int) (day, stamp string, ok bool) {
	if x.d.Published.IsZero() {
		return "", "", false
	}
	if !x.stampsRead {
		x.stampsRead = true
		x.stamps = x.stamps[:0]
		for k := range x.sents {
			if _, _, isStamp := x.timeStamp(k); isStamp {
				x.stamps = append(x.stamps, int32(k))
			}
		}
	}
	at := -1
	for _, k := range x.stamps {
		if int(k) <= si && x.sents[k].src == x.sents[si].src {
			at = int(k)
		}
	}
	if len(x.stamps) < 2 || at < 0 {
		return "", "", false
	}
	h, m, _ := x.timeStamp(at)
	pub := x.d.Published
	d := pub
	if h*60+m > pub.Hour()*60+pub.Minute()+5 {
		d = pub.AddDate(0, 0, -1)
	}
	s := &x.sents[at]
	return x.dayString(d), x.text(s.start, s.start+3), true
}

// timeStamp reads "HH:MM" opening sentence k.
func (x *doc) timeStamp(k int) (hour, minute int, ok bool) {
	s := &x.sents[k]
	if s.src == 0 || s.end-s.start < 4 {
		return 0, 0, false
	}
	h, c, mm := &x.toks[s.start], &x.toks[s.start+1], &x.toks[s.start+2]
	if h.kind != tokNumber || c.text != ":" || mm.kind != tokNumber || len(mm.text) != 2 || len(h.text) > 2 {
		return 0, 0, false
	}
	hour, minute = atoi2(h.text), atoi2(mm.text)
	return hour, minute, hour < 24 && minute < 60
}

func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 99
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// inDateline reports token k in the article's dateline, "SEOUL, July 16
// (Yonhap) --": the day of the report, never of a meeting.
func (x *doc) inDateline(k int) bool {
	if k < x.srcStart || k >= x.srcStart+14 || !x.toks[x.srcStart].cap {
		return false
	}
	// The shape: a place, a comma, the date, an agency perhaps, the dash;
	// no verb of a meeting before the dash ("Putin met Xi on Tuesday — ...").
	comma := false
	for j := x.srcStart; j < len(x.toks) && j < x.srcStart+14; j++ {
		t := &x.toks[j]
		if t.text == "—" || t.text == "–" || t.text == "--" || t.text == "-" && t.space {
			return comma && k < j
		}
		if n, _ := x.triggerAt(j); n > 0 || t.newlines > 0 && j > x.srcStart {
			return false
		}
		if t.text == "," && j < k {
			comma = true
		}
	}
	return false
}

// possAt reports a possessive among tokens [from, to).
func (x *doc) possAt(from, to int) bool {
	for k := from; k < to; k++ {
		if x.toks[k].poss {
			return true
		}
	}
	return false
}

// dayOfAnother reports a possessive day that dates a noun other than a
// meeting: "Sunday's failed attempt to seize power" is no summit's day.
func (x *doc) dayOfAnother(d dateExpr, end int) bool {
	if d.end <= d.start || !x.toks[d.end-1].poss {
		return false
	}
	for k := d.end; k < end && k < d.end+3; k++ {
		if n, _ := x.triggerAt(k); n > 0 {
			return false // "Sunday's talks"
		}
	}
	return true
}

// manner reports a trigger o that says how the meeting at trig is held
// ("will meet by video conference on Monday", "met via video call"): one
// event, whose day is the meeting's.
func (x *doc) manner(trig, o int) bool {
	n, _ := x.triggerAt(trig)
	if o <= trig || n == 0 {
		return false
	}
	for k := trig + n; k < o; k++ {
		switch x.toks[k].fold {
		case "by", "via", "over", "in", "a", "an", "through":
		default:
			return false
		}
	}
	return true
}

// joinsRange reports tokens [i, j) that join two dates into a range.
func (x *doc) joinsRange(i, j int) bool {
	if j-i != 1 {
		return false
	}
	switch x.toks[i].fold {
	case "and", "-", "–", "to", "through", "till", "until":
		return true
	}
	return false
}

// saidWhen reports a date that tells when something was said: "said on
// Tuesday", "told reporters on Monday".
func (x *doc) saidWhen(start, k int) bool {
	for j := k - 1; j >= start && j >= k-3; j-- {
		if x.lx.sayVerbs.has(&x.toks[j]) || x.toks[j].fold == "confirmed" || x.toks[j].fold == "announced" {
			return true
		}
		if x.toks[j].kind == tokPunct || x.mentAt[j] >= 0 {
			return false
		}
	}
	return false
}

// nearerTrip reports a date closer to a trip than to the meeting trigger:
// "travel to Russia on Monday for discussions with Putin".
func nearerTrip(d dateExpr, trig int, trips []int) bool {
	for _, t := range trips {
		// "travel to Russia on Monday for discussions": the day between the
		// trip and the talks is the trip's.
		if tokenDistance(d, t) <= tokenDistance(d, trig) || t < d.start && d.end <= trig {
			return true
		}
	}
	return false
}

func tokenDistance(d dateExpr, trig int) int {
	if d.start >= trig {
		return d.start - trig
	}
	return trig - d.end + 1
}

// location finds where the meeting is: a place of the gazetteer nearest the
// trigger (one after "in", "to" or "at" first), or else a country or
// organisation written as the destination ("travel to Russia", "at the
// White House"). It returns the place and the actor it names, if any.
func (x *doc) location(s *sentence, lo, hi, trig int) (string, int32) {
	m := x.locationMention(s, lo, hi, trig)
	if m == nil {
		return x.unknownPlace(s, lo, hi, trig), -1
	}
	if m.place >= 0 {
		return x.g.places[m.place].Name, m.actor
	}
	return x.actors[m.actor].Name, m.actor
}

// namedCapital reads "in the Hungarian capital", "to the Russian capital"
// in the trigger's clause: that country's capital, "" when none.
func (x *doc) namedCapital(s *sentence, lo, hi, trig int) string {
	for i := lo + 3; i < hi; i++ {
		if len(x.toks[i].fold) != 7 || x.toks[i].fold != "capital" {
			continue
		}
		// "the Russian capital market": money, not a city.
		if i+1 < hi && moneyAfterCapital(x.toks[i+1].fold) {
			continue
		}
		m := x.mentionAt(i - 1)
		if m == nil || int(m.end) != i || m.actor < 0 || int(m.start) < lo+2 ||
			x.toks[m.start-1].fold != "the" || !x.lx.locPreps.has(&x.toks[m.start-2]) {
			continue
		}
		a := x.actorOf(m)
		if a == nil || a.Kind != Country || a.gaz < 0 {
			continue
		}
		if p, ok := x.g.capitalOf[a.gaz]; ok && p >= 0 {
			return x.g.places[p].Name
		}
	}
	return ""
}

// moneyAfterCapital reports a word that makes "capital" money: "capital
// market", "capital flows".
func moneyAfterCapital(w string) bool {
	switch w {
	case "market", "markets", "gains", "flows", "flow", "controls", "spending", "expenditure", "investment", "investments",
		"requirements", "ratio", "ratios", "buffer", "buffers", "injection", "injections", "outflows", "inflows", "goods":
		return true
	}
	return false
}

// adjectival reports a country's name used as an adjective, a content word
// after it: "in American shipbuilding", "in Russian hands".
func (x *doc) adjectival(m *mention) bool {
	e := int(m.end)
	if e >= len(x.toks) || x.toks[e].kind != tokWord || x.toks[e].cap || x.toks[m.end-1].poss {
		return false
	}
	switch x.toks[e].fold {
	case "on", "in", "at", "and", "or", "to", "for", "with", "last", "this", "next", "early", "late", "earlier", "later",
		"from", "after", "before", "during", "since", "where", "which", "who", "when", "as", "by", "over", "the", "a", "an",
		"of", "but", "while", "until", "ahead", "amid", "despite", "without", "is", "was", "will", "has", "had":
		return false
	}
	return true
}

// unknownPlace reads a place the gazetteer lacks where the meeting is said
// to be: "in Naqoura", "in the border town of Naqoura", after the trigger
// and in its clause; "" when none.
func (x *doc) unknownPlace(s *sentence, lo, hi, trig int) string {
	if c := x.coordinated(s, trig); c > lo {
		lo = c
	}
	for i := max(lo, trig+1); i+1 < hi; i++ {
		if f := x.toks[i].fold; f != "in" && f != "at" || inSpans(x.aside, i) {
			continue
		}
		k := i + 1
		if f := x.toks[k].fold; f == "the" || f == "his" || f == "her" || f == "their" {
			// "the border town of", "his hometown of": a place noun and
			// "of" before the name.
			j := k + 1
			// "the Armenian town of": a country's adjective may qualify it.
			for j < hi && j < k+4 && (!x.toks[j].cap || x.countryAt(j)) && x.toks[j].fold != "of" {
				j++
			}
			if j+1 >= hi || x.toks[j].fold != "of" || !x.lx.placeNouns.has(&x.toks[j-1]) {
				continue
			}
			k = j + 1
		}
		e := k
		for e < hi && e < k+4 {
			t := &x.toks[e]
			if e > k && e+1 < hi && !t.cap && x.lx.particles.has(t) && x.toks[e+1].cap {
				e++ // "Foz do Iguaçu"
				continue
			}
			if t.kind != tokWord || !t.cap || t.upper || x.mentAt[e] >= 0 || x.isDateWord(t) || x.isTitleWord(t) ||
				x.lx.orgWordsF.in(x.lx.orgWords, t) {
				break
			}
			e++
		}
		if e == k || e < hi && (x.toks[e].cap || x.mentAt[e] >= 0 || x.toks[e].poss) || x.toks[e-1].poss {
			continue // no name, or one that runs on into a known one
		}
		return x.text(k, e)
	}
	return ""
}

// countryAt reports a mention of a country at token k.
func (x *doc) countryAt(k int) bool {
	m := x.mentionAt(k)
	return m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Country
}

// locationMention is the mention location chooses, nil when none.
func (x *doc) locationMention(s *sentence, lo, hi, trig int) *mention {
	best, bestScore := -1, 1<<30
	// "who delivered the draft to Kyiv and met Russian officials in Abu
	// Dhabi": a place before the predicate the trigger starts is another's.
	if c := x.coordinated(s, trig); c > lo {
		lo = c
	}
	next := x.travelsOnAfter(trig, hi) // "... before flying on to Hanoi": the next stop
	for i := lo; i < hi; i++ {
		m := x.mentionAt(i)
		if m == nil || int(m.start) != i || inSpans(x.aside, i) {
			continue
		}
		prep := i > s.start && x.lx.locPreps.has(&x.toks[i-1]) ||
			i > s.start+1 && x.toks[i-1].fold == "the" && x.lx.locPreps.has(&x.toks[i-2])
		if i > s.start+1 && x.toks[i-1].fold == "in" && x.toks[i-2].fold == "war" {
			continue // "the war in Ukraine"
		}
		if i == trig+1 && x.isTripAt(trig) {
			prep = true // "visit China"
		}
		prep = prep || m.place >= 0 && x.namedSeat(s.start, i)
		if i > next {
			continue
		}
		if m.place >= 0 && x.headingPlace(s, i, trig) {
			prep = true // "• Abu Dhabi, Monday and Tuesday: Driscoll meets ..."
		}
		a := x.actorOf(m)
		if m.place < 0 && (!prep || a == nil || a.Kind == Person) {
			continue
		}
		if m.place < 0 && x.adjectival(m) {
			continue // "investment in American shipbuilding": no place
		}
		if m.place >= 0 && a != nil && !prep {
			continue // "Washington said": the government, not the city
		}
		if !prep && !(int(m.end) <= trig && trig-int(m.end) <= 1) {
			continue // a place is where talks are when "in" it, or "the Geneva talks"
		}
		dist := i - trig
		if dist < 0 {
			dist = -dist
		}
		score := dist
		if !prep {
			score += 20
		}
		if m.place < 0 {
			score += 10 // a city beats a country
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return nil
	}
	return x.mentionAt(best)
}

// travelsOnAfter returns where "before flying", "before heading" starts
// after the trigger, before hi; hi when nothing of the kind does.
func (x *doc) travelsOnAfter(trig, hi int) int {
	for k := trig + 1; k+1 < hi; k++ {
		if x.toks[k].fold == "before" && strings.HasSuffix(x.toks[k+1].fold, "ing") {
			return k
		}
	}
	return hi
}

// namedSeat reports a place named after its description: "in the Omani
// capital, Muscat", "to the port city of Aden" is read by the "of" rules.
func (x *doc) namedSeat(start, i int) bool {
	if i-3 < start || x.toks[i-1].text != "," {
		return false
	}
	switch x.toks[i-2].fold {
	case "capital", "city", "port", "town", "resort", "village":
	default:
		return false
	}
	for k := i - 3; k >= start && k >= i-6; k-- {
		if x.lx.locPreps.has(&x.toks[k]) {
			return true
		}
	}
	return false
}

// coordinated returns where the predicate of a verb trigger starts when an
// "and" joins it to the predicate before ("delivered the draft to Kyiv and
// met ..."), -1 otherwise.
func (x *doc) coordinated(s *sentence, trig int) int {
	if n, v := x.triggerAt(trig); n == 0 || x.lx.trigger[v].Tense == "noun" {
		return -1
	}
	for k := trig - 1; k >= s.start && k >= trig-3; k-- {
		switch f := x.toks[k].fold; {
		case f == "and":
			if p := x.mentionAt(k - 1); k > s.start && p != nil && p.actor >= 0 {
				return -1 // "Rubio and Lavrov met": two subjects
			}
			return k + 1
		case x.lx.verbMarkers.has(&x.toks[k]) || f == "then":
		default:
			return -1
		}
	}
	return -1
}

// headingPlace reports a place that opens a list item or heading before a
// colon, ahead of the trigger: "• Abu Dhabi, Monday and Tuesday: ...".
func (x *doc) headingPlace(s *sentence, i, trig int) bool {
	if !x.opensSentence(s, i) {
		return false
	}
	for k := i + 1; k < trig; k++ {
		if x.toks[k].text == ":" {
			return true
		}
	}
	return false
}
