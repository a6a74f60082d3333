package facts

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Thresholds of sentence alignment (Dice of content-word stems): only
// statements of the same fact are compared, in a copy as between
// independent reports (a looser one, 0.3, paired a copy's "six rifles
// during the operation" with its original's "14 rifles so far").
const (
	alignCopy = 0.5
	// alignMeaning: a negation or an opposite word turns the meaning of a
	// sentence the copy kept nearly whole.
	alignMeaning = 0.7
	alignOther   = 0.5
)

// sentFacts is what one sentence of an article holds.
type sentFacts struct {
	text    string
	norm    string // the text folded (normQuote)
	start   int    // where the sentence starts in its article
	stems   map[string]bool
	free    int // stems that are no value word (valueWord); 0 when not counted
	numbers []Number
	dates   []Date
	ents    map[string]string // kind:key -> surface
	placed  map[string]bool   // kind:key of the places written after "in", "at", "near"...
	roles   map[string][]Role // person key -> roles given in the sentence
	quotes  []Quote
	toks    []text.Token // the text's tokens, when read once for several numbers (tokens)
}

// tokens returns the tokens of the sentence's text: those read once for
// it, or read now.
func (s *sentFacts) tokens() []text.Token {
	if s.toks != nil {
		return s.toks
	}
	return text.Tokens(s.text)
}

// articleSentences is what each sentence of f holds; dates are f's dates
// as the story resolved them.
func articleSentences(f *Facts, dates []Date) []sentFacts {
	out := make([]sentFacts, len(f.Sentences))
	w := f.words()
	for k, s := range f.Sentences {
		out[k] = sentFacts{text: s.Text, start: s.Start, norm: w.sentNorm[k], stems: w.sentStems[k], free: w.sentFree[k], ents: map[string]string{}, placed: map[string]bool{},
			roles: map[string][]Role{}}
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
		// By surname, as a copy that names one of two people sharing it
		// keys them ("wilhelm" for "wilhelm:candee").
		key := surnameOf(p.Key)
		for _, mt := range p.Mentions {
			if in(mt.Sentence) {
				out[mt.Sentence].ents[kindPerson+":"+key] = p.Name
			}
		}
		for _, r := range p.Roles {
			if in(r.Sentence) {
				out[r.Sentence].roles[key] = append(out[r.Sentence].roles[key], r)
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
					s := out[mt.Sentence]
					s.ents[group.kind+":"+e.Key] = mt.Text
					if group.kind == kindPlace && afterPlacePrep(s.text[:max(0, min(len(s.text), mt.Start-s.start))]) {
						s.placed[group.kind+":"+e.Key] = true
					}
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

// afterPlacePrep reports whether before ends with a preposition of place.
func afterPlacePrep(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	return len(w) > 0 && placePreps[strings.Trim(w[len(w)-1], ",")]
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
// (every copy that changed it the same way shares the version). Two reports
// of one source (a shared-source relation of rels) have no original: each
// is compared with the other both ways, since a row's subject is its first
// side's words and it joins the rows of one fact by them, and a row only
// they give that another row holds whole is left out (sharedRepeats).
// changed holds the sentences and kinds (article, sentence, kind) the rows
// cover, so that the comparison of independent articles does not list them
// again.
func copyChanges(fs []*Facts, sents [][]sentFacts, rels []copydesk.Relation) (changed map[sentKind]bool, out []Disagreement) {
	idx := map[string]int{}
	for i, f := range fs {
		idx[f.ID] = i
	}
	rows := map[string]*row{}
	var order []string
	changed = map[sentKind]bool{}
	seen := map[[2]int]bool{}
	// What each article says anywhere and the postings of its sentences'
	// stems, made once per article: an original has many copies.
	saids := map[int]map[string]bool{}
	saidOf := func(i int) map[string]bool {
		if v, ok := saids[i]; ok {
			return v
		}
		saids[i] = said(sents, i)
		return saids[i]
	}
	posts := map[int]map[string][]int{}
	postOf := func(i int) map[string][]int {
		if p, ok := posts[i]; ok {
			return p
		}
		posts[i] = stemPostings(sents[i])
		return posts[i]
	}
	var pairs []copydesk.Relation
	aligned := map[[2]int][][2]int{} // the sentences of a shared-source pair aligned one way, until compared the other
	for _, r := range rels {
		pairs = append(pairs, r)
		if r.Kind == copydesk.SharedSource {
			back := r
			back.From, back.To = r.To, r.From
			pairs = append(pairs, back)
		}
	}
	for _, r := range pairs {
		a, okA := idx[r.From]
		b, okB := idx[r.To]
		if !okA || !okB || a == b || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		ref := PairRef{From: r.From, To: r.To, Kind: r.Kind}
		if r.Kind == copydesk.SharedSource && r.To < r.From {
			ref.From, ref.To = r.To, r.From // one pair, whichever way compared
		}
		va, vb := saidOf(a), saidOf(b)
		// A pair compared the other way round pairs the sentences it did.
		var als [][2]int
		if back, ok := aligned[[2]int{b, a}]; ok {
			als = make([][2]int, len(back))
			for k, al := range back {
				als[k] = [2]int{al[1], al[0]}
			}
			delete(aligned, [2]int{b, a})
		} else {
			als = alignPosted(sents[a], postOf(a), sents[b], alignCopy)
			if r.Kind == copydesk.SharedSource {
				aligned[[2]int{a, b}] = als
			}
		}
		for _, al := range als {
			x, y := sents[a][al[0]], sents[b][al[1]]
			for _, c := range compareSentences(x, y) {
				// A change only if the copy nowhere says what the original
				// said, nor the original what the copy says: else the two
				// sentences state two facts both give.
				if c.kind != KindNegation && c.kind != KindAntonym && (vb[c.kind+"\x00"+c.ka] || va[c.kind+"\x00"+c.kb]) {
					continue
				}
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
	list := make([]*row, len(order))
	for i, k := range order {
		list[i] = rows[k]
	}
	joined := joinChains(list)
	drop := sharedRepeats(joined)
	for i, rw := range joined {
		if drop[i] {
			continue
		}
		if d, ok := rw.disagreement(); ok {
			out = append(out, d)
		}
	}
	return changed, out
}

// sharedRepeats marks the rows that only reports of one source give
// (shared-source relations alone) whose every version (an article and its
// value) another row of the kind holds: the same change found the other
// way round, its subject in the other report's words, or one a copy row
// lists already. Of two such rows that hold each other, the first stays.
func sharedRepeats(rows []*row) map[int]bool {
	drop := map[int]bool{}
	at := map[string][]int{} // kind, article, value key -> rows
	vkey := func(rw *row, ki int, a string) string { return rw.kind + "\x00" + a + "\x00" + rw.keys[ki] }
	for i, rw := range rows {
		for ki, v := range rw.versions {
			for a := range v.articles {
				at[vkey(rw, ki, a)] = append(at[vkey(rw, ki, a)], i)
			}
		}
	}
	onlyShared := func(rw *row) bool {
		return !slices.ContainsFunc(rw.rels, func(r PairRef) bool { return r.Kind != copydesk.SharedSource })
	}
	for i, rw := range rows {
		if !onlyShared(rw) || len(rw.versions) == 0 {
			continue
		}
		// The candidates hold the first version's first article's value.
		var a0 string
		for a := range rw.versions[0].articles {
			if a0 == "" || a < a0 {
				a0 = a
			}
		}
		for _, j := range at[vkey(rw, 0, a0)] {
			if j == i || drop[j] || onlyShared(rows[j]) && j > i && holds(rw, rows[j]) {
				continue
			}
			if holds(rows[j], rw) {
				drop[i] = true
				break
			}
		}
	}
	return drop
}

// holds reports whether row s gives every version of row r: each article
// of each of r's versions with the same value.
func holds(s, r *row) bool {
	for ki, v := range r.versions {
		sv := s.byKey[r.keys[ki]]
		if sv == nil {
			return false
		}
		for a := range v.articles {
			if !sv.articles[a] {
				return false
			}
		}
	}
	return true
}

// joinChains makes one row of the copy rows that are one fact: rows of one
// kind and subject in which one article gives the same value, as when
// several originals say "$25 million" and one copy "$28 million", or an
// edit is copied on ("$22 million" -> "$25 million" -> "$28 million").
// Each pair stays listed among the row's relations.
func joinChains(rows []*row) []*row {
	parent := make([]int, len(rows))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := map[string]int{} // kind, subject, article, value key -> row
	for i, rw := range rows {
		for ki, v := range rw.versions {
			for a := range v.articles {
				k := strings.Join([]string{rw.kind, rw.subject, a, rw.keys[ki]}, "\x00")
				if j, ok := first[k]; ok {
					if ri, rj := find(i), find(j); ri != rj {
						parent[max(ri, rj)] = min(ri, rj)
					}
				} else {
					first[k] = i
				}
			}
		}
	}
	var out []*row
	for i, rw := range rows {
		if r := find(i); r != i {
			rows[r].absorb(rw)
			continue
		}
		out = append(out, rw)
	}
	return out
}

// said is every value article i states anywhere, by kind: the numbers
// (by counted thing), days, people, organisations, places and roles, as
// kind + NUL + the normal form compareSentences gives them.
func said(sents [][]sentFacts, i int) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents[i] {
		for _, vs := range numbersByThing(s.numbers) {
			for _, v := range vs {
				out[KindNumber+"\x00"+v.key] = true
			}
		}
		for _, d := range daysOf(s.dates) {
			out[KindDate+"\x00"+d.key] = true
		}
		for k := range s.ents {
			kind := KindName
			if strings.HasPrefix(k, kindPlace+":") {
				kind = KindPlace
			}
			out[kind+"\x00"+k] = true
		}
		for _, rs := range s.roles {
			for _, r := range rs {
				out[KindRole+"\x00"+r.Key] = true
			}
		}
	}
	return out
}

// stemPostings are the sentences of sa (of four content words or more)
// under each of their stems, at most maxPostings a stem, in order.
func stemPostings(sa []sentFacts) map[string][]int {
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
	return post
}

// alignPosted pairs each sentence of sb (of four content words or more)
// with the sentence of sa it shares most with (Dice of content stems), when
// that reaches thr; post is stemPostings(sa), made once for all the
// articles sa is compared with. Only sentences that share a word are
// compared, so two long articles cost what their words do, not the
// product of their sentences.
//
// The stems a sentence of sa shares with y are counted off the postings
// themselves, where a map look-up of every stem of every sentence posted
// was most of the alignment's cost (profile of copydesk add on the copy
// benchmark); when a posting of y's stems is full (maxPostings, so that
// it may lack a sentence), y's shares are counted as before, stem by stem.
func alignPosted(sa []sentFacts, post map[string][]int, sb []sentFacts, thr float64) [][2]int {
	var out [][2]int
	shared := make([]int, len(sa)) // stems of y each sentence of sa holds
	var met []int                  // the sentences of sa that share one
	for j, y := range sb {
		if len(y.stems) < 4 {
			continue
		}
		full := false
		for w := range y.stems {
			ks := post[w]
			full = full || len(ks) >= maxPostings
			for _, k := range ks {
				if shared[k] == 0 {
					met = append(met, k)
				}
				shared[k]++
			}
		}
		best, bestD := -1, 0.0
		for _, k := range met {
			var d float64
			if full {
				_, d = overlap(sa[k].stems, y.stems)
			} else {
				d = 2 * float64(shared[k]) / float64(len(sa[k].stems)+len(y.stems))
			}
			if d > bestD || d == bestD && k < best {
				best, bestD = k, d
			}
			shared[k] = 0
		}
		met = met[:0]
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
	// The weak signs of a change (a negation word, a weekday, a place the
	// gazetteers do not know) count only in a sentence the copy kept nearly
	// whole; the strong ones (a word turned to its opposite, a number, a
	// date, a known place) in any aligned sentence.
	near := valueFreeDice(&x, &y) >= alignMeaning
	// One text twice (most sentences of a copy) negates alike.
	if near && x.text != y.text && negated(x.text) != negated(y.text) && negationKept(x.text, y.text) {
		a, b := negText(x.text), negText(y.text)
		out = append(out, change{kind: KindNegation, subject: "negation", a: a, b: b, ka: a, kb: b})
	}
	if wa, wb, ok := oppositeWords(x.text, y.text, x.stems, y.stems); ok {
		out = append(out, change{kind: KindAntonym, subject: wa + " / " + wb, a: wa, b: wb, ka: wa, kb: wb})
	}
	// Numbers of the same thing: a value only one side gives, on each side.
	nx, ny := numbersByThing(x.numbers), numbersByThing(y.numbers)
	for _, thing := range sortedKeys(nx) {
		vx, vy := nx[thing], ny[thing]
		if vy == nil {
			continue
		}
		if p, q, ok := onlyEach(vx, vy); ok && shared(wordsAround(x, p.n, aroundWords), wordsAround(y, q.n, aroundWords)) >= 2 &&
			!misspelt(p.n.Text, q.n.Text) {
			subj := p.n.Counts
			if subj == "" {
				subj = p.n.Unit
			}
			out = append(out, change{kind: KindNumber, subject: subj, a: p.n.Text, b: q.n.Text, ka: p.key, kb: q.key})
		}
	}
	// Numbers that count nothing named (an age, an hour, a score), where
	// the copy put another value in the same words.
	out = append(out, bareNumberChanges(x, y)...)
	// Days: both sentences date something, differently, with dates they
	// write (a weekday or "today" depends on when and where each outlet
	// published).
	dx, dy := writtenDays(x.dates, near), writtenDays(y.dates, near)
	if len(dx) > 0 && len(dy) > 0 {
		// Only days said in the same words: a day of a clause the copy
		// left out ("Cheeks, who was fired March 2, is the fourth coach
		// since King took over on May 27") is no version of another.
		sameWords := func(p, q keyedDay) bool {
			return shared(stemsAround(x, p.start, p.end, "", aroundWords), stemsAround(y, q.start, q.end, "", aroundWords)) >= 2
		}
		if p, q, ok := onlyEachDay(dx, dy, sameWords); ok {
			out = append(out, change{kind: KindDate, subject: "date", a: p.text, b: q.text, ka: p.key, kb: q.key})
		}
	}
	// Places: one named only in x and another only in y, each where a place
	// is written ("in Kestrel"). People and organisations are left to the
	// speakers and roles: a name found in one sentence and missed in its
	// copy is no change.
	for _, kind := range []string{kindPlace} {
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
			ka, kb := strings.TrimPrefix(ox[0], kind+":"), strings.TrimPrefix(oy[0], kind+":")
			known := solidPlace(ka) && solidPlace(kb) || near && placeLike(ox[0], x.ents[ox[0]]) && placeLike(oy[0], y.ents[oy[0]])
			if !known || !x.placed[ox[0]] || !y.placed[oy[0]] || !otherPlaces(ka, kb, x.ents[ox[0]], y.ents[oy[0]]) {
				continue
			}
		}
		a, b := x.ents[ox[0]], y.ents[oy[0]]
		// A name the other sentence writes too (as a place or not) is no
		// other place.
		if strings.Contains(y.text, a) || strings.Contains(x.text, b) {
			continue
		}
		// One named inside the other is detail, not another one
		// ("Quantico" and "Quantico, Virginia", "Ryder" and "Pat Ryder").
		if strings.Contains(strings.ToLower(a), strings.ToLower(b)) || strings.Contains(strings.ToLower(b), strings.ToLower(a)) {
			continue
		}
		out = append(out, change{kind: dk, subject: kind, a: a, b: b, ka: ox[0], kb: oy[0]})
	}
	// The speaker of what the sentence reports, when each sentence names
	// its speaker (a pronoun or "the judge" resolved to someone else by
	// the text around an excerpt changes nothing the copy says), and the
	// names are not one written two ways ("2005 Authorities" and
	// "authorities", "the navy" and "the naval forces").
	for _, p := range x.quotes[:min(len(x.quotes), maxPerSentence)] {
		for _, q := range y.quotes[:min(len(y.quotes), maxPerSentence)] {
			if p.SpeakerKey != "" && q.SpeakerKey != "" && p.SpeakerKey != q.SpeakerKey && p.SpeakerKind == q.SpeakerKind &&
				namedHere(p) && namedHere(q) && !oneName(p.Speaker, q.Speaker) {
				if c, _ := overlap(stemSet(p.Text), stemSet(q.Text)); c >= 0.5 {
					out = append(out, change{kind: KindName, subject: "speaker", a: p.Speaker, b: q.Speaker,
						ka: p.SpeakerKind + ":" + p.SpeakerKey, kb: q.SpeakerKind + ":" + q.SpeakerKey})
				}
			}
		}
	}
	// Titles of the same person: a change when the copy names another
	// office (copyRoleChanged), not when it words the same one otherwise.
	for _, key := range sortedKeys(x.roles) {
		for _, ra := range x.roles[key] {
			for _, rb := range y.roles[key] {
				if officesDiffer(ra.Text, ra.Key, rb.Text, rb.Key, copyRoleChanged) && !hasRole(y.roles[key], ra.Key) && !hasRole(x.roles[key], rb.Key) {
					subject := key
					if name := x.ents[kindPerson+":"+key]; name != "" {
						subject = name
					}
					out = append(out, change{kind: KindRole, subject: subject, a: ra.Text, b: rb.Text, ka: ra.Key, kb: rb.Key})
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
	// around are the stems next to it (wordsAround), for statements
	// compared across articles.
	around map[string]bool
	// near are the stems of the nearest words (nearWords each side).
	near map[string]bool
	// lead are the stems of the words of substance just before it
	// (leadWords).
	lead []string
	// otherLeads are the lead stems of the sentence's other numbers
	// ("injuring" of "killing 10 people and injuring 80"): a word leading
	// another count says nothing of this one.
	otherLeads map[string]bool
	// span says it counts over a period or a whole (spans).
	span bool
	// clause are the words of its clause (clauseStems): what a short text
	// says it counts; names the people and organisations named there
	// (clauseNames).
	clause, names map[string]bool
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
			out[thing] = append(out[thing], keyedNumber{n: n, key: k})
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
// or year: gran), and where its words are in the article.
type keyedDay struct {
	text, key, gran string
	start, end      int
}

// daysOf lists the days the dates of a sentence name, resolved or as
// written, each once.
func daysOf(ds []Date) []keyedDay {
	var out []keyedDay
	for _, d := range ds[:min(len(ds), maxPerSentence)] {
		// Days counted from a reference that is not known say nothing
		// comparable ("yesterday" in an undated article).
		if d.Kind == "offset" || d.Time != "" || d.Kind == "relative" && d.Value == "" {
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
			out = append(out, keyedDay{d.Text, k, d.Granularity, d.Start, d.End})
		}
	}
	return out
}

// valueWord reports a stem that names a day or a number, which a change of
// the day or number changes.
func valueWord(w string) bool {
	if _, ok := months[w]; ok || isWeekday(w) || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		return true
	}
	_, _, ok := numValue(w)
	return ok
}

// valueFreeDice is the Dice similarity (overlap) of two sentences' stems
// without their value words (valueWord), counted in place: the two sets
// made for each aligned pair of every copy were a fifth of comparing the
// copies' sentences (profile of the copy benchmark). Each sentence's count
// of stems that are no value word is made once per article (derive), so
// that a pair costs a look-up of the smaller set's stems in the other.
func valueFreeDice(x, y *sentFacts) float64 {
	la, lb := x.valueFree(), y.valueFree()
	if la == 0 || lb == 0 {
		return 0
	}
	a, b := x.stems, y.stems
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] && !valueWord(w) {
			n++
		}
	}
	return 2 * float64(n) / float64(la+lb)
}

// valueFree counts the stems of s that are no value word.
func valueFree(s map[string]bool) int {
	n := 0
	for w := range s {
		if !valueWord(w) {
			n++
		}
	}
	return n
}

// valueFree is s.free, counted now for a sentence made without it.
func (s *sentFacts) valueFree() int {
	if s.free > 0 || len(s.stems) == 0 {
		return s.free
	}
	return valueFree(s.stems)
}

// writtenDays are the days of daysOf that the text writes as dates, and
// with weekdays the weekdays.
func writtenDays(ds []Date, weekdays bool) []keyedDay {
	var abs []Date
	for _, d := range ds {
		if d.Kind == "absolute" || weekdays && d.Kind == "weekday" {
			if d.Kind == "weekday" {
				d.Value = "" // compared as written, not as resolved
			}
			abs = append(abs, d)
		}
	}
	return daysOf(abs)
}

// onlyEachDay finds a day only a names and one only b names, that alike
// reports said alike.
func onlyEachDay(a, b []keyedDay, alike func(p, q keyedDay) bool) (keyedDay, keyedDay, bool) {
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
			// A weekday is compared with a weekday, a date with a date.
			if q.gran == p.gran && strings.HasPrefix(q.key, "wd") == strings.HasPrefix(p.key, "wd") && !in(a, q.key) && alike(p, q) {
				return p, q, true
			}
		}
	}
	return keyedDay{}, keyedDay{}, false
}

// dateKey is a date's resolved value, else what its words say.
func dateKey(d Date) string {
	// A year the text does not give was guessed: only month and day count.
	if d.Value != "" && (d.Kind != "absolute" || d.Parsed.Year > 0) {
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
