package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
)

// MaxAttempts is how many times a job is claimed before it is given up: a
// job that failed, or whose worker's lease ran out, that many times is left
// in state "failed".
const MaxAttempts = 5

// Job is a unit of work claimed from the queue. Its ID and Attempt together
// are the lease: Complete, Fail and Extend act only while the job is still
// running in this attempt, so a worker whose lease ran out and whose job was
// claimed again cannot complete or fail the new attempt.
type Job struct {
	ID          int64
	Kind        string
	Key         string // as given to EnqueueOnce, "" from Enqueue
	Payload     []byte
	Attempt     int // 1 for the first claim
	MaxAttempts int
	Worker      string
	LockedUntil time.Time // the end of the lease, by the server's clock
	Created     time.Time
	LastError   string // why the previous attempt ended, "" on the first
}

// QueueStats counts the jobs by state. Expired counts the running jobs whose
// lease has run out (their worker is presumably dead; Claim takes them again).
type QueueStats struct {
	Queued, Running, Expired, Done, Failed int
}

// Enqueue adds a job of kind with payload, due now, and returns its ID.
func (s *Store) Enqueue(ctx context.Context, kind string, payload []byte) (int64, error) {
	if kind == "" {
		return 0, copydesk.Errorf(copydesk.EInvalid, "enqueue: job without kind")
	}
	if err := checkText("job kind", kind); err != nil {
		return 0, err
	}
	if payload == nil {
		payload = []byte{}
	}
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO jobs (kind, payload, max_attempts) VALUES ($1, $2, $3) RETURNING id`,
		kind, payload, MaxAttempts).Scan(&id)
	if err != nil {
		return 0, wrap("enqueue job of kind "+kind, err)
	}
	return id, nil
}

// EnqueueOnce adds a job of kind with payload, due now, unless an unfinished
// (queued or running) job of kind has the same key, and returns the ID of the
// job that now stands for key and whether it is new. Enqueuing an article's
// processing twice, say from two processes that stored it, thus gives one job.
func (s *Store) EnqueueOnce(ctx context.Context, kind, key string, payload []byte) (id int64, created bool, err error) {
	if kind == "" || key == "" {
		return 0, false, copydesk.Errorf(copydesk.EInvalid, "enqueue: job of kind %q, key %q: want both", kind, key)
	}
	if err := errors.Join(checkText("job kind", kind), checkText("job key", key)); err != nil {
		return 0, false, err
	}
	if payload == nil {
		payload = []byte{}
	}
	// The second SELECT sees the statement's snapshot, which may predate the
	// job that made the insert do nothing; then the next try sees it (or
	// finds it finished, and inserts).
	for range 3 {
		err = s.pool.QueryRow(ctx, `WITH ins AS (
				INSERT INTO jobs (kind, key, payload, max_attempts) VALUES ($1, $2, $3, $4)
				ON CONFLICT (kind, key) WHERE key IS NOT NULL AND state IN ('queued', 'running') DO NOTHING
				RETURNING id
			)
			SELECT id, true FROM ins
			UNION ALL
			SELECT id, false FROM jobs
			WHERE kind = $1 AND key = $2 AND state IN ('queued', 'running') AND NOT EXISTS (SELECT 1 FROM ins)`,
			kind, key, payload, MaxAttempts).Scan(&id, &created)
		if !errors.Is(err, pgx.ErrNoRows) {
			break
		}
	}
	if err != nil {
		return 0, false, wrap(fmt.Sprintf("enqueue job of kind %s, key %s", kind, key), err)
	}
	return id, created, nil
}

// Claim takes the oldest due job (of one of kinds, or of any kind when none is
// given) for worker, for lease, and returns it; it returns nil and no error
// when no job is due. A job is due when it is queued and its retry time has
// come, or when it is running but its lease ran out: its worker is taken for
// dead and the job is retried, unless that was its last attempt, in which case
// it is marked failed. Concurrent claimers never get the same job: rows
// another claimer holds are skipped (FOR UPDATE SKIP LOCKED).
func (s *Store) Claim(ctx context.Context, worker string, lease time.Duration, kinds ...string) (*Job, error) {
	if worker == "" || lease <= 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "claim: worker %q, lease %v: want a worker name and a positive lease", worker, lease)
	}
	if kinds == nil {
		kinds = []string{}
	}
	var j Job
	err := s.pool.QueryRow(ctx, `WITH given_up AS (
			UPDATE jobs SET state = 'failed', finished = now(), locked_by = NULL, locked_until = NULL,
				error = format('lease of %s expired on the last attempt (%s of %s)', locked_by, attempts, max_attempts)
			WHERE id IN (SELECT id FROM jobs
				WHERE state = 'running' AND locked_until <= now() AND attempts >= max_attempts
				FOR UPDATE SKIP LOCKED)
		), next AS (
			SELECT id FROM jobs
			WHERE ((state = 'queued' AND run_after <= now())
				OR (state = 'running' AND locked_until <= now() AND attempts < max_attempts))
				AND (cardinality($3::text[]) = 0 OR kind = ANY($3::text[]))
			ORDER BY id
			LIMIT 1
			FOR UPDATE SKIP LOCKED
		)
		UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, locked_by = $1,
			locked_until = now() + make_interval(secs => $2),
			error = CASE WHEN j.state = 'running' THEN format('lease of %s expired', j.locked_by) ELSE j.error END
		FROM next WHERE j.id = next.id
		RETURNING j.id, j.kind, COALESCE(j.key, ''), j.payload, j.attempts, j.max_attempts, j.locked_by, j.locked_until, j.created, j.error`,
		worker, lease.Seconds(), kinds).Scan(&j.ID, &j.Kind, &j.Key, &j.Payload, &j.Attempt, &j.MaxAttempts, &j.Worker,
		&j.LockedUntil, &j.Created, &j.LastError)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, wrap("claim a job for worker "+worker, err)
	}
	j.LockedUntil, j.Created = j.LockedUntil.UTC(), j.Created.UTC()
	return &j, nil
}

// lost returns the EConflict error of a job whose attempt no longer holds
// its lease.
func lost(op string, j *Job) error {
	return copydesk.Errorf(copydesk.EConflict, "%s job %d: attempt %d no longer holds the job (it was claimed again, or finished)", op, j.ID, j.Attempt)
}

// Complete marks job j done. It fails with EConflict when j's attempt no
// longer holds the job.
func (s *Store) Complete(ctx context.Context, j *Job) error {
	tag, err := s.pool.Exec(ctx, `UPDATE jobs SET state = 'done', finished = now(), locked_by = NULL, locked_until = NULL, error = ''
		WHERE id = $1 AND attempts = $2 AND state = 'running'`, j.ID, j.Attempt)
	if err != nil {
		return wrap(fmt.Sprintf("complete job %d", j.ID), err)
	}
	if tag.RowsAffected() == 0 {
		return lost("complete", j)
	}
	return nil
}

// Fail records that attempt j failed with cause. The job is queued again, due
// after retryAfter, unless it has had all its attempts, in which case it is
// left failed; gaveUp tells which. It fails with EConflict when j's attempt
// no longer holds the job.
func (s *Store) Fail(ctx context.Context, j *Job, cause error, retryAfter time.Duration) (gaveUp bool, err error) {
	msg := "failed"
	if cause != nil {
		msg = cause.Error()
	}
	msg = sanitize(msg)
	var state string
	err = s.pool.QueryRow(ctx, `UPDATE jobs SET
			state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
			finished = CASE WHEN attempts >= max_attempts THEN now() END,
			run_after = now() + make_interval(secs => $3),
			error = $4, locked_by = NULL, locked_until = NULL
		WHERE id = $1 AND attempts = $2 AND state = 'running'
		RETURNING state`, j.ID, j.Attempt, max(retryAfter, 0).Seconds(), msg).Scan(&state)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, lost("fail", j)
	}
	if err != nil {
		return false, wrap(fmt.Sprintf("fail job %d", j.ID), err)
	}
	return state == "failed", nil
}

// sanitize makes s storable as text: NUL bytes and invalid UTF-8 become U+FFFD.
func sanitize(s string) string {
	if checkText("", s) == nil {
		return s
	}
	b := []rune{}
	for _, r := range s { // ranging over invalid UTF-8 yields U+FFFD
		if r == 0 {
			r = '\uFFFD'
		}
		b = append(b, r)
	}
	return string(b)
}

// Extend renews the lease of job j for lease from now, and sets
// j.LockedUntil. It fails with EConflict when j's attempt no longer holds the
// job.
func (s *Store) Extend(ctx context.Context, j *Job, lease time.Duration) error {
	if lease <= 0 {
		return copydesk.Errorf(copydesk.EInvalid, "extend job %d: lease %v is not positive", j.ID, lease)
	}
	var until time.Time
	err := s.pool.QueryRow(ctx, `UPDATE jobs SET locked_until = now() + make_interval(secs => $3)
		WHERE id = $1 AND attempts = $2 AND state = 'running'
		RETURNING locked_until`, j.ID, j.Attempt, lease.Seconds()).Scan(&until)
	if errors.Is(err, pgx.ErrNoRows) {
		return lost("extend", j)
	}
	if err != nil {
		return wrap(fmt.Sprintf("extend job %d", j.ID), err)
	}
	j.LockedUntil = until.UTC()
	return nil
}

// QueueStats counts the jobs by state.
func (s *Store) QueueStats(ctx context.Context) (QueueStats, error) {
	var st QueueStats
	err := s.pool.QueryRow(ctx, `SELECT
			COUNT(*) FILTER (WHERE state = 'queued'),
			COUNT(*) FILTER (WHERE state = 'running'),
			COUNT(*) FILTER (WHERE state = 'running' AND locked_until <= now()),
			COUNT(*) FILTER (WHERE state = 'done'),
			COUNT(*) FILTER (WHERE state = 'failed')
		FROM jobs`).Scan(&st.Queued, &st.Running, &st.Expired, &st.Done, &st.Failed)
	if err != nil {
		return QueueStats{}, wrap("queue stats", err)
	}
	return st, nil
}

// PurgeJobs deletes the done and failed jobs that finished more than
// olderThan ago, and returns how many it deleted.
func (s *Store) PurgeJobs(ctx context.Context, olderThan time.Duration) (int64, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM jobs
		WHERE state IN ('done', 'failed') AND finished <= now() - make_interval(secs => $1)`, max(olderThan, 0).Seconds())
	if err != nil {
		return 0, wrap("purge jobs", err)
	}
	return tag.RowsAffected(), nil
}

// Lock takes the session-level advisory lock key on a connection of its own,
// waiting until it is free or ctx ends, and returns the function that
// releases it (safe to call more than once). Only one holder at a time in the
// whole database, across processes: it is meant for work a single process must
// do, such as assigning articles to events. The lock also ends when its
// connection does (the process dies, or the network fails); the holder is not
// told, so work done under it should stay safe to redo.
func (s *Store) Lock(ctx context.Context, key int64) (unlock func(), err error) {
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return nil, wrap(fmt.Sprintf("lock %d", key), err)
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, key); err != nil {
		conn.Close(context.Background())
		return nil, wrap(fmt.Sprintf("lock %d", key), err)
	}
	return unlocker(conn, key), nil
}

// TryLock is Lock without waiting: ok is false when another session holds the
// lock.
func (s *Store) TryLock(ctx context.Context, key int64) (unlock func(), ok bool, err error) {
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return nil, false, wrap(fmt.Sprintf("try lock %d", key), err)
	}
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil || !ok {
		conn.Close(context.Background())
		return nil, false, wrap(fmt.Sprintf("try lock %d", key), err)
	}
	return unlocker(conn, key), true, nil
}

// unlocker returns the function that releases lock key held by conn and
// closes conn; closing alone would release it too.
func unlocker(conn *pgx.Conn, key int64) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_, _ = conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, key) // closing releases it anyway
			conn.Close(ctx)
		})
	}
}
