package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// Sentence is one sentence of the text.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// tok is one word of a sentence with its offsets in the article text.
type tok struct {
	raw        string // as written
	low        string // folded, trailing full stop and possessive dropped
	poss       bool   // written with 's
	start, end int
	// bare is where the word ends without its possessive ("China" of
	// "China’s"): the mark may be one byte or three.
	bare int
	cap  bool // starts with an upper-case letter
	// capsLead marks a given name written in capitals that opens its
	// paragraph before a surname, as popular papers open a story ("KELLY
	// Osbourne has blasted"): a name word, not an acronym.
	capsLead bool
	stem     string
	gap      string // the text between the previous word and this one
}

type sent struct {
	Sentence
	toks []tok
	// words are the sentence's words as text.Words gives them (before the
	// joins and trims of toks), kept for derive: reading each sentence's
	// words again, twice, was half of what derive cost.
	words []string
}

// split cuts text into sentences and words.
func split(s string) []sent {
	spans := text.Sentences(s)
	out := make([]sent, 0, len(spans))
	for _, sp := range spans {
		toks := text.Tokens(sp.Text)
		// Sized once: growing a sentence's words was a third of the bytes
		// Extract allocates (BenchmarkExtractSeeds).
		st := sent{Sentence: Sentence{Start: sp.Start, End: sp.End, Text: sp.Text}, toks: make([]tok, 0, len(toks)), words: make([]string, len(toks))}
		for i, t := range toks {
			st.words[i] = t.Word // text.Words(sp.Text): the same walk and folding
		}
		prev := sp.Start
		for _, t := range toks {
			start, end := sp.Start+t.Start, sp.Start+t.End
			raw := s[start:end]
			low := t.Word
			poss, bare := false, end
			if strings.HasSuffix(low, "'s") {
				low, poss = strings.TrimSuffix(low, "'s"), true
				bare = start + strings.LastIndexAny(raw, "'’")
			}
			low = strings.TrimSuffix(low, ".")
			if n := len(st.toks); n > 0 && digitGroup(st.toks[n-1], low, s[prev:start]) {
				// "150‚000", "150 000" (a narrow space): one number whose
				// groups a mark other than the comma parts.
				last := &st.toks[n-1]
				last.raw, last.low, last.end, last.bare = s[last.start:end], last.low+","+low, end, end
				last.stem = text.Stem(last.low)
				prev = end
				continue
			}
			r, _ := utf8.DecodeRuneInString(raw)
			st.toks = append(st.toks, tok{raw: raw, low: low, poss: poss, start: start, end: end, bare: bare,
				cap: unicode.IsUpper(r), stem: text.Stem(low), gap: s[prev:start]})
			prev = end
		}
		if t := st.toks; len(t) > 1 && len(t[0].raw) >= 3 && strings.ToUpper(t[0].raw) == t[0].raw && t[1].cap &&
			strings.ToUpper(t[1].raw) != t[1].raw && strings.TrimSpace(t[1].gap) == "" && givenName(t[0].low) &&
			(sp.Start == 0 || strings.HasSuffix(strings.TrimRight(s[:sp.Start], " \t"), "\n")) {
			st.toks[0].capsLead = true
		}
		out = append(out, st)
	}
	return out
}

// groupMarks part the digit groups of a number in some writings and
// typefaces: a low mark that looks like a comma (U+201A), an apostrophe
// (Swiss "150'000"), the Arabic thousands separator, a full-width comma, and
// the spaces that never break a line (no-break, thin, narrow no-break). A
// plain space is not one: "in 2008 100 people" is two numbers.
var groupMarks = map[string]bool{"\u201a": true, "'": true, "\u2019": true, "\u066c": true, "\uff0c": true,
	"\u00a0": true, "\u2009": true, "\u202f": true}

// digitGroup reports a word low of three digits that continues the number
// prev, its groups parted by the mark gap: prev is one to three digits, or
// already such groups.
func digitGroup(prev tok, low, gap string) bool {
	if len(low) != 3 || !isDigits(low) || !groupMarks[gap] || prev.end != prev.bare {
		return false
	}
	groups := strings.Split(prev.low, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || !isDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !isDigits(g) {
			return false
		}
	}
	return true
}

// lowerWords is the set of words the article writes in lower case somewhere:
// a capitalised word also written in lower case is a common word, not a name.
func lowerWords(sents []sent) map[string]bool {
	m := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.toks {
			if !t.cap {
				m[t.low] = true
			}
		}
	}
	return m
}

// span returns the article text of tokens [i, j) of s.
func (s *sent) span(i, j int) (int, int) { return s.toks[i].start, s.toks[j-1].end }

func (s *sent) at(i int) *tok {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// plainGap reports whether the text between two words is only space, or a
// full stop of an abbreviation followed by space.
func plainGap(g string, prev tok) bool {
	g2 := strings.TrimLeft(g, ".")
	if len(g2) != len(g) && !isAbbrev(prev) {
		return false
	}
	return strings.TrimSpace(g2) == ""
}

func plainGapOrDot(g string) bool { return strings.TrimSpace(strings.TrimLeft(g, ".")) == "" }

// isAbbrev reports whether t is a word that takes a full stop: a title,
// honorific, initial or dotted acronym.
func isAbbrev(t tok) bool {
	if strings.Contains(t.low, ".") || utf8.RuneCountInString(t.low) == 1 {
		return true
	}
	switch t.low {
	case "gen", "adm", "col", "maj", "lt", "capt", "sgt", "cmdr", "sen", "rep", "gov", "prof", "det",
		"brig", "supt", "mr", "mrs", "ms", "dr", "rev", "hon", "st", "jr", "sr", "mont", "va", "calif",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
		"co", "ltd", "no", "dist", "atty", "asst", "dep", "insp", "msgr", "fr", "const":
		return true
	}
	return stateAbbrevs[t.low]
}

// contentStems returns the stems of the words of s that are not stop words.
func contentStems(s string) []string { return contentStemsOf(text.Words(s)) }

// contentStemsOf is contentStems of the text whose words (text.Words) are words.
func contentStemsOf(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if text.IsStop(w) || len(w) < 2 {
			continue
		}
		out = append(out, text.Stem(w))
	}
	return out
}

// srcSlice cuts the article text [a, b) out of the sentence s.
func srcSlice(s *sent, a, b int) string {
	if a < s.Start || b > s.End {
		return ""
	}
	return s.Text[a-s.Start : b-s.Start]
}

func rawWords(s *sent, i, j int) []string {
	var w []string
	for k := i; k < j; k++ {
		w = append(w, s.toks[k].raw)
	}
	return w
}

// The gazetteers and word lists the rules use. They are small, written by
// hand, and lower case; words are compared after folding (text.Tokens).

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// sentenceAt returns the index of the sentence holding byte i, or of the
// next one.
func sentenceAt(sents []sent, i int) int {
	k := sort.Search(len(sents), func(k int) bool { return i < sents[k].End })
	if k == len(sents) {
		return -1
	}
	return k
}

// tref points at one word: sentence and word index.
type tref struct{ s, i int }

// tokensBetween lists the words that start within [a, b).
func tokensBetween(sents []sent, a, b int) []tref {
	var out []tref
	for si := max(sentenceAt(sents, a), 0); si < len(sents) && sents[si].Start < b; si++ {
		toks := sents[si].toks
		for i := firstWordFrom(toks, a); i < len(toks) && toks[i].end <= b; i++ {
			out = append(out, tref{si, i})
		}
	}
	return out
}

// firstWordFrom is the index of the first word of toks that starts at or
// after byte a.
func firstWordFrom(toks []tok, a int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].start >= a })
}
