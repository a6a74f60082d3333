package cluster

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// A centroid's sorted arrays and fresh terms hold what a map of the same
// additions and subtractions holds, whatever the order of compactions,
// and its walk with a query finds each shared term once.
func TestSumsMatchMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var s sums
	want := map[int32]float64{}
	for step := range 20000 {
		term := int32(r.IntN(600))
		w := float64(1 + r.IntN(3))
		if r.IntN(3) == 0 {
			s.sub(term, w)
			if want[term] -= w; want[term] <= 1e-9 {
				delete(want, term)
			}
		} else {
			old, isNew := s.add(term, w)
			if _, had := want[term]; isNew == had || old != want[term] {
				t.Fatalf("step %d: add(%d) = %v, %v; the map held %v (%v)", step, term, old, isNew, want[term], had)
			}
			want[term] += w
		}
		if step%997 == 0 {
			q := sparse{}
			for x := int32(0); x < 600; x += int32(1 + r.IntN(40)) {
				q.t, q.w = append(q.t, x), append(q.w, 1)
			}
			got := map[int32]float64{}
			s.each(q, func(k int, w float64) {
				if _, dup := got[q.t[k]]; dup {
					t.Fatalf("step %d: term %d met twice", step, q.t[k])
				}
				got[q.t[k]] = w
			})
			for _, x := range q.t {
				if w, ok := want[x]; ok && got[x] != w || !ok && got[x] != 0 {
					t.Fatalf("step %d: each gave %v for term %d, want %v", step, got[x], x, w)
				}
			}
		}
	}
	if got := maps.Collect(s.all()); !maps.Equal(got, want) {
		t.Errorf("the centroid holds %d terms, want %d", len(got), len(want))
	}
	if s.len() != len(want) {
		t.Errorf("len() = %d, want %d", s.len(), len(want))
	}
	for x := range int32(600) {
		if got, ok := s.lookup(x); got != want[x] || ok != (want[x] > 0) {
			t.Errorf("lookup(%d) = %v, %v; want %v", x, got, ok, want[x])
		}
	}
	s.compact()
	if !slices.IsSorted(s.ids) || len(s.fresh) != 0 || s.len() != len(want) {
		t.Errorf("after compact: sorted %v, %d fresh, %d terms; want %d", slices.IsSorted(s.ids), len(s.fresh), s.len(), len(want))
	}
}

// A large centroid (a story's) is walked by binary search: the walk finds
// the same terms as term by term.
func TestSumsEachLarge(t *testing.T) {
	v := vector{}
	for x := int32(0); x < 5000; x += 3 {
		v[x] = float64(x%7 + 1)
	}
	s := sumsOf(v)
	q := sparse{t: []int32{0, 2, 3, 999, 1500, 4998, 4999, 7000}, w: []float64{1, 1, 1, 1, 1, 1, 1, 1}}
	var got []int32
	s.each(q, func(k int, w float64) {
		if w != v[q.t[k]] {
			t.Errorf("term %d: weight %v, want %v", q.t[k], w, v[q.t[k]])
		}
		got = append(got, q.t[k])
	})
	if want := []int32{0, 3, 999, 1500, 4998}; !slices.Equal(got, want) {
		t.Errorf("each met %v, want %v", got, want)
	}
}

// top keeps the n least by its order, in order, as a full sort would.
func TestTopAsSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	less := func(a, b int) bool { return a%97 < b%97 || a%97 == b%97 && a < b }
	for _, tc := range []struct{ len, n int }{{0, 5}, {3, 5}, {5, 5}, {6, 5}, {100, 1}, {1000, 32}, {1000, 96}, {50, 0}} {
		s := make([]int, tc.len)
		for i := range s {
			s[i] = r.IntN(10000)
		}
		want := slices.Clone(s)
		slices.SortFunc(want, func(a, b int) int { return order(less, a, b) })
		want = want[:min(tc.n, len(want))]
		if got := top(s, tc.n, func(a, b int) int { return order(less, a, b) }); !slices.Equal(got, want) {
			t.Errorf("top(%d of %d) = %v, want %v", tc.n, tc.len, got, want)
		}
	}
}

// The n-th heaviest of many weights, with ties and repeats, is that of a
// sort, and heaviest keeps what a full sort of the terms keeps.
func TestNthHeaviestAsSort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 300 {
		ws := make([]float64, 1+r.IntN(400))
		for i := range ws {
			ws[i] = float64(r.IntN(1 + round%40))
		}
		sorted := slices.Clone(ws)
		slices.Sort(sorted)
		slices.Reverse(sorted)
		n := 1 + r.IntN(len(ws))
		if got := nthHeaviest(slices.Clone(ws), n); got != sorted[n-1] {
			t.Fatalf("round %d: the %d-th heaviest of %v is %v, want %v", round, n, ws, got, sorted[n-1])
		}
	}
	x := newTermIndex()
	var ts []termWeight
	for i := range 2000 {
		id := x.intern(fmt.Sprintf("t%04d", (i*7919)%2000))
		ts = append(ts, termWeight{id, float64(r.IntN(30))})
	}
	want := slices.Clone(ts)
	slices.SortFunc(want, func(a, b termWeight) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return strings.Compare(x.strs[a.t], x.strs[b.t])
	})
	for _, n := range []int{1, 8, 96, 500} {
		if got := x.heaviest(slices.Clone(ts), n); !slices.Equal(got, want[:n]) {
			t.Errorf("heaviest %d: %v, want %v", n, got[:min(5, n)], want[:min(5, n)])
		}
	}
}

// A cursor meets the terms two sorted lists share, in order, whichever of
// them it steps through and however their lengths compare: as a map of
// one looked up with every term of the other would.
func TestCursorAsLookup(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	list := func(n, span int) []int32 {
		set := map[int32]bool{}
		for range n {
			set[int32(r.IntN(span))] = true
		}
		out := make([]int32, 0, len(set))
		for x := range set {
			out = append(out, x)
		}
		slices.Sort(out)
		return out
	}
	modes := map[int8]int{}
	for _, n := range [][2]int{{0, 5}, {5, 0}, {3, 3}, {40, 50}, {10, 900}, {900, 10}, {1, 2000}, {2000, 1}, {300, 5000}, {5000, 300}} {
		for range 20 {
			ids, qt := list(n[0], 4*max(n[0], n[1])+1), list(n[1], 4*max(n[0], n[1])+1)
			in := map[int32]int{}
			for j, x := range ids {
				in[x] = j
			}
			var want, got [][2]int
			for k, x := range qt {
				if j, ok := in[x]; ok {
					want = append(want, [2]int{k, j})
				}
			}
			for _, q := range []sparse{{t: qt}, sparse{t: qt}.indexed()} {
				got = got[:0]
				w := newCursor(ids, q)
				modes[w.mode]++
				for w.next() {
					got = append(got, [2]int{w.k, w.j})
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%d ids, %d query terms (mode %d): met %v, want %v", len(ids), len(qt), w.mode, got, want)
				}
			}
		}
	}
	if len(modes) != 4 {
		t.Fatalf("modes tried: %v, want all four", modes)
	}
}

// gallop finds the first position from i on that holds t or more.
func TestGallop(t *testing.T) {
	a := []int32{1, 3, 3, 5, 8, 13, 21, 34, 55, 89}
	for i := range len(a) + 1 {
		for x := int32(0); x <= 90; x++ {
			want := i
			for want < len(a) && a[want] < x {
				want++
			}
			if got := gallop(a, i, x); got != want {
				t.Fatalf("gallop(a, %d, %d) = %d, want %d", i, x, got, want)
			}
		}
	}
}

// order turns less into a comparison.
func order[E any](less func(a, b E) bool, a, b E) int {
	switch {
	case less(a, b):
		return -1
	case less(b, a):
		return 1
	}
	return 0
}

// addFrom, given an article's terms in order, leaves a centroid as add
// does and returns what add returns, through the compactions that sorting
// fresh terms in makes midway.
func TestAddFromAsAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var a, b sums
	for art := range 400 {
		var terms []int32
		for x := int32(r.IntN(5)); x < 3000; x += int32(1 + r.IntN(60)) {
			terms = append(terms, x)
		}
		from := 0
		for _, x := range terms {
			w := float64(1+r.IntN(4)) / 3
			oa, na := a.add(x, w)
			var ob float64
			var nb bool
			ob, nb, from = b.addFrom(x, w, from)
			if oa != ob || na != nb {
				t.Fatalf("article %d, term %d: addFrom = %v, %v; add = %v, %v", art, x, ob, nb, oa, na)
			}
		}
		if art%7 == 0 { // take an article's terms out now and then, as Refine does
			for _, x := range terms[:len(terms)/2] {
				a.sub(x, 1)
				b.sub(x, 1)
			}
		}
	}
	got, want := map[int32]float64{}, map[int32]float64{}
	for x, w := range a.all() {
		want[x] = w
	}
	for x, w := range b.all() {
		got[x] = w
	}
	if !maps.Equal(got, want) {
		t.Fatalf("addFrom left %d terms, add %d", len(got), len(want))
	}
}

// BenchmarkCursor walks an article's query (200 terms) with centroids of a
// few sizes, and a grown centroid's query with a small event: the walks of
// every placement's dot products (dots, sums.dot). Each op walks one of 64
// pairs of lists in turn, so that the branch predictor cannot learn one.
//
//	go test -run XXX -bench Cursor ./internal/cluster
func BenchmarkCursor(b *testing.B) {
	r := rand.New(rand.NewPCG(9, 10))
	list := func(n, span int) []int32 {
		set := map[int32]bool{}
		for len(set) < n {
			set[int32(r.IntN(span))] = true
		}
		out := slices.Collect(maps.Keys(set))
		slices.Sort(out)
		return out
	}
	for _, n := range [][2]int{{300, 200}, {1500, 200}, {6000, 200}, {20000, 200}, {300, 3000}} {
		var ids [][]int32
		var qs [2][]sparse
		for range 64 {
			ids = append(ids, list(n[0], 40000))
			qt := list(n[1], 40000)
			qs[0], qs[1] = append(qs[0], sparse{t: qt}), append(qs[1], sparse{t: qt}.indexed())
		}
		for x, q := range qs {
			b.Run(fmt.Sprintf("ids%d-q%d-indexed=%t", n[0], n[1], x == 1), func(b *testing.B) {
				hits, i := 0, 0
				for b.Loop() {
					for w := newCursor(ids[i%64], q[i%64]); w.next(); {
						hits++
					}
					i++
				}
			})
		}
	}
}

// idf is the same expression whether cached by frequency (rare terms) or
// by term (common ones), bit for bit, as the corpus and the frequencies
// change between calls.
func TestIDFCachedAsComputed(t *testing.T) {
	x := newTermIndex()
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 50 {
		x.intern(fmt.Sprintf("t%d", i))
	}
	for range 2000 {
		x.docs += r.IntN(3)
		for range 20 {
			n := int32(r.IntN(len(x.df)))
			if r.IntN(4) == 0 {
				x.df[n] = int32(r.IntN(3000))
				if r.IntN(10) == 0 {
					x.df[n] = idfByDF + int32(r.IntN(3)) - 1 // at the cache's end and beyond
				}
				x.docs = max(x.docs, int(x.df[n]))
				x.docs++ // a frequency changes only as an article is counted
			}
			want := math.Log(float64(x.docs+1)/float64(x.df[n]+1)) + 1
			if got := x.idf(n); got != want {
				t.Fatalf("idf of df %d at %d articles: %v, want %v", x.df[n], x.docs, got, want)
			}
		}
	}
}

// rest leaves what sumsOf of the difference leaves, term for term and bit
// for bit, whatever fresh terms and terms taken out the centroid holds.
func TestRestAsSumsOf(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 200 {
		var s sums
		for range r.IntN(400) {
			tm := int32(r.IntN(300))
			if r.IntN(5) == 0 {
				s.sub(tm, r.Float64())
			} else {
				s.add(tm, r.Float64())
			}
		}
		v := vector{}
		for tm, w := range s.all() {
			switch r.IntN(3) {
			case 0:
				v[tm] = w // all of it
			case 1:
				v[tm] = w * r.Float64()
			}
		}
		v[int32(1000)] = 1 // a term s does not hold
		diff := vector{}
		for tm, w := range s.all() {
			if x := w - v[tm]; x > 1e-9 {
				diff[tm] = x
			}
		}
		want, got := sumsOf(diff), rest(&s, v)
		if !slices.Equal(got.ids, want.ids) || !slices.Equal(got.ws, want.ws) || len(got.fresh) != 0 || got.gone != 0 {
			t.Fatalf("rest: %v %v, want %v %v", got.ids, got.ws, want.ids, want.ws)
		}
	}
}

// Terms compare by their keys as by their strings, bytes beyond the
// eighth, empty strings, zero bytes and bytes above 0x7f included.
func TestCompareAsStrings(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	x := newTermIndex()
	alphabet := []byte{0, 'a', 'b', 0x7f, 0x80, 0xff}
	var ts []int32
	for range 400 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		ts = append(ts, x.intern(string(b)))
	}
	for _, a := range ts {
		for _, b := range ts {
			if got, want := x.compare(a, b), strings.Compare(x.strs[a], x.strs[b]); got != want {
				t.Fatalf("compare(%q, %q) = %d, want %d", x.strs[a], x.strs[b], got, want)
			}
		}
	}
}
