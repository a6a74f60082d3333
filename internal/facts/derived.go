package facts

import (
	"encoding/json"
	"fmt"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// derived is what Merge reads of an article besides its facts: the words
// of its sentences, quotes and dated happenings, folded. It is made once
// per article, when the facts are found (Extract) or read back
// (UnmarshalJSON), so that merging a story again after it grew costs the
// words of the new articles only.
type derived struct {
	sentStems  []map[string]bool // by sentence
	sentFree   []int             // by sentence: its stems that are no value word (valueWord)
	sentNorm   []string
	quoteStems []map[string]bool // by quote
	quoteNorm  []string
	whatStems  []map[string]bool // by date
}

func derive(f *Facts) *derived {
	words := make([][]string, len(f.Sentences))
	for i, s := range f.Sentences {
		words[i] = text.Words(s.Text)
	}
	return deriveFrom(f, words)
}

// deriveFrom is derive given the words (text.Words) of each of f's
// sentences, as Extract has them.
func deriveFrom(f *Facts, words [][]string) *derived {
	d := &derived{}
	for i := range f.Sentences {
		st := stemSetOf(words[i])
		d.sentStems = append(d.sentStems, st)
		d.sentFree = append(d.sentFree, valueFree(st))
		d.sentNorm = append(d.sentNorm, normQuoteOf(words[i]))
	}
	for _, q := range f.Quotes {
		d.quoteStems = append(d.quoteStems, stemSet(q.Text))
		d.quoteNorm = append(d.quoteNorm, normQuote(q.Text))
	}
	for _, dt := range f.Dates {
		d.whatStems = append(d.whatStems, eventStems(dt.What))
	}
	return d
}

// words returns f's derived words, making them when f was built by hand.
func (f *Facts) words() *derived {
	if f.memo != nil && len(f.memo.sentStems) == len(f.Sentences) && len(f.memo.quoteStems) == len(f.Quotes) &&
		len(f.memo.whatStems) == len(f.Dates) {
		return f.memo
	}
	return derive(f)
}

// UnmarshalJSON reads facts as Extract gives them (in JSON) and folds
// their words for Merge once.
func (f *Facts) UnmarshalJSON(b []byte) error {
	type plain Facts
	if err := json.Unmarshal(b, (*plain)(f)); err != nil {
		return err
	}
	f.memo = derive(f)
	return nil
}

// Decode reads the stored facts of articles (as copydesk.Store keeps them)
// by article id, leaving out those made by another RulesVersion: they are
// to be made again.
func Decode(stored []copydesk.Facts) (map[string]*Facts, error) {
	out := make(map[string]*Facts, len(stored))
	for _, c := range stored {
		if c.Version != RulesVersion {
			continue
		}
		// f.UnmarshalJSON at once: through json.Unmarshal the data were
		// checked, skipped over and checked again before it ran, a third of
		// the decoding of the facts read back for a merge (docs/speed.md).
		f := &Facts{}
		if err := f.UnmarshalJSON(c.Data); err != nil {
			return nil, fmt.Errorf("facts of article %s: %w", c.ID, err)
		}
		out[c.ID] = f
	}
	return out, nil
}
