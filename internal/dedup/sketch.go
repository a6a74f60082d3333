package dedup

import (
	"math"
	"math/bits"

	"github.com/copydesk/copydesk/internal/slab"
)

// Sketch is a compact summary of a Fingerprint (about a tenth of its size)
// from which a copy search rejects most candidates without the whole
// fingerprint: an index that writes its older articles out to a file keeps a
// Sketch of each in memory and reads back only the candidates that pass
// (Query.MayCopy).
//
// The test is exact in one direction: it never rejects a pair that Verify
// finds to be of any kind, because every figure it reads is an upper bound
// of one that Verify needs. A Sketch holds:
//
//   - the text's hashes (duplicates);
//   - a Bloom filter of its word 5-shingles: the shingles of another text
//     that pass it are at least those the two texts share, so their count
//     bounds the shares and the shared runs of words that make a
//     near-duplicate or an excerpt;
//   - per sentence, its number of stems, whether it is a content sentence,
//     and a 128-bit mask of its stems and synonym classes: the words of
//     another sentence that pass the mask are at least those the two share,
//     so the sentence pairs that could align bound the share of sentences a
//     rewrite needs (Verify's maxShare).
type Sketch struct {
	hash, wordsHash, bodyHash uint64
	// shingles is len(Shingles); minDistinct is the fewest distinct
	// shingles of any window of runShingles shingle positions (at most
	// runShingles; fewer when a passage repeats itself).
	shingles, minDistinct int32
	content               int32 // content sentences
	bloom                 []uint64
	sents                 []sentSketch
}

type sentSketch struct {
	mask        [2]uint64
	stems, keys uint16 // len(Stems) and len(rewriteKeys), capped
	content     bool
}

// sketchBloomBits is the size of a Sketch's Bloom filter in bits per
// shingle, and sketchProbes its number of probes: a shingle that the text
// does not have passes with a probability of about 3%.
const (
	sketchBloomBits = 12
	sketchProbes    = 4
)

// runShingles is the number of shingle positions of the shortest shared run
// that makes an excerpt (minEmbeddedRun words).
const runShingles = minEmbeddedRun - ShingleSize + 1

// NewSketch returns the Sketch of fp.
func NewSketch(fp *Fingerprint) *Sketch {
	s := newSketch(fp, nil)
	return &s
}

// SketchSlab makes Sketches whose arrays (the Bloom filter, the sentences)
// are cut from large shared chunks: an index that keeps a Sketch of each of
// 100k articles by value then holds them in a few hundred allocations
// instead of three an article, and the garbage collector, which visits every
// live object on every cycle, visits those few (profile of add at 49k
// articles: marking was the cost that grew most with the store). The zero
// value is ready; a slab is not safe for concurrent use. The Sketches are
// the ones NewSketch makes.
type SketchSlab struct {
	words []uint64
	sents []sentSketch
}

// The size of a slab's chunks: 128 KB of filter words and 192 KB of
// sentences, the filters and sentences of a few hundred articles.
const (
	slabWords = 1 << 14
	slabSents = 1 << 13
)

// Sketch returns the Sketch of fp, its arrays in the slab's chunks.
func (sl *SketchSlab) Sketch(fp *Fingerprint) Sketch { return newSketch(fp, sl) }

// uint64s returns n zero words: the slab's (a chunk's next n, capacity n)
// or, without a slab, an array of their own.
func (sl *SketchSlab) uint64s(n int) []uint64 {
	if sl == nil {
		return make([]uint64, n)
	}
	return slab.Cut(&sl.words, n, slabWords)
}

// sentSketches is uint64s for sentences.
func (sl *SketchSlab) sentSketches(n int) []sentSketch {
	if sl == nil {
		return make([]sentSketch, n)
	}
	return slab.Cut(&sl.sents, n, slabSents)
}

// newSketch makes the Sketch of fp, its arrays from sl (nil: their own).
func newSketch(fp *Fingerprint, sl *SketchSlab) Sketch {
	s := Sketch{hash: fp.Hash, wordsHash: fp.wordsHash, bodyHash: fp.bodyHash,
		shingles: int32(len(fp.Shingles)), minDistinct: minDistinct(fp)}
	if n := len(fp.Shingles); n > 0 {
		s.bloom = sl.uint64s((n*sketchBloomBits + 63) / 64)
		m := uint64(len(s.bloom) * 64)
		for _, h := range fp.Shingles {
			h1, h2 := uint32(h), uint32(h>>32)|1
			for i := range uint32(sketchProbes) {
				b := reduce(h1+i*h2, m)
				s.bloom[b/64] |= 1 << (b % 64)
			}
		}
	}
	s.sents = sl.sentSketches(len(fp.Sentences))
	for i := range fp.Sentences {
		x := &fp.Sentences[i]
		ss := &s.sents[i]
		ss.stems = uint16(min(len(x.Stems), 1<<16-1))
		ss.keys = uint16(min(len(x.rewriteKeys(useSynonyms)), 1<<16-1))
		ss.content = x.Content
		if x.Content {
			s.content++
		}
		for _, h := range x.Stems {
			w := wordBits(h)
			ss.mask[0] |= w[0]
			ss.mask[1] |= w[1]
		}
		for _, h := range x.classes {
			w := wordBits(h)
			ss.mask[0] |= w[0]
			ss.mask[1] |= w[1]
		}
	}
	return s
}

// Size is the Sketch's size in memory, in bytes, about.
func (s *Sketch) Size() int { return 64 + 8*len(s.bloom) + 24*len(s.sents) }

// reduce maps a 32-bit hash onto [0, m).
func reduce(h uint32, m uint64) uint64 { return uint64(h) * m >> 32 }

// wordBits are the two bits of a word's hash in a sentence mask, one in
// each half.
func wordBits(h uint64) [2]uint64 { return [2]uint64{1 << (h & 63), 1 << (h >> 6 & 63)} }

// minDistinct is the fewest distinct shingles of any window of runShingles
// positions of fp's text (runShingles when no shingle repeats within one).
func minDistinct(fp *Fingerprint) int32 {
	if len(fp.seq) < runShingles {
		return runShingles
	}
	last := make(map[uint64]int, runShingles)
	// repeat[i] is whether the shingle at i was at one of the
	// runShingles-1 positions before it; a window's distinct count is its
	// size less its repeats.
	least, repeats := runShingles, 0
	rep := make([]bool, len(fp.seq))
	for i, h := range fp.seq {
		if j, ok := last[h]; ok && i-j < runShingles {
			rep[i] = true
			repeats++
		}
		last[h] = i
		if i >= runShingles && rep[i-runShingles] {
			repeats--
		}
		if i >= runShingles-1 {
			least = min(least, runShingles-repeats)
		}
	}
	return int32(least)
}

// Query is a Fingerprint made ready to be tested against many Sketches.
// It is not safe for concurrent use.
type Query struct {
	fp    *Fingerprint
	t     Thresholds
	sents []querySent
	// seqAt is, for every shingle position, the shingle's place in
	// fp.Shingles; pass is scratch space per shingle.
	seqAt   []int32
	pass    []bool
	content int
	// sim, partQ, partS and credit are scratch space of mayAlign.
	sim          []float64
	partQ, partS []bool
	credit       []float64
	need         []int
}

type querySent struct {
	stems, classes []wordBit
	keys           int // len(rewriteKeys)
	content        bool
	partNeed       int // partNeed(keys)
	// stemBound and classBound bound what passing counts of stems and
	// classes against any mask (see wordsBound).
	stemBound, classBound wordsBound
}

// wordsBound is what bounds passing(words, mask) for any mask without
// reading the words: the bits of their first and second halves (half),
// and how many words share a bit with an earlier one in each half (dup).
// A word passes only if its bit of each half is in the mask, so at most
// popcount(half[h] & mask[h]) + dup[h] words pass, for each half h.
type wordsBound struct {
	half [2]uint64
	dup  [2]int
}

func newWordsBound(words []wordBit) wordsBound {
	var b wordsBound
	for _, w := range words {
		b.half[0] |= 1 << (w & 63)
		b.half[1] |= 1 << (w >> 6 & 63)
	}
	b.dup[0] = len(words) - bits.OnesCount64(b.half[0])
	b.dup[1] = len(words) - bits.OnesCount64(b.half[1])
	return b
}

// most is the most words passing(words, mask) can count.
func (b *wordsBound) most(mask [2]uint64) int {
	return min(bits.OnesCount64(b.half[0]&mask[0])+b.dup[0], bits.OnesCount64(b.half[1]&mask[1])+b.dup[1])
}

// wordBit is where a word's two bits stand in a sentence mask (wordBits):
// the first half's bit in the low 6 bits, the second half's in the next 6.
// Two bytes a word instead of the 16 of its two masks, so that the words of
// a query, tested against every sentence of every candidate's Sketch, stay
// in the fastest cache.
type wordBit uint16

func newWordBit(h uint64) wordBit { return wordBit(h&63 | (h>>6&63)<<6) }

// NewQuery returns fp made ready for MayCopy.
func NewQuery(fp *Fingerprint) *Query {
	q := &Query{fp: fp, t: DefaultThresholds(), pass: make([]bool, len(fp.Shingles)), seqAt: make([]int32, len(fp.seq))}
	for i, h := range fp.seq {
		q.seqAt[i] = int32(placeOf(fp.Shingles, h))
	}
	q.sents = make([]querySent, len(fp.Sentences))
	for i := range fp.Sentences {
		x := &fp.Sentences[i]
		qs := &q.sents[i]
		qs.content, qs.keys = x.Content, len(x.rewriteKeys(useSynonyms))
		if x.Content {
			q.content++
		}
		qs.stems, qs.classes = make([]wordBit, len(x.Stems)), make([]wordBit, len(x.classes))
		for k, h := range x.Stems {
			qs.stems[k] = newWordBit(h)
		}
		for k, h := range x.classes {
			qs.classes[k] = newWordBit(h)
		}
		qs.partNeed = partNeed(qs.keys)
		qs.stemBound, qs.classBound = newWordsBound(qs.stems), newWordsBound(qs.classes)
	}
	return q
}

// MayCopy reports whether Verify could find the query's fingerprint and
// the one s was made of a pair of any kind: false only when it cannot.
func (q *Query) MayCopy(s *Sketch) bool {
	a := q.fp
	if a.Hash == s.hash {
		return true
	}
	for _, x := range []uint64{a.wordsHash, a.bodyHash} {
		if x != 0 && (x == s.wordsHash || x == s.bodyHash) {
			return true
		}
	}
	return q.mayShareShingles(s) || q.mayAlign(s)
}

// mayShareShingles reports whether the two texts may share enough word
// 5-shingles for a near-duplicate or an excerpt: a share of the shorter
// text at least the least of those thresholds, or a run of minEmbeddedRun
// words.
func (q *Query) mayShareShingles(s *Sketch) bool {
	a := q.fp
	short := min(len(a.Shingles), int(s.shingles))
	if short == 0 {
		return false
	}
	m := uint64(len(s.bloom) * 64)
	inter := 0
	for i, h := range a.Shingles {
		h1, h2 := uint32(h), uint32(h>>32)|1
		in := true
		for k := range uint32(sketchProbes) {
			b := reduce(h1+k*h2, m)
			if s.bloom[b/64]&(1<<(b%64)) == 0 {
				in = false
				break
			}
		}
		q.pass[i] = in
		if in {
			inter++
		}
	}
	t := q.t
	share := min(t.NearJaccard, t.NearContain, t.Excerpt, t.ExcerptShare)
	if float64(inter)/float64(short) >= share || inter >= int(s.minDistinct) {
		return true
	}
	// A run of the query's positions whose shingles all pass.
	run := 0
	for _, k := range q.seqAt {
		if !q.pass[k] {
			run = 0
			continue
		}
		if run++; run >= runShingles {
			return true
		}
	}
	return false
}

// mayAlign reports whether the sentences of the two texts that could align
// may make the share of sentences that Verify's rewrite test needs
// (simTable.maxShare at least half of RewriteShare). It bounds every figure
// of simTable: a pair's similarity by the words that pass the other's mask,
// and a split or merge (two adjacent sentences of one text with one of the
// other) by 1 wherever the table could try it.
func (q *Query) mayAlign(s *Sketch) bool {
	a := q.fp
	ca, cb := q.content, int(s.content)
	if ca == 0 || cb == 0 {
		return false
	}
	na, nb := len(q.sents), len(s.sents)
	n := na * nb
	if cap(q.sim) < n {
		q.sim, q.partQ, q.partS = make([]float64, n), make([]bool, n), make([]bool, n)
	}
	sim, partQ, partS := q.sim[:n], q.partQ[:n], q.partS[:n]
	// Cleared at once, so that the loop writes only the cells it fills,
	// a few of every hundred.
	clear(sim)
	clear(partQ)
	clear(partS)
	minSim := q.t.SentenceSim
	// need[j] is the least count that makes a query sentence part of the
	// sketch's sentence j (isPart).
	if cap(q.need) < nb {
		q.need = make([]int, nb)
	}
	need := q.need[:nb]
	for j := range s.sents {
		need[j] = partNeed(int(s.sents[j].keys))
	}
	any := false
	for i := range q.sents {
		x := &q.sents[i]
		lx := len(a.Sentences[i].Stems)
		for j := range s.sents {
			y := &s.sents[j]
			c := i*nb + j
			// Every figure of the cell grows with the counts, so bounds
			// of the counts that give an empty cell give it for the
			// counts themselves: most pairs are settled without them.
			ns, nc := x.stemBound.most(y.mask), x.classBound.most(y.mask)
			nk, w := ns, max(ns, nc)
			if useSynonyms {
				nk = nc
			}
			// alignCell's tests in integers (the similarity's with a
			// margin of rounding), on the bounds.
			if w < 2 || nk < x.partNeed && nk < need[j] &&
				(lx < minSentenceStems || int(y.stems) < minSentenceStems || float64(2*w)*(1+1e-9) < minSim*float64(lx+int(y.stems))) {
				continue
			}
			partQ[c], partS[c], sim[c] = alignCell(passing(x.stems, y.mask), passing(x.classes, y.mask), x, y, lx, minSim)
			any = any || sim[c] > 0
		}
	}
	if !any {
		return false
	}
	// The query's place in Verify's canonical order (the hashes differ):
	// maxShare counts the first text's sentences unless the second has
	// fewer content sentences.
	first := a.Hash < s.hash
	if first && cb >= ca || !first && ca < cb {
		return q.shareBound(na, nb, nb, 1, partQ, partS, func(i int) bool { return q.sents[i].content }, ca)
	}
	return q.shareBound(nb, na, 1, nb, partS, partQ, func(i int) bool { return s.sents[i].content }, cb)
}

// partNeed is the least count of words that makes a sentence of keys
// rewrite keys part of another (alignCell's isPart): at least 2 and 0.4 of
// keys (the least integer at or above the float product is exact).
func partNeed(keys int) int {
	return max(2, int(math.Ceil(0.4*float64(keys))))
}

// alignCell is mayAlign's cell of the query's sentence x (lx stems) and
// the sketch's y, when ns of x's stems and nc of its classes pass y's mask:
// whether x is part of y (isPart), y part of x, and the bound of their
// similarity (0 below minSim). Each grows with ns and nc.
func alignCell(ns, nc int, x *querySent, y *sentSketch, lx int, minSim float64) (partQ, partS bool, sim float64) {
	nk := ns
	if useSynonyms {
		nk = nc
	}
	partQ = nk >= 2 && float64(nk) >= 0.4*float64(x.keys)
	partS = nk >= 2 && float64(nk) >= 0.4*float64(y.keys)
	if w := max(ns, nc); w >= 2 && lx >= minSentenceStems && int(y.stems) >= minSentenceStems {
		if v := min(1, 2*float64(w)/float64(lx+int(y.stems))); v >= minSim {
			sim = v
		}
	}
	return partQ, partS, sim
}

// shareBound bounds maxShare on text x (nx sentences, n of them content
// sentences) against y (ny): i*si + j*sj is the place of x's i and y's j
// in the tables (strides rather than a function, which the loop over every
// cell called twice a cell: a third of the sketch test's CPU), partX
// whether x's sentence is part of y's (isPart), partY the reverse. A sentence of x is credited its best similarity with one of y's,
// or 1 where a merge (it and a neighbour, each part of one sentence of y,
// one of them similar to it) or a split (two adjacent sentences of y, each
// part of it, one of them similar to it) could credit it.
func (q *Query) shareBound(nx, ny, si, sj int, partX, partY []bool, content func(int) bool, n int) bool {
	if cap(q.credit) < nx {
		q.credit = make([]float64, nx)
	}
	credit := q.credit[:nx]
	clear(credit)
	sim := q.sim
	for i := range nx {
		for j := range ny {
			c := i*si + j*sj
			credit[i] = max(credit[i], sim[c])
			if i+1 < nx {
				d := c + si
				if partX[c] && partX[d] && (sim[c] > 0 || sim[d] > 0) {
					credit[i], credit[i+1] = 1, 1
				}
			}
			if j+1 < ny {
				d := c + sj
				if partY[c] && partY[d] && (sim[c] > 0 || sim[d] > 0) {
					credit[i] = 1
				}
			}
		}
	}
	sum := 0.0
	for i, v := range credit {
		if content(i) {
			sum += v
		}
	}
	return min(1, sum/float64(n)) >= q.t.RewriteShare/2-1e-9
}

// passing counts the words whose bits are both in mask: at least the words
// the mask's sentence shares with them. It counts without a branch: whether
// a word passes is as good as random to the processor, and the branch it
// mispredicted was most of mayAlign's time (profile of add at 9k articles).
func passing(words []wordBit, mask [2]uint64) int {
	m0, m1 := mask[0], mask[1]
	n := uint64(0)
	for _, w := range words {
		n += m0 >> (w & 63) & (m1 >> (w >> 6 & 63)) & 1
	}
	return int(n)
}
