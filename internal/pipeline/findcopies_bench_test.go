package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
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
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	ix := pipeline.NewMemoryIndex(nil, dedup.Options{}, 0)
	var ps []*pipeline.Prepared
	for sc.Scan() {
		var a copydesk.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		a.Lang = "en"
		p := pipeline.Prepare(&a)
		if err := ix.Add(ctx, p); err != nil {
			b.Fatal(err)
		}
		ps = append(ps, p)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
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
