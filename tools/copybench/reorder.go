package main

import (
	"math/rand/v2"
	"regexp"
	"strings"
)

// The clause reorderer rewrites the order of a text, not its words: it moves
// attributions ("X said Y" <-> "Y, X said"), turns fronted clauses and time
// phrases round, splits long sentences and merges short ones, and regroups
// the sentences into new paragraphs.

const speaker = `((?:[Tt]he )?[A-Z][\w.'-]*(?: [A-Z&][\w.'-]*){0,4}|[Pp]olice|[Oo]fficials|[Aa]uthorities|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Aa]) [a-z]+(?: [a-z]+)?)`

var (
	// "..., X said." at the end of a sentence without quotes.
	trailingSaid = regexp.MustCompile(`^(.{20,}), ` + speaker + ` (said|says|added|reported|told [A-Z][\w]+(?: [A-Z][\w]+)?)$`)
	// "X said (that) ..." at the start.
	leadingSaid = regexp.MustCompile(`^` + speaker + ` (said|says|reported|added) (?:that )?(.{20,})$`)
	// A whole quote then its speaker: "“...,” X said."
	quoteThenSaid = regexp.MustCompile(`^(["“])(.{15,}?)[,]?\s?(["”]),? ` + speaker + ` (said|says|added|told [A-Z][\w]+)(?: (on \w+|in a statement))?$`)
	// "X said: “...”"
	saidThenQuote = regexp.MustCompile(`^` + speaker + ` (said|says|added)(?: in a statement)?[:,] (["“])(.{15,}?)[.!?]?\s?(["”])$`)
	// "According to X, ..." and "..., according to X."
	accordingFront = regexp.MustCompile(`^According to ([^,]{3,60}), (.{20,})$`)
	accordingBack  = regexp.MustCompile(`^(.{20,}), according to ([^,]{3,60})$`)
	// A fronted subordinate clause: "When ..., main."
	frontClause = regexp.MustCompile(`^(When|After|Before|Although|While|Because|If|As|Since|Though|Once|Until) ([^,"“”]{8,120}), ([^"“”]{15,})$`)
	// A trailing subordinate clause: "main because ..."
	backClause = regexp.MustCompile(`^([^,"“”]{15,}?) (because|after|before|when|while|although|since|until) ([^,"“”]{12,})$`)
	// A trailing time phrase: "main on Tuesday."
	backTime = regexp.MustCompile(`^([^"“”]{15,}?),? ((?:on|late on|early on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|afternoon|evening))?|(?:yesterday|today|last (?:night|week|month|year)|earlier this (?:week|month|year)|this (?:week|morning|month|year)|in (?:19|20)\d\d))$`)
	// A fronted time phrase: "On Tuesday, main."
	frontTime = regexp.MustCompile(`^((?:On|Late on|Early on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|afternoon|evening))?|Yesterday|Today|Last (?:night|week|month|year)|Earlier this (?:week|month|year)|In (?:19|20)\d\d),? ([^"“”]{15,})$`)
	// Any short subject before a final "said": "..., cops and family said."
	trailingAnySaid = regexp.MustCompile(`^(.{20,}), ([A-Za-z][^,"“”]{1,40}?) (said|says)$`)
	// "..., said X." with the speaker after the verb.
	trailingSaidX = regexp.MustCompile(`^(.{20,}), (said|says) ([^,"“”]{3,50})$`)
	// A fronted phrase: "In 2007, she ...", "For the 2014 show, she ...".
	frontPhrase = regexp.MustCompile(`^((?:In|On|At|For|During|After|Before|Despite|With|Without|Under|Earlier|Later|Meanwhile|Last|This|By|Since|Within|Over|Across|Near|Inside|Outside) [^,"“”]{2,50}), ([^"“”]{15,})$`)
	// A trailing phrase: "... in the Gulf of Aden."
	backPhrase = regexp.MustCompile(`^([^"“”]{20,}?) ((?:in|at|on|near|during|from|across|outside|inside|for|with|by|under|over|within) (?:the |a |an )?[^ ,"“”]+(?: [^ ,"“”]+){0,6})$`)
	// Any subject before "said (Thursday) (that)": "Lohan's attorney said Thursday the actress ..."
	leadingAnySaid = regexp.MustCompile(`^([^,"“”]{2,50}?) (said|says)((?: on)? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?(?: that)? ([^"“”]{20,})$`)
	// A quote and any attribution with a speech verb after it.
	quoteThenAny = regexp.MustCompile(`^(["“])([^"“”]{15,}?)[,]?\s?(["”]),? ([^"“”]{3,100})$`)
	speechVerb   = regexp.MustCompile(`^(?:[^ ]+ ){0,4}(?:said|says|argued|added|told|explained|insisted|wrote|stated|noted|warned)\b`)
	// A sentence-initial connective: "However, ..."
	connective   = regexp.MustCompile(`^(However|Still|Of course|Indeed|Meanwhile|Instead|Nevertheless|In fact|In addition|In particular|In turn|In response|Moreover|Also|So far|As a result), ([^"“”]{15,})$`)
	connectiveIn = regexp.MustCompile(`^In (?:addition|fact|particular|turn|short|general|contrast|response|the end|total)$`)
	// A participle clause in front: "Having delivered ..., Ross is ..."
	frontParticiple = regexp.MustCompile(`^([A-Z][a-z]+(?:ing|ed) [^,"“”]{5,80}), ([A-Z][^"“”]{15,})$`)
	// Split points.
	splitSemi = regexp.MustCompile(`^([^"“”]{25,}?); ([^"“”]{20,})$`)
	splitDash = regexp.MustCompile(`^([^"“”]{25,}?) [–—-] ([^"“”]{20,})$`)
	splitBut  = regexp.MustCompile(`^([^"“”]{25,}?), (but|and|while) ((?:the|a|an|he|she|it|they|we|his|her|their|its|police|officials|[A-Z][a-z]+) [^"“”]{15,})$`)
)

// Reorder rewrites one sentence by the first of its transformations that
// applies, in an order shuffled by rng; it reports whether one applied.
func reorderSentence(s string, rng *rand.Rand) (string, bool) {
	body, stop := Stop(s)
	ts := []func(string) (string, bool){
		func(b string) (string, bool) { // "“Q,” X said." -> "X said: “Q.”"
			m := quoteThenSaid.FindStringSubmatch(b)
			if m == nil || strings.ContainsAny(m[2], "\"“”") {
				return "", false
			}
			q := strings.TrimRight(m[2], ",. ")
			tail := ""
			if m[6] != "" {
				tail = " " + m[6]
			}
			return Upper(m[4]) + " " + m[5] + tail + ": " + m[1] + q + "." + m[3], true
		},
		func(b string) (string, bool) { // "X said: “Q.”" -> "“Q,” X said."
			m := saidThenQuote.FindStringSubmatch(b + stop)
			if m == nil || strings.ContainsAny(m[4], "\"“”") {
				return "", false
			}
			return m[3] + strings.TrimRight(m[4], ",. ") + "," + m[5] + " " + Lower(m[1]) + " " + m[2], true
		},
		func(b string) (string, bool) { // "Y, X said." -> "X said Y."
			m := trailingSaid.FindStringSubmatch(b)
			if m == nil || hasQuote(b) {
				return "", false
			}
			verb := m[3]
			if verb == "added" || verb == "reported" {
				verb = "said"
			}
			return Upper(m[2]) + " " + verb + " " + Lower(m[1]), true
		},
		func(b string) (string, bool) { // "X said Y." -> "Y, X said."
			m := leadingSaid.FindStringSubmatch(b)
			if m == nil || hasQuote(b) {
				return "", false
			}
			return Upper(m[3]) + ", " + Lower(m[1]) + " " + m[2], true
		},
		func(b string) (string, bool) { // "Y, cops said." / "Y, said X." -> "Cops said Y."
			if hasQuote(b) {
				return "", false
			}
			if m := trailingAnySaid.FindStringSubmatch(b); m != nil && CountWords(m[2]) <= 5 {
				return Upper(m[2]) + " " + m[3] + " " + Lower(m[1]), true
			}
			if m := trailingSaidX.FindStringSubmatch(b); m != nil && CountWords(m[3]) <= 7 {
				return Upper(m[3]) + " " + m[2] + " " + Lower(m[1]), true
			}
			return "", false
		},
		func(b string) (string, bool) { // "In 2007, she ..." <-> "She ... in 2007."
			if m := frontPhrase.FindStringSubmatch(b); m != nil && CountWords(m[2]) >= 4 && !connectiveIn.MatchString(m[1]) {
				return Upper(m[2]) + " " + lowerTime(m[1]), true
			}
			if m := backPhrase.FindStringSubmatch(b); m != nil && (CountWords(m[1]) >= 5 && !strings.Contains(m[1], ",") || CountWords(m[1]) >= 9) {
				return Upper(m[2]) + ", " + Lower(strings.TrimRight(m[1], ",;")), true
			}
			return "", false
		},
		func(b string) (string, bool) { // "X said Thursday Y." -> "Y, X said Thursday."
			m := leadingAnySaid.FindStringSubmatch(b)
			if m == nil || CountWords(m[1]) > 6 {
				return "", false
			}
			return Upper(m[4]) + ", " + Lower(m[1]) + " " + m[2] + m[3], true
		},
		func(b string) (string, bool) { // "“Q,” X argued after Y." -> "X argued after Y: “Q.”"
			m := quoteThenAny.FindStringSubmatch(b)
			if m == nil || !speechVerb.MatchString(m[4]) {
				return "", false
			}
			who := m[4]
			if rest, ok := strings.CutPrefix(who, "said "); ok { // "said X, a lawyer" -> "X, a lawyer, said"
				who = rest + ", said"
				if !strings.Contains(rest, ",") {
					who = rest + " said"
				}
			}
			return Upper(who) + ": " + m[1] + strings.TrimRight(m[2], ",. ") + "." + m[3], true
		},
		func(b string) (string, bool) { // "However, X." -> "X, however."; "Having done Y, X." -> "X, having done Y."
			if m := connective.FindStringSubmatch(b); m != nil {
				return Upper(m[2]) + ", " + strings.ToLower(m[1]), true
			}
			if m := frontParticiple.FindStringSubmatch(b); m != nil {
				return m[2] + ", " + Lower(strings.ToLower(m[1][:1])+m[1][1:]), true
			}
			return "", false
		},
		func(b string) (string, bool) {
			if m := accordingFront.FindStringSubmatch(b); m != nil {
				return Upper(m[2]) + ", according to " + m[1], true
			}
			if m := accordingBack.FindStringSubmatch(b); m != nil {
				return "According to " + m[2] + ", " + Lower(m[1]), true
			}
			return "", false
		},
		func(b string) (string, bool) {
			if m := frontClause.FindStringSubmatch(b); m != nil {
				return Upper(m[3]) + " " + strings.ToLower(m[1]) + " " + m[2], true
			}
			if m := backClause.FindStringSubmatch(b); m != nil && CountWords(m[1]) >= 4 {
				return Upper(m[2]) + " " + m[3] + ", " + Lower(strings.TrimRight(m[1], ",;")), true
			}
			return "", false
		},
		func(b string) (string, bool) {
			if m := frontTime.FindStringSubmatch(b); m != nil {
				return Upper(m[2]) + " " + lowerTime(m[1]), true
			}
			if m := backTime.FindStringSubmatch(b); m != nil && CountWords(m[1]) >= 4 {
				return Upper(m[2]) + ", " + Lower(strings.TrimRight(m[1], ",;")), true
			}
			return "", false
		},
	}
	rng.Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
	for _, t := range ts {
		if r, ok := t(body); ok {
			if strings.HasSuffix(r, "”") || strings.HasSuffix(r, "\"") {
				return r, true
			}
			return r + stop, true
		}
	}
	return s, false
}

// lowerTime puts a fronted phrase's first letter in lower case for the end
// of a sentence.
func lowerTime(p string) string { return strings.ToLower(p[:1]) + p[1:] }

// splitSentence splits a long sentence in two at a semicolon or a
// coordinating conjunction followed by a new subject.
func splitSentence(s string) ([]string, bool) {
	body, stop := Stop(s)
	if CountWords(body) < 18 {
		return nil, false
	}
	if m := splitSemi.FindStringSubmatch(body); m != nil {
		return []string{m[1] + ".", Upper(m[2]) + stop}, true
	}
	if m := splitDash.FindStringSubmatch(body); m != nil {
		return []string{m[1] + ".", Upper(m[2]) + stop}, true
	}
	if m := splitBut.FindStringSubmatch(body); m != nil {
		second := Upper(m[3])
		switch m[2] {
		case "but":
			second = "But " + m[3]
		case "while":
			second = "Meanwhile, " + m[3]
		}
		return []string{m[1] + ".", second + stop}, true
	}
	return nil, false
}

// mergeSentences joins two short sentences into one.
func mergeSentences(a, b string, rng *rand.Rand) (string, bool) {
	if hasQuote(a) || hasQuote(b) || CountWords(a) > 16 || CountWords(b) > 16 {
		return "", false
	}
	ab, _ := Stop(a)
	bb, stop := Stop(b)
	lb := Lower(bb)
	if lb == bb && strings.ToUpper(bb[:1]) == bb[:1] {
		return ab + "; " + bb + stop, true // a name starts b: keep its case
	}
	joins := []string{", and ", ", while ", "; "}
	return ab + joins[rng.IntN(len(joins))] + lb + stop, true
}

// ReorderOptions are the reorderer's habits for one article.
type ReorderOptions struct {
	Rate  float64 // chance each sentence is turned round
	Split float64 // chance a long sentence is split
	Merge float64 // chance two short neighbours are merged
}

// Reorder applies the clause reorderer to d.
func Reorder(d Doc, rng *rand.Rand, o ReorderOptions) Doc {
	var out []string
	sents := d.Sentences()
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		if i+1 < len(sents) && rng.Float64() < o.Merge {
			if m, ok := mergeSentences(s, sents[i+1], rng); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		if rng.Float64() < o.Split {
			if parts, ok := splitSentence(s); ok {
				out = append(out, parts...)
				continue
			}
		}
		if rng.Float64() < o.Rate {
			s, _ = reorderSentence(s, rng)
		}
		out = append(out, s)
	}
	var sizes []int
	for range out {
		sizes = append(sizes, 1+rng.IntN(3))
	}
	return Regroup(d.Title, out, sizes)
}
