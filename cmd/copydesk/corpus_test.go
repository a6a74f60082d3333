package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// genDoc is one line of a generated corpus.
type genDoc struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title"`
	Text      string `json:"text"`
}

// genCorpus writes n generated news articles to dir/corpus.jsonl in an order
// shuffled with seed, and returns the path. Everything is invented: events
// in made-up towns with made-up people, each reported by several of twelve
// made-up outlets in words of an invented vocabulary (Zipf-distributed, mixed
// with English function words), two or three events to a story (the town is
// shared). About a fifth of the articles copy an earlier report of their
// event: verbatim with a sentence added, or an excerpt of its first
// paragraphs. One article in twenty is undated, and each outlet ends most of
// its articles with the same footer line, which extraction learns per batch.
func genCorpus(tb testing.TB, dir string, n int, seed uint64) string {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 99))
	syll := strings.Fields("ka lo mi ren ta vos pel dar ing ul bre sto min ga hel tor ney lis fa rum ost ber cal den vik sar")
	word := func(k int) string {
		var w strings.Builder
		for range k {
			w.WriteString(syll[rng.IntN(len(syll))])
		}
		return w.String()
	}
	title := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = word(2 + rng.IntN(2))
	}
	function := strings.Fields("the of and in a to said on for with at by from that was")
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	outlets := make([]string, 12)
	for i := range outlets {
		outlets[i] = "The " + title(word(2)) + " " + []string{"Courier", "Herald", "Post", "Ledger"}[i%4]
	}
	type event struct {
		town, person string
		words        []string
		day          time.Time
		reports      []genDoc
	}
	start := time.Date(2031, 2, 1, 0, 0, 0, 0, time.UTC)
	var events []*event
	for len(events) < max(1, n/8) {
		town := title(word(3))
		day := start.Add(time.Duration(rng.IntN(60*24)) * time.Hour)
		for range 2 + rng.IntN(2) {
			ev := &event{town: town, person: title(word(2)) + " " + title(word(3)), day: day}
			for range 25 {
				ev.words = append(ev.words, vocab[rng.IntN(len(vocab))])
			}
			events = append(events, ev)
			day = day.Add(time.Duration(30+rng.IntN(120)) * time.Hour)
		}
	}
	sentence := func(ev *event) string {
		k := 10 + rng.IntN(10)
		w := make([]string, k)
		for i := range w {
			switch r := rng.IntN(20); {
			case r < 7:
				w[i] = ev.words[rng.IntN(len(ev.words))]
			case r < 12:
				w[i] = function[rng.IntN(len(function))]
			default:
				w[i] = vocab[zipf.Uint64()]
			}
		}
		w[rng.IntN(k)] = ev.town
		if rng.IntN(2) == 0 {
			w[rng.IntN(k)] = ev.person
		}
		return title(strings.Join(w, " ")) + "."
	}
	docs := make([]genDoc, 0, n)
	for i := range n {
		ev := events[rng.IntN(len(events))]
		outlet := rng.IntN(len(outlets))
		d := genDoc{ID: fmt.Sprintf("gen-%04d", i), Source: outlets[outlet]}
		when := ev.day.Add(time.Duration(rng.IntN(48*60)) * time.Minute)
		if len(ev.reports) > 0 && rng.IntN(5) == 0 {
			src := ev.reports[rng.IntN(len(ev.reports))]
			d.Title = src.Title
			paras := strings.Split(src.Text, "\n\n")
			if rng.IntN(2) == 0 {
				d.Text = src.Text + "\n\n" + sentence(ev)
			} else {
				d.Text = strings.Join(paras[:max(2, len(paras)*3/5)], "\n\n")
			}
			if t, err := time.Parse(time.RFC3339, src.Published); err == nil {
				when = t.Add(time.Duration(1+rng.IntN(600)) * time.Minute)
			}
		} else {
			d.Title = sentence(ev)
			var paras []string
			for range 4 + rng.IntN(4) {
				paras = append(paras, sentence(ev)+" "+sentence(ev))
			}
			d.Text = strings.Join(paras, "\n\n")
		}
		if rng.IntN(20) > 0 {
			d.Published = when.Format(time.RFC3339)
		}
		ev.reports = append(ev.reports, d)
		if rng.IntN(4) > 0 {
			d.Text += "\n\nRead more from " + d.Source + " on the valley and its towns every morning."
		}
		docs = append(docs, d)
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	var sb strings.Builder
	for _, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			tb.Fatal(err)
		}
		sb.Write(b)
		sb.WriteByte('\n')
	}
	path := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}
