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
