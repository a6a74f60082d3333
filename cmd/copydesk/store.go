package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/queue"
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

// openShared opens the PostgreSQL store and its queue, which the command
// needs: the worker, feeds and jobs commands, and add and serve on
// PostgreSQL.
func (c *cli) openShared(ctx context.Context) (*postgres.Store, *queue.Queue, error) {
	if !isPostgres(c.db) {
		return nil, nil, copydesk.Errorf(copydesk.EInvalid,
			"this command needs a PostgreSQL store: give --db postgres://... (or COPYDESK_DB), not %q", c.db)
	}
	store, err := postgres.Open(ctx, c.db)
	if err != nil {
		return nil, nil, oneLineError{err}
	}
	q, err := queue.New(store)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, q, nil
}

// enqueueAdd is add on PostgreSQL: the inputs are queued for the workers; with
// wait it then waits until the workers have stored and processed everything.
func (c *cli) enqueueAdd(ctx context.Context, q *queue.Queue, inputs []string, opt ingest.Options, wait bool) error {
	n, err := q.Enqueuer("add").Inputs(ctx, inputs, opt, func(it pipeline.Item) {
		fmt.Fprintf(c.Stderr, "%s: %v\n", it.Status, it.Err)
	})
	if !c.quiet {
		fmt.Fprintf(c.Stderr, "queued %d documents in %d batches and %d URLs for the workers, failed %d\n", n.Docs, n.Batches, n.URLs, n.Failed)
	}
	if err != nil {
		return err
	}
	if wait {
		if err := q.Wait(ctx, 200*time.Millisecond); err != nil {
			return err
		}
		st, err := q.Counts(ctx)
		if err != nil {
			return err
		}
		if !c.quiet {
			fmt.Fprintf(c.Stderr, "the workers are done: %d jobs done, %d parked and %d cancelled in the queue (copydesk jobs lists them)\n", st.Done, st.Parked, st.Cancelled)
		}
	}
	if n.Failed > 0 {
		return errItemsFailed
	}
	return nil
}

// queueAdder is the server's AddFunc on PostgreSQL: it queues what a request
// gives for the workers, as add does, and answers each item "queued" (with
// the id its article gets once a worker stores it) or "failed".
func queueAdder(q *queue.Queue) server.AddFunc {
	return func(ctx context.Context, req server.AddRequest) ([]server.AddResult, error) {
		results := []server.AddResult{}
		e := q.Enqueuer("api")
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
			if err := e.Docs(ctx, batch); err != nil {
				return results, err
			}
		}
		for _, u := range req.URLs {
			if err := e.URL(ctx, u); err != nil {
				return results, err
			}
			results = append(results, server.AddResult{Input: u, Status: "queued"})
		}
		return results, nil
	}
}
