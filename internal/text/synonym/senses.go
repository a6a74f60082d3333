package synonym

import (
	_ "embed"
	"strings"
	"sync"
)

// senses.txt.gz (560 KB, built by sensegen from WordNet 3.0) lists every
// synset with two lemmas or more, all senses and parts of speech, each
// lemma written as the Porter2 stems of its words ("in a higher place",
// "watch over") with its irregular forms ("went"). It answers whether two
// words or phrases are synonyms in some sense, as a thesaurus would offer
// them, which the dominant-sense classes (Of) do not.
//
//go:embed senses.txt.gz
var sensesGz []byte

// MaxPhrase is the most words of a phrase SameSense is worth asking about:
// longer lemmas are few.
const MaxPhrase = 4

var (
	sensesOnce sync.Once
	senseIDs   map[string][]int32 // stems -> synsets
)

func loadSenses() {
	senseIDs = map[string][]int32{}
	var n int32
	eachLine(sensesGz, "senses.txt.gz", func(line string) {
		for _, k := range strings.Split(line, "\t") {
			senseIDs[k] = append(senseIDs[k], n)
		}
		n++
	})
}

// SameSense reports whether two different words or phrases, each written
// as the Porter2 stems of its words joined by single spaces ("decad",
// "decennium"; "abov", "in a higher place"), are lemmas of one WordNet
// synset: synonyms in at least one of their senses.
func SameSense(a, b string) bool {
	if a == b {
		return false
	}
	sensesOnce.Do(loadSenses)
	sa, sb := senseIDs[a], senseIDs[b]
	// Both lists are in increasing order.
	for i, j := 0, 0; i < len(sa) && j < len(sb); {
		switch {
		case sa[i] == sb[j]:
			return true
		case sa[i] < sb[j]:
			i++
		default:
			j++
		}
	}
	return false
}
