// Package wordnet reads the files of Princeton WordNet 3.0 as Debian's
// wordnet-base installs them (/usr/share/wordnet), for the generators that
// derive copydesk's tables (synonym classes, word frequencies) and the copy
// benchmark's spinner. Nothing at run time reads WordNet: the tables are
// generated once and shipped with the WordNet licence.
package wordnet

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Dir is where Debian's wordnet-base puts the dictionary files.
const Dir = "/usr/share/wordnet"

// Lines calls f with the whitespace-separated fields of every line of the
// file at path, skipping blank lines and the licence header (lines that
// start with a space). An error from f stops the reading and comes back
// with the file and line number.
func Lines(path string, f func(fields []string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || l[0] == ' ' {
			continue
		}
		if err := f(strings.Fields(l)); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// SynsetLemmas are the lemmas of the synset on a line of a data.* file (its
// fields, as Lines gives them), in word-number order and as WordNet writes
// them: case kept, an adjective's syntactic marker cut ("(a)", "(p)",
// "(ip)"), collocations kept ("take_off"). rest is the line's fields after
// them (the pointer count and pointers).
func SynsetLemmas(f []string) (lemmas, rest []string, err error) {
	if len(f) < 4 {
		return nil, nil, fmt.Errorf("short line")
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || len(f) < 4+2*int(n) {
		return nil, nil, fmt.Errorf("bad word count %q", f[3])
	}
	lemmas = make([]string, int(n))
	for i := range lemmas {
		w := f[4+2*i]
		if k := strings.IndexByte(w, '('); k > 0 {
			w = w[:k]
		}
		lemmas[i] = w
	}
	return lemmas, f[4+2*int(n):], nil
}

// SynsetWords are SynsetLemmas lower-cased.
func SynsetWords(f []string) (words, rest []string, err error) {
	words, rest, err = SynsetLemmas(f)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words, rest, err
}

// Irregular reads the irregular forms of the *.exc lists of some parts of
// speech ("noun", "verb", "adj", "adv"), keyed by part of speech and base
// form: "verb go" -> went, gone.
func Irregular(dir string, poses ...string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, p := range poses {
		err := Lines(filepath.Join(dir, p+".exc"), func(f []string) error {
			for _, base := range f[1:] {
				out[p+" "+base] = append(out[p+" "+base], f[0])
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SingleWord reports whether a lemma is one plain lower-case word of at
// least two letters: no collocation ("take_off"), no digit, no capital.
func SingleWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// IndexSynsets returns the synset offsets of a line of an index file
// (index.noun, index.verb, ...): "lemma pos synset_cnt p_cnt [ptr...]
// sense_cnt tagsense_cnt offset...", the offsets most frequent sense first.
func IndexSynsets(f []string) ([]string, error) {
	if len(f) < 4 {
		return nil, fmt.Errorf("short index line")
	}
	n, err := strconv.Atoi(f[2])
	if err != nil || n < 0 {
		return nil, fmt.Errorf("bad synset count %q", f[2])
	}
	p, err := strconv.Atoi(f[3])
	if err != nil || p < 0 {
		return nil, fmt.Errorf("bad pointer count %q", f[3])
	}
	if len(f) != 4+p+2+n {
		return nil, fmt.Errorf("index line of %d fields, want %d", len(f), 4+p+2+n)
	}
	return f[4+p+2:], nil
}

// WriteGzip creates the file at path and has write fill it through a
// buffered writer, gzipped at the best compression: how the generators
// write the tables they derive.
func WriteGzip(path string, write func(w *bufio.Writer) error) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(fh, gzip.BestCompression)
	if err != nil {
		fh.Close()
		return err
	}
	bw := bufio.NewWriter(zw)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}

// WriteSorted creates the file at path with lines, sorted, one a line: how
// the generators write their plain-text tables, so that the same WordNet
// gives the same file byte for byte.
func WriteSorted(path string, lines []string) error {
	lines = slices.Clone(lines)
	slices.Sort(lines)
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(fh)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	err = bw.Flush()
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}
