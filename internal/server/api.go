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
	all, err := view.FindStories(r.Context(), s.store, f.query)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paginate(all, limit, offset))
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
	evs, err := s.store.Events(r.Context(), r.URL.Query().Get("story"))
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
	arts, err := s.store.Articles(r.Context(), copydesk.ArticleFilter{Story: r.URL.Query().Get("story")})
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
	rels, err := s.store.Relations(r.Context(), r.URL.Query().Get("article"))
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
	hits, err := view.Search(r.Context(), s.store, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, SearchResult{Query: q, List: paginate(hits, limit, offset)})
}

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	x, err := view.ExportAll(r.Context(), s.store)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, x)
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
