package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// feed returns the stored feed at url and fails the test unless it exists.
func feed(t *testing.T, s *Store, url string) Feed {
	t.Helper()
	feeds, err := s.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if f.URL == url {
			return f
		}
	}
	t.Fatalf("feed %s not stored", url)
	return Feed{}
}

// claimURLs returns the URLs ClaimFeeds gives and fails the test on error.
func claimURLs(t *testing.T, s *Store, limit int) []string {
	t.Helper()
	feeds, err := s.ClaimFeeds(context.Background(), limit, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	urls := []string{}
	for _, f := range feeds {
		urls = append(urls, f.URL)
	}
	return urls
}

func TestFeedSchedule(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const every = 15 * time.Minute
	a, b := "https://courier.example/feed.xml", "https://brell-gazette.example/atom"
	for _, url := range []string{a, b} {
		if err := s.UpsertFeed(ctx, url, every); err != nil {
			t.Fatal(err)
		}
	}
	if got := claimURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b, a}) {
		t.Fatalf("ClaimFeeds = %q, want both new feeds, by URL", got)
	}
	if got := claimURLs(t, s, 10); len(got) != 0 {
		t.Fatalf("ClaimFeeds while leased = %q, want none", got)
	}

	// A full response sets the validators and the next poll an interval on.
	if err := s.RecordPoll(ctx, a, Poll{ETag: `"v1"`, LastModified: "Fri, 14 Mar 2031 09:00:00 GMT"}); err != nil {
		t.Fatal(err)
	}
	f := feed(t, s, a)
	if f.ETag != `"v1"` || f.LastModified != "Fri, 14 Mar 2031 09:00:00 GMT" || f.Every != every ||
		f.NextPoll.Sub(f.LastPolled) != every || f.Failures != 0 {
		t.Errorf("after a full poll: %+v", f)
	}
	// A 304 without validators keeps them.
	if err := s.RecordPoll(ctx, a, Poll{NotModified: true}); err != nil {
		t.Fatal(err)
	}
	if f := feed(t, s, a); f.ETag != `"v1"` || f.LastModified == "" {
		t.Errorf("after a 304: validators %q, %q; want them kept", f.ETag, f.LastModified)
	}

	// Failures back off: 2, 4, 8, 16 intervals, then the cap of 6 hours.
	for i, want := range []time.Duration{30 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour, 6 * time.Hour, 6 * time.Hour} {
		if err := s.RecordPoll(ctx, a, Poll{Err: fmt.Errorf("HTTP 503 from %s (%d)", a, i)}); err != nil {
			t.Fatal(err)
		}
		f := feed(t, s, a)
		if got := f.NextPoll.Sub(f.LastPolled); got != want || f.Failures != i+1 || f.LastError != fmt.Sprintf("HTTP 503 from %s (%d)", a, i) {
			t.Errorf("failure %d: next poll after %v, failures %d, error %q; want %v, %d", i+1, got, f.Failures, f.LastError, want, i+1)
		}
		if f.ETag != `"v1"` {
			t.Errorf("failure %d: ETag %q, want it kept", i+1, f.ETag)
		}
	}
	// A success resets the count; a full response without validators clears them.
	if err := s.RecordPoll(ctx, a, Poll{}); err != nil {
		t.Fatal(err)
	}
	if f := feed(t, s, a); f.Failures != 0 || f.LastError != "" || f.NextPoll.Sub(f.LastPolled) != every || f.ETag != "" {
		t.Errorf("after recovering: %+v", f)
	}

	// A long interval is not shortened by the cap.
	if err := s.UpsertFeed(ctx, b, 24*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordPoll(ctx, b, Poll{Err: errors.New("timeout")}); err != nil {
		t.Fatal(err)
	}
	if f := feed(t, s, b); f.NextPoll.Sub(f.LastPolled) != 24*time.Hour || f.Every != 24*time.Hour {
		t.Errorf("daily feed after a failure: next poll after %v, every %v; want 24h", f.NextPoll.Sub(f.LastPolled), f.Every)
	}

	// A claimer that died: once its lease is over the feed is due again.
	if _, err := s.pool.Exec(ctx, `UPDATE feeds SET next_poll = now() - interval '1 second' WHERE url = $1`, b); err != nil {
		t.Fatal(err)
	}
	if got := claimURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b}) {
		t.Errorf("ClaimFeeds after the lease = %q, want %q", got, b)
	}

	if err := s.RecordPoll(ctx, "https://absent.example/feed", Poll{}); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("RecordPoll of an unknown feed: error %v, want code %q", err, copydesk.ENotFound)
	}
	if err := s.UpsertFeed(ctx, a, 0); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("UpsertFeed with no interval: error %v, want code %q", err, copydesk.EInvalid)
	}
}

func TestClaimFeedsConcurrent(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	const feeds, claimers = 60, 6
	for i := range feeds {
		if err := s.UpsertFeed(ctx, fmt.Sprintf("https://outlet-%02d.example/rss", i), time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		seen = map[string]int{}
	)
	for range claimers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				got, err := s.ClaimFeeds(ctx, 4, time.Hour)
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) == 0 {
					return
				}
				mu.Lock()
				for _, f := range got {
					seen[f.URL]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != feeds {
		t.Errorf("%d feeds claimed, want %d", len(seen), feeds)
	}
	for url, n := range seen {
		if n != 1 {
			t.Errorf("feed %s claimed %d times, want once", url, n)
		}
	}
}

// TestRemoveFeed: a removed feed is no longer listed or claimed; removing
// an unknown one says not found.
func TestRemoveFeed(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	a, b := "https://courier.example/feed.xml", "https://brell-gazette.example/atom"
	for _, url := range []string{a, b} {
		if err := s.UpsertFeed(ctx, url, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RemoveFeed(ctx, a); err != nil {
		t.Fatal(err)
	}
	fs, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].URL != b {
		t.Errorf("feeds after removing %s: %+v, want only %s", a, fs, b)
	}
	if got := claimURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b}) {
		t.Errorf("ClaimFeeds = %q, want only %s", got, b)
	}
	if err := s.RemoveFeed(ctx, a); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("removing %s again: %v, want not found", a, err)
	}
}
