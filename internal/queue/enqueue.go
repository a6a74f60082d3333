package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
)

// Queue queues work for the workers of a shared store and reports on it.
type Queue struct {
	store  Store
	client *river.Client[pgx.Tx]
}

// New returns the queue of store's database.
func New(store Store) (*Queue, error) {
	c, err := newClient(store, nil)
	if err != nil {
		return nil, err
	}
	return &Queue{store: store, client: c}, nil
}

// Enqueuer queues batches and URLs in order: each job's base time follows
// the span of the job queued before it, so that the Added order of the
// stored articles is the order in which they were queued.
type Enqueuer struct {
	client *river.Client[pgx.Tx]
	run    string // unique to this enqueuer, for job keys
	seq    int
	next   time.Time // the earliest base of the next job
	batch  int
}

// Enqueuer returns an Enqueuer whose job keys begin with name and a random
// part, so that two enqueuers' jobs never share a key.
func (q *Queue) Enqueuer(name string) *Enqueuer {
	return newEnqueuer(q.client, name)
}

func newEnqueuer(c *river.Client[pgx.Tx], name string) *Enqueuer {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return &Enqueuer{client: c, run: name + "-" + hex.EncodeToString(b), batch: pipeline.DefaultBatch}
}

// base returns the base of the next job, which keeps span.
func (e *Enqueuer) base(span time.Duration) time.Time {
	b := time.Now().UTC().Truncate(time.Microsecond)
	if b.Before(e.next) {
		b = e.next
	}
	e.next = b.Add(span)
	return b
}

// Docs queues one extract job for a batch of documents.
func (e *Enqueuer) Docs(ctx context.Context, docs []ingest.Doc) error {
	if len(docs) == 0 {
		return nil
	}
	b := pipeline.Batch{Seq: e.seq, Docs: docs}
	b.Base = e.base(time.Duration(len(docs)) * pipeline.Step)
	e.seq++
	_, err := insertBatch(ctx, e.client, b, fmt.Sprintf("%s/%d", e.run, b.Seq))
	return err
}

// URL queues one fetch job.
func (e *Enqueuer) URL(ctx context.Context, u string) error {
	base := e.base(fetchSpan)
	args := fetchArgs{Key: jobKey(base, fmt.Sprintf("%s/%d", e.run, e.seq)), URL: u, Base: base}
	e.seq++
	if _, err := e.client.Insert(ctx, args, nil); err != nil {
		return fmt.Errorf("queue fetch of %s: %w", u, err)
	}
	return nil
}

// insertBatch queues an extract job for b under the key of its base and
// unique, and reports whether it is new: a job already queued under that key
// (unfinished or completed) stands for it.
func insertBatch(ctx context.Context, c *river.Client[pgx.Tx], b pipeline.Batch, unique string) (bool, error) {
	payload, err := EncodeBatch(b)
	if err != nil {
		return false, err
	}
	key := jobKey(b.Base, unique)
	res, err := c.Insert(ctx, extractArgs{Key: key, Docs: len(b.Docs), Batch: payload}, nil)
	if err != nil {
		return false, fmt.Errorf("queue batch %s: %w", key, err)
	}
	return !res.UniqueSkippedAsDuplicate, nil
}

// queueDocs queues docs as extract jobs of pipeline.DefaultBatch documents,
// batch k with base + k*DefaultBatch*Step, keyed by unique and k, and
// returns how many it queued (a batch already queued under its key counts).
func queueDocs(ctx context.Context, c *river.Client[pgx.Tx], docs []ingest.Doc, base time.Time, unique string) (int, error) {
	n := 0
	for k := 0; k*pipeline.DefaultBatch < len(docs); k++ {
		chunk := docs[k*pipeline.DefaultBatch : min(len(docs), (k+1)*pipeline.DefaultBatch)]
		b := pipeline.Batch{Seq: k, Base: base.Add(time.Duration(k*pipeline.DefaultBatch) * pipeline.Step), Docs: chunk}
		if _, err := insertBatch(ctx, c, b, fmt.Sprintf("%s/%d", unique, k)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Queued counts what Inputs queued.
type Queued struct {
	Docs, Batches, URLs, Failed int
}

// Inputs reads inputs and queues them in order: documents in batches of the
// pipeline's batch size (as add on SQLite extracts them), each http(s) URL
// as a fetch job (a batch under way is queued first). Each input or item
// that cannot be read is reported and counted.
func (e *Enqueuer) Inputs(ctx context.Context, inputs []string, opt ingest.Options, report func(pipeline.Item)) (Queued, error) {
	var n Queued
	var batch []ingest.Doc
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := e.Docs(ctx, batch); err != nil {
			return err
		}
		n.Docs += len(batch)
		n.Batches++
		batch = nil
		return nil
	}
	r := ingest.NewReader(opt)
	for _, in := range inputs {
		if l := strings.ToLower(in); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
			if err := flush(); err != nil {
				return n, err
			}
			if err := e.URL(ctx, in); err != nil {
				return n, err
			}
			n.URLs++
			continue
		}
		for doc, err := range r.Docs(ctx, []string{in}) {
			if err != nil {
				if ctx.Err() != nil {
					return n, ctx.Err()
				}
				// A note (a file that is not an article, a charset
				// detected) is no failure.
				if na := (*ingest.NotArticle)(nil); errors.As(err, &na) {
					report(pipeline.Item{Status: pipeline.Noted, Input: na.Input, Err: err})
					continue
				}
				if w := (*ingest.Warning)(nil); errors.As(err, &w) {
					report(pipeline.Item{Status: pipeline.Warned, Input: w.Input, Err: err})
					continue
				}
				n.Failed++
				var f *ingest.Failure
				input := ""
				if errors.As(err, &f) {
					input = f.Input
				}
				report(pipeline.Item{Status: pipeline.Failed, Input: input, Err: err})
				continue
			}
			batch = append(batch, doc)
			if len(batch) >= e.batch {
				if err := flush(); err != nil {
					return n, err
				}
			}
		}
	}
	return n, flush()
}

// Wait waits until no extract or fetch job is unfinished and no article is
// left unprocessed, looking every interval.
func (q *Queue) Wait(ctx context.Context, every time.Duration) error {
	for {
		first, last, err := q.store.Frontier(ctx, ordered...)
		if err != nil {
			return err
		}
		if first == "" && last.IsZero() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}

// Counts counts the jobs that carry work (extract, fetch, poll; not the
// periodic look for due feeds) by what became of them.
type Counts struct {
	// Waiting counts the jobs to run: available, scheduled, pending, and
	// retryable (failed, to be retried after a pause).
	Waiting int
	Running int
	Done    int
	// Parked counts the jobs that failed every attempt (River's
	// "discarded"): `copydesk jobs` lists them with their errors.
	Parked int
	// Cancelled counts the jobs given up for good at once (a fetch refused
	// by the address checks).
	Cancelled int
}

// Counts counts the jobs by state.
func (q *Queue) Counts(ctx context.Context) (Counts, error) {
	m, err := q.store.JobCounts(ctx, KindExtract, KindFetch, KindPoll)
	if err != nil {
		return Counts{}, err
	}
	return Counts{
		Waiting:   m["available"] + m["scheduled"] + m["pending"] + m["retryable"],
		Running:   m["running"],
		Done:      m["completed"],
		Parked:    m["discarded"],
		Cancelled: m["cancelled"],
	}, nil
}
