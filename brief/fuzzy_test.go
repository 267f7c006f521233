package brief

import "testing"

func TestEditDistanceStopsPastItsLimitButNeverBelowIt(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"rustemumerov", "ustemrumerov", 2},
		{"zelenskyy", "zelensky", 1},
		{"witkoff", "wtikoff", 1}, // a transposition
		{"putin", "putin", 0},
		{"kushner", "rubio", 6},
	} {
		a, b := []rune(tc.a), []rune(tc.b)
		if got := editDistance(a, b, 100); got != tc.want {
			t.Errorf("%s/%s: %d, want %d", tc.a, tc.b, got, tc.want)
		}
		for limit := 0; limit < 4; limit++ {
			got := editDistance(a, b, limit)
			if tc.want <= limit && got != tc.want || tc.want > limit && got <= limit {
				t.Errorf("%s/%s within %d: %d, want %d or anything above the limit", tc.a, tc.b, limit, got, tc.want)
			}
		}
	}
}
