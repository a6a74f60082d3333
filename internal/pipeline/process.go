package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/cluster"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/extract"
	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/provenance"
)

// The processing of a stored article is split in two parts, so that what
// needs no global order runs in parallel (on several goroutines here, and on
// several machines once a CopyIndex is shared) and only the rest runs one
// article at a time:
//
//   - unordered: Prepare (the fingerprint and the translation anchors) and
//     the article's facts, then FindCopies against a CopyIndex that holds
//     every article before it in the processing order: candidate search,
//     pair verification, and the direction of each copy. It reads nothing
//     that the processing of another article writes, except that article's
//     index entry.
//   - ordered (Engine.commit): the event a copy joins (its original's), the
//     placement in events and stories with the merges and splits it brings,
//     and the one SaveResult of the article's decisions and facts; once a
//     round is committed, the facts of the stories it changed are merged.
//
// An Engine processes a round of articles (a batch) by preparing them in
// parallel, adding them to its CopyIndex in order, finding their copies in
// parallel and committing them in order, while the next round is read,
// extracted and prepared. Each article's copies are found among exactly the
// articles before it, so the result does not depend on how many goroutines
// run, nor on where the rounds begin and end.

// Prepared is an article with what copy search needs of it.
type Prepared struct {
	Article     *copydesk.Article
	Fingerprint *dedup.Fingerprint
	Anchors     *dedup.Anchors
	// Seq is the article's place in the processing order, given by
	// CopyIndex.Add.
	Seq int64
}

// Prepare computes what copy search needs of an article: its fingerprint
// and its translation anchors. It depends on the article alone.
func Prepare(a *copydesk.Article) *Prepared {
	return &Prepared{
		Article:     a,
		Fingerprint: dedup.NewFingerprint(a.Title, a.Text),
		Anchors:     dedup.NewAnchors(a.Lang, a.Title, a.Text),
	}
}

// CopyIndex holds what copy search needs of the articles processed so far:
// their index keys, fingerprints, anchors and the metadata provenance reads.
// The Engine's is in memory (NewMemoryIndex); one shared by several
// processes would live in the database.
type CopyIndex interface {
	// Add appends an article to the processing order, setting p.Seq.
	// Articles are added in the order they are processed.
	Add(ctx context.Context, p *Prepared) error
	// Candidates returns the articles added before p that may be copies of
	// it, the most likely first, and those that may be its translations.
	// Their Article holds metadata only (no text). It may be called from
	// several goroutines at once, between calls to Add.
	Candidates(ctx context.Context, p *Prepared) (copies, translations []*Prepared, err error)
	// Get returns an article added before, nil when there is none.
	Get(ctx context.Context, id string) (*Prepared, error)
}

// DefaultIndexWindow is the default of Options.IndexWindow: about a day of
// a large monitor's flow (1,700 articles a day), where most candidates are.
// A decoded fingerprint is about 32 KB, so 8,192 of them held some 270 MB
// whatever the store's size; the output does not depend on the window
// (TestWorkersSameOutput runs with a window of 8), only the reads of older
// candidates from the temporary file do.
const DefaultIndexWindow = 2048

// NewMemoryIndex returns an empty CopyIndex of one process. It keeps its
// latest window articles in memory (DefaultIndexWindow when window is 0) and
// writes the older ones to a temporary file, keeping a sketch of each
// (dedup.Sketch, about a tenth of its fingerprint), from which a candidate is
// read back only when the sketch shows that Verify could find it a copy (the
// most recently read stay decoded): candidates are
// mostly recent articles (a wire story's reprints, an event's reports), and
// the memory stays bounded however many articles the index holds. The
// translation anchors of an article written out are made again, from its
// text in store, when it is a translation candidate. Close removes the file.
func NewMemoryIndex(store copydesk.Store, opts dedup.Options, window int) CopyIndex {
	if window <= 0 {
		window = DefaultIndexWindow
	}
	return &memIndex{store: store, copies: dedup.NewIndex(opts), trans: dedup.NewTranslationIndex(),
		byID: map[string]int64{}, window: window}
}

// memIndex is the CopyIndex of one process.
type memIndex struct {
	mu     sync.RWMutex
	store  copydesk.Store
	copies *dedup.Index
	trans  *dedup.TranslationIndex
	byID   map[string]int64
	// items are the articles by Seq; those before inMem are written out.
	items  []indexed
	inMem  int64
	window int
	spill  *spill
	// slab holds the arrays of the written-out articles' sketches.
	slab dedup.SketchSlab
	// queried is set by Candidates: the next Add trims the translation
	// index's posting lists first (see dedup.TranslationIndex.Trim).
	queried atomic.Bool
}

// indexed is one article of a memIndex: in memory (p), or where it is in
// the spill file with its sketch, from which most candidates are rejected
// without reading them back. The sketch is held by value, its arrays in the
// index's slab, so that a written-out article is no object of its own for
// the garbage collector to visit.
type indexed struct {
	p   *Prepared
	sk  dedup.Sketch
	off int64
	n   int32
}

func (m *memIndex) Add(_ context.Context, p *Prepared) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.queried.Swap(false) {
		m.trans.Trim()
	}
	p.Seq = int64(len(m.items))
	id := p.Article.ID
	m.copies.Add(id, p.Fingerprint)
	m.trans.Add(id, p.Anchors)
	m.byID[id] = p.Seq
	m.items = append(m.items, indexed{p: &Prepared{Article: slim(p.Article), Fingerprint: p.Fingerprint, Anchors: p.Anchors, Seq: p.Seq}})
	if m.copies.Len() != len(m.items) {
		return fmt.Errorf("copy index: %d articles numbered, %d held", m.copies.Len(), len(m.items))
	}
	for int64(len(m.items))-m.inMem > int64(m.window) {
		if m.spill == nil {
			s, err := newSpill(m.window / 4)
			if err != nil {
				return err
			}
			m.spill = s
		}
		it := &m.items[m.inMem]
		off, n, err := m.spill.put(it.p)
		if err != nil {
			return err
		}
		*it = indexed{sk: m.slab.Sketch(it.p.Fingerprint), off: off, n: n}
		m.inMem++
	}
	return nil
}

// fetch returns article seq, reading it back when written out. The caller
// holds m.mu.
func (m *memIndex) fetch(seq int64) (*Prepared, error) {
	it := m.items[seq]
	if it.p != nil {
		return it.p, nil
	}
	return m.spill.get(seq, it.off, it.n)
}

func (m *memIndex) Candidates(ctx context.Context, p *Prepared) (copies, translations []*Prepared, err error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	m.queried.Store(true)
	var q *dedup.Query
	// The copy index numbers the articles as items holds them (Add adds to
	// both), so its candidates are read by number: a look-up by id in byID
	// is a cache miss that grows with the store.
	for _, n := range m.copies.NumbersBefore(p.Fingerprint, int(p.Seq)) {
		seq := int64(n)
		if it := &m.items[seq]; it.p == nil {
			// Written out: read back only when Verify could find a copy
			// (dedup.Sketch), which leaves out nearly all, so the copies
			// found are the same.
			if q == nil {
				q = dedup.NewQuery(p.Fingerprint)
			}
			if !q.MayCopy(&it.sk) {
				continue
			}
		}
		c, err := m.fetch(seq)
		if err != nil {
			return nil, nil, err
		}
		copies = append(copies, c)
	}
	for _, id := range m.trans.CandidatesBefore(p.Anchors, int(p.Seq)) {
		c, err := m.fetch(m.byID[id])
		if err != nil {
			return nil, nil, err
		}
		if c.Anchors == nil {
			a, err := m.store.Article(ctx, id)
			if err != nil {
				return nil, nil, fmt.Errorf("translation candidate %s: %w", id, err)
			}
			x := *c
			x.Anchors = dedup.NewAnchors(a.Lang, a.Title, a.Text)
			c = &x
		}
		translations = append(translations, c)
	}
	return copies, translations, nil
}

func (m *memIndex) Get(_ context.Context, id string) (*Prepared, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	seq, ok := m.byID[id]
	if !ok {
		return nil, nil
	}
	return m.fetch(seq)
}

// Close closes the file of the articles written out.
func (m *memIndex) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.spill == nil {
		return nil
	}
	err := m.spill.close()
	m.spill = nil
	return err
}

// Copies is what FindCopies finds for one article: every verified pair
// with an earlier article, its direction decided. Which of them become
// relations depends on the relations already stored, so the ordered part
// chooses (link.go).
type Copies struct {
	Prepared *Prepared
	matches  []match
	// Facts are what the article says, encoded for the store (set by the
	// Engine's rounds, not by FindCopies).
	Facts *copydesk.Facts
	said  *facts.Facts
	// terms are the article's terms for placement (cluster.Terms), set
	// by the rounds with the facts: the ordered part does not compute
	// them.
	terms map[string]float64
	// placing is the article made ready for placement beside the ordered
	// step (cluster.Clusterer.Prepare), when the rounds made it.
	placing *cluster.Prepared
}

// FindCopies finds the copies and translations of p among the articles
// before it in ix, verifies each candidate pair and decides its direction.
// It reads nothing but p and ix, so any number may run at once.
func FindCopies(ctx context.Context, ix CopyIndex, p *Prepared) (Copies, error) {
	a, fp := p.Article, p.Fingerprint
	cands, trans, err := ix.Candidates(ctx, p)
	if err != nil {
		return Copies{}, fmt.Errorf("find copies of %s: %w", a.ID, err)
	}
	out := Copies{Prepared: p}
	// decide decides the direction of the pair of a with b. pp holds the
	// figures of the pair that bear on it (shares, aligned sentences, a
	// translation's names); decide adds the kind and the texts.
	// close is dedup.BodyCloseness of the pair (0 for a translation: it
	// shares no words).
	decide := func(b *Prepared, kind copydesk.Kind, score, close float64, ev copydesk.Evidence, pp provenance.Pair, covered []bool) {
		pp.Kind, pp.AText, pp.BText = kind, fp.Text, b.Fingerprint.Text
		pp.Spans = [2]provenance.Span{publishedSpan(a, b.Article), publishedSpan(b.Article, a)}
		d := provenance.Direct(a, b.Article, pp)
		out.matches = append(out.matches, match{id: b.Article.ID, kind: kind, score: score, close: close, ev: ev, aInB: pp.AInB, bInA: pp.BInA, covered: covered, d: d})
	}
	type verified struct {
		b *Prepared
		m dedup.Match
	}
	var found []verified
	for _, b := range cands {
		if b.Article.ID == a.ID {
			continue
		}
		if m := dedup.Verify(fp, b.Fingerprint); m.Kind != "" {
			found = append(found, verified{b, m})
		}
	}
	// The relatives vote on the bodies' own text: headlines are what
	// every outlet rewrites, and copies of one text often make theirs
	// alike (dedup.Fingerprint.BodyShingles); text the other side has as
	// its headline is not own text either (provenance.KeptBodies).
	// The bodies are found once each, for the closeness of every pair
	// too.
	var ownBody []uint64
	var body [][]uint64
	var bodies []dedup.Body
	var own dedup.Body
	if len(found) > 0 {
		own = fp.Body(a.Title)
		bodies = make([]dedup.Body, len(found))
		for i, v := range found {
			bodies[i] = v.b.Fingerprint.Body(v.b.Article.Title)
		}
	}
	if len(found) > 1 {
		ownBody = own.Shingles
		body = make([][]uint64, len(found))
		for i := range found {
			body[i] = bodies[i].Shingles
		}
	}
	rel := make([]*Prepared, len(found))
	for i, v := range found {
		rel[i] = v.b
	}
	for i, v := range found {
		b, m := v.b, v.m
		covered, coveredB := dedup.Covered(fp, b.Fingerprint, m.AlignedSentences, true), dedup.Covered(b.Fingerprint, fp, m.AlignedSentences, false)
		pp := provenance.Pair{AInB: dedup.Share(covered), BInA: dedup.Share(coveredB), Aligned: alignedText(fp, b.Fingerprint, m)}
		// The other relatives of a vote on which of a and b kept the
		// text they share (edits accumulate on the copy): at most
		// maxRelatives of them, in the order the index gave them.
		if m.Kind != copydesk.SharedSource {
			var zs [][]uint64
			for j, z := range found {
				if j != i && z.m.Kind != copydesk.SharedSource && len(zs) < maxRelatives && !sameOutlet(z.b.Article, a, b.Article) {
					zs = append(zs, z.b.Fingerprint.Shingles)
				}
			}
			if len(zs) > 0 {
				pp.Relatives = provenance.KeptBy(ownBody, fp.Shingles, body[i], b.Fingerprint.Shingles, zs)
			}
			if fromOneSource(m.Kind) && len(found) > 1 {
				if v, ok := oneSource(p, ownBody, rel, body, i); ok {
					m.Kind, m.Why, pp.Relatives = copydesk.SharedSource, fmt.Sprintf(whyFamily, min(v.A, v.B), max(v.A, v.B)), nil
				}
			}
		}
		ev := copydesk.Evidence{Jaccard: m.Jaccard, Passages: m.Passages}
		if m.Why != "" {
			ev.Direction = []string{m.Why} // what made it shared-source (link.go)
		}
		decide(b, m.Kind, m.Score, dedup.CloseBodies(own, bodies[i]), ev, pp, covered)
	}
	// What the relatives keep of either side's own text for the pairs
	// among the closest, to re-decide the stored ones (recheck.go).
	if len(found) > 1 {
		arts, shingles, kinds := make([]*copydesk.Article, len(found)), make([][]uint64, len(found)), make([]copydesk.Kind, len(found))
		for i, v := range found {
			arts[i], shingles[i], kinds[i] = v.b.Article, v.b.Fingerprint.Shingles, v.m.Kind
		}
		recheckVotes(a, fp.Shingles, out.matches[:len(found)], kinds, arts, body, shingles)
		familyVotes(p, ownBody, out.matches[:len(found)], rel, body)
	}
	// What each of the closest keeps of the others' own text, for the
	// linking (link.go), on the bodies as the relatives' votes.
	sh := make(map[string][]uint64, len(found))
	for i, v := range found {
		if len(found) > 1 && v.m.Kind != copydesk.SharedSource {
			sh[v.b.Article.ID] = body[i]
		}
	}
	ownKepts(ownBody, out.matches, sh)
	// A translation has one original in each other language: of several
	// candidates that pass, only the best aligned is related.
	best := map[string]dedup.TranslationMatch{}
	bestOf := map[string]*Prepared{}
	for _, b := range trans {
		if b.Article.ID == a.ID {
			continue
		}
		m := dedup.CompareTranslation(p.Anchors, b.Anchors)
		if m.Kind == "" {
			continue
		}
		lang := b.Anchors.Lang
		if x, ok := best[lang]; !ok || m.Score > x.Score || m.Score == x.Score && m.Coverage > x.Coverage {
			best[lang], bestOf[lang] = m, b
		}
	}
	langs := make([]string, 0, len(best))
	for l := range best {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		m := best[l]
		decide(bestOf[l], m.Kind, m.Score, 0, copydesk.Evidence{Anchors: m.Shared},
			provenance.Pair{AInB: m.Coverage, BInA: m.Coverage, Names: m.Names, Abbreviations: m.Abbreviations}, nil)
	}
	return out, nil
}

// fromOneSource reports whether a pair found of kind k is re-decided as
// two reports of one source when a relative keeps each side's own text
// (oneSource): a rewrite. A near-duplicate or a duplicate keeps (nearly)
// all of its original, and what a relative keeps of its few edits tells
// nothing of a source. An excerpt's own text is its host's: on the copy
// benchmark's tune draws, two excerpts of one original set in invented
// host text share filler sentences, so the pair of the original with one
// excerpt has the other excerpt keep both sides' own text (6 gold excerpt
// pairs of draws 2, 5 and 7 were taken for shared-source when excerpts
// were asked).
func fromOneSource(k copydesk.Kind) bool { return k == copydesk.Rewrite }

// oneSource looks among the relatives of the pair of a (its body
// shingles aBody) with rel[i] for one that shows the two written from one
// source (threeReports): another of a's matches, not of either side's
// outlet, the first maxRelatives of them. It returns what that relative
// keeps of a's and rel[i]'s own text. body[j] holds rel[j]'s body
// shingles.
func oneSource(a *Prepared, aBody []uint64, rel []*Prepared, body [][]uint64, i int) (provenance.Vote, bool) {
	b := rel[i]
	x, y := sides{aBody, a.Fingerprint.Shingles}, sides{body[i], b.Fingerprint.Shingles}
	asked := 0
	for j, z := range rel {
		if j == i || sameOutlet(z.Article, a.Article, b.Article) {
			continue
		}
		if asked++; asked > maxRelatives {
			break
		}
		if v, ok := threeReports(x, y, sides{body[j], z.Fingerprint.Shingles}); ok {
			return v, true
		}
	}
	return provenance.Vote{}, false
}

// familyVotes records, for the pairs among the maxRecheck closest of the
// verified matches (ms; rel[i] is ms[i]'s article, body[i] its body
// shingles) that the new article p (its body shingles own) shows written
// from one source (threeReports), what it keeps of each side's own text:
// the ordered step re-decides a stored copy relation between them as
// shared-source (links.recheck). The vote is put on the match of the
// smaller id, keyed by the other. With oneSource, which asks the relatives
// a pair has when it is stored, a pair is decided by the same three texts
// whichever of the three comes last.
func familyVotes(p *Prepared, own []uint64, ms []match, rel []*Prepared, body [][]uint64) {
	top := closestMatches(ms, maxRecheck, func(i int) bool { return ms[i].kind != copydesk.Translation && body[i] != nil })
	z := sides{own, p.Fingerprint.Shingles}
	for k, x := range top {
		for _, y := range top[k+1:] {
			lo, hi := x, y
			if ms[hi].id < ms[lo].id {
				lo, hi = hi, lo
			}
			if sameOutlet(p.Article, rel[lo].Article, rel[hi].Article) {
				continue
			}
			v, ok := threeReports(sides{body[lo], rel[lo].Fingerprint.Shingles}, sides{body[hi], rel[hi].Fingerprint.Shingles}, z)
			if !ok {
				continue
			}
			if ms[lo].family == nil {
				ms[lo].family = map[string]provenance.Vote{}
			}
			ms[lo].family[ms[hi].id] = v
		}
	}
}

// sides is one article of three as threeReports reads it: its body's
// word 5-shingles and all of them, headline included (each sorted).
type sides struct{ body, all []uint64 }

// threeReports reports whether z shows x and y written from one source,
// with what z keeps of x's own text against y (A) and of y's (B): z keeps
// provenance.MinFamilyKept of each side's own text (Vote.KeepsBoth), and
// y keeps as much of x's and z's own text against each other, and x of
// y's and z's. The second test parts three reports of one source, none
// the original of another, from two copies of one original and the
// original itself: the original keeps what each copy dropped or changed,
// but neither copy keeps the other's edits against it. It is three passes
// over four shingle sets at most.
func threeReports(x, y, z sides) (provenance.Vote, bool) {
	v := provenance.KeptBodies(x.body, x.all, y.body, y.all, z.all)
	if !v.KeepsBoth() {
		return v, false
	}
	if !provenance.KeptBodies(x.body, x.all, z.body, z.all, y.all).KeepsBoth() {
		return v, false
	}
	return v, provenance.KeptBodies(y.body, y.all, z.body, z.all, x.all).KeepsBoth()
}

// whyFamily is the reason of a pair fromOneSource re-decided, after
// "written from a common source": the shingles the relative keeps of each
// side's own text, the fewer first.
const whyFamily = "another related article keeps what each of the two has and the other lacks (%d and %d word runs), which neither could have taken from the other: both took it from one source"

// sameOutlet reports whether z comes from the outlet of a or of b: an
// outlet's pages share its template (promotional and sign-up lines that
// extraction has not yet seen repeated), so what z keeps of that side's
// own text may be template, no evidence of descent.
func sameOutlet(z, a, b *copydesk.Article) bool {
	src := strings.TrimSpace(z.Source)
	return src != "" && (strings.EqualFold(src, strings.TrimSpace(a.Source)) || strings.EqualFold(src, strings.TrimSpace(b.Source)))
}

// maxRelatives is the most relatives that vote on the direction of one
// pair (provenance.Pair.Relatives): the votes cost a pass over three
// shingle sets each.
const maxRelatives = 8

// publishedSpan is when a was published, as far as its time tells, beside
// other, a copy of its text or its original (extract.PublishedSpanBeside).
func publishedSpan(a, other *copydesk.Article) provenance.Span {
	from, to := extract.PublishedSpanBeside(a, other)
	return provenance.Span{Earliest: from, Latest: to}
}

// alignedText gives provenance the sentence pairs m aligned, as they read
// in a's and b's texts.
func alignedText(a, b *dedup.Fingerprint, m dedup.Match) []provenance.Sentences {
	out := make([]provenance.Sentences, 0, len(m.AlignedSentences))
	for _, p := range m.AlignedSentences {
		sa, sb := a.Sentences[p.A], b.Sentences[p.B]
		out = append(out, provenance.Sentences{A: a.Text[sa.Start:sa.End], B: b.Text[sb.Start:sb.End]})
	}
	return out
}

// commit is the ordered part of processing an article: it places the
// article in an event and a story (with its original's event when it is a
// copy) and returns all of its decisions, for one SaveResult. The caller
// holds e.mu.
func (e *Engine) commit(c Copies) copydesk.Result {
	a := c.Prepared.Article
	// Each article is linked to its nearest relative (link.go).
	lp := e.links.choose(a.ID, c.matches)
	keep, unlink := lp.keep, lp.unlink
	var rels []copydesk.Relation
	join, joinScore := "", 0.0
	for _, m := range keep {
		ev := m.ev
		ev.ReusedOfOriginal, ev.ReusedOfCopy = m.bInA, m.aInB
		if m.d.Original.ID == a.ID {
			ev.ReusedOfOriginal, ev.ReusedOfCopy = m.aInB, m.bInA
		}
		ev.Direction, ev.Confidence, ev.Undetermined, ev.Recheck = m.d.Reasons, m.d.Confidence, m.d.Undetermined, m.d.Recheck
		ev.NearestOf, ev.TieOf = lp.nearestOf(a.ID, m.id), lp.tieOf(m.id)
		rels = append(rels, copydesk.Relation{From: m.d.Original.ID, To: m.d.Copy.ID, Kind: m.kind, Score: m.score, Evidence: ev})
		if m.kind == copydesk.SharedSource {
			continue // independent reports: placed by their words alone
		}
		// A copy and its original stay together: re-placement leaves both.
		e.clus.Pin(m.id, a.ID)
		if evID := e.clus.EventOf(m.id); evID != "" && m.score > joinScore {
			join, joinScore = evID, m.score
		}
	}
	sort.Slice(rels, func(i, j int) bool {
		if rels[i].From != rels[j].From {
			return rels[i].From < rels[j].From
		}
		return rels[i].To < rels[j].To
	})
	it := item(a, join)
	it.Terms, it.Prepared = c.terms, c.placing
	asg := e.clus.Assign(it)
	ev, _ := e.clus.Event(asg.Event)
	st, _ := e.clus.Story(asg.Story)
	pl := &copydesk.Placement{Reason: asg.Reason, Similarity: asg.Similarity, StorySimilarity: asg.StorySimilarity,
		GapHours: asg.Gap.Hours(), Copy: asg.Copy}
	e.sharedWords(pl, a, asg.Shared)
	res := copydesk.Result{
		Article:   a.ID,
		Event:     asg.Event,
		Story:     asg.Story,
		Placement: pl,
		Relations: rels,
		Unlink:    unlink,
		Redirect:  lp.redirect,
		Events:    []copydesk.Event{{ID: ev.ID, Story: ev.Story, Title: ev.Title, FirstSeen: ev.First, LastSeen: ev.Last}},
		Stories:   []copydesk.Story{{ID: st.ID, Title: st.Title, FirstSeen: st.First, LastSeen: st.Last}},
		Facts:     c.Facts,
		Now:       e.opts.Now().UTC(),
	}
	// Two events or two stories found to be one, or an event that left its
	// story: the articles move in the same transaction, and the events that
	// changed story are saved with it.
	seen := map[string]bool{ev.ID: true, st.ID: true}
	if len(asg.Moved) > 0 {
		// The moved articles' placements are copied: their words first.
		e.words.Wait()
	}
	for _, id := range asg.Moved {
		evID := e.clus.EventOf(id)
		mev, _ := e.clus.Event(evID)
		res.Moves = append(res.Moves, copydesk.Move{Article: id, Event: mev.ID, Story: mev.Story,
			Placement: movedPlacement(e.arts[id], mev.ID, mev.Story, asg.SplitFrom)})
		if !seen[mev.ID] {
			seen[mev.ID] = true
			res.Events = append(res.Events, copydesk.Event{ID: mev.ID, Story: mev.Story, Title: mev.Title, FirstSeen: mev.First, LastSeen: mev.Last})
		}
	}
	// So do the stories a split made or left.
	for _, id := range append([]string{asg.SplitFrom}, asg.SplitStories...) {
		if mst, ok := e.clus.Story(id); ok && !seen[id] {
			seen[id] = true
			res.Stories = append(res.Stories, copydesk.Story{ID: mst.ID, Title: mst.Title, FirstSeen: mst.First, LastSeen: mst.Last})
		}
	}
	e.touched(res)
	if c.said != nil {
		e.says.remember(c.said)
	}
	for _, r := range rels {
		e.says.relate(r)
	}
	a.Event, a.Story, a.Placement = asg.Event, asg.Story, pl
	// A copy re-decided as shared-source is no copy to the story's facts
	// either.
	for _, d := range lp.redirect {
		if r, ok := e.links.rels[pairKey(d.From, d.To)]; ok && d.Kind != "" {
			e.says.relate(r.Redirected(d))
			for _, id := range []string{d.From, d.To} {
				if x := e.arts[id]; x != nil && x.Story != "" {
					e.says.dirty[x.Story] = true
				}
			}
		}
	}
	e.links.commit(lp, rels)
	for _, l := range unlink {
		e.says.unrelate(l)
		for _, id := range []string{l.From, l.To} {
			if x := e.arts[id]; x != nil && x.Story != "" {
				e.says.dirty[x.Story] = true
			}
		}
	}
	for _, m := range res.Moves {
		if old := e.arts[m.Article]; old != nil {
			old.Event, old.Story = m.Event, m.Story
			e.place(old, m.Placement)
		}
	}
	p := placedOf(a)
	e.placeLater(p, pl)
	e.arts[a.ID] = p
	return res
}

// round is one round of stored articles on their way through processing.
type round struct {
	found []Copies
	// report is what to report once the round is committed, in order;
	// an Added item's Article then has its event and story.
	report []Item
}

// prepareRound runs the unordered part of processing for arts, in order:
// Prepare and the facts in parallel, CopyIndex.Add in order, FindCopies in
// parallel. ctx is not checked: a round begun is finished.
func (e *Engine) prepareRound(ctx context.Context, arts []*copydesk.Article) ([]Copies, error) {
	preps := make([]*Prepared, len(arts))
	said := make([]*facts.Facts, len(arts))
	saved := make([]*copydesk.Facts, len(arts))
	errs := make([]error, len(arts))
	terms := make([]map[string]float64, len(arts))
	e.each(len(arts), func(i int) {
		preps[i] = Prepare(arts[i])
		said[i], saved[i], errs[i] = articleFacts(arts[i])
		terms[i] = articleTerms(arts[i])
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for _, p := range preps {
		if err := e.copies.Add(ctx, p); err != nil {
			return nil, fmt.Errorf("index %s: %w", p.Article.ID, err)
		}
	}
	found := make([]Copies, len(arts))
	e.each(len(arts), func(i int) {
		found[i], errs[i] = FindCopies(ctx, e.copies, preps[i])
		found[i].Facts, found[i].said, found[i].terms = saved[i], said[i], terms[i]
		// Last, so that the terms numbered meanwhile by the rounds before
		// it are known.
		found[i].placing = e.clus.Prepare(cluster.Item{Lang: arts[i].Lang, Title: arts[i].Title, Text: arts[i].Text, Terms: terms[i]})
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return found, nil
}

// placeRound places a round's articles in order and returns their
// results, to be saved in that order. The caller holds e.mu.
func (e *Engine) placeRound(r round) []copydesk.Result {
	results := make([]copydesk.Result, len(r.found))
	for i, c := range r.found {
		results[i] = e.commit(c)
	}
	e.words.Wait()
	e.packPending()
	return results
}

// sharedWords sets pl.Shared to terms (an article's terms that weigh most
// in its placement) in the words of article a (cluster.Words), on a
// goroutine of its own: it reads the article alone, so the ordered step
// goes on placing the next articles meanwhile. placeRound waits for all
// of them before its results leave it, and commit before it copies the
// placement of an article that a merge moved.
func (e *Engine) sharedWords(pl *copydesk.Placement, a *copydesk.Article, terms []string) {
	if len(terms) == 0 {
		return
	}
	e.words.Add(1)
	go func() {
		defer e.words.Done()
		e.wordsSem <- struct{}{}
		defer func() { <-e.wordsSem }()
		pl.Shared = cluster.Words(a.Lang, a.Title, a.Text, terms)
	}()
}

// lock takes e.mu once every round placed has been saved.
func (e *Engine) lock() {
	e.mu.Lock()
	e.saving.Wait()
}

// workers is how many goroutines run the unordered work.
func (e *Engine) workers() int {
	if e.opts.Workers > 0 {
		return e.opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// each runs f(i) for every i below n on the Engine's workers.
func (e *Engine) each(n int, f func(i int)) { each(e.workers(), n, f) }

// each runs f(i) for every i below n on up to workers goroutines; the
// caller gets the results in place, in order, whatever the goroutines.
func each(workers, n int, f func(i int)) {
	if workers <= 1 || n <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// articleTerms returns the terms placement reads of a (cluster.Terms). They
// depend on a alone.
func articleTerms(a *copydesk.Article) map[string]float64 {
	return cluster.Terms(a.Lang, a.Title, a.Text)
}

func item(a *copydesk.Article, join string) cluster.Item {
	// An undated article has no place in time: the time at which it was
	// added says nothing of when its event happened.
	return cluster.Item{ID: a.ID, Title: a.Title, Text: a.Text, Time: a.Published, Lang: a.Lang, Join: join}
}

// slim keeps what provenance needs of an article, without its text.
func slim(a *copydesk.Article) *copydesk.Article {
	s := *a
	s.Text, s.Paragraphs, s.Extra = "", nil, nil
	return &s
}
