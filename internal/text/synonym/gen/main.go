// Command gen derives the synonym classes of package synonym from WordNet
// 3.0 (Debian package wordnet-base, files under /usr/share/wordnet):
//
//	go run ./internal/text/synonym/gen [-wordnet DIR] [-out FILE]
//
// Every single-word lemma is given the synset of its most frequent sense
// (the sense with the highest tagged count in cntlist.rev, across parts of
// speech), when that sense is clearly dominant and its synset has at least
// two single-word lemmas. The class of the lemma is the first single-word
// lemma of that synset. The table maps the Porter2 stem (text.Stem) of the
// lemma, and of its irregular forms (the *.exc lists), to the class; where
// two lemmas share a stem, the more frequent one wins. Stems whose class is
// themselves are left out. The output is gzipped text, one class a line:
// the class, then its stems, separated by spaces, sorted.
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/wordnet"
)

// Selection rules.
const (
	// minShare is the least share of a lemma's tagged occurrences its
	// dominant sense must have: a word used in many senses about equally
	// often ("run", "get") is left out.
	minShare = 0.25
	// maxUntaggedSenses is the most senses (all parts of speech) a lemma
	// with no tagged occurrences may have to be kept: a rare word is kept
	// only when it is nearly unambiguous.
	maxUntaggedSenses = 2
	// maxClassSize caps the lemmas of one synset taken as synonyms.
	maxClassSize = 12
	// maxSenses is the most senses (all parts of speech) a lemma may have:
	// the light verbs ("make", "get", "take", "go", "come") have dozens and
	// would merge unrelated sentences.
	maxSenses = 20
)

var posFiles = []struct {
	pos  byte
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

type sense struct {
	synset string // pos + offset
	count  int
}

func main() {
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	out := flag.String("out", "classes.txt.gz", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	// Synsets: their single-word lemmas in order.
	synsets := map[string][]string{}
	for _, p := range posFiles {
		err := wordnet.Lines(filepath.Join(dir, "data."+p.name), func(f []string) error {
			words, _, err := wordnet.SynsetWords(f)
			if err != nil {
				return err
			}
			var ws []string
			for _, w := range words {
				if wordnet.SingleWord(w) && !slices.Contains(ws, w) {
					ws = append(ws, w)
				}
			}
			synsets[string(p.pos)+f[0]] = ws
			return nil
		})
		if err != nil {
			return err
		}
	}
	// Tagged counts per lemma, part of speech and sense number.
	counts := map[string]int{}
	err := wordnet.Lines(filepath.Join(dir, "cntlist.rev"), func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields")
		}
		lemma, key, ok := strings.Cut(f[0], "%")
		if !ok || len(key) == 0 {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[key[0]]
		c, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		counts[fmt.Sprintf("%s %c %s", strings.ToLower(lemma), pos, f[1])] += c
		return nil
	})
	if err != nil {
		return err
	}
	// Senses of every single-word lemma, from the index files.
	senses := map[string][]sense{}
	for _, p := range posFiles {
		err := wordnet.Lines(filepath.Join(dir, "index."+p.name), func(f []string) error {
			lemma := f[0]
			if !wordnet.SingleWord(lemma) {
				return nil
			}
			offs, err := wordnet.IndexSynsets(f)
			if err != nil {
				return err
			}
			for i, off := range offs {
				c := counts[fmt.Sprintf("%s %c %d", lemma, p.pos, i+1)]
				senses[lemma] = append(senses[lemma], sense{string(p.pos) + off, c})
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	// The class of every lemma kept, with its weight (tagged count): over
	// all its senses (for any form), and over its verb senses (for its
	// -ed and -ing forms, which are mostly verbs: "stated" is "say" even
	// though "state" is mostly a noun).
	irregular := map[string][]string{}
	for _, p := range posFiles {
		err := wordnet.Lines(filepath.Join(dir, p.name+".exc"), func(f []string) error {
			if len(f) >= 2 && wordnet.SingleWord(f[0]) {
				irregular[f[1]] = append(irregular[f[1]], f[0])
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	all, verbs := map[string]entry{}, map[string]entry{}
	blocked := map[string]int{} // stem -> weight of an ambiguous lemma
	for lemma, ss := range senses {
		if e, ok := dominant(lemma, ss, synsets); ok {
			all[lemma] = e
		} else {
			w := 0
			for _, s := range ss {
				w += s.count
			}
			st := text.Stem(lemma)
			blocked[st] = max(blocked[st], w+1)
		}
		var vs []sense
		for _, s := range ss {
			if s.synset[0] == 'v' {
				vs = append(vs, s)
			}
		}
		if e, ok := dominant(lemma, vs, synsets); ok {
			verbs[lemma] = e
		}
	}
	// The name of a class is the first lemma of its synset whose own most
	// frequent sense it is, else its first lemma.
	name := map[string]string{}
	for _, m := range []map[string]entry{all, verbs} {
		for _, e := range m {
			if _, ok := name[e.class]; ok {
				continue
			}
			ws := synsets[e.class]
			name[e.class] = ws[0]
			for _, w := range ws {
				if o, ok := all[w]; ok && o.class == e.class {
					name[e.class] = w
					break
				}
			}
		}
	}
	table := func(m map[string]entry, exc bool) map[string]entry {
		classOf := map[string]entry{}
		put := func(stem string, e entry) {
			if blocked[stem] > e.weight {
				return // "making" (a noun) must not take the stem of "make"
			}
			if old, ok := classOf[stem]; !ok || better(e, old, name) {
				classOf[stem] = e
			}
		}
		// Sorted, so that the table does not hinge on map order: better is
		// not transitive (the five-times rule), so the order of visits
		// decides some stems.
		for _, lemma := range slices.Sorted(maps.Keys(m)) {
			e := m[lemma]
			e.exact = true
			put(text.Stem(lemma), e)
			if e.class[0] == 'a' {
				// Regular comparatives, which Porter2 leaves alone.
				base := strings.TrimSuffix(lemma, "e")
				if strings.HasSuffix(base, "y") {
					base = base[:len(base)-1] + "i"
				}
				e.exact = false
				put(text.Stem(base+"er"), e)
				put(text.Stem(base+"est"), e)
			}
		}
		if exc {
			// Irregular forms ("said say", "bought buy", "better good").
			for _, lemma := range slices.Sorted(maps.Keys(irregular)) {
				forms := irregular[lemma]
				if e, ok := m[lemma]; ok {
					for _, f := range forms {
						put(text.Stem(f), e)
					}
				}
			}
		}
		return classOf
	}
	general, verbal := table(all, true), table(verbs, false)
	// Verb entries only where they differ from the general ones.
	for stem, e := range verbal {
		if g, ok := general[stem]; ok && name[g.class] == name[e.class] {
			delete(verbal, stem)
		}
	}
	n := 0
	err = wordnet.WriteGzip(out, func(w *bufio.Writer) error {
		for _, sec := range []struct {
			tag   string
			table map[string]entry
		}{{"c", general}, {"v", verbal}} {
			byClass := map[string][]string{}
			for stem, e := range sec.table {
				c := text.Stem(name[e.class])
				if stem != c || sec.tag == "v" {
					byClass[c] = append(byClass[c], stem)
				}
			}
			for _, c := range slices.Sorted(maps.Keys(byClass)) {
				stems := byClass[c]
				slices.SortFunc(stems, cmp.Compare)
				fmt.Fprintf(w, "%s %s %s\n", sec.tag, c, strings.Join(stems, " "))
				n += len(stems)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d stems -> %s\n", n, out)
	return nil
}

// dominant returns the class of lemma from its senses ss: the synset of the
// most frequent sense, if the lemma qualifies.
func dominant(lemma string, ss []sense, synsets map[string][]string) (entry, bool) {
	if len(ss) == 0 {
		return entry{}, false
	}
	total, best := 0, 0
	for i, s := range ss {
		total += s.count
		if s.count > ss[best].count {
			best = i
		}
	}
	if len(ss) > maxSenses || total == 0 && len(ss) > maxUntaggedSenses {
		return entry{}, false
	}
	if total > 0 && float64(ss[best].count) < minShare*float64(total) {
		return entry{}, false
	}
	ws := synsets[ss[best].synset]
	if len(ws) < 2 || len(ws) > maxClassSize || !slices.Contains(ws, lemma) {
		return entry{}, false
	}
	return entry{class: ss[best].synset, weight: total, lemma: lemma}, true
}

// better reports whether e should take a stem from old. Lemmas sharing a
// stem are often one word and its derivation ("assist", "assistance";
// "make", "making"): the shorter, base word wins unless the other is five
// times as frequent ("said", an adjective, loses to "say"'s past tense).
func better(e, old entry, name map[string]string) bool {
	ew, ow := e.weight+1, old.weight+1
	switch {
	case ew > 5*ow:
		return true
	case ow > 5*ew:
		return false
	case e.exact != old.exact:
		return e.exact
	case len(e.lemma) != len(old.lemma):
		return len(e.lemma) < len(old.lemma)
	case e.weight != old.weight:
		return e.weight > old.weight
	case name[e.class] != name[old.class]:
		return name[e.class] < name[old.class]
	case e.lemma != old.lemma:
		return e.lemma < old.lemma
	}
	return e.class < old.class
}

type entry struct {
	class  string // a synset
	weight int
	exact  bool // the stem is the lemma's own stem, not an inflection's
	lemma  string
}
