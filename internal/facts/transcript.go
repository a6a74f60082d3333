package facts

import (
	"strings"
	"unicode"
)

// notSpeakerLabels are capitalised labels with a colon that open a
// paragraph without naming who speaks ("UPDATE:", "PUBLISHED:").
var notSpeakerLabels = wordSet("update", "updated", "updates", "published", "posted", "breaking", "note",
	"editor's note", "editors note", "correction", "watch", "video", "photo", "photos", "read more", "related",
	"source", "sources", "live", "exclusive", "analysis", "opinion", "on deadline", "deadline", "click",
	"caption", "advertisement", "tags", "filed", "subscribe", "dateline", "q", "a", "question", "answer",
	"warning", "spoiler", "disclaimer", "transcript", "listen", "more", "see also", "credit", "by")

// transcriptLine is a paragraph that opens with a speaker's label.
type transcriptLine struct {
	label      string // as written, without the colon
	start, end int    // the words after the label
}

// transcriptLabel reads "WALLACE: ..." or "SEN. JOHN SMITH: ..." at the
// start of the paragraph at byte p: one to four words in capitals, then
// a colon and the words said.
func transcriptLabel(src string, p int) (transcriptLine, bool) {
	end := strings.IndexByte(src[p:], '\n')
	if end < 0 {
		end = len(src) - p
	}
	line := src[p : p+end]
	c := strings.IndexByte(line, ':')
	if c <= 0 || c > 40 {
		return transcriptLine{}, false
	}
	label := strings.TrimSpace(line[:c])
	letters := 0
	for _, r := range label {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return transcriptLine{}, false
		case r != ' ' && r != '.' && r != '\'' && r != '’' && r != '-':
			return transcriptLine{}, false
		}
	}
	if letters < 1 || len(strings.Fields(label)) > 4 || notSpeakerLabels[strings.ToLower(strings.ReplaceAll(label, "’", "'"))] {
		return transcriptLine{}, false
	}
	rest := p + c + 1
	for rest < p+end && isSpace(src[rest]) {
		rest++
	}
	stop := p + end
	for stop > rest && isSpace(src[stop-1]) {
		stop--
	}
	if len(strings.Fields(src[rest:stop])) < minQuoteWords {
		return transcriptLine{}, false
	}
	return transcriptLine{label: label, start: rest, end: stop}, true
}

// transcript reads the lines of a transcript as direct quotes: a
// paragraph opening with a speaker's label in capitals ("WALLACE: ...")
// is said by the person the label names, when the article names that
// person elsewhere ("Chris Wallace"), or, in an article of three or more
// such lines under two or more labels (an interview), by the label
// itself. A place is no label (a dateline, "WASHINGTON: ...").
func (rs *resolver) transcript() []Quote {
	var lines []transcriptLine
	distinct := map[string]bool{}
	for _, p := range rs.paras {
		if p >= len(rs.src) {
			continue
		}
		if l, ok := transcriptLabel(rs.src, p); ok && !rs.inQuote(l.start) {
			words := strings.Fields(strings.ToLower(l.label))
			if places[strings.Trim(words[len(words)-1], ".")] {
				continue
			}
			lines = append(lines, l)
			distinct[strings.ToLower(l.label)] = true
		}
	}
	interview := len(lines) >= 3 && len(distinct) >= 2
	var out []Quote
	for _, l := range lines {
		words := strings.Fields(strings.ToLower(l.label))
		key := strings.Trim(words[len(words)-1], ".")
		var sp speaker
		if m := rs.first[key]; m != nil {
			sp = rs.speakerOf(m)
		}
		if sp.name == "" {
			if !interview {
				continue
			}
			sp = speaker{name: titleCase(l.label), key: key, kind: kindPerson}
		}
		sp.via, sp.text = "transcript", l.label
		si := sentenceAt(rs.sents, l.start)
		q := Quote{Text: rs.src[l.start:l.end], Sentence: si, Start: l.start, End: l.end, Direct: true}
		q.setSpeaker(sp)
		out = append(out, q)
	}
	return out
}

// titleCase writes a label in capitals as a name ("JOHN SMITH": "John
// Smith").
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for k, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[k] = string(r)
	}
	return strings.Join(words, " ")
}
