// Command freqgen derives the word frequency table of package synonym from
// WordNet 3.0's tagged sense counts (Debian package wordnet-base, files under
// /usr/share/wordnet):
//
//	go run ./internal/text/synonym/freqgen [-wordnet DIR] [-out FILE]
//
// The count of a single-word lemma is the sum of the tagged counts of all its
// senses in cntlist.rev (the SemCor concordance, about 230,000 tagged
// words); the table maps the Porter2 stem (text.Stem) of every lemma with a
// count, and of its irregular forms (the *.exc lists), to the summed count
// of the lemmas of that stem. The output is gzipped text, one stem and its
// count a line, sorted by stem.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/wordnet"
)

func main() {
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	out := flag.String("out", "freq.txt.gz", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "freqgen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	lemmas := map[string]int{}
	err := wordnet.Lines(filepath.Join(dir, "cntlist.rev"), func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields")
		}
		lemma, _, ok := strings.Cut(f[0], "%")
		if !ok {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		c, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		if lemma = strings.ToLower(lemma); wordnet.SingleWord(lemma) {
			lemmas[lemma] += c
		}
		return nil
	})
	if err != nil {
		return err
	}
	stems := map[string]int{}
	for l, c := range lemmas {
		stems[text.Stem(l)] += c
	}
	// An irregular form ("bought", "said") counts as its lemma ("buy",
	// "say") when that is more than its own stem's count.
	forms := map[string]int{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Lines(filepath.Join(dir, pos+".exc"), func(f []string) error {
			if len(f) < 2 || !wordnet.SingleWord(f[0]) {
				return nil
			}
			if c := lemmas[f[1]]; c > 0 {
				forms[text.Stem(f[0])] = max(forms[text.Stem(f[0])], c)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for s, c := range forms {
		stems[s] = max(stems[s], c)
	}
	keys := make([]string, 0, len(stems))
	for s, c := range stems {
		if c > 0 {
			keys = append(keys, s)
		}
	}
	slices.Sort(keys)
	return wordnet.WriteGzip(out, func(w *bufio.Writer) error {
		for _, s := range keys {
			fmt.Fprintf(w, "%s %d\n", s, stems[s])
		}
		return nil
	})
}
