package cluster

import (
	"iter"
	"math/bits"
	"slices"
)

// sums is a cluster's centroid (the sum of its articles' vectors): term
// numbers in increasing order with their weights, in two arrays, and the
// terms added since they were last sorted in a small map (fresh). Sorted
// arrays take 12 bytes a term where a map takes about twice that, and a
// comparison with an article walks both in order instead of looking each
// term up at random in a large map. A term taken out is left in place at
// weight 0 (gone counts them) until the next sort. Weights are positive:
// a term whose weight falls to 1e-9 or less is taken out.
//
// The fresh terms are sorted in once they number more than an eighth of
// the sorted ones (and a few): joining a cluster costs the article's terms
// plus, now and then, the cluster's, which sums over the joins to a few
// times the cluster's terms, not the product of its terms and its joins.
type sums struct {
	ids   []int32
	ws    []float64
	fresh map[int32]float64
	gone  int
	// order is the fresh terms sorted, kept between changes to which
	// terms are fresh (nil when due again): a centroid is compared with
	// many articles between two joins, and each comparison walks the
	// fresh terms in order with the query's.
	order []int32
}

// freshMin is how many fresh terms a centroid holds before it sorts them
// in whatever its size.
const freshMin = 32

// len is the number of terms of s.
func (s *sums) len() int { return len(s.ids) - s.gone + len(s.fresh) }

// index is the position of term t among the sorted terms, or -1.
func (s *sums) index(t int32) int {
	if i, ok := slices.BinarySearch(s.ids, t); ok {
		return i
	}
	return -1
}

// get is the weight of term t, 0 when s does not hold it.
func (s *sums) get(t int32) float64 {
	w, _ := s.lookup(t)
	return w
}

// lookup is the weight of term t, and whether s holds it.
func (s *sums) lookup(t int32) (float64, bool) {
	if i := s.index(t); i >= 0 {
		return s.ws[i], s.ws[i] > 0
	}
	w, ok := s.fresh[t]
	return w, ok
}

// add adds w to the weight of term t, and returns its weight before and
// whether s did not hold t.
func (s *sums) add(t int32, w float64) (float64, bool) {
	if i := s.index(t); i >= 0 {
		return s.addAt(i, w)
	}
	old, isNew, _ := s.addFresh(t, w)
	return old, isNew
}

// addFrom is add for terms met in increasing order: the search for t
// among the sorted terms starts at from, where the search for the term
// before it ended (see gallop), and it returns where the next may start.
func (s *sums) addFrom(t int32, w float64, from int) (float64, bool, int) {
	i := gallop(s.ids, from, t)
	if i < len(s.ids) && s.ids[i] == t {
		old, isNew := s.addAt(i, w)
		return old, isNew, i
	}
	old, isNew, compacted := s.addFresh(t, w)
	if compacted {
		i = 0 // the sorted terms changed: search them afresh
	}
	return old, isNew, i
}

// addAt adds w to the weight of the sorted term at i.
func (s *sums) addAt(i int, w float64) (float64, bool) {
	old := s.ws[i]
	s.ws[i] = old + w
	if old == 0 {
		s.gone--
		return 0, true
	}
	return old, false
}

// addFresh adds w to the weight of term t, which is not among the sorted
// terms, and reports whether that sorted the fresh terms in (compact).
func (s *sums) addFresh(t int32, w float64) (float64, bool, bool) {
	old, ok := s.fresh[t]
	if s.fresh == nil {
		s.fresh = map[int32]float64{}
	}
	s.fresh[t] = old + w
	if !ok {
		s.order = nil
		if len(s.fresh) > freshMin+(len(s.ids)-s.gone)/8 {
			s.compact()
			return old, true, true
		}
	}
	return old, !ok, false
}

// sub takes w from the weight of term t, and t out of s when that leaves
// 1e-9 or less.
func (s *sums) sub(t int32, w float64) {
	if i := s.index(t); i >= 0 {
		if s.ws[i] == 0 {
			return
		}
		if s.ws[i] -= w; s.ws[i] <= 1e-9 {
			s.ws[i] = 0
			s.gone++
			if s.gone > freshMin+len(s.ids)/4 {
				s.compact()
			}
		}
		return
	}
	if x := s.fresh[t] - w; x > 1e-9 {
		s.fresh[t] = x
	} else if _, ok := s.fresh[t]; ok {
		delete(s.fresh, t)
		s.order = nil
	}
}

// compact sorts the fresh terms in and drops the terms taken out.
func (s *sums) compact() {
	n := s.len()
	ids, ws := make([]int32, 0, n), make([]float64, 0, n)
	fresh := make([]int32, 0, len(s.fresh))
	for t := range s.fresh {
		fresh = append(fresh, t)
	}
	slices.Sort(fresh)
	i, j := 0, 0
	for i < len(s.ids) || j < len(fresh) {
		if j == len(fresh) || i < len(s.ids) && s.ids[i] < fresh[j] {
			if s.ws[i] > 0 {
				ids, ws = append(ids, s.ids[i]), append(ws, s.ws[i])
			}
			i++
			continue
		}
		ids, ws = append(ids, fresh[j]), append(ws, s.fresh[fresh[j]])
		j++
	}
	s.ids, s.ws, s.fresh, s.gone, s.order = ids, ws, nil, 0, nil
}

// all yields the terms of s with their weights: the sorted ones in order,
// then the fresh ones in order (sortFresh), so that a sum over them runs
// in one order whatever the map's.
func (s *sums) all() iter.Seq2[int32, float64] {
	return func(yield func(int32, float64) bool) {
		for i, t := range s.ids {
			if s.ws[i] > 0 && !yield(t, s.ws[i]) {
				return
			}
		}
		s.sortFresh()
		for _, t := range s.order {
			if !yield(t, s.fresh[t]) {
				return
			}
		}
	}
}

// inOrder calls f with the terms of s and their weights in term order:
// its sorted run merged with its fresh one, in one walk.
func (s *sums) inOrder(f func(t int32, w float64)) {
	s.sortFresh()
	i, j := 0, 0
	for i < len(s.ids) || j < len(s.order) {
		if j == len(s.order) || i < len(s.ids) && s.ids[i] < s.order[j] {
			if w := s.ws[i]; w > 0 {
				f(s.ids[i], w)
			}
			i++
			continue
		}
		f(s.order[j], s.fresh[s.order[j]])
		j++
	}
}

// sumsOf is the centroid of vector v.
func sumsOf(v vector) *sums {
	s := &sums{}
	for t, w := range v {
		s.add(t, w)
	}
	s.compact()
	return s
}

// each calls f with the position in q of every term of q that s holds,
// and its weight in s, walking both in order: term by term while s holds
// not many more terms than q, else by binary search over what is left of
// s (a story's centroid can hold a hundred times an article's terms).
func (s *sums) each(q sparse, f func(k int, w float64)) {
	if len(s.ids) > 0 {
		walk(s.ids, q, func(k, j int) {
			if s.ws[j] > 0 {
				f(k, s.ws[j])
			}
		})
	}
	if len(s.fresh) == 0 {
		return
	}
	// The fresh terms in order too (sorted once between changes), so
	// that only those the query holds are looked up in the map.
	s.sortFresh()
	walk(s.order, q, func(k, j int) { f(k, s.fresh[s.order[j]]) })
}

// sortFresh sorts the fresh terms into s.order when they changed since.
func (s *sums) sortFresh() {
	if s.order != nil || len(s.fresh) == 0 {
		return
	}
	s.order = make([]int32, 0, len(s.fresh))
	for t := range s.fresh {
		s.order = append(s.order, t)
	}
	slices.Sort(s.order)
}

// walk calls f(k, j) for every term q.t[k] that ids[j] holds, in the
// order of q.t (both sorted): see cursor.
func walk(ids []int32, q sparse, f func(k, j int)) {
	for w := newCursor(ids, q); w.next(); {
		f(w.k, w.j)
	}
}

// indexed returns s with a hash table of its terms (at), of at least
// four slots a term, so that a term it does not hold is told in about one
// probe.
func (s sparse) indexed() sparse { return s.indexedIn(nil) }

// indexedIn is indexed with the table in at's array when it is large
// enough.
func (s sparse) indexedIn(at []int32) sparse {
	n := 16
	for n < 4*len(s.t) {
		n *= 2
	}
	if cap(at) >= n {
		at = at[:n]
		clear(at)
	} else {
		at = make([]int32, n)
	}
	s.at, s.shift = at, uint8(32-bits.TrailingZeros(uint(n)))
	for k, t := range s.t {
		h := slotOf(t, s.shift)
		for s.at[h] != 0 {
			h = (h + 1) & uint32(n-1)
		}
		s.at[h] = int32(k + 1)
	}
	return s
}

// slotOf is the first slot of term t in a table of 1<<(32-shift) slots
// (Fibonacci hashing: term numbers come in runs, which the multiplication
// spreads).
func slotOf(t int32, shift uint8) uint32 { return uint32(t) * 0x9E3779B1 >> shift }

// cursor walks two sorted lists of terms, ids and qt, to the terms they
// share, in increasing order. While the two are of like lengths it steps
// through both term by term; when one holds many times the other's terms
// (a story's centroid against an article, or a grown centroid's query at
// a merge check against a small event), it steps through the shorter and
// gallops through the longer (doubling steps from where it stands, then a
// binary search), so a walk costs the shorter list's terms times the log
// of the gaps, not the longer list. Whichever it steps through, it meets
// the same shared terms in the same order, so sums over them are the same
// bit for bit. The hottest loops (the dot products of a placement) use it
// directly rather than through walk's function value, called at every term
// shared.
type cursor struct {
	ids, qt []int32
	k, j    int // qt[k] == ids[j] after next returned true
	mode    int8
	at      []int32 // the query's hash table (see sparse.indexed)
	shift   uint8
}

// A cursor's modes: both lists step by step, or the shorter one (qt, or
// ids) step by step and the other by galloping, or ids step by step and
// each of its terms looked up in the query's hash table.
const (
	stepBoth int8 = iota
	gallopIDs
	gallopQT
	probeQT
)

// gallopRatio is how many times longer than the other a list must be for
// a cursor to gallop through it.
const gallopRatio = 8

// newCursor returns a cursor over the terms ids and q.t share. When q is
// indexed (a grown centroid's query, see groupQuery) and ids is the
// shorter list, it walks ids alone and looks each term up in q's table:
// a probe costs about a step of a walk, and a walk by steps or gallops
// would also cross the longer list's terms between two shared ones.
func newCursor(ids []int32, q sparse) cursor {
	qt := q.t
	w := cursor{ids: ids, qt: qt, k: -1}
	switch {
	case q.at != nil && len(ids) <= len(qt):
		w.mode, w.k, w.j, w.at, w.shift = probeQT, 0, -1, q.at, q.shift
	case len(ids) > gallopRatio*len(qt):
		w.mode = gallopIDs
	case len(qt) > gallopRatio*len(ids):
		w.mode, w.k, w.j = gallopQT, 0, -1
	}
	return w
}

// next moves w to the next term qt and ids share, and reports whether
// there was one.
func (w *cursor) next() bool {
	if w.mode == probeQT {
		mask := uint32(len(w.at) - 1)
		for w.j++; w.j < len(w.ids); w.j++ {
			t := w.ids[w.j]
			for h := slotOf(t, w.shift); ; h = (h + 1) & mask {
				k := w.at[h]
				if k == 0 {
					break
				}
				if w.qt[k-1] == t {
					w.k = int(k - 1)
					return true
				}
			}
		}
		w.k = len(w.qt)
		return false
	}
	if w.mode == gallopQT {
		for w.j++; w.j < len(w.ids); w.j++ {
			t := w.ids[w.j]
			if w.k = gallop(w.qt, w.k, t); w.k == len(w.qt) {
				break
			}
			if w.qt[w.k] == t {
				return true
			}
		}
		w.j, w.k = len(w.ids), len(w.qt)
		return false
	}
	for w.k++; w.k < len(w.qt); w.k++ {
		t := w.qt[w.k]
		if w.mode == gallopIDs {
			w.j = gallop(w.ids, w.j, t)
		} else {
			for w.j < len(w.ids) && w.ids[w.j] < t {
				w.j++
			}
		}
		if w.j == len(w.ids) {
			break
		}
		if w.ids[w.j] == t {
			return true
		}
	}
	w.k = len(w.qt)
	return false
}

// gallop returns the first position from i on at which a (sorted) holds t
// or more, len(a) when none: steps doubling from i until one passes t,
// then a binary search within the last step.
func gallop(a []int32, i int, t int32) int {
	if i >= len(a) || a[i] >= t {
		return i
	}
	// a[lo] < t; hi is past the range or a[hi] >= t.
	lo, step := i, 1
	hi := lo + step
	for hi < len(a) && a[hi] < t {
		lo, step = hi, step*2
		hi = lo + step
	}
	hi = min(hi, len(a))
	n, _ := slices.BinarySearch(a[lo+1:hi], t)
	return lo + 1 + n
}

// dot is the dot product of q with s: sums.each written out, the same
// terms in the same order, without a function call at each term (it runs
// for every candidate story of a new event and of a story's merge check).
func (s *sums) dot(q sparse) float64 {
	var d float64
	for w := newCursor(s.ids, q); w.next(); {
		if v := s.ws[w.j]; v > 0 {
			d += q.w[w.k] * v
		}
	}
	if len(s.fresh) > 0 {
		s.sortFresh()
		for w := newCursor(s.order, q); w.next(); {
			d += q.w[w.k] * s.fresh[s.order[w.j]]
		}
	}
	return d
}

// top reorders s so that its first n elements are its n least by compare
// (a total order: 0 only for equal elements), in order, and returns them:
// a bounded heap of the best n so far, so that picking the few best of
// many terms or clusters costs their number times log n, not a sort of
// all of them.
func top[E any](s []E, n int, compare func(a, b E) int) []E {
	less := func(a, b E) bool { return compare(a, b) < 0 }
	if len(s) <= n || n <= 0 {
		slices.SortFunc(s, compare)
		return s[:min(n, len(s))]
	}
	// s[:n] is a heap with the worst of the best n at its root.
	h := s[:n]
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, less)
	}
	for i := n; i < len(s); i++ {
		if less(s[i], h[0]) {
			h[0], s[i] = s[i], h[0]
			down(h, 0, less)
		}
	}
	slices.SortFunc(h, compare)
	return h
}

// down restores the heap h (the worst by less at the root) below i.
func down[E any](h []E, i int, less func(a, b E) bool) {
	for {
		w := i
		for _, k := range [2]int{2*i + 1, 2*i + 2} {
			if k < len(h) && less(h[w], h[k]) {
				w = k
			}
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}
