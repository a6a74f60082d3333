// Package translit writes words of other scripts in Latin letters and
// reduces a name to a key that survives translation, so that copydesk can
// match the names of two articles in different languages: Обама and Obama,
// Σαμαράς and Samaras, Sýrii and Syria, Путиным and Putin.
//
// Latin transliterates Cyrillic (Russian, Ukrainian, Belarusian, Serbian,
// Bulgarian, Macedonian), Greek, Armenian, Georgian, Arabic (with Persian
// letters) and Hebrew in the way English-language news spells such names,
// and folds Latin letters with diacritics to plain ones. Key reduces a
// transliterated word to its consonant skeleton with sounds that languages
// spell differently merged; Match compares two words by their keys,
// tolerating an inflected ending or one letter spelled otherwise.
//
// The package has no state; every function is safe for concurrent use.
package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Latin returns s with every letter of a script it knows written in Latin
// letters (the case of each letter kept) and Latin letters stripped of their
// diacritics (ß is ss, æ ae, ø o, ł l; č, š and ž, which English spells ch,
// sh and zh when it writes Slavic names from Cyrillic, are c, s and z, as
// English news writes them from Czech or Croatian). Other characters are kept
// as they are.
func Latin(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	rs := []rune(norm.NFD.String(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if unicode.Is(unicode.Mn, r) {
			continue // a diacritic of the letter before
		}
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		lower := unicode.ToLower(r)
		upper := lower != r
		var next rune
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
		var prev rune
		if i > 0 {
			prev = unicode.ToLower(rs[i-1])
		}
		out, skip := letter(lower, prev, next)
		i += skip
		if out == "" {
			continue
		}
		if upper {
			// A capital stays one capital: Щ is Shch, not SHCH.
			f, n := utf8.DecodeRuneInString(out)
			b.WriteRune(unicode.ToUpper(f))
			b.WriteString(out[n:])
			continue
		}
		b.WriteString(out)
	}
	return b.String()
}

// letter returns the Latin spelling of one lower-case letter (decomposed:
// its diacritics follow it and are skipped by the caller), given the
// letters around it, and how many following runes it consumed.
func letter(r, prev, next rune) (string, int) {
	if s, ok := single[r]; ok {
		return s, 0
	}
	switch r {
	case 'д':
		if next == 'ж' {
			return "j", 1 // Джон is John, Аджария Ajaria
		}
		return "d", 0
	case 'μ':
		if next == 'π' && !isLetterRune(prev) {
			return "b", 1 // Μπους is Bush: a word-initial μπ is b
		}
		return "m", 0
	case 'ν':
		if next == 'τ' && !isLetterRune(prev) {
			return "d", 1 // Ντόναλντ is Donald
		}
		return "n", 0
	case 'γ':
		switch next {
		case 'κ':
			if !isLetterRune(prev) {
				return "g", 1
			}
			return "ng", 1
		case 'γ':
			return "ng", 1
		}
		return "g", 0
	case 'ο':
		if next == 'υ' {
			return "ou", 1
		}
		return "o", 0
	case 'ո':
		if next == 'ւ' {
			return "u", 1 // Armenian ու
		}
		return "o", 0
	}
	return string(r), 0
}

func isLetterRune(r rune) bool { return r != 0 && unicode.IsLetter(r) }

// single maps the letters spelled without regard to their neighbours.
var single = map[rune]string{}

func init() {
	add := func(pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			r, _ := utf8.DecodeRuneInString(pairs[i])
			single[r] = pairs[i+1]
		}
	}
	// Latin letters that do not decompose into a letter and a diacritic.
	add("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ð", "d", "þ", "th",
		"ł", "l", "ı", "i", "ħ", "h", "ŋ", "ng", "ſ", "s", "ĸ", "k")
	// Cyrillic, as English-language news writes Russian names (BGN/PCGN
	// without its diacritics), with the letters of Ukrainian, Belarusian,
	// Serbian, Macedonian and Bulgarian. Й and ы are y, soft and hard signs
	// are dropped.
	add("а", "a", "б", "b", "в", "v", "г", "g", "е", "e", "ё", "yo", "ж", "zh",
		"з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n",
		"о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
		"х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y",
		"ь", "", "э", "e", "ю", "yu", "я", "ya",
		"є", "ye", "і", "i", "ї", "yi", "ґ", "g", "ў", "u",
		"ђ", "dj", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "c", "џ", "dz",
		"ѓ", "gj", "ќ", "kj", "ѕ", "dz")
	// Greek (modern pronunciation).
	add("α", "a", "β", "v", "δ", "d", "ε", "e", "ζ", "z", "η", "i",
		"θ", "th", "ι", "i", "κ", "k", "λ", "l", "ξ", "x", "π", "p", "ρ", "r",
		"σ", "s", "ς", "s", "τ", "t", "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o")
	// Armenian.
	add("ա", "a", "բ", "b", "գ", "g", "դ", "d", "ե", "e", "զ", "z", "է", "e",
		"ը", "e", "թ", "t", "ժ", "zh", "ի", "i", "լ", "l", "խ", "kh", "ծ", "ts",
		"կ", "k", "հ", "h", "ձ", "dz", "ղ", "gh", "ճ", "ch", "մ", "m", "յ", "y",
		"ն", "n", "շ", "sh", "չ", "ch", "պ", "p", "ջ", "j", "ռ", "r", "ս", "s",
		"վ", "v", "տ", "t", "ր", "r", "ց", "ts", "ւ", "v", "փ", "p", "ք", "k",
		"օ", "o", "ֆ", "f", "և", "ev")
	// Georgian.
	add("ა", "a", "ბ", "b", "გ", "g", "დ", "d", "ე", "e", "ვ", "v", "ზ", "z",
		"თ", "t", "ი", "i", "კ", "k", "ლ", "l", "მ", "m", "ნ", "n", "ო", "o",
		"პ", "p", "ჟ", "zh", "რ", "r", "ს", "s", "ტ", "t", "უ", "u", "ფ", "p",
		"ქ", "k", "ღ", "gh", "ყ", "q", "შ", "sh", "ჩ", "ch", "ც", "ts", "ძ", "dz",
		"წ", "ts", "ჭ", "ch", "ხ", "kh", "ჯ", "j", "ჰ", "h")
	// Arabic and Persian: consonants and long vowels (short vowels are not
	// written; the key compares consonants).
	add("ا", "a", "أ", "a", "إ", "i", "آ", "a", "ٱ", "a", "ب", "b", "ت", "t",
		"ث", "th", "ج", "j", "ح", "h", "خ", "kh", "د", "d", "ذ", "dh", "ر", "r",
		"ز", "z", "س", "s", "ش", "sh", "ص", "s", "ض", "d", "ط", "t", "ظ", "z",
		"ع", "", "غ", "gh", "ف", "f", "ق", "q", "ك", "k", "ل", "l", "م", "m",
		"ن", "n", "ه", "h", "و", "w", "ي", "y", "ى", "a", "ة", "a", "ء", "",
		"ؤ", "", "ئ", "", "پ", "p", "چ", "ch", "ژ", "zh", "گ", "g", "ک", "k", "ی", "y")
	// Hebrew.
	add("א", "a", "ב", "b", "ג", "g", "ד", "d", "ה", "h", "ו", "v", "ז", "z",
		"ח", "ch", "ט", "t", "י", "y", "כ", "k", "ך", "k", "ל", "l", "מ", "m",
		"ם", "m", "נ", "n", "ן", "n", "ס", "s", "ע", "", "פ", "p", "ף", "f",
		"צ", "ts", "ץ", "ts", "ק", "k", "ר", "r", "ש", "sh", "ת", "t")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// digraphs are rewritten, longest first, before letters are merged into
// classes: spellings of one sound in different languages.
var digraphs = strings.NewReplacer(
	"shch", "s", "tsch", "c", "dzh", "j", "sch", "s", "kh", "h", "ch", "c",
	"sh", "s", "zh", "z", "th", "t", "ph", "f", "ck", "k", "ts", "s", "tz", "s",
	"dz", "s", "qu", "kv", "gh", "g", "x", "ks",
)

// Key returns the consonant skeleton of a word (any script): transliterated,
// lower-cased, with spellings of one sound in different languages merged
// (sh, sch and š; ch and č; kh, h and g; c, k and q; w and v; ts, tz, z and
// s), vowels dropped after a first one that is kept as "a", and doubled
// letters written once. Obama, Обама and Obamu all give "abm"; Putin and
// Путина "ptn"; Hamburg and Гамбург "gmbrg". It is "" for a word without
// letters.
func Key(word string) string {
	w := strings.ToLower(Latin(word))
	w = digraphs.Replace(w)
	var b strings.Builder
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if b.Len() == 0 {
				b.WriteByte('a')
				last = 'a'
				continue
			}
			last = 0 // a vowel between two equal consonants keeps both
			continue
		case 'c', 'q':
			c = 'k'
		case 'w':
			c = 'v'
		case 'z':
			c = 's'
		case 'h':
			c = 'g'
		}
		if c < 'a' || c > 'z' {
			continue
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

// Match reports whether two words, in any scripts, are likely the same name
// written in two languages or two grammatical cases. Their keys must agree:
// equal; or one the other with one more consonant at the end (an inflected
// ending: Путиным, Obamovi); or, for keys of four letters or more, one letter
// apart (seven or more: two). Words of fewer than two consonants match only
// when they are spelled alike.
func Match(a, b string) bool {
	return KeysMatch(Key(a), Key(b)) || strings.EqualFold(Latin(a), Latin(b)) && Key(a) != ""
}

// KeysMatch is Match on two keys made by Key.
func KeysMatch(ka, kb string) bool {
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	if consonants(ka) < 2 {
		return false
	}
	if ka == kb {
		return true
	}
	if len(ka) >= 3 && len(kb) == len(ka)+1 && strings.HasPrefix(kb, ka) {
		return true
	}
	if len(ka) < 4 {
		return false
	}
	limit := 1
	if len(ka) >= 7 {
		limit = 2
	}
	return within(ka, kb, limit)
}

// consonants is the number of consonants in a key: its letters but the
// mark of a first vowel.
func consonants(k string) int {
	if strings.HasPrefix(k, "a") {
		return len(k) - 1
	}
	return len(k)
}

// within reports whether the edit distance of a and b (bytes) is at most
// limit, in time proportional to their length times the limit.
func within(a, b string, limit int) bool {
	if len(b)-len(a) > limit || len(a)-len(b) > limit {
		return false
	}
	// A banded Levenshtein table: only cells within limit of the diagonal.
	const inf = 1 << 30
	width := 2*limit + 1
	prev := make([]int, width)
	cur := make([]int, width)
	for k := range prev {
		j := k - limit // column = row + offset
		if j >= 0 {
			prev[k] = j
		} else {
			prev[k] = inf
		}
	}
	for i := 1; i <= len(a); i++ {
		best := inf
		for k := range cur {
			j := i + k - limit
			if j < 0 || j > len(b) {
				cur[k] = inf
				continue
			}
			v := inf
			if j == 0 {
				v = i
			} else {
				cost := 1
				if a[i-1] == b[j-1] {
					cost = 0
				}
				v = prev[k] + cost // diagonal: prev row, same offset
				if k+1 < width && prev[k+1]+1 < v {
					v = prev[k+1] + 1 // from above
				}
				if k > 0 && cur[k-1]+1 < v {
					v = cur[k-1] + 1 // from the left
				}
			}
			cur[k] = v
			best = min(best, v)
		}
		if best > limit {
			return false
		}
		prev, cur = cur, prev
	}
	k := len(b) - len(a) + limit
	return k >= 0 && k < width && prev[k] <= limit
}
