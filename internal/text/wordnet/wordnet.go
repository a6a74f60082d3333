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
