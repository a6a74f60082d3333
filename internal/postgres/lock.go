package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
)

// Hold takes the session-level advisory lock key without waiting, on a
// connection of its own, for work only one process at a time may do (the
// ordered step of the queue). It returns held, a context derived from ctx
// that lives as long as the lock, and release, which releases it (calling it
// again does nothing); held is nil when another session holds the lock.
//
// held carries a fence: SaveResult under held (or a context derived from it,
// cancelled or not) saves only while the lock is still this holder's, as
// the server sees it. Its transaction takes the fence's shared lock and
// checks that the lock's holder is still this session; a new holder, before
// Hold returns, takes the fence's lock exclusively once, which waits for the
// saves an earlier holder had begun. So a holder that lost its lock without
// knowing it yet (its connection gone, the next ping not yet due) saves
// nothing after another holder has read the store.
//
// A session-level lock ends only with an unlock or with its session. Every
// check, Hold pings the lock's connection; when the connection is gone (the
// process lost the network, the server restarted or ended the session), held
// ends with an EConflict cause, before another process can have done much
// under the lock it lost.
func (s *Store) Hold(ctx context.Context, key int64, check time.Duration) (held context.Context, release func(), err error) {
	if check <= 0 {
		return nil, nil, copydesk.Errorf(copydesk.EInvalid, "hold lock %d: check interval %v is not positive", key, check)
	}
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return nil, nil, wrap(fmt.Sprintf("hold lock %d", key), err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil || !ok {
		conn.Close(context.Background())
		return nil, nil, wrap(fmt.Sprintf("hold lock %d", key), err)
	}
	f := fence{key: key}
	// The fence's lock, taken and let go: the saves an earlier holder
	// began under its shared lock are over when it is granted.
	err = conn.QueryRow(ctx, `SELECT pg_backend_pid(), pg_advisory_lock($1, $2), pg_advisory_unlock($1, $2)`,
		fenceClass, f.id()).Scan(&f.pid, nil, nil)
	if err != nil {
		conn.Close(context.Background())
		return nil, nil, wrap(fmt.Sprintf("hold lock %d", key), err)
	}
	held, cancel := context.WithCancelCause(context.WithValue(ctx, fenceKey{}, f))
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(check)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-held.Done():
				return
			case <-t.C:
			}
			// The ping does not depend on held: one cut short by a
			// cancellation would take the connection down with it.
			pctx, pcancel := context.WithTimeout(context.Background(), 5*time.Second)
			err := conn.Ping(pctx)
			pcancel()
			if err != nil {
				cancel(copydesk.Errorf(copydesk.EConflict, "lock %d: lost with its connection: %v", key, err))
				return
			}
		}
	}()
	var once sync.Once
	release = func() {
		once.Do(func() {
			close(stop)
			<-stopped
			ctx, c := context.WithTimeout(context.Background(), 5*time.Second)
			defer c()
			_, _ = conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, key) // closing releases it anyway
			conn.Close(ctx)
			cancel(copydesk.Errorf(copydesk.EConflict, "lock %d: released", key))
		})
	}
	return held, release, nil
}

// fenceClass is the first key of the fence's two-key advisory lock (two-key
// locks do not share their key space with Hold's one-key locks).
const fenceClass int32 = 0x66656e63 // "fenc"

// fence is what a save checks under a held lock: the lock's key and the
// server process (pg_backend_pid) of the session that holds it.
type fence struct {
	key int64
	pid int32
}

type fenceKey struct{}

// id is the fence lock's second key for f's lock.
func (f fence) id() int32 { return int32(f.key) ^ int32(f.key>>32) }

// queueFence adds to b, inside a transaction, the fence's check when ctx
// carries one (a context of Hold): the fence's shared lock for the rest of
// the transaction, then whether f's session still holds the lock. check
// returns an EConflict error when it does not; it is nil when ctx carries no
// fence.
func queueFence(ctx context.Context, b *pgx.Batch) (check func() error) {
	f, ok := ctx.Value(fenceKey{}).(fence)
	if !ok {
		return func() error { return nil }
	}
	var held bool
	b.Queue(`SELECT pg_advisory_xact_lock_shared($1, $2)`, fenceClass, f.id())
	// A bigint key shows its high half in classid, its low half in objid,
	// and objsubid 1.
	b.Queue(`SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
		AND pid = $1 AND classid = $2::bigint::oid AND objid = $3::bigint::oid AND objsubid = 1)`,
		f.pid, int64(uint32(uint64(f.key)>>32)), int64(uint32(uint64(f.key)))).QueryRow(func(row pgx.Row) error { return row.Scan(&held) })
	return func() error {
		if !held {
			return copydesk.Errorf(copydesk.EConflict, "lock %d: no longer held by this process's session (fenced)", f.key)
		}
		return nil
	}
}
