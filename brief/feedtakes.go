package brief

// The takes of analysis feeds: whose analysis a feed is, and its takes.

import (
	"net/url"
	"strings"
)

// feedAnalyst names the analyst behind an analysis feed (feeds tagged
// "analysis", and the known analysis hosts such as ISW's): the gazetteer
// organisation the feed belongs to, found from its host or from an alias in
// its title ("ISW Russian Offensive Campaign Assessment" is the Institute for
// the Study of War's), else the feed's title. Empty for other feeds.
func (x *doc) feedAnalyst() string {
	host := ""
	if u, err := url.Parse(x.d.FeedURL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	for h, name := range x.lx.hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return name
		}
	}
	tagged := false
	for _, t := range x.d.Tags {
		if hasFold(x.lx.analysisTags, strings.TrimSpace(t)) {
			tagged = true
		}
	}
	if !tagged {
		return ""
	}
	// The feed's title is read into scratch: every article of an
	// analysis feed asks.
	if a, ok := x.g.actorWith(x.d.Feed, &x.feedToks); ok && a.Kind == Organization {
		return a.Name
	}
	if name := x.g.analystNamedIn(x.d.Feed, &x.feedToks); name != "" {
		return name
	}
	if name := x.g.orgOfHost(host); name != "" {
		return name
	}
	if name := strings.TrimSpace(x.d.Feed); name != "" {
		return name
	}
	return host
}

// analystNamedIn returns the think tank an alias in title names; "" when
// the title names none. Other organisations a title names are its subject
// ("Kremlin Watch"), not its author.
func (g *Gazetteer) analystNamedIn(title string, scratch *[]token) string {
	*scratch = tokenizeWith(title, (*scratch)[:0], g.voc)
	toks := *scratch
	for i := 0; i < len(toks); i++ {
		n, v := g.names.longest(toks, i, len(toks))
		if n == 0 {
			continue
		}
		if a := g.entries[v].actor; a >= 0 && g.actors[a].Kind == Organization && g.analyst[a] {
			return g.actors[a].Name
		}
		i += n - 1
	}
	return ""
}

// orgOfHost returns the organisation a feed's host spells ("feeds.rusi.org",
// "www.atlanticcouncil.org"), "" when none.
func (g *Gazetteer) orgOfHost(host string) string {
	labels := strings.Split(host, ".")
	for _, l := range labels[:max(len(labels)-1, 0)] {
		if i, ok := g.orgBySpelling[l]; ok {
			return g.actors[i].Name
		}
	}
	return ""
}

// squashed is a name as a host spells it: lower-case letters and digits
// only, without a leading "the".
func squashed(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	name = strings.TrimPrefix(name, "the ")
	var b strings.Builder
	for _, r := range name {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// feedTakes turns an analysis feed's Key Takeaways bullets into takes; a
// piece without such a list gives one take per paragraph that names actors.
func (x *doc) feedTakes(analyst string) []Take {
	var out []Take
	clear(x.inBullet)
	inList := false
	sawList := false
	for si := range x.sents {
		s := &x.sents[si]
		if s.src == 0 {
			continue
		}
		if x.isTakeawaysHeading(s) {
			inList, sawList = true, true
			continue
		}
		if !inList {
			continue
		}
		if !s.bullet {
			if x.continuesBullet(si) {
				x.inBullet[si] = true
				out[len(out)-1].Text += " " + x.sentText(s)
				out[len(out)-1].About = appendNew(out[len(out)-1].About, x.aboutIn(si, analyst))
				continue
			}
			inList = false
			continue
		}
		x.inBullet[si] = true
		t := x.take(si, analyst)
		t.Text = strings.TrimSpace(strings.TrimLeft(t.Text, "-•*▪–·‣◦ "))
		out = append(out, t)
	}
	if sawList {
		return out
	}
	return x.paragraphTakes(analyst)
}

// continuesBullet: a bullet may run over several sentences of its line.
func (x *doc) continuesBullet(si int) bool {
	if si == 0 {
		return false
	}
	s, prev := &x.sents[si], &x.sents[si-1]
	return prev.bullet && s.para == prev.para && x.toks[s.start].newlines == 0
}

func (x *doc) isTakeawaysHeading(s *sentence) bool {
	n, _ := x.lx.takeaways.longest(x.toks, s.start, s.end)
	if n == 0 {
		return false
	}
	rest := s.end - s.start - n
	return rest == 0 || rest == 1 && !x.toks[s.end-1].isWord()
}

// paragraphTakes makes one take of each paragraph of a commentary (an
// analysis feed's piece without a Key Takeaways list) that names an actor:
// its own sentences, without those an explicit take already holds and
// without the actors' own words ("“Time is on our side,” Peskov said"),
// which are their quotes. Bylines and headings are no take.
func (x *doc) paragraphTakes(analyst string) []Take {
	var out []Take
	for si := 0; si < len(x.sents); {
		s := &x.sents[si]
		if s.src == 0 {
			si++
			continue
		}
		end := si
		for end < len(x.sents) && x.sents[end].src == s.src && x.sents[end].para == s.para {
			end++
		}
		if x.isByline(si, end) || x.isHeading(si, end) {
			si = end
			continue
		}
		t := Take{Analyst: analyst, Article: x.d.ID}
		var text strings.Builder
		for k := si; k < end; k++ {
			if x.taken[k] || x.actorSays(k) {
				continue
			}
			if text.Len() > 0 {
				text.WriteByte(' ')
			}
			text.WriteString(x.sentText(&x.sents[k]))
			t.About = appendNew(t.About, x.aboutIn(k, analyst))
		}
		if len(t.About) > 0 {
			t.Text = text.String()
			out = append(out, t)
		}
		si = end
	}
	return out
}

// actorSays reports a sentence that gives an actor's own words, quoted or
// reported: "“Time is on our side,” Peskov said", "Peskov said the talks
// were useful". An analyst's words are a take, and stay.
func (x *doc) actorSays(si int) bool {
	s := &x.sents[si]
	for _, q := range x.sentenceQuotes(si) {
		if id := x.speakerOf(si, q); id >= 0 && !x.isAnalyst(id) {
			return true
		}
	}
	for i := s.start; i < s.end; i++ {
		m := x.mentionAt(i)
		if m == nil || m.actor < 0 {
			continue
		}
		i = int(m.end) - 1
		if x.actors[m.actor].Kind != Country && !x.isAnalyst(m.actor) && !x.toks[m.end-1].poss && x.speaks(int(m.end), s.end) {
			return true
		}
	}
	return false
}

// isByline reports a paragraph that is only "By NAME".
func (x *doc) isByline(si, end int) bool {
	s := &x.sents[si]
	return end == si+1 && x.toks[s.start].fold == "by" && s.end-s.start <= 5
}

// isHeading reports a paragraph of one short line that no mark ends: a
// crosshead ("What Moscow wants"), not a statement.
func (x *doc) isHeading(si, end int) bool {
	s := &x.sents[si]
	if end != si+1 || s.end-s.start > 12 {
		return false
	}
	last := &x.toks[s.end-1]
	return last.kind != tokPunct || last.text == ":"
}
