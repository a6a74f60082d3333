package pipeline

import (
	"strings"
	"testing"

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
