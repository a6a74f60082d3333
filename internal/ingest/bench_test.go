package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkJSONL reads a JSONL file of 1,000 articles of about 1.5 KB.
func BenchmarkJSONL(b *testing.B) {
	const n = 1000
	var sb strings.Builder
	para := strings.Repeat("The harbour board met on Tuesday to discuss the dredging of the outer channel. ", 6)
	para = para + "\n\n\"We need a deeper channel,\" the chair said. " + para + "\n\n" + para
	for i := range n {
		fmt.Fprintf(&sb, `{"id":"bench-%d","url":"https://harbourton-ledger.example/%d","source":"The Harbourton Ledger","published":"2031-03-%02dT07:15:00Z","title":"Harbour board meeting %d","author":"Ivo Marsh","text":%q,"event":"e%d","story":"s%d"}`+"\n",
			i, i, i%28+1, i, para, i%40, i%7)
	}
	path := filepath.Join(b.TempDir(), "bench.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	r := NewReader(Options{})
	ctx := context.Background()
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	docs := 0
	for b.Loop() {
		for _, err := range r.Docs(ctx, []string{path}) {
			if err != nil {
				b.Fatal(err)
			}
			docs++
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
