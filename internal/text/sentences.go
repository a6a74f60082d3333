package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is one sentence: Text is s[Start:End], trimmed of surrounding space.
type Span struct {
	Start, End int
	Text       string
}

// Sentences splits s into sentences. A sentence ends at '.', '!', '?' or an
// ellipsis (with any closing quotes or brackets that follow) when the next
// word starts a sentence: a capital letter or a digit, possibly behind an
// opening quote. A line break ends a sentence when a blank line follows, or
// when the next line starts like a sentence or a list item, so that
// headlines and captions without a full stop stay apart. A full stop after
// an abbreviation does not end a sentence: titles ("Gen.", "Mr."), initials
// ("W."), months before a number ("Feb. 1"); dotted acronyms ("U.S.") and
// other abbreviations ("Mont.", "Inc.") end one only when the next word is a
// capitalised stop word ("U.S. The ..."), or for a place abbreviation after a
// comma ("Billings, Mont. Images ...").
func Sentences(s string) []Span {
	var spans []Span
	start := 0
	emit := func(end int) {
		a, b := start, end
		for a < b {
			r, n := utf8.DecodeRuneInString(s[a:b])
			if !unicode.IsSpace(r) && foldRune(r) >= 0 {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(s[a:b])
			if !unicode.IsSpace(r) && foldRune(r) >= 0 {
				break
			}
			b -= n
		}
		if a < b {
			spans = append(spans, Span{Start: a, End: b, Text: s[a:b]})
		}
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			k, lines := skipSpace(s, i)
			if k >= len(s) {
				i = k
				continue
			}
			next, _ := utf8.DecodeRuneInString(s[k:])
			if lines >= 2 || startsLine(s[k:], next) {
				emit(i)
				start = k
			}
			i = k
			continue
		case r == '.' || r == '!' || r == '?' || r == '\u2026':
			j := i + n
			for j < len(s) {
				c, cn := utf8.DecodeRuneInString(s[j:])
				if c != '.' && c != '!' && c != '?' && c != '\u2026' && !isCloser(c) {
					break
				}
				j += cn
			}
			if j >= len(s) {
				i = j
				continue
			}
			if c, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(c) {
				i = j
				continue
			}
			k, _ := skipSpace(s, j)
			if k >= len(s) {
				i = k
				continue
			}
			if !startsSentence(s[k:]) {
				i = j
				continue
			}
			if r == '.' && j == i+n && !abbrevEnds(s[:i], s[k:]) {
				i = j
				continue
			}
			emit(j)
			start = k
			i = k
			continue
		}
		i += n
	}
	emit(len(s))
	return spans
}

// skipSpace returns the first non-space byte at or after i and how many
// line breaks it passed.
func skipSpace(s string, i int) (int, int) {
	lines := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && foldRune(r) >= 0 {
			break
		}
		if r == '\n' {
			lines++
		}
		i += n
	}
	return i, lines
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '\u201d', '\u2019', '\u00bb':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '\u201c', '\u2018', '\u00ab', '\u201e':
		return true
	}
	return false
}

// startsSentence reports whether rest begins like a sentence: a capital
// letter or digit, possibly after opening quotes or brackets.
func startsSentence(rest string) bool {
	for _, r := range rest {
		if isOpener(r) {
			continue
		}
		return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) ||
			(unicode.IsLetter(r) && !unicode.IsLower(r))
	}
	return false
}

// startsLine reports whether a line that starts with next begins a new
// sentence after a single line break.
func startsLine(rest string, next rune) bool {
	switch next {
	case '\u2022', '-', '*', '\u2013', '\u2014', '\u25cf', '\u25aa':
		return true
	}
	return startsSentence(rest)
}

// Abbreviations by how their full stop behaves.
var (
	// titleAbbrevs never end a sentence.
	titleAbbrevs = set("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt",
		"col", "capt", "sgt", "adm", "maj", "cmdr", "cmdt", "rev", "st", "hon", "pres", "supt", "det",
		"insp", "cpl", "pvt", "mt", "ft", "messrs", "mmes", "mme", "mlle", "vs", "v", "approx", "cf",
		"fig", "figs", "gens", "brig", "lieut", "gov", "atty", "amb", "sec", "secs", "dept", "univ", "ave", "blvd",
		"const", "dist")
	// monthAbbrevs do not end a sentence before a number.
	monthAbbrevs = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	// placeAbbrevs are US state abbreviations of the AP style.
	placeAbbrevs = set("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
		"kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
		"okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "wva")
	// otherAbbrevs end a sentence only before a capitalised stop word.
	otherAbbrevs = set("inc", "co", "corp", "ltd", "jr", "sr", "bros", "etc", "no", "nos", "al", "esp", "est")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// abbrevEnds decides whether the full stop at the end of before ends the
// sentence, given the text after it (starting at the next word).
func abbrevEnds(before, after string) bool {
	// The word before the stop, dots included ("U.S", "Gen", "W").
	j := len(before)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:j])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
			break
		}
		j -= n
	}
	word := before[j:]
	if word == "" {
		return true
	}
	lower := strings.ToLower(word)
	nextWord := firstWord(after)
	nextStop := nextWord != "" && IsStop(strings.ToLower(nextWord))
	nextDigit := nextWord != "" && nextWord[0] >= '0' && nextWord[0] <= '9'
	switch {
	case strings.Contains(word, "."):
		// A dotted acronym: "U.S", "a.m", "e.g".
		return nextStop
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		// An initial.
		return nextStop
	case titleAbbrevs[lower]:
		return false
	case monthAbbrevs[lower]:
		return !nextDigit && nextStop
	case placeAbbrevs[lower] && word[0] >= 'A' && word[0] <= 'Z':
		return nextStop || strings.HasSuffix(strings.TrimRight(before[:j], " "), ",")
	case otherAbbrevs[lower]:
		if lower == "no" && nextDigit {
			return false
		}
		return nextStop || lower == "etc"
	}
	return true
}

// firstWord returns the letters and digits that start s, after any opening
// quotes or brackets.
func firstWord(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isOpener(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	return s[i:j]
}
