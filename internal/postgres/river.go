package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/copydesk/copydesk/internal/storekit"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// The work queue of the processes sharing the store is River's: its tables
// (river_job and the rest) live beside the store's, in the same schema,
// created and upgraded by River's own migrations, which Open applies after the
// store's own (see migrate). The store reads River's job
// table in two places only, Frontier and JobCounts; everything else goes
// through River's client (internal/queue).

// River returns the River driver over the store's connection pool, for the
// queue's client.
func (s *Store) River() riverdriver.Driver[pgx.Tx] {
	return riverpgxv5.New(s.pool)
}

// migrateRiver applies River's migrations that the database lacks, each in
// a transaction of its own (River's migrator does so).
func migrateRiver(ctx context.Context, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("river migrations: %w", err)
	}
	return nil
}

// unfinished lists River's job states that are not final: a job in one of
// them may still run.
const unfinished = `('available', 'pending', 'retryable', 'running', 'scheduled')`

// Frontier reads, in one snapshot, where the ordered step may process up
// to: the smallest key (args->>'key', compared byte by byte) of the
// unfinished River jobs of kinds, "" when there is none, and the latest
// Added of the unprocessed articles, zero when every article is processed.
// A job that River parked (discarded) or that was cancelled no longer counts.
//
// Reading both in one snapshot matters: an article the snapshot shows
// belongs to a job that was finished, or still unfinished, in it; a job
// enqueued after it stores only articles the snapshot does not show.
func (s *Store) Frontier(ctx context.Context, kinds ...string) (firstKey string, lastUnprocessed time.Time, err error) {
	if kinds == nil {
		kinds = []string{}
	}
	var key, added *string
	err = s.pool.QueryRow(ctx, `SELECT
			(SELECT min(args->>'key' COLLATE "C") FROM river_job
				WHERE state IN `+unfinished+` AND kind = ANY($1::text[])),
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

// JobCounts counts River's jobs of kinds (of every kind when none is given)
// by state (available, running, completed, discarded...); a state without
// jobs is absent.
func (s *Store) JobCounts(ctx context.Context, kinds ...string) (map[string]int, error) {
	if kinds == nil {
		kinds = []string{}
	}
	rows, err := s.pool.Query(ctx, `SELECT state::text, count(*) FROM river_job
		WHERE cardinality($1::text[]) = 0 OR kind = ANY($1::text[]) GROUP BY state`, kinds)
	if err != nil {
		return nil, wrap("job counts", err)
	}
	counts := map[string]int{}
	var state string
	var n int
	if _, err := pgx.ForEachRow(rows, []any{&state, &n}, func() error {
		counts[state] = n
		return nil
	}); err != nil {
		return nil, wrap("job counts", err)
	}
	return counts, nil
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
