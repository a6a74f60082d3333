package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Job is a queued job as `copydesk jobs` shows it.
type Job struct {
	ID   int64  `json:"id"`
	Kind string `json:"kind"`
	// State is River's, except that a job that failed every attempt
	// (River's "discarded") is "parked".
	State       string    `json:"state"`
	Attempt     int       `json:"attempt"`
	MaxAttempts int       `json:"max_attempts"`
	Created     time.Time `json:"created"`
	// What says what the job is about: a batch's key and size, a URL.
	What string `json:"what"`
	// Errors are the errors of its failed attempts, the latest last.
	Errors []string `json:"errors,omitempty"`
}

// Parked is the State of a job that failed every attempt.
const Parked = "parked"

// jobOf describes a River job.
func jobOf(r *rivertype.JobRow) Job {
	j := Job{ID: r.ID, Kind: r.Kind, State: string(r.State), Attempt: r.Attempt, MaxAttempts: r.MaxAttempts,
		Created: r.CreatedAt.UTC()}
	if r.State == rivertype.JobStateDiscarded {
		j.State = Parked
	}
	var a struct {
		Key  string `json:"key"`
		Docs int    `json:"docs"`
		URL  string `json:"url"`
	}
	if err := json.Unmarshal(r.EncodedArgs, &a); err != nil {
		j.What = "unreadable args: " + err.Error()
	}
	switch {
	case a.URL != "":
		j.What = a.URL
	case a.Key != "":
		j.What = fmt.Sprintf("%d documents, %s", a.Docs, a.Key)
	}
	for _, e := range r.Errors {
		j.Errors = append(j.Errors, e.Error)
	}
	return j
}

// states reads the state names of JobsFilter.States.
func states(names []string) ([]rivertype.JobState, error) {
	var out []rivertype.JobState
	for _, n := range names {
		if n == Parked {
			n = string(rivertype.JobStateDiscarded)
		}
		s := rivertype.JobState(n)
		found := false
		for _, known := range rivertype.JobStates() {
			found = found || s == known
		}
		if !found {
			return nil, copydesk.Errorf(copydesk.EInvalid, "job state %q: want one of parked, available, scheduled, retryable, running, completed, cancelled, pending", n)
		}
		out = append(out, s)
	}
	return out, nil
}

// JobsFilter selects jobs. Its zero value selects the jobs not completed.
type JobsFilter struct {
	States []string // River's state names, or "parked"
	Limit  int      // at most this many, the latest first; default 100
}

// Jobs returns the jobs f selects, the latest first.
func (q *Queue) Jobs(ctx context.Context, f JobsFilter) ([]Job, error) {
	st, err := states(f.States)
	if err != nil {
		return nil, err
	}
	if len(st) == 0 {
		for _, s := range rivertype.JobStates() {
			if s != rivertype.JobStateCompleted {
				st = append(st, s)
			}
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	res, err := q.client.JobList(ctx, river.NewJobListParams().States(st...).
		OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(limit))
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	jobs := []Job{}
	for _, r := range res.Jobs {
		jobs = append(jobs, jobOf(r))
	}
	return jobs, nil
}

// Retry makes job id run again now: a parked job gets one more attempt. A
// running job is left alone (EConflict), an unknown one is ENotFound.
func (q *Queue) Retry(ctx context.Context, id int64) (Job, error) {
	r, err := q.client.JobGet(ctx, id)
	if err != nil {
		return Job{}, jobError("retry", id, err)
	}
	if r.State == rivertype.JobStateRunning {
		return jobOf(r), copydesk.Errorf(copydesk.EConflict, "retry job %d: it is running", id)
	}
	r, err = q.client.JobRetry(ctx, id)
	if err != nil {
		return Job{}, jobError("retry", id, err)
	}
	return jobOf(r), nil
}

// Discard deletes job id, which must be parked or cancelled (EConflict
// otherwise): what it would have stored is given up for good.
func (q *Queue) Discard(ctx context.Context, id int64) (Job, error) {
	r, err := q.client.JobGet(ctx, id)
	if err != nil {
		return Job{}, jobError("discard", id, err)
	}
	if r.State != rivertype.JobStateDiscarded && r.State != rivertype.JobStateCancelled {
		return jobOf(r), copydesk.Errorf(copydesk.EConflict, "discard job %d: it is %s; only parked and cancelled jobs are discarded", id, jobOf(r).State)
	}
	r, err = q.client.JobDelete(ctx, id)
	if err != nil {
		return Job{}, jobError("discard", id, err)
	}
	return jobOf(r), nil
}

// jobError names the job and maps River's not found to ENotFound.
func jobError(op string, id int64, err error) error {
	if errors.Is(err, river.ErrNotFound) {
		return copydesk.Errorf(copydesk.ENotFound, "%s job %d: no such job", op, id)
	}
	return fmt.Errorf("%s job %d: %w", op, id, err)
}
