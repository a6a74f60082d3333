// Package text holds the text primitives the copy-finding stages share:
// normalising, word tokens with their byte offsets, sentence splitting,
// English stemming and stop words, and hashed word shingles. It does no I/O
// and keeps no state, so every function is safe for concurrent use.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds s for comparison: NFKC, lower case, curly quotes and
// apostrophes to ASCII, dashes and minus signs to '-', invisible characters
// (soft hyphens, zero-width spaces, byte-order marks) dropped, and every run
// of white space collapsed to one space, with none at either end.
func Normalize(s string) string {
	if !IsASCII(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of a text: what foldRune, unicode.IsSpace and
			// unicode.ToLower give it, without them.
			i++
			switch {
			case c == '`':
				c = '\''
			case asciiSpace[c]:
				space = b.Len() > 0
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		r = foldRune(r)
		switch {
		case r < 0:
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// SpaceByte reports whether c is an ASCII byte that unicode.IsSpace takes
// for a space (false for every byte of 0x80 and over): the fast path of
// the loops over mostly-ASCII text in text and extract.
func SpaceByte(c byte) bool { return asciiSpace[c] }

// asciiSpace holds the ASCII bytes unicode.IsSpace takes for spaces; the
// bytes of 0x80 and over are false.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// foldRune maps typographic variants to their ASCII form and returns -1 for
// characters that carry no text.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '\u0060':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return '-'
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return -1
	}
	return r
}

// IsASCII reports whether s is all ASCII (the fast paths of the text code).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
