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
	held, cancel := context.WithCancelCause(ctx)
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
