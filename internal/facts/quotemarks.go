package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// qspan is one quoted passage: its first mark, the content (which may run
// over several paragraphs, each part reopened or left open), and the end of
// its closing mark (equal to the content's end when it was never closed).
type qspan struct {
	open, close int
	parts       [][2]int // the content, paragraph by paragraph
	// nested marks a quote inside another (single marks inside double);
	// outer is then the index of that quote among the spans.
	nested bool
	outer  int
}

func (q qspan) start() int { return q.parts[0][0] }
func (q qspan) end() int   { return q.parts[len(q.parts)-1][1] }

// text is the quoted words, the parts of a quote over several paragraphs
// joined by a space.
func (q qspan) text(src string) string {
	var b strings.Builder
	for k, p := range q.parts {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(src[p[0]:p[1]]))
	}
	return b.String()
}

// maxOpenParagraphs is how many paragraphs a quote left open may run over
// before its closing mark: news text split one sentence a paragraph leaves
// a long quote open over many.
const maxOpenParagraphs = 12

// maxOpenLookahead bounds, in bytes, the search for a closing mark after a
// paragraph left open, so that the search costs at most this much per
// paragraph break.
const maxOpenLookahead = 16 << 10

// Quotation marks. Double marks: “ ” „ « » and the straight ". Single
// marks (inside a double quote, or alone as outlets that quote with single
// marks do): ‘ ’ ‚ ‹ › and the straight '.
const (
	markNone = iota
	markOpen
	markClose
	markEither // straight: decided by context
)

func doubleMark(r rune) int {
	switch r {
	case '“', '„', '«':
		return markOpen
	case '”', '»':
		return markClose
	case '"':
		return markEither
	}
	return markNone
}

// doubleAt reads the double mark at byte i, if any, and its length: a
// quotation mark, or a pair of marks that stands for one in wire copy
// (two backticks open, two apostrophes close or open).
func doubleAt(src string, i int) (r rune, mark, n int) {
	switch {
	case strings.HasPrefix(src[i:], "``"):
		return '"', markOpen, 2
	case strings.HasPrefix(src[i:], "''"):
		return '"', markEither, 2
	}
	r, n = utf8.DecodeRuneInString(src[i:])
	return r, doubleMark(r), n
}

func singleMark(r rune) int {
	switch r {
	case '‘', '‚', '‹':
		return markOpen
	case '’', '›':
		return markClose
	case '\'':
		return markEither
	}
	return markNone
}

// opensHere reports whether a mark at byte i (n bytes long) stands where a
// quote opens: after a space, an opening bracket, a dash, a colon or
// another opening mark, and before a word.
func opensHere(src string, i, n int) bool {
	pr, _ := utf8.DecodeLastRuneInString(src[:i])
	nr, _ := utf8.DecodeRuneInString(src[i+n:])
	before := i == 0 || unicode.IsSpace(pr) || strings.ContainsRune("([{—–-:/", pr) || doubleMark(pr) == markOpen || doubleMark(pr) == markEither
	return before && i+n < len(src) && nr != utf8.RuneError && !unicode.IsSpace(nr)
}

// misplacedClose reports a straight double mark that, while a quote is
// open, is written with its space on the wrong side to close it ("We did,
// "said Stefanski", "... wrong, "Pigeon told the Courier"): after a comma
// or a full stop and a space, before a lower-case letter or before an
// attribution (a verb of speech within the next few words). Without an
// open quote the same mark opens one ("according to the Times,
// "investigators ...").
func misplacedClose(src string, i, n int) bool {
	j := i
	for j > 0 && src[j-1] == ' ' {
		j--
	}
	pr, _ := utf8.DecodeLastRuneInString(src[:j])
	nr, _ := utf8.DecodeRuneInString(src[i+n:])
	return j < i && strings.ContainsRune(",.!?", pr) && (unicode.IsLower(nr) || attributionAt(src, i+n))
}

// mismatchedClose reports a single mark at byte i (n bytes long) that
// closes an open double quote in the wrong marks: right after a comma, a
// question or an exclamation mark, before a space and an attribution
// (""We are confident ...,' said Lincoln.", ""...,' Ida Kern said."). No
// single quote is open, so it closes nothing else; an apostrophe stands
// after a letter.
func mismatchedClose(src string, i, n int) bool {
	pr, _ := utf8.DecodeLastRuneInString(src[:i])
	nr, _ := utf8.DecodeRuneInString(src[i+n:])
	return strings.ContainsRune(",!?", pr) && nr == ' ' && (attributionAt(src, i+n) || longAttributionAt(src, i+n))
}

// attributionAt reports a verb of speech among the first four words from
// byte i, before any punctuation but an abbreviation's full stop
// ("Pigeon told", "Mr. Ali said").
func attributionAt(src string, i int) bool {
	rest := src[i:min(len(src), i+80)]
	for k, w := range strings.Fields(rest) {
		if k >= 4 || strings.Contains(w, "\n") {
			return false
		}
		if speechVerbs[strings.ToLower(strings.TrimRight(w, ".,;:"))] {
			return true
		}
		if strings.ContainsAny(w, ",;:!?\"“”") || strings.HasSuffix(w, ".") && len(w) > 4 {
			return false
		}
	}
	return false
}

// longAttributionAt reports an attribution from byte i that attributionAt
// does not read: a verb of speech after a name with its description of up
// to six words ("delegation leader Bob Weatherall told"), or after a name
// and an apposition set off by commas ("Manouchehr Takin, an analyst at
// the Center for Global Energy Studies in London, said"), within one
// sentence. A capitalised word must come before the verb (and before any
// comma): a name, not narration.
func longAttributionAt(src string, i int) bool {
	rest := src[i:min(len(src), i+240)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 {
		return false
	}
	commas, named := 0, false
	for k, w := range ws {
		if k >= 30 {
			return false
		}
		bare := strings.ToLower(strings.TrimRight(w, ".,;:"))
		if speechVerbs[bare] && !strings.HasSuffix(bare, "ing") {
			// Without an apposition the verb comes within seven words;
			// after one, right after its closing comma.
			return named && (commas == 0 && k <= 6 || commas >= 2 && strings.HasSuffix(ws[k-1], ","))
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && commas == 0 {
			named = true
		}
		if strings.ContainsAny(w, ";:!?\"“”") || strings.HasSuffix(w, ".") && len(w) > 4 {
			return false
		}
		if strings.HasSuffix(w, ",") {
			commas++
			if commas > 3 {
				return false
			}
		}
	}
	return false
}

// closesHere reports whether a single mark at byte i closes a quote rather
// than sitting inside a word ("don't", "China’s"): a non-space before it,
// no letter or digit after it.
func closesHere(src string, i, n int) bool {
	pr, _ := utf8.DecodeLastRuneInString(src[:i])
	nr, _ := utf8.DecodeRuneInString(src[i+n:])
	return i > 0 && !unicode.IsSpace(pr) && (i+n >= len(src) || !unicode.IsLetter(nr) && !unicode.IsDigit(nr))
}

// paragraphBreak reports whether src[i] is the newline that starts a blank
// line, and returns where the next paragraph starts.
func paragraphBreak(src string, i int) (int, bool) {
	if src[i] != '\n' {
		return 0, false
	}
	j := i + 1
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
		j++
	}
	if j >= len(src) || src[j] != '\n' {
		return 0, false
	}
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r' || src[j] == '\n') {
		j++
	}
	return j, true
}

// closedLater reports whether a double quote left open at a paragraph break
// goes on at from, the start of the next paragraph: the next double mark,
// within maxOpenParagraphs paragraphs and maxOpenLookahead bytes, closes a
// quote rather than opening one, or it reopens a paragraph at most three
// paragraphs on, each of those between ending a sentence (one paragraph
// of the original split into its sentences; a caption or a headline
// without a full stop ends the quote).
func closedLater(src string, from int) bool {
	paras := 0
	end := min(len(src), from+maxOpenLookahead)
	for i := from; i < end; {
		if j, ok := paragraphBreak(src, i); ok {
			paras++
			if paras > maxOpenParagraphs {
				return false
			}
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(src[:i], " \t\r"))
			if !strings.ContainsRune(".!?…", last) {
				paras = maxOpenParagraphs + 1 // no reopening after this
			}
			if _, m, _ := doubleAt(src, j); m == markOpen || m == markEither {
				return paras <= 3
			}
			i = j
			continue
		}
		_, m, n := doubleAt(src, i)
		switch m {
		case markOpen:
			return false
		case markClose:
			return paras <= maxOpenParagraphs
		case markEither:
			return (!opensHere(src, i, n) || misplacedClose(src, i, n)) && paras <= maxOpenParagraphs
		}
		i += n
	}
	return false
}

// shortAnswerGoesOn reports a quote that a colon opens at byte open, left
// open at the end of its first paragraph [from, end) after fewer than
// minQuoteWords words and a full stop (`she stated: "Of course not.`),
// going on into the next paragraph, which starts at next and holds no
// quotation mark: a short answer whose reasons follow, the quote split
// one sentence a paragraph and its closing mark lost. It then runs to the
// end of that paragraph.
func shortAnswerGoesOn(src string, open, from, end, next int) bool {
	if !strings.HasSuffix(strings.TrimRight(src[:open], " "), ":") {
		return false
	}
	part := strings.TrimRight(src[from:end], " \t\r")
	if len(strings.Fields(part)) >= minQuoteWords || !strings.HasSuffix(part, ".") && !strings.HasSuffix(part, "!") {
		return false
	}
	for i := next; i < len(src); {
		if i-next > maxOpenLookahead {
			return false
		}
		if _, ok := paragraphBreak(src, i); ok {
			return i > next
		}
		_, m, n := doubleAt(src, i)
		if m != markNone {
			return false
		}
		i += max(n, 1)
	}
	return len(src) > next
}

// innerTerm reads a straight mark at byte i (n bytes long) inside an open
// quote in the same marks as a term quoted within it, not its close: it
// stands where a quote opens, and the next straight mark, within three
// words in its sentence, closes a term that the sentence goes on after
// with a word or a dash ("Russian marches" are ..., "Shinnik" - "Spartak"
// on ...). It returns where that closing mark is.
func innerTerm(src string, i, n int) (int, bool) {
	if !opensHere(src, i, n) || misplacedClose(src, i, n) {
		return 0, false
	}
	end := min(len(src), i+n+maxTermBytes)
	c := strings.IndexByte(src[i+n:end], '"')
	if c < 0 {
		return 0, false
	}
	c += i + n
	term := src[i+n : c]
	if strings.ContainsAny(term, ".!?\n“”«»") || len(strings.Fields(term)) > 3 || !closesHere(src, c, 1) {
		return 0, false
	}
	rest := strings.TrimLeft(src[c+1:min(len(src), c+8)], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if !strings.HasPrefix(src[c+1:], " ") || !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-–—", r)) {
		return 0, false
	}
	return c, true
}

// maxTermBytes bounds how far innerTerm looks for a term's closing mark.
const maxTermBytes = 60

// shortQuote reports a quote of fewer than minQuoteWords words.
func shortQuote(src string, q qspan) bool {
	words := 0
	for _, p := range q.parts {
		words += len(strings.Fields(src[p[0]:p[1]]))
		if words >= minQuoteWords {
			return false
		}
	}
	return true
}

// nestAfter makes the quotes of out that open at or after byte start
// nested: a quote whose opening mark was lost, opening at start, holds
// them ("... the main "spiritual staple" of the nation," he said). They
// are the last ones of out, so it reads back only over them.
func nestAfter(out []qspan, start int) {
	for k := len(out) - 1; k >= 0 && out[k].open >= start; k-- {
		out[k].nested = true
	}
}

// orphanClose reports a closing mark at byte i (n bytes long) whose
// opening mark was lost (a translation or a copy dropped it: "Our main
// concern is growth," said Ms. Dale.): no quote is open, the paragraph
// starting at paraStart holds no quote of four words or more before it
// (none closed after paraStart, at lastClose; shorter ones it holds), the mark follows the quote's own punctuation
// and comes before an attribution, and no other double mark follows in
// its paragraph (that one would close a quote this mark opens: "...,
// "Dale told me so," he said.") but one a colon opens. The quote then runs from the start of
// the paragraph, after a single mark opening it, which it returns.
func orphanClose(src string, paraStart, lastClose, i, n int) (int, bool) {
	if lastClose > paraStart || i <= paraStart {
		return 0, false
	}
	j := i
	for j > paraStart && src[j-1] == ' ' {
		j--
	}
	pr, _ := utf8.DecodeLastRuneInString(src[:j])
	// The attribution follows the mark, or nothing does: a paragraph that
	// ends a quote it never opened ("We will keep fighting, within the
	// law."), its opening mark lost or before a cut, is that quote.
	attributed := attributionAt(src, i+n) || longAttributionAt(src, i+n)
	if !strings.ContainsRune(",.!?…", pr) || !attributed && !paragraphEndsAt(src, i+n) || narrationOpens(src, paraStart) {
		return 0, false
	}
	for k := i + n; k < len(src) && k < i+n+maxOpenLookahead; {
		// After its attribution, marks that follow are a title's or
		// a new quote's (""...," Mr. Shelby said on NBC's "Meet the
		// Press.""): a mark right after punctuation and before an
		// attribution closes, it opens nothing (with a space before it,
		// it may open the next sentence: ". "I asked ...," "RIA" cites").
		if attributed && j == i {
			break
		}
		if _, ok := paragraphBreak(src, k); ok {
			break
		}
		_, m, w := doubleAt(src, k)
		if m != markNone {
			// A quote a colon opens later in the paragraph is a new one
			// (""...," she says. Asked again, she stated: "No.""), not
			// the close of one this mark would open.
			if m != markClose && opensHere(src, k, w) && strings.HasSuffix(strings.TrimRight(src[:k], " "), ":") {
				break
			}
			return 0, false
		}
		k += max(w, 1)
	}
	start := paraStart
	if r, w := utf8.DecodeRuneInString(src[start:]); singleMark(r) != markNone {
		start += w
	}
	return start, true
}

// paragraphEndsAt reports that only space stands between byte i and the
// end of its paragraph (or of the text).
func paragraphEndsAt(src string, i int) bool {
	for ; i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// lostClose reports a quote left open in the paragraph part [from, end)
// that ends with its own attribution, its closing mark lost (""By rolling
// back this rule we protect the species, the two men said in a
// statement."): the last comma before a short closing clause with a verb
// of speech among its first words, not spoken in the first person. The
// quote ends at that comma, which it returns.
func lostClose(src string, from, end int) (int, bool) {
	part := strings.TrimRight(src[from:end], " \t\r\n")
	if !strings.HasSuffix(part, ".") || end-from > maxOpenLookahead {
		return 0, false
	}
	c := strings.LastIndex(part, ", ")
	if c < 0 || strings.ContainsAny(part[c:], "\"“”«»„") || len(strings.Fields(part[c:])) > 10 || len(strings.Fields(part[:c])) < minQuoteWords {
		return 0, false
	}
	at := from + c + 1
	switch strings.ToLower(strings.Fields(part[c+1:])[0]) {
	case "i", "we", "you":
		return 0, false
	}
	if !attributionAt(src, at) {
		return 0, false
	}
	return at, true
}

// narrationOpens reports a paragraph at byte i that opens with the
// writer's own attribution ("King said that when he told O'Brien, "He
// asked why ...""): a verb of speech among its first words, after a name
// or a third person, never "I" or "we" (who speak in the quote itself).
// A mark later in such a paragraph opens a quote; the paragraph is no
// quote whose opening mark was lost.
func narrationOpens(src string, i int) bool {
	first := strings.ToLower(strings.Trim(strings.SplitN(strings.TrimLeft(src[i:min(len(src), i+40)], " "), " ", 2)[0], ",.;:"))
	switch first {
	case "i", "we", "you", "my", "our", "i'm", "we're", "i've", "we've", "it", "this", "that", "there":
		return false
	}
	return attributionAt(src, i)
}

// quoteSpans finds the quoted passages of src. Double marks of every kind
// open and close quotes as outlets mix them (a straight mark opens after a
// space and before a word, and closes an open quote); an opening mark
// inside an open quote starts a new one. A quote left open at the end of
// a paragraph goes on when the next paragraph opens with a quotation mark
// (the usual way of quoting over several paragraphs) or when the next
// mark further on closes a quote (text split one sentence a paragraph);
// otherwise it ends with its paragraph. Single marks quote inside a double
// quote (a nested quote) or alone; they never run over a paragraph break,
// and an apostrophe ("don't", "China’s", "Nichols' lawyer") is none.
func quoteSpans(src string) []qspan {
	var out []qspan
	var cur *qspan // the open double quote
	var curMark rune
	partStart := 0
	single, singleStart := -1, 0 // the open single quote: its mark and content start
	// paraStart is where the current paragraph starts, lastClose where the
	// last quote of minQuoteWords words or more closed: a mark whose
	// opening was lost may enclose shorter ones (a term quoted inside the
	// quote, in the same marks).
	paraStart, lastClose := 0, -1
	emit := func(end, close int) {
		if cur != nil {
			cur.parts = append(cur.parts, [2]int{partStart, end})
			cur.close = close
			out = append(out, *cur)
			if !shortQuote(src, *cur) {
				lastClose = close
			}
		}
		cur = nil
	}
	for i := 0; i < len(src); {
		if next, ok := paragraphBreak(src, i); ok {
			paraStart = next
			single = -1
			if cur != nil {
				_, m, n := doubleAt(src, next)
				if c, ok := lostClose(src, partStart, i); ok {
					// The closing mark was lost before the attribution
					// that ends the paragraph.
					emit(c, c)
					i = next
					continue
				}
				switch {
				case m == markOpen || m == markEither:
					// Reopened: the same quote goes on after the mark.
					cur.parts = append(cur.parts, [2]int{partStart, i})
					partStart = next + n
					i = next + n
					continue
				case closedLater(src, next) || len(cur.parts) == 0 && shortAnswerGoesOn(src, cur.open, partStart, i, next):
					cur.parts = append(cur.parts, [2]int{partStart, i})
					partStart = next
					i = next
					continue
				default:
					emit(i, i)
				}
			}
			i = next
			continue
		}
		r, dm, n := doubleAt(src, i)
		dm = reversedCurly(src, i, n, dm, cur != nil)
		switch dm {
		case markOpen:
			if cur != nil && curMark == '„' && r == '“' {
				emit(i, i+n) // „German style“
				break
			}
			emit(i, i)
			cur, curMark, partStart, single = &qspan{open: i}, r, i+n, -1
		case markClose:
			if cur != nil {
				emit(i, i+n)
				single = -1
			} else if start, ok := orphanClose(src, paraStart, lastClose, i, n); ok {
				nestAfter(out, start)
				cur, partStart = &qspan{open: start}, start
				emit(i, i+n)
				single = -1
			}
		case markEither:
			if cur != nil && curMark == '"' {
				// "Have you heard of "Russian marches" in ...": a term
				// quoted inside the open quote in the same marks.
				if c, ok := innerTerm(src, i, n); ok {
					out = append(out, qspan{open: i, close: c + 1, parts: [][2]int{{i + n, c}}, nested: true})
					i = c + 1
					continue
				}
			}
			switch {
			case cur != nil:
				emit(i, i+n)
				single = -1
			case !opensHere(src, i, n) || misplacedClose(src, i, n):
				if start, ok := orphanClose(src, paraStart, lastClose, i, n); ok {
					nestAfter(out, start)
					cur, partStart = &qspan{open: start}, start
					emit(i, i+n)
					single = -1
				} else if opensHere(src, i, n) {
					cur, curMark, partStart, single = &qspan{open: i}, r, i+n, -1
				}
			default:
				cur, curMark, partStart, single = &qspan{open: i}, r, i+n, -1
			}
		}
		if dm != markNone {
			i += n
			continue
		}
		switch m := singleMark(r); {
		case m == markNone:
		case single < 0 && cur != nil && m != markOpen && mismatchedClose(src, i, n):
			// ""We are confident ...,' said Lincoln.": a single mark
			// closes the double quote it did not open.
			emit(i, i+n)
		case single < 0 && m != markClose && opensHere(src, i, n):
			single, singleStart = i, i+n
		case single >= 0 && m != markOpen && closesHere(src, i, n):
			out = append(out, qspan{open: single, close: i + n, parts: [][2]int{{singleStart, i}}, nested: cur != nil})
			single = -1
		}
		i += n
	}
	emit(len(src), len(src))
	// Nested quotes are emitted when they close, before the quote holding
	// them: put every quote in the order of its opening mark.
	sort.SliceStable(out, func(i, j int) bool { return out[i].open < out[j].open })
	outer := -1
	for k := range out {
		out[k].outer = -1
		if !out[k].nested {
			outer = k
		} else if outer >= 0 && out[outer].open < out[k].open && out[outer].close >= out[k].close {
			out[k].outer = outer
		} else {
			out[k].nested = false // its quote was cut short: it stands alone
		}
	}
	return out
}

// reversedCurly reads a curly double mark written the wrong way round by
// where it stands (”A,“ he said): a closing mark with a space before it
// and a word after it opens a quote when none is open; an opening mark
// right after a word and before a space or punctuation closes the open
// one. Other marks keep their kind.
func reversedCurly(src string, i, n, dm int, open bool) int {
	r, _ := utf8.DecodeRuneInString(src[i:])
	switch {
	case r == '”' && !open && opensHere(src, i, n) && !misplacedClose(src, i, n):
		pr, _ := utf8.DecodeLastRuneInString(src[:i])
		if i == 0 || unicode.IsSpace(pr) {
			return markOpen
		}
	case r == '“' && open && closesHere(src, i, n):
		pr, _ := utf8.DecodeLastRuneInString(src[:i])
		if strings.ContainsRune(".,!?;:…", pr) || unicode.IsLetter(pr) || unicode.IsDigit(pr) {
			return markClose
		}
	}
	return dm
}
