package cluster

import (
	"math"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/text"
)

// bodyWords bounds how much of a long body counts: the top of a news article
// carries its event; the tail drifts into background.
const bodyWords = 400

// Terms returns the weighted terms of an article in language lang (ISO
// 639-1, "" when unknown): content words of the title (counted twice) and
// of the start of the body, stemmed, without the stop words of the
// language (text.ForLang), and the names it mentions (prefixed "@"), each
// weighted 1 + log(count).
func Terms(lang, title, body string) map[string]float64 {
	an := text.ForLang(lang)
	counts := map[string]float64{}
	add := func(s string, weight float64, limit int, withNames bool, prefix string) {
		n := 0
		for _, w := range text.Words(s) {
			if limit > 0 && n >= limit {
				break
			}
			n++
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
		if !withNames {
			return
		}
		for _, name := range names(an, s, limit) {
			counts["@"+name] += weight
		}
	}
	// Headlines capitalise every word, so names come from the body only.
	add(title, 2, 0, false, "^")
	add(body, 1, bodyWords, true, "")
	v := make(map[string]float64, len(counts))
	for t, n := range counts {
		v[t] = 1 + math.Log(n)
	}
	return v
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// names returns the capitalised word runs of s that do not start a sentence
// (or that run longer than one word), lower-cased: a cheap stand-in for named
// entities that needs no model.
func names(an *text.Analysis, s string, limit int) []string {
	var out []string
	fields := strings.Fields(s)
	if limit > 0 && len(fields) > limit {
		fields = fields[:limit]
	}
	var run []string
	sentenceStart := true
	flush := func() {
		if len(run) > 1 || (len(run) == 1 && len(run[0]) > 2) {
			out = append(out, strings.ToLower(strings.Join(run, " ")))
		}
		run = run[:0]
	}
	for _, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		capital := w != "" && unicode.IsUpper([]rune(w)[0]) && !calendar[strings.ToLower(w)]
		if capital && !(sentenceStart && len(run) == 0 && an.IsStop(strings.ToLower(w))) {
			run = append(run, w)
		} else {
			flush()
		}
		end := strings.TrimRight(f, `"')]”’`)
		sentenceStart = strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?")
		if sentenceStart || strings.ContainsAny(f, ",;:") {
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
		for _, tok := range text.Tokens(s) {
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
			out = append(out, w)
		}
	}
	return out
}

// head is the first two bytes of a word: a word can have a stem only when
// they agree (stems keep a word's start).
func head(w string) string {
	return w[:min(2, len(w))]
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}
