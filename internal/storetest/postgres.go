package storetest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"
)

// PostgresDSN returns the DSN of the PostgreSQL database tests may use freely,
// from COPYDESK_TEST_POSTGRES, or skips tb when the variable is unset.
func PostgresDSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv("COPYDESK_TEST_POSTGRES")
	if dsn == "" {
		tb.Skip("COPYDESK_TEST_POSTGRES is unset: skipping PostgreSQL tests (see README, PostgreSQL section)")
	}
	return dsn
}

// schemas numbers the schemas this process makes.
var schemas atomic.Int64

// PostgresSchema returns PostgresDSN with search_path set to a schema of its
// own, named prefix, the process ID and a counter (the store creates it on
// open), and registers a cleanup that calls drop with the DSN of
// COPYDESK_TEST_POSTGRES and the schema's name when tb ends. It skips tb when
// the variable is unset. drop is the caller's, so that this package needs no
// store.
func PostgresSchema(tb testing.TB, prefix string, drop func(ctx context.Context, dsn, schema string) error) string {
	tb.Helper()
	dsn := PostgresDSN(tb)
	name := fmt.Sprintf("%s_%d_%d", prefix, os.Getpid(), schemas.Add(1))
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("COPYDESK_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := drop(ctx, dsn, name); err != nil {
			tb.Errorf("%v", err)
		}
	})
	return u.String()
}
