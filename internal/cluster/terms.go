package cluster

import (
	"math"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/translit"
)

// bodyWords bounds how much of a long body counts: the top of a news article
// carries its event; the tail drifts into background.
const bodyWords = 400

// Terms returns the weighted terms of an article in language lang (ISO
// 639-1, "" when unknown): content words of the title (counted twice) and
// of the start of the body, stemmed, without the stop words of the
// language (text.ForLang), and the names it mentions (prefixed "@"), each
// weighted 1 + log(count).
//
// What survives translation is written alike in every language, in terms
// of its own (anchors, prefixed "~", see isAnchor): each word of a name
// gives its key (nameKey, "~@"), months and days their English names,
// numbers their value (anchorTerm), and the language of an article with a
// body is marked ("~=" and lang). The clusterer counts anchors only between articles of
// different languages, so that an article and its translation share terms
// while two articles of one language are compared as if anchors did not
// exist.
func Terms(lang, title, body string) map[string]float64 {
	an := text.ForLang(lang)
	counts := map[string]float64{}
	// A headline with no body names its actors once, and one written in
	// title case capitalises its common words too (see names).
	headline := titleOnly(Item{Title: title, Text: body})
	eachWord := headline && titleCase(title)
	add := func(s string, weight float64, limit int, withNames bool, prefix string) {
		toks := text.TokensUpTo(s, limit)
		for _, tok := range toks {
			w := tok.Word
			if len(w) < 3 && !isNumber(w) {
				continue
			}
			t := an.Term(w)
			if t == "" {
				continue
			}
			counts[t] += weight
			if prefix != "" {
				counts[prefix+t]++
			}
		}
		anchors(counts, lang, s, toks, weight)
		if !withNames {
			return
		}
		// A capitalised word the text also writes in lower case is a
		// common word at the start of a sentence ("Talks", "Police"), not
		// a name: it gets no key.
		lower := map[string]bool{}
		for _, tok := range toks {
			if !hasUpper(s[tok.Start:tok.End]) {
				lower[tok.Word] = true
			}
		}
		for _, name := range names(an, s, limit, headline, eachWord) {
			counts["@"+name] += weight
			for _, w := range strings.Fields(name) {
				if v := translit.Word(lang, w, w); v != "" && translit.IsCalendar(v) || lower[w] {
					continue
				}
				if k := nameKey(an, w); k != "" {
					counts[nameKeyMark+k] += nameKeyWeight * weight
				}
			}
		}
	}
	// Headlines capitalise every word, so names come from the body only.
	add(title, 2, 0, false, "^")
	add(body, 1, bodyWords, true, "")
	v := make(map[string]float64, len(counts)+1)
	for t, n := range counts {
		v[t] = 1 + math.Log(n)
	}
	// A headline alone is too short for its language to be told reliably
	// (41 of the 3,285 English headlines of UCI's dev set are detected
	// as French, German, Malagasy...): it crosses no language.
	if lang != "" && !titleOnly(Item{Title: title, Text: body}) {
		v[langMark+lang] = 1
	}
	return v
}

// anchors counts the months, days and numbers of toks (the words of s) as
// anchors, each weight times.
func anchors(counts map[string]float64, lang, s string, toks []text.Token, weight float64) {
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		t := anchorTerm(lang, s[tok.Start:tok.End], tok.Word)
		// "38 000 000", as French and Russian group thousands, is one
		// number, as "38,000,000" is.
		for t != "" && t[0] >= '0' && t[0] <= '9' && i+1 < len(toks) && isGroup(s, tok, toks[i+1]) {
			i++
			tok.End = toks[i].End
			t += toks[i].Word
		}
		if t != "" {
			counts[anchorMark+t] += weight
		}
	}
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// Anchors are terms that start with anchorMark: those an article shares
// with its translation (see Terms). Among them, langMark starts the mark
// of an article's language, which counts in no similarity but tells which
// languages a cluster holds (its centroid's weight is the number of its
// articles in that language).
const (
	anchorMark = "~"
	langMark   = "~="
)

// isAnchor reports whether term t is an anchor (or a language mark).
func isAnchor(t string) bool { return t != "" && t[0] == '~' }

// nameKeyMark starts the anchor of a name word's key (see nameKey): a
// name that the names of an article and of its translation share.
const nameKeyMark = "~@"

// The whole key and nameKeyWeight were chosen on WMT14 ru-en's tune half
// (same-story pairs across languages, F1 online / offline): keys cut to
// three letters, which an inflected ending leaves alone (Путиным is
// "ptnm", Putin "ptn"), scored 0.83 / 0.87 but names of one language
// collide; the whole key of the stem, of at least three letters, 0.65 /
// 0.75 (of two, which Syria's "sr" needs, 0.70 / 0.77, but the English
// half of WMT14's held-out part then chained: 7 of 49 unrelated articles
// in one story). Counted four times (1 + log 4 in its weight): with
// two-letter keys, twice scored 0.58 / 0.64, once 0.44. Counted in every
// comparison they cost ECB+ tune (English alone) 0.017 in events and
// 0.025 in stories; counted only across languages, nothing
// (TestAnchorsOnlyAcrossLanguages).
const nameKeyWeight = 4

// nameKey is the language-independent key of a word of a name (lower
// case): its stem in the article's language, in Latin letters, reduced to
// its consonant skeleton (translit.Key), so that Обамой and Obama,
// Путиным and Putin, Москве and Moscow agree. "" for a key of fewer than
// three letters (Russia's "rs"), which would match too many names.
func nameKey(an *text.Analysis, w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // Obama's
	}
	if st := an.Term(w); st != "" {
		w = st
	}
	k := translit.Key(w)
	if len(k) < 3 {
		return ""
	}
	return k
}

// anchorTerm is the language-independent term of a token (raw as written,
// w folded to lower case) when it has one, else "": a month or a day of
// the week as its English name ("#october" for октября, Oktober and
// octobre), a number as its plain value whatever the language's
// separators ("1,5 млн" and "1.5 million" both give "1.5"; "38.000" in
// German and "38,000" in English "38000"), the number that starts a
// compound ("41-летний" and "41-year-old" give "41").
func anchorTerm(lang, raw, w string) string {
	if v := translit.Word(lang, raw, w); v != "" && translit.IsCalendar(v) {
		return "#" + v
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return ""
	}
	return plainNumber(lang, w)
}

// plainNumber writes the number that w starts with as digits with at most
// a decimal point: separators of thousands dropped, a decimal comma made
// a point, per the writing of language lang (translit.DecimalComma). A group of
// exactly three digits after a single separator is read as thousands in
// English, as a decimal part in a decimal-comma language only after a
// comma.
func plainNumber(lang string, w string) string {
	end := 0
	for end < len(w) && (w[end] >= '0' && w[end] <= '9' || w[end] == ',' || w[end] == '.') {
		end++
	}
	num := strings.TrimRight(w[:end], ".,")
	point, thousands := byte('.'), byte(',')
	if translit.DecimalComma(lang) {
		point, thousands = ',', '.'
	}
	var b strings.Builder
	for i := 0; i < len(num); i++ {
		switch c := num[i]; c {
		case thousands:
		case point:
			b.WriteByte('.')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// names returns the capitalised word runs of s that do not start a sentence
// (or that run longer than one word), lower-cased: a cheap stand-in for
// named entities that needs no model. In a headline (an item with no body)
// a possessive "'s" is cut ("Gox's" is "gox"): a headline names an actor
// once, in whichever form, where a body names it in both. (Cut in bodies
// too, it folds the seeds' three events into one, "China's" joining
// "China": TestSeedsStory.) With eachWord (a headline in title case, where
// every word is capitalised and a run would be the whole headline, "bitcoin
// exchange mt"), each capitalised word that is not a stop word is a name of
// its own, so that "Bitcoin Exchange Mt. Gox Seeks US Bankruptcy Relief"
// and "UK's first bitcoin machine opens in London" share "bitcoin".
func names(an *text.Analysis, s string, limit int, headline, eachWord bool) []string {
	var out []string
	var run []string
	sentenceStart := true
	flush := func() {
		if len(run) > 1 || (len(run) == 1 && len(run[0]) > 2) {
			out = append(out, strings.ToLower(strings.Join(run, " ")))
		}
		run = run[:0]
	}
	n := 0
	for f := range strings.FieldsSeq(s) {
		// The first limit fields (all when limit is 0), read no further.
		if n++; limit > 0 && n > limit {
			break
		}
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for _, suffix := range []string{"'s", "’s"} {
			if headline && len(w) > len(suffix)+1 && strings.HasSuffix(w, suffix) {
				w = w[:len(w)-len(suffix)]
			}
		}
		capital := w != "" && unicode.IsUpper([]rune(w)[0]) && !calendar[strings.ToLower(w)]
		if capital && !((eachWord || sentenceStart && len(run) == 0) && an.IsStop(strings.ToLower(w))) {
			run = append(run, w)
		} else {
			flush()
		}
		end := strings.TrimRight(f, `"')]”’`)
		sentenceStart = strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?")
		if sentenceStart || eachWord || strings.ContainsAny(f, ",;:") {
			flush()
		}
	}
	flush()
	return out
}

// calendar words are capitalised but name no actor or place.
var calendar = map[string]bool{}

func init() {
	for _, w := range strings.Fields("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec") {
		calendar[w] = true
	}
}

// Words returns the words that terms (as Assignment.Shared gives them:
// stems and lower-cased names, without their marks) stand for in an article,
// as the article writes them, so that an explanation reads "Chinese, spy,
// Beijing" and not "chines, spi, beij". A stem is shown by its shortest form
// in the title or body, in lower case unless the text always capitalises it;
// a name word by its first capitalised form; a term the text does not hold
// stays as it is. Terms that come out alike apart from case and final dots
// are given once. One pass over the words, stemming only those that could
// have one of the stems: about what Terms costs, once per placed article.
// The words are copies: a placement keeps them as long as the article is
// in memory, and a word cut out of the body would keep the whole body.
func Words(lang, title, body string, terms []string) []string {
	if len(terms) == 0 {
		return nil
	}
	type form struct {
		word  string // the shortest form seen
		lower bool   // seen in lower case
	}
	an := text.ForLang(lang)
	stems := map[string]*form{}  // stem -> how the text writes it
	nameW := map[string]string{} // a name's word, lower-cased -> its capitalised form
	heads := map[string]bool{}   // the first two bytes of the stems
	for _, t := range terms {
		stems[t] = &form{}
		heads[head(t)] = true
		for _, w := range strings.Fields(t) {
			nameW[w] = ""
		}
	}
	for _, s := range []string{title, body} {
		for tok := range text.AllTokens(s) {
			orig := s[tok.Start:tok.End]
			lower := !hasUpper(orig)
			if f, ok := nameW[tok.Word]; ok && f == "" && !lower {
				nameW[tok.Word] = orig
			}
			if !heads[head(tok.Word)] {
				continue
			}
			if f := stems[an.Term(tok.Word)]; f != nil {
				if f.word == "" || len(orig) < len(f.word) {
					f.word = orig
				}
				f.lower = f.lower || lower
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range terms {
		w := stems[t].word
		if stems[t].lower {
			w = strings.ToLower(w)
		}
		if w == "" {
			parts := strings.Fields(t)
			for i, p := range parts {
				if nameW[p] != "" {
					parts[i] = nameW[p]
				}
			}
			w = strings.Join(parts, " ")
		}
		key := strings.TrimRight(strings.ToLower(w), ".")
		if !seen[key] {
			seen[key] = true
			out = append(out, strings.Clone(w))
		}
	}
	return out
}

// head is the first two bytes of a word: a word can have a stem only when
// they agree (stems keep a word's start).
func head(w string) string {
	return w[:min(2, len(w))]
}

// titleCase reports whether a headline is written in title case: half or
// more of its words of four letters or more start with a capital. Chosen
// on the headlines' tune half (copydesk eval --part tune --recluster
// --orders 5): a share of 0.4 to 0.6 scores alike, 0.75 and 0.9 lower.
func titleCase(title string) bool {
	n, upper := 0, 0
	for _, f := range strings.Fields(title) {
		w := []rune(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
		if len(w) < 4 {
			continue
		}
		n++
		if unicode.IsUpper(w[0]) {
			upper++
		}
	}
	return n > 0 && 2*upper >= n
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// isGroup reports whether token next, in s, is a group of three digits
// that a space (or a no-break space) joins to the number tok ends with.
func isGroup(s string, tok, next text.Token) bool {
	gap := s[tok.End:next.Start]
	if gap != " " && gap != "\u00a0" && gap != "\u202f" || len(next.Word) != 3 {
		return false
	}
	for _, c := range []byte(next.Word) {
		if c < '0' || c > '9' {
			return false
		}
	}
	last := tok.Word[len(tok.Word)-1]
	return last >= '0' && last <= '9'
}
