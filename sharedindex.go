package copydesk

import (
	"context"
	"time"
)

// SharedIndex is a copy index kept in the store, so that several processes
// search one index instead of each its own in memory: a new process starts
// without reading the store back, and a killed one loses nothing. The keys
// are computed (and their postings ranked) by the copy detection stage; the
// store files and looks them up. An article's place in the processing order
// is its stored Added, then its ID.
type SharedIndex interface {
	// PutIndex files stored articles under their keys, each at its stored
	// Added. Filing an article again changes nothing.
	PutIndex(ctx context.Context, es []IndexEntry) error
	// Postings returns, for each of keys in turn, the first limit articles
	// filed under it that come before (added, id) in the processing order,
	// in that order.
	Postings(ctx context.Context, keys []uint64, added time.Time, id string, limit int) ([][]Posting, error)
	// Anchored returns, for each of the translation keys in turn, the latest
	// limit articles filed under it that come before (added, id), in the
	// processing order.
	Anchored(ctx context.Context, keys []string, added time.Time, id string, limit int) ([][]Posting, error)
	// PutMatches stores what the order-free part of processing found for
	// articles (the pipeline's encoding), replacing what they had.
	PutMatches(ctx context.Context, ms []Matches) error
	// Matches returns the stored matches of the articles ids that have
	// some, by id.
	Matches(ctx context.Context, ids []string) (map[string][]byte, error)
}

// IndexEntry is a stored article's entry in a SharedIndex.
type IndexEntry struct {
	Article string
	Keys    []uint64 // copy keys
	// Anchors are the translation keys, and Lang the language they are in.
	Anchors []string
	Lang    string
}

// Posting is an article filed under a key of a SharedIndex.
type Posting struct {
	Article string
	Added   time.Time
	Lang    string // for a translation key, the language of its anchors
}

// Matches is what the order-free part of processing found for one article,
// encoded by the pipeline.
type Matches struct {
	Article string
	Data    []byte
}
