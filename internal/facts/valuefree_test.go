package facts

import "testing"

// TestValueFreeDiceAsSets checks valueFreeDice against the Dice of the two
// sets of stems made without their value words, and bareNumberChanges'
// shortcuts (the same text, a side without a digit) against the walk.
func TestValueFreeDiceAsSets(t *testing.T) {
	without := func(stems map[string]bool) map[string]bool {
		out := map[string]bool{}
		for w := range stems {
			if !valueWord(w) {
				out[w] = true
			}
		}
		return out
	}
	sets := []map[string]bool{
		{},
		{"12": true, "may": true, "monday": true},
		{"dam": true, "broke": true, "12": true, "may": true, "twelve": true, "3,000": true},
		{"dam": true, "broke": true, "14": true, "june": true, "fire": true, "chief": true},
		{"dam": true, "fire": true, "chief": true, "said": true, "1962": true, "3rd": true},
		{"flood": true, "valley": true},
	}
	for i, a := range sets {
		for j, b := range sets {
			_, want := overlap(without(a), without(b))
			if got := valueFreeDice(a, b); got != want {
				t.Errorf("sets %d, %d: valueFreeDice %v, the sets' Dice %v", i, j, got, want)
			}
		}
	}
	for _, s := range []string{"The dam broke at 10 a.m. on Monday.", "No figure here at all.", "Updated 13:42 GMT: 12 dead.", ""} {
		x, y := sentFacts{text: s}, sentFacts{text: s}
		if got := bareNumberChanges(x, y); len(got) != 0 {
			t.Errorf("%q against itself: %v", s, got)
		}
	}
	x, y := sentFacts{text: "A 56-year-old woman was hurt."}, sentFacts{text: "A 57-year-old woman was hurt."}
	if got := bareNumberChanges(x, y); len(got) != 1 {
		t.Errorf("an age changed: %v, want one change", got)
	}
}
