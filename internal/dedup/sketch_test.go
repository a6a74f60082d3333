package dedup

import (
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// TestSketchKeepsEveryCopy checks that a Sketch never rejects a pair that
// Verify finds of any kind, on invented pairs of every kind and on pairs
// made to sit at Verify's thresholds: texts that share 1 to all of one
// text's sentences, verbatim or spun, set among sentences of their own; and
// a text that repeats one phrase. It also checks that the sketches reject
// most pairs that are not copies, which is what they are for.
func TestSketchKeepsEveryCopy(t *testing.T) {
	s := newSynth(11)
	type text struct{ title, body string }
	var texts []text
	// pairs are the pairs tested: every text with the one it was made of
	// (or with every text of its group) and with a few others at random.
	var pairs [][2]int
	for _, d := range s.corpus(300) {
		texts = append(texts, text{d.title, d.text})
		if d.of >= 0 {
			pairs = append(pairs, [2]int{len(texts) - 1, d.of})
		}
	}
	// Texts that share k sentences of an original, verbatim or spun, with
	// sentences of their own around them.
	for range 40 {
		o := s.article(6, 20)
		first := len(texts)
		texts = append(texts, text{o.title, o.text()})
		spun := s.spin(o)
		for k := 1; k <= len(o.sents); k += 1 + s.r.IntN(2) {
			host := s.article(2, 14)
			from := o.sents
			if s.r.IntN(2) == 0 {
				from = spun.sents
			}
			start := s.r.IntN(len(from) - min(k, len(from)) + 1)
			c := synthArticle{title: host.title}
			cut := s.r.IntN(len(host.sents) + 1)
			c.sents = append(c.sents, host.sents[:cut]...)
			c.sents = append(c.sents, clone(from[start:min(start+k, len(from))])...)
			c.sents = append(c.sents, host.sents[cut:]...)
			texts = append(texts, text{c.title, c.text()})
		}
		for i := first; i < len(texts); i++ {
			for j := first; j < i; j++ {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	// A phrase said over and over, alone and inside another text: its
	// shared run is long in words and short in distinct shingles.
	chant := strings.Repeat("we shall rise again tomorrow morning, ", 12)
	texts = append(texts, text{"", chant}, text{"Rally", s.article(3, 3).text() + " " + chant + " " + s.article(3, 3).text()})
	pairs = append(pairs, [2]int{len(texts) - 1, len(texts) - 2})
	for i := range texts {
		for range 8 {
			pairs = append(pairs, [2]int{i, s.r.IntN(len(texts))})
		}
	}

	fps := make([]*Fingerprint, len(texts))
	sks := make([]*Sketch, len(texts))
	for i, x := range texts {
		fps[i] = NewFingerprint(x.title, x.body)
		sks[i] = NewSketch(fps[i])
	}
	var copies, others, rejected int
	kinds := map[string]int{}
	for _, p := range pairs {
		if p[0] == p[1] {
			continue
		}
		// Both ways: the query and the sketch.
		for _, p := range [][2]int{p, {p[1], p[0]}} {
			i, j := p[0], p[1]
			m := Verify(fps[i], fps[j])
			may := NewQuery(fps[i]).MayCopy(sks[j])
			if m.Kind != "" {
				copies++
				kinds[string(m.Kind)]++
				if !may {
					t.Errorf("pair %d, %d: Verify finds %s (score %.2f), the sketch rejects it", i, j, m.Kind, m.Score)
				}
				continue
			}
			others++
			if !may {
				rejected++
			}
		}
	}
	t.Logf("%d texts: %d copy pairs %v, all kept; %d of %d other pairs rejected", len(fps), copies, kinds, rejected, others)
	for _, k := range []string{"duplicate", "near-duplicate", "excerpt", "rewrite", "shared-source"} {
		if kinds[k] == 0 {
			t.Errorf("no %s pair among the test pairs", k)
		}
	}
	if rejected < others*9/10 {
		t.Errorf("the sketches rejected %d of %d pairs that are not copies, want 90%% or more", rejected, others)
	}
}

// TestMayAlignBoundsSettleCells checks that the cells mayAlign settles on
// the words' bounds, without counting, are those the counts give: every
// cell of its tables is compared with alignCell of the counts, on pairs of
// texts that share sentences (verbatim and spun) and on unrelated ones.
func TestMayAlignBoundsSettleCells(t *testing.T) {
	s := newSynth(14)
	var fps []*Fingerprint
	for range 30 {
		o := s.article(4, 16)
		fps = append(fps, NewFingerprint(o.title, o.text()), NewFingerprint(o.title, s.spin(o).text()))
		host := s.article(2, 10)
		host.sents = append(host.sents, clone(o.sents[:min(3, len(o.sents))])...)
		fps = append(fps, NewFingerprint(host.title, host.text()))
	}
	settled, cells := 0, 0
	for i, a := range fps {
		q := NewQuery(a)
		for j, b := range fps {
			if i == j {
				continue
			}
			sk := NewSketch(b)
			q.mayAlign(sk)
			if q.content == 0 || sk.content == 0 {
				continue
			}
			nb := len(sk.sents)
			for k := range q.sents {
				x := &q.sents[k]
				for l := range sk.sents {
					y := &sk.sents[l]
					c := k*nb + l
					pq, ps, v := alignCell(passing(x.stems, y.mask), passing(x.classes, y.mask), x, y, len(a.Sentences[k].Stems), q.t.SentenceSim)
					if pq != q.partQ[c] || ps != q.partS[c] || v != q.sim[c] {
						t.Fatalf("texts %d, %d, sentences %d, %d: cell %v %v %v, counted %v %v %v", i, j, k, l, q.partQ[c], q.partS[c], q.sim[c], pq, ps, v)
					}
					cells++
					if !pq && !ps && v == 0 {
						settled++
					}
				}
			}
		}
	}
	t.Logf("%d cells, %d of them empty", cells, settled)
}

// TestMinDistinct checks the fewest distinct shingles of a window of a
// shared run's length.
func TestMinDistinct(t *testing.T) {
	plain := NewFingerprint("", newSynth(3).article(8, 8).text())
	if got := minDistinct(plain); got != runShingles {
		t.Errorf("a text without repeats: %d, want %d", got, runShingles)
	}
	chant := NewFingerprint("", strings.Repeat("we shall rise again tomorrow, ", 20))
	if got := minDistinct(chant); got > 5 {
		t.Errorf("a phrase of five words said over and over: %d distinct shingles in a window, want 5 or fewer", got)
	}
}

// TestPassingCountsBits checks passing's count, read from the words' two
// 6-bit places, against the words' masks (wordBits) tested one by one.
func TestPassingCountsBits(t *testing.T) {
	s := newSynth(12)
	for range 2000 {
		words := make([]wordBit, s.r.IntN(40))
		var masks [][2]uint64
		for k := range words {
			h := s.r.Uint64()
			words[k], masks = newWordBit(h), append(masks, wordBits(h))
		}
		var mask [2]uint64
		for range s.r.IntN(80) {
			w := wordBits(s.r.Uint64())
			mask[0] |= w[0]
			mask[1] |= w[1]
		}
		want := 0
		for _, w := range masks {
			if w[0]&mask[0] == w[0] && w[1]&mask[1] == w[1] {
				want++
			}
		}
		if got := passing(words, mask); got != want {
			t.Fatalf("passing = %d, want %d (mask %x)", got, want, mask)
		}
	}
}

// TestWordsBoundBoundsPassing checks that the bound mayAlign reads before
// counting is never below passing's count, so that no cell it settles
// without counting could have been filled, and that it is the count when
// the words' bits are all distinct and the mask holds them all.
func TestWordsBoundBoundsPassing(t *testing.T) {
	s := newSynth(13)
	for range 5000 {
		words := make([]wordBit, s.r.IntN(40))
		for k := range words {
			// Few distinct bits now and then, so that words share them.
			h := s.r.Uint64()
			if s.r.IntN(3) == 0 {
				h &= 0x30f
			}
			words[k] = newWordBit(h)
		}
		var mask [2]uint64
		for range s.r.IntN(80) {
			w := wordBits(s.r.Uint64())
			mask[0] |= w[0]
			mask[1] |= w[1]
		}
		if s.r.IntN(4) == 0 { // the mask holds some of the words
			for _, w := range words[:s.r.IntN(len(words)+1)] {
				mask[0] |= 1 << (w & 63)
				mask[1] |= 1 << (w >> 6 & 63)
			}
		}
		b := newWordsBound(words)
		if got, n := b.most(mask), passing(words, mask); got < n {
			t.Fatalf("bound %d below the count %d (words %v, mask %x)", got, n, words, mask)
		}
	}
	words := []wordBit{1 | 2<<6, 3 | 4<<6, 5 | 6<<6}
	b := newWordsBound(words)
	if got := b.most([2]uint64{1<<1 | 1<<3 | 1<<5, 1<<2 | 1<<4 | 1<<6}); got != 3 {
		t.Errorf("three distinct words all in the mask: bound %d, want 3", got)
	}
	if got := b.most([2]uint64{1<<1 | 1<<3, 1<<2 | 1<<6}); got != 2 {
		t.Errorf("two of three words' bits in each half: bound %d, want 2", got)
	}
}

// BenchmarkMayCopy measures the sketch test of the copy index's written-out
// candidates (Query.MayCopy) on a JSONL corpus (COPYDESK_BENCH_CORPUS, as
// tools/wiregen writes it): the first 2,000 articles are indexed, and each
// of the next 200 is tested against the sketches of its ranked candidates
// (Index.CandidatesBefore), as pipeline's memory index does for those it
// wrote out:
//
//	go run ./tools/wiregen -n 2200 -seed 1 >/tmp/wire.jsonl
//	COPYDESK_BENCH_CORPUS=/tmp/wire.jsonl go test ./internal/dedup -run '^$' -bench MayCopy
func BenchmarkMayCopy(b *testing.B) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	const stored, queries = 2000, 200
	fps := readBenchCorpus(b, path, stored+queries)
	ix := NewIndex(Options{})
	sketches := map[string]*Sketch{}
	for i, fp := range fps[:stored] {
		id := strconv.Itoa(i)
		ix.Add(id, fp)
		sketches[id] = NewSketch(fp)
	}
	type pair struct {
		q *Query
		s *Sketch
	}
	var pairs []pair
	for _, fp := range fps[stored:] {
		q := NewQuery(fp)
		for _, id := range ix.CandidatesBefore(fp, stored) {
			pairs = append(pairs, pair{q, sketches[id]})
		}
	}
	if len(pairs) == 0 {
		b.Fatalf("%s: no candidates", path)
	}
	passed := 0
	cpu0 := cpuTime()
	for b.Loop() {
		passed = 0
		for _, p := range pairs {
			if p.q.MayCopy(p.s) {
				passed++
			}
		}
	}
	// CPU time as well as wall time: on a shared machine the wall time
	// follows the load.
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pairs)), "ns/candidate")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*len(pairs)), "cpu-ns/candidate")
	b.ReportMetric(float64(len(pairs))/queries, "candidates/article")
	b.ReportMetric(float64(passed)/float64(len(pairs)), "passed")
}

// cpuTime is the process's CPU time (user and system) so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestSketchSlabSameSketches checks that a slab's Sketches are NewSketch's,
// field for field, that each array is capped at its length (so nothing
// appended to one reaches the next), and that the slab cuts most of them
// from a chunk right after the one before, including after a text longer
// than a chunk.
func TestSketchSlabSameSketches(t *testing.T) {
	s := newSynth(5)
	var sl SketchSlab
	var got []Sketch
	var fps []*Fingerprint
	for i := range 400 {
		n := 2 + i%9
		if i == 7 {
			n = 3000 // more sentences, and filter words, than a chunk holds
		}
		fp := NewFingerprint("Title "+strconv.Itoa(i), s.article(n, n).text())
		fps = append(fps, fp)
		got = append(got, sl.Sketch(fp))
	}
	after := 0
	for i, fp := range fps {
		want, g := NewSketch(fp), got[i]
		if !reflect.DeepEqual(*want, g) {
			t.Fatalf("text %d: the slab's sketch differs from NewSketch's", i)
		}
		if len(g.bloom) == 0 || len(g.sents) == 0 {
			t.Fatalf("text %d: no filter or no sentences", i)
		}
		if cap(g.bloom) != len(g.bloom) || cap(g.sents) != len(g.sents) {
			t.Fatalf("text %d: arrays not capped at their lengths", i)
		}
		if i > 0 {
			prev := got[i-1]
			if uintptr(unsafe.Pointer(&prev.bloom[len(prev.bloom)-1]))+8 == uintptr(unsafe.Pointer(&g.bloom[0])) &&
				uintptr(unsafe.Pointer(&prev.sents[len(prev.sents)-1]))+unsafe.Sizeof(g.sents[0]) == uintptr(unsafe.Pointer(&g.sents[0])) {
				after++
			}
		}
	}
	if after < 350 {
		t.Errorf("%d of 399 sketches cut right after the one before, want most", after)
	}
}

// BenchmarkSketchHeap reports what the sketches of 2,000 invented articles
// leave on the heap, made one by one (NewSketch) and from a slab (an index
// holding them by value): the heap objects a sketch adds, which the garbage
// collector visits on every cycle for as long as the index holds the
// article, and the bytes.
//
//	go test ./internal/dedup -run '^$' -bench SketchHeap -benchtime 3x
func BenchmarkSketchHeap(b *testing.B) {
	s := newSynth(3)
	const n = 2000
	fps := make([]*Fingerprint, n)
	for i := range fps {
		fps[i] = NewFingerprint("Title "+strconv.Itoa(i), s.article(6, 24).text())
	}
	live := func(make func()) (objects, bytes float64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		make()
		runtime.GC()
		runtime.ReadMemStats(&after)
		return float64(after.HeapObjects-before.HeapObjects) / n, float64(after.HeapAlloc-before.HeapAlloc) / n
	}
	b.Run("one-by-one", func(b *testing.B) {
		var objects, bytes float64
		for b.Loop() {
			var keep []*Sketch
			objects, bytes = live(func() {
				keep = make([]*Sketch, 0, n)
				for _, fp := range fps {
					keep = append(keep, NewSketch(fp))
				}
			})
			runtime.KeepAlive(keep)
		}
		b.ReportMetric(objects, "objects/sketch")
		b.ReportMetric(bytes, "B/sketch")
	})
	b.Run("slab", func(b *testing.B) {
		var objects, bytes float64
		for b.Loop() {
			var keep []Sketch
			objects, bytes = live(func() {
				var sl SketchSlab
				keep = make([]Sketch, 0, n)
				for _, fp := range fps {
					keep = append(keep, sl.Sketch(fp))
				}
			})
			runtime.KeepAlive(keep)
		}
		b.ReportMetric(objects, "objects/sketch")
		b.ReportMetric(bytes, "B/sketch")
	})
}
