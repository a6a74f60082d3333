package dedup

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// corpusPairs fingerprints a JSONL corpus (COPYDESK_BENCH_CORPUS, as
// tools/wiregen or tools/copybench writes it) and returns each article's
// candidates among those before it, as a copy search verifies them.
func corpusPairs(b *testing.B) (fps []*Fingerprint, pairs [][2]*Fingerprint) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	fps = readBenchCorpus(b, path, 0)
	ix := NewIndex(Options{})
	byID := map[string]*Fingerprint{}
	for i, fp := range fps {
		for _, id := range ix.Candidates(fp) {
			pairs = append(pairs, [2]*Fingerprint{fp, byID[id]})
		}
		id := strconv.Itoa(i)
		ix.Add(id, fp)
		byID[id] = fp
	}
	return fps, pairs
}

// BenchmarkVerifyCorpus measures Verify on the candidate pairs of a real or
// generated corpus, in CPU an article and a pair:
//
//	go run ./tools/wiregen -n 2000 -seed 1 >/tmp/wire.jsonl
//	COPYDESK_BENCH_CORPUS=/tmp/wire.jsonl go test ./internal/dedup -run '^$' -bench VerifyCorpus -benchtime 3x
func BenchmarkVerifyCorpus(b *testing.B) {
	fps, pairs := corpusPairs(b)
	copies := 0
	cpu0 := cpuTime()
	for b.Loop() {
		copies = 0
		for _, p := range pairs {
			if Verify(p[0], p[1]).Kind != "" {
				copies++
			}
		}
	}
	cpu := float64((cpuTime() - cpu0).Nanoseconds())
	b.ReportMetric(cpu/float64(b.N*len(fps)), "cpu-ns/article")
	b.ReportMetric(cpu/float64(b.N*len(pairs)), "cpu-ns/pair")
	b.ReportMetric(float64(len(pairs))/float64(len(fps)), "pairs/article")
	b.ReportMetric(float64(copies)/float64(len(pairs)), "copies/pair")
}

// BenchmarkFingerprintCorpus measures NewFingerprint on the articles of a
// corpus (COPYDESK_BENCH_CORPUS), in CPU an article.
func BenchmarkFingerprintCorpus(b *testing.B) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	docs := readBenchDocs(b, path)
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			NewFingerprint(d[0], d[1])
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*len(docs)), "cpu-ns/article")
}

// BenchmarkIndexCorpus measures the copy index's part of dedup on the
// articles of a corpus (COPYDESK_BENCH_CORPUS), in CPU an article: each
// article's candidates looked up among those before it (Index.Lookup),
// then the article filed (Index.Add). The fingerprints are made first and
// not counted.
func BenchmarkIndexCorpus(b *testing.B) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	fps := readBenchCorpus(b, path, 0)
	ids := make([]string, len(fps))
	for i := range ids {
		ids[i] = strconv.Itoa(i)
	}
	var cpu time.Duration
	cands := 0
	for b.Loop() {
		ix := NewIndex(Options{})
		cands = 0
		cpu0 := cpuTime()
		for i, fp := range fps {
			cands += len(ix.Lookup(fp).Candidates(ix))
			ix.Add(ids[i], fp)
		}
		cpu += cpuTime() - cpu0
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*len(fps)), "cpu-ns/article")
	b.ReportMetric(float64(cands)/float64(len(fps)), "candidates/article")
}
