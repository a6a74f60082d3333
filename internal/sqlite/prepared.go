package sqlite

import (
	"context"
	"database/sql"
)

// execer runs statements: a *sql.Tx, or a preparedTx that prepares each
// statement once.
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// preparedTx runs the statements of a write transaction, preparing each
// distinct one once: a round of results runs the same dozen statements for
// each article, and SQLite parsing them again every time was about 30% of
// what saving cost (profile of copydesk add: sqlite3_prepare). The
// statements are closed with the transaction.
type preparedTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

// prepared wraps tx.
func prepared(tx *sql.Tx) *preparedTx {
	return &preparedTx{tx: tx, stmts: map[string]*sql.Stmt{}}
}

// stmt returns q prepared in the transaction, preparing it the first time.
func (p *preparedTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s, ok := p.stmts[q]; ok {
		return s, nil
	}
	s, err := p.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	p.stmts[q] = s
	return s, nil
}

// ExecContext runs q with args.
func (p *preparedTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := p.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryRowContext runs q with args for one row. A statement that does not
// prepare runs unprepared, so that the row carries its error.
func (p *preparedTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	s, err := p.stmt(ctx, q)
	if err != nil {
		return p.tx.QueryRowContext(ctx, q, args...)
	}
	return s.QueryRowContext(ctx, args...)
}
