package pipeline_test

import (
	"context"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// BenchmarkFindCopies measures FindCopies (candidates, verification,
// closeness, the relatives' votes and the direction of every pair) of each
// article of a JSONL corpus (COPYDESK_BENCH_CORPUS) against the articles
// before it, on one goroutine, in CPU time an article:
//
//	go run ./tools/copybench -out /tmp/cb
//	COPYDESK_BENCH_CORPUS=/tmp/cb/corpus.jsonl go test ./internal/pipeline -run '^$' -bench FindCopies -benchtime 3x
func BenchmarkFindCopies(b *testing.B) {
	path := benchCorpus(b)
	ctx := context.Background()
	ix := pipeline.NewMemoryIndex(nil, dedup.Options{}, 0)
	var ps []*pipeline.Prepared
	eachBenchArticle(b, path, func(a *copydesk.Article) bool {
		p := pipeline.Prepare(a)
		if err := ix.Add(ctx, p); err != nil {
			b.Fatal(err)
		}
		ps = append(ps, p)
		return true
	})
	cpu0 := cpuTime()
	for b.Loop() {
		for _, p := range ps {
			if _, err := pipeline.FindCopies(ctx, ix, p); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*len(ps)), "cpu-ns/article")
}
