package pipeline

import (
	"context"
	"errors"
	"iter"
	"runtime"
	"sort"
	"strconv"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/extract"
	"github.com/copydesk/copydesk/internal/ingest"
)

// Keep says which member of a duplicate cluster is kept.
type Keep string

// The policies; ties go to the member read first.
const (
	KeepFirst    Keep = "first"    // the first read
	KeepEarliest Keep = "earliest" // the earliest published (undated last)
	KeepLongest  Keep = "longest"  // the longest text
)

// DedupOptions configures Dedup. Its zero value keeps the first member and
// clusters duplicates and near-duplicates.
type DedupOptions struct {
	Keep Keep
	// Kinds are the copy kinds that make a document a duplicate of the
	// kept one; default duplicate and near-duplicate.
	Kinds []copydesk.Kind
	Dedup dedup.Options
	// Workers is how many goroutines extract and fingerprint documents
	// (default GOMAXPROCS); the clusters do not depend on it.
	Workers int
}

// Member is one document of a duplicate cluster.
type Member struct {
	Ref      string        `json:"id"`
	Kind     copydesk.Kind `json:"kind,omitempty"` // how it matched the kept document when it joined
	Score    float64       `json:"score,omitempty"`
	Jaccard  float64       `json:"jaccard,omitempty"`
	Passages []string      `json:"passages,omitempty"`
	pos      int
	raw      []byte
	fp       *dedup.Fingerprint
	length   int
	date     time.Time
}

// Cluster is a kept document and the documents that duplicate it.
type Cluster struct {
	Kept    string    `json:"kept"`
	Members []*Member `json:"members"`
	kept    *Member
}

// DedupResult reports a finished Dedup.
type DedupResult struct {
	Read, Kept, Dropped, Failed int
	// NotArticles are the files of a folder that are not articles
	// (ingest.NotArticle), given to fail as notes and not counted failed.
	NotArticles int
}

// Dedup reads docs once and sorts them into clusters of duplicates. A
// document joins a cluster only if it matches the cluster's kept document,
// never merely another member, so clusters cannot chain. The index holds one
// fingerprint per cluster (and the replaced kept ones), so memory grows with
// the clusters, not with the documents. keep is called with each kept
// document's raw input, in input order: at once under KeepFirst, at the end
// otherwise. clusters, when not nil, is called at the end with every cluster
// of two or more, in input order of their first member.
func Dedup(ctx context.Context, docs iter.Seq2[ingest.Doc, error], opts DedupOptions, keep func(raw []byte) error, clusters func(*Cluster) error, fail func(error)) (DedupResult, error) {
	if opts.Keep == "" {
		opts.Keep = KeepFirst
	}
	if opts.Kinds == nil {
		opts.Kinds = []copydesk.Kind{copydesk.Duplicate, copydesk.NearDuplicate}
	}
	accept := map[copydesk.Kind]bool{}
	nearOnly := true // only duplicates and near-duplicates are accepted
	for _, k := range opts.Kinds {
		accept[k] = true
		nearOnly = nearOnly && (k == copydesk.Duplicate || k == copydesk.NearDuplicate)
	}
	// check is Verify of a pair, or no match for a pair that cannot be a
	// duplicate or near-duplicate when no other kind is accepted
	// (dedup.NearPossible): most candidate pairs share a few sentences,
	// and aligning them was half of dedup's CPU (profile of the
	// shared-sentence corpus). No pair it skips would have been accepted,
	// so the clusters are the same.
	check := func(kept, m *dedup.Fingerprint) dedup.Match {
		if nearOnly && !dedup.NearPossible(kept, m) {
			return dedup.Match{}
		}
		return dedup.Verify(kept, m)
	}
	ix := dedup.NewIndex(opts.Dedup)
	owner := map[string]*Cluster{} // indexed key -> cluster
	var all []*Cluster
	var res DedupResult
	n := 0
	// verify is the verification of m against c's kept document, taken
	// from those made ahead (guess) when there.
	verify := func(c *Cluster, m *Member, guess map[*Member]*dedup.Match) dedup.Match {
		if v, ok := guess[c.kept]; ok {
			if v == nil {
				return dedup.Match{}
			}
			return *v
		}
		return check(c.kept.fp, m.fp)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for chunk := range memberChunks(ctx, docs, workers) {
		// The clusters a document joins depend on those before it, so they
		// are decided in input order below; but most of the pairs that
		// decision verifies are with clusters older than the chunk, and
		// those are verified here first, on every core (Verify depends on
		// its two fingerprints alone, so the result is the same).
		// The candidates are read here too; the loop below re-reads only
		// the index keys that the chunk's earlier documents filed
		// (Index.Refresh), which gives what a fresh read would.
		// A guess is nil for a pair of a kind not accepted (nearly all of
		// them; the loop below reads nothing else of those): the maps of
		// whole Matches were a fifth of the bytes dedup allocated (memory
		// profile of the shared-sentence corpus).
		guesses := make([]map[*Member]*dedup.Match, len(chunk))
		queries := make([]*dedup.Lookup, len(chunk))
		ix.Mark()
		each(workers, len(chunk), func(i int) {
			m := chunk[i].m
			if chunk[i].err != nil || m == nil {
				return
			}
			queries[i] = ix.Lookup(m.fp)
			keys := queries[i].Candidates(ix)
			g := make(map[*Member]*dedup.Match, len(keys))
			for _, key := range keys {
				if c := owner[key]; c != nil {
					if _, ok := g[c.kept]; !ok {
						var v *dedup.Match
						if r := check(c.kept.fp, m.fp); accept[r.Kind] {
							v = &r
						}
						g[c.kept] = v
					}
				}
			}
			guesses[i] = g
		})
		for i, s := range chunk {
			m, err := s.m, s.err
			if err := ctx.Err(); err != nil {
				return res, err
			}
			if re, ok := err.(readError); ok {
				err = re.error
				if na := (*ingest.NotArticle)(nil); errors.As(err, &na) {
					res.NotArticles++
					if fail != nil {
						fail(err)
					}
					continue
				}
				if w := (*ingest.Warning)(nil); errors.As(err, &w) {
					if fail != nil {
						fail(err) // a note: the item follows
					}
					continue
				}
			} else {
				res.Read++
			}
			if err != nil {
				res.Failed++
				if fail != nil {
					fail(err)
				}
				continue
			}
			m.pos = n
			n++
			var joined *Cluster
			seen := map[*Cluster]bool{}
			ix.Refresh(queries[i])
			for _, key := range queries[i].Candidates(ix) {
				c := owner[key]
				if c == nil || seen[c] {
					continue
				}
				seen[c] = true
				v := verify(c, m, guesses[i])
				if !accept[v.Kind] {
					continue
				}
				if joined == nil || v.Score > m.Score {
					joined = c
					m.Kind, m.Score, m.Jaccard, m.Passages = v.Kind, v.Score, v.Jaccard, v.Passages
				}
			}
			guesses[i], queries[i] = nil, nil
			if joined == nil {
				c := &Cluster{Kept: m.Ref, Members: []*Member{m}, kept: m}
				all = append(all, c)
				key := "d" + strconv.Itoa(n)
				ix.Add(key, m.fp)
				owner[key] = c
				if opts.Keep == KeepFirst {
					if err := keep(m.raw); err != nil {
						return res, err
					}
				}
				continue
			}
			joined.Members = append(joined.Members, m)
			if better(opts.Keep, m, joined.kept) {
				joined.kept, joined.Kept = m, m.Ref
				key := "d" + strconv.Itoa(n)
				ix.Add(key, m.fp)
				owner[key] = joined
			}
			// Only the kept member's raw input and fingerprint stay in memory.
			for _, x := range joined.Members {
				if x != joined.kept {
					x.raw, x.fp = nil, nil
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	res.Kept = len(all)
	res.Dropped = res.Read - res.Failed - res.Kept
	if res.Dropped < 0 {
		res.Dropped = 0
	}
	if opts.Keep != KeepFirst {
		kept := make([]*Member, len(all))
		for i, c := range all {
			kept[i] = c.kept
		}
		sort.Slice(kept, func(i, j int) bool { return kept[i].pos < kept[j].pos })
		for _, m := range kept {
			if err := keep(m.raw); err != nil {
				return res, err
			}
		}
	}
	if clusters != nil {
		for _, c := range all {
			if len(c.Members) > 1 {
				if err := clusters(c); err != nil {
					return res, err
				}
			}
		}
	}
	return res, nil
}

// readError is a document the input could not give (as opposed to one it
// gave that did not extract): it is counted failed, not read.
type readError struct{ error }

// slot is one document of a chunk: its member, or why it has none (an
// error of the input wrapped in readError).
type slot struct {
	d   ingest.Doc
	m   *Member
	err error
}

// memberChunks reads docs and extracts and fingerprints them on workers
// goroutines, a chunk at a time, and yields the chunks in input order. The
// next chunk is read and extracted while the caller works on the one it
// was given.
func memberChunks(ctx context.Context, docs iter.Seq2[ingest.Doc, error], workers int) iter.Seq[[]slot] {
	chunk := 32 * workers
	return func(yield func([]slot) bool) {
		out := make(chan []slot, 1)
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			defer close(out)
			var buf []slot
			send := func() bool {
				each(workers, len(buf), func(i int) {
					if buf[i].err == nil {
						buf[i].m, buf[i].err = member(buf[i].d)
						buf[i].d = ingest.Doc{}
					}
				})
				select {
				case out <- buf:
					buf = nil
					return true
				case <-stop:
					return false
				}
			}
			for d, err := range docs {
				select {
				case <-stop:
					return
				default:
				}
				if ctx.Err() != nil {
					return
				}
				if err != nil {
					err = readError{err}
				}
				if buf = append(buf, slot{d: d, err: err}); len(buf) == chunk && !send() {
					return
				}
			}
			if len(buf) > 0 {
				send()
			}
		}()
		for b := range out {
			if !yield(b) {
				return
			}
		}
	}
}

func member(d ingest.Doc) (*Member, error) {
	var r extract.Result
	var err error
	if d.Format == "html" {
		r, err = extract.HTML(d.Body, d.URL)
	} else {
		r, err = extract.Text(d.Body, extract.TextOptions{Title: d.Title, NoLang: true})
	}
	if err != nil {
		return nil, &ingest.Failure{Input: d.Ref, Err: err}
	}
	title := first(d.Title, r.Title)
	text := r.Text()
	return &Member{Ref: d.Ref, raw: d.Raw, fp: dedup.NewFingerprint(title, text), length: len(text), date: d.Published}, nil
}

func better(k Keep, m, cur *Member) bool {
	switch k {
	case KeepLongest:
		return m.length > cur.length
	case KeepEarliest:
		a, b := m.date, cur.date
		return !a.IsZero() && (b.IsZero() || a.Before(b))
	}
	return false
}
