package server_test

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/view"
)

// input is one invented article as the pipeline reads it.
type input struct {
	ID, Source, Title, Published, Text string
}

var (
	original = input{"courier-7", "Orlenburg Courier", "Night trams return to Orlenburg after five years", "2026-05-04T06:00:00Z",
		"Night trams returned to the streets of Orlenburg on Friday for the first time in five years, running every thirty minutes between the central station and the university district.\n\n" +
			"Transport director Lene Okafor said the service would run on weekends until October and that the city would decide in autumn whether to extend it to weekdays.\n\n" +
			"Students and hospital staff had petitioned for the return of the trams, saying the night buses were slow and often full after midnight."}
	copied = input{"wire-301", "Coastal Wire", original.Title, "2026-05-04T09:00:00Z", original.Text}
	report = input{"ledger-12", "Valley Ledger", "Orlenburg brings back weekend night trams", "2026-05-04T11:00:00Z",
		"Orlenburg restarted its night tram service on Friday, with trams leaving the central station every half hour until four in the morning.\n\n" +
			"Lene Okafor, the transport director, told the Ledger that the trial would cost the city about two million crowns this year.\n\n" +
			"Riders at the university stop said the trams were quieter and faster than the night buses they replace."}
	other = input{"gazette-3", "Fenmoor Gazette", "Fenmoor beekeepers report record spring honey", "2026-05-06T08:00:00Z",
		"Beekeepers around Fenmoor collected a record spring honey harvest this year, helped by a warm April and fields of flowering rapeseed.\n\n" +
			"Association chair Piet Soren said members had taken in almost twice the usual amount and warned that prices at the market would still rise.\n\n" +
			"The association will hold an open day at its apiary on Sunday for families who want to see the hives."}
)

// feed adds docs through add, an Engine's Add method. The server's tests may
// not import internal/ingest (see TestImportRules), so the document type D is
// inferred from Add's signature and each document decoded into it from the
// JSON of its exported fields.
func feed[D any](t *testing.T, add func(context.Context, iter.Seq2[D, error], func(pipeline.Item)) (pipeline.Stats, error), docs []input) {
	t.Helper()
	seq := func(yield func(D, error) bool) {
		for _, in := range docs {
			raw, err := json.Marshal(in)
			if err != nil {
				t.Fatal(err)
			}
			fields, err := json.Marshal(map[string]any{
				"Ref": in.ID, "ID": in.ID, "Source": in.Source, "Title": in.Title, "Published": in.Published,
				"Format": "text", "Body": []byte(in.Text), "Raw": raw, "Input": "test",
			})
			if err != nil {
				t.Fatal(err)
			}
			var d D
			if err := json.Unmarshal(fields, &d); err != nil {
				t.Fatal(err)
			}
			if !yield(d, nil) {
				return
			}
		}
	}
	st, err := add(context.Background(), seq, func(it pipeline.Item) {
		if it.Err != nil {
			t.Errorf("%s: %s: %v", it.Input, it.Status, it.Err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != len(docs) {
		t.Fatalf("add: got %+v, want %d added", st, len(docs))
	}
}

// fixture is a server over a store filled through the pipeline.
type fixture struct {
	srv *httptest.Server
	db  *sqlite.DB
	ids map[string]string // ref -> article id
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	return fixtureOf(t, original, copied, report, other)
}

// fixtureOf is a read-only server over a store the pipeline filled with ins.
func fixtureOf(t *testing.T, ins ...input) *fixture {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	e, err := pipeline.Open(ctx, db, pipeline.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	feed(t, e.Add, ins)
	arts, err := db.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{db: db, ids: map[string]string{}}
	for _, a := range arts {
		f.ids[a.Ref] = a.ID
	}
	f.srv = httptest.NewServer(server.New(db, nil))
	t.Cleanup(f.srv.Close)
	return f
}

// get requests path and decodes the JSON answer into v, checking the
// status and the content type.
func (f *fixture) get(t *testing.T, path string, status int, v any) {
	t.Helper()
	f.do(t, http.MethodGet, path, status, v)
}

func (f *fixture) do(t *testing.T, method, path string, status int, v any) {
	t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != status {
		t.Errorf("%s %s: got status %d, want %d", method, path, resp.StatusCode, status)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: got content type %q, want application/json", method, path, ct)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Errorf("%s %s: decode: %v", method, path, err)
	}
}

type list[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

type apiError struct {
	Error struct {
		Code    copydesk.Code `json:"code"`
		Message string        `json:"message"`
	} `json:"error"`
}

func TestStories(t *testing.T) {
	f := newFixture(t)
	want, err := f.db.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 2 {
		t.Fatalf("fixture: got %d stories, want 2 (trams, honey)", len(want))
	}
	tests := []struct {
		query         string
		limit, offset int
		ids           []string
	}{
		{"", 50, 0, []string{want[0].ID, want[1].ID}},
		{"?limit=1", 1, 0, []string{want[0].ID}},
		{"?limit=1&offset=1", 1, 1, []string{want[1].ID}},
		{"?offset=2", 50, 2, []string{}},
		{"?limit=1000&offset=9", 1000, 9, []string{}},
	}
	for _, tt := range tests {
		var got list[copydesk.Story]
		f.get(t, "/api/v1/stories"+tt.query, http.StatusOK, &got)
		if got.Total != 2 || got.Limit != tt.limit || got.Offset != tt.offset {
			t.Errorf("%s: got total %d limit %d offset %d, want 2 %d %d", tt.query, got.Total, got.Limit, got.Offset, tt.limit, tt.offset)
		}
		if got.Items == nil {
			t.Errorf("%s: got items null, want a list", tt.query)
		}
		var ids []string
		for _, s := range got.Items {
			ids = append(ids, s.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
			t.Errorf("%s: got stories %q, want %q", tt.query, ids, tt.ids)
		}
	}
}

func TestBadPage(t *testing.T) {
	f := newFixture(t)
	for _, q := range []string{"limit=0", "limit=-1", "limit=1001", "limit=ten", "offset=-1", "offset=x", "limit=1.5"} {
		for _, endpoint := range []string{"stories", "events", "articles", "relations"} {
			path := "/api/v1/" + endpoint + "?" + q
			var got apiError
			f.get(t, path, http.StatusBadRequest, &got)
			if got.Error.Code != copydesk.EInvalid || got.Error.Message == "" {
				t.Errorf("%s: got error %+v, want code invalid and a message", path, got.Error)
			}
		}
	}
}

func TestStory(t *testing.T) {
	f := newFixture(t)
	a, err := f.db.Article(context.Background(), f.ids[original.ID])
	if err != nil {
		t.Fatal(err)
	}
	var got view.StoryView
	f.get(t, "/api/v1/stories/"+a.Story, http.StatusOK, &got)
	if got.ID != a.Story {
		t.Errorf("got story %q, want %q", got.ID, a.Story)
	}
	if len(got.Articles) != 3 {
		t.Errorf("got articles %q, want the 3 tram articles", got.Articles)
	}
	if len(got.Originals) != 1 || got.Originals[0].Article != a.ID ||
		len(got.Originals[0].Copies) != 1 || got.Originals[0].Copies[0].Article != f.ids[copied.ID] {
		t.Errorf("got derivations %+v, want %s with its copy %s", got.Originals, a.ID, f.ids[copied.ID])
	}
	if len(got.Events) == 0 || len(got.Events[0].Items) == 0 {
		t.Errorf("got events %+v, want events with their articles", got.Events)
	}

	var e apiError
	f.get(t, "/api/v1/stories/s-unknown", http.StatusNotFound, &e)
	if e.Error.Code != copydesk.ENotFound || !strings.Contains(e.Error.Message, "s-unknown") {
		t.Errorf("unknown story: got %+v, want not_found naming the id", e.Error)
	}
}

func TestArticle(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		ref  string
		rels int
	}{
		{original.ID, 1},
		{copied.ID, 1},
		{report.ID, 0},
		{other.ID, 0},
	}
	for _, tt := range tests {
		id := f.ids[tt.ref]
		var got struct {
			copydesk.Article
			Relations []copydesk.Relation `json:"relations"`
		}
		f.get(t, "/api/v1/articles/"+id, http.StatusOK, &got)
		if got.ID != id || got.Ref != tt.ref || got.Text == "" || got.Event == "" || got.Story == "" {
			t.Errorf("%s: got id %q ref %q event %q story %q, text %d bytes", tt.ref, got.ID, got.Ref, got.Event, got.Story, len(got.Text))
		}
		if got.Relations == nil || len(got.Relations) != tt.rels {
			t.Errorf("%s: got relations %+v, want %d (and a list, not null)", tt.ref, got.Relations, tt.rels)
		}
		for _, r := range got.Relations {
			if r.From != f.ids[original.ID] || r.To != f.ids[copied.ID] || r.Kind != copydesk.Duplicate {
				t.Errorf("%s: got relation %s -> %s %s, want the original to its duplicate", tt.ref, r.From, r.To, r.Kind)
			}
		}
	}

	var e apiError
	f.get(t, "/api/v1/articles/a-unknown", http.StatusNotFound, &e)
	if e.Error.Code != copydesk.ENotFound {
		t.Errorf("unknown article: got %+v, want not_found", e.Error)
	}
}

func TestRelations(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		query string
		total int
	}{
		{"", 1},
		{"?article=" + f.ids[original.ID], 1},
		{"?article=" + f.ids[copied.ID], 1},
		{"?article=" + f.ids[other.ID], 0},
		{"?article=" + f.ids[original.ID] + "&offset=1", 1},
	}
	for _, tt := range tests {
		var got list[copydesk.Relation]
		f.get(t, "/api/v1/relations"+tt.query, http.StatusOK, &got)
		if got.Total != tt.total || got.Items == nil {
			t.Errorf("%s: got total %d items %v, want %d and a list", tt.query, got.Total, got.Items, tt.total)
		}
		if got.Offset == 0 && tt.total == 1 && (len(got.Items) != 1 || got.Items[0].From != f.ids[original.ID]) {
			t.Errorf("%s: got %+v, want the relation from %s", tt.query, got.Items, f.ids[original.ID])
		}
	}
}

func TestEvents(t *testing.T) {
	f := newFixture(t)
	stories, err := f.db.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range stories {
		var got list[copydesk.Event]
		f.get(t, "/api/v1/events?story="+s.ID, http.StatusOK, &got)
		if got.Total != len(s.Events) || len(got.Items) != len(s.Events) {
			t.Errorf("story %s: got %d events (total %d), want %d", s.ID, len(got.Items), got.Total, len(s.Events))
		}
		for _, ev := range got.Items {
			if ev.Story != s.ID {
				t.Errorf("story %s: got event %s of story %s", s.ID, ev.ID, ev.Story)
			}
		}
		total += got.Total
	}
	var all list[copydesk.Event]
	f.get(t, "/api/v1/events", http.StatusOK, &all)
	if all.Total != total {
		t.Errorf("all events: got %d, want %d", all.Total, total)
	}
	var none list[copydesk.Event]
	f.get(t, "/api/v1/events?story=s-unknown", http.StatusOK, &none)
	if none.Total != 0 || none.Items == nil {
		t.Errorf("unknown story: got total %d items %v, want 0 and an empty list", none.Total, none.Items)
	}
}

func TestExport(t *testing.T) {
	f := newFixture(t)
	var got view.Export
	f.get(t, "/api/v1/export", http.StatusOK, &got)
	if len(got.Articles) != 4 || len(got.Relations) != 1 || len(got.Stories) != 2 || len(got.Events) == 0 {
		t.Errorf("got %d articles, %d relations, %d stories, %d events; want 4, 1, 2 and some",
			len(got.Articles), len(got.Relations), len(got.Stories), len(got.Events))
	}
	for _, a := range got.Articles {
		if a.Event == "" || a.Story == "" || a.Text == "" {
			t.Errorf("article %s: event %q story %q text %d bytes, want all", a.ID, a.Event, a.Story, len(a.Text))
		}
	}
}

func TestUnknownEndpoint(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{"/api/v1/nope", "/api/v2/stories", "/api/v1/stories/x/y"} {
		var got apiError
		f.get(t, path, http.StatusNotFound, &got)
		if got.Error.Code != copydesk.ENotFound {
			t.Errorf("%s: got %+v, want not_found", path, got.Error)
		}
	}
}

func TestWrongMethod(t *testing.T) {
	f := newFixture(t)
	resp, err := f.srv.Client().Post(f.srv.URL+"/api/v1/stories", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") == "" {
		t.Errorf("POST /api/v1/stories: got status %d, Allow %q; want 405 with Allow", resp.StatusCode, resp.Header.Get("Allow"))
	}
}
