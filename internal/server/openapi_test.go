package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/server"
)

// openAPIDoc fetches the OpenAPI document the server serves.
func openAPIDoc(t *testing.T, f *fixture) map[string]any {
	t.Helper()
	var doc map[string]any
	f.get(t, "/api/v1/openapi.json", http.StatusOK, &doc)
	if doc["openapi"] != "3.1.0" {
		t.Fatalf("openapi: got version %v, want 3.1.0", doc["openapi"])
	}
	return doc
}

// TestOpenAPIRoutes checks that every route the server registers is
// described, and that every described operation is a route.
func TestOpenAPIRoutes(t *testing.T) {
	f := newFixture(t)
	doc := openAPIDoc(t, f)
	routes := map[string]bool{}
	for _, r := range server.New(f.db, nil).Routes() {
		routes[strings.ToLower(r.Method)+" "+r.Path] = true
	}
	described := map[string]bool{}
	for path, item := range doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			switch method {
			case "get", "put", "post", "delete", "options", "head", "patch", "trace":
				described[method+" "+path] = true
			}
		}
	}
	for r := range routes {
		if !described[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for d := range described {
		if !routes[d] {
			t.Errorf("openapi.json describes %s, which the server does not serve", d)
		}
	}
	if len(routes) < 12 {
		t.Errorf("got %d routes, want at least 12", len(routes))
	}
}

// example is one request whose answer is checked against the document.
type example struct {
	method, path, query string // path as in the document
	body                string
	status              int
}

// TestOpenAPIExamples requests every endpoint of a server over a store
// with copies and checks each answer against the schema the document gives
// for its status: the fields it requires are there with the right types,
// and no field is left undescribed.
func TestOpenAPIExamples(t *testing.T) {
	f := webFixture(t)
	e, err := pipeline.Open(context.Background(), f.db, pipeline.Options{Now: func() time.Time { return time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(server.NewWithConfig(f.db, server.Config{Token: testToken, Add: engineAdd(e.Add)}))
	t.Cleanup(f.srv.Close)
	doc := openAPIDoc(t, f)
	rel := f.relationTo(t, spun.ID)
	story := f.storyOf(t, spun.ID)
	examples := []example{
		{"GET", "/api/v1/stories", "?limit=1", "", 200},
		{"GET", "/api/v1/stories", "?q=honey&sort=size", "", 200},
		{"GET", "/api/v1/stories", "?from=soon", "", 400},
		{"GET", "/api/v1/stories/{id}", story.ID, "", 200},
		{"GET", "/api/v1/stories/{id}", f.storyOf(t, hostile.ID).ID, "", 200}, // no copies: null derivations
		{"GET", "/api/v1/stories/{id}", "s-none", "", 404},
		{"GET", "/api/v1/events", "?limit=2", "", 200},
		{"GET", "/api/v1/articles", "?story=" + story.ID, "", 200},
		{"GET", "/api/v1/articles", "?limit=0", "", 400},
		{"GET", "/api/v1/articles/{id}", rel.To, "", 200},
		{"GET", "/api/v1/articles/{id}", "a-none", "", 404},
		{"GET", "/api/v1/relations", "", "", 200},
		{"GET", "/api/v1/compare", "?a=" + rel.From + "&b=" + rel.To, "", 200},
		{"GET", "/api/v1/compare", "?a=" + rel.From, "", 400},
		{"GET", "/api/v1/compare", "?a=" + rel.From + "&b=a-none", "", 404},
		{"GET", "/api/v1/outlets", "?limit=3", "", 200},
		{"GET", "/api/v1/search", "?q=honey", "", 200},
		{"GET", "/api/v1/search", "", "", 400},
		{"GET", "/api/v1/export", "", "", 200},
		{"GET", "/api/v1/openapi.json", "", "", 200},
		{"POST", "/api/v1/articles", "", freshJSON(), 201},
		{"POST", "/api/v1/articles", "", "[" + freshJSON() + "]", 200},
		{"POST", "/api/v1/articles", "", `{"url": "https://news.example/x"}`, 422},
		{"POST", "/api/v1/articles", "", `{"title": "no text"}`, 400},
		{"POST", "/api/v1/articles", "token:wrong", freshJSON(), 401},
	}
	covered := map[string]bool{}
	for _, ex := range examples {
		covered[strings.ToLower(ex.method)+" "+ex.path] = true
		target, query := ex.path, ex.query
		if strings.Contains(target, "{id}") {
			target, query = strings.Replace(target, "{id}", query, 1), ""
		}
		token := testToken
		if t, ok := strings.CutPrefix(query, "token:"); ok {
			token, query = t, ""
		}
		req, err := http.NewRequest(ex.method, f.srv.URL+target+query, strings.NewReader(ex.body))
		if err != nil {
			t.Fatal(err)
		}
		if ex.method == "POST" {
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := f.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		name := ex.method + " " + target + query
		if resp.StatusCode != ex.status {
			t.Errorf("%s: got status %d, want %d: %.200s", name, resp.StatusCode, ex.status, b)
			continue
		}
		op, _ := lookup(doc, "paths", ex.path, strings.ToLower(ex.method)).(map[string]any)
		if op == nil {
			t.Errorf("%s: no operation in the document", name)
			continue
		}
		if ex.method == "GET" {
			declared := map[string]bool{}
			for _, p := range op["parameters"].([]any) {
				declared[resolve(doc, p)["name"].(string)] = true
			}
			for _, kv := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
				if k, _, _ := strings.Cut(kv, "="); k != "" && !declared[k] {
					t.Errorf("%s: parameter %s is not declared", name, k)
				}
			}
		}
		schema, _ := lookup(op, "responses", strconv.Itoa(ex.status), "content", "application/json", "schema").(map[string]any)
		if schema == nil {
			t.Errorf("%s: status %d is not described", name, ex.status)
			continue
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var errs []string
		check(doc, schema, v, "$", &errs)
		for _, e := range errs {
			t.Errorf("%s: %s", name, e)
		}
	}
	for _, r := range server.New(f.db, nil).Routes() {
		if !covered[strings.ToLower(r.Method)+" "+r.Path] {
			t.Errorf("no example request for %s %s: add one", r.Method, r.Path)
		}
	}
}

// lookup walks a decoded JSON document by keys.
func lookup(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// resolve follows a local $ref.
func resolve(doc map[string]any, v any) map[string]any {
	m, _ := v.(map[string]any)
	for m != nil && m["$ref"] != nil {
		ref := strings.TrimPrefix(m["$ref"].(string), "#/")
		m, _ = lookup(doc, strings.Split(ref, "/")...).(map[string]any)
	}
	return m
}

// check validates v against schema: types, enums, required fields, array
// items, oneOf, and that every field of an object with listed properties is
// one of them (unless additionalProperties allows more).
func check(doc, schema map[string]any, v any, at string, errs *[]string) {
	s := resolve(doc, schema)
	if s == nil {
		*errs = append(*errs, at+": schema reference does not resolve")
		return
	}
	if alts, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, alt := range alts {
			var e []string
			check(doc, resolve(doc, alt), v, at, &e)
			if len(e) == 0 {
				n++
			}
		}
		if n != 1 {
			*errs = append(*errs, fmt.Sprintf("%s: matches %d of the oneOf schemas, want 1", at, n))
		}
		return
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.Contains(types, jsonType(v)) && !(jsonType(v) == "integer" && slices.Contains(types, "number")) {
			*errs = append(*errs, fmt.Sprintf("%s: got %s, want %v", at, jsonType(v), types))
			return
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		*errs = append(*errs, fmt.Sprintf("%s: %v is not one of %v", at, v, enum))
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := v[r]; !ok {
				*errs = append(*errs, at+": required field "+r+" is missing")
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ps, ok := props[k]
			if !ok {
				if props != nil && s["additionalProperties"] != true {
					*errs = append(*errs, at+": field "+k+" is not described")
				}
				continue
			}
			check(doc, ps.(map[string]any), v[k], at+"."+k, errs)
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, x := range v {
				check(doc, items, x, at+"["+strconv.Itoa(i)+"]", errs)
			}
		}
	}
}

func asStrings(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			out = append(out, x.(string))
		}
	}
	return out
}

// jsonType names the JSON type of a decoded value, "integer" for whole numbers.
func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if v == math.Trunc(v) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

// TestOpenAPIChecker makes sure the checker catches what it should.
func TestOpenAPIChecker(t *testing.T) {
	doc := map[string]any{"components": map[string]any{"schemas": map[string]any{
		"T": map[string]any{"type": "object", "required": []any{"a"}, "properties": map[string]any{
			"a": map[string]any{"type": "integer"}, "k": map[string]any{"type": "string", "enum": []any{"x"}}}},
	}}}
	ref := map[string]any{"$ref": "#/components/schemas/T"}
	for _, tt := range []struct {
		json string
		errs int
	}{
		{`{"a": 1}`, 0}, {`{"a": 1, "k": "x"}`, 0}, {`{}`, 1}, {`{"a": 1.5}`, 1}, {`{"a": 1, "b": 2}`, 1}, {`{"a": 1, "k": "y"}`, 1}, {`[]`, 1},
	} {
		var v any
		if err := json.Unmarshal([]byte(tt.json), &v); err != nil {
			t.Fatal(err)
		}
		var errs []string
		check(doc, ref, v, "$", &errs)
		if len(errs) != tt.errs {
			t.Errorf("%s: got %d errors %q, want %d", tt.json, len(errs), errs, tt.errs)
		}
	}
}
