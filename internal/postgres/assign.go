package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
	"github.com/jackc/pgx/v5"
)

// What a single assigner (the one process that processes articles, see
// cmd/copydesk's worker) needs beyond Lock: a lock it can check it still
// holds, and the frontier of the articles it may process.

// HeldLock is a session-level advisory lock held on a connection of its own.
type HeldLock struct {
	key  int64
	mu   sync.Mutex
	conn *pgx.Conn // nil once released
}

// TryHold takes the session-level advisory lock key without waiting, like
// TryLock, and returns it, or nil when another session holds it.
func (s *Store) TryHold(ctx context.Context, key int64) (*HeldLock, error) {
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return nil, wrap(fmt.Sprintf("try lock %d", key), err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil || !ok {
		conn.Close(context.Background())
		return nil, wrap(fmt.Sprintf("try lock %d", key), err)
	}
	return &HeldLock{key: key, conn: conn}, nil
}

// Check returns nil while the lock is held: its session is alive (a
// session-level lock ends only with its session or an unlock). Otherwise it
// returns an EConflict error; the lock is then released for good.
func (h *HeldLock) Check(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.conn == nil {
		return copydesk.Errorf(copydesk.EConflict, "lock %d: released", h.key)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := h.conn.Ping(ctx); err != nil {
		h.conn.Close(context.Background())
		h.conn = nil
		return copydesk.Errorf(copydesk.EConflict, "lock %d: lost with its connection: %v", h.key, err)
	}
	return nil
}

// Release releases the lock and closes its connection; calling it again does
// nothing.
func (h *HeldLock) Release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.conn == nil {
		return
	}
	unlocker(h.conn, h.key)()
	h.conn = nil
}

// Frontier reads, in one snapshot, where an assigner may process up to: the
// smallest key (compared byte by byte) of the unfinished (queued or running)
// jobs of kinds, "" when there is none, and the latest Added of the
// unprocessed articles, zero when every article is processed.
//
// Reading both in one snapshot matters: an article the snapshot shows
// belongs to a job that was done, or still unfinished, in it; a job enqueued
// after it stores only articles the snapshot does not show.
func (s *Store) Frontier(ctx context.Context, kinds ...string) (firstKey string, lastUnprocessed time.Time, err error) {
	if kinds == nil {
		kinds = []string{}
	}
	var key, added *string
	err = s.pool.QueryRow(ctx, `SELECT
			(SELECT min(key COLLATE "C") FROM jobs
				WHERE kind = ANY($1::text[]) AND key IS NOT NULL AND state IN ('queued', 'running')),
			(SELECT max(added) FROM articles WHERE processed_at IS NULL)`, kinds).Scan(&key, &added)
	if err != nil {
		return "", time.Time{}, wrap("frontier", err)
	}
	if key != nil {
		firstKey = *key
	}
	if lastUnprocessed, err = storekit.ParseTime(added); err != nil {
		return "", time.Time{}, wrap("frontier", err)
	}
	return firstKey, lastUnprocessed, nil
}

// DropSchema drops the schema of the database of dsn named schema, with
// everything in it; dropping a missing schema does nothing. It is meant for
// throwaway schemas such as the tests'.
func DropSchema(ctx context.Context, dsn, schema string) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return wrap("drop schema "+schema, err)
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{schema}.Sanitize()+` CASCADE`)
	return wrap("drop schema "+schema, err)
}
