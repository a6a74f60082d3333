package storetest

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

// benchText returns a fictional article body of about three kilobytes,
// different for each n, the size of a typical news story.
func benchText(n int) string {
	var b strings.Builder
	for i := range 12 {
		fmt.Fprintf(&b, "Paragraph %d of dispatch %d: the council of Oskton met on Thursday to discuss the harbour works, "+
			"and the port director said repairs to the northern quay would take another %d weeks. "+
			"Residents of Brell asked for a second ferry.\n\n", i, n, i+n%7)
	}
	return b.String()
}

// benchArticle returns article n of a benchmark with its raw input.
func benchArticle(n int) (*copydesk.Article, []byte) {
	text := benchText(n)
	raw := []byte("<html><body><article>" + text + "</article></body></html>")
	ref := fmt.Sprintf("bench/%d", n/3) // every ref has up to three versions
	hash := copydesk.HashRaw(raw)
	return &copydesk.Article{
		ID:         copydesk.ArticleID(ref, hash),
		Ref:        ref,
		URL:        "https://courier.example/" + ref,
		Source:     "The Lakeside Courier",
		Title:      fmt.Sprintf("Harbour works, day %d", n),
		Published:  time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Minute),
		Lang:       "en",
		Text:       text,
		Paragraphs: strings.Split(strings.TrimSpace(text), "\n\n"),
		Format:     "html",
		RawHash:    hash,
		Extra:      map[string]any{"section": "Harbour", "n": float64(n)},
	}, raw
}

// BenchPutArticle measures PutArticle of new articles of about three
// kilobytes into s, and reports articles/s.
func BenchPutArticle(b *testing.B, s copydesk.Store) {
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a, raw := benchArticle(i)
		if _, err := s.PutArticle(ctx, a, raw); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchPutArticles measures PutArticles of new articles of about three
// kilobytes into s, a batch of batch articles a transaction as copydesk add
// stores them, and reports articles/s and the CPU time an article (user and
// system, which a shared machine's other jobs do not inflate).
func BenchPutArticles(b *testing.B, s copydesk.Store, batch int) {
	ctx := context.Background()
	b.ReportAllocs()
	cpu := CPUTime()
	n := 0
	for b.Loop() {
		as := make([]*copydesk.Article, batch)
		raws := make([][]byte, batch)
		for i := range batch {
			as[i], raws[i] = benchArticle(n)
			n++
		}
		if _, err := s.PutArticles(ctx, as, raws); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64((CPUTime()-cpu).Microseconds())/float64(n), "cpu-us/article")
}

// BenchSaveResult measures SaveResult into s for articles stored beforehand:
// each with two relations to earlier articles, an event of ten and a story of
// a hundred articles, and reports articles/s.
func BenchSaveResult(b *testing.B, s copydesk.Store) {
	ctx := context.Background()
	ids := make([]string, b.N)
	for i := range b.N {
		a, raw := benchArticle(i)
		if _, err := s.PutArticle(ctx, a, raw); err != nil {
			b.Fatal(err)
		}
		ids[i] = a.ID
	}
	ev := copydesk.Evidence{Jaccard: 0.7, ReusedOfOriginal: 0.8, ReusedOfCopy: 0.9,
		Passages: []string{"the port director said repairs to the northern quay"}, Direction: []string{"published earlier"}, Confidence: 0.6}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		now := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)
		event, story := fmt.Sprintf("ev-%d", i/10), fmt.Sprintf("st-%d", i/100)
		r := copydesk.Result{
			Article: ids[i], Event: event, Story: story,
			Events:  []copydesk.Event{{ID: event, Story: story, Title: "Harbour works", FirstSeen: now, LastSeen: now}},
			Stories: []copydesk.Story{{ID: story, Title: "Oskton harbour", FirstSeen: now, LastSeen: now}},
			Now:     now,
		}
		for _, back := range []int{1, 7} {
			if i >= back {
				r.Relations = append(r.Relations, copydesk.Relation{From: ids[i-back], To: ids[i],
					Kind: copydesk.NearDuplicate, Score: 0.8, Evidence: ev})
			}
		}
		if err := s.SaveResult(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// CPUTime is the CPU time the process has used, user and system: on a
// shared machine a benchmark's wall time also counts other jobs' turns, so
// the read side's benchmarks report CPU time per operation beside it.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
