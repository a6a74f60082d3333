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
func findQuotes(src string, sents []sent, e *entSet) []Quote {
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
		head := tokensBetween(sents, sents[si].Start, q.open)
		ok := false
		if sp, via, found := e.attribution(tail, true, q.open); found {
			qt.setSpeaker(sp, via)
			ok = true
		} else if sp, via, found := e.attribution(head, false, q.open); found {
			qt.setSpeaker(sp, via)
			ok = true
		} else if sp, via, found := e.finalAttribution(sents, sentenceAt(sents, q.end-1), q.close); found {
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
			if extra, found := e.addingThat(tail, qt); found {
				extras = append(extras, extra)
			}
		}
		if qt.SpeakerKind == kindOrg {
			e.lastOrg = speaker{qt.Speaker, qt.SpeakerKey, qt.SpeakerKind}
		}
		out = append(out, qt)
		prevEnd, prevSent = q.close, sentenceAt(sents, q.end-1)
	}
	out = append(out, extras...)
	for si := range sents {
		if quoted[si] {
			continue
		}
		if q, ok := e.indirect(si); ok {
			out = append(out, q)
		}
	}
	sortQuotes(out)
	return out
}

func sortQuotes(q []Quote) {
	for i := 1; i < len(q); i++ {
		for j := i; j > 0 && q[j].Start < q[j-1].Start; j-- {
			q[j], q[j-1] = q[j-1], q[j]
		}
	}
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

// finalAttribution reads the last segment of sentence si, after byte
// from: "..., said X." or "..., X said."
func (e *entSet) finalAttribution(sents []sent, si, from int) (speaker, string, bool) {
	if si < 0 {
		return speaker{}, "", false
	}
	s := &sents[si]
	n := len(s.toks)
	a := n - 1
	for a > 0 && !strings.ContainsAny(s.toks[a].gap, ",;") && n-a < 12 {
		a--
	}
	if a <= 0 || s.toks[a].start < from || !strings.ContainsAny(s.toks[a].gap, ",;") {
		return speaker{}, "", false
	}
	// Take in the apposition of a speaker after the verb ("said the
	// Pentagon press secretary, Gen. Pat Ryder").
	if a > 1 {
		b := a - 1
		for b > 0 && !strings.ContainsAny(s.toks[b].gap, ",;") && a-b < 8 {
			b--
		}
		if speechVerbs[s.toks[b].low] && s.toks[b].start >= from {
			a = b
		}
	}
	ws := make([]tref, 0, n-a)
	for i := a; i < n; i++ {
		ws = append(ws, tref{si, i})
	}
	sp, via, ok := e.attribution(ws, true, s.toks[a].start)
	if !ok || sp.kind == "" {
		return speaker{}, "", false
	}
	return sp, via, true
}

// addingThat finds "adding that CLAUSE" in the words after a quote.
func (e *entSet) addingThat(ws []tref, q Quote) (Quote, bool) {
	for k := 0; k+2 < len(ws); k++ {
		t := e.sents[ws[k].s].toks[ws[k].i]
		if (t.low == "adding" || t.low == "added") && e.sents[ws[k+1].s].toks[ws[k+1].i].low == "that" {
			first, last := ws[k+2], ws[len(ws)-1]
			if len(ws)-(k+2) < minQuoteWords {
				return Quote{}, false
			}
			a, _ := e.sents[first.s].span(first.i, first.i+1)
			_, b := e.sents[last.s].span(last.i, last.i+1)
			return Quote{Text: e.src[a:b], Sentence: first.s, Start: a, End: b, Speaker: q.Speaker,
				SpeakerKey: q.SpeakerKey, SpeakerKind: q.SpeakerKind, Via: "continuation"}, true
		}
	}
	return Quote{}, false
}

// sentenceAt returns the index of the sentence holding byte i, or of the
// next one.
func sentenceAt(sents []sent, i int) int {
	for k, s := range sents {
		if i < s.End {
			return k
		}
	}
	return -1
}

// nextBoundary is where the attribution after a quote can end: the next
// opening quote or the end of the sentence.
func nextBoundary(src string, sents []sent, from int, spans []qspan) int {
	end := len(src)
	if si := sentenceAt(sents, from); si >= 0 {
		end = sents[si].End
	}
	for _, q := range spans {
		if q.open > from && q.open < end {
			end = q.open
		}
	}
	if p := strings.Index(src[from:end], "\n"); p >= 0 && strings.TrimSpace(src[from:from+p]) != "" {
		end = from + p
	}
	return end
}

// tref points at one word: sentence and word index.
type tref struct{ s, i int }

// tokensBetween lists the words that start within [a, b).
func tokensBetween(sents []sent, a, b int) []tref {
	var out []tref
	for si := range sents {
		if sents[si].End <= a || sents[si].Start >= b {
			continue
		}
		for i, t := range sents[si].toks {
			if t.start >= a && t.end <= b {
				out = append(out, tref{si, i})
			}
		}
	}
	return out
}

type speaker struct{ name, key, kind string }

// isMedia reports organisation keys of news outlets and photo agencies,
// which are cited but rarely the speaker of a statement.
func isMedia(key string) bool {
	for _, w := range strings.Fields(key) {
		switch w {
		case "news", "images", "post", "today", "times", "press", "afp", "ap", "reuters", "forbes", "journal",
			"herald", "tribune", "gazette", "telegraph", "guardian", "chronicle", "daily", "tv", "radio", "cnn",
			"bbc", "nbc", "cbs", "abc", "fox", "bloomberg":
			return true
		}
	}
	return false
}

// attribution reads who speaks in the words next to a quote. After a quote
// ("..., he said", "..., said Gen. Pat Ryder", "..., the ministry's
// statement said") the verb is near the start; before one ("He said, ...",
// "Dalton announced that there had been ...") it is the last speech verb.
func (e *entSet) attribution(ws []tref, after bool, at int) (speaker, string, bool) {
	if len(ws) == 0 {
		return speaker{}, "", false
	}
	tk := func(k int) tok { return e.sents[ws[k].s].toks[ws[k].i] }
	if after {
		// Stop at the first clause break after a verb has been seen.
		lim := min(len(ws), 12)
		for v := 0; v < lim; v++ {
			if !speechVerbs[tk(v).low] {
				if v > 0 && strings.ContainsAny(tk(v).gap, ".;!?") {
					break
				}
				continue
			}
			if v == 0 {
				// Verb first: the speaker follows ("said Gen. Pat Ryder").
				// The speaker may stand after its role: "said the Pentagon
				// press secretary, Gen. Pat Ryder".
				end := 1
				for end < len(ws) && end < 14 && !strings.Contains(tk(end).gap, ";") && (!strings.Contains(tk(end).gap, ".") || isAbbrev(tk(end-1))) {
					if strings.Contains(tk(end).gap, ",") && !e.personAt(ws[end]) {
						break
					}
					end++
				}
				if sp, via, ok := e.speakerIn(ws[1:end], at); ok {
					return sp, via, true
				}
				return speaker{}, "", false
			}
			if sp, via, ok := e.speakerIn(ws[:v], at); ok {
				return sp, via, true
			}
			return speaker{}, "", false
		}
		return speaker{}, "", false
	}
	// Before: the last speech verb, with the speaker before it in its clause.
	for v := len(ws) - 1; v >= 0 && len(ws)-v <= 8; v-- {
		if !speechVerbs[tk(v).low] {
			continue
		}
		a := v
		for a > 0 && !strings.ContainsAny(tk(a).gap, ",;") && v-a < 10 {
			a--
		}
		if sp, via, ok := e.speakerIn(ws[a:v], at); ok {
			return sp, via, true
		}
		return speaker{}, "", false
	}
	return speaker{}, "", false
}

// speakerIn resolves the speaker named by the words ws: a person or
// organisation mentioned there, a pronoun (the last person, or for "it" the
// last organisation, named before), or a role noun ("the ministry", "the
// statement", "the official") standing for the last one named that fits.
func (e *entSet) speakerIn(ws []tref, at int) (speaker, string, bool) {
	// Leading conjunctions are no part of the speaker ("..., and the city
	// said"); a document "seen by" an outlet is not spoken by the outlet.
	for len(ws) > 0 && conjunctions[e.sents[ws[0].s].toks[ws[0].i].low] {
		ws = ws[1:]
	}
	for k, w := range ws {
		switch e.sents[w.s].toks[w.i].low {
		case "seen", "obtained", "reviewed", "by":
			ws = ws[:k]
		}
		if k >= len(ws) {
			break
		}
	}
	if len(ws) == 0 {
		return speaker{}, "", false
	}
	// A mention inside the words: the last person, else the last org.
	var best *ment
	for k := range e.ms {
		m := &e.ms[k]
		if m.kind == kindPlace {
			continue
		}
		for _, w := range ws {
			if m.sent == w.s && w.i >= m.ti && w.i < m.tj {
				if best == nil || m.kind == kindPerson && best.kind != kindPerson || m.kind == best.kind {
					best = m
				}
			}
		}
	}
	if best != nil {
		return e.speakerOf(best), "named", true
	}
	t0 := e.sents[ws[0].s].toks[ws[0].i]
	if len(ws) <= 2 && personPronouns[t0.low] {
		if m := e.lastBefore(at, func(m *ment) bool { return m.kind == kindPerson }); m != nil {
			return e.speakerOf(m), "pronoun", true
		}
		return speaker{}, "", false
	}
	if len(ws) <= 2 && orgPronouns[t0.low] {
		if e.lastOrg.key != "" {
			return e.lastOrg, "pronoun", true
		}
		if m := e.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && !isMedia(m.key) }); m != nil {
			return e.speakerOf(m), "pronoun", true
		}
		return speaker{}, "", false
	}
	// "Veltria's statistics office": a possessive before an organisation noun.
	if t0.poss && len(ws) <= 5 {
		if last := e.sents[ws[len(ws)-1].s].toks[ws[len(ws)-1].i].low; orgSuffixes[last] || speakerNouns[last] {
			return e.phraseSpeaker(ws), "role noun", true
		}
	}
	// A role noun: "the ministry('s statement)", "the official".
	if t0.low == "the" || t0.low == "a" || t0.low == "an" || t0.low == "his" || t0.low == "her" || t0.low == "its" {
		var nouns []string
		for _, w := range ws[1:] {
			nouns = append(nouns, singular(spelling(e.sents[w.s].toks[w.i].low)))
		}
		// "a spokesperson for Skyline": the organisation speaks.
		for k := 0; k+1 < len(nouns); k++ {
			if (nouns[k] == "spokesperson" || nouns[k] == "representative") && (nouns[k+1] == "for" || nouns[k+1] == "of") {
				for _, m := range e.mentionsIn(ws[k+2:]) {
					if m.kind == kindOrg {
						return e.speakerOf(m), "role noun", true
					}
				}
			}
		}
		if len(nouns) == 0 || len(nouns) > 5 {
			return speaker{}, "", false
		}
		// A statement introduced with "a" is new, not one named before.
		if (t0.low == "a" || t0.low == "an") && nouns[len(nouns)-1] == "statement" {
			return speaker{}, "", false
		}
		// The organisation nouns first: "the ministry's statement" is the
		// ministry's.
		lastNoun := nouns[len(nouns)-1]
		sort.SliceStable(nouns, func(i, j int) bool { return orgSuffixes[nouns[i]] && !orgSuffixes[nouns[j]] })
		for k := 0; k < len(nouns); k++ {
			n := nouns[k]
			if orgSuffixes[n] {
				if e.lastOrg.key != "" && strings.Contains(e.lastOrg.key, n) {
					return e.lastOrg, "role noun", true
				}
				if m := e.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && strings.Contains(m.key, n) && !isMedia(m.key) }); m != nil {
					return e.speakerOf(m), "role noun", true
				}
			}
			if titleHeads[n] || n == "official" || n == "spokesperson" {
				if m := e.lastBefore(at, func(m *ment) bool {
					if m.kind != kindPerson {
						return false
					}
					for _, r := range e.rolesOf(m.key) {
						if strings.Contains(roleKey(r), n) {
							return true
						}
					}
					return false
				}); m != nil {
					return e.speakerOf(m), "role noun", true
				}
				if t0.low == "the" && n != "official" {
					if m := e.lastBefore(at, func(m *ment) bool { return m.kind == kindPerson }); m != nil {
						return e.speakerOf(m), "role noun", true
					}
				}
			}
			if n == "statement" {
				if e.lastOrg.key != "" {
					return e.lastOrg, "role noun", true
				}
				if m := e.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && !isMedia(m.key) }); m != nil {
					return e.speakerOf(m), "role noun", true
				}
			}
		}
		// An organisation not named as such ("the county fire service"):
		// the words are its name.
		if orgSuffixes[lastNoun] || speakerNouns[lastNoun] {
			return e.phraseSpeaker(ws[1:]), "role noun", true
		}
		// Unresolved but named: keep the words.
		a, _ := e.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
		_, b := e.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
		return speaker{name: e.src[a:b]}, "unresolved", true
	}
	return speaker{}, "", false
}

// singular folds a plural noun ("companies", "ministries") for lookups.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 && w != "news" && w != "times" && w != "us":
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// mentionsIn lists the mentions that start at one of the words ws.
func (e *entSet) mentionsIn(ws []tref) []*ment {
	var out []*ment
	for k := range e.ms {
		m := &e.ms[k]
		for _, w := range ws {
			if m.sent == w.s && m.ti == w.i {
				out = append(out, m)
			}
		}
	}
	return out
}

// speakerNouns are nouns for bodies that speak but are no organisation
// suffix.
var speakerNouns = wordSet("city", "town", "county", "municipality", "region", "province", "state",
	"government", "ministry", "council", "police", "service", "office", "department")

// phraseSpeaker makes an organisation speaker of the words ws.
func (e *entSet) phraseSpeaker(ws []tref) speaker {
	var toks []tok
	for _, w := range ws {
		toks = append(toks, e.sents[w.s].toks[w.i])
	}
	key, _ := entityKey(kindOrg, toks)
	a, _ := e.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
	_, b := e.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
	return speaker{name: e.src[a:b], key: key, kind: kindOrg}
}

var conjunctions = wordSet("and", "but", "while", "as", "so", "yet", "or", "then")

// personAt reports whether word w starts a person mention.
func (e *entSet) personAt(w tref) bool {
	for _, m := range e.ms {
		if m.kind == kindPerson && m.sent == w.s && m.ti <= w.i && w.i < m.tj {
			return true
		}
	}
	// A title or honorific before a name also starts one.
	t := e.sents[w.s].toks[w.i]
	return titleHeads[t.low] || honorifics[t.low]
}

// rolesOf lists every role given to the person key in the article.
func (e *entSet) rolesOf(key string) []string {
	var out []string
	for _, m := range e.ms {
		if m.kind == kindPerson && m.key == key {
			out = append(out, m.roles...)
		}
	}
	return out
}

// lastBefore returns the last mention before byte at that ok accepts,
// looking back at most three sentences before the one holding at.
func (e *entSet) lastBefore(at int, ok func(*ment) bool) *ment {
	si := sentenceAt(e.sents, at)
	for k := len(e.ms) - 1; k >= 0; k-- {
		m := &e.ms[k]
		if m.start >= at {
			continue
		}
		if si >= 0 && m.sent < si-3 {
			break
		}
		if ok(m) {
			return m
		}
	}
	return nil
}

// speakerOf names a mention by the fullest form its article gives.
func (e *entSet) speakerOf(m *ment) speaker {
	name := m.name
	for _, x := range e.ms {
		if x.kind == m.kind && x.key == m.key && len(x.name) > len(name) {
			name = x.name
		}
	}
	return speaker{name: name, key: m.key, kind: m.kind}
}

// indirectVerbs introduce reported speech without quote marks.
var indirectVerbs = wordSet("said", "says", "told", "stated", "announced", "added", "noted", "claimed",
	"confirmed", "warned", "insisted", "explained", "argued", "reported", "acknowledged", "admitted", "denied")

// indirect reads reported speech from a sentence without quote marks:
// "According to X, ...", "..., according to X", "X said (that) ...",
// "..., X said (on Tuesday)."
func (e *entSet) indirect(si int) (Quote, bool) {
	s := &e.sents[si]
	n := len(s.toks)
	all := make([]tref, n)
	for i := range s.toks {
		all[i] = tref{si, i}
	}
	mk := func(a, b int, sp speaker, via string) (Quote, bool) {
		for a < b && (s.toks[a].low == "that" || isTimeWord(s.toks[a].low)) {
			a++
		}
		// "said in a statement that ...", "told reporters on Monday that ..."
		if a+3 < b && s.toks[a].low == "in" && s.toks[a+2].low == "statement" {
			a += 3
			for a < b && (s.toks[a].low == "that" || isTimeWord(s.toks[a].low)) {
				a++
			}
		}
		if b-a < minQuoteWords {
			return Quote{}, false
		}
		x, y := s.span(a, b)
		return Quote{Text: e.src[x:y], Sentence: si, Start: x, End: y, Speaker: sp.name, SpeakerKey: sp.key, SpeakerKind: sp.kind, Via: via}, true
	}
	for i := 0; i+1 < n; i++ {
		if s.toks[i].low != "according" || s.toks[i+1].low != "to" {
			continue
		}
		// The speaker runs to the next comma or the end.
		j := i + 2
		for j < n && !strings.ContainsAny(s.toks[j].gap, ",;") {
			j++
		}
		sp, _, ok := e.speakerIn(all[i+2:j], s.toks[i].start)
		if !ok || sp.kind == "" {
			return Quote{}, false
		}
		if i == 0 {
			return mk(j, n, sp, "according to")
		}
		return mk(0, i, sp, "according to")
	}
	for v := 1; v < n; v++ {
		if !indirectVerbs[s.toks[v].low] {
			continue
		}
		// The speaker is the clause before the verb.
		a := v
		for a > 0 && !strings.ContainsAny(s.toks[a].gap, ",;") && v-a < 10 {
			a--
		}
		sp, via, ok := e.speakerIn(all[a:v], s.toks[v].start)
		// "The owner, Pellworth Textiles, said" and "Ben Odhiambo, who
		// voted against, said": look back over up to three comma-separated
		// segments for the one that names the speaker.
		// Nothing before the verb in its segment ("The owner, Pellworth
		// Textiles, said"; "Ben Odhiambo, who voted against, said"): look
		// back over up to three segments for the one that names the
		// speaker. An organisation right before the verb gives way to a
		// person opening the sentence, whose apposition it is ("Gen. Glen
		// VanHerck, the commander of NORAD, told").
		empty := a == v
		for back, a2 := 0, a; back < 3 && a2 > 0 && (!ok || sp.kind == "" || sp.kind == kindOrg); back++ {
			b := a2
			a2--
			for a2 > 0 && !strings.ContainsAny(s.toks[a2].gap, ",;") {
				a2--
			}
			if !e.mentionIn(si, a2, b) {
				continue
			}
			sp2, via2, ok2 := e.speakerIn(all[a2:b], s.toks[v].start)
			if !ok2 || sp2.kind == "" {
				continue
			}
			switch {
			case sp2.kind == kindPerson && (empty || a2 == 0):
				sp, via, ok, a = sp2, via2, ok2, a2
			case empty && (!ok || sp.kind == ""):
				// An organisation: taken unless a person opens the sentence.
				sp, via, ok, a = sp2, via2, ok2, a2
			}
			if sp.kind == kindPerson {
				break
			}
		}
		if ok && sp.kind == "" && !empty && unnamedSpeaker(sp.name) {
			via = "unnamed"
		} else if !ok || sp.kind == "" {
			continue
		}
		// "..., the Defense Department said Tuesday." and "..., the two
		// companies said in a joint statement." report what comes before.
		if a > 0 && (n-v <= 4 || n-v <= 7 && !e.clauseAfter(si, v)) {
			return mk(0, a, sp, via)
		}
		if a == 0 || strings.ContainsAny(s.toks[a].gap, ",;") {
			b := v + 1
			if b < n && (s.toks[b].low == "reporters" || s.toks[b].low == "journalists") {
				b++
			}
			return mk(b, n, sp, via)
		}
	}
	return Quote{}, false
}

// mentionIn reports whether words [a, b) of sentence si hold a person or
// organisation mention.
func (e *entSet) mentionIn(si, a, b int) bool {
	for _, m := range e.ms {
		if m.sent == si && m.kind != kindPlace && m.ti >= a && m.ti < b {
			return true
		}
	}
	return false
}

// unnamedSpeaker reports words naming an unnamed person ("a Defense
// official", "a senior administration official", "the spokesman").
func unnamedSpeaker(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		w = strings.Trim(w, ".,")
		if w == "official" || w == "officials" || w == "source" || w == "sources" || titleHeads[w] {
			return true
		}
	}
	return false
}

// clauseAfter reports whether the words after the verb at v of sentence
// si hold a clause of their own (a comma, "that", or a verb-like word)
// rather than only where and when it was said.
func (e *entSet) clauseAfter(si, v int) bool {
	s := &e.sents[si]
	for k := v + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if strings.Contains(t.gap, ",") || t.low == "that" || isVerbish(t.low) || personPronouns[t.low] || t.low == "it" ||
			strings.HasSuffix(t.low, "ed") && len(t.low) > 4 {
			return true
		}
	}
	return false
}

func isTimeWord(l string) bool {
	_, wd := weekdays[l]
	return wd || l == "on" || l == "yesterday" || l == "today" || l == "earlier" || l == "later"
}
