package facts

import "strings"

// maxClause bounds, in words, how far a rule reads back or on for the
// edge of a clause: real clauses are shorter, and text without commas must
// not cost the square of its length.
const maxClause = 40

// indirectVerbs introduce reported speech without quote marks.
var indirectVerbs = wordSet("said", "says", "told", "stated", "announced", "added", "noted", "claimed",
	"confirmed", "warned", "insisted", "explained", "argued", "reported", "acknowledged", "admitted", "denied")

// reported reads reported speech from a sentence without quote marks:
// "According to X, ...", "..., according to X", "X said (that) ...",
// "..., X said (on Tuesday)."
func reported(rs *resolver, si int) (Quote, bool) {
	s := &rs.sents[si]
	n := len(s.toks)
	all := make([]tref, n)
	for i := range s.toks {
		all[i] = tref{si, i}
	}
	mk := func(a, b int, sp speaker) (Quote, bool) {
		for a < b && (s.toks[a].low == "that" || isTimeWord(s.toks[a].low)) {
			a++
		}
		// "said in a statement that ...", "told reporters on Monday that ..."
		if a+3 < b && s.toks[a].low == "in" && s.toks[a+2].low == "statement" {
			a += 3
			for a < b && (s.toks[a].low == "that" || isTimeWord(s.toks[a].low)) {
				a++
			}
		}
		if b-a < minQuoteWords {
			return Quote{}, false
		}
		x, y := s.span(a, b)
		q := Quote{Text: rs.src[x:y], Sentence: si, Start: x, End: y}
		q.setSpeaker(sp)
		return q, true
	}
	for i := 0; i+1 < n; i++ {
		if s.toks[i].low != "according" || s.toks[i+1].low != "to" {
			continue
		}
		// The speaker runs to the next comma or the end.
		j := i + 2
		for j < n && !strings.ContainsAny(s.toks[j].gap, ",;") {
			j++
		}
		sp, ok := rs.speakerIn(all[i+2:j], s.toks[i].start)
		if !ok || sp.kind == "" {
			return Quote{}, false
		}
		sp.via = "according to"
		if i == 0 {
			return mk(j, n, sp)
		}
		return mk(0, i, sp)
	}
	for v := 1; v < n; v++ {
		if !indirectVerbs[s.toks[v].low] {
			continue
		}
		// The speaker is the clause before the verb, or the person an
		// apposition there describes ("The owner, Pellworth Textiles,
		// said"; "Ben Odhiambo, who voted against, said"; "Gen. Glen
		// VanHerck, the commander of NORAD, told").
		sp, a, ok := rs.agentAt(all[:v], s.toks[v].start)
		if !ok || v-a > 10 && sp.kind != kindPerson {
			continue
		}
		// "..., but the spokeswoman said": the conjunction before the
		// words naming the speaker opens their clause.
		if a > 0 && clauseConjunctions[s.toks[a-1].low] && strings.ContainsAny(s.toks[a-1].gap, ",;") {
			a--
		}
		if sp.kind == "" {
			if !unnamedSpeaker(sp.name) {
				continue
			}
			sp.via = "unnamed"
		}
		// "..., the Defense Department said Tuesday." and "..., the two
		// companies said in a joint statement." report what comes before.
		if a > 0 && (n-v <= 4 || n-v <= 7 && !clauseAfter(s, v)) {
			return mk(0, a, sp)
		}
		if a == 0 || strings.ContainsAny(s.toks[a].gap, ",;") {
			b := v + 1
			if b < n && (s.toks[b].low == "reporters" || s.toks[b].low == "journalists") {
				b++
			}
			return mk(b, n, sp)
		}
	}
	return Quote{}, false
}

// clauseAfter reports whether the words after the verb at v of s hold a clause of their own (a comma, "that", or a verb-like word)
// rather than only where and when it was said.
func clauseAfter(s *sent, v int) bool {
	for k := v + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if strings.Contains(t.gap, ",") || t.low == "that" || isVerbish(t.low) || personPronouns[t.low] || t.low == "it" ||
			strings.HasSuffix(t.low, "ed") && len(t.low) > 4 {
			return true
		}
	}
	return false
}
