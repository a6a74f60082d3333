package pipeline_test

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/dedup"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// BenchmarkCandidateStep measures the candidate step of copy search as the
// store grows: the copy index's candidates of an article (read back from
// the index's file when written out) and their verification, for the 200
// articles that follow the first N of a JSONL corpus (COPYDESK_BENCH_CORPUS,
// as tools/wiregen writes it), with N = 2,000 (all in memory) and 10,000
// (most written out). Flat cost means the same cpu-ns/article at both:
//
//	go run ./tools/wiregen -n 10200 -seed 1 >/tmp/wire.jsonl
//	COPYDESK_BENCH_CORPUS=/tmp/wire.jsonl go test ./internal/pipeline -run '^$' -bench CandidateStep -benchtime 3x
func BenchmarkCandidateStep(b *testing.B) {
	path := benchCorpus(b)
	const queries = 200
	for _, n := range []int{2000, 10000} {
		b.Run(fmt.Sprintf("store=%d", n), func(b *testing.B) {
			ctx := context.Background()
			ix := pipeline.NewMemoryIndex(nil, dedup.Options{}, 0)
			var qs []*pipeline.Prepared
			eachBenchArticle(b, path, func(a *copydesk.Article) bool {
				p := pipeline.Prepare(a)
				if err := ix.Add(ctx, p); err != nil {
					b.Fatal(err)
				}
				if p.Seq >= int64(n) {
					qs = append(qs, p)
				}
				return len(qs) < queries
			})
			if len(qs) < queries {
				b.Fatalf("%s: fewer than %d articles", path, n+queries)
			}
			verified, copies := 0, 0
			cpu0 := cpuTime()
			for b.Loop() {
				verified, copies = 0, 0
				for _, q := range qs {
					cands, _, err := ix.Candidates(ctx, q)
					if err != nil {
						b.Fatal(err)
					}
					for _, c := range cands {
						if c.Seq == q.Seq {
							continue
						}
						verified++
						if dedup.Verify(q.Fingerprint, c.Fingerprint).Kind != "" {
							copies++
						}
					}
				}
			}
			// CPU time as well as wall time: on a shared machine the wall
			// time follows the load.
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*queries), "ns/article")
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*queries), "cpu-ns/article")
			b.ReportMetric(float64(verified)/queries, "verified/article")
			b.ReportMetric(float64(copies)/queries, "copies/article")
		})
	}
}

// cpuTime is the process's CPU time (user and system) so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
