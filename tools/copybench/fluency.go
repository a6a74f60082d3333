package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"strings"

	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/text/fluency"
)

// deriveFluency writes the word and word-pair counts of internal/text/fluency
// (its table.txt.gz) to w, from text the project may ship a derived table
// of: the ECB+ dev articles (CC BY 3.0) of the tune half's topics that the
// benchmark built with seed 1 does not use in any role and that share no
// 8-word run with one it uses (so neither the held-out half nor the tune
// half's originals are counted), the UCI News Aggregator headlines of
// ../shared/eval/uci-dev (CC BY 4.0), and the glosses and examples of
// WordNet 3.0 (Debian's wordnet-base, WordNet licence). Only counts of two
// or more are kept; the text itself is not.
func deriveFluency(srcs []Source, th *Thesaurus, minWords int, shared, wordnet string, w io.Writer) error {
	b := Build(srcs, th, Options{Seed: 1, MinWords: minWords})
	used := map[string]bool{}
	for _, m := range b.Made {
		used[m.Family] = true
		if m.Host != "" && m.Host != "filler" {
			used[m.Host] = true
		}
	}
	usedRuns := map[string]bool{}
	for _, s := range srcs {
		if used[s.ID] {
			for k := range Shingles(s.Text, 8) {
				usedRuns[k] = true
			}
		}
	}
	c := fluency.NewCounter()
	news := 0
	for _, s := range srcs {
		if used[s.ID] || !corpus.InPart("tune", s.Topic) {
			continue
		}
		leaks := false
		for k := range Shingles(s.Text, 8) {
			if usedRuns[k] {
				leaks = true
				break
			}
		}
		if !leaks {
			c.Add(s.Title)
			c.Add(s.Text)
			news++
		}
	}
	heads, err := readTitles(filepath.Join(shared, "eval", "uci-dev", "corpus.jsonl"))
	if err != nil {
		return err
	}
	for _, h := range heads {
		c.Add(h)
	}
	glosses := 0
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		n, err := addGlosses(c, filepath.Join(wordnet, "data."+pos))
		if err != nil {
			return err
		}
		glosses += n
	}
	fmt.Fprintf(os.Stderr, "fluency table: %d ECB+ tune articles unused by the benchmark, %d headlines, %d WordNet glosses\n", news, len(heads), glosses)
	zw := gzip.NewWriter(w)
	if err := c.Write(zw, 2); err != nil {
		return err
	}
	return zw.Close()
}

// readTitles reads the titles of a corpus JSONL.
func readTitles(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var it struct{ Title string }
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, it.Title)
	}
	return out, sc.Err()
}

// addGlosses counts the glosses (definitions and quoted examples, after the
// "|" of each synset line) of a WordNet data file.
func addGlosses(c *fluency.Counter, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // the licence at the head of the file
		}
		if _, gloss, ok := strings.Cut(line, " | "); ok {
			for _, part := range strings.Split(gloss, ";") {
				c.Add(strings.Trim(strings.TrimSpace(part), `"`))
			}
			n++
		}
	}
	return n, sc.Err()
}
