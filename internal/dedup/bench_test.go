package dedup

import (
	"fmt"
	"runtime"
	"strconv"
	"testing"
)

func BenchmarkFingerprint(b *testing.B) {
	docs := newSynth(3).corpus(200)
	var size int
	for _, d := range docs {
		size += len(d.title) + len(d.text)
	}
	b.SetBytes(int64(size / len(docs))) // MB/s of text fingerprinted
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
	// Compare as the compare view runs it, Verify as a copy search does.
	for _, f := range []struct {
		name string
		fn   func(a, b *Fingerprint) Match
	}{{"mixed", Compare}, {"verify", Verify}} {
		b.Run(f.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				p := pairs[n%len(pairs)]
				f.fn(p[0], p[1])
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
		})
	}
}

// BenchmarkIndexScale fills an index with n synthetic articles, querying
// each before adding it (as the pipeline does), and reports the time and
// the index's heap per article. Fingerprints are made in batches of 1,000
// with the timer stopped and dropped after use, so neither their making nor
// their memory (and the garbage collector's work on it) is counted.
//
//	go test ./internal/dedup -run '^$' -bench IndexScale -benchtime 1x
func BenchmarkIndexScale(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			docs := newSynth(7).corpus(n)
			var heap uint64
			cands := 0
			const batch = 1000
			fps := make([]*Fingerprint, batch)
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				ix := NewIndex(Options{})
				cands = 0
				for start := 0; start < n; start += batch {
					b.StopTimer()
					for i := range batch {
						d := docs[start+i]
						fps[i] = NewFingerprint(d.title, d.text)
					}
					b.StartTimer()
					for i, fp := range fps {
						cands += len(ix.Candidates(fp))
						ix.Add(strconv.Itoa(start+i), fp)
					}
				}
				b.StopTimer()
				clear(fps)
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				heap = after.HeapAlloc - before.HeapAlloc
				runtime.KeepAlive(ix)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
			b.ReportMetric(float64(heap)/float64(n), "bytes/article")
			b.ReportMetric(float64(cands)/float64(n), "candidates/article")
		})
	}
}

// BenchmarkReread measures dedup's second read of a chunk's candidates, in
// input order after the chunk's new articles were added (as
// pipeline.Dedup does it): a fresh Candidates against a Refresh of the
// Lookup read before the chunk. Chunks of 64 on an index of 2,000 articles,
// two in three of each chunk added (not timed).
func BenchmarkReread(b *testing.B) {
	docs := newSynth(4).corpus(2000 + 64*20)
	fps := make([]*Fingerprint, len(docs))
	for i, d := range docs {
		fps[i] = NewFingerprint(d.title, d.text)
	}
	for _, refresh := range []bool{false, true} {
		name := "candidates"
		if refresh {
			name = "refresh"
		}
		b.Run(name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				b.StopTimer()
				ix := NewIndex(Options{})
				for i := range 2000 {
					ix.Add(docs[i].id, fps[i])
				}
				b.StartTimer()
				for start := 2000; start < len(docs); start += 64 {
					batch := fps[start : start+64]
					b.StopTimer()
					ix.Mark()
					ls := make([]*Lookup, len(batch))
					for i, fp := range batch {
						ls[i] = ix.Lookup(fp)
					}
					b.StartTimer()
					for i, fp := range batch {
						if refresh {
							ix.Refresh(ls[i])
							n += len(ls[i].Candidates(ix))
						} else {
							n += len(ix.Candidates(fp))
						}
						if i%3 != 2 {
							b.StopTimer()
							ix.Add(docs[start+i].id, fp)
							b.StartTimer()
						}
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*64*20), "ns/article")
		})
	}
}
