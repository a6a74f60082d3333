package cluster

import (
	"math"
	"slices"
	"testing"
)

// TestPackTerms checks that the terms an article keeps for Refine read
// back exactly, in the order of their numbers: numbers far apart and
// close, weights of one-byte and longer codes.
func TestPackTerms(t *testing.T) {
	var r refineState
	// Many distinct weights first, so that later ones have codes of
	// several bytes.
	for i := range 300 {
		r.weights.appendTerms(nil, []termWeight{{int32(i), 1 + math.Log(float64(i+1))}})
	}
	in := []termWeight{{math.MaxInt32, 0.5}, {7, 1}, {0, 1 + math.Log(2)}, {128, 1e-7}, {129, 1}, {1 << 20, 300.25}, {5, float64(float32(1.1))}}
	p := &placed{terms: r.slab.Copy(r.weights.appendTerms(nil, slices.Clone(in))), n: int32(len(in))}
	if len(p.terms) > 8*len(in) {
		t.Errorf("packed: %d bytes for %d terms", len(p.terms), len(in))
	}
	want := slices.Clone(in)
	slices.SortFunc(want, func(a, b termWeight) int { return int(a.t) - int(b.t) })
	var got []termWeight
	r.eachTerm(p, func(t int32, w float64) { got = append(got, termWeight{t, w}) })
	if len(got) != len(want) {
		t.Fatalf("got %d terms, want %d", len(got), len(want))
	}
	for i := range want {
		if w := float64(float32(want[i].w)); got[i].t != want[i].t || got[i].w != w {
			t.Errorf("term %d: got %d %v, want %d %v", i, got[i].t, got[i].w, want[i].t, w)
		}
	}
	s := r.sorted(p)
	v := r.vector(p)
	for i := range got {
		if s.t[i] != got[i].t || s.w[i] != got[i].w || v[got[i].t] != got[i].w {
			t.Errorf("term %d: sorted %d %v, vector %v; want %d %v", i, s.t[i], s.w[i], v[got[i].t], got[i].t, got[i].w)
		}
	}
	if len(r.weights.ws) > 300+len(in) {
		t.Errorf("codes: %d, want one a distinct weight", len(r.weights.ws))
	}
}
