package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// TestHold: one holder at a time; release frees the lock; a holder whose
// session ends sees its context end with EConflict and another session gets
// the lock.
func TestHold(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const key = 4242
	const check = 50 * time.Millisecond
	held, release, err := s.Hold(ctx, key, check)
	if err != nil || held == nil {
		t.Fatalf("Hold: %v, %v", held, err)
	}
	if other, _, err := s.Hold(ctx, key, check); err != nil || other != nil {
		t.Fatalf("a second Hold while held: %v, %v; want nil, nil", other, err)
	}
	time.Sleep(3 * check)
	if held.Err() != nil {
		t.Errorf("held ended while the lock is held: %v", context.Cause(held))
	}
	release()
	release() // twice is harmless
	if copydesk.ErrorCode(context.Cause(held)) != copydesk.EConflict {
		t.Errorf("after release: cause %v, want EConflict", context.Cause(held))
	}
	held2, release2, err := s.Hold(ctx, key, check)
	if err != nil || held2 == nil {
		t.Fatalf("Hold after release: %v, %v", held2, err)
	}
	defer release2()
	// The lock ends with its session: the holder's connection killed, its
	// context ends and another session gets the lock.
	if _, err := s.pool.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND objid = $1 AND pid <> pg_backend_pid()`, key); err != nil {
		t.Fatal(err)
	}
	select {
	case <-held2.Done():
		if copydesk.ErrorCode(context.Cause(held2)) != copydesk.EConflict {
			t.Errorf("after the session ended: cause %v, want EConflict", context.Cause(held2))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the holder's context did not end with its session")
	}
	held3, release3, err := s.Hold(ctx, key, check)
	if err != nil || held3 == nil {
		t.Fatalf("Hold after the holder's session ended: %v, %v", held3, err)
	}
	release3()
}

// TestHoldFence: a holder that lost its lock without knowing it yet (its
// session ended, its next ping not due) saves nothing once another session
// holds the lock; the new holder saves, and so does a save made without a
// fence. A new holder waits for a save an earlier holder had begun.
func TestHoldFence(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	for _, id := range []string{"f-1", "f-2", "f-3"} {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id, Ref: id}, nil); err != nil {
			t.Fatal(err)
		}
	}
	const key = 4343
	held, release, err := s.Hold(ctx, key, time.Hour) // no ping while the test runs
	if err != nil || held == nil {
		t.Fatalf("Hold: %v, %v", held, err)
	}
	defer release()
	if err := s.SaveResult(held, copydesk.Result{Article: "f-1", Event: "e", Story: "s"}); err != nil {
		t.Fatalf("SaveResult while holding: %v", err)
	}
	if _, err := s.pool.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND objid = $1 AND pid <> pg_backend_pid()`, key); err != nil {
		t.Fatal(err)
	}
	var (
		held2    context.Context
		release2 func()
	)
	for range 100 { // the ended session lets go of its lock soon after
		if held2, release2, err = s.Hold(ctx, key, time.Hour); err != nil || held2 != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil || held2 == nil {
		t.Fatalf("Hold after the holder's session ended: %v, %v", held2, err)
	}
	if held.Err() != nil {
		t.Fatalf("the first holder already knows it lost the lock (%v): the test needs it unaware", context.Cause(held))
	}
	for _, c := range []context.Context{held, context.WithoutCancel(held)} {
		if err := s.SaveResult(c, copydesk.Result{Article: "f-2", Event: "e", Story: "s"}); copydesk.ErrorCode(err) != copydesk.EConflict {
			t.Errorf("SaveResult by the holder that lost the lock: %v, want code %q", err, copydesk.EConflict)
		}
	}
	un, err := s.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(un) != 2 {
		t.Errorf("after the fenced save: %d unprocessed, want 2 (f-2, f-3)", len(un))
	}
	if err := s.SaveResult(held2, copydesk.Result{Article: "f-2", Event: "e", Story: "s"}); err != nil {
		t.Errorf("SaveResult by the new holder: %v", err)
	}
	if err := s.SaveResult(ctx, copydesk.Result{Article: "f-3", Event: "e", Story: "s"}); err != nil {
		t.Errorf("SaveResult without a fence: %v", err)
	}
	release2()

	// A save begun under the fence's shared lock: a new holder waits for it.
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1, $2)`, fenceClass, fence{key: key}.id()); err != nil {
		t.Fatal(err)
	}
	got := make(chan func(), 1)
	go func() {
		h, rel, err := s.Hold(ctx, key, time.Hour)
		if err != nil || h == nil {
			t.Errorf("Hold while a save is in flight: %v, %v", h, err)
			rel = func() {}
		}
		got <- rel
	}()
	select {
	case rel := <-got:
		rel()
		t.Fatal("Hold returned while an earlier holder's save was in flight")
	case <-time.After(300 * time.Millisecond):
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case rel := <-got:
		rel()
	case <-time.After(10 * time.Second):
		t.Fatal("Hold did not return once the save in flight ended")
	}
}
