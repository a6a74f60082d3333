// Command copybench builds the real-text copy benchmark: from the real
// article bodies of ECB+ (CC BY 3.0, in ../shared/eval/ecbplus-dev) it
// writes a corpus of originals, copies made by independent rewriters, and
// traps, with the gold pairs that `copydesk eval --pairs` scores:
//
//	go run ./tools/copybench -out /tmp/cb
//	go run ./cmd/copydesk eval --corpus /tmp/cb/corpus.jsonl --pairs /tmp/cb/pairs.jsonl --part tune
//
// The output holds real text, so it is written outside the repository and
// never committed. The same seed gives the same files.
//
// Files written to -out: corpus.jsonl (id, url, source, published, title,
// text, event, story; in an order shuffled with the seed), pairs.jsonl (the
// gold pairs, see Gold), pairs-tune.jsonl and pairs-heldout.jsonl (those
// of each part), made.jsonl (how each item was made, for reading).
//
// The spinner's thesaurus is derived from WordNet 3.0 (Debian's
// wordnet-base) and embedded; `go run ./tools/copybench -derive-thesaurus
// /usr/share/wordnet` writes it again.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "copybench:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("copybench", flag.ContinueOnError)
	out := fs.String("out", "", "folder to write the benchmark to (required; keep it outside the repository)")
	ecb := fs.String("ecb", "", "the real articles, corpus JSONL (default: shared/eval/ecbplus-dev/corpus.jsonl beside the repository)")
	seed := fs.Uint64("seed", 1, "seed: the same seed gives the same files")
	minWords := fs.Int("min-words", 80, "shortest real article used")
	derive := fs.String("derive-thesaurus", "", "derive thesaurus.txt.gz from the WordNet files in this folder (and do nothing else)")
	fluencyOut := fs.String("derive-fluency", "", "write the word and word-pair counts of internal/text/fluency to this file (gzipped), from the WordNet files of -wordnet, the UCI headlines and the ECB+ tune articles the benchmark does not use (and do nothing else)")
	wordnetDir := fs.String("wordnet", "/usr/share/wordnet", "WordNet's files, for -derive-fluency")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *derive != "" {
		f, err := os.Create("thesaurus.txt.gz")
		if err != nil {
			return err
		}
		if err := deriveThesaurus(*derive, f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	if *ecb == "" {
		shared := corpus.SharedDir()
		if shared == "" {
			return fmt.Errorf("no shared/ folder found above the working directory; give -ecb")
		}
		*ecb = filepath.Join(shared, "eval", "ecbplus-dev", "corpus.jsonl")
	}
	srcs, err := ReadSources(*ecb)
	if err != nil {
		return err
	}
	th, err := LoadThesaurus()
	if err != nil {
		return err
	}
	if *fluencyOut != "" {
		f, err := os.Create(*fluencyOut)
		if err != nil {
			return err
		}
		if err := deriveFluency(srcs, th, *minWords, filepath.Dir(filepath.Dir(filepath.Dir(*ecb))), *wordnetDir, f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	b := Build(srcs, th, Options{Seed: *seed, MinWords: *minWords})
	problems := Check(b)
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := writeJSONL(filepath.Join(*out, "corpus.jsonl"), b.Articles); err != nil {
		return err
	}
	made := make([]*Made, 0, len(b.Made))
	for _, a := range b.Articles {
		made = append(made, b.Made[a.ID])
	}
	if err := writeJSONL(filepath.Join(*out, "made.jsonl"), made); err != nil {
		return err
	}
	if err := writeJSONL(filepath.Join(*out, "pairs.jsonl"), b.Pairs); err != nil {
		return err
	}
	for _, part := range []string{"tune", "heldout"} {
		var ps []Gold
		for _, p := range b.Pairs {
			if b.Made[p.Original].Part == part {
				ps = append(ps, p)
			}
		}
		if err := writeJSONL(filepath.Join(*out, "pairs-"+part+".jsonl"), ps); err != nil {
			return err
		}
	}
	summary(b, srcs)
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "check:", p)
		}
		return fmt.Errorf("%d problems found by the check", len(problems))
	}
	fmt.Println("check: every copy changed as intended; traps share no 8-word run; families share at most a stock phrase, and outlets rewriting one release at most a stock phrase it lacks")
	return nil
}

func writeJSONL[T any](path string, items []T) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// summary prints what the benchmark holds, by part.
func summary(b *Bench, srcs []Source) {
	type key struct{ part, what string }
	n := map[key]int{}
	var whats []string
	note := func(part, what string) {
		if n[key{part, what}] == 0 && !slices.Contains(whats, what) {
			whats = append(whats, what)
		}
		n[key{part, what}]++
	}
	for _, a := range b.Articles {
		m := b.Made[a.ID]
		note(m.Part, "articles")
		note(m.Part, "articles: "+m.Role)
		if a.Published != "" {
			note(m.Part, "articles: dated")
		}
	}
	byID := map[string]Article{}
	for _, a := range b.Articles {
		byID[a.ID] = a
	}
	for _, p := range b.Pairs {
		part := b.Made[p.Original].Part
		what := "pairs: " + p.Kind
		if p.How != "" && p.How != p.Kind {
			what += " (" + p.How + ")"
		}
		note(part, what)
		if p.Kind != "sibling" && p.Kind != "none" && p.Kind != "shared-source" {
			x, y := byID[p.Original], byID[p.Copy]
			switch {
			case x.Published != "" && y.Published != "":
				note(part, "copy pairs: both dated")
				tx, _ := time.Parse(time.RFC3339, x.Published)
				ty, _ := time.Parse(time.RFC3339, y.Published)
				if ty.Sub(tx) < time.Minute {
					note(part, "copy pairs: both dated, within a minute")
				}
			case x.Published != "" || y.Published != "":
				note(part, "copy pairs: one dated")
			default:
				note(part, "copy pairs: undated")
			}
		}
	}
	sort.Strings(whats)
	fmt.Printf("%-40s %8s %8s\n", "", "tune", "heldout")
	for _, w := range whats {
		fmt.Printf("%-40s %8d %8d\n", w, n[key{"tune", w}], n[key{"heldout", w}])
	}
	var dropped []string
	for k, v := range b.Dropped {
		dropped = append(dropped, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(dropped)
	fmt.Printf("real articles used: %d of %d\n", b.Sources, len(srcs))
	fmt.Println("not made (the rewriter changed too little or too much, or its page would read as dated before its original):", strings.Join(dropped, ", "))
}
