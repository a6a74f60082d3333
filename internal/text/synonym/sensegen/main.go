// Command sensegen derives the senses table of package synonym
// (senses.txt.gz) from WordNet 3.0 (Debian package wordnet-base, files
// under /usr/share/wordnet):
//
//	go run ./internal/text/synonym/sensegen [-wordnet DIR] [-out FILE]
//
// Unlike the classes table (gen), which keeps each word's dominant sense
// only, this one keeps every synset of every part of speech that has two
// lemmas or more, so that it can tell whether two words or phrases are
// synonyms in some sense ("table" and "mesa", "decade" and "decennium",
// "above" and "in a higher place"): what a thesaurus offers a writer who
// puts one word for another. A lemma is written as the Porter2 stems
// (text.Stem) of its words, joined by spaces ("watch over"); an irregular
// form of a lemma (the *.exc lists: "went" for "go") is written beside it
// in its synsets, and so is a phrase whose first word is such a form
// ("went over"). The output is gzipped text, one synset a line, its
// distinct lemmas separated by tabs, lines sorted.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/wordnet"
)

var posNames = []string{"noun", "verb", "adj", "adv"}

func main() {
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	out := flag.String("out", "senses.txt.gz", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "sensegen:", err)
		os.Exit(1)
	}
}

// key writes a lemma ("watch_over", "self-defense") as the stems of its
// words joined by spaces; ok is false for a lemma with a word that is not
// plain lower-case letters (a name, a number).
func key(lemma string) (string, bool) {
	words := strings.FieldsFunc(strings.ToLower(lemma), func(r rune) bool { return r == '_' || r == '-' || r == ' ' })
	if len(words) == 0 {
		return "", false
	}
	for i, w := range words {
		for k := 0; k < len(w); k++ {
			if w[k] < 'a' || w[k] > 'z' {
				return "", false
			}
		}
		words[i] = text.Stem(w)
	}
	return strings.Join(words, " "), true
}

func run(dir, out string) error {
	// Irregular forms by lemma, per part of speech ("v go" -> went, gone).
	irregular, err := wordnet.Irregular(dir, posNames...)
	if err != nil {
		return err
	}
	var lines []string
	for _, p := range posNames {
		err := wordnet.Lines(filepath.Join(dir, "data."+p), func(f []string) error {
			words, _, err := wordnet.SynsetWords(f)
			if err != nil {
				return err
			}
			var lemmas, keys []string
			for _, w := range words {
				if k, ok := key(w); ok && !slices.Contains(keys, k) {
					lemmas, keys = append(lemmas, w), append(keys, k)
				}
			}
			if len(keys) < 2 {
				return nil
			}
			for _, w := range lemmas {
				first, rest, multi := strings.Cut(w, "_")
				for _, form := range irregular[p+" "+first] {
					if multi {
						form += "_" + rest
					}
					if k, ok := key(form); ok && !slices.Contains(keys, k) {
						keys = append(keys, k)
					}
				}
			}
			lines = append(lines, strings.Join(keys, "\t"))
			return nil
		})
		if err != nil {
			return err
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return wordnet.WriteGzip(out, func(w *bufio.Writer) error {
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
		return nil
	})
}
