package view

import (
	"context"

	"github.com/copydesk/copydesk"
)

// ArticleView is an article with the relations that touch it, and its
// siblings: the other copies of its originals. A copy is linked to its
// closest original only, so two copies of one original are known through
// that original, not through a relation of their own.
type ArticleView struct {
	*copydesk.Article
	Relations []copydesk.Relation `json:"relations"`
	Siblings  []string            `json:"siblings"`
}

// maxSiblings caps the siblings an article view lists (a wire story may
// have thousands of copies).
const maxSiblings = 100

// Article builds the view of one article.
func Article(ctx context.Context, store copydesk.Store, id string) (*ArticleView, error) {
	a, err := store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	rels, err := store.Relations(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &ArticleView{Article: a, Relations: orEmpty(rels), Siblings: []string{}}
	seen := map[string]bool{id: true}
	for _, rel := range rels {
		if rel.To != id {
			continue
		}
		of, err := store.Relations(ctx, rel.From)
		if err != nil {
			return nil, err
		}
		for _, o := range of {
			if o.From == rel.From && !seen[o.To] && len(v.Siblings) < maxSiblings {
				seen[o.To] = true
				v.Siblings = append(v.Siblings, o.To)
			}
		}
	}
	return v, nil
}
