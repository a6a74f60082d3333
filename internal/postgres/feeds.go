package postgres

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
)

// MaxBackoff caps the delay before polling a failing feed again (unless the
// feed's own interval is longer).
const MaxBackoff = 6 * time.Hour

// Feed is a feed polled on a schedule, with what conditional GET needs.
type Feed struct {
	URL          string
	Every        time.Duration // the interval between polls of a healthy feed
	ETag         string        // for If-None-Match
	LastModified string        // for If-Modified-Since
	NextPoll     time.Time
	LastPolled   time.Time // zero before the first poll
	Failures     int       // consecutive failed polls
	LastError    string
}

// Poll is the outcome of polling a feed.
type Poll struct {
	// ETag and LastModified are the response's validators. On a 304 Not
	// Modified (NotModified true) empty ones keep the stored values; after a
	// full response they replace them.
	ETag, LastModified string
	NotModified        bool
	// Err is why the poll failed, nil on success (a 304 is a success).
	Err error
}

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
func scanFeed(f *Feed) ([]any, func() Feed) {
	var every float64
	var last *time.Time
	return []any{&f.URL, &every, &f.ETag, &f.LastModified, &f.NextPoll, &last, &f.Failures, &f.LastError},
		func() Feed {
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
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY url COLLATE "C"`)
	if err != nil {
		return nil, wrap("feeds", err)
	}
	return collectFeeds(rows, "feeds")
}

// collectFeeds reads and closes rows of feedColumns.
func collectFeeds(rows pgx.Rows, op string) ([]Feed, error) {
	var f Feed
	targets, done := scanFeed(&f)
	feeds := []Feed{}
	if _, err := pgx.ForEachRow(rows, targets, func() error {
		feeds = append(feeds, done())
		return nil
	}); err != nil {
		return nil, wrap(op, err)
	}
	return feeds, nil
}

// ClaimFeeds takes up to limit due feeds (the longest due), returned by URL, and moves
// their next poll to lease from now, so that no other process takes them
// meanwhile; RecordPoll then sets the real next poll. A claimer that dies
// leaves its feeds due again when the lease ends. Concurrent claimers never
// get the same feed (FOR UPDATE SKIP LOCKED).
func (s *Store) ClaimFeeds(ctx context.Context, limit int, lease time.Duration) ([]Feed, error) {
	if limit <= 0 || lease <= 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "claim feeds: limit %d, lease %v: want both positive", limit, lease)
	}
	rows, err := s.pool.Query(ctx, `WITH due AS (
			SELECT url FROM feeds WHERE next_poll <= now()
			ORDER BY next_poll, url COLLATE "C"
			LIMIT $1
			FOR UPDATE SKIP LOCKED
		)
		UPDATE feeds f SET next_poll = now() + make_interval(secs => $2)
		FROM due WHERE f.url = due.url
		RETURNING `+prefixed("f.", feedColumns), limit, lease.Seconds())
	if err != nil {
		return nil, wrap("claim feeds", err)
	}
	feeds, err := collectFeeds(rows, "claim feeds")
	if err != nil {
		return nil, err
	}
	// RETURNING has no order of its own.
	sortFeeds(feeds)
	return feeds, nil
}

// RecordPoll records the outcome of polling the feed at url. A success resets
// its failures and schedules the next poll an interval from now; a failure
// counts, keeps the error, and backs off: the next poll comes after the
// interval times 2 to the power of the consecutive failures, at most
// MaxBackoff (or the interval, when longer). An unknown url is ENotFound.
func (s *Store) RecordPoll(ctx context.Context, url string, p Poll) error {
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

// prefixed returns the comma-separated columns with prefix before each.
func prefixed(prefix, columns string) string {
	parts := strings.Split(columns, ",")
	for i, p := range parts {
		parts[i] = prefix + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// sortFeeds orders feeds by URL, byte by byte.
func sortFeeds(feeds []Feed) {
	slices.SortFunc(feeds, func(a, b Feed) int { return strings.Compare(a.URL, b.URL) })
}
