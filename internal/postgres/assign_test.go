package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

func TestHeldLock(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const key = 4242
	h, err := s.TryHold(ctx, key)
	if err != nil || h == nil {
		t.Fatalf("TryHold: %v, %v", h, err)
	}
	if err := h.Check(ctx); err != nil {
		t.Errorf("Check while held: %v", err)
	}
	if other, err := s.TryHold(ctx, key); err != nil || other != nil {
		t.Fatalf("a second TryHold while held: %v, %v; want nil, nil", other, err)
	}
	h.Release()
	h.Release() // twice is harmless
	if err := h.Check(ctx); copydesk.ErrorCode(err) != copydesk.EConflict {
		t.Errorf("Check after Release: %v, want EConflict", err)
	}
	h2, err := s.TryHold(ctx, key)
	if err != nil || h2 == nil {
		t.Fatalf("TryHold after Release: %v, %v", h2, err)
	}
	// The lock ends with its session: the holder's connection killed, Check
	// says so and another session gets it.
	if _, err := s.pool.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_locks
		WHERE locktype = 'advisory' AND objid = $1 AND pid <> pg_backend_pid()`, key); err != nil {
		t.Fatal(err)
	}
	if err := h2.Check(ctx); copydesk.ErrorCode(err) != copydesk.EConflict {
		t.Errorf("Check after the session ended: %v, want EConflict", err)
	}
	h3, err := s.TryHold(ctx, key)
	if err != nil || h3 == nil {
		t.Fatalf("TryHold after the holder's session ended: %v, %v", h3, err)
	}
	h3.Release()
}

func TestFrontier(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	key, last, err := s.Frontier(ctx, "extract", "fetch")
	if err != nil || key != "" || !last.IsZero() {
		t.Fatalf("empty store: %q, %v, %v", key, last, err)
	}
	for _, k := range []string{"2031-01-01T00:00:02.000000000Z/b", "2031-01-01T00:00:01.000000000Z/a"} {
		if _, _, err := s.EnqueueOnce(ctx, "extract", k, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.EnqueueOnce(ctx, "other", "2030-01-01T00:00:00.000000000Z/x", nil); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2031, 1, 1, 0, 0, 1, 5000, time.UTC)
	for i, id := range []string{"a1", "a2"} {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id, Ref: id, Added: at.Add(time.Duration(i) * time.Microsecond)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	key, last, err = s.Frontier(ctx, "extract", "fetch")
	if err != nil || key != "2031-01-01T00:00:01.000000000Z/a" || !last.Equal(at.Add(time.Microsecond)) {
		t.Errorf("got %q, %v, %v; want the earliest extract key and the latest unprocessed article", key, last, err)
	}
	// A running job counts, a finished one no longer does. Claim takes
	// the job enqueued first ("b").
	j := claim(t, s, "w", "extract")
	if key, _, _ = s.Frontier(ctx, "extract"); key != "2031-01-01T00:00:01.000000000Z/a" {
		t.Errorf("with both jobs unfinished: %q", key)
	}
	if err := s.Complete(ctx, j); err != nil {
		t.Fatal(err)
	}
	j = claim(t, s, "w", "extract")
	if key, _, _ = s.Frontier(ctx, "extract"); key != "2031-01-01T00:00:01.000000000Z/a" {
		t.Errorf("with job a running: %q", key)
	}
	if err := s.Complete(ctx, j); err != nil {
		t.Fatal(err)
	}
	if key, _, _ = s.Frontier(ctx, "extract"); key != "" {
		t.Errorf("with every job done: %q, want none", key)
	}
}
