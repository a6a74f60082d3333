package provenance

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

// Source-language residue: a translation keeps names of its source language
// as they were ("Place de l'Église", "Jazz en Aubrac", "Bank of England"),
// function words and all, while an original rarely holds the function words
// of the language it is later translated into. Only function words inside
// capitalised names count (between two capitalised words, with nothing but
// spaces, hyphens and elisions around them), so that a stray "a" or "die"
// of running text is not taken for a foreign word.

// funcWords are the commonest function words (articles, prepositions,
// conjunctions, a few pronouns and forms of "to be") of each language, in
// lower case; an elided article keeps its apostrophe ("l'"). English "a"
// is left out: between two names it is more often the French verb ("Inès
// Valmont a Brévanne").
var funcWords = map[string]map[string]bool{
	"en": set("the an of and or in on at to for from by with as into upon over under about after before between through against among without within is are was were be this that these those its their his her our but nor than not which who"),
	"de": set("der die das den dem des ein eine einer eines einem einen und oder aber von vom zu zum zur im in an am auf aus bei beim mit nach für über unter vor hinter neben zwischen durch gegen ohne um bis seit ist sind war nicht auch als wie dass sich"),
	"fr": set("le la les l' un une des du de d' au aux et ou mais en dans sur sous pour par avec sans chez entre vers contre à est sont qui que qu' ne pas ce cette ces son sa ses leur leurs se il elle"),
	"es": set("el la los las lo un una unos unas del al de y e o u pero en con por para sin sobre entre hasta desde hacia contra según ante bajo tras es son fue que se su sus no como más este esta"),
}

// langNames are the names of each language, in the four languages, lower
// case, as a credit line gives them ("translated from the French",
// "aus dem Englischen übersetzt", "traduit de l'espagnol").
var langNames = map[string][]string{
	"en": {"english", "englisch", "anglais", "inglés", "ingles"},
	"de": {"german", "deutsch", "allemand", "alemán", "aleman"},
	"fr": {"french", "französisch", "franzosisch", "français", "francais", "francés", "frances"},
	"es": {"spanish", "spanisch", "espagnol", "español", "espanol"},
}

// translatedWords open a translation credit in each language.
var translatedWords = []string{"translated", "translation", "übersetzt", "übersetzung", "traduit", "traduction", "traducido", "traducida", "traducción"}

// languageName is how reasons name a language.
var languageName = map[string]string{"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lang returns the two-letter code of a language funcWords knows ("en-GB"
// is "en"), or "".
func lang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if len(l) > 2 && (l[2] == '-' || l[2] == '_') {
		l = l[:2]
	}
	if funcWords[l] == nil {
		return ""
	}
	return l
}

// Residue is what one text keeps of foreign languages inside its names.
type Residue struct {
	// Words is the number of words of the text.
	Words int
	// Hits counts, per foreign language, the function words inside names
	// that are words of that language and not of the text's own.
	Hits map[string]int
	// Names are the names holding them, per language, in order of first
	// appearance, each once.
	Names map[string][]string
}

// Of returns the residue of lang l: its hits when l is the one foreign
// language with the most hits in the text, else 0 (names shared by two
// languages, "Jazz en Aubrac" is French or Spanish, say nothing on their
// own).
func (r Residue) Of(l string) int {
	n := r.Hits[l]
	if n == 0 {
		return 0
	}
	for o, m := range r.Hits {
		if o != l && m >= n {
			return 0
		}
	}
	return n
}

// ResidueOf measures the foreign function words inside the capitalised
// names of s, a text in language own (a code funcWords knows).
func ResidueOf(s, own string) Residue {
	own = lang(own)
	r := Residue{Hits: map[string]int{}, Names: map[string][]string{}}
	toks := nameTokens(s)
	for _, t := range toks {
		if !t.elided {
			r.Words++
		}
	}
	// A name is a run of tokens joined by spaces, hyphens or elisions that
	// starts and ends with a capitalised word and holds only capitalised
	// words and lower-case function words (of any language).
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		end := i // last capitalised token of the run
		for j := i + 1; j < len(toks) && toks[j].joined && (toks[j].cap || anyFunc(toks[j].lower)); j++ {
			if toks[j].cap {
				end = j
			}
		}
		hits := map[string]int{}
		first, last := -1, -1
		for k := i + 1; k < end; k++ {
			t := toks[k]
			if t.cap || own != "" && funcWords[own][t.lower] {
				continue
			}
			for l, fw := range funcWords {
				if l != own && fw[t.lower] {
					hits[l]++
					if first < 0 {
						first = k
					}
					last = k
				}
			}
		}
		if first >= 0 {
			name := s[toks[nameEdge(toks, first, i, -1, own)].start:toks[nameEdge(toks, last, end, 1, own)].end]
			for l, n := range hits {
				r.Hits[l] += n
				if !contains(r.Names[l], name) {
					r.Names[l] = append(r.Names[l], name)
				}
			}
		}
		i = end + 1
	}
	return r
}

// nameEdge walks from the foreign word at k towards the run's edge (step
// -1 or 1) and returns where the name quoted in a reason ends: the last
// capitalised word reached before a function word of the text's own
// language ("auf der Place de l'Église" is quoted as "Place de l'Église"),
// or, when an own word comes first, the nearest capitalised word.
func nameEdge(toks []nameToken, k, edge, step int, own string) int {
	at, nearest := -1, -1
	ownSeen := false
	for j := k + step; j*step <= edge*step; j += step {
		t := toks[j]
		switch {
		case own != "" && funcWords[own][t.lower]:
			ownSeen = true
		case t.cap && !ownSeen:
			at = j
		case t.cap && nearest < 0:
			nearest = j
		}
		if ownSeen && (at >= 0 || nearest >= 0) {
			break
		}
	}
	switch {
	case at >= 0:
		return at
	case nearest >= 0:
		return nearest
	}
	return edge
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func anyFunc(w string) bool {
	for _, fw := range funcWords {
		if fw[w] {
			return true
		}
	}
	return false
}

type nameToken struct {
	start, end int
	lower      string
	// cap: begins with an upper-case letter; elided: a function word cut
	// before an apostrophe ("l'", "d'"); joined: only a space, a hyphen or
	// an elision separates it from the token before.
	cap, elided, joined bool
}

// nameTokens splits s into words, telling which follow the previous word
// with nothing but a space or a hyphen between them.
func nameTokens(s string) []nameToken {
	var toks []nameToken
	i := 0
	sep := "x" // text since the previous token; "x" before the first
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			sep += string(r)
			i += n
			continue
		}
		start := i
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += n
		}
		t := nameToken{start: start, end: i, lower: strings.ToLower(s[start:i])}
		first, _ := utf8.DecodeRuneInString(s[start:])
		t.cap = unicode.IsUpper(first)
		// An elided article: one or two letters and an apostrophe right
		// before the next letter ("l'Église", "d’Oberhain").
		if i < len(s) && i-start <= 2 {
			if r, n := utf8.DecodeRuneInString(s[i:]); r == '\'' || r == '’' {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsLetter(r2) {
					t.elided, t.lower, t.end = true, t.lower+"'", i+n
					i += n
				}
			}
		}
		t.joined = len(toks) > 0 && (sep == " " || sep == "-" || sep == "\u00a0" || sep == "" && toks[len(toks)-1].elided)
		toks = append(toks, t)
		sep = ""
	}
	return toks
}

// translatedFrom reports whether one of lines is a short credit saying the
// text was translated from language from or from outlet src.
func translatedFrom(lines []string, from, src string) bool {
	src = strings.ToLower(strings.TrimSpace(src))
	for _, l := range lines {
		if utf8.RuneCountInString(l) > 200 {
			continue
		}
		l = strings.ToLower(l)
		i := -1
		for _, w := range translatedWords {
			if j := strings.Index(l, w); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 {
			continue
		}
		if len(src) >= 4 && strings.Contains(l, src) {
			return true
		}
		for _, n := range langNames[from] {
			if strings.Contains(l, n) {
				return true
			}
		}
	}
	return false
}

// creditLines are the lines of an article where a translation credit may
// stand: what extraction stripped, the byline, and the paragraphs of its
// text.
func creditLines(a *copydesk.Article, txt string) []string {
	lines := []string{a.Byline}
	for _, r := range a.Removed {
		lines = append(lines, r.Text)
	}
	if txt == "" {
		txt = a.Text
	}
	return append(lines, strings.Split(txt, "\n")...)
}

// residueReason explains that tr keeps words of language l in its names.
func residueReason(tr, other string, l string, r Residue, otherHits int) string {
	ex := r.Names[l]
	if len(ex) > 2 {
		ex = ex[:2]
	}
	q := make([]string, len(ex))
	for i, e := range ex {
		q[i] = fmt.Sprintf("%q", e)
	}
	words := "words"
	if r.Of(l) == 1 {
		words = "word"
	}
	return fmt.Sprintf("%s keeps %d %s of %s in names such as %s (%s keeps %d of its language): the mark of a translation from %s",
		tr, r.Of(l), words, languageName[l], strings.Join(q, ", "), other, otherHits, languageName[l])
}
