package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// expireLeases ends the lease of every running job, as if its worker had died
// long ago.
func expireLeases(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.pool.Exec(context.Background(),
		`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE state = 'running'`); err != nil {
		t.Fatal(err)
	}
}

// stats returns the queue stats and fails the test on error.
func stats(t *testing.T, s *Store) QueueStats {
	t.Helper()
	st, err := s.QueueStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// claim claims a job for worker with a lease of an hour and fails the test
// on error.
func claim(t *testing.T, s *Store, worker string, kinds ...string) *Job {
	t.Helper()
	j, err := s.Claim(context.Background(), worker, time.Hour, kinds...)
	if err != nil {
		t.Fatalf("Claim(%s): %v", worker, err)
	}
	return j
}

func TestClaimConcurrent(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const jobs, workers = 120, 8
	want := map[int64]string{}
	for i := range jobs {
		payload := fmt.Sprintf(`{"article":"a-%03d"}`, i)
		id, err := s.Enqueue(ctx, "process", []byte(payload))
		if err != nil {
			t.Fatal(err)
		}
		want[id] = payload
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		claimed = map[int64][]string{} // job -> the workers that got it
		errs    []error
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("worker-%d", w)
			for {
				j, err := s.Claim(ctx, name, time.Hour)
				if err == nil && j != nil {
					if string(j.Payload) != want[j.ID] || j.Attempt != 1 || j.Worker != name {
						err = fmt.Errorf("job %d: payload %q, attempt %d, worker %s; want %q, 1, %s",
							j.ID, j.Payload, j.Attempt, j.Worker, want[j.ID], name)
					} else {
						err = s.Complete(ctx, j)
					}
				}
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				}
				if j != nil {
					claimed[j.ID] = append(claimed[j.ID], name)
				}
				mu.Unlock()
				if err != nil || j == nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	for id := range want {
		if got := claimed[id]; len(got) != 1 {
			t.Errorf("job %d claimed by %q, want exactly one worker", id, got)
		}
	}
	if len(claimed) != len(want) {
		t.Errorf("%d jobs claimed, want %d", len(claimed), len(want))
	}
	if got, want := stats(t, s), (QueueStats{Done: jobs}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
}

func TestClaimOrderAndKinds(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	if j := claim(t, s, "w"); j != nil {
		t.Fatalf("Claim on an empty queue = job %d, want none", j.ID)
	}
	var ids []int64
	for _, kind := range []string{"fetch", "process", "fetch"} {
		id, err := s.Enqueue(ctx, kind, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if j := claim(t, s, "w", "process"); j == nil || j.ID != ids[1] || j.Kind != "process" {
		t.Fatalf("Claim(process) = %+v, want job %d", j, ids[1])
	}
	for _, want := range []int64{ids[0], ids[2]} {
		if j := claim(t, s, "w"); j == nil || j.ID != want || len(j.Payload) != 0 {
			t.Fatalf("Claim = %+v, want job %d with an empty payload", j, want)
		}
	}
	if j := claim(t, s, "w"); j != nil {
		t.Errorf("Claim with every job running = job %d, want none", j.ID)
	}
	for _, bad := range []struct {
		worker string
		lease  time.Duration
	}{{"", time.Minute}, {"w", 0}} {
		if _, err := s.Claim(ctx, bad.worker, bad.lease); copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Errorf("Claim(%q, %v): error %v, want code %q", bad.worker, bad.lease, err, copydesk.EInvalid)
		}
	}
}

func TestExpiredLeaseIsClaimedAgain(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	id, err := s.Enqueue(ctx, "process", []byte("a-1"))
	if err != nil {
		t.Fatal(err)
	}
	first := claim(t, s, "doomed")
	if first == nil || first.ID != id {
		t.Fatalf("first Claim = %+v, want job %d", first, id)
	}
	if err := s.Extend(ctx, first, 2*time.Hour); err != nil {
		t.Fatalf("Extend: %v", err)
	}
	if j := claim(t, s, "survivor"); j != nil {
		t.Fatalf("Claim while the lease holds = job %d, want none", j.ID)
	}
	expireLeases(t, s) // the first worker died
	if got := stats(t, s); got.Running != 1 || got.Expired != 1 {
		t.Errorf("stats with a dead worker = %+v, want 1 running, 1 expired", got)
	}
	second := claim(t, s, "survivor")
	if second == nil || second.ID != id || second.Attempt != 2 || second.Worker != "survivor" ||
		string(second.Payload) != "a-1" || !strings.Contains(second.LastError, "doomed") {
		t.Fatalf("Claim after the lease ran out = %+v, want job %d, attempt 2, for survivor, naming the lost lease", second, id)
	}
	// The dead worker comes back: it holds nothing any more.
	for name, call := range map[string]func() error{
		"Complete": func() error { return s.Complete(ctx, first) },
		"Extend":   func() error { return s.Extend(ctx, first, time.Hour) },
		"Fail":     func() error { _, err := s.Fail(ctx, first, errors.New("late"), 0); return err },
	} {
		if err := call(); copydesk.ErrorCode(err) != copydesk.EConflict {
			t.Errorf("%s by the former holder: error %v, want code %q", name, err, copydesk.EConflict)
		}
	}
	if err := s.Complete(ctx, second); err != nil {
		t.Fatalf("Complete: %v", err)
	}
	if err := s.Complete(ctx, second); copydesk.ErrorCode(err) != copydesk.EConflict {
		t.Errorf("second Complete: error %v, want code %q", err, copydesk.EConflict)
	}
	if got, want := stats(t, s), (QueueStats{Done: 1}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
}

func TestFailRetriesThenGivesUp(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	id, err := s.Enqueue(ctx, "process", []byte("a-flaky"))
	if err != nil {
		t.Fatal(err)
	}
	for attempt := 1; attempt <= MaxAttempts; attempt++ {
		j := claim(t, s, "w")
		if j == nil || j.ID != id || j.Attempt != attempt {
			t.Fatalf("Claim %d = %+v, want job %d, attempt %d", attempt, j, id, attempt)
		}
		if attempt > 1 && j.LastError != fmt.Sprintf("boom %d", attempt-1) {
			t.Errorf("attempt %d: LastError = %q, want the previous failure", attempt, j.LastError)
		}
		gaveUp, err := s.Fail(ctx, j, fmt.Errorf("boom %d", attempt), 0)
		if err != nil {
			t.Fatalf("Fail %d: %v", attempt, err)
		}
		if want := attempt == MaxAttempts; gaveUp != want {
			t.Errorf("Fail %d gave up = %v, want %v", attempt, gaveUp, want)
		}
	}
	if j := claim(t, s, "w"); j != nil {
		t.Errorf("Claim after the last attempt = %+v, want none", j)
	}
	if got, want := stats(t, s), (QueueStats{Failed: 1}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}

	// A retry waits for its time.
	if _, err := s.Enqueue(ctx, "process", []byte("a-later")); err != nil {
		t.Fatal(err)
	}
	j := claim(t, s, "w")
	if _, err := s.Fail(ctx, j, errors.New("try later\x00"), time.Hour); err != nil {
		t.Fatal(err)
	}
	if j := claim(t, s, "w"); j != nil {
		t.Errorf("Claim before the retry time = %+v, want none", j)
	}
	if got, want := stats(t, s), (QueueStats{Queued: 1, Failed: 1}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}

	// Purging keeps recent jobs and deletes finished ones only.
	if n, err := s.PurgeJobs(ctx, time.Hour); err != nil || n != 0 {
		t.Errorf("PurgeJobs(1h) = %d, %v; want 0 deleted", n, err)
	}
	if n, err := s.PurgeJobs(ctx, 0); err != nil || n != 1 {
		t.Errorf("PurgeJobs(0) = %d, %v; want the failed job deleted", n, err)
	}
	if got, want := stats(t, s), (QueueStats{Queued: 1}); got != want {
		t.Errorf("stats after purging = %+v, want %+v", got, want)
	}
}

func TestExpiredLastAttemptFails(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	if _, err := s.Enqueue(ctx, "process", []byte("a-poison")); err != nil {
		t.Fatal(err)
	}
	// A job that kills its worker every time.
	for attempt := 1; attempt <= MaxAttempts; attempt++ {
		if j := claim(t, s, fmt.Sprintf("w%d", attempt)); j == nil || j.Attempt != attempt {
			t.Fatalf("Claim %d = %+v, want attempt %d", attempt, j, attempt)
		}
		expireLeases(t, s)
	}
	if j := claim(t, s, "w"); j != nil {
		t.Errorf("Claim after the last lease ran out = %+v, want none", j)
	}
	if got, want := stats(t, s), (QueueStats{Failed: 1}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	var msg string
	if err := s.pool.QueryRow(ctx, `SELECT error FROM jobs`).Scan(&msg); err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("lease of w%d expired on the last attempt", MaxAttempts); !strings.Contains(msg, want) {
		t.Errorf("error = %q, want it to contain %q", msg, want)
	}
}

func TestLock(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const key = 424242
	unlock, err := s.Lock(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.TryLock(ctx, key); err != nil || ok {
		t.Errorf("TryLock of a held lock = %v, %v; want false", ok, err)
	}
	other, ok, err := s.TryLock(ctx, key+1)
	if err != nil || !ok {
		t.Fatalf("TryLock of another key = %v, %v; want true", ok, err)
	}
	other()
	// Lock waits for a held lock until its context ends.
	waitCtx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Lock(waitCtx, key); err == nil {
		t.Errorf("Lock of a held lock with a canceled context: no error")
	}

	// Released: the next holder gets it, and waiters are served in turn.
	unlock()
	unlock() // twice is harmless
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		holders int
		most    int
	)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlock, err := s.Lock(ctx, key)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			holders++
			most = max(most, holders)
			mu.Unlock()
			if _, ok, err := s.TryLock(ctx, key); err != nil || ok {
				t.Errorf("TryLock while another goroutine holds the lock = %v, %v; want false", ok, err)
			}
			mu.Lock()
			holders--
			mu.Unlock()
			unlock()
		}()
	}
	wg.Wait()
	if most != 1 {
		t.Errorf("%d holders of one lock at once, want 1", most)
	}
}

func TestEnqueueOnce(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const workers = 6
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		ids     = map[int64]bool{}
		created int
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id, ok, err := s.EnqueueOnce(ctx, "process", "a-42", []byte("a-42"))
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			ids[id] = true
			if ok {
				created++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(ids) != 1 || created != 1 {
		t.Fatalf("%d concurrent EnqueueOnce of one key gave jobs %v, %d created; want one job, created once", workers, ids, created)
	}
	// Another key or kind is another job.
	other, ok, err := s.EnqueueOnce(ctx, "fetch", "a-42", nil)
	if err != nil || !ok || ids[other] {
		t.Errorf("EnqueueOnce of another kind = %d, %v, %v; want a new job", other, ok, err)
	}
	// A running job still stands for its key; once done, the key is free.
	j := claim(t, s, "w", "process")
	if j == nil || j.Key != "a-42" || !ids[j.ID] {
		t.Fatalf("Claim = %+v, want the job of key a-42", j)
	}
	if id, ok, err := s.EnqueueOnce(ctx, "process", "a-42", nil); err != nil || ok || id != j.ID {
		t.Errorf("EnqueueOnce while running = %d, %v, %v; want job %d, not created", id, ok, err, j.ID)
	}
	if err := s.Complete(ctx, j); err != nil {
		t.Fatal(err)
	}
	if id, ok, err := s.EnqueueOnce(ctx, "process", "a-42", nil); err != nil || !ok || id == j.ID {
		t.Errorf("EnqueueOnce after completion = %d, %v, %v; want a new job", id, ok, err)
	}
	if _, _, err := s.EnqueueOnce(ctx, "process", "", nil); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("EnqueueOnce without key: error %v, want code %q", err, copydesk.EInvalid)
	}
}
