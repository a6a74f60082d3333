package facts

import (
	"slices"
	"strings"
)

// Roles away from the name: a role noun in lower case ("prosecutor Kellie
// Hill", "Tom Arden, an off-duty customs agent,"), a role after a copula
// ("Arden was a federal agent", "Whitfield, who is the mayor of Harlow"),
// one role before several names ("coaches Eddie Jordan and Sam Mitchell")
// and "the actress" for the person named just before.

// headAt reports whether word k of s heads a role: a title, or a role
// noun written in lower case ("prosecutor", "actress"), or opening the
// sentence before a name ("Actress Jane Corrow", not "Superior Court").
func headAt(s *sent, k int) bool {
	t := s.toks[k]
	if verbAt(s, k) {
		return false
	}
	if titleHeads[t.low] {
		return true
	}
	// Capitalised, it heads a role opening the sentence, or right before
	// a given name ("Customs Agent David Wilhelm", "Court Clerk Dan
	// Fallon"; not the end of a compound: "All-Star Kevin Youkilis").
	if t.cap && !(k+1 < len(s.toks) && plainGap(s.toks[k+1].gap, t) && (sentenceOpener(s, k) && nameOpener(s.toks[k+1]) ||
		!t.poss && t.gap != "-" && givenName(s.toks[k+1].low) && nameOpener(s.toks[k+1]))) {
		return false
	}
	if k > 0 && statusPhrases[s.toks[k-1].low+" "+t.low] {
		return false
	}
	// The second word of one of WordNet's two-word role nouns ("running
	// back", "designated hitter") heads it.
	if k > 0 && !s.toks[k-1].cap && plainGap(t.gap, s.toks[k-1]) && roleCompound(s.toks[k-1].low, t.low) {
		return true
	}
	return roleNoun(t.low) > 0 && !abbrevTitle(t) && !honorifics[t.low] && !roleModifiers[t.low]
}

// nameOpener reports a word that can open a person's name and nothing
// else: capitalised, no title, organisation or place word.
func nameOpener(t tok) bool {
	return t.cap && !titleHeads[t.low] && !roleModifiers[t.low] && !orgSuffixes[t.low] && !knownOrgs[t.low] &&
		!placeWord(t) && demonyms[t.low] == "" && !isStopCap(t.low) && !honorifics[t.low]
}

// statusPhrases are a role noun's phrases that say a status, not a role
// ("free agent": a player without a contract).
var statusPhrases = wordSet("free agent")

// sentenceOpener reports the first word of s, or the first after a
// quotation mark or a dash.
func sentenceOpener(s *sent, k int) bool {
	return k == 0 || strings.ContainsAny(s.toks[k].gap, "\"“‘\n") || strings.Contains(s.toks[k].gap, "--")
}

// roleDescribers say what kind of holder someone is, not which role: they
// are left off the role ("the veteran lawyer" is a lawyer, "the former
// mayor" was the mayor).
var roleDescribers = wordSet("former", "ex", "longtime", "veteran", "fellow", "current", "new", "then", "late",
	"previous", "prior", "retired", "outgoing", "incoming", "embattled", "beleaguered", "famed", "renowned", "celebrated",
	"acclaimed", "noted", "prominent", "popular", "legendary", "controversial", "respected", "experienced",
	"young", "old", "younger", "older", "elderly", "veteran", "best", "top-ranked", "star", "leading", "well-known", "first-time",
	"frustrated", "seasoned", "disgraced", "jailed", "fired", "ousted", "sacked", "interim-turned", "onetime",
	"one-time", "erstwhile", "future", "would-be", "so-called", "self-styled", "then-", "off-duty", "on-duty",
	// ordinals say which holder, not which role ("the fifth NBA head coach
	// fired"); "first" and "second" also make roles ("first baseman").
	"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last")

// describerAt reports how many words from k describe the holder (see
// roleDescribers), a hyphenated compound ("two-time", "Ukrainian-born",
// "second-year") or a number, before a role.
func describerAt(s *sent, k int) int {
	if k >= len(s.toks) {
		return 0
	}
	t := s.toks[k]
	if t.cap && !sentenceOpener(s, k) {
		return 0
	}
	// A compound joined by hyphens: "two-time", "off-duty".
	e := k + 1
	for e < len(s.toks) && s.toks[e].gap == "-" {
		e++
	}
	if e > k+1 {
		if roleNoun(s.toks[e-1].low) > 0 && !roleDescribers[s.toks[e-1].low] || s.toks[e-1].low == "elect" {
			return 0 // "mayor-elect", "co-founder"
		}
		return e - k
	}
	if k+1 < len(s.toks) && roleCompound(t.low, s.toks[k+1].low) {
		return 0 // "third baseman"
	}
	if roleDescribers[t.low] || t.low != "" && t.low[0] >= '0' && t.low[0] <= '9' || strings.HasSuffix(t.low, "est") && len(t.low) > 5 {
		return 1
	}
	return 0
}

// modifierWord reports a word that may stand in a role before its head:
// a role word, or a lower-case noun-like word ("customs agent", "homicide
// investigator", "computer system expert").
func modifierWord(t tok) bool {
	if determiners[t.low] || roleArticles[t.low] || t.low == "of" || t.low == "for" || t.low == "and" || !t.cap && relatives[t.low] {
		return false // "Comeaux, 49, took the officers' weapons"
	}
	if roleWord(t) {
		return !honorifics[t.low]
	}
	if t.cap || len(t.low) < 3 || isStopCap(t.low) || speechVerbs[t.low] || kinNouns[t.low] || strings.HasSuffix(t.low, "ly") ||
		strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
		return false
	}
	for i := 0; i < len(t.low); i++ {
		if c := t.low[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return !copulas[t.low] && !rolePreps[t.low] && t.low != "who" && t.low != "whose"
}

// relatives open a relative clause; in lower case "who" is no WHO.
var relatives = wordSet("who", "whom", "whose", "which", "that")

// verbAt reports a word at k of s that the word before makes a verb: any
// word after a relative pronoun ("who head the two agencies"), and a noun
// that is as often a verb after "to" or a modal ("the decision to hire
// Jim Orr", "looking to trade third baseman Mike Lowe", "will coach").
// Either way it is no part of a role.
func verbAt(s *sent, k int) bool {
	if k == 0 || s.toks[k].cap || !plainGap(s.toks[k].gap, s.toks[k-1]) {
		return false
	}
	p := s.toks[k-1].low
	return (p == "who" || p == "which") && !s.toks[k-1].cap ||
		(p == "to" || p == "can" || modals[p]) && nounVerbs[s.toks[k].low]
}

// nounVerbs are role nouns and role modifiers that are as often verbs.
var nounVerbs = wordSet("hire", "trade", "head", "coach", "manage", "lead", "host", "chair", "judge", "star", "captain",
	"direct", "guard", "pilot", "referee", "umpire", "sign", "release", "draft", "name", "replace", "succeed", "face",
	"fight", "meet", "join", "acquire", "fire", "promote", "appoint", "elect", "keep", "land", "bring", "add", "counsel",
	"advise", "aid", "assist", "represent", "nurse", "produce", "edit", "report", "scout", "police", "staff", "house",
	"deputy", "minister", "marshal", "master", "officer", "usher", "page", "model", "cook", "clerk", "mentor", "interview")

// readRole reads a role phrase from word k of s: an optional determiner
// ("the", "a", "his"), words that describe the holder (left off), up to
// four modifier words, the head and the heads joined to it ("chief
// executive officer"), and what the office is of: "of", "for" or "at" and
// a capitalised name ("coach of the Harlow Hawks", "expert at UPS"). It
// returns the phrase's words [i, j), or ok false when no head comes in
// reach.
func readRole(s *sent, k int) (i, j int, ok bool) {
	n := len(s.toks)
	if k+1 < n && s.toks[k].low == "one" && s.toks[k+1].low == "of" {
		k += 2 // "one of the defense lawyers"
	}
	if k < n && (determiners[s.toks[k].low] || roleArticles[s.toks[k].low]) {
		k++
	}
	k = ownerSkip(s, k, n)
	for d := describerAt(s, k); d > 0; d = describerAt(s, k) {
		k += d
	}
	i = k
	h := -1
	for m := k; m < n && m-k <= 4; m++ {
		if m > k && !plainGap(s.toks[m].gap, s.toks[m-1]) && s.toks[m].gap != "-" {
			break
		}
		if verbAt(s, m) {
			break
		}
		if headAt(s, m) {
			h = m
			break
		}
		if m+1 < n && !s.toks[m].cap && plainGap(s.toks[m+1].gap, s.toks[m]) && roleCompound(s.toks[m].low, s.toks[m+1].low) {
			h = m + 1 // "designated hitter"
			break
		}
		// "co-" before a role noun makes a role ("his co-counsel"); a
		// team's name may hold digits ("Harlow 49ers head coach"); two
		// modifiers may be joined ("a federal immigration and customs
		// agent").
		if !modifierWord(s.toks[m]) && !joinedModifiers(s, k, m) && !(s.toks[m].low == "co" && m+1 < n && s.toks[m+1].gap == "-") && !(m > k && numberedName(s, m)) {
			break
		}
	}
	if h < 0 {
		return 0, 0, false
	}
	// A noun compound goes on to its last head ("computer system expert":
	// "computer" is also a role noun, of a rarer sense); the words between
	// are modifiers, none written like a verb of the third person.
	for x := h + 1; x < n && x <= h+3 && !s.toks[h].poss; x++ {
		t := s.toks[x]
		if t.cap || !plainGap(t.gap, s.toks[x-1]) || verbAt(s, x) || !modifierWord(t) {
			break
		}
		if headAt(s, x) && x > h+1 {
			h = x
			break
		}
		if strings.HasSuffix(t.low, "s") || headAt(s, x) {
			break
		}
	}
	j = h + 1
	if s.toks[h].poss {
		return 0, 0, false // "Sheriff's Deputy": whose, not which role
	}
	for j < n && plainGap(s.toks[j].gap, s.toks[j-1]) && (headAt(s, j) || roleCompound(s.toks[j-1].low, s.toks[j].low)) && !s.toks[j].cap {
		j++
	}
	if j < n && s.toks[j].gap == "-" && s.toks[j].low != "elect" {
		return 0, 0, false // "a head-scratcher"
	}
	if j < n && s.toks[j].cap && plainGap(s.toks[j].gap, s.toks[j-1]) {
		return 0, 0, false // a title before another person's name
	}
	// What the office is of: "of", "for" or "at", then a capitalised name.
	if j+1 < n && plainGap(s.toks[j].gap, s.toks[j-1]) && (s.toks[j].low == "of" || s.toks[j].low == "for" || s.toks[j].low == "at") && !s.toks[j].cap {
		e := j + 1
		if s.toks[e].low == "the" && e+1 < n {
			e++
		}
		c := e
		for c < n && c-e < 8 && plainGap(s.toks[c].gap, s.toks[c-1]) && (s.toks[c].cap || c > e && numberedName(s, c) || c == e && teamNumber(s.toks[c].low) ||
			c > e && (s.toks[c].low == "of" || s.toks[c].low == "and" || s.toks[c].low == "for") && c+1 < n && s.toks[c+1].cap) {
			c++
			if s.toks[c-1].poss {
				break
			}
		}
		if c > e && (s.toks[c-1].cap || numberedName(s, c-1) || c-1 == e && teamNumber(s.toks[e].low)) {
			j = c
		} else if titleHeads[s.toks[j-1].low] && s.toks[j].low != "at" {
			j = portfolioEnd(s, j)
		}
	}
	return i, j, true
}

// joinedModifiers reports an "and" at word m of s between two modifiers
// in lower case of a role read from word k ("immigration and customs
// agent"), no head read yet.
func joinedModifiers(s *sent, k, m int) bool {
	return m > k && m+1 < len(s.toks) && s.toks[m].low == "and" && !s.toks[m-1].cap && modifierWord(s.toks[m-1]) && !personNoun(s.toks[m-1].low) &&
		!s.toks[m+1].cap && modifierWord(s.toks[m+1]) && !personNoun(s.toks[m+1].low) && plainGap(s.toks[m+1].gap, s.toks[m]) &&
		describerAt(s, m+1) == 0
}

// teamNumber reports a team's name written with digits and a plural
// ("76ers", "49ers") that may stand alone after "the".
func teamNumber(w string) bool {
	b, ok := strings.CutSuffix(w, "ers")
	if !ok || b == "" {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			return false
		}
	}
	return true
}

// portfolioEnd reads what an office is of or for when news writes it in
// lower case, from the "of" or "for" at word j of s: one to three nouns,
// "and" between two of them, that end the clause ("director of player
// personnel", "senior vice president for advocacy and policy", "chief of
// staff"). A phrase with an article ("coach of the year") or a number is
// something else. It returns where the role ends: j when there is none.
func portfolioEnd(s *sent, j int) int {
	e := j + 1
	for e < len(s.toks) && e-j <= 4 && plainGap(s.toks[e].gap, s.toks[e-1]) && !s.toks[e].cap &&
		(modifierWord(s.toks[e]) && !roleDescribers[s.toks[e].low] || s.toks[e].low == "and" && e > j+1 && e+1 < len(s.toks) && modifierWord(s.toks[e+1])) {
		e++
	}
	if e == j+1 || s.toks[e-1].low == "and" || !roleEndsClause(s, e) {
		return j
	}
	return e
}

// royalTitles are titles of birth.
var royalTitles = wordSet("king", "queen", "prince", "princess")

// hiredAs are the verbs that give a role after "as" ("was hired as
// coach", "has been chosen as its chairman").
var hiredAs = wordSet("hired", "chosen", "selected", "picked", "installed", "confirmed", "retained", "reappointed", "reelected", "re-elected")

// copulas link a name to what the person is ("Arden was a federal agent").
var copulas = wordSet("is", "was", "became", "becomes", "remains", "remained")

// copulaRoles reads the roles given by a copula or a verb of naming
// after the name ending at word j (copulaRole), and a second role joined
// to the first by "and" with no article of its own ("was a scout and
// assistant coach": two jobs).
func copulaRoles(s *sent, j int) []string {
	r, e, ok := copulaRole(s, j)
	if !ok {
		return nil
	}
	out := []string{r}
	if e+1 < len(s.toks) && s.toks[e].low == "and" && strings.TrimSpace(s.toks[e].gap) == "" && !determiners[s.toks[e+1].low] {
		if a, b, ok := readRole(s, e+1); ok && a == e+1 && roleEndsClause(s, b) && !titledName(s, a, b) {
			second := srcSlice(s, s.toks[a].start, s.toks[b-1].end)
			// "was the point guard and floor leader of the Hawks": two
			// posts of one body are one phrase, as in an apposition.
			if ofBody(s, a, b) && !strings.Contains(r, " of ") && !strings.Contains(r, " for ") {
				return heldBefore(s, j, b, []string{r + srcSlice(s, s.toks[e-1].end, s.toks[b-1].end)})
			}
			out = append(out, second)
			e = b
		}
	}
	return heldBefore(s, j, e, out)
}

// heldBefore marks the roles of a copula at word j of s whose phrase ends
// before word e as former ones when the copula is past and "before" or
// "until" follows the phrase ("He was a scout and assistant coach before
// moving into management", "was a computer expert at UPS before his life
// spiralled"): the sentence says the post came to an end, as "spent seven
// seasons as" does.
func heldBefore(s *sent, j, e int, roles []string) []string {
	k := j
	if k < len(s.toks) && s.toks[k].low == "who" {
		k++
	}
	if k >= len(s.toks) || e >= len(s.toks) || s.toks[k].low != "was" && s.toks[k].low != "were" && s.toks[k].low != "had" ||
		s.toks[e].low != "before" && s.toks[e].low != "until" {
		return roles
	}
	for i, r := range roles {
		if _, former := formerRole(r); !former {
			roles[i] = "former " + r
		}
	}
	return roles
}

// ofBody reports a role phrase [a, b) of s that ends with the body it is
// of, for or at ("floor leader of the Hawks").
func ofBody(s *sent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := s.toks[k].low; (w == "of" || w == "for" || w == "at") && !s.toks[k].cap {
			return true
		}
	}
	return false
}

// copulaRole reads the role given by a copula or a verb of naming after
// the name ending at word j: "is the chief executive of Brightwater",
// ", who was a federal agent,", "was named coach of the Hawks", "serves as
// mayor", and the word after it. ok is false when there is none.
func copulaRole(s *sent, j int) (string, int, bool) {
	n := len(s.toks)
	k := j
	if k < n && strings.TrimSpace(s.toks[k].gap) == "," && s.toks[k].low == "who" {
		k++
	} else if k < n && strings.TrimSpace(s.toks[k].gap) == "," && k >= 2 && ageThenComma(s, k-1) == k {
		// "Nichols, 37, was a computer expert": the age between.
	} else if k < n && strings.TrimSpace(s.toks[k].gap) != "" {
		return "", 0, false
	}
	if k+1 < n && (s.toks[k].low == "has" || s.toks[k].low == "had") && s.toks[k+1].low == "been" {
		k += 2
	} else if k+1 < n && (s.toks[k].low == "will" || s.toks[k].low == "would") && (s.toks[k+1].low == "be" || s.toks[k+1].low == "become") {
		k += 2 // "Vance will be the fifth Hawks coach"
	} else if k < n && copulas[s.toks[k].low] {
		k++
	} else if k+1 < n && (s.toks[k].low == "serves" || s.toks[k].low == "served" || s.toks[k].low == "works" || s.toks[k].low == "worked") && s.toks[k+1].low == "as" {
		k += 2
	} else {
		return "", 0, false
	}
	if k+1 < n && (s.toks[k].low == "named" || s.toks[k].low == "appointed" || s.toks[k].low == "elected") {
		k++
		if k < n && s.toks[k].low == "as" {
			k++
		}
	} else if k+2 < n && hiredAs[s.toks[k].low] && s.toks[k+1].low == "as" {
		k += 2 // "has been hired as the 21st head coach of the Hawks"
	} else if k < n && !determiners[s.toks[k].low] && !roleDescribers[s.toks[k].low] && s.toks[k].low != "now" && s.toks[k].low != "also" &&
		!bareTitle(s, k) && !(k+1 < n && s.toks[k].low == "one" && s.toks[k+1].low == "of") {
		return "", 0, false // "Whitfield was Harlow's mayor" is not read; "was fired" is no role
	}
	if k < n && (s.toks[k].low == "now" || s.toks[k].low == "also") {
		k++
	}
	// Only "a", "an", "the" or nothing: "was his lawyer" says a relation.
	if k < n && determiners[s.toks[k].low] && s.toks[k].low != "the" && s.toks[k].low != "a" && s.toks[k].low != "an" {
		return "", 0, false
	}
	a, e, ok := readRole(s, k)
	if !ok || e <= a {
		return "", 0, false
	}
	// "was a pop bubblegum princess": a title of birth after "a" says
	// what someone is like, not an office.
	if (s.toks[k].low == "a" || s.toks[k].low == "an") && royalTitles[s.toks[e-1].low] {
		return "", 0, false
	}
	if !roleEndsClause(s, e) {
		return "", 0, false
	}
	return srcSlice(s, s.toks[a].start, s.toks[e-1].end), e, true
}

// bareTitle reports a title of office at word k of s written after a
// copula without an article ("Vance was CEO of Brightwater", "is mayor"):
// news drops the article before a post one person holds. A head that is
// as often an adjective or a noun of something else ("general", "chief",
// "head", "major") counts only before "of" or "for" and a name ("was head
// of the Harlow Port Authority") or another title ("was general
// manager", "is head coach").
func bareTitle(s *sent, k int) bool {
	t := s.toks[k]
	if !titleHeads[t.low] || abbrevTitle(t) || royalTitles[t.low] {
		return false
	}
	if bareAmbiguous[t.low] {
		if k+1 < len(s.toks) && titleHeads[s.toks[k+1].low] && !bareAmbiguous[s.toks[k+1].low] && plainGap(s.toks[k+1].gap, t) {
			return true // "was general manager", "is head coach"
		}
		return k+2 < len(s.toks) && (s.toks[k+1].low == "of" || s.toks[k+1].low == "for") && !s.toks[k+1].cap &&
			(s.toks[k+2].cap || s.toks[k+2].low == "the" && k+3 < len(s.toks) && s.toks[k+3].cap)
	}
	return true
}

// bareAmbiguous are title heads that, without an article, are as often
// something else ("was general practice", "is chief among them").
var bareAmbiguous = wordSet("general", "chief", "head", "major", "master", "executive", "officer", "justice", "owner",
	"speaker", "chair", "counsel", "leader", "counterpart", "forward", "reporter", "gm")

// roleEndsClause reports a role phrase ending before word e of s that ends
// its clause: a verb or "who" after it would make the noun a part of
// something else ("was the first coach fired"), and so would a noun ("as a
// general accountant").
func roleEndsClause(s *sent, e int) bool {
	return e >= len(s.toks) || strings.TrimSpace(s.toks[e].gap) != "" || rolePreps[s.toks[e].low] || s.toks[e].low == "and" || s.toks[e].low == "who" ||
		s.toks[e].low == "since" || s.toks[e].low == "until" || s.toks[e].low == "before" || s.toks[e].low == "when" ||
		// "the fifth coach fired this season", "the first coach to be fired"
		strings.HasSuffix(s.toks[e].low, "ed") || s.toks[e].low == "to" ||
		// "fired as head coach of the Hawks following a 9-14 start"
		ingPreps[s.toks[e].low]
}

// ingPreps are participles news uses as prepositions; one ends the clause
// of a role before it.
var ingPreps = wordSet("following", "during", "including", "starting", "beginning", "pending", "amid")

// pluralRoles gives a role in the plural before a list of names to every
// name of the list: "coaches Eddie Jordan and Sam Mitchell", "Coaches
// Peter Hale, Sam Orton and Ida Venn". The mentions are in text order.
func (nf *nameFinder) pluralRoles() {
	for k := 0; k+1 < len(nf.ms); k++ {
		m := nf.ms[k]
		if m.kind != kindPerson || len(m.roles) == 0 || m.ti == 0 {
			continue
		}
		s := &nf.sents[m.sent]
		if !pluralRole(s.toks[m.ti-1].low) {
			continue
		}
		role := m.roles[0]
		nf.giveList(k, role)
	}
	// "Tom Korkas and Paul Saris, both police officers,": the names
	// listed before "both" or "all" and a plural role.
	for k := 0; k < len(nf.ms); k++ {
		m := nf.ms[k]
		s := &nf.sents[m.sent]
		if m.kind != kindPerson || k == 0 || m.tj+1 >= len(s.toks) || strings.TrimSpace(s.toks[m.tj].gap) != "," ||
			s.toks[m.tj].low != "both" && s.toks[m.tj].low != "all" {
			continue
		}
		a, e, ok := readRole(s, m.tj+1)
		if !ok || !pluralRole(s.toks[e-1].low) || !roleEndsClause(s, e) || titledName(s, a, e) {
			continue
		}
		role := srcSlice(s, s.toks[a].start, s.toks[e-1].end)
		n := k
		for n > 0 && nf.ms[n-1].sent == m.sent && nf.ms[n-1].kind == kindPerson && listGap(s, nf.ms[n-1].tj, nf.ms[n].ti) {
			n--
		}
		for x := n; x <= k && n < k; x++ {
			nf.ms[x].roles = append(nf.ms[x].roles, role)
		}
	}
	// "players, like Sam Dale and Willie Greer", "experts such as Dr Ida
	// Kern": a plural role, then the names it stands for.
	for k := 0; k < len(nf.ms); k++ {
		m := nf.ms[k]
		if m.kind != kindPerson || len(m.roles) > 0 {
			continue
		}
		if role := pluralBeforeLike(&nf.sents[m.sent], m.ti); role != "" {
			nf.ms[k].roles = append(nf.ms[k].roles, role)
			nf.giveList(k, role)
		}
	}
}

// giveList gives role to the people named in a list after mention k.
func (nf *nameFinder) giveList(k int, role string) {
	m := nf.ms[k]
	s := &nf.sents[m.sent]
	for n := k + 1; n < len(nf.ms); n++ {
		x := &nf.ms[n]
		if x.sent != m.sent || x.kind != kindPerson || len(x.roles) > 0 || !listGap(s, nf.ms[n-1].tj, x.ti) {
			break
		}
		x.roles = append(x.roles, role)
	}
}

// pluralBeforeLike returns the plural role that ", like", "including" or
// "such as" before word i of s follows ("the younger players, like",
// "earthquake experts such as"), with the role words before it that are
// no describers, or "".
func pluralBeforeLike(s *sent, i int) string {
	k := i - 1
	for k >= 0 && honorifics[s.toks[k].low] {
		k-- // "such as Dr Ida Kern"
	}
	if k < 1 || strings.TrimSpace(s.toks[k+1].gap) != "" {
		return ""
	}
	switch {
	case s.toks[k].low == "like" && strings.TrimSpace(s.toks[k].gap) == ",", s.toks[k].low == "including":
		// "starlets like Lindsay Lohan" without the comma compares: those
		// like her, not her.
	case s.toks[k].low == "as" && k > 1 && s.toks[k-1].low == "such" && strings.TrimSpace(s.toks[k].gap) == "":
		k--
	default:
		return ""
	}
	h := k - 1
	if g := strings.TrimSpace(s.toks[k].gap); g != "" && g != "," || s.toks[h].cap || !pluralRole(s.toks[h].low) || roleNoun(s.toks[h].low) != 1 {
		return ""
	}
	a := h
	for a > 0 && h-a < 3 && !s.toks[a-1].cap && plainGap(s.toks[a].gap, s.toks[a-1]) && describerAt(s, a-1) == 0 &&
		(modifierWord(s.toks[a-1]) || roleCompound(s.toks[a-1].low, s.toks[a].low)) {
		a--
	}
	return srcSlice(s, s.toks[a].start, s.toks[h].end)
}

// listGap reports words [i, j) of s that join two items of a list: a
// comma, "and" or "or".
func listGap(s *sent, i, j int) bool {
	// "head coaches John Lucas (1994-96), Johnny Davis (1996-97), and
	// Larry Brown": a bracket of a few words after an item.
	if g := strings.TrimSpace(s.toks[min(i, len(s.toks)-1)].gap); i < j && (g == "(" || g == "($" || g == "(£" || g == "(€") {
		b := i + 1
		for b <= j && b-i <= 8 && !strings.Contains(s.toks[b].gap, ")") {
			b++
		}
		if b > j || b-i > 8 {
			return false
		}
		g := s.toks[b].gap
		rest := strings.TrimSpace(g[strings.Index(g, ")")+1:])
		if b == j {
			return rest == ","
		}
		return j-b == 1 && (s.toks[b].low == "and" || s.toks[b].low == "or") && (rest == "," || rest == "") &&
			strings.TrimSpace(s.toks[j].gap) == ""
	}
	if j <= i {
		return j == i && i < len(s.toks) && strings.TrimSpace(s.toks[i].gap) == ","
	}
	if j-i > 1 || s.toks[i].low != "and" && s.toks[i].low != "or" {
		return false
	}
	g := strings.TrimSpace(s.toks[j].gap)
	return g == "" && (strings.TrimSpace(s.toks[i].gap) == "" || strings.TrimSpace(s.toks[i].gap) == ",")
}

// definiteRoles gives a role written "the actress", "the frustrated
// prosecutor" as a clause's subject (the sentence's first words, or after
// a comma and a conjunction) to the person named just before it in that
// sentence as a clause's subject: news names a person, then calls them by
// their role. Not from the sentence before: there a story of two people
// turns to the other ("Rahman got up ... The champion finished the job"
// is his opponent). The noun's
// first sense must be a role, in the singular, with no name, "of" or
// "for" after it (those name someone else or an office), and a gendered
// noun ("actress", "spokesman") must not contradict the given name.
func (nf *nameFinder) definiteRoles() {
	last, p := -1, -1 // the last mention, and the last person's, before the word read
	gender := nf.personGenders()
	for si := range nf.sents {
		s := &nf.sents[si]
		for k := 0; k+1 < len(s.toks); k++ {
			for last+1 < len(nf.ms) && (nf.ms[last+1].sent < si || nf.ms[last+1].sent == si && nf.ms[last+1].tj <= k) {
				last++
				if nf.ms[last].kind == kindPerson {
					p = last
				}
			}
			if s.toks[k].low != "the" || k > 0 && strings.TrimSpace(s.toks[k].gap) != "," && !clauseJoin(s, k-1) {
				continue
			}
			h := k + 1
			for d := describerAt(s, h); d > 0; d = describerAt(s, h) {
				h += d
			}
			// A work or a body named before the noun is part of the role
			// ("The Harlow Pie actress", "the Hawks coach").
			c := h
			for h < len(s.toks) && h-c < 3 && s.toks[h].cap && !s.toks[h].poss && !commonGivenName(s.toks[h].low) &&
				(h == c || plainGap(s.toks[h].gap, s.toks[h-1])) {
				h++
			}
			if h > c && (h >= len(s.toks) || !plainGap(s.toks[h].gap, s.toks[h-1])) {
				continue
			}
			if h >= len(s.toks) || s.toks[h].cap || roleNounTable()[s.toks[h].low] != 1 || titleHeads[s.toks[h].low] && abbrevTitles[s.toks[h].low] {
				continue
			}
			if s.toks[h].poss || possessor(s, h) {
				continue // "the sheriff's department"
			}
			if h+1 < len(s.toks) {
				n := s.toks[h+1]
				if n.cap || n.low == "of" || n.low == "for" || n.low == "at" || n.gap == "-" || strings.TrimSpace(n.gap) == "," ||
					strings.TrimSpace(n.gap) == "" && roleNoun(n.low) > 0 {
					continue
				}
			}
			// The person is named in this sentence or the one before, as a
			// clause's subject, and "the" does not open an apposition after
			// the name ("Rahman, the champion").
			// From the sentence before only when the noun's sex is the
			// one the person's given name tells and that sentence names
			// no one else ("Tara Reid checked in. The actress ...").
			g := genderWords[s.toks[h].low]
			if p < 0 || nf.ms[p].sent < si && !(nf.ms[p].sent == si-1 && g != "" && gender[nf.ms[p].key] == g && nf.alone(p)) ||
				!nf.subject(nf.ms[p]) || nf.ms[p].tj == k {
				continue
			}
			if g != "" && gender[nf.ms[p].key] != "" && gender[nf.ms[p].key] != g {
				continue
			}
			nf.ms[p].roles = append(nf.ms[p].roles, srcSlice(s, s.toks[c].start, s.toks[h].end))
		}
	}
}

// genderedRoleBefore returns the role noun of one sex right before a
// surname written alone at word i of s after "the" and words that describe
// the holder ("the actress Reid", "the veteran spokeswoman Ames"), or "".
// Only a noun that tells the sex may stand so: the sex must be the one the
// person's given name tells, where "the court reporter Nichols murdered"
// names someone else.
func genderedRoleBefore(s *sent, i int) string {
	if i < 2 {
		return ""
	}
	h := s.toks[i-1]
	if h.cap || h.poss || genderWords[h.low] == "" || roleNoun(h.low) == 0 || !plainGap(s.toks[i].gap, h) {
		return ""
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- { // a few words back: the cost stays linear
		if s.toks[k].low != "the" {
			continue
		}
		d := k + 1
		for x := describerAt(s, d); x > 0 && d+x <= i-1; x = describerAt(s, d) {
			d += x
		}
		if d == i-1 {
			return srcSlice(s, h.start, h.end)
		}
	}
	return ""
}

// alone reports that the sentence of person mention p names no other
// person than p's before p.
func (nf *nameFinder) alone(p int) bool {
	for x := p - 1; x >= 0 && nf.ms[x].sent == nf.ms[p].sent; x-- {
		if nf.ms[x].kind == kindPerson && nf.ms[x].key != nf.ms[p].key {
			return false
		}
	}
	return true
}

// asRoles gives the role after "as" in the clause of a person named as
// its subject: "Mo Vance spent 11 seasons as a player with the Hawks",
// "Vance's reign as WBO champion". The words between the name and "as"
// hold no other name, no comma and nothing that opens another clause;
// "as" is no comparison ("as well as", "such as", "as good as") and no
// description ("known as", "described as"): only a role noun whose first
// sense is a role, or a title, heads the role.
func (nf *nameFinder) asRoles() {
	place := nf.placeAt()
	for x := range nf.ms {
		m := &nf.ms[x]
		if m.kind != kindPerson {
			continue
		}
		s := &nf.sents[m.sent]
		poss := s.toks[m.tj-1].poss
		if !poss && !nf.subject(*m) {
			continue
		}
		end := m.tj + 12
		pred := -1 // whom the subject succeeds ("succeeded Ian Ross as president", "will replace Ian Ross as")
		v := m.tj
		if v+1 < len(s.toks) && (modals[s.toks[v].low] || s.toks[v].low == "to") && strings.TrimSpace(s.toks[v].gap) == "" {
			v++
		}
		for y := x + 1; y < len(nf.ms) && nf.ms[y].sent == m.sent && nf.ms[y].ti < end; y++ {
			if my := nf.ms[y]; pred < 0 && !poss && my.kind == kindPerson && my.ti == v+1 && successionVerbs[s.toks[v].low] &&
				strings.TrimSpace(s.toks[v].gap) == "" && !s.toks[my.tj-1].poss {
				pred = y
				continue
			}
			if nf.ms[y].kind == kindPerson || nf.ms[y].kind != kindPlace && !placeWord(s.toks[nf.ms[y].ti]) {
				end = nf.ms[y].ti // no other name between, but a place may be
				break
			}
		}
		passable := func(k int) bool {
			return place(m.sent, k) || pred >= 0 && nf.ms[pred].ti <= k && k < nf.ms[pred].tj
		}
		if r, ok := asRoleAfter(s, m.tj, end, poss, passable); ok {
			m.roles = append(m.roles, r)
			if pred >= 0 {
				if _, former := formerRole(r); !former && !stopgap(r) {
					nf.ms[pred].roles = append(nf.ms[pred].roles, "former "+r)
				}
			}
		}
	}
}

// asRoleAfter reads the role after "as" in the clause of a subject that
// ends before word j of s, looking no further than word end (see
// asRoles); poss marks a subject written as someone's ("Vance's reign as
// WBO champion"). A relative clause about the subject may hold it
// (", who was fired March 2 as head coach of the Hawks,"), and so may a
// span of time before "as" ("after four seasons as coach of the Hawks").
//
// A post the clause says was held for a span in the past or was lost
// ("spent seven seasons as", "after four seasons as", "was fired March 2
// as") comes back as "former ...": held before, as news means it.
func asRoleAfter(s *sent, j, end int, poss bool, place func(k int) bool) (string, bool) {
	past := false
	for k := j; k < end && k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if k == j && !poss && t.low == "who" && strings.TrimSpace(t.gap) == "," {
			continue
		}
		if pastAs[t.low] || (t.low == "after" || t.low == "before") && spanThenAs(s, k) {
			past = true
		}
		if k > j && strings.TrimSpace(t.gap) != "" && t.gap != "-" || t.cap && k > j && !dateWord(t) && !((placeWord(t) || place(k)) && k > 0 && (locPreps[s.toks[k-1].low] || successionVerbs[s.toks[k-1].low] || s.toks[k-1].cap)) ||
			asStops[t.low] && !spanThenAs(s, k) || notAsRole[t.low] || poss && k-j >= 3 || poss && t.low == "as" && k == j {
			break
		}
		// "Vance hired his brother as coach": the role is the object's.
		if (hiredAs[t.low] || appointVerbs[t.low]) && !(k > j && (copulas[s.toks[k-1].low] || s.toks[k-1].low == "been" || s.toks[k-1].low == "be" || s.toks[k-1].low == "were")) {
			break
		}
		if t.low != "as" {
			continue
		}
		if k+1 >= len(s.toks) || strings.TrimSpace(s.toks[k+1].gap) != "" {
			break
		}
		a, e, ok := readRole(s, k+1)
		if !ok || e <= a {
			break
		}
		h := a // the head, before what the office is of
		for h+1 < e && s.toks[h+1].low != "of" && s.toks[h+1].low != "for" && s.toks[h+1].low != "at" {
			h++
		}
		if roleNounTable()[s.toks[h].low] != 1 && !titleHeads[s.toks[h].low] || !roleEndsClause(s, e) {
			break
		}
		// "as good as", "as the coach who": a comparison or a clause
		if e < len(s.toks) && (s.toks[e].low == "as" || s.toks[e].low == "who" || s.toks[e].low == "that") {
			break
		}
		r := srcSlice(s, s.toks[a].start, s.toks[e-1].end)
		if past && !pastWords[s.toks[a].low] {
			r = "former " + r
		}
		return r, true
	}
	return "", false
}

// stopgap reports a post held for the time being ("interim head coach",
// "acting director"): whom its holder replaces held another.
func stopgap(r string) bool {
	w, _, _ := strings.Cut(strings.ToLower(r), " ")
	return w == "interim" || w == "acting" || w == "caretaker"
}

// pastAs are the verbs before "as" that say the post was held before or
// lost ("spent seven seasons as", "was fired as").
var pastAs = wordSet("spent", "served", "worked", "coached", "played", "fired", "dismissed", "ousted", "sacked", "relieved",
	"resigned", "retired", "stepped", "left", "quit")

// dateWord reports a month's or a weekday's name, which a clause may hold
// before "as" ("was fired March 2 as coach").
func dateWord(t tok) bool {
	_, m := months[t.low]
	_, w := weekdays[t.low]
	return (m || w) && len(t.low) > 3
}

// servingAs are the participles that hold a post ("while working as").
var servingAs = wordSet("working", "serving", "acting")

// spanUnits are the units of a span of time a post is held for.
var spanUnits = wordSet("year", "years", "season", "seasons", "month", "months", "decade", "decades", "term", "terms", "stint", "stints")

// spanThenAs reports "after" or "before" at word k of s that opens a span
// of time held in a post, then "as": "after nearly four seasons as coach"
// says what the subject was, not what another clause's subject did.
func spanThenAs(s *sent, k int) bool {
	w := s.toks[k].low
	// "while working as a patrol officer", "after serving as mayor": a
	// participle's subject is the clause's.
	if (w == "after" || w == "before" || w == "while" || w == "when") && k+2 < len(s.toks) && servingAs[s.toks[k+1].low] &&
		s.toks[k+2].low == "as" && strings.TrimSpace(s.toks[k+1].gap) == "" && strings.TrimSpace(s.toks[k+2].gap) == "" {
		return true
	}
	if w != "after" && w != "before" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
		t := s.toks[m]
		if t.cap || strings.TrimSpace(t.gap) != "" && t.gap != "-" {
			return false
		}
		if spanUnits[t.low] {
			return m+1 < len(s.toks) && s.toks[m+1].low == "as" && strings.TrimSpace(s.toks[m+1].gap) == ""
		}
	}
	return false
}

// pronounRoles gives the role that a sentence opening with "He" or "She"
// states by a copula or after "as" ("He was a scout and assistant coach",
// "She spent four years as mayor of Harlow") to the person the sentence
// before opens with as its subject, when that sentence names no one else
// and the pronoun's sex is not the other one the given name tells: news
// tells a career in sentences that go on with the same subject.
func (nf *nameFinder) pronounRoles() {
	place := nf.placeAt()
	gender := nf.personGenders()
	// The sentences' first mentions, by sentence.
	firstOf := make(map[int]int, len(nf.ms))
	for x := len(nf.ms) - 1; x >= 0; x-- {
		firstOf[nf.ms[x].sent] = x
	}
	for si := 1; si < len(nf.sents); si++ {
		s := &nf.sents[si]
		if len(s.toks) < 3 || !s.toks[0].cap || !personPronouns[s.toks[0].low] {
			continue
		}
		p, ok := firstOf[si-1]
		if !ok || nf.ms[p].kind != kindPerson || nf.ms[p].ti != 0 {
			continue
		}
		alone := true
		for x := p + 1; x < len(nf.ms) && nf.ms[x].sent == si-1; x++ {
			if nf.ms[x].kind == kindPerson && nf.ms[x].key != nf.ms[p].key {
				alone = false
			}
		}
		g := "m"
		if s.toks[0].low == "she" {
			g = "f"
		}
		if !alone || gender[nf.ms[p].key] != "" && gender[nf.ms[p].key] != g {
			continue
		}
		end := 13
		if q, ok := firstOf[si]; ok && nf.ms[q].ti < end {
			end = nf.ms[q].ti // no other name between
		}
		roles := copulaRoles(s, 1)
		if r, ok := asRoleAfter(s, 1, end, false, func(k int) bool { return place(si, k) }); ok {
			roles = append(roles, r)
		}
		nf.ms[p].roles = append(nf.ms[p].roles, roles...)
	}
}

// earlierFullRoles gives a person named with a one-word title ("Judge
// Philip Hickok") the fuller role of that title that opens the sentence
// before without a name ("A Norwalk Superior Court judge on Thursday
// upheld ..."): news states the post in full, then names its holder by
// the short title. The phrase opens the sentence before, its subject (a
// name later in that sentence is someone else: "A judge sentenced Jose
// Orozco"); its head is the title.
func (nf *nameFinder) earlierFullRoles() {
	for x := range nf.ms {
		m := &nf.ms[x]
		if m.kind != kindPerson || m.sent == 0 || len(m.roles) == 0 || m.ti == 0 {
			continue
		}
		s := &nf.sents[m.sent-1]
		if len(s.toks) < 3 || !roleArticles[s.toks[0].low] || s.toks[0].low == "another" {
			continue
		}
		a, e, ok := readRole(s, 0)
		if !ok || e-a < 2 || e < len(s.toks) && s.toks[e].poss {
			a, e, ok = titleThroughOwner(s)
			if !ok {
				continue
			}
		}
		head := s.toks[e-1].low
		for _, r := range m.roles {
			if !strings.Contains(r, " ") && strings.ToLower(r) == head {
				m.roles = append(m.roles, srcSlice(s, s.toks[a].start, s.toks[e-1].end))
				break
			}
		}
	}
}

// titleThroughOwner reads the role that opens s after its article when a
// title's possessive stands in it ("A Los Angeles County sheriff's deputy
// was shot", "A 35-year-old sheriff's deputy"), which readRole takes for
// whose the role is: the words up to the first head after the possessive,
// each one a role's modifier, no more than six. It returns [a, e) and ok.
func titleThroughOwner(s *sent) (a, e int, ok bool) {
	k := 1
	for d := describerAt(s, k); d > 0; d = describerAt(s, k) {
		k += d
	}
	owner := false
	for m := k; m < len(s.toks) && m-k < 6; m++ {
		t := s.toks[m]
		if m > k && !plainGap(t.gap, s.toks[m-1]) || verbAt(s, m) {
			return 0, 0, false
		}
		if owner && !t.poss && (headAt(s, m) || roleNoun(t.low) > 0) {
			if m+1 < len(s.toks) && s.toks[m+1].cap && plainGap(s.toks[m+1].gap, t) {
				return 0, 0, false // a title before a name
			}
			return k, m + 1, m > k
		}
		if t.poss && titleHeads[t.low] {
			owner = true
			continue
		}
		if !modifierWord(t) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// placeAt reports, by sentence and word, the words a place's mention holds
// (a city the gazetteer lacks, read as a place after "in"), made once
// for all the sentences.
func (nf *nameFinder) placeAt() func(si, k int) bool {
	at := map[[2]int]bool{}
	for _, m := range nf.ms {
		if m.kind == kindPlace {
			for k := m.ti; k < m.tj; k++ {
				at[[2]int{m.sent, k}] = true
			}
		}
	}
	return func(si, k int) bool { return at[[2]int{si, k}] }
}

// successionVerbs take the holder before in a post as their object, the
// post after "as": "Tom Hoyle succeeded Ian Ross as president" gives Hoyle
// the post, and Ross the post before.
var successionVerbs = wordSet("succeeded", "succeeds", "succeed", "succeeding", "replaced", "replaces", "replace", "replacing")

// asStops end the clause of a subject before an "as" that gives its role.
var asStops = wordSet("who", "which", "that", "when", "after", "before", "because", "while", "if", "since", "said", "says",
	"but", "or", "and", "he", "she", "they", "him", "them", "its", "it")

// appointVerbs give a role to their object after "as" ("named Vance as
// coach"), but to the subject after "was".
var appointVerbs = wordSet("named", "appointed", "elected", "tapped", "chose", "choose", "picked", "made", "nominated",
	"designated", "hire", "hires", "name", "names", "appoint", "appoints", "keep", "kept", "keeps", "want", "wants", "wanted",
	"see", "sees", "saw")

// notAsRole are words before "as" that make it no role: comparisons and
// descriptions ("such as", "as well as", "known as", "described as").
var notAsRole = wordSet("such", "well", "known", "regarded", "seen", "described", "viewed", "considered", "identified",
	"listed", "same", "much", "many", "long", "soon", "far", "just", "so", "dressed", "disguised", "posing", "posed",
	"masquerading", "portrayed", "cast", "played", "plays", "playing", "billed", "branded", "labelled", "labeled", "hailed",
	"treated", "classified", "charged", "tried", "sentenced", "remembered", "referred", "think", "thought")

// personGenders gives the sex the given names tell of the people named in
// full ("Tara Reid": "f"), by key; "" when unknown or when two names
// disagree.
func (nf *nameFinder) personGenders() map[string]string {
	out := map[string]string{}
	for _, m := range nf.ms {
		if m.kind != kindPerson {
			continue
		}
		if w := strings.Fields(m.name); len(w) > 1 {
			g := givenNameGender(w[0])
			if x, ok := out[m.key]; ok && x != g {
				g = ""
			}
			out[m.key] = g
		}
	}
	return out
}

// subject reports a mention that opens its sentence or a clause (after a
// comma, one word such as "When", or a word that opens a subordinate
// clause: "that Lohan had checked in"), not written as someone's: where
// news puts the person a later "the actress" stands for.
func (nf *nameFinder) subject(m ment) bool {
	s := &nf.sents[m.sent]
	if m.tj <= len(s.toks) && possessor(s, m.tj-1) {
		return false
	}
	return m.ti == 0 || m.titleOpens || strings.TrimSpace(s.toks[m.ti].gap) == "," || m.ti == 1 && isStopCap(s.toks[0].low) ||
		(subordinators[s.toks[m.ti-1].low] || s.toks[m.ti-1].low == "that") && strings.TrimSpace(s.toks[m.ti].gap) == ""
}

// clauseJoin reports a conjunction at word k of s after a comma (", but
// the starlet left"): a clause opens after it.
func clauseJoin(s *sent, k int) bool {
	w := s.toks[k].low
	return (w == "but" || w == "and" || w == "yet" || w == "so") && strings.TrimSpace(s.toks[k].gap) == ","
}

// roleFrom reports a role phrase that opens at word i of s (readRole) with
// no describing word before its head.
func roleFrom(s *sent, i int) bool {
	a, _, ok := readRole(s, i)
	return ok && a == i
}

// surnameRoles reads the roles after a surname written alone that ends
// before word n1 of s (rolesAfter), unless a capitalised word opens what
// follows its comma: "Anger, Stirling and the District Attorney's office"
// is a list of names.
func surnameRoles(s *sent, n1 int) []string {
	if n1 < len(s.toks) && strings.TrimSpace(s.toks[n1].gap) == "," && s.toks[n1].cap && !determiners[s.toks[n1].low] {
		return nil
	}
	return rolesAfter(s, n1)
}

// secondOwn reports an apposition from word k of s whose part after "and"
// opens with its own article ("the interior secretary and the commerce
// secretary"), not one holder's two roles ("a lawyer and former judge").
func secondOwn(s *sent, k int) bool {
	for m := k + 1; m+1 < len(s.toks) && strings.TrimSpace(s.toks[m].gap) == ""; m++ {
		if s.toks[m].low == "and" {
			w := s.toks[m+1].low
			return w == "the" || w == "a" || w == "an"
		}
	}
	return false
}

// respectiveRoles gives the parts of an apposition after two names joined
// by "and" to each name in turn: "Ken Salazar and Gary Locke, the interior
// secretary and the commerce secretary," makes Salazar the interior
// secretary, not Locke both, when each part has its own article. The mentions are in text order.
func (nf *nameFinder) respectiveRoles() {
	for k := 0; k+1 < len(nf.ms); k++ {
		a, b := &nf.ms[k], &nf.ms[k+1]
		if a.kind != kindPerson || b.kind != kindPerson || a.sent != b.sent || b.ti != a.tj+1 || b.key == a.key {
			continue
		}
		s := &nf.sents[a.sent]
		if s.toks[a.tj].low != "and" || strings.TrimSpace(s.toks[a.tj].gap) != "" {
			continue
		}
		parts := rolesAfter(s, b.tj)
		if len(parts) != 2 || b.tj >= len(s.toks) || strings.TrimSpace(s.toks[b.tj].gap) != "," {
			continue
		}
		if !slices.Contains(b.roles, parts[0]) || !slices.Contains(b.roles, parts[1]) || !secondOwn(s, b.tj) {
			continue
		}
		b.roles = slices.DeleteFunc(b.roles, func(r string) bool { return r == parts[0] })
		a.roles = append(a.roles, parts[0])
	}
}

// loneDescriptions gives a role of one sex written as a definite
// description ("the actress", "the troubled starlet", "the spokeswoman")
// anywhere in the article to the one person of that sex named before it:
// news names a person, then calls them by what they are, and the sex the
// noun tells and the given name tells is what lets a reader know whom it
// stands for. Not when another person named before it may be of that sex
// (a given name of no known sex), when an indefinite "an actress" before
// it brought in an unnamed holder of the same noun, when someone else holds a role of that noun ("Spokeswoman Ann
// Orr" makes "the spokeswoman" hers), when a name or "of"/"for" follows it
// (a title before a name, an office of someone else), or in apposition
// right after a name (the apposition rules read those). "actor" and the
// nouns in "-man" tell no sex here: news says them of women too. A noun of no sex
// ("the judge") is left alone: in a story whose one named person is the
// defendant, the judge is someone unnamed.
func (nf *nameFinder) loneDescriptions() {
	gender := nf.personGenders()
	heldBy := map[string]map[string]bool{} // role noun -> who holds a role of it
	for _, m := range nf.ms {
		if m.kind != kindPerson {
			continue
		}
		for _, r := range m.roles {
			f := strings.Fields(strings.ToLower(r))
			if len(f) == 0 {
				continue
			}
			h := strings.Trim(f[len(f)-1], ".,'’")
			if heldBy[h] == nil {
				heldBy[h] = map[string]bool{}
			}
			heldBy[h][m.key] = true
		}
	}
	ends := map[[2]int]bool{} // where a person's name ends: sentence, word
	for _, m := range nf.ms {
		if m.kind == kindPerson {
			ends[[2]int{m.sent, m.tj}] = true
		}
	}
	introduced := map[string]bool{} // nouns an indefinite brought in
	named := map[string]bool{}      // the people named so far
	// For each sex, how many people named so far may be of it (their
	// given name tells it, or tells none), and the last of them: counted
	// as the mentions are passed, so that each description costs the same.
	mayBe := map[string]int{}
	lastOf := map[string]string{}
	first := map[string]int{} // a person's first mention
	next := 0
	for si := range nf.sents {
		s := &nf.sents[si]
		for k := 0; k+1 < len(s.toks); k++ {
			for next < len(nf.ms) && (nf.ms[next].sent < si || nf.ms[next].sent == si && nf.ms[next].tj <= k) {
				if m := nf.ms[next]; m.kind == kindPerson && !named[m.key] {
					named[m.key] = true
					first[m.key] = next
					for _, g := range []string{"m", "f"} {
						if gender[m.key] == g || gender[m.key] == "" {
							mayBe[g]++
							lastOf[g] = m.key
						}
					}
				}
				next++
			}
			w := s.toks[k].low
			if s.toks[k].cap && k > 0 && !sentenceOpener(s, k) || w != "the" && w != "a" && w != "an" {
				continue
			}
			h := k + 1
			former := false
			for d := describerAt(s, h); d > 0; d = describerAt(s, h) {
				former = former || s.toks[h].low == "former" || s.toks[h].low == "ex"
				h += d
			}
			c := h
			// A work or a body named before the noun ("the Harlow Pie
			// actress") is part of the role.
			for h < len(s.toks) && h-c < 3 && s.toks[h].cap && !s.toks[h].poss && !commonGivenName(s.toks[h].low) &&
				(h == c || plainGap(s.toks[h].gap, s.toks[h-1])) {
				h++
			}
			if h >= len(s.toks) || h > c && !plainGap(s.toks[h].gap, s.toks[h-1]) {
				continue
			}
			// Lower-case modifiers before the head ("the free-agent first
			// baseman"), two at most.
			for x := 0; x < 3 && h+1 < len(s.toks) && !s.toks[h].cap && roleNounTable()[s.toks[h].low] != 1 &&
				!roleCompound(s.toks[h].low, s.toks[h+1].low) && plainGap(s.toks[h+1].gap, s.toks[h]); x++ {
				// A participle describes the holder and is left off, with
				// what comes before it ("the hard partying actress").
				if w := s.toks[h].low; len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
					h++
					c = h
					continue
				}
				if !modifierWord(s.toks[h]) {
					break
				}
				h++
			}
			head := s.toks[h].low
			if h+1 < len(s.toks) && !s.toks[h].cap && roleCompound(head, s.toks[h+1].low) && plainGap(s.toks[h+1].gap, s.toks[h]) {
				h++
				head = s.toks[h-1].low + " " + s.toks[h].low
			}
			if s.toks[h].cap || roleNounTable()[head] != 1 || titleHeads[head] && abbrevTitles[head] || verbAt(s, h) {
				continue
			}
			if w != "the" {
				introduced[head] = true
				continue
			}
			if h+1 < len(s.toks) {
				n := s.toks[h+1]
				if n.cap && plainGap(n.gap, s.toks[h]) || n.low == "of" || n.low == "for" || n.gap == "-" ||
					strings.TrimSpace(n.gap) == "" && roleNoun(n.low) > 0 && !s.toks[h].poss {
					continue // "the actress's rep" is the actress's
				}
			}
			if s.toks[h].poss && h+1 < len(s.toks) && !s.toks[h+1].cap && orgSuffixes[s.toks[h+1].low] {
				continue // "the sheriff's department"
			}
			if introduced[head] || k > 0 && strings.TrimSpace(s.toks[k].gap) == "," && ends[[2]int{si, k}] {
				continue
			}
			g := genderWords[lastWord(head)]
			if g == "" || g == "m" && (head == "actor" || strings.HasSuffix(head, "man")) {
				continue // "actor" and "spokesman" are said of women too
			}
			// One person named so far may be of the noun's sex (a name of
			// no known sex may be), and the given name tells that sex.
			who := lastOf[g]
			if mayBe[g] != 1 || gender[who] != g {
				continue
			}
			if holders := heldBy[lastWord(head)]; len(holders) > 1 || len(holders) == 1 && !holders[who] {
				continue
			}
			r := srcSlice(s, s.toks[c].start, s.toks[h].bare)
			if former {
				r = "former " + r
			}
			nf.ms[first[who]].roles = append(nf.ms[first[who]].roles, r)
		}
	}
}

// lastWord is the last of the words of s, "" when it has none.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
