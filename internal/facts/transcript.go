package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
// own words), but not over a question right before the next turn, which
// is a turn of its own, the interviewer's: its label set in bold and lost
// in extraction. An interview whose first turns carry labels and whose
// later ones do not goes on by paragraph (unlabelledTurns). A label names
// the article's outlet when it is the outlet's name (labelSpeaker), and a
// label of one given name the person the article names with it. A quote
// in quotation marks inside a turn with no speaker of its own is left to
// the turn (insideTurn).
func (rs *resolver) transcript() []Quote {
	var caps, mixed, qa, cands []transcriptLine
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
			continue
		case l.mixed:
			// a speaker's label: an outlet's ("The Economist") or a person's
			// the article names ("Mr Malone"), not a listing's field
			// ("Tip:", "Opening Hours:")
			if !rs.namesSpeaker(l) {
				continue
			}
			mixed = append(mixed, l)
			turns[key]++
		default:
			caps = append(caps, l)
			distinct[strings.ToLower(l.label)] = true
		}
		cands = append(cands, l)
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
	lines := make([]transcriptLine, 0, len(caps)+len(mixed)+len(qa)+2)
	lines = append(append(append(lines, caps...), mixed...), qa...)
	// an interview whose later turns carry no label: its last labelled
	// question and answer are turns whatever the counts above
	ask, answer, rest, unlabelled := rs.unlabelledTurns(cands)
	if unlabelled {
		interview = true
		for _, l := range []transcriptLine{ask, answer} {
			if !slices.ContainsFunc(lines, func(o transcriptLine) bool { return o.start == l.start }) {
				lines = append(lines, l)
			}
		}
	}
	slices.SortFunc(lines, func(a, b transcriptLine) int { return a.start - b.start })
	var interviewee speaker
	for _, l := range lines {
		if l.qa {
			interviewee = rs.mostNamedBefore(rs.paras[l.para])
			break
		}
	}
	var out []Quote
	turn := func(sp speaker, label string, start, end int, text string) {
		if sp.name != "" {
			sp.via, sp.text = "transcript", label
		}
		q := Quote{Text: text, Sentence: sentenceAt(rs.sents, start), Start: start, End: end, Direct: true}
		q.setSpeaker(sp)
		out = append(out, q)
	}
	// the interviewer: the first label whose turn asks, else the outlet
	var asker speaker
	askLabel := ""
	for _, l := range lines {
		if isQuestion(rs.src[l.start:l.end]) {
			asker, _ = rs.labelSpeaker(l, interview, interviewee)
			askLabel = l.label
			break
		}
	}
	if askLabel == "" && len(rs.outlets) > 0 {
		asker = rs.outletSpeaker()
	}
	for n, l := range lines {
		sp, ok := rs.labelSpeaker(l, interview, interviewee)
		if !ok {
			continue
		}
		end, text := l.end, rs.src[l.start:l.end]
		if (interview || l.mixed || l.qa) && n+1 < len(lines) {
			next := lines[n+1]
			// a question without a label between an answer and the next
			// answer (its bold lost in extraction) is the interviewer's
			q := next.para
			if !isQuestion(text) && !isQuestion(rs.src[next.start:next.end]) {
				for q > l.para+1 && rs.questionPara(q-1) {
					q--
				}
			}
			end, text = rs.turnGoesOn(l, q)
			if q < next.para {
				turn(sp, l.label, l.start, end, text)
				if words := rs.joinParas(q, next.para); len(strings.Fields(words)) >= minQuoteWords {
					a, _, _ := rs.turnPara(q)
					_, b, _ := rs.turnPara(next.para - 1)
					turn(asker, askLabel, a, b, words)
				}
				continue
			}
		} else if unlabelled && l.start == answer.start && len(rest) > 0 {
			end, text = rs.turnGoesOn(l, rs.paraOf(rest[0].start))
		}
		turn(sp, l.label, l.start, end, text)
	}
	if unlabelled {
		runAsker, _ := rs.labelSpeaker(ask, true, interviewee)
		answerer, _ := rs.labelSpeaker(answer, true, interviewee)
		for _, t := range rest {
			if len(strings.Fields(t.text)) < minQuoteWords {
				continue
			}
			if t.question {
				turn(runAsker, ask.label, t.start, t.end, t.text)
			} else {
				turn(answerer, answer.label, t.start, t.end, t.text)
			}
		}
	}
	return out
}

// labelSpeaker is who says the turn l: the person its label names in the
// article (merged with the article's other mentions of that person), the
// outlet when the label names the article's own ("L.A. WEEKLY:", "The
// Economist:"), the person named in full with the label's given name
// ("Rick:"), an interview's interviewee for "A:" and its outlet for "Q:",
// else, in an interview, the label itself. ok is false for a label
// in capitals outside an interview that names nobody the article names
// (a heading, "LOCATION: ...").
func (rs *resolver) labelSpeaker(l transcriptLine, interview bool, interviewee speaker) (speaker, bool) {
	words := strings.Fields(strings.ToLower(l.label))
	key := strings.Trim(words[len(words)-1], ".")
	switch {
	case l.qa && key == "a":
		return interviewee, true
	case l.qa:
		return rs.outletSpeaker(), true
	}
	if m := rs.first[key]; m != nil {
		return rs.speakerOf(m), true
	}
	switch {
	case (interview || l.mixed) && rs.isOutlet(l.label):
		name := l.label
		if !l.mixed {
			name = titleCase(name)
		}
		if words[0] == "the" && len(words) > 1 {
			words = words[1:]
		}
		return speaker{name: name, key: strings.Join(words, " "), kind: kindOrg}, true
	}
	if m := rs.personByGiven(l.label); m != nil {
		return rs.speakerOf(m), true
	}
	switch {
	case l.mixed && words[0] == "the":
		// "The Economist:": a person's label has no article
		return speaker{name: l.label, key: strings.Join(words[1:], " "), kind: kindOrg}, true
	case l.mixed:
		return speaker{name: l.label, key: key, kind: kindPerson}, true
	case interview:
		return speaker{name: titleCase(l.label), key: key, kind: kindPerson}, true
	}
	return speaker{}, false
}

// unlabelledTurn is a turn of an interview that carries no label: a
// question (the interviewer's) or an answer.
type unlabelledTurn struct {
	start, end int
	text       string
	question   bool
}

// maxUnlabelledTurns bounds how many unlabelled turns one interview reads.
const maxUnlabelledTurns = 200

// unlabelledTurns reads an interview whose first turns carry labels and
// whose later ones do not ("L.A. WEEKLY: What ...?", "ALEXANDRIA
// DOUZIECH: I ...", then questions and answers by paragraph): when the
// last two labelled lines are a question under one label and the answer
// under another, and the paragraphs after them alternate, each question a
// paragraph ending in a question mark (or a request ending "please!"),
// each answer the paragraphs up to the next question, two questions or
// more, those paragraphs are turns: the questions the asker's, the answers
// the answerer's. The answer to the last question is its first paragraph
// only (what follows may be the article's own words), as is an answer no
// question follows within maxTurnParagraphs; a paragraph of under four
// words, a label ("IG: ...", "Editor's note: ...") or a quote's opening
// ends the run. It returns the two labelled lines and the turns after
// them, in order.
func (rs *resolver) unlabelledTurns(cands []transcriptLine) (ask, answer transcriptLine, rest []unlabelledTurn, ok bool) {
	if len(cands) < 2 {
		return ask, answer, nil, false
	}
	ask, answer = cands[len(cands)-2], cands[len(cands)-1]
	if strings.EqualFold(ask.label, answer.label) || !isQuestion(rs.src[ask.start:ask.end]) || isQuestion(rs.src[answer.start:answer.end]) ||
		answer.para-ask.para > maxTurnParagraphs || !rs.namesSpeaker(ask) || !rs.namesSpeaker(answer) {
		return ask, answer, nil, false
	}
	// the answer may go on over a few paragraphs before the first question
	pi := answer.para + 1
	for ; pi < len(rs.paras) && pi-answer.para <= maxTurnParagraphs; pi++ {
		if _, _, kind := rs.turnPara(pi); kind != paraProse {
			break
		}
	}
	questions := 0
	for pi < len(rs.paras) && len(rest) < maxUnlabelledTurns {
		a, b, kind := rs.turnPara(pi)
		if kind != paraQuestion {
			break
		}
		// a question may take two paragraphs ("Did you go ...?", "Why?")
		q := unlabelledTurn{start: a, end: b, question: true}
		parts := []string{rs.src[a:b]}
		for pi++; pi < len(rs.paras); pi++ {
			a, b, kind := rs.turnPara(pi)
			if kind != paraQuestion {
				break
			}
			q.end, parts = b, append(parts, rs.src[a:b])
		}
		q.text = strings.Join(parts, " ")
		rest, questions = append(rest, q), questions+1
		// the answer: the paragraphs up to the next question
		first := pi
		var ans unlabelledTurn
		parts = parts[:0]
		next := -1
		for ; pi < len(rs.paras) && pi-first < maxTurnParagraphs; pi++ {
			a, b, kind := rs.turnPara(pi)
			if kind == paraQuestion {
				next = pi
				break
			}
			if kind != paraProse {
				break
			}
			if len(parts) == 0 {
				ans.start = a
			}
			ans.end, parts = b, append(parts, rs.src[a:b])
		}
		if len(parts) == 0 {
			break
		}
		if next < 0 {
			// no question follows: the answer is its first paragraph, and
			// the run ends
			_, ans.end, _ = rs.turnPara(first)
			ans.text = rs.src[ans.start:ans.end]
			rest = append(rest, ans)
			break
		}
		ans.text = strings.Join(parts, " ")
		rest = append(rest, ans)
	}
	if questions < 2 {
		return ask, answer, nil, false
	}
	return ask, answer, rest, true
}

// namesSpeaker reports a label that names who speaks: "Q:" or "A:", the
// article's outlet, a person the article names (by surname or, alone, by
// given name), or an outlet written "The ..."; not a field in capitals
// ("LOCATION: ...", "DIRECTIONS: ...").
func (rs *resolver) namesSpeaker(l transcriptLine) bool {
	words := strings.Fields(strings.ToLower(l.label))
	key := strings.Trim(words[len(words)-1], ".")
	return l.qa || rs.isOutlet(l.label) || rs.first[key] != nil || rs.personByGiven(l.label) != nil ||
		l.mixed && words[0] == "the" && len(words) > 1
}

// Kinds of paragraph an interview's unlabelled run reads.
const (
	paraProse    = iota // four words or more, no label
	paraQuestion        // ends in a question mark, or a request's "please!"
	paraEnd             // anything else: the run ends there
)

// turnPara is paragraph pi's span without its trailing space, and its kind.
func (rs *resolver) turnPara(pi int) (int, int, int) {
	a, b := rs.paras[pi], len(rs.src)
	if pi+1 < len(rs.paras) {
		b = rs.paras[pi+1]
	}
	for b > a && isSpace(rs.src[b-1]) {
		b--
	}
	text := rs.src[a:b]
	switch {
	case a >= b || rs.inQuote(a) || strings.ContainsRune(text, '\n'):
		return a, b, paraEnd
	case labelOpens(text):
		return a, b, paraEnd
	case isQuestion(text) && !opensWithQuoteMark(text):
		return a, b, paraQuestion
	case len(strings.Fields(text)) < minQuoteWords:
		return a, b, paraEnd
	}
	return a, b, paraProse
}

// isQuestion reports a turn that asks: its last words end in a question
// mark (before any closing mark), or it is a request ending "please" ("...
// handles, please!").
func isQuestion(text string) bool {
	t := strings.TrimRight(text, " \"'”’)]")
	if strings.HasSuffix(t, "?") {
		return true
	}
	t = strings.TrimRight(t, ".!")
	return len(t) < len(strings.TrimRight(text, " ")) && strings.HasSuffix(strings.ToLower(t), " please")
}

// opensWithQuoteMark reports a paragraph that opens with a quotation mark:
// quoted speech of the article's own, not a turn.
func opensWithQuoteMark(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '«' || r == '„'
}

// labelOpens reports a paragraph that opens with a label and a colon: a
// speaker's, or a page's field ("IG: @...", "/Editor's note: ...").
func labelOpens(text string) bool {
	c := strings.IndexByte(text, ':')
	if c <= 0 || c > 40 {
		return false
	}
	label := strings.TrimSpace(text[:c])
	if _, ok := transcriptLabel(text, 0); ok {
		return true
	}
	fold := strings.Trim(strings.ToLower(strings.ReplaceAll(label, "’", "'")), "/*#-–— ")
	if notSpeakerLabels[fold] {
		return true
	}
	// a label of one or two words ("IG:", "Website:"), not words of a
	// sentence ("Two things: ...")
	if words := strings.Fields(label); len(words) <= 2 {
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
		return c+1 < len(text) && strings.TrimSpace(text[c+1:]) != "" && !strings.Contains(label, ".")
	}
	return false
}

// foldLetters keeps the letters and digits of s, in lower case: an outlet's
// name as a label, a title and a host write it ("L.A. WEEKLY", "LA Weekly",
// "laweekly.com": "laweekly").
func foldLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// personByGiven is the person a label of one given name stands for
// ("Rick:" after "Rick Terrill"): the first mention of the one person the
// article names with that given name first, or nil.
func (rs *resolver) personByGiven(label string) *ment {
	if strings.ContainsAny(label, " .") {
		return nil
	}
	if rs.givenIndex == nil {
		rs.givenIndex = map[string]string{}
		for k := range rs.ms {
			m := &rs.ms[k]
			first, _, ok := strings.Cut(m.name, " ")
			if m.kind != kindPerson || !ok {
				continue
			}
			first = strings.ToLower(first)
			if key, seen := rs.givenIndex[first]; seen && key != m.key {
				rs.givenIndex[first] = ""
			} else if !seen {
				rs.givenIndex[first] = m.key
			}
		}
	}
	if key := rs.givenIndex[strings.ToLower(label)]; key != "" {
		return rs.first[key]
	}
	return nil
}

// outletSpeaker is the article's outlet as a speaker (an interview's
// questions), or no one when the article names none.
func (rs *resolver) outletSpeaker() speaker {
	if len(rs.outlets) == 0 {
		return speaker{}
	}
	name := rs.outlets[0][1]
	return speaker{name: name, key: strings.TrimPrefix(strings.ToLower(name), "the "), kind: kindOrg}
}

// questionPara reports a paragraph that is a question turn without a
// label.
func (rs *resolver) questionPara(pi int) bool {
	_, _, kind := rs.turnPara(pi)
	return kind == paraQuestion
}

// joinParas is the words of paragraphs from to to-1, joined by a space.
func (rs *resolver) joinParas(from, to int) string {
	parts := make([]string, 0, to-from)
	for pi := from; pi < to; pi++ {
		a, b, _ := rs.turnPara(pi)
		parts = append(parts, rs.src[a:b])
	}
	return strings.Join(parts, " ")
}

// isOutlet reports a label that names the article's outlet ("L.A.
// WEEKLY" on a page titled "... - LA Weekly").
func (rs *resolver) isOutlet(label string) bool {
	all := foldLetters(label)
	fold := foldLetters(strings.TrimPrefix(strings.ToLower(label), "the "))
	for _, o := range rs.outlets {
		// "THE GUARDIAN:" from "theguardian.com" too
		if o[0] == fold || o[0] == all {
			return true
		}
	}
	return false
}

// outletsOf are the article's outlet's names, each folded (foldLetters)
// and as written: the last part of the title after " - " or " | " when it
// has four words or fewer ("... - LA Weekly"), and the source, a host
// without "www." and its domain ("laweekly.com": "laweekly") or a name
// (its first before a ";").
func outletsOf(source, title string) [][2]string {
	var out [][2]string
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if k := strings.LastIndex(title, sep); k > 0 {
			name := strings.TrimSpace(title[k+len(sep):])
			if n := len(strings.Fields(name)); n >= 1 && n <= 4 {
				if f := foldLetters(strings.TrimPrefix(strings.ToLower(name), "the ")); f != "" {
					out = append(out, [2]string{f, name})
					break
				}
			}
		}
	}
	// a site's name given twice ("LA Weekly; LA Weekly"): the first
	name, _, _ := strings.Cut(source, ";")
	name = strings.TrimSpace(name)
	if !strings.Contains(name, " ") {
		host := strings.ToLower(name)
		if k := strings.Index(host, "://"); k >= 0 {
			host = host[k+3:]
		}
		host, _, _ = strings.Cut(host, "/")
		host = strings.TrimPrefix(host, "www.")
		if k := strings.LastIndexByte(host, '.'); k > 0 {
			host = host[:k]
		}
		name = host
	}
	if f := foldLetters(strings.TrimPrefix(strings.ToLower(name), "the ")); f != "" && (len(out) == 0 || out[0][0] != f) {
		out = append(out, [2]string{f, name})
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
// Smith"; initials stay capitals, "L.A. WEEKLY": "L.A. Weekly").
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for k, w := range words {
		r := []rune(w)
		for i := range r {
			if i == 0 || r[i-1] == '.' {
				r[i] = unicode.ToUpper(r[i])
			}
		}
		words[k] = string(r)
	}
	return strings.Join(words, " ")
}
