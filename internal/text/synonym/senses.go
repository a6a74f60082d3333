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

// related.txt.gz (140 KB, built by relgen from WordNet 3.0) holds words
// one step apart in some sense, a verb with the verb it is a way of doing
// ("safeguard", "protect") and the adjectives of one small cluster
// ("erroneous", "mistaken", "incorrect"), one group a line (Close).
//
//go:embed related.txt.gz
var relatedGz []byte

var (
	sensesOnce, relatedOnce sync.Once
	senseIDs, relatedIDs    map[string][]int32 // stems -> lines
)

// loadGroups reads a table of one group of stems a line into the lines
// each stem is on.
func loadGroups(gz []byte, name string) map[string][]int32 {
	ids := map[string][]int32{}
	var n int32
	eachLine(gz, name, func(line string) {
		for _, k := range strings.Split(line, "\t") {
			ids[k] = append(ids[k], n)
		}
		n++
	})
	return ids
}

// SameSense reports whether two different words or phrases, each written
// as the Porter2 stems of its words joined by single spaces ("decad",
// "decennium"; "abov", "in a higher place"), are lemmas of one WordNet
// synset: synonyms in at least one of their senses.
func SameSense(a, b string) bool {
	if a == b {
		return false
	}
	sensesOnce.Do(func() { senseIDs = loadGroups(sensesGz, "senses.txt.gz") })
	return meet(senseIDs[a], senseIDs[b])
}

// Close reports whether two different single words, written as their
// Porter2 stems, are one step apart in some WordNet sense, where a writer
// puts one for the other and says the same thing: a verb and its direct
// hypernym ("safeguard", "protect"), adjectives of one cluster of at most
// a dozen ("concerned", "involved"). It never pairs antonyms, a word and
// one built on it ("identify", "misidentify"), a light verb of more than
// 20 senses ("go", "make"), nor nouns (names, titles, dates and places are
// nouns; "rifle" and "pistol" are kinds of one thing).
func Close(a, b string) bool {
	if a == b {
		return false
	}
	relatedOnce.Do(func() { relatedIDs = loadGroups(relatedGz, "related.txt.gz") })
	return meet(relatedIDs[a], relatedIDs[b])
}

// meet reports whether two increasing lists share an element.
func meet(sa, sb []int32) bool {
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
