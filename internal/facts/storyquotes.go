package facts

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/internal/text"
)

// StoryQuote is one statement with its variants across the articles.
type StoryQuote struct {
	Speaker     string `json:"speaker,omitempty"`
	SpeakerKey  string `json:"speaker_key,omitempty"`
	SpeakerKind string `json:"speaker_kind,omitempty"`
	// SpeakerID is the story entity of the speaker (as in
	// StoryFacts.Entities and StoryFacts.Speakers), empty when no article
	// names one.
	SpeakerID string         `json:"speaker_id,omitempty"`
	Variants  []QuoteVariant `json:"variants"`
	// Changed is set when direct variants differ beyond case and punctuation.
	Changed bool `json:"changed"`
}

// QuoteVariant is one wording of a quote and the articles that give it.
type QuoteVariant struct {
	Text     string   `json:"text"`
	Direct   bool     `json:"direct"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
}

// quoteItem is one quote of one article while grouping.
type quoteItem struct {
	f     *Facts
	q     Quote
	stems map[string]bool
	spk   string
	norm  string // the words folded (normQuote)
}

// mergeQuotes groups the quotes of all articles: two quotes are one when their
// speakers agree (or one is unknown and the words agree closely) and they
// share most of their content words (containment of stems at least 0.5,
// 0.7 without a common speaker).
func mergeQuotes(fs []*Facts, ids map[[2]string]string) []StoryQuote {
	var items []quoteItem
	for _, f := range fs {
		w := f.words()
		for k, q := range f.Quotes {
			st := w.quoteStems[k]
			if len(st) < 2 {
				continue
			}
			spk := ""
			if q.SpeakerKey != "" {
				spk = q.SpeakerKind + ":" + q.SpeakerKey
				if id, ok := ids[[2]string{f.ID, spk}]; ok {
					spk = id
				}
			}
			items = append(items, quoteItem{f: f, q: q, stems: st, spk: spk, norm: w.quoteNorm[k]})
		}
	}
	sets := newDisjoint(len(items))
	parent, find := sets.parent, sets.find
	// The same words by the same speaker are one quote however many
	// articles give them; the distinct ones are compared only with those
	// that share a word with them (not all pairs).
	first := map[string]int{}
	var reps []int
	for i, it := range items {
		k := it.spk + "\x00" + it.norm
		if r, ok := first[k]; ok {
			parent[find(i)] = find(r)
			continue
		}
		first[k] = i
		reps = append(reps, i)
	}
	stems := make([]map[string]bool, len(reps))
	for k, i := range reps {
		stems[k] = items[i].stems
	}
	similarPairs(stems, func(x, y int) {
		a, b := items[reps[x]], items[reps[y]]
		if a.f == b.f && a.norm != b.norm {
			return
		}
		c, d := overlap(a.stems, b.stems)
		n := shared(a.stems, b.stems)
		same := a.spk != "" && a.spk == b.spk
		if same && (n >= 3 || n >= 2 && a.q.Direct && b.q.Direct) && c >= 0.5 && d >= 0.35 || (a.spk == "" || b.spk == "") && n >= 4 && c >= 0.7 {
			parent[find(reps[y])] = find(reps[x])
		}
	})
	groups := map[int][]int{}
	var roots []int
	for i := range items {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	out := []StoryQuote{}
	for _, r := range roots {
		var sq StoryQuote
		variant := map[string]int{} // folded words and directness -> variant
		for _, i := range groups[r] {
			it := items[i]
			if sq.SpeakerKey == "" && it.q.SpeakerKey != "" || sq.Speaker == "" {
				sq.Speaker, sq.SpeakerKey, sq.SpeakerKind, sq.SpeakerID = it.q.Speaker, it.q.SpeakerKey, it.q.SpeakerKind, it.spk
			}
			if it.q.SpeakerKey != "" && len(it.q.Speaker) > len(sq.Speaker) && it.q.SpeakerKey == sq.SpeakerKey {
				sq.Speaker = it.q.Speaker
			}
			key := fmt.Sprint(it.q.Direct, "\x00", it.norm)
			if k, ok := variant[key]; ok {
				v := &sq.Variants[k]
				v.Sources = addStr(v.Sources, source(it.f))
				v.Articles = addStr(v.Articles, it.f.ID)
			} else {
				variant[key] = len(sq.Variants)
				sq.Variants = append(sq.Variants, QuoteVariant{Text: it.q.Text, Direct: it.q.Direct, Sources: []string{source(it.f)}, Articles: []string{it.f.ID}})
			}
		}
		direct := 0
		for _, v := range sq.Variants {
			if v.Direct {
				direct++
			}
		}
		sq.Changed = direct > 1
		sort.SliceStable(sq.Variants, func(i, j int) bool { return sq.Variants[i].Articles[0] < sq.Variants[j].Articles[0] })
		out = append(out, sq)
	}
	// Most widely reported first, then by speaker and text.
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Variants) != len(out[j].Variants) {
			return len(out[i].Variants) > len(out[j].Variants)
		}
		if out[i].Speaker != out[j].Speaker {
			return out[i].Speaker < out[j].Speaker
		}
		return out[i].Variants[0].Text < out[j].Variants[0].Text
	})
	return out
}

// normQuote folds a quote for "the same words": case, punctuation and
// spacing do not count.
func normQuote(s string) string { return normQuoteOf(text.Words(s)) }

// normQuoteOf is normQuote of the text whose words (text.Words) are words.
func normQuoteOf(words []string) string { return strings.Join(words, " ") }

// StorySpeaker is one speaker across the story: a person or organisation
// merged over its names ("Clinton", "Hillary Clinton", "Mrs. Clinton"),
// with every statement quoted from it.
type StorySpeaker struct {
	// ID is the speaker's story entity ("person:clinton").
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Forms are the names the articles give it, as in the entity.
	Forms []string `json:"forms"`
	// Quotes are the indexes of its statements in StoryFacts.Quotes.
	Quotes   []int    `json:"quotes"`
	Sources  []string `json:"sources"`
	Articles []string `json:"articles"`
}

// groupSpeakers makes one StorySpeaker for each speaker entity of the
// quotes, most quoted first; quotes without a named speaker belong to
// none.
func groupSpeakers(qs []StoryQuote, ents []StoryEntity) []StorySpeaker {
	byEntity := map[string]*StoryEntity{}
	for k := range ents {
		byEntity[ents[k].ID] = &ents[k]
	}
	idx := map[string]int{}
	out := []StorySpeaker{}
	for k, q := range qs {
		if q.SpeakerID == "" {
			continue
		}
		i, ok := idx[q.SpeakerID]
		if !ok {
			i = len(out)
			idx[q.SpeakerID] = i
			sp := StorySpeaker{ID: q.SpeakerID, Name: q.Speaker, Kind: q.SpeakerKind, Forms: []string{}, Sources: []string{}, Articles: []string{}}
			if e := byEntity[q.SpeakerID]; e != nil {
				sp.Name, sp.Forms = e.Name, append(sp.Forms, e.Forms...)
			}
			out = append(out, sp)
		}
		sp := &out[i]
		if byEntity[q.SpeakerID] == nil {
			if len(q.Speaker) > len(sp.Name) {
				sp.Name = q.Speaker
			}
			sp.Forms = addStr(sp.Forms, q.Speaker)
		}
		sp.Quotes = append(sp.Quotes, k)
		for _, v := range q.Variants {
			for _, s := range v.Sources {
				sp.Sources = addStr(sp.Sources, s)
			}
			for _, a := range v.Articles {
				sp.Articles = addStr(sp.Articles, a)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Quotes) != len(out[j].Quotes) {
			return len(out[i].Quotes) > len(out[j].Quotes)
		}
		return out[i].ID < out[j].ID
	})
	return out
}
