package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// isPostgres reports whether a --db value names a PostgreSQL database.
func isPostgres(db string) bool {
	l := strings.ToLower(db)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// openStore opens the store named by --db: the PostgreSQL database of a
// postgres:// or postgresql:// URL, else the SQLite file at that path. Every
// command that uses a store opens it here.
func (c *cli) openStore(ctx context.Context) (copydesk.Store, error) {
	if isPostgres(c.db) {
		pg, err := postgres.Open(ctx, c.db)
		if err != nil {
			// It names the database (without password) and the reason,
			// which pgx may spread over several lines.
			return nil, oneLineError{err}
		}
		return pg, nil
	}
	db, err := sqlite.Open(ctx, c.db)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", c.db, err)
	}
	return db, nil
}

// oneLineError is err on one line, keeping err in the chain (for its code).
type oneLineError struct{ err error }

func (e oneLineError) Error() string {
	s := strings.ReplaceAll(e.err.Error(), ":\n", ": ")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", "; ")), " ")
}

func (e oneLineError) Unwrap() error { return e.err }

// openPostgres opens the store and checks that it is PostgreSQL, which the
// command needs.
func (c *cli) openPostgres(ctx context.Context) (*postgres.Store, error) {
	if !isPostgres(c.db) {
		return nil, copydesk.Errorf(copydesk.EInvalid,
			"this command needs a PostgreSQL store: give --db postgres://... (or COPYDESK_DB), not %q", c.db)
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return nil, err
	}
	return store.(*postgres.Store), nil
}

// The kinds of the jobs copydesk add, the API and the feed poller queue, and
// the workers run. Their keys begin with the job's base time (keyTime), so
// that the smallest key of the unfinished jobs is the earliest base.
const (
	kindExtract = "extract" // payload: a pipeline.Batch (EncodeBatch)
	kindFetch   = "fetch"   // payload: a fetchJob
)

// fetchSpan is the room in Added times a fetch job keeps for the articles of
// the URL it fetches (batch j of the response gets base + j*batch*Step): 100
// ms at one µs an article, 100,000 articles. Articles beyond it come later
// in the order than they would have, nothing worse.
const fetchSpan = 100 * time.Millisecond

// fetchJob is the payload of a fetch job.
type fetchJob struct {
	URL  string    `json:"url"`
	Base time.Time `json:"base"`
}

// keyLayout writes times that sort as text, as the stores keep them.
const keyLayout = "2006-01-02T15:04:05.000000000Z"

// jobKey returns the key of a job whose articles start at base: the base
// first, then what makes the key unique.
func jobKey(base time.Time, unique string) string {
	return base.UTC().Format(keyLayout) + "/" + unique
}

// keyTime reads the base time at the start of a job key.
func keyTime(key string) (time.Time, bool) {
	s, _, _ := strings.Cut(key, "/")
	t, err := time.Parse(time.RFC3339Nano, s)
	return t.UTC(), err == nil
}

// enqueuer queues batches and URLs in order: each job's base time follows
// the span of the job queued before it, so that the Added order of the
// stored articles is the order in which they were queued.
type enqueuer struct {
	store *postgres.Store
	run   string // unique to this enqueuer, for job keys
	seq   int
	next  time.Time // the earliest base of the next job
	batch int
}

func newEnqueuer(store *postgres.Store, name string) *enqueuer {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return &enqueuer{store: store, run: name + "-" + hex.EncodeToString(b), batch: pipeline.DefaultBatch}
}

// base returns the base of the next job, which keeps span.
func (q *enqueuer) base(span time.Duration) time.Time {
	b := time.Now().UTC().Truncate(time.Microsecond)
	if b.Before(q.next) {
		b = q.next
	}
	q.next = b.Add(span)
	return b
}

// docs queues one extract job for a batch of documents.
func (q *enqueuer) docs(ctx context.Context, docs []ingest.Doc) error {
	if len(docs) == 0 {
		return nil
	}
	b := pipeline.Batch{Seq: q.seq, Docs: docs}
	b.Base = q.base(time.Duration(len(docs)) * pipeline.Step)
	q.seq++
	return enqueueBatch(ctx, q.store, b, fmt.Sprintf("%s/%d", q.run, b.Seq))
}

// enqueueBatch queues an extract job for b under the key of its base and
// unique; a job already unfinished under that key stands for it.
func enqueueBatch(ctx context.Context, store *postgres.Store, b pipeline.Batch, unique string) error {
	payload, err := pipeline.EncodeBatch(b)
	if err != nil {
		return err
	}
	if _, _, err := store.EnqueueOnce(ctx, kindExtract, jobKey(b.Base, unique), payload); err != nil {
		return err
	}
	return nil
}

// url queues one fetch job.
func (q *enqueuer) url(ctx context.Context, u string) error {
	f := fetchJob{URL: u, Base: q.base(fetchSpan)}
	payload, err := json.Marshal(f)
	if err != nil {
		return err
	}
	_, _, err = q.store.EnqueueOnce(ctx, kindFetch, jobKey(f.Base, fmt.Sprintf("%s/%d", q.run, q.seq)), payload)
	q.seq++
	return err
}

// queued counts what enqueueDocs queued.
type queued struct {
	docs, batches, urls, failed int
}

// enqueueInputs reads inputs and queues them in order: documents in batches of
// the pipeline's batch size (as add on SQLite extracts them), each URL as a
// fetch job (a batch under way is queued first). Each input or item that
// cannot be read is reported and counted.
func (q *enqueuer) enqueueInputs(ctx context.Context, inputs []string, opt ingest.Options, report func(pipeline.Item)) (queued, error) {
	var n queued
	var batch []ingest.Doc
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := q.docs(ctx, batch); err != nil {
			return err
		}
		n.docs += len(batch)
		n.batches++
		batch = nil
		return nil
	}
	r := ingest.NewReader(opt)
	for _, in := range inputs {
		if l := strings.ToLower(in); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
			if err := flush(); err != nil {
				return n, err
			}
			if err := q.url(ctx, in); err != nil {
				return n, err
			}
			n.urls++
			continue
		}
		for doc, err := range r.Docs(ctx, []string{in}) {
			if err != nil {
				if ctx.Err() != nil {
					return n, ctx.Err()
				}
				n.failed++
				var f *ingest.Failure
				input := ""
				if errors.As(err, &f) {
					input = f.Input
				}
				report(pipeline.Item{Status: pipeline.Failed, Input: input, Err: err})
				continue
			}
			batch = append(batch, doc)
			if len(batch) >= q.batch {
				if err := flush(); err != nil {
					return n, err
				}
			}
		}
	}
	return n, flush()
}

// enqueueAdd is add on PostgreSQL: the inputs are queued for the workers; with
// wait it then waits until the workers have stored and processed everything.
func (c *cli) enqueueAdd(ctx context.Context, store *postgres.Store, inputs []string, opt ingest.Options, wait bool) error {
	q := newEnqueuer(store, "add")
	n, err := q.enqueueInputs(ctx, inputs, opt, func(it pipeline.Item) {
		fmt.Fprintf(c.Stderr, "%s: %v\n", it.Status, it.Err)
	})
	if !c.quiet {
		fmt.Fprintf(c.Stderr, "queued %d documents in %d batches and %d URLs for the workers, failed %d\n", n.docs, n.batches, n.urls, n.failed)
	}
	if err != nil {
		return err
	}
	if wait {
		if err := waitIdle(ctx, store, 200*time.Millisecond); err != nil {
			return err
		}
		st, err := store.QueueStats(ctx)
		if err != nil {
			return err
		}
		if !c.quiet {
			fmt.Fprintf(c.Stderr, "the workers are done: %d jobs done, %d failed in the queue\n", st.Done, st.Failed)
		}
	}
	if n.failed > 0 {
		return errItemsFailed
	}
	return nil
}

// waitIdle waits until no extract or fetch job is unfinished and no article
// is left unprocessed.
func waitIdle(ctx context.Context, store *postgres.Store, every time.Duration) error {
	for {
		first, last, err := store.Frontier(ctx, kindExtract, kindFetch)
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

// queueAdder is the server's AddFunc on PostgreSQL: it queues what a request
// gives for the workers, as add does, and answers each item "queued" (with
// the id its article gets once a worker stores it) or "failed".
func queueAdder(store *postgres.Store) server.AddFunc {
	return func(ctx context.Context, req server.AddRequest) ([]server.AddResult, error) {
		results := []server.AddResult{}
		q := newEnqueuer(store, "api")
		if len(req.Articles) > 0 {
			var body bytes.Buffer
			for _, a := range req.Articles {
				body.Write(bytes.ReplaceAll(a, []byte("\n"), nil))
				body.WriteByte('\n')
			}
			var batch []ingest.Doc
			for d, err := range ingest.NewReader(ingest.Options{Stdin: &body}).Docs(ctx, []string{"-"}) {
				if err != nil {
					input := "body"
					var f *ingest.Failure
					if errors.As(err, &f) {
						input = strings.Replace(f.Input, "stdin", "body", 1)
					}
					results = append(results, server.AddResult{Input: input, Status: string(pipeline.Failed),
						Error: strings.ReplaceAll(err.Error(), "stdin", "body")})
					continue
				}
				batch = append(batch, d)
				results = append(results, server.AddResult{Input: strings.Replace(d.Ref, "stdin", "body", 1), Status: "queued",
					Article: copydesk.ArticleID(d.Ref, copydesk.HashRaw(d.Raw)), Title: d.Title})
			}
			if err := q.docs(ctx, batch); err != nil {
				return results, err
			}
		}
		for _, u := range req.URLs {
			if err := q.url(ctx, u); err != nil {
				return results, err
			}
			results = append(results, server.AddResult{Input: u, Status: "queued"})
		}
		return results, nil
	}
}
