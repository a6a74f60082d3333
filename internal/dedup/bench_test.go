package dedup

import (
	"fmt"
	"testing"
)

func BenchmarkFingerprint(b *testing.B) {
	docs := newSynth(3).corpus(200)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		NewFingerprint(d.title, d.text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkCandidates(b *testing.B) {
	docs := newSynth(4).corpus(10000)
	fps := make([]*Fingerprint, len(docs))
	ix := NewIndex(Options{})
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
		ix.Add(d.id, fps[i])
	}
	b.ResetTimer()
	n, cands := 0, 0
	for b.Loop() {
		cands += len(ix.Candidates(fps[n%len(fps)]))
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cands)/float64(n), "candidates/article")
}

func BenchmarkCompare(b *testing.B) {
	docs := newSynth(5).corpus(200)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	// Half copies with their original, half unrelated pairs.
	var pairs [][2]*Fingerprint
	for i, d := range docs {
		if d.of >= 0 {
			pairs = append(pairs, [2]*Fingerprint{fps[d.of], fps[i]})
		}
	}
	for i := range len(pairs) {
		pairs = append(pairs, [2]*Fingerprint{fps[i], fps[(i*7+3)%len(fps)]})
	}
	for _, name := range []string{"mixed"} {
		b.Run(fmt.Sprint(name), func(b *testing.B) {
			n := 0
			for b.Loop() {
				p := pairs[n%len(pairs)]
				Compare(p[0], p[1])
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}
