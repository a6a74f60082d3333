package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// Recluster keeps the ferry strike whole but cuts the dam breach the
// online clustering had whole, and puts a fair report with the breach that
// online kept apart: the breach's split and the fair's merge are undone,
// the ferry's split fixed.
func TestReclusterChanges(t *testing.T) {
	gold := map[string]string{"f1": "ferry", "f2": "ferry", "f3": "ferry", "d1": "dam", "d2": "dam", "d3": "dam", "x1": "fair"}
	online := map[string]string{"f1": "e1", "f2": "e1", "f3": "e2", "d1": "e3", "d2": "e3", "d3": "e3", "x1": "e4"}
	re := map[string]string{"f1": "r1", "f2": "r1", "f3": "r1", "d1": "r2", "d2": "r2", "d3": "r3", "x1": "r3"}
	got := ReclusterChanges("event", online, re, gold)
	want := []ReclusterChange{
		{Level: "event", Kind: "fixed", Error: "split", Gold: "ferry", Together: "r1", Pairs: 2},
		{Level: "event", Kind: "undone", Error: "split", Gold: "dam", Together: "e3", Pairs: 2},
		{Level: "event", Kind: "undone", Error: "merge", Gold: "dam", Other: "fair", Together: "r3", Pairs: 1},
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %+v\nwant %+v", got, want)
	}
	if c := ReclusterChanges("event", online, online, gold); len(c) != 0 {
		t.Errorf("the same clustering twice changes %+v", c)
	}
}

// The counts, taken from the sizes of cells, are those of a walk over
// every pair, on random labellings.
func TestReclusterChangesCountsEveryPair(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for round := range 20 {
		gold, on, re := map[string]string{}, map[string]string{}, map[string]string{}
		var ids []string
		for i := range 40 {
			id := fmt.Sprint("a", i)
			ids = append(ids, id)
			gold[id] = fmt.Sprint("g", r.IntN(5))
			on[id] = fmt.Sprint("o", r.IntN(6))
			re[id] = fmt.Sprint("r", r.IntN(6))
		}
		want := map[[2]string]int{} // kind+error -> pairs
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				sameGold, sameOn, sameRe := gold[a] == gold[b], on[a] == on[b], re[a] == re[b]
				switch {
				case sameGold && sameOn && !sameRe:
					want[[2]string{"undone", "split"}]++
				case sameGold && !sameOn && sameRe:
					want[[2]string{"fixed", "split"}]++
				case !sameGold && !sameOn && sameRe:
					want[[2]string{"undone", "merge"}]++
				case !sameGold && sameOn && !sameRe:
					want[[2]string{"fixed", "merge"}]++
				}
			}
		}
		got := map[[2]string]int{}
		for _, c := range ReclusterChanges("story", on, re, gold) {
			got[[2]string{c.Kind, c.Error}] += c.Pairs
		}
		for k, n := range want {
			if got[k] != n {
				t.Errorf("round %d, %s %s: %d pairs, want %d", round, k[0], k[1], got[k], n)
			}
		}
	}
}
