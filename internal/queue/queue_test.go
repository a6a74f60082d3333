package queue

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

var _ Store = (*postgres.Store)(nil)

// openStore opens a store in a fresh schema of the test database, or skips
// the test when COPYDESK_TEST_POSTGRES is unset.
func openStore(tb testing.TB) *postgres.Store {
	tb.Helper()
	s, err := postgres.Open(context.Background(), storetest.PostgresSchema(tb, "queue", postgres.DropSchema))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func openQueue(tb testing.TB, s Store) *Queue {
	tb.Helper()
	q, err := New(s)
	if err != nil {
		tb.Fatal(err)
	}
	return q
}

// testWorker returns a worker with short intervals, and starts it unless
// start is false; it stops when the test ends, or when stop is called.
func testWorker(tb testing.TB, s Store, o Options, start bool) (w *Worker, stop func()) {
	tb.Helper()
	if o.Reader == nil {
		o.Reader = ingest.NewReader(ingest.Options{AllowPrivate: true})
	}
	o.ID = "w-" + tb.Name()
	o.Lease = max(o.Lease, 20*time.Second)
	o.Idle = 20 * time.Millisecond
	o.Standby = 100 * time.Millisecond
	if o.FeedCheck == 0 {
		o.FeedCheck = time.Hour
	}
	w, err := NewWorker(s, o)
	if err != nil {
		tb.Fatal(err)
	}
	if !start {
		return w, func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				tb.Errorf("worker: %v", err)
			}
		})
	}
	tb.Cleanup(stop)
	return w, stop
}

// wait waits until nothing is left to do, failing after three minutes (a
// batch is stored, then matched, then processed: on two cores shared with
// a load average of 40, one minute was not always enough).
func wait(tb testing.TB, q *Queue) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := q.Wait(ctx, 20*time.Millisecond); err != nil {
		jobs, _ := q.Jobs(context.Background(), JobsFilter{})
		for _, j := range jobs {
			tb.Logf("job %+v", j)
		}
		tb.Fatalf("waiting for the worker: %v", err)
	}
}

// stored counts the stored and the processed articles.
func stored(tb testing.TB, s copydesk.Store) (all, processed int) {
	tb.Helper()
	ctx := context.Background()
	arts, err := s.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		tb.Fatal(err)
	}
	pending, err := s.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		tb.Fatal(err)
	}
	return len(arts), len(arts) - len(pending)
}

// doc is a JSON document of the test corpus (invented).
func doc(ref, title, text string) ingest.Doc {
	return ingest.Doc{Ref: ref, Format: "text", Title: title, Body: []byte(text), Raw: []byte(title + "\n" + text),
		Published: time.Date(2031, 3, 3, 8, 0, 0, 0, time.UTC)}
}

func TestBackoff(t *testing.T) {
	b := backoff{2 * time.Second}
	for _, c := range []struct {
		attempt int
		want    time.Duration
	}{{1, 2 * time.Second}, {2, 4 * time.Second}, {4, 16 * time.Second}, {8, 256 * time.Second}, {9, 5 * time.Minute}, {60, 5 * time.Minute}} {
		if got := b.pause(c.attempt); got != c.want {
			t.Errorf("pause after attempt %d = %v, want %v", c.attempt, got, c.want)
		}
	}
}

func TestJobKey(t *testing.T) {
	base := time.Date(2031, 3, 3, 8, 0, 0, 1000, time.FixedZone("x", 3600))
	k := jobKey(base, "add-1/0")
	if k != "2031-03-03T07:00:00.000001000Z/add-1/0" {
		t.Errorf("jobKey = %q", k)
	}
	if got, ok := keyTime(k); !ok || !got.Equal(base) {
		t.Errorf("keyTime(%q) = %v, %v; want %v", k, got, ok, base)
	}
	if _, ok := keyTime("junk/x"); ok {
		t.Error("keyTime of junk: ok")
	}
}

// TestDuplicateEnqueue: a batch queued twice under one key is one job,
// whether the first is waiting or done; another key is another job.
func TestDuplicateEnqueue(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	q := openQueue(t, s)
	b := pipeline.Batch{Base: time.Date(2031, 3, 3, 8, 0, 0, 0, time.UTC),
		Docs: []ingest.Doc{doc("a", "Ferry resumes", "The Orlin ferry resumed its crossings on Monday after repairs.")}}
	for i, want := range []bool{true, false} {
		created, err := insertBatch(ctx, q.client, b, "run/0")
		if err != nil || created != want {
			t.Fatalf("enqueue %d: created %v, %v; want %v", i+1, created, err, want)
		}
	}
	testWorker(t, s, Options{}, true)
	wait(t, q)
	if created, err := insertBatch(ctx, q.client, b, "run/0"); err != nil || created {
		t.Errorf("enqueue once done: created %v, %v; want the done job to stand for it", created, err)
	}
	if created, err := insertBatch(ctx, q.client, b, "run/1"); err != nil || !created {
		t.Errorf("enqueue under another key: created %v, %v; want a new job", created, err)
	}
	wait(t, q)
	c, err := q.Counts(ctx)
	if err != nil || c != (Counts{Done: 2}) {
		t.Errorf("counts %+v, %v; want 2 jobs done", c, err)
	}
	if all, processed := stored(t, s); all != 1 || processed != 1 {
		t.Errorf("%d articles stored, %d processed; want 1 and 1", all, processed)
	}
}

// TestPoisonJobIsParked: a URL that fails every time is retried with
// backoff, then parked with its errors, and the batch queued after it is
// processed all the same; a job whose args cannot be read is parked too.
// Retried once the URL works, the parked job completes; a parked job can be
// discarded, a running or waiting one cannot.
func TestPoisonJobIsParked(t *testing.T) {
	ctx := context.Background()
	var healthy atomic.Bool
	var hits atomic.Int32
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if !healthy.Load() {
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "<html><head><title>Kessmouth harbour road repaved</title></head><body><article><p>The Kessmouth council finished repaving the harbour road on Friday, two weeks before the summer ferry season.</p></article></body></html>")
	}))
	defer site.Close()
	s := openStore(t)
	q := openQueue(t, s)
	// Three attempts, not five: each retry waits for River's scheduler.
	var err error
	if q.client, err = newClient(s, &river.Config{MaxAttempts: 3}); err != nil {
		t.Fatal(err)
	}
	e := q.Enqueuer("test")
	if err := e.URL(ctx, site.URL+"/road"); err != nil {
		t.Fatal(err)
	}
	if err := e.Docs(ctx, []ingest.Doc{doc("after", "Library opens a reading room", "A reading room opened at the Kessmouth library on Tuesday, paid for by a bequest.")}); err != nil {
		t.Fatal(err)
	}
	// Args that cannot be read: an extract job whose batch is not one.
	if _, err := q.client.Insert(ctx, extractArgs{Key: jobKey(time.Now(), "junk"), Batch: []byte("{not a batch")}, nil); err != nil {
		t.Fatal(err)
	}
	testWorker(t, s, Options{RetryBase: 50 * time.Millisecond}, true)
	wait(t, q)
	if all, processed := stored(t, s); all != 1 || processed != 1 {
		t.Errorf("%d articles stored, %d processed; want the batch after the poison item, processed", all, processed)
	}
	parked, err := q.Jobs(ctx, JobsFilter{States: []string{Parked}})
	if err != nil || len(parked) != 2 {
		t.Fatalf("parked jobs: %+v, %v; want 2", parked, err)
	}
	byKind := map[string]Job{}
	for _, j := range parked {
		byKind[j.Kind] = j
	}
	fetch, junk := byKind[KindFetch], byKind[KindExtract]
	if fetch.Attempt != 3 || len(fetch.Errors) != 3 || !strings.Contains(fetch.Errors[2], "500") || fetch.What != site.URL+"/road" {
		t.Errorf("the parked fetch: %+v; want 3 attempts, each error kept, the last naming HTTP 500", fetch)
	}
	if hits.Load() != 3 {
		t.Errorf("the failing URL was fetched %d times, want 3", hits.Load())
	}
	if len(junk.Errors) != 3 || !strings.Contains(junk.Errors[2], "decode batch") {
		t.Errorf("the job with unreadable args: %+v; want parked with the decoding error", junk)
	}

	if _, err := q.Discard(ctx, fetch.ID+1000); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("discarding an unknown job: %v, want ENotFound", err)
	}
	if _, err := q.Discard(ctx, junk.ID); err != nil {
		t.Fatal(err)
	}
	healthy.Store(true)
	if j, err := q.Retry(ctx, fetch.ID); err != nil || j.State != "available" || j.MaxAttempts != 4 {
		t.Fatalf("retry: %+v, %v; want it available with a fourth attempt", j, err)
	}
	wait(t, q)
	if all, processed := stored(t, s); all != 2 || processed != 2 {
		t.Errorf("after the retry: %d articles stored, %d processed; want 2 and 2", all, processed)
	}
	c, err := q.Counts(ctx)
	if err != nil || c.Parked != 0 || c.Waiting != 0 || c.Done != 3 {
		t.Errorf("counts %+v, %v; want nothing parked or waiting, 3 done (the batch, the fetch, its batch)", c, err)
	}
	done, err := q.Jobs(ctx, JobsFilter{States: []string{"completed"}, Limit: 1})
	if err != nil || len(done) != 1 {
		t.Fatal(done, err)
	}
	if _, err := q.Discard(ctx, done[0].ID); copydesk.ErrorCode(err) != copydesk.EConflict {
		t.Errorf("discarding a completed job: %v, want EConflict", err)
	}
	if _, err := q.Jobs(ctx, JobsFilter{States: []string{"lost"}}); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("listing an unknown state: %v, want EInvalid", err)
	}
}

// TestRefusedFetchIsCancelled: a URL the address checks refuse is not
// retried: its job is cancelled at once, with the reason.
func TestRefusedFetchIsCancelled(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	q := openQueue(t, s)
	if err := q.Enqueuer("test").URL(ctx, "http://127.0.0.1:1/page"); err != nil {
		t.Fatal(err)
	}
	testWorker(t, s, Options{Reader: ingest.NewReader(ingest.Options{})}, true)
	wait(t, q)
	jobs, err := q.Jobs(ctx, JobsFilter{})
	// The periodic look for due feeds may have been queued too, on a
	// loaded machine: the job that matters is the fetch.
	jobs = slices.DeleteFunc(jobs, func(j Job) bool { return j.Kind == KindFeeds })
	if err != nil || len(jobs) != 1 || jobs[0].State != "cancelled" || jobs[0].Attempt != 1 || !strings.Contains(strings.Join(jobs[0].Errors, " "), "refused") {
		t.Errorf("jobs: %+v, %v; want the fetch cancelled after one attempt, refused", jobs, err)
	}
}

const testFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Orlin Valley Courier</title><link>https://courier.example/</link>
<item><guid>https://courier.example/ferry</guid><link>https://courier.example/ferry</link>
<title>Orlin ferry resumes service after winter repairs</title><pubDate>Mon, 03 Mar 2031 08:00:00 GMT</pubDate>
<description>The Orlin ferry carried its first passengers of the year on Monday after three months in the Kessmouth dry dock, where its hull plates and both engines were replaced. Harbour master Tilde Varro said the crossing would run every forty minutes until the autumn.</description></item>
<item><guid>https://courier.example/library</guid><link>https://courier.example/library</link>
<title>Kessmouth library opens a reading room for the blind</title><pubDate>Tue, 04 Mar 2031 09:30:00 GMT</pubDate>
<description>A reading room with braille printers and audio desks opened at the Kessmouth public library on Tuesday, paid for by a bequest of the late schoolteacher Amon Druse. Librarians said forty readers had signed up in the first week.</description></item>
</channel></rss>`

// feedServer serves testFeed at /feed.xml with an ETag, answering 304 to a
// request that sends it back, and HTTP 500 elsewhere; it records the
// If-None-Match of each request for the feed.
type feedServer struct {
	*httptest.Server
	mu          sync.Mutex
	ifNoneMatch []string
}

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
			return
		}
		fs.mu.Lock()
		fs.ifNoneMatch = append(fs.ifNoneMatch, r.Header.Get("If-None-Match"))
		fs.mu.Unlock()
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(testFeed))
	}))
	t.Cleanup(fs.Close)
	return fs
}

// pollJob is a poll job as River hands it to the worker.
func pollJob(url string) *river.Job[pollArgs] {
	return &river.Job[pollArgs]{JobRow: &rivertype.JobRow{ID: 1, Kind: KindPoll, Attempt: 1}, Args: pollArgs{URL: url}}
}

func feedAt(t *testing.T, s *postgres.Store, url string) copydesk.Feed {
	t.Helper()
	f, err := s.Feed(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return *f
}

// TestFeedPolls: the periodic job polls a due feed, whose items are stored
// and processed; a second poll sends the ETag back, gets 304 and queues
// nothing. A failing feed backs off, longer after each failure, and a feed
// on a loopback address is refused to a worker that does not allow it.
func TestFeedPolls(t *testing.T) {
	srv := newFeedServer(t)
	ctx := context.Background()
	s := openStore(t)
	q := openQueue(t, s)
	feed := srv.URL + "/feed.xml"
	if err := s.UpsertFeed(ctx, feed, time.Hour); err != nil {
		t.Fatal(err)
	}
	w, stop := testWorker(t, s, Options{FeedCheck: 100 * time.Millisecond}, true)
	deadline := time.Now().Add(time.Minute)
	for feedAt(t, s, feed).LastPolled.IsZero() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	wait(t, q)
	if all, processed := stored(t, s); all != 2 || processed != 2 {
		t.Fatalf("after the first poll: %d articles stored, %d processed, want 2 and 2", all, processed)
	}
	f := feedAt(t, s, feed)
	if f.ETag != `"v1"` || f.Failures != 0 || !f.NextPoll.After(time.Now().Add(50*time.Minute)) {
		t.Errorf("after the first poll: %+v, want the ETag kept and the next poll in an hour", f)
	}
	before, err := q.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.poll(ctx, pollJob(feed)); err != nil {
		t.Fatal(err)
	}
	if after, err := q.Counts(ctx); err != nil || after.Waiting+after.Running != 0 || after.Done != before.Done {
		t.Errorf("after the second poll: %+v, %v; want nothing new queued", after, err)
	}
	srv.mu.Lock()
	if got := strings.Join(srv.ifNoneMatch, ","); got != `,"v1"` {
		t.Errorf("If-None-Match sent: %q, want none then \"v1\"", got)
	}
	srv.mu.Unlock()
	// The rest polls by hand: no periodic poll of the feeds added below.
	stop()

	// A failing feed backs off: every 2^failures times its interval.
	broken := srv.URL + "/broken.xml"
	if err := s.UpsertFeed(ctx, broken, time.Hour); err != nil {
		t.Fatal(err)
	}
	for i, wantGap := range []time.Duration{2 * time.Hour, 4 * time.Hour} {
		before := time.Now()
		if err := w.poll(ctx, pollJob(broken)); err != nil {
			t.Fatal(err)
		}
		f := feedAt(t, s, broken)
		gap := f.NextPoll.Sub(before)
		if f.Failures != i+1 || !strings.Contains(f.LastError, "500") || gap < wantGap-5*time.Second || gap > wantGap+5*time.Second {
			t.Errorf("after failure %d: failures %d, error %q, next poll in %v, want %d, HTTP 500, %v", i+1, f.Failures, f.LastError, gap, i+1, wantGap)
		}
	}

	// Without AllowPrivate the loopback test server is refused.
	strict, _ := testWorker(t, s, Options{Reader: ingest.NewReader(ingest.Options{})}, false)
	guarded := srv.URL + "/feed.xml?guarded"
	if err := s.UpsertFeed(ctx, guarded, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := strict.poll(ctx, pollJob(guarded)); err != nil {
		t.Fatal(err)
	}
	if f := feedAt(t, s, guarded); f.Failures != 1 || !strings.Contains(f.LastError, "refused") {
		t.Errorf("a loopback feed without AllowPrivate: failures %d, error %q, want refused", f.Failures, f.LastError)
	}
	// A feed removed after its poll was queued is not polled.
	if err := s.RemoveFeed(ctx, guarded); err != nil {
		t.Fatal(err)
	}
	if err := strict.poll(ctx, pollJob(guarded)); err != nil {
		t.Errorf("polling a removed feed: %v, want nothing done", err)
	}
}

// TestDueFeedsQueueOnePollEach: a due feed whose poll is queued gets no
// second poll job from the next look.
func TestDueFeedsQueueOnePollEach(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	q := openQueue(t, s)
	for _, u := range []string{"https://courier.example/rss", "https://brell-gazette.example/atom"} {
		if err := s.UpsertFeed(ctx, u, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	w, _ := testWorker(t, s, Options{}, false) // not started: its jobs stay queued
	for range 3 {
		if err := w.dueFeeds(ctx, &river.Job[feedsArgs]{JobRow: &rivertype.JobRow{ID: 1, Kind: KindFeeds}}); err != nil {
			t.Fatal(err)
		}
	}
	jobs, err := q.Jobs(ctx, JobsFilter{})
	if err != nil || len(jobs) != 2 {
		t.Errorf("jobs after three looks: %+v, %v; want one poll for each of the 2 feeds", jobs, err)
	}
}
