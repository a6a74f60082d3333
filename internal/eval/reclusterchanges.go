package eval

import (
	"cmp"
	"slices"
	"strings"
)

// ReclusterChange is a group of pairs of articles on which recluster and
// the online clustering disagree at one level ("event" or "story"), as
// the gold labels judge them. Kind "undone" counts the pairs the online
// clustering had right and recluster has wrong, "fixed" the reverse.
// Error says which kind of error the pairs are: "split" pairs share a
// gold label (Gold) and one clustering put them together (in Together:
// the online cluster for an undone split, the reclustered one for a
// fixed split); "merge" pairs hold two gold labels (Gold and Other)
// found together in Together (the reclustered cluster for an undone
// merge, the online one for a fixed merge). It answers what recluster's
// moves undo of the online clustering, on a tune half.
type ReclusterChange struct {
	Level    string `json:"level"`
	Kind     string `json:"kind"`
	Error    string `json:"error"`
	Gold     string `json:"gold"`
	Other    string `json:"other,omitempty"`
	Together string `json:"together"`
	Pairs    int    `json:"pairs"`
}

// ReclusterChanges compares the online clustering with recluster's (both
// article -> cluster) against gold at one level and returns the groups of
// pairs each got right and the other wrong (see ReclusterChange), the
// largest first (ties by kind, error, labels). It counts pairs from the
// sizes of the cells of the three labellings, without walking the pairs.
func ReclusterChanges(level string, online, reclustered, gold map[string]string) []ReclusterChange {
	type cell struct{ a, b, c string }
	n := map[cell]int{}
	pairs := func(k int) int { return k * (k - 1) / 2 }
	for ref, g := range gold {
		o, ok1 := online[ref]
		r, ok2 := reclustered[ref]
		if !ok1 || !ok2 {
			continue
		}
		n[cell{g, o, r}]++
	}
	// Sums over the cells by the labellings they share.
	go_, gr := map[cell]int{}, map[cell]int{}
	for k, v := range n {
		go_[cell{k.a, k.b, ""}] += v
		gr[cell{k.a, "", k.c}] += v
	}
	var out []ReclusterChange
	// Splits: pairs of one gold label together in one clustering, apart in
	// the other.
	undone, fixed := map[cell]int{}, map[cell]int{}
	for k, v := range go_ {
		undone[k] += pairs(v)
	}
	for k, v := range gr {
		fixed[k] += pairs(v)
	}
	for k, v := range n {
		undone[cell{k.a, k.b, ""}] -= pairs(v)
		fixed[cell{k.a, "", k.c}] -= pairs(v)
	}
	for k, v := range undone {
		if v > 0 {
			out = append(out, ReclusterChange{Level: level, Kind: "undone", Error: "split", Gold: k.a, Together: k.b, Pairs: v})
		}
	}
	for k, v := range fixed {
		if v > 0 {
			out = append(out, ReclusterChange{Level: level, Kind: "fixed", Error: "split", Gold: k.a, Together: k.c, Pairs: v})
		}
	}
	// Merges: pairs of two gold labels together in one clustering, apart
	// in the other: within each cluster of one, the pairs of its gold
	// labels less those the other clustering also keeps together.
	merges := func(kind string, by func(cell) (string, string)) {
		// cluster -> gold -> other clustering's cluster -> count
		m := map[string]map[string]map[string]int{}
		for k, v := range n {
			in, other := by(k)
			if m[in] == nil {
				m[in] = map[string]map[string]int{}
			}
			if m[in][k.a] == nil {
				m[in][k.a] = map[string]int{}
			}
			m[in][k.a][other] += v
		}
		for in, golds := range m {
			labels := make([]string, 0, len(golds))
			for g := range golds {
				labels = append(labels, g)
			}
			slices.Sort(labels)
			for i, g1 := range labels {
				for _, g2 := range labels[i+1:] {
					t1, t2 := 0, 0
					same := 0
					for o, x := range golds[g1] {
						t1 += x
						same += x * golds[g2][o]
					}
					for _, x := range golds[g2] {
						t2 += x
					}
					if v := t1*t2 - same; v > 0 {
						out = append(out, ReclusterChange{Level: level, Kind: kind, Error: "merge", Gold: g1, Other: g2, Together: in, Pairs: v})
					}
				}
			}
		}
	}
	merges("undone", func(k cell) (string, string) { return k.c, k.b })
	merges("fixed", func(k cell) (string, string) { return k.b, k.c })
	slices.SortFunc(out, func(x, y ReclusterChange) int {
		return cmp.Or(cmp.Compare(y.Pairs, x.Pairs), strings.Compare(x.Kind, y.Kind), strings.Compare(x.Error, y.Error),
			strings.Compare(x.Gold, y.Gold), strings.Compare(x.Other, y.Other), strings.Compare(x.Together, y.Together))
	})
	return out
}
