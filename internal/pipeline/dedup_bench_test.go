package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"runtime/metrics"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// BenchmarkDedup measures batch dedup (copydesk dedup without its output)
// of a JSONL corpus (COPYDESK_BENCH_CORPUS), reading included, in CPU and
// wall time an article:
//
//	go run ./tools/wiregen -n 2000 -seed 1 >/tmp/wire.jsonl
//	COPYDESK_BENCH_CORPUS=/tmp/wire.jsonl go test ./internal/pipeline -run '^$' -bench 'Dedup$' -benchtime 3x
func BenchmarkDedup(b *testing.B) {
	path := benchCorpus(b)
	ctx := context.Background()
	n := 0
	cpu0, idle0 := cpuTime(), idleTime()
	for b.Loop() {
		docs := ingest.NewReader(ingest.Options{}).Docs(ctx, []string{path})
		res, err := pipeline.Dedup(ctx, docs, pipeline.DedupOptions{}, func([]byte) error { return nil }, nil, func(err error) { b.Fatal(err) })
		if err != nil {
			b.Fatal(err)
		}
		n += res.Read
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/article")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(n), "cpu-ns/article")
	b.ReportMetric((idleTime()-idle0)/float64(n)*1e9, "idle-ns/article")
}

// idleTime is the runtime's estimate of the processors' (GOMAXPROCS) time
// without a goroutine to run so far, in seconds: a step that leaves a core
// waiting shows here whatever the machine's load (a processor whose thread
// the system has put off counts as busy).
func idleTime() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/idle:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64()
}

func benchCorpus(b *testing.B) string {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	return path
}

// eachBenchArticle calls fn with each article of the JSONL corpus at path,
// read as English, until fn returns false or the corpus ends.
func eachBenchArticle(b *testing.B, path string, fn func(*copydesk.Article) bool) {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a copydesk.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		a.Lang = "en"
		if !fn(&a) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
}
