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
	mk := func(a, b int, sp speaker, via string) (Quote, bool) {
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
		return Quote{Text: rs.src[x:y], Sentence: si, Start: x, End: y, Speaker: sp.name, SpeakerKey: sp.key, SpeakerKind: sp.kind, Via: via}, true
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
		sp, _, ok := rs.speakerIn(all[i+2:j], s.toks[i].start)
		if !ok || sp.kind == "" {
			return Quote{}, false
		}
		if i == 0 {
			return mk(j, n, sp, "according to")
		}
		return mk(0, i, sp, "according to")
	}
	for v := 1; v < n; v++ {
		if !indirectVerbs[s.toks[v].low] {
			continue
		}
		// The speaker is the clause before the verb.
		a := v
		for a > 0 && !strings.ContainsAny(s.toks[a].gap, ",;") && v-a < 10 {
			a--
		}
		sp, via, ok := rs.speakerIn(all[a:v], s.toks[v].start)
		// "The owner, Pellworth Textiles, said" and "Ben Odhiambo, who
		// voted against, said": look back over up to three comma-separated
		// segments for the one that names the speaker.
		// Nothing before the verb in its segment ("The owner, Pellworth
		// Textiles, said"; "Ben Odhiambo, who voted against, said"): look
		// back over up to three segments for the one that names the
		// speaker. An organisation right before the verb gives way to a
		// person opening the sentence, whose apposition it is ("Gen. Glen
		// VanHerck, the commander of NORAD, told").
		empty := a == v
		for back, a2 := 0, a; back < 3 && a2 > 0 && (!ok || sp.kind == "" || sp.kind == kindOrg); back++ {
			b := a2
			a2--
			for a2 > 0 && !strings.ContainsAny(s.toks[a2].gap, ",;") && b-a2 < maxClause {
				a2--
			}
			if !rs.mentionIn(si, a2, b) {
				continue
			}
			sp2, via2, ok2 := rs.speakerIn(all[a2:b], s.toks[v].start)
			if !ok2 || sp2.kind == "" {
				continue
			}
			switch {
			case sp2.kind == kindPerson && (empty || a2 == 0):
				sp, via, ok, a = sp2, via2, ok2, a2
			case empty && (!ok || sp.kind == ""):
				// An organisation: taken unless a person opens the sentence.
				sp, via, ok, a = sp2, via2, ok2, a2
			}
			if sp.kind == kindPerson {
				break
			}
		}
		if ok && sp.kind == "" && !empty && unnamedSpeaker(sp.name) {
			via = "unnamed"
		} else if !ok || sp.kind == "" {
			continue
		}
		// "..., the Defense Department said Tuesday." and "..., the two
		// companies said in a joint statement." report what comes before.
		if a > 0 && (n-v <= 4 || n-v <= 7 && !clauseAfter(s, v)) {
			return mk(0, a, sp, via)
		}
		if a == 0 || strings.ContainsAny(s.toks[a].gap, ",;") {
			b := v + 1
			if b < n && (s.toks[b].low == "reporters" || s.toks[b].low == "journalists") {
				b++
			}
			return mk(b, n, sp, via)
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
