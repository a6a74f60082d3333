package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
)

// What the sources say is computed once: an article's facts when it is
// processed (saved with its result), a story's when it changes. The engine
// marks the stories a result touches and merges each again once per run
// (at the end of Add, ProcessPending and Refine), from the facts of its articles, which
// it keeps for the stories it merged lately; the views read the stored
// facts and compute them only when a story changed after its facts were
// made (a run killed between the two) or its store predates them.

// maxCachedFacts bounds the articles whose facts the engine keeps between
// merges: a story larger than that reads its facts from the store again.
const maxCachedFacts = 4096

// factsState is the engine's part of the facts: the facts of articles of
// the stories merged lately, the copy relations of every article (under
// its copy: see relate), and the stories to merge again.
type factsState struct {
	cache map[string]*facts.Facts
	order []string // cache keys, oldest first, for eviction
	rels  map[string][]copydesk.Relation
	dirty map[string]bool
}

func newFactsState() *factsState {
	return &factsState{cache: map[string]*facts.Facts{}, rels: map[string][]copydesk.Relation{}, dirty: map[string]bool{}}
}

func (st *factsState) remember(f *facts.Facts) {
	if _, ok := st.cache[f.ID]; !ok {
		st.order = append(st.order, f.ID)
	}
	st.cache[f.ID] = f
	for len(st.order) > maxCachedFacts {
		delete(st.cache, st.order[0])
		st.order = st.order[1:]
	}
}

// relate keeps relation r under its copy (To), the one article whose
// story's merge reads it (mergeStories), in the order the relations came.
// Kept under its original too, as before, it was a second copy of every
// relation for the whole run, read by nothing: the collector marks them all.
func (st *factsState) relate(r copydesk.Relation) {
	r = bare(r) // the story facts read no evidence
	i := slices.IndexFunc(st.rels[r.To], func(x copydesk.Relation) bool { return x.From == r.From && x.To == r.To })
	if i >= 0 {
		st.rels[r.To][i] = r
	} else {
		st.rels[r.To] = append(st.rels[r.To], r)
	}
}

// unrelate forgets a relation a result unlinked.
func (st *factsState) unrelate(l copydesk.Link) {
	rs, ok := st.rels[l.To]
	if !ok {
		return
	}
	if rs = slices.DeleteFunc(rs, func(x copydesk.Relation) bool { return x.From == l.From && x.To == l.To }); len(rs) == 0 {
		delete(st.rels, l.To)
	} else {
		st.rels[l.To] = rs
	}
}

// touched marks the stories a result changes: the article's, and those its
// moves leave and join.
func (e *Engine) touched(res copydesk.Result) {
	e.says.dirty[res.Story] = true
	for _, s := range res.Stories {
		e.says.dirty[s.ID] = true
	}
	for _, m := range res.Moves {
		e.says.dirty[m.Story] = true
		if old := e.arts[m.Article]; old != nil && old.Story != "" {
			e.says.dirty[old.Story] = true
		}
	}
	delete(e.says.dirty, "")
}

// articleFacts extracts what an article says, encoded for the store.
func articleFacts(a *copydesk.Article) (*facts.Facts, *copydesk.Facts, error) {
	f := facts.Extract(facts.ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: a.Published, Lang: a.Lang})
	data, err := json.Marshal(f)
	if err != nil {
		return nil, nil, fmt.Errorf("facts of article %s: %w", a.ID, err)
	}
	return f, &copydesk.Facts{ID: a.ID, Version: facts.RulesVersion, Data: data}, nil
}

// flushFacts merges again the facts of every story changed since the last
// flush and stores them, a chunk of stories at a time, and within a chunk
// at most about maxCachedFacts articles' facts at a time (so that the facts
// held at once stay bounded however many stories a long run changed, and
// however large).
// Call it with e.mu held.
func (e *Engine) flushFacts(ctx context.Context) error {
	if len(e.says.dirty) == 0 {
		return nil
	}
	ids := make([]string, 0, len(e.says.dirty))
	for id := range e.says.dirty {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	const chunk = 256
	for i := 0; i < len(ids); i += chunk {
		if err := e.mergeStories(ctx, ids[i:min(i+chunk, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

// mergeStories merges the facts of stories ids and stores them.
func (e *Engine) mergeStories(ctx context.Context, ids []string) error {
	// Each story's facts and relations are gathered in turn (they come from
	// the engine's state and the store), then merged on the Engine's
	// workers: the stories share no article, and merging is most of the
	// cost, which thus needs no order.
	type merge struct {
		id     string
		fs     []*facts.Facts
		rels   []copydesk.Relation
		events map[string]string
		data   []byte
		err    error
	}
	var ms []*merge
	// put merges the stories gathered and stores their facts: whenever
	// they hold maxCachedFacts articles, so that the facts held at once
	// stay bounded however large the stories of one chunk.
	held := 0
	put := func() error {
		e.each(len(ms), func(i int) {
			ms[i].data, ms[i].err = json.Marshal(facts.MergeEvents(ms[i].fs, ms[i].rels, ms[i].events))
		})
		out := make([]copydesk.Facts, 0, len(ms))
		for _, m := range ms {
			if m.err != nil {
				return fmt.Errorf("facts of story %s: %w", m.id, m.err)
			}
			out = append(out, copydesk.Facts{ID: m.id, Version: facts.RulesVersion, Data: m.data})
		}
		ms, held = nil, 0
		return e.store.PutStoryFacts(ctx, out)
	}
	for _, id := range ids {
		st, err := e.store.Story(ctx, id)
		if copydesk.ErrorCode(err) == copydesk.ENotFound {
			continue // left empty and gone
		}
		if err != nil {
			return fmt.Errorf("facts of story %s: %w", id, err)
		}
		fs, err := e.memberFacts(ctx, st.Articles)
		if err != nil {
			return fmt.Errorf("facts of story %s: %w", id, err)
		}
		in := map[string]bool{}
		events := map[string]string{}
		for _, a := range st.Articles {
			in[a] = true
			if x := e.arts[a]; x != nil {
				events[a] = x.Event
			}
		}
		var rels []copydesk.Relation
		for _, a := range st.Articles {
			for _, r := range e.says.rels[a] { // r.To is a
				if in[r.From] {
					rels = append(rels, r)
				}
			}
		}
		ms = append(ms, &merge{id: id, fs: fs, rels: rels, events: events})
		if held += len(fs); held >= maxCachedFacts {
			if err := put(); err != nil {
				return err
			}
		}
	}
	if err := put(); err != nil {
		return err
	}
	for _, id := range ids {
		delete(e.says.dirty, id)
	}
	return nil
}

// memberFacts returns the facts of articles ids: kept, stored, or (for
// articles processed before facts were stored) extracted now and stored.
func (e *Engine) memberFacts(ctx context.Context, ids []string) ([]*facts.Facts, error) {
	out := make([]*facts.Facts, 0, len(ids))
	var missing []string
	for _, id := range ids {
		if f := e.says.cache[id]; f != nil {
			out = append(out, f)
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	got, err := loadFacts(ctx, e.store, missing)
	if err != nil {
		return nil, err
	}
	var made []copydesk.Facts
	for _, id := range missing {
		f := got[id]
		if f == nil {
			a, err := e.store.Article(ctx, id)
			if err != nil {
				return nil, err
			}
			var c *copydesk.Facts
			if f, c, err = articleFacts(a); err != nil {
				return nil, err
			}
			made = append(made, *c)
		}
		e.says.remember(f)
		out = append(out, f)
	}
	if len(made) > 0 {
		if err := e.store.PutArticleFacts(ctx, made); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loadFacts reads and decodes the stored facts of articles ids, leaving
// out those of another version.
func loadFacts(ctx context.Context, store copydesk.Store, ids []string) (map[string]*facts.Facts, error) {
	got, err := store.ArticleFacts(ctx, ids)
	if err != nil {
		return nil, err
	}
	return facts.Decode(got)
}

// refreshFacts brings the stored facts up to date: the articles processed
// without facts (by a copydesk that did not store them) or with facts of
// older rules get them, and the stories whose facts are missing, older or
// stale are merged again. An up-to-date store costs two queries.
func (e *Engine) refreshFacts(ctx context.Context) error {
	e.lock()
	defer e.mu.Unlock()
	arts, stories, err := e.store.StaleFacts(ctx, facts.RulesVersion)
	if err != nil {
		return fmt.Errorf("refresh facts: %w", err)
	}
	const page = 256
	for i := 0; i < len(arts); i += page {
		as, err := e.store.Articles(ctx, copydesk.ArticleFilter{IDs: arts[i:min(i+page, len(arts))]})
		if err != nil {
			return fmt.Errorf("refresh facts: %w", err)
		}
		var made []copydesk.Facts
		for _, a := range as {
			f, c, err := articleFacts(a)
			if err != nil {
				return fmt.Errorf("refresh facts: %w", err)
			}
			e.says.remember(f)
			made = append(made, *c)
		}
		if err := e.store.PutArticleFacts(ctx, made); err != nil {
			return fmt.Errorf("refresh facts: %w", err)
		}
	}
	for i := 0; i < len(stories); i += page {
		for _, id := range stories[i:min(i+page, len(stories))] {
			e.says.dirty[id] = true
		}
		if err := e.flushFacts(ctx); err != nil {
			return fmt.Errorf("refresh facts: %w", err)
		}
	}
	return nil
}
