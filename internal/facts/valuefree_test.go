package facts

import (
	"reflect"
	"testing"
)

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
			x, y := &sentFacts{stems: a}, &sentFacts{stems: b}
			if got := valueFreeDice(x, y); got != want {
				t.Errorf("sets %d, %d: valueFreeDice %v, the sets' Dice %v", i, j, got, want)
			}
			// and with the counts made once per article (derive)
			x.free, y.free = valueFree(a), valueFree(b)
			if got := valueFreeDice(x, y); got != want {
				t.Errorf("sets %d, %d, counted: valueFreeDice %v, the sets' Dice %v", i, j, got, want)
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

// TestAlignPostedAsPairs checks alignPosted, which counts shared stems off
// the postings, against comparing every pair of sentences by overlap: the
// best sentence of sa for each of sb (the first of equals), above thr,
// also where more sentences share a stem than a posting holds.
func TestAlignPostedAsPairs(t *testing.T) {
	words := []string{"dam", "flood", "valley", "chief", "fire", "mayor", "bridge", "river", "storm", "council", "ferry", "harbour"}
	sentence := func(seed, n int) sentFacts {
		st := map[string]bool{"common": true} // in every sentence: a full posting
		r := uint32(seed)*2654435761 + 1
		for len(st) < n {
			r = r*1664525 + 1013904223
			st[words[r>>16%uint32(len(words))]] = true
		}
		return sentFacts{stems: st}
	}
	for _, size := range []int{5, 40, maxPostings + 30} {
		var sa, sb []sentFacts
		for i := range size {
			sa = append(sa, sentence(i, 4+i%6))
			sb = append(sb, sentence(i*5+1, 3+i%7))
		}
		want := func() [][2]int {
			var out [][2]int
			for j, y := range sb {
				if len(y.stems) < 4 {
					continue
				}
				best, bestD := -1, 0.0
				for k, x := range sa {
					if len(x.stems) < 4 {
						continue
					}
					if _, d := overlap(x.stems, y.stems); d > bestD {
						best, bestD = k, d
					}
				}
				if best >= 0 && bestD >= alignCopy {
					out = append(out, [2]int{best, j})
				}
			}
			return out
		}()
		if len(want) == 0 {
			t.Fatalf("%d sentences: no pair to find", size)
		}
		got := alignPosted(sa, stemPostings(sa), sb, alignCopy)
		if size <= maxPostings && !reflect.DeepEqual(got, want) {
			t.Errorf("%d sentences: alignPosted %v, every pair %v", size, got, want)
		}
		// Past a full posting, the pairs found are those the postings
		// hold; each is scored as overlap scores it.
		for _, p := range got {
			_, d := overlap(sa[p[0]].stems, sb[p[1]].stems)
			if d < alignCopy {
				t.Errorf("%d sentences: pair %v scored %v, under %v", size, p, d, alignCopy)
			}
		}
	}
}
