package facts

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// speechVerbs introduce or close reported speech: those written here and
// the verbs of speech derived from WordNet (speechverbs.txt).
var speechVerbs = withDerivedSpeech(wordSet("said", "says", "say", "added", "adds", "told", "tells", "stated", "states",
	"noted", "notes", "announced", "announces", "explained", "wrote", "writes", "declared", "insisted",
	"warned", "warns", "claimed", "claims", "replied", "asked", "continued", "stressed", "argued",
	"argues", "confirmed", "confirms", "admitted", "acknowledged", "maintained", "emphasised",
	"emphasized", "remarked", "commented", "tweeted", "posted", "conceded", "recalled", "suggested",
	"predicted", "promised", "vowed", "pledged", "estimated", "reported", "reports", "observed",
	"underlined", "cautioned", "complained", "countered", "responded", "answered", "announcing",
	"saying", "telling", "adding", "noting", "explaining", "stating", "insisting", "warning", "claiming",
	"reporting", "concluded", "testified", "urged", "joked", "shouted", "wondered", "lamented",
	"recounted", "quipped", "agreed", "repeated", "blasted", "pointed", "describing",
	// the present tense of those (translated news reports in it: "...,"
	// assures nutritionist Marina Bogai) and more of the same kind
	"explains", "asks", "continues", "stresses", "emphasises", "emphasizes", "remarks", "comments", "recalls",
	"insists", "admits", "acknowledges", "concedes", "maintains", "concludes", "agrees", "replies",
	"responds", "answers", "suggests", "predicts", "promises", "vows", "observes", "cautions", "complains",
	"counters", "declares", "testifies", "urges", "jokes", "laments", "recounts", "repeats", "points",
	"assures", "assured", "asserted", "asserts", "reiterated", "reiterates", "exclaimed", "exclaims", "yelled", "screamed",
	"whispered", "boasted", "boasts", "retorted", "contended", "contends", "specified", "specifies",
	"clarified", "clarifies", "elaborated", "mentioned", "mentions", "reckoned", "reckons", "revealed", "reveals",
	// verbs of opinion that translated news puts after a quote as its
	// attribution ("..., supposes Vasiliy Solodkov", "..., he believes")
	"believes", "supposes", "assumes", "considers", "thinks", "resents", "assesses", "assessed",
	"indicates", "indicated", "objects", "objected", "protested", "reasoned", "summarised", "summarized",
	// what a document says: "a statement from the company read"
	"read", "reads"))

// partialVerbs introduce a few quoted words inside a sentence that
// paraphrases ("He called Orozco "the scum of the earth"", "described
// him as "a fanatic""); they attribute only such partial quotes.
var partialVerbs = wordSet("called", "calls", "calling", "described", "describes", "branded", "termed", "dubbed",
	"expressed", "voiced",
	// verbs that judge something in the subject's words ("dismissed the
	// claims as "..."", "defended the plan as "..."", "accused him of
	// "...""): the subject speaks them
	"dismissed", "dismisses", "defended", "defends", "praised", "praises", "hailed", "hails", "labelled",
	"labeled", "labels", "criticised", "criticized", "criticises", "criticizes", "slammed", "slams",
	"denounced", "denounces", "condemned", "condemns", "characterised", "characterized", "likened",
	"accused", "accuses", "blamed", "blames", "lauded", "touted", "decried", "derided", "mocked",
	"welcomed", "welcomes")

// gendered words near a name (an honorific or a noun in apposition) tell
// which pronoun can stand for the person.
var genderWords = map[string]string{
	"mr": "m", "sir": "m", "lord": "m", "spokesman": "m", "chairman": "m", "congressman": "m",
	"councilman": "m", "businessman": "m", "actor": "m", "father": "m", "son": "m", "husband": "m",
	"widower": "m", "brother": "m", "grandfather": "m", "uncle": "m", "nephew": "m", "boyfriend": "m",
	"man": "m", "boy": "m", "king": "m", "prince": "m",
	"mrs": "f", "ms": "f", "miss": "f", "madam": "f", "lady": "f", "dame": "f", "spokeswoman": "f",
	"chairwoman": "f", "congresswoman": "f", "councilwoman": "f", "businesswoman": "f", "actress": "f",
	"mother": "f", "daughter": "f", "wife": "f", "widow": "f", "sister": "f", "grandmother": "f",
	"aunt": "f", "niece": "f", "girlfriend": "f", "woman": "f", "girl": "f", "queen": "f", "princess": "f",
}

// pronouns that can stand for a speaker.
var personPronouns = wordSet("he", "she")

// ownerPronouns say whose the people after them are: "he and his team".
var ownerPronouns = wordSet("his", "her", "their")

// speaker is who says a quote, and how that was found.
type speaker struct {
	name, key, kind string
	via             string
	// text is the attribution's words for the speaker ("he", "the judge").
	text       string
	antecedent *Mention
}

func (sp speaker) ok() bool { return sp.name != "" }

// resolver finds who speaks in an article, from its sentences and the
// mentions of its names (in text order).
type resolver struct {
	src   string
	sents []sent
	ms    []ment
	// paras holds where each paragraph starts.
	paras []int
	// quotes are the top-level quoted passages (content spans), in order.
	quotes [][2]int
	// lastOrg is the organisation last quoted, for "the statement said".
	lastOrg speaker
	gender  map[string]string
	// fullest is the longest name written for each kind and key, roles the
	// keys of the roles given to each person key (each once), first the first mention of each
	// person key.
	fullest map[[2]string]string
	roles   map[string][]string
	first   map[string]*ment
	// midCaps holds the capitalised words written inside a sentence;
	// firstNames the first "First Surname" written for each surname.
	midCaps    map[string]bool
	firstNames map[string]string
	// lastPerson is the person last quoted, for a pronoun with no
	// antecedent near it.
	lastPerson speaker
	// describing is set while a pronoun reads the reported speech of the
	// sentences before it, so that a pronoun there does not read further.
	describing bool
	// described memoises describedSpeaker's reading of each sentence, so
	// that many pronouns after one long sentence read it once.
	described map[int]speaker
	// bound holds the pronouns resolved so far, in text order.
	bound []boundPronoun
	// indefinite holds where each noun first follows "a", "an" or "one"
	// (unnamedBefore), read once.
	indefinite map[string]int
	// notKey is a person a pronoun being resolved cannot stand for (the
	// one who asked the question it answers), or empty.
	notKey string
	// outlets are the article's outlet's names (outletsOf), for an
	// interview's questions.
	outlets [][2]string
	// givenIndex maps a given name to the key of the one person the
	// article names with it first ("" when two are), built on first use.
	givenIndex map[string]string
	// attributed is the quote whose speaker is being read (its first and
	// last byte), or zero: the names in it are what is said, not who
	// says it.
	attributed [2]int
}

// inAttributed reports a mention inside the quote whose speaker is being
// read: ""In selling the Vardo Plan, ...," it read" is not the plan's.
func (rs *resolver) inAttributed(m *ment) bool {
	return rs.attributed[1] > 0 && m.start >= rs.attributed[0] && m.start < rs.attributed[1]
}

// orgNotSaid reports an organisation that may speak for "it" or "the
// company": not a medium, and not named inside the quote being attributed.
func (rs *resolver) orgNotSaid(m *ment) bool {
	return m.kind == kindOrg && !isMedia(m.key) && !rs.inAttributed(m)
}

// maxLookback bounds how many mentions a search for an antecedent walks
// back over, so that a quote costs the same however long the text before
// it.
const maxLookback = 300

func newResolver(src string, sents []sent, ms []ment) *resolver {
	rs := &resolver{src: src, sents: sents, ms: ms, paras: []int{0}}
	for i := 0; i < len(src); {
		if next, ok := paragraphBreak(src, i); ok {
			rs.paras = append(rs.paras, next)
			i = next
			continue
		}
		i++
	}
	rs.midCaps, rs.firstNames = midCaps(sents), map[string]string{}
	for _, st := range sents {
		for i, t := range st.toks {
			if i > 0 && t.cap && !t.poss && strings.TrimSpace(t.gap) == "" && rs.firstNames[t.low] == "" {
				// Not "Writes Kern:", "Added Kern:": a verb of speech opening
				// the sentence before its subject (one that is also a
				// given name, "Said", may be the name's).
				if p := st.toks[i-1]; p.cap && !p.poss && nameWord(p, nil) && !(i == 1 && speechVerbs[p.low] && !givenName(p.low)) {
					rs.firstNames[t.low] = src[p.start:t.end]
				}
			}
		}
	}
	rs.gender = map[string]string{}
	vote := func(key, g string) {
		if old, seen := rs.gender[key]; seen && old != g {
			rs.gender[key] = "?"
		} else {
			rs.gender[key] = g
		}
	}
	rs.fullest, rs.roles, rs.first = map[[2]string]string{}, map[string][]string{}, map[string]*ment{}
	seenRole := map[[2]string]bool{}
	for k := range ms {
		m := &ms[k]
		if n := rs.fullest[[2]string{m.kind, m.key}]; len(m.name) > len(n) {
			rs.fullest[[2]string{m.kind, m.key}] = m.name
		}
		if m.kind == kindPerson {
			// each role key once, however often the article gives it, so
			// that reading a person's roles costs the same in a long text
			for _, r := range m.roles {
				if rk := roleKey(r); !seenRole[[2]string{m.key, rk}] {
					seenRole[[2]string{m.key, rk}] = true
					rs.roles[m.key] = append(rs.roles[m.key], rk)
				}
			}
			if rs.first[m.key] == nil {
				rs.first[m.key] = m
			}
		}
		if m.kind != kindPerson || rs.possessive(m) {
			continue
		}
		if g := rs.genderNear(m); g != "" {
			vote(m.key, g)
		} else if g := rs.pronounAfter(m); g != "" {
			// "His lawyer, Mary Ruiz, said he would plead not guilty":
			// the pronoun after the verb may be someone else; a given
			// name of the other sex says so.
			if gn := givenNameGender(rs.sents[m.sent].toks[m.ti].low); m.tj-m.ti < 2 || gn == "" || gn == g {
				vote(m.key, g)
			}
		}
	}
	// Without a sign in the text, a given name of one sex tells it.
	for k := range ms {
		m := &ms[k]
		if m.kind != kindPerson || rs.gender[m.key] != "" || m.tj-m.ti < 2 {
			continue
		}
		if g := givenNameGender(rs.sents[m.sent].toks[m.ti].low); g != "" {
			rs.gender[m.key] = g
		}
	}
	return rs
}

// genderNear reads an honorific or gendered noun next to a mention: up
// to three words before it in its clause, or the first words of an
// apposition after it.
func (rs *resolver) genderNear(m *ment) string {
	s := &rs.sents[m.sent]
	for k := m.ti - 1; k >= 0 && m.ti-k <= 3; k-- {
		// A comma crossed only right before the name ("his wife, Ana
		// Lee"): "Ana Lee, an actress, spoke to Dan Ortiz" tells nothing
		// of Ortiz.
		if k+1 < m.ti && strings.Contains(s.toks[k+1].gap, ",") {
			break
		}
		if g := genderWords[s.toks[k].low]; g != "" {
			return g
		}
		if strings.ContainsAny(s.toks[k+1].gap, ".;") && !isAbbrev(s.toks[k]) {
			break
		}
	}
	if m.tj < len(s.toks) && strings.TrimSpace(s.toks[m.tj].gap) == "," {
		for k := m.tj; k < len(s.toks) && k-m.tj < 4; k++ {
			if k > m.tj && strings.ContainsAny(s.toks[k].gap, ",;.") {
				break
			}
			if g := genderWords[s.toks[k].low]; g != "" {
				return g
			}
		}
	}
	return ""
}

// pronounAfter reads the gender of a person who opens a sentence from a
// pronoun that can only stand for them: a reflexive in that sentence
// before any other person is named ("Tara Reid has checked herself into
// ..."), or the subject of what they said ("Kempthorne said he ...").
func (rs *resolver) pronounAfter(m *ment) string {
	s := &rs.sents[m.sent]
	if !rs.opensSentence(m) {
		return ""
	}
	g := func(l string) string {
		switch l {
		case "he", "himself":
			return "m"
		case "she", "herself":
			return "f"
		}
		return ""
	}
	if k := m.tj; k+1 < len(s.toks) && speechVerbs[s.toks[k].low] && !strings.ContainsAny(s.toks[k+1].gap, "\"“”,") {
		if s.toks[k+1].low == "that" {
			k++
		}
		if k+1 < len(s.toks) && (s.toks[k+1].low == "he" || s.toks[k+1].low == "she") {
			return g(s.toks[k+1].low)
		}
	}
	for k := m.tj; k < len(s.toks) && k-m.tj < 12; k++ {
		if strings.ContainsAny(s.toks[k].gap, "\"“”") {
			return "" // a quote: its pronouns are the speaker's own
		}
		for _, o := range rs.mentionsIn(m.sent, k, k+1) {
			if o.kind == kindPerson && o.key != m.key {
				return ""
			}
		}
		if l := s.toks[k].low; l == "himself" || l == "herself" {
			return g(l)
		}
		// "John Henry has said that his team ...": a possessive before
		// anyone else is named.
		if l := s.toks[k].low; k > m.tj && (l == "his" || l == "her") {
			if l == "his" {
				return "m"
			}
			return "f"
		}
	}
	return ""
}

// setQuotes records the top-level quotes, whose words are no antecedents.
func (rs *resolver) setQuotes(spans []qspan) {
	rs.quotes = rs.quotes[:0]
	for _, q := range spans {
		if !q.nested {
			rs.quotes = append(rs.quotes, [2]int{q.start(), q.end()})
		}
	}
}

func (rs *resolver) inQuote(i int) bool {
	k := sort.Search(len(rs.quotes), func(k int) bool { return rs.quotes[k][1] > i })
	return k < len(rs.quotes) && rs.quotes[k][0] <= i
}

// paraOf returns the paragraph holding byte i.
func (rs *resolver) paraOf(i int) int {
	return sort.Search(len(rs.paras), func(k int) bool { return rs.paras[k] > i }) - 1
}

// opensParagraph reports whether only space stands between the start of
// its paragraph and byte i.
func (rs *resolver) opensParagraph(i int) bool {
	p := rs.paras[rs.paraOf(i)]
	for i > p && isSpace(rs.src[i-1]) {
		i--
	}
	return i <= p
}

// attribute finds the speaker of quote k of spans from the words around
// it: the attribution after it ("..., Howard said", "..., said Gen. Pat
// Ryder"), before it ("Reid Cherlin, a spokesman for the team, said,
// "..."", "He explained: "...""), at the end of its sentence, or, for a
// few words quoted inside a paraphrase, the verb of the sentence ("Baca
// noted that Ortiz's family has had "..."", "He called Orozco "...""). after
// reports an attribution found after the quote.
func (rs *resolver) attribute(spans []qspan, k int) (sp speaker, after, ok bool) {
	q := spans[k]
	prev := rs.attributed
	rs.attributed = [2]int{q.start(), q.end()}
	defer func() { rs.attributed = prev }()
	sents := rs.sents
	si := sentenceAt(sents, q.open)
	if si < 0 {
		return speaker{}, false, false
	}
	// The words before the quote start at its sentence, or after the quote
	// before it in the same sentence, or inside the quote holding it.
	from := sents[si].Start
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		if spans[j].nested && !q.nested {
			continue
		}
		if spans[j].close <= q.open && spans[j].close > from {
			from = spans[j].close
		}
		if spans[j].open < from {
			break
		}
	}
	if q.nested {
		from = max(from, spans[q.outer].start())
	}
	head := tokensBetween(sents, from, q.open)
	tailFrom := max(q.close-1, q.end()-1, 0)
	if ts := sentenceAt(sents, tailFrom); ts >= 0 && sents[ts].End <= q.close && ts+1 < len(sents) && !endsWithStop(rs.src[q.start():q.end()]) && !(rs.speaksIn(head) && rs.introducesNext(spans, k)) &&
		strings.TrimSpace(rs.src[q.close:sents[ts+1].Start]) == "" && !strings.Contains(rs.src[q.close:sents[ts+1].Start], "\n") {
		// ""Why?" Howard asked.": the splitter ends the sentence with the
		// quote; its attribution is the next one.
		tailFrom = sents[ts+1].Start
	}
	// (Not after "Brandt asked her, "...?"": the question has its
	// attribution; the next sentence's is the answer's.)
	tailEnd := nextBoundary(rs.src, sents, tailFrom, spans)
	if q.nested {
		tailEnd = min(tailEnd, spans[q.outer].end())
	}
	tail := tokensBetween(sents, q.close, tailEnd)
	comma := strings.HasSuffix(strings.TrimRight(strings.TrimSpace(rs.src[q.start():q.end()]), "'’‘"), ",")
	if len(tail) == 0 && comma && !q.nested {
		tail = rs.nextParagraphAttribution(q.close, spans)
	}
	if n := len(tail); n > 0 && !q.nested {
		// ""...," Vancouver police Const.¶Tim Fanning told a news
		// conference.": text split a sentence a paragraph, cut after a
		// title's full stop; the name goes on in the next paragraph.
		tail = append(tail, rs.afterTitleCut(tail[n-1], spans)...)
	}
	// "When the Courier asked Holm, "...?" the singer answered, "..."":
	// a question with its attribution before it; the words after it
	// introduce the answer, the next quote.
	if strings.HasSuffix(strings.TrimRight(rs.src[q.start():q.end()], " \n'’‘"), "?") && rs.speaksIn(head) && rs.introducesNext(spans, k) {
		if sp, ok := rs.before(head, q.open, 8, speechVerbs); ok {
			return sp, false, true
		}
	}
	if sp, ok := rs.examples(head); ok {
		return sp, false, true
	}
	if sp, ok := rs.after(tail, q.open, comma); ok {
		if inner, found := rs.reportedInside(head, tail, sp, q.open); found {
			return inner, false, true
		}
		return sp, true, true
	}
	// "..." according to police Lt. Dana Moss.
	if len(tail) > 2 && rs.tk(tail[0]).low == "according" {
		if sp, ok := rs.according(tail, q.open); ok {
			if inner, found := rs.reportedInside(head, tail, sp, q.open); found {
				return inner, false, true
			}
			return sp, true, true
		}
	}
	// ""..." — Maria Kern, Vardo University": a dash, then the person
	// credited, closing the sentence or the paragraph after the quote.
	// (Words ending on a stop: a title in a list ("“Dive Bar” – Garth
	// Brooks") is credited to its artist, not said.)
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rs.src[q.start():q.end()], " \"'’‘”“»«")); !q.nested && strings.ContainsRune(".!?…", r) {
		if sp, ok := rs.dashCredit(q.close, tail, spans); ok {
			return sp, true, true
		}
	}
	if sp, ok := rs.before(head, q.open, 8, speechVerbs); ok {
		return sp, false, true
	}
	if sp, ok := rs.cited(head, q.open); ok {
		return sp, false, true
	}
	if sp, ok := rs.issued(head, q.open); ok {
		return sp, false, true
	}
	// "In the opinion of Ida Kern, "..."", "As Kern put it, "..."": a
	// frame opening the sentence names whose words follow.
	if !q.nested {
		if sp, ok := rs.framedBy(q.open); ok {
			return sp, false, true
		}
		if sp, ok := rs.ownerSays(q.open); ok {
			return sp, false, true
		}
	}
	// "The columnist Victor Baranets in his article "A?" wrote: "...""
	// : a short quote before the verb (a title) cuts no attribution off.
	// The words read are those of the last maxAgentBytes before the quote,
	// so that a quote costs the same however long its sentence.
	if len(head) <= 2 && !q.nested && from > sents[si].Start {
		whole := tokensBetween(sents, max(sents[si].Start, q.open-maxAgentBytes), q.open)
		if sp, ok := rs.before(whole, q.open, 2, speechVerbs); len(whole) > len(head) && ok {
			return sp, false, true
		}
	}
	if !q.nested {
		if sp, ok := rs.finalAttribution(sentenceAt(sents, q.end()-1), q.close); ok {
			return sp, false, true
		}
	}
	// A few words quoted inside a paraphrase: the sentence's verb of
	// speech, however far before the quote.
	if len(head) > 0 {
		if sp, ok := rs.according(head, q.open); ok {
			return sp, false, true
		}
		if sp, ok := rs.before(head, q.open, len(head), speechVerbs); ok {
			return sp, false, true
		}
		if sp, ok := rs.before(head, q.open, len(head), partialVerbs); ok {
			return sp, false, true
		}
		if sp, ok := rs.gerundSubject(head, q.close); ok {
			return sp, false, true
		}
	}
	return speaker{}, false, false
}

// messageNouns are things people write or say whose words a text may give
// as examples ("comments such as "..."").
var messageNouns = wordSet("comment", "message", "post", "tweet", "reply", "remark", "insult", "slogan",
	"chant", "sign", "placard", "banner", "caption", "note", "letter", "email", "text", "review")

// examples reads a quote given as an example of messages ("she received
// comments including "..."", "messages such as "..." and "...""): their
// unnamed writers speak, not the sentence's subject, who received them.
// ws are the words before the quote.
func (rs *resolver) examples(ws []tref) (speaker, bool) {
	n := len(ws)
	if n < 2 {
		return speaker{}, false
	}
	k := n - 1
	switch {
	case rs.tk(ws[k]).low == "including" || rs.tk(ws[k]).low == "like":
	case rs.tk(ws[k]).low == "as" && rs.tk(ws[k-1]).low == "such":
		k--
	default:
		return speaker{}, false
	}
	if k < 1 || strings.TrimSpace(rs.tk(ws[k]).gap) != "" {
		return speaker{}, false
	}
	nw := ws[k-1]
	if t := rs.tk(nw); t.cap || !messageNouns[singular(t.low)] || !strings.HasSuffix(t.low, "s") {
		return speaker{}, false
	}
	return speaker{name: rs.src[rs.tk(nw).start:rs.tk(nw).end], via: "unnamed"}, true
}

// ownSubject reads the speaker of a few words quoted in a sentence with no
// verb of speech from the sentence's subject: a person named or a pronoun
// opening the sentence, then a verb of their own before the quote ("Kern
// wants the pier to be "a model for every town"", "She hopes the council
// will "listen to the people""): the writer puts the subject's words in
// the marks. Not when the quote follows the subject at once or after a
// form of "be" ("Escalante "was shot ..."", "Kern is "..."", "He was
// found "..."": words about the subject, someone else's), nor after an
// apposition ("Kern, who ..."). at is where the quote opens.
func (rs *resolver) ownSubject(at int) (speaker, bool) {
	si := sentenceAt(rs.sents, at)
	if si < 0 || at-rs.sents[si].Start > maxLeadBytes || strings.ContainsAny(rs.src[rs.sents[si].Start:at], "\"“”«»„") {
		return speaker{}, false
	}
	head := tokensBetween(rs.sents, rs.sents[si].Start, at)
	if len(head) < 2 || head[0].i != 0 {
		return speaker{}, false
	}
	// "Just this week, President Tom Berg issued an order that ...
	// "..."", "On Monday, the Vardo Council said": a short phrase of time
	// or place before the subject, set off by a comma, is no subject.
	if n := frontedPhrase(rs, head); n > 0 {
		head = head[n:]
	}
	var sp speaker
	end := 0 // words of head that name the subject
	t0 := rs.tk(head[0])
	if m := rs.orgOpening(head); m != nil {
		// "The Vardo Council provided no messages, but "made clear
		// ..."", "Vardo Group wants the pier to be "..."": an
		// organisation is a subject whose words the writer quotes as a
		// person's.
		for end < len(head) && head[end].i < m.tj {
			end++
		}
		sp = rs.speakerOf(m)
		sp.via = "named"
	} else if m := rs.personOpening(head[:min(len(head), 6)]); m != nil && m.sent == head[0].s {
		// "Andrei Kern's mother is convinced that "..."": the subject is
		// someone the person named has, not the person.
		if rs.sents[m.sent].toks[m.tj-1].poss {
			return speaker{}, false
		}
		for end < len(head) && head[end].i < m.tj {
			end++
		}
		sp = rs.speakerOf(m)
		sp.via = "named"
	} else if t0.low == "he" || t0.low == "she" {
		var ok bool
		if sp, ok = rs.pronoun(t0.low, t0.start); !ok {
			return speaker{}, false
		}
		sp.text, end = t0.raw, 1
	} else if descriptionOpeners[t0.low] {
		// "The council's own engineers found the timber "..."": people
		// described, the one the description stands for or the words.
		for k := 1; k < len(head) && k < 6; k++ {
			t := rs.tk(head[k])
			if t.cap || !pluralPeople(t.low) && !describers[t.low] && !titleHeads[t.low] {
				continue
			}
			end = k + 1
			if pluralPeople(t.low) {
				// several people, not one of those named before
				a, b := rs.tk(head[0]).start, t.end
				sp = speaker{name: rs.src[a:b], via: "unnamed"}
				break
			}
			var ok bool
			if sp, ok = rs.speakerIn(head[:end], at); !ok {
				return speaker{}, false
			}
			break
		}
		// "One glaciologist, Maria Kern, put it this way: "..."": the
		// person the apposition names, at the colon after a few words.
		if end == 0 {
			if m, k := rs.namedApposition(head); m != nil && rs.wordsThenColon(&rs.sents[head[0].s], k, strings.Contains(rs.sents[head[0].s].toks[k].gap, ",")) {
				sp = rs.speakerOf(m)
				sp.via = "named"
				return sp, true
			}
		}
	} else if n := capsOpening(rs, head); n > 0 && rs.nameColon(head[:n]) {
		// "Kern fired back: "..."": a name no list holds, read at the
		// colon that introduces its words.
		var ok bool
		if sp, ok = rs.bareNameIn(head[:n], true); !ok {
			return speaker{}, false
		}
		end = n
	} else {
		return speaker{}, false
	}
	// "Andrei Kern: "..."": a person named alone before a colon that opens
	// the quote, as a transcript gives a turn.
	if end == len(head) && sp.kind == kindPerson {
		if last := rs.tk(head[end-1]); strings.TrimSpace(rs.src[last.end:at]) == ":" {
			return sp, true
		}
	}
	if end == 0 || end >= len(head) {
		return speaker{}, false
	}
	// "Vardo Books dropped the book, although Tom Berg was among those
	// questioning it, writing: "..."": a clause with a subject of its
	// own stands between the sentence's subject and the quote.
	for k := end; k+1 < len(head); k++ {
		if n := rs.tk(head[k+1]); subordinators[rs.tk(head[k]).low] && (n.cap || personPronouns[n.low] || n.low == "they") {
			return speaker{}, false
		}
	}
	// "Kern was blunt: "..."", "Ida Kern put it bluntly: "..."": the
	// subject's few words and a colon introduce the subject's own.
	if rs.nameColon(head[:end]) {
		return sp, true
	}
	// "Kern is sure that the bridge "...", "The mayor is convinced
	// "..."": a subject certain of what the quote says gives their own
	// words, as at a verb of their own.
	if rs.convinced(head[end:]) {
		return sp, true
	}
	next := rs.tk(head[end])
	if next.cap || passiveAux[next.low] || strings.ContainsAny(next.gap, ",;:()") || strings.TrimSpace(next.gap) != "" {
		return speaker{}, false
	}
	return sp, true
}

// orgOpening returns the organisation whose name opens the words ws, after
// nothing or "the" ("The Vardo Council provided"), or nil.
func (rs *resolver) orgOpening(ws []tref) *ment {
	k := 0
	if len(ws) > 1 && rs.tk(ws[0]).low == "the" {
		k = 1
	}
	for _, m := range rs.mentionsIn(ws[k].s, ws[k].i, ws[k].i+1) {
		if m.kind == kindOrg && m.ti == ws[k].i && m.sent == ws[k].s {
			return m
		}
	}
	return nil
}

// frontedPhrase returns how many words of head (a sentence's first words)
// a phrase of time or place opening it takes, up to and with the word
// before its comma ("Just this week,", "On July 31, 2019,", "In Vardo,"),
// or 0. The phrase opens with a preposition or a word of time and holds no
// verb of speech; the words after it are the sentence's subject.
func frontedPhrase(rs *resolver, head []tref) int {
	if !frontedOpeners[rs.tk(head[0]).low] {
		return 0
	}
	for k := 1; k < len(head)-1 && k <= 6; k++ {
		t := rs.tk(head[k])
		if speechVerbs[t.low] || partialVerbs[t.low] {
			return 0
		}
		if strings.Contains(rs.tk(head[k+1]).gap, ",") {
			// "On July 31, 2019, ...": a year after the date's comma is
			// the phrase's too.
			if k+3 < len(head) && isYear(rs.tk(head[k+1]).raw) && strings.Contains(rs.tk(head[k+2]).gap, ",") {
				return k + 2
			}
			return k + 1
		}
	}
	return 0
}

// isYear reports four digits from 1000 to 2999.
func isYear(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == ""
}

// frontedOpeners open a phrase of time or place before a sentence's
// subject.
var frontedOpeners = wordSet("just", "on", "in", "last", "earlier", "later", "this", "after", "before", "at",
	"during", "since", "by", "until", "yesterday", "today")

// gerundSubject reads the speaker of a quote inside a clause opened by a
// verb of speech in -ing ("After telling People that she didn't "...",
// actress Tara Reid checked into ..."): the person who opens the main
// clause after the next comma. head are the words before the quote.
func (rs *resolver) gerundSubject(head []tref, close int) (speaker, bool) {
	g := -1
	for k, w := range head {
		if t := rs.tk(w); speechVerbs[t.low] && strings.HasSuffix(t.low, "ing") {
			g = k
			break
		}
	}
	if g < 0 || g > 2 || strings.ContainsAny(rs.src[rs.tk(head[0]).start:rs.tk(head[g]).start], ",;") {
		return speaker{}, false
	}
	if l := rs.tk(head[0]).low; g == 1 && !subordinators[l] && l != "in" && l != "by" && l != "upon" {
		return speaker{}, false
	}
	si := head[g].s
	toks := rs.sents[si].toks
	// The main clause starts within a few words of the quote: a long
	// sentence costs no more than a short one.
	k, lim := firstWordFrom(toks, close), 0
	for k < len(toks) && !strings.Contains(toks[k].gap, ",") && lim < 12 {
		k, lim = k+1, lim+1
	}
	ws := make([]tref, 0, 8)
	for i := k; i < len(toks) && i < k+8; i++ {
		if i > k && strings.ContainsAny(toks[i].gap, ",;.") {
			break
		}
		ws = append(ws, tref{si, i})
	}
	for _, w := range ws {
		if m := rs.personStarting(w); m != nil {
			sp := rs.speakerOf(m)
			sp.via = "named"
			return sp, true
		}
	}
	return speaker{}, false
}

// afterTitleCut returns the words of the next paragraph's first sentence
// when word w is a capitalised abbreviation of a title ("Const.", "Lt.",
// "Gov.") that ends its paragraph, else nothing.
func (rs *resolver) afterTitleCut(w tref, spans []qspan) []tref {
	t := rs.tk(w)
	if !t.cap || !isAbbrev(t) || !roleWord(t) || len(t.low) > 6 {
		return nil
	}
	j := t.end
	if j < len(rs.src) && rs.src[j] == '.' {
		j++
	}
	if j == t.end && !strings.HasSuffix(rs.src[t.start:t.end], ".") {
		return nil
	}
	k := j
	for k < len(rs.src) && isSpace(rs.src[k]) {
		k++
	}
	if k >= len(rs.src) || !strings.Contains(rs.src[j:k], "\n") {
		return nil
	}
	return tokensBetween(rs.sents, k, nextBoundary(rs.src, rs.sents, k, spans))
}

// nextParagraphAttribution returns the words of the paragraph after a
// quote that closes its own paragraph on a comma, up to the end of their
// sentence or the next quote: text cut one sentence a paragraph puts the
// attribution there (""...," ¶ Pearce said, adding ..."). No words when
// that paragraph opens with a quotation mark.
func (rs *resolver) nextParagraphAttribution(close int, spans []qspan) []tref {
	p := rs.paraOf(max(close-1, 0))
	if p+1 >= len(rs.paras) {
		return nil
	}
	next := rs.paras[p+1]
	if strings.TrimSpace(rs.src[close:next]) != "" || strings.ContainsAny(firstRune(rs.src[next:]), "\"“”‘’'«»„`") {
		return nil
	}
	return tokensBetween(rs.sents, next, nextBoundary(rs.src, rs.sents, next, spans))
}

// dashCredit reads a credit after a quote closed at byte close: a dash,
// then a person named (titles before the name allowed), then nothing, or a
// comma and what they are ("— Maria Kern, professor at Vardo
// University"), in the words tail after the quote, or opening the next
// paragraph when the quote closes its own.
func (rs *resolver) dashCredit(close int, tail []tref, spans []qspan) (speaker, bool) {
	ws := tail
	if len(ws) == 0 {
		p := rs.paraOf(max(close-1, 0))
		if p+1 >= len(rs.paras) || strings.TrimSpace(rs.src[close:rs.paras[p+1]]) != "" {
			return speaker{}, false
		}
		ws = tokensBetween(rs.sents, rs.paras[p+1], nextBoundary(rs.src, rs.sents, rs.paras[p+1], spans))
	}
	if len(ws) == 0 {
		return speaker{}, false
	}
	// A dash set off by a space ("“...“-Technologien" is a compound).
	gap := rs.src[close:rs.tk(ws[0]).start]
	switch strings.TrimSpace(gap) {
	case "—", "–", "―", "-", "--":
		if !unicode.IsSpace(rune(gap[0])) && !unicode.IsSpace(rune(gap[len(gap)-1])) {
			return speaker{}, false
		}
	default:
		return speaker{}, false
	}
	s := &rs.sents[ws[0].s]
	closes := func(j int) bool { return j >= len(s.toks) || strings.ContainsAny(s.toks[j].gap, ",.\"“”„«»") }
	if m := rs.personOpening(ws[:min(len(ws), 6)]); m != nil && m.sent == ws[0].s && !rs.possessive(m) {
		if !closes(m.tj) {
			return speaker{}, false
		}
		sp := rs.speakerOf(m)
		sp.via = "named"
		return sp, true
	}
	// "— Maik Schmidt, c't": a name no list holds, two or three
	// capitalised words closed there.
	n := 0
	for n < len(ws) && n < 3 && ws[n].s == ws[0].s && rs.tk(ws[n]).cap && (n == 0 || strings.TrimSpace(rs.tk(ws[n]).gap) == "") {
		n++
	}
	if n < 2 || !closes(ws[n-1].i+1) {
		return speaker{}, false
	}
	if sp, ok := rs.bareNameIn(ws[:n], true); ok && sp.kind == kindPerson {
		return sp, true
	}
	return speaker{}, false
}

// firstRune is the first character of s as a string ("" for none).
func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// tk returns the token w points at.
func (rs *resolver) tk(w tref) tok { return rs.sents[w.s].toks[w.i] }

// after reads the attribution after a quote: "..., Howard said", "...,"
// said Gen. Pat Ryder", ""...," Rep. G.K. Butterfield (D-N.C.), head of the
// Congressional Black Caucus, said". Without a verb, a person named right
// after a quote that ends with a comma is its speaker (an attribution cut
// short: ""...," Andrew Mwangura, head of the ...").
func (rs *resolver) after(ws []tref, at int, comma bool) (speaker, bool) {
	lim := min(len(ws), 30)
	if sp, ok := rs.quotedAsSaying(ws[:lim], at); ok {
		return sp, true
	}
	for v := 0; v < lim; v++ {
		t := rs.tk(ws[v])
		if v > 0 && strings.ContainsAny(t.gap, ".!?;") && !isAbbrev(rs.tk(ws[v-1])) {
			break
		}
		if citeVerbs[t.low] {
			// ""...," RIA Novosti cites Mr. Ayrault": the outlet
			// reports, the one it cites speaks; ""...," the doctor cites
			// examples": the one who cites speaks.
			if sp, ok := rs.verbFirst(ws[v:], at); ok && sp.kind != "" {
				return sp, true
			}
			if v > 0 {
				return rs.agent(ws[:v], at)
			}
			continue
		}
		if !speechVerbs[t.low] {
			continue
		}
		// ""...," and describing the crew as "..."": a participle after
		// "and" goes on with the sentence's subject; what follows it is
		// its object, not who speaks.
		if v > 0 && strings.HasSuffix(t.low, "ing") && rs.tk(ws[v-1]).low == "and" {
			break
		}
		// ""..." the aid when asked in August": a clause with no subject
		// of its own after a conjunction ("when asked", "if pressed") is
		// the sentence's subject being asked; the words before it are
		// what the quote goes on about, not who speaks.
		if v > 0 && elidedClause[rs.tk(ws[v-1]).low] {
			break
		}
		if v == 0 {
			return rs.verbFirst(ws, at)
		}
		// ""...," the Vardo Post reported, citing Ida Kern.": the
		// outlet reports; the one it cites speaks.
		if v+2 < lim && strings.Contains(rs.tk(ws[v+1]).gap, ",") && citingWords[rs.tk(ws[v+1]).low] {
			if sp, ok := rs.verbFirst(ws[v+1:], at); ok && sp.kind != "" {
				return sp, true
			}
		}
		if sp, ok := rs.impersonal(ws, v, at); ok {
			return sp, true
		}
		if sp, ok := rs.passiveBy(ws, v, at); ok {
			return sp, true
		}
		if sp, ok := rs.agent(ws[:v], at); ok {
			return sp, true
		}
		// ""...," he said at a conference where he named his successor,
		// Gen. Karl Moss": a pronoun is the subject; unresolved, it is
		// still not someone named after the verb.
		if v == 1 && (personPronouns[rs.tk(ws[0]).low] || rs.tk(ws[0]).low == "they") {
			return speaker{}, false
		}
		// ""...," smelled gunpowder and heard co-workers yelling, said
		// Jean Larson": the words before the verb name no one. But
		// ""...," she told Ortiz": who is told is not who speaks.
		if addresseeVerbs[t.low] {
			return speaker{}, false
		}
		return rs.verbFirst(ws[v:], at)
	}
	if sp, ok := rs.attributionSlot(ws, at, comma); ok {
		return sp, true
	}
	if comma && len(ws) > 0 {
		if m := rs.personStarting(ws[0]); m != nil && (m.tj >= len(rs.sents[m.sent].toks) ||
			strings.ContainsAny(rs.sents[m.sent].toks[m.tj].gap, ",.")) {
			sp := rs.speakerOf(m)
			sp.via = "named"
			return sp, true
		}
	}
	return speaker{}, false
}

// elidedClause are the conjunctions that open a clause without a subject
// ("when asked", "if pressed", "unless told").
var elidedClause = wordSet("when", "whenever", "if", "unless", "once", "until", "while", "though", "although")

// citingWords name the source an outlet's report gives ("the Post
// reported, citing the mayor").
var citingWords = wordSet("citing", "quoting")

// asSaying are the participles of "X quoted Y as saying".
var asSaying = wordSet("saying", "telling", "writing", "stating", "declaring", "adding")

// quotedAsSaying reads the speaker of an attribution that reports a
// report ("...," Reuters reports Langone as saying; "...," the Courier
// quoted the mayor as telling the council): who the outlet reports or
// quotes, the words between its verb and "as saying", not the outlet.
// ws are the words after the quote.
func (rs *resolver) quotedAsSaying(ws []tref, at int) (speaker, bool) {
	v := -1
	for k, w := range ws {
		t := rs.tk(w)
		if k > 0 && strings.ContainsAny(t.gap, ".!?;") && !isAbbrev(rs.tk(ws[k-1])) {
			return speaker{}, false
		}
		if (speechVerbs[t.low] || citeVerbs[t.low]) && !asSaying[t.low] && v < 0 {
			v = k
			continue
		}
		if t.low == "as" && k+1 < len(ws) && asSaying[rs.tk(ws[k+1]).low] {
			if v < 0 || k-v < 2 || k-v > 8 {
				return speaker{}, false
			}
			return rs.speakerIn(ws[v+1:k], at)
		}
	}
	return speaker{}, false
}

// slotParticles close a verb of speech made of two words ("shot back",
// "went on", "chimed in", "piped up").
var slotParticles = wordSet("back", "on", "in", "up", "out")

// slotCopulas are the forms of "be" in "Kern is certain." after a quote.
var slotCopulas = wordSet("is", "was")

// presentSlotVerb reports a word in -s that may be a verb's third person
// present ("shares", "relates"), not a word in -ss ("press") or a short
// one ("is", "has", "us").
func presentSlotVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// attributionSlot reads a quote's attribution whose verb is none of the
// verbs of speech: a name, then one verb in the past (in -ed, or followed
// by a particle) or the present (in -s), or "is"/"was" and one word, and at
// most an adverb in -ly or a particle, closing the sentence right after a
// quote that ends with a comma or before a dash (""...," Mackey hammered
// triumphantly.", ""...," Kern shot back.", ""...," Petrova shares.",
// ""..." - Kern is certain."). Words in that
// place are an attribution whatever the verb: the quote's sentence ends
// with them.
func (rs *resolver) attributionSlot(ws []tref, at int, comma bool) (speaker, bool) {
	// After a quote ending with a comma, or a dash (""..." - Kern is
	// certain.", as translated news writes it).
	if len(ws) < 2 || len(ws) > 6 || !comma && !strings.ContainsAny(rs.tk(ws[0]).gap, "-–—") {
		return speaker{}, false
	}
	// The sentence ends after the words: nothing but its stop follows.
	if last := ws[len(ws)-1]; last.i+1 < len(rs.sents[last.s].toks) {
		return speaker{}, false
	}
	for k := 1; k < len(ws); k++ {
		if g := strings.TrimSpace(rs.tk(ws[k]).gap); g != "" && g != "." || ws[k].s != ws[0].s {
			return speaker{}, false
		}
	}
	n := len(ws) - 1 // the verb
	if a := rs.tk(ws[n]); strings.HasSuffix(a.low, "ly") || slotParticles[a.low] {
		n--
	}
	v := rs.tk(ws[n])
	// "Kern is certain.", "Kern was adamant.": a form of "be" and one word
	// that says how the subject speaks.
	if n >= 2 && n == len(ws)-1 && slotCopulas[rs.tk(ws[n-1]).low] && !v.cap && isWordPart(v.low) && !text.IsStop(v.low) {
		n--
	} else if n < 1 || v.cap || !strings.HasSuffix(v.low, "ed") && !presentSlotVerb(v.low) && n == len(ws)-1 {
		return speaker{}, false
	}
	if n < 1 || n > 4 {
		return speaker{}, false
	}
	// ""...," he shot back.", ""..." - she is sure.": a pronoun.
	if t := rs.tk(ws[0]); n == 1 && personPronouns[t.low] {
		sp, ok := rs.pronoun(t.low, t.start)
		if ok {
			sp.text = t.raw
		}
		return sp, ok
	}
	// The subject: name words, or a description ("the mayor").
	subj := ws[:n]
	for k, w := range subj {
		t := rs.tk(w)
		if !t.cap && !(k == 0 && descriptionOpeners[t.low]) && !(k > 0 && descriptionOpeners[rs.tk(subj[0]).low] && isWordPart(t.low) && !text.IsStop(t.low)) {
			return speaker{}, false
		}
		if k > 0 && strings.TrimSpace(t.gap) == "." && !isAbbrev(rs.tk(subj[k-1])) {
			return speaker{}, false
		}
	}
	return rs.agent(subj, at)
}

// verbFirst reads the speaker after a verb that opens the attribution:
// "said Gen. Pat Ryder", "said the Pentagon press secretary, Gen. Pat
// Ryder", "said her nephew, Ravi Singh, 32, of Coney Island".
func (rs *resolver) verbFirst(ws []tref, at int) (speaker, bool) {
	if addresseeVerbs[rs.tk(ws[0]).low] {
		// "told the Associated Press": who hears, not who speaks; but
		// ""...," tells Valeriy Borschev.": a translation's "tells"
		// with the name alone closing the sentence names the speaker.
		if len(ws) > 1 {
			if m := rs.personStarting(ws[1]); m != nil && (m.tj >= len(rs.sents[m.sent].toks) ||
				strings.ContainsAny(rs.sents[m.sent].toks[m.tj].gap, ".!?")) {
				sp := rs.speakerOf(m)
				sp.via = "named"
				return sp, true
			}
			// ""...," told RIA Novosti the head of the port authority
			// Andrei Kern.": translated news names the outlet told, then
			// who told it, closing the sentence.
			if sp, ok := rs.toldOutletThen(ws, at); ok {
				return sp, true
			}
		}
		return speaker{}, false
	}
	// "said in a CBS interview", "said during an interview with the
	// Courier": the outlet that heard it, not who speaks.
	if len(ws) > 2 && (rs.tk(ws[1]).low == "in" || rs.tk(ws[1]).low == "during") {
		for _, w := range ws[2:min(len(ws), 6)] {
			if t := rs.tk(w); t.low == "interview" || t.low == "interviews" {
				return speaker{}, false
			}
		}
	}
	end := 1
	for end < len(ws) && end < 16 && !strings.Contains(rs.tk(ws[end]).gap, ";") &&
		(!strings.ContainsAny(rs.tk(ws[end]).gap, ".!?") || isAbbrev(rs.tk(ws[end-1]))) {
		if strings.Contains(rs.tk(ws[end]).gap, ",") && !rs.personAt(ws[end]) {
			break
		}
		// "Tom Berg, the mayor, said the town would rebuild.": a modal
		// or an auxiliary after the words that follow the verb makes
		// them the subject of the reported clause, not the speaker of
		// an inverted attribution ("said the mayor"). A relative
		// pronoun's verb ("said a man who was there") is the
		// description's.
		if t := rs.tk(ws[end]); end >= 2 && !t.cap && (modals[t.low] || auxiliaries[t.low]) && !relatives[rs.tk(ws[end-1]).low] {
			return speaker{}, false
		}
		// "declared Dmitry Medvedev at a meeting with the Prime Minister
		// ...": the circumstances after the speaker's name name others.
		if circumstance[rs.tk(ws[end]).low] && rs.personEndsAt(ws[end-1]) {
			break
		}
		// "said a defence official speaking on condition of anonymity",
		// "said a councillor who attended the meeting": what a
		// description's relative clause or participle adds after its
		// noun says no more about who speaks.
		// After "on", a name may still close the description ("stated
		// the expert on organised crime and professor of Fjord
		// University Mark Olsen"); after a clause's opening word, a name
		// is the clause's ("after meeting with Mr. Olsen").
		if end >= 2 && descriptionOpeners[rs.tk(ws[1]).low] && describesAfter(rs.tk(ws[end-1]), rs.tk(ws[end])) &&
			(rs.tk(ws[end]).low != "on" || !rs.personIn(ws[end:min(len(ws), end+16)])) {
			break
		}
		end++
	}
	if end <= 1 {
		return speaker{}, false
	}
	return rs.speakerIn(ws[1:end], at)
}

// personIn reports whether a person is named in the words ws.
func (rs *resolver) personIn(ws []tref) bool {
	if len(ws) == 0 {
		return false
	}
	for _, m := range rs.mentionsBetween(rs.tk(ws[0]).start, rs.tk(ws[len(ws)-1]).end) {
		if m.kind == kindPerson && rs.inWords(ws, m) {
			return true
		}
	}
	return false
}

// describesAfter reports a word opening what is said of a description's
// noun after it: a relative pronoun, a participle ("speaking", "familiar
// with"; not "Oscar-winning"), "on" ("on condition of anonymity") or a
// time ("after meeting the minister"). "in" and "at" stay: they
// may name whom the speaker speaks for ("an official at the ministry").
func describesAfter(prev, t tok) bool {
	switch t.low {
	case "who", "whom", "whose", "which", "that", "familiar", "close", "involved", "because", "on",
		"after", "before", "while", "when", "during":
		return true
	}
	// Not a noun in -ing after its determiner ("in its ruling"; the
	// possessives are determiners).
	if nounDeterminers[prev.low] {
		return false
	}
	return !t.cap && strings.TrimSpace(t.gap) == "" && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "thing")
}

// circumstance are the words opening what follows a speaker's name in an
// attribution: where, when, with whom it was said.
var circumstance = wordSet("at", "in", "on", "during", "after", "before", "while", "when", "with", "outside", "inside")

// personEndsAt reports whether word w ends a person mention.
func (rs *resolver) personEndsAt(w tref) bool {
	for _, m := range rs.mentionsIn(w.s, w.i, w.i+1) {
		if m.kind == kindPerson && m.tj == w.i+1 {
			return true
		}
	}
	return false
}

// impersonal reads "they announced in the party's press office", "they
// say at the bank": translated news names the organisation that speaks
// after an impersonal "they" and "in" or "at". ws are the attribution's
// words, v the verb's index.
func (rs *resolver) impersonal(ws []tref, v, at int) (speaker, bool) {
	if v != 1 || rs.tk(ws[0]).low != "they" || v+2 >= len(ws) {
		return speaker{}, false
	}
	if p := rs.tk(ws[v+1]).low; p != "in" && p != "at" {
		return speaker{}, false
	}
	end := v + 2
	for end < len(ws) && end < v+8 && !strings.ContainsAny(rs.tk(ws[end]).gap, ",.;!?") {
		end++
	}
	sp, ok := rs.speakerIn(ws[v+2:end], at)
	if !ok || sp.kind != kindOrg {
		return speaker{}, false
	}
	return sp, true
}

// citeVerbs report someone else's words: who is cited speaks, not who
// cites ("Interfax quotes the minister", "the party cites the mayor").
var citeVerbs = wordSet("cites", "cited", "quotes", "quoted", "quote", "cite", "citing", "quoting")

// cited reads an attribution before a quote by a verb of citing: "the
// party's press office quotes Aishe Gokhan: "..."". The speaker is named
// after the verb, in the last eight words before the quote.
func (rs *resolver) cited(ws []tref, at int) (speaker, bool) {
	for v := len(ws) - 1; v >= 0 && len(ws)-v <= 8; v-- {
		if strings.ContainsAny(rs.tk(ws[v]).gap, ".!?;") && v < len(ws)-1 {
			break
		}
		if citeVerbs[rs.tk(ws[v]).low] && v+1 < len(ws) {
			return rs.speakerIn(ws[v+1:], at)
		}
	}
	return speaker{}, false
}

// objectPronouns are the pronouns after "according to", with their
// subject forms.
var objectPronouns = map[string]string{"him": "he", "her": "she"}

// passiveAux make the participle after them passive ("was called").
var passiveAux = wordSet("is", "are", "was", "were", "be", "been", "being")

// addresseeVerbs are verbs of speech whose object is who hears ("told
// reporters", "tells PEOPLE"), never who speaks.
var addresseeVerbs = wordSet("told", "tells", "tell", "telling")

// before reads the attribution before a quote: the last verb of verbs
// within the last lim words, and the speaker before it ("Howard said,",
// "Reid Cherlin, a spokesman for the team, said,", "Mr Gates told the
// conference:").
func (rs *resolver) before(ws []tref, at, lim int, verbs map[string]bool) (speaker, bool) {
	for v := len(ws) - 1; v >= 0 && len(ws)-v <= lim; v-- {
		if !verbs[rs.tk(ws[v]).low] {
			continue
		}
		// "has been described as", "was called": in the passive, who
		// describes is not said; the subject is who is described.
		if v > 0 && partialVerbs[rs.tk(ws[v]).low] && passiveAux[rs.tk(ws[v-1]).low] {
			return speaker{}, false
		}
		// "The Vardo Post quoted Ida Kern as saying: "..."": who the
		// outlet quotes speaks, not the outlet.
		if v >= 3 && asSaying[rs.tk(ws[v]).low] && rs.tk(ws[v-1]).low == "as" {
			if sp, ok := rs.quotedAsSaying(ws[max(v-10, 0):v+1], at); ok {
				return sp, true
			}
		}
		// "Lyons said that ... – and added,": a verb of speech after "and"
		// shares the subject of the one before it in the sentence.
		if v > 0 && rs.tk(ws[v-1]).low == "and" {
			for u := v - 2; u >= 0 && v-u <= 60 && ws[u].s == ws[v].s; u-- {
				if speechVerbs[rs.tk(ws[u]).low] && !rs.inQuote(rs.tk(ws[u]).start) {
					if sp, ok := rs.agent(ws[:u], at); ok {
						return sp, true
					}
					break
				}
			}
		}
		if sp, ok := rs.passiveBy(ws, v, at); ok {
			return sp, true
		}
		if sp, ok := rs.issuedSaying(ws, v, at); ok {
			return sp, true
		}
		if sp, ok := rs.withSubject(ws, v, at); ok {
			return sp, true
		}
		if sp, ok := rs.participleSubject(ws, v, at); ok {
			return sp, true
		}
		if sp, ok := rs.agent(ws[:v], at); ok {
			return sp, true
		}
		// "Baer said he had concluded that lawyers "..."": the inner verb's
		// subject not read, the outer verb of speech's subject reports
		// the words.
		for u := v - 1; u > 0 && v-u <= 8 && ws[u].s == ws[v].s; u-- {
			if t := rs.tk(ws[u]); speechVerbs[t.low] && !strings.HasSuffix(t.low, "ing") && !rs.inQuote(t.start) {
				if sp, ok := rs.agent(ws[:u], at); ok && sp.kind != "" {
					return sp, true
				}
				break
			}
		}
		// "Said Mr. Burke: "..."", "Added Rep. Ann Lee, D-Calif.: "..."",
		// "In fact, said Ann Lee, a board member, "..."": a verb of speech
		// opens its clause and its subject follows it. After a comma the
		// subject must be a name: "Ann Lee, a minister, said the inquiry
		// "..."" has its subject before the verb, unrecognised.
		if v+1 < len(ws) && speechVerbs[rs.tk(ws[v]).low] && (v == 0 || strings.Contains(rs.tk(ws[v]).gap, ",")) {
			if sp, ok := rs.verbFirst(ws[v:], at); ok && (v == 0 || sp.kind != "") {
				return sp, true
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// endsWithStop reports quoted words that end with a full stop: the
// writer's sentence ends with them, and the next is no attribution (""...
// was the turning point for me." But the singer also admitted ...").
// After "?" or "!" it may be (""Why?" Howard asked.").
func endsWithStop(body string) bool {
	body = strings.TrimRight(body, " \t\n\"'’”")
	return strings.HasSuffix(body, ".") && !strings.HasSuffix(body, "..")
}

// withSubject reads the subject of a participle of speech after "with"
// ("Obama opposed the change, with a spokesman stating: "..."", "with
// the company adding"): the words between "with" and the participle, not
// a name earlier in the clause. v is the participle's index in ws.
func (rs *resolver) withSubject(ws []tref, v, at int) (speaker, bool) {
	if !strings.HasSuffix(rs.tk(ws[v]).low, "ing") {
		return speaker{}, false
	}
	ws = ws[:v]
	for k := len(ws) - 2; k >= 0 && len(ws)-k <= 5; k-- {
		t := rs.tk(ws[k])
		if strings.ContainsAny(rs.tk(ws[k+1]).gap, ",;:.") {
			return speaker{}, false
		}
		if t.low != "with" {
			continue
		}
		if !descriptionOpeners[rs.tk(ws[k+1]).low] && !rs.tk(ws[k+1]).cap {
			return speaker{}, false
		}
		return rs.speakerIn(ws[k+1:], at)
	}
	return speaker{}, false
}

// participleSubject reads the speaker of a quote after a participle of
// speech set off by a comma from the clause before it ("The tribunal also
// upheld the Harbour Act of 1987, noting that "..."", "She issued a
// statement to the Courier, saying her years there had been "...""): the
// participle's subject is the main clause's, who opens the sentence (a
// person, a pronoun, or "the NOUN" standing for one named before), not a
// name between them. ws are the words before the quote from the start of
// its sentence, v the participle's index.
func (rs *resolver) participleSubject(ws []tref, v, at int) (speaker, bool) {
	t := rs.tk(ws[v])
	// "Mr Lee used his speech to warn against a "one-size-fits-all"
	// approach, adding: "..."": a scare quote earlier in the sentence cut
	// the words read before the quote; the subject opens the sentence
	// (read when it is a few words back, so that a long sentence of many
	// quotes costs no more).
	if n := ws[0].i; n > 0 && n <= 40 && ws[0].s == ws[v].s {
		full := make([]tref, 0, n+len(ws))
		for i := range n {
			full = append(full, tref{ws[0].s, i})
		}
		ws, v = append(full, ws...), v+n
	}
	if v < 2 || ws[0].i != 0 || ws[0].s != ws[v].s || !strings.HasSuffix(t.low, "ing") || !strings.Contains(t.gap, ",") {
		return speaker{}, false
	}
	// "Ortiz said nothing, Pickell said, describing him as "..."": a
	// verb of speech before the participle has its own subject, nearer.
	for _, w := range ws[:v] {
		if speechVerbs[rs.tk(w).low] {
			return speaker{}, false
		}
	}
	if m := rs.personOpening(ws[:min(v, 6)]); m != nil {
		sp := rs.speakerOf(m)
		sp.via = "named"
		return sp, true
	}
	t0 := rs.tk(ws[0])
	if t0.low == "he" || t0.low == "she" {
		if sp, ok := rs.pronoun(t0.low, t0.start); ok {
			sp.text = t0.raw
			return sp, true
		}
		return speaker{}, false
	}
	if definite(t0.low) && v > 2 && !rs.tk(ws[1]).cap && strings.TrimSpace(rs.tk(ws[1]).gap) == "" {
		// "The court also found ..., noting": a body the text does not
		// name speaks unnamed, not the name between.
		if sp, ok := rs.speakerIn(ws[:2], at); ok && (sp.kind != "" || sp.via == "unnamed" && orgSuffixes[singular(rs.tk(ws[1]).low)]) {
			return sp, true
		}
	}
	return speaker{}, false
}

// according reads "according to X, ..." before a quote.
func (rs *resolver) according(ws []tref, at int) (speaker, bool) {
	for k := len(ws) - 2; k >= 0; k-- {
		if rs.tk(ws[k]).low != "according" || rs.tk(ws[k+1]).low != "to" {
			continue
		}
		j := k + 2
		for j < len(ws) && (j == k+2 || !strings.ContainsAny(rs.tk(ws[j]).gap, ",;:")) {
			j++
		}
		if j == k+2 {
			return speaker{}, false
		}
		// "According to her, ...": the pronoun's person; so "according
		// to his words" (translated news).
		if p := possessivePronouns[rs.tk(ws[k+2]).low]; p != "" && j == k+4 && rs.tk(ws[k+3]).low == "words" {
			if sp, ok := rs.pronoun(p, rs.tk(ws[k]).start); ok {
				sp.text = rs.tk(ws[k+2]).raw
				return sp, true
			}
			return speaker{}, false
		}
		if p := objectPronouns[rs.tk(ws[k+2]).low]; p != "" && j == k+3 {
			if sp, ok := rs.pronoun(p, rs.tk(ws[k]).start); ok {
				sp.text = rs.tk(ws[k+2]).raw
				return sp, true
			}
			return speaker{}, false
		}
		sp, ok := rs.speakerIn(ws[k+2:j], at)
		if ok && sp.kind != "" {
			sp.via = "according to"
			return sp, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// agent finds who speaks in the words ws before a verb of speech. The
// clause right before the verb names the speaker ("Howard said"); when it
// is an apposition ("a spokesman for the team", "head of the Caucus",
// "who led a failed bid"), the person it describes opens an earlier
// comma-separated part ("Reid Cherlin, a spokesman for the team, said";
// "Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black
// Caucus, said").
func (rs *resolver) agent(ws []tref, at int) (speaker, bool) {
	sp, _, ok := rs.agentAt(ws, at)
	return sp, ok
}

// agentAt is agent that also returns where, in ws, the words naming the
// speaker begin.
func (rs *resolver) agentAt(ws []tref, at int) (speaker, int, bool) {
	// The speaker stands within a few clauses of the verb: a long
	// sentence costs no more than a short one.
	off := max(len(ws)-60, 0)
	sp, a, ok := rs.agentNear(ws[off:], at)
	return sp, a + off, ok
}

func (rs *resolver) agentNear(ws []tref, at int) (speaker, int, bool) {
	ws = rs.dropParenthesis(ws)
	segs := rs.segments(ws, 5)
	// "Kern spoke, but Tom Berg said", "..., and the mayor told": a
	// conjunction after a comma opens a clause of its own, whose subject
	// it is that speaks; the parts before belong to another clause.
	for i, sg := range segs {
		if sg[1]-sg[0] > 1 && sg[0] > 0 && clauseConjunctions[rs.tk(ws[sg[0]]).low] {
			if nx := rs.tk(ws[sg[0]+1]); nx.cap || personPronouns[nx.low] || nx.low == "they" || determiners[nx.low] {
				segs[i][0]++
				segs = segs[:i+1]
			}
			break
		}
	}
	s0 := ws[segs[0][0]:segs[0][1]]
	// "Professor Helen Marrick, for instance, told": an aside between the
	// subject and its verb says nothing of who speaks.
	if len(segs) > 1 && rs.aside(s0) {
		segs = segs[1:]
		ws = ws[:segs[0][1]]
		s0 = ws[segs[0][0]:segs[0][1]]
	}
	sp, ok := rs.speakerIn(s0, at)
	appos := len(s0) == 0 || rs.apposition(s0) || ok && sp.kind == kindOrg && rs.orgThenTitle(s0)
	if ok && sp.kind == kindPerson && !appos {
		return sp, segs[0][0], true
	}
	// An apposition, or words that name no one ("Captain Manohar Nambiar,
	// Chief Public Relations Officer, Defence, said"): the person opens an
	// earlier part.
	if appos || !ok {
		for i, sg := range segs[1:] {
			// "Sen. Pat Roberts, R-Kan., chairman of ..., said": a
			// party-and-state label is no one; the name is before it.
			if w := ws[sg[0]]; sg[1]-sg[0] <= 4 && partyLabelEnd(&rs.sents[w.s], w.i) == ws[sg[1]-1].i+1 {
				continue
			}
			// segs[i] is the part after sg: its apposition.
			if p, ok := rs.nameOpening(ws[sg[0]:sg[1]], ws[segs[i][0]:segs[i][1]]); ok {
				return p, sg[0], true
			}
			// "Byrd, speaking from the Senate floor, said", "Holm, the
			// judge in the case, said": a lone word opening the
			// sentence before an apposition set off by commas.
			if i == 0 && appos && len(s0) > 0 {
				if p, ok := rs.surnameBeforeApposition(ws[sg[0]:sg[1]], s0); ok {
					return p, sg[0], true
				}
			}
			// "Board member Anna Kern, a retired physicist, said", "The
			// Harbour Trust, the port's owner, said": the name closes
			// the few words before the apposition.
			if i == 0 && appos {
				if m := rs.nameClosing(ws[sg[0]:sg[1]]); m != nil {
					p := rs.speakerOf(m)
					p.via = "named"
					return p, sg[0], true
				}
			}
			// "A senior official, speaking on condition of anonymity,
			// said", "A spokesman, who asked not to be named, said":
			// what a participle or relative clause adds names no one;
			// the description before it speaks.
			if i == 0 && !ok && len(s0) > 0 && (relatives[rs.tk(s0[0]).low] || isGerund(rs.tk(s0[0]))) &&
				descriptionOpeners[rs.tk(ws[sg[0]]).low] {
				if p, ok := rs.speakerIn(ws[sg[0]:sg[1]], at); ok && (p.kind != "" || p.via == "unnamed") {
					return p, sg[0], true
				}
			}
		}
	}
	return sp, segs[0][0], ok
}

// dropParenthesis drops the words in brackets that close ws right before
// the verb of speech: "Ivo Pinsk (Vardo Party) said", "Byrd (D-W.Va.)
// said", "The Harbour Trust (HT) said" name the subject before them, and
// the bracket only describes it. ws is kept whole when nothing stands
// before the bracket or its opening is not found within a few words.
func (rs *resolver) dropParenthesis(ws []tref) []tref {
	if len(ws) < 2 {
		return ws
	}
	last := ws[len(ws)-1]
	s := &rs.sents[last.s]
	if last.i+1 >= len(s.toks) || !strings.HasPrefix(strings.TrimLeft(s.toks[last.i+1].gap, ". "), ")") {
		return ws
	}
	for k := len(ws) - 1; k > 0 && len(ws)-k <= 8; k-- {
		w := ws[k]
		if w.s != last.s {
			return ws
		}
		g := s.toks[w.i].gap
		if strings.Contains(g, ")") {
			return ws
		}
		if strings.Contains(g, "(") {
			return ws[:k]
		}
	}
	return ws
}

// nameClosing returns the person or organisation whose name closes the
// words ws, after at most three words that describe it ("Board member",
// "Harbour Mayor", "the"): no stop word, verb of speech or participle.
func (rs *resolver) nameClosing(ws []tref) *ment {
	if len(ws) == 0 {
		return nil
	}
	w := ws[len(ws)-1]
	for _, m := range rs.mentionsIn(w.s, w.i, w.i+1) {
		if (m.kind != kindPerson && m.kind != kindOrg) || m.tj != w.i+1 || m.sent != ws[0].s || m.ti < ws[0].i || m.ti-ws[0].i > 3 {
			continue
		}
		for _, u := range ws {
			if t := rs.tk(u); u.i < m.ti && t.low != "the" && !roleWord(t) &&
				(isStopCap(t.low) || speechVerbs[t.low] || partialVerbs[t.low] || participle(t.low)) {
				return nil
			}
		}
		return m
	}
	return nil
}

// orgThenTitle reports words that give someone's title in an
// organisation rather than name the organisation: a lower-case title
// after the capitalised words that open them ("Harbour Trust vice
// president for planning").
func (rs *resolver) orgThenTitle(ws []tref) bool {
	if !rs.tk(ws[0]).cap {
		return false
	}
	for k := 1; k < len(ws) && k < 8; k++ {
		if t := rs.tk(ws[k]); !t.cap && titleHeads[t.low] {
			return true
		}
		if t := rs.tk(ws[k]); !t.cap && !roleModifiers[t.low] {
			return false
		}
	}
	return false
}

// segments cuts ws at commas and semicolons outside brackets into at most
// n parts, nearest the end first, as [from, to) word indexes. Words
// without any give one part; no words give one empty part.
func (rs *resolver) segments(ws []tref, n int) [][2]int {
	var out [][2]int
	end, depth := len(ws), 0
	for k := len(ws) - 1; k > 0 && len(out) < n-1; k-- {
		g := rs.tk(ws[k]).gap
		split := false
		for i := len(g) - 1; i >= 0; i-- {
			switch g[i] {
			case ')':
				depth++
			case '(':
				depth = max(depth-1, 0)
			case ',', ';':
				split = split || depth == 0
			}
		}
		if split {
			out = append(out, [2]int{k, end})
			end = k
		}
	}
	return append(out, [2]int{0, end})
}

// apposition reports words that describe rather than name: they open
// with a determiner, a relative pronoun, a preposition or a lower-case
// word ("a spokesman for", "head of", "who led", "from the fire service").
func (rs *resolver) apposition(ws []tref) bool {
	t := rs.tk(ws[0])
	switch t.low {
	case "a", "an", "the", "who", "whose", "which", "one", "from", "of", "with", "his", "her", "its", "their":
		return true
	}
	if _, _, ok := numValue(t.low); ok {
		return true
	}
	// "Osland's chief trade negotiator": an owner and a role.
	if t.poss && len(ws) > 1 && !rs.tk(ws[len(ws)-1]).cap {
		return true
	}
	return !t.cap
}

// personOpening returns the person mention that opens the words ws, after
// nothing but role words ("state Rep. Barry Fleming", "Sheriff Lee Baca").
func (rs *resolver) personOpening(ws []tref) *ment {
	for len(ws) > 0 && conjunctions[rs.tk(ws[0]).low] {
		ws = ws[1:]
	}
	for k, w := range ws {
		if m := rs.personStarting(w); m != nil {
			return m
		}
		t := rs.tk(w)
		if k >= 5 || !(t.cap || roleWord(t)) || conjunctions[t.low] {
			return nil
		}
	}
	return nil
}

// nameOpening returns the person who opens the words ws: a person
// mention after nothing but role words, or capitalised words that the name
// finder did not take for a name but that stand as one before an
// apposition ("Lee, 54, told", "Chela, the deputy's widow, said"). Such
// words are an organisation when the apposition says so ("TallGrass, a
// wholesaler of natural health products, said").
func (rs *resolver) nameOpening(ws, appos []tref) (speaker, bool) {
	if m := rs.personOpening(ws); m != nil {
		sp := rs.speakerOf(m)
		sp.via = "named"
		return sp, true
	}
	n := 0
	for n < len(ws) && n < 3 && rs.tk(ws[n]).cap && (n == 0 || strings.TrimSpace(rs.tk(ws[n]).gap) == "") {
		n++
	}
	if n == 0 || n < len(ws) && strings.TrimSpace(rs.tk(ws[n]).gap) == "" {
		return speaker{}, false
	}
	sp, ok := rs.bareName(ws[:n])
	if !ok || sp.kind != kindPerson {
		return speaker{}, false
	}
	// "Holm, chief executive of Vardo Group, said", "Kern, the police
	// spokeswoman, said": an apposition whose head (its last word before
	// a preposition) is a person's role describes a person, whatever
	// organisation it names; "Acme, a maker of boats" an organisation.
	if h := singular(rs.tk(appos[appositionHead(rs, appos)]).low); !businessNouns[h] && !orgSuffixes[h] && personNoun(h) {
		return sp, true
	}
	for k, w := range appos {
		if k >= 6 {
			break
		}
		if l := singular(rs.tk(w).low); orgSuffixes[l] || businessNouns[l] {
			org := rs.phraseSpeaker(ws[:n])
			org.via = "named"
			return org, true
		}
	}
	return sp, true
}

// appositionHead is the index in appos of its head: the last word before
// a preposition, a comma or the end, within its first six words.
func appositionHead(rs *resolver, appos []tref) int {
	h := 0
	for k := 0; k < len(appos) && k < 6; k++ {
		t := rs.tk(appos[k])
		if k > 0 && (headStops[t.low] || strings.ContainsAny(t.gap, ",;:")) {
			break
		}
		h = k
	}
	return h
}

// headStops end the noun phrase an apposition opens with.
var headStops = wordSet("of", "for", "at", "in", "with", "from", "on", "to", "who", "whose", "which", "that", "and")

// businessNouns describe an organisation in an apposition beside the
// organisation suffixes ("a wholesaler of natural health products").
var businessNouns = wordSet("firm", "wholesaler", "retailer", "maker", "manufacturer", "chain", "business",
	"store", "distributor", "supplier", "provider", "operator", "publisher", "studio", "label", "brand",
	"charity", "newspaper", "magazine", "website", "station", "broadcaster", "developer", "producer")

// personStarting returns the person mention that starts at word w.
func (rs *resolver) personStarting(w tref) *ment {
	for _, m := range rs.mentionsIn(w.s, w.i, w.i+1) {
		if m.kind == kindPerson && m.ti == w.i {
			return m
		}
	}
	return nil
}

// finalAttribution reads the last segment of sentence si, after byte
// from: "..., said X." or "..., X said.", when it names someone.
func (rs *resolver) finalAttribution(si, from int) (speaker, bool) {
	sp, ok := rs.finalSpeaker(si, from)
	if !ok || sp.kind == "" {
		return speaker{}, false
	}
	return sp, true
}

// finalSpeaker is finalAttribution that also gives the words of a
// speaker it does not name ("..., her rep confirms to the magazine.").
func (rs *resolver) finalSpeaker(si, from int) (speaker, bool) {
	if si < 0 {
		return speaker{}, false
	}
	s := &rs.sents[si]
	n := len(s.toks)
	a := n - 1
	for a > 0 && !strings.ContainsAny(s.toks[a].gap, ",;") && n-a < 12 {
		a--
	}
	if a <= 0 || s.toks[a].start < from || !strings.ContainsAny(s.toks[a].gap, ",;") {
		return speaker{}, false
	}
	// Take in the apposition of a speaker after the verb ("said the
	// Pentagon press secretary, Gen. Pat Ryder").
	if a > 1 {
		b := a - 1
		for b > 0 && !strings.ContainsAny(s.toks[b].gap, ",;") && a-b < 8 {
			b--
		}
		if speechVerbs[s.toks[b].low] && s.toks[b].start >= from && strings.ContainsAny(s.toks[b].gap, ",;") {
			a = b
		}
	}
	ws := make([]tref, 0, n-a)
	for i := a; i < n; i++ {
		ws = append(ws, tref{si, i})
	}
	sp, ok := rs.after(ws, s.toks[a].start, false)
	// "..., according to the Acme statement.": the source closes the
	// sentence.
	if !ok && len(ws) > 2 && s.toks[a].low == "according" {
		sp, ok = rs.according(ws, s.toks[a].start)
	}
	if !ok || sp.kind == "" && sp.via != "unnamed" {
		return speaker{}, false
	}
	return sp, true
}

// continues reports whether a quote opening at byte open, without an
// attribution of its own, goes on with the speaker of the quote closed at
// prevClose: it opens the next sentence, or the next paragraph, or the
// one after when the paragraph between holds no quote and no verb of
// speech (a photo caption), or the one after that when the two between
// hold no quote, no verb of speech and no name but of places.
func (rs *resolver) continues(prevClose, open int) bool {
	if prevClose > open {
		return false
	}
	pp, qp := rs.paraOf(max(prevClose-1, 0)), rs.paraOf(open)
	switch {
	case pp == qp:
		a, b := sentenceAt(rs.sents, max(prevClose-1, 0)), sentenceAt(rs.sents, open)
		return b <= a+1
	case !rs.opensParagraph(open):
		return false
	case qp == pp+1:
		return true
	case qp == pp+2 || qp == pp+3:
		mid := rs.src[rs.paras[pp+1]:rs.paras[qp]]
		if strings.ContainsAny(mid, "\"“”«»„") {
			return false
		}
		for _, w := range tokensBetween(rs.sents, rs.paras[pp+1], rs.paras[qp]) {
			if speechVerbs[rs.tk(w).low] {
				return false
			}
		}
		// Two paragraphs of narrative between ("Six rifles were seized.
		// They had 26 crew aboard."): only when they name no one who
		// could speak instead.
		if qp == pp+3 {
			for _, m := range rs.mentionsBetween(rs.paras[pp+1], rs.paras[qp]) {
				if m.kind != kindPlace {
					return false
				}
			}
		}
		return true
	}
	return false
}

// lead finds the speaker of a quote that opens its sentence without an
// attribution of its own in the sentence before, when that sentence, in
// the same paragraph or ending the one before, introduces it: it ends
// with a colon ("Mr Gates told the security conference:", "Below is a
// statement by Francesca Grifo, director of ...:", "The judge had advice
// for anyone who deals with Nichols:"), or it reports what someone said
// ("..., a Defence Ministry statement said.", "He said that this gave
// them the chance to ...").
func (rs *resolver) lead(open int) (speaker, bool) {
	si := sentenceAt(rs.sents, open)
	if si <= 0 || rs.sents[si].Start < open && strings.TrimSpace(rs.src[rs.sents[si].Start:open]) != "" {
		return speaker{}, false
	}
	prev := si - 1
	s := &rs.sents[prev]
	if p, q := rs.paraOf(s.Start), rs.paraOf(open); p != q && (p != q-1 || !rs.opensParagraph(open) || rs.paraOf(s.End) != p) {
		return speaker{}, false
	}
	if strings.ContainsAny(s.Text, "\"“”«»„") {
		return speaker{}, false
	}
	all := make([]tref, len(s.toks))
	for i := range s.toks {
		all[i] = tref{prev, i}
	}
	var sp speaker
	ok := false
	text := strings.TrimSpace(s.Text)
	if strings.HasSuffix(text, ":") || strings.HasSuffix(text, ",") && speechVerbs[s.toks[len(s.toks)-1].low] {
		if sp, ok = rs.before(all, open, len(all), speechVerbs); !ok {
			sp, ok = rs.statementBy(all, open)
		}
		if !ok {
			sp, ok = rs.subject(all, open)
		}
	} else if sp, ok = rs.finalSpeaker(prev, s.Start); !ok {
		if q, found := reported(rs, prev); found && (q.SpeakerKind != "" || q.Via == "unnamed") {
			sp, ok = speaker{name: q.Speaker, key: q.SpeakerKey, kind: q.SpeakerKind, via: q.Via, text: q.SpeakerText, antecedent: q.Antecedent}, true
		} else if m := rs.personOpening(all); m != nil && rs.nextToSpeech(m) {
			// "Mr Dorran urged walkers not to ...": the person who
			// opens the sentence at a verb of speech.
			sp, ok = rs.speakerOf(m), true
			sp.via = "named"
		} else if sp2, ok2 := rs.madeStatement(all, open); ok2 {
			// "Ana Lee's lawyer, Karl Berg, had a short statement after
			// the ruling.": the statement follows.
			sp, ok = sp2, true
		} else if sp2, ok2 := rs.shortIntro(all, open); ok2 {
			// "Tom Berg disagreed.", "Her deputy, Tom Berg, was less
			// sure.": a short sentence introduces who speaks next.
			sp, ok = sp2, true
		} else if len(s.toks) > 2 && personPronouns[s.toks[0].low] && speechVerbs[s.toks[1].low] && !addresseeVerbs[s.toks[1].low] {
			// "He asked anyone with information to call the police.": the
			// pronoun at a verb of speech, resolved.
			sp, ok = rs.pronoun(s.toks[0].low, s.toks[0].start)
		}
	}
	if !ok {
		return speaker{}, false
	}
	if sp.via == "named" {
		sp.via = "lead"
	}
	return sp, true
}

// partialLead gives a partial quote inside the writer's own sentence
// ("The repairs were "far more expensive than anyone expected."") the
// speaker whose words the writer goes on with: that of the sentence before
// it when that sentence reports someone's words ("She said the delay was
// unfair.") or quotes them ("According to the Courier, "..."", found is
// the quotes read so far), in the same paragraph or the one before, when
// the quote's sentence has no verb of speech nor quotation of its own
// before the quote. One sentence of narrative, that reports nobody and
// quotes nothing, may stand between (a sentence of context, then the
// source's words go on). A sentence that reports a report ("The Courier
// is reporting that the navy claims ...") gives the innermost speaker,
// who said the words.
func (rs *resolver) partialLead(open int, found []Quote) (speaker, bool) {
	si := sentenceAt(rs.sents, open)
	if si <= 0 {
		return speaker{}, false
	}
	s := &rs.sents[si]
	// The sentences read are short (a few hundred bytes), so that a quote
	// costs the same however long its sentence.
	if s.Start >= open || open-s.Start > maxLeadBytes ||
		strings.TrimSpace(rs.src[s.Start:open]) == "" || strings.ContainsAny(rs.src[s.Start:open], "\"“”«»„") {
		return speaker{}, false
	}
	for _, t := range s.toks {
		if t.start >= open {
			break
		}
		if speechVerbs[t.low] || partialVerbs[t.low] {
			return speaker{}, false
		}
	}
	next := rs.paraOf(open) // the paragraph of the sentence after prev
	for prev := si - 1; prev >= 0 && prev >= si-2; prev-- {
		ps := &rs.sents[prev]
		pp := rs.paraOf(ps.Start)
		if ps.End-ps.Start > maxLeadBytes || next-pp > 1 {
			return speaker{}, false
		}
		next = pp
		if strings.ContainsAny(ps.Text, "\"“”«»„") {
			// The sentence quotes someone: the last quote closed in it
			// with a named speaker.
			for k := len(found) - 1; k >= 0; k-- {
				q := found[k]
				if q.End <= ps.Start {
					break
				}
				if q.Direct && q.Start < ps.End && q.SpeakerKind != "" {
					return speaker{name: q.Speaker, key: q.SpeakerKey, kind: q.SpeakerKind, via: "lead", text: q.SpeakerText, antecedent: q.Antecedent}, true
				}
			}
			return speaker{}, false
		}
		if q, ok := reported(rs, prev); ok && q.SpeakerKind != "" {
			return speaker{name: q.Speaker, key: q.SpeakerKey, kind: q.SpeakerKind, via: "lead", text: q.SpeakerText, antecedent: q.Antecedent}, true
		}
		speech := false
		for _, t := range ps.toks {
			speech = speech || speechVerbs[t.low]
		}
		if speech {
			all := make([]tref, len(ps.toks))
			for i := range ps.toks {
				all[i] = tref{prev, i}
			}
			if sp, ok := rs.before(all, ps.Start, len(all), speechVerbs); ok && sp.kind != "" {
				sp.via = "lead"
				return sp, true
			}
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// maxLeadBytes bounds the sentences partialLead reads: the words before
// the quote in its own sentence, and the sentence before.
const maxLeadBytes = 400

// issued reads the speaker of a quote after a colon that closes "X
// issued a statement" ("Fjord Harbour Trust released a statement on
// Monday night: "...""): the subject who put the document out.
func (rs *resolver) issued(head []tref, at int) (speaker, bool) {
	n := len(head)
	if n < 3 || !strings.Contains(rs.src[rs.tk(head[n-1]).end:at], ":") {
		return speaker{}, false
	}
	for v := n - 2; v >= 1 && n-v <= 8; v-- {
		if !issueVerbs[rs.tk(head[v]).low] {
			continue
		}
		for d := v + 1; d < n && d-v <= 3; d++ {
			if orgDocuments[singular(rs.tk(head[d]).low)] {
				return rs.agent(head[:v], at)
			}
		}
	}
	return speaker{}, false
}

// expertNouns name a person by what they know or do, after the body they
// work for ("the Fjord University expert").
var expertNouns = wordSet("expert", "analyst", "researcher", "scientist", "economist", "lawyer", "engineer",
	"professor", "academic", "historian", "specialist", "doctor", "physician", "surgeon")

// madeStatement reads the subject of a sentence that says it made a
// statement ("X had a more succinct statement after the ruling", "X issued
// a short statement on Monday"): the quote after it is that statement.
func (rs *resolver) madeStatement(ws []tref, at int) (speaker, bool) {
	for d := 1; d < len(ws) && d < 40; d++ {
		if !madeNouns[singular(rs.tk(ws[d]).low)] {
			continue
		}
		for v := d - 1; v >= 1 && d-v <= 4; v-- {
			if l := rs.tk(ws[v]).low; issueVerbs[l] || l == "had" || l == "has" || l == "gave" || l == "made" || l == "offered" {
				sp, ok := rs.agent(ws[:v], at)
				return sp, ok && sp.kind != ""
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// madeNouns are what someone makes, gives or issues when they speak.
var madeNouns = wordSet("statement", "comment", "remark", "response", "reply", "message", "answer")

// orgDocument reads a document named by its organisation: "the Acme
// statement", "the W3C's notice", "ACME's filing": the organisation says
// what the document says.
func (rs *resolver) orgDocument(ws []tref) (speaker, bool) {
	n := len(ws)
	if n < 2 || n > 5 || !orgDocuments[singular(rs.tk(ws[n-1]).low)] {
		return speaker{}, false
	}
	for _, m := range rs.mentionsBetween(rs.tk(ws[0]).start, rs.tk(ws[n-2]).end) {
		if m.kind == kindOrg && !isMedia(m.key) && rs.inWords(ws[:n-1], m) {
			sp := rs.speakerOf(m)
			sp.via = "named"
			return sp, true
		}
	}
	if t := rs.tk(ws[n-2]); (n == 2 || n == 3 && definite(rs.tk(ws[0]).low)) && docAcronym(t) {
		sp := rs.phraseSpeaker(ws[n-2 : n-1])
		sp.name = strings.TrimSuffix(strings.TrimSuffix(sp.name, "'s"), "’s")
		sp.kind, sp.via = kindOrg, "named"
		return sp, true
	}
	return speaker{}, false
}

// docAcronym reports an organisation's acronym, possessive or not, digits
// allowed ("W3C's", "CELF").
func docAcronym(t tok) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(t.raw, "'s"), "’s")
	caps := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r < '0' || r > '9':
			return false
		}
	}
	return caps >= 2 && len(w) <= 6 && !stateAbbrevs[strings.ToLower(w)]
}

// orgDocuments are the documents an organisation puts out.
var orgDocuments = wordSet("statement", "notice", "release", "filing", "announcement", "report", "memo", "letter")

// statementNouns are what a statement "by" or "from" its author is called.
var statementNouns = wordSet("statement", "remark", "comment", "message", "letter", "testimony", "release", "memo",
	"memorandum", "post", "tweet")

// statementBy reads "a statement by X" and "remarks from X".
func (rs *resolver) statementBy(ws []tref, at int) (speaker, bool) {
	for k := 0; k+2 < len(ws); k++ {
		if !statementNouns[singular(rs.tk(ws[k]).low)] {
			continue
		}
		if l := rs.tk(ws[k+1]).low; l != "by" && l != "from" {
			continue
		}
		j := k + 2
		for j < len(ws) && (j == k+2 || !strings.ContainsAny(rs.tk(ws[j]).gap, ",;:")) {
			j++
		}
		if m := rs.personOpening(ws[k+2 : j]); m != nil {
			sp := rs.speakerOf(m)
			sp.via = "named"
			return sp, true
		}
		// The name after "from" or "by" is the author, preposition and all.
		// A name the finder took for a place is an organisation here ("a
		// statement from Waitrose").
		for _, m := range rs.mentionsBetween(rs.tk(ws[k+2]).start, rs.tk(ws[j-1]).end) {
			if m.kind != kindPerson && !isMedia(m.key) {
				sp := rs.speakerOf(m)
				sp.kind, sp.via = kindOrg, "named"
				return sp, true
			}
		}
		if sp, ok := rs.speakerIn(ws[k+2:j], at); ok && sp.kind != "" {
			if sp.kind == kindPerson && !strings.Contains(sp.name, " ") {
				sp.kind = kindOrg // one word that no person's name holds
			}
			return sp, true
		}
	}
	return speaker{}, false
}

// subject reads the noun phrase that opens a sentence ("The judge had
// advice for ...", "Andrew Wetzler, director of ..., was blunt").
func (rs *resolver) subject(ws []tref, at int) (speaker, bool) {
	if len(ws) == 0 {
		return speaker{}, false
	}
	if m := rs.personOpening(ws); m != nil {
		sp := rs.speakerOf(m)
		sp.via = "named"
		return sp, true
	}
	// "His exact words:", "Her reply:": the owner of the words speaks.
	if t0 := rs.tk(ws[0]); (t0.low == "his" || t0.low == "her") && len(ws) <= 4 {
		p := "he"
		if t0.low == "her" {
			p = "she"
		}
		if sp, ok := rs.pronoun(p, t0.start); ok {
			sp.text = t0.raw
			return sp, true
		}
	}
	end := 0
	for end < len(ws) && end < 5 && (end == 0 || rs.tk(ws[end]).cap || roleWord(rs.tk(ws[end]))) &&
		(end == 0 || strings.TrimSpace(rs.tk(ws[end]).gap) == "") {
		end++
	}
	if sp, ok := rs.speakerIn(ws[:end], at); ok && sp.kind != "" {
		return sp, true
	}
	return speaker{}, false
}

// addingThat finds "adding that CLAUSE" in the words after a quote.
func (rs *resolver) addingThat(ws []tref, q Quote) (Quote, bool) {
	for k := 0; k+2 < len(ws); k++ {
		t := rs.tk(ws[k])
		if (t.low == "adding" || t.low == "added") && rs.tk(ws[k+1]).low == "that" {
			first, last := ws[k+2], ws[len(ws)-1]
			if len(ws)-(k+2) < minQuoteWords {
				return Quote{}, false
			}
			a, _ := rs.sents[first.s].span(first.i, first.i+1)
			_, b := rs.sents[last.s].span(last.i, last.i+1)
			return Quote{Text: rs.src[a:b], Sentence: first.s, Start: a, End: b, Speaker: q.Speaker,
				SpeakerKey: q.SpeakerKey, SpeakerKind: q.SpeakerKind, Via: "continuation"}, true
		}
	}
	return Quote{}, false
}

// documentNouns are things that say what their author says ("the report
// said", "the statement added").
var documentNouns = wordSet("statement", "report", "memo", "memorandum", "release", "letter", "filing", "complaint")

// speakerIn resolves the speaker named by the words ws: a person or
// organisation mentioned there, a pronoun (the nearest compatible person
// before, or for "it" the last organisation), a role noun ("the ministry",
// "the statement", "the judge") standing for the last one named that
// fits, or, when the words name no one ("a police spokeswoman", "Reid's
// rep"), the words themselves as a description.
func (rs *resolver) speakerIn(ws []tref, at int) (speaker, bool) {
	// Leading conjunctions are no part of the speaker ("..., and the city
	// said"); a document "seen by" an outlet is not spoken by the outlet.
	renamed := false // "the People's Republic of China, or PRC"
	for len(ws) > 0 && conjunctions[rs.tk(ws[0]).low] {
		renamed = rs.tk(ws[0]).low == "or"
		ws = ws[1:]
	}
	for k, w := range ws {
		switch rs.tk(w).low {
		case "seen", "obtained", "reviewed":
			ws = ws[:k]
		case "by":
			// "a statement by Ana Lee" names its author.
			if k == 0 || !statementNouns[singular(rs.tk(ws[k-1]).low)] {
				ws = ws[:k]
			}
		}
		if k >= len(ws) {
			break
		}
	}
	if len(ws) == 0 {
		return speaker{}, false
	}
	// "the two men said": the people last named.
	if sp, ok := rs.plural(ws, at); ok {
		return sp, true
	}
	// "a statement from Acme Corp": the statement's author.
	if sp, ok := rs.statementBy(ws, at); ok {
		return sp, true
	}
	// "the CELF statement", "the W3C's notice": an organisation's document.
	if sp, ok := rs.orgDocument(ws); ok {
		return sp, true
	}
	words := func() string {
		a, _ := rs.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
		_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
		return rs.src[a:b]
	}
	// A mention inside the words: the last person, else the last org. A
	// person named only as the owner of someone else ("Reid's rep",
	// "Nichols' mother") is not the speaker.
	var best *ment
	owner := false
	// "the Navy chief": a lower-case title closing the words makes the
	// organisation before it a qualifier of someone's title.
	lastTok := rs.tk(ws[len(ws)-1])
	// So does an expert's noun: "The Fjord University expert continued"
	// is a person, named before.
	// And any noun of a person ("the Vardo University glaciologist", "a
	// Vardo Group lawyer"); not one who speaks for the organisation ("the
	// Vardo Group spokesman"), nor a noun of an organisation ("the Vardo
	// Group subsidiary").
	titleLast := (titleHeads[lastTok.low] || expertNouns[lastTok.low] ||
		personNoun(lastTok.low) && singular(lastTok.low) == lastTok.low && !orgSuffixes[lastTok.low] && !businessNouns[lastTok.low] && !orgKindNouns[lastTok.low]) &&
		!lastTok.cap && !spokesNouns[lastTok.low]
	for _, m := range rs.mentionsBetween(rs.tk(ws[0]).start, rs.tk(ws[len(ws)-1]).end) {
		if m.kind == kindPlace || !rs.inWords(ws, m) || rs.afterPreposition(m) || rs.titledAfterPreposition(ws, m) || rs.inQuote(m.start) && !rs.inQuote(at) {
			continue
		}
		if m.kind == kindOrg && titleLast && m.end <= lastTok.start {
			continue
		}
		// "Mayor Ann Lee's statement said": a person speaks through her
		// document, as an organisation does.
		if m.kind == kindPerson && rs.possessive(m) && !(m.tj == ws[len(ws)-1].i && m.sent == ws[len(ws)-1].s &&
			documentNouns[singular(lastTok.low)] && !lastTok.cap) {
			owner = true
			continue
		}
		if best == nil || m.kind == kindPerson && best.kind != kindPerson || m.kind == best.kind {
			best = m
		}
	}
	if best != nil && (best.kind == kindPerson || !owner) {
		sp := rs.speakerOf(best)
		sp.via = "named"
		return sp, true
	}
	if owner {
		return speaker{name: words(), via: "unnamed"}, true
	}
	if sp, ok := rs.bareName(ws); ok {
		return sp, true
	}
	// "nurse Maria Diaz", "the victim's brother Sam Ortiz": a description
	// closed by two or three name words names that person.
	if sp, ok := rs.trailingName(ws); ok {
		return sp, true
	}
	t0 := rs.tk(ws[0])
	// "In 2004 she told", "Back in 2009 he said": a phrase of time
	// before the pronoun that is the subject, no comma between.
	// "Later he told police", "But she said": one such word will do.
	if n := len(ws); (n > 2 && n <= 6 || n == 2 && t0.cap && t0.low != "this" && t0.low != "that") && (introWords[t0.low] || t0.low == "back") && personPronouns[rs.tk(ws[n-1]).low] {
		last := rs.tk(ws[n-1])
		return rs.pronoun(last.low, min(at, last.start))
	}
	if len(ws) <= 2 && personPronouns[t0.low] {
		// The antecedent comes before the pronoun, not only before the
		// quote ("He called Orozco "the scum of the earth"").
		return rs.pronoun(t0.low, min(at, t0.start))
	}
	// "he and his co-authors predicted", "she and her team said": the
	// pronoun leads, the others are hers, unnamed.
	if n := len(ws); n >= 4 && n <= 7 && personPronouns[t0.low] && rs.tk(ws[1]).low == "and" && ownerPronouns[rs.tk(ws[2]).low] &&
		!slices.ContainsFunc(ws[3:], func(w tref) bool { return rs.tk(w).cap }) {
		return rs.pronoun(t0.low, min(at, t0.start))
	}
	// "Its statement claimed", "their letter said": the organisation "it"
	// stands for speaks through its document.
	if len(ws) == 2 && (t0.low == "its" || t0.low == "their") && documentNouns[singular(rs.tk(ws[1]).low)] {
		if sp, ok := rs.speakerIn(ws[:1], at); ok && sp.kind == kindOrg {
			sp.text = words()
			return sp, true
		}
	}
	// "Her statement said", "his letter says": the person the pronoun
	// stands for speaks through the document, as "Ida Kern's statement".
	if p := possessivePronouns[t0.low]; len(ws) == 2 && p != "" && documentNouns[singular(rs.tk(ws[1]).low)] {
		if sp, ok := rs.pronoun(p, min(at, t0.start)); ok && sp.kind == kindPerson {
			sp.text = words()
			return sp, true
		}
	}
	if len(ws) <= 2 && (t0.low == "it" || t0.low == "they") || len(ws) == 1 && (t0.low == "its" || t0.low == "their") {
		// "Though the newspaper does not cite its source, it stated":
		// the subject of the clause that opens the sentence.
		if sp, ok := rs.subordinateSubject(ws[0], at); ok {
			sp.via, sp.text = "pronoun", t0.raw
			return sp, true
		}
		// The organisation that reports the sentences just before ("A
		// statement from Waitrose said ...": "it added"), else the one
		// last quoted, else the nearest one named.
		// A name the finder took for a place speaks as an organisation
		// ("A statement from Waitrose said").
		if m := rs.lastBefore(min(at, t0.start), func(m *ment) bool {
			return m.kind != kindPerson && !isMedia(m.key) && !rs.inQuote(m.start) && rs.nextToSpeech(m)
		}); m != nil {
			sp := rs.speakerOf(m)
			sp.kind, sp.via, sp.text, sp.antecedent = kindOrg, "pronoun", t0.raw, rs.mention(m)
			return sp, true
		}
		// "Ana Lorre and her husband Karl Lorre spoke ... "...," they
		// said": two people joined by "and" just before.
		if t0.low == "they" {
			if got := rs.pairBefore(min(at, t0.start)); got != nil {
				return rs.joined(got, t0.raw, "pronoun"), true
			}
		}
		if rs.lastOrg.key != "" {
			sp := rs.lastOrg
			sp.via, sp.text = "pronoun", t0.raw
			return sp, true
		}
		// Not a name inside the quote: its words are what is said, not
		// who says it ("In selling the Vardo Plan, ...," it read).
		if m := rs.lastBefore(at, rs.orgNotSaid); m != nil {
			sp := rs.speakerOf(m)
			sp.via, sp.text, sp.antecedent = "pronoun", t0.raw, rs.mention(m)
			return sp, true
		}
		return speaker{}, false
	}
	// "The NCAA said": an acronym that speaks is an organisation.
	if acr := ws[len(ws)-1]; !renamed && len(ws) <= 2 && (len(ws) == 1 || t0.low == "the") && acronym(rs.tk(acr)) {
		sp := rs.phraseSpeaker(ws[len(ws)-1:])
		sp.via = "named"
		return sp, true
	}
	last := singular(spelling(rs.tk(ws[len(ws)-1]).low))
	// "Veltria's statistics office": a possessive before an organisation noun.
	if t0.poss && len(ws) <= 5 && (orgSuffixes[last] || speakerNouns[last]) {
		sp := rs.phraseSpeaker(ws)
		sp.via = "role noun"
		return sp, true
	}
	// "police", "state police": a body named by its noun alone.
	if len(ws) <= 3 && (last == "police" || last == "authority") && !descriptionOpeners[t0.low] {
		sp := rs.phraseSpeaker(ws)
		sp.via = "role noun"
		return sp, true
	}
	// A role noun: "the ministry('s statement)", "the official".
	if !descriptionOpeners[t0.low] {
		return speaker{}, false
	}
	// ""...," wrote another", "said one": someone else of those just
	// described, unnamed.
	if len(ws) == 1 && (t0.low == "another" || t0.low == "one") {
		return speaker{name: words(), via: "unnamed"}, true
	}
	var nouns []string
	for _, w := range ws[1:] {
		nouns = append(nouns, singular(spelling(rs.tk(w).low)))
	}
	// "a spokesperson for Skyline": the organisation speaks.
	for k := 0; k+1 < len(nouns); k++ {
		if (nouns[k] == "spokesperson" || nouns[k] == "representative") && (nouns[k+1] == "for" || nouns[k+1] == "of") {
			for _, m := range rs.mentionsBetween(rs.tk(ws[k+2]).start, rs.tk(ws[len(ws)-1]).end) {
				if m.kind == kindOrg && rs.inWords(ws, m) {
					sp := rs.speakerOf(m)
					sp.via = "role noun"
					return sp, true
				}
			}
		}
	}
	if len(nouns) == 0 || len(nouns) > 5 {
		return speaker{}, false
	}
	// A statement introduced with "a" is new, not one named before.
	if (t0.low == "a" || t0.low == "an") && documentNouns[nouns[len(nouns)-1]] {
		return speaker{}, false
	}
	role := func(m *ment) speaker {
		sp := rs.speakerOf(m)
		sp.via, sp.text, sp.antecedent = "role noun", words(), rs.mention(m)
		return sp
	}
	// The organisation nouns first: "the ministry's statement" is the
	// ministry's.
	lastNoun := nouns[len(nouns)-1]
	// The description's head in the plural ("the attorneys also").
	hw := spelling(rs.tk(ws[1+descriptionHead(nouns)]).low)
	plural := singular(hw) != hw
	if titleHeads[lastNoun] && !spokesNouns[lastNoun] && definite(t0.low) {
		// "the Navy chief": the head is a title, the words before it
		// qualify it; a person with that role, not the Navy, else someone
		// unnamed.
		if m := rs.titled(lastNoun, at); m != nil {
			return role(m), true
		}
		if m := rs.describedBefore(nouns, at); m != nil {
			return role(m), true
		}
		if m := rs.lastSpeaking(nouns, at); m != nil {
			return role(m), true
		}
		return speaker{name: words(), via: "unnamed"}, true
	}
	// "the head of the institute", "the director of the company": the
	// person who holds that office, not the organisation.
	if len(nouns) >= 3 && titleHeads[nouns[0]] && !spokesNouns[nouns[0]] && nouns[1] == "of" && definite(t0.low) {
		if m := rs.titled(nouns[0], at); m != nil {
			return role(m), true
		}
		if m := rs.introducedAs(nouns[0], at); m != nil {
			return role(m), true
		}
		// "the lawyer of the figurante", "the wife of the victim": of a
		// person, not of an organisation; the one who speaks is not the one
		// described after "of" nor whoever spoke last.
		if !slices.ContainsFunc(nouns[2:], func(n string) bool { return orgSuffixes[n] || speakerNouns[n] }) &&
			len(rs.mentionsBetween(rs.tk(ws[3]).start, rs.tk(ws[len(ws)-1]).end)) == 0 {
			return speaker{name: words(), via: "unnamed"}, true
		}
		if m := rs.describedBefore(nouns[:1], at); m != nil {
			return role(m), true
		}
		if m := rs.lastSpeaking(nouns[:1], at); m != nil {
			return role(m), true
		}
		return speaker{name: words(), via: "unnamed"}, true
	}
	// "The University of Kent expert continued": a person of that body,
	// who spoke before, not the body.
	if len(nouns) > 1 && expertNouns[lastNoun] && !rs.tk(ws[len(ws)-1]).cap && definite(t0.low) {
		if m := rs.lastSpeaking(nouns[len(nouns)-1:], at); m != nil {
			return role(m), true
		}
	}
	headNoun, afterHead := nouns[0], ""
	if len(nouns) > 1 {
		afterHead = nouns[1]
	}
	sort.SliceStable(nouns, func(i, j int) bool { return orgSuffixes[nouns[i]] && !orgSuffixes[nouns[j]] })
	isDefinite := definite(t0.low)
	// "the ministry's statement" when no ministry is named: the statement
	// of a body the text does not name, not of the last organisation.
	ownerUnnamed := false
	for _, n := range nouns {
		if (orgSuffixes[n] || orgKindNouns[n]) && isDefinite {
			ownerUnnamed = !genericOrgNouns[n] && !orgKindNouns[n] && !documentNouns[n]
			if rs.lastOrg.key != "" && strings.Contains(rs.lastOrg.key, n) {
				sp := rs.lastOrg
				sp.via, sp.text = "role noun", words()
				return sp, true
			}
			if m := rs.lastBefore(at, func(m *ment) bool {
				return m.kind == kindOrg && strings.Contains(m.key, n) && !isMedia(m.key) && !rs.inAttributed(m)
			}); m != nil {
				return role(m), true
			}
			// "the company", "the group": any organisation fits the
			// generic noun; the nearest one named that is no outlet.
			if genericOrgNouns[n] || orgKindNouns[n] {
				if m := rs.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && !isMedia(m.key) && !rs.inQuote(m.start) }); m != nil {
					return role(m), true
				}
			}
		}
		if titleHeads[n] && isDefinite {
			if m := rs.titled(n, at); m != nil {
				return role(m), true
			}
		}
		// "the newspaper": the outlet last named.
		if mediaNouns[n] && isDefinite && len(nouns) == 1 {
			if m := rs.lastBeforeAll(at, func(m *ment) bool { return m.kind == kindOrg && isMedia(m.key) && !rs.inQuote(m.start) }); m != nil {
				return role(m), true
			}
		}
		if documentNouns[n] && isDefinite {
			if m := rs.documentOwner(n, at); m != nil {
				return role(m), true
			}
			if sp, ok := rs.documentAuthor(n, at); ok {
				sp.via, sp.text = "role noun", words()
				return sp, true
			}
			if n != "statement" || ownerUnnamed {
				continue
			}
			if rs.lastOrg.key != "" {
				sp := rs.lastOrg
				sp.via, sp.text = "role noun", words()
				return sp, true
			}
			if m := rs.lastBefore(at, rs.orgNotSaid); m != nil {
				return role(m), true
			}
		}
	}
	// An organisation not named as such ("the county fire service"):
	// the words are its name.
	if (orgSuffixes[lastNoun] || speakerNouns[lastNoun]) && !titleHeads[lastNoun] {
		// "a source in the ministry", "an official at the council", "a
		// member of the board": a person of the body, unnamed, not the
		// body (a spokesman for it speaks for it, and stays).
		if h := headNoun; len(nouns) >= 3 && !orgSuffixes[h] && !speakerNouns[h] && !spokesNouns[h] && memberPreps[afterHead] {
			return speaker{name: words(), via: "unnamed"}, true
		}
		// "the department", "the sheriff's office" that no organisation
		// named before fits: a body the text does not name, not one
		// called "department".
		if rs.bareDefinite(ws) && lastNoun != "police" {
			return speaker{name: words(), via: "unnamed"}, true
		}
		sp := rs.phraseSpeaker(ws[1:])
		sp.via = "role noun"
		return sp, true
	}
	if isDefinite {
		// "the 34-year-old engineer", "the 54-year-old": an age stands
		// for the one person named just before.
		if m := rs.ageDescribed(ws, nouns, at); m != nil {
			return role(m), true
		}
		if m := rs.introducedAs(lastNoun, at); m != nil {
			return role(m), true
		}
		// "the attorneys also said": more than one, no one person.
		if plural {
			return speaker{name: words(), via: "unnamed"}, true
		}
		if m := rs.describedBefore(nouns, at); m != nil {
			return role(m), true
		}
		if m := rs.lastSpeaking(nouns, at); m != nil {
			return role(m), true
		}
	}
	// Someone the article does not name: keep the words.
	return speaker{name: words(), via: "unnamed"}, true
}

// memberPreps join a person's noun to the body they belong to ("a source
// in the ministry", "an official at the council", "a member of the
// board", "a source close to the council").
var memberPreps = wordSet("in", "at", "of", "from", "close", "within", "inside")

// bareDefinite reports "the" and one lower-case noun, after an owner's
// noun or a place's adjective ("the department", "the sheriff's office",
// "the Arizona-based group"): words that point to a body named elsewhere
// rather than name one.
func (rs *resolver) bareDefinite(ws []tref) bool {
	if rs.tk(ws[0]).low != "the" || len(ws) < 2 {
		return false
	}
	// Words, a word joined by a hyphen to the one before counting with it.
	var words []tok
	for k, w := range ws[1:] {
		t := rs.tk(w)
		if k > 0 && t.gap == "-" {
			if t.cap {
				return false
			}
			words[len(words)-1].cap = false // "Arizona-based"
			continue
		}
		words = append(words, t)
	}
	if len(words) > 2 || len(words) == 2 && !words[0].poss && rs.tk(ws[2]).gap != "-" {
		return false
	}
	for _, t := range words {
		if t.cap {
			return false
		}
	}
	return true
}

// plural reads a speaker of several people by their number ("the two men
// said", "both leaders said", "the three ministers"): the people last
// named before, as many as the number says, in the sentence of the words
// and the three before it; a name written as the owner of something, after
// a preposition ("ordered by Obama") or inside a quote is no antecedent.
// The speaker is their names joined ("Gary Locke and Ken Salazar"), with
// the words as written and the nearest as antecedent; no speaker when
// fewer are named.
func (rs *resolver) plural(ws []tref, at int) (speaker, bool) {
	k := 0
	if k < len(ws) && rs.tk(ws[k]).low == "the" {
		k++
	}
	if k >= len(ws) {
		return speaker{}, false
	}
	n := 0
	switch l := rs.tk(ws[k]).low; {
	case l == "both":
		n = 2
	case k > 0:
		if v, ok := numberWords[l]; ok && v >= 2 && v <= 4 {
			n = int(v)
		}
	}
	// The count, then one or two words ending in a plural noun for people.
	rest := ws[k+1:]
	if n == 0 || len(rest) == 0 || len(rest) > 2 || !pluralPeople(rs.tk(rest[len(rest)-1]).low) {
		return speaker{}, false
	}
	for _, w := range rest {
		if rs.tk(w).cap {
			return speaker{}, false
		}
	}
	from := min(at, rs.tk(ws[0]).start)
	si := sentenceAt(rs.sents, from)
	k0 := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= from }) - 1
	var got []*ment
	seen := map[string]bool{}
	for j := k0; j >= 0 && k0-j < maxLookback && len(got) < n; j-- {
		m := &rs.ms[j]
		if si >= 0 && m.sent < si-3 {
			break
		}
		if m.kind != kindPerson || seen[m.key] || rs.possessive(m) || rs.inQuote(m.start) || rs.afterPreposition(m) {
			continue
		}
		seen[m.key] = true
		got = append(got, m)
	}
	if len(got) < n {
		return speaker{}, false
	}
	slices.Reverse(got)
	a, _ := rs.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
	_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
	return rs.joined(got, rs.src[a:b], "plural"), true
}

// joined is the speaker of several people, in text order: their names
// joined ("Gary Locke and Ken Salazar"), their keys joined by "+", the
// last one as antecedent.
func (rs *resolver) joined(ms []*ment, text, via string) speaker {
	var names, keys []string
	for _, m := range ms {
		sp := rs.speakerOf(m)
		names, keys = append(names, sp.name), append(keys, sp.key)
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return speaker{name: name, key: strings.Join(keys, "+"), kind: kindPerson, via: via, text: text,
		antecedent: rs.mention(ms[len(ms)-1])}
}

// pairBefore finds two people named together, joined by "and" with at
// most two words between ("Ana Lorre and her husband Karl Lorre"), in the
// last sentence before byte at that names people, back to two sentences
// before the one holding at; nil when that sentence has no such pair. Names
// written as owners or inside quotes do not count.
func (rs *resolver) pairBefore(at int) []*ment {
	si := sentenceAt(rs.sents, at)
	k0 := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= at }) - 1
	var later *ment
	for k := k0; k >= 0 && k0-k < maxLookback; k-- {
		m := &rs.ms[k]
		if si >= 0 && m.sent < si-2 {
			break
		}
		if m.kind != kindPerson || rs.possessive(m) || rs.inQuote(m.start) {
			continue
		}
		if later != nil && later.sent != m.sent {
			return nil // the last sentence naming people has no pair
		}
		if later != nil && later.key != m.key {
			toks := rs.sents[m.sent].toks
			if gap := later.ti - m.tj; gap >= 1 && gap <= 3 && toks[m.tj].low == "and" {
				return []*ment{m, later}
			}
		}
		later = m
	}
	return nil
}

// pluralPeople reports a plural noun for people ("men", "leaders",
// "officials", "ministers"), not for organisations or things.
func pluralPeople(w string) bool {
	switch w {
	case "men", "women", "people", "leaders", "officials", "ministers", "secretaries", "lawyers", "attorneys",
		"senators", "lawmakers", "presidents", "executives", "brothers", "sisters", "parents", "candidates",
		"spokesmen", "spokeswomen", "experts", "politicians", "chiefs", "heads", "sides", "partners", "coaches",
		"players", "officers", "researchers", "scientists", "prosecutors", "judges", "diplomats", "envoys",
		"engineers", "investigators", "inspectors", "detectives", "doctors", "analysts", "witnesses", "residents",
		"critics", "activists", "workers", "neighbors", "neighbours", "relatives", "protesters":
		return true
	}
	return false
}

// introducedAs is the person the article introduced with the noun of a
// definite description ("says the nutritionist" after "nutritionist
// Marina Bogai", "the economist" after "Ilya Dorn, an economist at ..."):
// the last person before byte at with the noun among the two words
// before the name (or a part of one: "doctor-nutritionist") or the first
// four of an apposition after it.
func (rs *resolver) introducedAs(noun string, at int) *ment {
	has := func(t tok) bool {
		if t.cap && !strings.Contains(t.low, "-") {
			return false
		}
		for _, p := range strings.Split(t.low, "-") {
			if singular(p) == noun {
				return true
			}
		}
		return false
	}
	if orgSuffixes[noun] || documentNouns[noun] || genericOrgNouns[noun] || speakerNouns[noun] {
		return nil
	}
	return rs.lastBeforeAll(at, func(m *ment) bool {
		if m.kind != kindPerson || rs.inQuote(m.start) {
			return false
		}
		s := &rs.sents[m.sent]
		// Two words before the name, a hyphenated word counting as one
		// ("Doctor-nutritionist Olga Poznyak" is read as three words).
		words := 0
		for k := m.ti - 1; k >= 0 && words < 2; k-- {
			g := strings.TrimSpace(s.toks[k+1].gap)
			hyphen := g == "-" && k+1 < m.ti
			if g != "" && !hyphen || speechVerbs[s.toks[k].low] {
				break
			}
			if !hyphen {
				words++
			}
			t := s.toks[k]
			if t.cap && (hyphen || k+1 < m.ti && strings.TrimSpace(s.toks[k+1].gap) == "-") {
				t.cap = false // a capital opening a hyphenated role noun
			}
			if has(t) {
				return true
			}
		}
		if m.tj < len(s.toks) && strings.TrimSpace(s.toks[m.tj].gap) == "," {
			for k := m.tj; k < len(s.toks) && k < m.tj+4; k++ {
				if k > m.tj && strings.TrimSpace(s.toks[k].gap) != "" {
					break
				}
				if has(s.toks[k]) {
					return !clauseSubject(s, k)
				}
			}
		}
		return false
	})
}

// clauseSubject reports the noun at token k of s, after a name and a
// comma, as the subject of a clause of its own rather than the name's
// apposition: a verb follows it with no comma between ("moderated by
// Tom Berg, the singer discussed her year": the singer is not Berg).
func clauseSubject(s *sent, k int) bool {
	if k+1 >= len(s.toks) || strings.TrimSpace(s.toks[k+1].gap) != "" {
		return false
	}
	t := s.toks[k+1]
	return !t.cap && (speechVerbs[t.low] || copulas[t.low] || strings.HasSuffix(t.low, "ed") || t.low == "has" || t.low == "had")
}

// description reads a definite description of one person before byte at:
// its head noun and the gender its words tell ("" when none). ok is false
// when the head stands for no one person (an organisation, a document, a
// group, a word for any speaker, "police") or the article brought in
// someone unnamed with it ("a passenger"). nouns are the words after "the".
func (rs *resolver) description(nouns []string, at int) (head, want string, ok bool) {
	if len(nouns) == 0 {
		return "", "", false
	}
	head = nouns[descriptionHead(nouns)]
	if orgSuffixes[head] || documentNouns[head] || genericOrgNouns[head] || speakerNouns[head] || head == "police" ||
		!personNoun(head) || rs.unnamedBefore(head, at) {
		return "", "", false
	}
	for _, n := range nouns {
		if g := genderWords[n]; g != "" {
			want = g
		}
	}
	return head, want, true
}

// descriptionHead is the index of the head noun of a description's words
// after "the": the last, less the adverbs the subject's words ran into
// ("the vice governor also" is a governor).
func descriptionHead(nouns []string) int {
	k := len(nouns) - 1
	for k > 0 && (strings.HasSuffix(nouns[k], "ly") || trailingAdverbs[nouns[k]]) {
		k--
	}
	return k
}

// trailingAdverbs follow a subject before its verb: "the governor also
// said".
var trailingAdverbs = wordSet("also", "too", "again", "still", "then", "now", "later", "once", "further", "first")

// describedBefore is the person a definite description of one person
// ("the Navy chief", "the convicted killer", "the young widow") stands
// for: the one person named in the nearest sentence before byte at that
// names people, when that person speaks there ("Admiral Rao Menon had
// declared that ...") and the description does not tell another gender,
// unless the article brought in someone unnamed with its noun ("a
// passenger"). nouns are the description's words after "the".
func (rs *resolver) describedBefore(nouns []string, at int) *ment {
	_, want, ok := rs.description(nouns, at)
	if !ok {
		return nil
	}
	si := sentenceAt(rs.sents, at)
	if si <= 0 {
		return nil
	}
	// The mentions of the two sentences before, last first, at most
	// maxLookback of them: a long sentence costs no more than a short one.
	k := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= rs.sents[si].Start }) - 1
	var one *ment
	for stop := k - maxLookback; k >= 0 && k > stop && rs.ms[k].sent >= si-2; k-- {
		m := &rs.ms[k]
		if one != nil && m.sent != one.sent {
			break // the nearest sentence that names someone
		}
		if m.kind != kindPerson || rs.inQuote(m.start) || rs.possessive(m) {
			continue
		}
		if one != nil && one.key != m.key {
			return nil // two people: the description could be either
		}
		one = m
	}
	if one == nil || !rs.nextToSpeech(one) {
		return nil
	}
	if g := rs.gender[one.key]; want != "" && g != "" && g != "?" && g != want {
		return nil
	}
	return one
}

// lastSpeaking is the person a definite description the article never
// introduced stands for ("says the specialist", "states the medical
// professional", the expert a translation names by another noun each
// time): the last person named before byte at, in the ten sentences
// before and alone in its sentence, when that person speaks in the article (a verb of speech next
// to the name, "according to" before it, or the last quote theirs) and
// the description does not tell another gender. Nobody is, when the
// article brought in someone unnamed with the description's noun ("a
// witness ... the witness said"). nouns are the description's words after
// "the".
func (rs *resolver) lastSpeaking(nouns []string, at int) *ment {
	head, want, ok := rs.description(nouns, at)
	// Only an office, occupation or title stands for a person the article never
	// gave it ("the specialist", "the singer"): a relation to someone
	// ("the follower", "the neighbour"), a kind of person ("the woman")
	// or a thing stands for someone unnamed or no one.
	if !ok || head == "source" || head == "official" || personPronouns[head] || roleNoun(head) != 1 && !titleHeads[head] {
		return nil
	}
	si := sentenceAt(rs.sents, at)
	m := rs.lastBeforeAll(at, func(m *ment) bool {
		return m.kind == kindPerson && !rs.inQuote(m.start) && !rs.possessive(m)
	})
	if m == nil || si < 0 || m.sent < si-maxDescribedBack {
		return nil
	}
	// Two people named in that sentence: the description could be either.
	// (The mentions next to m, at most maxLookback of them.)
	mi := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= m.start })
	for k := max(0, mi-maxLookback); k < len(rs.ms) && k <= mi+maxLookback; k++ {
		o := &rs.ms[k]
		if o.sent == m.sent && o.kind == kindPerson && o.key != m.key && !rs.inQuote(o.start) && !rs.possessive(o) {
			return nil
		}
	}
	if g := rs.gender[m.key]; want != "" && g != "" && g != "?" && g != want {
		return nil
	}
	// "Peter Holm, Berg's lawyer, ... The bar's owner was shaken. "...,"
	// said the owner": a sentence after m's that gives the noun to
	// someone it does not name describes another.
	if rs.describedOtherSince(head, m, si) {
		return nil
	}
	if rs.lastPerson.key == m.key {
		return m
	}
	if rs.lastBeforeAll(at, func(o *ment) bool {
		return o.key == m.key && o.kind == kindPerson && (rs.nextToSpeech(o) || rs.accordingTo(o))
	}) != nil {
		return m
	}
	return nil
}

// describedOtherSince reports the noun head said of someone other than m
// in a sentence after m's and before sentence si, outside quotes: one
// that does not name m again ("The bar's owner was shaken.").
//
// Only the first describedWords words of each sentence are read, so that a
// quote costs the same however long the sentences before it.
func (rs *resolver) describedOtherSince(head string, m *ment, si int) bool {
	for s := m.sent + 1; s < si; s++ {
		toks := rs.sents[s].toks
		n := min(len(toks), describedWords)
		found := false
		for _, t := range toks[:n] {
			if singular(t.low) == head && !t.cap && !rs.inQuote(t.start) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		named := false
		for _, o := range rs.mentionsIn(s, 0, n) {
			if o.key == m.key {
				named = true
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// describedWords is how many words of a sentence describedOtherSince reads.
const describedWords = 40

// maxAgentBytes bounds the words before a quote read for its speaker
// when a title in quotation marks stands between them.
const maxAgentBytes = 400

// maxDescribedBack is how many sentences back lastSpeaking looks for the
// person a description stands for: an expert quoted, then a paragraph of
// paraphrase, then "says the specialist".
const maxDescribedBack = 10

// accordingTo reports a mention that "according to" introduces, with at
// most three words of role between ("according to doctor-gastroenterologist
// Claudia Arifulina").
func (rs *resolver) accordingTo(m *ment) bool {
	s := &rs.sents[m.sent]
	for k := m.ti - 1; k >= 1 && k >= m.ti-4; k-- {
		if s.toks[k].low == "to" && s.toks[k-1].low == "according" {
			return true
		}
		if strings.ContainsAny(s.toks[k+1].gap, ",;:") {
			return false
		}
	}
	return false
}

// unnamedBefore reports the noun n after "a", "an" or "one" before byte
// at: someone the article brought in without a name ("a witness said").
// The article is read once, for every noun.
func (rs *resolver) unnamedBefore(n string, at int) bool {
	if rs.indefinite == nil {
		rs.indefinite = map[string]int{}
		for si := range rs.sents {
			s := &rs.sents[si]
			for k, t := range s.toks {
				for j := k - 1; j >= 0 && j >= k-5; j-- {
					if w := s.toks[j].low; w == "a" || w == "an" || w == "one" {
						if _, seen := rs.indefinite[singular(t.low)]; !seen {
							rs.indefinite[singular(t.low)] = t.start
						}
						break
					}
					if g := strings.TrimSpace(s.toks[j+1].gap); g != "" && g != "-" {
						break
					}
				}
			}
		}
	}
	first, ok := rs.indefinite[n]
	return ok && first < at
}

// trailingName reads two or three capitalised name words that close the
// words ws after a lower-case word.
func (rs *resolver) trailingName(ws []tref) (speaker, bool) {
	n := 0
	for n < len(ws) && n < 3 {
		t := rs.tk(ws[len(ws)-1-n])
		if !nameWord(t, nil) || t.poss || personPronouns[t.low] {
			break
		}
		n++
	}
	if n < 2 || n >= len(ws) {
		return speaker{}, false
	}
	first := len(ws) - n
	if p := rs.tk(ws[first-1]); p.cap || strings.TrimSpace(rs.tk(ws[first]).gap) != "" {
		return speaker{}, false
	}
	for k := first + 1; k < len(ws); k++ {
		if strings.TrimSpace(rs.tk(ws[k]).gap) != "" {
			return speaker{}, false
		}
	}
	a, _ := rs.sents[ws[first].s].span(ws[first].i, ws[first].i+1)
	_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
	return speaker{name: rs.src[a:b], key: rs.tk(ws[len(ws)-1]).low, kind: kindPerson, via: "named"}, true
}

// acronym reports a word of two to six capital letters that names no US
// state ("NCAA", "FBI").
func acronym(t tok) bool {
	if len(t.raw) < 2 || len(t.raw) > 6 || stateAbbrevs[t.low] {
		return false
	}
	for _, r := range t.raw {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// spokesNouns name someone who speaks for an organisation: "a Surrey
// Police spokeswoman" speaks for Surrey Police.
var spokesNouns = wordSet("spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative")

// definite reports the article "the".
func definite(w string) bool { return w == "the" }

// titled is the last person named before byte at with a role holding the
// title noun n ("the judge": Judge James Bodiford).
func (rs *resolver) titled(n string, at int) *ment {
	return rs.lastBeforeAll(at, func(m *ment) bool {
		if m.kind != kindPerson {
			return false
		}
		for _, rk := range rs.rolesOf(m.key) {
			if strings.Contains(rk, n) {
				return true
			}
		}
		return false
	})
}

// genericOrgNouns name an organisation of any name ("the company said").
var genericOrgNouns = wordSet("company", "corporation", "group", "firm", "organization", "organisation", "business")

// orgKindNouns name a kind of organisation that a name need not say
// ("Vardo Air ... the airline said", "Nordbank ... the lender said"): like
// genericOrgNouns, the nearest organisation named that is no outlet.
var orgKindNouns = wordSet("airline", "carrier", "automaker", "carmaker", "insurer", "lender", "retailer",
	"manufacturer", "startup", "club", "chain", "brand", "operator")

// modifierPreps put a name inside a description of someone else ("a
// spokesman for the Obama-Biden team", "an attorney with Earthjustice").
var modifierPreps = wordSet("for", "of", "with", "from", "at", "to", "in", "on", "by", "about", "against")

// afterPreposition reports a mention that follows a preposition, with or
// without "the".
func (rs *resolver) afterPreposition(m *ment) bool {
	s := &rs.sents[m.sent]
	k := m.ti - 1
	if k >= 0 && s.toks[k].low == "the" {
		k--
	}
	return k >= 0 && modifierPreps[s.toks[k].low]
}

// titledAfterPreposition reports a mention with a title before it, after a
// preposition that follows a lower-case noun inside the words ws: "a
// spokesman for Senator Barack Obama", "an aide to President Lula" describe
// someone else. Not a title's own "of" ("Assistant Secretary of Defense
// Melissa Dalton", "Secretary of State Colin Powell").
func (rs *resolver) titledAfterPreposition(ws []tref, m *ment) bool {
	s := &rs.sents[m.sent]
	k := m.ti - 1
	for n := 0; k >= 0 && n < 3; n++ {
		t, g := s.toks[k], strings.TrimSpace(s.toks[k+1].gap)
		if !(titleHeads[t.low] || honorifics[t.low] || roleModifiers[t.low] && t.cap) || g != "" && g != "." {
			break
		}
		k--
	}
	if k == m.ti-1 || k < 1 || !modifierPreps[s.toks[k].low] || ws[0].s != m.sent || k-1 < ws[0].i {
		return false
	}
	return !s.toks[k-1].cap
}

// bareName reads one to three capitalised words that the name finder did
// not take for a name, standing alone at a verb of speech ("..., King
// said", "said Chela"): a person, or an organisation when the last word
// says so. The words must stand inside their sentence, or be written
// capitalised inside a sentence elsewhere in the article, so that a
// sentence's first word ("Witnesses said") is not taken for a name.
func (rs *resolver) bareName(ws []tref) (speaker, bool) {
	return rs.bareNameIn(ws, false)
}

// bareNameIn is bareName; opening admits words that open their sentence
// where the caller has shown that they stand as a subject.
func (rs *resolver) bareNameIn(ws []tref, opening bool) (speaker, bool) {
	if len(ws) == 0 || len(ws) > 3 {
		return speaker{}, false
	}
	var toks []tok
	for k, w := range ws {
		t := rs.tk(w)
		if k > 0 && strings.TrimSpace(t.gap) != "" && !plainGap(t.gap, toks[k-1]) || t.poss {
			return speaker{}, false
		}
		// A surname that is also a title ("King") counts at the end of
		// the words, inside a sentence.
		titleSurname := k == len(ws)-1 && titleHeads[t.low] && (k > 0 || ws[0].i > 0 || rs.firstNames[t.low] != "")
		if !t.cap || places[t.low] || demonyms[t.low] != "" || isStopCap(t.low) || personPronouns[t.low] ||
			!nameWord(t, nil) && !titleSurname && !knownOrgs[t.low] {
			return speaker{}, false
		}
		toks = append(toks, t)
	}
	if ws[0].i == 0 && !opening && !rs.midCaps[toks[0].low] && !rs.surnameSays(ws) && !rs.nameColon(ws) {
		return speaker{}, false
	}
	a, _ := rs.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
	_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
	last := toks[len(toks)-1].low
	if knownOrgs[last] || orgSuffixes[last] {
		key, _ := entityKey(kindOrg, toks)
		return speaker{name: rs.src[a:b], key: key, kind: kindOrg, via: "named"}, true
	}
	name := rs.src[a:b]
	// "DiLeo said" after "Tony DiLeo" and then "his son, T.J. DiLeo": the
	// one of that surname named in full last.
	if len(ws) == 1 {
		if m := rs.lastBeforeAll(a, func(m *ment) bool {
			return m.kind == kindPerson && surnameOf(m.key) == last && strings.Contains(m.name, " ")
		}); m != nil {
			sp := rs.speakerOf(m)
			sp.via = "named"
			return sp, true
		}
	}
	if full := rs.firstNames[last]; len(ws) == 1 && full != "" {
		name = full // "King": "Billy King", as the article first wrote it
	}
	return speaker{name: name, key: strings.ToLower(last), kind: kindPerson, via: "named"}, true
}

// collectiveSubjects are capitalised words that open a sentence as the
// subject of a verb of speech without being names or plurals in -s.
var collectiveSubjects = wordSet("police", "staff", "management", "security", "everyone", "everybody",
	"nobody", "somebody", "someone", "anyone", "people", "children", "women", "men", "media", "press",
	"intelligence", "military", "government", "family", "firefighters")

// surnameSays reports a lone word opening its sentence right before a verb
// of speech (or of partialVerbs), with nothing between ("Alhart said the governor ...",
// "Baer said he had concluded ..."): a singular noun there would need a
// determiner ("The man said"), so the word is a name, when it is no plural
// in -s ("Witnesses said", "Officials said") and no collective noun
// ("Police said"). Written nowhere else in the article, it is read only
// there.
func (rs *resolver) surnameSays(ws []tref) bool {
	if len(ws) != 1 {
		return false
	}
	s := &rs.sents[ws[0].s]
	t := s.toks[ws[0].i]
	if ws[0].i+1 >= len(s.toks) || strings.HasSuffix(t.low, "s") || collectiveSubjects[t.low] {
		return false
	}
	// "Byrd said", "Byrd (D-W.Va.) said": its verb right after it or
	// after a bracket. "Conway called the move "..."": a verb that gives
	// a few words in the subject's own (partialVerbs) is one too.
	n := s.toks[ws[0].i+1]
	return speechAt(s, ws[0].i+1) || partialVerbs[n.low] && strings.TrimSpace(n.gap) == ""
}

// capsOpening counts the capitalised words, at most three, that open the
// words ws at the start of their sentence, joined by spaces alone.
func capsOpening(rs *resolver, ws []tref) int {
	n := 0
	for n < len(ws) && n < 3 && ws[n].i == n && rs.tk(ws[n]).cap && (n == 0 || strings.TrimSpace(rs.tk(ws[n]).gap) == "") {
		n++
	}
	return n
}

// nameColon reports one to three name words opening their sentence
// before a few lower-case words and a colon that opens a quote ("Kern
// fired back: "..."", "Ida Kern put it bluntly: "..."", "Kern was blunt:
// "...""): the words introduce what the subject says, so the subject is
// someone, as at surnameSays. A plural in -s ("Officials added:") or a
// collective noun ("Police said:") is not a name.
func (rs *resolver) nameColon(ws []tref) bool {
	if len(ws) == 0 || len(ws) > 3 || ws[0].i != 0 {
		return false
	}
	s := &rs.sents[ws[0].s]
	last := s.toks[ws[len(ws)-1].i]
	if strings.HasSuffix(last.low, "s") || collectiveSubjects[last.low] || knownOrgs[last.low] {
		return false
	}
	return rs.wordsThenColon(s, ws[len(ws)-1].i+1, false)
}

// wordsThenColon reports one to five lower-case words from word k of
// sentence s, then a colon and the opening mark of a quote, in this
// sentence or opening the next ("... put it bluntly: "...""); afterComma
// admits a comma before the first of the words (an apposition's close).
func (rs *resolver) wordsThenColon(s *sent, k int, afterComma bool) bool {
	j := k
	for j < len(s.toks) && j-k < 5 && !s.toks[j].cap && (j == k && afterComma || strings.TrimSpace(s.toks[j].gap) == "") && isWordPart(s.toks[j].low) {
		j++
	}
	if j == k {
		return false
	}
	// The colon after the last of those words, then the opening mark,
	// in this sentence or opening the next.
	si := sentenceAt(rs.sents, s.Start)
	rest := s.Text[s.toks[j-1].end-s.Start:]
	if j < len(s.toks) {
		rest = rest[:s.toks[j].start-s.toks[j-1].end]
	} else if si+1 < len(rs.sents) {
		rest = rs.src[s.toks[j-1].end : rs.sents[si+1].Start+min(3, len(rs.sents[si+1].Text))]
	}
	rest = strings.TrimSpace(rest)
	r, ok := strings.CutPrefix(rest, ":")
	return ok && strings.ContainsAny(firstRune(strings.TrimSpace(r)), "\"“«„'‘")
}

// namedApposition reads a description opening the words ws, then a person
// named between commas ("One glaciologist, Maria Kern, ...") or right
// after it ("The glaciologist Maria Kern ..."): the person, and the index
// in the sentence of the word after the name; nil when the words are not
// so.
func (rs *resolver) namedApposition(ws []tref) (*ment, int) {
	for k := 1; k < len(ws) && k < 5; k++ {
		t := rs.tk(ws[k])
		comma := strings.Contains(t.gap, ",")
		if !comma && !t.cap {
			continue
		}
		m := rs.personStarting(ws[k])
		if m == nil || rs.possessive(m) {
			return nil, 0
		}
		// "The glaciologist Maria Kern put it", without commas, as well.
		s := &rs.sents[ws[k].s]
		if m.tj >= len(s.toks) || comma != strings.Contains(s.toks[m.tj].gap, ",") {
			return nil, 0
		}
		return m, m.tj
	}
	return nil, 0
}

// surnameBeforeApposition reads the lone word w[0] that opens its sentence
// as a name when an apposition set off by commas comes between it and a
// verb of speech ("Byrd, a Democrat, said"; "Holm, speaking from the
// floor, said"): as at surnameSays, a singular noun there would need a
// determiner. The word is a name by the test bareName applies inside a
// sentence (no stop word or sentence adverb: "Meanwhile"); it is no plural
// in -s or collective noun, and the apposition is closed by a comma right
// before the verb. The organisation an apposition describes ("a maker of ...") is
// left to nameOpening, which read the words first.
func (rs *resolver) surnameBeforeApposition(w, appos []tref) (speaker, bool) {
	if len(w) != 1 || w[0].i != 0 || !rs.apposition(appos) {
		return speaker{}, false
	}
	s := &rs.sents[w[0].s]
	last := appos[len(appos)-1]
	if last.s != w[0].s || last.i+1 >= len(s.toks) || !strings.Contains(s.toks[last.i+1].gap, ",") ||
		!strings.Contains(s.toks[w[0].i+1].gap, ",") {
		return speaker{}, false
	}
	t := s.toks[w[0].i]
	if t.poss || strings.HasSuffix(t.low, "s") || collectiveSubjects[t.low] || !nameWord(t, nil) {
		return speaker{}, false
	}
	sp, ok := rs.bareNameIn(w, true)
	if !ok || sp.kind != kindPerson {
		return speaker{}, false
	}
	return sp, true
}

// descriptionOpeners open a role noun or a description of a speaker.
var descriptionOpeners = wordSet("the", "a", "an", "his", "her", "its", "their", "another", "one")

// inWords reports whether the mention m overlaps the run of words ws.
func (rs *resolver) inWords(ws []tref, m *ment) bool {
	return len(ws) > 0 && m.end > rs.tk(ws[0]).start && m.start < rs.tk(ws[len(ws)-1]).end
}

// possessive reports a mention written as the owner of the noun after it
// ("Reid's rep", "Nichols' mother"), not as a name standing for itself.
func (rs *resolver) possessive(m *ment) bool {
	s := &rs.sents[m.sent]
	if m.tj < 1 || m.tj > len(s.toks) {
		return false
	}
	last := s.toks[m.tj-1]
	poss := last.poss
	if !poss && m.tj < len(s.toks) && (strings.HasPrefix(s.toks[m.tj].gap, "'") || strings.HasPrefix(s.toks[m.tj].gap, "’")) &&
		strings.HasSuffix(last.low, "s") {
		poss = true // "Nichols' mother"
	}
	return poss && m.tj < len(s.toks) && !s.toks[m.tj].cap
}

// ownerOfThing reports a possessive person mention m that a pronoun of
// gender want may stand for when its sentence names no one else: what it
// owns is a thing, not a person ("Peter Holm's boat", not "Holm's lawyer",
// "Holm's younger brother": no word of the three after it is a person
// noun; or one of the other sex: "Maria Kern's son ... she said"), and the
// article tells the person's gender as the pronoun's, or the owner opens
// the sentence ("Holm's voice broke as he spoke").
func (rs *resolver) ownerOfThing(m *ment, want string) bool {
	g := rs.gender[m.key]
	if g != want && (g != "" && g != "?" || !rs.opensSentence(m)) {
		return false
	}
	s := &rs.sents[m.sent]
	for i := m.tj; i < len(s.toks) && i < m.tj+3; i++ {
		t := s.toks[i]
		// "Maria Kern's son was killed. "...," she said.": a person of
		// the other sex is not who the pronoun stands for.
		if g := genderWords[t.low]; g != "" && g != want && !t.cap {
			return true
		}
		if t.cap || personNoun(t.low) || personNoun(singular(t.low)) {
			return false
		}
		if i > m.tj && strings.TrimSpace(t.gap) != "" {
			break
		}
	}
	return true
}

// pronoun resolves "he" or "she" to the nearest compatible person named
// before byte at: in the nearest sentence (back to three before) that
// has one, the person the article marks with the pronoun's gender ("Mrs.",
// "the deputy's widow"), else the person next to a verb of speech, else
// the one that opens the sentence; else the nearest person named; else
// the person last quoted. Compatible: not written
// as the owner of someone else, not inside a quote, and of the pronoun's
// gender when the article tells it.
func (rs *resolver) pronoun(p string, at int) (speaker, bool) {
	sp, ok := rs.findPronoun(p, at)
	if ok && sp.kind == kindPerson {
		rs.bind(p, at, sp)
	}
	return sp, ok
}

// boundPronoun is a pronoun already resolved: a mention of its speaker
// where it stands.
type boundPronoun struct {
	p        string
	at, sent int
	sp       speaker
}

// bind records that the pronoun p at byte at stands for sp, keeping
// rs.bound in text order (pronouns are resolved in text order but for a
// few read ahead, so an insertion is nearly always an append).
func (rs *resolver) bind(p string, at int, sp speaker) {
	i := sort.Search(len(rs.bound), func(i int) bool { return rs.bound[i].at >= at })
	b := boundPronoun{p: p, at: at, sent: sentenceAt(rs.sents, at), sp: sp}
	if i < len(rs.bound) && rs.bound[i].at == at {
		rs.bound[i] = b
		return
	}
	rs.bound = append(rs.bound, boundPronoun{})
	copy(rs.bound[i+1:], rs.bound[i:])
	rs.bound[i] = b
}

// boundBefore is the last pronoun p resolved before byte at, back to
// sentence from, or nil. It walks back over a few pronouns at most.
func (rs *resolver) boundBefore(p string, at, from int) *boundPronoun {
	i := sort.Search(len(rs.bound), func(i int) bool { return rs.bound[i].at >= at }) - 1
	for n := 0; i >= 0 && n < 8 && rs.bound[i].sent >= from; i, n = i-1, n+1 {
		if rs.bound[i].p == p {
			return &rs.bound[i]
		}
	}
	return nil
}

func (rs *resolver) findPronoun(p string, at int) (speaker, bool) {
	want := "m"
	if p == "she" {
		want = "f"
	}
	si := sentenceAt(rs.sents, at)
	k := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= at }) - 1
	stop := k - maxLookback
	// unsure is a person whose gender the article does not tell: for
	// "she", one known to be a woman a few sentences back, speaking or
	// opening her sentence, comes first ("Anna Berg ... her classroom.
	// Fire Chief Lars Olsen praised the staff. "...," she said"). Not for
	// "he": most people quoted in news are men, and many men's names
	// tell nothing, so an unmarked person nearer is the likelier one
	// ("Obama ... he told").
	var known *ment
	if want == "f" {
		known = rs.knownGender(k, stop, si, want)
	}
	unsure := func(m *ment) *ment {
		if g := rs.gender[m.key]; (g == "" || g == "?") && known != nil && known.key != m.key {
			return known
		}
		return m
	}
	var nearest *ment
	// The same pronoun resolved before, in one of the sentences read: a
	// mention of its person that a name in its sentence does not
	// outrank unless known to be of the pronoun's gender ("she told Dan
	// Ortiz. ... "...," she explained": she, not Ortiz).
	bound := rs.boundBefore(p, at, si-3)
	for s := si; s >= 0 && s >= si-3; s-- {
		// Of the compatible people of the sentence, one known to be of
		// the pronoun's gender comes first, the one at a verb of speech
		// or opening the sentence before the others; then one at a verb
		// of speech whose gender the article does not tell.
		var gendered, gAgent, gSubject, agent, subject, owner *ment
		for ; k >= 0 && k > stop && rs.ms[k].sent >= s; k-- {
			m := &rs.ms[k]
			if m.sent != s || m.kind != kindPerson || rs.inQuote(m.start) || m.key == rs.notKey {
				continue
			}
			if rs.possessive(m) {
				// "In Lena Park's case, she stayed": the pronoun
				// that opens the main clause stands for the owner.
				if rs.introOwner(m, p) {
					return rs.resolved(m, p), true
				}
				if rs.ownerOfThing(m, want) {
					owner = m
				}
				continue
			}
			g := rs.gender[m.key]
			if g != "" && g != "?" && g != want {
				continue
			}
			if nearest == nil {
				nearest = m
			}
			speaks, opens := rs.nextToSpeech(m), rs.opensSentence(m)
			if g == want {
				if gendered == nil {
					gendered = m
				}
				if gAgent == nil && speaks {
					gAgent = m
				}
				if opens {
					gSubject = m
				}
			}
			if agent == nil && speaks {
				agent = m
			}
			if opens {
				subject = m
			}
		}
		for _, m := range []*ment{gAgent, gSubject, gendered} {
			if m != nil && (bound == nil || bound.sent != s || m.start < bound.at) {
				return rs.resolved(m, p), true
			}
		}
		if bound != nil && bound.sent == s && bound.sp.key != rs.notKey {
			sp := bound.sp
			sp.via, sp.text = "pronoun", p
			return sp, true
		}
		if agent != nil {
			return rs.resolved(unsure(agent), p), true
		}
		// "..., her publicist confirmed. ... "...," he said": someone
		// unnamed who reports the sentence speaks before its subject.
		if s < si {
			if sp, ok := rs.describedSpeaker(s, want, p); ok {
				return sp, true
			}
		}
		if subject != nil {
			return rs.resolved(unsure(subject), p), true
		}
		// "Peter Holm's boat sank in the storm. "...," he said.": with
		// no one else of the sentence to stand for, the pronoun is the
		// owner of a thing (not of a person: "Holm's lawyer" may be
		// who speaks).
		if owner != nil {
			return rs.resolved(owner, p), true
		}
		// "A senior official in the administration responded ... He told
		// NBC News": a person the article does not name opens the
		// sentence; nobody further back.
		if s < si && nearest == nil {
			if sp, ok := rs.unnamedSubject(s, want, p); ok {
				return sp, true
			}
		}
	}
	if nearest != nil {
		return rs.resolved(nearest, p), true
	}
	// Further back, the person last quoted, when the pronoun fits.
	if sp := rs.lastPerson; sp.key != "" && sp.key != rs.notKey {
		if g := rs.gender[sp.key]; g == "" || g == "?" || g == want {
			sp.via, sp.text, sp.antecedent = "pronoun", p, nil
			return sp, true
		}
	}
	return speaker{}, false
}

// selfQuoted reports a quote q inside the quote outer in words the outer
// quote's speaker gives as their own: its sentence, inside the outer
// quote, has "I" for its subject in its first words, the quote follows a
// comma or colon, and no one else is named or speaks between ("One day,
// I locked the door and went, 'What now?'", "I posted, like, 'Oh no'";
// not "I got out of the car, and the porter said, '...'").
func (rs *resolver) selfQuoted(q, outer qspan) bool {
	si := sentenceAt(rs.sents, q.open)
	if si < 0 {
		return false
	}
	ws := tokensBetween(rs.sents, max(rs.sents[si].Start, outer.start()), q.open)
	if len(ws) == 0 || len(ws) > 30 || !strings.ContainsAny(rs.src[rs.tk(ws[len(ws)-1]).end:q.open], ",:") {
		return false
	}
	first := -1
	for k, w := range ws {
		if k >= 5 {
			break
		}
		if firstPerson[rs.tk(w).low] {
			first = k
			break
		}
	}
	if first < 0 || len(rs.mentionsBetween(rs.tk(ws[0]).start, q.open)) > 0 {
		return false
	}
	for k := first + 1; k < len(ws); k++ {
		t := rs.tk(ws[k])
		if personPronouns[t.low] || t.low == "they" || t.low == "we" || t.low == "you" {
			return false
		}
		if speechVerbs[t.low] && !firstPerson[rs.tk(ws[k-1]).low] && !speechAux[rs.tk(ws[k-1]).low] && rs.tk(ws[k-1]).low != "and" {
			return false
		}
	}
	return true
}

// firstPerson are the forms of "I" that open a clause.
var firstPerson = wordSet("i", "i’d", "i'd", "i’ll", "i'll", "i’m", "i'm", "i’ve", "i've")

// introOwner reports a name written as the owner in a short phrase that
// opens its sentence, before a comma and the pronoun p that opens the main
// clause ("In Lena Park's case, she stayed").
func (rs *resolver) introOwner(m *ment, p string) bool {
	s := &rs.sents[m.sent]
	if m.ti > 3 || !introWords[s.toks[0].low] {
		return false
	}
	for k := m.tj; k < len(s.toks) && k <= m.tj+3; k++ {
		if strings.Contains(s.toks[k].gap, ",") {
			return k > m.tj && s.toks[k].low == p && introPhrase(s, k)
		}
	}
	return false
}

// knownGender is the nearest person, among the mentions k down to stop
// of sentences si back to si-3, whom the article marks as of gender want
// and who speaks or opens the sentence, or nil.
func (rs *resolver) knownGender(k, stop, si int, want string) *ment {
	for ; k >= 0 && k > stop && rs.ms[k].sent >= si-3; k-- {
		m := &rs.ms[k]
		if m.kind != kindPerson || m.sent > si || rs.gender[m.key] != want || rs.inQuote(m.start) || rs.possessive(m) || m.key == rs.notKey {
			continue
		}
		if rs.nextToSpeech(m) || rs.opensSentence(m) {
			return m
		}
	}
	return nil
}

// unnamedSubject is the one person the article does not name who opens
// sentence s ("A senior official in the administration", "The
// spokeswoman"), when the pronoun p (of gender want) can stand for them.
func (rs *resolver) unnamedSubject(s int, want, p string) (speaker, bool) {
	toks := rs.sents[s].toks
	// "Then a local fisherman stood up.": a word of time or a
	// conjunction may come first.
	k0 := 0
	if len(toks) > 0 && sequenceWords[toks[0].low] {
		k0 = 1
	}
	if len(toks) < k0+3 || !descriptionOpeners[toks[k0].low] || toks[k0].low == "their" {
		return speaker{}, false
	}
	for k := k0 + 1; k < len(toks) && k <= k0+4; k++ {
		t := toks[k]
		if strings.ContainsAny(t.gap, ",;:.\"“”") || len(rs.mentionsIn(s, k, k+1)) > 0 {
			return speaker{}, false
		}
		// someone described by an office, an occupation ("a local
		// fisherman", "a retired teacher") or as a person ("a woman in
		// the front row") when the article brings them in
		// (Those only after "a": "the actress" stands for someone named.)
		indefinite := toks[k0].low == "a" || toks[k0].low == "an"
		// "His mother spoke outside court.": a relative of someone
		// named, by the pronoun of whose relative it is.
		kin := possessivePronouns[toks[k0].low] != "" && kinNouns[t.low]
		if !unnamedSpeaker(t.low) && !kin && (!indefinite || roleNoun(t.low) != 1 && !personNouns[t.low]) || singular(t.low) != t.low {
			continue
		}
		if g := genderWords[t.low]; g != "" && g != want {
			return speaker{}, false
		}
		// "The judge, Maria Kern, read the verdict.": the apposition
		// names who the description is; when the pronoun could stand
		// for her, the search has found her by name.
		if k+1 < len(toks) && strings.Contains(toks[k+1].gap, ",") {
			for _, m := range rs.mentionsIn(s, k+1, min(k+5, len(toks))) {
				if m.kind == kindPerson && m.ti == k+1 {
					return speaker{}, false
				}
			}
		}
		a, b := rs.sents[s].span(k0, k+1)
		// "The minister also reported ...": the description stands for a
		// person the article named ("the minister of foreign affairs
		// Ivan Makov"), when it says whom.
		ws := make([]tref, k+1-k0)
		for j := range ws {
			ws[j] = tref{s, k0 + j}
		}
		if sp, ok := rs.speakerIn(ws, a); ok && sp.kind == kindPerson {
			if g := rs.gender[sp.key]; g == "" || g == "?" || g == want {
				sp.via, sp.text = "pronoun", p
				return sp, true
			}
		}
		return speaker{name: rs.src[a:b], via: "pronoun", text: p,
			antecedent: &Mention{Text: rs.src[a:b], Sentence: s, Start: a, End: b}}, true
	}
	return speaker{}, false
}

// sequenceWords open a sentence before its subject: "Then a fisherman
// stood up."
var sequenceWords = wordSet("then", "later", "but", "and", "finally", "soon", "eventually", "afterwards", "next")

// personNouns describe someone by no role: "a woman in the front row".
var personNouns = wordSet("man", "woman", "boy", "girl", "person", "passenger", "pensioner", "student", "customer",
	"visitor", "voter", "driver", "worker", "fan")

// describedSpeaker is the unnamed speaker ("her publicist", "the
// spokeswoman") of the reported speech in sentence s, when the pronoun p
// (of gender want) can stand for it; the words are the antecedent.
func (rs *resolver) describedSpeaker(s int, want, p string) (speaker, bool) {
	if rs.describing || s < 0 {
		return speaker{}, false
	}
	d, seen := rs.described[s]
	if !seen {
		rs.describing = true
		d = rs.describedIn(s)
		rs.describing = false
		if rs.described == nil {
			rs.described = map[int]speaker{}
		}
		rs.described[s] = d
	}
	if d.name == "" {
		return speaker{}, false
	}
	for _, w := range strings.Fields(strings.ToLower(d.name)) {
		if g := genderWords[strings.Trim(w, ".,'’")]; g != "" && g != want {
			return speaker{}, false
		}
	}
	d.text = p
	return d, true
}

// describedIn is the unnamed speaker of one person who reports sentence s,
// with the words as the antecedent, or no speaker.
func (rs *resolver) describedIn(s int) speaker {
	q, ok := reported(rs, s)
	if !ok || q.Via != "unnamed" || q.SpeakerKind != "" || q.Speaker == "" {
		return speaker{}
	}
	// "he" and "she" stand for one person: "the spokeswoman", "her
	// publicist", not "officials" or "witnesses".
	words := strings.Fields(strings.ToLower(q.Speaker))
	last := strings.Trim(words[len(words)-1], ".,")
	if !descriptionOpeners[words[0]] && !ownedPerson(words) || words[0] == "their" || singular(last) != last {
		return speaker{}
	}
	sp := speaker{name: q.Speaker, via: "pronoun"}
	st := &rs.sents[s]
	if i := strings.Index(rs.src[st.Start:st.End], q.Speaker); i >= 0 {
		sp.antecedent = &Mention{Text: q.Speaker, Sentence: s, Start: st.Start + i, End: st.Start + i + len(q.Speaker)}
	}
	return sp
}

// ownedPerson reports words (lower case) that describe one person by
// whose they are: "tom berg's lawyer", "the victim's mother": a possessive
// before the last word, a person noun.
func ownedPerson(words []string) bool {
	n := len(words)
	if n < 2 || !personNoun(strings.Trim(words[n-1], ".,")) {
		return false
	}
	for _, w := range words[:n-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
	}
	return false
}

func (rs *resolver) resolved(m *ment, p string) speaker {
	sp := rs.speakerOf(m)
	sp.via, sp.text, sp.antecedent = "pronoun", p, rs.mention(m)
	return sp
}

// nextToSpeech reports a verb of speech right after a mention ("Siegel
// said") or right before it ("said Siegel").
func (rs *resolver) nextToSpeech(m *ment) bool {
	s := &rs.sents[m.sent]
	if m.tj < len(s.toks) && speechVerbs[s.toks[m.tj].low] && strings.TrimSpace(s.toks[m.tj].gap) == "" {
		return true
	}
	// "Henry has said", "Reid also told".
	if j := m.tj; j+1 < len(s.toks) && speechAux[s.toks[j].low] && speechVerbs[s.toks[j+1].low] &&
		strings.TrimSpace(s.toks[j].gap+s.toks[j+1].gap) == "" {
		return true
	}
	if m.ti > 0 && speechVerbs[s.toks[m.ti-1].low] && strings.TrimSpace(s.toks[m.ti].gap) == "" && !speechObject(s, m) {
		return true
	}
	// "Darin Schroeder, vice president for ..., agreed": an apposition
	// between the name and the verb.
	return appositionThenSpeech(s, m.tj)
}

// speechObject reports a person named after a verb of speech who is its
// object, not its subject put after it ("said Tom Berg"): the one told
// ("told Tom Berg"), or the one the verb judges, a preposition or "that"
// after the name ("blasted Tom Berg for", "accused Berg of", "warned Berg
// that").
func speechObject(s *sent, m *ment) bool {
	v := s.toks[m.ti-1].low
	if addresseeVerbs[v] {
		return true
	}
	if v == "said" || v == "says" || m.tj >= len(s.toks) || strings.TrimSpace(s.toks[m.tj].gap) != "" {
		return false
	}
	return objectMarkers[s.toks[m.tj].low]
}

// objectMarkers follow the object of a verb that judges or warns ("blasted
// Berg for", "accused Berg of", "warned Berg that").
var objectMarkers = wordSet("for", "of", "that", "over")

// speechAux stand between a speaker and the verb of speech.
var speechAux = wordSet("has", "had", "have", "also", "then", "later", "once", "again", "previously", "earlier")

// opensSentence reports a mention that opens its sentence after nothing
// but role words ("Sheriff's Deputy Timothy Brennan, who ...").
func (rs *resolver) opensSentence(m *ment) bool {
	s := &rs.sents[m.sent]
	if introPhrase(s, m.ti) {
		return true
	}
	if m.ti > 5 {
		return appositiveSubject(s, m.ti, m.tj)
	}
	for k := 0; k < m.ti; k++ {
		if !s.toks[k].cap && !roleWord(s.toks[k]) {
			return appositiveSubject(s, m.ti, m.tj)
		}
	}
	return true
}

// introPhrase reports a short phrase of time, place or manner set off by
// a comma before word ti of s ("In the end, Lena Park moved", "On Friday,
// Ortiz said"): the word after it opens the main clause, its subject.
func introPhrase(s *sent, ti int) bool {
	if ti < 2 || ti > 5 || !strings.Contains(s.toks[ti].gap, ",") || !introWords[s.toks[0].low] {
		return false
	}
	for k := 1; k < ti; k++ {
		if strings.ContainsAny(s.toks[k].gap, ",;:()\"“”") {
			return false
		}
	}
	return true
}

// introWords open a phrase of time, place or manner before a sentence's
// subject.
var introWords = wordSet("in", "on", "at", "after", "before", "during", "since", "by", "for", "with", "until",
	"later", "earlier", "last", "this", "that", "once", "still", "now", "then", "meanwhile", "but", "and", "yet")

// appositiveSubject reports a name, tokens [ti, tj) of s, set off by
// commas after a short noun phrase that opens the sentence and that the
// name stands for ("Her colleague, Dr. Jonas Weber, was more cautious",
// "The victim's sister, Rana Osei, said"): the name is the subject.
func appositiveSubject(s *sent, ti, tj int) bool {
	if ti < 2 || ti > 8 || tj >= len(s.toks) || !strings.Contains(s.toks[tj].gap, ",") {
		return false
	}
	if t0 := s.toks[0]; !descriptionOpeners[t0.low] && !t0.poss {
		return false
	}
	c := 0 // the word after the comma that closes the noun phrase
	for k := 1; k <= ti; k++ {
		g := s.toks[k].gap
		if strings.ContainsAny(g, ";:.!?\"“”()") {
			return false
		}
		if strings.Contains(g, ",") {
			c = k
			break
		}
	}
	if c == 0 || c > 5 {
		return false
	}
	for k := c; k < ti; k++ { // role words before the name ("Dr.", "Sgt.")
		if !roleWord(s.toks[k]) {
			return false
		}
	}
	return true
}

// mention returns the Mention of a name found.
func (rs *resolver) mention(m *ment) *Mention {
	return &Mention{Text: rs.src[m.start:m.end], Sentence: m.sent, Start: m.start, End: m.end}
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

// mentionsIn lists the mentions of sentence si that overlap words [a, b).
func (rs *resolver) mentionsIn(si, a, b int) []*ment {
	toks := rs.sents[si].toks
	a, b = max(a, 0), min(b, len(toks))
	if a >= b {
		return nil
	}
	return rs.mentionsBetween(toks[a].start, toks[b-1].end)
}

// mentionsBetween lists the mentions that overlap bytes [x, y): mentions
// do not overlap one another, so their ends grow with their starts.
func (rs *resolver) mentionsBetween(x, y int) []*ment {
	var out []*ment
	for k := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].end > x }); k < len(rs.ms) && rs.ms[k].start < y; k++ {
		out = append(out, &rs.ms[k])
	}
	return out
}

// speakerNouns are nouns for bodies that speak but are no organisation
// suffix.
var speakerNouns = wordSet("city", "town", "county", "municipality", "region", "province", "state",
	"government", "ministry", "council", "police", "service", "office", "department")

// phraseSpeaker makes an organisation speaker of the words ws.
func (rs *resolver) phraseSpeaker(ws []tref) speaker {
	var toks []tok
	for _, w := range ws {
		toks = append(toks, rs.tk(w))
	}
	key, _ := entityKey(kindOrg, toks)
	a, _ := rs.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
	_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
	return speaker{name: rs.src[a:b], key: key, kind: kindOrg}
}

// clauseConjunctions open a clause of their own after a comma ("..., but
// Berg said").
var clauseConjunctions = wordSet("but", "and", "yet")

var conjunctions = wordSet("and", "but", "while", "as", "so", "yet", "or", "then")

// personAt reports whether word w starts a person mention.
func (rs *resolver) personAt(w tref) bool {
	for _, m := range rs.mentionsIn(w.s, w.i, w.i+1) {
		if m.kind == kindPerson {
			return true
		}
	}
	// A title or honorific before a name also starts one.
	t := rs.tk(w)
	return titleHeads[t.low] || honorifics[t.low]
}

// rolesOf lists the keys (roleKey) of the roles given to the person key in
// the article, each once.
func (rs *resolver) rolesOf(key string) []string { return rs.roles[key] }

// lastBeforeAll returns the last mention before byte at that ok
// accepts, however many sentences back (up to maxLookback mentions).
func (rs *resolver) lastBeforeAll(at int, ok func(*ment) bool) *ment {
	k0 := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= at }) - 1
	for k := k0; k >= 0 && k0-k < maxLookback; k-- {
		if ok(&rs.ms[k]) {
			return &rs.ms[k]
		}
	}
	return nil
}

// documentOwner finds whose document "the report" (noun) is: the name
// written before the noun the last time the article named such a
// document ("The NCAA report says", "a Defence Ministry statement").
func (rs *resolver) documentOwner(noun string, at int) *ment {
	return rs.lastBeforeAll(at, func(m *ment) bool {
		s := &rs.sents[m.sent]
		if m.kind == kindPlace || isMedia(m.key) || m.tj >= len(s.toks) || rs.possessive(m) && m.kind == kindPerson && !documentNouns[s.toks[m.tj].low] {
			return false
		}
		if singular(s.toks[m.tj].low) == noun && strings.TrimSpace(s.toks[m.tj].gap) == "" {
			return true
		}
		// "a statement from the Indian government", "the report by the
		// inspector": the author after "from" or "by".
		k := m.ti - 1
		if k >= 0 && s.toks[k].low == "the" {
			k--
		}
		if k >= 1 && (s.toks[k].low == "from" || s.toks[k].low == "by") && singular(s.toks[k-1].low) == noun {
			return true
		}
		// "President Obama issued a memo": who issued, released or signed
		// the document.
		if !issueVerbs[s.toks[m.tj].low] {
			return false
		}
		for k := m.tj + 1; k < len(s.toks) && k <= m.tj+4; k++ {
			if singular(s.toks[k].low) == noun {
				return true
			}
		}
		return false
	})
}

// mediaNouns stand for a news outlet ("the newspaper said").
var mediaNouns = wordSet("newspaper", "paper", "magazine", "tabloid", "broadcaster", "network", "website", "outlet")

// subordinateSubject reads what a pronoun w ("it", "they") opening the
// main clause of its sentence stands for when a subordinate clause opens
// the sentence with a definite subject: "Though the newspaper doesn't
// cite its source, it stated ...": the newspaper. The subject is "the"
// and at most three words before the clause's verb.
func (rs *resolver) subordinateSubject(w tref, at int) (speaker, bool) {
	toks := rs.sents[w.s].toks
	if w.i < 4 || !subordinators[toks[0].low] || toks[1].low != "the" || !strings.Contains(toks[w.i].gap, ",") {
		return speaker{}, false
	}
	j := 2
	for j < w.i && j < 5 && !isVerbish(toks[j].low) && !strings.HasSuffix(toks[j].low, "n't") && !strings.ContainsAny(toks[j].gap, ",;") {
		j++
	}
	if j == 2 || j >= w.i || !isVerbish(toks[j].low) && !strings.HasSuffix(toks[j].low, "n't") {
		return speaker{}, false
	}
	ws := make([]tref, 0, j-1)
	for k := 1; k < j; k++ {
		ws = append(ws, tref{w.s, k})
	}
	sp, ok := rs.speakerIn(ws, at)
	if !ok || sp.kind == "" {
		return speaker{}, false
	}
	return sp, true
}

// documentAuthor reads whose document "the report" (noun) is when the
// name finder took its owner for no name: an acronym ("The NCAA report
// says") or a title's abbreviation ("The D.A.'s release says": the
// District Attorney's office) right before the noun, the last time the
// article wrote it within maxDocBytes before byte at.
func (rs *resolver) documentAuthor(noun string, at int) (speaker, bool) {
	for si := sentenceAt(rs.sents, min(at, len(rs.src)-1)); si >= 0 && rs.sents[si].End >= at-maxDocBytes; si-- {
		toks := rs.sents[si].toks
		// from the last word before at, found by halving: a long sentence
		// is not walked from its end
		for i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= at }) - 1; i >= 1; i-- {
			if toks[i].end < at-maxDocBytes {
				return speaker{}, false
			}
			o := toks[i-1]
			if singular(toks[i].low) != noun || strings.TrimSpace(toks[i].gap) != "" {
				continue
			}
			if o.low == "s" && (o.gap == "'" || o.gap == "’") && i >= 2 {
				o = toks[i-2] // "D.A.'s": the possessive of a word closed by a full stop
			}
			bare := rs.src[o.start:o.bare]
			if t := titleAbbrevs[o.low]; t != "" {
				return speaker{name: t + "'s office", key: strings.ToLower(t) + " office", kind: kindOrg}, true
			}
			if acronym(tok{raw: bare, low: o.low}) {
				return speaker{name: bare, key: o.low, kind: kindOrg}, true
			}
		}
	}
	return speaker{}, false
}

// maxDocBytes bounds how far back documentAuthor reads, so that a quote
// costs the same however long the text before it.
const maxDocBytes = 3000

// titleAbbrevs are offices news abbreviates, whose documents are their
// office's.
var titleAbbrevs = map[string]string{"d.a": "District Attorney", "a.g": "Attorney General"}

// issueVerbs make a document its subject's ("issued a memo").
var issueVerbs = wordSet("issued", "released", "signed", "sent", "published", "posted", "wrote", "filed", "put")

// lastBefore returns the last mention before byte at that ok accepts,
// looking back at most three sentences before the one holding at.
func (rs *resolver) lastBefore(at int, ok func(*ment) bool) *ment {
	si := sentenceAt(rs.sents, at)
	k0 := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= at }) - 1
	for k := k0; k >= 0 && k0-k < maxLookback; k-- {
		m := &rs.ms[k]
		if si >= 0 && m.sent < si-3 {
			break
		}
		if ok(m) {
			return m
		}
	}
	return nil
}

// speakerOf names a mention by the fullest form its article gives, or by
// its own when that has a first name. Two people of one surname have keys
// of their own (splitSharedSurnames), so "Holm said" after "Grace Holm"
// and "Peter Holm" is named by the one its key says.
func (rs *resolver) speakerOf(m *ment) speaker {
	name := rs.fullest[[2]string{m.kind, m.key}]
	if len(m.name) >= len(name) || strings.Contains(m.name, " ") {
		name = m.name
	}
	return speaker{name: name, key: m.key, kind: m.kind}
}

// describers are nouns for someone who speaks without being named, beside
// the titles ("her publicist", "a neighbour").
var describers = wordSet("publicist", "lawyer", "witness", "witnesses", "neighbour", "neighbor", "resident",
	"bystander", "friend", "relative", "colleague", "aide")

// unnamedSpeaker reports words naming an unnamed person ("a Defense
// official", "a senior administration official", "the spokesman").
func unnamedSpeaker(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		w = strings.Trim(w, ".,")
		if w == "official" || w == "officials" || w == "source" || w == "sources" || titleHeads[w] || describers[w] {
			return true
		}
	}
	return false
}

// askVerbs put a question to someone, who answers it next.
var askVerbs = wordSet("asked", "asks")

// answerer reads the answer to a question: quote k, whose speaker sp is a
// pronoun or a role noun that stands for someone who asked a question
// just before ("Brandt asked her, "...?" She answered, "..."", "When the
// Courier asked Holm, "...?" the singer replied, "..."), or a definite
// description that stands for no one named, is said by the one asked, not
// by the asker: the person named after "asked", or the one "her" or
// "him" there stands for, the asker left out. The question
// is a quote between the verb and quote k, or the verb is in the
// sentence before.
func (rs *resolver) answerer(spans []qspan, k int, sp speaker) (speaker, bool) {
	q := spans[k]
	si := sentenceAt(rs.sents, q.open)
	for s := si; s >= 0 && s >= si-1; s-- {
		toks := rs.sents[s].toks
		last := sort.Search(len(toks), func(i int) bool { return toks[i].start >= q.open }) - 1
		for i := min(last, len(toks)-2); i >= 1; i-- {
			if toks[i].start < q.open-maxAgentBytes {
				break // within the last few hundred bytes: a long sentence costs no more
			}
			if toks[i].start >= q.open || !askVerbs[toks[i].low] {
				continue
			}
			var asker *ment
			for _, m := range rs.mentionsIn(s, i-1, i) {
				if m.kind == kindPerson && m.tj == i {
					asker = m
				}
			}
			// "When Berg asked Kern, "...?" the singer answered": a
			// description no one was given answers for the one asked.
			// A person's noun, one of them ("the crowd answered" is not).
			described := false
			if ws := strings.Fields(strings.ToLower(sp.name)); sp.key == "" && sp.via == "unnamed" && len(ws) >= 2 && ws[0] == "the" {
				h := ws[len(ws)-1]
				described = singular(h) == h && personNoun(h)
			}
			if asker == nil || asker.key != sp.key && !described {
				return speaker{}, false
			}
			between := s < si
			for j := k - 1; j >= 0 && !between && spans[j].close > toks[i].end; j-- {
				between = !spans[j].nested && spans[j].close <= q.open
			}
			if !between {
				return speaker{}, false
			}
			if m := rs.personStarting(tref{s, i + 1}); m != nil {
				if g := rs.gender[m.key]; sp.via == "pronoun" && g != "" && g != "?" && (g == "f") != (sp.text == "she" || sp.text == "She") {
					return speaker{}, false
				}
				a := rs.speakerOf(m)
				a.via, a.text, a.antecedent = sp.via, sp.text, rs.mention(m)
				return a, true
			}
			obj := map[string]string{"her": "she", "him": "he"}[toks[i+1].low]
			if obj == "" || sp.via != "pronoun" || strings.ToLower(sp.text) != obj {
				return speaker{}, false
			}
			rs.notKey = asker.key
			a, ok := rs.findPronoun(obj, toks[i+1].start)
			rs.notKey = ""
			if !ok || a.key == asker.key || a.kind != kindPerson {
				return speaker{}, false
			}
			a.via, a.text = "pronoun", sp.text
			// the pronoun of the answer stands for the one asked from now on
			for b := len(rs.bound) - 1; b >= 0 && rs.bound[b].sent >= si-1; b-- {
				if rs.bound[b].sp.key == sp.key && rs.bound[b].p == obj && rs.bound[b].sent <= si+1 {
					rs.bound[b].sp = a
				}
			}
			return a, true
		}
	}
	return speaker{}, false
}

// speaksIn reports a verb of speech among the words ws.
func (rs *resolver) speaksIn(ws []tref) bool {
	for _, w := range ws {
		if speechVerbs[rs.tk(w).low] {
			return true
		}
	}
	return false
}

// introducesNext reports that the words after quote k, up to the next
// quote in its paragraph, end with a comma or a colon: they introduce that
// quote ("...?" She answered, "...").
func (rs *resolver) introducesNext(spans []qspan, k int) bool {
	for j := k + 1; j < len(spans) && j <= k+16; j++ {
		if spans[j].nested || spans[j].open < spans[k].close {
			continue
		}
		between := strings.TrimSpace(rs.src[spans[k].close:spans[j].open])
		return !strings.Contains(between, "\n") && !strings.ContainsAny(between, ".!?;") &&
			(strings.HasSuffix(between, ",") || strings.HasSuffix(between, ":"))
	}
	return false
}

// asides are the words of a clause's aside between commas ("for
// instance", "however").
var asides = wordSet("for instance", "for example", "however", "meanwhile", "in turn", "in fact", "of course",
	"though", "too", "also", "instead", "nevertheless", "for his part", "for her part", "for its part")

// aside reports the words ws as an aside (asides).
func (rs *resolver) aside(ws []tref) bool {
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	words := make([]string, len(ws))
	for k, w := range ws {
		words[k] = rs.tk(w).low
	}
	return asides[strings.Join(words, " ")]
}
