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
	if a, ok := x.g.Actor(x.d.Feed); ok && a.Kind == Organization {
		return a.Name
	}
	if name := x.g.analystNamedIn(x.d.Feed); name != "" {
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
func (g *Gazetteer) analystNamedIn(title string) string {
	toks := tokenizeWith(title, nil, g.voc)
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

// paragraphTakes makes one take of each paragraph that names an actor and
// that no explicit take already covers.
func (x *doc) paragraphTakes(analyst string) []Take {
	var out []Take
	for si := 0; si < len(x.sents); {
		s := &x.sents[si]
		if s.src == 0 {
			si++
			continue
		}
		end := si
		covered := true
		for end < len(x.sents) && x.sents[end].src == s.src && x.sents[end].para == s.para {
			covered = covered && x.taken[end]
			end++
		}
		t := Take{Analyst: analyst, Article: x.d.ID}
		for k := si; k < end; k++ {
			t.About = appendNew(t.About, x.aboutIn(k, analyst))
		}
		if !covered && len(t.About) > 0 && !x.isByline(si, end) {
			t.Text = x.text(s.start, x.sents[end-1].end)
			out = append(out, t)
		}
		si = end
	}
	return out
}

// isByline reports a paragraph that is only "By NAME".
func (x *doc) isByline(si, end int) bool {
	s := &x.sents[si]
	return end == si+1 && x.toks[s.start].fold == "by" && s.end-s.start <= 5
}
