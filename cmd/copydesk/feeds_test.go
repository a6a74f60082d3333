package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/server"
)

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
// request that sends it back, and HTTP 500 at /broken.xml; it records the
// If-None-Match of each request for the feed.
type feedServer struct {
	*httptest.Server
	mu          sync.Mutex
	ifNoneMatch []string
}

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
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
		default:
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
		}
	}))
	t.Cleanup(fs.Close)
	return fs
}

func feedOf(t *testing.T, store *postgres.Store, url string) postgres.Feed {
	t.Helper()
	feeds, err := store.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if f.URL == url {
			return f
		}
	}
	t.Fatalf("feed %s not found", url)
	return postgres.Feed{}
}

// TestFeedPolls polls a feed twice: the first poll queues its items, which a
// worker stores and processes; the second sends the ETag back, gets 304 and
// queues nothing. A failing feed backs off, longer after each failure, and a
// feed on a loopback address is refused to a worker without --allow-private.
func TestFeedPolls(t *testing.T) {
	dsn := freshSchema(t)
	srv := newFeedServer(t)
	ctx := context.Background()
	store := openPG(t, dsn)
	w := &worker{store: store, id: "poller", reader: ingest.NewReader(ingest.Options{AllowPrivate: true}),
		lease: 3 * time.Second, idle: 20 * time.Millisecond, standby: 100 * time.Millisecond, feedGap: time.Hour,
		log: slog.New(slog.DiscardHandler)}
	feed := srv.URL + "/feed.xml"
	if code, _, errs := run(t, "", "--db", dsn, "feeds", "add", "--every", "1h", feed); code != 0 {
		t.Fatalf("feeds add: exit %d: %s", code, errs)
	}
	claimed, err := store.ClaimFeeds(ctx, 10, time.Minute)
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claim feeds: %v, %v", claimed, err)
	}
	w.poll(ctx, claimed[0])
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { w.assignLoop(wctx) })
	wg.Go(func() { w.jobLoop(wctx) })
	waitDone(t, store)
	stored, processed := counts(t, store)
	if stored != 2 || processed != 2 {
		t.Fatalf("after the first poll: %d articles stored, %d processed, want 2 and 2", stored, processed)
	}
	f := feedOf(t, store, feed)
	if f.ETag != `"v1"` || f.Failures != 0 || !f.NextPoll.After(time.Now().Add(50*time.Minute)) {
		t.Errorf("after the first poll: %+v, want the ETag kept and the next poll in an hour", f)
	}

	w.poll(ctx, f)
	st, err := store.QueueStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Queued+st.Running != 0 || st.Done != 1 {
		t.Errorf("after the second poll: queue %+v, want nothing new", st)
	}
	if stored, _ := counts(t, store); stored != 2 {
		t.Errorf("after the second poll: %d articles, want 2", stored)
	}
	srv.mu.Lock()
	if got := strings.Join(srv.ifNoneMatch, ","); got != `,"v1"` {
		t.Errorf("If-None-Match sent: %q, want none then \"v1\"", got)
	}
	srv.mu.Unlock()
	stop()
	wg.Wait()

	// A failing feed backs off: every 2^failures times its interval.
	broken := srv.URL + "/broken.xml"
	if err := store.UpsertFeed(ctx, broken, time.Minute); err != nil {
		t.Fatal(err)
	}
	for i, wantGap := range []time.Duration{2 * time.Minute, 4 * time.Minute} {
		before := time.Now()
		w.poll(ctx, feedOf(t, store, broken))
		f := feedOf(t, store, broken)
		gap := f.NextPoll.Sub(before)
		if f.Failures != i+1 || !strings.Contains(f.LastError, "500") || gap < wantGap-5*time.Second || gap > wantGap+5*time.Second {
			t.Errorf("after failure %d: failures %d, error %q, next poll in %v, want %d, HTTP 500, %v", i+1, f.Failures, f.LastError, gap, i+1, wantGap)
		}
	}

	// Without --allow-private the loopback test server is refused.
	strict := &worker{store: store, id: "strict", reader: ingest.NewReader(ingest.Options{}), log: slog.New(slog.DiscardHandler)}
	guarded := srv.URL + "/feed.xml?guarded"
	if err := store.UpsertFeed(ctx, guarded, time.Minute); err != nil {
		t.Fatal(err)
	}
	strict.poll(ctx, feedOf(t, store, guarded))
	if f := feedOf(t, store, guarded); f.Failures != 1 || !strings.Contains(f.LastError, "refused") {
		t.Errorf("a loopback feed without --allow-private: failures %d, error %q, want refused", f.Failures, f.LastError)
	}
}

// TestQueuedURLAndAPI queues a URL with add and an article and a URL through
// the API's adder: a worker fetches the URLs (the feed's two items, once:
// the second fetch stores nothing new), stores the pasted article under the
// id the API answered, and processes all of them.
func TestQueuedURLAndAPI(t *testing.T) {
	dsn := freshSchema(t)
	srv := newFeedServer(t)
	ctx := context.Background()
	store := openPG(t, dsn)
	feed := srv.URL + "/feed.xml"
	if code, _, errs := run(t, "", "--db", dsn, "add", feed); code != 0 || !strings.Contains(errs, "0 documents in 0 batches and 1 URLs") {
		t.Fatalf("add URL: exit %d: %s", code, errs)
	}
	res, err := queueAdder(store)(ctx, server.AddRequest{
		Articles: []json.RawMessage{json.RawMessage(`{"id":"pasted-1","source":"Orlin Valley Courier","title":"Kessmouth council votes to repave the harbour road","text":"The Kessmouth council voted seven to two on Thursday to repave the harbour road before the summer ferry season, at a cost of four hundred thousand crowns."}`)},
		URLs:     []string{feed},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Status != "queued" || res[0].Article == "" || res[1].Status != "queued" {
		t.Fatalf("API adder answered %+v, want two items queued", res)
	}
	w := &worker{store: store, id: "fetcher", reader: ingest.NewReader(ingest.Options{AllowPrivate: true}),
		lease: 3 * time.Second, idle: 20 * time.Millisecond, standby: 100 * time.Millisecond, feedGap: time.Hour,
		log: slog.New(slog.DiscardHandler)}
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { w.assignLoop(wctx) })
	wg.Go(func() { w.jobLoop(wctx) })
	waitDone(t, store)
	stop()
	wg.Wait()
	if stored, processed := counts(t, store); stored != 3 || processed != 3 {
		t.Errorf("%d articles stored, %d processed, want 3 and 3", stored, processed)
	}
	if _, err := store.Article(ctx, res[0].Article); err != nil {
		t.Errorf("the pasted article under the id the API gave: %v", err)
	}
	st, err := store.QueueStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 5 || st.Failed != 0 {
		t.Errorf("queue %+v, want 5 jobs done (2 fetches, their 2 batches, the pasted batch)", st)
	}
}
