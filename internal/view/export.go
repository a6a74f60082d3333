package view

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/copydesk/copydesk"
)

// Export is the whole store as one document, the format others build on:
// fields are added over time, never removed or renamed.
type Export struct {
	Articles  []ExportArticle     `json:"articles"`
	Events    []copydesk.Event    `json:"events"`
	Stories   []ExportStory       `json:"stories"`
	Relations []copydesk.Relation `json:"relations"`
}

// ExportArticle is an article as exported: its metadata, clustering and text.
type ExportArticle struct {
	ID        string `json:"id"`
	Ref       string `json:"ref"`
	Name      string `json:"name"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title"`
	Byline    string `json:"byline,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Event     string `json:"event"`
	Story     string `json:"story"`
	Version   int    `json:"version"`
	Partial   bool   `json:"partial,omitempty"`
	RawHash   string `json:"raw_hash"`
	Text      string `json:"text"`
}

// ExportStory is a story as exported, with what its sources say.
type ExportStory struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Events    []string `json:"events"`
	Articles  []string `json:"articles"`
	FirstSeen string   `json:"first_seen,omitempty"`
	LastSeen  string   `json:"last_seen,omitempty"`
	SourcesSay
}

// ExportAll reads everything from store into an Export, in a stable order:
// the whole store in memory, for tests and small stores; ExportJSON and
// ExportJSONL write the same a page at a time.
func ExportAll(ctx context.Context, store copydesk.Store) (*Export, error) {
	x := &Export{Articles: []ExportArticle{}, Events: []copydesk.Event{}, Stories: []ExportStory{}, Relations: []copydesk.Relation{}}
	err := walkExport(ctx, store, func(kind string, v any) error {
		switch v := v.(type) {
		case ExportArticle:
			x.Articles = append(x.Articles, v)
		case copydesk.Event:
			x.Events = append(x.Events, v)
		case ExportStory:
			x.Stories = append(x.Stories, v)
		case copydesk.Relation:
			x.Relations = append(x.Relations, v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// exportPage is how many articles, events, stories or relations an export
// reads at a time.
const exportPage = 500

// The kinds of what an export holds, in its order, with the field of the
// JSON export that lists them.
var exportKinds = []struct{ kind, field string }{
	{"article", "articles"}, {"event", "events"}, {"story", "stories"}, {"relation", "relations"},
}

// walkExport gives emit everything in store, in the export's order and
// kind by kind (exportKinds), reading a page at a time: memory of one page,
// and of one story's articles when that story's facts are merged now,
// whatever the size of the store.
func walkExport(ctx context.Context, store copydesk.Store, emit func(kind string, v any) error) error {
	err := eachPage(func(p copydesk.Page) (int, error) {
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{Limit: p.Limit, Offset: p.Offset})
		for _, a := range arts {
			if err := emit("article", exportArticle(a)); err != nil {
				return 0, err
			}
		}
		return len(arts), err
	})
	if err != nil {
		return fmt.Errorf("export: articles: %w", err)
	}
	err = eachPage(func(p copydesk.Page) (int, error) {
		evs, err := store.EventsPage(ctx, "", p)
		for _, e := range evs {
			if err := emit("event", e); err != nil {
				return 0, err
			}
		}
		return len(evs), err
	})
	if err != nil {
		return fmt.Errorf("export: events: %w", err)
	}
	err = eachPage(func(p copydesk.Page) (int, error) {
		stories, err := store.StoriesPage(ctx, p)
		for _, s := range stories {
			say, err := storyFacts(ctx, store, s.ID, func() ([]*copydesk.Article, []copydesk.Relation, error) {
				arts, err := store.Articles(ctx, copydesk.ArticleFilter{Story: s.ID})
				if err != nil {
					return nil, nil, err
				}
				rels, err := innerRelations(ctx, store, s.ID, arts)
				return arts, rels, err
			})
			if err != nil {
				return 0, fmt.Errorf("story %s: %w", s.ID, err)
			}
			x := ExportStory{ID: s.ID, Title: s.Title, Events: s.Events, Articles: s.Articles,
				FirstSeen: stamp(s.FirstSeen), LastSeen: stamp(s.LastSeen), SourcesSay: say}
			if err := emit("story", x); err != nil {
				return 0, err
			}
		}
		return len(stories), err
	})
	if err != nil {
		return fmt.Errorf("export: stories: %w", err)
	}
	err = eachPage(func(p copydesk.Page) (int, error) {
		rels, err := store.RelationsPage(ctx, p)
		for _, r := range rels {
			if err := emit("relation", r); err != nil {
				return 0, err
			}
		}
		return len(rels), err
	})
	if err != nil {
		return fmt.Errorf("export: relations: %w", err)
	}
	return nil
}

// eachPage calls read with one page after the other until a page comes
// short.
func eachPage(read func(copydesk.Page) (int, error)) error {
	for off := 0; ; off += exportPage {
		n, err := read(copydesk.Page{Limit: exportPage, Offset: off})
		if err != nil {
			return err
		}
		if n < exportPage {
			return nil
		}
	}
}

// ExportJSON writes the whole store to w as the JSON object of Export, indented
// by two spaces (byte for byte what encoding/json writes of ExportAll's
// result), a page at a time: its memory does not grow with the store.
func ExportJSON(ctx context.Context, store copydesk.Store, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	kind, n := -1, 0
	err := walkExport(ctx, store, func(k string, v any) error {
		for kind < 0 || exportKinds[kind].kind != k {
			if err := nextKind(bw, &kind, &n); err != nil {
				return err
			}
		}
		b, err := json.MarshalIndent(v, "    ", "  ")
		if err != nil {
			return fmt.Errorf("export %s: %w", k, err)
		}
		sep := ",\n    "
		if n == 0 {
			sep = "\n    "
		}
		n++
		bw.WriteString(sep)
		_, err = bw.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	for kind < len(exportKinds) {
		if err := nextKind(bw, &kind, &n); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// nextKind closes the list of kind (when one is open) and opens the next
// one's, or closes the object after the last; n counts the items written in
// the open list.
func nextKind(w *bufio.Writer, kind, n *int) error {
	switch {
	case *kind < 0:
		w.WriteString("{\n")
	case *n == 0:
		w.WriteString("]")
	default:
		w.WriteString("\n  ]")
	}
	*kind++
	*n = 0
	if *kind == len(exportKinds) {
		_, err := w.WriteString("\n}\n")
		return err
	}
	if *kind > 0 {
		w.WriteString(",\n")
	}
	_, err := fmt.Fprintf(w, "  %q: [", exportKinds[*kind].field)
	return err
}

// ExportJSONL writes the whole store to w one JSON object a line, each with
// its "kind" (article, event, story, relation) first and then the fields it
// has in Export: the articles, then the events, the stories and the
// relations, a page at a time. A relation's own kind (duplicate, rewrite,
// ...), its "kind" in Export, is its "relation" field here.
func ExportJSONL(ctx context.Context, store copydesk.Store, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	err := walkExport(ctx, store, func(kind string, v any) error {
		if r, ok := v.(copydesk.Relation); ok {
			v = jsonlRelation{From: r.From, To: r.To, Relation: r.Kind, Score: r.Score, Evidence: r.Evidence}
		}
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("export %s: %w", kind, err)
		}
		bw.WriteString(`{"kind":"` + kind + `"`)
		if len(b) > 2 {
			bw.WriteByte(',')
		}
		bw.Write(b[1:])
		return bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// jsonlRelation is a relation as a line of the JSONL export.
type jsonlRelation struct {
	From     string            `json:"from"`
	To       string            `json:"to"`
	Relation copydesk.Kind     `json:"relation"`
	Score    float64           `json:"score"`
	Evidence copydesk.Evidence `json:"evidence"`
}

func exportArticle(a *copydesk.Article) ExportArticle {
	return ExportArticle{ID: a.ID, Ref: a.Ref, Name: a.DisplayName(), URL: a.URL, Source: a.Source, Title: a.Title, Byline: a.Byline,
		Published: stamp(a.Published), Lang: a.Lang, Event: a.Event, Story: a.Story, Version: a.Version,
		Partial: a.Partial, RawHash: a.RawHash, Text: a.Text}
}
