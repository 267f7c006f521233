package brief

import (
	"testing"
	"time"
)

// Names as news writes them: set off after a role, with particles, family
// name first, a Korean given name's second syllable, and the title and
// surname alone once introduced. The same person meets in each sentence.
func TestNamesAsNewsWritesThem(t *testing.T) {
	wed := time.Date(2025, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want [][]string // each meeting's people, in order
	}{
		{"The mediator, Armen Petrossian, met Mirzoyan on Monday. Dr. Petrossian will meet Bayramov in Baku on Friday.",
			[][]string{{"Armen Petrossian", "Ararat Mirzoyan"}, {"Armen Petrossian", "Jeyhun Bayramov"}}},
		{"Dutch informateur Jan van der Berg met Rob Jetten on Monday. Van der Berg will meet Wilders on Tuesday.",
			[][]string{{"Jan van der Berg", "Rob Jetten"}, {"Jan van der Berg", "Geert Wilders"}}},
		{"Japanese Prime Minister Takaichi Sanae met Chinese Premier Li Qiang on Monday.",
			[][]string{{"Sanae Takaichi", "Li Qiang"}}},
		{"Minister Li Wei of China met Foreign Minister Kim Min-jun of South Korea on Monday. Li and Kim agreed to meet again in Seoul on Friday.",
			[][]string{{"Li Wei", "Kim Min-jun"}, {"Li Wei", "Kim Min-jun"}}},
		{"Cypriot President Nikos Christodoulides will meet Turkish Cypriot leader Tufan Erhürman in Nicosia on Friday.",
			[][]string{{"Nikos Christodoulides", "Tufan Erhürman"}}},
		{"Foreign Minister Kwame Asante of Ghana met Nigeria's Foreign Minister Yusuf Tuggar in Accra on Monday. Mr. Asante will meet Tuggar again on Friday.",
			[][]string{{"Kwame Asante", "Yusuf Tuggar"}, {"Kwame Asante", "Yusuf Tuggar"}}},
	} {
		ms := meetingsAt(t, wed, tc.text)
		if len(ms) != len(tc.want) {
			t.Errorf("%q: %+v, want %d meetings", tc.text, ms, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			if !sameSet(ms[i].Participants, w) {
				t.Errorf("%q: meeting %d has %v, want %v", tc.text, i, ms[i].Participants, w)
			}
		}
	}
}

// A hyphen after a name that makes it an adjective takes no syllable.
func TestANameBeforeAHyphenatedWordStaysItself(t *testing.T) {
	x := NewExtractor(builtIn(t)).Extract(Document{ID: "n", Published: testPub,
		Text: "Special Envoy Jane Doe-led talks resumed on Monday, and Foreign Minister Kim Min-jun attended."})
	if hasActor(x, "Jane Doe-led") || !hasActor(x, "Jane Doe") || !hasActor(x, "Kim Min-jun") {
		t.Errorf("actors %+v, want Jane Doe and Kim Min-jun", x.Actors)
	}
}

// The end of a name given in full is that person; a plural title names
// each of the people it lists; "independent" is a role.
func TestSurnamesPluralTitlesAndIndependents(t *testing.T) {
	mon := time.Date(2026, 2, 2, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want [][]string
	}{
		{"The AU's special envoy, Ahmedou Ould-Tolba, arrived on Monday. Mr. Ould-Tolba had already met Foreign Minister Gedion Timothewos last Friday.",
			[][]string{{"Ahmedou Ould-Tolba", "Gedion Timothewos"}}},
		{"The border commissions will meet next Saturday in Yerevan, led by Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev.",
			[][]string{{"Mher Grigoryan", "Shahin Mustafayev"}}},
		{"Premier Jeremy Rockliff will see the independent Sam Hennessy on Monday evening.",
			[][]string{{"Jeremy Rockliff", "Sam Hennessy"}}},
		{"Ruto arrived in Nairobi on Monday. The envoy, Jane Mwangi, will brief Kenyan President William Ruto on Tuesday.",
			[][]string{{"Jane Mwangi", "William Ruto"}}},
	} {
		ms := meetingsAt(t, mon, tc.text)
		if len(ms) != len(tc.want) {
			t.Errorf("%q: %+v, want %d meetings", tc.text, ms, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			if !sameSet(ms[i].Participants, w) {
				t.Errorf("%q: meeting %d has %v, want %v", tc.text, i, ms[i].Participants, w)
			}
		}
	}
}

// A country's unnamed ambassador or negotiators are the country at the
// table; its minister named after the title is not.
func TestACountrysUnnamedEnvoyIsTheCountry(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Mohamad Hasan met Thailand's ambassador in Kuala Lumpur earlier today.", []string{"Mohamad Hasan", "Thailand"}},
		{"Rubio met Russia's foreign minister, Sergei Lavrov, in Riyadh on Monday.", []string{"Marco Rubio", "Sergei Lavrov"}},
	} {
		ms := meetingsOf(t, tc.text)
		if len(ms) != 1 || !sameSet(ms[0].Participants, tc.want) {
			t.Errorf("%q: %+v, want %v", tc.text, ms, tc.want)
		}
	}
}
