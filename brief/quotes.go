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
		for _, q := range x.sentenceQuotes(si) {
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
func (x *doc) quoteSpans(s *sentence) []span { return x.appendQuoteSpans(s, nil) }

func (x *doc) appendQuoteSpans(s *sentence, out []span) []span {
	open := -1
	for i := s.start; i < s.end; i++ {
		// Quotation marks are punctuation tokens: the kind rules out words
		// before their text is read.
		if x.toks[i].kind != tokPunct {
			continue
		}
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
		if x.toks[i].kind != tokPunct {
			continue
		}
		switch x.toks[i].text {
		case "“", "\"", "«":
			return true
		}
	}
	return false
}

// quoteReach is how far before a quote its speech verb may be: "Peskov
// stated on December 14 that Russia had not been informed ... and that
// Moscow would “wait for the Americans”" quotes Peskov.
const quoteReach = 30

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
	for j := q.start - 1; j >= s.start && j > q.start-quoteReach; j-- {
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
	// "Oleksandr Merezhko, the chair of the committee, said": the name
	// before an apposition the verb follows.
	if c := v - 1; c > from && x.toks[c].text == "," {
		for k := c - 1; k > from && k >= c-25; k-- {
			if x.toks[k].text != "," {
				continue
			}
			if m := x.mentionAt(k - 1); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person {
				return m.actor
			}
			break
		}
	}
	for k := v - 1; k >= from && k >= v-6; k-- {
		if m := x.mentionAt(k); m != nil && m.actor >= 0 && x.actors[m.actor].Kind != Country {
			if x.toks[m.end-1].poss {
				continue
			}
			return m.actor
		}
		f := x.toks[k].fold
		if f == "he" || f == "she" {
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

// earlierPerson is who "he" or "she" at token k most likely is: the first
// person named outside quotes in the previous sentence (its subject), else
// the last one named before k in this sentence.
func (x *doc) earlierPerson(si, k int) int32 {
	if si > 0 && x.sents[si-1].src == x.sents[si].src {
		if id := x.firstPersonOutsideQuotes(&x.sents[si-1]); id >= 0 {
			return id
		}
	}
	s := &x.sents[si]
	inQuote := x.quoteMask(s)
	for i := k - 1; i >= s.start; i-- {
		if m := x.mentionAt(i); m != nil && m.actor >= 0 && x.actors[m.actor].Kind == Person && !inQuote[i-s.start] {
			return m.actor
		}
	}
	return -1
}

func (x *doc) firstPersonOutsideQuotes(s *sentence) int32 {
	inQuote := x.quoteMask(s)
	for i := s.start; i < s.end; i++ {
		m := x.mentionAt(i)
		if m == nil || inQuote[i-s.start] {
			continue
		}
		if m.actor >= 0 && x.actors[m.actor].Kind == Person && !x.excludedPossessor(s, m) {
			return m.actor
		}
		i = int(m.end) - 1
	}
	return -1
}

// markQuotes marks every token inside quotation marks, sentence by
// sentence, once per document.
func (x *doc) markQuotes() {
	if cap(x.quoted) < len(x.toks) {
		x.quoted = make([]bool, len(x.toks))
	}
	x.quoted = x.quoted[:len(x.toks)]
	clear(x.quoted)
	x.spans = x.spans[:0]
	if cap(x.spanAt) < len(x.sents)+1 {
		x.spanAt = make([]int32, len(x.sents)+1)
	}
	x.spanAt = x.spanAt[:len(x.sents)+1]
	for si := range x.sents {
		s := &x.sents[si]
		x.spanAt[si] = int32(len(x.spans))
		x.spans = x.appendQuoteSpans(s, x.spans)
		for _, q := range x.spans[x.spanAt[si]:] {
			for i := q.start; i < q.end && i < s.end; i++ {
				x.quoted[i] = true
			}
		}
	}
	x.spanAt[len(x.sents)] = int32(len(x.spans))
}

// sentenceQuotes returns the quoted stretches of sentence si, found once by
// markQuotes.
func (x *doc) sentenceQuotes(si int) []span {
	return x.spans[x.spanAt[si]:x.spanAt[si+1]]
}

// quoteMask marks the tokens of s inside quotation marks, indexed from s.start.
func (x *doc) quoteMask(s *sentence) []bool { return x.quoted[s.start:s.end] }
