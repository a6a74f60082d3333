package text

import (
	"strings"
	"sync/atomic"

	"github.com/zeebo/xxh3"
)

// Stem returns the English Porter2 (Snowball) stem of word, lower-cased. A
// word that is not plain ASCII letters (and apostrophes) is taken as not
// English, or not stemmable, and returned lower-cased: digits, "u.s.",
// accented words.
//
// Every stage stems the same words again (fingerprints, cluster terms,
// facts, provenance: five to ten times each word of an article in the
// profile of copydesk add), and news repeats its vocabulary, so the stems
// are remembered (stemCache); Stem is a function of word alone, so what
// the cache holds never changes a result. Any number of goroutines may
// call it.
func Stem(word string) string {
	slot := &stemCache[xxh3.HashString(word)&(uint64(len(stemCache))-1)]
	if e := slot.Load(); e != nil && e.word == word {
		return e.stem
	}
	s := stem(word)
	// Both are copied: word and a stem that is word itself are often
	// slices of a whole article, which the cache must not keep alive.
	slot.Store(&stemEntry{word: strings.Clone(word), stem: strings.Clone(s)})
	return s
}

// stemCache holds the stems of some 64k words (a few MB at most): a slot a
// hash of the word, the newest word of a slot kept, read and written
// without a lock. A map a shard behind a read-write lock, as before, was
// three quarters of Stem's CPU in the profile of copydesk add (the map's
// hashing and probing, the lock's two atomic adds a word), for the same
// stems.
var stemCache [1 << 16]atomic.Pointer[stemEntry]

type stemEntry struct{ word, stem string }

// stem is Stem without the cache.
func stem(word string) string {
	w := strings.ToLower(word)
	w = strings.ReplaceAll(w, "\u2019", "'")
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && c != '\'' {
			return w
		}
	}
	if len(w) <= 2 {
		return w
	}
	if s, ok := stemExceptions[w]; ok {
		return s
	}
	st := stemmer{b: []byte(strings.TrimLeft(w, "'"))}
	if len(st.b) <= 2 {
		return string(st.b)
	}
	st.run()
	return string(st.b)
}

var stemExceptions = map[string]string{
	"skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
	"singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
	"cosmos": "cosmos", "bias": "bias", "andes": "andes",
}

var step1aInvariant = set("inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed")

// stemmer holds a word being stemmed; 'Y' marks a consonant y.
type stemmer struct {
	b      []byte
	r1, r2 int
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func (s *stemmer) run() {
	b := s.b
	if b[0] == 'y' {
		b[0] = 'Y'
	}
	for i := 1; i < len(b); i++ {
		if b[i] == 'y' && isVowel(b[i-1]) {
			b[i] = 'Y'
		}
	}
	s.marks()
	s.step0()
	if !s.step1a() {
		return
	}
	if step1aInvariant[string(s.b)] {
		s.finish()
		return
	}
	s.step1b()
	s.step1c()
	s.step2()
	s.step3()
	s.step4()
	s.step5()
	s.finish()
}

func (s *stemmer) finish() {
	for i, c := range s.b {
		if c == 'Y' {
			s.b[i] = 'y'
		}
	}
}

// marks sets R1 and R2: the region after the first non-vowel following a
// vowel, and the same again inside R1.
func (s *stemmer) marks() {
	b := s.b
	s.r1 = len(b)
	switch {
	case hasPrefix(b, "gener"), hasPrefix(b, "arsen"):
		s.r1 = 5
	case hasPrefix(b, "commun"):
		s.r1 = 6
	default:
		s.r1 = regionAfter(b, 0)
	}
	s.r2 = regionAfter(b, s.r1)
}

func regionAfter(b []byte, from int) int {
	for i := from + 1; i < len(b); i++ {
		if !isVowel(b[i]) && isVowel(b[i-1]) {
			return i + 1
		}
	}
	return len(b)
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }
func hasSuffix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[len(b)-len(p):]) == p
}

// longest returns the longest of suffixes that b ends with, or "".
func longest(b []byte, suffixes []string) string {
	best := ""
	for _, x := range suffixes {
		if len(x) > len(best) && hasSuffix(b, x) {
			best = x
		}
	}
	return best
}

func (s *stemmer) trim(n int) { s.b = s.b[:len(s.b)-n] }

func (s *stemmer) replace(suffix, with string) {
	s.b = append(s.b[:len(s.b)-len(suffix)], with...)
}

func (s *stemmer) inR1(suffix string) bool { return len(s.b)-len(suffix) >= s.r1 }
func (s *stemmer) inR2(suffix string) bool { return len(s.b)-len(suffix) >= s.r2 }

func (s *stemmer) step0() {
	if x := longest(s.b, []string{"'s'", "'s", "'"}); x != "" {
		s.trim(len(x))
	}
}

// step1a handles plurals; it reports false when the word is finished.
func (s *stemmer) step1a() bool {
	b := s.b
	switch x := longest(b, []string{"sses", "ied", "ies", "us", "ss", "s"}); x {
	case "sses":
		s.replace(x, "ss")
	case "ied", "ies":
		if len(b) > 4 {
			s.replace(x, "i")
		} else {
			s.replace(x, "ie")
		}
	case "s":
		for i := 0; i < len(b)-2; i++ {
			if isVowel(b[i]) {
				s.trim(1)
				break
			}
		}
	}
	return len(s.b) > 0
}

// isShort reports whether b ends in a short syllable.
func endsShortSyllable(b []byte) bool {
	n := len(b)
	if n == 2 {
		return isVowel(b[0]) && !isVowel(b[1])
	}
	if n >= 3 {
		c := b[n-1]
		return !isVowel(b[n-3]) && isVowel(b[n-2]) && !isVowel(c) && c != 'w' && c != 'x' && c != 'Y'
	}
	return false
}

func (s *stemmer) isShortWord() bool { return s.r1 >= len(s.b) && endsShortSyllable(s.b) }

func (s *stemmer) step1b() {
	x := longest(s.b, []string{"eed", "eedly", "ed", "edly", "ing", "ingly"})
	switch x {
	case "":
		return
	case "eed", "eedly":
		if s.inR1(x) {
			s.replace(x, "ee")
		}
		return
	}
	stem := s.b[:len(s.b)-len(x)]
	vowel := false
	for _, c := range stem {
		if isVowel(c) {
			vowel = true
			break
		}
	}
	if !vowel {
		return
	}
	s.b = stem
	switch {
	case hasSuffix(s.b, "at"), hasSuffix(s.b, "bl"), hasSuffix(s.b, "iz"):
		s.b = append(s.b, 'e')
	case endsDouble(s.b):
		s.trim(1)
	case s.isShortWord():
		s.b = append(s.b, 'e')
	}
}

func endsDouble(b []byte) bool {
	n := len(b)
	if n < 2 || b[n-1] != b[n-2] {
		return false
	}
	switch b[n-1] {
	case 'b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't':
		return true
	}
	return false
}

func (s *stemmer) step1c() {
	b := s.b
	n := len(b)
	if n > 2 && (b[n-1] == 'y' || b[n-1] == 'Y') && !isVowel(b[n-2]) {
		b[n-1] = 'i'
	}
}

var step2Suffixes = []string{"tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational",
	"ation", "ator", "alism", "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti",
	"biliti", "bli", "ogi", "fulli", "lessli", "li"}

var step2Replace = map[string]string{"tional": "tion", "enci": "ence", "anci": "ance", "abli": "able",
	"entli": "ent", "izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
	"alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous", "ousness": "ous",
	"iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble", "ogi": "og", "fulli": "ful",
	"lessli": "less", "li": ""}

func (s *stemmer) step2() {
	x := longest(s.b, step2Suffixes)
	if x == "" || !s.inR1(x) {
		return
	}
	switch x {
	case "ogi":
		if n := len(s.b) - 3; n < 1 || s.b[n-1] != 'l' {
			return
		}
	case "li":
		n := len(s.b) - 2
		if n < 1 {
			return
		}
		switch s.b[n-1] {
		case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
		default:
			return
		}
	}
	s.replace(x, step2Replace[x])
}

var step3Suffixes = []string{"tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative"}

var step3Replace = map[string]string{"tional": "tion", "ational": "ate", "alize": "al", "icate": "ic",
	"iciti": "ic", "ical": "ic", "ful": "", "ness": "", "ative": ""}

func (s *stemmer) step3() {
	x := longest(s.b, step3Suffixes)
	if x == "" || !s.inR1(x) {
		return
	}
	if x == "ative" && !s.inR2(x) {
		return
	}
	s.replace(x, step3Replace[x])
}

var step4Suffixes = []string{"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
	"ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"}

func (s *stemmer) step4() {
	x := longest(s.b, step4Suffixes)
	if x == "" || !s.inR2(x) {
		return
	}
	if x == "ion" {
		if n := len(s.b) - 3; n < 1 || (s.b[n-1] != 's' && s.b[n-1] != 't') {
			return
		}
	}
	s.trim(len(x))
}

func (s *stemmer) step5() {
	b := s.b
	n := len(b)
	if n == 0 {
		return
	}
	switch b[n-1] {
	case 'e':
		if s.inR2("e") || (s.inR1("e") && !endsShortSyllable(b[:n-1])) {
			s.trim(1)
		}
	case 'l':
		if s.inR2("l") && n >= 2 && b[n-2] == 'l' {
			s.trim(1)
		}
	}
}
