package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/queue"
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
// binary running TestWorkerProcess). The lease is how long a job may run:
// a batch of 256 articles took longer than 40 seconds under the race
// detector at a load average of 20, and each attempt timed out until the
// job was parked.
func startWorker(tb testing.TB, dsn, name string, extra ...string) *proc {
	tb.Helper()
	args := append([]string{"--db", dsn, "worker", "--id", name, "--lease", "90s", "--idle", "50ms"}, extra...)
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

// openQueue returns the queue of store.
func openQueue(tb testing.TB, store *postgres.Store) *queue.Queue {
	tb.Helper()
	q, err := queue.New(store)
	if err != nil {
		tb.Fatal(err)
	}
	return q
}

// waitDone waits until the workers have stored and processed everything
// queued, failing after a generous limit (a hung test is worse). An error
// while waiting (the database restarting, say) is waited out too.
func waitDone(tb testing.TB, q *queue.Queue, procs ...*proc) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var err error
	for ctx.Err() == nil {
		if err = q.Wait(ctx, 50*time.Millisecond); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, p := range procs {
		tb.Logf("worker %s:\n%s", p.name, p.out.String())
	}
	tb.Fatalf("waiting for the workers: %v", err)
}

// checkQueueDone checks that every job of q completed: none waiting,
// running, parked or cancelled.
func checkQueueDone(tb testing.TB, q *queue.Queue) {
	tb.Helper()
	st, err := q.Counts(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	if st.Waiting != 0 || st.Running != 0 || st.Parked != 0 || st.Cancelled != 0 || st.Done == 0 {
		jobs, _ := q.Jobs(context.Background(), queue.JobsFilter{})
		tb.Errorf("queue after the run: %+v, want every job done; not done: %+v", st, jobs)
	}
}

// startInProcess runs a queue worker in this process until the test ends
// (or stop is called), with short intervals.
func startInProcess(tb testing.TB, store queue.Store, o queue.Options) (stop func()) {
	tb.Helper()
	if o.Reader == nil {
		o.Reader = ingest.NewReader(ingest.Options{AllowPrivate: true})
	}
	o.Lease = cmp.Or(o.Lease, 20*time.Second)
	o.Idle = cmp.Or(o.Idle, 20*time.Millisecond)
	o.Standby = cmp.Or(o.Standby, 100*time.Millisecond)
	o.FeedCheck = cmp.Or(o.FeedCheck, time.Hour)
	w, err := queue.NewWorker(store, o)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				tb.Errorf("worker %s: %v", o.ID, err)
			}
		})
	}
	tb.Cleanup(stop)
	return stop
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

// addBoth adds corpus to a new SQLite store in dir, whose path it returns
// (the one-process reference), and queues it in the PostgreSQL store of dsn.
func addBoth(t *testing.T, dir, dsn, corpus string) (ref string) {
	t.Helper()
	ref = filepath.Join(dir, "ref.db")
	if code, _, errs := run(t, "", "--db", ref, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("add to SQLite: exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, "", "--db", dsn, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("add to PostgreSQL: exit %d: %s", code, errs)
	}
	return ref
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

	want := outcomeOf(t, addBoth(t, dir, dsn, corpus))
	if len(want.articles) != n || len(want.relations) < n/10 || len(want.events) < 10 {
		t.Fatalf("the generated corpus gives %d articles, %d relations, %d events: not the test it should be", len(want.articles), len(want.relations), len(want.events))
	}
	store := openPG(t, dsn)
	q := openQueue(t, store)
	var procs []*proc
	for i := range 3 {
		procs = append(procs, startWorker(t, dsn, fmt.Sprintf("w%d", i)))
	}
	// Kill the assigner once it has processed some articles, not all.
	var killed *proc
	deadline := time.Now().Add(6 * time.Minute)
	for killed == nil {
		if time.Now().After(deadline) {
			for _, p := range procs {
				t.Logf("worker %s:\n%s", p.name, p.out.String())
			}
			t.Fatal("no worker processed 40 articles in 6 minutes")
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
	waitDone(t, q, procs...)
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
	checkQueueDone(t, q)
	compareOutcomes(t, outcomeOf(t, dsn), want)
	checkMatchedByWorkers(t, store)
}

// checkMatchedByWorkers checks that the copies of every stored article were
// found by a match job (and stored in the shared index), not by the
// assigner.
func checkMatchedByWorkers(t *testing.T, store *postgres.Store) {
	t.Helper()
	ctx := context.Background()
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	ms, err := store.Matches(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != len(arts) {
		t.Errorf("%d of %d articles have matches stored by the workers, want all", len(ms), len(arts))
	}
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

func (s *countingStore) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	if err := s.Store.SaveResults(ctx, rs); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range rs {
		s.saves[r.Article]++
	}
	return nil
}

// dyingEnv carries the number of articles a dying worker process stores
// before it dies, and dyingDSN its database, to TestDyingWorkerProcess.
const (
	dyingEnv = "COPYDESK_TEST_DIE_AFTER"
	dyingDSN = "COPYDESK_TEST_DIE_DSN"
)

// dyingStore is a store whose process dies (as on SIGKILL: nothing deferred
// runs, nothing is completed) when it is asked to store an article after
// storing left of them.
type dyingStore struct {
	*postgres.Store
	left int
}

func (s *dyingStore) PutArticle(ctx context.Context, a *copydesk.Article, raw []byte) (bool, error) {
	if s.left == 0 {
		os.Exit(3)
	}
	s.left--
	return s.Store.PutArticle(ctx, a, raw)
}

// TestDyingWorkerProcess is the body of the worker process that
// TestDeadWorkersJobIsRetried starts: it takes an extract job, stores part
// of its batch and dies.
func TestDyingWorkerProcess(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv(dyingEnv))
	if err != nil {
		t.Skip("only runs as the dying worker process of TestDeadWorkersJobIsRetried")
	}
	store, err := postgres.Open(context.Background(), os.Getenv(dyingDSN))
	if err != nil {
		t.Fatal(err)
	}
	w, err := queue.NewWorker(&dyingStore{Store: store, left: n}, queue.Options{ID: "dying",
		Reader: ingest.NewReader(ingest.Options{}), Lease: 10 * time.Second, Standby: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	w.Run(context.Background()) // until it dies
}

// TestDeadWorkersJobIsRetried has a worker process take an extract job,
// store half of its batch and die; then a worker takes the job again once
// its lease is over: the batch is stored whole, and every article processed
// exactly once, with one version each, and as one process would have.
func TestDeadWorkersJobIsRetried(t *testing.T) {
	if testing.Short() {
		t.Skip("runs worker processes")
	}
	t.Parallel() // most of it is waiting for River's rescuer
	dsn := freshSchema(t)
	dir := t.TempDir()
	corpus := genCorpus(t, dir, 120, 3)
	ref := addBoth(t, dir, dsn, corpus)
	ctx := context.Background()
	store := openPG(t, dsn)
	q := openQueue(t, store)

	cmd := exec.Command(os.Args[0], "-test.run=^TestDyingWorkerProcess$")
	cmd.Env = append(os.Environ(), dyingEnv+"=60", dyingDSN+"="+dsn)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("the dying worker: %v, want exit 3\n%s", err, out)
	}
	if stored, _ := counts(t, store); stored == 0 || stored > 60 {
		t.Fatalf("the dying worker stored %d articles, want some, at most 60", stored)
	}
	// The periodic look for due feeds may have been running too, on a
	// loaded machine: the job that matters is the batch.
	jobs, err := q.Jobs(ctx, queue.JobsFilter{States: []string{"running"}})
	jobs = slices.DeleteFunc(jobs, func(j queue.Job) bool { return j.Kind == queue.KindFeeds })
	if err != nil || len(jobs) != 1 || jobs[0].Kind != queue.KindExtract {
		t.Fatalf("running jobs after the death: %+v, %v; want the one extract job", jobs, err)
	}

	cs := &countingStore{Store: store, saves: map[string]int{}}
	// The lease is also how long the job may run on its second attempt:
	// long enough for 120 articles on a loaded machine (at 10 seconds it
	// ran out at a load average of 35 to 46). The rescue waits as long.
	stop := startInProcess(t, store, queue.Options{ID: "alive", Engine: cs, Lease: 30 * time.Second})
	waitDone(t, q)
	stop()

	checkQueueDone(t, q)
	jobs, err = q.Jobs(ctx, queue.JobsFilter{States: []string{"completed"}})
	if err != nil {
		t.Fatal(err)
	}
	jobs = slices.DeleteFunc(jobs, func(j queue.Job) bool { return j.Kind != queue.KindExtract })
	if len(jobs) != 1 || jobs[0].Attempt != 2 || len(jobs[0].Errors) != 1 || !strings.Contains(jobs[0].Errors[0], "rescued") {
		t.Errorf("completed extract jobs: %+v; want one, done on its second attempt after one rescue", jobs)
	}
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 120 {
		t.Errorf("got %d articles stored, want 120", len(arts))
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
	for _, args := range [][]string{{"worker"}, {"feeds", "list"}, {"jobs"}} {
		code, _, errs := run(t, "", append([]string{"--db", filepath.Join(t.TempDir(), "c.db")}, args...)...)
		if code != exitUsage || !strings.Contains(errs, "needs a PostgreSQL store") {
			t.Errorf("%s on SQLite: exit %d, %q; want exit 2 and why", args[0], code, errs)
		}
	}
}

// ownServer starts a PostgreSQL cluster of the test's own with
// .ci/postgres.sh, stopped when the test ends, and returns its directory and
// DSN. It skips the test when COPYDESK_PG_DIR is unset: the test then has no
// throwaway server of .ci/postgres.sh, and may not be able to start one.
func ownServer(t *testing.T) (dir, dsn string) {
	t.Helper()
	if os.Getenv("COPYDESK_PG_DIR") == "" {
		t.Skip("needs a server of .ci/postgres.sh (COPYDESK_PG_DIR unset): it starts one of its own to restart")
	}
	out, err := exec.Command("bash", "../../.ci/postgres.sh").Output()
	if err != nil {
		t.Fatalf(".ci/postgres.sh: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		k, v, _ := strings.Cut(strings.TrimPrefix(line, "export "), "=")
		switch k {
		case "COPYDESK_PG_DIR":
			dir = v
		case "COPYDESK_TEST_POSTGRES":
			dsn = v
		}
	}
	if dir == "" || dsn == "" {
		t.Fatalf(".ci/postgres.sh printed %q, want the directory and the DSN", out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("bash", "../../.ci/postgres.sh", "stop", dir).CombinedOutput(); err != nil {
			t.Errorf(".ci/postgres.sh stop: %v\n%s", err, out)
		}
	})
	return dir, dsn
}

// TestWorkersSurviveRestart restarts the database server while two worker
// processes work through a shuffled corpus: the jobs, the lock and the
// connections all end at once. The workers reconnect, the jobs interrupted
// are retried, another assigner takes over, and the outcome equals that of
// one copydesk add into SQLite. The server is one of the test's own, so that
// the other packages' tests, which share the usual one, go on undisturbed.
func TestWorkersSurviveRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs worker processes and a server of its own")
	}
	pgDir, dsn := ownServer(t)
	dir := t.TempDir()
	const n = 300
	corpus := genCorpus(t, dir, n, 5)
	ref := addBoth(t, dir, dsn, corpus)
	store := openPG(t, dsn)
	q := openQueue(t, store)
	procs := []*proc{startWorker(t, dsn, "r0"), startWorker(t, dsn, "r1")}
	// A batch is stored, filed and matched before its first article is
	// processed: on two cores shared with a load average of 45, 3 minutes
	// were not always enough.
	deadline := time.Now().Add(6 * time.Minute)
	for {
		if time.Now().After(deadline) {
			t.Fatal("no worker processed 30 articles in 6 minutes")
		}
		if _, processed := counts(t, store); processed >= 30 {
			if processed >= n {
				t.Fatal("every article was processed before the restart")
			}
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if out, err := exec.Command("bash", "../../.ci/postgres.sh", "restart", pgDir).CombinedOutput(); err != nil {
		t.Fatalf("restart: %v\n%s", err, out)
	}
	waitDone(t, q, procs...)
	for _, p := range procs {
		p.stop(t)
	}
	lost := 0
	for _, p := range procs {
		lost += strings.Count(p.out.String(), "assigner: stopped")
	}
	if lost == 0 {
		t.Error("no assigner says it stopped on the restart: was the server restarted under it?")
	}
	checkQueueDone(t, q)
	compareOutcomes(t, outcomeOf(t, dsn), outcomeOf(t, ref))
}
