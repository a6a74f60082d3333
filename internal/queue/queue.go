// Package queue is copydesk's work shared by several processes over one
// PostgreSQL store: what `copydesk add`, the API and the feed poller queue,
// and what `copydesk worker` processes do with it.
//
// The queue is River's (riverqueue/river, on pgx v5): its jobs are batches of
// documents to extract and store (extract), URLs to fetch (fetch), feeds to
// poll (poll) and the periodic look for due feeds (feeds). River gives the
// retries with backoff, the rescue of jobs whose worker died, unique jobs
// (an enqueue repeated under the same key is one job), the periodic job and
// the parking of a job that failed every attempt; this package gives the
// flow: which job stores what, in which order the stored articles are
// processed, and the one process at a time that processes them (the ordered
// step, Assign).
//
// Everything goes through the Store interface, which internal/postgres
// implements; nothing here writes SQL.
package queue

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"
)

// Store is what the queue needs of the shared store: the articles, River's
// driver over its database, and the small interfaces below.
type Store interface {
	copydesk.Store
	// The copy index shared by the workers.
	copydesk.SharedIndex
	// River returns the River driver over the store's database, whose
	// schema holds River's tables.
	River() riverdriver.Driver[pgx.Tx]
	Ordering
	Locker
	FeedSchedule
	// JobCounts counts River's jobs of kinds (all when none) by state.
	JobCounts(ctx context.Context, kinds ...string) (map[string]int, error)
}

// Ordering tells where the ordered step may process up to.
type Ordering interface {
	// Frontier returns, read in one snapshot, the smallest key (byte by
	// byte) of the unfinished jobs of kinds ("" when none) and the latest
	// Added of the unprocessed articles (zero when none). A job's key is
	// its args' "key" field.
	Frontier(ctx context.Context, kinds ...string) (firstKey string, lastUnprocessed time.Time, err error)
}

// Locker gives a lock held by one process at a time across the database.
type Locker interface {
	// Hold takes lock key without waiting and returns a context that ends
	// when the lock is lost (checked every check), and the function that
	// releases it; held is nil when another process holds it.
	Hold(ctx context.Context, key int64, check time.Duration) (held context.Context, release func(), err error)
}

// FeedSchedule is the schedule of the feeds to poll.
type FeedSchedule interface {
	// Feed returns the feed at url, or an ENotFound error.
	Feed(ctx context.Context, url string) (*copydesk.Feed, error)
	// DueFeeds returns up to limit feeds whose next poll has come.
	DueFeeds(ctx context.Context, limit int) ([]copydesk.Feed, error)
	// RecordPoll records a poll's outcome, which sets the next poll.
	RecordPoll(ctx context.Context, url string, p copydesk.Poll) error
}

// The kinds of the jobs.
const (
	KindExtract = "extract" // a batch of documents to extract and store (extractArgs)
	KindFetch   = "fetch"   // a URL to fetch, whose documents are queued as extract jobs (fetchArgs)
	KindPoll    = "poll"    // a feed to poll (pollArgs)
	KindFeeds   = "feeds"   // the periodic look for due feeds (feedsArgs)
	KindMatch   = "match"   // the copies and facts of a stored batch (matchArgs)
)

// ordered lists the kinds whose jobs hold the frontier: their articles come
// at their place in the order, so the ordered step waits for them.
var ordered = []string{KindExtract, KindFetch, KindMatch}

// filing lists the kinds whose jobs file articles in the shared copy index:
// a batch's copies are searched once none of them is unfinished before it.
var filing = []string{KindExtract, KindFetch}

// River's queues: the ordered jobs, and the feeds.
const (
	queueBatches = "batches"
	queueFeeds   = "feeds"
)

// extractArgs is an extract job: a batch of documents (EncodeBatch) whose
// articles are stored from Base on. Key begins with the batch's base time,
// so that the smallest key of the unfinished jobs is the earliest base.
type extractArgs struct {
	Key   string `json:"key" river:"unique"`
	Docs  int    `json:"docs"`
	Batch []byte `json:"batch"`
}

func (extractArgs) Kind() string { return KindExtract }

func (extractArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: queueBatches, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// matchArgs is a match job: the copies and facts of the articles IDs, which
// an extract job stored and filed under Key (its own key), to be found once
// every article before them is filed.
type matchArgs struct {
	Key string   `json:"key" river:"unique"`
	IDs []string `json:"ids"`
}

func (matchArgs) Kind() string { return KindMatch }

func (matchArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: queueBatches, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// fetchArgs is a fetch job: a URL whose documents are queued as extract jobs
// whose bases follow Base, keeping room for fetchSpan.
type fetchArgs struct {
	Key  string    `json:"key" river:"unique"`
	URL  string    `json:"url"`
	Base time.Time `json:"base"`
}

func (fetchArgs) Kind() string { return KindFetch }

func (fetchArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: queueBatches, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// pollArgs is a poll job: a feed to poll. A feed has at most one poll job
// not yet finished; once it finished the next can be queued.
type pollArgs struct {
	URL string `json:"url" river:"unique"`
}

func (pollArgs) Kind() string { return KindPoll }

func (pollArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: queueFeeds, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
		rivertype.JobStateRunning, rivertype.JobStateScheduled,
	}}}
}

// feedsArgs is the periodic job that queues a poll job for each due feed.
type feedsArgs struct{}

func (feedsArgs) Kind() string { return KindFeeds }

func (feedsArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{Queue: queueFeeds} }

// fetchSpan is the room in Added times a fetch job keeps for the articles of
// the URL it fetches (batch j of the response gets base + j*batch*Step): 100
// ms at one µs an article, 100,000 articles. Articles beyond it come later
// in the order than they would have, nothing worse.
const fetchSpan = 100 * time.Millisecond

// keyLayout writes times that sort as text, as the stores keep them.
const keyLayout = "2006-01-02T15:04:05.000000000Z"

// jobKey returns the key of a job whose articles start at base: the base
// first, then what makes the key unique.
func jobKey(base time.Time, unique string) string {
	return base.UTC().Format(keyLayout) + "/" + unique
}

// keyTime reads the base time at the start of a job key.
func keyTime(key string) (time.Time, bool) {
	s, _, _ := strings.Cut(key, "/")
	t, err := time.Parse(time.RFC3339Nano, s)
	return t.UTC(), err == nil
}

// DefaultMaxAttempts is how many times a job runs before it is parked: the
// number is given to each job as it is queued.
const DefaultMaxAttempts = 5

// Defaults of the Options.
const (
	DefaultRetryBase = 2 * time.Second
	maxRetryPause    = 5 * time.Minute
)

// backoff is the retry policy: the pause before attempt n+1 of a failed job
// is base * 2^(n-1) (2 s, 4 s, 8 s... by default), at most 5 minutes.
type backoff struct{ base time.Duration }

func (b backoff) NextRetry(job *rivertype.JobRow) time.Time {
	return time.Now().Add(b.pause(job.Attempt))
}

func (b backoff) pause(attempt int) time.Duration {
	d := b.base << min(max(attempt-1, 0), 20)
	if d <= 0 || d > maxRetryPause {
		return maxRetryPause
	}
	return d
}

// newClient returns a River client over store's database, with cfg (nil for
// a client that only inserts and reads jobs). The jobs it inserts get
// DefaultMaxAttempts unless cfg says otherwise.
func newClient(store Store, cfg *river.Config) (*river.Client[pgx.Tx], error) {
	if cfg == nil {
		cfg = &river.Config{}
	}
	cfg.MaxAttempts = cmp.Or(cfg.MaxAttempts, DefaultMaxAttempts)
	c, err := river.NewClient(store.River(), cfg)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	return c, nil
}
