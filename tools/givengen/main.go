// Command givengen derives the given names of package facts that the hand
// lists (givennames.go) do not hold, from the United States Social Security
// Administration's national baby-name files (yob1880.txt ... one
// "Name,Sex,Births" a line, as the SSA publishes them; a work of the United
// States government, in the public domain) and WordNet 3.0 as Debian's
// wordnet-base installs it (/usr/share/wordnet):
//
//	go run ./tools/givengen -ssa DIR [-wordnet DIR] [-min 1000] [-out internal/facts/givennames.txt]
//
// A name is kept when babies of either sex were given it -min times or more
// over all the years the files hold (a name of some currency, not a
// one-off spelling), it has three letters or more, and WordNet holds no
// lemma of that spelling in any part of speech and any case: a name that
// is also a word ("Hunter", "Royal", "Chase") or a place ("Paris",
// "Houston", "Jordan") says nothing alone about a person; nor does a name
// particle or a saint's word that opens a place's name ("Del", "Von",
// "San Francisco"; notNames). The output is
// plain text, one lower-case name a line, sorted: the same files give the
// same table byte for byte. No label of the evaluation sets was read to
// make it.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/text/wordnet"
)

// notNames are spellings the files hold as names that open other things'
// names: particles of a surname and the saints of places.
var notNames = map[string]bool{"del": true, "della": true, "der": true, "den": true, "des": true, "dos": true,
	"das": true, "von": true, "van": true, "san": true, "santo": true, "sao": true}

func main() {
	ssa := flag.String("ssa", "", "directory of the SSA national files yobYYYY.txt")
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	min := flag.Int("min", 1000, "births over all years a name needs")
	out := flag.String("out", "internal/facts/givennames.txt", "output file")
	flag.Parse()
	if *ssa == "" {
		fmt.Fprintln(os.Stderr, "givengen: -ssa DIR is required")
		os.Exit(2)
	}
	if err := run(*ssa, *dir, *min, *out); err != nil {
		fmt.Fprintln(os.Stderr, "givengen:", err)
		os.Exit(1)
	}
}

func run(ssa, dir string, min int, out string) error {
	files, err := filepath.Glob(filepath.Join(ssa, "yob*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no yob*.txt file", ssa)
	}
	sort.Strings(files)
	births := map[string]int{}
	for _, p := range files {
		if err := readYear(p, births); err != nil {
			return err
		}
	}
	words := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Lines(filepath.Join(dir, "index."+pos), func(f []string) error {
			words[strings.ToLower(f[0])] = true
			return nil
		})
		if err != nil {
			return err
		}
	}
	var lines []string
	for n, b := range births {
		if b >= min && len(n) >= 3 && !words[n] && !notNames[n] {
			lines = append(lines, n)
		}
	}
	return wordnet.WriteSorted(out, lines)
}

// readYear adds the births of one year's file to births, by lower-case name.
func readYear(path string, births map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			continue
		}
		fs := strings.Split(l, ",")
		if len(fs) != 3 {
			return fmt.Errorf("%s:%d: want Name,Sex,Births", path, ln)
		}
		b, err := strconv.Atoi(fs[2])
		if err != nil || b < 0 {
			return fmt.Errorf("%s:%d: births %q is no count", path, ln, fs[2])
		}
		n := strings.ToLower(fs[0])
		if strings.IndexFunc(n, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return fmt.Errorf("%s:%d: name %q is not letters a-z", path, ln, fs[0])
		}
		births[n] += b
	}
	return sc.Err()
}
