package cluster

import (
	"cmp"
	"container/heap"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// The offline clustering sees the whole corpus at once (copydesk
// recluster, and the offline baseline of the evaluation). Every article is
// compared with its candidates, the articles that share its most
// distinctive terms, and clusters are joined bottom up, the closest pair
// first, until no pair is close enough:
//
//   - the similarity of two articles is the one the online clustering
//     uses (the cosine over all terms, raised by the mix with the cosines
//     over names and title words when that is higher), but over
//     idf-weighted unit vectors with the document frequencies of the
//     whole corpus;
//   - clusters of articles with a body are joined by average link: the
//     mean similarity of their pairs of articles, which is exact without
//     comparing each pair, since the mean of a cosine over every pair of
//     two clusters is the dot product of their sums of unit vectors over
//     both sizes; clusters of title-only items (headlines, feed entries),
//     whose few words make every pair's similarity small, by the cosine
//     of those sums (their centroids), which grows as a cluster of one
//     happening gathers its shared words;
//   - two clusters join only when their dated members come within the
//     event window of each other, and an undated cluster of at least
//     splitMin reports (two families or more) stays apart from a dated
//     one when its reports are closer to each other, on average, than to
//     that cluster's: reports of a second happening of the same kind,
//     whose dates are unknown (as Refine's splitUndated does online);
//   - two clusters join only when they are Options.StoryLift times closer
//     to each other than either is to the rest of the corpus (from
//     liftMinDocs articles on, and under a similarity of liftCap): a pile
//     of one language's unrelated articles shares that language's common
//     words, and at these low thresholds, without the lift, it chained
//     (TestOfflineDoesNotChain: 76 of 300 German articles in one event);
//   - two clusters of mostly title-only items, each of at least
//     namesApartMin of them, stay apart when each keeps naming a word
//     (half its headlines or more carry it in a name) that none of the
//     other's headlines names: one kind of happening (a bankruptcy
//     filing) of two named subjects, whose common words ("files for
//     bankruptcy") bring their headlines closer than a subject's
//     headlines of another happening (its filing, its hacked blog);
//   - copies and their originals start as one cluster, never split;
//   - once no pair is close enough, a cluster of at most attachMax articles
//     (attachTitleMax when most are title-only items) joins the closest
//     cluster larger than that when that
//     reaches attachShare of the threshold and is attachLead times closer
//     than to any other cluster: what a bottom-up clustering leaves alone
//     for want of a partner is often a short report of a grown event.
//
// Stories are then joined from the events in the same way, within the
// story window, at the story thresholds. Candidate pairs say only which
// clusters are compared at all: each article looks up its
// offlineTerms most distinctive terms among the postingSpan articles
// nearest it in arrival order in each term's postings and keeps its
// offlineCandidates best, and a cluster keeps at most offlineNeighbours
// neighbours (the closest), relinked through the candidates of its
// articles for up to offlineRounds rounds, so the cost grows with the
// number of articles, not with the number of pairs (a cluster's sums keep
// their squared lengths and their dot product with the corpus, so that a
// join costs the smaller of the two). Ties go to the cluster that came
// first; arrival order matters only through the candidate windows and
// ties.

// offDoc is an article as the offline clustering sees it.
type offDoc struct {
	id string
	// vec holds its idf-weighted unit vectors: all terms, names, title
	// words (kAll, kNames, kTitle).
	vec       [3]sparse
	time      time.Time
	titleOnly bool
	// lang is its language, "" when unknown; cross holds, in a corpus of
	// several languages, its unit vectors with its anchors counted (see
	// Terms): all terms and names with the names' keys (kAll, kNames).
	lang  string
	cross [2]sparse
	// words numbers, for a title-only item, the distinct words of its
	// names (see namesApart), by the clustering's own numbering.
	words []int32
}

// The vectors of an article or a cluster: all its terms, its names, its
// title words.
const (
	kAll = iota
	kNames
	kTitle
)

// sparse is a vector of interned terms, sorted by term. A query's (see
// queryOf) also holds a hash table of its terms (at, see indexed), which
// the walks of its dot products probe.
type sparse struct {
	t []int32
	w []float64
	// at holds k+1 at a slot of term t[k] (0 for a free slot), found by
	// slotOf; shift is 32 less the log of its length.
	at    []int32
	shift uint8
}

// unit returns the idf-weighted unit vector of the terms of v that pass
// keep (by their kinds).
func (x *termIndex) unit(v vector, keep func(uint8) bool) sparse {
	type tw struct {
		t int32
		w float64
	}
	var ts []tw
	for t, w := range v {
		if keep(x.kind[t]) {
			ts = append(ts, tw{t, w * x.idf(t)})
		}
	}
	slices.SortFunc(ts, func(a, b tw) int { return cmp.Compare(a.t, b.t) })
	// The length summed in term order, not the map's.
	var n float64
	for _, x := range ts {
		n += x.w * x.w
	}
	s := sparse{t: make([]int32, len(ts)), w: make([]float64, len(ts))}
	n = math.Sqrt(n)
	for i, x := range ts {
		s.t[i], s.w[i] = x.t, x.w/n
	}
	return s
}

// weight is the unit weight of term t in s.
func (s sparse) weight(t int32) float64 {
	if i, ok := slices.BinarySearch(s.t, t); ok {
		return s.w[i]
	}
	return 0
}

// sum is a sum of unit vectors with its squared length, kept as it grows
// so that no join costs more than the smaller of the two sums. Its terms
// are a centroid's (sums), walked in term order by every sum over them,
// so that the same joins give the same figures to the last bit (a map
// walked in its own order summed the same products in another order at
// each run, and a tie or a threshold fell either way).
type sum struct {
	v  sums
	sq float64
}

// plus adds w to term t.
func (s *sum) plus(t int32, w float64) {
	old, _ := s.v.add(t, w)
	s.sq += w * (2*old + w)
}

// absorb adds o to s, iterating over the smaller of the two in term order
// (o is spent).
func (s *sum) absorb(o *sum) {
	if o.v.len() > s.v.len() {
		s.v, o.v = o.v, s.v
		s.sq, o.sq = o.sq, s.sq
	}
	o.v.inOrder(s.plus)
}

// get is the weight of term t.
func (s *sum) get(t int32) float64 { return s.v.get(t) }

// dot is the dot product of two sums: the smaller walked in term order,
// each of its terms looked up in the larger, so that the products are
// summed in term order whichever is the smaller.
func (s *sum) dot(o *sum) float64 {
	a, b := &s.v, &o.v
	if a.len() > b.len() {
		a, b = b, a
	}
	var d float64
	a.inOrder(func(t int32, w float64) {
		if x := b.get(t); x > 0 {
			d += w * x
		}
	})
	return d
}

// clone is a copy of s that shares nothing with it.
func (s *sum) clone() sum {
	return sum{v: sums{ids: slices.Clone(s.v.ids), ws: slices.Clone(s.v.ws), fresh: maps.Clone(s.v.fresh), gone: s.v.gone}, sq: s.sq}
}

// offCluster is a cluster of the offline clustering.
type offCluster struct {
	first int // the arrival index of its first article: its key
	// vec sums its articles' unit vectors (kAll, kNames, kTitle), and
	// corpus is each sum's dot product with the corpus's (see level.rest).
	vec      [3]sum
	corpus   [3]float64
	size     int
	titles   int    // title-only members
	dated    int    // members with a time
	families int    // families of copies it joined
	with     [3]int // members with terms of each vector (kNames: with names)
	// byLang sums, in a corpus of several languages, the members' unit
	// vectors with their anchors counted (offDoc.cross) by language, and
	// cross sums them all: what the pairs of members of different
	// languages share (see level.crossAverage).
	byLang     map[string]*langSum
	cross      [2]sum
	start, end time.Time
	// named counts, for each word of a name, the title-only members that
	// name it; kept holds, sorted, those that half of them or more name,
	// once keptOK (see keptWords).
	named   map[int32]int
	kept    []int32
	keptOK  bool
	members []int
	nbrs    map[int]bool
	ver     int
	alive   bool
}

func newOffCluster(first int) *offCluster {
	return &offCluster{first: first, nbrs: map[int]bool{}, alive: true, families: 1}
}

// langSum is what a cluster's members of one language sum: how many they
// are and their vectors with anchors (kAll, kNames).
type langSum struct {
	n   int
	vec [2]sum
}

// addCross adds the vectors with anchors of a document of language lang.
func (a *offCluster) addCross(lang string, vec [2]sparse) {
	if lang == "" || vec[kAll].t == nil && vec[kNames].t == nil {
		return
	}
	if a.byLang == nil {
		a.byLang = map[string]*langSum{}
	}
	ls := a.byLang[lang]
	if ls == nil {
		ls = &langSum{}
		a.byLang[lang] = ls
	}
	ls.n++
	for k, x := range vec {
		for j, t := range x.t {
			ls.vec[k].plus(t, x.w[j])
			a.cross[k].plus(t, x.w[j])
		}
	}
}

// add puts document d (number i) in a; corpus is the sum of every
// document's vectors, or nil while it is being summed.
func (a *offCluster) add(i int, d *offDoc, corpus *offCluster) {
	for k, x := range d.vec {
		for j, t := range x.t {
			a.vec[k].plus(t, x.w[j])
			if corpus != nil {
				a.corpus[k] += x.w[j] * corpus.vec[k].get(t)
			}
		}
		if len(x.t) > 0 {
			a.with[k]++
		}
	}
	a.addCross(d.lang, d.cross)
	a.keptOK = false
	if len(d.words) > 0 && a.named == nil {
		a.named = map[int32]int{}
	}
	for _, w := range d.words {
		a.named[w]++
	}
	a.size++
	a.members = append(a.members, i)
	if d.titleOnly {
		a.titles++
	}
	if !d.time.IsZero() {
		a.dated++
		if a.start.IsZero() || d.time.Before(a.start) {
			a.start = d.time
		}
		if d.time.After(a.end) {
			a.end = d.time
		}
	}
}

// absorb puts the articles of b in a.
func (a *offCluster) absorb(b *offCluster) {
	for k := range a.vec {
		a.vec[k].absorb(&b.vec[k])
		a.corpus[k] += b.corpus[k]
		a.with[k] += b.with[k]
	}
	for k := range a.cross {
		a.cross[k].absorb(&b.cross[k])
	}
	for lang, bs := range b.byLang {
		if a.byLang == nil {
			a.byLang = map[string]*langSum{}
		}
		as := a.byLang[lang]
		if as == nil {
			a.byLang[lang] = bs
			continue
		}
		as.n += bs.n
		for k := range as.vec {
			as.vec[k].absorb(&bs.vec[k])
		}
	}
	b.byLang = nil
	// A word half of a and b's headlines name is named by half of a's or
	// half of b's: the words a keeps are found among those a and b kept,
	// without a walk of all the words, which would cost the cluster's size
	// at each join. The smaller count is walked into the larger.
	kept := append(slices.Clone(a.keptWords()), b.keptWords()...)
	if len(b.named) > len(a.named) {
		a.named, b.named = b.named, a.named
	}
	if len(b.named) > 0 && a.named == nil {
		a.named = map[int32]int{}
	}
	for w, n := range b.named {
		a.named[w] += n
	}
	b.named = nil
	a.size += b.size
	a.titles += b.titles
	slices.Sort(kept)
	kept = slices.Compact(kept)
	a.kept = slices.DeleteFunc(kept, func(w int32) bool { return 2*a.named[w] < a.titles })
	a.keptOK, b.kept = true, nil
	a.dated += b.dated
	a.families += b.families
	if !b.start.IsZero() {
		if a.start.IsZero() || b.start.Before(a.start) {
			a.start = b.start
		}
		if b.end.After(a.end) {
			a.end = b.end
		}
	}
	if len(b.members) > len(a.members) {
		a.members, b.members = b.members, a.members
	}
	a.members = append(a.members, b.members...)
	a.first = min(a.first, b.first)
}

// copyOf returns a copy of a with fresh sums and no neighbours, for the
// story level.
func (a *offCluster) copyOf() *offCluster {
	b := *a
	for k := range b.vec {
		b.vec[k] = a.vec[k].clone()
	}
	for k := range b.cross {
		b.cross[k] = a.cross[k].clone()
	}
	if a.byLang != nil {
		b.byLang = make(map[string]*langSum, len(a.byLang))
		for lang, ls := range a.byLang {
			c := *ls
			for k := range c.vec {
				c.vec[k] = ls.vec[k].clone()
			}
			b.byLang[lang] = &c
		}
	}
	b.named, b.kept = maps.Clone(a.named), slices.Clone(a.kept)
	b.members, b.nbrs, b.ver = slices.Clone(a.members), map[int]bool{}, 0
	return &b
}

// level holds what one level of the offline clustering (events, or
// stories) needs: its window and thresholds, and the mix of cosines.
type level struct {
	window        time.Duration
	body, title   float64 // average link of articles, centroid cosine of title-only items
	nameW, titleW float64
	undated       bool // keep undated clusters apart from dated ones (see apart)
	// compared counts the comparisons of two clusters, as
	// Clusterer.compared counts those of the online clustering.
	compared *int
	// corpus sums every document (a cluster of them all), and lift is how
	// many times closer than to the rest of the corpus two clusters must
	// be to join (Options.StoryLift; 0 turns it off): a cluster that
	// shares only its language's common words with another is as close to
	// any other article.
	corpus *offCluster
	lift   float64
}

// mix is the similarity of two clusters from those of their vectors: the
// cosine over all terms, raised by the mix with names and title words when
// that is higher.
func (l level) mix(s [3]float64) float64 {
	return max(s[kAll], l.nameW*s[kNames]+l.titleW*s[kTitle]+(1-l.nameW-l.titleW)*s[kAll])
}

// headlines reports whether the pair a, b is mostly of title-only items.
func headlines(a, b *offCluster) bool {
	return 2*(a.titles+b.titles) > a.size+b.size
}

// similarity is how close a and b are (see above): the average link of
// their articles, or the cosine of their centroids when they are mostly
// title-only items; and the threshold it must reach.
func (l level) similarity(a, b *offCluster) (sim, threshold float64) {
	*l.compared++
	var s [3]float64
	if headlines(a, b) {
		for k := range s {
			if d := math.Sqrt(a.vec[k].sq * b.vec[k].sq); d > 0 {
				s[k] = a.vec[k].dot(&b.vec[k]) / d
			}
		}
		return l.mix(s), l.title
	}
	return max(l.average(a, b), l.crossAverage(a, b)), l.body
}

// crossAverage is, when a and b hold articles of different languages, the
// mean similarity of those pairs of an article of a and one of b, with
// their anchors counted (see Terms): the sums of every language's vectors
// less the pairs within one language. 0 when there are none, so that
// within one language anchors count nowhere.
func (l level) crossAverage(a, b *offCluster) float64 {
	if a.byLang == nil || b.byLang == nil {
		return 0
	}
	na, nb := 0, 0
	for _, x := range a.byLang {
		na += x.n
	}
	for _, x := range b.byLang {
		nb += x.n
	}
	pairs := na * nb
	var dot [2]float64
	for k := range dot {
		dot[k] = a.cross[k].dot(&b.cross[k])
	}
	// The languages in their order: a difference of sums, in the map's
	// order, would differ in its last bits from run to run.
	for _, lang := range slices.Sorted(maps.Keys(a.byLang)) {
		if x, y := a.byLang[lang], b.byLang[lang]; y != nil {
			pairs -= x.n * y.n
			for k := range dot {
				dot[k] -= x.vec[k].dot(&y.vec[k])
			}
		}
	}
	if pairs <= 0 {
		return 0
	}
	n := float64(a.size * b.size)
	title := a.vec[kTitle].dot(&b.vec[kTitle]) / n
	return l.mix([3]float64{dot[kAll] / float64(pairs), dot[kNames] / float64(pairs), title})
}

// link is how close a and b are divided by the threshold they must pass,
// 0 when they are no closer to each other than to the rest of the corpus
// (see lifted): 1 or more joins them.
func (l level) link(a, b *offCluster) float64 {
	sim, threshold := l.similarity(a, b)
	if !l.lifted(a, b, sim) {
		return 0
	}
	return sim / threshold
}

// rest is how close a is to the rest of the corpus, as similarity
// measures it: the mean similarity of its articles with the others, or the
// cosine of its centroid with the others' (title-only items). It costs
// nothing: each cluster keeps its dot product with the corpus.
func (l level) rest(a *offCluster) float64 {
	c := l.corpus
	var s [3]float64
	for k := range s {
		// a against the sum of the others.
		d := a.corpus[k] - a.vec[k].sq
		if 2*a.titles > a.size {
			if n2 := a.vec[k].sq * (c.vec[k].sq - 2*a.corpus[k] + a.vec[k].sq); n2 > 0 {
				s[k] = d / math.Sqrt(n2)
			}
		} else if n := float64(a.size * (c.size - a.size)); n > 0 {
			s[k] = d / n
		}
	}
	return l.mix(s)
}

// lifted reports whether a and b, at similarity sim, are l.lift times
// closer to each other than either is to the rest of the corpus, or the
// lift does not apply: in a corpus under liftMinDocs, or at a similarity
// of liftCap or more, which common words alone do not reach (a burst of
// near-identical items is as close to the rest of the corpus as to each
// other, since it is most of the corpus).
func (l level) lifted(a, b *offCluster, sim float64) bool {
	if l.lift <= 0 || l.corpus.size < liftMinDocs || sim >= liftCap {
		return true
	}
	return sim >= l.lift*max(l.rest(a), l.rest(b))
}

// liftCap: see lifted.
const liftCap = 0.5

// average is the mean similarity of the pairs of an article of a and one
// of b.
func (l level) average(a, b *offCluster) float64 {
	n := float64(a.size * b.size)
	var s [3]float64
	for k := range s {
		s[k] = a.vec[k].dot(&b.vec[k]) / n
	}
	return l.mix(s)
}

// cohesion is the mean similarity of the pairs of a's articles: the sum of
// a's unit vectors, squared, counts every pair twice and each article once
// with itself.
func (l level) cohesion(a *offCluster) float64 {
	if a.size < 2 {
		return 0
	}
	n := float64(a.size * (a.size - 1))
	var s [3]float64
	for k := range s {
		s[k] = (a.vec[k].sq - float64(a.with[k])) / n
	}
	return l.mix(s)
}

// apart reports whether x and y stay apart although close: their spans do
// not meet within the window, or they are headlines of two named subjects
// (see namesApart), or one is a cluster of undated reports (at least
// splitMin of two families or more) closer to each other than to the
// other, dated, cluster.
func (l level) apart(x, y *offCluster) bool {
	if !spansMeet(x, y, l.window) || namesApart(x, y) {
		return true
	}
	if !l.undated {
		return false
	}
	for _, c := range [2][2]*offCluster{{x, y}, {y, x}} {
		u, d := c[0], c[1]
		if u.dated == 0 && d.dated > 0 && u.size >= splitMin && u.families >= 2 && l.average(u, d) < l.cohesion(u) {
			return true
		}
	}
	return false
}

// namesApart reports whether x and y, mostly title-only items and each
// holding at least namesApartMin of them, each keep naming a word that
// none of the other's headlines names (see above).
func namesApart(x, y *offCluster) bool {
	if x.titles < namesApartMin || y.titles < namesApartMin || !headlines(x, y) {
		return false
	}
	return keepsNaming(x, y) && keepsNaming(y, x)
}

// namesApartMin is how many headlines each of two clusters must hold for
// namesApart to keep them apart. Chosen on the headline tune half
// (reclustered stories, file order): 0.860 at 3 (the Missouri hearing on
// legal marijuana kept from Colorado's marijuana taxes, London's bitcoin
// machine from Mt. Gox, which Google News puts in one story each), 0.865
// at 4 and 5, 0.868 at 6, 0.871 at 8, 0.875 from 10 to 20, 0.856 at 24
// (Mt. Gox's 23 filing headlines joined to Sbarro's filing again).
const namesApartMin = 10

// keepsNaming reports whether a keeps naming a word, carried by half its
// title-only members or more, that no title-only member of b names.
func keepsNaming(a, b *offCluster) bool {
	for _, w := range a.keptWords() {
		if b.named[w] == 0 {
			return true
		}
	}
	return false
}

// keptWords returns the words half of a's title-only members or more name,
// sorted: found by a walk of its words for a cluster made by add (an
// article, or a family of copies), kept as clusters join (see absorb).
func (a *offCluster) keptWords() []int32 {
	if !a.keptOK {
		a.kept = a.kept[:0]
		for w, n := range a.named {
			if 2*n >= a.titles {
				a.kept = append(a.kept, w)
			}
		}
		slices.Sort(a.kept)
		a.keptOK = true
	}
	return a.kept
}

// spansMeet reports whether two clusters' time spans come within w of each
// other; a cluster without times meets any.
func spansMeet(a, b *offCluster, w time.Duration) bool {
	if a.start.IsZero() || b.start.IsZero() {
		return true
	}
	return !a.start.After(b.end.Add(w)) && !b.start.After(a.end.Add(w))
}

type offEntry struct {
	score      float64
	a, b       int // a came first
	verA, verB int
	keyA, keyB int
}

type offHeap []offEntry

func (h offHeap) Len() int { return len(h) }
func (h offHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score > h[j].score
	}
	if h[i].keyA != h[j].keyA {
		return h[i].keyA < h[j].keyA
	}
	return h[i].keyB < h[j].keyB
}
func (h offHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *offHeap) Push(x any)   { *h = append(*h, x.(offEntry)) }
func (h *offHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// offlineNeighbours bounds the clusters a cluster is compared with: the
// closest, kept as clusters join.
const offlineNeighbours = 64

// agglomerate joins the clusters of cs (see above) until no pair of
// neighbours passes l, then attaches the small ones left.
func agglomerate(cs []*offCluster, l level, cands [][]int) {
	owner := make([]int, len(cands)) // each article's cluster
	h := &offHeap{}
	push := func(a, b int, s float64) {
		x, y := cs[a], cs[b]
		if y.first < x.first {
			a, b, x, y = b, a, y, x
		}
		heap.Push(h, offEntry{score: s, a: a, b: b, verA: x.ver, verB: y.ver, keyA: x.first, keyB: y.first})
	}
	// prune keeps the closest offlineNeighbours of cluster i, and pushes
	// the pairs that pass.
	prune := func(i int) {
		x := cs[i]
		type nb struct {
			j int
			s float64
		}
		ns := make([]nb, 0, len(x.nbrs))
		for j := range x.nbrs {
			ns = append(ns, nb{j, l.link(x, cs[j])})
		}
		slices.SortFunc(ns, func(a, b nb) int {
			if c := cmp.Compare(b.s, a.s); c != 0 {
				return c
			}
			return cmp.Compare(cs[a.j].first, cs[b.j].first)
		})
		for k, n := range ns {
			if k >= offlineNeighbours {
				delete(x.nbrs, n.j)
				delete(cs[n.j].nbrs, i)
				continue
			}
			if n.s >= 1 {
				push(i, n.j, n.s)
			}
		}
	}
	// Rounds: pruning drops neighbours that later joins would have made
	// close, so each round links the clusters again through the
	// candidates of their articles, until one joins nothing.
	for range offlineRounds {
		for k, x := range cs {
			if x.alive {
				clear(x.nbrs)
				for _, m := range x.members {
					owner[m] = k
				}
			}
		}
		for i, js := range cands {
			for _, j := range js {
				if a, b := owner[i], owner[j]; a != b {
					cs[a].nbrs[b], cs[b].nbrs[a] = true, true
				}
			}
		}
		for i, x := range cs {
			if x.alive {
				prune(i)
			}
		}
		joins := 0
		for h.Len() > 0 {
			e := heap.Pop(h).(offEntry)
			x, y := cs[e.a], cs[e.b]
			if !x.alive || !y.alive || x.ver != e.verA || y.ver != e.verB || l.apart(x, y) {
				continue
			}
			join(cs, e.a, e.b)
			joins++
			prune(e.a)
		}
		if joins == 0 {
			break
		}
	}
	// Then the small clusters left alone, each judged against the
	// clusters as they were.
	var moves [][2]int
	for i, x := range cs {
		small := attachMax
		if 2*x.titles > x.size {
			small = attachTitleMax
		}
		if !x.alive || x.size > small {
			continue
		}
		best, bestS, second := -1, 0.0, 0.0
		for j := range x.nbrs {
			y := cs[j]
			if l.apart(x, y) {
				continue
			}
			s := l.link(x, y)
			if y.size <= small {
				second = max(second, s)
				continue
			}
			if s > bestS || s == bestS && best >= 0 && y.first < cs[best].first {
				best, bestS, second = j, s, max(second, bestS)
			} else {
				second = max(second, s)
			}
		}
		if best >= 0 && bestS >= attachShare && bestS >= attachLead*second {
			moves = append(moves, [2]int{best, i})
		}
	}
	for _, m := range moves {
		join(cs, m[0], m[1])
	}
}

// offlineRounds bounds the rounds of agglomerate.
const offlineRounds = 4

// attachMax is the size of the clusters left alone that may attach to a
// larger one, and attachShare the share of its threshold they must reach.
// attachTitleMax replaces attachMax for a cluster of mostly title-only
// items: a few headlines that rewrite one another (a wire headline and
// its updates, three listicles of one show) join each other and then stay
// apart from their story's cluster as a single headline would. 8 rather
// than 2 took the headline tune half's reclustered stories from 0.852 to
// 0.856 (4: 0.855, 16 and 24: 0.856, 32: 0.845, precision falling from
// 0.856 to 0.833; TestOfflineAttachesSmallClusters). For articles with a
// body it stays 2: at 8 a few undated ECB+ reports attached to the other
// happening of their topic (tune reclustered events 0.933 -> 0.921).
const (
	attachMax      = 2
	attachTitleMax = 8
	attachShare    = 0.5
	// attachLead is how many times closer than to any other cluster it
	// must be: what keeps a pile of unrelated articles, each a little
	// close to many, from gathering round the first clusters it formed.
	attachLead = 1.5
)

// join puts the articles of cluster b in cluster a, and b's neighbours
// with a's.
func join(cs []*offCluster, a, b int) {
	x, y := cs[a], cs[b]
	x.absorb(y)
	y.alive = false
	x.ver++
	for n := range y.nbrs {
		delete(cs[n].nbrs, b)
		if n != a {
			x.nbrs[n] = true
			cs[n].nbrs[a] = true
		}
	}
	y.nbrs = nil
}

// offlineTerms, offlineCandidates and postingSpan bound the search for
// candidates (see above).
const (
	offlineTerms      = 24
	offlineCandidates = 32
	postingSpan       = 512
)

// offCandidates returns each document's candidates (see above); anchor
// tells the anchors among the terms.
func offCandidates(docs []*offDoc, anchor func(int32) bool) [][]int {
	out := candidatesBy(docs, func(i int) sparse { return docs[i].vec[kAll] }, func(int, int) bool { return true })
	if !slices.ContainsFunc(docs, func(d *offDoc) bool { return d.lang != "" }) {
		return out
	}
	// In a corpus of several languages, then the articles of other
	// languages that share the most distinctive anchors: each document's
	// anchors, taken once out of its vector with them (terms share one
	// numbering, so the anchors are found by their kind).
	anchors := make([]sparse, len(docs))
	for i, d := range docs {
		x := d.cross[kAll]
		for k, t := range x.t {
			if anchor(t) {
				anchors[i].t = append(anchors[i].t, t)
				anchors[i].w = append(anchors[i].w, x.w[k])
			}
		}
	}
	other := func(i, j int) bool { return docs[i].lang != "" && docs[j].lang != "" && docs[i].lang != docs[j].lang }
	for i, js := range candidatesBy(docs, func(i int) sparse { return anchors[i] }, other) {
		for _, j := range js {
			if !slices.Contains(out[i], j) {
				out[i] = append(out[i], j)
			}
		}
	}
	return out
}

// candidatesBy returns each document's candidates (see above) by the
// terms of the sparse vector vec gives, among the documents j that
// ok(i, j) accepts.
func candidatesBy(docs []*offDoc, vec func(i int) sparse, ok func(i, j int) bool) [][]int {
	post := map[int32][]int{}
	for i := range docs {
		for _, t := range vec(i).t {
			post[t] = append(post[t], i)
		}
	}
	type cand struct {
		j int
		w float64
	}
	out := make([][]int, len(docs))
	acc := map[int]float64{}
	for i := range docs {
		clear(acc)
		dv := vec(i)
		order := make([]int, len(dv.t))
		for k := range order {
			order[k] = k
		}
		slices.SortFunc(order, func(a, b int) int {
			if c := cmp.Compare(dv.w[b], dv.w[a]); c != 0 {
				return c
			}
			return cmp.Compare(dv.t[a], dv.t[b])
		})
		for _, k := range order[:min(len(order), offlineTerms)] {
			t, w := dv.t[k], dv.w[k]
			ps := post[t]
			at, _ := slices.BinarySearch(ps, i)
			for _, j := range ps[max(0, at-postingSpan/2):min(len(ps), at+postingSpan/2+1)] {
				if j != i && ok(i, j) {
					acc[j] += w * vec(j).weight(t)
				}
			}
		}
		cs := make([]cand, 0, len(acc))
		for j, w := range acc {
			cs = append(cs, cand{j, w})
		}
		slices.SortFunc(cs, func(a, b cand) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			return cmp.Compare(a.j, b.j)
		})
		for _, c := range cs[:min(len(cs), offlineCandidates)] {
			out[i] = append(out[i], c.j)
		}
	}
	return out
}

// offline clusters the documents (in arrival order; root gives each one's
// family of copies) into events and stories, and returns for each
// document the number of its event and of its story: the arrival index of
// their first document.
func (c *Clusterer) offline(docs []*offDoc, root func(string) string) (event, story []int) {
	o := c.opts
	corpus := newOffCluster(0)
	for i, d := range docs {
		corpus.add(i, d, nil)
	}
	ev := level{window: o.EventWindow, body: o.ReclusterThreshold, title: o.ReclusterTitleThreshold,
		nameW: o.NameWeight, titleW: o.TitleWeight, undated: true, compared: &c.compared, corpus: corpus, lift: o.StoryLift}
	cands := offCandidates(docs, c.terms.anchor)
	// Families of copies start as one cluster.
	byRoot := map[string]int{}
	var cs []*offCluster
	for i, d := range docs {
		r := root(d.id)
		k, ok := byRoot[r]
		if !ok {
			k = len(cs)
			byRoot[r] = k
			cs = append(cs, newOffCluster(i))
		}
		cs[k].add(i, d, corpus)
	}
	agglomerate(cs, ev, cands)
	var evs []*offCluster
	event = make([]int, len(docs))
	for _, x := range cs {
		if x.alive {
			for _, m := range x.members {
				event[m] = x.first
			}
			evs = append(evs, x.copyOf())
		}
	}
	st := level{window: o.StoryWindow, body: o.ReclusterStoryThreshold, title: o.ReclusterStoryTitleThreshold,
		nameW: o.NameWeight, titleW: o.TitleWeight, compared: &c.compared, corpus: corpus, lift: o.StoryLift}
	agglomerate(evs, st, cands)
	story = make([]int, len(docs))
	for _, x := range evs {
		if x.alive {
			for _, m := range x.members {
				story[m] = x.first
			}
		}
	}
	return event, story
}

// offDoc turns an article into what the offline clustering compares,
// under the document frequencies of the clusterer; words numbers the words
// of names over the documents of one clustering (see nameWords).
func (c *Clusterer) offDoc(id string, v vector, t time.Time, titleOnly bool, words map[string]int32) *offDoc {
	d := &offDoc{id: id, time: t, titleOnly: titleOnly, vec: [3]sparse{
		kAll:   c.terms.unit(v, func(k uint8) bool { return k&kindAnchor == 0 }),
		kNames: c.terms.unit(v, func(k uint8) bool { return part(k) == partNames }),
		kTitle: c.terms.unit(v, func(k uint8) bool { return part(k) == partTitle }),
	}}
	if titleOnly {
		d.words = c.nameWords(v, words)
	}
	if len(c.langs) < 2 {
		return d
	}
	for t := range v {
		if c.terms.kind[t]&kindLang != 0 {
			d.lang = c.terms.strs[t][len(langMark):]
		}
	}
	if d.lang != "" {
		d.cross = [2]sparse{
			kAll:   c.terms.unit(v, func(k uint8) bool { return k&kindLang == 0 }),
			kNames: c.terms.unit(v, func(k uint8) bool { return k&(kindName|kindKey) != 0 }),
		}
	}
	return d
}

// Offline clusters items all at once, as copydesk recluster does (see
// above), without any online placement: the offline baseline against
// which the online clustering is measured. pins are pairs of articles (an
// original and its copy) that stay together. It returns each item's event
// and story, named after their first item as the online clustering names
// them.
func Offline(items []Item, pins [][2]string, opts Options) (event, story map[string]string) {
	c := New(opts)
	vs := make([]vector, len(items))
	for i, it := range items {
		vs[i] = c.observe(it).vector()
	}
	for _, p := range pins {
		c.copies.pin(p[0], p[1])
	}
	docs := make([]*offDoc, len(items))
	words := map[string]int32{}
	for i, it := range items {
		docs[i] = c.offDoc(it.ID, vs[i], it.Time, titleOnly(it), words)
	}
	ev, st := c.offline(docs, c.copies.root)
	event, story = map[string]string{}, map[string]string{}
	for i, it := range items {
		event[it.ID] = "e" + strings.TrimPrefix(items[ev[i]].ID, "a")
		story[it.ID] = "s" + strings.TrimPrefix(items[st[i]].ID, "a")
	}
	return event, story
}

// nameWords numbers the distinct words of the names in v (a name "@mt
// gox" gives "mt" and "gox": a headline in title case gives each
// capitalised word as a name of its own, one in sentence case the whole
// run, so that one subject is named by its words alike in both), by their
// numbers in words (which numbers the words it has not seen), sorted.
func (c *Clusterer) nameWords(v vector, words map[string]int32) []int32 {
	var out []int32
	for t := range v {
		if c.terms.kind[t]&kindName == 0 {
			continue
		}
		for w := range strings.FieldsSeq(strings.TrimPrefix(c.terms.strs[t], "@")) {
			n, ok := words[w]
			if !ok {
				n = int32(len(words))
				words[w] = n
			}
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return out
}
