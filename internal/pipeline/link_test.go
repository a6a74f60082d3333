package pipeline_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// oneVocabulary writes n articles of six sentences drawn from one small
// vocabulary: every article shares most of its words, and most of its
// sentences' words, with every other, so that each looks like a rewrite of
// all the others (the input that once gave 854k relations for 5,300
// articles).
func oneVocabulary(n int, seed uint64) []doc {
	rng := rand.New(rand.NewPCG(seed, 1))
	vocab := strings.Fields("harbour council ferry storm quay board crews fishing repairs engineers wall mooring " +
		"posts weeks crowns master statement season landings town spring boats night friday inspect closed north tore damage berth")
	docs := make([]doc, n)
	for i := range docs {
		var b strings.Builder
		for s := range 6 {
			if s > 0 {
				b.WriteString("\n\n")
			}
			for w := range 12 {
				word := vocab[rng.IntN(len(vocab))]
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(word)
			}
			b.WriteByte('.')
		}
		docs[i] = doc{ID: fmt.Sprintf("vocab-%04d", i), Source: "Babble Post", Text: b.String()}
	}
	return docs
}

// TestRelationsBounded: on adversarial input the relations grow with the
// articles, not with the pairs. Each article is linked to at most a few
// originals, and the relations per article do not grow with the input.
func TestRelationsBounded(t *testing.T) {
	perArticle := map[int]float64{}
	for _, n := range []int{150, 300} {
		store := openStore(t, filepath.Join(t.TempDir(), "v.db"))
		e := openEngine(t, store)
		add(t, e, writeJSONL(t, t.TempDir(), "v.jsonl", oneVocabulary(n, 1)))
		rels, err := store.Relations(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		originals := map[string]int{}
		most := 0
		for _, r := range rels {
			originals[r.To]++
			most = max(most, originals[r.To])
		}
		perArticle[n] = float64(len(rels)) / float64(n)
		t.Logf("%d articles: %d relations (%.2f per article), at most %d originals for one article", n, len(rels), perArticle[n], most)
		// An article's own nearest, up to two ties of it, and up to two
		// ties made to it later: 5 per article at most by construction;
		// 3 is what the rule should keep to on this input.
		if len(rels) > 3*n || most > 3 {
			t.Errorf("%d articles: got %d relations and up to %d originals for one article, want at most %d and 3", n, len(rels), most, 3*n)
		}
		if len(rels) < n/2 {
			t.Errorf("%d articles: got %d relations, want the articles related as copies (at least %d)", n, len(rels), n/2)
		}
	}
	if perArticle[300] > 1.25*perArticle[150] {
		t.Errorf("relations per article grew from %.2f to %.2f when the input doubled", perArticle[150], perArticle[300])
	}
}
