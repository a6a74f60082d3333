package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAddCorpus runs copydesk add of the JSONL corpus named by
// COPYDESK_BENCH_CORPUS into a new SQLite store, for profiles of where an
// article's cost goes (docs/postgres.md, docs/scale.md, docs/speed.md), with
// the CPU time per input line (cpu-ms/article) and the CPU time over the
// wall time (cpu/wall, 2 when both cores are busy):
//
//	COPYDESK_BENCH_CORPUS=$PWD/../shared/eval/ecbplus-dev/corpus.jsonl \
//	  go test ./cmd/copydesk -run XXX -bench AddCorpus -benchtime 3x -cpuprofile /tmp/add.prof
//	go tool pprof -top -cum /tmp/add.prof
func BenchmarkAddCorpus(b *testing.B) {
	benchCorpus(b, func(corpus string) []string {
		return []string{"--db", filepath.Join(b.TempDir(), "b.db"), "--quiet", "add", corpus}
	})
}

// BenchmarkDedupCorpus is BenchmarkAddCorpus for copydesk dedup of the
// corpus (the kept articles written to a file).
func BenchmarkDedupCorpus(b *testing.B) {
	benchCorpus(b, func(corpus string) []string {
		return []string{"dedup", corpus, "--out", filepath.Join(b.TempDir(), "kept.jsonl")}
	})
}

// benchCorpus runs the command args gives for the corpus named by
// COPYDESK_BENCH_CORPUS b.N times.
func benchCorpus(b *testing.B, args func(corpus string) []string) {
	corpus := os.Getenv("COPYDESK_BENCH_CORPUS")
	if corpus == "" {
		b.Skip("COPYDESK_BENCH_CORPUS names no corpus")
	}
	raw, err := os.ReadFile(corpus)
	if err != nil {
		b.Fatal(err)
	}
	lines := bytes.Count(raw, []byte("\n"))
	cpu0 := selfCPU(b)
	n := 0
	for i := 0; i < b.N; i++ {
		if code, _, errs := runB(b, args(corpus)...); code != 0 && code != exitFailed {
			b.Fatalf("exit %d: %s", code, errs)
		}
		n++
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(n), "s/run")
	// CPU time says what an article costs on a shared machine, where wall
	// time says how loaded it was; over wall time, how busy the cores were.
	cpu := selfCPU(b) - cpu0
	b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(n*lines), "cpu-ms/article")
	b.ReportMetric(cpu.Seconds()/b.Elapsed().Seconds(), "cpu/wall")
}
