// Package server serves copydesk over HTTP: the web UI (server-rendered
// pages, web.go) and the JSON API under /api/v1 (api.go), described by the
// OpenAPI document openapi.json.
// It is HTTP only: what it shows is read by internal/view through the
// copydesk.Store it is given, never knowing which store that is; adding articles goes through Config.Add, so the server
// does not own the pipeline that writes.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
)

// Config configures a Server. Its zero value serves the store read-only.
type Config struct {
	// Log receives internal errors; nothing is logged when nil.
	Log *slog.Logger
	// Token, when set together with Add, allows adding articles over HTTP
	// (POST /api/v1/articles with "Authorization: Bearer TOKEN", and the
	// /add page with the token in its form). Adding is off without it.
	Token string
	// Add stores new articles; adding is off when nil.
	Add AddFunc
	// MaxBody caps the body of a request that adds articles; default 4 MiB.
	MaxBody int64
	// AddTimeout bounds one add request, fetching included; default 90 s.
	AddTimeout time.Duration
}

// Defaults of Config.
const (
	DefaultMaxBody    = 4 << 20
	DefaultAddTimeout = 90 * time.Second
)

// Server holds what the handlers need.
type Server struct {
	store  copydesk.Store
	cfg    Config
	log    *slog.Logger
	mux    *http.ServeMux
	routes []Route // the API's routes, in registration order
}

// Route is one endpoint of the JSON API.
type Route struct {
	Method, Path string // Path as in the OpenAPI document, e.g. /api/v1/stories/{id}
}

// New returns a read-only Server over store; log may be nil.
func New(store copydesk.Store, log *slog.Logger) *Server {
	return NewWithConfig(store, Config{Log: log})
}

// NewWithConfig returns a Server over store configured by cfg.
func NewWithConfig(store copydesk.Store, cfg Config) *Server {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.AddTimeout <= 0 {
		cfg.AddTimeout = DefaultAddTimeout
	}
	s := &Server{store: store, cfg: cfg, log: cfg.Log, mux: http.NewServeMux()}
	s.api("GET", "/api/v1/stories", s.stories)
	s.api("GET", "/api/v1/stories/{id}", s.story)
	s.api("GET", "/api/v1/events", s.events)
	s.api("GET", "/api/v1/articles", s.articles)
	s.api("POST", "/api/v1/articles", s.addArticles)
	s.api("GET", "/api/v1/articles/{id}", s.article)
	s.api("GET", "/api/v1/relations", s.relations)
	s.api("GET", "/api/v1/compare", s.compare)
	s.api("GET", "/api/v1/outlets", s.outlets)
	s.api("GET", "/api/v1/search", s.search)
	s.api("GET", "/api/v1/export", s.export)
	s.api("GET", "/api/v1/openapi.json", s.openapi)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		// The catch-all also takes a known path with another method: tell
		// that apart, as 405 with the methods allowed.
		if allow := s.allowed(r); len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeJSON(w, http.StatusMethodNotAllowed, errorBody(copydesk.EInvalid, r.Method+" is not allowed on "+r.URL.Path))
			return
		}
		s.fail(w, r, copydesk.Errorf(copydesk.ENotFound, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	// The web UI (web.go): HTML pages over the same store.
	newWeb(s).register()
	return s
}

// api registers one API endpoint.
func (s *Server) api(method, path string, h http.HandlerFunc) {
	s.routes = append(s.routes, Route{Method: method, Path: path})
	s.mux.HandleFunc(method+" "+path, h)
}

// Routes lists the endpoints of the JSON API, in a stable order.
func (s *Server) Routes() []Route { return slices.Clone(s.routes) }

// allowed lists the methods the mux takes on r's path ("" when none).
func (s *Server) allowed(r *http.Request) []string {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" && pattern != "/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	return allow
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Codes of the API's errors beyond those of copydesk.
const (
	eUnauthorized copydesk.Code = "unauthorized" // a token is needed and missing or wrong
	eForbidden    copydesk.Code = "forbidden"    // the request is not allowed here at all
	eTooLarge     copydesk.Code = "too_large"    // the body is over Config.MaxBody
	eUnprocessed  copydesk.Code = "unprocessable"
)

// statuses maps error codes to HTTP statuses: the one table of it.
var statuses = map[copydesk.Code]int{
	copydesk.EInvalid:  http.StatusBadRequest,
	copydesk.ENotFound: http.StatusNotFound,
	copydesk.EConflict: http.StatusConflict,
	copydesk.EInternal: http.StatusInternalServerError,
	eUnauthorized:      http.StatusUnauthorized,
	eForbidden:         http.StatusForbidden,
	eTooLarge:          http.StatusRequestEntityTooLarge,
	eUnprocessed:       http.StatusUnprocessableEntity,
}

// statusOf returns the HTTP status of an error code.
func statusOf(code copydesk.Code) int {
	if st, ok := statuses[code]; ok {
		return st
	}
	return http.StatusInternalServerError
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

// public returns the code of err and the message a client may see: an
// internal error that is not a copydesk.Error is logged and hidden.
func (s *Server) public(r *http.Request, err error) (copydesk.Code, string) {
	code := copydesk.ErrorCode(err)
	msg := err.Error()
	if errors.Is(err, context.DeadlineExceeded) {
		return copydesk.EInternal, "the request took too long"
	}
	if code == copydesk.EInternal {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		var e *copydesk.Error
		if !errors.As(err, &e) {
			msg = "internal error"
		}
	}
	return code, msg
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := s.public(r, err)
	writeJSON(w, statusOf(code), errorBody(code, msg))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// maxLimit is the largest page of a listing.
const maxLimit = 1000

// page reads limit and offset, with a default and a maximum limit.
func page(r *http.Request) (limit, offset int, err error) {
	limit, offset = 50, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, copydesk.Errorf(copydesk.EInvalid, "limit must be a whole number from 1 to %d, not %q", maxLimit, v)
		}
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, copydesk.Errorf(copydesk.EInvalid, "offset must be a whole number from 0, not %q", v)
		}
	}
	return limit, offset, nil
}

// List is one page of a listing. Next is the offset of the following page,
// absent on the last one.
type List[T any] struct {
	Items  []T  `json:"items"`
	Total  int  `json:"total"`
	Limit  int  `json:"limit"`
	Offset int  `json:"offset"`
	Next   *int `json:"next,omitempty"`
}

func paginate[T any](items []T, limit, offset int) List[T] {
	l := List[T]{Total: len(items), Limit: limit, Offset: offset, Items: []T{}}
	if offset < len(items) {
		end := min(offset+limit, len(items))
		l.Items = items[offset:end]
		if end < len(items) {
			l.Next = &end
		}
	}
	return l
}

// listed is a List of one page the store already cut: items from offset,
// of total.
func listed[T any](items []T, total, limit, offset int) List[T] {
	l := List[T]{Total: total, Limit: limit, Offset: offset, Items: orEmptyList(items)}
	if end := offset + len(items); len(items) > 0 && end < total {
		l.Next = &end
	}
	return l
}

func orEmptyList[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
