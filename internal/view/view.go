// Package view is the read side of copydesk: what the CLI, the JSON API and
// the web pages show, read from a copydesk.Store. A story with its events,
// copies, derivation graph and what its sources say; an article with its
// relations; two articles compared; stories found by words, outlet and
// dates; articles found by words; outlets and how they copy; and the whole
// store exported. It never writes: internal/pipeline is the write side.
package view

import (
	"context"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// storedFacts reads and decodes the stored facts of articles ids, leaving
// out those of another version.
func storedFacts(ctx context.Context, store copydesk.Store, ids []string) (map[string]*facts.Facts, error) {
	got, err := store.ArticleFacts(ctx, ids)
	if err != nil {
		return nil, err
	}
	return facts.Decode(got)
}

// stamp writes a time as the views give it: RFC 3339 in UTC, "" for none.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
