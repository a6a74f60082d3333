package server_test

import (
	"context"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/view"
)

var (
	// spun is the honey article with words changed in two sentences: a copy
	// whose comparison has words removed and added.
	spun = input{"digest-88", "Marsh Digest", other.Title, "2026-05-06T12:00:00Z",
		"Beekeepers around Fenmoor collected a record spring honey harvest this year, helped by a warm April and fields of flowering rapeseed.\n\n" +
			"Association chair Piet Soren said members had gathered almost double the usual amount and warned that prices at the market would still rise.\n\n" +
			"The association will hold an open day at its apiary on Saturday for families who want to see the hives."}
	// relay republishes the spun article word for word: a copy of a copy.
	relay = input{"relay-2", "Inland Relay", spun.Title, "2026-05-06T15:00:00Z", spun.Text}
	// hostile has markup in its title and text, which every page must escape.
	hostile = input{"pier-5", "Harbour <b>Post</b>", `Crane strike <script>alert("x")</script> halts Saltmere port`, "2026-05-07T07:00:00Z",
		"Dock workers at Saltmere stopped the cranes on Thursday <img src=x onerror=alert(1)> over a dispute about night shifts.\n\n" +
			"The port authority said ships would be diverted to the northern quay until talks resume next week.\n\n" +
			"Subscribe to the Harbour Post newsletter for <b>daily</b> port news."}
)

// webFixture is the API fixture with the spun, relay and hostile articles added
// by a second engine over the same store, as a later run would.
func webFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t)
	now := time.Date(2026, 6, 2, 0, 0, 0, 0, time.UTC)
	e, err := pipeline.Open(context.Background(), f.db, pipeline.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	feed(t, e.Add, []input{spun, relay, hostile})
	arts, err := f.db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		f.ids[a.Ref] = a.ID
	}
	return f
}

// page requests path and returns the body, checking the status, that the
// answer is HTML and that its tags are balanced.
func (f *fixture) page(t *testing.T, method, path string, status int) string {
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
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != status {
		t.Errorf("%s %s: got status %d, want %d", method, path, resp.StatusCode, status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("%s %s: got content type %q, want HTML", method, path, ct)
	}
	if err := balanced(string(b)); err != "" {
		t.Errorf("%s %s: %s", method, path, err)
	}
	return string(b)
}

// balanced reports the first end tag that does not close the element open
// at that point, or an element left open; "" when the tags nest.
func balanced(doc string) string {
	void := map[string]bool{"meta": true, "link": true, "br": true, "input": true, "img": true, "hr": true,
		"path": true, "rect": true} // path and rect are self-closed in the SVG
	var open []string
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				return "unclosed " + strings.Join(open, " > ")
			}
			return ""
		case html.StartTagToken:
			if name, _ := z.TagName(); !void[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				return "</" + string(name) + "> closes " + strings.Join(open, " > ")
			}
			open = open[:len(open)-1]
		}
	}
}

// storyOf returns the story of the article with ref.
func (f *fixture) storyOf(t *testing.T, ref string) *copydesk.Story {
	t.Helper()
	ctx := context.Background()
	a, err := f.db.Article(ctx, f.ids[ref])
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.db.Story(ctx, a.Story)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// relationTo returns the relation that makes the article with ref a copy.
func (f *fixture) relationTo(t *testing.T, ref string) copydesk.Relation {
	t.Helper()
	rels, err := f.db.Relations(context.Background(), f.ids[ref])
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rels {
		if r.To == f.ids[ref] {
			return r
		}
	}
	t.Fatalf("fixture: %s copies nothing (relations %+v)", ref, rels)
	return copydesk.Relation{}
}

func TestWebPages(t *testing.T) {
	f := webFixture(t)
	trams, honey, port := f.storyOf(t, original.ID), f.storyOf(t, other.ID), f.storyOf(t, hostile.ID)
	dup, near := f.relationTo(t, copied.ID), f.relationTo(t, spun.ID)
	if dup.From != f.ids[original.ID] || near.From != f.ids[other.ID] {
		t.Fatalf("fixture: got relations %+v and %+v, want the courier and the gazette as originals", dup, near)
	}
	esc := template.HTMLEscapeString
	compare := func(r copydesk.Relation) string { return "/compare?a=" + r.From + "&b=" + r.To }
	tests := []struct {
		path      string
		want, not []string
	}{
		{"/", []string{esc(trams.Title), esc(honey.Title), `href="/stories/` + trams.ID + `"`, `name="q"`, `<label for="q">`}, nil},
		{"/stories/" + trams.ID, []string{esc(trams.Title), "<svg", `class="edge kind-duplicate"`, ">duplicate " + score(dup.Score) + "<",
			`href="/articles/` + dup.To + `"`, esc(original.Title), compare(dup), "Coastal Wire", "Valley Ledger"}, nil},
		{"/stories/" + honey.ID, []string{"<svg", ">" + string(near.Kind) + " ", compare(near), "Marsh Digest"}, nil},
		{"/articles/" + f.ids[original.ID], []string{esc(original.Title), "Orlenburg Courier", "Lene Okafor", "<p>Students and hospital staff",
			"<details", "What was stripped", compare(dup), `href="/stories/` + trams.ID + `"`}, nil},
		{"/articles/" + f.ids[hostile.ID], []string{"subscribe prompt", "Harbour Post newsletter for &lt;b&gt;daily&lt;/b&gt;", "What was stripped (1)"}, nil},
		{"/articles/" + f.ids[copied.ID], []string{"This article is a <strong>duplicate</strong> of", compare(dup)}, nil},
		{"/compare?a=" + near.From + "&b=" + near.To, []string{string(near.Kind), "<del>taken in</del>", "<ins>gathered</ins>",
			"<del>twice</del>", "<ins>double</ins>", "<del>Sunday</del>", "<ins>Saturday</ins>", "<details class=\"same\">"}, nil},
		{"/compare?a=" + dup.From + "&b=" + dup.To, []string{"duplicate", "100%", "identical sentences</summary>"}, []string{"<del>", "<ins>"}},
		{"/compare?a=" + f.ids[report.ID] + "&b=" + f.ids[other.ID], []string{"not a copy"}, []string{"<del>", "<ins>"}},
	}
	for _, tt := range tests {
		f.pageHas(t, tt.path, tt.want, tt.not)
	}
	if body := f.page(t, http.MethodGet, "/stories/"+port.ID, http.StatusOK); !strings.Contains(body, "No article of this story copies another") || strings.Contains(body, "<svg") {
		t.Errorf("story without copies: got no message or an <svg>, want the message and no graph")
	}
	// Articles are named by outlet (else domain, else title), never by id
	// or path, on the story and article pages.
	for _, in := range []input{original, copied, other, spun} {
		id := f.ids[in.ID]
		for _, path := range []string{"/stories/" + trams.ID, "/stories/" + honey.ID, "/articles/" + id} {
			body := f.page(t, http.MethodGet, path, http.StatusOK)
			// The article's own page gives its ref under "Reference".
			body = strings.Replace(body, "<code>"+in.ID+"</code>", "", 1)
			if strings.Contains(body, ">"+id+"<") || strings.Contains(body, ">"+in.ID+"<") {
				t.Errorf("GET %s: article %s named by its id or ref", path, in.ID)
			}
		}
	}
	// A story of one instant shows one date, not "T to T".
	if body := f.page(t, http.MethodGet, "/stories/"+port.ID, http.StatusOK); strings.Contains(body, "</time> to <time") {
		t.Errorf("story of one article: got a range of one instant, want one date")
	}
}

// score formats a score as the pages do.
func score(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

func TestWebEscapes(t *testing.T) {
	f := webFixture(t)
	id := f.ids[hostile.ID]
	s := f.storyOf(t, hostile.ID)
	for _, path := range []string{"/", "/?q=crane", "/stories/" + s.ID, "/articles/" + id, "/compare?a=" + id + "&b=" + f.ids[report.ID]} {
		body := f.page(t, http.MethodGet, path, http.StatusOK)
		if !strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("GET %s: got no escaped title in the page", path)
		}
		for _, raw := range []string{"<script>alert", "<img src=x", "<b>"} {
			if strings.Contains(body, raw) {
				t.Errorf("GET %s: got %q unescaped", path, raw)
			}
		}
	}
}

func TestWebStoriesList(t *testing.T) {
	f := newFixture(t)
	trams, honey := f.storyOf(t, original.ID), f.storyOf(t, other.ID)
	link := func(s *copydesk.Story) string { return `href="/stories/` + s.ID + `"` }
	tests := []struct {
		query string
		order []*copydesk.Story // the stories listed, in order
		count string
	}{
		{"", []*copydesk.Story{honey, trams}, "2 stories"},
		{"?sort=recent", []*copydesk.Story{honey, trams}, "2 stories"},
		{"?sort=size", []*copydesk.Story{trams, honey}, "2 stories"},
		{"?q=" + strings.ToUpper(strings.Fields(honey.Title)[0]), []*copydesk.Story{honey}, "1 story matching"},
		{"?q=nothing+like+this", nil, "0 stories matching"},
		{"?sort=size&page=2", nil, `rel="prev"`},
	}
	for _, tt := range tests {
		body := f.page(t, http.MethodGet, "/"+tt.query, http.StatusOK)
		if !strings.Contains(body, tt.count) {
			t.Errorf("GET /%s: got no %q in the page", tt.query, tt.count)
		}
		last := -1
		for _, s := range tt.order {
			i := strings.Index(body, link(s))
			if i < 0 || i < last {
				t.Errorf("GET /%s: got %s at %d after %d, want the stories in order %v", tt.query, s.ID, i, last, tt.order)
			}
			last = i
		}
		for _, s := range []*copydesk.Story{trams, honey} {
			listed := strings.Contains(body, link(s))
			want := false
			for _, o := range tt.order {
				want = want || o == s
			}
			if listed != want {
				t.Errorf("GET /%s: story %s listed %v, want %v", tt.query, s.ID, listed, want)
			}
		}
	}
	if body := f.page(t, http.MethodGet, "/?sort=size", http.StatusOK); !strings.Contains(body, `<option value="size" selected>`) {
		t.Errorf("GET /?sort=size: got the sort not kept in the form")
	}
}

func TestWebErrors(t *testing.T) {
	f := newFixture(t)
	id := f.ids[original.ID]
	tests := []struct {
		method, path string
		status       int
		want         string
	}{
		{"GET", "/stories/s-unknown", http.StatusNotFound, "s-unknown"},
		{"GET", "/articles/a-unknown", http.StatusNotFound, "a-unknown"},
		{"GET", "/compare?a=" + id + "&b=a-unknown", http.StatusNotFound, "a-unknown"},
		{"GET", "/compare?a=" + id, http.StatusBadRequest, "two article ids"},
		{"GET", "/?sort=oldest", http.StatusBadRequest, "&#34;oldest&#34;"},
		{"GET", "/?page=0", http.StatusBadRequest, "page must be"},
		{"GET", "/no/such/page", http.StatusNotFound, "/no/such/page"},
		{"GET", "/stories/", http.StatusNotFound, "There is no page"},
		{"GET", "/static/nope.css", http.StatusNotFound, "nope.css"},
		{"POST", "/", http.StatusMethodNotAllowed, "POST is not allowed"},
		{"DELETE", "/stories/" + id, http.StatusMethodNotAllowed, "DELETE is not allowed"},
	}
	for _, tt := range tests {
		body := f.page(t, tt.method, tt.path, tt.status)
		if !strings.Contains(body, "<h1>"+strconv.Itoa(tt.status)+" ") || !strings.Contains(body, tt.want) {
			t.Errorf("%s %s: got a page without the status heading or %q:\n%s", tt.method, tt.path, tt.want, body)
		}
	}
}

func TestWebStatic(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct{ path, ctype string }{{"/static/app.css", "text/css"}, {"/static/app.js", "text/javascript"}} {
		resp, err := f.srv.Client().Get(f.srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		etag := resp.Header.Get("ETag")
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) || etag == "" {
			t.Errorf("GET %s: got %d %q ETag %q, want 200 %s with an ETag", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), etag, tt.ctype)
		}
		req, err := http.NewRequest(http.MethodGet, f.srv.URL+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("If-None-Match", etag)
		resp, err = f.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s with its ETag: got %d, want 304", tt.path, resp.StatusCode)
		}
	}
}

// TestWebGraph checks the layers of the derivation graph: the gazette's
// article is copied by the digest, whose copy the relay republishes, so the
// three stand in three columns, each copy level with its only original.
func TestWebGraph(t *testing.T) {
	f := webFixture(t)
	if r := f.relationTo(t, relay.ID); r.From != f.ids[spun.ID] {
		t.Fatalf("fixture: got the relay copying %s, want the digest %s", r.From, f.ids[spun.ID])
	}
	body := f.page(t, http.MethodGet, "/stories/"+f.storyOf(t, other.ID).ID, http.StatusOK)
	boxes := svgBoxes(t, body, "wide")
	refs := []string{other.ID, spun.ID, relay.ID}
	if len(boxes) != len(refs) {
		t.Fatalf("got %d boxes %v, want %d", len(boxes), boxes, len(refs))
	}
	for _, ref := range refs {
		if b, ok := boxes[f.ids[ref]]; !ok || b[1] != boxes[f.ids[other.ID]][1] {
			t.Errorf("%s: got box %v (found %v), want one level with the original's %v", ref, b, ok, boxes[f.ids[other.ID]])
		}
	}
	if x0, x1, x2 := boxes[f.ids[other.ID]][0], boxes[f.ids[spun.ID]][0], boxes[f.ids[relay.ID]][0]; !(x0 < x1 && x1 < x2 && x2-x1 == x1-x0) {
		t.Errorf("got columns at x %d, %d, %d, want evenly spaced left to right", x0, x1, x2)
	}
	if n := strings.Count(body, `<path class="edge`); n != 4 {
		t.Errorf("got %d edges, want 2 in each drawing", n)
	}
	// Top to bottom (the phone's drawing): one article a row, in the order
	// of the chain, each copy one step right of its original.
	tall := svgBoxes(t, body, "tall")
	a, b, c := tall[f.ids[other.ID]], tall[f.ids[spun.ID]], tall[f.ids[relay.ID]]
	if len(tall) != 3 || !(a[1] < b[1] && b[1] < c[1]) || !(a[0] < b[0] && b[0] < c[0] && c[0]-b[0] == b[0]-a[0]) {
		t.Errorf("tall drawing: got boxes %v, %v, %v (of %d), want each copy below and one step right of its original", a, b, c, len(tall))
	}
	if strings.Contains(body, "<details class=\"family\"") {
		t.Errorf("a graph of three articles is folded")
	}
}

// TestWebGraphFamilies: the graph of a story of many articles is drawn
// family by family (an original and its copies), each folded under a
// summary naming the original and counting its copies, largest first;
// every article of the graph is drawn in exactly one family, in both
// drawings.
func TestWebGraphFamilies(t *testing.T) {
	f, id := largeStory(t, 80)
	v, err := view.Story(context.Background(), f.db, id)
	if err != nil {
		t.Fatal(err)
	}
	inGraph := map[string]bool{}
	for _, r := range v.Relations {
		inGraph[r.From], inGraph[r.To] = true, true
	}
	if len(inGraph) <= 20 || len(v.Originals) < 2 {
		t.Fatalf("fixture: %d articles in %d trees, want more than 20 in several", len(inGraph), len(v.Originals))
	}
	body := f.page(t, http.MethodGet, "/stories/"+id, http.StatusOK)
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	fams := findAll(doc, func(n *html.Node) bool { return n.Data == "details" && hasClass(n, "family") })
	if len(fams) != len(v.Originals) {
		t.Fatalf("got %d families, want one per original, %d", len(fams), len(v.Originals))
	}
	drawn := map[string]int{}
	last := 1 << 30
	for _, fam := range fams {
		for _, class := range []string{"wide", "tall"} {
			svg := find(fam, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, class) })
			if svg == nil {
				t.Fatalf("a family without its %s drawing", class)
			}
			boxes := findAll(svg, func(n *html.Node) bool { return n.Data == "a" && attr(n, "tabindex") == "-1" })
			for _, b := range boxes {
				drawn[strings.TrimPrefix(attr(b, "href"), "/articles/")]++
			}
			if class == "wide" {
				summary := text(find(fam, func(n *html.Node) bool { return n.Data == "summary" }))
				copies := len(boxes) - 1
				want := fmt.Sprintf("%d copies", copies)
				if copies == 1 {
					want = "1 copy"
				}
				if !strings.Contains(summary, want) {
					t.Errorf("family of %d articles: summary %q, want %q", len(boxes), summary, want)
				}
				if len(boxes) > last {
					t.Errorf("a family of %d articles after one of %d: want the largest first", len(boxes), last)
				}
				last = len(boxes)
			}
		}
	}
	for a := range inGraph {
		if drawn[a] != 2 {
			t.Errorf("article %s drawn %d times, want once in each drawing", a, drawn[a])
		}
	}
	if len(drawn) != len(inGraph) {
		t.Errorf("%d articles drawn, want the graph's %d", len(drawn), len(inGraph))
	}
}

// svgBoxes returns the position (x, y) of each article's box in the page's
// SVG drawings of the class ("wide" or "tall"), by article id.
func svgBoxes(t *testing.T, doc, class string) map[string][2]int {
	t.Helper()
	boxes := map[string][2]int{}
	z := html.NewTokenizer(strings.NewReader(doc))
	article := ""
	in := false // inside an <svg> of the class
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.EndTagToken {
			if name, _ := z.TagName(); string(name) == "svg" {
				in = false
			}
			continue
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		attrs := map[string]string{}
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			attrs[string(k)] = string(v)
		}
		switch {
		case string(name) == "svg":
			in = slices.Contains(strings.Fields(attrs["class"]), class)
		case !in:
		case string(name) == "a" && strings.HasPrefix(attrs["href"], "/articles/") && attrs["tabindex"] == "-1":
			article = strings.TrimPrefix(attrs["href"], "/articles/")
		case string(name) == "rect" && article != "":
			x, errX := strconv.Atoi(attrs["x"])
			y, errY := strconv.Atoi(attrs["y"])
			if errX != nil || errY != nil {
				t.Fatalf("box of %s: got x %q y %q, want numbers", article, attrs["x"], attrs["y"])
			}
			boxes[article] = [2]int{x, y}
			article = ""
		}
	}
	return boxes
}

// TestWebCompareTranslation: the compare page of a translation aligns the
// two texts sentence by sentence and marks the names, numbers and dates
// each pair shares, each in its own language's spelling.
func TestWebCompareTranslation(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e, err := pipeline.Open(ctx, db, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	en := input{"coast-1", "Marrowby Coast News", "Ferry Aurelia runs aground near Kestrel Point", "2026-05-10T08:00:00Z",
		"The ferry Aurelia ran aground near Kestrel Point on Sunday with 214 passengers on board, the Marrowby coastguard said.\n\n" +
			"Captain Ines Talbot told the coastguard at 6:40 a.m. that the ship had lost power in heavy fog.\n\n" +
			"Two tugboats from Marrowby reached the Aurelia within 40 minutes and towed it back to port.\n\n" +
			"The operator Bellwind Lines said the Aurelia was built in 2009 and passed its last inspection in March."}
	ru := input{"morskie-2", "Морские новости", "Паром «Аурелия» сел на мель у мыса Кестрел", "2026-05-10T11:00:00Z",
		"Паром «Аурелия» с 214 пассажирами на борту в воскресенье сел на мель у мыса Кестрел, сообщила береговая охрана Марроуби.\n\n" +
			"Капитан Инес Тэлбот в 6.40 утра сообщила береговой охране, что в густом тумане судно потеряло ход.\n\n" +
			"Два буксира из Марроуби подошли к «Аурелии» в течение 40 минут и отбуксировали её в порт.\n\n" +
			"Оператор Bellwind Lines сообщил, что «Аурелия» построена в 2009 году и прошла последний техосмотр в марте."}
	feed(t, e.Add, []input{en, ru})
	arts, err := db.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil || len(arts) != 2 {
		t.Fatalf("got %d articles (%v), want 2", len(arts), err)
	}
	srv := httptest.NewServer(server.New(db, nil))
	t.Cleanup(srv.Close)
	f := &fixture{srv: srv, db: db}
	doc := f.page(t, "GET", "/compare?a="+arts[0].ID+"&b="+arts[1].ID, http.StatusOK)
	for _, want := range []string{"translation", "<mark>Talbot</mark>", "<mark>Тэлбот</mark>", "<mark>214</mark>", "<mark>2009</mark>", "<mark>марте</mark>", "<mark>March</mark>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("compare page lacks %q", want)
		}
	}
	if strings.Contains(doc, "<del>") || strings.Contains(doc, "<ins>") {
		t.Errorf("a translation's compare strikes words: no word diff between two languages")
	}
}

// TestWebNames: an article without an outlet, read from a file, is named by
// its title on the story and article pages and in the graph, never by its
// path or its id (issue 16 item 1).
func TestWebNames(t *testing.T) {
	path := "/home/desk/piles/004_3ea5c3fa35204248.txt"
	nameless := input{path, "", "Relayed: " + original.Title, "2026-05-04T09:00:00Z", original.Text}
	f := fixtureOf(t, original, nameless)
	arts, err := f.db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil || len(arts) != 2 {
		t.Fatalf("got %d articles (%v), want 2", len(arts), err)
	}
	for _, a := range arts {
		for _, p := range []string{"/stories/" + a.Story, "/articles/" + a.ID} {
			body := f.page(t, http.MethodGet, p, http.StatusOK)
			body = strings.Replace(body, "<code>"+a.Ref+"</code>", "", 1) // its own reference line
			for _, bad := range []string{">" + path, "004_3ea5c3fa35204248.txt<", ">" + arts[0].ID + "<", ">" + arts[1].ID + "<"} {
				if strings.Contains(body, bad) {
					t.Errorf("GET %s: %q in the page, want articles named by outlet or title", p, bad)
				}
			}
		}
	}
	story := f.page(t, http.MethodGet, "/stories/"+arts[0].Story, http.StatusOK)
	if !strings.Contains(story, template.HTMLEscapeString(nameless.Title)) {
		t.Errorf("story page: no %q naming the article without an outlet", nameless.Title)
	}
}

// TestWebStoryPage: the story page says who reported first and when, draws
// arrows from originals to copies with times and a legend, and folds an
// event's articles beyond the tenth (issue 16 item 2).
func TestWebStoryPage(t *testing.T) {
	var ins []input
	for i := range 12 {
		ins = append(ins, input{fmt.Sprintf("relay-%02d", i), fmt.Sprintf("Relay Desk %02d", i), original.Title,
			time.Date(2026, 5, 4, 7+i, 0, 0, 0, time.UTC).Format(time.RFC3339), original.Text})
	}
	ins = append(ins, original) // published at 06:00, before every relay, though it arrives last
	f := fixtureOf(t, ins...)
	arts, err := f.db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil || len(arts) != 13 {
		t.Fatalf("got %d articles (%v), want 13", len(arts), err)
	}
	body := f.page(t, http.MethodGet, "/stories/"+arts[0].Story, http.StatusOK)
	for _, want := range []string{
		"First reported by <a href=\"/articles/",
		">" + original.Source + "</a> at <time datetime=\"2026-05-04T06:00:00Z\">",
		`marker-end="url(#arrow)"`, `class="legend"`, `class="node-time"`, "4 May 2026 07:00 UTC",
		`<details class="more"><summary>The rest of its 13 articles</summary>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("story page: no %q", want)
		}
	}
	var v view.StoryView
	f.get(t, "/api/v1/stories/"+arts[0].Story, http.StatusOK, &v)
	if v.FirstReported == nil || v.FirstReported.Name != original.Source || !v.FirstReported.At.Equal(time.Date(2026, 5, 4, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("API first_reported: got %+v, want %s at 06:00", v.FirstReported, original.Source)
	}
}

// TestWebUndetermined: a pair whose original nothing decides (two identical
// texts with identical times) is drawn without a direction: a dotted edge
// without an arrowhead in the graph, "undetermined" in the lists, the article and the compare
// page, and neither side called the original.
func TestWebUndetermined(t *testing.T) {
	ctx := context.Background()
	text := "The Saltwick lifeboat crew rescued two kayakers caught by the tide off Gull Rock on Saturday afternoon.\n\n" +
		"Coxswain Mara Ellery said the pair had clung to the rock for almost an hour before a walker raised the alarm.\n\n" +
		"Both kayakers were checked by paramedics at the harbour and needed no further treatment."
	f := fixtureOf(t,
		input{"tide-1", "Saltwick Echo", "Lifeboat rescues kayakers off Gull Rock", "2026-07-04T16:00:00Z", text},
		input{"tide-2", "Harbour Weekly", "Lifeboat rescues kayakers off Gull Rock", "2026-07-04T16:00:00Z", text})
	db := f.db
	rels, err := db.Relations(ctx, "")
	if err != nil || len(rels) != 1 || !rels[0].Evidence.Undetermined {
		t.Fatalf("got relations %+v (%v), want one of undetermined direction", rels, err)
	}
	a, err := db.Article(ctx, rels[0].From)
	if err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		path     string
		want     []string
		dontWant []string
	}{
		{"/stories/" + a.Story, []string{`class="edge kind-duplicate undetermined"`, "original undetermined", "which is the original is undetermined"}, []string{"</a> is a <strong>duplicate</strong> of"}},
		{"/articles/" + a.ID, []string{"which is the original is <strong>undetermined</strong>"}, []string{"is a <strong>duplicate</strong> of"}},
		{"/compare?a=" + rels[0].From + "&b=" + rels[0].To, []string{"Which of the two is the original is <strong>undetermined</strong>"}, []string{"<strong>the original</strong>", "is taken as the original"}},
	}
	for _, p := range pages {
		f.pageHas(t, p.path, p.want, p.dontWant)
	}
}

// pageHas gets the page at path and checks that it holds every string of
// want and none of not.
func (f *fixture) pageHas(t *testing.T, path string, want, not []string) {
	t.Helper()
	body := f.page(t, http.MethodGet, path, http.StatusOK)
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("GET %s: got no %q in the page", path, w)
		}
	}
	for _, n := range not {
		if strings.Contains(body, n) {
			t.Errorf("GET %s: got %q in the page, want none", path, n)
		}
	}
}
