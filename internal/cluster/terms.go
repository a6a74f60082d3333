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
