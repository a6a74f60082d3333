package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/text/wordnet"
)

// The spinner's thesaurus (thesaurus.txt.gz, see LICENSE-WordNet) is
// derived from WordNet 3.0 by -derive: every single-word lemma that occurs
// in WordNet's sense-tagged texts, with the other lemmas of up to maxSenses
// of its senses in WordNet's order (most frequent first), and the irregular
// forms of the *.exc lists. It is not the detector's synonym table: it keeps
// rarer senses and multi-word lemmas, which a spinner picks and a detector
// fitted to dominant senses does not know.
//
//go:embed thesaurus.txt.gz
var thesaurusGz []byte

const (
	maxSenses       = 4  // senses kept per lemma and part of speech
	maxLemmaSenses  = 30 // lemmas with more senses than this are left out
	maxSensesLemmas = 8  // synonyms kept per sense
)

// Thesaurus maps a lemma and part of speech (n, v, a, r) to its senses, each
// a list of synonyms, and knows irregular inflections.
type Thesaurus struct {
	senses map[string][][]string // "pos word" -> senses
	tagged map[string]int        // "pos word" -> tagged occurrences
	base   map[string]string     // "pos form" -> lemma (irregular)
	forms  map[string][]string   // "pos lemma" -> irregular forms
}

// Senses returns the senses of word as pos, most frequent first.
func (t *Thesaurus) Senses(pos byte, word string) [][]string {
	return t.senses[string(pos)+" "+word]
}

// Tagged returns how often word occurs as pos in WordNet's tagged texts.
func (t *Thesaurus) Tagged(pos byte, word string) int {
	return t.tagged[string(pos)+" "+word]
}

// LoadThesaurus reads the embedded table.
func LoadThesaurus() (*Thesaurus, error) {
	zr, err := gzip.NewReader(bytes.NewReader(thesaurusGz))
	if err != nil {
		return nil, fmt.Errorf("thesaurus.txt.gz: %w", err)
	}
	return readThesaurus(zr)
}

// readThesaurus reads the table format: lines "w POS WORD TAGGED
// SYN,SYN|SYN..." for lemmas and "x POS FORM LEMMA" for irregular forms,
// fields separated by tabs.
func readThesaurus(r io.Reader) (*Thesaurus, error) {
	t := &Thesaurus{senses: map[string][][]string{}, tagged: map[string]int{}, base: map[string]string{}, forms: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 5 && f[0] == "w":
			key := f[1] + " " + f[2]
			c, err := strconv.Atoi(f[3])
			if err != nil {
				return nil, fmt.Errorf("thesaurus line %d: count %q: %w", n, f[3], err)
			}
			t.tagged[key] = c
			for _, s := range strings.Split(f[4], "|") {
				t.senses[key] = append(t.senses[key], strings.Split(s, ","))
			}
		case len(f) == 4 && f[0] == "x":
			t.base[f[1]+" "+f[2]] = f[3]
			k := f[1] + " " + f[3]
			t.forms[k] = append(t.forms[k], f[2])
		default:
			return nil, fmt.Errorf("thesaurus line %d: malformed %q", n, sc.Text())
		}
	}
	return t, sc.Err()
}

// deriveThesaurus writes the table from the WordNet files in dir.
func deriveThesaurus(dir string, w io.Writer) error {
	// oneWord is wordnet.SingleWord that also takes one-letter lemmas ("a",
	// "c"): the embedded table was derived with them, and the benchmark's
	// corpus stays byte for byte what it was.
	oneWord := func(s string) bool {
		return wordnet.SingleWord(s) || len(s) == 1 && 'a' <= s[0] && s[0] <= 'z'
	}
	var lines []string
	for _, p := range []struct {
		pos  byte
		name string
	}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}} {
		sets := map[string][]string{}
		err := wordnet.Lines(filepath.Join(dir, "data."+p.name), func(f []string) error {
			lemmas, _, err := wordnet.SynsetLemmas(f)
			sets[f[0]] = lemmas
			return err
		})
		if err != nil {
			return err
		}
		err = wordnet.Lines(filepath.Join(dir, "index."+p.name), func(f []string) error {
			if len(f) < 6 || !oneWord(f[0]) {
				return nil
			}
			nsyn, _ := strconv.Atoi(f[2])
			nptr, _ := strconv.Atoi(f[3])
			if 4+nptr+2+nsyn > len(f) || nsyn > maxLemmaSenses {
				return nil
			}
			tagged, _ := strconv.Atoi(f[4+nptr+1])
			if tagged == 0 {
				return nil
			}
			var senses []string
			for _, off := range f[4+nptr+2 : 4+nptr+2+nsyn] {
				var syns []string
				for _, l := range sets[off] {
					if strings.EqualFold(l, f[0]) || l != strings.ToLower(l) || strings.ContainsAny(l, "0123456789.'") || len(syns) == maxSensesLemmas {
						continue
					}
					syns = append(syns, strings.ReplaceAll(l, "_", " "))
				}
				if len(syns) > 0 {
					senses = append(senses, strings.Join(syns, ","))
				}
				if len(senses) == maxSenses {
					break
				}
			}
			if len(senses) > 0 {
				lines = append(lines, fmt.Sprintf("w\t%c\t%s\t%d\t%s", p.pos, f[0], tagged, strings.Join(senses, "|")))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if p.pos == 'r' {
			continue
		}
		err = wordnet.Lines(filepath.Join(dir, p.name+".exc"), func(f []string) error {
			if len(f) >= 2 && oneWord(f[0]) && oneWord(f[1]) {
				lines = append(lines, fmt.Sprintf("x\t%c\t%s\t%s", p.pos, f[0], f[1]))
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	slices.Sort(lines)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	for _, l := range lines {
		fmt.Fprintln(zw, l)
	}
	return zw.Close()
}
