package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
)

// Work split between processes (copydesk worker): extraction is done batch by
// batch by any process (StoreBatch), which stores the articles unprocessed;
// processing (copies, provenance, clustering) is done by a single Engine, in
// the order the articles' Added times give (ProcessPending). For this order
// to be the one a single process would have followed (Engine.Add: batch after
// batch, each in ExtractBatch's order), each batch carries a base time and its
// i-th article is stored with Added = Base + i*Step; consecutive batches get
// bases at least a batch's span apart.

// Step is the gap between the Added times of consecutive articles of a batch
// stored by StoreBatch.
const Step = time.Microsecond

// Batch is a batch of documents to extract and store as one, as copydesk add
// hands it to the workers.
type Batch struct {
	// Seq is the batch's position in the run that read it, for messages.
	Seq int
	// Base is the Added time of the batch's first article; the i-th (in
	// ExtractBatch's order) gets Base + i*Step.
	Base time.Time
	Docs []ingest.Doc
}

// End returns the Added time just past the batch's articles: the earliest
// base of the batch that follows it.
func (b Batch) End() time.Time {
	return b.Base.Add(time.Duration(len(b.Docs)) * Step)
}

// StoreBatch extracts b's documents as ExtractBatch does and stores each
// article without processing it, the i-th with Added = b.Base + i*Step, so
// that the stored order (Added, then ID) is the order Engine.Add would have
// processed them in. Items are reported as by Add: an article already stored
// is Unchanged, a document without an article Skipped, and an article the
// store refuses as invalid (EInvalid) Failed; any other store error stops it.
// It is safe to run again on the same batch: what is stored stays unchanged.
func StoreBatch(ctx context.Context, store copydesk.Store, b Batch, report func(Item)) (Stats, error) {
	var st Stats
	emit := func(it Item) {
		st.count(it.Status)
		if report != nil {
			report(it)
		}
	}
	ready, skipped := ExtractBatch(b.Docs)
	for _, it := range skipped {
		emit(it)
	}
	for i, p := range ready {
		p.Article.Added = b.Base.Add(time.Duration(i) * Step).UTC()
		created, err := store.PutArticle(ctx, p.Article, p.Raw)
		switch {
		case err != nil && copydesk.ErrorCode(err) == copydesk.EInvalid:
			emit(Item{Status: Failed, Input: p.Article.Ref, Err: fmt.Errorf("%s: %w", p.Article.Ref, err)})
		case err != nil:
			return st, fmt.Errorf("%s: %w", p.Article.Ref, err)
		case created:
			emit(Item{Status: Added, Input: p.Article.Ref, Article: p.Article})
		default:
			emit(Item{Status: Unchanged, Input: p.Article.Ref, Article: p.Article})
		}
	}
	return st, nil
}

// ProcessPending processes the unprocessed articles in the store's order
// (Added, then ID): all of them when before is zero, else those added before
// it, stopping at the first added at or after it, so that what it processes
// is always a prefix of that order. It returns how many it processed (saved).
//
// It reads the articles in rounds of at most 256, with what was found for
// them (the matches the workers stored, with Options.Shared), while the
// round before is placed, and each round's results are saved while the next
// is placed (committer): the ordered step, placement, waits for neither.
// ctx is checked between rounds: once it ends no round is read and no save
// begins (a save begun is finished); rounds placed and not yet saved are
// left unprocessed, and the Engine is then ahead of the store, to be
// dropped (a worker that lost the assigner lock loads a new one).
func (e *Engine) ProcessPending(ctx context.Context, before time.Time) (n int, err error) {
	e.run.Lock()
	defer e.run.Unlock()
	c := e.committer(ctx, nil)
	err = e.readPending(ctx, before, c)
	if werr := c.wait(); err == nil {
		err = werr
	}
	if err == nil {
		err = ctx.Err()
	}
	return c.saved, err
}

// readPending reads the pending articles before before (all when zero) in
// rounds and hands each to c, until none is left, ctx ends or c fails.
func (e *Engine) readPending(ctx context.Context, before time.Time, c *committer) error {
	const page = 256
	after := "" // the last article handed over: the next round follows it
	for {
		if err := ctx.Err(); err != nil {
			return nil // ProcessPending returns it
		}
		if !before.IsZero() {
			// The first pending article says whether anything is before
			// the frontier: an assigner asks again and again while a
			// batch is matched, and a page of articles read to process
			// none of them was a third of its CPU.
			head, err := e.store.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true, After: after, Limit: 1})
			if err != nil {
				return err
			}
			if len(head) == 0 || !head[0].Added.Before(before) {
				return nil
			}
		}
		arts, err := e.store.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true, After: after, Limit: page})
		if err != nil {
			return err
		}
		full := len(arts) == page
		for i, a := range arts {
			if !before.IsZero() && !a.Added.Before(before) {
				arts, full = arts[:i], false
				break
			}
		}
		if len(arts) == 0 {
			return nil
		}
		bg := context.WithoutCancel(ctx)
		var found []Copies
		if e.opts.Shared != nil {
			found, err = e.storedCopies(bg, arts)
		} else {
			found, err = e.prepareRound(bg, arts)
		}
		if err != nil {
			return err
		}
		if err := c.send(round{found: found}); err != nil {
			return nil // wait returns why
		}
		after = arts[len(arts)-1].ID
		if !full {
			return nil
		}
	}
}
