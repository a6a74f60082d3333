package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/abadojack/whatlanggo"

	"github.com/copydesk/copydesk/internal/corpus"
)

func loadFixtures(b *testing.B, pattern string) [][]byte {
	paths, _ := filepath.Glob(pattern)
	var docs [][]byte
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, raw)
	}
	if len(docs) == 0 {
		b.Fatalf("no fixtures match %s", pattern)
	}
	return docs
}

// BenchmarkText extracts the plain-text fixtures (and the seeds when
// present) in turn.
func BenchmarkText(b *testing.B) {
	docs := loadFixtures(b, "testdata/text/*")
	if shared := corpus.SharedDir(); shared != "" {
		seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
		for _, p := range seeds {
			if raw, err := os.ReadFile(p); err == nil {
				docs = append(docs, raw)
			}
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Text(docs[i%len(docs)], TextOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkHTML extracts the HTML fixtures that have an article in turn.
func BenchmarkHTML(b *testing.B) {
	var docs [][]byte
	for _, raw := range loadFixtures(b, "testdata/html/*.html") {
		if _, err := HTML(raw, ""); err == nil {
			docs = append(docs, raw)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := HTML(docs[i%len(docs)], "https://example.org/a"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLang measures language detection an article on the plain-text
// fixtures and the seeds (as BenchmarkText reads them): "lang" is Lang,
// which takes a plainly English sample as English without the detector;
// "detector" is the detector alone on the same bounded samples, the cost of
// a sample that is not plainly English, and "whatlanggo" the package's own
// Detect, which the detector answers as (trigrams.go).
func BenchmarkLang(b *testing.B) {
	var samples []string
	for _, raw := range loadFixtures(b, "testdata/text/*") {
		samples = append(samples, string(raw))
	}
	if shared := corpus.SharedDir(); shared != "" {
		seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
		for _, p := range seeds {
			if raw, err := os.ReadFile(p); err == nil {
				samples = append(samples, string(raw))
			}
		}
	}
	for _, f := range []struct {
		name string
		fn   func(string) string
	}{
		{"lang", Lang},
		{"detector", func(s string) string { return detect(sample(s)) }},
		{"whatlanggo", func(s string) string { return whatlanggo.Detect(sample(s)).Lang.Iso6391() }},
	} {
		b.Run(f.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				f.fn(samples[n%len(samples)])
				n++
			}
		})
	}
}

// BenchmarkTextCorpus cleans the texts of a JSONL corpus
// (COPYDESK_BENCH_CORPUS, as tools/wiregen or tools/copybench writes it),
// every article once an iteration, and reports the CPU an article (of the
// whole process, so run it with -cpu 1): the line rules that add and dedup
// run on every article, with add's language detection (lang) and without,
// as dedup (nolang).
//
//	COPYDESK_BENCH_CORPUS=/tmp/cb/corpus.jsonl go test ./internal/extract -run '^$' -bench TextCorpus -benchtime 5x -cpu 1
func BenchmarkTextCorpus(b *testing.B) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	type item struct{ Title, Text string }
	var items []item
	for line := range bytes.Lines(raw) {
		var it item
		if err := json.Unmarshal(line, &it); err != nil {
			b.Fatalf("%s: %v", path, err)
		}
		items = append(items, it)
	}
	for _, noLang := range []bool{false, true} {
		name := "lang"
		if noLang {
			name = "nolang"
		}
		b.Run(name, func(b *testing.B) {
			cpu0 := cpuTime()
			for b.Loop() {
				for _, it := range items {
					if _, err := Text([]byte(it.Text), TextOptions{Title: it.Title, NoLang: noLang}); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*len(items)), "cpu-ns/article")
		})
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
