package dedup

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"sync"
)

// Options tune an Index. The zero value gives the defaults.
type Options struct {
	// Bands and Rows shape the MinHash LSH: two texts of shingle Jaccard J
	// become candidates with probability 1-(1-J^Rows)^Bands. Defaults 32 and
	// 4 (about 0.87 at J=0.5, 0.9998 at J=0.7); Bands*Rows is cut to
	// SignatureSize.
	Bands, Rows int
	// MaxPosting caps the articles kept under one index key (default 128):
	// a key shared by more articles keeps its first MaxPosting articles
	// only. A full list of an LSH band still answers (a wire story reprinted
	// everywhere finds its first copies); a full list of an anchor is
	// ignored (a stock phrase: boilerplate, a sentence every report has).
	MaxPosting int
	// MaxCandidates caps the candidates of one query (default 256); the
	// candidates sharing the most keys are kept.
	MaxCandidates int
	// MinScore is the least evidence for a candidate (default 2): an LSH
	// band counts 4, an anchor 1. A single shared anchor is most often a
	// stock phrase, and in a large index such chance meetings outnumber the
	// copies a hundred to one.
	MinScore int
}

// WithDefaults returns o with the defaults in place of its zero fields.
func (o Options) WithDefaults() Options { return o.withDefaults() }

func (o Options) withDefaults() Options {
	if o.Bands <= 0 {
		o.Bands = 32
	}
	if o.Rows <= 0 {
		o.Rows = 4
	}
	if o.Bands*o.Rows > SignatureSize {
		o.Bands = SignatureSize / o.Rows
		if o.Bands == 0 {
			o.Bands, o.Rows = 1, SignatureSize
		}
	}
	if o.MaxPosting <= 0 {
		o.MaxPosting = 128
	}
	if o.MaxCandidates <= 0 {
		o.MaxCandidates = 256
	}
	if o.MinScore <= 0 {
		o.MinScore = 2
	}
	return o
}

// Index finds the stored articles that may be copies of a given one. It
// holds three kinds of keys per article, all in one inverted index:
//
//   - LSH band keys of the MinHash signature, for duplicates and
//     near-duplicates (high Jaccard);
//   - winnowed 5-shingles ("anchors"), for excerpts: any passage of 12 or more
//     words shared with a stored article shares at least one anchor with it
//     (about one anchor per 4.5 words), however small a part of either text
//     it is;
//   - six MinHash pairs of every sentence's content words, taken as their
//     WordNet synonym classes (package synonym), for rewrites: a paraphrased sentence keeps each with probability about
//     the square of the Jaccard of the two stem sets, so an article spun
//     sentence by sentence shares several.
//
// A candidate needs MinScore (a band, or two anchors). Recall is thus near
// certain for duplicates, near-duplicates and excerpts of two sentences or
// more (they share many anchors, unless all of them are stock phrases), and
// probabilistic for rewrites: on generated corpora about one rewrite pair
// in 1,500 is missed, always a spun text of three or four sentences.
//
// Cost: a query looks up at most Bands + 512 + 6*400 keys, each with at most
// MaxPosting articles, and returns at most MaxCandidates ids. The work of a
// query is therefore bounded independently of the number of articles N, and
// finding the candidates of every article is O(N), not O(N^2); Compare then
// runs on at most N*MaxCandidates pairs.
//
// An Index is not safe for concurrent use while articles are added; any
// number of goroutines may query it between additions.
type Index struct {
	opts  Options
	ids   []string
	post  keyTable // key -> article number, or -(list+1)
	lists postLists
	// since holds the keys filed since Mark (nil when not marking).
	since map[uint64]struct{}
}

// NewIndex returns an empty Index.
func NewIndex(opts Options) *Index {
	opts = opts.withDefaults()
	return &Index{opts: opts, lists: newPostLists(opts.MaxPosting)}
}

// Len returns the number of articles added.
func (ix *Index) Len() int { return len(ix.ids) }

// Add stores the fingerprint of the article id. Adding an id twice stores it
// twice.
func (ix *Index) Add(id string, fp *Fingerprint) {
	n := int32(len(ix.ids))
	ix.ids = append(ix.ids, id)
	for _, k := range ix.keys(fp) {
		ix.put(k.Hash, n)
	}
}

func (ix *Index) put(key uint64, n int32) {
	if ix.since != nil {
		ix.since[key] = struct{}{}
	}
	// One search finds the key or where it goes: a look-up and then a
	// second search to set it were most of what filing cost (profile of
	// copydesk dedup, where filing is on the ordered loop).
	p, s, at := ix.post.find(key)
	switch {
	case p == nil:
		ix.post.insert(s, at, key, n)
	case *p >= 0:
		if *p == n {
			return
		}
		*p = -(ix.lists.newList(*p, n) + 1)
	default:
		l := -*p - 1
		if int(ix.lists.len(l)) < ix.opts.MaxPosting && ix.lists.last(l) != n {
			ix.lists.add(l, n)
		}
	}
}

// postings returns the articles under key.
func (ix *Index) postings(key uint64, one *[1]int32) []int32 {
	v, ok := ix.post.get(key)
	switch {
	case !ok:
		return nil
	case v >= 0:
		one[0] = v
		return one[:]
	}
	return ix.lists.get(-v - 1)
}

// Key is one index key of a fingerprint with its weight as evidence: an
// LSH band (weight 4), an anchor shingle or a sentence anchor (1 each).
type Key struct {
	Hash   uint64
	Weight int
}

// Keys returns the index keys of fp as an Index with opts files them: what
// an index kept elsewhere (a database shared by several processes) stores
// for an article and looks up for a query, to be ranked by Rank.
func Keys(opts Options, fp *Fingerprint) []Key {
	ix := Index{opts: opts.withDefaults()}
	return ix.keys(fp)
}

// Weights of the key kinds when ranking candidates: one LSH band counts as
// much as a few anchors.
const (
	weightBand     = 4
	weightShingle  = 1
	weightSentence = 1
)

// keys returns the index keys of fp with their weights.
func (ix *Index) keys(fp *Fingerprint) []Key {
	o := ix.opts
	ks := make([]Key, 0, o.Bands+len(fp.anchors)+len(fp.sentKey))
	if len(fp.Shingles) > 0 {
		for b := range o.Bands {
			h := uint64(keyBand) ^ mix(uint64(b)+1)
			for _, v := range fp.Signature[b*o.Rows : (b+1)*o.Rows] {
				h = mix(h ^ v)
			}
			ks = append(ks, Key{h, weightBand})
		}
	}
	for _, a := range fp.anchors {
		ks = append(ks, Key{a ^ keyShingle, weightShingle})
	}
	for _, s := range fp.sentKey {
		ks = append(ks, Key{s, weightSentence})
	}
	return ks
}

// Candidates returns the ids of the stored articles that may be copies of
// fp, the most likely first (ties in the order they were added). It
// excludes nothing: a caller that added fp itself gets its own id back.
func (ix *Index) Candidates(fp *Fingerprint) []string {
	return ix.CandidatesBefore(fp, ix.Len())
}

// CandidatesBefore is Candidates as it was when only the first n articles
// had been added: those later are left out, and a posting list counts as
// full only with MaxPosting articles of the first n. A caller that adds a
// batch of articles first and then looks for the copies of each among those
// before it, on several goroutines, thus finds what adding and querying them
// one at a time would.
func (ix *Index) CandidatesBefore(fp *Fingerprint, n int) []string {
	cands := ix.NumbersBefore(fp, n)
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = ix.ids[c]
	}
	return ids
}

// NumbersBefore is CandidatesBefore giving each candidate as its number:
// the articles are numbered from 0 in the order they were added (an index
// kept beside the Index in that order reads them without a map of ids).
func (ix *Index) NumbersBefore(fp *Fingerprint, n int) []int32 {
	var one [1]int32
	before := int32(n)
	keys := ix.keys(fp)
	lists := make([][]int32, len(keys))
	singles := make([]int32, 0, len(keys)) // as Lookup's
	for i, k := range keys {
		ps := ix.postings(k.Hash, &one)
		// Lists hold article numbers in increasing order.
		lists[i] = ps[:sort.Search(len(ps), func(i int) bool { return ps[i] >= before })]
		if len(ps) == 1 && len(lists[i]) == 1 {
			singles = append(singles, one[0]) // one is reused
			lists[i] = singles[len(singles)-1 : len(singles) : len(singles)]
		}
	}
	return Rank(ix.opts, keys, lists)
}

// Lookup is one fingerprint's keys and the articles filed under each, read
// from an Index holding its first n articles (Index.Lookup); Index.Refresh
// brings it up to date after more are added.
type Lookup struct {
	keys  []Key
	lists [][]int32
	n     int
	cands []int32
}

// Lookup reads the keys of fp from ix as it is now; q.Candidates(ix) is then
// ix.Candidates(fp). Any number of goroutines may query between additions.
func (ix *Index) Lookup(fp *Fingerprint) *Lookup {
	n := ix.Len()
	keys := ix.keys(fp)
	lists := make([][]int32, len(keys))
	// A key of one article gives it in one (reused), copied here into
	// an array that all the query's single articles share: one for each
	// was most of the allocations of a look-up.
	singles := make([]int32, 0, len(keys))
	var one [1]int32
	for i, k := range keys {
		lists[i] = ix.postings(k.Hash, &one)
		if len(lists[i]) == 1 {
			singles = append(singles, one[0])
			lists[i] = singles[len(singles)-1 : len(singles) : len(singles)]
		}
	}
	return &Lookup{keys: keys, lists: lists, n: n, cands: Rank(ix.opts, keys, lists)}
}

// Candidates returns the ids of q's candidates as of its last read.
func (q *Lookup) Candidates(ix *Index) []string {
	ids := make([]string, len(q.cands))
	for i, c := range q.cands {
		ids[i] = ix.ids[c]
	}
	return ids
}

// Mark starts recording the keys filed from now on, forgetting those before,
// so that Refresh re-reads only the keys that took new articles.
func (ix *Index) Mark() {
	if ix.since == nil {
		ix.since = map[uint64]struct{}{}
	}
	clear(ix.since)
}

// Refresh brings q, read at or after the last Mark, up to ix as it is now:
// a posting list changes only when a key is filed, so only the keys filed
// since the Mark are read again, and the candidates ranked again only if one
// of them changed. q.Candidates(ix) is then ix.Candidates of its fingerprint.
func (ix *Index) Refresh(q *Lookup) {
	if q.n == ix.Len() {
		return
	}
	if ix.since == nil {
		panic("dedup: Refresh without Mark")
	}
	q.n = ix.Len()
	changed := false
	var one [1]int32
	for i, k := range q.keys {
		if _, ok := ix.since[k.Hash]; !ok {
			continue
		}
		ps := ix.postings(k.Hash, &one)
		if len(ps) == len(q.lists[i]) {
			continue
		}
		if len(ps) == 1 {
			ps = []int32{one[0]}
		}
		q.lists[i], changed = ps, true
	}
	if changed {
		q.cands = Rank(ix.opts, q.keys, q.lists)
	}
}

// Rank ranks the articles found under the keys of a query (Keys): lists[i]
// holds the articles under keys[i] that came before the query, by their
// number in the order they were added, increasing, and at most the first
// MaxPosting of them. It returns the candidates, the most likely first (ties
// in the order they were added), at most MaxCandidates: an Index and an index
// kept elsewhere rank alike.
func Rank(opts Options, keys []Key, lists [][]int32) []int32 {
	opts = opts.withDefaults()
	// The scores are summed in an array by article number, reused between
	// queries, where the articles' numbers allow it: sorting every (article,
	// weight) found, some thousands a query on the shared-sentence corpus,
	// was most of what Rank cost (profile of copydesk dedup, where a
	// chunk's ranking is on the ordered loop).
	// The array spans the numbers found, from the lowest: its size is the
	// span of the lists, not the highest number, however large the store.
	lo, hi := int32(math.MaxInt32), int32(-1)
	for i, k := range keys {
		if rankCounts(opts, k, lists[i]) {
			for _, n := range lists[i] {
				lo, hi = min(lo, n), max(hi, n)
			}
		}
	}
	if hi < 0 {
		lo = 0
	}
	if lo < 0 || int64(hi)-int64(lo) >= maxDenseRank {
		return rankSorted(opts, keys, lists)
	}
	span := int(hi - lo)
	sc := rankScratches.Get().(*rankScratch)
	defer rankScratches.Put(sc)
	if len(sc.score) <= span {
		sc.score = make([]int, span+1+span/4)
	}
	score, found := sc.score, sc.found[:0]
	for i, k := range keys {
		w := int(uint32(k.Weight)) // as the sorted sums read it
		if w == 0 || !rankCounts(opts, k, lists[i]) {
			continue // adds nothing: no candidate is found by it alone
		}
		for _, n := range lists[i] {
			if score[n-lo] == 0 {
				found = append(found, n)
			}
			score[n-lo] += w
		}
	}
	cands := make([]rankCand, 0, len(found))
	for _, n := range found {
		if score[n-lo] >= opts.MinScore {
			cands = append(cands, rankCand{n, score[n-lo]})
		}
		score[n-lo] = 0
	}
	sc.found = found[:0]
	return rankTop(opts, cands)
}

// maxDenseRank bounds the span of article numbers whose scores Rank sums
// in an array (8 bytes a number for each goroutine ranking at once).
const maxDenseRank = 1 << 20

// rankScratch is Rank's array of scores by article number, all zero
// between queries, and the articles it found.
type rankScratch struct {
	score []int
	found []int32
}

var rankScratches = sync.Pool{New: func() any { return new(rankScratch) }}

// rankCounts reports whether the articles under key k count as evidence: a
// full anchor list is a stock phrase or a stock sentence, not evidence of
// copying; band keys fill only with true copies.
func rankCounts(opts Options, k Key, ps []int32) bool {
	return k.Weight == weightBand || len(ps) < opts.MaxPosting
}

// rankCand is a candidate article and its score.
type rankCand struct {
	n     int32
	score int
}

// rankTop orders the candidates, the highest score first and ties by
// article number (a total order, so whatever order they come in), and
// returns at most MaxCandidates of them.
func rankTop(opts Options, cands []rankCand) []int32 {
	slices.SortFunc(cands, func(a, b rankCand) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.n, b.n)
	})
	if len(cands) > opts.MaxCandidates {
		cands = cands[:opts.MaxCandidates]
	}
	out := make([]int32, len(cands))
	for i, c := range cands {
		out[i] = c.n
	}
	return out
}

// rankSorted is Rank for any article numbers: every (article, weight)
// found, the article in the high half, sorted and summed by article.
func rankSorted(opts Options, keys []Key, lists [][]int32) []int32 {
	total := 0
	for i, k := range keys {
		if rankCounts(opts, k, lists[i]) {
			total += len(lists[i])
		}
	}
	hits := make([]uint64, 0, total)
	for i, k := range keys {
		ps := lists[i]
		if !rankCounts(opts, k, ps) {
			continue
		}
		for _, n := range ps {
			hits = append(hits, uint64(uint32(n))<<32|uint64(uint32(k.Weight)))
		}
	}
	slices.Sort(hits)
	var cands []rankCand
	for i := 0; i < len(hits); {
		n, s := hits[i]>>32, 0
		for ; i < len(hits) && hits[i]>>32 == n; i++ {
			s += int(uint32(hits[i]))
		}
		if s >= opts.MinScore {
			cands = append(cands, rankCand{int32(n), s})
		}
	}
	return rankTop(opts, cands)
}
