package brief

import (
	"slices"
	"strings"
)

// Whom a trip meets: the host a lone visitor's destination stands for.

// addHost gives a lone visitor the party a trip meets. A trip to a city
// meets the city's country ("A visit to Kyiv by Keir Starmer") and, when the
// article names one, the person of that country it names most ("Witkoff will
// come to Moscow" is a meeting with Putin in an article about Putin). A trip
// to a country meets that person only: the country itself is the venue
// ("Zelensky is due to travel to Ireland" names no one to meet).
func (x *doc) addHost(mm *meetingMention, s *sentence, lo, hi, trig int) {
	m := x.locationMention(s, lo, hi, trig)
	if m == nil {
		return
	}
	country := ""
	venue := false
	if a := x.actorOf(m); a != nil && a.Kind == Country {
		country, venue = a.Name, true // "he would visit China"
	} else if a != nil && a.Kind == Organization && strings.HasPrefix(a.Role, "Office of the ") && a.Affiliation != "" {
		country, venue = a.Affiliation, true // "a visit to the White House": its leader's office
	} else if m.place >= 0 {
		country = x.placeCountry(m)
	}
	if country == "" || country == x.affiliationName(mm.Participants[0]) {
		return
	}
	leader := x.mostNamed(country)
	if leader == "" {
		leader = x.officeHolder(m) // "will visit the White House": the president
	}
	if !venue || leader == "" && x.stateVisit(s, trig) {
		if !venue {
			x.gazActor(x.g.placeCountry[m.place])
		}
		mm.Participants = append(mm.Participants, country)
		mm.host = country
	}
	if leader != "" {
		mm.Participants = append(mm.Participants, leader)
		mm.guessed = true
	}
}

// officeHolder names whom a leader's office, mention m, houses: the White
// House's president, Downing Street's prime minister; "" for any other.
func (x *doc) officeHolder(m *mention) string {
	a := x.actorOf(m)
	if a == nil || a.Kind != Organization || !strings.HasPrefix(a.Role, "Office of the ") {
		return ""
	}
	body, ok := x.g.bodyIndex(strings.ToLower(a.Affiliation))
	if !ok {
		return ""
	}
	role := strings.ToLower(a.Role)
	for _, t := range leaderTitles {
		if strings.HasSuffix(role, " "+t) {
			if h, ok := x.g.heads[headKey{title: int32(slices.Index(headTitles, t)), body: int32(body)}]; ok && h >= 0 {
				return x.actors[x.gazActor(h)].Name
			}
		}
	}
	return ""
}

// stateVisit reports a visit, not a journey: "will pay a state visit to
// France", "will visit Japan". Its country is the host, as a city's is.
func (x *doc) stateVisit(s *sentence, trig int) bool {
	n, v := x.triggerAt(trig)
	return n > 0 && x.lx.trigger[v].Class == "visit"
}

func (x *doc) affiliationName(name string) string {
	if id, ok := x.byName[name]; ok {
		return x.actors[id].Affiliation
	}
	return ""
}

// mostNamed is the head of state or government of country c this article
// names most, "" when it names none: the person a visit to c meets.
func (x *doc) mostNamed(c string) string {
	if cap(x.named) < len(x.actors) {
		x.named = make([]int, len(x.actors))
	}
	counts := x.named[:len(x.actors)]
	clear(counts)
	best := -1
	for mi := range x.ments {
		a := x.ments[mi].actor
		if a < 0 || x.actors[a].Kind != Person || x.actors[a].Affiliation != c || !x.lx.leads(x.actors[a].Role) {
			continue
		}
		counts[a]++
		if best < 0 || counts[a] > counts[best] {
			best = int(a)
		}
	}
	if best < 0 {
		return ""
	}
	return x.actors[best].Name
}
