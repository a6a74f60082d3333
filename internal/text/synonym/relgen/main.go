// Command relgen derives the close-sense table of package synonym
// (related.txt.gz) from WordNet 3.0 (Debian package wordnet-base, files
// under /usr/share/wordnet; apt-get install wordnet-base):
//
//	go run ./internal/text/synonym/relgen [-wordnet DIR] [-out FILE]
//
// Where the senses table (sensegen) holds synonyms, words of one synset,
// this one holds words WordNet puts one step apart in meaning, in some
// sense: a verb and the verb it is a way of doing ("safeguard" is a way to
// "protect"), one line per verb synset and each of its direct hypernyms;
// and the adjectives of one cluster, a head and the satellites WordNet
// calls similar to it ("erroneous" and "mistaken" are both similar to
// "incorrect"; in a large cluster, each satellite with its head only, see
// maxCluster). Nouns are left out: names, titles and roles, dates and
// places are nouns, and a noun's neighbours in WordNet are kinds of one
// thing ("rifle" and "pistol", "husband" and "wife"), not one thing said
// otherwise. A cluster never holds an adjective's antonym (antonyms head
// clusters of their own), nor does a verb line; a line that would pair
// two words WordNet calls antonyms in some sense, or a word and one built
// on it, is left out all the same.
//
// Lemmas are single plain lower-case words of at most maxSenses senses,
// written as their Porter2 stems (text.Stem), each with its irregular
// forms (the *.exc lists: "slew" for "slay", "worse" for "bad"). The output is gzipped text, one group a line,
// its distinct stems separated by tabs, lines sorted.
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
	out := flag.String("out", "related.txt.gz", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "relgen:", err)
		os.Exit(1)
	}
}

// synset is what relgen keeps of one synset: the stems of its single-word
// lemmas and their irregular forms, its pointers, and whether it is an
// adjective satellite.
type synset struct {
	stems     []string
	ptrs      []pointer
	satellite bool
}

type pointer struct {
	sym, target string // target: "pos offset", pos folded to n, v, a, r
}

func run(dir, out string) error {
	irregular, err := wordnet.Irregular(dir, "verb", "adj") // "verb go" -> went, gone
	if err != nil {
		return err
	}
	// How many senses each single-word lemma has, all parts of speech.
	senses := map[string]int{}
	for _, p := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Lines(filepath.Join(dir, "index."+p), func(f []string) error {
			if !wordnet.SingleWord(f[0]) {
				return nil
			}
			offs, err := wordnet.IndexSynsets(f)
			senses[f[0]] += len(offs)
			return err
		})
		if err != nil {
			return err
		}
	}
	synsets := map[string]*synset{}
	var order []string
	// antonyms holds the stem pairs ("a\tb", a < b) WordNet calls antonyms
	// in some sense of some part of speech.
	antonyms := map[string]bool{}
	words := map[string][]string{} // "pos offset" -> lemma stems by word number, for antonym pointers
	for _, p := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Lines(filepath.Join(dir, "data."+p), func(f []string) error {
			lemmas, rest, err := wordnet.SynsetWords(f)
			if err != nil {
				return err
			}
			if len(rest) == 0 {
				return fmt.Errorf("no pointer count")
			}
			id := fold(f[2]) + " " + f[0]
			s := &synset{satellite: f[2] == "s"}
			var byNum []string
			for _, w := range lemmas {
				if !wordnet.SingleWord(w) {
					byNum = append(byNum, "")
					continue
				}
				byNum = append(byNum, text.Stem(w))
				if senses[w] > maxSenses {
					continue
				}
				for _, form := range append([]string{w}, irregular[p+" "+w]...) {
					if k := text.Stem(form); wordnet.SingleWord(form) && !slices.Contains(s.stems, k) {
						s.stems = append(s.stems, k)
					}
				}
			}
			np, err := strconv.Atoi(rest[0])
			if err != nil || len(rest) < 1+4*np {
				return fmt.Errorf("bad pointer count %q", rest[0])
			}
			for i := range np {
				q := rest[1+4*i : 5+4*i]
				s.ptrs = append(s.ptrs, pointer{q[0], fold(q[2]) + " " + q[1]})
				if q[0] == "!" {
					// q[3] is source and target word numbers, two hex digits each.
					src, _ := strconv.ParseInt(q[3][:2], 16, 32)
					if src >= 1 && int(src) <= len(byNum) && byNum[src-1] != "" {
						s.ptrs[len(s.ptrs)-1].sym = "!" + byNum[src-1] + "\t" + q[3][2:]
					}
				}
			}
			synsets[id], words[id] = s, byNum
			order = append(order, id)
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, s := range synsets {
		for _, q := range s.ptrs {
			from, num, ok := strings.Cut(strings.TrimPrefix(q.sym, "!"), "\t")
			if !ok || !strings.HasPrefix(q.sym, "!") {
				continue
			}
			dst, _ := strconv.ParseInt(num, 16, 32)
			if ws := words[q.target]; dst >= 1 && int(dst) <= len(ws) && ws[dst-1] != "" {
				antonyms[pair(from, ws[dst-1])] = true
			}
		}
	}
	var lines []string
	// emit writes one line of the stems of groups (synsets): none if two
	// stems of two groups are antonyms in some sense, or one holds the other
	// ("misidentify" and "identify", "overpay" and "pay": a word built on
	// another says something else of it).
	emit := func(groups ...[]string) {
		var keys []string
		for i, g := range groups {
			for _, a := range g {
				for _, h := range groups[:i] {
					for _, b := range h {
						if a != b && (antonyms[pair(a, b)] || strings.Contains(a, b) || strings.Contains(b, a)) {
							return
						}
					}
				}
				if !slices.Contains(keys, a) {
					keys = append(keys, a)
				}
			}
		}
		if len(keys) < 2 {
			return
		}
		slices.Sort(keys)
		lines = append(lines, strings.Join(keys, "\t"))
	}
	for _, id := range order {
		s := synsets[id]
		switch {
		case id[0] == 'v':
			for _, q := range s.ptrs {
				if h, ok := synsets[q.target]; ok && q.sym == "@" {
					emit(s.stems, h.stems)
				}
			}
		case id[0] == 'a' && !s.satellite:
			var sats [][]string
			for _, q := range s.ptrs {
				if sat, ok := synsets[q.target]; ok && q.sym == "&" && sat.satellite {
					sats = append(sats, sat.stems)
				}
			}
			if len(sats) <= maxCluster {
				emit(append([][]string{s.stems}, sats...)...)
				continue
			}
			for _, sat := range sats {
				emit(s.stems, sat)
			}
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

// maxSenses is the most senses (all parts of speech) a lemma may have to be
// kept, as in the classes table (gen): the light verbs ("go", "make",
// "get", "take") have dozens and would be close to most verbs.
const maxSenses = 20

// maxCluster is the most satellites an adjective cluster may have for its
// satellites to be close to one another, not only to its head: a large
// cluster gathers kinds ("chromatic" holds every colour, "cardinal" every
// number, "cooked" every way to cook), a small one a few words for one
// quality ("incorrect": "erroneous", "mistaken"). The classes table keeps
// synsets of at most as many lemmas.
const maxCluster = 12

// fold writes a synset type as its part of speech: a satellite (s) is an
// adjective (a).
func fold(t string) string {
	if t == "s" {
		return "a"
	}
	return t
}

// pair writes two stems in order, tab-separated.
func pair(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "\t" + b
}
