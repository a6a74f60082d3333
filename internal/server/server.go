// Package server serves copydesk over HTTP: the web UI (server-rendered
// pages, web.go) and the JSON API under /api/v1.
// It reads through the copydesk.Store it is given and never knows which
// store that is.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// Server holds what the handlers need.
type Server struct {
	store copydesk.Store
	log   *slog.Logger
	mux   *http.ServeMux
}

// New returns a Server reading from store; log may be nil.
func New(store copydesk.Store, log *slog.Logger) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: store, log: log, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /api/v1/stories", s.stories)
	s.mux.HandleFunc("GET /api/v1/stories/{id}", s.story)
	s.mux.HandleFunc("GET /api/v1/events", s.events)
	s.mux.HandleFunc("GET /api/v1/articles", s.articles)
	s.mux.HandleFunc("GET /api/v1/articles/{id}", s.article)
	s.mux.HandleFunc("GET /api/v1/relations", s.relations)
	s.mux.HandleFunc("GET /api/v1/export", s.export)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		// The catch-all also takes a known path with another method: tell
		// that apart, as 405 with the methods allowed.
		get := r.Clone(r.Context())
		get.Method = http.MethodGet
		if _, pattern := s.mux.Handler(get); pattern != "/api/" {
			w.Header().Set("Allow", "GET, HEAD")
			writeJSON(w, http.StatusMethodNotAllowed, errorBody(copydesk.EInvalid, r.Method+" is not allowed on "+r.URL.Path))
			return
		}
		s.fail(w, r, copydesk.Errorf(copydesk.ENotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	// The web UI (web.go): HTML pages over the same store.
	newWeb(store, log, s.mux).register()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// statuses maps error codes to HTTP statuses: the one table of it.
var statuses = map[copydesk.Code]int{
	copydesk.EInvalid:  http.StatusBadRequest,
	copydesk.ENotFound: http.StatusNotFound,
	copydesk.EConflict: http.StatusConflict,
	copydesk.EInternal: http.StatusInternalServerError,
}

type apiError struct {
	Error struct {
		Code    copydesk.Code `json:"code"`
		Message string        `json:"message"`
	} `json:"error"`
}

func errorBody(code copydesk.Code, msg string) apiError {
	var body apiError
	body.Error.Code, body.Error.Message = code, msg
	return body
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := copydesk.ErrorCode(err)
	body := errorBody(code, err.Error())
	if code == copydesk.EInternal {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		var e *copydesk.Error
		if !errors.As(err, &e) {
			body.Error.Message = "internal error"
		}
	}
	writeJSON(w, statuses[code], body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// page reads limit and offset, with a default and a maximum limit.
func page(r *http.Request) (limit, offset int, err error) {
	limit, offset = 50, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return 0, 0, copydesk.Errorf(copydesk.EInvalid, "limit must be a whole number from 1 to 1000, not %q", v)
		}
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, copydesk.Errorf(copydesk.EInvalid, "offset must be a whole number from 0, not %q", v)
		}
	}
	return limit, offset, nil
}

// List is one page of a listing.
type List[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func paginate[T any](items []T, limit, offset int) List[T] {
	l := List[T]{Total: len(items), Limit: limit, Offset: offset, Items: []T{}}
	if offset < len(items) {
		end := min(offset+limit, len(items))
		l.Items = items[offset:end]
	}
	return l
}

func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all, err := s.store.Stories(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paginate(all, limit, offset))
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	v, err := pipeline.Story(r.Context(), s.store, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
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

// ArticleView is an article with the relations that touch it.
type ArticleView struct {
	*copydesk.Article
	Relations []copydesk.Relation `json:"relations"`
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	v, err := articleView(r.Context(), s.store, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func articleView(ctx context.Context, store copydesk.Store, id string) (*ArticleView, error) {
	a, err := store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	rels, err := store.Relations(ctx, id)
	if err != nil {
		return nil, err
	}
	if rels == nil {
		rels = []copydesk.Relation{}
	}
	return &ArticleView{Article: a, Relations: rels}, nil
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

func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	x, err := pipeline.ExportAll(r.Context(), s.store)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, x)
}
