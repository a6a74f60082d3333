// Package pipeline is the engine of copydesk: it runs the stages in order
// (ingest, extract, copies, provenance, clustering) for each new article and
// records the results through the copydesk.Store, incrementally: an article
// added later is compared with the index of those already stored and placed
// in the existing events and stories, nothing is recomputed.
//
// The in-memory state (the copy index and the clustering) is rebuilt from the
// store when an Engine opens; articles a killed run had stored but not yet
// processed are processed then.
package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/cluster"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/extract"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/provenance"
)

// Options configures an Engine. Its zero value gives the defaults.
type Options struct {
	Cluster cluster.Options
	Dedup   dedup.Options
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
	// Batch is how many documents are read ahead so that lines repeated
	// across one outlet's articles can be recognised; default 256.
	Batch int
	// DeferRefine leaves Refine to the caller instead of running it at the
	// end of every Add: a server taking one article per request refines on
	// a timer, since a pass costs about as much as placing every article of
	// the open events again.
	DeferRefine bool
}

// Engine runs the pipeline over one Store. Its methods are safe for
// concurrent use; articles are processed one at a time, in arrival order.
type Engine struct {
	store copydesk.Store
	opts  Options

	mu    sync.Mutex
	index *dedup.Index
	fps   map[string]*dedup.Fingerprint
	trans *dedup.TranslationIndex
	anch  map[string]*dedup.Anchors
	arts  map[string]*copydesk.Article // without text, for provenance
	// origs are the stored originals of each copy (link.go).
	origs map[string][]original
	clus  *cluster.Clusterer
	says  *factsState
}

// DefaultBatch is the default of Options.Batch.
const DefaultBatch = 256

// Open loads the state of store into a new Engine and processes the articles
// a previous run stored but did not finish.
func Open(ctx context.Context, store copydesk.Store, opts Options) (*Engine, error) {
	e, err := Load(ctx, store, opts)
	if err != nil {
		return nil, err
	}
	if _, err := e.ProcessPending(ctx, time.Time{}); err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	if err := e.Refine(ctx); err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	return e, nil
}

// Load loads the state of store into a new Engine: the processed articles
// are put back in the copy index and the clustering, the unprocessed ones are
// left for ProcessPending.
func Load(ctx context.Context, store copydesk.Store, opts Options) (*Engine, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	e := &Engine{
		store: store,
		opts:  opts,
		index: dedup.NewIndex(opts.Dedup),
		fps:   map[string]*dedup.Fingerprint{},
		trans: dedup.NewTranslationIndex(),
		anch:  map[string]*dedup.Anchors{},
		arts:  map[string]*copydesk.Article{},
		origs: map[string][]original{},
		clus:  cluster.New(opts.Cluster),
		says:  newFactsState(),
	}
	pending, err := store.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	skip := map[string]bool{}
	for _, a := range pending {
		skip[a.ID] = true
	}
	const page = 1000
	var latest time.Time // the latest Added among the restored articles
	var restored []string
	for off := 0; ; off += page {
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{Limit: page, Offset: off})
		if err != nil {
			return nil, fmt.Errorf("open pipeline: %w", err)
		}
		for _, a := range arts {
			// An article stored after the query above (by another
			// process) has no event yet: it is pending too.
			if skip[a.ID] || a.Event == "" {
				continue
			}
			e.remember(a, dedup.NewFingerprint(a.Title, a.Text), dedup.NewAnchors(a.Lang, a.Title, a.Text))
			it := item(a, "")
			if a.Placement != nil {
				it.Similarity = a.Placement.Similarity
				if a.Placement.Copy {
					it.Join = a.Event
				}
			}
			e.clus.Restore(it, a.Event, a.Story)
			restored = append(restored, a.ID)
			if a.Added.After(latest) {
				latest = a.Added
			}
		}
		if len(arts) < page {
			break
		}
	}
	rels, err := store.Relations(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	for _, r := range rels {
		e.clus.Pin(r.From, r.To)
		e.says.relate(r)
		e.origs[r.To] = append(e.origs[r.To], original{r.From, r.Evidence.ReusedOfCopy})
	}
	// The articles added within an event window of the latest may have
	// come after the last Refine of the process that placed them (one that
	// was killed, say): their events are reconsidered by the next one, so
	// that a resumed run ends where an unbroken one would, while an old
	// store's settled events cost nothing.
	for _, id := range restored {
		if !e.arts[id].Added.Before(latest.Add(-e.clus.EventWindow())) {
			e.clus.Unrefined(id)
		}
	}
	if err := e.refreshFacts(ctx); err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	return e, nil
}

// Refine re-places the articles that fit another event better than their
// own now that the events around them have grown (cluster.Clusterer.Refine),
// and saves all the moves in one transaction. Add and Open run it once their
// input is processed; a worker runs it when the queue is empty. It does
// nothing when nothing was processed since the last time.
func (e *Engine) Refine(ctx context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.saveMoves(ctx, e.clus.Refine())
}

// Recluster reconsiders every event of the store, with the whole store in
// view (cluster.Clusterer.RefineAll): what Refine does for the open events
// as articles come, done once for all, its moves explained and saved as
// Refine's are. It returns how many articles moved.
func (e *Engine) Recluster(ctx context.Context) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	moved := e.clus.RefineAll()
	if err := e.saveMoves(ctx, moved); err != nil {
		return 0, fmt.Errorf("recluster: %w", err)
	}
	return len(moved), nil
}

// saveMoves saves where the articles Refine moved are now, and why, in one
// transaction.
func (e *Engine) saveMoves(ctx context.Context, moved []string) error {
	if len(moved) == 0 {
		return nil
	}
	res := copydesk.Result{Now: e.opts.Now().UTC()}
	seen := map[string]bool{}
	for i, id := range moved {
		old := e.arts[id]
		ev, _ := e.clus.Event(e.clus.EventOf(id))
		pl := e.replaced(id)
		// A copy moves only with its family: it stays a copy of an
		// article in its event.
		pl.Copy = old.Placement != nil && old.Placement.Copy
		if i == 0 {
			res.Article, res.Event, res.Story, res.Placement = id, ev.ID, ev.Story, pl
		} else {
			res.Moves = append(res.Moves, copydesk.Move{Article: id, Event: ev.ID, Story: ev.Story, Placement: pl})
		}
		// The rows of the events and stories it left and joined.
		for _, x := range []string{ev.ID, old.Event} {
			if xe, ok := e.clus.Event(x); ok && !seen[x] {
				seen[x] = true
				res.Events = append(res.Events, copydesk.Event{ID: xe.ID, Story: xe.Story, Title: xe.Title, FirstSeen: xe.First, LastSeen: xe.Last})
			}
		}
		for _, x := range []string{ev.Story, old.Story} {
			if xs, ok := e.clus.Story(x); ok && !seen[x] {
				seen[x] = true
				res.Stories = append(res.Stories, copydesk.Story{ID: xs.ID, Title: xs.Title, FirstSeen: xs.First, LastSeen: xs.Last})
			}
		}
	}
	if err := e.store.SaveResult(ctx, res); err != nil {
		return fmt.Errorf("refine: %w", err)
	}
	e.touched(res)
	a := e.arts[res.Article]
	a.Event, a.Story, a.Placement = res.Event, res.Story, res.Placement
	for _, m := range res.Moves {
		a := e.arts[m.Article]
		a.Event, a.Story, a.Placement = m.Event, m.Story, m.Placement
	}
	return e.flushFacts(ctx)
}

// replaced says why Refine moved an article.
func (e *Engine) replaced(id string) *copydesk.Placement {
	r, _ := e.clus.Replaced(id)
	why := "re-placed once the events had grown: closer to this event than to the rest of its event " + r.From
	switch {
	case r.Alone:
		why = "re-placed once the events had grown: it had opened event " + r.From + " alone, and this event came close enough to it"
	case r.Merged:
		why = "re-placed once the events had grown: its event " + r.From + " merged with this one, grown close to it"
	case r.Undated:
		why = "re-placed once the events had grown: undated, it left event " + r.From + " with other undated reports that are closer to each other than to that event's dated reports"
	}
	return &copydesk.Placement{Reason: why, Similarity: r.Similarity, Shared: r.Shared, GapHours: r.Gap.Hours()}
}

// Status is the outcome of one input item.
type Status string

// The outcomes of an item.
const (
	Added     Status = "added"
	Unchanged Status = "unchanged"
	Skipped   Status = "skipped"
	Failed    Status = "failed"
)

// Item reports what happened to one input item.
type Item struct {
	Status  Status
	Input   string            // the input or item reference, for messages
	Article *copydesk.Article // nil when failed or skipped
	Err     error             // why it failed or was skipped
}

// Stats counts the outcomes of an Add.
type Stats struct {
	Added, Unchanged, Skipped, Failed int
}

func (s *Stats) count(st Status) {
	switch st {
	case Added:
		s.Added++
	case Unchanged:
		s.Unchanged++
	case Skipped:
		s.Skipped++
	case Failed:
		s.Failed++
	}
}

// Add ingests docs: each is extracted, stored and processed, in order. One bad
// item never stops the others: it is reported through report (which may be
// nil) and counted. Add returns early only when ctx ends or the store fails.
func (e *Engine) Add(ctx context.Context, docs iter.Seq2[ingest.Doc, error], report func(Item)) (Stats, error) {
	var st Stats
	emit := func(it Item) {
		st.count(it.Status)
		if report != nil {
			report(it)
		}
	}
	var batch []ingest.Doc
	flush := func() error {
		err := e.addBatch(ctx, batch, emit)
		batch = batch[:0]
		return err
	}
	for doc, err := range docs {
		if err != nil {
			emit(Item{Status: Failed, Input: failedInput(err), Err: err})
			continue
		}
		batch = append(batch, doc)
		if len(batch) >= e.opts.Batch {
			if err := flush(); err != nil {
				return st, err
			}
		}
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
	}
	if err := flush(); err != nil || e.opts.DeferRefine {
		return st, err
	}
	return st, e.Refine(ctx)
}

func failedInput(err error) string {
	var f *ingest.Failure
	if errors.As(err, &f) {
		return f.Input
	}
	return ""
}

// addBatch extracts a batch (ExtractBatch), then stores and processes each
// article in the batch's order.
func (e *Engine) addBatch(ctx context.Context, docs []ingest.Doc, emit func(Item)) error {
	ready, skipped := ExtractBatch(docs)
	for _, it := range skipped {
		emit(it)
	}
	for _, p := range ready {
		st, err := e.put(ctx, p.Article, p.Raw)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Article.Ref, err)
		}
		emit(Item{Status: st, Input: p.Article.Ref, Article: p.Article})
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.flushFacts(ctx)
}

// Extracted is an article extracted from one document, with the raw input
// the store keeps beside it.
type Extracted struct {
	Article *copydesk.Article
	Raw     []byte
}

// ExtractBatch extracts one batch of documents, learning first which lines
// repeat across the batch's articles of one outlet (and dropping them), and
// returns the articles in the order they are to be processed: by
// publication time, undated last, then by ref. The documents that give no
// article come back as Skipped items. It depends on docs alone (not on
// earlier batches), so whoever extracts a batch gets the same articles in the
// same order.
func ExtractBatch(docs []ingest.Doc) (ready []Extracted, skipped []Item) {
	type extracted struct {
		res extract.Result
		err error
	}
	bp := extract.NewBoilerplate()
	first := make([]extracted, len(docs))
	for i, d := range docs {
		if d.Format != "text" {
			continue
		}
		r, err := extract.Text(d.Body, extract.TextOptions{Title: d.Title})
		first[i] = extracted{r, err}
		if err == nil {
			bp.Observe(sourceOf(d, r), d.Body)
		}
	}
	for i, d := range docs {
		var r extract.Result
		var err error
		switch {
		case len(bytes.TrimSpace(d.Body)) == 0 && d.Title != "":
			// A headline-only item (a feed item, a title in JSONL) is kept:
			// its title is all there is to cluster and compare.
		case d.Format == "text":
			r, err = first[i].res, first[i].err
			if err == nil {
				if rep := bp.Repeated(sourceOf(d, r)); rep != nil {
					r, err = extract.Text(d.Body, extract.TextOptions{Title: d.Title, Repeated: rep})
					// A metadata line an outlet repeats on every article
					// ("Source: ...") is junk in the text but still metadata.
					r = keepMeta(r, first[i].res)
				}
			}
		case d.Format == "html":
			r, err = extract.HTML(d.Body, d.URL)
		default:
			err = copydesk.Errorf(copydesk.EInvalid, "unknown format %q", d.Format)
		}
		if err != nil {
			skipped = append(skipped, Item{Status: Skipped, Input: d.Ref, Err: fmt.Errorf("%s: %w", d.Ref, err)})
			continue
		}
		a := article(d, r)
		if a.Text == "" && a.Title == "" {
			skipped = append(skipped, Item{Status: Skipped, Input: d.Ref, Err: fmt.Errorf("%s: no article text", d.Ref)})
			continue
		}
		ready = append(ready, Extracted{a, d.Raw})
	}
	// Within a batch, articles are processed in publication order (undated
	// last, then by ref), so that the order of the input files matters less.
	sort.SliceStable(ready, func(i, j int) bool {
		a, b := ready[i].Article.Published, ready[j].Article.Published
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		if !a.Equal(b) {
			return a.Before(b)
		}
		return ready[i].Article.Ref < ready[j].Article.Ref
	})
	return ready, skipped
}

func (e *Engine) put(ctx context.Context, a *copydesk.Article, raw []byte) (Status, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if a.Added.IsZero() {
		a.Added = e.opts.Now().UTC()
	}
	created, err := e.store.PutArticle(ctx, a, raw)
	if err != nil {
		return Failed, err
	}
	if !created {
		return Unchanged, nil
	}
	return Added, e.process(ctx, a)
}

// article merges what the input said about a document with what extraction
// found; the input's own metadata wins.
func article(d ingest.Doc, r extract.Result) *copydesk.Article {
	a := &copydesk.Article{
		Ref:          d.Ref,
		URL:          d.URL,
		CanonicalURL: r.CanonicalURL,
		Source:       sourceOf(d, r),
		Title:        first(d.Title, r.Title),
		Byline:       first(d.Byline, r.Byline),
		Published:    d.Published,
		Lang:         d.Lang,
		Paragraphs:   r.Paragraphs,
		Text:         r.Text(),
		Removed:      r.Removed,
		Partial:      d.Partial,
		Format:       d.Format,
		RawHash:      copydesk.HashRaw(d.Raw),
		Extra:        d.Extra,
	}
	if a.Published.IsZero() {
		a.Published = r.Published
	}
	if a.Lang == "" {
		a.Lang = first(r.Lang, extract.Lang(a.Title+"\n"+a.Text))
	}
	if !a.Published.IsZero() {
		a.Published = a.Published.UTC()
	}
	a.ID = copydesk.ArticleID(a.Ref, a.RawHash)
	return a
}

// keepMeta fills the metadata r lacks from an earlier extraction of the
// same document.
func keepMeta(r, earlier extract.Result) extract.Result {
	r.Source = first(r.Source, earlier.Source)
	r.Byline = first(r.Byline, earlier.Byline)
	r.Dateline = first(r.Dateline, earlier.Dateline)
	r.CanonicalURL = first(r.CanonicalURL, earlier.CanonicalURL)
	if r.Published.IsZero() {
		r.Published = earlier.Published
	}
	return r
}

func sourceOf(d ingest.Doc, r extract.Result) string {
	if s := first(d.Source, r.Source); s != "" {
		return s
	}
	for _, u := range []string{d.URL, r.CanonicalURL} {
		if p, err := url.Parse(u); err == nil && p.Host != "" {
			return strings.TrimPrefix(p.Hostname(), "www.")
		}
	}
	return ""
}

func first(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// process finds the copies of a new article, decides their direction, places
// the article in an event and a story and saves all of it at once.
func (e *Engine) process(ctx context.Context, a *copydesk.Article) error {
	fp := dedup.NewFingerprint(a.Title, a.Text)
	an := dedup.NewAnchors(a.Lang, a.Title, a.Text)
	// Verify the candidates and decide each pair's direction. pp holds
	// the figures of the pair that bear on its direction (shares, aligned
	// sentences, a translation's names); decide adds the kind and the
	// texts.
	var ms []match
	decide := func(id string, kind copydesk.Kind, score float64, ev copydesk.Evidence, pp provenance.Pair, covered, coveredB []bool) {
		pp.Kind, pp.AText, pp.BText = kind, fp.Text, e.fps[id].Text
		d := provenance.Direct(a, e.arts[id], pp)
		ms = append(ms, match{id: id, kind: kind, score: score, ev: ev, aInB: pp.AInB, bInA: pp.BInA, covered: covered, coveredB: coveredB, d: d})
	}
	for _, id := range e.index.Candidates(fp) {
		if id == a.ID {
			continue
		}
		m := dedup.Verify(fp, e.fps[id])
		if m.Kind == "" {
			continue
		}
		covered, coveredB := dedup.Covered(fp, e.fps[id], m.AlignedSentences, true), dedup.Covered(e.fps[id], fp, m.AlignedSentences, false)
		decide(id, m.Kind, m.Score, copydesk.Evidence{Jaccard: m.Jaccard, Passages: m.Passages},
			provenance.Pair{AInB: dedup.Share(covered), BInA: dedup.Share(coveredB), Aligned: alignedText(fp, e.fps[id], m)}, covered, coveredB)
	}
	// A translation has one original in each other language: of several
	// candidates that pass, only the best aligned is related.
	best := map[string]dedup.TranslationMatch{}
	bestID := map[string]string{}
	for _, id := range e.trans.Candidates(an) {
		if id == a.ID {
			continue
		}
		other := e.anch[id]
		m := dedup.CompareTranslation(an, other)
		if m.Kind == "" {
			continue
		}
		if b, ok := best[other.Lang]; !ok || m.Score > b.Score || m.Score == b.Score && m.Coverage > b.Coverage {
			best[other.Lang], bestID[other.Lang] = m, id
		}
	}
	langs := make([]string, 0, len(best))
	for l := range best {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		m := best[l]
		decide(bestID[l], m.Kind, m.Score, copydesk.Evidence{Anchors: m.Shared},
			provenance.Pair{AInB: m.Coverage, BInA: m.Coverage, Names: m.Names, Abbreviations: m.Abbreviations}, nil, nil)
	}
	// Of a family, only the closest original is linked (link.go).
	keep, unlink := choose(a.ID, ms, e.originalsOf, e.covers, func(id string) int64 { return e.arts[id].Added.UnixNano() })
	var rels []copydesk.Relation
	join, joinScore := "", 0.0
	for _, m := range keep {
		ev := m.ev
		ev.ReusedOfOriginal, ev.ReusedOfCopy = m.bInA, m.aInB
		if m.d.Original.ID == a.ID {
			ev.ReusedOfOriginal, ev.ReusedOfCopy = m.aInB, m.bInA
		}
		ev.Direction, ev.Confidence = m.d.Reasons, m.d.Confidence
		rels = append(rels, copydesk.Relation{From: m.d.Original.ID, To: m.d.Copy.ID, Kind: m.kind, Score: m.score, Evidence: ev})
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
	// What it says, saved with the rest.
	said, saved, err := articleFacts(a)
	if err != nil {
		return err
	}
	asg := e.clus.Assign(item(a, join))
	ev, _ := e.clus.Event(asg.Event)
	st, _ := e.clus.Story(asg.Story)
	pl := &copydesk.Placement{Reason: asg.Reason, Similarity: asg.Similarity, StorySimilarity: asg.StorySimilarity,
		Shared: asg.Shared, GapHours: asg.Gap.Hours(), Copy: asg.Copy}
	res := copydesk.Result{
		Article:   a.ID,
		Event:     asg.Event,
		Story:     asg.Story,
		Placement: pl,
		Relations: rels,
		Unlink:    unlink,
		Events:    []copydesk.Event{{ID: ev.ID, Story: ev.Story, Title: ev.Title, FirstSeen: ev.First, LastSeen: ev.Last}},
		Stories:   []copydesk.Story{{ID: st.ID, Title: st.Title, FirstSeen: st.First, LastSeen: st.Last}},
		Facts:     saved,
		Now:       e.opts.Now().UTC(),
	}
	// Two events or two stories found to be one, or an event that left its
	// story: the articles move in the same transaction, and the events that
	// changed story are saved with it.
	seen := map[string]bool{ev.ID: true, st.ID: true}
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
	if err := e.store.SaveResult(ctx, res); err != nil {
		return err
	}
	e.touched(res)
	e.says.remember(said)
	for _, r := range rels {
		e.says.relate(r)
	}
	a.Event, a.Story, a.Placement = asg.Event, asg.Story, pl
	for _, l := range unlink {
		e.origs[l.To] = slices.DeleteFunc(e.origs[l.To], func(o original) bool { return o.id == l.From })
		e.says.unrelate(l)
		if c := e.arts[l.To]; c != nil && c.Story != "" {
			e.says.dirty[c.Story] = true
		}
	}
	for _, r := range rels {
		e.origs[r.To] = append(e.origs[r.To], original{r.From, r.Evidence.ReusedOfCopy})
	}
	for _, m := range res.Moves {
		if old := e.arts[m.Article]; old != nil {
			old.Event, old.Story, old.Placement = m.Event, m.Story, m.Placement
		}
	}
	e.remember(a, fp, an)
	return nil
}

// movedPlacement says why an article that a merge or a split moved is
// where it is now, keeping what first placed it. old is the article as it
// was (nil when unknown: then no new placement is recorded).
func movedPlacement(old *copydesk.Article, event, story, splitFrom string) *copydesk.Placement {
	if old == nil {
		return nil
	}
	var why string
	switch {
	case old.Event != event:
		why = "moved when its event " + old.Event + " merged into this one, the two having grown alike"
	case old.Story != story && old.Story == splitFrom:
		why = "moved when its event left story " + old.Story + ", which it no longer fitted, for a story of its own"
	case old.Story != story:
		why = "moved when its story " + old.Story + " merged into this one, the two having grown alike"
	default:
		return nil
	}
	p := copydesk.Placement{Reason: why}
	if old.Placement != nil {
		p = *old.Placement
		p.Reason = why + "; first placed: " + old.Placement.Reason
	}
	return &p
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

// covers marks the words of the stored article cp that stand in the stored
// article orig (dedup.Covered).
func (e *Engine) covers(cp, orig string) []bool {
	x, y := e.fps[cp], e.fps[orig]
	if x == nil || y == nil {
		return nil
	}
	return dedup.Covered(x, y, dedup.Verify(x, y).AlignedSentences, true)
}

// originalsOf returns the stored originals of article id.
func (e *Engine) originalsOf(id string) []original { return e.origs[id] }

// remember adds a processed article to the in-memory indexes.
func (e *Engine) remember(a *copydesk.Article, fp *dedup.Fingerprint, an *dedup.Anchors) {
	e.index.Add(a.ID, fp)
	e.fps[a.ID] = fp
	e.trans.Add(a.ID, an)
	e.anch[a.ID] = an
	e.arts[a.ID] = slim(a)
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
