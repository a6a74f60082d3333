package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Options configures a worker. Its zero value gives the defaults, except
// Reader, which Work needs.
type Options struct {
	// ID names the worker in River's jobs (attempted_by) and in the log.
	ID string
	// Reader fetches URLs and feeds, with its size, time and address limits.
	Reader *ingest.Reader
	// Log receives one line per job, poll and takeover; nothing when nil.
	Log *slog.Logger
	// Jobs is how many extract and fetch jobs run at once; default 1.
	Jobs int
	// Lease is how long a job may run: a job still running after it is
	// cut short and retried, or, when its worker died, taken for a dead
	// worker's and retried (River's rescuer looks every 30 s). Default
	// one minute.
	Lease time.Duration
	// Idle is the pause before looking again when there is nothing to do;
	// default 250 ms.
	Idle time.Duration
	// FeedCheck is how often due feeds are looked for; default 5 s.
	FeedCheck time.Duration
	// RetryBase is the pause before the second attempt of a failed job,
	// doubled for each later one; default DefaultRetryBase.
	RetryBase time.Duration
	// Standby is how often a worker that is not the assigner tries the
	// assigner lock; default one second.
	Standby time.Duration
	// Engine is what the assigner's engine works through: the store when
	// nil (tests wrap it).
	Engine copydesk.Store
	// KeepDone is how long completed jobs stay in River's table before
	// its cleaner (run by River's leader every 30 s) deletes them; default
	// one hour, River's own being a day. The periodic look for due feeds
	// completes one job every FeedCheck (17,280 a day at 5 s), and a
	// million articles a day make 4,000 batch jobs and 4,000 match jobs,
	// each holding its documents or ids: kept a day, they would pile up.
	// A batch queued again after its job was deleted is extracted again,
	// and stores nothing new.
	KeepDone time.Duration
}

func (o *Options) defaults() {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Jobs <= 0 {
		o.Jobs = 1
	}
	if o.Lease <= 0 {
		o.Lease = time.Minute
	}
	if o.Idle <= 0 {
		o.Idle = 250 * time.Millisecond
	}
	if o.FeedCheck <= 0 {
		o.FeedCheck = 5 * time.Second
	}
	if o.RetryBase <= 0 {
		o.RetryBase = DefaultRetryBase
	}
	if o.Standby <= 0 {
		o.Standby = time.Second
	}
	if o.KeepDone <= 0 {
		o.KeepDone = DefaultKeepDone
	}
}

// DefaultKeepDone is the default of Options.KeepDone.
const DefaultKeepDone = time.Hour

// Worker runs the jobs of a shared store and, while it holds the assigner
// lock, the ordered step.
type Worker struct {
	store  Store
	opt    Options
	log    *slog.Logger
	client *river.Client[pgx.Tx]
	// index is the shared copy index, with this worker's memory of the
	// articles it prepared lately.
	index *pipeline.SharedIndex

	processed atomic.Int64 // articles processed as the assigner
}

// NewWorker returns a worker for store.
func NewWorker(store Store, opt Options) (*Worker, error) {
	opt.defaults()
	if opt.Reader == nil {
		return nil, copydesk.Errorf(copydesk.EInvalid, "queue: a worker needs a Reader")
	}
	w := &Worker{store: store, opt: opt, log: opt.Log, index: pipeline.NewSharedIndex(store, store, dedup.Options{})}
	workers := river.NewWorkers()
	river.AddWorker(workers, river.WorkFunc(w.extract))
	river.AddWorker(workers, river.WorkFunc(w.match))
	river.AddWorker(workers, river.WorkFunc(w.fetch))
	river.AddWorker(workers, river.WorkFunc(w.poll))
	river.AddWorker(workers, river.WorkFunc(w.dueFeeds))
	cooldown := min(100*time.Millisecond, opt.Idle)
	c, err := newClient(store, &river.Config{
		ID:     opt.ID,
		Logger: riverLogger(opt.Log),
		Queues: map[string]river.QueueConfig{
			queueBatches: {MaxWorkers: opt.Jobs},
			queueFeeds:   {MaxWorkers: 2},
		},
		Workers: workers,
		// River has no heartbeat: a running job whose worker died is
		// told from a slow one by how long it has run. A job may run
		// for the lease, then it is cut short (and retried); past the
		// lease a job still running is taken for a dead worker's and
		// retried (River's rescuer rescues only jobs whose timeout is
		// over, so the two are one setting).
		JobTimeout:                  opt.Lease,
		CompletedJobRetentionPeriod: opt.KeepDone,
		RescueStuckJobsAfter:        opt.Lease,
		RetryPolicy:                 backoff{opt.RetryBase},
		ErrorHandler:                errorLog{opt.Log},
		FetchCooldown:               cooldown,
		FetchPollInterval:           max(opt.Idle, cooldown),
		PeriodicJobs: []*river.PeriodicJob{river.NewPeriodicJob(river.PeriodicInterval(opt.FeedCheck),
			func() (river.JobArgs, *river.InsertOpts) { return feedsArgs{}, nil },
			&river.PeriodicJobOpts{ID: KindFeeds, RunOnStart: true})},
	})
	if err != nil {
		return nil, err
	}
	w.client = c
	return w, nil
}

// Processed returns how many articles this worker processed as the
// assigner.
func (w *Worker) Processed() int64 { return w.processed.Load() }

// Run runs the worker until ctx ends: River's client works the jobs, and
// the assigner loop takes the ordered step whenever it gets the lock. On
// the end of ctx the jobs at hand and the article at hand are finished.
func (w *Worker) Run(ctx context.Context) error {
	w.log.Info("worker started", "jobs", w.opt.Jobs)
	if err := w.client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("worker %s: start: %w", w.opt.ID, err)
	}
	var wg sync.WaitGroup
	wg.Go(func() { w.assignLoop(ctx) })
	<-ctx.Done()
	wg.Wait()
	// A soft stop: the jobs at hand finish (each within its lease).
	stopCtx, cancel := context.WithTimeout(context.Background(), w.opt.Lease+5*time.Second)
	defer cancel()
	err := w.client.Stop(stopCtx)
	w.log.Info("worker stopped", "processed", w.processed.Load())
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("worker %s: stop: %w", w.opt.ID, err)
	}
	return nil
}

// extract extracts a batch, stores its articles for the ordered step and
// files them in the shared copy index, then queues the match job that finds
// their copies (before it completes, so that the frontier never passes
// them; a retried extract job queues it again under the same key, which
// River takes as a duplicate).
func (w *Worker) extract(ctx context.Context, job *river.Job[extractArgs]) error {
	log := w.jobLog(job.JobRow)
	b, err := DecodeBatch(job.Args.Batch)
	if err != nil {
		return fmt.Errorf("extract job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	var ids []string
	st, err := pipeline.StoreBatch(ctx, w.store, b, func(it pipeline.Item) {
		if it.Err != nil {
			log.Warn(string(it.Status), "input", it.Input, "err", it.Err)
		}
		if it.Article != nil {
			ids = append(ids, it.Article.ID)
		}
	})
	if err != nil {
		return fmt.Errorf("extract job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	// The batch's articles: those stored at its place in the order (an
	// article stored before by another batch is that batch's).
	arts, err := w.store.Articles(ctx, copydesk.ArticleFilter{IDs: ids})
	if err != nil {
		return fmt.Errorf("extract job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	arts = slices.DeleteFunc(arts, func(a *copydesk.Article) bool { return a.Added.Before(b.Base) || !a.Added.Before(b.End()) })
	if err := pipeline.IndexArticles(ctx, w.index, arts, runtime.GOMAXPROCS(0)); err != nil {
		return fmt.Errorf("extract job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	m := matchArgs{Key: job.Args.Key}
	for _, a := range arts {
		m.IDs = append(m.IDs, a.ID)
	}
	if _, err := w.client.Insert(ctx, m, nil); err != nil {
		return fmt.Errorf("extract job %d (%s): queue its match job: %w", job.ID, job.Args.Key, err)
	}
	log.Info("batch stored", "seq", b.Seq, "added", st.Added, "unchanged", st.Unchanged, "skipped", st.Skipped, "failed", st.Failed)
	return nil
}

// match finds the copies and the facts of a stored batch, once every
// article before it is filed in the shared copy index (no extract or fetch
// job before it is unfinished; until then it is snoozed, which costs no
// attempt), and stores them for the ordered step.
func (w *Worker) match(ctx context.Context, job *river.Job[matchArgs]) error {
	log := w.jobLog(job.JobRow)
	first, _, err := w.store.Frontier(ctx, filing...)
	if err != nil {
		return fmt.Errorf("match job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	if first != "" && first < job.Args.Key {
		return river.JobSnooze(w.opt.Idle)
	}
	arts, err := w.store.Articles(ctx, copydesk.ArticleFilter{IDs: job.Args.IDs, Unprocessed: true})
	if err != nil {
		return fmt.Errorf("match job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	if err := pipeline.MatchArticles(ctx, w.store, w.index, w.store, arts, runtime.GOMAXPROCS(0)); err != nil {
		return fmt.Errorf("match job %d (%s): %w", job.ID, job.Args.Key, err)
	}
	log.Info("batch matched", "articles", len(arts))
	return nil
}

// fetch fetches a URL queued by add and queues its documents as extract
// jobs, in batches whose bases follow the fetch job's base. The extract jobs
// are queued before the fetch job completes, so the frontier never passes
// them; a retried fetch job queues them under the same keys, which River
// takes as duplicates.
func (w *Worker) fetch(ctx context.Context, job *river.Job[fetchArgs]) error {
	log := w.jobLog(job.JobRow)
	f := job.Args
	var docs []ingest.Doc
	var failure error
	for d, err := range w.opt.Reader.Docs(ctx, []string{f.URL}) {
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
			// Retrying cannot help: cancelled at once, listed by
			// copydesk jobs with its error.
			log.Error("fetch refused, not retried", "err", failure)
			return river.JobCancel(failure)
		}
		return failure
	}
	n, err := queueDocs(ctx, w.client, docs, f.Base, fmt.Sprintf("fetch%d", job.ID))
	if err != nil {
		return err
	}
	log.Info("fetched", "url", f.URL, "documents", len(docs), "batches", n)
	return nil
}

// jobLog returns the log with the job's id, kind and attempt.
func (w *Worker) jobLog(job *rivertype.JobRow) *slog.Logger {
	return w.log.With("job", job.ID, "kind", job.Kind, "attempt", job.Attempt)
}

// errorLog logs each failed attempt of a job, and whether it will be retried
// or is parked; River records the error with the job.
type errorLog struct{ log *slog.Logger }

func (e errorLog) HandleError(ctx context.Context, job *rivertype.JobRow, err error) *river.ErrorHandlerResult {
	log := e.log.With("job", job.ID, "kind", job.Kind, "attempt", job.Attempt)
	var cancel *rivertype.JobCancelError
	switch {
	case errors.As(err, &cancel):
	case job.Attempt >= job.MaxAttempts:
		log.Error("job failed on its last attempt: parked (copydesk jobs lists it)", "err", err)
	default:
		log.Warn("job failed, will retry", "err", err)
	}
	return nil
}

func (e errorLog) HandlePanic(ctx context.Context, job *rivertype.JobRow, panicVal any, trace string) *river.ErrorHandlerResult {
	e.log.Error("job panicked", "job", job.ID, "kind", job.Kind, "attempt", job.Attempt, "panic", fmt.Sprint(panicVal))
	return nil
}

// riverLogger is log for River's own messages, warnings and errors only.
func riverLogger(log *slog.Logger) *slog.Logger {
	return slog.New(levelFilter{log.Handler(), slog.LevelWarn}).With("from", "river")
}

// levelFilter passes on the records of at least min.
type levelFilter struct {
	slog.Handler
	min slog.Level
}

func (f levelFilter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= f.min && f.Handler.Enabled(ctx, l)
}

func (f levelFilter) WithAttrs(as []slog.Attr) slog.Handler {
	return levelFilter{f.Handler.WithAttrs(as), f.min}
}

func (f levelFilter) WithGroup(name string) slog.Handler {
	return levelFilter{f.Handler.WithGroup(name), f.min}
}
