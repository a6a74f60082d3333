package pipeline

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/extract"
	"github.com/copydesk/copydesk/internal/ingest"
)

// TestExtractBatchSurvivesAPanic: a document whose extraction panics is
// skipped with the panic as its reason, and the rest of its batch is
// extracted (a batch job that panicked would be parked whole).
func TestExtractBatchSurvivesAPanic(t *testing.T) {
	defer func(f func([]byte, extract.TextOptions) (extract.Result, error)) { extractText = f }(extractText)
	extractText = func(body []byte, o extract.TextOptions) (extract.Result, error) {
		if strings.Contains(string(body), "trips a bug") {
			panic("a bug in the extractor")
		}
		return extract.Text(body, o)
	}
	docs := []ingest.Doc{
		{Ref: "a", Format: "text", Body: []byte("The ferry Northwind left Port Aven on Monday with forty passengers aboard.")},
		{Ref: "bad", Format: "text", Body: []byte("This document trips a bug in the extractor.")},
		{Ref: "c", Format: "text", Body: []byte("The council of Port Aven voted on Tuesday to rebuild the harbour wall.")},
	}
	for _, workers := range []int{1, 2} {
		ready, skipped := extractBatch(docs, workers)
		var refs []string
		for _, r := range ready {
			refs = append(refs, r.Article.Ref)
		}
		if got := strings.Join(refs, ","); got != "a,c" {
			t.Errorf("%d workers: extracted %s, want a,c", workers, got)
		}
		if len(skipped) != 1 || skipped[0].Input != "bad" || !strings.HasPrefix(skipped[0].Err.Error(), "bad: extraction failed (a bug: ") {
			t.Errorf("%d workers: skipped %+v, want bad, with the panic", workers, skipped)
		}
	}
}

// TestExtractBatchDatesByFirstStamp: an article that says when it was
// posted and when it was last updated is dated by the first, even when the
// outlet repeats the stamp (another article posted the same minute) and
// the second extraction removes it as the outlet's: dated by its update it
// would read as later than it was first out, and a copy taken before the
// update as its original.
func TestExtractBatchDatesByFirstStamp(t *testing.T) {
	docs := []ingest.Doc{
		{Ref: "ferry", Source: "The Harbour Gazette", Format: "text", Body: []byte("Posted: Mar 03, 2021 7:40 PM ET\n\nLast Updated: Mar 03, 2021 8:44 PM ET\n\n" +
			"The ferry Northwind left Port Aven on Monday with forty passengers aboard.\n\nIts captain said the crossing would take three hours in calm weather.")},
		{Ref: "council", Source: "The Harbour Gazette", Format: "text", Body: []byte("Posted: Mar 03, 2021 7:40 PM ET\n\n" +
			"The council of Port Aven voted on Tuesday to rebuild the harbour wall.\n\nThe work is to start in the spring and last two years.")},
	}
	ready, skipped := extractBatch(docs, 1)
	if len(skipped) != 0 || len(ready) != 2 {
		t.Fatalf("extracted %d, skipped %v", len(ready), skipped)
	}
	want := time.Date(2021, 3, 4, 0, 40, 0, 0, time.UTC) // 7:40 PM EST
	for _, r := range ready {
		if got := r.Article.Published; !got.Equal(want) {
			t.Errorf("%s: published %v, want %v (the time it was posted)", r.Article.Ref, got, want)
		}
	}
}
