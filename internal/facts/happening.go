package facts

import (
	"strings"

	"github.com/copydesk/copydesk/internal/text"
)

// What a date dates. A date belongs to one clause of its sentence: the
// main clause ("A jury on Tuesday convicted a man"), a subordinate or
// relative clause ("since the football team won the title in 2002", "the
// dam, which was built in 1968"), a participle after a noun ("the balloon
// shot down on February 4"), a statement ("officials said Saturday"), or
// a noun it modifies ("the Nov. 30 escape", "a 2012 car crash case"). That
// clause, said as who did what, is the date's happening; whether it is a
// happening the article reports at all (a timeline entry) depends on it
// too: a future or conditional clause, a dateline, or a date that names a
// thing are not.
//
// The rules read words and their forms, not a parse: clause openers
// (which, who, after + a clause, because ...), hard breaks (semicolons,
// colons, dashes, brackets, quotation marks), verbs known by their form
// (auxiliaries, modals, irregular pasts, -ed), and nouns that name
// happenings. Every scan is bounded by maxClause words, so the cost is
// linear in the sentence.

// happening is what the grammar of its sentence says about a date.
type happening struct {
	what string
	// speech: the date dates a statement ("said on Monday", "Last night,
	// Rosenthal reported"); quotes it introduces count from it.
	speech bool
	// tense of the date's clause: "future" (a modal or a future cue, a
	// condition), "past" (a past verb), or "".
	tense string
	// notEntry says why the date dates no happening the article reports,
	// as far as the words tell ("" when they do).
	notEntry string
	// names is the stem of the happening noun the date modifies ("the
	// Nov. 30 escape": escap).
	names string
	// after is the head noun a narrative offset counts from ("two months
	// before Comeaux's escape": escape), "" when it counts from the
	// previous date.
	after string
}

// Reasons a date is not a timeline entry.
const (
	notDateline    = "dateline or time stamp"
	notFuture      = "future or conditional statement"
	notThing       = "names a thing, not a happening"
	notPeriod      = "duration or period"
	notPeriodEnd   = "the end of a period its start dates"
	notUnresolved  = "not resolved"
	notAfterRef    = "after the publication date"
	notNoHappening = "no happening in its sentence"
	notOther       = "dates another happening than its clause's"
	notDescribes   = "a date that describes a thing or person"
)

// describing are the verbs of a year that says what a thing or a person
// is rather than what happened in the story: "the dam, which was built in
// 1968", "a mill founded in 1890", "born in 1970".
// Verbs that often report the story's own happening ("opened",
// "completed", "installed") are not among them.
var describing = wordSet("built", "rebuilt", "constructed", "erected", "founded", "co-founded", "born", "incorporated", "designed")

// modals and futureCues make a clause future or conditional.
var (
	modals = wordSet("will", "would", "shall", "should", "could", "might", "may", "must", "cannot", "'ll", "wo")
	// futureTo point forward before "to" ("plans to", "was summoned to").
	futureTo = wordSet("plans", "plan", "planned", "intends", "intend", "aims", "hopes", "hope", "wants", "want", "expects",
		"expected", "set", "going", "due", "scheduled", "slated", "poised", "summoned", "promised", "vowed", "pledged",
		"likely", "ready", "about", "preparing")
	// futureAlone point forward on their own ("upcoming", "due on 14 June",
	// "promised in July").
	futureAlone  = wordSet("scheduled", "upcoming", "due", "deadline", "tomorrow", "promised", "expected", "planned", "slated")
	conditionals = wordSet("if", "unless", "whether")
)

// auxiliaries are verbs whatever follows them; pastAux mark a past clause.
var (
	auxiliaries = wordSet("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
		"isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't")
	pastAux = wordSet("was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "been")
)

// irregularPast are past forms and participles that do not end in -ed.
var irregularPast = wordSet("said", "told", "shot", "found", "took", "taken", "made", "came", "went", "gone", "gave", "given",
	"held", "left", "fell", "fallen", "hit", "struck", "won", "lost", "began", "begun", "ran", "saw", "seen", "met", "got",
	"gotten", "put", "sent", "built", "brought", "bought", "caught", "fought", "thought", "kept", "led", "paid", "sold",
	"spent", "stood", "wrote", "written", "broke", "broken", "chose", "chosen", "drove", "driven", "flew", "flown", "grew",
	"grown", "knew", "known", "rose", "risen", "spoke", "spoken", "stole", "stolen", "threw", "thrown", "woke", "wore",
	"ate", "eaten", "became", "beat", "beaten", "blew", "blown", "cut", "dealt", "drew", "drawn", "fed", "felt", "fled",
	"forgot", "froze", "frozen", "hid", "hidden", "hung", "hurt", "laid", "lay", "lent", "let", "lit", "meant", "quit",
	"rang", "sang", "sank", "sat", "shook", "shaken", "shut", "slept", "slid", "spun", "spread", "sprang", "stuck",
	"swam", "swept", "swung", "taught", "tore", "torn", "wept", "withdrew", "withdrawn", "heard", "understood", "sought",
	"upheld", "overthrew", "overtook", "undertook", "arose", "bore", "born", "bound", "bent", "bit", "bled", "bred",
	"clung", "crept", "dug", "fit", "forbade", "forgave", "forgiven", "hurt", "knelt", "leapt", "mistook", "outran",
	"rode", "ridden", "sprung", "strode", "strove", "swore", "sworn", "wound", "wrung")

// eventNouns name happenings: a date that modifies one dates it ("the
// Nov. 30 escape"). A date before any other noun names a thing ("a 2012
// car crash case", "a May 10 deadline").
var eventNouns = wordSet("escape", "shooting", "slaying", "killing", "killings", "murder", "attack", "attacks", "bombing",
	"crash", "collision", "explosion", "blast", "fire", "raid", "arrest", "robbery", "theft", "assault", "stabbing",
	"kidnapping", "abduction", "heist", "riot", "protest", "protests", "strike", "walkout", "election", "vote",
	"referendum", "earthquake", "quake", "storm", "hurricane", "flood", "floods", "flooding", "eruption", "outbreak",
	"accident", "incident", "collapse", "breach", "derailment", "sinking", "disaster", "massacre", "invasion", "coup",
	"battle", "fight", "bout", "match", "game", "final", "race", "ceremony", "wedding", "funeral", "meeting", "summit",
	"hearing", "trial", "verdict", "sentencing", "ruling", "decision", "announcement", "speech", "visit", "launch",
	"landing", "test", "death", "deaths", "resignation", "firing", "dismissal", "appointment", "nomination",
	"inauguration", "merger", "takeover", "shootdown", "downing", "fall", "rescue", "release", "jailbreak", "break-in",
	"burglary", "hijacking", "ambush", "fire-fight", "firefight", "standoff", "siege", "shootout", "overdose",
	"suicide", "spill", "leak", "outage", "blackout", "evacuation", "election", "primary", "debate", "concert",
	"premiere", "opening", "closure", "win", "victory", "defeat", "loss", "conviction", "acquittal", "indictment",
	"sighting", "flight", "incursion", "bankruptcy", "crackdown", "uprising", "ceasefire", "truce", "clash", "clashes",
	"settlement", "agreement", "ballot", "warning", "evacuation", "discovery", "opening", "closing", "conference",
	"briefing", "interview", "session", "appearance", "rally", "march", "parade", "service", "memorial", "vigil",
	"celebration", "party", "performance", "tour", "trip", "talks", "negotiations", "call", "arraignment", "signing",
	"trade", "draft", "contest", "shutdown", "lockdown", "landslide", "tornado", "tsunami", "fire", "blaze", "wildfire",
	"crackdown", "protest", "demonstration", "summit", "debut", "premiere", "inauguration", "swearing-in", "hearing",
	"meeting", "attempt", "crash", "derailment", "robbery", "heist", "break", "rampage", "spree", "standoff", "rescue",
	"visit", "speech", "address", "testimony", "deposition", "raid", "arrests", "attack", "assassination", "execution",
	"events", "violence", "unrest", "fighting", "chaos", "riots", "strikes", "shootings", "bombings", "crashes")

// timeNouns name a stretch of time a date can close ("the night of March 3").
var timeNouns = wordSet("night", "morning", "evening", "afternoon", "day", "week", "weekend", "end", "start", "beginning",
	"middle", "spring", "summer", "autumn", "fall", "winter", "hours", "time", "period", "date", "course")

// isEventNoun reports a noun that names a happening: one of eventNouns,
// or formed like one ("breakout", "walkout"; "shooting", "sentencing").
func isEventNoun(t tok) bool {
	l := t.low
	return eventNouns[l] || len(l) > 5 && strings.HasSuffix(l, "out") || isGerund(t) && !thingGerunds[l]
}

// thingGerunds end in -ing and name things or times, not happenings.
var thingGerunds = wordSet("building", "ceiling", "clothing", "housing", "funding", "training", "earnings", "savings",
	"spring", "string", "offering", "setting", "listing", "painting", "filing", "wording", "heading")

// periodNouns make a year a period of time ("the 2009 season").
var periodNouns = wordSet("season", "offseason", "campaign", "term", "semester", "session", "fiscal", "tournament",
	"olympics", "census", "budget")

// npOpeners come before a noun phrase (roles.go keeps its own
// determiners, which open an apposition).
var npOpeners = wordSet("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
	"those", "last", "next", "each", "every")

// articles and possessives make the word after them a noun or adjective.
var articles = wordSet("the", "a", "an", "his", "her", "its", "their", "our", "my", "your")

// adverbs that stand between a subject and its verb or before a
// participle without being nouns.
var plainAdverbs = wordSet("also", "still", "then", "later", "just", "already", "never", "now", "again", "once", "first",
	"finally", "reportedly", "allegedly", "previously", "recently", "only", "even", "not")

// relativizers open a relative clause; subordinators a subordinate one.
var (
	relativizers  = wordSet("which", "who", "whom", "whose", "where", "that")
	subordinators = wordSet("after", "before", "because", "since", "until", "till", "while", "although", "though",
		"unless", "if", "whereas", "as", "when", "whether", "why", "how", "once")
	// these also take a noun or a date: they open a clause only when a
	// finite verb follows.
	prepositionLike = wordSet("after", "before", "since", "until", "till", "as", "once")
	personalSubj    = wordSet("he", "she", "they", "it", "we", "i", "you", "there")
)

// isVerb reports whether word k reads as a finite verb or participle.
func isVerb(s *sent, k int) bool {
	t := s.toks[k]
	if t.cap && k > 0 {
		return false
	}
	l := t.low
	switch {
	case auxiliaries[l] || modals[l] || speechVerbs[l] || irregularPast[l]:
		// "a hit", "the cut", "a fall": nouns after a determiner.
		if p := s.at(k - 1); p != nil && articles[p.low] && irregularPast[l] && !auxiliaries[l] {
			return false
		}
		return true
	case len(l) > 4 && strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed"):
		// "a convicted rapist": an adjective after an article.
		if p := s.at(k - 1); p != nil && (articles[p.low] || p.poss) {
			return false
		}
		return true
	}
	return false
}

// isParticiple reports whether word k is a past participle form.
func isParticiple(s *sent, k int) bool {
	l := s.toks[k].low
	return !s.toks[k].cap && !auxiliaries[l] && !modals[l] && !pastOnly[l] && (irregularPast[l] || len(l) > 4 && strings.HasSuffix(l, "ed"))
}

// linkingVerbs take a participle as their complement ("will stay
// closed"), not a noun it modifies.
var linkingVerbs = wordSet("stay", "stays", "stayed", "remain", "remains", "remained", "get", "gets", "got", "become",
	"becomes", "became", "seem", "seems", "seemed", "look", "looks", "looked", "keep", "keeps", "kept", "feel", "felt")

// pastOnly are simple pasts that are not participles ("broke", "went"):
// a noun before one is its subject, not the noun it modifies.
var pastOnly = wordSet("took", "came", "went", "gave", "fell", "began", "ran", "saw", "broke", "chose", "drove", "flew", "grew",
	"knew", "rose", "spoke", "stole", "threw", "woke", "wore", "ate", "became", "blew", "drew", "forgot", "froze", "hid",
	"rang", "sang", "sank", "shook", "sprang", "swam", "tore", "withdrew", "wrote", "arose", "bore", "forbade", "forgave",
	"mistook", "outran", "rode", "strode", "strove", "swore", "overthrew", "overtook", "undertook")

// isGerund reports an -ing form ("saying", "passing"), not a name
// ("Beijing") or a noun like "thing".
func isGerund(t tok) bool {
	return !t.cap && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !notGerunds[t.low]
}

var notGerunds = wordSet("during", "morning", "evening", "something", "anything", "nothing", "everything", "building",
	"ceiling", "according", "including", "following", "meeting")

// hardBreak reports whether a clause cannot run across the gap before word
// k: a semicolon, colon, dash, bracket or quotation mark.
func hardBreak(s *sent, k int) bool {
	if k < 0 || k >= len(s.toks) {
		return true
	}
	g := s.toks[k].gap
	if g == ":" && k > 0 && isDigits(s.toks[k-1].low) && isDigits(s.toks[k].low) {
		return false // "06:12"
	}
	if strings.ContainsAny(g, ";:()[]—–|«»") || strings.Contains(g, "--") {
		return true
	}
	// A spaced hyphen is a dash ("raped her in August 2004 - saying he"),
	// unless it joins a compound written spaced ("hit - and - run",
	// "brother - in-law").
	if strings.TrimSpace(g) == "-" && g != "-" {
		t := s.toks[k]
		compound := strings.Contains(t.low, "-") || k+1 < len(s.toks) && strings.TrimSpace(s.toks[k+1].gap) == "-" ||
			k > 0 && strings.TrimSpace(s.toks[k-1].gap) == "-" && k > 1
		return !compound
	}
	// A quotation mark with punctuation ends a clause ("...," he said);
	// one inside a sentence ("would “not be blackmailed”") does not.
	return strings.ContainsAny(g, "\"“”") && strings.ContainsAny(g, ",.!?")
}

func isDigits(l string) bool { return l != "" && strings.Trim(l, "0123456789") == "" }

func commaBefore(s *sent, k int) bool {
	return k >= 0 && k < len(s.toks) && strings.Contains(s.toks[k].gap, ",")
}

// opensClause reports whether word k opens a clause of its own: a
// relativizer, a subordinator followed by a subject and a verb, or a
// coordinator after a comma followed by a new subject.
func opensClause(s *sent, k, i int) bool {
	t := s.toks[k]
	if t.cap && k > 0 {
		return false
	}
	switch {
	case relativizers[t.low]:
		// "that" as a determiner: "that man".
		return t.low != "that" || k == 0 || !npOpeners[s.toks[k-1].low]
	case subordinators[t.low]:
		if !prepositionLike[t.low] {
			return true
		}
		// "after O'Brien acknowledged", not "after passing", "after
		// Monday", "before Comeaux's escape", "as saying".
		if k+1 == i || k+1 >= len(s.toks) || isGerund(s.toks[k+1]) {
			return false
		}
		if t.low == "as" && !personalSubj[s.toks[k+1].low] {
			return false
		}
		for m := k + 1; m < len(s.toks) && m <= k+10; m++ {
			if m > k+1 && (hardBreak(s, m) || commaBefore(s, m) || relativizers[s.toks[m].low] || subordinators[s.toks[m].low]) {
				return false
			}
			if isVerb(s, m) && !isParticiple(s, m) || auxiliaries[s.toks[m].low] || modals[s.toks[m].low] {
				return true
			}
			if m > k+1 && isVerb(s, m) {
				return true
			}
		}
		return false
	case zeroRelative(s, k):
		return true
	case (t.low == "and" || t.low == "but") && commaBefore(s, k):
		n := s.at(k + 1)
		return n != nil && (personalSubj[n.low] || npOpeners[n.low] || n.cap)
	case t.low == "including" && commaBefore(s, k):
		return true
	}
	return false
}

// relativeThat reports a "that" that opens a relative clause on its
// subject ("a shooting that occurred", "the embankment that collapsed"),
// not a complement ("told the hearing room that the inquiry would").
func relativeThat(s *sent, k int) bool {
	return s.toks[k].low == "that" && k > 0 && k+1 < len(s.toks) && !speechVerbs[s.toks[k-1].low] &&
		(isVerb(s, k+1) || plainAdverbs[s.toks[k+1].low] && k+2 < len(s.toks) && isVerb(s, k+2))
}

// zeroRelative reports a pronoun opening a relative clause without
// "that": "the crimes he committed on March 11".
func zeroRelative(s *sent, k int) bool {
	t := s.toks[k]
	if k == 0 || t.cap && t.low != "i" || t.low == "it" || t.low == "there" || !personalSubj[t.low] || commaBefore(s, k) || hardBreak(s, k) {
		return false
	}
	p := s.toks[k-1]
	return !p.cap && !stopOrFunction(p.low) && !isVerb(s, k-1) && !isGerund(p) && !strings.HasSuffix(p.low, "ly") &&
		!speechVerbs[p.low] && !timeNouns[p.low] && nounBefore(s, k-1) && k+1 < len(s.toks) && (isVerb(s, k+1) || auxiliaries[s.toks[k+1].low])
}

// objectThat reports a "that" opening a relative clause on its object ("a
// request that chair Corin Abelard granted"): after a plain noun, before
// a subject.
func objectThat(s *sent, k int) bool {
	if s.toks[k].low != "that" || k == 0 || k+2 >= len(s.toks) || relativeThat(s, k) {
		return false
	}
	p := s.toks[k-1]
	return !p.cap && !commaBefore(s, k) && !stopOrFunction(p.low) && !isVerb(s, k-1) && !speechVerbs[p.low] &&
		!isGerund(p) && !strings.HasSuffix(p.low, "ly") && p.low != "so" && p.low != "such" && nounBefore(s, k-1) && subjectAt(s, k+1)
}

// nounBefore reports a noun phrase ending at word k: an article or
// possessive before it, at most one word between ("a request", "the new
// report").
func nounBefore(s *sent, k int) bool {
	for m := k - 1; m >= 0 && m >= k-2; m-- {
		if articles[s.toks[m].low] || s.toks[m].poss {
			return true
		}
		if stopOrFunction(s.toks[m].low) || isVerb(s, m) || s.toks[m].cap {
			return false
		}
	}
	return false
}

// subjectAt reports words that start a clause's subject at k: a pronoun,
// an article or possessive, or a name.
func subjectAt(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if !t.cap && k+1 < len(s.toks) && s.toks[k+1].cap && !stopOrFunction(t.low) && !isVerb(s, k) && !isGerund(t) {
		return true // a title before a name: "chair Corin Abelard"
	}
	return personalSubj[t.low] || articles[t.low] || t.poss || t.cap
}

// clauseBounds returns the words [a, b) of the clause that holds words
// [i, j), and the word that opens it (-1 for none).
func clauseBounds(s *sent, i, j int) (a, b, opener int) {
	if i >= len(s.toks) {
		return len(s.toks), len(s.toks), -1
	}
	a, opener = 0, -1
	for k := i - 1; k >= 0 && i-k <= maxClause; k-- {
		if hardBreak(s, k+1) {
			a = k + 1
			break
		}
		if opensClause(s, k, i) {
			a, opener = k, k
			break
		}
		if k == 0 || i-k == maxClause {
			a = k
		}
	}
	if i == 0 {
		a = 0
	}
	b = len(s.toks)
	for k := j; k < len(s.toks); k++ {
		if k-j >= maxClause {
			b = k
			break
		}
		if k > j && hardBreak(s, k) || k == j && hardBreak(s, k) && k > i {
			b = k
			break
		}
		// A subordinate or relative clause ends at its comma: "After the
		// U.S. destroyed the balloon on Saturday, China declined", "the
		// dam, which was built in 1968, holds".
		if opener >= 0 && (s.toks[opener].low != "that" || relativeThat(s, opener)) && commaBefore(s, k) && k >= j && k > i &&
			startsClause(s, k) && seenVerb(s, opener+1, k) {
			b = k
			break
		}
		// A restrictive clause ("the embankment that collapsed this
		// month, but postponed the repairs") holds no comma: the first
		// one after its verb ends it, whatever follows.
		if opener >= 0 && relativeThat(s, opener) && commaBefore(s, k) && k >= j && k > i && seenVerb(s, opener+1, k) {
			b = k
			break
		}
		// "Residents who were allowed back on Wednesday to collect
		// documents came out": a relative clause ends before the verb of
		// the clause it sits in.
		if opener >= 0 && (s.toks[opener].low == "who" || s.toks[opener].low == "which" || relativeThat(s, opener)) && k > j &&
			finite(s, k) && !coordinated(s, k) && seenFinite(s, opener+1, k) {
			b = k
			break
		}
		if opensClause(s, k, -1) {
			b = k
			break
		}
	}
	return a, b, opener
}

// finite reports a verb that heads a clause: not a participle, an -ing
// form or an infinitive.
func finite(s *sent, k int) bool {
	l := s.toks[k].low
	if k > 0 && (s.toks[k-1].low == "to" || auxiliaries[s.toks[k-1].low] || modals[s.toks[k-1].low]) {
		return false
	}
	if !isVerb(s, k) && !auxiliaries[l] && !modals[l] || isGerund(s.toks[k]) {
		return false
	}
	if auxiliaries[l] || modals[l] || pastOnly[l] || !isParticiple(s, k) {
		return true
	}
	// "who left the company", "he shot", "Orozco fled": a subject before
	// a form that could be a participle.
	if k == 0 {
		return true
	}
	p := s.toks[k-1]
	return relativizers[p.low] || personalSubj[p.low] || p.cap || plainAdverbs[p.low]
}

// coordinated reports a verb joined to the one before it ("shot and
// killed").
func coordinated(s *sent, k int) bool {
	p := s.toks[k-1].low
	return p == "and" || p == "or" || p == "but"
}

// seenFinite reports a finite verb among words [a, k).
func seenFinite(s *sent, a, k int) bool {
	for m := a; m < k; m++ {
		if finite(s, m) {
			return true
		}
	}
	return false
}

// seenVerb reports a verb form (not an -ing) among words [a, k).
func seenVerb(s *sent, a, k int) bool {
	for m := a; m < k; m++ {
		if isVerb(s, m) && !isGerund(s.toks[m]) {
			return true
		}
	}
	return false
}

// startsClause reports whether the words from k on can start a clause of
// their own after a comma: a subject or a verb ("..., China declined",
// "..., gave no details"), not a list going on ("shoeless, wet and hungry").
func startsClause(s *sent, k int) bool {
	t := s.toks[k]
	return t.cap || npOpeners[t.low] || personalSubj[t.low] || isVerb(s, k) || opensClause(s, k, -1) ||
		strings.Trim(t.low, "0123456789,.") == ""
}

// mainClause returns the main clause of s as who did what: a wire dateline
// and a fronted subordinate clause left out ("After the U.S. destroyed
// the balloon, China declined ..." gives "China declined ...").
func mainClause(s *sent, skip map[int]bool) string {
	n := len(s.toks)
	body := datelinePrefix(s)
	// The first finite verb outside the subordinate clauses and asides
	// that open the sentence, and the words from the start of its segment.
	seg, inSub, verbed := body, false, false
	for k := body; k < n && k < body+2*maxClause; k++ {
		if k > body && (commaBefore(s, k) || hardBreak(s, k)) {
			if !inSub || verbed {
				seg, inSub, verbed = k, false, false
			}
		}
		if opensClause(s, k, -1) && !relativeThat(s, k) && !zeroRelative(s, k) {
			inSub, verbed = true, false
			continue
		}
		if !finite(s, k) || skip[k] {
			continue
		}
		if inSub {
			verbed = true
			continue
		}
		_, b, _ := clauseBounds(s, k, k+1)
		return words(s, seg, dropAttribution(s, seg, b, k), skip)
	}
	a := mainStart(s, body, n)
	_, b, _ := clauseBounds(s, a, a+1)
	return words(s, a, dropAttribution(s, a, b, a), skip)
}

// mainStart skips a subordinate clause or date phrase that opens the words
// [a, b) up to its comma ("After the U.S. destroyed the balloon, China
// declined", "Two days after the discovery, a jet shot down").
func mainStart(s *sent, a, b int) int {
	if a >= b || !subordinators[s.toks[a].low] && !opensClause(s, a, -1) {
		return a
	}
	for k := a + 1; k < b && k <= a+maxClause; k++ {
		if hardBreak(s, k) {
			return a
		}
		if commaBefore(s, k) {
			return k
		}
	}
	return a
}

// speechVerbAt returns the speech verb the date words [i, j) date: one of
// the two words before them ("said Tuesday", "as saying on May 2"), the
// word after them ("on Monday said"), or the first verb of a clause the
// date opens ("Last night, Rosenthal reported that"); -1 for none.
func speechVerbAt(s *sent, i, j, a, b int) int {
	// "said Tuesday", "as saying on May 2", "told reporters Monday", "said
	// in a statement on Friday".
	passive := func(k int) bool {
		return k > 0 && (pastAux[s.toks[k-1].low] || auxiliaries[s.toks[k-1].low]) && s.toks[k-1].low != "has"
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if speechVerbs[s.toks[k].low] && !s.toks[k].cap {
			if passive(k) {
				return -1 // "was told in 2027 that": not a statement the date dates
			}
			return k
		}
		if hardBreak(s, k+1) || commaBefore(s, k+1) || isVerb(s, k) || relativizers[s.toks[k].low] {
			break
		}
	}
	if j < len(s.toks) && speechVerbs[s.toks[j].low] && !commaBefore(s, j) {
		return j
	}
	if i-a <= 1 {
		for k := j; k < b && k < j+8; k++ {
			if isVerb(s, k) {
				if speechVerbs[s.toks[k].low] {
					return k
				}
				break
			}
		}
	}
	return -1
}

// analyse reads the happening of the date words [i, j) of s; skip holds
// the words of every date of the sentence.
func analyse(s *sent, i, j int, skip map[int]bool, body int) happening {
	var h happening
	n := len(s.toks)
	a, b, opener := clauseBounds(s, i, j)
	if a < body {
		a, opener = body, -1
	}
	// The tense of the clause: the words from its start to the end of its
	// first verb group.
	h.tense = tenseOf(s, a, b, i, j, skip)
	// "if ...", "unless ...", "Should members back the deal, ...": a
	// condition.
	if opener >= 0 && conditionals[s.toks[opener].low] || body < n && s.toks[body].low == "should" && body == 0 {
		h.tense = "future"
	}
	// A date that modifies a noun: "the Nov. 30 escape by ...", "a May 10
	// deadline".
	if head, end := nounAfter(s, i, j); head >= 0 {
		if !isEventNoun(s.toks[head]) {
			h.notEntry, h.tense = notThing, ""
			h.what = words(s, j, end, skip)
			return h
		}
		// The happening is dated by the date, be the clause it is named in
		// future ("the March 3 blast will be investigated").
		if h.tense == "future" {
			h.tense = ""
		}
		// The noun phrase: the happening noun and what follows it in its
		// clause ("at a Troy accounting firm that left a receptionist dead").
		e := end
		for e < n && e < end+maxClause && !hardBreak(s, e) && !commaBefore(s, e) && !(isVerb(s, e) && !isParticiple(s, e)) {
			if relativizers[s.toks[e].low] {
				for e++; e < n && e < end+maxClause && !hardBreak(s, e) && !commaBefore(s, e); e++ {
				}
				break
			}
			e++
		}
		h.names = s.toks[head].stem
		// "the Nov. 30 escape by Arcade Joseph Comeaux Jr."; a bare noun
		// ("part of Thursday's settlement") says too little: its clause
		// says more.
		if w := words(s, i-1, e, skip); contentCount((w)) >= 2 {
			h.what = w
			return h
		}
	}
	// "swung open for the first time since 2025": the year of an earlier
	// happening, not of this one (a perfect, "has been burning since
	// Wednesday night", is dated by it).
	if i > 0 && s.toks[i-1].low == "since" && h.tense == "past" && !perfectBefore(s, a, i) {
		h.notEntry = notOther
		h.what = words(s, a, b, skip)
		return h
	}
	// "a report from 2027", "emails from 2029": a date after a noun that
	// names a thing; "the night of March 3", "the election of 2004" date
	// a happening.
	if i >= 2 && (s.toks[i-1].low == "from" || s.toks[i-1].low == "of") && !s.toks[j-1].poss && !periodStart(s, j) {
		if nn := s.toks[i-2]; !nn.cap && !stopOrFunction(nn.low) && !isVerb(s, i-2) && !isEventNoun(nn) && !timeNouns[nn.low] &&
			!isGerund(nn) && !strings.HasSuffix(nn.low, "ly") {
			h.notEntry, h.tense = notThing, ""
			h.what = words(s, max(a, i-4), j, skip)
			return h
		}
	}
	// "two months before Comeaux's escape": the noun it counts from; when
	// the date opens the sentence, the happening is the clause after the
	// noun ("Two days after the discovery, a jet shot down the balloon").
	if j < n && j > i && (s.toks[j-1].low == "before" || s.toks[j-1].low == "after") {
		// The words of what it counts from say when, not what: they are
		// left out of this date's description (and put back after, so
		// that each date costs its own words only).
		var added []int
		hide := func(k int) {
			if !skip[k] {
				skip[k] = true
				added = append(added, k)
			}
		}
		defer func() {
			for _, k := range added {
				delete(skip, k)
			}
		}()
		if hd := headNoun(s, j); hd >= 0 {
			h.after = s.toks[hd].stem
			for k := j; k <= hd; k++ {
				hide(k)
			}
		}
		// "two days after he was arrested": the verb of the clause; "two
		// to three weeks before things are back to normal": a happening
		// still to come, which no date of the text anchors.
		// The clause's subject: a pronoun, or a noun phrase of a few words.
		m := j
		if m < n && personalSubj[s.toks[m].low] {
			m++
		} else {
			for m < n && m < j+5 && !hardBreak(s, m) && !commaBefore(s, m) && !stopOrFunction(s.toks[m].low) || m < n && articles[s.toks[m].low] {
				if isVerb(s, m) && m > j {
					break
				}
				m++
			}
		}
		if m > j && m < n && !commaBefore(s, m) && (finite(s, m) || isVerb(s, m) && !isGerund(s.toks[m]) || modals[s.toks[m].low]) {
			e := m + 1
			for e < n && e < m+4 && !hardBreak(s, e) && !commaBefore(s, e) && (auxiliaries[s.toks[e-1].low] || isParticiple(s, e)) {
				e++
			}
			for k := j; k < n && k < j+maxClause && (k < e || !hardBreak(s, k) && !commaBefore(s, k) && !opensClause(s, k, -1)); k++ {
				hide(k)
			}
			if t := tenseOf(s, j, e, e, e, nil); t != "past" {
				h.notEntry, h.after = notFuture, "?"
			} else {
				h.after = s.toks[m].stem
				for m2 := m; m2+1 < n && m2 < m+3 && auxiliaries[s.toks[m2].low]; m2++ {
					h.after = s.toks[m2+1].stem
				}
			}
		}
		if i <= a+1 {
			if m := mainStart(s, j-1, b); m > j-1 {
				_, e, _ := clauseBounds(s, m, m+1)
				h.what = words(s, m, dropAttribution(s, m, e, m), skip)
				return h
			}
		}
	}
	// A statement: who said what.
	if v := speechVerbAt(s, i, j, a, b); v >= 0 {
		h.speech = true
		h.tense = tenseOf(s, max(a, v-3), min(b, v+1), i, j, skip)
		h.what = saidWhat(s, v, i, j, a, b, body, skip)
		return h
	}
	// "until Dec. 7, when he was found": the when-clause.
	if k := j; k+1 < n && s.toks[k].low == "when" {
		_, e, _ := clauseBounds(s, k+1, k+1)
		h.what = words(s, k+1, e, skip)
		return h
	}
	var ante, obj string
	if opener >= 0 {
		switch o := s.toks[opener].low; {
		case o == "as" || o == "while" || o == "when" && opener > body+1:
			// "killed ... as she was on her way", "was walking in a
			// crosswalk when she was struck": the main clause too.
			a2, _, _ := clauseBounds(s, max(opener-1, 0), max(opener-1, 0))
			a = a2
		case o == "which" || o == "who" || relativeThat(s, opener):
			ante = antecedent(s, opener, skip)
			a = opener + 1
		case objectThat(s, opener) || zeroRelative(s, opener):
			// "a request that chair Corin Abelard granted on Monday": chair
			// Corin Abelard granted a request.
			obj = antecedent(s, opener, skip)
			a = opener
			if s.toks[opener].low == "that" {
				a++
			}
		case o == "whose":
			// "a ferryman whose body was found": the ferryman's body.
			if ante = antecedent(s, opener, skip); ante != "" {
				ante += "'s"
			}
			a = opener + 1
		default:
			a = opener + 1
		}
	} else if p := participleStart(s, a, i); p >= 0 {
		// "the balloon shot down on February 4", "O'Brien, fired on June
		// 8,": up to the verb of the sentence ("relatives of the people
		// killed on March 3 shook their heads").
		ante = antecedent(s, p, skip)
		if ante != "" {
			ante += " " + beFor(ante)
		}
		a = p
		for k := j; k < b; k++ {
			if commaBefore(s, k) || finite(s, k) && !coordinated(s, k) {
				b = k
				break
			}
		}
	}
	b = dropAttribution(s, a, b, i)
	h.what = joinWhat(ante, words(s, a, b, skip), obj)
	// "On Friday, it was reported that the department ...": what was
	// reported; "was told in 2027 that water was seeping": a verb with
	// nothing but the date between it and "that" takes the that-clause as
	// its object.
	if b < n && s.toks[b].low == "that" && (contentCount((h.what)) < 2 || verbBeforeDate(s, a, i, j, b, skip)) {
		_, e, _ := clauseBounds(s, b+1, b+2)
		h.what = joinWhat(h.what, "that", words(s, b+1, e, skip))
	}
	// A date in an aside or a fronted phrase ("On Friday morning, a day
	// after the deadlock was reported, the prosecutor asked ..."): the
	// main clause.
	if contentCount((h.what)) < 2 {
		if m := mainClause(s, skip); contentCount((m)) > contentCount((h.what)) {
			h.what = m
		}
	}
	if contentCount((h.what)) < 1 {
		h.notEntry = notNoHappening
	}
	if describes(s, a, i, j) {
		h.notEntry = notDescribes
	}
	return h
}

// verbBeforeDate reports a verb right before the date [i, j), with only
// date words and their prepositions after the date up to word b: "was
// told in 2027 that ...", "learned on Monday that ...".
func verbBeforeDate(s *sent, a, i, j, b int, skip map[int]bool) bool {
	k := i - 1
	for k >= a && (skip[k] || datePrep[s.toks[k].low]) {
		k--
	}
	if k < a || !isVerb(s, k) || isGerund(s.toks[k]) {
		return false
	}
	for m := j; m < b; m++ {
		if !skip[m] && !datePrep[s.toks[m].low] {
			return false
		}
	}
	return true
}

// periodStart reports a date ending at word j that starts a period: "to",
// "through" or "until" follows it ("served as mayor from 1996 to 2001",
// not "a report from 2027").
func periodStart(s *sent, j int) bool {
	n := s.at(j)
	return n != nil && (n.low == "to" || n.low == "through" || n.low == "until") && s.at(j+1) != nil && isDigits(s.at(j+1).low)
}

// describes reports a date [i, j) that a describing verb of its clause
// (from a) governs, a few words before it: "which was built in 1968",
// "founded by two brothers in 1890", "houses, built only three years
// ago": when a thing was made says what it is, not what happened.
func describes(s *sent, a, i, j int) bool {
	if j <= i {
		return false
	}
	for k := i - 1; k >= a && k >= i-6; k-- {
		if describing[s.toks[k].low] {
			return true
		}
		if commaBefore(s, k) || isVerb(s, k) {
			return false
		}
	}
	return false
}

// tenseOf reads the tense of the verb group that governs the date [i, j)
// in the clause [a, b): the nearest verb before the date, or the first
// after it when the date opens the clause, with the auxiliaries, modals
// and adverbs around it. The group is future when a modal stands in it
// ("will dive again on Friday"), a future cue before "to" ("plans to meet
// on Monday", "was summoned to give evidence on March 26"), or a schedule
// word right before the date ("promised in July", "due on 14 June"); past
// when its verb is. Words of dates and clock times (skip) are not verbs
// ("6 am").
func tenseOf(s *sent, a, b, i, j int, skip map[int]bool) string {
	// "pending his next court hearing April 19": a noun the date follows
	// that is still to come.
	for m := i - 1; m >= a && m >= i-4; m-- {
		if skip[m] {
			continue
		}
		if l := s.toks[m].low; l == "next" || l == "upcoming" {
			return "future"
		}
		if isVerb(s, m) && !isGerund(s.toks[m]) || commaBefore(s, m+1) || hardBreak(s, m+1) {
			break
		}
	}
	verbish := func(k int) bool {
		l := s.toks[k].low
		return !skip[k] && (isVerb(s, k) || modals[l] || futureTo[l] && s.at(k+1) != nil && s.at(k+1).low == "to" ||
			futureAlone[l] && !s.toks[k].cap && !pronounBefore(s, k) || planVerb(s, k) || presentVerb(s, k) && !seenFinite(s, a, k) ||
			resumption[l] && !s.toks[k].cap)
	}
	k := -1
	for m := i - 1; m >= a && m >= i-maxClause; m-- {
		if verbish(m) {
			k = m
			break
		}
	}
	before := k >= 0
	if !before {
		for m := j; m < b && m < j+maxClause; m++ {
			if verbish(m) {
				k = m
				break
			}
		}
		if k < 0 {
			return ""
		}
	}
	group := func(m int) bool {
		l := s.toks[m].low
		return !skip[m] && (auxiliaries[l] || modals[l] || plainAdverbs[l] || l == "to" || futureTo[l] || futureAlone[l] ||
			isParticiple(s, m) || isGerund(s.toks[m]) || strings.HasSuffix(l, "ly") && !s.toks[m].cap)
	}
	lo, hi := k, k
	for lo > a && k-lo < 4 && group(lo-1) {
		lo--
	}
	for hi+1 < b && hi+1 < i && hi-k < 3 && group(hi+1) || !before && hi+1 < b && hi-k < 3 && group(hi+1) {
		hi++
	}
	// "promised in July", "due on 14 June": a schedule right before the date.
	if before && futureAlone[s.toks[k].low] && !pronounBefore(s, k) {
		only := true
		for m := k + 1; m < i; m++ {
			only = only && (datePrep[s.toks[m].low] || s.toks[m].low == "for")
		}
		if only {
			return "future"
		}
	}
	// "will stay closed": a modal a word or two before the group.
	for m := lo - 1; m >= a && m >= lo-2 && !hardBreak(s, m+1) && !commaBefore(s, m+1); m-- {
		if modals[s.toks[m].low] {
			return "future"
		}
	}
	past := false
	for m := lo; m <= hi; m++ {
		l := s.toks[m].low
		if planVerb(s, m) {
			return "future"
		}
		// "Today I want to count": a date before the verb dates the wish,
		// not what is wished.
		// "is to be sentenced May 3", "are to meet on Friday": a schedule.
		if l == "to" && m > lo && beTo[s.toks[m-1].low] {
			return "future"
		}
		if modals[l] || before && futureTo[l] && m+1 < len(s.toks) && s.toks[m+1].low == "to" {
			// "were not due to bad weather": a cause, not a schedule.
			if l == "due" && m+2 < len(s.toks) && (npOpeners[s.toks[m+2].low] || s.toks[m+2].cap) {
				continue
			}
			return "future"
		}
		if futureAlone[l] && !s.toks[m].cap && l != "promised" && l != "expected" && l != "planned" && !pronounBefore(s, m) {
			return "future"
		}
		if pastAux[l] || isVerb(s, m) && (irregularPast[l] || strings.HasSuffix(l, "ed")) {
			past = true
		}
	}
	if past {
		return "past"
	}
	// "When Orozco returns to court on May 3", "Teixeira, who turns 29 on
	// April 11": a present with a date is a schedule.
	if before && presentVerb(s, k) && !seenFinite(s, a, k) && subordinate(s, a, k) {
		return "future"
	}
	// "The hearings continue on Wednesday": a sitting that goes on in the
	// present is a schedule.
	if before && resumption[s.toks[k].low] {
		return "future"
	}
	return ""
}

// beTo are the forms of be that make "to" a schedule ("is to be
// sentenced"); "was to play" says nothing of whether it was played.
var beTo = wordSet("is", "are", "am")

// resumption are the present forms of going on again: with a date they
// announce what is to come ("the trial resumes on Monday").
var resumption = wordSet("continue", "continues", "resume", "resumes", "reconvene", "reconvenes")

// subordinate reports a clause [a, k) opened by a relativizer or a
// subordinator ("when Orozco returns", "who turns 29"): a present there is
// a schedule, while a main clause in the present may be a headline's
// ("Obama signs the bill on Tuesday").
func subordinate(s *sent, a, k int) bool {
	for m := max(a, k-6); m < k; m++ {
		if l := s.toks[m].low; relativizers[l] || subordinators[l] {
			return true
		}
	}
	return false
}

// pronounBefore reports a subject pronoun right before word k ("they
// expected"): the word is its verb, not a participle.
func pronounBefore(s *sent, k int) bool { return k > 0 && personalSubj[s.toks[k-1].low] }

// presentVerb reports a verb in the present, third person, after its
// subject: a name, he, she, it, who or which, then a word in -s.
func presentVerb(s *sent, k int) bool {
	t := s.toks[k]
	if k == 0 || t.cap || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || auxiliaries[t.low] ||
		speechVerbs[t.low] {
		return false
	}
	p := s.toks[k-1]
	return p.cap && !p.poss && k > 1 || p.low == "he" || p.low == "she" || p.low == "it" || p.low == "who" || p.low == "which"
}

// perfectBefore reports have, has or had among words [a, i).
func perfectBefore(s *sent, a, i int) bool {
	for k := a; k < i; k++ {
		switch s.toks[k].low {
		case "has", "have", "had", "hadn't", "hasn't", "haven't", "'ve", "'d":
			return true
		}
	}
	return false
}

// planVerb reports "plan a parade", "plans to": the verb, not the noun
// ("automation plans, has stopped").
func planVerb(s *sent, k int) bool {
	l := s.toks[k].low
	n := s.at(k + 1)
	return (l == "plan" || l == "plans") && n != nil && (articles[n.low] || n.low == "to") && !commaBefore(s, k+1)
}

// nounAfter returns the head of the noun that the date [i, j) modifies
// after a determiner ("escape" of "the Nov. 30 escape by"), and the word
// after the head, or -1 when the date modifies no noun.
func nounAfter(s *sent, i, j int) (int, int) {
	// "the Nov. 30 escape", "Comeaux's Nov. 30 escape", "Thursday's
	// settlement".
	if j >= len(s.toks) || strings.TrimSpace(s.toks[j].gap) != "" ||
		(i == 0 || !npOpeners[s.toks[i-1].low] && !s.toks[i-1].poss) && !s.toks[j-1].poss {
		return -1, 0
	}
	head := -1
	k := j
	// A possessive date before a capitalised word ("Today's Stock Market
	// News", "Monday's Kessel Bridge collapse", as headlines write them):
	// the noun is the first word of the next few that names a happening,
	// else the first, a thing.
	if s.toks[j-1].poss && s.toks[j].cap {
		for m := j; m < len(s.toks) && m < j+4; m++ {
			t := s.toks[m]
			if m > j && strings.TrimSpace(t.gap) != "" || stopOrFunction(t.low) || isTimeWord(t.low) || months[t.low] > 0 || count1(t.low) {
				break
			}
			if eventNouns[t.low] || isGerund(t) && !thingGerunds[t.low] {
				return m, m + 1
			}
		}
		if t := s.toks[j]; !stopOrFunction(t.low) && !isTimeWord(t.low) && months[t.low] == 0 && !count1(t.low) {
			return j, j + 1
		}
	}
	for ; k < len(s.toks) && k < j+4; k++ {
		t := s.toks[k]
		if k > j && strings.TrimSpace(t.gap) != "" && strings.TrimSpace(t.gap) != "-" {
			break
		}
		if t.cap || stopOrFunction(t.low) || isVerb(s, k) || isTimeWord(t.low) || months[t.low] > 0 || count1(t.low) {
			break
		}
		head = k
		if t.poss {
			k++
			break
		}
	}
	if head < 0 || strings.HasSuffix(s.toks[head].low, "ly") {
		return -1, 0
	}
	return head, k
}

// headNoun returns the head of the noun phrase starting at word k ("the
// escape", "Comeaux's escape"), or -1.
func headNoun(s *sent, k int) int {
	head := -1
	for m := k; m < len(s.toks) && m < k+5; m++ {
		if m > k && (hardBreak(s, m) || commaBefore(s, m)) {
			break
		}
		t := s.toks[m]
		if t.poss || npOpeners[t.low] || t.cap {
			continue
		}
		if stopOrFunction(t.low) || isVerb(s, m) {
			break
		}
		head = m
	}
	return head
}

func stopOrFunction(l string) bool {
	return npOpeners[l] || relativizers[l] || subordinators[l] || datePrep[l] || modals[l] || auxiliaries[l] ||
		l == "and" || l == "or" || l == "but" || l == "to" || l == "with" || l == "for" || l == "by" || l == "into" ||
		l == "than" || l == "over" || l == "the" || l == "up" || l == "down" || l == "out" || l == "not" || personalSubj[l]
}

func count1(l string) bool { _, ok := count(l); return ok }

// participleStart returns the participle that opens a modifier of a noun
// holding the date ("a rapist recaptured last month", "O'Brien, fired on
// June 8,"), between the clause start a and the date i, or -1.
func participleStart(s *sent, a, i int) int {
	for p := i - 1; p > a && p >= i-8; p-- {
		if !isParticiple(s, p) || hardBreak(s, p) {
			continue
		}
		prev := s.toks[p-1]
		if auxiliaries[prev.low] || modals[prev.low] || plainAdverbs[prev.low] || personalSubj[prev.low] || linkingVerbs[prev.low] ||
			strings.HasSuffix(prev.low, "ly") || prev.low == "to" || prev.low == "having" || coordinated(s, p) {
			return -1
		}
		if commaBefore(s, p) {
			// An apposition closed by a comma before the verb of the
			// sentence: "O'Brien, fired on June 8, is seeking"; not
			// "Kirkpatrick, 61, opened fire on Friday, killing one man".
			if isDigits(prev.low) {
				return -1
			}
			for k := i + 1; k < len(s.toks) && k < i+maxClause; k++ {
				if hardBreak(s, k) {
					return -1
				}
				if commaBefore(s, k) {
					t := s.toks[k]
					if finite(s, k) || !t.cap && !stopOrFunction(t.low) && !isGerund(t) && !isParticiple(s, k) && !isDigits(t.low) {
						return p
					}
					return -1
				}
			}
			return -1
		}
		// A modifier, not the main verb: a finite verb stands before the
		// noun ("convicted a man charged"), or after the modifier ("A
		// grandmother crossing ... was mowed down").
		for k := a; k < p-1; k++ {
			if isVerb(s, k) {
				return p
			}
		}
		_, b, _ := clauseBounds(s, i, i+1)
		for k := i + 1; k < b && k < i+maxClause; k++ {
			if isVerb(s, k) && !isParticiple(s, k) || auxiliaries[s.toks[k].low] || modals[s.toks[k].low] {
				return p
			}
		}
		return -1
	}
	return -1
}

// antecedent returns the noun phrase before word k that a relative clause
// or participle at k describes: back to a determiner, a verb, a
// preposition or a break, at most eight words.
func antecedent(s *sent, k int, skip map[int]bool) string {
	e := k
	st := k
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		if hardBreak(s, m+1) && m+1 < k || commaBefore(s, m+1) && m+1 < k {
			break
		}
		l := s.toks[m].low
		if isVerb(s, m) || (datePrep[l] || l == "to" || l == "with" || l == "for" || l == "by") && !s.toks[m].cap || relativizers[l] {
			break
		}
		st = m
		if npOpeners[l] {
			break
		}
	}
	if st >= e {
		return ""
	}
	return words(s, st, e, skip)
}

// beFor picks "was" or "were" for a noun phrase.
func beFor(np string) string {
	f := strings.Fields(np)
	last := f[len(f)-1]
	if pluralNouns[last] || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && last != "its" && strings.ToLower(last) == last {
		return "were"
	}
	return "was"
}

var pluralNouns = wordSet("people", "police", "children", "men", "women", "staff", "crew", "feet", "teeth")

// saidWhat says who said what for a date that dates the speech verb v.
func saidWhat(s *sent, v, i, j, a, b, body int, skip map[int]bool) string {
	n := len(s.toks)
	verb := s.toks[v].raw
	if isGerund(s.toks[v]) {
		verb = "said"
	}
	// The speaker: the words before the verb back to a break or a verb
	// ("quoting her lawyer Mark Heller as saying"), else the words after it
	// ("said Sheriff's Capt. Ray Peavy").
	sp := v
	top := v - 1
	if top >= 0 && s.toks[top].low == "as" {
		top-- // "quoting her lawyer Mark Heller as saying"
	}
	for k := top; k >= a && k >= v-8; k-- {
		l := s.toks[k].low
		if hardBreak(s, k+1) || commaBefore(s, k+1) || isVerb(s, k) || isGerund(s.toks[k]) ||
			(relativizers[l] || subordinators[l] || datePrep[l] && l != "of") && (!s.toks[k].cap || k == 0) {
			break
		}
		sp = k
	}
	if sp == top+1 {
		sp = v
	}
	speaker := words(s, sp, top+1, skip)
	if sp == v && v > a && commaBefore(s, v) {
		// "Air Force Gen. Glen VanHerck, the commander of ..., told
		// reporters Monday", "..., telling NBC News on Saturday": the
		// subject of the clause.
		st := mainStart(s, body, v)
		e := st
		for e < v && e < st+8 && !commaBefore(s, e+1) && !isVerb(s, e) {
			e++
		}
		if e > st && e < v && !isVerb(s, st) {
			speaker, sp = words(s, st, e, skip), st
			if isGerund(s.toks[v]) {
				sp = v // the content is still after the verb
			}
		}
	}
	speaker = strings.TrimSuffix(strings.TrimSpace(speaker), " as")
	if speaker == "as" {
		speaker = ""
	}
	// "told a judge during a hearing Thursday morning that ...": the words
	// between the verb and the date go with the verb.
	if v < i && i-v <= 6 {
		if obj := words(s, v+1, i, skip); obj != "" {
			verb += " " + obj
		}
	}
	after := max(v+1, j)
	if speaker == "" {
		e := after
		for e < n && e < after+8 && !hardBreak(s, e) && !commaBefore(s, e) {
			e++
		}
		speaker = words(s, after, e, skip)
		after = e
	}
	// What was said: the words after the verb and the date ("said on
	// Monday that ..."), or the clause before the attribution ("..., the
	// agency announced Tuesday").
	c := after
	for c < n && (s.toks[c].low == "that" || skip[c] || datePrep[s.toks[c].low] && skip[c+1]) && c < after+3 {
		c++
	}
	// "reported that, according to a major-league source, the Red Sox
	// are ...": past the aside.
	if c < n && commaBefore(s, c) {
		for e := c + 1; e < n && e < c+10; e++ {
			if isVerb(s, e) || hardBreak(s, e) {
				break
			}
			if commaBefore(s, e) {
				c = e
				break
			}
		}
	}
	if c < n && n-c >= 3 && (!commaBefore(s, c) || c > after) && !hardBreak(s, c) {
		_, e, _ := clauseBounds(s, c, c+1)
		return joinWhat(speaker, verb, words(s, c, e, skip))
	}
	if sp > 0 && (commaBefore(s, sp) || hardBreak(s, sp)) {
		// The attribution follows its content: the main clause of the
		// sentence up to it.
		st := mainStart(s, body, sp)
		_, e, _ := clauseBounds(s, st, st+1)
		e = min(e, sp)
		if content := words(s, st, e, skip); content != "" {
			return content + ", " + strings.TrimSpace(speaker+" "+verb)
		}
	}
	return joinWhat(speaker, verb, "")
}

func joinWhat(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// dropAttribution cuts a trailing attribution (", police said", ", said
// Capt. Ray Peavy", ", according to ...") off the clause [a, b) when the
// date i is not in it.
func dropAttribution(s *sent, a, b, i int) int {
	if b != len(s.toks) {
		return b
	}
	for k := b - 1; k > i && k > a && b-k <= 9; k-- {
		if !commaBefore(s, k) && !hardBreak(s, k) {
			continue
		}
		for m := k; m < b; m++ {
			if speechVerbs[s.toks[m].low] || s.toks[m].low == "according" {
				return k
			}
		}
		return b
	}
	return b
}

// contentCount counts the words of s that are not stop words: how much a
// description says (no stemming needed to count).
func contentCount(s string) int {
	n := 0
	for _, w := range text.Words(s) {
		if len(w) >= 2 && !text.IsStop(w) {
			n++
		}
	}
	return n
}

// maxWhat bounds a happening's words.
const maxWhat = 30

// words returns the words [a, b) of s as a clause: without the date
// words (skip) and the prepositions that carry them, without
// parenthetical brackets, opening conjunctions and trailing punctuation,
// at most maxWhat words.
func words(s *sent, a, b int, skip map[int]bool) string {
	var w []string
	depth := 0
	for k := max(a, 0); k < b && k < len(s.toks); k++ {
		g := s.toks[k].gap
		depth += strings.Count(g, "(") - strings.Count(g, ")")
		if depth < 0 {
			depth = 0
		}
		if depth > 0 {
			continue
		}
		if skip[k] {
			// "part of Thursday's settlement": the settlement.
			if s.toks[k].poss && k+1 < b && k+1 < len(s.toks) && !skip[k+1] && (len(w) == 0 || !articles[strings.ToLower(w[len(w)-1])]) {
				w = append(w, "the")
			}
			continue
		}
		l := s.toks[k].low
		// The preposition that only carried the date: "on Monday",
		// "around midnight Friday", "about 3 p.m. Friday"; not the one
		// before a date's possessive ("part of Thursday's settlement").
		if datePrep[l] && (skip[k+1] && !possDate(s, k+1, skip) || k+1 < b && timeOfDay[s.toks[k+1].low] && skip[k+2]) {
			continue
		}
		// "suspended for the 2003 season for lying": "for the" carried
		// the date, and goes with it when a word of function follows it;
		// "the Nov. 30 escape" keeps its article.
		if l == "the" && skip[k+1] || (datePrep[l] || l == "for") && k+2 < len(s.toks) && s.toks[k+1].low == "the" && skip[k+2] {
			m := k + 1
			for m < len(s.toks) && m < k+maxClause && (skip[m] || s.toks[m].low == "the") {
				m++
			}
			if m >= len(s.toks) || m >= b || commaBefore(s, m) || hardBreak(s, m) || stopOrFunction(s.toks[m].low) {
				continue
			}
		}
		// "from September 2010 to January 2011": the word between the
		// ends of a period goes with them.
		if (l == "to" || l == "and" || l == "through" || l == "until") && k > 0 && skip[k-1] && k+1 < len(s.toks) && skip[k+1] {
			continue
		}
		// "early on Monday", "late in 2009": both words carry the date.
		if (l == "early" || l == "late") && k+2 < len(s.toks) && datePrep[s.toks[k+1].low] && skip[k+2] {
			continue
		}
		if timeOfDay[l] && (skip[k+1] || skip[k-1]) {
			continue
		}
		if len(w) == 0 && (l == "and" || l == "but" || l == "that" || l == "or") {
			continue
		}
		raw := s.toks[k].raw
		if (l == "a" || l == "an") && skip[k+1] {
			// "an April 2007 shooting" without its date: "a shooting".
			for m := k + 1; m < b && m < len(s.toks); m++ {
				if !skip[m] {
					raw = article(raw, s.toks[m].low)
					break
				}
			}
		}
		if len(w) > 0 && strings.Contains(g, ",") {
			w[len(w)-1] += ","
		}
		w = append(w, raw)
		if len(w) == maxWhat {
			break
		}
	}
	for len(w) > 0 {
		switch strings.ToLower(strings.TrimRight(w[len(w)-1], ",")) {
		case "and", "or", "but", "that", "as", "of", "to", "the", "a":
			w = w[:len(w)-1]
			continue
		}
		break
	}
	out := strings.Join(w, " ")
	return strings.TrimRight(out, ",;: ")
}

// possDate reports a run of date words from k that ends in a possessive
// ("Thursday's settlement").
func possDate(s *sent, k int, skip map[int]bool) bool {
	for m := k; m < len(s.toks) && m < k+maxClause && skip[m] && (m == k || strings.TrimSpace(s.toks[m].gap) == ""); m++ {
		if s.toks[m].poss {
			return true
		}
	}
	return false
}

// datePrep are the words that only carry a date ("on Monday", "in 1968",
// "by March 3") and go with it when it is left out.
var datePrep = wordSet("on", "early", "late", "since", "until", "in", "by", "from", "during", "of", "at", "around", "about",
	"between", "through", "into", "over", "till")

// article gives the indefinite article a (as written, "a" or "A") takes
// before word.
func article(a, word string) string {
	an := word != "" && strings.ContainsRune("aeiou", rune(word[0])) && !strings.HasPrefix(word, "uni") && !strings.HasPrefix(word, "one")
	switch {
	case an && a[0] == 'A':
		return "An"
	case an:
		return "an"
	case a[0] == 'A':
		return "A"
	}
	return "a"
}

// timeOfDay words go with a date ("midnight Friday") and say when, not what.
var timeOfDay = wordSet("midnight", "noon", "dawn", "dusk", "daybreak", "nightfall")
