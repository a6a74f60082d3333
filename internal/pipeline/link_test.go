package pipeline_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
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
	// The last run dates every article an hour before the one read before
	// it: each new article is then shown to be the original of all those
	// stored, and takes them over as their nearest.
	for _, run := range []struct {
		n        int
		backward bool
	}{{150, false}, {300, false}, {300, true}} {
		n := run.n
		docs := oneVocabulary(n, 1)
		if run.backward {
			start := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
			for i := range docs {
				docs[i].Published = start.Add(-time.Duration(i) * time.Hour).Format(time.RFC3339)
			}
		}
		store := openStore(t, filepath.Join(t.TempDir(), "v.db"))
		e := openEngine(t, store)
		add(t, e, writeJSONL(t, t.TempDir(), "v.jsonl", docs))
		rels, err := store.Relations(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		arts, err := store.Articles(context.Background(), copydesk.ArticleFilter{})
		if err != nil {
			t.Fatal(err)
		}
		added := map[string]time.Time{}
		for _, a := range arts {
			added[a.ID] = a.Added
		}
		// An article's originals: the relations that make it the copy;
		// and apart, those whose direction is undetermined that it made
		// on coming (to an article added before it).
		originals, undecided, degree := map[string]int{}, map[string]int{}, map[string]int{}
		most, mostDegree := 0, 0
		for _, r := range rels {
			of, count := r.To, originals
			if r.Evidence.Undetermined || r.Evidence.Confidence <= 0.5 {
				count = undecided
				if of = r.From; added[r.To].After(added[r.From]) || added[r.To].Equal(added[r.From]) && r.To > r.From {
					of = r.To
				}
			}
			count[of]++
			most = max(most, count[of])
			degree[r.From]++
			degree[r.To]++
			mostDegree = max(mostDegree, degree[r.From], degree[r.To])
		}
		if !run.backward {
			perArticle[n] = float64(len(rels)) / float64(n)
		}
		t.Logf("dated backward %v, %d articles: %d relations (%.2f per article), at most %d originals (or undetermined relations to earlier articles) for one article, at most %d relations of one article", run.backward, n, len(rels), float64(len(rels))/float64(n), most, mostDegree)
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
