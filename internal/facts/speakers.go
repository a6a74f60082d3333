package facts

import (
	"sort"
	"strings"
)

// speechVerbs introduce or close reported speech.
var speechVerbs = wordSet("said", "says", "say", "added", "adds", "told", "tells", "stated", "states",
	"noted", "notes", "announced", "announces", "explained", "wrote", "writes", "declared", "insisted",
	"warned", "warns", "claimed", "claims", "replied", "asked", "continued", "stressed", "argued",
	"argues", "confirmed", "confirms", "admitted", "acknowledged", "maintained", "emphasised",
	"emphasized", "remarked", "commented", "tweeted", "posted", "conceded", "recalled", "suggested",
	"predicted", "promised", "vowed", "pledged", "estimated", "reported", "reports", "observed",
	"underlined", "cautioned", "complained", "countered", "responded", "answered", "announcing",
	"saying", "telling", "adding", "noting", "explaining", "stating", "insisting", "warning", "claiming")

// pronouns that can stand for a speaker.
var personPronouns = wordSet("he", "she", "they")

var orgPronouns = wordSet("it")

type speaker struct{ name, key, kind string }

// resolver finds who speaks in an article, from its sentences and the
// mentions of its names (in text order). Its indexes keep every look-up
// bounded, so that a long sentence full of names costs what its length
// does, not its square.
type resolver struct {
	src   string
	sents []sent
	ms    []ment
	// at maps a word (sentence, word index) to the mention holding it.
	at map[tref]int
	// fullest is the longest name of each kind:key, and roles the roles
	// of each person key, in text order.
	fullest map[string]string
	roles   map[string][]string
	// lastOrg is the organisation last quoted, for "the statement said".
	lastOrg speaker
}

// maxLookBack bounds how many mentions back a pronoun or role noun is
// resolved ("he", "the ministry"): far more than three sentences hold.
const maxLookBack = 64

func newResolver(src string, sents []sent, ms []ment) *resolver {
	rs := &resolver{src: src, sents: sents, ms: ms, at: map[tref]int{}, fullest: map[string]string{}, roles: map[string][]string{}}
	for k, m := range ms {
		for i := m.ti; i < m.tj; i++ {
			rs.at[tref{m.sent, i}] = k
		}
		if id := m.kind + ":" + m.key; len(m.name) > len(rs.fullest[id]) {
			rs.fullest[id] = m.name
		}
		if m.kind == kindPerson {
			rs.roles[m.key] = append(rs.roles[m.key], m.roles...)
		}
	}
	return rs
}

// mentionAt returns the mention holding word w, if any.
func (rs *resolver) mentionAt(w tref) *ment {
	if k, ok := rs.at[w]; ok {
		return &rs.ms[k]
	}
	return nil
}

// finalAttribution reads the last segment of sentence si, after byte
// from: "..., said X." or "..., X said."
func (rs *resolver) finalAttribution(sents []sent, si, from int) (speaker, string, bool) {
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
	sp, via, ok := rs.attribution(ws, true, s.toks[a].start)
	if !ok || sp.kind == "" {
		return speaker{}, "", false
	}
	return sp, via, true
}

// addingThat finds "adding that CLAUSE" in the words after a quote.
func (rs *resolver) addingThat(ws []tref, q Quote) (Quote, bool) {
	for k := 0; k+2 < len(ws); k++ {
		t := rs.sents[ws[k].s].toks[ws[k].i]
		if (t.low == "adding" || t.low == "added") && rs.sents[ws[k+1].s].toks[ws[k+1].i].low == "that" {
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

// attribution reads who speaks in the words next to a quote. After a quote
// ("..., he said", "..., said Gen. Pat Ryder", "..., the ministry's
// statement said") the verb is near the start; before one ("He said, ...",
// "Dalton announced that there had been ...") it is the last speech verb.
func (rs *resolver) attribution(ws []tref, after bool, at int) (speaker, string, bool) {
	if len(ws) == 0 {
		return speaker{}, "", false
	}
	tk := func(k int) tok { return rs.sents[ws[k].s].toks[ws[k].i] }
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
					if strings.Contains(tk(end).gap, ",") && !rs.personAt(ws[end]) {
						break
					}
					end++
				}
				if sp, via, ok := rs.speakerIn(ws[1:end], at); ok {
					return sp, via, true
				}
				return speaker{}, "", false
			}
			if sp, via, ok := rs.speakerIn(ws[:v], at); ok {
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
		if sp, via, ok := rs.speakerIn(ws[a:v], at); ok {
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
func (rs *resolver) speakerIn(ws []tref, at int) (speaker, string, bool) {
	// Leading conjunctions are no part of the speaker ("..., and the city
	// said"); a document "seen by" an outlet is not spoken by the outlet.
	for len(ws) > 0 && conjunctions[rs.sents[ws[0].s].toks[ws[0].i].low] {
		ws = ws[1:]
	}
	for k, w := range ws {
		switch rs.sents[w.s].toks[w.i].low {
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
	for _, w := range ws {
		m := rs.mentionAt(w)
		if m == nil || m.kind == kindPlace {
			continue
		}
		if best == nil || m.kind == kindPerson && best.kind != kindPerson || m.kind == best.kind {
			best = m
		}
	}
	if best != nil {
		return rs.speakerOf(best), "named", true
	}
	t0 := rs.sents[ws[0].s].toks[ws[0].i]
	if len(ws) <= 2 && personPronouns[t0.low] {
		if m := rs.lastBefore(at, func(m *ment) bool { return m.kind == kindPerson }); m != nil {
			return rs.speakerOf(m), "pronoun", true
		}
		return speaker{}, "", false
	}
	if len(ws) <= 2 && orgPronouns[t0.low] {
		if rs.lastOrg.key != "" {
			return rs.lastOrg, "pronoun", true
		}
		if m := rs.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && !isMedia(m.key) }); m != nil {
			return rs.speakerOf(m), "pronoun", true
		}
		return speaker{}, "", false
	}
	// "Veltria's statistics office": a possessive before an organisation noun.
	if t0.poss && len(ws) <= 5 {
		if last := rs.sents[ws[len(ws)-1].s].toks[ws[len(ws)-1].i].low; orgSuffixes[last] || speakerNouns[last] {
			return rs.phraseSpeaker(ws), "role noun", true
		}
	}
	// A role noun: "the ministry('s statement)", "the official".
	if t0.low == "the" || t0.low == "a" || t0.low == "an" || t0.low == "his" || t0.low == "her" || t0.low == "its" {
		var nouns []string
		for _, w := range ws[1:] {
			nouns = append(nouns, singular(spelling(rs.sents[w.s].toks[w.i].low)))
		}
		// "a spokesperson for Skyline": the organisation speaks.
		for k := 0; k+1 < len(nouns); k++ {
			if (nouns[k] == "spokesperson" || nouns[k] == "representative") && (nouns[k+1] == "for" || nouns[k+1] == "of") {
				for _, m := range rs.mentionsIn(ws[k+2:]) {
					if m.kind == kindOrg {
						return rs.speakerOf(m), "role noun", true
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
				if rs.lastOrg.key != "" && strings.Contains(rs.lastOrg.key, n) {
					return rs.lastOrg, "role noun", true
				}
				if m := rs.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && strings.Contains(m.key, n) && !isMedia(m.key) }); m != nil {
					return rs.speakerOf(m), "role noun", true
				}
			}
			if titleHeads[n] || n == "official" || n == "spokesperson" {
				if m := rs.lastBefore(at, func(m *ment) bool {
					if m.kind != kindPerson {
						return false
					}
					for _, r := range rs.rolesOf(m.key) {
						if strings.Contains(roleKey(r), n) {
							return true
						}
					}
					return false
				}); m != nil {
					return rs.speakerOf(m), "role noun", true
				}
				if t0.low == "the" && n != "official" {
					if m := rs.lastBefore(at, func(m *ment) bool { return m.kind == kindPerson }); m != nil {
						return rs.speakerOf(m), "role noun", true
					}
				}
			}
			if n == "statement" {
				if rs.lastOrg.key != "" {
					return rs.lastOrg, "role noun", true
				}
				if m := rs.lastBefore(at, func(m *ment) bool { return m.kind == kindOrg && !isMedia(m.key) }); m != nil {
					return rs.speakerOf(m), "role noun", true
				}
			}
		}
		// An organisation not named as such ("the county fire service"):
		// the words are its name.
		if orgSuffixes[lastNoun] || speakerNouns[lastNoun] {
			return rs.phraseSpeaker(ws[1:]), "role noun", true
		}
		// Unresolved but named: keep the words.
		a, _ := rs.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
		_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
		return speaker{name: rs.src[a:b]}, "unresolved", true
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
func (rs *resolver) mentionsIn(ws []tref) []*ment {
	var out []*ment
	for _, w := range ws {
		if m := rs.mentionAt(w); m != nil && m.ti == w.i {
			out = append(out, m)
		}
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
		toks = append(toks, rs.sents[w.s].toks[w.i])
	}
	key, _ := entityKey(kindOrg, toks)
	a, _ := rs.sents[ws[0].s].span(ws[0].i, ws[0].i+1)
	_, b := rs.sents[ws[len(ws)-1].s].span(ws[len(ws)-1].i, ws[len(ws)-1].i+1)
	return speaker{name: rs.src[a:b], key: key, kind: kindOrg}
}

var conjunctions = wordSet("and", "but", "while", "as", "so", "yet", "or", "then")

// personAt reports whether word w starts a person mention.
func (rs *resolver) personAt(w tref) bool {
	if m := rs.mentionAt(w); m != nil && m.kind == kindPerson {
		return true
	}
	// A title or honorific before a name also starts one.
	t := rs.sents[w.s].toks[w.i]
	return titleHeads[t.low] || honorifics[t.low]
}

// rolesOf lists every role given to the person key in the article.
func (rs *resolver) rolesOf(key string) []string { return rs.roles[key] }

// lastBefore returns the last mention before byte at that ok accepts,
// looking back at most three sentences before the one holding at, and at
// most maxLookBack mentions.
func (rs *resolver) lastBefore(at int, ok func(*ment) bool) *ment {
	si := sentenceAt(rs.sents, at)
	first := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].start >= at })
	for k := first - 1; k >= 0 && first-k <= maxLookBack; k-- {
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

// speakerOf names a mention by the fullest form its article gives.
func (rs *resolver) speakerOf(m *ment) speaker {
	name := m.name
	if f := rs.fullest[m.kind+":"+m.key]; len(f) > len(name) {
		name = f
	}
	return speaker{name: name, key: m.key, kind: m.kind}
}

// mentionIn reports whether words [a, b) of sentence si hold a person or
// organisation mention.
func (rs *resolver) mentionIn(si, a, b int) bool {
	for i := a; i < b; i++ {
		if m := rs.mentionAt(tref{si, i}); m != nil && m.ti == i && m.kind != kindPlace {
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
