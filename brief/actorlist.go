package brief

import (
	"cmp"
	"slices"
	"strings"
)

// actorList returns the actors mentioned, most mentioned first, then the
// persons the meetings add without naming them.
func (x *doc) actorList(meetings []Meeting) []Actor {
	if cap(x.counts) < len(x.actors) {
		x.counts = make([]int, len(x.actors))
		x.acting = make([]bool, len(x.actors))
	}
	counts, acting := x.counts[:len(x.actors)], x.acting[:len(x.actors)]
	clear(counts)
	clear(acting)
	for mi := range x.ments {
		m := &x.ments[mi]
		if m.actor >= 0 {
			counts[m.actor]++
			acting[m.actor] = acting[m.actor] || !x.locative(m)
		}
	}
	// An organisation someone in the text works for acts in it, even named
	// only as where they work ("a political scientist at the University
	// of Houston").
	for _, ap := range x.roleAt {
		if ap.affiliation >= 0 && x.actors[ap.affiliation].Kind == Organization {
			acting[ap.affiliation] = true
		}
	}
	// A person a meeting adds without naming ("will visit the Kremlin"
	// meets Putin) is listed too, with no mention: the meeting shows him,
	// and the filter must find him.
	var implied []int32
	for i := range meetings {
		for _, n := range meetings[i].Participants {
			if id, ok := x.byName[n]; ok && counts[id] == 0 && x.actors[id].Kind == Person && !slices.Contains(implied, id) {
				implied = append(implied, id)
			}
		}
	}
	// Sort the indices, not the actors: an Actor is large, and moving it
	// through sort.SliceStable's reflection cost more than the comparisons.
	order := x.order[:0]
	for i := range x.actors {
		if counts[i] > 0 && acting[i] {
			order = append(order, int32(i))
		}
	}
	order = append(order, implied...)
	x.order = order
	slices.SortStableFunc(order, func(a, b int32) int {
		if counts[a] != counts[b] {
			return cmp.Compare(counts[b], counts[a])
		}
		return strings.Compare(x.actors[a].Name, x.actors[b].Name)
	})
	out := make([]Actor, len(order))
	for k, i := range order {
		a := &x.actors[i]
		out[k] = a.Actor
		out[k].Mentions = counts[i]
		out[k].Aliases = a.Aliases[:len(a.Aliases):len(a.Aliases)]
	}
	return out
}

// locative reports a country or organisation named only as a place: "arrived
// in Malaysia", "at Downing Street", "Budapest, Hungary". An actor named
// only so is not listed ("the war in Ukraine" still counts).
func (x *doc) locative(m *mention) bool {
	a := x.actorOf(m)
	if a == nil || a.Kind == Person {
		return false
	}
	lo := x.sents[m.sent].start
	// "the Ukrainian capital", "the Russian city of Belgorod".
	if e := int(m.end); e < x.sents[m.sent].end && x.lx.placeNouns.has(&x.toks[e]) && !x.toks[m.end-1].poss {
		return true
	}
	k := int(m.start) - 1
	if k >= lo && x.toks[k].fold == "the" {
		k--
	}
	if k < lo {
		return false
	}
	switch x.toks[k].fold {
	case "in", "at", "into":
		if k > lo {
			// "the war in Ukraine", "analysts at ISW", "a fellow at Chatham House".
			p := &x.toks[k-1]
			if o := x.mentionAt(k - 1); o != nil && o.actor >= 0 && x.actors[o.actor].Kind == Organization {
				// "the ISEAS-Yusof Ishak Institute in Singapore": its seat; but
				// "the Centre for Geopolitics at Chatham House": its parent.
				return a.Kind != Organization
			}
			if p.fold == "war" || x.mentAt[k-1] >= 0 {
				return false
			}
			if p.cap && k-1 > lo && a.Kind == Organization {
				return false // "the Middle East Programme at Chatham House": a unit of it
			}
			if n, _ := x.lx.analystNouns.longest(x.toks, k-1, k); n > 0 {
				return false
			}
			if n, _ := x.lx.titles.longest(x.toks, k-1, k); n > 0 {
				return false
			}
		}
		return true
	case ",":
		// "Budapest, Hungary"; but "In The Hague, D66 leader Rob Jetten".
		p := x.mentionAt(k - 1)
		return p != nil && p.place >= 0 && p.actor < 0 && a.Kind == Country
	case "of":
		// "Bishkek, the capital of Kyrgyzstan".
		return k > lo && x.lx.placeNouns.has(&x.toks[k-1])
	}
	return false
}
