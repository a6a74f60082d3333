package eval

import (
	"regexp"
	"strings"
	"unicode"
)

// The baseline the quotes evaluation compares copydesk with: what a
// reasonable person writes in an hour. A quote is a run of four or more
// words between double quotation marks (straight or curly) inside one
// paragraph; its speaker is read at the speech verb nearest to it in the
// text (outside quotes), in either direction: the capitalised words after the verb ("said Gen. Pat Ryder")
// or before it ("Mr. Clarke said"), a pronoun taken for the last full name
// written before the quote, and a lower-case noun phrase ("the
// spokeswoman said") kept as a description.

var (
	baselineQuote = regexp.MustCompile(`["“]([^"“”\n]*)["”]`)
	baselineVerb  = regexp.MustCompile(`\b(said|says|told|added)\b`)
	baselineName  = regexp.MustCompile(`\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][A-Za-z'-]+\b`)
)

// baselineTitles may stand before a name.
var baselineTitles = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true,
	"Mrs": true, "Ms": true, "Dr": true, "Gen.": true, "Sen.": true, "Rep.": true, "Gov.": true, "President": true}

// baselineOrgWords make a capitalised speaker an organisation.
var baselineOrgWords = map[string]bool{"Police": true, "Department": true, "Ministry": true, "Office": true,
	"Agency": true, "Service": true, "Times": true, "News": true, "Association": true, "Company": true}

// Baseline is the regex and nearest-"said" QuoteSystem.
func Baseline(_, _, text string) []FoundQuote {
	var out []FoundQuote
	spans := baselineQuote.FindAllStringSubmatchIndex(text, -1)
	for _, m := range spans {
		body := text[m[2]:m[3]]
		if len(strings.Fields(body)) < 4 {
			continue
		}
		q := FoundQuote{Start: m[2], End: m[3]}
		pa, pb := 0, len(text)
		best, bestDist := []int(nil), len(text)
		for _, v := range baselineVerb.FindAllStringIndex(text[pa:pb], -1) {
			v0, v1 := pa+v[0], pa+v[1]
			inside := false
			for _, s := range spans {
				if v0 >= s[0] && v1 <= s[1] {
					inside = true
				}
			}
			if inside {
				continue
			}
			d := m[0] - v1
			if v0 >= m[1] {
				d = v0 - m[1]
			}
			if d < bestDist {
				best, bestDist = []int{v0, v1}, d
			}
		}
		if best != nil {
			q.Speaker, q.SpeakerKind = baselineSpeaker(text, best[0], best[1], m[0])
		}
		out = append(out, q)
	}
	return out
}

// baselineSpeaker reads the speaker at the verb text[v0:v1] of a quote
// opening at byte open.
func baselineSpeaker(text string, v0, v1, open int) (string, string) {
	kind := func(name string) string {
		for _, w := range strings.Fields(name) {
			if baselineOrgWords[w] {
				return "org"
			}
		}
		return "person"
	}
	// After the verb: "said Gen. Pat Ryder".
	after := strings.Fields(text[v1:min(len(text), v1+80)])
	var name []string
	for _, w := range after {
		clean := strings.TrimRight(w, ",.;:")
		if clean == "" || !unicode.IsUpper([]rune(clean)[0]) {
			break
		}
		if !baselineTitles[w] {
			name = append(name, clean)
		}
		if clean != w && !baselineTitles[w] {
			break
		}
	}
	if len(name) > 0 {
		n := strings.Join(name, " ")
		return n, kind(n)
	}
	// Before the verb: "Mr. Clarke said", "he said", "the spokeswoman said".
	before := strings.Fields(text[max(0, v0-80):v0])
	name = nil
	for k := len(before) - 1; k >= 0 && len(name) < 4; k-- {
		w := before[k]
		if strings.ContainsAny(w, ",;:\"“”") {
			break
		}
		if baselineTitles[w] {
			break
		}
		name = append([]string{w}, name...)
		if !unicode.IsUpper([]rune(w)[0]) {
			break
		}
	}
	if len(name) == 0 {
		return "", ""
	}
	switch strings.ToLower(name[len(name)-1]) {
	case "he", "she":
		all := baselineName.FindAllString(text[:open], -1)
		if len(all) == 0 {
			return "", ""
		}
		return all[len(all)-1], "person"
	}
	n := strings.Join(name, " ")
	if unicode.IsUpper([]rune(name[len(name)-1])[0]) {
		return n, kind(n)
	}
	return n, ""
}
