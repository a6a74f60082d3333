// Package sqlite is the default copydesk.Store: one SQLite file in WAL mode,
// written through the pure-Go driver modernc.org/sqlite so that copydesk builds
// without cgo. The schema lives in embedded, numbered migrations applied by
// Open.
//
// Writes go through a pool of one connection whose transactions begin
// IMMEDIATE, so writers in this process queue in Go instead of spinning on
// SQLITE_BUSY, and a writer never fails when upgrading a read lock. Reads use a
// separate pool of query-only connections that WAL lets run beside the writer.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/storekit"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// DB is a copydesk.Store kept in one SQLite file. It is safe for concurrent
// use, also by several processes sharing the file.
type DB struct {
	path string
	w    *sql.DB // one connection, BEGIN IMMEDIATE: every write
	r    *sql.DB // query-only connections: every read
}

var _ copydesk.Store = (*DB)(nil)

// Open opens the SQLite database at path, creating the file when it does not
// exist, and brings its schema up to date. Every connection runs in WAL mode
// with synchronous=NORMAL, foreign keys on and a busy timeout of five seconds;
// the writer keeps its temporary files in memory.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" || strings.HasPrefix(path, ":memory:") || strings.HasPrefix(path, "file:") {
		return nil, copydesk.Errorf(copydesk.EInvalid, "sqlite: %q is not a file path", path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db := &DB{path: path}
	// Statement journals in memory: every write of a result runs under
	// triggers and ON CONFLICT clauses, which open one, and writing them to
	// a temporary file cost a syscall per page (about 30% of what saving a
	// round cost, profile of copydesk add). The readers keep temporary
	// tables on disk.
	db.w, err = sql.Open("sqlite", dsn(abs, "_txlock=immediate", "_pragma=temp_store(2)"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.w.SetMaxOpenConns(1)
	db.w.SetMaxIdleConns(1)
	if err := db.migrate(ctx); err != nil {
		db.w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	// The reader pool opens after the migrations so that its first connection
	// finds the file already in WAL mode.
	db.r, err = sql.Open("sqlite", dsn(abs, "_pragma=query_only(1)"))
	if err != nil {
		db.w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	db.r.SetMaxOpenConns(n)
	db.r.SetMaxIdleConns(n)
	if err := db.r.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return db, nil
}

// dsn returns the data source name of the file at the absolute path abs, with
// the pragmas every connection needs and the extra parameters.
func dsn(abs string, extra ...string) string {
	// A file: URI, so that a path holding '?' or '#' stays a path.
	u := url.URL{Path: filepath.ToSlash(abs)}
	params := append([]string{
		"mode=rwc",
		"_pragma=busy_timeout(5000)",
		"_pragma=journal_mode(WAL)",
		"_pragma=synchronous(NORMAL)",
		"_pragma=foreign_keys(1)",
	}, extra...)
	return "file:" + u.EscapedPath() + "?" + strings.Join(params, "&")
}

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	errs = append(errs, db.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sqlite: close %s: %w", db.path, err)
	}
	return nil
}

// migrations returns the embedded migrations in the order of their numbers.
func migrations() ([]storekit.Migration, error) {
	return storekit.Migrations(migrationFiles, "migrations/*.sql")
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with its row in schema_migrations.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var newest sql.NullInt64
	if err := db.w.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&newest); err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	if len(ms) > 0 && newest.Valid && int(newest.Int64) > ms[len(ms)-1].Version {
		return copydesk.Errorf(copydesk.EConflict,
			"database schema version %d is newer than this program knows (%d)", newest.Int64, ms[len(ms)-1].Version)
	}
	for _, m := range ms {
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// apply runs one migration unless it is recorded already. The check sits
// inside the transaction, so two processes opening a new file at once apply
// each migration once.
func (db *DB) apply(ctx context.Context, m storekit.Migration) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, storekit.FormatTime(time.Now())); err != nil {
		return err
	}
	return tx.Commit()
}
