package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/view"
)

// The web UI: server-rendered HTML pages over the same store and views
// (internal/view) as the JSON API. Pages work without JavaScript; static/app.js only
// adds conveniences.

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// storiesPerPage is how many stories one page of the list shows.
const storiesPerPage = 50

// outletChoices is how many outlets the stories' outlet filter offers as
// one types (the largest, or those holding what was typed): a store of
// 1,500 outlets would otherwise make a 100 KB page.
const outletChoices = 50

// web serves the HTML pages.
type web struct {
	srv   *Server
	store copydesk.Store
	log   *slog.Logger
	mux   *http.ServeMux
	pages map[string]*template.Template
	etags map[string]string // static file name -> ETag
}

// newWeb parses the embedded templates; a parse error is a bug in this
// package, which the tests catch, so it panics.
func newWeb(s *Server) *web {
	wb := &web{srv: s, store: s.store, log: s.log, mux: s.mux, pages: map[string]*template.Template{}, etags: map[string]string{}}
	funcs := template.FuncMap{"date": date, "pct": pct, "score": score, "kindOr": kindOr, "plural": plural, "outletLink": outletLink,
		"stampTime": stampTime, "side": compareSide, "pair": pagePair}
	for _, name := range []string{"stories", "story", "disagreements", "quotes", "people", "article", "compare", "outlets", "add", "error"} {
		wb.pages[name] = template.Must(template.New(name).Funcs(funcs).ParseFS(templateFS,
			"templates/layout.html", "templates/parts.html", "templates/"+name+".html"))
	}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		wb.etags[strings.TrimPrefix(p, "static/")] = `"` + hex.EncodeToString(sum[:8]) + `"`
		return nil
	})
	if err != nil {
		panic(err)
	}
	return wb
}

// register adds the pages to the mux.
func (wb *web) register() {
	wb.mux.HandleFunc("GET /{$}", wb.stories)
	wb.mux.HandleFunc("GET /stories/{id}", wb.story)
	wb.mux.HandleFunc("GET /stories/{id}/disagreements", wb.storyList("disagreements", func(*storyPage, *view.StoryView) {}))
	wb.mux.HandleFunc("GET /stories/{id}/quotes", wb.storyList("quotes", func(p *storyPage, v *view.StoryView) { p.Said = said(v, 0) }))
	wb.mux.HandleFunc("GET /stories/{id}/people", wb.storyList("people", func(p *storyPage, v *view.StoryView) { p.People = people(v, 0) }))
	wb.mux.HandleFunc("GET /articles/{id}", wb.article)
	wb.mux.HandleFunc("GET /compare", wb.compare)
	wb.mux.HandleFunc("GET /outlets", wb.outlets)
	wb.mux.HandleFunc("GET /add", wb.addForm)
	wb.mux.HandleFunc("POST /add", wb.addPost)
	wb.mux.HandleFunc("GET /static/{file}", wb.static)
	wb.mux.HandleFunc("/", wb.notFound)
}

// notFound answers every path outside the API that no page takes: 405 for a
// page's path with another method, 404 otherwise.
func (wb *web) notFound(w http.ResponseWriter, r *http.Request) {
	if allow := wb.srv.allowed(r); len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		wb.fail(w, r, http.StatusMethodNotAllowed, r.Method+" is not allowed on "+r.URL.Path)
		return
	}
	wb.fail(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".")
}

func (wb *web) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	etag, ok := wb.etags[name]
	if !ok {
		wb.fail(w, r, http.StatusNotFound, "There is no file "+name+".")
		return
	}
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	// Embedded files have no modification time: the ETag lets browsers
	// revalidate instead of downloading again.
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	secure(w.Header())
	http.ServeContent(w, r, path.Base(name), time.Time{}, bytes.NewReader(b))
}

// storiesPage is the data of the stories list.
type storiesPage struct {
	storyForm  // Sort is the sort shown, "recent" by default
	Total      int
	Stories    []copydesk.Story
	Outlets    []string // the outlets the filter offers as one types
	Prev, Next string   // links to the neighbouring pages, "" at an end
	Filtered   bool
}

func (wb *web) stories(w http.ResponseWriter, r *http.Request) {
	q, err := parseStoryForm(r.URL.Query())
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	if q.Sort == "" {
		q.Sort = "recent"
	}
	page := 1
	if v := r.URL.Query().Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			wb.fail(w, r, http.StatusBadRequest, "page must be a whole number from 1, not "+strconv.Quote(v)+".")
			return
		}
		page = n
	}
	stories, total, err := view.FindStories(r.Context(), wb.store, q.query, storiesPerPage, (page-1)*storiesPerPage)
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	outs, err := view.OutletNames(r.Context(), wb.store, q.Outlet, outletChoices)
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	p := storiesPage{storyForm: q, Total: total, Filtered: q.query.Filtered(), Outlets: outs, Stories: stories}
	p.Prev, p.Next = pageLinks(page, storiesPerPage, total, "/", q.values())
	wb.render(w, r, "stories", http.StatusOK, p)
}

// outletsPerPage is how many outlets one page of the outlets shows.
const outletsPerPage = 50

// outletsPage is the data of the outlets page: one page of the outlets
// whose name holds Q, in the order Sort.
type outletsPage struct {
	Q, Sort    string
	Sorts      []string
	Total      int
	From, Last int // the numbers of the page's first and last outlets, from 1
	Outlets    []view.Outlet
	Kinds      []copydesk.Kind
	Prev, Next string // links to the neighbouring pages, "" at an end
}

func (wb *web) outlets(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p := outletsPage{Q: strings.TrimSpace(v.Get("q")), Sort: v.Get("sort"), Sorts: view.OutletSorts, Kinds: copydesk.Kinds}
	if p.Sort == "" {
		p.Sort = view.OutletSorts[0]
	}
	page := 1
	if s := v.Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			wb.fail(w, r, http.StatusBadRequest, "page must be a whole number from 1, not "+strconv.Quote(s)+".")
			return
		}
		page = n
	}
	outs, err := view.Outlets(r.Context(), wb.store)
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	outs = view.FilterOutlets(outs, p.Q)
	if err := view.SortOutlets(outs, p.Sort); err != nil {
		wb.failErr(w, r, err)
		return
	}
	p.Total = len(outs)
	v = url.Values{}
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	if p.Sort != view.OutletSorts[0] {
		v.Set("sort", p.Sort)
	}
	var from int
	p.Outlets, from, p.Prev, p.Next = pageOf(outs, page, outletsPerPage, "/outlets", v)
	p.From, p.Last = from+1, from+len(p.Outlets)
	wb.render(w, r, "outlets", http.StatusOK, p)
}

// pageOf returns page n (from 1) of items, per a page, with the index of
// its first item and links to the neighbouring pages ("" at an end): path
// with v and the page number.
func pageOf[T any](items []T, n, per int, path string, v url.Values) (shown []T, from int, prev, next string) {
	from = min((n-1)*per, len(items))
	prev, next = pageLinks(n, per, len(items), path, v)
	return items[from:min(from+per, len(items))], from, prev, next
}

// pageLinks returns the links to the neighbouring pages of page n (from 1)
// of total items, per a page ("" at an end): path with v and the page
// number.
func pageLinks(n, per, total int, path string, v url.Values) (prev, next string) {
	link := func(n int) string {
		if n > 1 {
			v.Set("page", strconv.Itoa(n))
		} else {
			v.Del("page")
		}
		if len(v) == 0 {
			return path
		}
		return path + "?" + v.Encode()
	}
	if n > 1 {
		prev = link(n - 1)
	}
	if n*per < total {
		next = link(n + 1)
	}
	return prev, next
}

// pageItem is one item of a list with the page it is on, for a template
// that needs both.
type pageItem struct {
	Page *storyPage
	Item any
}

func pagePair(p *storyPage, item any) pageItem { return pageItem{p, item} }

// storyPage is the data of one story's page.
type storyPage struct {
	*view.StoryView
	Events []eventRow
	Copies []copyRow // every edge of the derivation graph
	// Families are the derivation graph's drawings: one of the whole graph,
	// or, Folded, one per original (see families); none when no article
	// of the story copies another.
	Families []family
	Folded   bool
	// SourceOf names each article of the story by its outlet (else its
	// ref), for the lists of what the sources say.
	SourceOf map[string]string
	// Top are the disagreements shown first, More the rest (behind "all N").
	Top, More []view.Disagreement
	// Said is the quotes the page lists (the story's page: the first
	// speakers' and unattributed ones, about shownQuotes; the quotes page:
	// all); People the people it lists (the story's page: the shownPeople
	// named in most articles; the people page: all).
	Said   quoteList
	People []view.Entity
}

// quoteList is a list of quotes by speaker: the speakers with all their
// quotes, then the quotes of no named speaker (indexes into Quotes).
type quoteList struct {
	Speakers []view.Speaker
	Loose    []int
	// Hidden counts the quotes left out (listed on the quotes page).
	Hidden int
}

// shownQuotes and shownPeople bound the quotes and the people a story's
// page lists; the rest are on /stories/{id}/quotes and /people. The quotes
// of a story of 213 articles made 415 KB of its 754 KB page.
const (
	shownQuotes = 15
	shownPeople = 20
)

// said lists the speakers in their order (most quoted first), then the
// unattributed quotes, until about limit quotes are listed (0: all); a
// speaker is listed with all its quotes or not at all, and the first one
// always.
func said(v *view.StoryView, limit int) quoteList {
	var l quoteList
	n := 0
	for _, sp := range v.Speakers {
		if limit > 0 && n > 0 && n+len(sp.Quotes) > limit {
			l.Hidden += len(sp.Quotes)
			continue
		}
		l.Speakers = append(l.Speakers, sp)
		n += len(sp.Quotes)
	}
	for i, q := range v.Quotes {
		if q.SpeakerID != "" {
			continue
		}
		if limit > 0 && n >= limit {
			l.Hidden++
			continue
		}
		l.Loose = append(l.Loose, i)
		n++
	}
	return l
}

// people lists the story's people in their order, at most limit (0: all).
func people(v *view.StoryView, limit int) []view.Entity {
	var out []view.Entity
	for _, e := range v.Entities {
		if e.Kind == "person" && (limit <= 0 || len(out) < limit) {
			out = append(out, e)
		}
	}
	return out
}

// PeopleTotal counts the story's people.
func (p *storyPage) PeopleTotal() int {
	n := 0
	for _, e := range p.Entities {
		if e.Kind == "person" {
			n++
		}
	}
	return n
}

// shownSources is how many articles a list of what the sources say names
// (a quote, a timeline entry, one version of a fact); the rest are
// counted. A quote of a story of 400 articles is often in most of them,
// and naming every one made the page of such a story 660 KB, most of it
// these lists; the API and the export give every article.
const shownSources = 5

// sourceList is the articles that say something, as a page names them.
type sourceList struct {
	Shown []sourceLink
	More  int // how many more articles say it
}

type sourceLink struct{ ID, Name string }

// Sources names the first of ids by their outlets and counts the rest.
func (p *storyPage) Sources(ids []string) sourceList {
	l := sourceList{More: max(0, len(ids)-shownSources)}
	for _, id := range ids[:min(len(ids), shownSources)] {
		name := p.SourceOf[id]
		if name == "" {
			name = id
		}
		l.Shown = append(l.Shown, sourceLink{id, name})
	}
	return l
}

// eventRow is an event with its articles.
type eventRow struct {
	copydesk.Event
	Items []articleRow
}

// articleRow is an article with the edge to its original, if it is a copy.
type articleRow struct {
	*copydesk.Article
	Copy *copyRow
}

// copyRow is one edge of the derivation graph.
type copyRow struct {
	Original, Copy *copydesk.Article
	Kind           copydesk.Kind
	Score          float64
	// Undetermined: which of the two is the original is not known.
	Undetermined bool
}

// newStoryPage starts the page of story v: its articles by id and named.
func newStoryPage(v *view.StoryView) (*storyPage, map[string]*copydesk.Article) {
	byID := map[string]*copydesk.Article{}
	for _, ev := range v.Events {
		for _, a := range ev.Items {
			byID[a.ID] = a
		}
	}
	p := &storyPage{StoryView: v, SourceOf: map[string]string{}}
	for id, a := range byID {
		p.SourceOf[id] = a.DisplayName()
	}
	return p, byID
}

// storyList serves a page that lists all of one thing of a story (its
// disagreements, quotes, people), which the story's page shows only the
// first of: the template name, with the page's data filled by fill.
func (wb *web) storyList(name string, fill func(p *storyPage, v *view.StoryView)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := view.Story(r.Context(), wb.store, r.PathValue("id"))
		if err != nil {
			wb.failErr(w, r, err)
			return
		}
		p, _ := newStoryPage(v)
		fill(p, v)
		wb.render(w, r, name, http.StatusOK, p)
	}
}

func (wb *web) story(w http.ResponseWriter, r *http.Request) {
	v, err := view.Story(r.Context(), wb.store, r.PathValue("id"))
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	p, byID := newStoryPage(v)
	lookup := func(id string) *copydesk.Article {
		if a := byID[id]; a != nil {
			return a
		}
		return &copydesk.Article{ID: id}
	}
	p.Top = v.Top().Disagreements
	p.More = v.Disagreements[len(p.Top):]
	p.Said, p.People = said(v, shownQuotes), people(v, shownPeople)
	seen := map[string]bool{}
	var walk func(d *view.Derivation)
	walk = func(d *view.Derivation) {
		for _, c := range d.Copies {
			if seen[c.Article] {
				continue
			}
			seen[c.Article] = true
			p.Copies = append(p.Copies, copyRow{Original: lookup(d.Article), Copy: lookup(c.Article), Kind: c.Kind, Score: c.Score, Undetermined: c.Undetermined})
			walk(c)
		}
	}
	for _, d := range v.Originals {
		seen[d.Article] = true
		walk(d)
	}
	// Pointers into p.Copies are taken once it has stopped growing.
	parent := map[string]*copyRow{}
	for i := range p.Copies {
		parent[p.Copies[i].Copy.ID] = &p.Copies[i]
	}
	for _, ev := range v.Events {
		row := eventRow{Event: ev.Event}
		for _, a := range ev.Items {
			row.Items = append(row.Items, articleRow{Article: a, Copy: parent[a.ID]})
		}
		p.Events = append(p.Events, row)
	}
	p.Families, p.Folded = families(v.Originals, lookup)
	wb.render(w, r, "story", http.StatusOK, p)
}

// articlePage is the data of one article's page.
type articlePage struct {
	*copydesk.Article
	StoryTitle string
	Body       []string
	Relations  []relationRow
	// Siblings are the other copies of its originals.
	Siblings []*copydesk.Article
}

// relationRow is a relation seen from one article: Other is the article at
// its other end, IsCopy tells whether this article is the copy.
type relationRow struct {
	copydesk.Relation
	Other  *copydesk.Article
	IsCopy bool
}

func (wb *web) article(w http.ResponseWriter, r *http.Request) {
	v, err := view.Article(r.Context(), wb.store, r.PathValue("id"))
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	p := articlePage{Article: v.Article, Body: v.Paragraphs}
	if v.Story != "" {
		s, err := wb.store.Story(r.Context(), v.Story)
		if err != nil && copydesk.ErrorCode(err) != copydesk.ENotFound {
			wb.failErr(w, r, err)
			return
		}
		if s != nil {
			p.StoryTitle = s.Title
		}
	}
	if len(p.Body) == 0 {
		for _, para := range strings.Split(v.Text, "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				p.Body = append(p.Body, para)
			}
		}
	}
	ids := slices.Clone(v.Siblings)
	for _, rel := range v.Relations {
		ids = append(ids, rel.From, rel.To)
	}
	others := map[string]*copydesk.Article{}
	if len(ids) > 0 {
		arts, err := wb.store.Articles(r.Context(), copydesk.ArticleFilter{IDs: ids})
		if err != nil {
			wb.failErr(w, r, err)
			return
		}
		for _, a := range arts {
			others[a.ID] = a
		}
	}
	for _, rel := range v.Relations {
		row := relationRow{Relation: rel, IsCopy: rel.To == v.ID}
		other := rel.To
		if row.IsCopy {
			other = rel.From
		}
		if row.Other = others[other]; row.Other == nil {
			row.Other = &copydesk.Article{ID: other}
		}
		p.Relations = append(p.Relations, row)
	}
	for _, id := range v.Siblings {
		sib := others[id]
		if sib == nil {
			sib = &copydesk.Article{ID: id}
		}
		p.Siblings = append(p.Siblings, sib)
	}
	wb.render(w, r, "article", http.StatusOK, p)
}

// comparePage is the data of the comparison of two articles.
type comparePage struct {
	*view.Comparison
	Blocks []pairBlock
}

// pairBlock is either one changed group of sentences, as the words of each
// side, or a run of identical pairs shown collapsed.
type pairBlock struct {
	Left, Right []word
	// Anchored says the pair is a translation's: Left and Right are each
	// side's text in runs, with the anchors the two share marked.
	Anchored bool
	Same     []view.SentencePair
	// Flags say why the change may alter the meaning: a number or a
	// negation only one side has.
	Flags []string
}

// word is a run of one side's own text: kept, or only on that side (struck
// on A's side, underlined on B's).
type word struct {
	Text           string
	Removed, Added bool
	// Anchor marks, in a translation's pair, a name, number or date the
	// other side shares.
	Anchor bool
}

// marked cuts a translation's sentence into runs of text and the anchors
// at marks (byte offsets).
func marked(s string, marks [][2]int) []word {
	ms := slices.Clone(marks)
	slices.SortFunc(ms, func(a, b [2]int) int { return a[0] - b[0] })
	var out []word
	at := 0
	for _, m := range ms {
		if m[0] < at || m[1] > len(s) || m[0] >= m[1] {
			continue
		}
		if m[0] > at {
			out = append(out, word{Text: s[at:m[0]]})
		}
		out = append(out, word{Text: s[m[0]:m[1]], Anchor: true})
		at = m[1]
	}
	if at < len(s) {
		out = append(out, word{Text: s[at:]})
	}
	return out
}

// The kinds of a diff step, as internal/align names them in its JSON; the
// server reads them through view.SentencePair without importing align.
const (
	opDelete = "-"
	opInsert = "+"
)

func (wb *web) compare(w http.ResponseWriter, r *http.Request) {
	a, b := r.URL.Query().Get("a"), r.URL.Query().Get("b")
	if a == "" || b == "" {
		wb.fail(w, r, http.StatusBadRequest, "Compare needs two article ids, as /compare?a=ID&b=ID.")
		return
	}
	c, err := view.Compare(r.Context(), wb.store, a, b)
	if err != nil {
		wb.failErr(w, r, err)
		return
	}
	p := comparePage{Comparison: c}
	for _, pair := range c.Pairs {
		if pair.Anchors != nil {
			p.Blocks = append(p.Blocks, pairBlock{Anchored: true, Left: marked(pair.AText, pair.MarksA), Right: marked(pair.BText, pair.MarksB)})
			continue
		}
		if pair.Identical {
			if n := len(p.Blocks); n > 0 && p.Blocks[n-1].Same != nil {
				p.Blocks[n-1].Same = append(p.Blocks[n-1].Same, pair)
			} else {
				p.Blocks = append(p.Blocks, pairBlock{Same: []view.SentencePair{pair}})
			}
			continue
		}
		blk := pairBlock{Flags: pair.Flags}
		for _, op := range pair.AWords {
			blk.Left = append(blk.Left, word{Text: op.Text, Removed: op.Kind == opDelete})
		}
		for _, op := range pair.BWords {
			blk.Right = append(blk.Right, word{Text: op.Text, Added: op.Kind == opInsert})
		}
		p.Blocks = append(p.Blocks, blk)
	}
	wb.render(w, r, "compare", http.StatusOK, p)
}

// errorPage is the data of the error page.
type errorPage struct {
	Status  int
	Title   string
	Message string
}

// failErr renders err with the status of its code, hiding the message of an
// internal error that is not a copydesk.Error.
func (wb *web) failErr(w http.ResponseWriter, r *http.Request, err error) {
	code := copydesk.ErrorCode(err)
	msg := err.Error()
	if code == copydesk.EInternal {
		wb.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		var e *copydesk.Error
		if !errors.As(err, &e) {
			msg = "Something went wrong on our side."
		}
	}
	wb.fail(w, r, statusOf(code), msg)
}

func (wb *web) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	wb.render(w, r, "error", status, errorPage{Status: status, Title: http.StatusText(status), Message: msg})
}

// render executes a page into a buffer first, so that a template error
// gives a clean 500 rather than half a page.
func (wb *web) render(w http.ResponseWriter, r *http.Request, name string, status int, data any) {
	var buf bytes.Buffer
	if err := wb.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		wb.log.Error("render page", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	secure(h)
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// secure sets the headers that keep the pages to their own scripts and styles.
func secure(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
}

// date formats a time for a reader, in UTC; "" for the zero time.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// stampTime reads a time as the views write it (RFC 3339); the zero time
// when it is empty or not one.
func stampTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// sideHead is one side of the compare page's head: the article, its tag
// and its role ("original", "copy" or "").
type sideHead struct {
	Tag  string
	A    view.ExportArticle
	Role string
}

// compareSide makes the head of side tag ("a" or "b" in original) of the
// compare page.
func compareSide(tag string, a view.ExportArticle, original, side string) sideHead {
	h := sideHead{Tag: tag, A: a}
	switch original {
	case "":
	case side:
		h.Role = "original"
	default:
		h.Role = "copy"
	}
	return h
}

func pct(f float64) string { return strconv.Itoa(int(100*f+0.5)) + "%" }

func score(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

// plural returns n with the singular or the plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// outletLink is the address of the stories of one outlet.
func outletLink(name string) string { return "/?" + url.Values{"outlet": {name}}.Encode() }

// kindOr names a relation kind, or says there is none.
func kindOr(k copydesk.Kind) string {
	if k == "" {
		return "not a copy"
	}
	return string(k)
}
