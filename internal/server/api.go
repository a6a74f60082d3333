package server

import (
	_ "embed"
	"net/http"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/view"
)

// The JSON API's read-only handlers. Lists answer a List (items, total,
// limit, offset and next); errors answer {"error": {"code", "message"}}.

func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, err := parseStoryForm(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stories, total, err := view.FindStories(r.Context(), s.store, f.query, limit, offset)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listed(stories, total, limit, offset))
}

// writePage answers one page of a whole list read from the store (read),
// with the list's total (total of the store's counts): the memory of one
// page however long the list.
func writePage[T any](w http.ResponseWriter, r *http.Request, s *Server, limit, offset int, total func(copydesk.Counts) int, read func(copydesk.Page) ([]T, error)) {
	c, err := s.store.Counts(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	items, err := read(copydesk.Page{Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	l := List[T]{Items: items, Total: total(c), Limit: limit, Offset: offset}
	if l.Items == nil {
		l.Items = []T{}
	}
	if end := offset + len(items); end < l.Total && len(items) > 0 {
		l.Next = &end
	}
	writeJSON(w, http.StatusOK, l)
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	v, err := view.Story(r.Context(), s.store, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// The first disagreements, with the count of all; ?disagreements=all
	// lists them all.
	if r.URL.Query().Get("disagreements") != "all" {
		v.SourcesSay = v.Top()
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	story := r.URL.Query().Get("story")
	if story == "" {
		writePage(w, r, s, limit, offset, func(c copydesk.Counts) int { return c.Events }, func(p copydesk.Page) ([]copydesk.Event, error) {
			return s.store.EventsPage(r.Context(), "", p)
		})
		return
	}
	evs, err := s.store.Events(r.Context(), story)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paginate(evs, limit, offset))
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	story := r.URL.Query().Get("story")
	if story == "" {
		writePage(w, r, s, limit, offset, func(c copydesk.Counts) int { return c.Articles }, func(p copydesk.Page) ([]*copydesk.Article, error) {
			return s.store.Articles(r.Context(), copydesk.ArticleFilter{Limit: p.Limit, Offset: p.Offset})
		})
		return
	}
	arts, err := s.store.Articles(r.Context(), copydesk.ArticleFilter{Story: story})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paginate(arts, limit, offset))
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	v, err := view.Article(r.Context(), s.store, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) relations(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	article := r.URL.Query().Get("article")
	if article == "" {
		writePage(w, r, s, limit, offset, func(c copydesk.Counts) int { return c.Relations }, func(p copydesk.Page) ([]copydesk.Relation, error) {
			return s.store.RelationsPage(r.Context(), p)
		})
		return
	}
	rels, err := s.store.Relations(r.Context(), article)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paginate(rels, limit, offset))
}

func (s *Server) compare(w http.ResponseWriter, r *http.Request) {
	a, b := r.URL.Query().Get("a"), r.URL.Query().Get("b")
	if a == "" || b == "" {
		s.fail(w, r, copydesk.Errorf(copydesk.EInvalid, "compare needs two article ids, as ?a=ID&b=ID"))
		return
	}
	c, err := view.Compare(r.Context(), s.store, a, b)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) outlets(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all, err := view.Outlets(r.Context(), s.store)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all = view.FilterOutlets(all, r.URL.Query().Get("q"))
	if err := view.SortOutlets(all, r.URL.Query().Get("sort")); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paginate(all, limit, offset))
}

// SearchResult is a page of search hits with the search it answers.
type SearchResult struct {
	Query string `json:"query"`
	List[view.SearchHit]
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query().Get("q")
	hits, total, err := view.Search(r.Context(), s.store, q, limit, offset)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, SearchResult{Query: q, List: listed(hits, total, limit, offset)})
}

// export streams the store a page at a time (?format=jsonl for one object
// a line): a failure once the answer has begun can only cut it short, which
// the client sees as invalid JSON, and is logged.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	write, ctype := view.ExportJSON, "application/json; charset=utf-8"
	switch f := r.URL.Query().Get("format"); f {
	case "", "json":
	case "jsonl":
		write, ctype = view.ExportJSONL, "application/jsonl; charset=utf-8"
	default:
		s.fail(w, r, copydesk.Errorf(copydesk.EInvalid, "format must be json or jsonl, not %q", f))
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if err := write(r.Context(), s.store, w); err != nil {
		s.log.Error("export cut short", "method", r.Method, "path", r.URL.Path, "err", err)
	}
}

// openAPI is the API's description, kept true by TestOpenAPI.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(openAPI)
}
