package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/view"
	"golang.org/x/net/html"
)

// largeStory serves a store holding storetest.LargeStory of n articles.
func largeStory(t *testing.T, n int) (*fixture, string) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "large.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	id, err := storetest.LargeStory(ctx, db, n)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(db, nil))
	t.Cleanup(srv.Close)
	return &fixture{srv: srv, db: db}, id
}

// TestWebLargeStoryLists: the page of a large story names at most five
// articles for a quote, a timeline entry or a version of a fact and counts
// the rest, shows the first disagreements and links to a page of them
// all, where every one is listed; so the page grows with what it shows,
// not with how many articles repeat it.
func TestWebLargeStoryLists(t *testing.T) {
	f, id := largeStory(t, 80)
	v, err := view.Story(context.Background(), f.db, id)
	if err != nil {
		t.Fatal(err)
	}
	if v.DisagreementsTotal <= view.TopDisagreements {
		t.Fatalf("fixture: %d disagreements, want more than %d", v.DisagreementsTotal, view.TopDisagreements)
	}
	body := f.page(t, http.MethodGet, "/stories/"+id, http.StatusOK)
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	more := 0
	lists := findAll(doc, func(n *html.Node) bool { return n.Data == "dt" || n.Data == "span" && hasClass(n, "meta") })
	for _, list := range lists {
		links := findAll(list, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "/articles/") })
		if len(links) > 5 {
			t.Errorf("a list names %d articles, want at most 5: %q", len(links), text(list))
		}
		if strings.Contains(text(list), " more") {
			more++
		}
	}
	if more == 0 {
		t.Errorf("no list counts the articles it does not name (\"and N more\")")
	}
	shown := findAll(doc, func(n *html.Node) bool {
		return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "disagreements")
	})
	if len(shown) != view.TopDisagreements {
		t.Errorf("story page: %d disagreements shown, want the first %d", len(shown), view.TopDisagreements)
	}
	all := "/stories/" + id + "/disagreements"
	if find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == all }) == nil {
		t.Errorf("story page: no link to %s", all)
	}
	doc, err = html.Parse(strings.NewReader(f.page(t, http.MethodGet, all, http.StatusOK)))
	if err != nil {
		t.Fatal(err)
	}
	rows := findAll(doc, func(n *html.Node) bool {
		return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "disagreements")
	})
	if len(rows) != v.DisagreementsTotal {
		t.Errorf("%s: %d rows, want all %d", all, len(rows), v.DisagreementsTotal)
	}
	f.page(t, http.MethodGet, "/stories/absent/disagreements", http.StatusNotFound)
}

// TestWebLargeStoryQuotes: the page of every quote and the page of every
// person of a story list them all, and the story's page lists no more than
// it should (said and people fold them; TestSaid covers the folding).
func TestWebLargeStoryQuotes(t *testing.T) {
	f, id := largeStory(t, 80)
	v, err := view.Story(context.Background(), f.db, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Quotes) == 0 {
		t.Fatal("fixture: no quote")
	}
	persons := 0
	for _, e := range v.Entities {
		if e.Kind == "person" {
			persons++
		}
	}
	// quotes counts the quotes a page lists: the items of the lists inside
	// the list of speakers.
	quotes := func(doc *html.Node) int {
		return len(findAll(doc, func(n *html.Node) bool {
			return n.Data == "li" && n.Parent != nil && n.Parent.Parent != nil && n.Parent.Parent.Parent != nil &&
				hasClass(n.Parent.Parent.Parent, "quotes")
		}))
	}
	people := func(doc *html.Node) int {
		return len(findAll(doc, func(n *html.Node) bool { return n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "people") }))
	}
	doc, err := html.Parse(strings.NewReader(f.page(t, http.MethodGet, "/stories/"+id, http.StatusOK)))
	if err != nil {
		t.Fatal(err)
	}
	if n := quotes(doc); n == 0 || n > 20 {
		t.Errorf("story page: %d quotes listed, want 1 to 20 (the story has %d)", n, len(v.Quotes))
	}
	if n := people(doc); n != min(persons, 20) {
		t.Errorf("story page: %d people listed, want %d", n, min(persons, 20))
	}
	for _, c := range []struct {
		path  string
		count func(*html.Node) int
		want  int
	}{
		{"/stories/" + id + "/quotes", quotes, len(v.Quotes)},
		{"/stories/" + id + "/people", people, persons},
	} {
		page, err := html.Parse(strings.NewReader(f.page(t, http.MethodGet, c.path, http.StatusOK)))
		if err != nil {
			t.Fatal(err)
		}
		if n := c.count(page); n != c.want {
			t.Errorf("%s: %d listed, want all %d", c.path, n, c.want)
		}
	}
	f.page(t, http.MethodGet, "/stories/absent/quotes", http.StatusNotFound)
	f.page(t, http.MethodGet, "/stories/absent/people", http.StatusNotFound)
}
