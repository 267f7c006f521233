package brief

import (
	"strconv"
	"strings"
	"time"
)

// dateExpr is a date phrase of a sentence and the day it names.
type dateExpr struct {
	start, end int    // tokens of the phrase, its preposition included
	date       string // YYYY-MM-DD; empty when the phrase names no single day
	phrase     string // as written: "on Tuesday"
}

// direction says which way a weekday or a yearless date resolves: future
// phrases ("will meet on Tuesday") look on or after publication, past ones
// ("talks held on Sunday") on or before it.
type direction int8

const (
	future direction = 1
	past   direction = -1
)

// findDates returns the date phrases of tokens [start, end), resolved in
// direction dir against the publication day.
func (x *doc) findDates(start, end int, dir direction) []dateExpr {
	return x.appendDates(nil, start, end, dir)
}

// appendDates appends the date phrases findDates returns to out.
func (x *doc) appendDates(out []dateExpr, start, end int, dir direction) []dateExpr {
	// Days are counted in the article's own time zone: "tomorrow" written
	// in New York at 19:30 is not the UTC tomorrow.
	y, m, d := x.d.Published.Date()
	pubDay := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	starts := x.lx.dateStart
	for i := start; i < end; i++ {
		// dateAt's own first test, made here: most words start no date,
		// and the call cost more than the test.
		if t := &x.toks[i]; t.kind != tokNumber && (int(t.id) >= len(starts) || !starts[t.id]) {
			continue
		}
		e, ok := x.dateAt(i, end, pubDay, dir)
		if !ok {
			continue
		}
		e.start = x.datePrepStart(start, e.start)
		e.phrase = x.text(e.start, e.end)
		out = append(out, e)
		i = e.end - 1
	}
	return out
}

// formattedDay is a day and its YYYY-MM-DD form.
type formattedDay struct {
	key int64 // year*10000 + month*100 + day; 0 for an empty entry
	s   string
}

// dayString is t.Format(time.DateOnly), remembered for the few days an
// article names: a date is formatted for every phrase the rules read, and
// most phrases of an article name the same days.
func (x *doc) dayString(t time.Time) string {
	y, m, d := t.Date()
	key := int64(y)*10000 + int64(m)*100 + int64(d)
	for i := range x.days {
		if x.days[i].key == key && x.days[i].s != "" {
			return x.days[i].s
		}
	}
	s := t.Format(time.DateOnly)
	x.days[x.dayNext] = formattedDay{key, s}
	x.dayNext = (x.dayNext + 1) % len(x.days)
	return s
}

// datePrepStart widens a date phrase over the words that introduce it
// ("on", "next", "this coming", "early").
func (x *doc) datePrepStart(limit, i int) int {
	for i > limit && x.lx.datePreps.has(&x.toks[i-1]) {
		// "as soon as this weekend": "as" compares, it does not date.
		if x.toks[i-1].fold == "as" && i-1 > limit && x.toks[i-2].kind == tokWord && !x.lx.datePreps.has(&x.toks[i-2]) {
			break
		}
		i--
	}
	// "the end of the month", "by the middle of next week": the part of
	// the period is the phrase's too.
	k := i
	if k-2 >= limit && x.toks[k-1].fold == "the" && x.toks[k-2].fold == "of" {
		k -= 2 // "of the month"
	} else if k-1 >= limit && x.toks[k-1].fold == "of" {
		k-- // "of next week"
	}
	if x.toks[k].fold == "of" {
		if k-1 >= limit {
			switch x.toks[k-1].fold {
			case "end", "start", "beginning", "middle":
				i = k - 1
				if i-1 >= limit && x.toks[i-1].fold == "the" {
					i--
				}
			}
		}
	}
	return i
}

// dateAt reads a date phrase starting at token i.
func (x *doc) dateAt(i, end int, pub time.Time, dir direction) (dateExpr, bool) {
	t := &x.toks[i]
	if t.kind != tokNumber && (int(t.id) >= len(x.lx.dateStart) || !x.lx.dateStart[t.id]) {
		return dateExpr{}, false
	}
	// Without a publication time only explicit dates with a year resolve;
	// the other phrases are kept with an empty date.
	if n, v := x.lx.dayParts.longest(x.toks, i, end); n > 0 {
		e := dateExpr{start: i, end: i + n}
		if !x.d.Published.IsZero() {
			e.date = x.dayString(pub.AddDate(0, 0, int(v)-10))
		}
		return e, true
	}
	if int(t.id) < len(x.lx.relDayByID) && t.id > 0 && x.lx.relDayByID[t.id] != noRelDay {
		n := int(x.lx.relDayByID[t.id])
		if x.d.Published.IsZero() {
			return dateExpr{start: i, end: i + 1}, true
		}
		return dateExpr{start: i, end: i + 1, date: x.dayString(pub.AddDate(0, 0, n))}, true
	}
	if wd := x.weekdayOf(t); wd >= 0 && t.cap && (len(t.fold) > 3 || x.next(i, end, ".")) {
		return x.weekdayAt(i, end, pub, time.Weekday(wd), dir), true
	}
	if m := x.lx.monthOf(t); m > 0 && t.cap {
		if e, ok := x.monthFirst(i, end, pub, time.Month(m), dir); ok {
			return e, true
		}
		// "in December", "in early December", "by mid-December": kept as
		// written, naming no single day.
		mid := i >= 2 && x.toks[i-1].text == "-" && x.toks[i-2].fold == "mid" // "mid-December"
		if i > 0 && len(t.fold) > 3 {
			switch x.toks[i-1].fold {
			case "in", "early", "mid", "late", "-":
				if x.toks[i-1].text == "-" && !mid {
					break // "post-December"
				}
				e := dateExpr{start: i, end: i + 1}
				if mid {
					e.start = i - 2
				}
				if y, yend := x.yearAfter(e.end, end); yend > 0 && y > 0 {
					e.end = yend
				}
				return e, true
			}
		}
		return dateExpr{}, false
	}
	if t.kind == tokNumber {
		if e, ok := x.isoDate(i, end); ok {
			return e, true
		}
		return x.dayFirst(i, end, pub, dir)
	}
	// "this weekend", "next week", "later this month": kept as written,
	// but they name no single day.
	if (t.fold == "week" || t.fold == "weekend" || t.fold == "month") && i > 0 {
		p := x.toks[i-1].fold
		if t.fold == "week" && i+2 < end && x.toks[i+1].fold == "of" {
			// "the week of December 1": a week, no single day.
			if e, ok := x.dateAt(i+2, end, pub, dir); ok {
				return dateExpr{start: i - boolInt(p == "the"), end: e.end}, true
			}
		}
		if p == "this" || p == "next" || p == "coming" || p == "the" {
			return dateExpr{start: i, end: i + 1}, true
		}
	}
	return dateExpr{}, false
}

// weekdayOf returns the weekday token t names, -1 for none.
func (x *doc) weekdayOf(t *token) int {
	if t.id > 0 && int(t.id) < len(x.lx.weekdayByID) {
		return int(x.lx.weekdayByID[t.id]) - 1
	}
	return -1
}

// isoDate reads "2026-03-18" starting at token i.
func (x *doc) isoDate(i, end int) (dateExpr, bool) {
	if i+4 >= end || len(x.toks[i].text) != 4 || x.toks[i+1].text != "-" || x.toks[i+3].text != "-" ||
		x.toks[i+2].kind != tokNumber || x.toks[i+4].kind != tokNumber || len(x.toks[i+2].text) != 2 || len(x.toks[i+4].text) != 2 {
		return dateExpr{}, false
	}
	d, err := time.Parse(time.DateOnly, x.text(i, i+5))
	if err != nil || x.text(i, i+5) != d.Format(time.DateOnly) {
		return dateExpr{}, false
	}
	return dateExpr{start: i, end: i + 5, date: x.dayString(d)}, true
}

func (x *doc) next(i, end int, text string) bool {
	return i+1 < end && x.toks[i+1].text == text
}

// weekdayAt resolves "Tuesday", "next Tuesday", "last Sunday": on or after
// publication for the future, on or before it for the past; "next" and
// "last" exclude the publication day itself. A date written after the
// weekday ("Tuesday, Dec. 2") wins.
func (x *doc) weekdayAt(i, end int, pub time.Time, wd time.Weekday, dir direction) dateExpr {
	e := dateExpr{start: i, end: i + 1}
	if len(x.toks[i].fold) <= 4 && x.next(i, end, ".") && !x.toks[i+1].space {
		e.end++ // "Tues."
	}
	k := e.end
	if k < end && x.toks[k].text == "," {
		k++
	}
	if k < end {
		// "Wednesday, Feb. 4", "Thursday 24 September": the weekday picks
		// the year the date falls on it.
		x.weekday = int(wd)
		var ex dateExpr
		ok := false
		if m := x.lx.monthOf(&x.toks[k]); m > 0 {
			ex, ok = x.monthFirst(k, end, pub, time.Month(m), dir)
		} else if x.toks[k].kind == tokNumber {
			ex, ok = x.dayFirst(k, end, pub, dir)
		}
		x.weekday = -1
		if ok && ex.date != "" {
			ex.start = i
			return ex
		}
	}
	e.end = x.dayPartAfter(e.end, end) // "Monday evening"
	if x.d.Published.IsZero() {
		return e
	}
	prev := ""
	if i > 0 {
		prev = x.toks[i-1].fold
	}
	strict := false
	switch prev {
	case "next", "coming":
		dir, strict = future, true
	case "last", "past":
		dir, strict = past, true
	case "this":
		dir = future
	}
	if dir == 0 {
		// No tense to go by: the nearer of the two, the coming one on a tie
		// of distance (a weekday within three days ahead).
		dir = future
		if (int(wd)-int(pub.Weekday())+7)%7 > 3 {
			dir = past
		}
	}
	delta := (int(wd) - int(pub.Weekday()) + 7) % 7
	if dir == past {
		delta = -((int(pub.Weekday()) - int(wd) + 7) % 7)
	}
	if strict && delta == 0 {
		delta = 7 * int(dir)
	}
	if !strict && prev != "this" {
		// "was in Pristina last week, where he met Kurti on Thursday": the
		// Thursday of the week the sentence names, in the tense it names.
		if w := x.weekOfSentence(i); w < 0 && dir != future || w > 0 && dir != past {
			monday := -((int(pub.Weekday()) + 6) % 7)
			delta = monday + 7*w + (int(wd)+6)%7
		}
	}
	e.date = x.dayString(pub.AddDate(0, 0, delta))
	return e
}

// weekOfSentence reports "last week" (-1) or "next week" (+1) shortly
// before token i in its sentence, 0 for neither.
func (x *doc) weekOfSentence(i int) int {
	if len(x.sents) == 0 || i >= x.sents[len(x.sents)-1].end {
		return 0 // dates read before the sentences are cut
	}
	s := &x.sents[x.sentOf(i)]
	w := 0
	aside := false // inside ", who ...": the aside's week is not the clause's
	for k := max(s.start, i-15); k+1 < i; k++ {
		switch x.toks[k].fold {
		case "that", ";":
			w = 0 // "said last week that he would meet Putin on Thursday"
		case ",":
			// "Zelensky, who visited Paris last week, will meet ...": an
			// aside ends; but "Last week, Trump met ...", "last week, on
			// Thursday" and "last week, where he met" go on with it.
			afterWeek := k > 0 && x.toks[k-1].fold == "week"
			f := x.toks[k+1].fold
			if f != "where" && f != "when" && !(afterWeek && (f == "on" && !aside || k-2 <= s.start)) {
				w = 0
			}
			aside = f == "who" || f == "which" || f == "whose"
		}
		if x.toks[k+1].fold != "week" {
			continue
		}
		switch x.toks[k].fold {
		case "last", "past", "previous":
			w = -1
		case "next", "coming":
			w = 1
		}
	}
	return w
}

// monthFirst reads "December 2", "Dec. 2", "Dec 2nd, 2025".
func (x *doc) monthFirst(i, end int, pub time.Time, m time.Month, dir direction) (dateExpr, bool) {
	k := i + 1
	if k < end && x.toks[k].text == "." && !x.toks[k].space {
		k++
	}
	if k >= end || x.toks[k].kind != tokNumber {
		return dateExpr{}, false
	}
	day, ok := dayNumber(x.toks[k].fold)
	if !ok {
		return dateExpr{}, false
	}
	e := dateExpr{start: i, end: k + 1}
	if r := x.rangeEnd(k+1, end); r > 0 {
		e.end = r // "March 16-17": the first day
	}
	year, yend := x.yearAfter(e.end, end)
	if yend > 0 {
		e.end = yend
	}
	e.date = x.resolveDay(pub, year, m, day, dir)
	return e, true
}

// rangeEnd returns the end of a range's second day after a first one at
// k ("-17", "to 17", "and 17"), 0 when none follows.
func (x *doc) rangeEnd(k, end int) int {
	if k+1 >= end || x.toks[k+1].kind != tokNumber || !x.joinsRange(k, k+1) {
		return 0
	}
	if _, ok := dayNumber(x.toks[k+1].fold); !ok {
		return 0
	}
	return k + 2
}

// dayPartAfter widens a day's phrase over the part of the day written
// after it ("Monday evening", "Friday night"), which names the same day.
func (x *doc) dayPartAfter(k, end int) int {
	if k < end {
		switch x.toks[k].fold {
		case "morning", "afternoon", "evening", "night":
			return k + 1
		}
	}
	return k
}

// dayFirst reads "2 December", "2 Dec 2025", and "the 4th" (a day of the
// publication month, or the next month for a future day already past).
func (x *doc) dayFirst(i, end int, pub time.Time, dir direction) (dateExpr, bool) {
	day, ok := dayNumber(x.toks[i].fold)
	if !ok {
		return dateExpr{}, false
	}
	k := i + 1
	if r := x.rangeEnd(k, end); r > 0 && r < end {
		if x.lx.monthOf(&x.toks[r]) > 0 && x.toks[r].cap {
			k = r // "16-17 March", "from 16 to 17 March": the first day
		}
	}
	if k+1 < end && x.toks[k].fold == "of" {
		k++
	}
	if k < end {
		if m := x.lx.monthOf(&x.toks[k]); m > 0 && x.toks[k].cap {
			e := dateExpr{start: i, end: k + 1}
			if e.end < end && x.toks[e.end].text == "." && !x.toks[e.end].space && len(x.toks[k].fold) <= 4 {
				e.end++
			}
			year, yend := x.yearAfter(e.end, end)
			if yend > 0 {
				e.end = yend
			}
			e.date = x.resolveDay(pub, year, time.Month(m), day, dir)
			return e, true
		}
	}
	if i > 0 && x.toks[i-1].fold == "the" && isOrdinal(x.toks[i].fold) && !x.d.Published.IsZero() &&
		!(i+1 < end && countedNoun[x.toks[i+1].fold]) {
		// "the 4th", but not "the 24th round of talks": an ordinal before
		// a noun counts the noun.
		e := dateExpr{start: i - 1, end: i + 1}
		// "the 17th of this month", "the 3rd of next month".
		months, named := 0, false
		if k := i + 1; k+2 < end && x.toks[k].fold == "of" && x.toks[k+2].fold == "month" {
			switch x.toks[k+1].fold {
			case "this":
				named = true
			case "next":
				months, named = 1, true
			case "last":
				months, named = -1, true
			}
			if named {
				e.end = i + 4
			}
		}
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, months, 0)
		d := first.AddDate(0, 0, day-1)
		if d.Month() != first.Month() {
			return dateExpr{}, false
		}
		if !named && dir == future && d.Before(pub) {
			d = d.AddDate(0, 1, 0)
		} else if !named && dir == past && d.After(pub) {
			d = d.AddDate(0, -1, 0)
		}
		e.date = x.dayString(d)
		return e, true
	}
	return dateExpr{}, false
}

// countedNoun are the nouns an ordinal counts rather than dates: "the 24th
// round", "the 80th anniversary".
var countedNoun = map[string]bool{"round": true, "rounds": true, "anniversary": true, "session": true, "edition": true,
	"summit": true, "meeting": true, "congress": true, "conference": true, "time": true, "century": true, "birthday": true,
	"amendment": true, "floor": true, "consecutive": true, "straight": true, "annual": true, "plenary": true, "brigade": true,
	"army": true, "division": true, "party": true, "parliament": true, "assembly": true, "day": true, "week": true, "year": true}

// yearAfter reads ", 2025" or " 2025" after a day and month.
func (x *doc) yearAfter(k, end int) (int, int) {
	if k < end && x.toks[k].text == "," {
		k++
	}
	if k < end && x.toks[k].kind == tokNumber && len(x.toks[k].text) == 4 {
		if y, err := strconv.Atoi(x.toks[k].text); err == nil && y >= 1900 && y <= 2200 {
			return y, k + 1
		}
	}
	return 0, 0
}

// dayNumber parses "2", "02", "2nd", "23rd".
func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, "stndrh")
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(s)
	return d, err == nil && d >= 1 && d <= 31
}

func isOrdinal(s string) bool {
	return strings.HasSuffix(s, "st") || strings.HasSuffix(s, "nd") || strings.HasSuffix(s, "rd") || strings.HasSuffix(s, "th")
}

// resolveDay builds the date of day and month. Without a year, the year is
// the one that puts the date nearest publication, on the side dir says
// when the tense says one (up to 60 days on the other side are allowed, at
// a cost, for a tense misread); so "Jan. 5" written on 30 December is next
// January. A weekday written beside the date (wd, -1 for none) picks among
// the years whose date falls on it.
func (x *doc) resolveDay(pub time.Time, year int, m time.Month, day int, dir direction) string {
	if d, ok := dayOf(pub, year, m, day, dir, x.d.Published.IsZero(), x.weekday); ok {
		return x.dayString(d)
	}
	return ""
}

// dayOf is resolveDay's day, ok false where resolveDay gives "".
func dayOf(pub time.Time, year int, m time.Month, day int, dir direction, noPub bool, wd int) (time.Time, bool) {
	if year != 0 {
		d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day {
			return time.Time{}, false // "February 30"
		}
		return d, true
	}
	if noPub {
		return time.Time{}, false
	}
	const day24 = 24 * time.Hour
	var best time.Time
	found, bestCost := false, time.Duration(1<<62)
	for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
		d := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day {
			continue // February 29 of a common year
		}
		ahead := d.Sub(pub)
		cost := ahead.Abs()
		if wrongSide := dir == future && ahead < 0 || dir == past && ahead > 0; wrongSide {
			cost *= 4
			if cost > 4*60*day24 {
				cost += 1000 * day24
			}
		}
		if wd >= 0 && int(d.Weekday()) != wd {
			cost += 10000 * day24
		}
		if cost < bestCost {
			best, bestCost, found = d, cost, true
		}
	}
	return best, found
}
