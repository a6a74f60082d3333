package provenance

//go:generate go run ./gen -out freq.txt.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/text"
)

// freq.txt.gz (52 KB, built by gen from /usr/share/wordnet; see
// LICENSE-WordNet) maps about 13,000 Porter2 stems of English words to
// their tagged count in WordNet's SemCor concordance: how common a word is
// in ordinary English prose.
//
//go:embed freq.txt.gz
var freqGz []byte

var (
	freqOnce sync.Once
	freqs    map[string]int
)

func loadFreqs() {
	freqs = map[string]int{}
	zr, err := gzip.NewReader(bytes.NewReader(freqGz))
	if err != nil {
		panic("provenance: embedded freq.txt.gz: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		stem, n, ok := strings.Cut(sc.Text(), " ")
		if c, err := strconv.Atoi(n); ok && err == nil {
			freqs[stem] = c
		}
	}
	if err := sc.Err(); err != nil {
		panic("provenance: embedded freq.txt.gz: " + err.Error())
	}
}

// commonness is log(1 + the tagged count) of a lower-case word: 0 for a
// word the concordance never saw (a rare word, a misspelling, a mangled
// inflection), about 8 for the commonest.
func commonness(word string) float64 {
	freqOnce.Do(loadFreqs)
	return math.Log1p(float64(freqs[text.Stem(word)]))
}
