package cluster

import (
	"math"
	"reflect"
	"slices"
	"testing"
	"time"
)

// alike reports whether two assignments are the same but for the last
// digits of their similarities: an article's lengths are summed in the
// order of a map, which differs from run to run (equal to 12 digits).
func alike(a, b Assignment) bool {
	close := func(x, y float64) bool { return math.Abs(x-y) <= 1e-12 }
	if !close(a.Similarity, b.Similarity) || !close(a.StorySimilarity, b.StorySimilarity) {
		return false
	}
	a.Similarity, a.StorySimilarity = b.Similarity, b.StorySimilarity
	return reflect.DeepEqual(a, b)
}

// preparedStream is stream(n) with every third article undated and every
// other one in English (so that languages' marks and anchors are numbered
// too).
func preparedStream(n int) []Item {
	items := stream(n)
	for i := range items {
		if i%3 == 2 {
			items[i].Time = time.Time{}
		}
		if i%2 == 0 {
			items[i].Lang = "en"
		}
	}
	return items
}

// Items prepared ahead of the ordered step, a batch at a time as the
// pipeline prepares a round while the one before is placed (so that some
// of their terms are numbered between Prepare and Assign), are assigned,
// numbered and refined exactly as the same items unprepared.
func TestPreparedAssignsAlike(t *testing.T) {
	items := preparedStream(600)
	plain, prep := New(Options{}), New(Options{})
	var want, got []Assignment
	for _, it := range items {
		want = append(want, plain.Assign(it))
	}
	const batch = 40
	for lo := 0; lo < len(items); lo += batch {
		b := slices.Clone(items[lo:min(lo+batch, len(items))])
		for i := range b {
			b[i].Prepared = prep.Prepare(b[i])
		}
		for _, it := range b {
			got = append(got, prep.Assign(it))
		}
	}
	for i := range want {
		if !alike(got[i], want[i]) {
			t.Fatalf("article %d placed %+v, unprepared %+v", i, got[i], want[i])
		}
	}
	if !slices.Equal(prep.terms.strs, plain.terms.strs) || !slices.Equal(prep.terms.df, plain.terms.df) {
		t.Fatalf("prepared items numbered their terms otherwise (%d terms, unprepared %d)", len(prep.terms.strs), len(plain.terms.strs))
	}
	for id, p := range plain.refine.placed {
		q := prep.refine.placed[id]
		if q == nil || math.Abs(float64(q.sim-p.sim)) > 1e-6 {
			t.Fatalf("article %s kept as %+v, unprepared %+v", id, q, p)
		}
		a, b := *p, *q
		b.sim = a.sim
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("article %s kept as %+v, unprepared %+v", id, q, p)
		}
	}
	if m, n := prep.Refine(), plain.Refine(); !slices.Equal(m, n) {
		t.Errorf("Refine moved %q, unprepared %q", m, n)
	}
}

// An item prepared by another clusterer (whose numbers are not this one's)
// is assigned as if unprepared.
func TestPreparedByAnotherIgnored(t *testing.T) {
	items := preparedStream(60)
	other, plain, c := New(Options{}), New(Options{}), New(Options{})
	for _, it := range items[:30] {
		other.Assign(it)
	}
	for _, it := range items {
		want := plain.Assign(it)
		it.Prepared = other.Prepare(it)
		if got := c.Assign(it); !alike(got, want) {
			t.Fatalf("%s placed %+v, want %+v", it.ID, got, want)
		}
	}
}

// sharedWith (a query's terms walked in order with a centroid's) lists the
// words shared exactly as shared (each term of a looked up): against every
// event and story, for articles of two languages.
func TestSharedWithAsShared(t *testing.T) {
	c := New(Options{})
	items := preparedStream(300)
	for _, it := range items {
		c.Assign(it)
	}
	n := 0
	for _, it := range items[len(items)-40:] {
		v := c.refine.vector(c.refine.placed[it.ID])
		q := c.terms.query(v)
		for _, gs := range []map[string]*group{c.events, c.stories} {
			for _, g := range gs {
				want := c.terms.shared(v, &g.sum, 8)
				if got := c.terms.sharedWith(q, &g.sum, 8); !slices.Equal(got, want) {
					t.Fatalf("%s with %s: %q, want %q", it.ID, g.id, got, want)
				}
				n += len(want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no shared words to compare")
	}
}

// dots and sums.dot (sums.each written out) give bit for bit the sums of sums.each, on
// centroids with fresh terms and taken-out terms, walked term by term and
// by binary search.
func TestDotsAsEach(t *testing.T) {
	c := New(Options{})
	items := preparedStream(300)
	for _, it := range items {
		c.Assign(it)
	}
	c.Refine() // takes terms out of the centroids it moves articles from
	n, fresh, gone, search := 0, 0, 0, 0
	for _, it := range items[len(items)-30:] {
		q := c.terms.query(c.refine.vector(c.refine.placed[it.ID]))
		for _, gs := range []map[string]*group{c.events, c.stories} {
			for _, g := range gs {
				var want [3]float64
				g.sum.each(q.all, func(k int, s float64) {
					addPart(&want, c.terms.kind[q.all.t[k]], q.all.w[k]*s)
				})
				var wantDot float64
				g.sum.each(q.all, func(k int, s float64) { wantDot += q.all.w[k] * s })
				if got := g.sum.dot(q.all); got != wantDot {
					t.Fatalf("%s with %s: dot %v, each %v", it.ID, g.id, got, wantDot)
				}
				all, names, title := c.terms.dots(q, g)
				if [3]float64{all, names, title} != want {
					t.Fatalf("%s with %s: dots %v, each %v", it.ID, g.id, [3]float64{all, names, title}, want)
				}
				if want[0] != 0 {
					n++
				}
				fresh, gone = fresh+min(len(g.sum.fresh), 1), gone+min(g.sum.gone, 1)
				if len(g.sum.ids) > 8*len(q.all.t) {
					search++
				}
			}
		}
	}
	if n == 0 || fresh == 0 || gone == 0 || search == 0 {
		t.Fatalf("compared %d dot products, %d with fresh terms, %d with terms taken out, %d by binary search", n, fresh, gone, search)
	}
}
