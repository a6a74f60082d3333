package main

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is an article as the rewriters see it: paragraphs of sentences.
type Doc struct {
	Title string
	Paras [][]string
}

// ParseDoc splits a text into paragraphs (blank lines) and sentences.
func ParseDoc(title, text string) Doc {
	d := Doc{Title: title}
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		d.Paras = append(d.Paras, SplitSentences(p))
	}
	return d
}

// Text joins the paragraphs back, sentences by a space, paragraphs by a
// blank line.
func (d Doc) Text() string {
	ps := make([]string, 0, len(d.Paras))
	for _, p := range d.Paras {
		if len(p) > 0 {
			ps = append(ps, strings.Join(p, " "))
		}
	}
	return strings.Join(ps, "\n\n")
}

// Sentences lists the sentences in order.
func (d Doc) Sentences() []string {
	var out []string
	for _, p := range d.Paras {
		out = append(out, p...)
	}
	return out
}

// Clone copies the paragraph structure.
func (d Doc) Clone() Doc {
	c := Doc{Title: d.Title, Paras: make([][]string, len(d.Paras))}
	for i, p := range d.Paras {
		c.Paras[i] = append([]string(nil), p...)
	}
	return c
}

// Regroup makes a Doc of sentences, sizes[i] sentences to paragraph i (the
// rest in one last paragraph).
func Regroup(title string, sents []string, sizes []int) Doc {
	d := Doc{Title: title}
	i := 0
	for _, n := range sizes {
		if i >= len(sents) {
			break
		}
		j := min(i+n, len(sents))
		d.Paras = append(d.Paras, append([]string(nil), sents[i:j]...))
		i = j
	}
	if i < len(sents) {
		d.Paras = append(d.Paras, append([]string(nil), sents[i:]...))
	}
	return d
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "lt": true, "col": true, "sgt": true, "capt": true, "prof": true, "inc": true,
	"co": true, "corp": true, "ltd": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "mt": true, "ft": true, "u.s": true, "u.k": true, "a.m": true, "p.m": true, "e.g": true, "i.e": true,
}

// SplitSentences splits a paragraph after . ! or ? (and closing quotes or
// brackets) followed by a space and an upper-case letter, a digit or an
// opening quote, unless the word before is a known abbreviation or one
// letter.
func SplitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && strings.ContainsRune("\"')]”’", rune(p[j])) {
			j++
		}
		for j < len(p) && p[j] >= 0x80 { // multi-byte closing quotes
			r, n := utf8.DecodeRuneInString(p[j:])
			if r != '”' && r != '’' {
				break
			}
			j += n
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“‘'(", next) {
			continue
		}
		if c == '.' {
			k := i
			for k > start && p[k-1] != ' ' {
				k--
			}
			w := strings.ToLower(strings.Trim(p[k:i], "(\"“"))
			if abbreviations[w] || utf8.RuneCountInString(w) == 1 {
				continue
			}
		}
		out = append(out, strings.TrimSpace(p[start:j]))
		start = j + 1
		i = j
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’][\p{L}]+)*`)

// Words returns the lower-case words of s, for comparing texts.
func Words(s string) []string {
	ws := wordRe.FindAllString(strings.ToLower(s), -1)
	for i, w := range ws {
		ws[i] = strings.ReplaceAll(w, "’", "'")
	}
	return ws
}

// CountWords counts the words of s.
func CountWords(s string) int { return len(wordRe.FindAllStringIndex(s, -1)) }

// Shingles returns the set of n-word runs of s, each joined by spaces.
func Shingles(s string, n int) map[string]bool {
	ws := Words(s)
	out := map[string]bool{}
	for i := 0; i+n <= len(ws); i++ {
		out[strings.Join(ws[i:i+n], " ")] = true
	}
	return out
}

// Upper returns s with its first letter in upper case.
func Upper(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
		if !strings.ContainsRune("\"“‘'( ", r) {
			return s
		}
	}
	return s
}

// lowerable are sentence-initial words that stay lower case inside a
// sentence; other capitalised words may be names and keep their case.
var lowerable = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "when": true, "after": true, "before": true, "while": true,
	"although": true, "because": true, "if": true, "as": true, "since": true, "but": true, "and": true,
	"in": true, "on": true, "at": true, "for": true, "one": true, "two": true, "three": true, "some": true,
	"many": true, "most": true, "other": true, "police": true, "officials": true, "authorities": true,
}

// Lower returns s with its first word in lower case when that word is a
// common word, else s unchanged.
func Lower(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if i < 0 {
		i = len(s)
	}
	w := s[:i]
	if lowerable[strings.ToLower(w)] && w != strings.ToUpper(w) || w == "A" {
		return strings.ToLower(w) + s[i:]
	}
	return s
}

// Stop drops a sentence's final punctuation and returns the sentence and
// the punctuation ("." when there was none).
func Stop(s string) (string, string) {
	s = strings.TrimSpace(s)
	for _, p := range []string{".", "!", "?"} {
		if strings.HasSuffix(s, p) {
			return strings.TrimSpace(s[:len(s)-1]), p
		}
	}
	return s, "."
}

// Phrases are the 8-word runs of the lines the generator wrote itself
// (filler, context, update lines), so that no two unrelated articles share
// a long run of our own words.
type Phrases map[string]bool

// Unique calls gen until it writes a line none of whose 8-word runs was
// written before (at most 50 times), records the line's runs and returns it.
func (p Phrases) Unique(gen func() string) string { return p.UniqueAfter("", gen) }

// UniqueAfter is Unique for a line that follows prev: the runs across the
// two count too.
func (p Phrases) UniqueAfter(prev string, gen func() string) string {
	ws := Words(prev)
	prev = strings.Join(ws[max(0, len(ws)-7):], " ") // the runs inside prev are in already
	var s string
	for range 50 {
		s = gen()
		clash := false
		for k := range Shingles(prev+" "+s, 8) {
			if p[k] {
				clash = true
				break
			}
		}
		if !clash {
			break
		}
	}
	for k := range Shingles(prev+" "+s, 8) {
		p[k] = true
	}
	return s
}

// hasQuote reports whether s holds a quotation mark.
func hasQuote(s string) bool { return strings.ContainsAny(s, "\"“”") }

// toggleQuotes reports whether a text is inside quotation marks after gap,
// given whether it was before: the quote state every rewriter needs to
// leave quoted words alone.
func toggleQuotes(gap string, in bool) bool {
	for _, r := range gap {
		switch r {
		case '“':
			in = true
		case '”':
			in = false
		case '"':
			in = !in
		}
	}
	return in
}
