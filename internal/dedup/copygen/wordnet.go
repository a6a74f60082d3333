package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/text/wordnet"
)

// thesaurus is what a spinner uses: for a base word, the other single-word
// lemmas of the synset of its most frequent sense (WordNet 3.0, tagged
// counts of cntlist.rev), whatever the ambiguity of the word. It is built
// independently of package synonym's stricter table, so the benchmark also
// holds swaps the detector's classes do not know.
type thesaurus struct {
	syn  map[string][]string // base -> synonyms
	base map[string]string   // irregular form -> base
	form map[string]string   // base + " " + tag -> irregular form (past, plural)
}

func loadThesaurus(dir string) (*thesaurus, error) {
	th := &thesaurus{syn: map[string][]string{}, base: map[string]string{}, form: map[string]string{}}
	// read calls f on every line of one WordNet file.
	read := func(name string, f func([]string)) error {
		return wordnet.Lines(filepath.Join(dir, name), func(fields []string) error { f(fields); return nil })
	}
	plain := wordnet.SingleWord
	synsets := map[string][]string{}
	count := map[string]int{}
	type sense struct {
		synset string
		n      int
	}
	senses := map[string][]sense{}
	for _, p := range []struct{ c, name string }{{"n", "noun"}, {"v", "verb"}, {"a", "adj"}, {"r", "adv"}} {
		err := wordnet.Lines(filepath.Join(dir, "data."+p.name), func(f []string) error {
			words, _, err := wordnet.SynsetWords(f)
			var ws []string
			for _, w := range words {
				if plain(w) && !slices.Contains(ws, w) {
					ws = append(ws, w)
				}
			}
			synsets[p.c+f[0]] = ws
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	err := read("cntlist.rev", func(f []string) {
		lemma, key, _ := strings.Cut(f[0], "%")
		pos := map[byte]string{'1': "n", '2': "v", '3': "a", '4': "r", '5': "a"}[key[0]]
		c, _ := strconv.Atoi(f[2])
		count[lemma+" "+pos+" "+f[1]] += c
	})
	if err != nil {
		return nil, err
	}
	for _, p := range []struct{ c, name string }{{"n", "noun"}, {"v", "verb"}, {"a", "adj"}, {"r", "adv"}} {
		err := read("index."+p.name, func(f []string) {
			if !plain(f[0]) {
				return
			}
			nsyn, _ := strconv.Atoi(f[2])
			for i, off := range f[len(f)-nsyn:] {
				senses[f[0]] = append(senses[f[0]], sense{p.c + off, count[fmt.Sprintf("%s %s %d", f[0], p.c, i+1)]})
			}
		})
		if err != nil {
			return nil, err
		}
		err = read(p.name+".exc", func(f []string) {
			if len(f) == 2 && plain(f[0]) {
				th.base[f[0]] = f[1]
				if _, ok := th.form[f[1]+" "+p.c]; !ok {
					th.form[f[1]+" "+p.c] = f[0]
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for lemma, ss := range senses {
		best := 0
		for i, s := range ss {
			if s.n > ss[best].n {
				best = i
			}
		}
		var out []string
		for _, w := range synsets[ss[best].synset] {
			if w != lemma && len(synsets[ss[best].synset]) <= 12 {
				out = append(out, w)
			}
		}
		if len(out) > 0 {
			th.syn[lemma] = out
		}
	}
	return th, nil
}

// alternatives returns the spinner's replacements for word (lower case), in
// the same inflection as far as naive rules go.
func (th *thesaurus) alternatives(word string) []string {
	if alts, ok := th.syn[word]; ok {
		return alts
	}
	if b, ok := th.base[word]; ok {
		var out []string
		for _, s := range th.syn[b] {
			if f, ok := th.form[s+" v"]; ok {
				out = append(out, f)
			} else {
				out = append(out, inflect(s, "ed"))
			}
		}
		return out
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		stem, ok := strings.CutSuffix(word, suf)
		if !ok {
			continue
		}
		for _, b := range []string{stem, stem + "e"} {
			alts, ok := th.syn[b]
			if !ok {
				continue
			}
			var out []string
			for _, s := range alts {
				out = append(out, inflect(s, suf))
			}
			return out
		}
	}
	return nil
}

func inflect(w, suf string) string {
	switch suf {
	case "ing":
		return strings.TrimSuffix(w, "e") + "ing"
	case "ed", "d":
		if strings.HasSuffix(w, "e") {
			return w + "d"
		}
		return w + "ed"
	case "es", "s":
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") {
			return w + "es"
		}
		return w + "s"
	}
	return w
}
