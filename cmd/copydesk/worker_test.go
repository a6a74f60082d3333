package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/storetest"
)

// freshSchema returns the test database's DSN with search_path set to a new
// schema (which the store creates on open), dropped when the test ends, or
// skips the test when COPYDESK_TEST_POSTGRES is unset.
func freshSchema(tb testing.TB) string {
	tb.Helper()
	return storetest.PostgresSchema(tb, "cmd", postgres.DropSchema)
}

func openPG(tb testing.TB, dsn string) *postgres.Store {
	tb.Helper()
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// workerArgsEnv carries a worker process's arguments (separated by 0x1f) to
// TestWorkerProcess.
const workerArgsEnv = "COPYDESK_TEST_WORKER_ARGS"

// TestWorkerProcess is the body of the worker processes the PostgreSQL tests
// start: copydesk with the arguments given, stopped by SIGTERM.
func TestWorkerProcess(t *testing.T) {
	args := os.Getenv(workerArgsEnv)
	if args == "" {
		t.Skip("only runs as a worker process of the PostgreSQL tests")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	os.Exit(Run(ctx, strings.Split(args, "\x1f"), Env{Stdin: strings.NewReader(""), Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}))
}

// syncBuffer is a bytes.Buffer safe for a process's output and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// proc is a worker process.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  *syncBuffer
	done chan struct{} // closed when the process has exited
	err  error         // how it exited, once done is closed
}

// startWorker starts copydesk worker as a process of its own (the test
// binary running TestWorkerProcess).
func startWorker(tb testing.TB, dsn, name string, extra ...string) *proc {
	tb.Helper()
	args := append([]string{"--db", dsn, "worker", "--id", name, "--lease", "3s", "--idle", "50ms"}, extra...)
	cmd := exec.Command(os.Args[0], "-test.run=^TestWorkerProcess$")
	cmd.Env = append(os.Environ(), workerArgsEnv+"="+strings.Join(args, "\x1f"))
	p := &proc{name: name, cmd: cmd, out: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	tb.Cleanup(func() {
		select {
		case <-p.done:
		default:
			cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// stop stops p with SIGTERM and checks that it exits cleanly.
func (p *proc) stop(tb testing.TB) {
	tb.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		if p.err != nil {
			tb.Errorf("worker %s: %v\n%s", p.name, p.err, p.out.String())
		}
	case <-time.After(2 * time.Minute):
		p.cmd.Process.Kill()
		tb.Errorf("worker %s did not stop on SIGTERM\n%s", p.name, p.out.String())
	}
}

// waitDone waits until the workers have stored and processed everything
// queued, failing after a generous limit (a hung test is worse).
func waitDone(tb testing.TB, store *postgres.Store, procs ...*proc) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := waitIdle(ctx, store, 50*time.Millisecond); err != nil {
		for _, p := range procs {
			tb.Logf("worker %s:\n%s", p.name, p.out.String())
		}
		tb.Fatalf("waiting for the workers: %v", err)
	}
}

// counts returns how many articles are stored and how many are processed.
func counts(tb testing.TB, store copydesk.Store) (stored, processed int) {
	tb.Helper()
	ctx := context.Background()
	all, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	pending, err := store.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		tb.Fatal(err)
	}
	return len(all), len(all) - len(pending)
}

// outcome is what must not depend on how the work was spread: the articles,
// the events and stories as sets of articles, and the relations.
type outcome struct {
	articles, events, stories, relations []string
}

func outcomeOf(t *testing.T, db string) outcome {
	t.Helper()
	ctx := context.Background()
	store, err := (&cli{db: db}).openStore(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	rels, err := store.Relations(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var o outcome
	group := func(members map[string][]string) []string {
		var out []string
		for _, m := range members {
			slices.Sort(m)
			out = append(out, strings.Join(m, " "))
		}
		slices.Sort(out)
		return out
	}
	evs, sts := map[string][]string{}, map[string][]string{}
	for _, a := range arts {
		o.articles = append(o.articles, a.ID)
		evs[a.Event] = append(evs[a.Event], a.ID)
		sts[a.Story] = append(sts[a.Story], a.ID)
	}
	o.events, o.stories = group(evs), group(sts)
	for _, r := range rels {
		o.relations = append(o.relations, fmt.Sprintf("%s>%s:%s", r.From, r.To, r.Kind))
	}
	slices.Sort(o.articles)
	slices.Sort(o.relations)
	return o
}

// compareOutcomes reports every difference between got and want.
func compareOutcomes(t *testing.T, got, want outcome) {
	t.Helper()
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"articles", got.articles, want.articles},
		{"events", got.events, want.events},
		{"stories", got.stories, want.stories},
		{"relations", got.relations, want.relations},
	} {
		if slices.Equal(c.got, c.want) {
			continue
		}
		extra, missing := diffSets(c.got, c.want)
		t.Errorf("%s differ (%d against %d): %d only with the workers, %d only in one process\nonly workers: %.600q\nonly one process: %.600q",
			c.what, len(c.got), len(c.want), len(extra), len(missing), extra, missing)
	}
}

func diffSets(a, b []string) (onlyA, onlyB []string) {
	inA, inB := map[string]bool{}, map[string]bool{}
	for _, s := range a {
		inA[s] = true
	}
	for _, s := range b {
		inB[s] = true
	}
	for _, s := range a {
		if !inB[s] {
			onlyA = append(onlyA, s)
		}
	}
	for _, s := range b {
		if !inA[s] {
			onlyB = append(onlyB, s)
		}
	}
	return onlyA, onlyB
}

// TestWorkersMatchOneProcess queues a shuffled generated corpus (two batches)
// with add, runs three worker processes on it, kills the assigner with
// SIGKILL after it processed some articles, and checks that the outcome
// equals that of one copydesk add into SQLite of the same file.
func TestWorkersMatchOneProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("runs worker processes")
	}
	dsn := freshSchema(t)
	dir := t.TempDir()
	const n = 400
	corpus := genCorpus(t, dir, n, 7)

	ref := filepath.Join(dir, "ref.db")
	if code, _, errs := run(t, "", "--db", ref, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("add to SQLite: exit %d: %s", code, errs)
	}
	want := outcomeOf(t, ref)
	if len(want.articles) != n || len(want.relations) < n/10 || len(want.events) < 10 {
		t.Fatalf("the generated corpus gives %d articles, %d relations, %d events: not the test it should be", len(want.articles), len(want.relations), len(want.events))
	}

	if code, _, errs := run(t, "", "--db", dsn, "add", corpus); code != 0 {
		t.Fatalf("add to PostgreSQL: exit %d: %s", code, errs)
	}
	store := openPG(t, dsn)
	var procs []*proc
	for i := range 3 {
		procs = append(procs, startWorker(t, dsn, fmt.Sprintf("w%d", i)))
	}
	// Kill the assigner once it has processed some articles, not all.
	var killed *proc
	deadline := time.Now().Add(3 * time.Minute)
	for killed == nil {
		if time.Now().After(deadline) {
			for _, p := range procs {
				t.Logf("worker %s:\n%s", p.name, p.out.String())
			}
			t.Fatal("no worker processed 40 articles in 3 minutes")
		}
		stored, processed := counts(t, store)
		if processed >= 40 {
			for _, p := range procs {
				if strings.Contains(p.out.String(), "assigner: holding the lock") {
					p.cmd.Process.Signal(syscall.SIGKILL)
					<-p.done
					killed = p
					t.Logf("killed the assigner %s with %d of %d stored articles processed", p.name, processed, stored)
					break
				}
			}
			if processed >= n {
				t.Fatal("every article was processed before the assigner could be killed")
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	var alive []*proc
	for _, p := range procs {
		if p != killed {
			alive = append(alive, p)
		}
	}
	waitDone(t, store, procs...)
	for _, p := range alive {
		p.stop(t)
	}
	tookOver := false
	for _, p := range alive {
		tookOver = tookOver || strings.Contains(p.out.String(), "assigner: holding the lock")
	}
	if !tookOver {
		t.Error("no other worker took the assigner lock after the kill")
	}
	st, err := store.QueueStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Failed != 0 || st.Queued != 0 || st.Running != 0 {
		t.Errorf("queue after the run: %+v, want every job done", st)
	}
	compareOutcomes(t, outcomeOf(t, dsn), want)
}

// countingStore counts the SaveResults of each article.
type countingStore struct {
	copydesk.Store
	mu    sync.Mutex
	saves map[string]int
}

func (s *countingStore) SaveResult(ctx context.Context, r copydesk.Result) error {
	if err := s.Store.SaveResult(ctx, r); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.saves[r.Article]++
	return nil
}

// TestDeadWorkersJobIsRetried claims an extract job as a worker that stores
// part of the batch and dies (its lease runs out), then runs a worker: the
// job is claimed again, the batch stored whole, and every article processed
// exactly once, with one version each, and as one process would have.
func TestDeadWorkersJobIsRetried(t *testing.T) {
	dsn := freshSchema(t)
	dir := t.TempDir()
	corpus := genCorpus(t, dir, 120, 3)
	ref := filepath.Join(dir, "ref.db")
	if code, _, errs := run(t, "", "--db", ref, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("add to SQLite: exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, "", "--db", dsn, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("add to PostgreSQL: exit %d: %s", code, errs)
	}
	ctx := context.Background()
	store := openPG(t, dsn)

	// The dead worker: it claims the job with a one-second lease and
	// stores the first half of the batch's articles, then nothing.
	j, err := store.Claim(ctx, "dead", time.Second, kindExtract)
	if err != nil || j == nil {
		t.Fatalf("claim: %v, %v", j, err)
	}
	b, err := pipeline.DecodeBatch(j.Payload)
	if err != nil {
		t.Fatal(err)
	}
	ready, _ := pipeline.ExtractBatch(b.Docs)
	for i, p := range ready[:len(ready)/2] {
		p.Article.Added = b.Base.Add(time.Duration(i) * pipeline.Step)
		if _, err := store.PutArticle(ctx, p.Article, p.Raw); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(1100 * time.Millisecond) // the lease runs out

	cs := &countingStore{Store: store, saves: map[string]int{}}
	wctx, stop := context.WithCancel(ctx)
	w := &worker{store: store, id: "alive", engineStore: cs, reader: nil, lease: 3 * time.Second,
		idle: 20 * time.Millisecond, standby: 100 * time.Millisecond, feedGap: time.Hour,
		log: slog.New(slog.DiscardHandler)}
	var wg sync.WaitGroup
	wg.Go(func() { w.assignLoop(wctx) })
	wg.Go(func() { w.jobLoop(wctx) })
	waitDone(t, store)
	stop()
	wg.Wait()

	st, err := store.QueueStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 1 || st.Failed != 0 {
		t.Errorf("queue: %+v, want the one job done", st)
	}
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != len(ready) {
		t.Errorf("got %d articles stored, want %d", len(arts), len(ready))
	}
	for _, a := range arts {
		if n := cs.saves[a.ID]; n != 1 {
			t.Errorf("article %s (%s) processed %d times, want once", a.ID, a.Ref, n)
		}
		if a.Version != 1 {
			t.Errorf("article %s (%s): version %d, want 1", a.ID, a.Ref, a.Version)
		}
	}
	compareOutcomes(t, outcomeOf(t, dsn), outcomeOf(t, ref))
}

// TestPostgresStoreErrors: a PostgreSQL store that cannot be reached is one
// line naming it without its password; worker and feeds refuse SQLite.
func TestPostgresStoreErrors(t *testing.T) {
	code, _, errs := run(t, "", "--db", "postgres://nobody:secret1@127.0.0.1:1/x?password=secret2&connect_timeout=5", "stories")
	if code != exitFailed || strings.Count(strings.TrimSpace(errs), "\n") != 0 || strings.Contains(errs, "secret") || !strings.Contains(errs, "127.0.0.1:1") {
		t.Errorf("unreachable PostgreSQL: exit %d, %q; want exit 1, one line naming the server, no password", code, errs)
	}
	for _, args := range [][]string{{"worker"}, {"feeds", "list"}} {
		code, _, errs := run(t, "", append([]string{"--db", filepath.Join(t.TempDir(), "c.db")}, args...)...)
		if code != exitUsage || !strings.Contains(errs, "needs a PostgreSQL store") {
			t.Errorf("%s on SQLite: exit %d, %q; want exit 2 and why", args[0], code, errs)
		}
	}
}
