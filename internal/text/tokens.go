package text

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text: its normalised form and its byte offsets in
// the text it was read from.
type Token struct {
	Start, End int
	Word       string
}

// Words returns the word tokens of s, lower-cased and folded as by Normalize.
// A word is a run of letters and digits; a few joiners are kept inside it so
// that common news tokens survive whole: dotted abbreviations ("u.s.",
// "a.m."), decimals and thousands ("3.5", "1,000"), apostrophes between
// letters ("didn't", "china's") and hyphens next to a digit ("f-22",
// "covid-19"). Other hyphenated compounds are split into their parts, so that
// "high-altitude" and "high altitude" give the same words.
func Words(s string) []string {
	words := make([]string, 0, wordsIn(len(s)))
	eachWord(s, func(start, end int) { words = append(words, foldWord(s[start:end])) })
	return words
}

// Tokens is Words with the byte offsets of every word in s.
func Tokens(s string) []Token {
	var toks []Token
	if len(s) > 0 {
		toks = make([]Token, 0, wordsIn(len(s)))
	}
	eachWord(s, func(start, end int) { toks = append(toks, Token{Start: start, End: end, Word: foldWord(s[start:end])}) })
	if len(toks) == 0 {
		return nil // as before, a text without words has no tokens
	}
	return toks
}

// TokensUpTo returns the first n tokens of s, as Tokens(s)[:n] gives them
// (all of them when n <= 0), reading s only as far as the n-th word: a
// stage that reads an article's first few hundred words read all of it.
func TokensUpTo(s string, n int) []Token {
	if n <= 0 {
		return Tokens(s)
	}
	var toks []Token
	if len(s) > 0 {
		toks = make([]Token, 0, min(n, wordsIn(len(s))))
	}
	eachWordWhile(s, func(start, end int) bool {
		toks = append(toks, Token{Start: start, End: end, Word: foldWord(s[start:end])})
		return len(toks) < n
	})
	if len(toks) == 0 {
		return nil
	}
	return toks
}

// AllTokens yields the tokens of s in order, as Tokens returns them,
// without making a slice of them all.
func AllTokens(s string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		eachWordWhile(s, func(start, end int) bool {
			return yield(Token{Start: start, End: end, Word: foldWord(s[start:end])})
		})
	}
}

// wordsIn guesses how many words n bytes of text hold, so that the slices
// of Words and Tokens are allocated about once: growing them one append at
// a time was almost half of what Tokens cost (profile of copydesk add).
// English news text runs about six bytes a word, spaces included.
func wordsIn(n int) int { return n/6 + 1 }

// eachWord calls f with the byte offsets of every word of s, in order.
func eachWord(s string, f func(start, end int)) {
	eachWordWhile(s, func(start, end int) bool {
		f(start, end)
		return true
	})
}

// eachWordWhile calls f with the byte offsets of the words of s, in order,
// until f returns false.
func eachWordWhile(s string, f func(start, end int) bool) {
	i := 0
	for i < len(s) {
		// An ASCII byte is its own rune: one look-up, no decoding (most
		// of the bytes between words are ASCII spaces and punctuation).
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		start := i
		end := scanWord(s, i)
		if !f(start, end) {
			return
		}
		i = end
	}
}

// scanWord returns the end of the word that starts at i.
func scanWord(s string, i int) int {
	segStart := i
	hasDigit := false
	for i < len(s) {
		// The ASCII letters and digits of a word, a byte each: decoding
		// every rune and asking unicode.IsDigit was most of what reading
		// a word cost (profile of copydesk dedup).
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			if c <= '9' {
				hasDigit = true // the ASCII word runes below 'A' are the digits
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if unicode.IsDigit(r) {
				hasDigit = true
			}
			i += n
			continue
		}
		next, nn := utf8.DecodeRuneInString(s[min(i+n, len(s)):])
		if i+n >= len(s) {
			next, nn = utf8.RuneError, 0
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == '.' && isLetter(prev) && i-segStart == utf8.RuneLen(prev) && isLetter(next):
			// A dotted abbreviation: single letters each followed by a dot.
			j := i + n + nn
			if j < len(s) && s[j] == '.' {
				i = j + 1
				for i+1 < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[i:])
					if !isLetter(r2) || i+n2 >= len(s) || s[i+n2] != '.' {
						break
					}
					i += n2 + 1
				}
				return i
			}
			return i
		case (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			i += n
			segStart = i
		case (r == '\'' || r == '\u2019') && isLetter(prev) && isLetter(next):
			i += n
			segStart = i
		case isHyphen(r) && isWordRune(prev) && isWordRune(next) && (hasDigit || unicode.IsDigit(next)):
			i += n
			segStart = i
		default:
			return i
		}
	}
	return i
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r] // most of the text: one look-up, inlined
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord holds the ASCII runes of words: letters and digits (no ASCII
// rune is a nonspacing mark).
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
	}
	return t
}()

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u2013'
}

// foldWord lower-cases one raw word and folds its joiners.
func foldWord(w string) string {
	upper := false
	i := 0
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			break
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if i == len(w) { // ASCII: one pass to tell, and a copy only with a capital
		if upper {
			return strings.ToLower(w)
		}
		return w
	}
	w = norm.NFKC.String(w)
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		r = foldRune(r)
		if r < 0 {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
