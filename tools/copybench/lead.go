package main

import (
	"math/rand/v2"
	"regexp"
	"strings"
)

// The lead rewriter restates an article's lead the way a reporter rewrites
// an agency story: a new opening sentence made from the facts of the first
// paragraphs (the first sentence's main clause and its time, with a fact
// from a later lead sentence), the attribution taken out of the sentences
// and given again in another place and form, side clauses condensed away,
// quotes turned into reported speech or moved down, some lead sentences
// dropped, sometimes a line of context; the rest of the text gets only light
// edits. It is written on its own: it calls none of the reorder or spin
// rewriters' code (TestLeadIndependent checks), so that the benchmark's
// rewriting styles are independent of each other.

// paraphrases are a reporter's small rewordings, ours, applied as whole
// words in both directions where both sides are listed.
var paraphrases = [][2]string{
	{"announced", "revealed"}, {"arrested", "detained"}, {"people", "individuals"}, {"about", "around"},
	{"more than", "over"}, {"nearly", "almost"}, {"after", "following"}, {"before", "prior to"},
	{"began", "started"}, {"begin", "start"}, {"told", "informed"}, {"car", "vehicle"}, {"several", "a number of"},
	{"big", "large"}, {"major", "significant"}, {"showed", "indicated"}, {"near", "close to"},
	{"received", "got"}, {"tried", "attempted"}, {"earlier", "previously"}, {"later", "subsequently"},
	{"expected", "anticipated"}, {"help", "assist"}, {"injured", "hurt"}, {"percent", "per cent"},
	{"officials", "authorities"}, {"police", "officers"}, {"quickly", "swiftly"}, {"plans to", "intends to"},
	{"many", "numerous"}, {"did not", "didn't"}, {"does not", "doesn't"}, {"is not", "isn't"}, {"was not", "wasn't"},
	{"could not", "couldn't"}, {"would not", "wouldn't"}, {"has been", "was"}, {"have been", "were"},
	{"said", "says"}, {"told", "said to"}, {"according to", "citing"}, {"approximately", "about"},
	{"currently", "now"}, {"however", "though"}, {"therefore", "so"}, {"called", "described as"},
	{"attack", "assault"}, {"incident", "episode"}, {"building", "premises"}, {"children", "kids"},
	{"shot", "gunned down"}, {"scene", "site"}, {"statement", "release"}, {"reporters", "the press"},
	{"film", "movie"}, {"died", "was killed"}, {"announcement", "news"}, {"spokesman", "representative"},
	{"spokeswoman", "representative"}, {"confirmed", "verified"}, {"arrest", "detention"},
}

// oneWay are rewordings a reporter makes but not back.
var oneWay = [][2]string{{"also ", ""}, {"just ", ""}, {"very ", ""}, {"really ", ""}, {"in order to", "to"},
	{"a total of ", ""}, {"at least", "no fewer than"}, {"Mr. ", ""}, {"Ms. ", ""}, {"Mrs. ", ""}}

var numberWords = [][2]string{{"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"},
	{"seven", "7"}, {"eight", "8"}, {"nine", "9"}, {"ten", "10"}}

type edit struct {
	re   *regexp.Regexp
	with string
}

// lightEdits are the paraphrases both ways, the one-way rewordings and the
// numbers, compiled once.
var lightEdits = func() []edit {
	var pairs [][2]string
	for _, p := range paraphrases {
		pairs = append(pairs, p, [2]string{p[1], p[0]})
	}
	pairs = append(pairs, oneWay...)
	for _, p := range numberWords {
		pairs = append(pairs, p, [2]string{p[1], p[0]})
	}
	var out []edit
	for _, p := range pairs {
		pat := `\b` + regexp.QuoteMeta(p[0])
		if !strings.HasSuffix(p[0], " ") {
			pat += `\b`
		}
		out = append(out, edit{regexp.MustCompile(pat), p[1]})
	}
	return out
}()

// lightEdit makes one small wording change to s: a paraphrase or a number
// written the other way. It reports false when nothing applied.
func lightEdit(s string, rng *rand.Rand) (string, bool) {
	start := rng.IntN(len(lightEdits))
	for i := range lightEdits {
		e := lightEdits[(start+i)%len(lightEdits)]
		loc := e.re.FindStringIndex(s)
		if loc == nil || inQuoteAt(s, loc[0]) {
			continue
		}
		r := s[:loc[0]] + e.with + s[loc[1]:]
		if loc[0] == 0 {
			r = Upper(r)
		}
		return r, true
	}
	return s, false
}

// inQuoteAt reports whether s[i] stands inside quotation marks.
func inQuoteAt(s string, i int) bool { return toggleQuotes(s[:i], false) }

// The lead rewriter's own readings of a quoted sentence.
var (
	// “Q,” X said. / “Q,” said X.
	quoteFirst = regexp.MustCompile(`^["“]([^"“”]{15,}?)[,.!]?["”],? (?:([^"“”,]{2,60}?) (said|says|added|told [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})|(said|says|added) ([^"“”,]{2,60}?))\.?$`)
	// X said: “Q.” / X said, “Q.”
	quoteLast = regexp.MustCompile(`^([^"“”,]{2,60}?) (said|says|added)(?: in a statement)?[:,] ["“]([^"“”]{15,}?)[.!]?["”]$`)
)

var (
	pronounSwap = map[string]string{"i": "$he", "me": "$him", "my": "$his", "mine": "$his", "myself": "$himself",
		"we": "they", "us": "them", "our": "their", "ours": "theirs", "ourselves": "themselves",
		"i'm": "$he was", "i've": "$he had", "i'll": "$he would", "we're": "they were", "we've": "they had", "we'll": "they would",
		"am": "was", "is": "was", "are": "were", "will": "would", "can": "could", "has": "had", "have": "had",
		"don't": "did not", "doesn't": "did not", "won't": "would not", "can't": "could not", "isn't": "was not",
		"aren't": "were not", "shall": "should", "you": "people", "your": "people's"}
	gendered = map[string][2]string{"$he": {"he", "she"}, "$him": {"him", "her"}, "$his": {"his", "her"},
		"$himself": {"himself", "herself"}, "$he was": {"he was", "she was"}, "$he had": {"he had", "she had"},
		"$he would": {"he would", "she would"}}
	swapWordRe = regexp.MustCompile(`(?i)\b(?:i'm|i've|i'll|we're|we've|we'll|don't|doesn't|won't|can't|isn't|aren't|[a-z]+)\b`)
)

// reported turns a quoted sentence into reported speech: "“I am sure,” X
// said." -> "X said that he was sure." She is true when the article speaks
// of a woman more than of a man.
func reported(s string, she bool) (string, bool) {
	s = strings.TrimSpace(s)
	var who, verb, q string
	if m := quoteFirst.FindStringSubmatch(s); m != nil {
		who, verb, q = m[2], m[3], m[1]
		if m[4] != "" {
			who, verb = m[5], m[4]
		}
	} else if m := quoteLast.FindStringSubmatch(s); m != nil {
		who, verb, q = m[1], m[2], m[3]
	} else {
		return "", false
	}
	if CountWords(q) < 4 || CountWords(who) > 8 {
		return "", false
	}
	q = strings.TrimRight(q, ",.! ")
	g := 0
	if she {
		g = 1
	}
	q = swapWordRe.ReplaceAllStringFunc(q, func(w string) string {
		r, ok := pronounSwap[strings.ToLower(w)]
		if !ok {
			return w
		}
		if gv, ok := gendered[r]; ok {
			return gv[g]
		}
		return r
	})
	if verb == "says" || strings.HasPrefix(verb, "told") {
		verb = "said"
	}
	return Upper(who) + " " + verb + " that " + Lower(q) + ".", true
}

const weekday = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`

var (
	// An attribution at the end of a sentence: "..., police said",
	// "..., a ministry statement said on Monday", "..., said X",
	// "..., according to X".
	attrEnd = []*regexp.Regexp{
		regexp.MustCompile(`^(.{20,}?),? according to ([^,"“”]{3,60})$`),
		regexp.MustCompile(`^(.{20,}?), ((?:[Tt]he |[Aa]n? |[Hh]is |[Hh]er |[Tt]heir |[Ii]ts )?[A-Za-z][\w.'’-]*(?: [\w.'’&-]+){0,5}?) (?:said|says|reported|announced|told reporters|told [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})(?:(?: on)? ` + weekday + `| yesterday| today)?$`),
		regexp.MustCompile(`^(.{20,}?), (?:said|says) ([^,"“”]{3,50})$`),
	}
	// An attribution at the start: "Police said (Tuesday) (that) ...",
	// "According to X, ...".
	attrStart = []*regexp.Regexp{
		regexp.MustCompile(`^According to ([^,"“”]{3,60}), (.{20,})$`),
		regexp.MustCompile(`^((?:[Tt]he |[Aa]n? |[Hh]is |[Hh]er |[Tt]heir |[Ii]ts )?[A-Z][\w.'’-]*(?: [\w.'’&-]+){0,5}?) (?:said|says|announced|reported)(?:(?: on)? ` + weekday + `| yesterday| today)?(?: that)? (.{20,})$`),
	}
	// When it happened: "on Saturday", "late Tuesday night", "yesterday".
	whenRe = regexp.MustCompile(`,? \b((?:late |early )?(?:on )?` + weekday + `(?: (?:morning|afternoon|evening|night))?(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?|yesterday|last night|earlier this week|this week|this morning)\b`)
	// A dateline before the first sentence: "QUENBY, Friday: ",
	// "WASHINGTON (Reuters) - ".
	leadDateline = regexp.MustCompile(`^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)?(?: \([A-Za-z. ]{2,20}\))? ?(?:[:—–]|--?) `)
	// An appositive after a name: "Tolland, a harbour pilot for 20 years, said".
	appositive = regexp.MustCompile(`([A-Z][\w.'’-]*), (?:a|an|the) [^,"“”;]{3,70}, `)
)

// speech reports whether s quotes someone's words (a quoted run of four
// words or more, or a sentence that opens with a quote).
func speech(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") {
		return true
	}
	// Quotation marks pair up in order: the first opens, the second
	// closes, and so on.
	open := -1
	for i, r := range s {
		if r != '"' && r != '“' && r != '”' {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		if CountWords(s[open:i]) >= 4 {
			return true
		}
		open = -1
	}
	return open >= 0 // a quote left open runs on
}

// unattributed takes the attribution out of a sentence without quotes and
// returns the sentence's body (no final stop) and who said it ("" when
// nobody).
func unattributed(s string) (body, who string) {
	body, _ = Stop(s)
	if speech(body) {
		return body, ""
	}
	for _, re := range attrEnd {
		if m := re.FindStringSubmatch(body); m != nil {
			return strings.TrimRight(m[1], ",; "), m[2]
		}
	}
	if m := attrStart[0].FindStringSubmatch(body); m != nil {
		return Upper(m[2]), m[1]
	}
	if m := attrStart[1].FindStringSubmatch(body); m != nil && CountWords(m[1]) <= 6 {
		return Upper(m[2]), m[1]
	}
	return body, ""
}

// takeWhen takes the first time phrase out of body (outside quotes, not a
// possessive "Saturday's") and returns the rest and the phrase.
func takeWhen(body string) (string, string) {
	for _, loc := range whenRe.FindAllStringSubmatchIndex(body, -1) {
		if inQuoteAt(body, loc[0]) || strings.HasPrefix(body[loc[1]:], "'") || strings.HasPrefix(body[loc[1]:], "’") {
			continue
		}
		rest := body[:loc[0]] + body[loc[1]:]
		if loc[0] == 0 {
			rest = Upper(strings.TrimLeft(rest, ", "))
		}
		if CountWords(rest) < 6 {
			return body, ""
		}
		return rest, body[loc[2]:loc[3]]
	}
	return body, ""
}

// condense drops up to two side clauses of s (an appositive, a relative
// clause, a bracket, a trailing participle clause) and reports whether any
// went.
func condense(s string) (string, bool) {
	changed := false
	for range 2 {
		if loc := appositive.FindStringSubmatchIndex(s); loc != nil && !inQuoteAt(s, loc[0]) {
			s = s[:loc[0]] + s[loc[2]:loc[3]] + " " + s[loc[1]:]
			changed = true
			continue
		}
		r, ok := dropClause(s)
		if !ok {
			break
		}
		s, changed = r, true
	}
	return s, changed
}

var (
	// hedges are the adverbs a rewriter cuts.
	hedges = regexp.MustCompile(`\b(?:seemingly|reportedly|apparently|completely|allegedly|currently|also|just|now|still|finally|officially) `)
	// perfect is a present perfect the news peg puts in the past: "has
	// checked into" -> "checked into".
	perfect = regexp.MustCompile(`\b(?:has|have) ((?:[a-z]+ly )?[a-z]+ed)\b`)
)

// restate condenses a sentence body for the new opening: side clauses
// dropped, hedges cut, a present perfect put in the past, a wording
// changed.
func restate(s string, rng *rand.Rand) string {
	s, _ = condense(s)
	if loc := hedges.FindStringIndex(s); loc != nil && loc[0] > 0 && !inQuoteAt(s, loc[0]) {
		s = s[:loc[0]] + s[loc[1]:]
	}
	if loc := perfect.FindStringSubmatchIndex(s); loc != nil && !inQuoteAt(s, loc[0]) {
		s = s[:loc[0]] + s[loc[2]:loc[3]] + s[loc[1]:]
	}
	if r, ok := lightEdit(s, rng); ok {
		s = r
	}
	return s
}

// factSentence picks the lead sentence (after the first) whose fact goes
// into the new opening: the first one without quotes that holds a number,
// else the first without quotes; -1 when none.
func factSentence(lead []string) int {
	first := -1
	for i := 1; i < len(lead); i++ {
		if speech(lead[i]) || CountWords(lead[i]) < 6 || CountWords(lead[i]) > 40 {
			continue
		}
		if first < 0 {
			first = i
		}
		if factNumber.MatchString(lead[i]) {
			return i
		}
	}
	return first
}

var factNumber = regexp.MustCompile(`\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands)\b`)

// opening writes the new first sentence from the first sentence's main
// clause (core), its time (when), a later sentence's fact (fact, "" when
// none) and who gave the facts (who, "" when nobody said). It reports
// whether the attribution found a place in it.
func opening(core, when, fact, who string, rng *rand.Rand) (string, bool) {
	at := ""
	if when != "" {
		at = " " + when
	}
	style := rng.IntN(4)
	if fact == "" && style < 2 {
		style = 2 + rng.IntN(2)
	}
	if who == "" && style == 3 {
		style = 2
	}
	switch style {
	case 0: // the main clause, then the fact after a dash
		s := Upper(core) + at + " — " + Lower(fact)
		if who != "" && rng.IntN(2) == 0 {
			return s + ", according to " + Lower(who) + ".", true
		}
		return s + ".", false
	case 1: // the fact leads, the main clause is its occasion
		link := []string{", after ", ", as ", " after "}[rng.IntN(3)]
		return Upper(fact) + link + Lower(core) + at + ".", false
	case 2: // the time leads
		if when == "" {
			return Upper(core) + ".", false
		}
		return Upper(when) + ", " + Lower(core) + ".", false
	default: // who said it leads, in the present tense
		verb := " says "
		if w := strings.ToLower(who); w == "police" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") {
			verb = " say "
		}
		return Upper(who) + verb + Lower(core) + at + ".", true
	}
}

// attribution writes who gave the facts as a line of its own.
func attribution(who string, rng *rand.Rand) string {
	forms := []string{"The details came from %s.", "%s gave the details.", "That account came from %s."}
	f := forms[rng.IntN(len(forms))]
	if strings.HasPrefix(f, "%s") {
		return Upper(strings.Replace(f, "%s", who, 1))
	}
	return strings.Replace(f, "%s", Lower(who), 1)
}

var (
	midClause   = regexp.MustCompile(`, (?:who|which|whose) [^,"“”]{5,80}, `)
	parenClause = regexp.MustCompile(` \([^()]{3,80}\)`)
	tailClause  = regexp.MustCompile(`, (?:adding|saying|causing|leaving|prompting|killing|injuring|forcing|sending|citing|making|bringing|raising|ending|sparking|raising|following|which|who|including|as well as) [^"“”]{8,}([.!?])$`)
)

// dropClause removes a side clause from s: a relative clause set off by
// commas, a bracket, or a trailing participle clause.
func dropClause(s string) (string, bool) {
	if loc := midClause.FindStringIndex(s); loc != nil && !inQuoteAt(s, loc[0]) {
		return s[:loc[0]] + " " + s[loc[1]:], true
	}
	if loc := parenClause.FindStringIndex(s); loc != nil && !inQuoteAt(s, loc[0]) {
		return s[:loc[0]] + s[loc[1]:], true
	}
	if m := tailClause.FindStringSubmatchIndex(s); m != nil && !inQuoteAt(s, m[0]) && CountWords(s[:m[0]]) >= 6 {
		return s[:m[0]] + s[m[2]:m[3]], true
	}
	return "", false
}

var (
	contextOpen = []string{"%s has been in the headlines", "%s has drawn wide attention", "Attention has turned to %s",
		"Interest in %s has grown", "Questions about %s have mounted", "%s has become the focus of coverage",
		"Much of the talk has been about %s", "Reporters have been following %s closely"}
	contextWhen = []string{"in recent days", "since the news broke", "over the past week", "this week",
		"as details emerged", "since the first reports", "across the region", "among readers and officials"}
	contextTail = []string{"", ", with more details expected", ", and reaction has been swift",
		", as reporters sought comment", ", though much remains unclear", ", and the story is still developing",
		", with officials saying little so far"}
)

var nameRe = regexp.MustCompile(`[^.!?"“] ((?:[A-Z][\w'-]*[a-z])(?: (?:[A-Z][\w'-]*[a-z]|de|van|von|of|the))*(?: [A-Z][\w'-]*[a-z]))\b`)

// mainName returns the most frequent name of two or more capitalised words
// inside sentences, or "".
func mainName(text string) string {
	count := map[string]int{}
	best := ""
	for _, m := range nameRe.FindAllStringSubmatch(text, -1) {
		n := m[1]
		count[n]++
		if count[n] > count[best] || count[n] == count[best] && n < best {
			best = n
		}
	}
	return best
}

// contextLine writes a line of context about the text's main subject.
func contextLine(text string, rng *rand.Rand) string {
	name := mainName(text)
	if name == "" {
		name = "the case"
	}
	open := contextOpen[rng.IntN(len(contextOpen))]
	s := strings.Replace(open, "%s", name, 1)
	return Upper(s) + " " + contextWhen[rng.IntN(len(contextWhen))] + contextTail[rng.IntN(len(contextTail))] + "."
}

var datelineRe = regexp.MustCompile(`(?i)\b(?:\d{1,2}:\d\d|posted|updated|published|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\b`)

// dateline reports whether s is a dateline or a line without a sentence's
// end: "Posted: 08/02/2013 11:10 am EDT".
func dateline(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return true
	}
	end := strings.ContainsAny(t[len(t)-1:], ".!?\"”")
	return CountWords(t) < 14 && (datelineRe.MatchString(t) || !end)
}

// womanFirst reports whether a text speaks of women more than of men.
func womanFirst(text string) bool {
	c := map[string]int{}
	for _, w := range Words(text) {
		c[w]++
	}
	return c["she"]+c["her"]+c["hers"] > c["he"]+c["his"]+c["him"]
}

// LeadOptions are the lead rewriter's habits for one article.
type LeadOptions struct {
	Lead  int     // sentences of the lead restated (3 to 5)
	Light float64 // chance a sentence after the lead gets a light edit
	Drop  float64 // chance a lead sentence not used in the new opening is dropped
	Used  Phrases // the generator's own lines so far; the context line is new
}

// RewriteLead restates the lead of d and lightly edits the rest.
func RewriteLead(d Doc, rng *rand.Rand, o LeadOptions) Doc {
	all := d.Sentences()
	sents := all
	text := d.Text()
	she := womanFirst(text)
	// A dateline or subtitle ahead of the story is dropped.
	for len(sents) > 3 && (dateline(sents[0]) || len(sents) > 4 && dateline(sents[1]) && CountWords(sents[0]) < 25) {
		if dateline(sents[0]) {
			sents = sents[1:]
		} else {
			sents = append(sents[:1:1], sents[2:]...)
		}
	}
	n := min(o.Lead, len(sents))
	lead := sents[:n]
	// The first sentence's main clause: who said it and when taken out,
	// side clauses condensed away.
	core, who := unattributed(leadDateline.ReplaceAllString(lead[0], ""))
	core, when := takeWhen(Upper(core))
	core = restate(core, rng)
	// A fact from a later lead sentence joins it.
	fi := factSentence(lead)
	fact, factWho := "", ""
	if fi > 0 && !speech(lead[0]) {
		fact, factWho = unattributed(lead[fi])
		fact = restate(fact, rng)
	}
	var out []string
	var sizes []int
	if speech(lead[0]) {
		// A quote is no opening: it is reported, or moved down below
		// the next sentence, which leads.
		fi = -1
		if r, ok := reported(lead[0], she); ok {
			out = append(out, r)
		} else if n > 1 {
			lead = append([]string{lead[1], lead[0]}, lead[2:]...)
			core, who = unattributed(lead[0])
			core, when = takeWhen(core)
			core = restate(core, rng)
			open, placed := opening(core, when, "", who, rng)
			out = append(out, open)
			if placed {
				who = ""
			}
		}
	} else {
		open, placed := opening(core, when, fact, who, rng)
		out = append(out, open)
		if placed {
			who = ""
		}
	}
	sizes = append(sizes, 1) // the new opening stands alone
	var later []string       // quotes moved below the lead
	for i := 1; i < n; i++ {
		if i == fi {
			continue // in the opening
		}
		s := lead[i]
		if rng.Float64() < o.Drop {
			continue
		}
		if speech(s) {
			if r, ok := reported(s, she); ok && rng.IntN(3) > 0 {
				out = append(out, r)
			} else {
				later = append(later, s)
			}
			continue
		}
		r, _ := condense(s)
		if e, ok := lightEdit(r, rng); ok {
			r = e
		}
		out = append(out, r) // kept as it was when nothing restated it

	}
	if who == "" {
		who = factWho
	}
	if who != "" {
		// The attribution the opening did not take comes after it.
		at := min(1+rng.IntN(2), len(out))
		out = append(out[:at], append([]string{attribution(who, rng)}, out[at:]...)...)
	}
	for range max(0, len(out)-1) {
		sizes = append(sizes, 1+rng.IntN(2))
	}
	if rng.IntN(2) == 0 {
		ctx := o.Used.Unique(func() string { return contextLine(text, rng) })
		out = append(out, ctx)
		sizes = append(sizes, 1)
	}
	out = append(out, later...)
	for range later {
		sizes = append(sizes, 1)
	}
	// The rest keeps its paragraphs, with light edits.
	skip := len(all) - (len(sents) - n)
	for _, p := range d.Paras {
		if k := len(p) - skip; k > 0 {
			sizes = append(sizes, k)
		}
		skip = max(0, skip-len(p))
	}
	for _, s := range sents[n:] {
		if rng.Float64() < o.Light {
			s, _ = lightEdit(s, rng)
		}
		out = append(out, s)
	}
	return Regroup(d.Title, out, sizes)
}
