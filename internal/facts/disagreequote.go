package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Two wordings of one remark by independent reports are normal journalism:
// two reporters' notes, two translations of one statement, a paraphrase
// kept in quotation marks. A fact-checker needs them only where they state
// a fact differently. Between a copy and its original, a reworded quote is
// the copy changing what was said, a row whenever the words of substance
// change (substantive).

// families gives each article a family: the articles joined by copy
// relations, an original, its copies and their copies. Two wordings of one
// quote within a family descend from one text, so a difference between
// them is an edit someone made; across families they are independent
// reports.
func families(rels []copydesk.Relation) map[string]string {
	var names []string
	for _, r := range rels {
		names = append(names, r.From, r.To)
	}
	// Each family is named by its first article in sorted order, so that
	// it does not depend on the order the relations come in.
	slices.Sort(names)
	names = slices.Compact(names)
	ids := make(map[string]int, len(names))
	for k, a := range names {
		ids[a] = k
	}
	sets := newDisjoint(len(names))
	for _, r := range rels {
		if ra, rb := sets.find(ids[r.From]), sets.find(ids[r.To]); ra != rb {
			sets.parent[max(ra, rb)] = min(ra, rb)
		}
	}
	out := make(map[string]string, len(names))
	for k, a := range names {
		out[a] = names[sets.find(k)]
	}
	return out
}

// copied reports two wordings of which one article of each is in one
// family (two different articles): a copy and its original, or two copies
// of one.
func copied(a, b QuoteVariant, fam map[string]string) bool {
	for _, x := range a.Articles {
		fx, ok := fam[x]
		if !ok {
			continue
		}
		for _, y := range b.Articles {
			if x != y && fam[y] == fx {
				return true
			}
		}
	}
	return false
}

// copyRefs adds to refs the copy relations of rels between the articles of
// two wordings a and b of one family (fam): those from one's article to
// the other's, or, when the two are joined only through a third article
// (a copy's copy), those that start or end in either within the family.
func copyRefs(refs []PairRef, a, b QuoteVariant, rels []copydesk.Relation, fam map[string]string) []PairRef {
	add := func(r copydesk.Relation) {
		if ref := (PairRef{From: r.From, To: r.To, Kind: r.Kind}); !slices.Contains(refs, ref) {
			refs = append(refs, ref)
		}
	}
	direct := false
	for _, r := range rels {
		if slices.Contains(a.Articles, r.From) && slices.Contains(b.Articles, r.To) || slices.Contains(b.Articles, r.From) && slices.Contains(a.Articles, r.To) {
			add(r)
			direct = true
		}
	}
	if direct {
		return refs
	}
	in := func(id string) bool { return slices.Contains(a.Articles, id) || slices.Contains(b.Articles, id) }
	for _, r := range rels {
		if (in(r.From) || in(r.To)) && fam[r.From] != "" && fam[r.From] == fam[r.To] {
			add(r)
		}
	}
	return refs
}

// quoteNames are the words of two quotes written with a capital inside a
// sentence (not its first word, not "I"), folded as foldQuote folds words:
// the names and places a quote holds ("Kessel", "Tarn").
func quoteNames(quotes ...string) map[string]bool {
	out := map[string]bool{}
	for _, q := range quotes {
		q = unbracketed(q)
		for _, sp := range text.Sentences(q) {
			for k, t := range text.Tokens(sp.Text) {
				r, _ := utf8.DecodeRuneInString(sp.Text[t.Start:])
				if k == 0 || !unicode.IsUpper(r) || t.Word == "i" {
					continue
				}
				for _, w := range text.Words(strings.ReplaceAll(t.Word, "-", " ")) {
					out[strings.TrimSuffix(w, "'s")] = true
				}
			}
		}
	}
	return out
}

// factClass says which kind of fact a folded word of a quote states, ""
// for none: a number or a clock time, a name or place (names), a title
// or role, a day or month.
func factClass(w string, names map[string]bool) string {
	switch {
	case isNumber(w):
		return "number"
	case titleHeads[w] && !plainTitles[w] || w == "deputy" || w == "assistant" || w == "vice":
		return "role"
	case isWeekday(w) || months[w] > 0 && len(w) > 3 || dayWords[w]:
		return "date"
	case text.IsStop(w):
		return ""
	case names[strings.TrimSuffix(w, "'s")] || places[w]:
		return "name"
	}
	return ""
}

// plainTitles are title heads that are ordinary words in a remark ("a
// major problem", "in general", "the head of the queue"): no role there.
var plainTitles = wordSet("general", "major", "head", "chief", "chair", "master", "speaker", "executive",
	"justice", "cardinal", "counterpart", "leader", "owner", "counsel")

// dayWords are the days a speaker names by their distance from today.
var dayWords = wordSet("today", "yesterday", "tomorrow", "tonight")

// factual reports whether two folded wordings of one remark, given by
// independent reports, state a fact differently: where they part, one puts
// a number, a name or place, a title or role, or a day for another of the
// same kind, or a word for its opposite ("rejected", "accepted"; "raise",
// "lower"); or one negates what the other does not (the count of negations
// differs where they part). Words one side adds that the other has no
// counterpart for (a fuller excerpt, a detail) and words put for others
// that are no fact (near-synonyms a thesaurus does not hold: "jail" and
// "prison", "armies" and "militaries") are normal journalism, no row.
func factual(a, b string, names map[string]bool) bool {
	_, _, gaps := wordGaps(a, b)
	weighty := func(w string) bool { return negationWord(w) || isNumber(w) }
	moved := func(w string) bool {
		return strings.Contains(" "+a+" ", " "+w+" ") && strings.Contains(" "+b+" ", " "+w+" ")
	}
	negs := [2]int{}
	for _, g := range gaps {
		if len(g.a) == 1 && g.a[0] == "…" || len(g.b) == 1 && g.b[0] == "…" {
			continue
		}
		covered := thesaurusSwaps(g.a, g.b, weighty)
		// Beyond as many words as the shorter side has at an edge, the
		// longer side's words are its longer excerpt (as in substantive).
		if g.edge && (len(g.a) == 0 || len(g.b) == 0) {
			continue
		}
		g.trimEdge(&covered)
		var left [2][]string
		for side, ws := range [2][]string{g.a, g.b} {
			for k, w := range ws {
				if negationWord(w) {
					negs[side]++
					continue
				}
				if !covered[side][k] && w != "…" && !moved(w) {
					left[side] = append(left[side], w)
				}
			}
		}
		if substituted(left[0], left[1], names) {
			return true
		}
	}
	return negs[0] != negs[1]
}

// substituted reports two sides of a gap where one puts a fact for
// another of the same kind (factClass), or a word for its opposite. A
// number against a word for an unsaid number ("three" and "several") is a
// count told more or less exactly, no number put for another; a name
// spelt two ways ("Yiannis" and "Giannis") is one name.
func substituted(a, b []string, names map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		cx := factClass(x, names)
		sx := text.Stem(x)
		for _, y := range b {
			if cy := factClass(y, names); cx != "" && cx == cy && !(cx == "name" && sameName(x, y)) {
				return true
			}
			if _, ok := antonyms[sx+"|"+text.Stem(y)]; ok {
				return true
			}
		}
	}
	// A word of one direction put for one of the other ("raise", "lower").
	pa, pb := polarity(strings.Join(a, " ")), polarity(strings.Join(b, " "))
	dir := func(p map[string]int) (up, down bool) {
		for _, d := range p {
			up, down = up || d > 0, down || d < 0
		}
		return
	}
	ua, da := dir(pa)
	ub, db := dir(pb)
	return ua && db && !da && !ub || da && ub && !ua && !db
}

// sameName reports one name spelt two ways: a letter or two apart
// ("Yiannis", "Giannis"; "Jon", "John"), or one a short form of the other.
func sameName(x, y string) bool {
	x, y = strings.TrimSuffix(x, "'s"), strings.TrimSuffix(y, "'s")
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x) || len(x) >= 4 && len(y) >= 4 && editDistance(x, y) <= 2
}
