package facts

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk"
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
	norm    string // the text folded (normQuote)
	stems   map[string]bool
	numbers []Number
	dates   []Date
	ents    map[string]string // kind:key -> surface
	roles   map[string][]Role // person key -> roles given in the sentence
	quotes  []Quote
}

// articleSentences is what each sentence of f holds; dates are f's dates
// as the story resolved them.
func articleSentences(f *Facts, dates []Date) []sentFacts {
	out := make([]sentFacts, len(f.Sentences))
	w := f.words()
	for k, s := range f.Sentences {
		out[k] = sentFacts{text: s.Text, norm: w.sentNorm[k], stems: w.sentStems[k], ents: map[string]string{}, roles: map[string][]Role{}}
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

// sentKind names a kind of fact in one sentence of one article.
type sentKind struct {
	art, sent int
	kind      string
}

// change is one thing a copy's sentence says otherwise than its
// original's: the kind, what about, the words of each and their normal
// forms.
type change struct {
	kind, subject string
	a, b          string
	ka, kb        string
}

// copyChanges compares each copy in rels with its original, sentence by
// aligned sentence, and gives one row per changed fact of an original
// (every copy that changed it the same way shares the version). changed
// holds the sentences and kinds (article, sentence, kind) the rows cover,
// so that the comparison of independent articles does not list them again.
func copyChanges(fs []*Facts, sents [][]sentFacts, rels []copydesk.Relation) (changed map[sentKind]bool, out []Disagreement) {
	idx := map[string]int{}
	for i, f := range fs {
		idx[f.ID] = i
	}
	rows := map[string]*row{}
	var order []string
	changed = map[sentKind]bool{}
	seen := map[[2]int]bool{}
	for _, r := range rels {
		a, okA := idx[r.From]
		b, okB := idx[r.To]
		if !okA || !okB || a == b || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		ref := PairRef{From: r.From, To: r.To, Kind: r.Kind}
		for _, al := range alignSentences(sents[a], sents[b], alignCopy) {
			x, y := sents[a][al[0]], sents[b][al[1]]
			for _, c := range compareSentences(x, y) {
				key := strings.Join([]string{c.kind, r.From, x.text, c.subject, c.ka}, "\x00")
				rw := rows[key]
				if rw == nil {
					rw = newRow(c.kind, c.subject)
					rw.add(c.ka, c.a, x.text, fs[a])
					rows[key] = rw
					order = append(order, key)
				}
				rw.add(c.kb, c.b, y.text, fs[b])
				if n := len(rw.rels); n == 0 || rw.rels[n-1] != ref {
					rw.rels = append(rw.rels, ref)
				}
				changed[sentKind{a, al[0], c.kind}], changed[sentKind{b, al[1], c.kind}] = true, true
			}
		}
	}
	for _, k := range order {
		if d, ok := rows[k].disagreement(); ok {
			out = append(out, d)
		}
	}
	return changed, out
}

// alignSentences pairs each sentence of sb (of four content words or more)
// with the sentence of sa it shares most with (Dice of content stems), when
// that reaches thr. Only sentences that share a word are compared, so two
// long articles cost what their words do, not the product of their
// sentences.
func alignSentences(sa, sb []sentFacts, thr float64) [][2]int {
	post := map[string][]int{}
	for k, x := range sa {
		if len(x.stems) < 4 {
			continue
		}
		for w := range x.stems {
			if len(post[w]) < maxPostings {
				post[w] = append(post[w], k)
			}
		}
	}
	var out [][2]int
	seen := make([]int, len(sa))
	for j, y := range sb {
		if len(y.stems) < 4 {
			continue
		}
		best, bestD := -1, 0.0
		for w := range y.stems {
			for _, k := range post[w] {
				if seen[k] == j+1 {
					continue
				}
				seen[k] = j + 1
				if _, d := overlap(sa[k].stems, y.stems); d > bestD || d == bestD && k < best {
					best, bestD = k, d
				}
			}
		}
		if best >= 0 && bestD >= thr {
			out = append(out, [2]int{best, j})
		}
	}
	return out
}

// maxPerSentence bounds the numbers, dates and quotes of one sentence that
// are compared: a sentence of thousands is no statement of one fact.
const maxPerSentence = 16

// compareSentences lists what the copy's sentence y says otherwise than
// its original's x: a negation added or dropped, a word turned to its
// opposite, and the numbers, days, places, people, speakers and roles that
// differ.
func compareSentences(x, y sentFacts) []change {
	var out []change
	if nx, ny := negated(x.text), negated(y.text); nx != ny {
		a, b := negText(x.text), negText(y.text)
		out = append(out, change{kind: KindNegation, subject: "negation", a: a, b: b, ka: a, kb: b})
	}
	if wa, wb, ok := oppositeWords(x.text, y.text); ok {
		out = append(out, change{kind: KindAntonym, subject: wa + " / " + wb, a: wa, b: wb, ka: wa, kb: wb})
	}
	// Numbers of the same thing: a value only one side gives, on each side.
	nx, ny := numbersByThing(x.numbers), numbersByThing(y.numbers)
	for _, thing := range sortedKeys(nx) {
		vx, vy := nx[thing], ny[thing]
		if vy == nil {
			continue
		}
		if p, q, ok := onlyEach(vx, vy); ok {
			subj := p.n.Counts
			if subj == "" {
				subj = p.n.Unit
			}
			out = append(out, change{kind: KindNumber, subject: subj, a: p.n.Text, b: q.n.Text, ka: p.key, kb: q.key})
		}
	}
	// Days: both sentences date something, differently.
	dx, dy := daysOf(x.dates), daysOf(y.dates)
	if len(dx) > 0 && len(dy) > 0 {
		if p, q, ok := onlyEachDay(dx, dy); ok {
			out = append(out, change{kind: KindDate, subject: "date", a: p.text, b: q.text, ka: p.key, kb: q.key})
		}
	}
	// People, organisations and places: one named only in x and another of
	// the same kind only in y.
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
			if !placeLike(ox[0], x.ents[ox[0]]) || !placeLike(oy[0], y.ents[oy[0]]) {
				continue
			}
		}
		a, b := x.ents[ox[0]], y.ents[oy[0]]
		// One named inside the other is detail, not another one
		// ("Quantico" and "Quantico, Virginia", "Ryder" and "Pat Ryder").
		if strings.Contains(strings.ToLower(a), strings.ToLower(b)) || strings.Contains(strings.ToLower(b), strings.ToLower(a)) {
			continue
		}
		out = append(out, change{kind: dk, subject: kind, a: a, b: b, ka: ox[0], kb: oy[0]})
	}
	// The speaker of what the sentence reports.
	for _, p := range x.quotes[:min(len(x.quotes), maxPerSentence)] {
		for _, q := range y.quotes[:min(len(y.quotes), maxPerSentence)] {
			if p.SpeakerKey != "" && q.SpeakerKey != "" && p.SpeakerKey != q.SpeakerKey && p.SpeakerKind == q.SpeakerKind {
				if c, _ := overlap(stemSet(p.Text), stemSet(q.Text)); c >= 0.5 {
					out = append(out, change{kind: KindName, subject: "speaker", a: p.Speaker, b: q.Speaker,
						ka: p.SpeakerKind + ":" + p.SpeakerKey, kb: q.SpeakerKind + ":" + q.SpeakerKey})
				}
			}
		}
	}
	// Titles of the same person: in a copy any other title is a change,
	// unless one holds the other ("Gen." and "Air Force Gen.").
	for _, key := range sortedKeys(x.roles) {
		for _, ra := range x.roles[key] {
			for _, rb := range y.roles[key] {
				if rolesConflict(ra.Key, rb.Key) || !roleHolds(ra.Key, rb.Key) && !roleHolds(rb.Key, ra.Key) && !hasRole(y.roles[key], ra.Key) && !hasRole(x.roles[key], rb.Key) {
					out = append(out, change{kind: KindRole, subject: key, a: ra.Text, b: rb.Text, ka: ra.Key, kb: rb.Key})
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].kind < out[j].kind })
	return out
}

// keyedNumber is a number with the normal form of its value.
type keyedNumber struct {
	n   Number
	key string
}

// numbersByThing groups the numbers of a sentence by what they count (the
// counted thing, or the unit's dimension for a measure of nothing named),
// each value once.
func numbersByThing(ns []Number) map[string][]keyedNumber {
	out := map[string][]keyedNumber{}
	for _, n := range ns[:min(len(ns), maxPerSentence)] {
		dim, size, measured, ok := numberFact(n)
		if !ok || n.Head == "" && dim == "" {
			continue
		}
		thing := n.Head + "|" + dim
		k := numberKey(size, measured)
		dup := false
		for _, x := range out[thing] {
			dup = dup || x.key == k
		}
		if !dup {
			out[thing] = append(out[thing], keyedNumber{n, k})
		}
	}
	return out
}

// onlyEach finds a value only a gives and one only b gives.
func onlyEach(a, b []keyedNumber) (keyedNumber, keyedNumber, bool) {
	in := func(xs []keyedNumber, k string) bool {
		for _, x := range xs {
			if x.key == k {
				return true
			}
		}
		return false
	}
	for _, p := range a {
		if in(b, p.key) {
			continue
		}
		for _, q := range b {
			if !in(a, q.key) {
				return p, q, true
			}
		}
	}
	return keyedNumber{}, keyedNumber{}, false
}

// keyedDay is a date's words with the normal form of its day (or month,
// or year: gran).
type keyedDay struct{ text, key, gran string }

// daysOf lists the days the dates of a sentence name, resolved or as
// written, each once.
func daysOf(ds []Date) []keyedDay {
	var out []keyedDay
	for _, d := range ds[:min(len(ds), maxPerSentence)] {
		if d.Kind == "offset" || d.Time != "" {
			continue
		}
		k := dateKey(d)
		if k == "" {
			continue
		}
		dup := false
		for _, x := range out {
			dup = dup || sameDay(x.key, k)
		}
		if !dup {
			out = append(out, keyedDay{d.Text, k, d.Granularity})
		}
	}
	return out
}

// onlyEachDay finds a day only a names and one only b names.
func onlyEachDay(a, b []keyedDay) (keyedDay, keyedDay, bool) {
	in := func(xs []keyedDay, k string) bool {
		for _, x := range xs {
			if sameDay(x.key, k) {
				return true
			}
		}
		return false
	}
	for _, p := range a {
		if in(b, p.key) {
			continue
		}
		for _, q := range b {
			if q.gran == p.gran && !in(a, q.key) {
				return p, q, true
			}
		}
	}
	return keyedDay{}, keyedDay{}, false
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

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
