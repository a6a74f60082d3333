// Package eval measures what copydesk decides against labelled corpora:
// BCubed precision and recall for clusterings (events, stories), and pair
// precision, recall, kind confusion and direction accuracy for copies.
package eval

import (
	"math"
	"slices"
	"sort"

	"github.com/copydesk/copydesk"
)

// PRF is precision, recall and their harmonic mean.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func prf(p, r float64) PRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// BCubed scores a clustering against gold labels. Both map an item to its
// cluster; only items present in both count.
func BCubed(got, gold map[string]string) PRF {
	gotMembers := map[string][]string{}
	goldMembers := map[string][]string{}
	var items []string
	for id, g := range gold {
		c, ok := got[id]
		if !ok {
			continue
		}
		items = append(items, id)
		gotMembers[c] = append(gotMembers[c], id)
		goldMembers[g] = append(goldMembers[g], id)
	}
	if len(items) == 0 {
		return PRF{}
	}
	var p, r float64
	for _, id := range items {
		c, g := got[id], gold[id]
		both := 0
		for _, other := range gotMembers[c] {
			if gold[other] == g {
				both++
			}
		}
		p += float64(both) / float64(len(gotMembers[c]))
		r += float64(both) / float64(len(goldMembers[g]))
	}
	n := float64(len(items))
	return prf(p/n, r/n)
}

// Pair is one labelled or found copy: Copy copies Original, of some Kind.
type Pair struct {
	Original string        `json:"original"`
	Copy     string        `json:"copy"`
	Kind     copydesk.Kind `json:"kind"`
	// Confidence is the confidence of a found pair's direction; gold
	// pairs leave it 0.
	Confidence float64 `json:"confidence,omitempty"`
}

// None is the kind of a pair that is not a copy, in the confusion matrix.
const None copydesk.Kind = "none"

// CopyScore is how well found copies match the labelled ones.
type CopyScore struct {
	Overall PRF                   `json:"overall"`
	PerKind map[copydesk.Kind]PRF `json:"per_kind"`
	// Direction is the share of found gold pairs whose original was right.
	Direction float64 `json:"direction_accuracy"`
	// Calibration counts the found gold pairs, and those whose original
	// was right, by the confidence given to their direction (rounded to
	// two decimals), lowest first.
	Calibration []Bin `json:"direction_calibration,omitempty"`
	// Confusion counts gold kind (rows) against found kind (columns), with
	// None for pairs missed or found wrongly.
	Confusion map[copydesk.Kind]map[copydesk.Kind]int `json:"confusion"`
	Gold      int                                     `json:"gold_pairs"`
	Found     int                                     `json:"found_pairs"`
}

// Bin is one confidence level of a calibration table.
type Bin struct {
	Confidence float64 `json:"confidence"`
	Pairs      int     `json:"pairs"`
	Right      int     `json:"right"`
}

// Copies scores found pairs against gold pairs. A pair counts as found when
// the two articles are related at all, whatever the direction; per kind, it
// counts when the kinds agree too.
func Copies(found, gold []Pair) CopyScore {
	key := func(p Pair) [2]string {
		if p.Original < p.Copy {
			return [2]string{p.Original, p.Copy}
		}
		return [2]string{p.Copy, p.Original}
	}
	f := map[[2]string]Pair{}
	for _, p := range found {
		f[key(p)] = p
	}
	g := map[[2]string]Pair{}
	for _, p := range gold {
		g[key(p)] = p
	}
	s := CopyScore{PerKind: map[copydesk.Kind]PRF{}, Confusion: map[copydesk.Kind]map[copydesk.Kind]int{}, Gold: len(g), Found: len(f)}
	conf := func(a, b copydesk.Kind) {
		if s.Confusion[a] == nil {
			s.Confusion[a] = map[copydesk.Kind]int{}
		}
		s.Confusion[a][b]++
	}
	hit, dirOK := 0, 0
	for k, gp := range g {
		fp, ok := f[k]
		if !ok {
			conf(gp.Kind, None)
			continue
		}
		hit++
		conf(gp.Kind, fp.Kind)
		right := fp.Original == gp.Original
		if right {
			dirOK++
		}
		c := math.Round(fp.Confidence*100) / 100
		i := sort.Search(len(s.Calibration), func(i int) bool { return s.Calibration[i].Confidence >= c })
		if i == len(s.Calibration) || s.Calibration[i].Confidence != c {
			s.Calibration = slices.Insert(s.Calibration, i, Bin{Confidence: c})
		}
		s.Calibration[i].Pairs++
		if right {
			s.Calibration[i].Right++
		}
	}
	for k, fp := range f {
		if _, ok := g[k]; !ok {
			conf(None, fp.Kind)
		}
	}
	s.Overall = prf(ratio(hit, len(f)), ratio(hit, len(g)))
	s.Direction = ratio(dirOK, hit)
	for _, kind := range copydesk.Kinds {
		var tp, nf, ng int
		for k, fp := range f {
			if fp.Kind == kind {
				nf++
				if gp, ok := g[k]; ok && gp.Kind == kind {
					tp++
				}
			}
		}
		for _, gp := range g {
			if gp.Kind == kind {
				ng++
			}
		}
		if nf+ng > 0 {
			s.PerKind[kind] = prf(ratio(tp, nf), ratio(tp, ng))
		}
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Kinds lists the row and column labels of a confusion matrix in order.
func Kinds(m map[copydesk.Kind]map[copydesk.Kind]int) []copydesk.Kind {
	seen := map[copydesk.Kind]bool{}
	for a, row := range m {
		seen[a] = true
		for b := range row {
			seen[b] = true
		}
	}
	var out []copydesk.Kind
	for _, k := range append(append([]copydesk.Kind{}, copydesk.Kinds...), None) {
		if seen[k] {
			out = append(out, k)
			delete(seen, k)
		}
	}
	var rest []string
	for k := range seen {
		rest = append(rest, string(k))
	}
	sort.Strings(rest)
	for _, k := range rest {
		out = append(out, copydesk.Kind(k))
	}
	return out
}
