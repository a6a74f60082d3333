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
	"io"
	"iter"
	"math"
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/cluster"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/extract"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/slab"
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
	// IndexWindow is how many of the latest articles the copy index keeps
	// in memory; older ones are written to a temporary file (default
	// DefaultIndexWindow).
	IndexWindow int
	// Workers is how many goroutines extract, prepare and verify copies
	// (the work that needs no global order); default GOMAXPROCS. The
	// results do not depend on it.
	Workers int
	// Shared, when set, is the copy index kept in the store, shared with
	// other processes (SharedIndex): the Engine does not load its copy
	// index from the store, and processes articles with the matches the
	// workers stored for them (MatchArticles), finding only the missing
	// ones itself.
	Shared copydesk.SharedIndex
}

// Engine runs the pipeline over one Store. Its methods are safe for
// concurrent use; articles are processed in arrival order (see
// process.go for what runs in parallel).
type Engine struct {
	store copydesk.Store
	opts  Options

	// run serialises the calls that store and process (Add,
	// ProcessPending): their articles are indexed and committed in one
	// order.
	run       sync.Mutex
	copies    CopyIndex
	lastAdded time.Time // the latest Added given to an article

	// mu guards the ordered state: the clustering and the articles'
	// placements. Add saves a round's results while it places the next
	// (committer); saving counts the rounds placed and not yet saved,
	// and lock waits for them, so that whatever takes mu through lock
	// sees in the store everything placed.
	mu     sync.Mutex
	saving sync.WaitGroup
	arts   map[string]*placed
	// slab holds the placements of arts, packed (placed.go); packBuf is
	// the packing's scratch, unpacked the placements waiting for their
	// shared words.
	slab     slab.Bytes
	packBuf  []byte
	unpacked []*placed
	// links are each article's nearest relative (link.go).
	links *links
	clus  *cluster.Clusterer
	says  *factsState
	// words counts the placements whose shared words are being found
	// (sharedWords), wordsSem bounds how many at once.
	words    sync.WaitGroup
	wordsSem chan struct{}
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
		store:  store,
		opts:   opts,
		copies: NewMemoryIndex(store, opts.Dedup, opts.IndexWindow),
		arts:   map[string]*placed{},
		links:  newLinks(nil),
		clus:   cluster.New(opts.Cluster),
		says:   newFactsState(),
	}
	e.wordsSem = make(chan struct{}, e.workers())
	if opts.Shared != nil {
		e.copies = NewSharedIndex(store, opts.Shared, opts.Dedup)
	}
	e.links.added = func(id string) int64 {
		if x := e.arts[id]; x != nil {
			return x.Added.UnixNano()
		}
		return math.MaxInt64 // the article being linked: the latest
	}
	pending, err := store.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		return nil, fmt.Errorf("open pipeline: %w", err)
	}
	skip := map[string]bool{}
	var latest time.Time // the latest Added among the stored articles
	for _, a := range pending {
		skip[a.ID] = true
		if a.Added.After(latest) {
			latest = a.Added
		}
	}
	e.lastAdded = latest
	const page = 1000
	latest = time.Time{} // the latest Added among the restored articles
	var restored []string
	for off := 0; ; off += page {
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{Limit: page, Offset: off})
		if err != nil {
			return nil, fmt.Errorf("open pipeline: %w", err)
		}
		var load []*copydesk.Article
		for _, a := range arts {
			// An article stored after the query above (by another
			// process) has no event yet: it is pending too.
			if skip[a.ID] || a.Event == "" {
				continue
			}
			load = append(load, a)
		}
		if opts.Shared == nil {
			// The copy index of this process, made again.
			preps := make([]*Prepared, len(load))
			e.each(len(load), func(i int) { preps[i] = Prepare(load[i]) })
			for _, p := range preps {
				if err := e.copies.Add(ctx, p); err != nil {
					return nil, fmt.Errorf("open pipeline: %w", err)
				}
			}
		}
		// The terms of placement depend on each article alone: made in
		// parallel, and the clusters restored in order.
		terms := make([]map[string]float64, len(load))
		e.each(len(load), func(i int) { terms[i] = articleTerms(load[i]) })
		for i, a := range load {
			p := placedOf(a)
			e.place(p, a.Placement)
			e.arts[a.ID] = p
			it := item(a, "")
			it.Terms = terms[i]
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
	}
	e.links.load(rels, func(x, y string) float64 {
		px, errx := e.copies.Get(ctx, x)
		py, erry := e.copies.Get(ctx, y)
		if errx != nil || erry != nil || px == nil || py == nil {
			return 0
		}
		return dedup.BodyCloseness(px.Fingerprint, py.Fingerprint, px.Article.Title, py.Article.Title)
	})
	// The articles added within an event window of the latest may have
	// come after the last Refine of the process that placed them (one that
	// was killed, say): their events are reconsidered by the next one, so
	// that a resumed run ends where an unbroken one would, while an old
	// store's settled events cost nothing.
	if latest.After(e.lastAdded) {
		e.lastAdded = latest
	}
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

// Close releases what the Engine holds beside the store (the copy index's
// temporary file); the store stays open.
func (e *Engine) Close() error {
	e.run.Lock()
	defer e.run.Unlock()
	if c, ok := e.copies.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// Refine re-places the articles that fit another event better than their
// own now that the events around them have grown (cluster.Clusterer.Refine),
// and saves all the moves in one transaction. Add and Open run it once their
// input is processed; a worker runs it when the queue is empty. It does
// nothing when nothing was processed since the last time.
func (e *Engine) Refine(ctx context.Context) error {
	e.lock()
	defer e.mu.Unlock()
	return e.saveMoves(ctx, e.clus.Refine())
}

// Recluster reconsiders every event and story of the store with the whole
// store in view (cluster.Clusterer.Recluster: the processed articles
// clustered again offline, whatever their online placement), its moves
// explained and saved in one transaction as Refine's are. It returns how
// many articles moved.
func (e *Engine) Recluster(ctx context.Context) (int, error) {
	e.lock()
	defer e.mu.Unlock()
	moved := e.clus.Recluster()
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
	pls := make([]*copydesk.Placement, len(moved))
	for i, id := range moved {
		pls[i] = e.replaced(id)
	}
	// Their shared terms in the articles' own words (the text is not kept
	// in memory): each article read and worded on the Engine's goroutines,
	// since that reads the article alone.
	e.each(len(moved), func(i int) {
		if a, err := e.store.Article(ctx, moved[i]); err == nil {
			pls[i].Shared = cluster.Words(a.Lang, a.Title, a.Text, pls[i].Shared)
		}
	})
	for i, id := range moved {
		old := e.arts[id]
		ev, _ := e.clus.Event(e.clus.EventOf(id))
		pl := pls[i]
		// A copy moves only with its family: it stays a copy of an
		// article in its event.
		pl.Copy = old.isCopy()
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
	a.Event, a.Story = res.Event, res.Story
	e.place(a, res.Placement)
	for _, m := range res.Moves {
		a := e.arts[m.Article]
		a.Event, a.Story = m.Event, m.Story
		e.place(a, m.Placement)
	}
	return e.flushFacts(ctx)
}

// replaced says why Refine moved an article.
func (e *Engine) replaced(id string) *copydesk.Placement {
	r, _ := e.clus.Replaced(id)
	why := "re-placed once the events had grown: closer to this event than to the rest of its event " + r.From
	switch {
	case r.Reclustered && r.Late:
		why = "reclustered with the whole store in view: it left event " + r.From + " for an event of its story so alike that it is one happening reported again beyond the event window"
	case r.Reclustered && r.From != e.clus.EventOf(id):
		why = "reclustered with the whole store in view: it left event " + r.From + " for the event whose articles are, on average, the closest to it"
	case r.Reclustered && r.Glued:
		why = "reclustered with the whole store in view: its event left story " + r.FromStory + " for an earlier story, beyond the story window, whose people and places its story's first article keeps naming"
	case r.Reclustered:
		why = "reclustered with the whole store in view: its event left story " + r.FromStory + " for the story whose events are the closest to it"

	case r.Alone:
		why = "re-placed once the events had grown: it had opened event " + r.From + " alone, and this event came close enough to it"
	case r.Merged && r.Late:
		why = "re-placed once the events had grown: its event " + r.From + " merged with this one, of the same story and so alike that it is one happening reported again beyond the event window"
	case r.Merged:
		why = "re-placed once the events had grown: its event " + r.From + " merged with this one, grown close to it"
	case r.Undated:
		why = "re-placed once the events had grown: undated, it left event " + r.From + " with other undated reports that are closer to each other than to that event's dated reports"
	case r.Apart:
		why = "re-placed once the events had grown: it left event " + r.From + " with other headlines that are closer to each other than to the rest of that event, too far from it to have merged with it, for a story of their own"
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
	// Noted is a file of a folder that is not an article (ingest.NotArticle):
	// a note, not a failure.
	Noted Status = "noted"
	// Warned is a note on an item that was read all the same
	// (ingest.Warning: a charset detected, stray bytes replaced); the item
	// itself is reported after it.
	Warned Status = "warning"
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
	Noted, Warned                     int
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
	case Noted:
		s.Noted++
	case Warned:
		s.Warned++
	}
}

// Add ingests docs: each is extracted, stored and processed, in order. One bad
// item never stops the others: it is reported through report (which may be
// nil) and counted. Items are reported in order, an added one once it is
// processed. Add returns early only when ctx ends or the store fails; a
// batch of documents begun is finished.
//
// Documents are read and extracted a batch (Options.Batch) at a time, one
// batch ahead of the batch being stored (readBatches); the copies of a
// batch are found (in parallel) while the batch before it is placed, so
// both cores stay busy. Refine, unless deferred, runs once the last batch
// is placed, while it is saved, and the stories changed are merged once,
// after it (committer).
func (e *Engine) Add(ctx context.Context, docs iter.Seq2[ingest.Doc, error], report func(Item)) (Stats, error) {
	e.run.Lock()
	defer e.run.Unlock()
	var st Stats
	emit := func(it Item) {
		st.count(it.Status)
		if report != nil {
			report(it)
		}
	}
	c := e.committer(context.WithoutCancel(ctx), emit)
	rd := e.readBatches(ctx, docs)
	stop := func(err error, refine bool) (Stats, error) {
		failed, rerr := rd.stop()
		if err == nil {
			err = rerr
		}
		if err == nil && refine {
			c.refine = ctx
		}
		if werr := c.wait(); err == nil {
			err = werr
		}
		for _, it := range failed {
			emit(it)
		}
		return st, err
	}
	for b := range rd.batches {
		r, err := e.storeBatch(ctx, b)
		if err == nil {
			err = c.send(r)
		}
		if err != nil {
			return stop(err, false)
		}
	}
	return stop(nil, !e.opts.DeferRefine)
}

// readBatch is a batch of documents read and extracted: the articles in
// the order they are to be processed (extractBatch), and the items to
// report before them (documents that failed to read, then those that gave
// no article).
type readBatch struct {
	ready  []Extracted
	report []Item
}

// batchReader reads and extracts the batches of Add on a goroutine of its
// own, one batch ahead of the one being stored: the storing of a batch
// (one transaction) and the reading of the input run on one goroutine
// each, so that neither leaves a core idle while the other works. A batch
// depends on its documents alone (extractBatch), so the batches and their
// order are those of reading and extracting them in turn.
type batchReader struct {
	batches <-chan readBatch
	quit    chan struct{}
	done    chan struct{}
	// Set by the reader, read once done is closed: the items read after
	// the last batch sent (when ctx ended or Add stopped), and ctx's
	// error if it ended the reading.
	failed []Item
	err    error
}

// readBatches starts reading docs in batches of Options.Batch: each full
// batch, and at the end of docs the last (perhaps with no document, only
// failed items), is extracted and sent on batches, which is closed when
// docs end, ctx ends or stop is called.
func (e *Engine) readBatches(ctx context.Context, docs iter.Seq2[ingest.Doc, error]) *batchReader {
	out := make(chan readBatch) // the batch being extracted is the one ahead
	rd := &batchReader{batches: out, quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(rd.done)
		defer close(out)
		var batch []ingest.Doc
		var failed []Item // read failures, reported with the batch
		send := func() bool {
			ready, skipped := extractBatch(batch, e.workers())
			b := readBatch{ready: ready, report: append(failed, skipped...)}
			batch, failed = nil, nil
			select {
			case out <- b:
				return true
			case <-rd.quit:
				return false
			}
		}
		for doc, err := range docs {
			select {
			case <-rd.quit:
				return
			default:
			}
			if err != nil {
				status := Failed
				if na := (*ingest.NotArticle)(nil); errors.As(err, &na) {
					status = Noted
				}
				if w := (*ingest.Warning)(nil); errors.As(err, &w) {
					status = Warned
				}
				failed = append(failed, Item{Status: status, Input: failedInput(err), Err: err})
				continue
			}
			batch = append(batch, doc)
			if len(batch) >= e.opts.Batch && !send() {
				return
			}
			if rd.err = ctx.Err(); rd.err != nil {
				rd.failed = failed
				return
			}
		}
		send()
	}()
	return rd
}

// stop ends the reading (a document being read or a batch being extracted
// is finished first) and returns the items read after the last batch and
// ctx's error if it ended the reading.
func (rd *batchReader) stop() ([]Item, error) {
	close(rd.quit)
	for range rd.batches {
		// a batch extracted and not taken is dropped, as the documents
		// read into a batch were when Add stopped
	}
	<-rd.done
	return rd.failed, rd.err
}

func failedInput(err error) string {
	var f *ingest.Failure
	if errors.As(err, &f) {
		return f.Input
	}
	var na *ingest.NotArticle
	if errors.As(err, &na) {
		return na.Input
	}
	var w *ingest.Warning
	if errors.As(err, &w) {
		return w.Input
	}
	return ""
}

// storeBatch stores the articles of a batch read and extracted, in the
// batch's order, and runs the unordered part of processing the new ones.
// The batch's report items are reported first.
func (e *Engine) storeBatch(ctx context.Context, b readBatch) (round, error) {
	r := round{report: b.report}
	ready := b.ready
	var arts []*copydesk.Article
	// Added times rise in the order of processing, a Step apart at least,
	// so that articles a failed run stored but did not process are
	// processed in that order when the store is next opened.
	next := e.opts.Now().UTC()
	if !next.After(e.lastAdded) {
		next = e.lastAdded.Add(Step)
	}
	as := make([]*copydesk.Article, len(ready))
	raws := make([][]byte, len(ready))
	for i, p := range ready {
		a := p.Article
		if a.Added.IsZero() {
			a.Added, next = next, next.Add(Step)
			e.lastAdded = a.Added
		}
		as[i], raws[i] = a, p.Raw
	}
	// The batch is stored in one transaction: all of it or none.
	created, err := e.store.PutArticles(ctx, as, raws)
	if err != nil {
		return r, fmt.Errorf("storing a batch of %d articles: %w", len(as), err)
	}
	for i, a := range as {
		status := Unchanged
		if created[i] {
			status = Added
			arts = append(arts, a)
		}
		r.report = append(r.report, Item{Status: status, Input: a.Ref, Article: a})
	}
	r.found, err = e.prepareRound(context.WithoutCancel(ctx), arts)
	return r, err
}

// committer commits rounds in order on a goroutine of its own, and saves
// each round's results on another while it places the next: placement
// reads only the Engine's memory, never the store, so the ordered part
// is bounded by the longer of the two, not their sum.
type committer struct {
	rounds chan round
	done   chan struct{}
	// Set by the saver, read once it is done: the first error, whether
	// rounds placed were left unsaved (stop ended), how many articles
	// were saved.
	err     error
	dropped bool
	saved   int
	failed  atomic.Bool
	// refine, when set before wait (by Add, whose input ended without
	// error), has the committer refine after the last round, as
	// Engine.Refine would with this context.
	refine context.Context
}

// placedRound is a round placed, its results on their way to the store.
type placedRound struct {
	results []copydesk.Result
	report  []Item
}

// committer starts committing the rounds sent to it, reporting their items
// through emit (when not nil) once they are saved, until wait. Once stop
// ends, no save begins: the rounds placed and not yet saved are left (their
// articles stay unprocessed, for whoever processes next), and so are the
// rounds sent after them; a save begun is finished.
func (e *Engine) committer(stop context.Context, emit func(Item)) *committer {
	c := &committer{rounds: make(chan round), done: make(chan struct{})}
	saves := make(chan placedRound, 1)
	saved := make(chan struct{})
	go func() {
		// The saver: rounds are saved in the order they were placed, and
		// none after one that failed or was left (what is stored stays a
		// prefix of the processing order).
		defer close(saved)
		for p := range saves {
			switch {
			case c.err != nil || c.dropped:
			case stop.Err() != nil:
				c.dropped = true
				c.failed.Store(true)
			default:
				if err := e.store.SaveResults(context.WithoutCancel(stop), p.results); err != nil {
					c.err = fmt.Errorf("process a round of %d articles: %w", len(p.results), err)
					c.failed.Store(true)
					break
				}
				c.saved += len(p.results)
				if emit != nil {
					for _, it := range p.report {
						emit(it)
					}
				}
			}
			e.saving.Done()
		}
	}()
	go func() {
		defer close(c.done)
		for r := range c.rounds {
			if c.failed.Load() {
				continue
			}
			// A round begun is finished: its articles are stored.
			e.mu.Lock()
			results := e.placeRound(r)
			e.saving.Add(1)
			e.mu.Unlock()
			saves <- placedRound{results, r.report}
		}
		// Refine reads and changes the clusterer alone, never the store:
		// it runs while the saver saves the last round.
		var moved []string
		refined := c.refine != nil && !c.failed.Load()
		if refined {
			e.mu.Lock()
			moved = e.clus.Refine()
			e.mu.Unlock()
		}
		close(saves)
		<-saved
		if c.err == nil && !c.dropped {
			// The stories the rounds changed, merged once each. (When
			// rounds were left unsaved, the Engine's memory is ahead of
			// the store, and its user drops it: the stories the saved
			// rounds changed are marked stale in the store, and the
			// next Engine loaded merges them.)
			e.mu.Lock()
			if refined {
				// The moves saved before the stories are merged: a
				// story Refine changes again is then merged once, not
				// before and after it (its facts are merged from its
				// articles' facts and relations as they are then, so
				// what is stored is the same).
				c.err = e.saveMoves(c.refine, moved)
			}
			if c.err == nil {
				c.err = e.flushFacts(context.WithoutCancel(stop))
			}
			e.mu.Unlock()
		}
	}()
	return c
}

// send hands a round over; it fails once a commit has failed.
func (c *committer) send(r round) error {
	if c.failed.Load() {
		return errors.New("an earlier batch failed")
	}
	c.rounds <- r
	return nil
}

// wait commits what was sent and returns the first error.
func (c *committer) wait() error {
	close(c.rounds)
	<-c.done
	return c.err
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
	return extractBatch(docs, runtime.GOMAXPROCS(0))
}

// extractBatch is ExtractBatch on workers goroutines.
func extractBatch(docs []ingest.Doc, workers int) (ready []Extracted, skipped []Item) {
	type extracted struct {
		res extract.Result
		err error
	}
	bp := extract.NewBoilerplate()
	first := make([]extracted, len(docs))
	each(workers, len(docs), func(i int) {
		d := docs[i]
		if d.Format != "text" {
			return
		}
		defer recovered("", &first[i].err) // extractOne names the document
		// The language is detected once the text is final (extractOne):
		// an outlet's repeated lines make a second extraction.
		r, err := extractText(d.Body, extract.TextOptions{Title: d.Title, NoLang: true})
		first[i] = extracted{r, err}
		if err == nil {
			bp.Observe(sourceOf(d, r), d.Body)
		}
	})
	outs := make([]Extracted, len(docs))
	errs := make([]error, len(docs))
	each(workers, len(docs), func(i int) {
		defer recovered(docs[i].Ref+": ", &errs[i])
		outs[i], errs[i] = extractOne(docs[i], first[i].res, first[i].err, bp)
	})
	for i, d := range docs {
		if errs[i] != nil {
			skipped = append(skipped, Item{Status: Skipped, Input: d.Ref, Err: errs[i]})
			continue
		}
		ready = append(ready, outs[i])
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

// extractText is extract.Text; tests replace it with one that panics.
var extractText = extract.Text

// recovered turns a panic while extracting a document into *err, after
// prefix: one document that trips a bug is skipped, with the panic as its
// reason, and the rest of its batch goes on (a batch job that panicked
// would be retried and parked whole).
func recovered(prefix string, err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%sextraction failed (a bug: %v)", prefix, p)
	}
}

// extractOne extracts one document of a batch, given the first extraction
// of a text document and what the batch taught bp.
func extractOne(d ingest.Doc, firstRes extract.Result, firstErr error, bp *extract.Boilerplate) (Extracted, error) {
	var r extract.Result
	var err error
	switch {
	case len(bytes.TrimSpace(d.Body)) == 0 && d.Title != "":
		// A headline-only item (a feed item, a title in JSONL) is kept:
		// its title is all there is to cluster and compare.
	case d.Format == "text":
		r, err = firstRes, firstErr
		again := false
		if err == nil {
			if rep := bp.Repeated(sourceOf(d, r), d.Body); rep != nil {
				r, err = extract.Text(d.Body, extract.TextOptions{Title: d.Title, Repeated: rep})
				// A metadata line an outlet repeats on every article
				// ("Source: ...") is junk in the text but still metadata.
				r = keepMeta(r, firstRes)
				again = true
			}
		}
		if err == nil && !again {
			r.Lang = extract.Lang(r.Text())
		}
	case d.Format == "html":
		r, err = extract.HTML(d.Body, d.URL)
	default:
		err = copydesk.Errorf(copydesk.EInvalid, "unknown format %q", d.Format)
	}
	if err != nil {
		return Extracted{}, fmt.Errorf("%s: %w", d.Ref, err)
	}
	a := article(d, r)
	if a.Text == "" && a.Title == "" {
		return Extracted{}, fmt.Errorf("%s: no article text", d.Ref)
	}
	return Extracted{a, d.Raw}, nil
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
		// Detected again, with the title, only when extraction left it
		// undecided (a call in first's arguments would always run).
		a.Lang = r.Lang
		if a.Lang == "" {
			a.Lang = extract.Lang(a.Title + "\n" + a.Text)
		}
	}
	if !a.Published.IsZero() {
		a.Published = a.Published.UTC()
	}
	a.ID = copydesk.ArticleID(a.Ref, a.RawHash)
	return a
}

// keepMeta fills the metadata r lacks from an earlier extraction of the
// same document. Of two publication times the earlier stands: a stamp the
// outlet repeats ("Posted: Jul 07, 2012 7:40 PM ET", which its copy of one
// story repeats too) is removed the second time, and the next date line
// ("Last Updated: ... 8:44 PM ET") would otherwise date the article by its
// update, later than it was first out.
func keepMeta(r, earlier extract.Result) extract.Result {
	r.Source = first(r.Source, earlier.Source)
	r.Byline = first(r.Byline, earlier.Byline)
	r.Dateline = first(r.Dateline, earlier.Dateline)
	r.CanonicalURL = first(r.CanonicalURL, earlier.CanonicalURL)
	if r.Published.IsZero() || !earlier.Published.IsZero() && earlier.Published.Before(r.Published) && !dayOf(earlier.Published, r.Published) {
		r.Published = earlier.Published
	}
	return r
}

// dayOf reports whether day is a date alone (midnight) on the day of t: a
// time of that day says more.
func dayOf(day, t time.Time) bool {
	return day.Hour() == 0 && day.Minute() == 0 && day.Second() == 0 && day.Year() == t.Year() && day.YearDay() == t.YearDay()
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

// movedPlacement says why an article that a merge or a split moved is
// where it is now, keeping what first placed it. old is the article as it
// was (nil when unknown: then no new placement is recorded).
func movedPlacement(old *placed, event, story, splitFrom string) *copydesk.Placement {
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
	if pl := old.placement(); pl != nil {
		p = *pl
		p.Reason = why + "; first placed: " + pl.Reason
	}
	return &p
}
