package synonym

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/text"
)

// freq.txt.gz maps about 13,000 Porter2 stems of English words to their
// tagged count in WordNet's SemCor concordance: how common a word is in
// ordinary English prose.
//
//go:embed freq.txt.gz
var freqGz []byte

var (
	freqOnce sync.Once
	freqs    map[string]int
)

func loadFreqs() {
	freqs = map[string]int{}
	eachLine(freqGz, "freq.txt.gz", func(line string) {
		stem, n, ok := strings.Cut(line, " ")
		if c, err := strconv.Atoi(n); ok && err == nil {
			freqs[stem] = c
		}
	})
}

// Commonness is log(1 + the tagged count) of a lower-case word: 0 for a
// word the concordance never saw (a rare word, a misspelling, a mangled
// inflection), about 8 for the commonest.
func Commonness(word string) float64 {
	freqOnce.Do(loadFreqs)
	return math.Log1p(float64(freqs[text.Stem(word)]))
}
