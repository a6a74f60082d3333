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

	"github.com/copydesk/copydesk/internal/text"
)

// Latin returns s with every letter of a script it knows written in Latin
// letters (the case of each letter kept) and Latin letters stripped of their
// diacritics (ß is ss, æ ae, ø o, ł l; č, š and ž, which English spells ch,
// sh and zh when it writes Slavic names from Cyrillic, are c, s and z, as
// English news writes them from Czech or Croatian). Other characters are kept
// as they are.
func Latin(s string) string {
	if text.IsASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2)
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // a combining diacritic
		}
		lower := unicode.ToLower(r)
		upper := lower != r
		var prev, next rune
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
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

// base returns the letter a precomposed letter with diacritics is made of
// (é is e, ř r), or the rune itself.
func base(r rune) rune {
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Properties(utf8.AppendRune(buf[:0], r)).Decomposition()
	if len(d) == 0 {
		return r
	}
	b, _ := utf8.DecodeRune(d)
	return b
}

// letter returns the Latin spelling of one lower-case letter, given the
// letters around it, and how many following runes it consumed.
func letter(r, prev, next rune) (string, int) {
	if s, ok := single[r]; ok {
		return s, 0
	}
	if b := base(r); b != r {
		if b < utf8.RuneSelf {
			return string(b), 0 // a Latin letter with diacritics
		}
		r = b // a Greek letter with its accent: ά is α
		if s, ok := single[r]; ok {
			return s, 0
		}
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

// digraphs are rewritten, longest first, before letters are merged into
// classes: spellings of one sound in different languages.
var digraphs = []struct{ from, to string }{
	{"shch", "s"}, {"tsch", "c"}, {"dzh", "j"}, {"sch", "s"}, {"kh", "h"}, {"ch", "c"},
	{"sh", "s"}, {"zh", "z"}, {"th", "t"}, {"ph", "f"}, {"ck", "k"}, {"ts", "s"}, {"tz", "s"},
	{"dz", "s"}, {"qu", "kv"}, {"gh", "g"}, {"x", "ks"},
}

// Key returns the consonant skeleton of a word (any script): transliterated,
// lower-cased, with spellings of one sound in different languages merged
// (sh, sch and š; ch and č; kh, h and g; a hard c, k and q; w and v; ts, tz,
// z, a soft c and s), vowels dropped after a first one that is kept as "a",
// and doubled letters written once. Obama, Обама and Obamu all give "abm";
// Putin and Путина "ptn"; Hamburg and Гамбург "gmbrg". It is "" for a word
// without letters.
func Key(word string) string {
	w := Latin(word)
	// The lower-case ASCII letters, digraphs rewritten.
	var buf [64]byte
	lw := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			i++
			continue
		}
		done := false
		for _, d := range digraphs {
			if d.from[0] == c && hasPrefixFold(w[i:], d.from) {
				lw = append(lw, d.to...)
				i += len(d.from)
				done = true
				break
			}
		}
		if !done {
			lw = append(lw, c)
			i++
		}
	}
	var out [64]byte
	k := out[:0]
	var last byte
	for i, c := range lw {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if len(k) == 0 {
				k = append(k, 'a')
				last = 'a'
				continue
			}
			last = 0 // a vowel between two equal consonants keeps both
			continue
		case 'c':
			// A soft c (before e, i, y) is s, as ц and Czech c are.
			if i+1 < len(lw) && (lw[i+1] == 'e' || lw[i+1] == 'i' || lw[i+1] == 'y') {
				c = 's'
			} else {
				c = 'k'
			}
		case 'q':
			c = 'k'
		case 'w':
			c = 'v'
		case 'z':
			c = 's'
		case 'h':
			c = 'g'
		}
		if c == last {
			continue
		}
		k = append(k, c)
		last = c
	}
	return string(k)
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring the case of s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// Match reports whether two words, in any scripts, are likely the same name
// written in two languages or two grammatical cases. Their keys must agree:
// equal; or one the other with one more consonant at the end (an inflected
// ending: Путиным, Obamovi) or, for keys of three consonants or more, with
// the -sk of a Slavic adjective (Ивановской for Ivanovo); or, for keys of
// four letters or more, one letter apart (seven or more: two). Words of
// fewer than two consonants match only when their folded spellings (Fold)
// are equal: Айше and Aishe.
func Match(a, b string) bool {
	return KeysMatch(Key(a), Key(b)) || Key(a) != "" && Fold(a) == Fold(b)
}

// Fold returns a word in lower-case Latin letters with the spellings of
// one sound that transliterations disagree on merged (y and j are i, w is
// v) and doubled letters written once: Айше and Aishe are both "aishe".
// Other characters are dropped.
func Fold(word string) string {
	w := Latin(word)
	var buf [64]byte
	out := buf[:0]
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch c {
		case 'y', 'j':
			c = 'i'
		case 'w':
			c = 'v'
		}
		if c < 'a' || c > 'z' || c == last {
			continue
		}
		out = append(out, c)
		last = c
	}
	return string(out)
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
	if len(ka) >= 3 && strings.HasPrefix(kb, ka) {
		// An inflected ending (Путиным), or the adjective a Slavic
		// language makes of a place (Ивановской, Pražský: -sk and its
		// ending).
		rest := kb[len(ka):]
		if len(rest) == 1 || consonants(ka) >= 3 && strings.HasPrefix(rest, "sk") && len(rest) <= 3 {
			return true
		}
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
