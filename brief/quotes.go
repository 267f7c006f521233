package brief

import "strings"

// quotes finds statements in quotation marks with their speaker: the actor
// beside a speech verb next to the quote ("Putin stated, “...”", "“...,”
// Rubio told reporters", "“...,” he said"). Analysts' words are takes.
func (x *doc) quotes() []Quote {
	var out []Quote
	for si := range x.sents {
		s := &x.sents[si]
		if s.src == 0 {
			continue
		}
		for _, q := range x.quoteSpans(s) {
			speaker := x.speakerOf(si, q)
			if speaker < 0 || x.isAnalyst(speaker) || x.actors[speaker].Kind == Country {
				continue
			}
			text := strings.TrimSpace(strings.Trim(x.text(q.start+1, q.end-1), " ,"))
			if text == "" {
				continue
			}
			out = append(out, Quote{Speaker: x.actors[speaker].Name, Text: text, Article: x.d.ID})
		}
	}
	return out
}

// quoteSpans returns the quoted stretches of a sentence, marks included.
func (x *doc) quoteSpans(s *sentence) []span {
	var out []span
	open := -1
	for i := s.start; i < s.end; i++ {
		switch x.toks[i].text {
		case "“", "«":
			open = i
		case "”", "»":
			if open >= 0 {
				out = append(out, span{open, i + 1})
				open = -1
			}
		case "\"":
			if open < 0 {
				open = i
			} else {
				out = append(out, span{open, i + 1})
				open = -1
			}
		}
	}
	if open >= 0 && open+1 < s.end {
		// A quote running past the sentence end: keep what this sentence holds.
		out = append(out, span{open, s.end + 1 - boolInt(s.end > open+1)})
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (x *doc) hasQuote(s *sentence) bool {
	for i := s.start; i < s.end; i++ {
		switch x.toks[i].text {
		case "“", "\"", "«":
			return true
		}
	}
	return false
}

// speakerOf finds who says quote q: a speech verb within a few words after
// the quote or before it, and the actor (or pronoun) beside that verb.
func (x *doc) speakerOf(si int, q span) int32 {
	s := &x.sents[si]
	// After: "“...,” Rubio told reporters" / "“...,” said Rubio" / "“...,” he said".
	for j := q.end; j < s.end && j < q.end+6; j++ {
		if isQuoteMark(&x.toks[j]) {
			break
		}
		if n, _ := x.lx.speech.longest(x.toks, j, s.end); n > 0 {
			if id := x.subjectNear(si, q.end, j, j+n, s.end); id >= 0 {
				return id
			}
			break
		}
	}
	// Before: "Putin stated, “...”" / "Rubio described the path as “delicate”".
	for j := q.start - 1; j >= s.start && j > q.start-10; j-- {
		if isQuoteMark(&x.toks[j]) {
			break
		}
		if n, _ := x.lx.speech.longest(x.toks, j, q.start); n > 0 {
			if id := x.subjectNear(si, s.start, j, j+n, q.start); id >= 0 {
				return id
			}
			break
		}
	}
	return -1
}

func isQuoteMark(t *token) bool {
	switch t.text {
	case "“", "”", "\"", "«", "»":
		return true
	}
	return false
}

// subjectNear finds the speaker of the verb at [v, ve): the nearest actor
// before it (back to from), else one right after it ("said Rubio"), else a
// pronoun resolved to the previous sentence's first person.
func (x *doc) subjectNear(si, from, v, ve, to int) int32 {
	for k := v - 1; k >= from && k >= v-6; k-- {
		if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind != Country {
			if x.toks[m.end-1].poss {
				continue
			}
			return m.actor
		}
		f := x.toks[k].fold
		if f == "he" || f == "she" {
			if ids := x.pronounSubject(si, k, k+1); len(ids) > 0 {
				return ids[0]
			}
			return x.earlierPerson(si, k)
		}
	}
	for k := ve; k < to && k < ve+3; k++ {
		if m := x.mentionAt(k); m != nil && m.actor >= 0 {
			return m.actor
		}
	}
	return -1
}

// earlierPerson is the last person named before token k in sentence si or
// the one before it: who "he" most likely is.
func (x *doc) earlierPerson(si, k int) int32 {
	lo := x.sents[si].start
	if si > 0 && x.sents[si-1].src == x.sents[si].src {
		lo = x.sents[si-1].start
	}
	for i := k - 1; i >= lo; i-- {
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
			return m.actor
		}
	}
	return -1
}
