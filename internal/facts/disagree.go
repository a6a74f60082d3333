package facts

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk"
)

// The kinds of Disagreement.
const (
	KindRole     = "role"     // a person's role or title differs
	KindNumber   = "number"   // a number differs on the same fact
	KindDate     = "date"     // a date differs on the same fact
	KindPlace    = "place"    // a place differs on the same fact
	KindName     = "name"     // a person or organisation differs (or is spelt differently)
	KindQuote    = "quote"    // a quote was reworded
	KindNegation = "negation" // a copy added or removed a negation
	KindAntonym  = "antonym"  // a copy swapped in a word of opposite meaning or direction
)

// Disagreement is one point on which two versions differ, with the sources
// behind each version.
type Disagreement struct {
	Kind string `json:"kind"`
	// Subject is what the versions are about: the person, the counted thing,
	// the speaker.
	Subject string  `json:"subject,omitempty"`
	A       Version `json:"a"`
	B       Version `json:"b"`
	// Relation is set when the two versions are an original (A) and its copy
	// (B): a meaning the copy changed.
	Relation *PairRef `json:"relation,omitempty"`
}

// Version is one side of a disagreement.
type Version struct {
	// Text is what this side says (the role, the number, the words).
	Text string `json:"text"`
	// Sentence is the sentence it is said in, when one.
	Sentence string   `json:"sentence,omitempty"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
}

// PairRef names a copy relation.
type PairRef struct {
	From string        `json:"from"`
	To   string        `json:"to"`
	Kind copydesk.Kind `json:"kind"`
}

// Thresholds of sentence alignment (Dice of content-word stems): within a
// copy pair a looser one, between independent reports a strict one so that
// only statements of the same fact are compared.
const (
	alignCopy  = 0.3
	alignOther = 0.5
)

// disagreements finds role and name conflicts across the story's entities,
// reworded quotes, and, over aligned sentences, changed numbers, dates,
// places and names (between any two articles) and changed negation and
// direction (within copy pairs).
func (m *merger) disagreements(sf *StoryFacts, rels []copydesk.Relation) []Disagreement {
	var out []Disagreement
	// Roles: two roles of one person with a common head ("secretary") where
	// neither is a more or less detailed form of the other.
	for _, e := range sf.Entities {
		if e.Kind != kindPerson {
			continue
		}
		for i := 0; i < len(e.Roles); i++ {
			for j := i + 1; j < len(e.Roles); j++ {
				a, b := e.Roles[i], e.Roles[j]
				if !rolesConflict(a.Key, b.Key) || sameSet(a.Articles, b.Articles) && len(a.Articles) == 1 {
					continue
				}
				out = append(out, Disagreement{Kind: KindRole, Subject: e.Name,
					A: Version{Text: a.Text, Sources: a.Sources, Articles: a.Articles},
					B: Version{Text: b.Text, Sources: b.Sources, Articles: b.Articles}})
			}
		}
	}
	// Names: one surname with first names a letter or two apart.
	names := map[string]map[string][]string{} // surname -> first name -> articles
	for _, f := range m.fs {
		for _, p := range f.People {
			fn := firstName(p.Name)
			if fn == "" {
				continue
			}
			if names[p.Key] == nil {
				names[p.Key] = map[string][]string{}
			}
			names[p.Key][p.Name] = addStr(names[p.Key][p.Name], f.ID)
		}
	}
	for _, forms := range names {
		var list []string
		for n := range forms {
			list = append(list, n)
		}
		sort.Strings(list)
		for i := 0; i < len(list); i++ {
			for j := i + 1; j < len(list); j++ {
				fa, fb := firstName(list[i]), firstName(list[j])
				if fa != fb && editDistance(fa, fb) <= 2 && !strings.HasPrefix(fa, fb) && !strings.HasPrefix(fb, fa) {
					out = append(out, Disagreement{Kind: KindName, Subject: list[i],
						A: Version{Text: list[i], Sources: m.sourcesOf(forms[list[i]]), Articles: forms[list[i]]},
						B: Version{Text: list[j], Sources: m.sourcesOf(forms[list[j]]), Articles: forms[list[j]]}})
				}
			}
		}
	}
	// Quotes reworded: direct variants from different articles.
	for _, q := range sf.Quotes {
		var direct []QuoteVariant
		for _, v := range q.Variants {
			if v.Direct {
				direct = append(direct, v)
			}
		}
		for i := 1; i < len(direct); i++ {
			if sameSet(direct[0].Articles, direct[i].Articles) {
				continue
			}
			// A variant that quotes part of the other changed nothing.
			na, nb := normQuote(direct[0].Text), normQuote(direct[i].Text)
			if strings.Contains(na, nb) || strings.Contains(nb, na) {
				continue
			}
			out = append(out, Disagreement{Kind: KindQuote, Subject: q.Speaker,
				A: Version{Text: direct[0].Text, Sources: direct[0].Sources, Articles: direct[0].Articles},
				B: Version{Text: direct[i].Text, Sources: direct[i].Sources, Articles: direct[i].Articles}})
		}
	}
	// Aligned sentences.
	idx := map[string]int{}
	for i, f := range m.fs {
		idx[f.ID] = i
	}
	copies := map[[2]int]copydesk.Relation{}
	for _, r := range rels {
		a, okA := idx[r.From]
		b, okB := idx[r.To]
		if okA && okB && a != b {
			copies[[2]int{a, b}] = r
		}
	}
	stems := make([]map[string]bool, len(m.fs))
	for i := range m.fs {
		stems[i] = m.articleStems(i)
	}
	for i := range m.fs {
		for j := range m.fs {
			if i == j {
				continue
			}
			if r, ok := copies[[2]int{i, j}]; ok {
				out = append(out, m.compareArticles(i, j, &PairRef{From: r.From, To: r.To, Kind: r.Kind})...)
				continue
			}
			_, rev := copies[[2]int{j, i}]
			if i < j && !rev {
				// Independent reports of different happenings share few
				// words: skip them (and keep large stories tractable).
				if _, d := overlap(stems[i], stems[j]); d < 0.15 {
					continue
				}
				out = append(out, m.compareArticles(i, j, nil)...)
			}
		}
	}
	return dedupe(out)
}

func (m *merger) sourcesOf(ids []string) []string {
	var out []string
	for _, f := range m.fs {
		for _, id := range ids {
			if f.ID == id {
				out = addStr(out, source(f))
			}
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// rolesConflict reports two role keys that share a title head but neither
// holds the other ("assistant defense secretary" and "defense deputy
// secretary" do; "general" and "air force general" do not).
func rolesConflict(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, w := range wa {
		sa[w] = true
	}
	for _, w := range wb {
		sb[w] = true
	}
	head := false
	for w := range sa {
		if sb[w] && titleHeads[w] {
			head = true
		}
	}
	if !head {
		return false
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	if !sub(sa, sb) && !sub(sb, sa) {
		return true
	}
	// One holds the other: a conflict only when the extra words change the
	// office ("Deputy Mayor" is not the mayor), not when they add detail
	// ("Air Force Gen." is a general).
	for w := range sa {
		if !sb[w] && rankQualifiers[w] {
			return true
		}
	}
	for w := range sb {
		if !sa[w] && rankQualifiers[w] {
			return true
		}
	}
	return false
}

// rankQualifiers change which office a title names.
var rankQualifiers = wordSet("deputy", "assistant", "vice", "under", "acting", "former", "interim",
	"associate", "junior", "principal", "lieutenant", "adjunct", "honorary", "emeritus", "elect")

// roleHolds reports whether every word of role key b is in role key a.
func roleHolds(a, b string) bool {
	wa := map[string]bool{}
	for _, w := range strings.Fields(a) {
		wa[w] = true
	}
	for _, w := range strings.Fields(b) {
		if !wa[w] {
			return false
		}
	}
	return true
}

// hasRole reports whether roles holds a role with key k, or one that holds k.
func hasRole(roles []Role, k string) bool {
	for _, r := range roles {
		if r.Key == k || roleHolds(r.Key, k) {
			return true
		}
	}
	return false
}

// dedupe merges disagreements that say the same thing and orders them.
func dedupe(ds []Disagreement) []Disagreement {
	key := func(d Disagreement) string {
		r := ""
		if d.Relation != nil {
			r = d.Relation.From + ">" + d.Relation.To
		}
		return strings.Join([]string{d.Kind, strings.ToLower(d.Subject), strings.ToLower(d.A.Text), strings.ToLower(d.B.Text), d.A.Sentence, d.B.Sentence, r}, "\x00")
	}
	seen := map[string]bool{}
	out := []Disagreement{}
	for _, d := range ds {
		k := key(d)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

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

func (m *merger) sentences(i int) []sentFacts {
	if m.sents == nil {
		m.sents = map[int][]sentFacts{}
	}
	if c, ok := m.sents[i]; ok {
		return c
	}
	out := m.readSentences(i)
	m.sents[i] = out
	return out
}

// articleStems is the set of content stems of article i.
func (m *merger) articleStems(i int) map[string]bool {
	all := map[string]bool{}
	for _, s := range m.sentences(i) {
		for w := range s.stems {
			all[w] = true
		}
	}
	return all
}

func (m *merger) readSentences(i int) []sentFacts {
	f := m.fs[i]
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
	for _, d := range m.dates[i] {
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

// compareArticles aligns the sentences of articles a and b (each sentence
// of b to its best match in a, by Dice of content stems) and reports what
// changed between aligned sentences. With rel (a is the original, b the
// copy) negation and direction changes count too.
func (m *merger) compareArticles(a, b int, rel *PairRef) []Disagreement {
	fa, fb := m.fs[a], m.fs[b]
	sa, sb := m.sentences(a), m.sentences(b)
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
				out = append(out, m.numberClash(fa, fb, sa, y)...)
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
func (m *merger) numberClash(fa, fb *Facts, sa []sentFacts, y sentFacts) []Disagreement {
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

// negated reports whether a sentence holds a negation word.
func negated(s string) bool {
	for _, w := range wordsOf(s) {
		if negations[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// negText returns the negation words of s, or "(none)".
func negText(s string) string {
	var out []string
	for _, w := range wordsOf(s) {
		if negations[w] || strings.HasSuffix(w, "n't") {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return "(no negation)"
	}
	return strings.Join(out, " ")
}

func wordsOf(s string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘':
			return '\''
		case '.', ',', ';', ':', '"', '“', '”', '(', ')', '!', '?':
			return ' '
		}
		return r
	}, strings.ToLower(s)))
}

// polarity lists the direction words of s (phrasal verbs first), with the
// direction of each.
func polarity(s string) map[string]int {
	w := wordsOf(s)
	out := map[string]int{}
	for i := 0; i < len(w); i++ {
		if i+1 < len(w) {
			if d, ok := direction[w[i]+" "+w[i+1]]; ok {
				out[w[i]+" "+w[i+1]] = d
				i++
				continue
			}
		}
		if d, ok := direction[w[i]]; ok {
			out[w[i]] = d
		}
	}
	return out
}

// oppositeWords finds a word of x replaced in y by one of opposite
// direction or meaning: a raise/lower verb of one direction only in x and
// one of the other only in y, or an antonym pair of stems.
func oppositeWords(x, y string) (string, string, bool) {
	px, py := polarity(x), polarity(y)
	dirs := func(p map[string]int, other map[string]int) (up, down []string) {
		for w, d := range p {
			if _, ok := other[w]; ok {
				continue
			}
			if d > 0 {
				up = append(up, w)
			} else {
				down = append(down, w)
			}
		}
		sort.Strings(up)
		sort.Strings(down)
		return
	}
	xu, xd := dirs(px, py)
	yu, yd := dirs(py, px)
	switch {
	case len(xd) > 0 && len(yu) > 0 && len(xu) == 0 && len(yd) == 0:
		return xd[0], yu[0], true
	case len(xu) > 0 && len(yd) > 0 && len(xd) == 0 && len(yu) == 0:
		return xu[0], yd[0], true
	}
	sx, sy := stemSet(x), stemSet(y)
	var onlyX, onlyY []string
	for w := range sx {
		if !sy[w] {
			onlyX = append(onlyX, w)
		}
	}
	for w := range sy {
		if !sx[w] {
			onlyY = append(onlyY, w)
		}
	}
	sort.Strings(onlyX)
	sort.Strings(onlyY)
	for _, a := range onlyX {
		for _, b := range onlyY {
			if _, ok := antonyms[a+"|"+b]; ok {
				return surface(x, a), surface(y, b), true
			}
		}
	}
	return "", "", false
}

// surface finds the word of s whose stem is st.
func surface(s, st string) string {
	for _, w := range wordsOf(s) {
		if stemSet(w)[st] {
			return w
		}
	}
	return st
}
