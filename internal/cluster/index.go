package cluster

import (
	"cmp"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
)

// vector is a bag of weighted terms, each by its number in the term index
// (termIndex.intern): an article's, or the sum of a cluster's articles'
// (its centroid). Numbers rather than strings: a look-up hashes 4 bytes
// instead of a string, and an entry holds 16 bytes instead of 24.
type vector map[int32]float64

// weights is what the comparisons read of a vector, a centroid (sums) or
// a prepared query's terms (sparse): the weight of a term, and every term.
type weights interface {
	get(t int32) float64
	all() iter.Seq2[int32, float64]
}

func (v vector) get(t int32) float64            { return v[t] }
func (v vector) all() iter.Seq2[int32, float64] { return maps.All(v) }
func (s sparse) get(t int32) float64            { return s.weight(t) }
func (s sparse) all() iter.Seq2[int32, float64] {
	return func(yield func(int32, float64) bool) {
		for i, t := range s.t {
			if !yield(t, s.w[i]) {
				return
			}
		}
	}
}

// The kinds of a term, by its prefix (see Terms): a name ("@"), a title
// word ("^"), an anchor ("~"), among anchors a name's key (nameKeyMark) and
// a language's mark (langMark). Each term's kind is set once, when it is
// numbered, so that no comparison looks at its string.
const (
	kindName uint8 = 1 << iota
	kindTitle
	kindAnchor
	kindKey
	kindLang
)

// kindOf is the kind of term t.
func kindOf(t string) uint8 {
	switch {
	case strings.HasPrefix(t, langMark):
		return kindAnchor | kindLang
	case strings.HasPrefix(t, nameKeyMark):
		return kindAnchor | kindKey
	case isAnchor(t):
		return kindAnchor
	case strings.HasPrefix(t, "@"):
		return kindName
	case strings.HasPrefix(t, "^"):
		return kindTitle
	}
	return 0
}

// termIndex is what the clusterer knows of terms across the corpus: a
// number for each term (the shared dictionary: every vector, centroid and
// posting list holds numbers, and each term's string is held once), its
// kind, and how many articles carry it (for inverse document frequencies,
// computed as the corpus grows).
type termIndex struct {
	// mu guards ids against Prepare, which reads it on other goroutines;
	// the ordered step, its only writer, reads it without the lock.
	mu   sync.RWMutex
	ids  map[string]int32
	strs []string // number -> term
	kind []uint8  // number -> kind
	df   []int32  // number -> articles that carry it
	docs int
	// byDF caches the idf of a document frequency under idfByDF, computed
	// when the corpus held byDFDocs[df]-1 articles: a term's idf changes
	// only when an article is counted, between two articles it is read
	// many times, and the terms of one frequency share one idf, so that a
	// placement computes a logarithm for each frequency it meets, not for
	// each term (the same expression, so the same value), and nothing is
	// kept by term.
	byDF     []float64
	byDFDocs []int32
	// key is each term's first 8 bytes, big-endian (number -> key): two
	// terms of unequal keys compare as their strings do, so ranking terms
	// by their strings (heaviest) reads their strings only when their
	// keys are equal.
	key []uint64
	// bgNorm caches the idf-weighted length of the background (df as a
	// vector: how the corpus at large writes), computed at bgDocs.
	bgNorm float64
	bgDocs int
	// epoch counts the Refine passes: an event's lengths cached in an
	// earlier one are stale (see Clusterer.expire).
	epoch int
	// scratch is heaviest's.
	scratch []float64
}

// anchor reports whether term t is an anchor (or a language's mark).
func (x *termIndex) anchor(t int32) bool { return x.kind[t]&kindAnchor != 0 }

// background is the cosine of a vector (an article's or an event's, counted
// in the document frequencies), prepared as q, with the rest of the corpus:
// the document frequencies taken as one centroid, less v's own articles
// (size of them). A story grown large comes to look like the corpus at
// large: an article that shares only the common words of its language is
// about as close to it as to the rest of the corpus, while one of the
// story is clearly closer to the story.
func (x *termIndex) background(q query, size int) float64 {
	if x.bgDocs == 0 || x.docs > x.bgDocs+x.bgDocs/10 || x.docs < x.bgDocs {
		var s float64
		for t, n := range x.df {
			if n == 0 || x.anchor(int32(t)) {
				continue
			}
			i := x.idf(int32(t))
			s += float64(n) * float64(n) * i * i
		}
		x.bgNorm, x.bgDocs = math.Sqrt(s), x.docs
	}
	n2 := x.bgNorm * x.bgNorm
	var dot float64
	for k, t := range q.all.t {
		w := q.all.w[k]
		df, i := float64(x.df[t]), x.idf(t)
		r := max(df-min(float64(size), max(q.raw[k], 1)), 0)
		dot += w * r
		n2 -= (df*df - r*r) * i * i
	}
	if q.norm == 0 || n2 <= 1e-9 {
		return 0
	}
	return dot / (q.norm * math.Sqrt(n2))
}

// liftMinDocs is the corpus size from which Options.StoryLift applies:
// in a smaller corpus the rest of it is mostly the stories being compared,
// not a background.
const liftMinDocs = 50

// lifted reports whether similarity s of a vector (of size articles,
// prepared as q) to a story is Options.StoryLift times its similarity to
// the rest of the corpus, or the lift does not apply.
func (c *Clusterer) lifted(s float64, q query, size int) bool {
	if c.opts.StoryLift <= 0 || c.terms.docs < liftMinDocs {
		return true
	}
	return s >= c.opts.StoryLift*c.terms.background(q, size)
}

func newTermIndex() termIndex {
	return termIndex{ids: map[string]int32{}, byDF: make([]float64, idfByDF), byDFDocs: make([]int32, idfByDF)}
}

// idfByDF is the document frequency below which idfs are cached
// (termIndex.byDF); the idf of a term in more articles is computed at
// each use.
const idfByDF = 1 << 16

// query is an article's vector prepared for comparison with clusters: each
// weight multiplied by idf squared, with its idf-weighted length, and the
// same for its names alone, and the length of its title words. Anchors (see Terms)
// are kept apart, with the lengths of all of them and of the names' keys,
// and langs lists the languages of the vector (an article's, or a
// cluster's when a cluster is compared): anchors count only against a
// cluster of another language (see crossing). Every sum over its terms
// runs in the order of their numbers, so that the same vector gives the
// same lengths to the last digit.
type query struct {
	all                        sparse    // sorted by term
	raw                        []float64 // the weights of all's terms in the vector
	names                      sparse    // by term, as all
	norm, namesNorm, titleNorm float64
	anchors                    sparse // by term
	anchorNorm, keyNorm        float64
	langs                      []string
}

func (x *termIndex) query(v vector) query {
	return x.queryOf(v, nil, true)
}

// groupQuery is the query of g's centroid, its anchors with it, without
// q.names (see queryOf).
func (x *termIndex) groupQuery(g *group) query {
	return x.groupQueryIn(nil, g)
}

// groupQueryIn is groupQuery built in buf's arrays (see queryIn).
func (x *termIndex) groupQueryIn(buf *queryBuf, g *group) query {
	q := x.queryIn(buf, &g.sum, &g.anchors, false)
	var at []int32
	if buf != nil {
		at = buf.at
	}
	q.all = q.all.indexedIn(at)
	if buf != nil {
		buf.at = q.all.at
	}
	return q
}

// queryBuf holds the arrays of a query that is dropped before the next
// is built in them: a merge check's query of a grown centroid (thousands
// of terms), built at each checkpoint of an event and of its story.
type queryBuf struct {
	t   []int32
	w   []float64
	raw []float64
	at  []int32
}

// queryOf is the query of v's terms and of anchors, which holds nothing
// but anchors (an article's v holds its anchors itself). q.names is filled
// only when withNames is set: a centroid's query (a merge check) reads its
// names through q.all (namesDot), and a map of them would cost a grown
// cluster's names at every check. v's terms are taken in the order of
// their numbers: an article's sorted vector and a centroid (its sorted
// terms merged with its fresh ones, sorted too) as they come, a map
// sorted first.
func (x *termIndex) queryOf(v, anchors weights, withNames bool) query {
	return x.queryIn(nil, v, anchors, withNames)
}

// queryIn is queryOf built in buf's arrays when buf is not nil, which
// then hold the query's: the query lives until the next is built in buf.
func (x *termIndex) queryIn(buf *queryBuf, v, anchors weights, withNames bool) query {
	size := weightsLen(v)
	var q query
	if buf != nil {
		q.all = sparse{t: slices.Grow(buf.t[:0], size), w: slices.Grow(buf.w[:0], size)}
		q.raw = slices.Grow(buf.raw[:0], size)
		defer func() { buf.t, buf.w, buf.raw = q.all.t, q.all.w, q.raw }()
	} else {
		q.all = sparse{t: make([]int32, 0, size), w: make([]float64, 0, size)}
		q.raw = make([]float64, 0, size)
	}
	var n [3]float64 // the squared lengths of all terms, names, title words
	add := func(t int32, w float64) {
		if x.anchor(t) {
			x.queryAnchor(&q, t, w)
			return
		}
		i := x.idf(t)
		k := x.kind[t]
		q.all.t, q.all.w, q.raw = append(q.all.t, t), append(q.all.w, w*i*i), append(q.raw, w)
		if withNames && k&kindName != 0 {
			q.names.t, q.names.w = append(q.names.t, t), append(q.names.w, w*i*i)
		}
		addPart(&n, k, w*w*i*i)
	}
	switch v := v.(type) {
	case sparse:
		for k, t := range v.t {
			add(t, v.w[k])
		}
	case *sums:
		// A grown centroid's query, at a merge check, walks thousands of
		// terms: its two sorted runs merged, without its iterator.
		v.inOrder(add)
	default:
		var ts []termWeight
		for t, w := range v.all() {
			ts = append(ts, termWeight{t, w})
		}
		slices.SortFunc(ts, func(a, b termWeight) int { return cmp.Compare(a.t, b.t) })
		for _, tw := range ts {
			add(tw.t, tw.w)
		}
	}
	if anchors != nil {
		for t, w := range anchors.all() {
			x.queryAnchor(&q, t, w)
		}
	}
	// The anchors by term, whatever order they came in.
	if !slices.IsSorted(q.anchors.t) {
		o := make([]int, len(q.anchors.t))
		for k := range o {
			o[k] = k
		}
		slices.SortFunc(o, func(a, b int) int { return cmp.Compare(q.anchors.t[a], q.anchors.t[b]) })
		a := sparse{t: make([]int32, len(o)), w: make([]float64, len(o))}
		for k, j := range o {
			a.t[k], a.w[k] = q.anchors.t[j], q.anchors.w[j]
		}
		q.anchors = a
	}
	q.norm, q.namesNorm, q.titleNorm = math.Sqrt(n[0]), math.Sqrt(n[1]), math.Sqrt(n[2])
	q.anchorNorm, q.keyNorm = math.Sqrt(q.anchorNorm), math.Sqrt(q.keyNorm)
	slices.Sort(q.langs)
	return q
}

// weightsLen is how many terms v holds.
func weightsLen(v weights) int {
	switch v := v.(type) {
	case sparse:
		return len(v.t)
	case *sums:
		return v.len()
	case vector:
		return len(v)
	}
	return 0
}

// namesDot is the dot product of q's names (its terms of kind name, with
// their weights in q.all) with g's centroid.
func (x *termIndex) namesDot(q query, g *group) float64 {
	var dot float64
	g.sum.each(q.all, func(k int, s float64) {
		if x.kind[q.all.t[k]]&kindName != 0 {
			dot += q.all.w[k] * s
		}
	})
	return dot
}

// queryAnchor adds anchor t of weight w to q (a language's mark to its
// languages).
func (x *termIndex) queryAnchor(q *query, t int32, w float64) {
	k := x.kind[t]
	if k&kindLang != 0 {
		q.langs = append(q.langs, x.strs[t][len(langMark):])
		return
	}
	i := x.idf(t)
	q.anchors.t, q.anchors.w = append(q.anchors.t, t), append(q.anchors.w, w*i*i)
	q.anchorNorm += w * w * i * i
	if k&kindKey != 0 {
		q.keyNorm += w * w * i * i
	}
}

// dots are the dot products of q with g's centroid over all terms, names
// and title words (its names and title words are terms of q.all, with the
// same weights), in one walk of q's terms and the centroid's in order.
//
// It is sums.each written out, the same terms in the same order (the
// sorted ones, then the fresh ones), without a function call at each term:
// it runs for every candidate of every placement.
func (x *termIndex) dots(q query, g *group) (all, names, title float64) {
	var d [3]float64
	s := &g.sum
	for w := newCursor(s.ids, q.all); w.next(); {
		if v := s.ws[w.j]; v > 0 {
			addPart(&d, x.kind[q.all.t[w.k]], q.all.w[w.k]*v)
		}
	}
	if len(s.fresh) > 0 {
		s.sortFresh()
		for w := newCursor(s.order, q.all); w.next(); {
			addPart(&d, x.kind[q.all.t[w.k]], q.all.w[w.k]*s.fresh[s.order[w.j]])
		}
	}
	return d[0], d[1], d[2]
}

// Parts of a term vector that are compared on their own: all its terms, its
// names ("@") and its title words ("^").
const (
	partAll = iota
	partNames
	partTitle
)

// part is the part a term of kind k belongs to besides partAll: partNames
// for a name, partTitle for a title word, partAll for any other term.
func part(k uint8) int {
	switch {
	case k&kindName != 0:
		return partNames
	case k&kindTitle != 0:
		return partTitle
	}
	return partAll
}

// addPart adds v to sums[partAll] and to the sum of the part of a term of
// kind k.
func addPart(sums *[3]float64, k uint8, v float64) {
	sums[partAll] += v
	if p := part(k); p != partAll {
		sums[p] += v
	}
}

// anchorDots is the dot product of q's anchors with g's, over all of
// them and over the names' keys.
func (x *termIndex) anchorDots(q query, g *group) (all, keys float64) {
	for k, t := range q.anchors.t {
		d := q.anchors.w[k] * g.anchors.get(t)
		all += d
		if x.kind[t]&kindKey != 0 {
			keys += d
		}
	}
	return all, keys
}

// lang is a language seen, with the number of its mark (langMark and the
// language) in the term index.
type lang struct {
	name string
	mark int32
}

// crossing reports whether a query of languages q.langs meets in g a
// language other than its own, among the languages langs seen so far:
// only then do anchors count. An article of unknown language crosses
// nothing.
func crossing(q query, g *group, langs []lang) bool {
	if len(q.langs) == 0 || len(langs) < 2 {
		return false
	}
	for _, l := range langs {
		if g.anchors.get(l.mark) > 0 && (len(q.langs) > 1 || q.langs[0] != l.name) {
			return true
		}
	}
	return false
}

const postingCap = 64 // clusters remembered per term: the most recent ones

// observe turns an item into its vector, its terms in the order of their
// numbers, numbering the terms the index has not seen (in the order of
// their strings, so that the same input numbers them alike), and counts
// its terms in the document frequencies. A prepared item (see Prepare) has
// its terms in the order of their strings already, most of their numbers
// and the order of those numbers: only the terms new when it was prepared
// are looked up, and their numbers are kept in it (for keep). They all
// come after the numbers known then, so they are sorted apart and follow.
func (c *Clusterer) observe(it Item) sparse {
	c.terms.docs++
	if it.Time.After(c.latest) {
		c.latest = it.Time
	}
	if p := c.prepared(it); p != nil {
		var late []int32 // positions of the terms numbered since
		for i, t := range p.terms {
			id := p.nums[i]
			if id < 0 {
				id = c.number(t)
				p.nums[i] = id
				late = append(late, int32(i))
			}
			c.terms.df[id]++
		}
		slices.SortFunc(late, func(a, b int32) int { return cmp.Compare(p.nums[a], p.nums[b]) })
		p.byNum = append(p.byNum, late...)
		v := sparse{t: make([]int32, len(p.byNum)), w: make([]float64, len(p.byNum))}
		for k, i := range p.byNum {
			v.t[k], v.w[k] = p.nums[i], p.ws[i]
		}
		return v
	}
	terms := it.Terms
	if terms == nil {
		terms = Terms(it.Lang, it.Title, it.Text)
	}
	ts := make([]termWeight, 0, len(terms))
	var unseen []string
	for t, w := range terms {
		id, ok := c.terms.ids[t]
		if !ok {
			unseen = append(unseen, t)
			continue
		}
		ts = append(ts, termWeight{id, w})
		c.terms.df[id]++
	}
	slices.Sort(unseen)
	for _, t := range unseen {
		id := c.number(t)
		ts = append(ts, termWeight{id, terms[t]})
		c.terms.df[id]++
	}
	slices.SortFunc(ts, func(a, b termWeight) int { return cmp.Compare(a.t, b.t) })
	v := sparse{t: make([]int32, len(ts)), w: make([]float64, len(ts))}
	for i, tw := range ts {
		v.t[i], v.w[i] = tw.t, tw.w
	}
	return v
}

// vector is v as a map.
func (v sparse) vector() vector {
	m := make(vector, len(v.t))
	for k, t := range v.t {
		m[t] = v.w[k]
	}
	return m
}

// number is the number of term t, given one (and its language recorded,
// for a language's mark) when it has none.
func (c *Clusterer) number(t string) int32 {
	if id, ok := c.terms.ids[t]; ok {
		return id
	}
	id := c.terms.intern(t)
	if c.terms.kind[id]&kindLang != 0 {
		c.addLang(t[len(langMark):], id)
	}
	return id
}

// addLang records language name, its mark numbered mark, among the
// languages seen.
func (c *Clusterer) addLang(name string, mark int32) {
	i, found := slices.BinarySearchFunc(c.langs, name, func(l lang, n string) int { return strings.Compare(l.name, n) })
	if !found {
		c.langs = slices.Insert(c.langs, i, lang{name, mark})
	}
}

// maxCandidates bounds how many clusters are compared in full with one
// article: those that share the most weight of its distinctive terms.
const maxCandidates = 32

// mergeCandidates bounds how many clusters a grown cluster is compared with
// in full when merges are checked: its centroid holds many terms, and the
// clusters that share most of its weight come first.
const mergeCandidates = 8

// maxQueryTerms bounds how many of an article's terms, the most distinctive
// first, look up clusters. It is high on purpose: in a small corpus the terms
// an article shares with its event (the place, the subject) are not its
// rarest.
const maxQueryTerms = 96

// postings maps a term (by its number) to the clusters (events, or
// stories) whose centroid holds it, the most recent last, at most
// postingCap of them. A cluster is listed by a number of its own (nums,
// ids), 4 bytes a posting rather than a string's 16, and a full list is
// shifted in place rather than grown: the lists are most of the
// clusterer's memory that grows with the corpus.
type postings struct {
	lists [][]int32        // term number -> cluster numbers
	nums  map[string]int32 // cluster id -> its number
	ids   []string         // number -> cluster id
	// acc and met are sharing's scratch: the weight shared by each
	// cluster number (zero between calls), and the numbers it met.
	acc []float64
	met []int32
}

func newPostings() *postings {
	return &postings{nums: map[string]int32{}}
}

// num is the number of cluster id, given one when it has none.
func (post *postings) num(id string) int32 {
	n, ok := post.nums[id]
	if !ok {
		n = int32(len(post.ids))
		post.nums[id] = n
		post.ids = append(post.ids, id)
	}
	return n
}

// list is the list of term t, nil when no cluster holds it.
func (post *postings) list(t int32) []int32 {
	if int(t) < len(post.lists) {
		return post.lists[t]
	}
	return nil
}

// add records that cluster number n (see num) holds term t, forgetting
// the oldest cluster beyond postingCap.
func (post *postings) add(t, n int32) {
	if int(t) >= len(post.lists) {
		post.lists = slices.Grow(post.lists, int(t)+1-len(post.lists))[:t+1]
	}
	p := post.lists[t]
	if len(p) < postingCap {
		post.lists[t] = append(p, n)
		return
	}
	copy(p, p[1:])
	p[len(p)-1] = n
}

// candidates returns the clusters that share the query's most distinctive
// terms, best first by the weight they share, at most limit.
func (c *Clusterer) candidatesOf(post *postings, q query, limit int) []string {
	terms := c.scratch.terms[:0]
	for k, t := range q.all.t {
		// Terms no cluster has can find nothing: leaving them out keeps an
		// article's unseen words from crowding out the ones it shares.
		if len(post.list(t)) > 0 {
			terms = append(terms, termWeight{t, q.all.w[k]})
		}
	}
	c.scratch.terms = terms
	return c.sharing(post, terms, limit)
}

// sharing returns the clusters (of postings post) that share the most
// distinctive of terms (prepared weights of terms that some cluster
// holds), best first by the weight they share, at most limit.
func (c *Clusterer) sharing(post *postings, terms []termWeight, limit int) []string {
	terms = c.terms.heaviest(terms, maxQueryTerms)
	// The weight each cluster shares, by its number, in a slice the
	// postings keep for it, and the clusters met in the order met.
	if len(post.acc) < len(post.ids) {
		post.acc = make([]float64, len(post.ids)+len(post.ids)/2)
	}
	met := post.met[:0]
	for _, t := range terms {
		for _, n := range post.list(t.t) {
			if post.acc[n] == 0 {
				met = append(met, n)
			}
			post.acc[n] += t.w
		}
	}
	scored := c.scratch.scored[:0]
	for _, n := range met {
		scored = append(scored, weighted{post.ids[n], post.acc[n]})
		post.acc[n] = 0
	}
	post.met, c.scratch.scored = met, scored
	scored = heaviest(scored, limit)
	out := make([]string, len(scored))
	for i, s := range scored {
		out[i] = s.key
	}
	return out
}

// candidates returns the clusters of groups (their postings post) that
// share the query's most distinctive terms (candidatesOf), and then
// those that share its most distinctive anchors and hold another language
// (see crossing), at most limit of each: within one language, the same
// candidates as if there were no anchors.
func (c *Clusterer) candidates(post *postings, groups map[string]*group, q query, limit int) []string {
	ids := c.candidatesOf(post, q, limit)
	if len(c.langs) < 2 || len(q.langs) == 0 || len(q.anchors.t) == 0 {
		return ids
	}
	var anchors []termWeight
	for k, t := range q.anchors.t {
		if len(post.list(t)) > 0 {
			anchors = append(anchors, termWeight{t, q.anchors.w[k]})
		}
	}
	for _, id := range c.sharing(post, anchors, limit) {
		if g := groups[id]; g != nil && !slices.Contains(ids, id) && crossing(q, g, c.langs) {
			ids = append(ids, id)
		}
	}
	return ids
}

// weighted is a term or a cluster id with a weight.
type weighted struct {
	key string
	w   float64
}

// heaviest sorts ws by weight, heaviest first (ties by key), and keeps at
// most n.
func heaviest(ws []weighted, n int) []weighted {
	return top(ws, n, func(a, b weighted) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
}

// termWeight is a term, by its number, with a weight.
type termWeight struct {
	t int32
	w float64
}

// heaviest sorts ts by weight, heaviest first (ties by the terms'
// strings), and keeps at most n. Of many (a grown centroid's terms at a
// merge check), those lighter than the n-th heaviest weight are dropped
// first by their weights alone (atLeast), so that the terms' strings are
// compared only among the few left.
func (x *termIndex) heaviest(ts []termWeight, n int) []termWeight {
	if n > 0 && len(ts) > 4*n {
		x.scratch = x.scratch[:0]
		for _, t := range ts {
			x.scratch = append(x.scratch, t.w)
		}
		floor := nthHeaviest(x.scratch, n)
		ts = slices.DeleteFunc(ts, func(t termWeight) bool { return t.w < floor })
	}
	return top(ts, n, func(a, b termWeight) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return x.compare(a.t, b.t)
	})
}

// compare orders terms a and b as their strings.
func (x *termIndex) compare(a, b int32) int {
	if c := cmp.Compare(x.key[a], x.key[b]); c != 0 {
		return c
	}
	return strings.Compare(x.strs[a], x.strs[b])
}

// keyOf is the first 8 bytes of t, big-endian, zeros after its end: of
// two strings, the lesser has the lesser or an equal key.
func keyOf(t string) uint64 {
	var k uint64
	for i := range 8 {
		k <<= 8
		if i < len(t) {
			k |= uint64(t[i])
		}
	}
	return k
}

// nthHeaviest returns the n-th largest of ws (1 <= n <= len(ws)), which
// it reorders: a selection by partition, in time linear in len(ws).
func nthHeaviest(ws []float64, n int) float64 {
	k := n - 1 // the position of the n-th largest once ws is sorted down
	lo, hi := 0, len(ws)-1
	for lo < hi {
		// The median of three as pivot; a partition of ws[lo:hi+1] into
		// heavier, equal and lighter than it.
		a, b, c := ws[lo], ws[(lo+hi)/2], ws[hi]
		p := max(min(a, b), min(max(a, b), c))
		i, lt, gt := lo, lo, hi
		for i <= gt {
			switch {
			case ws[i] > p:
				ws[i], ws[lt] = ws[lt], ws[i]
				i++
				lt++
			case ws[i] < p:
				ws[i], ws[gt] = ws[gt], ws[i]
				gt--
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt - 1
		case k > gt:
			lo = gt + 1
		default:
			return p
		}
	}
	return ws[k]
}

// idf is the inverse document frequency of term t.
func (x *termIndex) idf(t int32) float64 {
	df := x.df[t]
	if df < idfByDF && x.byDFDocs[df] == int32(x.docs)+1 {
		return x.byDF[df]
	}
	i := math.Log(float64(x.docs+1)/float64(df+1)) + 1
	if df < idfByDF {
		x.byDF[df], x.byDFDocs[df] = i, int32(x.docs)+1
	}
	return i
}

// refresh recomputes g's cached lengths when its centroid changed or the
// corpus grew by a tenth since they were computed.
func (x *termIndex) refresh(g *group) {
	if g.normDocs > 0 && x.docs <= g.normDocs+g.normDocs/10 {
		return
	}
	g.norm, g.nameNorm, g.titleNorm = x.norms(&g.sum)
	g.anchorNorm, g.keyNorm = x.anchorNorms(&g.anchors)
	g.normDocs, g.normEpoch = x.docs, x.epoch
}

// refresh recomputes g's cached lengths when they are stale (see expire
// and termIndex.refresh).
func (c *Clusterer) refresh(g *group) {
	c.expire(g)
	c.terms.refresh(g)
}

// expire drops an event's cached lengths when they were computed before
// the last Refine began, as if Refine had reset every event's: the reset
// is made at the event's next use, so that a Refine costs the events it
// compares, not the whole store. A story's are kept.
func (c *Clusterer) expire(g *group) {
	if g.normEpoch == c.terms.epoch {
		return
	}
	if c.events[g.id] == g {
		g.normDocs = 0
	}
	g.normEpoch = c.terms.epoch
}

// norms are the idf-weighted lengths of v, of its names and of its title
// words, in one pass over v: one idf look-up a term, no copied maps.
func (x *termIndex) norms(v weights) (all, names, title float64) {
	var n [3]float64
	for t, w := range v.all() {
		i := x.idf(t)
		addPart(&n, x.kind[t], w*w*i*i)
	}
	return math.Sqrt(n[0]), math.Sqrt(n[1]), math.Sqrt(n[2])
}

// anchorNorms are the idf-weighted lengths of anchors v (the
// languages' marks aside) and of the names' keys among them.
func (x *termIndex) anchorNorms(v weights) (all, keys float64) {
	for t, w := range v.all() {
		k := x.kind[t]
		if k&kindLang != 0 {
			continue
		}
		i := x.idf(t)
		all += w * w * i * i
		if k&kindKey != 0 {
			keys += w * w * i * i
		}
	}
	return math.Sqrt(all), math.Sqrt(keys)
}

// norm is the idf-weighted length of v.
func (x *termIndex) norm(v weights) float64 {
	var s float64
	for t, w := range v.all() {
		i := x.idf(t)
		s += w * w * i * i
	}
	return math.Sqrt(s)
}

// shared lists the n terms that contribute most to the cosine of a and b.
func (x *termIndex) shared(a vector, b *sums, n int) []string {
	var ts []weighted
	for t, w := range a {
		if bw, ok := b.lookup(t); ok && !x.anchor(t) {
			i := x.idf(t)
			ts = append(ts, weighted{x.strs[t], w * bw * i * i})
		}
	}
	return mostShared(ts, n)
}

// sharedWith is shared of a vector and b, the vector's query q given: b's
// terms are met walking q's in order (sums.each) rather than looked up one
// by one, and q holds the same terms as the vector less its anchors, which
// shared leaves out, with their weights in it (q.raw).
func (x *termIndex) sharedWith(q query, b *sums, n int) []string {
	var ts []weighted
	b.each(q.all, func(k int, bw float64) {
		t := q.all.t[k]
		i := x.idf(t)
		ts = append(ts, weighted{x.strs[t], q.raw[k] * bw * i * i})
	})
	return mostShared(ts, n)
}

// mostShared ranks ts (terms shared, each with its part of a dot product)
// and lists the n words that weigh most. A word counts as a term, a title
// word ("^") and a name ("@"): shown once, by its weightiest form. The
// heaviest few are ranked first (a bounded heap), more only when their
// forms repeat too often to give n words: an article shares hundreds of
// terms with a large cluster. ts is a set ranked in a total order, so the
// order in which it was gathered does not matter.
func mostShared(ts []weighted, n int) []string {
	for m := 4 * n; ; m *= 4 {
		var out []string
		for _, t := range heaviest(ts, m) {
			if len(out) == n {
				break
			}
			w := strings.TrimLeft(t.key, "@^")
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		if len(out) == n || m >= len(ts) || n <= 0 {
			return out
		}
	}
}

// intern returns the number of term t, giving it one when it has none.
func (x *termIndex) intern(t string) int32 {
	if id, ok := x.ids[t]; ok {
		return id
	}
	id := int32(len(x.strs))
	x.mu.Lock()
	x.ids[t] = id
	x.mu.Unlock()
	x.strs = append(x.strs, t)
	x.kind = append(x.kind, kindOf(t))
	x.df = append(x.df, 0)
	x.key = append(x.key, keyOf(t))
	return id
}

// vector returns the terms of an article Refine keeps.
func (r *refineState) vector(p *placed) vector {
	v := make(vector, p.n)
	r.eachTerm(p, func(t int32, w float64) { v[t] = w })
	return v
}

// sorted returns the terms of an article Refine keeps in the order of
// their numbers (see observe).
func (r *refineState) sorted(p *placed) sparse {
	v := sparse{t: make([]int32, 0, p.n), w: make([]float64, 0, p.n)}
	r.eachTerm(p, func(t int32, w float64) { v.t, v.w = append(v.t, t), append(v.w, w) })
	return v
}
