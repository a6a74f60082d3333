package facts

import (
	"slices"
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
	// mixed is a label in mixed case ("Thomas Malone:", "The Economist:"),
	// qa one of an interview's "Q:" and "A:".
	mixed, qa bool
	para      int // the paragraph's index in rs.paras
}

// labelJoiners are the small words a name in mixed case may hold ("Bank
// of Spain", "Ana de la Cruz").
var labelJoiners = wordSet("of", "the", "de", "la", "le", "du", "da", "van", "von", "der", "den", "al", "bin", "y")

// transcriptLabel reads "WALLACE: ..." or "SEN. JOHN SMITH: ..." at the
// start of the paragraph at byte p: one to four words in capitals, then
// a colon and the words said. A label in mixed case ("Thomas Malone:
// ...", one to four capitalised words) and an interview's "Q:" and "A:"
// are read too, marked, for transcript to keep only in an interview.
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
	letters, lower := 0, 0
	for _, r := range label {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			return transcriptLine{}, false
		case r != ' ' && r != '.' && r != '\'' && r != '’' && r != '-':
			return transcriptLine{}, false
		}
	}
	fold := strings.ToLower(strings.ReplaceAll(label, "’", "'"))
	qa := fold == "q" || fold == "a"
	if letters < 1 || len(strings.Fields(label)) > 4 || (!qa && notSpeakerLabels[fold]) {
		return transcriptLine{}, false
	}
	if lower > 0 {
		for k, w := range strings.Fields(label) {
			if r := []rune(w); !unicode.IsUpper(r[0]) && (k == 0 || !labelJoiners[w]) {
				return transcriptLine{}, false
			}
		}
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
	return transcriptLine{label: label, start: rest, end: stop, mixed: lower > 0, qa: qa}, true
}

// transcript reads the lines of a transcript as direct quotes: a
// paragraph opening with a speaker's label in capitals ("WALLACE: ...")
// is said by the person the label names, when the article names that
// person elsewhere ("Chris Wallace"), or, in an article of three or more
// such lines under two or more labels (an interview), by the label
// itself. A place is no label (a dateline, "WASHINGTON: ..."). Labels in
// mixed case ("Thomas Malone: ...", "The Economist: ...") are turns only
// in an interview: two speakers or more with two turns each, each an
// outlet ("The ...") or a person the article names ("Price: ...",
// "Location: ..." are a listing's fields); "Q:" and "A:"
// only when each opens two paragraphs or more, the answers then the
// interviewee's, the person the text before the first question names
// most. In an interview, a turn goes on over the paragraphs up to the
// next turn (not the last turn: what follows it may be the article's
// own words).
func (rs *resolver) transcript() []Quote {
	var caps, mixed, qa []transcriptLine
	distinct := map[string]bool{}
	turns := map[string]int{}
	for pi, p := range rs.paras {
		if p >= len(rs.src) {
			continue
		}
		l, ok := transcriptLabel(rs.src, p)
		if !ok || rs.inQuote(l.start) {
			continue
		}
		l.para = pi
		words := strings.Fields(strings.ToLower(l.label))
		key := strings.Trim(words[len(words)-1], ".")
		switch {
		case l.qa:
			qa = append(qa, l)
			turns[strings.ToLower(l.label)]++
		case places[key]:
		case l.mixed:
			// a speaker's label: an outlet's ("The Economist") or a person's
			// the article names ("Mr Malone"), not a listing's field
			// ("Tip:", "Opening Hours:")
			if words[0] == "the" && len(words) > 1 || rs.first[key] != nil {
				mixed = append(mixed, l)
				turns[key]++
			}
		default:
			caps = append(caps, l)
			distinct[strings.ToLower(l.label)] = true
		}
	}
	interview := len(caps) >= 3 && len(distinct) >= 2
	// a speaker of mixed-case labels counts with two turns or more; the
	// labels of one turn only are not turns
	kept, speakers := mixed[:0], map[string]bool{}
	for _, l := range mixed {
		words := strings.Fields(strings.ToLower(l.label))
		if key := strings.Trim(words[len(words)-1], "."); turns[key] >= 2 {
			kept, speakers[key] = append(kept, l), true
		}
	}
	mixed = kept
	if len(speakers) < 2 {
		mixed = nil
	}
	if turns["q"] < 2 || turns["a"] < 2 {
		qa = nil
	}
	var interviewee speaker
	if len(qa) > 0 {
		interviewee = rs.mostNamedBefore(rs.paras[qa[0].para])
	}
	lines := make([]transcriptLine, 0, len(caps)+len(mixed)+len(qa))
	lines = append(append(append(lines, caps...), mixed...), qa...)
	slices.SortFunc(lines, func(a, b transcriptLine) int { return a.start - b.start })
	var out []Quote
	for n, l := range lines {
		words := strings.Fields(strings.ToLower(l.label))
		key := strings.Trim(words[len(words)-1], ".")
		var sp speaker
		switch {
		case l.qa && key == "a":
			sp = interviewee
		case l.qa:
		default:
			if m := rs.first[key]; m != nil {
				sp = rs.speakerOf(m)
			}
		}
		if sp.name == "" && !l.qa {
			switch {
			case l.mixed && words[0] == "the":
				// "The Economist:": a person's label has no article
				sp = speaker{name: l.label, key: strings.Join(words[1:], " "), kind: kindOrg}
			case l.mixed:
				sp = speaker{name: l.label, key: key, kind: kindPerson}
			case interview:
				sp = speaker{name: titleCase(l.label), key: key, kind: kindPerson}
			default:
				continue
			}
		}
		if sp.name != "" {
			sp.via, sp.text = "transcript", l.label
		}
		end, text := l.end, rs.src[l.start:l.end]
		if (interview || l.mixed || l.qa) && n+1 < len(lines) {
			end, text = rs.turnGoesOn(l, lines[n+1].para)
		}
		si := sentenceAt(rs.sents, l.start)
		q := Quote{Text: text, Sentence: si, Start: l.start, End: end, Direct: true}
		q.setSpeaker(sp)
		out = append(out, q)
	}
	return out
}

// maxTurnParagraphs bounds how many paragraphs one interview turn goes on
// over.
const maxTurnParagraphs = 6

// turnGoesOn extends the turn l over the paragraphs before paragraph
// next (the next turn's), when they are few and each reads as prose:
// four words or more (not a separator, "* * *", nor a subheading). It
// returns the turn's end and its words, the paragraphs joined by a space.
func (rs *resolver) turnGoesOn(l transcriptLine, next int) (int, string) {
	if next-l.para-1 > maxTurnParagraphs {
		return l.end, rs.src[l.start:l.end]
	}
	end, parts := l.end, []string{rs.src[l.start:l.end]}
	for pi := l.para + 1; pi < next; pi++ {
		a, b := rs.paras[pi], len(rs.src)
		if pi+1 < len(rs.paras) {
			b = rs.paras[pi+1]
		}
		for b > a && isSpace(rs.src[b-1]) {
			b--
		}
		if len(strings.Fields(rs.src[a:b])) < minQuoteWords {
			return l.end, rs.src[l.start:l.end]
		}
		end, parts = b, append(parts, rs.src[a:b])
	}
	return end, strings.Join(parts, " ")
}

// mostNamedBefore is the person the text before byte at names most often
// (the first named of those named as often): an interview's interviewee,
// whom its lead introduces.
func (rs *resolver) mostNamedBefore(at int) speaker {
	count := map[string]int{}
	var best *ment
	for k := range rs.ms {
		m := &rs.ms[k]
		if m.start >= at {
			break
		}
		if m.kind != kindPerson {
			continue
		}
		count[m.key]++
		if best == nil || count[m.key] > count[best.key] {
			best = rs.first[m.key]
		}
	}
	if best == nil {
		return speaker{}
	}
	return rs.speakerOf(best)
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
