package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is one thing a speaker is reported to have said.
type Quote struct {
	// Text is the quoted words (direct) or the reported clause (indirect).
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Direct   bool   `json:"direct"`
	// Speaker is the speaker's name (the fullest form in the article), or
	// the words that name it when it could not be resolved.
	Speaker     string `json:"speaker,omitempty"`
	SpeakerKey  string `json:"speaker_key,omitempty"`
	SpeakerKind string `json:"speaker_kind,omitempty"` // person, org or empty
	// Via says how the speaker was found: named, pronoun, role noun,
	// continuation (a quote split around "he said", or following one),
	// according to.
	Via string `json:"via,omitempty"`
}

// minQuoteWords: shorter quoted words are scare quotes or names, not quotes.
const minQuoteWords = 4

// attributionBytes bounds the text before a quote read for its
// attribution: the rules look at most 18 words back, and a longer reach
// would make a sentence of many quotes cost the square of its length.
const attributionBytes = 400

type qspan struct{ open, start, end, close int } // marks and content

// quoteSpans finds the quoted passages of src: curly and straight double
// quotes, mixed as outlets mix them; an opening mark inside an open quote
// starts a new one, and a blank line closes an unclosed one.
func quoteSpans(src string) []qspan {
	var out []qspan
	open := -1
	emit := func(end, close int) {
		if open >= 0 {
			out = append(out, qspan{open: open, start: open + markLen(src, open), end: end, close: close})
		}
		open = -1
	}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n' && open >= 0 && strings.HasPrefix(strings.TrimLeft(src[i+1:], " \t\r"), "\n"):
			emit(i, i)
		case r == '“' || r == '„':
			emit(i, i)
			open = i
		case r == '”':
			if open >= 0 {
				emit(i, i+n)
			}
		case r == '"':
			if open >= 0 {
				emit(i, i+n)
			} else {
				pr, _ := utf8.DecodeLastRuneInString(src[:i])
				nr, _ := utf8.DecodeRuneInString(src[i+n:])
				if (i == 0 || unicode.IsSpace(pr) || strings.ContainsRune("([—-:", pr)) && nr != utf8.RuneError && !unicode.IsSpace(nr) {
					open = i
				}
			}
		}
		i += n
	}
	emit(len(src), len(src))
	return out
}

func markLen(src string, i int) int {
	_, n := utf8.DecodeRuneInString(src[i:])
	return n
}

// findQuotes finds direct quotes and their speakers, then indirect speech
// in the sentences without quotes.
func findQuotes(rs *resolver) []Quote {
	src, sents := rs.src, rs.sents
	out := []Quote{}
	spans := quoteSpans(src)
	quoted := map[int]bool{}
	var extras []Quote
	prevEnd, prevSent := -1, -1
	for _, q := range spans {
		body := strings.TrimSpace(src[q.start:q.end])
		si := sentenceAt(sents, q.start)
		if si < 0 {
			continue
		}
		quoted[si] = true
		if len(strings.Fields(body)) < minQuoteWords {
			continue
		}
		start := q.start + strings.Index(src[q.start:q.end], body)
		qt := Quote{Text: body, Sentence: si, Start: start, End: start + len(body), Direct: true}
		// The attribution after a quote stays in the sentence the quote ends in.
		tail := tokensBetween(sents, q.close, nextBoundary(src, sents, q.end-1, spans))
		// The attribution before a quote is in the last words before it.
		head := tokensBetween(sents, max(sents[si].Start, q.open-attributionBytes), q.open)
		ok := false
		if sp, via, found := rs.attribution(tail, true, q.open); found {
			qt.setSpeaker(sp, via)
			ok = true
		} else if sp, via, found := rs.attribution(head, false, q.open); found {
			qt.setSpeaker(sp, via)
			ok = true
		} else if sp, via, found := rs.finalAttribution(sents, sentenceAt(sents, q.end-1), q.close); found {
			// A quote inside a sentence that ends "..., said Gen. Pat Ryder."
			qt.setSpeaker(sp, via)
			ok = true
		}
		// A quote that follows another closely, with no speaker of its own,
		// continues it: join the parts of a quote split around "he said".
		if n := len(out); n > 0 && out[n-1].Direct && (prevSent == si || prevSent == si-1 || src[prevEnd:q.open] == "" ||
			q.open-prevEnd < 80) && sameParagraph(src, prevEnd, q.open) {
			last := &out[n-1]
			if !ok || qt.SpeakerKey != "" && qt.SpeakerKey == last.SpeakerKey {
				if between := src[last.End:start]; len(strings.Fields(between)) <= 8 {
					last.Text = strings.TrimRight(last.Text, ",;: ") + " … " + body
					last.End = qt.End
					prevEnd, prevSent = q.close, sentenceAt(sents, q.end-1)
					continue
				}
				if !ok && last.Speaker != "" {
					qt.Speaker, qt.SpeakerKey, qt.SpeakerKind, qt.Via = last.Speaker, last.SpeakerKey, last.SpeakerKind, "continuation"
				}
			}
		}
		// "..., she said, adding that the government would help": the
		// reported clause is a quote of the same speaker.
		if ok && qt.SpeakerKey != "" {
			if extra, found := rs.addingThat(tail, qt); found {
				extras = append(extras, extra)
			}
		}
		if qt.SpeakerKind == kindOrg {
			rs.lastOrg = speaker{qt.Speaker, qt.SpeakerKey, qt.SpeakerKind}
		}
		out = append(out, qt)
		prevEnd, prevSent = q.close, sentenceAt(sents, q.end-1)
	}
	out = append(out, extras...)
	for si := range sents {
		if quoted[si] {
			continue
		}
		if q, ok := reported(rs, si); ok {
			out = append(out, q)
		}
	}
	sortQuotes(out)
	return out
}

func sortQuotes(q []Quote) {
	sort.SliceStable(q, func(i, j int) bool { return q[i].Start < q[j].Start })
}

func sameParagraph(src string, a, b int) bool {
	if a < 0 || b < a {
		return false
	}
	g := src[a:b]
	return !strings.Contains(strings.ReplaceAll(g, "\r", ""), "\n\n") && !strings.Contains(g, "\n \n")
}

func (q *Quote) setSpeaker(sp speaker, via string) {
	q.Speaker, q.SpeakerKey, q.SpeakerKind, q.Via = sp.name, sp.key, sp.kind, via
}

// nextBoundary is where the attribution after a quote can end: the next
// opening quote or the end of the sentence.
func nextBoundary(src string, sents []sent, from int, spans []qspan) int {
	end := len(src)
	if si := sentenceAt(sents, from); si >= 0 {
		end = sents[si].End
	}
	if k := sort.Search(len(spans), func(k int) bool { return spans[k].open > from }); k < len(spans) && spans[k].open < end {
		end = spans[k].open
	}
	if p := strings.Index(src[from:end], "\n"); p >= 0 && strings.TrimSpace(src[from:from+p]) != "" {
		end = from + p
	}
	return end
}
