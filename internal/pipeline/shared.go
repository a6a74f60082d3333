package pipeline

import (
	"cmp"
	"container/list"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/cluster"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/provenance"
)

// Processing shared by several processes over one store (copydesk worker on
// PostgreSQL). The order-free part of processing runs in any process against
// a SharedIndex, a CopyIndex kept in the store (copydesk.SharedIndex):
//
//   - IndexArticles files a batch of stored articles under their keys, as
//     soon as they are stored (it depends on each article alone);
//   - MatchArticles, once every article before them in the processing order
//     is filed, finds the copies of a batch of articles (candidate search in
//     the store, pair verification, direction) and their facts, and stores
//     both (copydesk.SharedIndex.PutMatches, Store.PutArticleFacts);
//   - an Engine opened with Options.Shared commits them in order, reading
//     the stored matches instead of finding them again, and does not load
//     the copy index from the store.
//
// The candidates of an article are those an in-memory index would give for
// the same order (dedup.Rank and dedup.RankTranslations rank both), so the
// result is the one of a single process.

// SharedIndex is a CopyIndex kept in a store shared by processes: the keys
// and postings are the store's; the fingerprints of the candidates are made
// again from their stored text, and the latest kept in memory.
type SharedIndex struct {
	store copydesk.Store
	ix    copydesk.SharedIndex
	opts  dedup.Options

	mu    sync.Mutex
	cache map[string]*list.Element // of *Prepared, slim
	lru   *list.List
	max   int
}

// sharedCache is how many prepared articles a SharedIndex keeps in memory:
// the recent ones, which most candidates are.
const sharedCache = 2048

// NewSharedIndex returns the CopyIndex kept in ix, whose articles are
// store's.
func NewSharedIndex(store copydesk.Store, ix copydesk.SharedIndex, opts dedup.Options) *SharedIndex {
	return &SharedIndex{store: store, ix: ix, opts: opts.WithDefaults(), cache: map[string]*list.Element{}, lru: list.New(), max: sharedCache}
}

// Add files one stored article; see AddAll.
func (s *SharedIndex) Add(ctx context.Context, p *Prepared) error {
	return s.AddAll(ctx, []*Prepared{p})
}

// AddAll files stored articles under their keys, at their stored Added
// (their place in the order is the store's: Added, then ID). Filing an
// article again changes nothing.
func (s *SharedIndex) AddAll(ctx context.Context, ps []*Prepared) error {
	es := make([]copydesk.IndexEntry, len(ps))
	for i, p := range ps {
		e := copydesk.IndexEntry{Article: p.Article.ID, Anchors: p.Anchors.Keys(), Lang: p.Anchors.Lang}
		for _, k := range dedup.Keys(s.opts, p.Fingerprint) {
			e.Keys = append(e.Keys, k.Hash)
		}
		es[i] = e
		s.remember(p)
	}
	return s.ix.PutIndex(ctx, es)
}

// Candidates returns the articles before p in the store's order that may be
// copies or translations of p, ranked as an in-memory index ranks them.
func (s *SharedIndex) Candidates(ctx context.Context, p *Prepared) (copies, translations []*Prepared, err error) {
	a := p.Article
	keys := dedup.Keys(s.opts, p.Fingerprint)
	hashes := make([]uint64, len(keys))
	for i, k := range keys {
		hashes[i] = k.Hash
	}
	lists, err := s.ix.Postings(ctx, hashes, a.Added, a.ID, s.opts.MaxPosting)
	if err != nil {
		return nil, nil, err
	}
	ord, ids := numbered(lists)
	found := dedup.Rank(s.opts, keys, ord)
	if copies, err = s.prepared(ctx, found, ids); err != nil {
		return nil, nil, err
	}
	if p.Anchors.Lang == "" {
		return copies, nil, nil
	}
	tl, err := s.ix.Anchored(ctx, p.Anchors.Keys(), a.Added, a.ID, dedup.TranslationPosting)
	if err != nil {
		return nil, nil, err
	}
	tord, tids := numbered(tl)
	langs := map[int32]string{}
	for i, l := range tl {
		for j, x := range l {
			langs[tord[i][j]] = x.Lang
		}
	}
	tfound := dedup.RankTranslations(p.Anchors.Lang, tord, func(n int32) string { return langs[n] })
	if translations, err = s.prepared(ctx, tfound, tids); err != nil {
		return nil, nil, err
	}
	return copies, translations, nil
}

// numbered numbers the articles of the posting lists in the processing
// order, from 0: ord holds the lists by number, ids the articles by number.
func numbered(lists [][]copydesk.Posting) (ord [][]int32, ids []string) {
	type art struct {
		added time.Time
		id    string
	}
	var all []art
	seen := map[string]bool{}
	for _, l := range lists {
		for _, p := range l {
			if !seen[p.Article] {
				seen[p.Article] = true
				all = append(all, art{p.Added, p.Article})
			}
		}
	}
	slices.SortFunc(all, func(x, y art) int { return cmp.Or(x.added.Compare(y.added), cmp.Compare(x.id, y.id)) })
	num := make(map[string]int32, len(all))
	ids = make([]string, len(all))
	for i, x := range all {
		num[x.id], ids[i] = int32(i), x.id
	}
	ord = make([][]int32, len(lists))
	for i, l := range lists {
		ord[i] = make([]int32, len(l))
		for j, p := range l {
			ord[i][j] = num[p.Article]
		}
	}
	return ord, ids
}

// prepared returns the prepared articles numbered ns (ids by number), from
// memory or made again from the store, in the order of ns; an article no
// longer stored is left out.
func (s *SharedIndex) prepared(ctx context.Context, ns []int32, ids []string) ([]*Prepared, error) {
	want := make([]string, len(ns))
	for i, n := range ns {
		want[i] = ids[n]
	}
	got, err := s.getAll(ctx, want)
	if err != nil {
		return nil, err
	}
	out := make([]*Prepared, 0, len(want))
	for _, id := range want {
		if p := got[id]; p != nil {
			out = append(out, p)
		}
	}
	return out, nil
}

// Get returns a stored article prepared, nil when it is not stored.
func (s *SharedIndex) Get(ctx context.Context, id string) (*Prepared, error) {
	got, err := s.getAll(ctx, []string{id})
	return got[id], err
}

// getAll returns the prepared articles ids, by id: those in memory, the
// others read from the store and prepared (in one read).
func (s *SharedIndex) getAll(ctx context.Context, ids []string) (map[string]*Prepared, error) {
	out := make(map[string]*Prepared, len(ids))
	var missing []string
	s.mu.Lock()
	for _, id := range ids {
		if el, ok := s.cache[id]; ok {
			s.lru.MoveToFront(el)
			out[id] = el.Value.(*Prepared)
		} else {
			missing = append(missing, id)
		}
	}
	s.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	arts, err := s.store.Articles(ctx, copydesk.ArticleFilter{IDs: missing})
	if err != nil {
		return nil, fmt.Errorf("shared index: %w", err)
	}
	for _, a := range arts {
		p := Prepare(a)
		s.remember(p)
		out[a.ID] = s.slimmed(p)
	}
	return out, nil
}

func (s *SharedIndex) slimmed(p *Prepared) *Prepared {
	return &Prepared{Article: slim(p.Article), Fingerprint: p.Fingerprint, Anchors: p.Anchors, Seq: p.Seq}
}

// remember keeps p (without its text) among the latest prepared articles.
func (s *SharedIndex) remember(p *Prepared) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.cache[p.Article.ID]; ok {
		s.lru.MoveToFront(el)
		return
	}
	s.cache[p.Article.ID] = s.lru.PushFront(s.slimmed(p))
	for s.lru.Len() > s.max {
		el := s.lru.Back()
		s.lru.Remove(el)
		delete(s.cache, el.Value.(*Prepared).Article.ID)
	}
}

// IndexArticles prepares stored articles (on workers goroutines) and files
// them in ix. It depends on each article alone.
func IndexArticles(ctx context.Context, ix *SharedIndex, arts []*copydesk.Article, workers int) error {
	preps := make([]*Prepared, len(arts))
	each(workers, len(arts), func(i int) { preps[i] = Prepare(arts[i]) })
	if err := ix.AddAll(ctx, preps); err != nil {
		return fmt.Errorf("index %d articles: %w", len(arts), err)
	}
	return nil
}

// MatchArticles runs the order-free part of processing stored articles, on
// workers goroutines: their facts, and their copies among the articles
// before each in the processing order (which must all be filed in ix);
// then it stores both. Running it again on the same articles stores the
// same.
func MatchArticles(ctx context.Context, store copydesk.Store, ix *SharedIndex, shared copydesk.SharedIndex, arts []*copydesk.Article, workers int) error {
	found, err := findAll(ctx, ix, arts, workers)
	if err != nil {
		return err
	}
	fs := make([]copydesk.Facts, len(found))
	ms := make([]copydesk.Matches, len(found))
	for i, c := range found {
		fs[i] = *c.Facts
		data, err := encodeMatches(c)
		if err != nil {
			return fmt.Errorf("matches of %s: %w", c.Prepared.Article.ID, err)
		}
		ms[i] = copydesk.Matches{Article: c.Prepared.Article.ID, Data: data}
	}
	if err := store.PutArticleFacts(ctx, fs); err != nil {
		return fmt.Errorf("facts of %d articles: %w", len(fs), err)
	}
	if err := shared.PutMatches(ctx, ms); err != nil {
		return fmt.Errorf("matches of %d articles: %w", len(ms), err)
	}
	return nil
}

// findAll prepares arts, extracts their facts and finds their copies in ix,
// on workers goroutines; arts must be filed in ix already.
func findAll(ctx context.Context, ix CopyIndex, arts []*copydesk.Article, workers int) ([]Copies, error) {
	found := make([]Copies, len(arts))
	errs := make([]error, len(arts))
	each(workers, len(arts), func(i int) {
		p := Prepare(arts[i])
		said, saved, err := articleFacts(arts[i])
		if err != nil {
			errs[i] = err
			return
		}
		found[i], errs[i] = FindCopies(ctx, ix, p)
		found[i].Facts, found[i].said, found[i].terms = saved, said, articleTerms(arts[i])
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return found, nil
}

// storedMatch is a match as the store keeps it (in a storedFound): the
// pair, its figures and closeness, which words of the new article stand in
// the other (bits), and the direction.
type storedMatch struct {
	ID         string            `json:"id"`
	Kind       copydesk.Kind     `json:"kind"`
	Score      float64           `json:"score"`
	Close      float64           `json:"close"`
	Evidence   copydesk.Evidence `json:"evidence"`
	AInB       float64           `json:"a_in_b"`
	BInA       float64           `json:"b_in_a"`
	Covered    *bits             `json:"covered,omitempty"`
	Original   string            `json:"original"`
	Copy       string            `json:"copy"`
	Reasons    []string          `json:"reasons,omitempty"`
	Confidence float64           `json:"confidence"`
	// Undetermined: no signal decided the direction (provenance.Decision).
	Undetermined bool `json:"undetermined,omitempty"`
	// Own is match.own.
	Own map[string]ownKept `json:"own,omitempty"`
	// Recheck is the decision's (provenance.Decision.Recheck).
	Recheck *copydesk.Recheck `json:"recheck,omitempty"`
	// Votes is match.votes.
	Votes map[string][]provenance.Vote `json:"votes,omitempty"`
	// Family is match.family.
	Family map[string]provenance.Vote `json:"family,omitempty"`
}

// bits is a []bool packed, eight to a byte.
type bits struct {
	N int    `json:"n"`
	B []byte `json:"b"`
}

func packBits(bs []bool) *bits {
	if bs == nil {
		return nil
	}
	b := &bits{N: len(bs), B: make([]byte, (len(bs)+7)/8)}
	for i, x := range bs {
		if x {
			b.B[i/8] |= 1 << (i % 8)
		}
	}
	return b
}

func (b *bits) unpack() []bool {
	if b == nil {
		return nil
	}
	out := make([]bool, b.N)
	for i := range out {
		out[i] = i/8 < len(b.B) && b.B[i/8]&(1<<(i%8)) != 0
	}
	return out
}

// storedFound is a Copies as the store keeps it (copydesk.Matches.Data):
// the matches and the terms for placement, so that the ordered step
// computes neither.
type storedFound struct {
	Matches []storedMatch      `json:"matches"`
	Terms   map[string]float64 `json:"terms"`
}

func encodeMatches(c Copies) ([]byte, error) {
	out := make([]storedMatch, len(c.matches))
	for i, m := range c.matches {
		out[i] = storedMatch{ID: m.id, Kind: m.kind, Score: m.score, Close: m.close, Evidence: m.ev, AInB: m.aInB, BInA: m.bInA,
			Covered:  packBits(m.covered),
			Original: m.d.Original.ID, Copy: m.d.Copy.ID, Reasons: m.d.Reasons, Confidence: m.d.Confidence, Undetermined: m.d.Undetermined, Own: m.own, Votes: m.votes, Family: m.family, Recheck: m.d.Recheck}
	}
	return json.Marshal(storedFound{Matches: out, Terms: c.terms})
}

// decodeMatches reads what encodeMatches wrote: the matches and the terms.
func decodeMatches(data []byte) ([]match, map[string]float64, error) {
	var in storedFound
	if err := json.Unmarshal(data, &in); err != nil {
		return nil, nil, err
	}
	out := make([]match, len(in.Matches))
	for i, m := range in.Matches {
		out[i] = match{id: m.ID, kind: m.Kind, score: m.Score, close: m.Close, ev: m.Evidence, aInB: m.AInB, bInA: m.BInA,
			covered: m.Covered.unpack(), own: m.Own, votes: m.Votes, family: m.Family,
			d: provenance.Decision{Original: &copydesk.Article{ID: m.Original}, Copy: &copydesk.Article{ID: m.Copy}, Reasons: m.Reasons, Confidence: m.Confidence, Undetermined: m.Undetermined, Recheck: m.Recheck}}
	}
	return out, in.Terms, nil
}

// storedCopies returns what was found for arts (in their order): the stored
// matches where there are some, found now (on the Engine's workers, in its
// CopyIndex, where every article before them is filed) for the others. The
// article's facts of stored matches are in the store already.
func (e *Engine) storedCopies(ctx context.Context, arts []*copydesk.Article) ([]Copies, error) {
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	stored, err := e.opts.Shared.Matches(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Copies, len(arts))
	var missing []*copydesk.Article
	var at []int
	for i, a := range arts {
		data, ok := stored[a.ID]
		if !ok {
			missing = append(missing, a)
			at = append(at, i)
			continue
		}
		ms, terms, err := decodeMatches(data)
		if err != nil {
			return nil, fmt.Errorf("matches of %s: %w", a.ID, err)
		}
		out[i] = Copies{Prepared: &Prepared{Article: a}, matches: ms, terms: terms}
	}
	if len(missing) > 0 {
		// Found by no worker (a match job parked, say): filed, since the
		// article is stored, and found here.
		preps := make([]*Prepared, len(missing))
		e.each(len(missing), func(i int) { preps[i] = Prepare(missing[i]) })
		if err := e.copies.(*SharedIndex).AddAll(ctx, preps); err != nil {
			return nil, err
		}
		found, err := findAll(ctx, e.copies, missing, e.workers())
		if err != nil {
			return nil, err
		}
		for j, i := range at {
			out[i] = found[j]
		}
	}
	// Made ready for placement here, beside the ordered step (as
	// prepareRound does): the terms numbered meanwhile by the rounds
	// being placed are numbered by placement (cluster.Prepare).
	e.each(len(out), func(i int) {
		a := out[i].Prepared.Article
		out[i].placing = e.clus.Prepare(cluster.Item{Lang: a.Lang, Title: a.Title, Text: a.Text, Terms: out[i].terms})
	})
	return out, nil
}
