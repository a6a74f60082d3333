package facts

import (
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

// findDisagreements finds role and name conflicts across the story's entities,
// reworded quotes, and, over aligned sentences, changed numbers, dates,
// places and names (between any two articles) and changed negation and
// direction (within copy pairs).
func findDisagreements(fs []*Facts, dates [][]Date, sf *StoryFacts, rels []copydesk.Relation) []Disagreement {
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
	for _, f := range fs {
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
						A: Version{Text: list[i], Sources: sourcesOf(fs, forms[list[i]]), Articles: forms[list[i]]},
						B: Version{Text: list[j], Sources: sourcesOf(fs, forms[list[j]]), Articles: forms[list[j]]}})
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
	for i, f := range fs {
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
	sents := make([][]sentFacts, len(fs))
	stems := make([]map[string]bool, len(fs))
	for i := range fs {
		sents[i] = articleSentences(fs[i], dates[i])
		stems[i] = articleStems(sents[i])
	}
	for i := range fs {
		for j := range fs {
			if i == j {
				continue
			}
			if r, ok := copies[[2]int{i, j}]; ok {
				out = append(out, compareArticles(fs[i], fs[j], sents[i], sents[j], &PairRef{From: r.From, To: r.To, Kind: r.Kind})...)
				continue
			}
			_, rev := copies[[2]int{j, i}]
			if i < j && !rev {
				// Independent reports of different happenings share few
				// words: skip them (and keep large stories tractable).
				if _, d := overlap(stems[i], stems[j]); d < 0.15 {
					continue
				}
				out = append(out, compareArticles(fs[i], fs[j], sents[i], sents[j], nil)...)
			}
		}
	}
	return dedupe(out)
}

func sourcesOf(fs []*Facts, ids []string) []string {
	var out []string
	for _, f := range fs {
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
