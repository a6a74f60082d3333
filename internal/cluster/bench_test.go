package cluster

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stream generates n invented articles as a news flow: stories that run for
// a few weeks, each with its own words and names, events inside them with
// words of their own, all over a Zipf-distributed common vocabulary, the
// clock advancing at a fixed rate of about 1,700 articles a day (a large
// media monitor's flow), so that 100k articles span about sixty days.
// Fixed seed.
func stream(n int) []Item {
	r := rand.New(rand.NewPCG(11, uint64(n)))
	syll := []string{"ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "dra", "ni", "gos", "bre", "ta", "lin", "mar", "qu", "zo", "fen", "ul", "ish"}
	word := func() string {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		return b.String()
	}
	vocab := make([]string, 50000)
	for i := range vocab {
		vocab[i] = word()
	}
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	type story struct {
		words, names []string
		events       [][]string
		start        int
	}
	perArticle := 24 * time.Hour / 1700
	stories := []*story{}
	out := make([]Item, n)
	for i := range out {
		// A new story every ~20 articles; a story lives for ~3 weeks.
		if len(stories) == 0 || r.IntN(20) == 0 {
			s := &story{start: i}
			for range 25 {
				s.words = append(s.words, word())
			}
			for range 6 {
				s.names = append(s.names, capital(word())+" "+capital(word()))
			}
			stories = append(stories, s)
		}
		alive := stories[:0:0]
		for _, s := range stories {
			if time.Duration(i-s.start)*perArticle < 21*24*time.Hour {
				alive = append(alive, s)
			}
		}
		stories = alive
		s := stories[r.IntN(len(stories))]
		if len(s.events) == 0 || r.IntN(8) == 0 {
			var ev []string
			for range 10 {
				ev = append(ev, word())
			}
			s.events = append(s.events, ev)
		}
		ev := s.events[len(s.events)-1-r.IntN(min(3, len(s.events)))]
		var body strings.Builder
		for k := range 160 {
			switch x := r.IntN(10); {
			case x < 2:
				body.WriteString(s.words[r.IntN(len(s.words))])
			case x < 4:
				body.WriteString(ev[r.IntN(len(ev))])
			case x < 5 && k%12 == 0:
				body.WriteString(s.names[r.IntN(len(s.names))])
			default:
				body.WriteString(vocab[zipf.Uint64()])
			}
			if k%15 == 14 {
				body.WriteString(". ")
			} else {
				body.WriteByte(' ')
			}
		}
		title := ev[0] + " " + ev[1] + " " + s.words[0] + " " + vocab[zipf.Uint64()]
		out[i] = Item{ID: fmt.Sprintf("a%07d", i), Title: title, Text: body.String(),
			Time: time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * perArticle)}
	}
	return out
}

// capital upper-cases the first letter of an ASCII word.
func capital(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// BenchmarkAssignScale clusters a flow of 10k and 100k articles (and 10k
// of which a third are undated) from an empty state and refines it once
// (as at the end of an add), reporting
// articles per second, the share of Refine, and the clusterer's memory per
// article (live heap after the run). Near-linear growth shows as a per-
// article cost that stays flat from 10k to 100k.
//
//	go test -run XXX -bench AssignScale -benchtime 1x ./internal/cluster
func BenchmarkAssignScale(b *testing.B) {
	for _, tc := range []struct {
		n       int
		undated bool
	}{{10_000, false}, {100_000, false}, {10_000, true}} {
		n := tc.n
		name := fmt.Sprint(n)
		if tc.undated {
			name += "-third-undated"
		}
		b.Run(name, func(b *testing.B) {
			docs := stream(n)
			if tc.undated {
				// Every third article without a date, as when a pile mixes
				// feeds with text files: undated articles pass every time
				// window, and Refine tries to split them off dated events.
				for i := range docs {
					if i%3 == 2 {
						docs[i].Time = time.Time{}
					}
				}
			}
			var before runtime.MemStats
			var refine time.Duration
			var placeCmp, refineCmp int // comparisons, which the load of a shared machine does not inflate
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				runtime.GC()
				runtime.ReadMemStats(&before)
				c := New(Options{})
				b.StartTimer()
				for _, d := range docs {
					c.Assign(d)
				}
				// The re-placement pass that follows a run of input.
				placed := c.compared
				placeCmp += placed
				t0 := time.Now()
				c.Refine()
				refine += time.Since(t0)
				refineCmp += c.compared - placed
				b.StopTimer()
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "B/article")
				runtime.KeepAlive(c)
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(n*b.N), "µs/article")
			b.ReportMetric(refine.Seconds()*1e6/float64(n*b.N), "refine-µs/article")
			b.ReportMetric(float64(placeCmp)/float64(n*b.N), "place-cmp/article")
			b.ReportMetric(float64(refineCmp)/float64(n*b.N), "refine-cmp/article")
		})
	}
}

// BenchmarkOrderedCorpus is the clusterer's part of the ordered step alone,
// on real or generated articles: every article of the JSONL corpus named by
// COPYDESK_BENCH_CORPUS assigned in file order, then one Refine, as at the
// end of an add. What the pipeline makes before the ordered step (the
// terms, Prepare) is made off the clock, a round of 64 articles at a time
// against the clusterer as it stands before the round. An article
// without a language is taken as English (both corpora this is run on are).
// Copies are not joined to their originals' events, as the pipeline joins
// them. It reports the ordered step's time per article (the candidates'
// scores it spreads over goroutines count as the time it waits for them)
// and the process's CPU time meanwhile (those goroutines' and the
// collector's with it), which a loaded machine inflates less.
//
//	COPYDESK_BENCH_CORPUS=/path/corpus.jsonl go test -run XXX -bench OrderedCorpus ./internal/cluster
func BenchmarkOrderedCorpus(b *testing.B) {
	path := os.Getenv("COPYDESK_BENCH_CORPUS")
	if path == "" {
		b.Skip("COPYDESK_BENCH_CORPUS not set")
	}
	docs := readCorpus(b, path, func(*record) bool { return true })
	items := make([]Item, len(docs))
	for i, d := range docs {
		it := d.Item
		if it.Lang == "" {
			it.Lang = "en"
		}
		it.Terms = Terms(it.Lang, it.Title, it.Text)
		items[i] = it
	}
	const round = 64
	var refine, cpu time.Duration
	b.ResetTimer()
	for range b.N {
		c := New(Options{})
		for start := 0; start < len(items); start += round {
			b.StopTimer()
			batch := slices.Clone(items[start:min(start+round, len(items))])
			for i := range batch {
				batch[i].Prepared = c.Prepare(batch[i])
			}
			b.StartTimer()
			cpu0 := cpuTime(b)
			for _, it := range batch {
				c.Assign(it)
			}
			cpu += cpuTime(b) - cpu0
		}
		t0, cpu0 := time.Now(), cpuTime(b)
		c.Refine()
		refine += time.Since(t0)
		cpu += cpuTime(b) - cpu0
	}
	b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(len(items)*b.N), "µs/article")
	b.ReportMetric(cpu.Seconds()*1e6/float64(len(items)*b.N), "cpu-µs/article")
	b.ReportMetric(refine.Seconds()*1e6/float64(len(items)*b.N), "refine-µs/article")
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
