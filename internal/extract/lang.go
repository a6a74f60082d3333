package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
)

// langSample bounds the text given to the language detector. On ECB+ dev
// (English), wmt14-ru-en (Russian and English) and testdata/translations
// (four languages), the first 800 bytes give the language the first 1,500
// give for every article, and the whole text no better: it leaves more
// articles undecided. Shorter samples do worse (at 600 bytes, 14 of 208
// wmt14 articles are undecided against 1).
const langSample = 800

// Lang returns the ISO 639-1 code of the language of text ("en", "de", ...),
// or "" when the text is too short or the detector is unsure.
//
// Most news the tool reads is English, and whatlanggo costs about 0.9 ms
// for a sample (counting and ranking its trigrams, then a distance to
// each language's profile): a sample that is plainly English by its
// function words and its vocabulary (english) is taken as English
// without it.
func Lang(text string) string {
	text = sample(text)
	if english(text) {
		return "en"
	}
	return detect(text)
}

// sample is the first langSample bytes of text, cut at a character.
func sample(text string) string {
	if len(text) <= langSample {
		return text
	}
	cut := langSample
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// detect is whatlanggo's language of text, or "" when text has fewer than
// 20 letters or the detector is unsure.
func detect(text string) string {
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 20 {
		return ""
	}
	lang, confidence := detectLang(text)
	if confidence <= whatlanggo.ReliableConfidenceThreshold {
		return ""
	}
	return lang.Iso6391()
}

// englishWords are English function words that no other language the
// detector knows uses as often (not "in", "is", "on", "a", which Dutch,
// German, French or Italian share).
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "that": true, "with": true,
	"was": true, "from": true, "has": true, "have": true, "were": true, "are": true,
	"said": true, "this": true, "which": true, "will": true, "been": true,
	"would": true, "their": true, "they": true, "his": true, "who": true,
	"had": true, "for": true, "it": true, "its": true, "by": true, "at": true,
}

// maxEnglishWord is the length of the longest of englishWords.
const maxEnglishWord = 5

// isEnglishWord is englishWords[strings.ToLower(w)] for an ASCII word w,
// upper when it has a capital, without lowering a copy of every word of
// the sample (a longer word is none of them).
func isEnglishWord(w string, upper bool) bool {
	if !upper {
		return englishWords[w]
	}
	if len(w) > maxEnglishWord {
		return false
	}
	var buf [maxEnglishWord]byte
	return englishWords[string(foldASCII(buf[:0], w))]
}

// Thresholds of english, from the tune parts of ECB+ dev and wmt14-ru-en
// and the copy benchmark (TestLangCorpora): there, English samples have
// 15 to 35% English function words and 60 to 100% of their content words
// in WordNet, and text of invented words with English function words
// (tools/wiregen) under 20%, which whatlanggo often finds undecided.
const (
	minEnglishWords = 40 // words in the sample
	minEnglishShare = 15 // percent of them in englishWords
	minKnownShare   = 60 // percent of the lower-case content words known to WordNet
)

// english reports whether s is plainly English: at least minEnglishWords
// words, minEnglishShare percent of them English function words, at most
// one in fifty with a letter outside ASCII (a name with a diacritic), and
// minKnownShare percent of its lower-case words of four letters or more
// that are not stop words known to WordNet (synonym.Commonness).
func english(s string) bool {
	words, hits, foreign := 0, 0, 0
	var content []string
	start, upper := -1, false // the ASCII word being read
	other := false            // it has a letter outside ASCII
	end := func(i int) {
		if start < 0 && !other {
			return
		}
		words++
		switch {
		case other:
			foreign++
		case isEnglishWord(s[start:i], upper):
			hits++
		case !upper && i-start >= 4 && !text.IsStop(s[start:i]):
			content = append(content, s[start:i])
		}
		start, upper, other = -1, false, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				other = true
			} else {
				end(i) // a curly quote, a dash
			}
			i += size
			continue
		}
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			end(i)
			i++
			continue
		}
		if start < 0 {
			start = i
		}
		i++
	}
	end(len(s))
	if words < minEnglishWords || hits*100 < words*minEnglishShare || foreign*50 > words {
		return false
	}
	known := 0
	for _, w := range content {
		if synonym.Commonness(w) > 0 {
			known++
		}
	}
	return len(content) > 0 && known*100 >= len(content)*minKnownShare
}
