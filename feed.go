package copydesk

import "time"

// Feed is a feed that the workers of a shared store poll on a schedule, with
// what a conditional GET needs.
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
