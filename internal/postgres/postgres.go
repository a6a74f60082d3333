// Package postgres is the shared copydesk.Store: one PostgreSQL database that
// several processes, on several machines, use at once. It is written with pgx
// v5 (pure Go) and holds, beside the Store, the tables of the work queue those
// processes share (River's: see River and Frontier), a session-level advisory
// lock for work only one process may do at a time (Hold), and the feeds to
// poll on a schedule.
//
// The schema lives in embedded, numbered migrations, followed by River's own,
// that Open applies in one transaction under an advisory lock, so that
// processes opening a new database at once apply each migration once. The store keeps the SQLite
// store's semantics (internal/sqlite): the conformance suite in
// internal/storetest runs against both.
//
// A DSN's search_path parameter (postgres://host/db?search_path=copydesk)
// puts the tables in that schema; Open creates the schema, the first one the
// path names, when it is missing. Without it the tables go where the server's
// search_path puts them (usually public).
//
// The tests need a server: they run against the database named by
// COPYDESK_TEST_POSTGRES (a postgres:// URL they may use freely; each test
// works in a schema of its own, dropped at its end) and are skipped when it
// is unset. .ci/postgres.sh starts a throwaway cluster and prints the
// variable:
//
//	eval "$(bash .ci/postgres.sh)"
//	go test ./internal/postgres/
//	bash .ci/postgres.sh stop "$COPYDESK_PG_DIR"
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is a copydesk.Store in a PostgreSQL database, with the work queue's
// tables, the lock and the feed schedule of the processes that share it. It is safe
// for concurrent use, also by several processes sharing the database.
type Store struct {
	name string // the DSN without its password, for messages
	pool *pgxpool.Pool
}

var _ copydesk.Store = (*Store)(nil)

// migrationLock is the advisory lock key pair Open holds while it migrates.
// Two-key advisory locks do not share their key space with the one-key locks
// of Lock, so no key given to Lock can collide with it.
const migrationLockClass, migrationLockID = 0x636f7079, 1 // "copy", 1

// Open connects to the PostgreSQL database of dsn, a postgres:// or
// postgresql:// URL (pgx's parameters apply: sslmode, pool_max_conns, and any
// run-time parameter such as search_path), and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*Store, error) {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, copydesk.Errorf(copydesk.EInvalid, "postgres: %q is not a postgres:// URL", redact(dsn))
	}
	name := redactURL(u)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, copydesk.Errorf(copydesk.EInvalid, "postgres: open %s: %v", name, err)
	}
	schema := firstSchema(cfg.ConnConfig.RuntimeParams["search_path"])
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	s := &Store{name: name, pool: pool}
	if err := s.migrate(ctx, schema); err != nil {
		pool.Close()
		if copydesk.ErrorCode(err) != copydesk.EInternal {
			return nil, err
		}
		return nil, fmt.Errorf("postgres: open %s: %w", name, err)
	}
	return s, nil
}

// redact returns dsn with the password of a URL replaced, for messages.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil {
		return redactURL(u)
	}
	return "(unparsable DSN)"
}

// redactURL returns u with its password replaced, whether in the user
// information or in a password parameter, for messages.
func redactURL(u *url.URL) string {
	q := u.Query()
	if q.Has("password") {
		c := *u
		q.Set("password", "xxxxx")
		c.RawQuery = q.Encode()
		return c.Redacted()
	}
	return u.Redacted()
}

// firstSchema returns the first schema a search_path names, without quotes,
// or "" when it names none (or only $user).
func firstSchema(searchPath string) string {
	first, _, _ := strings.Cut(searchPath, ",")
	first = strings.TrimSpace(first)
	if len(first) >= 2 && first[0] == '"' && first[len(first)-1] == '"' {
		first = strings.ReplaceAll(first[1:len(first)-1], `""`, `"`)
	} else {
		first = strings.ToLower(first) // as PostgreSQL folds an unquoted name
	}
	if first == "$user" {
		return ""
	}
	return first
}

// Close closes the connection pool, waiting for the connections in use.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrations returns the embedded migrations in the order of their numbers.
func migrations() ([]storekit.Migration, error) {
	return storekit.Migrations(migrationFiles, "migrations/*.sql")
}

// migrate creates schema when it is not "" and missing, applies the
// migrations the database lacks in one transaction, then River's (which
// apply one transaction per version: some of them add a value to an enum and
// then use it, which PostgreSQL refuses within one transaction). All of it
// happens under the migration advisory lock, held by the session that runs
// the store's migrations: a second process opening at once waits, then finds
// them applied.
func (s *Store) migrate(ctx context.Context, schema string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, $2)`, migrationLockClass, migrationLockID); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer func() {
		// A connection whose unlock failed must not go back to the pool
		// still holding the lock.
		if _, err := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, $2)`, migrationLockClass, migrationLockID); err != nil {
			conn.Conn().Close(context.Background())
		}
	}()
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if schema != "" {
			var exists bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, schema).Scan(&exists); err != nil {
				return fmt.Errorf("schema %s: %w", schema, err)
			}
			if !exists {
				if _, err := tx.Exec(ctx, `CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize()); err != nil {
					return fmt.Errorf("create schema %s: %w", schema, err)
				}
			}
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		var newest int
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		if len(ms) > 0 && newest > ms[len(ms)-1].Version {
			return copydesk.Errorf(copydesk.EConflict,
				"postgres: open %s: database schema version %d is newer than this program knows (%d)", s.name, newest, ms[len(ms)-1].Version)
		}
		for _, m := range ms {
			if m.Version <= newest {
				continue
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return migrateRiver(ctx, s.pool)
}

// wrap returns err as an error of op: text PostgreSQL refuses (a NUL byte,
// invalid UTF-8) is EInvalid, a copydesk error is kept, anything else is
// EInternal.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if copydesk.ErrorCode(err) != copydesk.EInternal {
		return err
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "22021", "22P05": // character_not_in_repertoire, untranslatable_character
			return copydesk.Errorf(copydesk.EInvalid, "postgres: %s: text PostgreSQL cannot store (a NUL byte or invalid UTF-8): %s", op, pgErr.Message)
		}
	}
	return fmt.Errorf("postgres: %s: %w", op, err)
}

// checkText rejects a string PostgreSQL's text type cannot hold.
func checkText(what, s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return copydesk.Errorf(copydesk.EInvalid, "%s holds a NUL byte, which PostgreSQL text cannot store", what)
	}
	if !utf8.ValidString(s) {
		return copydesk.Errorf(copydesk.EInvalid, "%s is not valid UTF-8", what)
	}
	return nil
}
