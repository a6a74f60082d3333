// Command copygen writes the labelled copy benchmark in testdata/copies:
// invented news articles, copies of them made by the edits of a copy desk
// and of a spinner, and independent reports of the same invented events.
//
//	go run ./internal/dedup/copygen [-wordnet /usr/share/wordnet] [-out testdata/copies]
//
// Everything is drawn from a fixed seed, so the output is the same on every
// run (given WordNet 3.0 for the spinner's thesaurus). See
// testdata/copies/README.md for what the files hold.
package main

//go:generate go run . -out ../../../testdata/copies

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/copydesk/copydesk/internal/text/wordnet"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	wn := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory (the spinner's thesaurus)")
	out := flag.String("out", "testdata/copies", "output directory")
	n := flag.Int("originals", 48, "number of original articles")
	flag.Parse()
	th, err := loadThesaurus(*wn)
	if err != nil {
		fmt.Fprintln(os.Stderr, "copygen: WordNet:", err)
		os.Exit(1)
	}
	items, pairs := generate(th, *n)
	if err := write(*out, items, pairs); err != nil {
		fmt.Fprintln(os.Stderr, "copygen:", err)
		os.Exit(1)
	}
}

// item is one article of the corpus, as copydesk ingests JSONL.
type item struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	Event     string `json:"event"`
	Story     string `json:"story"`
	Made      string `json:"made"` // how it was made: original, duplicate, ..., independent

	derived string // the kind of copy, "" for an original or independent report
	at      time.Time
	rank    int // literalness, for transitive pairs: 0 original, 1 duplicate, ... 4 rewrite
	parts   []int
}

type pair struct {
	Original string `json:"original"`
	Copy     string `json:"copy"`
	Kind     string `json:"kind"`
	Direct   bool   `json:"direct"`
}

var outlets = []string{"Harbour Ledger", "Valley Courier", "Northgate Times", "Riverside Post", "Daily Lantern",
	"Coastline Herald", "Midland Wire", "Eastbrook Gazette", "Summit Review", "Pinecrest Journal", "Old Mill Observer", "Bay Street Bulletin"}

func slug(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "")) }

func generate(th *thesaurus, n int) ([]*item, []pair) {
	r := rand.New(rand.NewPCG(2026, 11))
	var items []*item
	var pairs []pair
	base := time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)
	for k := range n {
		ev := newEvent(r, k)
		label := fmt.Sprintf("c%03d", k+1)
		at := base.Add(time.Duration(k*29+r.IntN(20)) * time.Hour)
		srcOutlet := outlets[r.IntN(len(outlets))]
		other := func() string {
			for {
				if o := outlets[r.IntN(len(outlets))]; o != srcOutlet {
					return o
				}
			}
		}
		o := ev.article(r)
		mk := func(suffix, outlet string, a article, made, derived string, rank int, hours float64) *item {
			it := &item{ID: label + "-" + suffix, Source: outlet, Title: a.title, Text: a.text(),
				Event: label, Story: label, Made: made, derived: derived, rank: rank,
				at: at.Add(time.Duration(hours * float64(time.Hour))), parts: a.from}
			it.URL = fmt.Sprintf("https://%s.example/%s/%s", slug(outlet), at.Format("2006/01/02"), it.ID)
			items = append(items, it)
			return it
		}
		orig := mk("o", srcOutlet, o, "original", "", 0, 0)
		var copies []*item
		// Every original gets a duplicate or a near-duplicate, an excerpt,
		// one or two rewrites, and an independent report.
		if k%2 == 0 {
			c := o.clone()
			c.tail = boilerplate[r.IntN(len(boilerplate))]
			copies = append(copies, mk("dup", other(), c, "duplicate", "duplicate", 1, 1+r.Float64()))
		} else {
			copies = append(copies, mk("near", other(), nearDuplicate(r, o, ev), "near-duplicate", "near-duplicate", 2, 1+r.Float64()))
		}
		if k%3 != 2 {
			made := "excerpt"
			if k%3 == 1 {
				made = "excerpt (embedded)"
			}
			copies = append(copies, mk("exc", other(), excerpt(r, o, ev, k%3 == 1), made, "excerpt", 3, 2+r.Float64()))
		}
		rates := []float64{0.3, 0.5, 0.7}
		copies = append(copies, mk("rw1", other(), spin(r, th, o, rates[k%3]), fmt.Sprintf("rewrite %.2f", rates[k%3]), "rewrite", 4, 3+r.Float64()))
		if k%2 == 1 {
			rate := 0.9 // a heavy spin: nearly every word the thesaurus knows
			copies = append(copies, mk("rw2", other(), spin(r, th, o, rate), fmt.Sprintf("rewrite %.2f", rate), "rewrite", 4, 4+r.Float64()))
		}
		ind := ev.article(r)
		mk("ind", other(), ind, "independent", "", 0, -3+8*r.Float64())
		for _, c := range copies {
			pairs = append(pairs, pair{Original: orig.ID, Copy: c.ID, Kind: c.derived, Direct: true})
		}
		// Transitive pairs: two copies of one original are copies of each
		// other, of the less literal kind of the two; the more literal one
		// (published earlier) is taken as the original.
		for i, a := range copies {
			for _, b := range copies[i+1:] {
				x, y := a, b
				if y.rank < x.rank || y.rank == x.rank && y.at.Before(x.at) {
					x, y = y, x
				}
				if x.derived == "excerpt" && y.derived == "excerpt" && !overlap(x.parts, y.parts) {
					continue
				}
				pairs = append(pairs, pair{Original: x.ID, Copy: y.ID, Kind: y.derived})
			}
		}
	}
	// Half the items lose their publication date, so direction must come
	// from the text alone.
	for _, it := range items {
		h := fnv.New32a()
		h.Write([]byte(it.ID))
		if h.Sum32()%2 == 0 {
			it.Published = it.at.Format(time.RFC3339)
		}
	}
	// Arrival order says nothing of direction: the corpus is shuffled.
	r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	return items, pairs
}

func overlap(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// inPart is internal/corpus.InPart: the eval's tune / held-out split by a
// hash of the story label.
func inPart(part, story string) bool {
	h := fnv.New32a()
	h.Write([]byte(story))
	return (h.Sum32()%2 == 0) == (part == "tune")
}

func write(dir string, items []*item, pairs []pair) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	story := map[string]string{}
	for _, it := range items {
		story[it.ID] = it.Story
	}
	writeJSONL := func(name string, rows []any) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		enc.SetEscapeHTML(false)
		for _, row := range rows {
			if err := enc.Encode(row); err != nil {
				f.Close()
				return fmt.Errorf("%s: %v", name, err)
			}
		}
		return f.Close()
	}
	var rows []any
	for _, it := range items {
		rows = append(rows, it)
	}
	if err := writeJSONL("corpus.jsonl", rows); err != nil {
		return err
	}
	// The same corpus with every date, for direction with dates alone.
	var dated []any
	for _, it := range items {
		c := *it
		c.Published = it.at.Format(time.RFC3339)
		dated = append(dated, &c)
	}
	if err := writeJSONL("corpus-dated.jsonl", dated); err != nil {
		return err
	}
	for _, part := range []string{"", "tune", "heldout"} {
		var ps []any
		for _, p := range pairs {
			if part == "" || inPart(part, story[p.Original]) {
				ps = append(ps, p)
			}
		}
		name := "pairs.jsonl"
		if part != "" {
			name = "pairs-" + part + ".jsonl"
		}
		if err := writeJSONL(name, ps); err != nil {
			return err
		}
	}
	return nil
}
