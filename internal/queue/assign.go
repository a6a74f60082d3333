package queue

import (
	"context"
	"errors"
	"time"

	"github.com/copydesk/copydesk/internal/pipeline"
)

// assignerLock is the lock held by the one worker that takes the ordered
// step (copies, provenance, clustering): "copydesk" in ASCII.
const assignerLock int64 = 0x636f70796465736b

// assignLoop tries the assigner lock every standby interval; holding it, the
// worker processes the stored articles until it loses the lock or ctx ends.
func (w *Worker) assignLoop(ctx context.Context) {
	for ctx.Err() == nil {
		held, release, err := w.store.Hold(ctx, assignerLock, 500*time.Millisecond)
		if err != nil {
			if ctx.Err() == nil {
				w.log.Error("assigner lock", "err", err)
			}
			sleep(ctx, w.opt.Standby)
			continue
		}
		if held == nil {
			sleep(ctx, w.opt.Standby)
			continue
		}
		w.log.Info("assigner: holding the lock, loading the state from the store")
		err = w.assign(held)
		release()
		if err != nil && ctx.Err() == nil {
			w.log.Error("assigner: stopped", "err", err)
			sleep(ctx, w.opt.Standby)
		}
	}
}

// assign processes articles while the lock is held (held lives): an engine
// loaded from the store processes the unprocessed articles up to the
// frontier (the earliest base of the unfinished extract and fetch jobs),
// again and again, and refines when nothing is left.
func (w *Worker) assign(held context.Context) error {
	es := w.opt.Engine
	if es == nil {
		es = w.store
	}
	eng, err := pipeline.Load(held, es, pipeline.Options{Shared: w.store})
	if err != nil {
		return lockLost(held, err)
	}
	for {
		first, last, err := w.store.Frontier(held, ordered...)
		if err != nil {
			return lockLost(held, err)
		}
		n := 0
		if !last.IsZero() {
			before := last.Add(time.Nanosecond)
			if t, ok := keyTime(first); ok && t.Before(before) {
				before = t
			}
			n, err = eng.ProcessPending(held, before)
			w.processed.Add(int64(n))
			if err != nil {
				return lockLost(held, err)
			}
		}
		if first == "" && last.IsZero() {
			// Nothing queued, nothing pending: re-place what the
			// batches since the last time brought (a no-op otherwise).
			if err := eng.Refine(held); err != nil {
				return lockLost(held, err)
			}
		}
		if n == 0 {
			sleep(held, w.opt.Idle)
		}
		if held.Err() != nil {
			return lockLost(held, nil)
		}
	}
}

// lockLost returns why the assigner stopped: the lock lost, else err.
func lockLost(held context.Context, err error) error {
	if cause := context.Cause(held); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}

// sleep pauses for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
