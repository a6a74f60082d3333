package server_test

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/view"
)

// storyIDs lists the ids of stories.
func storyIDs(ss []copydesk.Story) []string {
	ids := []string{}
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return ids
}

func TestStoriesFilters(t *testing.T) {
	f := newFixture(t)
	trams, honey := f.storyOf(t, original.ID), f.storyOf(t, other.ID)
	tests := []struct {
		query string
		want  []string
	}{
		{"q=trams", []string{trams.ID}},
		{"q=TRAM", []string{trams.ID}},                 // a prefix, any case
		{"q=rapeseed", []string{honey.ID}},             // a word of the text only
		{"q=okafor+crowns", []string{trams.ID}},        // both words in one article
		{"q=okafor+rapeseed", []string{}},              // never in one article
		{"outlet=Fenmoor+Gazette", []string{honey.ID}}, // an outlet
		{"outlet=Valley+Ledger&q=trams", []string{trams.ID}},
		{"outlet=Nowhere+Times", []string{}},
		{"from=2026-05-05", []string{honey.ID}}, // trams last seen on 4 May
		{"to=2026-05-04", []string{trams.ID}},   // the whole day counts
		{"from=2026-05-04&to=2026-05-06", []string{honey.ID, trams.ID}},
		{"from=2026-05-07", []string{}},
		{"sort=size", []string{trams.ID, honey.ID}},
		{"sort=recent", []string{honey.ID, trams.ID}},
	}
	for _, tt := range tests {
		var got list[copydesk.Story]
		f.get(t, "/api/v1/stories?"+tt.query, http.StatusOK, &got)
		if ids := storyIDs(got.Items); !slices.Equal(ids, tt.want) || got.Total != len(tt.want) {
			t.Errorf("?%s: got %v (total %d), want %v", tt.query, ids, got.Total, tt.want)
		}
		body := f.page(t, http.MethodGet, "/?"+tt.query, http.StatusOK)
		for _, id := range []string{trams.ID, honey.ID} {
			if listed, want := strings.Contains(body, `href="/stories/`+id+`"`), slices.Contains(tt.want, id); listed != want {
				t.Errorf("page /?%s: story %s listed %v, want %v", tt.query, id, listed, want)
			}
		}
	}
	for _, q := range []string{"from=yesterday", "to=2026-13-01", "from=2026-05-07&to=2026-05-01", "sort=oldest"} {
		var got apiError
		f.get(t, "/api/v1/stories?"+q, http.StatusBadRequest, &got)
		if got.Error.Code != copydesk.EInvalid || got.Error.Message == "" {
			t.Errorf("?%s: got %+v, want an invalid error", q, got.Error)
		}
		f.page(t, http.MethodGet, "/?"+q, http.StatusBadRequest)
	}
}

func TestStoriesPageKeepsFilters(t *testing.T) {
	f := newFixture(t)
	body := f.page(t, http.MethodGet, "/?q=trams&outlet=Valley+Ledger&from=2026-05-01&to=2026-05-31&sort=size", http.StatusOK)
	for _, want := range []string{`value="trams"`, `id="outlet" name="outlet" list="outlets" value="Valley Ledger"`, `<option value="Valley Ledger"></option>`, `value="2026-05-01"`, `value="2026-05-31"`,
		`<option value="size" selected>`, `<label for="outlet">`, `<label for="from">`, "Clear filters"} {
		if !strings.Contains(body, want) {
			t.Errorf("got no %q in the filtered page", want)
		}
	}
}

func TestNext(t *testing.T) {
	f := newFixture(t)
	var first, last struct {
		list[copydesk.Article]
		Next *int `json:"next"`
	}
	f.get(t, "/api/v1/articles?limit=3", http.StatusOK, &first)
	if first.Next == nil || *first.Next != 3 {
		t.Errorf("first page: got next %v, want 3", first.Next)
	}
	f.get(t, "/api/v1/articles?limit=3&offset=3", http.StatusOK, &last)
	if last.Next != nil || len(last.Items) != 1 {
		t.Errorf("last page: got next %v and %d items, want none and 1", last.Next, len(last.Items))
	}
}

func TestSearch(t *testing.T) {
	f := newFixture(t)
	var got struct {
		Query string           `json:"query"`
		Items []view.SearchHit `json:"items"`
		Total int              `json:"total"`
	}
	f.get(t, "/api/v1/search?q=okafor", http.StatusOK, &got)
	var ids []string
	for _, h := range got.Items {
		ids = append(ids, h.ID)
		if !strings.Contains(strings.ToLower(h.Snippet), "okafor") {
			t.Errorf("hit %s: snippet %q lacks the word", h.ID, h.Snippet)
		}
	}
	want := []string{f.ids[original.ID], f.ids[copied.ID], f.ids[report.ID]}
	slices.Sort(ids)
	slices.Sort(want)
	if got.Query != "okafor" || !slices.Equal(ids, want) || got.Total != 3 {
		t.Errorf("got %q %v total %d, want okafor %v", got.Query, ids, got.Total, want)
	}
	f.get(t, "/api/v1/search?q=honey+night", http.StatusOK, &got)
	if got.Total != 0 || got.Items == nil {
		t.Errorf("honey night: got %d hits (%v), want none and a list", got.Total, got.Items)
	}
	for _, q := range []string{"", "q=", "q=+%21%21"} {
		var e apiError
		f.get(t, "/api/v1/search?"+q, http.StatusBadRequest, &e)
		if e.Error.Code != copydesk.EInvalid {
			t.Errorf("?%s: got %+v, want invalid", q, e.Error)
		}
	}
}

func TestOutlets(t *testing.T) {
	f := webFixture(t)
	var got list[view.Outlet]
	f.get(t, "/api/v1/outlets", http.StatusOK, &got)
	by := map[string]view.Outlet{}
	for i, o := range got.Items {
		by[o.Name] = o
		if i > 0 && got.Items[i-1].Articles < o.Articles {
			t.Errorf("outlets not sorted by articles: %s after %s", o.Name, got.Items[i-1].Name)
		}
		if len(o.CopiesByKind) != len(copydesk.Kinds) || len(o.OriginalsByKind) != len(copydesk.Kinds) {
			t.Errorf("%s: got kinds %v %v, want every kind", o.Name, o.OriginalsByKind, o.CopiesByKind)
		}
	}
	if got.Total != 7 {
		t.Errorf("got %d outlets, want 7", got.Total)
	}
	// Sorted by name, and filtered by part of a name, as the outlets page is.
	var named list[view.Outlet]
	f.get(t, "/api/v1/outlets?sort=name", http.StatusOK, &named)
	for i := 1; i < len(named.Items); i++ {
		if named.Items[i-1].Name > named.Items[i].Name {
			t.Errorf("?sort=name: %s before %s", named.Items[i-1].Name, named.Items[i].Name)
		}
	}
	typed := strings.ToUpper(got.Items[0].Name[1:4])
	var some list[view.Outlet]
	f.get(t, "/api/v1/outlets?q="+url.QueryEscape(typed), http.StatusOK, &some)
	if some.Total == 0 || some.Total == got.Total && !strings.Contains(strings.ToUpper(got.Items[len(got.Items)-1].Name), typed) {
		t.Errorf("?q=%s: %d of %d outlets", typed, some.Total, got.Total)
	}
	for _, o := range some.Items {
		if !strings.Contains(strings.ToUpper(o.Name), typed) {
			t.Errorf("?q=%s gave %s", typed, o.Name)
		}
	}
	var e struct{ Error struct{ Code copydesk.Code } }
	f.get(t, "/api/v1/outlets?sort=loudest", http.StatusBadRequest, &e)
	if e.Error.Code != copydesk.EInvalid {
		t.Errorf("?sort=loudest: got %+v, want invalid", e.Error)
	}
	// The relations the pipeline found, counted per outlet from the other side.
	rels, err := f.db.Relations(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	src := map[string]string{}
	for ref, id := range f.ids {
		for _, in := range []input{original, copied, report, other, spun, relay, hostile} {
			if in.ID == ref {
				src[id] = in.Source
			}
		}
	}
	from, to := map[string]int{}, map[string]map[copydesk.Kind]int{}
	for _, r := range rels {
		from[src[r.From]]++
		if to[src[r.To]] == nil {
			to[src[r.To]] = map[copydesk.Kind]int{}
		}
		to[src[r.To]][r.Kind]++
	}
	for name, o := range by {
		if o.Originals != from[name] {
			t.Errorf("%s: got %d originals, want %d", name, o.Originals, from[name])
		}
		n := 0
		for k, c := range o.CopiesByKind {
			n += c
			if c != to[name][k] {
				t.Errorf("%s: got %d copies as %s, want %d", name, c, k, to[name][k])
			}
		}
		if n != o.Copies || o.Articles != 1 {
			t.Errorf("%s: got %d copies (by kind %d), %d articles; want equal sums and 1 article", name, o.Copies, n, o.Articles)
		}
	}
	if c := by[copied.Source]; c.Copies == 0 || c.CopyShare != 1 {
		t.Errorf("%s: got %+v, want a copy and a copy share of 1", copied.Source, c)
	}
	body := f.page(t, http.MethodGet, "/outlets", http.StatusOK)
	for _, in := range []input{original, copied, relay} {
		if !strings.Contains(html.UnescapeString(body), `href="/?outlet=`+url.QueryEscape(in.Source)+`"`) {
			t.Errorf("outlets page: no link to the stories of %s", in.Source)
		}
	}
	if !strings.Contains(body, `<th scope="col" class="num">near-duplicate</th>`) {
		t.Errorf("outlets page: no column per kind")
	}
	// Sorted by name, filtered by a part of a name, in any case.
	var names []string
	for _, o := range got.Items {
		if o.Name != "" {
			names = append(names, o.Name)
		}
	}
	slices.Sort(names)
	body = html.UnescapeString(f.page(t, http.MethodGet, "/outlets?sort=name", http.StatusOK))
	last := -1
	for _, n := range names {
		i := strings.Index(body, `href="/?outlet=`+url.QueryEscape(n)+`"`)
		if i < last {
			t.Errorf("outlets by name: %s before the one above it", n)
		}
		last = i
	}
	want := copied.Source
	part := strings.ToUpper(want[len(want)/2:])
	body = html.UnescapeString(f.page(t, http.MethodGet, "/outlets?q="+url.QueryEscape(part), http.StatusOK))
	for _, n := range names {
		in := strings.Contains(body, `href="/?outlet=`+url.QueryEscape(n)+`"`)
		if hold := strings.Contains(strings.ToLower(n), strings.ToLower(part)); in != hold {
			t.Errorf("outlets whose name holds %q: %s shown %v, want %v", part, n, in, hold)
		}
	}
	for _, q := range []string{"sort=newest", "page=0", "page=x"} {
		f.page(t, http.MethodGet, "/outlets?"+q, http.StatusBadRequest)
	}
	if body := f.page(t, http.MethodGet, "/outlets?page=9", http.StatusOK); strings.Contains(body, `class="list outlets"`) {
		t.Errorf("outlets page 9 of 1 shows outlets")
	}
}

func TestCompareAPI(t *testing.T) {
	f := webFixture(t)
	rel := f.relationTo(t, spun.ID)
	var got view.Comparison
	f.get(t, "/api/v1/compare?a="+rel.From+"&b="+rel.To, http.StatusOK, &got)
	if got.A.ID != rel.From || got.B.ID != rel.To || got.Kind == "" || len(got.Pairs) == 0 {
		t.Errorf("got %s %s kind %q with %d pairs, want the pair with a kind and aligned sentences", got.A.ID, got.B.ID, got.Kind, len(got.Pairs))
	}
	for _, tt := range []struct {
		query  string
		status int
	}{{"a=" + rel.From, http.StatusBadRequest}, {"a=" + rel.From + "&b=a-nope", http.StatusNotFound}} {
		var e apiError
		f.get(t, "/api/v1/compare?"+tt.query, tt.status, &e)
		if e.Error.Message == "" {
			t.Errorf("?%s: got no error message", tt.query)
		}
	}
}

func TestCompareFlagsMeaning(t *testing.T) {
	f := webFixture(t)
	rel := f.relationTo(t, spun.ID)
	body := f.page(t, http.MethodGet, "/compare?a="+rel.From+"&b="+rel.To, http.StatusOK)
	// spun changes "almost twice" to "almost double" and "Sunday" to
	// "Saturday": changes, but neither a negation nor a number.
	if strings.Contains(body, "Meaning may differ") {
		t.Errorf("flagged a change without a negation or number")
	}
}

func TestAllowHeader(t *testing.T) {
	f := newFixture(t)
	req, err := http.NewRequest(http.MethodDelete, f.srv.URL+"/api/v1/articles", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD, POST" {
		t.Errorf("DELETE /api/v1/articles: got %d Allow %q, want 405 and GET, HEAD, POST", resp.StatusCode, resp.Header.Get("Allow"))
	}
}
