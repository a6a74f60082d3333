package main

import (
	"math/rand/v2"
	"regexp"
	"strings"
)

// The lead rewriter restates the first sentences the way a reporter
// rewrites an agency story: quotes become reported speech, the lead's facts
// change places, side clauses are dropped and sentences merged, a line of
// context is added; the rest of the text gets only light edits.

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

func inQuoteAt(s string, i int) bool { return toggleQuotes(s[:i], false) }

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
// said." -> "X said he was sure." She is true when the article speaks of a
// woman more than of a man.
func reported(s string, she bool) (string, bool) {
	body, _ := Stop(s)
	var who, verb, q string
	if m := quoteThenSaid.FindStringSubmatch(body); m != nil {
		who, verb, q = m[4], m[5], m[2]
	} else if m := saidThenQuote.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		who, verb, q = m[1], m[2], m[4]
	} else {
		return "", false
	}
	if strings.ContainsAny(q, "\"“”?") || CountWords(q) < 4 {
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
	if verb == "says" {
		verb = "said"
	}
	if strings.HasPrefix(verb, "told") {
		verb = "said"
	}
	return Upper(who) + " " + verb + " that " + Lower(q) + ".", true
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
	Lead  int     // sentences of the lead restated (3 or 4)
	Light float64 // chance a sentence after the lead gets a light edit
	Used  Phrases // the generator's own lines so far; the context line is new
}

// RewriteLead restates the lead of d and lightly edits the rest.
func RewriteLead(d Doc, rng *rand.Rand, o LeadOptions) Doc {
	sents := d.Sentences()
	text := d.Text()
	she := womanFirst(text)
	// A dateline or subtitle ahead of the story is dropped.
	for len(sents) > 4 && (dateline(sents[0]) || dateline(sents[1]) && CountWords(sents[0]) < 25) {
		if dateline(sents[0]) {
			sents = sents[1:]
		} else {
			sents = append(sents[:1:1], sents[2:]...)
		}
	}
	n := min(o.Lead, len(sents))
	var lead []string
	for i := 0; i < n; i++ {
		s := sents[i]
		if r, ok := reported(s, she); ok {
			lead = append(lead, r)
			continue
		}
		if r, ok := dropClause(s); ok {
			if r2, ok := reorderSentence(r, rng); ok && rng.IntN(2) == 0 {
				r = r2
			}
			lead = append(lead, r)
			continue
		}
		if r, ok := reorderSentence(s, rng); ok {
			lead = append(lead, r)
			continue
		}
		if i+1 < n {
			if m, ok := mergeSentences(s, sents[i+1], rng); ok {
				lead = append(lead, m)
				i++
				continue
			}
		}
		if r, ok := lightEdit(s, rng); ok {
			if r2, ok2 := lightEdit(r, rng); ok2 {
				r = r2
			}
			lead = append(lead, r)
		}
		// A lead sentence nothing could restate is dropped, as a
		// rewriter drops what it cannot say anew.
	}
	// Facts reordered: the second statement leads.
	if len(lead) >= 2 && rng.IntN(2) == 0 {
		lead[0], lead[1] = lead[1], lead[0]
	}
	ctx := o.Used.Unique(func() string { return contextLine(text, rng) })
	at := min(1+rng.IntN(2), len(lead))
	lead = append(lead[:at], append([]string{ctx}, lead[at:]...)...)
	out := lead
	for _, s := range sents[n:] {
		if rng.Float64() < o.Light {
			s, _ = lightEdit(s, rng)
		}
		out = append(out, s)
	}
	var sizes []int
	sizes = append(sizes, 2) // the new lead paragraph holds two sentences
	for _, p := range d.Paras {
		sizes = append(sizes, len(p))
	}
	return Regroup(d.Title, out, sizes)
}
