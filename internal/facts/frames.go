package facts

import "strings"

// This file reads attributions that news writes without the plain "X
// said": a frame opening the quote's sentence that says whose opinion or
// words follow ("In the opinion of X,", "In X's view,", "As X put it,"), a
// subject sure or convinced of what the quote says ("X is sure that
// "..."), what someone said named by its owner ("X's reply:"), a verb of
// speech in the passive ("this was stated by X"), an outlet told before
// who told it (""...," told RIA Novosti X."), and the sex of a pronoun
// that attributes a quote but stands for no one read.

// opinionNouns name what someone holds or says in a frame that opens a
// sentence: "in the opinion of X", "in X's view", "by X's account".
var opinionNouns = wordSet("opinion", "view", "views", "words", "estimation", "judgment", "judgement",
	"assessment", "account", "reckoning")

// frameOpeners are the prepositions of those frames.
var frameOpeners = wordSet("in", "by")

// possessivePronouns stand for a person in "In his view,", with the
// pronoun that resolves them.
var possessivePronouns = map[string]string{"his": "he", "her": "she"}

// frameWords is how many words a frame that opens a sentence may hold.
const frameWords = 16

// framedBy reads the speaker named in a frame that opens the quote's
// sentence and that a comma closes: "In the opinion of Ida Kern, "..."",
// "In the words of the mayor of Vardo, Ida Kern, "..."", "In Kern's view,
// the bridge "..."", "In his opinion, "..."", "By Kern's account, ...",
// "As Kern put it, "..."". The quote may follow the frame at once or later
// in the sentence, whose words it then gives as the framed person's; the
// frame is read in the first words of the sentence only, so a long
// sentence costs no more. at is where the quote opens.
func (rs *resolver) framedBy(at int) (speaker, bool) {
	si := sentenceAt(rs.sents, at)
	if si < 0 {
		return speaker{}, false
	}
	toks := rs.sents[si].toks
	n := 0 // the sentence's words before the quote, at most frameWords+1
	for n < len(toks) && n <= frameWords && toks[n].end <= at {
		n++
	}
	k := 0
	if n > 0 && (toks[0].low == "but" || toks[0].low == "and" || toks[0].low == "yet") {
		k = 1
	}
	if n-k < 3 || strings.ContainsAny(rs.src[rs.sents[si].Start:toks[k].start], "\"“”«»„") {
		return speaker{}, false
	}
	// end is the word after the frame: the first word after a comma, or
	// n when the comma closes the words before the quote.
	frameEnd := func(from int) int {
		for j := from; j < n; j++ {
			if strings.Contains(toks[j].gap, ",") {
				return j
			}
			if strings.ContainsAny(toks[j].gap, ";:.!?()") {
				return -1
			}
		}
		if strings.Contains(rs.src[toks[n-1].end:at], ",") {
			return n
		}
		return -1
	}
	ws := func(a, b int) []tref {
		out := make([]tref, 0, b-a)
		for i := a; i < b; i++ {
			out = append(out, tref{si, i})
		}
		return out
	}
	t := toks[k]
	switch {
	case t.low == "as" && !t.poss:
		// "As Kern put it, "..."": the name before "put it".
		for v := k + 2; v+1 < n && v-k <= 6; v++ {
			if toks[v].low != "put" && toks[v].low != "puts" || toks[v+1].low != "it" {
				continue
			}
			if e := frameEnd(v + 1); e != v+2 {
				return speaker{}, false
			}
			return rs.framedName(ws(k+1, v), toks[k+1], at)
		}
	case frameOpeners[t.low]:
		j := k + 1
		if toks[j].low == "the" {
			j++
		}
		// "In the opinion of X": the noun, "of", then the name.
		if j+2 < n && opinionNouns[toks[j].low] && toks[j+1].low == "of" && !toks[j].poss {
			e := frameEnd(j + 3)
			if e < 0 {
				return speaker{}, false
			}
			// "In the words of the mayor of Vardo, Ida Kern, "..."": when
			// the quote follows the frame, the name may stand in an
			// apposition after the words that describe it.
			if e < n {
				if e2 := frameEnd(e + 1); e2 == n {
					if sp, ok := rs.agent(ws(j+2, n), at); ok && sp.kind != "" {
						sp.via = "named"
						return sp, true
					}
				}
			}
			return rs.framedName(ws(j+2, e), toks[j+2], at)
		}
		// "In Kern's view", "In his opinion": an owner, then the noun.
		for p := k + 1; p+1 < n && p-k <= 5; p++ {
			if !opinionNouns[toks[p+1].low] {
				continue
			}
			if e := frameEnd(p + 2); e != p+2 {
				return speaker{}, false
			}
			if pr := possessivePronouns[toks[p].low]; pr != "" && p == k+1 {
				sp, ok := rs.pronoun(pr, toks[p].start)
				if ok {
					sp.text = toks[p].raw
				}
				return sp, ok
			}
			if !toks[p].poss {
				return speaker{}, false
			}
			for _, m := range rs.mentionsIn(si, k+1, p+1) {
				if m.tj == p+1 && (m.kind == kindPerson || m.kind == kindOrg) {
					sp := rs.speakerOf(m)
					sp.via = "named"
					return sp, true
				}
			}
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// framedName is the person or organisation that the words ws of a frame
// name, first their first word.
func (rs *resolver) framedName(ws []tref, first tok, at int) (speaker, bool) {
	if len(ws) == 0 || len(ws) > 8 {
		return speaker{}, false
	}
	if pr := objectPronouns[first.low]; pr != "" && len(ws) == 1 {
		sp, ok := rs.pronoun(pr, first.start)
		if ok {
			sp.text = first.raw
		}
		return sp, ok
	}
	sp, ok := rs.speakerIn(ws, at)
	if !ok || sp.kind == "" && sp.via != "unnamed" && sp.via != "role noun" {
		return speaker{}, false
	}
	return sp, true
}

// convictionWords say that the subject of "be" holds what follows for
// true: "Kern is sure that "..."", "the mayor was convinced "..."".
var convictionWords = wordSet("sure", "certain", "convinced", "confident", "adamant", "positive", "insistent",
	"emphatic", "categorical", "persuaded", "optimistic", "hopeful")

// convinced reports words of the subject's own after it: a form of "be",
// at most an adverb in -ly, and a word of convictionWords ("is sure
// that", "was absolutely certain", "is firmly convinced"). ws are the
// words from the one after the subject to the quote.
func (rs *resolver) convinced(ws []tref) bool {
	if len(ws) < 2 || !passiveAux[rs.tk(ws[0]).low] {
		return false
	}
	k := 1
	if t := rs.tk(ws[k]); strings.HasSuffix(t.low, "ly") && k+1 < len(ws) {
		k++
	}
	if !convictionWords[rs.tk(ws[k]).low] {
		return false
	}
	for _, w := range ws[:k+1] {
		if strings.TrimSpace(rs.tk(w).gap) != "" {
			return false
		}
	}
	return true
}

// attributionPronoun returns "m" or "f" when quote q's attribution is a
// pronoun at a verb of speech, right after the quote (""...," she said")
// or right before it ("He added: "...""), and "" otherwise. A quote so
// attributed whose pronoun stands for no one read is still that pronoun's:
// it goes on with no speaker of the other sex.
func (rs *resolver) attributionPronoun(q qspan) string {
	gender := func(p string) string {
		switch p {
		case "he":
			return "m"
		case "she":
			return "f"
		}
		return ""
	}
	if ws := tokensBetween(rs.sents, q.close, min(q.close+24, len(rs.src))); len(ws) >= 2 &&
		!strings.Contains(rs.src[q.close:rs.tk(ws[0]).start], "\n") && speechVerbs[rs.tk(ws[1]).low] {
		if g := gender(rs.tk(ws[0]).low); g != "" {
			return g
		}
	}
	if ws := tokensBetween(rs.sents, max(q.open-24, 0), q.open); len(ws) >= 2 {
		p, v := rs.tk(ws[len(ws)-2]), rs.tk(ws[len(ws)-1])
		if speechVerbs[v.low] && strings.Trim(rs.src[v.end:q.open], " ,:") == "" && strings.TrimSpace(v.gap) == "" {
			return gender(p.low)
		}
	}
	return ""
}

// mayBe reports whether sp may be a person of gender g: a person whose
// gender the article does not tell, or tells to be g, or someone unnamed;
// no organisation.
func (rs *resolver) mayBe(sp speaker, g string) bool {
	switch sp.kind {
	case kindOrg:
		return false
	case "":
		return true // unnamed: "a spokeswoman"
	}
	h := rs.gender[sp.key]
	return h == "" || h == "?" || h == g
}

// saidNouns are what someone says or holds, as the subject of a sentence
// that gives its words: "Kern's answer was short: "..."", "The message
// from the council was clear: "..."", "Kern's view is that "..."".
var saidNouns = wordSet("statement", "comment", "remark", "response", "reply", "message", "answer", "view",
	"position", "verdict", "advice", "warning", "explanation", "argument", "point", "words", "opinion",
	"reaction", "conclusion", "assessment", "plea", "promise", "appeal", "request")

// ownerSays reads the speaker of a quote whose sentence opens with what
// someone said or holds, named by its owner ("Ida Kern's reply:", "Kern's
// message was clear:", "The answer from the council was blunt:", "Kern's
// view is that "..."") and gives its words after a colon or after "is
// that": the owner speaks. Only the sentence's first words are read. at is
// where the quote opens.
func (rs *resolver) ownerSays(at int) (speaker, bool) {
	si := sentenceAt(rs.sents, at)
	if si < 0 {
		return speaker{}, false
	}
	toks := rs.sents[si].toks
	n := 0
	for n < len(toks) && n <= frameWords && toks[n].end <= at {
		n++
	}
	if n < 2 || n == len(toks) && n > frameWords || strings.ContainsAny(rs.src[rs.sents[si].Start:toks[0].start], "\"“”«»„") {
		return speaker{}, false
	}
	var owner *ment
	noun := -1
	if definite(toks[0].low) && n > 3 && saidNouns[toks[1].low] && (toks[2].low == "from" || toks[2].low == "of") {
		// "The message from the council was clear:"
		noun = 1
		for _, m := range rs.mentionsIn(si, 3, min(n, 9)) {
			if (m.kind == kindPerson || m.kind == kindOrg) && m.ti <= 4 {
				owner, noun = m, m.tj-1
				break
			}
		}
	} else {
		// "Ida Kern's reply:", "Mayor Ida Kern's view is"
		for p := 0; p+1 < n && p < 5; p++ {
			if !toks[p].poss {
				continue
			}
			if saidNouns[toks[p+1].low] {
				for _, m := range rs.mentionsIn(si, 0, p+1) {
					if m.tj == p+1 && (m.kind == kindPerson || m.kind == kindOrg) {
						owner, noun = m, p+1
					}
				}
			}
			break
		}
	}
	if owner == nil {
		return speaker{}, false
	}
	// The words after the noun: a colon right before the quote within a
	// few words ("was clear:"), or "is that" / "was that".
	rest := noun + 1
	colon := n-rest <= 5 && strings.TrimSpace(rs.src[toks[n-1].end:at]) == ":" && !strings.ContainsAny(rs.src[toks[rest-1].end:toks[n-1].end], ",;:.!?")
	if n == rest && strings.TrimSpace(rs.src[toks[n-1].end:at]) == ":" {
		colon = true
	}
	that := rest+1 < n && passiveAux[toks[rest].low] && toks[rest+1].low == "that"
	if !colon && !that {
		return speaker{}, false
	}
	sp := rs.speakerOf(owner)
	sp.via = "named"
	return sp, true
}

// passiveBy reads the speaker of a verb of speech in the passive, or after
// "as", that names its subject after "by": "This was stated by Ida Kern,
// the mayor:", ""..." - this was announced by the council", "As noted by
// Kern, "..."". An outlet that reports or quotes is not who speaks
// ("was reported by the Courier"). ws are the attribution's words, v the
// verb's index.
func (rs *resolver) passiveBy(ws []tref, v, at int) (speaker, bool) {
	if v < 1 || v+2 >= len(ws) || rs.tk(ws[v+1]).low != "by" || strings.TrimSpace(rs.tk(ws[v+1]).gap) != "" {
		return speaker{}, false
	}
	if t := rs.tk(ws[v]); !strings.HasSuffix(t.low, "ed") && t.low != "said" && t.low != "told" && t.low != "written" || notPassiveSpeech[t.low] {
		return speaker{}, false
	}
	if p := rs.tk(ws[v-1]).low; !passiveAux[p] && p != "as" {
		return speaker{}, false
	}
	sp, ok := rs.verbFirst(ws[v+1:], at)
	if !ok || sp.kind == "" && sp.via != "unnamed" {
		return speaker{}, false
	}
	return sp, true
}

// notPassiveSpeech are verbs whose agent after "by" reports, quotes or
// names what someone else said.
var notPassiveSpeech = wordSet("reported", "quoted", "cited", "described", "called", "asked", "named", "told")

// toldOutletThen reads ""...," told RIA Novosti the head of the port
// authority Andrei Kern.": after "told" (ws[0]) opening the attribution,
// translated news names the outlet told, then who told it, whose name
// closes the sentence within twelve words. ws are the attribution's words
// from the verb.
func (rs *resolver) toldOutletThen(ws []tref, at int) (speaker, bool) {
	if t := rs.tk(ws[1]); !t.cap && !definite(t.low) {
		return speaker{}, false
	}
	end := 1
	for end < len(ws) && end <= 12 && ws[end].s == ws[1].s && !strings.ContainsAny(rs.tk(ws[end]).gap, ",;:.!?") {
		end++
	}
	last := ws[end-1]
	if end > 12 || last.i+1 < len(rs.sents[last.s].toks) && !strings.ContainsAny(rs.sents[last.s].toks[last.i+1].gap, ".!?") {
		return speaker{}, false
	}
	for _, m := range rs.mentionsIn(last.s, last.i, last.i+1) {
		if m.kind == kindPerson && m.tj == last.i+1 && m.ti > ws[1].i+1 {
			sp := rs.speakerOf(m)
			sp.via = "named"
			return sp, true
		}
	}
	return speaker{}, false
}

// stanceVerbs say that someone takes a side, beside the verbs of speech.
var stanceVerbs = wordSet("disagreed", "agreed", "disagrees", "agrees", "objected", "objects", "concurred",
	"demurred", "dissented", "differed", "differs", "hesitated")

// shortIntro reads the speaker of a quote after a short sentence that
// introduces them: a person named (or described, then named in an
// apposition) and at most four lower-case words that end the sentence
// ("Tom Berg disagreed.", "Her deputy, Tom Berg, was less sure.", "Kern
// was not convinced."): the quote that opens the next sentence gives what
// they say. Those words say the subject takes a side, nothing else they
// do ("Berg was arrested.", "Ivo Dant arrived at noon."; a caption, "Kern
// at the harbour."). ws are the words of the sentence, at where the quote
// opens.
func (rs *resolver) shortIntro(ws []tref, at int) (speaker, bool) {
	n := len(ws)
	if n < 2 || n > 16 {
		return speaker{}, false
	}
	s := &rs.sents[ws[0].s]
	if text := strings.TrimSpace(s.Text); !strings.HasSuffix(text, ".") || strings.HasSuffix(text, "..") {
		return speaker{}, false
	}
	v := n // the first of the closing lower-case words
	for v > 0 && n-v < 5 {
		t := rs.tk(ws[v-1])
		if t.cap || !isWordPart(t.low) {
			break
		}
		v--
		if strings.TrimSpace(t.gap) != "" {
			break
		}
	}
	if v == n || n-v > 4 || v == 0 || strings.TrimSpace(rs.tk(ws[v]).gap) != "" && strings.TrimSpace(rs.tk(ws[v]).gap) != "," {
		return speaker{}, false
	}
	// The words: a verb of speech or of taking a side, at most with an
	// adverb in -ly ("disagreed", "objected sharply"), a verb in -ed and a
	// particle ("doubled down", "hit back"), or a form of "be"
	// and how the subject stands ("was less sure", "is not convinced",
	// "was blunt"), no participle ("was arrested").
	run := ws[v:]
	w1 := rs.tk(run[0]).low
	switch {
	case speechVerbs[w1] || stanceVerbs[w1]:
		if len(run) > 2 || len(run) == 2 && !strings.HasSuffix(rs.tk(run[1]).low, "ly") {
			return speaker{}, false
		}
	case len(run) == 2 && strings.HasSuffix(w1, "ed") && (slotParticles[rs.tk(run[1]).low] || rs.tk(run[1]).low == "down"):
		// "Kern doubled down.", "Berg pushed back.": a verb of two
		// words, as after a quote (attributionSlot).
	case passiveAux[w1] && len(run) >= 2:
		for _, w := range run[1:] {
			l := rs.tk(w).low
			if circumstance[l] || determiners[l] || l == "of" || l == "to" || strings.HasSuffix(l, "ed") && !convictionWords[l] {
				return speaker{}, false
			}
		}
	default:
		return speaker{}, false
	}
	// The words before them name the subject, and only it: a person
	// opening the sentence whose name ends them ("Tom Berg disagreed."), or
	// two parts set off by a comma, a person whose name ends one and a
	// description ("Tom Berg, the harbour master, disagreed.", "Her
	// deputy, Tom Berg, was less sure.").
	var parts [][]tref
	from := 0
	for k := 1; k <= v; k++ {
		if k == v || strings.Contains(rs.tk(ws[k]).gap, ",") {
			parts = append(parts, ws[from:k])
			from = k
		}
	}
	var m *ment
	switch {
	case len(parts) == 1:
		m = rs.personOpening(parts[0])
	case len(parts) == 2:
		if m = rs.personOpening(parts[0]); m == nil || rs.personIn(parts[1]) || !rs.apposition(parts[1]) {
			m = nil
			if rs.apposition(parts[0]) && !rs.personIn(parts[0]) {
				m = rs.personOpening(parts[1])
			}
		}
	}
	if m == nil || m.kind != kindPerson {
		return speaker{}, false
	}
	if p := parts[0]; len(parts) == 1 && m.tj != p[len(p)-1].i+1 || len(parts) == 2 && m.tj != parts[0][len(parts[0])-1].i+1 && m.tj != parts[1][len(parts[1])-1].i+1 {
		return speaker{}, false
	}
	sp := rs.speakerOf(m)
	sp.via = "named"
	return sp, true
}

// ageDescribed is the person that a description opening with an age
// stands for ("the 34-year-old engineer", "the 54-year-old"): news gives
// the age of someone it has just named. It is the one person named,
// outside quotes and not as an owner, in the quote's sentence before the
// description and the two sentences before it, when no other person is
// named there and the description tells no other gender. ws are the
// description's words ("the" first), nouns those after it.
func (rs *resolver) ageDescribed(ws []tref, nouns []string, at int) *ment {
	if len(ws) < 2 {
		return nil
	}
	if !isAge(rs.tk(ws[1]).low) {
		return nil
	}
	want := ""
	for _, n := range nouns {
		if g := genderWords[n]; g != "" {
			want = g
		}
	}
	si := sentenceAt(rs.sents, min(at, rs.tk(ws[0]).start))
	if si < 0 {
		return nil
	}
	// (The last ageBytes before the description: a long sentence costs
	// no more.)
	end := rs.tk(ws[0]).start
	var found *ment
	for _, m := range rs.mentionsBetween(max(rs.sents[max(si-2, 0)].Start, end-ageBytes), end) {
		if m.kind != kindPerson || rs.inQuote(m.start) || rs.possessive(m) {
			continue
		}
		if found != nil && found.key != m.key {
			return nil
		}
		found = m
	}
	if found == nil {
		return nil
	}
	if g := rs.gender[found.key]; want != "" && g != "" && g != "?" && g != want {
		return nil
	}
	return found
}

// ageBytes bounds the text before an age description read for the person
// it stands for.
const ageBytes = 600

// isAge reports a word that gives an age: "34-year-old".
func isAge(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// reportVerbs say that an outlet reported what someone else said.
var reportVerbs = wordSet("reported", "reports", "reporting")

// reportedInside reads the speaker of a few words quoted inside a sentence
// that says who said them, when an outlet reports the whole sentence
// ("Mayor Ida Kern said the bridge was "...," the Vardo Post reported";
// "Kern called it "...," according to Reuters"): the subject of the verb
// of speech before the quote speaks, not the outlet. sp is the speaker
// the words after the quote (tail) give; head are the words before it.
func (rs *resolver) reportedInside(head, tail []tref, sp speaker, at int) (speaker, bool) {
	if len(head) == 0 || sp.kind != kindOrg || len(tail) == 0 {
		return speaker{}, false
	}
	reports := rs.tk(tail[0]).low == "according"
	for k := 0; k < len(tail) && k < 6 && !reports; k++ {
		if k > 0 && strings.ContainsAny(rs.tk(tail[k]).gap, ".!?;") {
			break
		}
		reports = reportVerbs[rs.tk(tail[k]).low]
	}
	if !reports {
		return speaker{}, false
	}
	for _, verbs := range []map[string]bool{speechVerbs, partialVerbs} {
		if inner, ok := rs.before(head, at, len(head), verbs); ok && inner.kind != "" && inner.key != sp.key {
			return inner, true
		}
	}
	return speaker{}, false
}

// issuedSaying reads the speaker of "Vardo Air issued a statement saying
// it would "..."", "the council released a letter stating ...": the one
// who put out the document, before the verb of issuing, not the words up
// to the participle. ws are the words before the quote, v the index of
// the participle of speech.
func (rs *resolver) issuedSaying(ws []tref, v, at int) (speaker, bool) {
	if v < 3 || !strings.HasSuffix(rs.tk(ws[v]).low, "ing") || !statementNouns[singular(rs.tk(ws[v-1]).low)] {
		return speaker{}, false
	}
	for u := v - 2; u >= 1 && v-u <= 4; u-- {
		if !issueVerbs[rs.tk(ws[u]).low] {
			continue
		}
		sp, ok := rs.agent(ws[:u], at)
		if !ok || sp.kind == "" && sp.via != "unnamed" && sp.via != "role noun" {
			return speaker{}, false
		}
		return sp, true
	}
	return speaker{}, false
}
