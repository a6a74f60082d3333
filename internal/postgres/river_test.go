package postgres

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
)

// keyedArgs is a job whose args carry a key, as the queue's ordered jobs do.
type keyedArgs struct {
	Key  string `json:"key"`
	kind string
}

func (a keyedArgs) Kind() string { return a.kind }

// TestFrontier: the smallest key of the unfinished jobs of the kinds asked
// for, and the latest unprocessed article; finished and parked jobs no longer
// count.
func TestFrontier(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	key, last, err := s.Frontier(ctx, "extract", "fetch")
	if err != nil || key != "" || !last.IsZero() {
		t.Fatalf("empty store: %q, %v, %v", key, last, err)
	}
	client, err := river.NewClient[pgx.Tx](s.River(), &river.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for _, a := range []keyedArgs{
		{"2031-01-01T00:00:02.000000000Z/b", "extract"},
		{"2031-01-01T00:00:01.000000000Z/a", "fetch"},
		{"2030-01-01T00:00:00.000000000Z/x", "other"},
	} {
		res, err := client.Insert(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids[a.Key] = res.Job.ID
	}
	at := time.Date(2031, 1, 1, 0, 0, 1, 5000, time.UTC)
	for i, id := range []string{"a1", "a2"} {
		if _, err := s.PutArticle(ctx, &copydesk.Article{ID: id, Ref: id, Added: at.Add(time.Duration(i) * time.Microsecond)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	key, last, err = s.Frontier(ctx, "extract", "fetch")
	if err != nil || key != "2031-01-01T00:00:01.000000000Z/a" || !last.Equal(at.Add(time.Microsecond)) {
		t.Errorf("got %q, %v, %v; want the earliest key and the latest unprocessed article", key, last, err)
	}
	for _, c := range []struct{ state, key, want string }{
		{"running", "2031-01-01T00:00:01.000000000Z/a", "2031-01-01T00:00:01.000000000Z/a"},
		{"retryable", "2031-01-01T00:00:01.000000000Z/a", "2031-01-01T00:00:01.000000000Z/a"},
		{"discarded", "2031-01-01T00:00:01.000000000Z/a", "2031-01-01T00:00:02.000000000Z/b"},
		{"completed", "2031-01-01T00:00:02.000000000Z/b", ""},
	} {
		if _, err := s.pool.Exec(ctx, `UPDATE river_job SET state = $2::river_job_state,
				finalized_at = CASE WHEN $2::text IN ('discarded', 'completed') THEN now() END WHERE id = $1`,
			ids[c.key], c.state); err != nil {
			t.Fatal(err)
		}
		if got, _, err := s.Frontier(ctx, "extract", "fetch"); err != nil || got != c.want {
			t.Errorf("job %s %s: frontier %q, %v; want %q", c.key, c.state, got, err, c.want)
		}
	}
	counts, err := s.JobCounts(ctx)
	if err != nil || counts["discarded"] != 1 || counts["completed"] != 1 || counts["available"] != 1 || len(counts) != 3 {
		t.Errorf("JobCounts = %v, %v; want one discarded, one completed, one available", counts, err)
	}
}

// TestRiverMigrationRefusesUnfinishedJobs: a database whose old jobs table
// still holds unfinished jobs is not migrated to River (nothing queued is
// dropped silently); once they are finished it is, and the table goes.
func TestRiverMigrationRefusesUnfinishedJobs(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE jobs (id bigserial PRIMARY KEY, state text NOT NULL)`,
		`INSERT INTO jobs (state) VALUES ('done'), ('queued')`,
		`DELETE FROM schema_migrations WHERE version >= 5`, // later ones apply again: IF NOT EXISTS
	} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err := Open(ctx, dsn); err == nil || !strings.Contains(err.Error(), "unfinished jobs") {
		if s != nil {
			s.Close()
		}
		t.Fatalf("open with an unfinished old job: %v, want it refused", err)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `UPDATE jobs SET state = 'done'`); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open once the old jobs are done: %v", err)
	}
	defer s.Close()
	var gone bool
	if err := s.pool.QueryRow(ctx, `SELECT to_regclass('jobs') IS NULL`).Scan(&gone); err != nil || !gone {
		t.Errorf("the old jobs table after the migration: gone %v, %v", gone, err)
	}
}
