package facts

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/synonym"
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

// Disagreement is one fact on which the sources differ: what kind of fact
// and what it is about, and every version of it with the sources and
// articles that give it. Versions equal once written alike (case,
// punctuation, "six" and 6, "23 October" and "October 23", 5 miles and
// 8 km) are one version.
type Disagreement struct {
	Kind string `json:"kind"`
	// Subject is what the versions are about: the person, the counted thing,
	// the happening dated, the speaker.
	Subject string    `json:"subject"`
	Values  []Version `json:"values"`
	// Relations are set when a copy changed the meaning: Values[0] is then
	// the first original's version, the others its copies' (one fact that
	// several copies changed, or a copy's copy changed again, is one row
	// listing every pair). They are set too, of kind
	// copydesk.SharedSource, when the versions are given by two reports
	// written separately from one source (a release, a wire text): neither
	// is the other's original (From is the lesser article id), and a row
	// with no other relation ranks with the rows of independent reports.
	Relations []PairRef `json:"relations,omitempty"`
}

// Version is one version of a fact.
type Version struct {
	// Text is what this version says (the role, the number, the words).
	Text string `json:"text"`
	// Sentence is a sentence it is said in, when one.
	Sentence string   `json:"sentence,omitempty"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
}

// PairRef names a copy relation, or two reports of one source.
type PairRef struct {
	From string        `json:"from"`
	To   string        `json:"to"`
	Kind copydesk.Kind `json:"kind"`
}

// findDisagreements lists one row per fact on which the story's sources
// differ, most telling first: the meanings a copy changed (negation,
// direction, numbers, dates, places, speakers, roles between an original
// and its copy), then the numbers, roles, dates and places on which
// independent articles differ, then reworded quotes; two reports of one
// source (a shared-source pair of rels: no copy of each other) rank among
// the independent rows, each row naming the pairs. One person's name
// spelt two ways ("Yiannis" and "Giannis", "Jon" and "John") is one name,
// not a disagreement: the story's people merge it (mergeEntities).
func findDisagreements(fs []*Facts, dates [][]Date, sf *StoryFacts, rels []copydesk.Relation, events map[string]string) []Disagreement {
	sents := make([][]sentFacts, len(fs))
	for i := range fs {
		sents[i] = articleSentences(fs[i], dates[i])
	}
	copies, shared := splitRelations(rels)
	// The sentences of two reports of one source are compared aligned, as
	// a copy's with its original's (both keep the source's sentences), but
	// their rows name the shared-source pair and rank with the independent
	// rows; every other comparison takes the two for independent reports.
	changed, rows := copyChanges(fs, sents, append(copies[:len(copies):len(copies)], shared...))
	common := commonStems(sents)
	rows = append(rows, independentStatements(fs, sents, copies, changed, events, common)...)
	rows = append(rows, dateRows(fs, dates, sf.Timeline, copies, events, rows)...)
	rows = append(rows, unlisted(roleRows(sf.Entities), rows)...)
	// Two reports of one source quote it as independent reports do: their
	// wordings are two reports', a row only when they state a fact
	// differently.
	rows = append(rows, quoteRows(sf.Quotes, common, families(copies), copies)...)
	nameShared(rows, shared)
	rankRows(rows)
	return rows
}

// nameShared adds to each row no copy made the pairs of shared (two
// reports of one source) of which one report gives one version and the
// other another: the reader sees that the two wrote from one source, and
// that one of them may misreport it.
func nameShared(rows []Disagreement, shared []copydesk.Relation) {
	if len(shared) == 0 {
		return
	}
	for i := range rows {
		d := &rows[i]
		if d.copied() {
			continue
		}
		at := map[string]int{} // article -> the first version it gives
		for k, v := range d.Values {
			for _, a := range v.Articles {
				if _, ok := at[a]; !ok {
					at[a] = k
				}
			}
		}
		for _, r := range shared {
			x, okx := at[r.From]
			y, oky := at[r.To]
			if ref := (PairRef{From: r.From, To: r.To, Kind: r.Kind}); okx && oky && x != y && !slices.Contains(d.Relations, ref) {
				d.Relations = append(d.Relations, ref)
			}
		}
	}
}

// splitRelations parts rels into the copies (a duplicate, near-duplicate,
// excerpt, rewrite or translation of its original) and the pairs of
// reports written separately from one source (copydesk.SharedSource),
// which are no copy of each other. A shared-source pair has no original:
// its From is only the article stored first. So that the rows it makes do
// not depend on the order the two arrived in, each pair is given here
// with the report that is no copy of another first (of two rows of one
// change found both ways, the first's subject, in its first side's words,
// is kept, and a copy's words are the ones a spinner changed), and with the
// lesser article id first when both or neither are copies; the pairs in
// that order.
func splitRelations(rels []copydesk.Relation) (copies, shared []copydesk.Relation) {
	isCopy := map[string]bool{}
	for _, r := range rels {
		if r.Kind != copydesk.SharedSource {
			copies = append(copies, r)
			isCopy[r.To] = true
		}
	}
	for _, r := range rels {
		if r.Kind != copydesk.SharedSource {
			continue
		}
		if cf, ct := isCopy[r.From], isCopy[r.To]; cf && !ct || cf == ct && r.To < r.From {
			r.From, r.To = r.To, r.From
		}
		shared = append(shared, r)
	}
	slices.SortFunc(shared, func(x, y copydesk.Relation) int {
		return cmp.Or(strings.Compare(x.From, y.From), strings.Compare(x.To, y.To))
	})
	return copies, shared
}

// copied reports a row a copy made: one of its relations is a copy's (not
// only two reports of one source).
func (d Disagreement) copied() bool {
	return slices.ContainsFunc(d.Relations, func(r PairRef) bool { return r.Kind != copydesk.SharedSource })
}

// kindOrder orders the kinds of the rows no copy made (independent
// reports, and two reports of one source) as a reader weighs them. A
// negation or a word of opposite meaning comes only from two reports of
// one source (their sentences compared aligned): one of them misreports
// the source, after the facts independent reports give otherwise.
var kindOrder = map[string]int{KindNumber: 0, KindRole: 1, KindDate: 2, KindPlace: 3, KindNegation: 4, KindAntonym: 5, KindName: 6, KindQuote: 7}

// rankRows puts the meanings a copy changed first, then the kinds by
// kindOrder (the rows of two reports of one source among them); within a
// kind, the facts most sources speak of first.
func rankRows(rows []Disagreement) {
	sources := func(d Disagreement) int {
		n := 0
		for _, v := range d.Values {
			n += len(v.Sources)
		}
		return n
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		ca, cb := a.copied(), b.copied()
		if ca != cb {
			return ca
		}
		if a.Kind != b.Kind && !ca {
			return kindOrder[a.Kind] < kindOrder[b.Kind]
		}
		if sa, sb := sources(a), sources(b); sa != sb {
			return sa > sb
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.Values[0].Text < b.Values[0].Text
	})
}

// row gathers the versions of one fact while they are found.
type row struct {
	kind, subject string
	versions      []*version
	keys          []string // the versions' keys, in order
	byKey         map[string]*version
	rels          []PairRef
}

// version is one version of a fact being gathered: the forms it is written
// in (the commonest is shown) and who gives it.
type version struct {
	forms             map[string]int
	sentence          string
	sources, articles map[string]bool
	firstForm         string
}

func newRow(kind, subject string) *row {
	return &row{kind: kind, subject: subject, byKey: map[string]*version{}}
}

// add records that article f says the value whose normal form is key,
// written text, in sentence.
func (r *row) add(key, text, sentence string, f *Facts) {
	v := r.byKey[key]
	if v == nil {
		v = &version{forms: map[string]int{}, sources: map[string]bool{}, articles: map[string]bool{}, firstForm: text, sentence: sentence}
		r.byKey[key] = v
		r.versions = append(r.versions, v)
		r.keys = append(r.keys, key)
	}
	v.forms[text]++
	v.sources[source(f)] = true
	v.articles[f.ID] = true
}

// disagreement renders the row, or reports false when fewer than two
// versions remain.
func (r *row) disagreement() (Disagreement, bool) {
	if len(r.versions) < 2 {
		return Disagreement{}, false
	}
	d := Disagreement{Kind: r.kind, Subject: r.subject, Relations: r.rels}
	for _, v := range r.versions {
		text := v.firstForm
		for f, n := range v.forms {
			if n > v.forms[text] || n == v.forms[text] && f < text {
				text = f
			}
		}
		d.Values = append(d.Values, Version{Text: text, Sentence: v.sentence, Sources: sortedSet(v.sources), Articles: sortedSet(v.articles)})
	}
	return d, true
}

// absorb adds the versions and relations of o, a row of the same fact.
func (r *row) absorb(o *row) {
	for i, key := range o.keys {
		ov := o.byKey[key]
		v := r.byKey[key]
		if v == nil {
			r.byKey[key] = ov
			r.versions = append(r.versions, ov)
			r.keys = append(r.keys, o.keys[i])
			continue
		}
		for f, n := range ov.forms {
			v.forms[f] += n
		}
		for s := range ov.sources {
			v.sources[s] = true
		}
		for a := range ov.articles {
			v.articles[a] = true
		}
	}
	for _, ref := range o.rels {
		if !slices.Contains(r.rels, ref) {
			r.rels = append(r.rels, ref)
		}
	}
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// roleRows gives one row per person whose roles conflict: two roles with a
// common title head ("secretary") where neither is a more or less detailed
// form of the other nor the same words put for synonyms, nor offices of two
// bodies each role names (twoBodies), given by more than one article.
func roleRows(ents []StoryEntity) []Disagreement {
	var out []Disagreement
	for _, e := range ents {
		if e.Kind != kindPerson {
			continue
		}
		in := make([]bool, len(e.Roles))
		for i := 0; i < len(e.Roles); i++ {
			for j := i + 1; j < len(e.Roles); j++ {
				a, b := e.Roles[i], e.Roles[j]
				// An office every article gives as held before is not
				// one that disagrees with the office of now.
				if a.Former || b.Former || sameSet(a.Articles, b.Articles) && len(a.Articles) == 1 || !officesDiffer(a.Text, a.Key, b.Text, b.Key, storyRolesConflict) {
					continue
				}
				in[i], in[j] = true, true
			}
		}
		d := Disagreement{Kind: KindRole, Subject: e.Name}
		for i, r := range e.Roles {
			if in[i] {
				d.Values = append(d.Values, Version{Text: commonest(r.Forms, r.Text), Sources: r.Sources, Articles: r.Articles})
			}
		}
		if len(d.Values) > 1 {
			out = append(out, d)
		}
	}
	return out
}

// unlisted leaves out of the story's role rows those a row the aligned
// sentences gave (a copy's change, or two reports of one source) lists
// already: the same person, each of its versions given by those articles
// in the same words. One fact, one row.
func unlisted(roles, have []Disagreement) []Disagreement {
	var out []Disagreement
	for _, r := range roles {
		if !slices.ContainsFunc(have, func(h Disagreement) bool { return h.Kind == KindRole && h.Subject == r.Subject && listsAll(h, r) }) {
			out = append(out, r)
		}
	}
	return out
}

// listsAll reports whether row h gives every version of r: each article of
// each of r's versions with a version of h written alike.
func listsAll(h, r Disagreement) bool {
	for _, v := range r.Values {
		for _, a := range v.Articles {
			if !slices.ContainsFunc(h.Values, func(w Version) bool {
				return strings.EqualFold(w.Text, v.Text) && slices.Contains(w.Articles, a)
			}) {
				return false
			}
		}
	}
	return true
}

// storyRolesConflict reports two role keys of one person, in a story,
// that name two offices of one body (rolesConflict, not sameOffice, not
// twoBodies).
func storyRolesConflict(a, b string) bool {
	return rolesConflict(a, b) && !sameOffice(a, b) && !twoBodies(a, b)
}

// commonest is the form to show of a role: its text, unless it is not
// among the forms.
func commonest(forms []string, text string) string {
	for _, f := range forms {
		if f == text {
			return text
		}
	}
	if len(forms) > 0 {
		return forms[0]
	}
	return text
}

// quoteRows gives one row per quote whose direct wordings differ between
// articles beyond case and punctuation, where neither wording is a part of
// the other and the two still share most of the shorter one's words (a
// reworded quote, not two statements): between a copy and its original
// (one family of fam) when the words of substance differ, between
// independent reports only when they state a fact differently (factual).
// A row of wordings a copy changed carries the copy relations of rels that
// join them (copyRefs), its original's wording first, and ranks with the
// other meanings a copy changed.
func quoteRows(quotes []StoryQuote, common map[string]bool, fam map[string]string, rels []copydesk.Relation) []Disagreement {
	var out []Disagreement
	for _, q := range quotes {
		var direct []QuoteVariant
		for _, v := range q.Variants {
			if v.Direct {
				direct = append(direct, v)
			}
		}
		// Wordings equal once folded (case, punctuation, hyphens, "11th"
		// and "eleventh", an editor's brackets) are one.
		var folded []string
		var kept []QuoteVariant
		for _, v := range direct {
			f := foldQuote(v.Text)
			if k := slices.Index(folded, f); k >= 0 {
				for _, x := range v.Sources {
					kept[k].Sources = addStr(kept[k].Sources, x)
				}
				for _, x := range v.Articles {
					kept[k].Articles = addStr(kept[k].Articles, x)
				}
				continue
			}
			folded, kept = append(folded, f), append(kept, v)
		}
		direct = kept
		// How each two wordings relate: differ says what they say differs
		// (reworded in substance); alike that one is the other in other
		// words (respelt, or reworded in nothing of substance).
		n := len(direct)
		differ, alike, byCopy := make([][]bool, n), make([][]bool, n), make([][]bool, n)
		for i := range n {
			differ[i], alike[i], byCopy[i] = make([]bool, n), make([]bool, n), make([]bool, n)
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				a, b := folded[i], folded[j]
				changed := substantive
				byCopy[i][j] = copied(direct[i], direct[j], fam)
				if !byCopy[i][j] {
					changed = independentDiffer(direct[i].Text, direct[j].Text)
				}
				switch {
				case excerpted(a, b):
				case respelt(a, b):
					alike[i][j], alike[j][i] = true, true
				case !reworded(a, b, common):
				case substantiveQuote(direct[i].Text, direct[j].Text, changed):
					differ[i][j], differ[j][i] = true, true
				default:
					alike[i][j], alike[j][i] = true, true
				}
			}
		}
		// Two wordings that are each a third in other words differ only
		// through what each changed of it (a typo in one copy of the
		// original, synonyms in another): no change of substance.
		in := make([]bool, n)
		var refs []PairRef
		for i := range n {
			for j := i + 1; j < n; j++ {
				if differ[i][j] {
					third := false
					for k := range n {
						if alike[i][k] && alike[k][j] {
							third = true
							break
						}
					}
					if !third {
						in[i], in[j] = true, true
						if byCopy[i][j] {
							refs = copyRefs(refs, direct[i], direct[j], rels, fam)
						}
					}
				}
			}
		}
		subject := q.Speaker
		if subject == "" {
			subject = "(speaker unknown)"
		}
		d := Disagreement{Kind: KindQuote, Subject: subject, Relations: refs}
		for i, v := range direct {
			if in[i] {
				d.Values = append(d.Values, Version{Text: v.Text, Sources: v.Sources, Articles: v.Articles})
			}
		}
		if len(refs) > 0 {
			// The original's wording first, as in the other rows of a copy's
			// change.
			k := slices.IndexFunc(d.Values, func(v Version) bool { return slices.Contains(v.Articles, refs[0].From) })
			if k > 0 {
				first := d.Values[k]
				copy(d.Values[1:k+1], d.Values[:k])
				d.Values[0] = first
			}
		}
		if len(d.Values) > 1 {
			out = append(out, d)
		}
	}
	return out
}

// reworded reports two folded wordings of one statement that differ: not
// one a part of the other (a partial quote, or one whose elisions "…" the
// other fills), and sharing most of the shorter one's words (else they are
// two statements).
func reworded(a, b string, common map[string]bool) bool {
	if excerpted(a, b) {
		return false
	}
	if respelt(a, b) {
		return false
	}
	// The words the whole story uses ("Endangered Species Act") say
	// nothing of whether two quotes are one statement.
	sa, sb := stemSet(a), stemSet(b)
	for w := range common {
		delete(sa, w)
		delete(sb, w)
	}
	c, _ := overlap(sa, sb)
	// Whether they are one remark is read on all their words: a remark
	// about the story's subject names it ("the Persian Gulf is not deep").
	return c >= 0.5 && shared(sa, sb) >= 2 && oneRemark(a, b)
}

// oneRemark reports two wordings that can be one remark: the words of
// substance they share in the same order (one stem, or synonyms), two at
// least, are at least half of the shorter's. One speaker's two remarks
// that share a few words in another order ("we will find the people who
// set this fire" and "the people here are not afraid, we will find them")
// are two statements, not one reworded. Wordings longer than maxAligned
// words are cut there, so the cost of one pair stays bounded.
func oneRemark(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	type word struct{ stem, class string }
	read := func(ws []string) []word {
		out := make([]word, len(ws))
		for i, w := range ws {
			out[i] = word{text.Stem(w), wordClass(w)}
		}
		return out
	}
	sa, sb := read(wa), read(wb)
	// The longest common subsequence, one row at a time.
	prev, cur := make([]int, len(sb)+1), make([]int, len(sb)+1)
	for _, x := range sa {
		for k, y := range sb {
			switch {
			case x.stem == y.stem || x.class == y.class:
				cur[k+1] = prev[k] + 1
			case prev[k+1] >= cur[k]:
				cur[k+1] = prev[k+1]
			default:
				cur[k+1] = cur[k]
			}
		}
		prev, cur = cur, prev
	}
	n, shorter := prev[len(sb)], min(len(sa), len(sb))
	return n >= 2 && 2*n >= shorter
}

// contentWords are the words of substance of a folded wording in order, at
// most maxAligned.
func contentWords(s string) []string {
	var out []string
	for _, w := range text.Words(s) {
		if text.IsStop(w) || len(w) < 2 {
			continue
		}
		if out = append(out, w); len(out) == maxAligned {
			break
		}
	}
	return out
}

// excerpted reports two folded wordings of which one is a part of the
// other, or fills the other's elisions "…".
func excerpted(a, b string) bool {
	return strings.Contains(a, b) || strings.Contains(b, a) || elided(a, b) || elided(b, a)
}

// independentDiffer is how two wordings of one remark by independent
// reports are told apart: by a fact stated differently (factual), the
// names read from the two quotes as written.
func independentDiffer(a, b string) func(x, y string) bool {
	names := quoteNames(a, b)
	return func(x, y string) bool { return factual(x, y, names) }
}

// substantiveQuote reports whether two wordings of one quote say something
// differently: a sentence of the one with fewer sentences and the
// sentence of the other most like it differ (differ: substantive for a
// copy and its original, factual for independent reports). A
// sentence one quotes and the other does not is an excerpt's choice, not a
// rewording ("The warship altered towards the vessels. On seeing its
// resolve, the skiffs fled" and "The warship altered towards the vessels.
// While two escaped, the ship intercepted three").
func substantiveQuote(a, b string, differ func(x, y string) bool) bool {
	fa, fb := foldQuote(a), foldQuote(b)
	if len(strings.Fields(fa)) > maxAligned || len(strings.Fields(fb)) > maxAligned {
		return differ(fa, fb)
	}
	sa, sb := quoteSentences(a), quoteSentences(b)
	if len(sa) > len(sb) {
		sa, sb = sb, sa
	}
	stems := make([]map[string]bool, len(sb))
	for k, y := range sb {
		stems[k] = stemSet(y)
	}
	paired := false
	for _, x := range sa {
		sx := stemSet(x)
		best, bestN := -1, 1
		for k := range sb {
			if n := shared(sx, stems[k]); n > bestN {
				best, bestN = k, n
			}
		}
		if best < 0 {
			continue
		}
		if c, _ := overlap(sx, stems[best]); c >= 0.5 && oneRemark(x, sb[best]) {
			paired = true
			if differ(x, sb[best]) {
				return true
			}
		}
	}
	// No sentence alike another (a rewrite that changed most words of
	// each, or split and joined them): the quotes are compared whole.
	return !paired && oneRemark(fa, fb) && differ(fa, fb)
}

// quoteSentences are the sentences of a quote, folded (foldQuote).
func quoteSentences(q string) []string {
	var out []string
	for _, sp := range text.Sentences(q) {
		if f := foldQuote(sp.Text); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// maxAligned is how many words of each wording substantive aligns word by
// word; longer quotes are compared as bags of words, so the cost of one
// pair stays bounded whatever the quotes' length.
const maxAligned = 200

// substantive reports whether two folded wordings of one quote differ in
// what they say, not only in how they are cut or in the small words: a
// negation or a number, or two words of substance, one side's or the
// other's, where the wordings part. Words one wording has before the
// other begins or after it ends are a longer excerpt (“With smart
// policies, we can grow our economy” and “We can grow our economy … for
// our children”), a gap one side marks "…" is an elision, and "the" for
// "this", "progressed" for "has progressed", "right here in" for "here at",
// a word respelt or inflected, or one moved, change nothing a reader
// learns.
func substantive(a, b string) bool {
	wa, wb, gaps := wordGaps(a, b)
	content := 0
	for _, g := range gaps {
		if len(g.a) == 1 && g.a[0] == "…" || len(g.b) == 1 && g.b[0] == "…" {
			continue
		}
		// The words of substance on each side: negations and numbers too.
		weighty := func(w string) bool { return negationWord(w) || isNumber(w) }
		// Words put for a thesaurus synonym, a phrase for a word or a word
		// for a phrase ("mesa" for "table", "in a higher place" for
		// "above"), say the same: a spinner's wording, not another one.
		covered := thesaurusSwaps(g.a, g.b, weighty)
		// Before the first shared word (or after the last), the longer
		// side's words beyond as many as the shorter side has are the
		// longer excerpt's: "our country is on the edge" against "reached
		// the edge" parts at "on" and "reached" only (a phrase a thesaurus
		// put for a word is found first).
		g.trimEdge(&covered)
		var ca, cb []string
		for side, ws := range [2][]string{g.a, g.b} {
			for k, w := range ws {
				if covered[side][k] || w == "…" || len(w) < 2 && !weighty(w) || text.IsStop(w) && !weighty(w) {
					continue
				}
				if side == 0 {
					ca = append(ca, w)
				} else {
					cb = append(cb, w)
				}
			}
		}
		// A word respelt, inflected or put for a synonym ("realised",
		// "realized"; "handed", "handing"; "morning", "forenoon") is one word, and a word the other wording has
		// elsewhere moved ("enough of everything for a lifetime", "enough
		// for a lifetime of everything").
		moved := func(w string) bool { return slices.Contains(wa, w) && slices.Contains(wb, w) }
		usedA, usedB := make([]bool, len(ca)), make([]bool, len(cb))
		for i, x := range ca {
			for k, y := range cb {
				if !usedB[k] && !weighty(x) && (respelling(x, y) || synonyms(x, y)) {
					usedA[i], usedB[k] = true, true
					break
				}
			}
		}
		var left [2][]string
		for i, x := range ca {
			if !usedA[i] && !moved(x) {
				left[0] = append(left[0], x)
			}
		}
		for k, y := range cb {
			if !usedB[k] && !moved(y) {
				left[1] = append(left[1], y)
			}
		}
		// At an edge, one side's words all found in the other's: the other
		// is the longer excerpt ("after handing the 23 smugglers over to
		// appropriate" and "handed over to appropriate").
		if g.edge && (len(left[0]) == 0 || len(left[1]) == 0) {
			continue
		}
		// A number against a word for an unsaid number ("three" and
		// "several", 30 and "dozens") is a count told more or less exactly,
		// not another count.
		vague := [2]bool{slices.ContainsFunc(g.a, isVague), slices.ContainsFunc(g.b, isVague)}
		for side, ws := range left {
			for _, w := range ws {
				if isNumber(w) && vague[1-side] {
					content--
					continue
				}
				if weighty(w) {
					return true
				}
			}
		}
		content += len(left[0]) + len(left[1])
	}
	return content >= 2
}

// maxSwapGap is the most words a side of a gap may have for
// thesaurusSwaps to look for synonyms in it, so that its cost per gap stays
// bounded (a spinner's swaps leave short gaps between shared words).
const maxSwapGap = 12

// thesaurusSwaps marks the words of two sides of a gap that one side puts
// for a synonym of the other's in some WordNet sense, a word or a phrase of
// up to synonym.MaxPhrase words each ("mesa" and "table", "decennia" and
// "decades", "in a higher place" and "above"), matched left to right, and
// an acronym for the name the other side spells out ("PRC", "People's
// Republic of China"); a negation or a number alone is never a synonym of
// anything. A word put for one WordNet holds one step apart in some sense,
// a verb for its hypernym or an adjective for another of its cluster
// (synonym.Close: "safeguard" and "protect", "huge" and "large"),
// is a translator's or a thesaurus's choice too, not another statement:
// a one-word swap only, of verbs and adjectives of substance only (names,
// titles and roles, dates and places are nouns; "are" for "go" is not one).
func thesaurusSwaps(a, b []string, weighty func(string) bool) (covered [2][]bool) {
	covered = [2][]bool{make([]bool, len(a)), make([]bool, len(b))}
	if len(a) == 0 || len(b) == 0 || len(a) > maxSwapGap || len(b) > maxSwapGap {
		return covered
	}
	// Numbers are written out as lemmas write them (foldQuote made
	// "twenty-four" 20 4).
	stems := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			if n, err := strconv.Atoi(w); err == nil && n >= 0 && n < len(smallNumbers) && smallNumbers[n] != "" {
				w = smallNumbers[n]
			}
			out[i] = text.Stem(w)
		}
		return out
	}
	sa, sb := stems(a), stems(b)
	// An acronym on one side for the name the other spells out ("PRC",
	// "People's Republic of China"; "U.N.", "United Nations") is one name.
	for side, ws := range [2][]string{a, b} {
		other := [2][]string{a, b}[1-side]
		for i, w := range ws {
			if covered[side][i] {
				continue
			}
			if k, n := spelledOut(w, other, covered[1-side]); n > 0 {
				covered[side][i] = true
				for m := k; m < k+n; m++ {
					covered[1-side][m] = true
				}
			}
		}
	}
	// free reports a phrase of ws from i of n words, none covered, none an
	// elision, and no lone weighty word (a lemma may hold one: "six-gun",
	// "twenty-four hour period").
	free := func(ws []string, used []bool, i, n int) bool {
		if i+n > len(ws) {
			return false
		}
		for k := i; k < i+n; k++ {
			if used[k] || n == 1 && weighty(ws[k]) || ws[k] == "…" {
				return false
			}
		}
		return true
	}
	for i := range a {
	phrase:
		for la := min(synonym.MaxPhrase, len(a)-i); la >= 1; la-- {
			if !free(a, covered[0], i, la) {
				continue
			}
			ka := strings.Join(sa[i:i+la], " ")
			for j := range b {
				for lb := min(synonym.MaxPhrase, len(b)-j); lb >= 1; lb-- {
					if !free(b, covered[1], j, lb) {
						continue
					}
					if kb := strings.Join(sb[j:j+lb], " "); !synonym.SameSense(ka, kb) && (la > 1 || lb > 1 || text.IsStop(a[i]) || text.IsStop(b[j]) || !synonym.Close(ka, kb)) {
						continue
					}
					for k := i; k < i+la; k++ {
						covered[0][k] = true
					}
					for k := j; k < j+lb; k++ {
						covered[1][k] = true
					}
					break phrase
				}
			}
		}
	}
	return covered
}

// spelledOut finds in ws, among the words not used, the run the acronym w
// stands for: its letters are the initials of the run's words, the small
// words of a name ("of", "the", "and", "for") left out. It returns where
// the run starts and its length (0 for none). An acronym is two to six
// letters, no stop word ("us", "it").
func spelledOut(w string, ws []string, used []bool) (int, int) {
	acr := strings.ReplaceAll(w, ".", "")
	if len(acr) < 2 || len(acr) > 6 || text.IsStop(w) || strings.Trim(acr, "abcdefghijklmnopqrstuvwxyz") != "" {
		return 0, 0
	}
	for k := range ws {
		m, n := 0, 0
		for ; k+n < len(ws) && m < len(acr) && !used[k+n]; n++ {
			x := ws[k+n]
			if nameLinks[x] && n > 0 {
				continue
			}
			if x == "" || x[0] != acr[m] {
				break
			}
			m++
		}
		if m == len(acr) {
			return k, n
		}
	}
	return 0, 0
}

// nameLinks are the small words inside a name that its acronym leaves out.
var nameLinks = wordSet("of", "the", "and", "for")

// smallNumbers are the words of the numbers a WordNet lemma may spell
// ("six-gun", "twenty-four hour period"), by value.
var smallNumbers = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety", 100: "hundred",
}

// isVague reports a word that stands for a number without giving it.
func isVague(w string) bool { return vagueNumbers[w] || w == "many" || w == "numerous" || w == "some" }

// isNumber reports a word that is a number ("12", "twelve", "12th") or a
// clock time.
func isNumber(w string) bool {
	_, _, ok := numValue(w)
	return ok || clockWord.MatchString(w)
}

// clockWord is a clock time as foldClock writes it.
var clockWord = regexp.MustCompile(`^\d\dh\d\d$`)

// gap is a place where two wordings part: the words of each there, and
// whether it is before the first shared word or after the last.
type gap struct {
	a, b []string
	edge bool
	lead bool // before the first shared word
}

// trimEdge keeps, of a gap before the first shared word (or after the
// last) where both sides have words, only as many words of each side as
// the shorter side has, next to the shared words: the longer side's others
// are its longer excerpt. covered (thesaurusSwaps of the gap) is cut alike.
func (g *gap) trimEdge(covered *[2][]bool) {
	if !g.edge || len(g.a) == 0 || len(g.b) == 0 {
		return
	}
	n := min(len(g.a), len(g.b))
	if g.lead {
		g.a, g.b = g.a[len(g.a)-n:], g.b[len(g.b)-n:]
		covered[0], covered[1] = covered[0][len(covered[0])-n:], covered[1][len(covered[1])-n:]
	} else {
		g.a, g.b = g.a[:n], g.b[:n]
		covered[0], covered[1] = covered[0][:n], covered[1][:n]
	}
}

// innerGaps aligns two word sequences (their longest common subsequence)
// and returns the places where they part, leaving out the words before
// the first shared word and after the last one when only one side has any
// (the longer excerpt's).
func innerGaps(a, b []string) []gap {
	// lcs[i][j] is the length of the common subsequence of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var gaps []gap
	var cur gap
	matched := false
	flush := func(edge bool) {
		if len(cur.a)+len(cur.b) > 0 && !(edge && (len(cur.a) == 0 || len(cur.b) == 0)) {
			cur.edge, cur.lead = edge, edge && !matched
			gaps = append(gaps, cur)
		}
		cur = gap{}
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		// Before the first shared word, a word matched that could be left
		// unmatched at no cost ("I" of "I made the decision because I
		// felt" against "I felt") is left: the excerpt starts later.
		case a[i] == b[j] && !matched && lcs[i+1][j] == lcs[i][j]:
			cur.a = append(cur.a, a[i])
			i++
		case a[i] == b[j] && !matched && lcs[i][j+1] == lcs[i][j]:
			cur.b = append(cur.b, b[j])
			j++
		case a[i] == b[j]:
			flush(!matched)
			matched = true
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			cur.a = append(cur.a, a[i])
			i++
		default:
			cur.b = append(cur.b, b[j])
			j++
		}
	}
	cur.a, cur.b = append(cur.a, a[i:]...), append(cur.b, b[j:]...)
	flush(true)
	return gaps
}

// bagDifference is the words of a that b lacks and those of b that a
// lacks, counted as multisets.
func bagDifference(a, b []string) [2][]string {
	n := map[string]int{}
	for _, w := range a {
		n[w]++
	}
	for _, w := range b {
		n[w]--
	}
	var out [2][]string
	for _, w := range a {
		if n[w] > 0 {
			out[0] = append(out[0], w)
			n[w]--
		}
	}
	for _, w := range b {
		if n[w] < 0 {
			out[1] = append(out[1], w)
			n[w]++
		}
	}
	return out
}

// commonStems are the stems that a story's articles use so widely (a
// third of them, and four at least) that they mark its subject, not one
// statement.
func commonStems(sents [][]sentFacts) map[string]bool {
	df := map[string]int{}
	for _, art := range sents {
		seen := map[string]bool{}
		for _, s := range art {
			for w := range s.stems {
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
	}
	out := map[string]bool{}
	for w, n := range df {
		if n >= max(4, (len(sents)+2)/3) {
			out[w] = true
		}
	}
	return out
}

// respelt reports two wordings that differ only in how words are spelt
// ("realised" and "realized", "cant" and "can't"): word for word, each a
// letter or two from the other; a number is never respelt ("170000" and
// "170004" are two), nor a negation into a word that is none.
func respelt(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] && (!respelling(wa[i], wb[i]) || isNumber(wa[i]) || isNumber(wb[i]) || negationWord(wa[i]) != negationWord(wb[i])) {
			return false
		}
	}
	return true
}

// respelling reports two words that can be one word spelt two ways
// ("realised", "realized"; "judgement", "judgment"): a letter or two apart
// and the same first two letters, since a change at a word's start is a
// prefix that makes another word, often the opposite ("increase",
// "decrease"; "correct", "incorrect"; "legal", "illegal").
func respelling(x, y string) bool {
	return len(x) >= 4 && len(y) >= 2 && x[:2] == y[:2] && editDistance(x, y) <= 2
}

// elided reports whether every part of a between its elisions is in b.
func elided(a, b string) bool {
	parts := strings.Split(a, " … ")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !strings.Contains(b, strings.Trim(p, " …")) {
			return false
		}
	}
	return true
}

// foldQuote is a quote's words for comparison: normQuote's, without an
// editor's brackets, hyphens, or numbers written out ("eleventh" is 11th),
// with clock times on one 24-hour clock ("6:41pm", "18:41" and "1841" before
// a time zone are 18:41) and contractions written out ("aren't" is "are
// not"): one statement written two ways is one wording.
func foldQuote(s string) string {
	s = foldContractions(foldClock(unbracketed(s)))
	s = strings.NewReplacer("-", " ", "‐", " ", "–", " ", "...", " … ", ":00", "").Replace(s)
	w := strings.Fields(s)
	for i, x := range w {
		if x == "…" {
			continue
		}
		x = strings.Join(text.Words(x), " ")
		if v, ord, ok := numValue(x); ok {
			x = strconv.FormatFloat(v, 'f', -1, 64)
			if ord {
				x += "th"
			}
		}
		w[i] = x
	}
	out := strings.Join(w, " ")
	return strings.Join(strings.Fields(out), " ")
}

// clockRe finds clock times: hours and minutes with a colon or a point
// and perhaps am/pm ("6:41pm", "6.41 p.m.", "18:41"), an hour with am/pm
// ("6 pm"), or four digits before a time zone or "hours" ("0241 GMT").
var clockRe = regexp.MustCompile(`(?i)(?:\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|\b(\d{1,2}):(\d{2})\b)(?:\s*` + zones + `\b)?|\b([01]\d|2[0-3])([0-5]\d)\s*(?:` + zones + `|hours|hrs)\b`)

// zones are the time zone names a quote may give after a time or leave out.
const zones = `(?:gmt|utc|bst|cet|[ecmp][sd]t)`

// foldClock writes the clock times of s as 24-hour "hh:mm", dropping the
// time zone words after them: "6:41pm PST" and "18:41" are one time.
func foldClock(s string) string {
	return clockRe.ReplaceAllStringFunc(s, func(m string) string {
		g := clockRe.FindStringSubmatch(m)
		var h, min int
		switch {
		case g[1] != "":
			h, _ = strconv.Atoi(g[1])
			min, _ = strconv.Atoi(g[2])
			if h > 12 {
				return m
			}
			if strings.EqualFold(g[3], "p") && h < 12 {
				h += 12
			} else if strings.EqualFold(g[3], "a") && h == 12 {
				h = 0
			}
		case g[4] != "":
			h, _ = strconv.Atoi(g[4])
			min, _ = strconv.Atoi(g[5])
		default:
			h, _ = strconv.Atoi(g[6])
			min, _ = strconv.Atoi(g[7])
		}
		if h > 23 || min > 59 {
			return m
		}
		return fmt.Sprintf("%02dh%02d", h, min)
	})
}

// contractions are the endings a speaker's words are written with or
// without: "aren't" and "are not" are one wording.
var contractions = strings.NewReplacer("can't", "can not", "cannot", "can not", "won't", "will not", "n't", " not",
	"'re", " are", "'ve", " have", "'ll", " will", "'m", " am")

// bareNegations are contractions of "not" whose apostrophe an outlet's
// typesetting lost ("I cant speak", "we dont know"): none is another
// English word in a quote ("wont" is, and stays).
var bareNegations = regexp.MustCompile(`\b(?:(can)|(do|does|did|is|was|were|are|could|would|should|have|has|had|must)n)t\b`)

// foldContractions writes the contractions of s out, in lower case, with
// straight apostrophes.
func foldContractions(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	return contractions.Replace(bareNegations.ReplaceAllString(s, "$1$2 not"))
}

// unbracketed is a quote without the words an editor put in brackets
// ("her (Tara Reid) family"): they are no part of what was said.
func unbracketed(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
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

// wordGaps returns the words of a and b and the places where they part:
// innerGaps of the aligned words, or, for wordings longer than maxAligned
// words, the two bags' differences as one gap (alignment is quadratic in
// length).
func wordGaps(a, b string) (wa, wb []string, gaps []gap) {
	wa, wb = strings.Fields(a), strings.Fields(b)
	if len(wa) > maxAligned || len(wb) > maxAligned {
		d := bagDifference(wa, wb)
		return wa, wb, []gap{{a: d[0], b: d[1]}}
	}
	return wa, wb, innerGaps(wa, wb)
}
