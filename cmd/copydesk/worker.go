package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/postgres"
)

// assignerLock is the advisory lock key held by the one worker that processes
// articles (copies, provenance, clustering): "copydesk" in ASCII.
const assignerLock int64 = 0x636f70796465736b

// worker is one copydesk worker process sharing a PostgreSQL store.
type worker struct {
	store   *postgres.Store
	id      string
	log     *slog.Logger
	reader  *ingest.Reader
	lease   time.Duration // of a claimed job
	idle    time.Duration // pause when there is nothing to do
	standby time.Duration // between tries of the assigner lock
	feedGap time.Duration // between looks for due feeds

	// engineStore is what the assigner's engine works through: store, or
	// in tests a wrapper of it.
	engineStore copydesk.Store

	processed atomic.Int64 // articles processed as the assigner
}

func cmdWorker(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	host, _ := os.Hostname()
	id := fs.String("id", fmt.Sprintf("%s-%d", host, os.Getpid()), "this worker's name, in the queue and the log")
	var opt ingest.Options
	fs.BoolVar(&opt.AllowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	fs.Int64Var(&opt.MaxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest HTTP body read")
	fs.DurationVar(&opt.Timeout, "timeout", ingest.DefaultTimeout, "time limit of one HTTP request")
	jobs := fs.Int("jobs", 1, "jobs (extraction, fetching) run at once by this worker")
	lease := fs.Duration("lease", time.Minute, "lease of a claimed job: a job whose worker stops renewing it is retried after this")
	idle := fs.Duration("idle", 250*time.Millisecond, "pause before looking again when there is nothing to do")
	feedGap := fs.Duration("feed-check", 5*time.Second, "how often to look for feeds due for a poll")
	if _, err := c.parse(fs, args, "worker", "",
		"Work for a PostgreSQL store (--db postgres://...) until SIGINT or SIGTERM: run the queued jobs (extract a\n"+
			"batch of documents and store its articles; fetch a URL), poll the feeds that are due, and, in the one\n"+
			"worker that holds the assigner lock, process the stored articles in order (copies, provenance,\n"+
			"events and stories). The others stand by and take over when it stops. On a signal a worker\n"+
			"finishes the job and the article at hand and exits."); err != nil {
		return err
	}
	if *jobs < 1 || *lease < time.Second || *idle <= 0 || *feedGap <= 0 {
		fmt.Fprintln(c.Stderr, "copydesk worker: --jobs must be at least 1, --lease at least 1s, --idle and --feed-check positive")
		return errUsage
	}
	store, err := c.openPostgres(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	level := slog.LevelInfo
	if c.quiet {
		level = slog.LevelError
	}
	w := &worker{
		store: store, id: *id, reader: ingest.NewReader(opt),
		log:   slog.New(slog.NewTextHandler(c.Stderr, &slog.HandlerOptions{Level: level})).With("worker", *id),
		lease: *lease, idle: *idle, standby: time.Second, feedGap: *feedGap,
	}
	return w.run(ctx, *jobs)
}

// run runs the worker's loops until ctx ends, then waits for them to finish
// what they hold.
func (w *worker) run(ctx context.Context, jobs int) error {
	w.log.Info("worker started", "jobs", jobs)
	var wg sync.WaitGroup
	wg.Go(func() { w.assignLoop(ctx) })
	for range jobs {
		wg.Go(func() { w.jobLoop(ctx) })
	}
	wg.Go(func() { w.feedLoop(ctx) })
	wg.Wait()
	w.log.Info("worker stopped", "processed", w.processed.Load())
	return nil
}

// sleep pauses for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// assignLoop tries the assigner lock every standby interval; holding it, the
// worker processes the stored articles until it loses the lock or stops.
func (w *worker) assignLoop(ctx context.Context) {
	for ctx.Err() == nil {
		h, err := w.store.TryHold(ctx, assignerLock)
		if err != nil {
			if ctx.Err() == nil {
				w.log.Error("assigner lock", "err", err)
			}
			sleep(ctx, w.standby)
			continue
		}
		if h == nil {
			sleep(ctx, w.standby)
			continue
		}
		w.log.Info("assigner: holding the lock, loading the state from the store")
		err = w.assign(ctx, h)
		h.Release()
		if err != nil && ctx.Err() == nil {
			w.log.Error("assigner: stopped", "err", err)
			sleep(ctx, w.standby)
		}
	}
}

// assign processes articles while h is held: an engine loaded from the
// store processes the unprocessed articles up to the frontier (the earliest
// base of the unfinished extract and fetch jobs), again and again.
func (w *worker) assign(ctx context.Context, h *postgres.HeldLock) error {
	lctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	// The lock is checked twice a second; losing it ends lctx, and the
	// engine stops before its next article.
	go every(lctx, 500*time.Millisecond, func() bool {
		if err := h.Check(lctx); err != nil {
			cancel(err)
			return false
		}
		return true
	})
	es := w.engineStore
	if es == nil {
		es = w.store
	}
	eng, err := pipeline.Load(lctx, es, pipeline.Options{})
	if err != nil {
		return lockLost(lctx, err)
	}
	for {
		first, last, err := w.store.Frontier(lctx, kindExtract, kindFetch)
		if err != nil {
			return lockLost(lctx, err)
		}
		n := 0
		if !last.IsZero() {
			before := last.Add(time.Nanosecond)
			if t, ok := keyTime(first); ok && t.Before(before) {
				before = t
			}
			n, err = eng.ProcessPending(lctx, before)
			w.processed.Add(int64(n))
			if err != nil {
				return lockLost(lctx, err)
			}
		}
		if first == "" && last.IsZero() {
			// Nothing queued, nothing pending: re-place what the
			// batches since the last time brought (a no-op otherwise).
			if err := eng.Refine(lctx); err != nil {
				return lockLost(lctx, err)
			}
		}
		if n == 0 {
			sleep(lctx, w.idle)
		}
		if lctx.Err() != nil {
			return lockLost(lctx, nil)
		}
	}
}

// lockLost returns why the assigner stopped: the lock lost, else err.
func lockLost(lctx context.Context, err error) error {
	if cause := context.Cause(lctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}

// jobLoop claims and runs extract and fetch jobs until ctx ends.
func (w *worker) jobLoop(ctx context.Context) {
	for ctx.Err() == nil {
		j, err := w.store.Claim(ctx, w.id, w.lease, kindExtract, kindFetch)
		if err != nil {
			if ctx.Err() == nil {
				w.log.Error("claim a job", "err", err)
				sleep(ctx, w.idle)
			}
			continue
		}
		if j == nil {
			sleep(ctx, w.idle)
			continue
		}
		w.runJob(ctx, j)
	}
}

// runJob runs one job to its end (a signal does not cut it short), renewing
// its lease meanwhile, and completes it or records its failure.
func (w *worker) runJob(ctx context.Context, j *postgres.Job) {
	jctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	go every(jctx, w.lease/3, func() bool {
		if err := w.store.Extend(jctx, j, w.lease); err != nil && jctx.Err() == nil {
			// Taken for dead and claimed again: stop, the other attempt
			// does the work.
			w.log.Error("job lease lost", "job", j.ID, "err", err)
			cancel()
			return false
		}
		return true
	})
	log := w.log.With("job", j.ID, "kind", j.Kind, "attempt", j.Attempt)
	var err error
	switch j.Kind {
	case kindExtract:
		err = w.extractJob(jctx, j, log)
	case kindFetch:
		err = w.fetchJob(jctx, j, log)
	default:
		err = copydesk.Errorf(copydesk.EInvalid, "unknown job kind %q", j.Kind)
	}
	if jctx.Err() != nil {
		return // the lease was lost
	}
	cancel()
	done := context.WithoutCancel(ctx)
	if err == nil {
		if err := w.store.Complete(done, j); err != nil {
			log.Error("complete", "err", err)
		}
		return
	}
	gaveUp, ferr := w.store.Fail(done, j, err, retryAfter(j.Attempt))
	switch {
	case ferr != nil:
		log.Error("record failure", "err", ferr, "cause", err)
	case gaveUp:
		log.Error("job failed for good", "err", err)
	default:
		log.Warn("job failed, will retry", "err", err)
	}
}

// retryAfter is the pause before attempt+1 of a failed job: 2 s, 4 s, 8 s...
// at most 5 minutes.
func retryAfter(attempt int) time.Duration {
	return min(time.Duration(1<<min(attempt, 16))*time.Second, 5*time.Minute)
}

// extractJob extracts a batch and stores its articles for the assigner.
func (w *worker) extractJob(ctx context.Context, j *postgres.Job, log *slog.Logger) error {
	b, err := pipeline.DecodeBatch(j.Payload)
	if err != nil {
		return err
	}
	st, err := pipeline.StoreBatch(ctx, w.store, b, func(it pipeline.Item) {
		if it.Err != nil {
			log.Warn(string(it.Status), "input", it.Input, "err", it.Err)
		}
	})
	if err != nil {
		return err
	}
	log.Info("batch stored", "seq", b.Seq, "added", st.Added, "unchanged", st.Unchanged, "skipped", st.Skipped, "failed", st.Failed)
	return nil
}

// fetchJob fetches a URL queued by add and queues its documents as extract
// jobs, in batches whose bases follow the fetch job's base. The extract jobs
// are queued before the fetch job completes, so the frontier never passes
// them; a retried fetch job queues them under the same keys.
func (w *worker) fetchJob(ctx context.Context, j *postgres.Job, log *slog.Logger) error {
	var f fetchJob
	if err := json.Unmarshal(j.Payload, &f); err != nil {
		return copydesk.Errorf(copydesk.EInvalid, "fetch job %d: payload: %v", j.ID, err)
	}
	var docs []ingest.Doc
	var failure error
	for d, err := range w.reader.Docs(ctx, []string{f.URL}) {
		if err != nil {
			var fl *ingest.Failure
			if errors.As(err, &fl) && fl.Input == f.URL {
				failure = err // the URL itself
				continue
			}
			log.Warn("failed", "err", err)
			continue
		}
		docs = append(docs, d)
	}
	if failure != nil && len(docs) == 0 {
		var refused *ingest.RefusedError
		if errors.As(failure, &refused) {
			log.Error("fetch refused, not retried", "err", failure)
			return nil
		}
		return failure
	}
	n, err := queueDocs(ctx, w.store, docs, f.Base, fmt.Sprintf("fetch%d", j.ID))
	if err != nil {
		return err
	}
	log.Info("fetched", "url", f.URL, "documents", len(docs), "batches", n)
	return nil
}

// queueDocs queues docs as extract jobs of pipeline.DefaultBatch documents,
// batch k with base + k*DefaultBatch*Step, keyed by unique and k, and
// returns how many it queued.
func queueDocs(ctx context.Context, store *postgres.Store, docs []ingest.Doc, base time.Time, unique string) (int, error) {
	n := 0
	for k := 0; k*pipeline.DefaultBatch < len(docs); k++ {
		chunk := docs[k*pipeline.DefaultBatch : min(len(docs), (k+1)*pipeline.DefaultBatch)]
		b := pipeline.Batch{Seq: k, Base: base.Add(time.Duration(k*pipeline.DefaultBatch) * pipeline.Step), Docs: chunk}
		if err := enqueueBatch(ctx, store, b, fmt.Sprintf("%s/%d", unique, k)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
