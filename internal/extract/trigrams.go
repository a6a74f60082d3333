package extract

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

//go:generate go run ../../tools/langprofiles -out langprofiles.go

// The scripts whatlanggo tells languages apart in by trigrams, as indexes
// of langProfiles.
const (
	scriptLatin = iota
	scriptCyrillic
	scriptArabic
	scriptDevanagari
	scriptEthiopic
	scriptHebrew
)

// profileScripts maps the tables whatlanggo.DetectScript returns to them.
var profileScripts = map[*unicode.RangeTable]int{
	unicode.Latin:      scriptLatin,
	unicode.Cyrillic:   scriptCyrillic,
	unicode.Arabic:     scriptArabic,
	unicode.Devanagari: scriptDevanagari,
	unicode.Ethiopic:   scriptEthiopic,
	unicode.Hebrew:     scriptHebrew,
}

// langProfile is one language's trigram profile (langprofiles.go).
type langProfile struct {
	lang     whatlanggo.Lang
	trigrams string
}

// whatlanggo's constants (constants.go, detect.go).
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
)

// profileIndex is one script's profiles turned around: for each trigram,
// the languages whose profiles hold it and at which rank. whatlanggo
// looks every trigram of every profile up in a map of the sample's
// (about 15,000 look-ups for the Latin script's 50 languages) after
// counting the sample's trigrams in a map of strings and ranking them with
// a reflective sort; this looks each of the sample's few hundred trigrams
// up once.
type profileIndex struct {
	langs []whatlanggo.Lang
	full  []int // a language's distance when no trigram is shared
	at    map[uint64][]profileRank
}

type profileRank struct {
	lang int32 // index in langs
	rank int32
}

var profileIndexes = sync.OnceValue(func() []profileIndex {
	out := make([]profileIndex, len(langProfiles))
	for s, profiles := range langProfiles {
		ix := profileIndex{at: map[uint64][]profileRank{}}
		for li, p := range profiles {
			ix.langs = append(ix.langs, p.lang)
			rs := []rune(p.trigrams)
			ix.full = append(ix.full, len(rs)/3*maxTrigramDistance)
			for i := 0; i+3 <= len(rs); i += 3 {
				k := trigramKey(rs[i], rs[i+1], rs[i+2])
				ix.at[k] = append(ix.at[k], profileRank{int32(li), int32(i / 3)})
			}
		}
		out[s] = ix
	}
	return out
})

// trigramKey packs three runes (21 bits each) into one number whose order
// is the order of the trigrams' strings.
func trigramKey(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// detectLang is whatlanggo.Detect's language and confidence for text,
// computed from profileIndexes. It gives whatlanggo's answer
// (TestDetectLangIsWhatlanggo, FuzzDetectLang), except which of two
// languages at the same smallest distance it names: whatlanggo's choice
// depends on map order, and its confidence is then 0 either way.
func detectLang(text string) (whatlanggo.Lang, float64) {
	script, ok := latinScript(text)
	if !ok {
		script = whatlanggo.DetectScript(text)
	}
	s, ok := profileScripts[script]
	if !ok {
		info := whatlanggo.Detect(text) // a script of one language, or none
		return info.Lang, info.Confidence
	}
	ix := &profileIndexes()[s]
	if len(ix.langs) == 1 {
		return ix.langs[0], 1
	}

	// The sample's trigrams, as whatlanggo's count reads them: punctuation,
	// digits, symbols and spaces are a space, letters lower-cased, and no
	// trigram is a space in the middle beside another.
	keys := make([]uint64, 0, len(text))
	r1, r2 := rune(' '), rune(-1)
	add := func(r3 rune) {
		if r2 >= 0 && !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			keys = append(keys, trigramKey(r1, r2, r3))
		}
		if r2 >= 0 {
			r1 = r2
		}
		r2 = r3
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			add(rune(asciiTrigramRune[c]))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		add(trigramRune(r))
		i += size
	}
	add(' ')

	// Ranked most frequent first, ties by the trigram's string from the
	// last: whatlanggo's order.
	slices.Sort(keys)
	type counted struct {
		key   uint64
		count int
	}
	distinct := make([]counted, 0, len(keys))
	for _, k := range keys {
		if n := len(distinct); n > 0 && distinct[n-1].key == k {
			distinct[n-1].count++
		} else {
			distinct = append(distinct, counted{k, 1})
		}
	}
	slices.SortFunc(distinct, func(a, b counted) int {
		if a.count != b.count {
			return b.count - a.count
		}
		if a.key > b.key {
			return -1
		}
		return 1
	})

	dist := slices.Clone(ix.full)
	for rank, c := range distinct {
		for _, p := range ix.at[c.key] {
			d := rank - int(p.rank)
			if d < 0 {
				d = -d
			}
			dist[p.lang] -= maxTrigramDistance - d
		}
	}
	return confidence(ix, dist, len(distinct))
}

// trigramRune is the character r counts as in a trigram: a space for
// punctuation, digits, symbols and spaces, else r lower-cased.
func trigramRune(r rune) rune {
	if unscripted(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// unscripted reports the characters whatlanggo counts in no script and
// reads as a space in a trigram: symbols, spaces, punctuation and digits.
func unscripted(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

// asciiTrigramRune is trigramRune of each ASCII byte, by a table: the
// language's samples are mostly ASCII, and the five look-ups of Unicode's
// tables a character were a fifth of detectLang (profile of copydesk add on
// the shared-sentence corpus, whose generated words no English test
// takes).
var asciiTrigramRune = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(trigramRune(rune(c)))
	}
	return t
}()

// latinScript is whatlanggo.DetectScript of a text whose letters are all
// Latin, without its look-ups of 23 scripts' tables a character, and ok;
// for any other text, ok is false. DetectScript counts the characters of
// each script, skipping punctuation, digits, symbols and spaces (a Latin
// letter is none of them): with none but Latin letters counted, it names
// Latin when it counted one and no script otherwise. Of ASCII only the
// letters are of a script; beyond it, a character that is not skipped
// and not a Latin letter (another script's, a mark) sends the text to
// DetectScript itself (TestLatinScript).
func latinScript(text string) (script *unicode.RangeTable, ok bool) {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				script = unicode.Latin
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unscripted(r):
		case unicode.Is(unicode.Latin, r):
			script = unicode.Latin
		default:
			return nil, false
		}
	}
	return script, true
}

// confidence is whatlanggo's calculateConfidence over the languages'
// distances, for a sample of n distinct trigrams.
func confidence(ix *profileIndex, dist []int, n int) (whatlanggo.Lang, float64) {
	first, second := -1, -1
	for i, d := range dist {
		switch {
		case first < 0 || d < dist[first]:
			first, second = i, first
		case second < 0 || d < dist[second]:
			second = i
		}
	}
	score1 := maxTotalDistance - dist[first]
	score2 := maxTotalDistance - dist[second]
	switch {
	case score1 == 0:
		return -1, 0
	case score2 == 0:
		// whatlanggo divides the integer score by 500 before converting.
		conf := float64(score1 / 500.0)
		if conf > 1.0 {
			conf = 1.0
		}
		return ix.langs[first], conf
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := float64(12.0/float64(n)) + 0.05
	if rate > confidentRate {
		return ix.langs[first], 1.0
	}
	return ix.langs[first], rate / confidentRate
}
