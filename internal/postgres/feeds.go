package postgres

import (
	"context"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
)

// MaxBackoff caps the delay before polling a failing feed again (unless the
// feed's own interval is longer).
const MaxBackoff = 6 * time.Hour

// UpsertFeed adds the feed at url, to poll every interval and due now, or
// sets the interval of a known feed, keeping its schedule and validators.
func (s *Store) UpsertFeed(ctx context.Context, url string, every time.Duration) error {
	if url == "" || every <= 0 {
		return copydesk.Errorf(copydesk.EInvalid, "feed %q: want a URL and a positive interval, not %v", url, every)
	}
	if err := checkText("feed URL", url); err != nil {
		return err
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO feeds (url, every_seconds) VALUES ($1, $2)
		ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds`, url, every.Seconds())
	return wrap("upsert feed "+url, err)
}

// RemoveFeed stops polling the feed at url. Articles already queued or
// stored from it stay. Removing an unknown feed is an ENotFound error.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM feeds WHERE url = $1`, url)
	if err != nil {
		return wrap("remove feed "+url, err)
	}
	if tag.RowsAffected() == 0 {
		return copydesk.Errorf(copydesk.ENotFound, "feed %s not found", url)
	}
	return nil
}

// feedColumns are the columns scanFeed reads, in its order.
const feedColumns = `url, every_seconds, etag, last_modified, next_poll, last_polled, failures, last_error`

// scanFeed returns the scan targets of a row of feedColumns into f, and the
// function that finishes f after the scan.
func scanFeed(f *copydesk.Feed) ([]any, func() copydesk.Feed) {
	var every float64
	var last *time.Time
	return []any{&f.URL, &every, &f.ETag, &f.LastModified, &f.NextPoll, &last, &f.Failures, &f.LastError},
		func() copydesk.Feed {
			out := *f
			out.Every = time.Duration(every * float64(time.Second))
			out.NextPoll = out.NextPoll.UTC()
			out.LastPolled = time.Time{}
			if last != nil {
				out.LastPolled = last.UTC()
			}
			return out
		}
}

// Feeds returns every feed, by URL.
func (s *Store) Feeds(ctx context.Context) ([]copydesk.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY url COLLATE "C"`)
	if err != nil {
		return nil, wrap("feeds", err)
	}
	return collectFeeds(rows, "feeds")
}

// collectFeeds reads and closes rows of feedColumns.
func collectFeeds(rows pgx.Rows, op string) ([]copydesk.Feed, error) {
	var f copydesk.Feed
	targets, done := scanFeed(&f)
	feeds := []copydesk.Feed{}
	if _, err := pgx.ForEachRow(rows, targets, func() error {
		feeds = append(feeds, done())
		return nil
	}); err != nil {
		return nil, wrap(op, err)
	}
	return feeds, nil
}

// Feed returns the feed at url, or an ENotFound error.
func (s *Store) Feed(ctx context.Context, url string) (*copydesk.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = $1`, url)
	if err != nil {
		return nil, wrap("feed "+url, err)
	}
	feeds, err := collectFeeds(rows, "feed "+url)
	if err != nil {
		return nil, err
	}
	if len(feeds) == 0 {
		return nil, copydesk.Errorf(copydesk.ENotFound, "feed %s not found", url)
	}
	return &feeds[0], nil
}

// DueFeeds returns up to limit feeds whose next poll has come, the longest
// due first. It claims nothing: the queue polls each feed through a job that
// is unique to its URL, so that a feed due on two looks is polled once, and
// RecordPoll then sets its next poll.
func (s *Store) DueFeeds(ctx context.Context, limit int) ([]copydesk.Feed, error) {
	if limit <= 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "due feeds: limit %d: want it positive", limit)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds WHERE next_poll <= now()
		ORDER BY next_poll, url COLLATE "C" LIMIT $1`, limit)
	if err != nil {
		return nil, wrap("due feeds", err)
	}
	return collectFeeds(rows, "due feeds")
}

// RecordPoll records the outcome of polling the feed at url. A success resets
// its failures and schedules the next poll an interval from now; a failure
// counts, keeps the error, and backs off: the next poll comes after the
// interval times 2 to the power of the consecutive failures, at most
// MaxBackoff (or the interval, when longer). An unknown url is ENotFound.
func (s *Store) RecordPoll(ctx context.Context, url string, p copydesk.Poll) error {
	var tag interface{ RowsAffected() int64 }
	var err error
	if p.Err == nil {
		tag, err = s.pool.Exec(ctx, `UPDATE feeds SET
				etag = CASE WHEN $4 AND $2 = '' THEN etag ELSE $2 END,
				last_modified = CASE WHEN $4 AND $3 = '' THEN last_modified ELSE $3 END,
				last_polled = now(), next_poll = now() + make_interval(secs => every_seconds),
				failures = 0, last_error = ''
			WHERE url = $1`, url, sanitize(p.ETag), sanitize(p.LastModified), p.NotModified)
	} else {
		tag, err = s.pool.Exec(ctx, `UPDATE feeds SET
				last_polled = now(), failures = failures + 1, last_error = $2,
				next_poll = now() + make_interval(secs =>
					GREATEST(every_seconds, LEAST(every_seconds * power(2, LEAST(failures + 1, 30)), $3)))
			WHERE url = $1`, url, sanitize(p.Err.Error()), MaxBackoff.Seconds())
	}
	if err != nil {
		return wrap("record poll of feed "+url, err)
	}
	if tag.RowsAffected() == 0 {
		return copydesk.Errorf(copydesk.ENotFound, "feed %s not found", url)
	}
	return nil
}

// sanitize makes s storable as text: NUL bytes and invalid UTF-8 become U+FFFD.
func sanitize(s string) string {
	if checkText("", s) == nil {
		return s
	}
	b := []rune{}
	for _, r := range s { // ranging over invalid UTF-8 yields U+FFFD
		if r == 0 {
			r = '\uFFFD'
		}
		b = append(b, r)
	}
	return string(b)
}
