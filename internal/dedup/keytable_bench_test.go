package dedup

import (
	"bufio"
	"encoding/json"
	"os"
	"runtime"
	"strconv"
	"testing"
)

// BenchmarkIndexKeys fills an Index with the articles of a JSONL corpus
// (COPYDESK_BENCH_CORPUS; lines with "title" and "text", as tools/wiregen
// writes them) and reports the heap the whole index takes per article,
// then the heap its keys alone take in the keyTable and in a
// map[uint64]int32 given the same keys (what the index kept before), and
// what its posting lists take (postLists) against a slice each (what it
// kept before):
//
//	go run ./tools/wiregen -n 2000 -seed 1 >/tmp/wire.jsonl
//	COPYDESK_BENCH_CORPUS=/tmp/wire.jsonl go test ./internal/dedup -run '^$' -bench IndexKeys -benchtime 1x
func BenchmarkIndexKeys(b *testing.B) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	fps := readBenchCorpus(b, path, 0)
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	n := float64(len(fps))
	for b.Loop() {
		h0 := heap()
		ix := NewIndex(Options{})
		for i, fp := range fps {
			ix.Add(strconv.Itoa(i), fp)
		}
		whole := float64(heap()-h0) / n
		var table int
		for _, s := range ix.post.shards {
			table += cap(s.keys)*8 + cap(s.vals)*4 + cap(s.tkeys)*8 + cap(s.tvals)*4
		}
		table += len(ix.post.shards) * int(unsafeSizeofShard)
		h1 := heap()
		m := map[uint64]int32{}
		for _, s := range ix.post.shards {
			for i, k := range s.keys {
				m[k] = s.vals[i]
			}
			for i, k := range s.tkeys {
				m[k] = s.tvals[i]
			}
		}
		inMap := float64(heap()-h1) / n
		var lists int
		for _, c := range ix.lists.chunks {
			lists += cap(c) * 4
		}
		lists += cap(ix.lists.heads) * 8
		h2 := heap()
		asSlices := make([][]int32, len(ix.lists.heads))
		for i := range asSlices {
			// A slice grown by appends from two holds a power of two.
			l := ix.lists.get(int32(i))
			asSlices[i] = append(make([]int32, 0, capOf(int32(len(l)))), l...)
		}
		inSlices := float64(heap()-h2) / n
		b.ReportMetric(whole, "index-bytes/article")
		b.ReportMetric(float64(table)/n, "keytable-bytes/article")
		b.ReportMetric(inMap, "map-bytes/article")
		b.ReportMetric(float64(ix.post.Len())/n, "keys/article")
		b.ReportMetric(float64(lists)/n, "lists-bytes/article")
		b.ReportMetric(inSlices, "slices-bytes/article")
		b.ReportMetric(float64(len(ix.lists.heads))/n, "lists/article")
		runtime.KeepAlive(asSlices)
		runtime.KeepAlive(m)
		runtime.KeepAlive(ix)
	}
}

const unsafeSizeofShard = 4 * 24 // a keyShard: four slice headers

// readBenchCorpus returns the fingerprints of the first n articles of a
// JSONL corpus (lines with "title" and "text", as tools/wiregen writes
// them), all of them when n is 0; fewer than n fail the benchmark.
func readBenchCorpus(b *testing.B, path string, n int) []*Fingerprint {
	docs := readBenchDocs(b, path)
	if len(docs) < n {
		b.Fatalf("%s: %d articles, fewer than %d", path, len(docs), n)
	}
	if n > 0 {
		docs = docs[:n]
	}
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d[0], d[1])
	}
	return fps
}

// readBenchDocs reads the title and text of every line of a JSONL corpus.
func readBenchDocs(b *testing.B, path string) [][2]string {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var docs [][2]string
	for sc.Scan() {
		var d struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, [2]string{d.Title, d.Text})
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	return docs
}
