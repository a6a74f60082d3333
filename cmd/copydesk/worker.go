package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/queue"
)

func cmdWorker(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	host, _ := os.Hostname()
	var o queue.Options
	fs.StringVar(&o.ID, "id", fmt.Sprintf("%s-%d", host, os.Getpid()), "this worker's name, in the queue and the log")
	var opt ingest.Options
	fs.BoolVar(&opt.AllowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	fs.Int64Var(&opt.MaxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest HTTP body read")
	fs.DurationVar(&opt.Timeout, "timeout", ingest.DefaultTimeout, "time limit of one HTTP request")
	fs.IntVar(&o.Jobs, "jobs", 1, "jobs (extraction, copy search, fetching) run at once by this worker")
	fs.DurationVar(&o.Lease, "lease", time.Minute, "how long a job may run: one still running after it is cut short and retried, or, when its worker died, taken again (River's rescuer looks every 30s)")
	fs.DurationVar(&o.Idle, "idle", 250*time.Millisecond, "pause before looking again when there is nothing to do")
	fs.DurationVar(&o.FeedCheck, "feed-check", 5*time.Second, "how often to look for feeds due for a poll")
	fs.DurationVar(&o.RetryBase, "retry", queue.DefaultRetryBase, "pause before retrying a failed job, doubled for each later attempt (at most 5m)")
	fs.DurationVar(&o.KeepDone, "keep-done", queue.DefaultKeepDone, "how long completed jobs stay listed before River's cleaner deletes them")
	if _, err := c.parse(fs, args, "worker", "",
		"Work for a PostgreSQL store (--db postgres://...) until SIGINT or SIGTERM: run the queued jobs (extract a\n"+
			"batch of documents, store its articles and file them in the shared copy index; find a stored batch's\n"+
			"copies and facts; fetch a URL; poll a due feed), and, in the one worker that holds the assigner\n"+
			"lock, place the stored articles in order (relations, events and stories). The others stand by and take over when it stops. A failing job is retried with backoff,\n"+
			"then parked with its errors after 5 attempts (copydesk jobs). On a signal a worker finishes the jobs and the article\n"+
			"at hand and exits."); err != nil {
		return err
	}
	if o.Jobs < 1 || o.Lease < time.Second || o.Idle <= 0 || o.FeedCheck <= 0 || o.RetryBase <= 0 || o.KeepDone <= 0 {
		fmt.Fprintln(c.Stderr, "copydesk worker: --jobs must be at least 1, --lease at least 1s, --idle, --feed-check, --retry and --keep-done positive")
		return errUsage
	}
	store, _, err := c.openShared(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	level := slog.LevelInfo
	if c.quiet {
		level = slog.LevelError
	}
	o.Reader = ingest.NewReader(opt)
	o.Log = slog.New(slog.NewTextHandler(c.Stderr, &slog.HandlerOptions{Level: level})).With("worker", o.ID)
	w, err := queue.NewWorker(store, o)
	if err != nil {
		return err
	}
	return w.Run(ctx)
}
