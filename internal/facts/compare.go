package facts

import (
	"fmt"
	"sort"
	"strings"
)

// Thresholds of sentence alignment (Dice of content-word stems): within a
// copy pair a looser one, between independent reports a strict one so that
// only statements of the same fact are compared.
const (
	alignCopy  = 0.3
	alignOther = 0.5
)

// sentFacts is what one sentence of an article holds.
type sentFacts struct {
	text    string
	stems   map[string]bool
	numbers []Number
	dates   []Date
	ents    map[string]string // kind:key -> surface
	roles   map[string][]Role // person key -> roles given in the sentence
	quotes  []Quote
}

// articleStems is the set of content stems of an article's sentences.
func articleStems(sents []sentFacts) map[string]bool {
	all := map[string]bool{}
	for _, s := range sents {
		for w := range s.stems {
			all[w] = true
		}
	}
	return all
}

// articleSentences is what each sentence of f holds; dates are f's dates
// as the story resolved them.
func articleSentences(f *Facts, dates []Date) []sentFacts {
	out := make([]sentFacts, len(f.Sentences))
	for k, s := range f.Sentences {
		out[k] = sentFacts{text: s.Text, stems: stemSet(s.Text), ents: map[string]string{}, roles: map[string][]Role{}}
	}
	in := func(k int) bool { return k >= 0 && k < len(out) }
	for _, n := range f.Numbers {
		if in(n.Sentence) {
			out[n.Sentence].numbers = append(out[n.Sentence].numbers, n)
		}
	}
	for _, q := range f.Quotes {
		if in(q.Sentence) {
			out[q.Sentence].quotes = append(out[q.Sentence].quotes, q)
		}
	}
	for _, d := range dates {
		if in(d.Sentence) {
			out[d.Sentence].dates = append(out[d.Sentence].dates, d)
		}
	}
	for _, p := range f.People {
		for _, mt := range p.Mentions {
			if in(mt.Sentence) {
				out[mt.Sentence].ents[kindPerson+":"+p.Key] = p.Name
			}
		}
		for _, r := range p.Roles {
			if in(r.Sentence) {
				out[r.Sentence].roles[p.Key] = append(out[r.Sentence].roles[p.Key], r)
			}
		}
	}
	for _, group := range []struct {
		kind string
		ents []Entity
	}{{kindOrg, f.Orgs}, {kindPlace, f.Places}} {
		for _, e := range group.ents {
			for _, mt := range e.Mentions {
				if in(mt.Sentence) {
					out[mt.Sentence].ents[group.kind+":"+e.Key] = mt.Text
				}
			}
		}
	}
	return out
}

// compareArticles aligns the sentences sa of article fa and sb of fb (each
// sentence of fb to its best match in fa, by Dice of content stems) and
// reports what changed between aligned sentences. With rel (fa is the
// original, fb the copy) negation and direction changes count too.
func compareArticles(fa, fb *Facts, sa, sb []sentFacts, rel *PairRef) []Disagreement {
	thr := alignOther
	if rel != nil {
		thr = alignCopy
	}
	var out []Disagreement
	for _, y := range sb {
		if len(y.stems) < 4 {
			continue
		}
		best, bestD := -1, 0.0
		for k, x := range sa {
			if len(x.stems) < 4 {
				continue
			}
			if _, d := overlap(x.stems, y.stems); d > bestD {
				best, bestD = k, d
			}
		}
		if best < 0 || bestD < thr {
			// Independent reports of one fact rarely share a sentence's
			// words: a number of the same thing still disagrees when the
			// sentences share at least three content words.
			if rel == nil {
				out = append(out, numberClash(fa, fb, sa, y)...)
			}
			continue
		}
		x := sa[best]
		for _, c := range compareSentences(x, y, rel != nil) {
			c.A.Sentence, c.B.Sentence = x.text, y.text
			c.A.Sources, c.A.Articles = []string{source(fa)}, []string{fa.ID}
			c.B.Sources, c.B.Articles = []string{source(fb)}, []string{fb.ID}
			c.Relation = rel
			out = append(out, c)
		}
	}
	return out
}

// numberClash compares the numbers of sentence y of fb with those of the
// sentences of fa that share at least three content stems with it,
// including the counted noun.
func numberClash(fa, fb *Facts, sa []sentFacts, y sentFacts) []Disagreement {
	var out []Disagreement
	for _, q := range y.numbers {
		if q.Head == "" {
			continue
		}
		for _, x := range sa {
			if shared(x.stems, y.stems) < 3 || !x.stems[q.Head] || hasValue(x.numbers, q) {
				continue
			}
			for _, p := range x.numbers {
				if p.Head == q.Head && p.Value != q.Value && p.Ordinal == q.Ordinal && !hasValue(y.numbers, p) {
					out = append(out, Disagreement{Kind: KindNumber, Subject: p.Counts,
						A: Version{Text: p.Text, Sentence: x.text, Sources: []string{source(fa)}, Articles: []string{fa.ID}},
						B: Version{Text: q.Text, Sentence: y.text, Sources: []string{source(fb)}, Articles: []string{fb.ID}}})
				}
			}
		}
	}
	return out
}

// compareSentences lists the changes between two aligned sentences.
func compareSentences(x, y sentFacts, meaning bool) []Disagreement {
	var out []Disagreement
	if meaning {
		nx, ny := negated(x.text), negated(y.text)
		if nx != ny {
			out = append(out, Disagreement{Kind: KindNegation, Subject: "negation",
				A: Version{Text: negText(x.text)}, B: Version{Text: negText(y.text)}})
		}
		if wa, wb, ok := oppositeWords(x.text, y.text); ok {
			out = append(out, Disagreement{Kind: KindAntonym, Subject: wa + " / " + wb, A: Version{Text: wa}, B: Version{Text: wb}})
		}
	}
	// Numbers on the same thing.
	for _, p := range x.numbers {
		for _, q := range y.numbers {
			if p.Ordinal != q.Ordinal || p.Value == q.Value {
				continue
			}
			if p.Head != "" && p.Head == q.Head || p.Head == "" && q.Head == "" && p.Unit != "" && p.Unit == q.Unit {
				if hasValue(y.numbers, p) || hasValue(x.numbers, q) {
					continue
				}
				subj := p.Counts
				if subj == "" {
					subj = p.Unit
				}
				out = append(out, Disagreement{Kind: KindNumber, Subject: subj, A: Version{Text: p.Text}, B: Version{Text: q.Text}})
			}
		}
	}
	// Dates: both sentences date something, resolved or as written, differently.
	for _, p := range x.dates {
		for _, q := range y.dates {
			if p.Granularity != q.Granularity || p.Kind == "offset" || q.Kind == "offset" {
				continue
			}
			va, vb := dateKey(p), dateKey(q)
			if va == "" || vb == "" || va == vb || anyDate(y.dates, va) || anyDate(x.dates, vb) {
				continue
			}
			out = append(out, Disagreement{Kind: KindDate, Subject: "date", A: Version{Text: p.Text}, B: Version{Text: q.Text}})
		}
	}
	// Entities: one named only in x and another of the same kind only in y.
	for _, kind := range []string{kindPerson, kindOrg, kindPlace} {
		var ox, oy []string
		for k := range x.ents {
			if strings.HasPrefix(k, kind+":") && y.ents[k] == "" {
				ox = append(ox, k)
			}
		}
		for k := range y.ents {
			if strings.HasPrefix(k, kind+":") && x.ents[k] == "" {
				oy = append(oy, k)
			}
		}
		if len(ox) != 1 || len(oy) != 1 {
			continue
		}
		dk := KindName
		if kind == kindPlace {
			dk = KindPlace
		}
		// A place and its country or state is no change ("Quantico" and
		// "Quantico, Virginia" differ by one more, not another, place).
		out = append(out, Disagreement{Kind: dk, Subject: kind, A: Version{Text: x.ents[ox[0]]}, B: Version{Text: y.ents[oy[0]]}})
	}
	// The speaker of what the sentence reports.
	for _, p := range x.quotes {
		for _, q := range y.quotes {
			if p.SpeakerKey != "" && q.SpeakerKey != "" && p.SpeakerKey != q.SpeakerKey && p.SpeakerKind == q.SpeakerKind {
				if c, _ := overlap(stemSet(p.Text), stemSet(q.Text)); c >= 0.5 {
					out = append(out, Disagreement{Kind: KindName, Subject: "speaker", A: Version{Text: p.Speaker}, B: Version{Text: q.Speaker}})
				}
			}
		}
	}
	// Titles of the same person within a copy pair (between independent
	// reports the story-wide role comparison covers them).
	for key, rx := range x.roles {
		if !meaning {
			break
		}
		for _, ra := range rx {
			for _, rb := range y.roles[key] {
				// In a copy any other title for the same person is a change,
				// unless one holds the other ("Gen." and "Air Force Gen.").
				if rolesConflict(ra.Key, rb.Key) || !roleHolds(ra.Key, rb.Key) && !roleHolds(rb.Key, ra.Key) && !hasRole(y.roles[key], ra.Key) && !hasRole(x.roles[key], rb.Key) {
					out = append(out, Disagreement{Kind: KindRole, Subject: key, A: Version{Text: ra.Text}, B: Version{Text: rb.Text}})
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

func hasValue(ns []Number, p Number) bool {
	for _, n := range ns {
		if n.Value == p.Value && n.Head == p.Head {
			return true
		}
	}
	return false
}

// dateKey is a date's resolved value, else what its words say.
func dateKey(d Date) string {
	if d.Value != "" {
		return d.Value
	}
	p := d.Parsed
	switch {
	case p.Month > 0:
		return fmt.Sprintf("--%02d-%02d", p.Month, p.Day)
	case p.Weekday > 0:
		return fmt.Sprintf("wd%d", p.Weekday)
	case p.Unit != "":
		return fmt.Sprintf("%+d%s", p.Offset, p.Unit)
	}
	return ""
}

func anyDate(ds []Date, k string) bool {
	for _, d := range ds {
		if dateKey(d) == k {
			return true
		}
	}
	return false
}
