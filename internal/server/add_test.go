package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/view"
)

// docsOf turns inputs into the pipeline's document type D, as feed does.
func docsOf[D any](docs []input, raws [][]byte) iter.Seq2[D, error] {
	return func(yield func(D, error) bool) {
		for i, in := range docs {
			m := map[string]any{
				"Ref": in.ID, "ID": in.ID, "Source": in.Source, "Title": in.Title,
				"Format": "text", "Body": []byte(in.Text), "Raw": raws[i], "Input": "body",
			}
			if in.Published != "" {
				m["Published"] = in.Published
			}
			fields, err := json.Marshal(m)
			var d D
			if err == nil {
				err = json.Unmarshal(fields, &d)
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// engineAdd is an AddFunc over a real engine for pasted articles. The
// server's tests may not import internal/ingest, so this one reads the JSON
// articles itself and fails every URL: fetching is tested in cmd/copydesk.
func engineAdd[D any](add func(context.Context, iter.Seq2[D, error], func(pipeline.Item)) (pipeline.Stats, error)) server.AddFunc {
	return func(ctx context.Context, req server.AddRequest) ([]server.AddResult, error) {
		var docs []input
		var raws [][]byte
		for _, raw := range req.Articles {
			var a struct{ ID, URL, Source, Title, Published, Text string }
			if err := json.Unmarshal(raw, &a); err != nil {
				return nil, err
			}
			docs = append(docs, input{a.ID, a.Source, a.Title, a.Published, a.Text})
			raws = append(raws, raw)
		}
		out := []server.AddResult{}
		_, err := add(ctx, docsOf[D](docs, raws), func(it pipeline.Item) {
			r := server.AddResult{Input: it.Input, Status: string(it.Status)}
			if it.Article != nil {
				r.Article, r.Title, r.Story = it.Article.ID, it.Article.Title, it.Article.Story
			}
			if it.Err != nil {
				r.Error = it.Err.Error()
			}
			out = append(out, r)
		})
		for _, u := range req.URLs {
			out = append(out, server.AddResult{Input: u, Status: "failed", Error: "refused: not fetched in this test"})
		}
		return out, err
	}
}

const testToken = "correct horse battery staple"

// addFixture is the API fixture served again with adding on.
func addFixture(t *testing.T, token string, maxBody int64) *fixture {
	t.Helper()
	f := newFixture(t)
	e, err := pipeline.Open(context.Background(), f.db, pipeline.Options{Now: func() time.Time { return time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(server.NewWithConfig(f.db, server.Config{Token: token, Add: engineAdd(e.Add), MaxBody: maxBody}))
	t.Cleanup(f.srv.Close)
	return f
}

// post sends body to path with the headers and decodes the JSON answer.
func (f *fixture) post(t *testing.T, path, body string, headers map[string]string, status int, v any) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, f.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Errorf("POST %s %.60q: got status %d, want %d: %s", path, body, resp.StatusCode, status, b)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Errorf("POST %s: decode: %v: %s", path, err, b)
		}
	}
}

var fresh = input{"", "Brackwater Herald", "Brackwater ferry resumes after storm repairs",
	"2026-05-08T07:30:00Z",
	"The Brackwater ferry resumed crossings on Thursday after three weeks of repairs to the landing stage damaged in the March storm.\n\n" +
		"Harbour master Idris Vale said the first sailing left at seven in the morning with forty passengers on board."}

func freshJSON() string {
	b, _ := json.Marshal(map[string]string{"title": fresh.Title, "source": fresh.Source, "published": fresh.Published, "text": fresh.Text})
	return string(b)
}

func TestAddOff(t *testing.T) {
	for _, token := range []string{"", testToken} {
		f := newFixture(t) // no AddFunc
		if token == "" {
			f = addFixture(t, "", 0) // an AddFunc but no token
		}
		var e apiError
		f.post(t, "/api/v1/articles", freshJSON(), map[string]string{"Authorization": "Bearer " + token, "Content-Type": "application/json"}, http.StatusForbidden, &e)
		if e.Error.Code != "forbidden" || !strings.Contains(e.Error.Message, "--token") {
			t.Errorf("token %q: got %+v, want forbidden naming --token", token, e.Error)
		}
		if body := f.page(t, http.MethodGet, "/add", http.StatusOK); strings.Contains(body, "<form class=\"add\"") || !strings.Contains(body, "--token") {
			t.Errorf("GET /add with adding off: got a form or no word on how to turn it on")
		}
	}
}

func TestAddAPI(t *testing.T) {
	f := addFixture(t, testToken, 4000)
	auth := map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/json"}
	errs := []struct {
		name    string
		headers map[string]string
		body    string
		status  int
		code    copydesk.Code
	}{
		{"no token", map[string]string{"Content-Type": "application/json"}, freshJSON(), http.StatusUnauthorized, "unauthorized"},
		{"wrong token", map[string]string{"Authorization": "Bearer nope", "Content-Type": "application/json"}, freshJSON(), http.StatusUnauthorized, "unauthorized"},
		{"basic auth", map[string]string{"Authorization": "Basic " + testToken, "Content-Type": "application/json"}, freshJSON(), http.StatusUnauthorized, "unauthorized"},
		{"form body", map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/x-www-form-urlencoded"}, "text=x", http.StatusBadRequest, copydesk.EInvalid},
		{"not JSON", auth, "text: hello", http.StatusBadRequest, copydesk.EInvalid},
		{"null", auth, "null", http.StatusBadRequest, copydesk.EInvalid},
		{"empty array", auth, "[]", http.StatusBadRequest, copydesk.EInvalid},
		{"no text or url", auth, `{"title": "only a title"}`, http.StatusBadRequest, copydesk.EInvalid},
		{"text not a string", auth, `{"text": 7}`, http.StatusBadRequest, copydesk.EInvalid},
		{"file url", auth, `{"url": "file:///etc/passwd"}`, http.StatusBadRequest, copydesk.EInvalid},
		{"too large", auth, `{"text": "` + strings.Repeat("word ", 1000) + `"}`, http.StatusRequestEntityTooLarge, "too_large"},
		{"too many", auth, "[" + strings.TrimSuffix(strings.Repeat(`{"url":"https://e.x/"},`, 101), ",") + "]", http.StatusBadRequest, copydesk.EInvalid},
	}
	for _, tt := range errs {
		var e apiError
		f.post(t, "/api/v1/articles", tt.body, tt.headers, tt.status, &e)
		if e.Error.Code != tt.code || e.Error.Message == "" {
			t.Errorf("%s: got %+v, want code %s with a message", tt.name, e.Error, tt.code)
		}
	}
	var got server.AddResponse
	f.post(t, "/api/v1/articles", freshJSON(), auth, http.StatusCreated, &got)
	if got.Added != 1 || len(got.Items) != 1 || got.Items[0].Article == "" || got.Items[0].Status != "added" || got.Items[0].Story == "" {
		t.Fatalf("got %+v, want one article added to a story", got)
	}
	id := got.Items[0].Article
	var a view.ArticleView
	f.get(t, "/api/v1/articles/"+id, http.StatusOK, &a)
	if a.Title != fresh.Title || a.Source != fresh.Source || !strings.Contains(a.Text, "Idris Vale") {
		t.Errorf("stored article: got %q %q, want the posted one", a.Title, a.Source)
	}
	// The same paste again changes nothing: it is known by its content.
	f.post(t, "/api/v1/articles", freshJSON(), auth, http.StatusOK, &got)
	if got.Unchanged != 1 || got.Items[0].Article != id {
		t.Errorf("again: got %+v, want unchanged %s", got, id)
	}
	var fail struct {
		apiError
		server.AddResponse
	}
	f.post(t, "/api/v1/articles", `[{"url": "https://news.example/a"}]`, auth, http.StatusUnprocessableEntity, &fail)
	if fail.Error.Code != "unprocessable" || fail.Failed != 1 || fail.Items[0].Input != "https://news.example/a" {
		t.Errorf("a URL that fails: got %+v", fail)
	}
}

func TestAddForm(t *testing.T) {
	f := addFixture(t, testToken, 0)
	body := f.page(t, http.MethodGet, "/add", http.StatusOK)
	for _, want := range []string{`<form class="add" method="post" action="/add">`, `<label for="token">`, `<label for="text">`, `<label for="url">`} {
		if !strings.Contains(body, want) {
			t.Errorf("GET /add: no %q", want)
		}
	}
	form := func(token string) string {
		return url.Values{"token": {token}, "title": {fresh.Title}, "source": {fresh.Source}, "text": {fresh.Text}}.Encode()
	}
	formCT := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	tests := []struct {
		name    string
		body    string
		headers map[string]string
		status  int
		want    string
	}{
		{"no token", form(""), formCT, http.StatusUnauthorized, "token is missing or wrong"},
		{"wrong token", form("guess"), formCT, http.StatusUnauthorized, "token is missing or wrong"},
		{"cross-site", form(testToken), map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden, "not posted from this site"},
		{"other origin", form(testToken), map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://evil.example"}, http.StatusForbidden, "not posted from this site"},
		{"nothing", url.Values{"token": {testToken}}.Encode(), formCT, http.StatusBadRequest, "Give text"},
		{"unreadable date", url.Values{"token": {testToken}, "text": {fresh.Text}, "published": {"yesterday"}}.Encode(), formCT, http.StatusBadRequest, "Published &#34;yesterday&#34; is not a date copydesk can read"},
		{"added", form(testToken), map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Origin": f.srv.URL, "Sec-Fetch-Site": "same-origin"}, http.StatusCreated, "Added 1,"},
		{"again", form(testToken), formCT, http.StatusOK, "unchanged 1,"},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(http.MethodPost, f.srv.URL+"/add", strings.NewReader(tt.body))
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range tt.headers {
			req.Header.Set(k, v)
		}
		resp, err := f.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.want) {
			t.Errorf("%s: got %d, want %d with %q:\n%s", tt.name, resp.StatusCode, tt.status, tt.want, b)
		}
		if strings.Contains(string(b), testToken) {
			t.Errorf("%s: the page shows the token", tt.name)
		}
		if tt.status == http.StatusUnauthorized && !strings.Contains(string(b), "Brackwater ferry resumes") {
			t.Errorf("%s: the form lost what was typed", tt.name)
		}
	}
}

// TestAddQueued: with a shared store the adder queues for the workers; the
// answer counts the items queued and says 202 Accepted, not a failure.
func TestAddQueued(t *testing.T) {
	f := newFixture(t)
	queue := func(_ context.Context, req server.AddRequest) ([]server.AddResult, error) {
		var out []server.AddResult
		for i := range req.Articles {
			out = append(out, server.AddResult{Input: fmt.Sprintf("body #%d", i+1), Status: "queued", Article: fmt.Sprintf("a%015d", i)})
		}
		return out, nil
	}
	f.srv = httptest.NewServer(server.NewWithConfig(f.db, server.Config{Token: testToken, Add: queue}))
	t.Cleanup(f.srv.Close)
	var got server.AddResponse
	f.post(t, "/api/v1/articles", freshJSON(), map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/json"}, http.StatusAccepted, &got)
	if got.Queued != 1 || got.Failed != 0 || got.Added != 0 {
		t.Errorf("got %+v, want one queued and nothing failed", got)
	}
}

// TestAddREADMEExample posts the body of the README's own example, so that
// the documented request is one the server takes.
func TestAddREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "<!-- api-add-example -->")
	if !ok {
		t.Fatal("README.md has no <!-- api-add-example --> block")
	}
	_, body, ok := strings.Cut(block, "--data '")
	body, _, ok2 := strings.Cut(body, "'")
	if !ok || !ok2 {
		t.Fatal("the README's example has no --data '...' body")
	}
	f := addFixture(t, testToken, 0)
	auth := map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/json"}
	var got server.AddResponse
	f.post(t, "/api/v1/articles", body, auth, http.StatusCreated, &got)
	if got.Added != 1 || len(got.Items) != 1 || got.Items[0].Status != "added" {
		t.Fatalf("the README's example: got %+v, want one article added", got)
	}
}

// TestAddEnvelopeAndDates: the {"articles", "urls"} form files both kinds,
// and a date the importer cannot read is refused, naming it, instead of
// being stored as no date.
func TestAddEnvelopeAndDates(t *testing.T) {
	f := addFixture(t, testToken, 0)
	auth := map[string]string{"Authorization": "Bearer " + testToken, "Content-Type": "application/json"}
	bad := []struct{ name, body, want string }{
		{"yesterday", `{"text": "A ferry sailed.", "published": "yesterday"}`, `published "yesterday"`},
		{"date alias", `[{"text": "A ferry sailed.", "date": "last spring"}]`, `date "last spring"`},
		{"envelope with a bad date", `{"articles": [{"text": "A ferry sailed.", "published": "31/31/2026"}]}`, `published "31/31/2026"`},
		{"envelope and article keys", `{"articles": [], "text": "A ferry sailed."}`, `"text" beside articles`},
		{"urls not strings", `{"urls": [1]}`, "urls is not an array of strings"},
	}
	for _, tt := range bad {
		var e apiError
		f.post(t, "/api/v1/articles", tt.body, auth, http.StatusBadRequest, &e)
		if e.Error.Code != copydesk.EInvalid || !strings.Contains(e.Error.Message, tt.want) {
			t.Errorf("%s: got %+v, want invalid naming %s", tt.name, e.Error, tt.want)
		}
	}
	var got struct {
		apiError
		server.AddResponse
	}
	f.post(t, "/api/v1/articles", `{"articles": [`+freshJSON()+`], "urls": ["https://news.example/b"]}`, auth, http.StatusCreated, &got)
	if got.Added != 1 || got.Failed != 1 || len(got.Items) != 2 || got.Items[1].Input != "https://news.example/b" {
		t.Errorf("envelope: got %+v, want the article added and the URL tried", got)
	}
}
