package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// feed returns the stored feed at url and fails the test unless it exists.
func feed(t *testing.T, s *Store, url string) copydesk.Feed {
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
	return copydesk.Feed{}
}

// dueURLs returns the URLs DueFeeds gives, sorted, and fails the test on
// error.
func dueURLs(t *testing.T, s *Store, limit int) []string {
	t.Helper()
	feeds, err := s.DueFeeds(context.Background(), limit)
	if err != nil {
		t.Fatal(err)
	}
	urls := []string{}
	for _, f := range feeds {
		urls = append(urls, f.URL)
	}
	slices.Sort(urls)
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
	if got := dueURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b, a}) {
		t.Fatalf("DueFeeds = %q, want both new feeds", got)
	}
	if got := dueURLs(t, s, 1); len(got) != 1 || got[0] != a {
		t.Fatalf("DueFeeds(1) = %q, want the longest due, %s", got, a)
	}

	// A full response sets the validators and the next poll an interval on.
	if err := s.RecordPoll(ctx, a, copydesk.Poll{ETag: `"v1"`, LastModified: "Fri, 14 Mar 2031 09:00:00 GMT"}); err != nil {
		t.Fatal(err)
	}
	if got := dueURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b}) {
		t.Fatalf("DueFeeds after polling %s = %q, want only %s", a, got, b)
	}
	f := feed(t, s, a)
	if f.ETag != `"v1"` || f.LastModified != "Fri, 14 Mar 2031 09:00:00 GMT" || f.Every != every ||
		f.NextPoll.Sub(f.LastPolled) != every || f.Failures != 0 {
		t.Errorf("after a full poll: %+v", f)
	}
	// A 304 without validators keeps them.
	if err := s.RecordPoll(ctx, a, copydesk.Poll{NotModified: true}); err != nil {
		t.Fatal(err)
	}
	if f := feed(t, s, a); f.ETag != `"v1"` || f.LastModified == "" {
		t.Errorf("after a 304: validators %q, %q; want them kept", f.ETag, f.LastModified)
	}

	// Failures back off: 2, 4, 8, 16 intervals, then the cap of 6 hours.
	for i, want := range []time.Duration{30 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour, 6 * time.Hour, 6 * time.Hour} {
		if err := s.RecordPoll(ctx, a, copydesk.Poll{Err: fmt.Errorf("HTTP 503 from %s (%d)", a, i)}); err != nil {
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
	if err := s.RecordPoll(ctx, a, copydesk.Poll{}); err != nil {
		t.Fatal(err)
	}
	if f := feed(t, s, a); f.Failures != 0 || f.LastError != "" || f.NextPoll.Sub(f.LastPolled) != every || f.ETag != "" {
		t.Errorf("after recovering: %+v", f)
	}

	// A long interval is not shortened by the cap.
	if err := s.UpsertFeed(ctx, b, 24*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordPoll(ctx, b, copydesk.Poll{Err: errors.New("timeout")}); err != nil {
		t.Fatal(err)
	}
	if f := feed(t, s, b); f.NextPoll.Sub(f.LastPolled) != 24*time.Hour || f.Every != 24*time.Hour {
		t.Errorf("daily feed after a failure: next poll after %v, every %v; want 24h", f.NextPoll.Sub(f.LastPolled), f.Every)
	}

	// A feed whose next poll has come is due again.
	if _, err := s.pool.Exec(ctx, `UPDATE feeds SET next_poll = now() - interval '1 second' WHERE url = $1`, b); err != nil {
		t.Fatal(err)
	}
	if got := dueURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b}) {
		t.Errorf("DueFeeds once its time came = %q, want %q", got, b)
	}

	if err := s.RecordPoll(ctx, "https://absent.example/feed", copydesk.Poll{}); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("RecordPoll of an unknown feed: error %v, want code %q", err, copydesk.ENotFound)
	}
	if err := s.UpsertFeed(ctx, a, 0); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("UpsertFeed with no interval: error %v, want code %q", err, copydesk.EInvalid)
	}
}

// TestRemoveFeed: a removed feed is no longer listed or due; removing
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
	if got := dueURLs(t, s, 10); fmt.Sprint(got) != fmt.Sprint([]string{b}) {
		t.Errorf("DueFeeds = %q, want only %s", got, b)
	}
	if err := s.RemoveFeed(ctx, a); copydesk.ErrorCode(err) != copydesk.ENotFound {
		t.Errorf("removing %s again: %v, want not found", a, err)
	}
}
