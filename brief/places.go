package brief

import (
	"encoding/json"
	"strings"
	"sync"
)

// placeTree knows, for each built-in place, the places it lies in: Shell
// Bay in Hallandale Beach in Florida in the United States. Reports of one
// meeting name its place at different depths ("talks in Florida", "at Shell
// Bay in Hallandale Beach", "Witkoff travels to Russia" and "in Moscow").
type placeTree map[string][]string // folded name or alias -> the places around it, nearest first

var builtinPlaces = sync.OnceValue(func() placeTree {
	data, err := dataFS.ReadFile("data/places.json")
	if err != nil {
		return placeTree{}
	}
	var f struct {
		Places []struct {
			placeEntry
			Within string `json:"within"`
		} `json:"places"`
	}
	if json.Unmarshal(data, &f) != nil {
		return placeTree{} // the embedded data is tested; nothing to do at run time
	}
	byName := map[string]int{}
	for i, p := range f.Places {
		byName[p.Name] = i
	}
	tree := placeTree{}
	for _, p := range f.Places {
		var around []string
		for q, hops := p, 0; q.Within != "" && hops < 8; hops++ {
			around = append(around, q.Within)
			i, ok := byName[q.Within]
			if !ok {
				break
			}
			q = f.Places[i]
		}
		if p.Country != "" {
			around = append(around, p.Country)
		}
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			tree[strings.ToLower(name)] = around
		}
	}
	return tree
})

// placesAgree reports whether two reports' places can be one meeting's:
// either is unknown, they are the same, or one lies in the other.
func placesAgree(a, b string) bool {
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return true
	}
	tree := builtinPlaces()
	return containsFold(tree[strings.ToLower(a)], b) || containsFold(tree[strings.ToLower(b)], a)
}

// country is the country a known place lies in, or "" for an unknown one.
func (t placeTree) country(place string) (string, bool) {
	around, ok := t[strings.ToLower(place)]
	if !ok || len(around) == 0 {
		return "", ok
	}
	return around[len(around)-1], true
}
