// Package synonym maps English words to synonym classes derived from
// WordNet 3.0, so that a sentence spun with a thesaurus ("bought" for
// "purchased", "big" for "large", "assist" for "help") still matches its
// source word for word at the level of classes.
//
// The table (classes.txt.gz, 130 KB, built by gen from /usr/share/wordnet;
// see LICENSE-WordNet) maps about 27,000 Porter2 stems (text.Stem) of
// single-word lemmas, of their irregular forms and of adjectives' -er and
// -est forms, to the name of the class of their most frequent sense, plus
// about 500 stems whose -ed and -ing forms take their verb sense. Only clearly dominant senses, of lemmas with
// at most 20 senses, in synsets of 2 to 12 single-word lemmas, are kept, so
// that light verbs ("make", "get", "take") and words used in many senses do
// not merge unrelated sentences.
//
// A second table (freq.txt.gz, 52 KB, built by freqgen from the same files)
// gives how common a word is (Commonness), which tells a thesaurus spinner's
// rarer synonym from the word it replaced.
//
// A third (senses.txt.gz, 560 KB, built by sensegen) keeps every synset of
// two lemmas or more, rare senses and phrases included (SameSense): whether
// one word or phrase could stand for another in some sense, as a thesaurus
// offers it. A fourth (related.txt.gz, 140 KB, built by relgen) keeps verbs
// with their direct hypernyms and the adjectives of small clusters (Close):
// words one step apart that a writer puts for one another.
package synonym

//go:generate go run ./gen -out classes.txt.gz
//go:generate go run ./freqgen -out freq.txt.gz
//go:generate go run ./sensegen -out senses.txt.gz
//go:generate go run ./relgen -out related.txt.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

//go:embed classes.txt.gz
var classesGz []byte

var (
	once           sync.Once
	general, verbs map[string]string
)

func load() {
	general, verbs = map[string]string{}, map[string]string{}
	eachLine(classesGz, "classes.txt.gz", func(line string) {
		f := strings.Fields(line)
		if len(f) < 3 {
			return
		}
		m := general
		if f[0] == "v" {
			m = verbs
		}
		for _, stem := range f[2:] {
			m[stem] = f[1]
		}
	})
}

// eachLine calls f on every line of an embedded gzipped table. The tables
// are built and checked with the package, so a broken one is a build error
// that panics.
func eachLine(gz []byte, name string, f func(line string)) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("synonym: embedded " + name + ": " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f(sc.Text())
	}
	if err := sc.Err(); err != nil {
		panic("synonym: embedded " + name + ": " + err.Error())
	}
}

// Class returns the synonym class of a Porter2 stem, or the stem itself when
// it has none. Two stems with the same class are synonyms in their most
// frequent sense.
func Class(stem string) string {
	once.Do(load)
	if c, ok := general[stem]; ok {
		return c
	}
	return stem
}

// Of returns the synonym class of a lower-case word whose stem is stem. A
// word ending in -ed or -ing takes the class of its stem's most frequent
// verb sense ("stated" is "say", though "state" is mostly a noun).
func Of(word, stem string) string {
	once.Do(load)
	if strings.HasSuffix(word, "ed") || strings.HasSuffix(word, "ing") {
		if c, ok := verbs[stem]; ok {
			return c
		}
	}
	if c, ok := general[stem]; ok {
		return c
	}
	return stem
}

// Len returns the number of stems with a class (other than themselves).
func Len() int {
	once.Do(load)
	return len(general)
}
