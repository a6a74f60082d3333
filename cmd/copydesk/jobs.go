package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/copydesk/copydesk/internal/queue"
)

func cmdJobs(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("jobs", flag.ContinueOnError)
	state := fs.String("state", "", "list: only jobs in these states, comma-separated: parked, retryable, available, scheduled, running, completed, cancelled, pending (default: all but completed)")
	limit := fs.Int("limit", 100, "list: at most this many, the latest first")
	asJSON := fs.Bool("json", false, "list: print JSON")
	pos, err := c.parse(fs, args, "jobs", "[list] | retry ID... | discard ID...",
		"The jobs of a PostgreSQL store's queue (--db postgres://...). 'jobs list' (or 'jobs') shows them with\n"+
			"their attempts and last error; a job that failed every attempt is parked: it no longer holds up\n"+
			"the processing of what was queued after it. 'jobs retry ID...' runs parked (or waiting) jobs again\n"+
			"now, with one more attempt; 'jobs discard ID...' deletes parked or cancelled jobs for good.")
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		pos = []string{"list"}
	}
	var ids []int64
	switch pos[0] {
	case "list":
		if len(pos) > 1 {
			fmt.Fprintln(c.Stderr, "copydesk jobs list: takes no arguments")
			return errUsage
		}
	case "retry", "discard":
		if len(pos) == 1 {
			fmt.Fprintf(c.Stderr, "copydesk jobs %s: name one or more job ids\n", pos[0])
			return errUsage
		}
		for _, s := range pos[1:] {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil || id <= 0 {
				fmt.Fprintf(c.Stderr, "copydesk jobs %s: %q is not a job id\n", pos[0], s)
				return errUsage
			}
			ids = append(ids, id)
		}
	default:
		fmt.Fprintln(c.Stderr, "copydesk jobs: expected 'list', 'retry ID...' or 'discard ID...'")
		return errUsage
	}
	store, q, err := c.openShared(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if pos[0] != "list" {
		op := q.Retry
		if pos[0] == "discard" {
			op = q.Discard
		}
		for _, id := range ids {
			j, err := op(ctx, id)
			if err != nil {
				return err
			}
			if !c.quiet {
				fmt.Fprintf(c.Stderr, "job %d (%s, %s): %s\n", j.ID, j.Kind, j.What, map[string]string{"retry": "queued again", "discard": "deleted"}[pos[0]])
			}
		}
		return nil
	}
	f := queue.JobsFilter{Limit: *limit}
	if *state != "" {
		f.States = strings.Split(*state, ",")
	}
	jobs, err := q.Jobs(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.Stdout, jobs)
	}
	w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tKIND\tSTATE\tATTEMPTS\tCREATED\tWHAT\tLAST ERROR")
	for _, j := range jobs {
		last := ""
		if len(j.Errors) > 0 {
			last = j.Errors[len(j.Errors)-1]
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", j.ID, j.Kind, j.State, j.Attempt, j.MaxAttempts,
			j.Created.Format(time.RFC3339), clip(j.What, 60), clip(last, 80))
	}
	return w.Flush()
}
