package brief

// The shape of a person's name in running text: capitalised words, the
// particles and hyphens between them, initials, and the words that can
// never start or continue one.

import (
	"strings"
	"unicode/utf8"
)

// nameRun returns the end of the person-name-shaped run starting at k:
// capitalised words, particles between them ("de", "van der", "al-"),
// hyphenated parts and initials; k itself when none starts there.
func (x *doc) nameRun(k, end int) int {
	if x.insideOrgName(k) {
		return k // "Centre for Frontline Studies" names no Mr Studies
	}
	words := 0
	j := k
	for j < end && words < 5 {
		t := &x.toks[j]
		if x.mentAt[j] >= 0 {
			break
		}
		switch {
		case words > 0 && t.cap && x.lx.particles.has(t) && j+1 < end && x.toks[j+1].cap && x.mentAt[j+1] < 0:
			j++ // "Khalifa Shaheen Al Marar", "Tamim bin Hamad Al Thani"
			continue
		case words > 0 && t.cap && x.lx.particles.has(t) && j+2 < end && x.toks[j+1].text == "-" && !x.toks[j+1].space &&
			!x.toks[j+2].space && x.toks[j+2].cap && x.mentAt[j+2] < 0:
			j += 2 // "Tariq Al-Mansouri"
			continue
		case t.kind == tokWord && t.cap && !t.upper || isInitial(x.toks, j, end):
			if words == 0 && !x.canStartName(t) && !x.monthAsName(j, end) || words > 0 && !x.canContinueName(t) {
				return x.trimName(k, j)
			}
			if words > 0 && officeNoun(t.fold) {
				// "the Prime Minister said", "Natural Resources Minister
				// Alexander Kozlov": an office, and the name after it.
				return k
			}
			words++
			if isInitial(x.toks, j, end) || words > 1 && x.lx.abbrevs[t.text] && x.next(j, end, ".") && !x.toks[j+1].space {
				j++ // "S.", "Jr."
			}
			j++
			if t.poss {
				return j
			}
			continue
		case words > 0 && t.kind == tokWord && x.lx.particles.has(t) && j+1 < end && (x.toks[j+1].cap || x.toks[j+1].text == "-" ||
			x.lx.particles.has(&x.toks[j+1]) && j+2 < end && x.toks[j+2].cap):
			j++ // "de Wever", "al-Sudani", "van der Berg"
			continue
		case words > 0 && t.text == "-" && !t.space && j+1 < end && !x.toks[j+1].space && x.toks[j+1].cap:
			j++
			continue
		case words == 2 && t.text == "-" && !t.space && j+1 < end && !x.toks[j+1].space && x.givenSyllable(j+1):
			j += 2 // "Kim Min-jun", "Lee Jae-myung": the given name's second syllable
			continue
		}
		break
	}
	return x.trimName(k, j)
}

// givenSyllable reports a lower-case word after a hyphen that ends a
// Korean or Chinese given name ("Min-jun", "Jae-in", "Yu-ting"), not a word that makes the name
// an adjective ("Witkoff-led", "Jane Doe-backed", "Putin-style").
func (x *doc) givenSyllable(k int) bool {
	t := &x.toks[k]
	n := utf8.RuneCountInString(t.text)
	if t.kind != tokWord || t.cap || n < 2 || n > 6 || x.mentAt[k] >= 0 {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "ist", "ism", "ish", "esque"} {
		// "Yu-ting", "Ching-ping": a short syllable may end in -ing.
		if strings.HasSuffix(t.fold, suf) && !(suf == "ing" && n <= 5) {
			return false
		}
	}
	switch t.fold {
	case "style", "era", "like", "type", "wide", "free", "born", "made", "run", "year", "old", "tier", "level":
		return false
	}
	return true
}

// trimName drops trailing particles and hyphens from a name run; a run
// that an organisation's word follows ("Frontline Studies Centre") is the
// front of that name, no person.
func (x *doc) trimName(k, j int) int {
	for j > k && (x.toks[j-1].text == "-" || x.lx.particles.has(&x.toks[j-1]) && !x.toks[j-1].cap) {
		j--
	}
	if j > k && j < len(x.toks) && x.toks[j].cap && x.lx.orgWordsF.in(x.lx.orgWords, &x.toks[j]) && !x.toks[j-1].poss {
		return k
	}
	return j
}

// insideOrgName reports a capitalised word that continues an organisation's
// name after its connector: "Centre for Frontline Studies", "Institute of
// the Black Sea", "Council on Foreign Relations".
func (x *doc) insideOrgName(k int) bool {
	j := k - 1
	if j >= 0 && x.toks[j].fold == "the" {
		j--
	}
	if j < 1 || !x.lx.orgConnect.has(&x.toks[j]) || x.toks[j].cap || x.toks[j].fold == "the" {
		return false
	}
	p := &x.toks[j-1]
	return p.cap && x.lx.orgWordsF.in(x.lx.orgWords, p) && x.mentAt[j-1] < 0
}

// officeNoun reports the last word of an office's title, which no name
// holds: a run through it is the title, not a name.
func officeNoun(fold string) bool {
	switch fold {
	case "minister", "ministers", "secretary", "president", "premier", "chancellor", "ambassador", "envoy",
		"spokesman", "spokeswoman", "spokesperson", "commissioner", "commodore", "admiral":
		return true
	}
	return false
}

func isInitial(toks []token, j, end int) bool {
	t := &toks[j]
	return t.kind == tokWord && t.cap && utf8.RuneCountInString(t.text) == 1 && j+1 < end && toks[j+1].text == "." && !toks[j+1].space
}

// monthAsName reports a month's name used as a given name: "Jan Novak",
// "April Ryan"; not "Jan. 6", "May 2026" or "in May Putin said".
func (x *doc) monthAsName(j, end int) bool {
	t := &x.toks[j]
	if _, ok := x.lx.months[t.fold]; !ok || j+1 >= end || x.lx.notNamesF.in(x.lx.notNames, t) || x.lx.orgWordsF.in(x.lx.orgWords, t) {
		return false
	}
	k := j + 1
	for k+1 < end && k < j+3 && x.lx.particles.has(&x.toks[k]) && !x.toks[k].cap {
		k++ // "Jan van der Berg"
	}
	n := &x.toks[k]
	if n.kind != tokWord || !n.cap || n.upper || x.mentAt[k] >= 0 {
		return false
	}
	if j == 0 {
		return true
	}
	switch x.toks[j-1].fold {
	case "in", "since", "until", "till", "from", "early", "late", "mid", "last", "next", "this", "of", "through":
		return false // "in May Western leaders met": the month
	}
	return true
}

func (x *doc) canStartName(t *token) bool {
	return !x.lx.notNamesF.in(x.lx.notNames, t) && !x.isDateWord(t) && !x.lx.orgWordsF.in(x.lx.orgWords, t) && !x.isTitleWord(t)
}

func (x *doc) canContinueName(t *token) bool {
	return !x.lx.orgWordsF.in(x.lx.orgWords, t) && !x.isDateWord(t) && !x.lx.notNamesF.in(x.lx.notNames, t)
}

func (x *doc) isDateWord(t *token) bool {
	return t.id > 0 && int(t.id) < len(x.lx.dateWord) && x.lx.dateWord[t.id]
}

func (x *doc) isTitleWord(t *token) bool { return x.lx.titles.single(t) }

// plausibleSurname accepts a lone capitalised word after a title as a name.
func (x *doc) plausibleSurname(j int) bool {
	t := &x.toks[j]
	return utf8.RuneCountInString(t.text) >= 3 && !x.lx.startersF.in(x.lx.starters, t)
}
