package queue

import (
	"context"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/riverqueue/river"
)

// dueLimit is how many due feeds one look queues polls for; the rest wait
// for the next look.
const dueLimit = 100

// dueFeeds is the periodic job: it queues a poll job for each due feed. A
// feed whose poll is queued or running already is left alone (River takes
// the second poll job as a duplicate), so a slow poll is never doubled.
func (w *Worker) dueFeeds(ctx context.Context, job *river.Job[feedsArgs]) error {
	feeds, err := w.store.DueFeeds(ctx, dueLimit)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		return nil
	}
	params := make([]river.InsertManyParams, len(feeds))
	for i, f := range feeds {
		params[i] = river.InsertManyParams{Args: pollArgs{URL: f.URL}}
	}
	res, err := w.client.InsertMany(ctx, params)
	if err != nil {
		return fmt.Errorf("queue polls of %d due feeds: %w", len(feeds), err)
	}
	queued := 0
	for _, r := range res {
		if !r.UniqueSkippedAsDuplicate {
			queued++
		}
	}
	if queued > 0 {
		w.log.Info("feeds due", "polls queued", queued)
	}
	return nil
}

// poll polls one feed with a conditional GET, queues its items as extract
// jobs, and records the outcome (validators, or the failure that backs the
// feed off). A failed poll is the feed's business, not the job's: it is
// recorded and the job completes; the job fails (and River retries it) only
// when the store does.
func (w *Worker) poll(ctx context.Context, job *river.Job[pollArgs]) error {
	url := job.Args.URL
	log := w.jobLog(job.JobRow).With("feed", url)
	f, err := w.store.Feed(ctx, url)
	if copydesk.ErrorCode(err) == copydesk.ENotFound {
		return nil // removed since it was queued
	}
	if err != nil {
		return err
	}
	docs, got, notModified, err := w.opt.Reader.FetchIfChanged(ctx, url, ingest.Validators{ETag: f.ETag, LastModified: f.LastModified})
	var items []ingest.Doc
	if err == nil && !notModified {
		var failed []string
		for d, ierr := range docs {
			if ierr != nil {
				failed = append(failed, ierr.Error())
				continue
			}
			items = append(items, d)
		}
		if len(items) == 0 && len(failed) > 0 {
			err = fmt.Errorf("%s", strings.Join(failed, "; "))
		} else {
			for _, m := range failed {
				log.Warn("feed item failed", "err", m)
			}
			e := newEnqueuer(w.client, "feed")
			if _, qerr := queueDocs(ctx, w.client, items, e.base(fetchSpan), e.run); qerr != nil {
				return qerr
			}
		}
	}
	p := copydesk.Poll{ETag: got.ETag, LastModified: got.LastModified, NotModified: notModified, Err: err}
	if rerr := w.store.RecordPoll(ctx, url, p); rerr != nil {
		if copydesk.ErrorCode(rerr) == copydesk.ENotFound {
			return nil // removed meanwhile
		}
		return rerr
	}
	switch {
	case err != nil:
		log.Warn("poll failed, backing off", "err", err, "failures", f.Failures+1)
	case notModified:
		log.Info("feed not modified")
	default:
		log.Info("feed polled", "items", len(items))
	}
	return nil
}
