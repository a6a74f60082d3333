package facts

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// Quote is one thing a speaker is reported to have said.
type Quote struct {
	// Text is the quoted words (direct) or the reported clause (indirect);
	// the paragraphs of a quote over several are joined by a space.
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Direct   bool   `json:"direct"`
	// Speaker is the speaker's name (the fullest form in the article), or
	// the words that describe it when it names no one ("a police
	// spokeswoman"); SpeakerKind is then empty.
	Speaker     string `json:"speaker,omitempty"`
	SpeakerKey  string `json:"speaker_key,omitempty"`
	SpeakerKind string `json:"speaker_kind,omitempty"` // person, org or empty
	// SpeakerText is the attribution's words for the speaker as written
	// ("he", "the judge", "Mr. Gaskin") when they differ from Speaker.
	SpeakerText string `json:"speaker_text,omitempty"`
	// Antecedent is the mention a pronoun or role noun was resolved to.
	Antecedent *Mention `json:"antecedent,omitempty"`
	// Via says how the speaker was found: named, pronoun, role noun,
	// continuation (a quote split around "he said", or following one),
	// lead (the paragraph before ends "X said:" or "..., X said"),
	// transcript (a "NAME:" label), according to, unnamed.
	Via string `json:"via,omitempty"`
}

// minQuoteWords: shorter quoted words are scare quotes or names, not quotes.
const minQuoteWords = 4

// writtenAsTitle reports quoted words written as a title: every word
// capitalised but the small words of titles, two of them at least ("the
// exhibition "Medicine and Health - 2013"", "the programme "Environmental
// Protection for 2012-2020"", "copies of "The Long Road to Ashby."",
// "directed "Rain on the Water,""). News writing puts the comma or full
// stop of its own sentence inside the closing mark, so a mark closing the
// title says nothing. Without a speaker they name a work, a programme or
// an event: no quote.
func writtenAsTitle(body string) bool {
	body = strings.TrimRight(strings.TrimSpace(body), ",.!?;:")
	if body == "" {
		return false
	}
	caps := 0
	for _, w := range strings.Fields(body) {
		w = strings.Trim(w, "\"'“”‘’()«»")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "" || !unicode.IsLetter(r) || titleSmallWords[w]:
		case unicode.IsUpper(r):
			caps++
		default:
			return false
		}
	}
	return caps >= 2
}

// namedWork reports a quote opening at byte open right after a noun for
// a work or a name given ("his article "...?"", "a book titled "..."",
// "the programme "...""): the title of a work, not words spoken. Not a
// sentence after a comma ("told the Morning Brew TV show, "Shaming is the
// wrong way."": what was said on the show): a title seldom ends with a
// full stop. Also a name in sentence case right after the kind of thing
// it names, with nothing between ("the article of the Criminal Code
// "Actions aimed at ..."", "the festival "Songs of the old harbour"":
// news translated from a language without title case writes names so),
// and a work after the noun of its performing ("her performance of "Ne
// partez pas sans moi.""), and words mentioned as words after
// mentionNouns. A quote with a speaker of its own is never asked.
func namedWork(src string, open int, body string) bool {
	before := strings.Fields(strings.ToLower(src[max(0, open-40):open]))
	n := len(before)
	if n == 0 {
		return false
	}
	last := before[n-1]
	if strings.HasSuffix(last, ",") && strings.HasSuffix(strings.TrimRight(body, " \n"), ".") {
		return false
	}
	if workNouns[strings.Trim(last, ",:")] {
		return true
	}
	if nameKinds[last] && nameInSentenceCase(body) || mentionNouns[last] {
		return true
	}
	return n >= 2 && last == "of" && performedNouns[before[n-2]]
}

// nameInSentenceCase reports quoted words that can be a name written in
// sentence case: they start with a capital letter, and not with "I" (a
// speaker's own words: "I will ...").
func nameInSentenceCase(body string) bool {
	w := strings.Fields(body)
	if len(w) == 0 {
		return false
	}
	first := strings.Trim(w[0], "\"'“”‘’«»(")
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) {
		return false
	}
	if first == "I" || strings.HasPrefix(first, "I'") || strings.HasPrefix(first, "I’") {
		return false
	}
	return true
}

// quotedNoun reports quoted words standing as a noun inside the writer's
// own sentence: a determiner or "of" right before the opening mark and the
// sentence going on in lower case right after the closing one ("confirmed
// a "five-year clean water plan" with", "the "long arm of the ministry"
// reached", "a flurry of "now they have to sign him" letters"). Without a
// speaker such words are a term, a name or a scare quote, not a quote; a
// partial quote that ends its sentence ("described as the "pride of the
// harbour."") is not touched.
func quotedNoun(src string, q qspan) bool {
	if len(q.parts) != 1 {
		return false
	}
	before := strings.Fields(src[max(0, q.open-24):q.open])
	if len(before) == 0 || !nounDeterminers[strings.ToLower(before[len(before)-1])] {
		return false
	}
	i := q.end()
	for i < len(src) && src[i] == ' ' {
		i++
	}
	if i >= len(src) {
		return false
	}
	if _, mark, n := doubleAt(src, i); mark != markNone {
		i += n
	} else if r, n := utf8.DecodeRuneInString(src[i:]); singleMark(r) != markNone {
		i += n
	} else {
		return false
	}
	for i < len(src) && src[i] == ' ' {
		i++
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return unicode.IsLower(r)
}

// nounDeterminers open a noun phrase (and "of" one inside it): the
// determiners, and the demonstratives.
var nounDeterminers = union(determiners, wordSet("this", "these", "those", "of", "so-called"))

// nameGiven reports a quote opening at byte open right after words that
// give a name or a title ("known as "...", "a column headlined "...",
// "the so-called "...", "added the group to the list of "..."", "under the
// title of "...""): a nickname, a title or a term, whoever is said to use
// it.
func nameGiven(src string, open int) bool {
	before := strings.Fields(strings.ToLower(src[max(0, open-40):open]))
	n := len(before)
	if n == 0 {
		return false
	}
	return nameGivers[before[n-1]] || n >= 2 && before[n-1] == "as" && (before[n-2] == "known" || before[n-2] == "billed") ||
		n >= 2 && before[n-1] == "of" && nameOfNouns[before[n-2]]
}

// thoughtOnly reports a quote opening at byte open right after a verb of
// thinking and its comma or colon ("looked at myself and thought, "..."",
// "I remember thinking: "..."") or after "as if to say" (what a look or a
// picture seems to say): words nobody said, not a quote, whether the
// writer's or a quoted speaker's own. Without the comma or colon the quote
// is part of a reported thought ("he thought the plan "a disaster"") and
// is left to the other rules.
func thoughtOnly(src string, open int) bool {
	before := strings.Fields(strings.ToLower(src[max(0, open-40):open]))
	n := len(before)
	if n == 0 {
		return false
	}
	last := before[n-1]
	if t := strings.TrimRight(last, ",:"); t != last && thoughtVerbs[t] {
		return true
	}
	return n >= 4 && last == "say," && before[n-2] == "to" && before[n-3] == "if" && before[n-4] == "as"
}

// hypotheticalSpeech reports a quote opening at byte open right after a
// verb of speech in the present whose subject is nobody in particular
// ("People say, '...'", "when someone says to me personally, '...'") or
// after a verb of speech that a modal makes hypothetical or habitual ("I'd
// say, '...'", "I would say, '...'", "you might say, "...""), with its comma or colon: a saying,
// not words a particular speaker said. A named subject's present ("Berg
// says, "..."") is a report of words said and is left alone.
func hypotheticalSpeech(src string, open int) bool {
	before := strings.Fields(strings.ToLower(src[max(0, open-60):open]))
	n := len(before)
	if n < 2 || !strings.HasSuffix(before[n-1], ",") && !strings.HasSuffix(before[n-1], ":") {
		return false
	}
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		verb := strings.TrimRight(before[k], ",:")
		if !presentSpeech[verb] {
			continue
		}
		if k < n-1 && before[k+1] != "to" { // "says to me personally,"
			return false
		}
		subject := strings.ReplaceAll(strings.TrimLeft(before[k-1], "\"“‘'«("), "’", "'")
		return genericSubjects[subject] || (strings.HasSuffix(subject, "'d") || subject == "might" || subject == "could" || subject == "would") && baseSpeech[verb]
	}
	return false
}

// presentSpeech are verbs of speech in the present; baseSpeech their
// forms after a modal.
var (
	presentSpeech = wordSet("say", "says", "ask", "asks", "tell", "tells")
	baseSpeech    = wordSet("say", "ask", "tell")
)

// genericSubjects speak for nobody in particular.
var genericSubjects = wordSet("people", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one")

// thoughtVerbs introduce words thought, not said.
var thoughtVerbs = wordSet("thought", "thinking", "think", "thinks")

// nameGivers introduce a name or a title, never words spoken.
var nameGivers = wordSet("titled", "entitled", "headlined", "nicknamed", "codenamed", "code-named", "so-called")

// workNouns name a work or introduce a name ("titled", "headlined").
var workNouns = wordSet("article", "book", "novel", "song", "film", "movie", "play", "poem", "album", "column",
	"essay", "report", "programme", "program", "exhibition", "show", "series", "campaign", "project",
	"operation", "titled", "entitled", "headlined", "named", "dubbed")

// nameKinds are kinds of named things (a law, a list, a prize, a
// contest, an outlet, a movement, a party, a firm) whose name may follow
// them in quotation marks in sentence case, as news translated from
// Russian names them ("the article of the Criminal Code "Actions
// aimed at ..."").
var nameKinds = wordSet("code", "law", "bill", "decree", "resolution", "treaty", "doctrine", "strategy", "concept",
	"initiative", "list", "slogan", "motto", "prize", "award", "nomination", "contest", "competition", "festival",
	"forum", "conference", "channel", "newspaper", "magazine", "publication", "portal", "website", "movement",
	"party", "fund", "foundation", "society", "union", "association", "organization", "organisation", "company")

// mentionNouns come before words quoted as words, mentioned rather than
// said: an expression, a phrase, a term ("The expression "verb te form +
// oku" conveys ..."), or a gloss of what a word means ("which means
// "swimmer with ...""). With no speaker in its sentence such a quote is
// language talked about, not a quote.
var mentionNouns = wordSet("expression", "phrase", "term", "idiom", "word", "means", "meaning")

// nameOfNouns are followed by "of" and a name: "the list of "...",
// "the title of "..."".
var nameOfNouns = wordSet("list", "title", "name")

// performedNouns are followed by "of" and the title of the work
// performed ("her performance of "...").
var performedNouns = wordSet("performance", "rendition", "cover", "recording", "staging")

// titleSmallWords stay in lower case inside a title.
var titleSmallWords = wordSet("of", "and", "for", "the", "a", "an", "in", "on", "to", "at", "by", "with", "or", "de")

// findQuotes finds direct quotes and their speakers, then indirect speech
// in the sentences without quotes.
func findQuotes(rs *resolver) []Quote {
	src, sents := rs.src, rs.sents
	out := []Quote{}
	spans := quoteSpans(src)
	rs.setQuotes(spans)
	quoted := map[int]bool{}
	var extras []Quote
	// The last top-level quote read, kept even when it is too short to be
	// one, since the paragraphs after it may go on with its speaker.
	var prev *attributed
	// outerSpeaker holds the speaker of each top-level quote read, by its
	// index among the spans, for the quotes inside it.
	outerSpeaker := map[int]*attributed{}
	for k, q := range spans {
		body := q.text(src)
		si := sentenceAt(sents, q.start())
		if si < 0 {
			continue
		}
		for s := si; s < len(sents) && sents[s].Start < q.end(); s++ {
			quoted[s] = true
		}
		start, end := q.start(), q.end()
		for start < end && isSpace(src[start]) {
			start++
		}
		for end > start && isSpace(src[end-1]) {
			end--
		}
		qt := Quote{Text: body, Sentence: si, Start: start, End: end, Direct: true}
		sp, after, ok := rs.attribute(spans, k)
		if ok && !q.nested && (sp.via == "pronoun" || sp.via == "role noun" || sp.via == "unnamed" && sp.key == "") {
			if a, found := rs.answerer(spans, k, sp); found {
				sp = a
			}
		}
		// The second part of a quote cut by its attribution (""A," he
		// said, "B.""), without an attribution after it, joins the first.
		// The second part may be short (""A," he said. "Odd.""): it is
		// the same quote, whatever its length.
		if !q.nested && prev != nil && prev.idx >= 0 && !prev.before && !after && rs.interrupted(out[prev.idx].Start, prev.close, q.open) {
			last := &out[prev.idx]
			last.Text = strings.TrimRight(last.Text, ",;: ") + " … " + body
			last.End = end
			prev.close = q.close
			outerSpeaker[k] = prev
			continue
		}
		// ""...," she said" with no one the pronoun stands for: the
		// speaker of the sentence before, or of the quote before, is
		// not someone of the other sex.
		want := ""
		if !q.nested && !ok {
			want = rs.attributionPronoun(q)
		}
		if !q.nested && !ok {
			// A paragraph or sentence introducing the quote ("Mr Gates
			// told the conference:") comes before a quote further back.
			sp, ok = rs.lead(q.open)
			if ok && want != "" && !rs.mayBe(sp, want) {
				sp, ok = speaker{}, false
			}
		}
		if !q.nested && !ok && prev != nil && !rs.unreadAttribution(q) {
			// A quote that follows another closely, with no speaker of its
			// own, goes on with the same speaker.
			if rs.continues(prev.close, q.open) && (want == "" || rs.mayBe(prev.sp, want)) {
				sp, ok = prev.sp, prev.sp.ok()
				sp.via = "continuation"
			}
		}
		if q.nested && !ok {
			// "One day I locked the door and went, 'What now?'": the
			// outer quote's speaker gives their own words.
			if o := outerSpeaker[q.outer]; o != nil && o.sp.ok() && rs.selfQuoted(q, spans[q.outer]) {
				sp, ok = o.sp, true
				sp.via, sp.text, sp.antecedent = "continuation", "", nil
			}
		}
		if ok {
			qt.setSpeaker(sp)
		}
		if q.nested {
			if len(strings.Fields(body)) >= minQuoteWords && !thoughtOnly(src, q.open) && !hypotheticalSpeech(src, q.open) {
				out = append(out, qt)
			}
			continue
		}
		cur := &attributed{sp: sp, close: q.close, idx: -1, before: ok && !after && sp.via != "continuation"}
		outerSpeaker[k] = cur
		if len(strings.Fields(body)) < minQuoteWords || nameGiven(src, q.open) || thoughtOnly(src, q.open) || hypotheticalSpeech(src, q.open) || !ok && (writtenAsTitle(body) || namedWork(src, q.open, body) || quotedNoun(src, q)) || ok && borrowedSpeaker(sp) && writtenAsTitle(body) {
			prev = cur
			continue
		}
		if !ok {
			// A partial quote in words of its sentence's subject, else
			// going on with the words the sentence before reports.
			if sp, ok = rs.ownSubject(q.open); !ok {
				sp, ok = rs.partialLead(q.open, out)
			}
			if ok {
				qt.setSpeaker(sp)
				cur.sp = sp
			}
		}
		// "..., she said, adding that the government would help": the
		// reported clause is a quote of the same speaker.
		if qt.SpeakerKey != "" {
			if extra, found := rs.addingThat(tokensBetween(sents, q.close, nextBoundary(src, sents, q.end()-1, spans)), qt); found {
				extras = append(extras, extra)
			}
		}
		switch qt.SpeakerKind {
		case kindOrg:
			rs.lastOrg = speaker{name: qt.Speaker, key: qt.SpeakerKey, kind: qt.SpeakerKind}
		case kindPerson:
			rs.lastPerson = speaker{name: qt.Speaker, key: qt.SpeakerKey, kind: qt.SpeakerKind}
		}
		out = append(out, qt)
		cur.idx = len(out) - 1
		prev = cur
	}
	out = append(out, extras...)
	rs.lastPerson = speaker{} // reported speech is read apart, in text order
	turns := rs.transcript()
	if len(turns) > 0 {
		out = slices.DeleteFunc(out, func(q Quote) bool { return insideTurn(q, turns) })
	}
	for _, q := range turns {
		for s := q.Sentence; s >= 0 && s < len(sents) && sents[s].Start < q.End; s++ {
			quoted[s] = true
		}
		out = append(out, q)
	}
	for si := range sents {
		if quoted[si] {
			continue
		}
		if q, ok := reported(rs, si); ok {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	sameSpeakerForRepeats(out)
	return out
}

// borrowedSpeaker reports a speaker a quote has from the quotes or the
// paragraph before it (a continuation, a lead), not from an attribution
// of its own: words written as a title there are a work's name (the films
// a story about a director lists), not words going on.
func borrowedSpeaker(sp speaker) bool { return sp.via == "continuation" || sp.via == "lead" }

// insideTurn reports a quote in quotation marks with no speaker found, held
// in a transcript's turn (turns, in text order): words of the turn's
// speaker, a title or a term they quote ("After seeing "between a whisper
// and a cry" ..."), not a quote of its own.
func insideTurn(q Quote, turns []Quote) bool {
	if !q.Direct || q.Speaker != "" {
		return false
	}
	k := sort.Search(len(turns), func(k int) bool { return turns[k].End >= q.End })
	return k < len(turns) && turns[k].Start <= q.Start
}

// sameSpeakerForRepeats gives a direct quote without a speaker the speaker
// of the same words quoted elsewhere in the article (a subheadline
// repeating a quote of the body).
func sameSpeakerForRepeats(qs []Quote) {
	byText := map[string]int{}
	for k, q := range qs {
		if q.Direct && q.Speaker != "" && q.SpeakerKind != "" {
			if _, seen := byText[normQuote(q.Text)]; !seen {
				byText[normQuote(q.Text)] = k
			}
		}
	}
	for k := range qs {
		q := &qs[k]
		if !q.Direct || q.Speaker != "" {
			continue
		}
		if j, ok := byText[normQuote(q.Text)]; ok {
			o := qs[j]
			q.Speaker, q.SpeakerKey, q.SpeakerKind, q.Via = o.Speaker, o.SpeakerKey, o.SpeakerKind, "repeated"
		}
	}
	pulledQuotes(qs)
}

// pullWindow is the run of words a pulled quote and its source share at
// each end.
const pullWindow = 5

// pulledQuotes gives a pull quote (a sentence of a quote set apart as a
// subheadline or between paragraphs, "‘It is impossible to overstate this
// ruling’") the speaker of the quote it was taken from, when it has none
// of its own or only goes on with the quote before it: its first and last
// pullWindow words lie in one other quote with a speaker (one named by
// its own attribution before one that goes on with another). Each quote's
// runs of words are indexed once: linear in the quoted words.
func pulledQuotes(qs []Quote) {
	// The quotes named by their own attribution first, then those that go
	// on with the one before them.
	owner := map[string]int{}
	for _, cont := range []bool{false, true} {
		for k, q := range qs {
			if !q.Direct || q.SpeakerKind == "" || q.Via == "repeated" || (q.Via == "continuation") != cont {
				continue
			}
			w := text.Words(q.Text)
			for i := 0; i+pullWindow <= len(w); i++ {
				key := strings.Join(w[i:i+pullWindow], " ")
				if _, seen := owner[key]; !seen {
					owner[key] = k
				}
			}
		}
	}
	if len(owner) == 0 {
		return
	}
	for k := range qs {
		q := &qs[k]
		if !q.Direct || q.Speaker != "" && q.Via != "continuation" && q.Via != "repeated" {
			continue
		}
		w := text.Words(q.Text)
		if len(w) < pullWindow {
			continue
		}
		first, ok1 := owner[strings.Join(w[:pullWindow], " ")]
		last, ok2 := owner[strings.Join(w[len(w)-pullWindow:], " ")]
		// Not words quoted inside the quote itself, nor a quote already
		// given that speaker.
		if !ok1 || !ok2 || first != last || first == k || qs[first].SpeakerKey == q.SpeakerKey ||
			qs[first].Start <= q.Start && q.End <= qs[first].End {
			continue
		}
		o := qs[first]
		q.Speaker, q.SpeakerKey, q.SpeakerKind, q.Via = o.Speaker, o.SpeakerKey, o.SpeakerKind, "repeated"
		q.SpeakerText, q.Antecedent = "", nil
	}
}

// attributed is a quote read with the speaker found for it.
type attributed struct {
	sp    speaker
	close int
	idx   int // its index in the quotes found, -1 for one too short to keep
	// before: its speaker was read from words before it ("Ann asked
	// her, "A?" She answered, "B.""), so the words after it are not its
	// attribution and the quote after them is one of its own.
	before bool
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func sameParagraph(src string, a, b int) bool {
	if a < 0 || b < a {
		return false
	}
	g := src[a:b]
	return !strings.Contains(strings.ReplaceAll(g, "\r", ""), "\n\n") && !strings.Contains(g, "\n \n")
}

func (q *Quote) setSpeaker(sp speaker) {
	q.Speaker, q.SpeakerKey, q.SpeakerKind, q.Via = sp.name, sp.key, sp.kind, sp.via
	if sp.text != "" && sp.text != sp.name {
		q.SpeakerText = sp.text
	}
	q.Antecedent = sp.antecedent
}

// nextBoundary is where the attribution after a quote can end: the next
// opening quote or the end of the sentence.
func nextBoundary(src string, sents []sent, from int, spans []qspan) int {
	end := len(src)
	if si := sentenceAt(sents, from); si >= 0 {
		end = sents[si].End
	}
	k := sort.Search(len(spans), func(k int) bool { return spans[k].open > from })
	if k < len(spans) && spans[k].open < end {
		end = spans[k].open
	}
	if p := strings.Index(src[from:end], "\n"); p >= 0 && strings.TrimSpace(src[from:from+p]) != "" {
		end = from + p
	}
	return end
}

// unreadAttribution reports a quote followed right away by an attribution
// of its own that names someone the rules could not read (""...," said
// Steven Still, ...", ""...," Still said"): capitalised words and a verb
// of speech, either way round. Such a quote is not the last speaker's
// going on.
func (rs *resolver) unreadAttribution(q qspan) bool {
	// The quote ends on a comma (or "?", "!", a dash) and the attribution
	// goes on in its sentence and paragraph.
	body := strings.TrimRight(strings.TrimSpace(rs.src[q.start():q.end()]), "\"'’‘”“»«")
	if r, _ := utf8.DecodeLastRuneInString(body); !strings.ContainsRune(",?!—–-", r) {
		return false
	}
	ws := tokensBetween(rs.sents, q.close, min(q.close+120, len(rs.src)))
	if len(ws) < 2 || strings.Trim(rs.src[q.close:rs.tk(ws[0]).start], " ,") != "" {
		return false
	}
	ws = ws[:min(len(ws), 4)]
	for k := 1; k < len(ws); k++ {
		if t := rs.tk(ws[k]); strings.ContainsAny(t.gap, ".;:\"“”\n") {
			ws = ws[:k]
			break
		}
	}
	if len(ws) < 2 {
		return false
	}
	if t0, t1 := rs.tk(ws[0]), rs.tk(ws[1]); speechVerbs[t0.low] && !t0.cap && t1.cap && !personPronouns[t1.low] && !isStopCap(t1.low) {
		return true
	}
	if t0 := rs.tk(ws[0]); !t0.cap || personPronouns[t0.low] || t0.low == "they" || t0.low == "it" {
		return false
	}
	for k := 1; k < len(ws); k++ {
		t := rs.tk(ws[k])
		if speechVerbs[t.low] && !t.cap {
			return true
		}
		if !t.cap {
			return false
		}
	}
	return false
}

// interrupted reports whether a quote opening at open is the second part
// of the quote starting at prevStart and closed at prevClose, cut by its
// attribution: ""A," he said, "B."" or ""A," she said. "B."" (one
// paragraph, B in the same sentence as A's end or the next, a verb of
// speech between the two).
func (rs *resolver) interrupted(prevStart, prevClose, open int) bool {
	if prevClose > open || !sameParagraph(rs.src, prevClose, open) {
		return false
	}
	if a, b := sentenceAt(rs.sents, max(prevClose-1, 0)), sentenceAt(rs.sents, open); b > a+1 {
		return false
	}
	// An attribution with a long apposition (""A," said Dr. Ana Lee, the
	// director of the hospital in the centre of the city, who ... . "B."")
	// still cuts one quote.
	ws := tokensBetween(rs.sents, prevClose, open)
	if len(ws) > 40 {
		return false
	}
	// A first part that ends on a word, with no punctuation before its
	// closing mark, is a partial quote inside the writer's sentence (he
	// "claimed it was needed" – and added, "B."): a quote cut by its
	// attribution ends on a comma, a dash or a stop.
	if wordBeforeClose(rs.src, prevClose) && !strings.HasPrefix(strings.TrimSpace(rs.src[prevClose:open]), ",") {
		return false
	}
	// The second part goes on right after the attribution and its comma
	// or stop (""A," he said, "B.""); after other words it is a partial
	// quote of its own (""A," she told reporters, calling it "B"").
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rs.src[prevClose:open], " ")); !strings.ContainsRune(",.;–—-", last) {
		return false
	}
	// "... in his article "A?" wrote: "B"": a colon opens a quote of its
	// own; a quote cut by its attribution goes on after a comma.
	if strings.HasSuffix(strings.TrimRight(rs.src[prevClose:open], " \"“«„'‘"), ":") {
		return false
	}
	// ""Did it hurt?" She answered, "B."": a question or exclamation then
	// a new sentence; its attribution opens a quote of its own. A question
	// asked and answered (`asked Dion, "Q?" the singer answered, "A."`):
	// the answer is another utterance than the question, of another
	// speaker.
	if questionBeforeClose(rs.src, prevClose) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rs.src[prevClose:open])); unicode.IsUpper(r) {
			return false
		}
		if askedBefore(rs.src, prevStart) {
			for _, w := range ws {
				if answerVerbs[rs.tk(w).low] {
					return false
				}
			}
		}
	}
	// ""A!" read one comment. Another reader wrote, "B."": a new sentence
	// with a verb of speech of its own attributes the second quote; the
	// first's attribution ends before it. So does a new sentence of other
	// words that leads into the second quote with its comma (""A," Ida
	// said. She went on, "B.""): B is a quote of its own.
	for k := len(ws) - 1; k > 0; k-- {
		if ws[k].s != ws[k-1].s || strings.ContainsAny(rs.tk(ws[k]).gap, ".!?") && !isAbbrev(rs.tk(ws[k-1])) {
			for _, w := range ws[k:] {
				if speechVerbs[rs.tk(w).low] {
					return false
				}
			}
			if strings.HasSuffix(strings.TrimRight(rs.src[prevClose:open], " "), ",") {
				return false
			}
			break
		}
	}
	for _, w := range ws {
		if speechVerbs[rs.tk(w).low] {
			return true
		}
	}
	return false
}

// askedBefore reports a verb of asking among the few words before the
// quote whose words start at byte start, in its paragraph ("when Vogue
// asked Dion, "...?"").
func askedBefore(src string, start int) bool {
	before := src[max(0, start-60):start]
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		before = before[nl+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if askVerbs[strings.TrimRight(w, ",:")] {
			return true
		}
	}
	return false
}

// answerVerbs say that the words quoted after them answer a question.
var answerVerbs = wordSet("answered", "answers", "replied", "replies", "responded", "responds")

// questionBeforeClose reports a question or exclamation mark right before
// the closing mark that ends at byte close.
func questionBeforeClose(src string, close int) bool {
	m, n := utf8.DecodeLastRuneInString(src[:close])
	if doubleMark(m) == markNone && singleMark(m) == markNone || close-n <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(src[:close-n])
	return r == '?' || r == '!'
}

// wordBeforeClose reports a letter or digit right before the closing mark
// that ends at byte close.
func wordBeforeClose(src string, close int) bool {
	m, n := utf8.DecodeLastRuneInString(src[:close])
	if doubleMark(m) == markNone && singleMark(m) == markNone || close-n <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(src[:close-n])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
