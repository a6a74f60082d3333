package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// invented is an invented news page (a fictional ferry, outlet and people):
// a headline, a menu and a comment section around the article.
const invented = `<!DOCTYPE html><html lang="en"><head><title>Ferry to sail again on Friday</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry to sail again on Friday</h1>
<p>The island ferry that ran aground off Port Wren last week will sail again on Friday, the operator said on Tuesday, after divers found no damage to its hull.</p>
<p>“The hull is sound and the crew are ready to go back to work,” harbour master Ida Holm said. “We owe the island a timetable it can trust.”</p>
<p>The ferry carries about 400 passengers a day between Port Wren and the mainland, and its absence had left islanders relying on two smaller boats.</p>
<p>Shopkeeper Tomas Vell said the week without the ferry had cost him most of his deliveries. “Nobody wants to wait three hours for bread,” he said.</p>
</article>
<section class="comments"><p>Great news, finally!</p></section>
<footer>© Wren Harbour Gazette</footer></body></html>`

// webPage writes the invented page as name in a new folder and returns the
// folder.
func webPage(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(invented), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestWebTexts: a page is read and extracted as copydesk add extracts it:
// the file name is its id, the part is tune when the tune pages hold it and
// heldout when not, the text is the article without the menu and the
// comments; a page that is not there is an error naming it.
func TestWebTexts(t *testing.T) {
	const name = "harbour-gazette.html"
	dir := webPage(t, name)
	texts, err := webTexts(dir, map[string]bool{name: true}, map[string]bool{name: true})
	if err != nil {
		t.Fatal(err)
	}
	a, ok := texts[name]
	if !ok {
		t.Fatalf("no text for %s: %v", name, texts)
	}
	if a.ID != name || a.Part != "tune" {
		t.Errorf("id %q part %q, want %q tune", a.ID, a.Part, name)
	}
	if held, err := webTexts(dir, map[string]bool{name: true}, nil); err != nil || held[name].Part != "heldout" {
		t.Errorf("a page no tune file holds: part %q (err %v), want heldout", held[name].Part, err)
	}
	if a.Title != "Ferry to sail again on Friday" {
		t.Errorf("title %q", a.Title)
	}
	for _, want := range []string{"The hull is sound and the crew", "Nobody wants to wait three hours for bread,"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, junk := range []string{"Great news, finally", "Sport"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text holds %q from outside the article:\n%s", junk, a.Text)
		}
	}
	if _, err := webTexts(dir, map[string]bool{"missing.html": true}, nil); err == nil || !strings.Contains(err.Error(), "missing.html") {
		t.Errorf("a missing page: err %v, want one naming it", err)
	}
	for _, bad := range []string{"../" + name, "/" + name, "sub/../" + name, "sub\\" + name, ""} {
		if _, err := webTexts(dir, map[string]bool{bad: true}, nil); err == nil {
			t.Errorf("%q, not a name inside the folder: no error", bad)
		}
	}
}

// TestWebTextsSubfolder: a page named by a slash-separated path inside the
// folder (go-htmldate's `mediacloud/X.html`) is read from that subfolder and
// keeps the path as its id, beside a page of the same file name in another
// subfolder.
func TestWebTextsSubfolder(t *testing.T) {
	dir := t.TempDir()
	other := strings.Replace(invented, "harbour master Ida Holm", "pilot Ada Brun", 1)
	for p, body := range map[string]string{"news/ferry.html": invented, "wire/ferry.html": other} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(p)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	texts, err := webTexts(dir, map[string]bool{"news/ferry.html": true, "wire/ferry.html": true}, map[string]bool{"wire/ferry.html": true})
	if err != nil {
		t.Fatal(err)
	}
	news, wire := texts["news/ferry.html"], texts["wire/ferry.html"]
	if news.ID != "news/ferry.html" || news.Part != "heldout" || wire.ID != "wire/ferry.html" || wire.Part != "tune" {
		t.Errorf("ids and parts %q %q, %q %q: want news/ferry.html heldout, wire/ferry.html tune", news.ID, news.Part, wire.ID, wire.Part)
	}
	if !strings.Contains(news.Text, "Ida Holm") || !strings.Contains(wire.Text, "Ada Brun") {
		t.Errorf("each page's own text: news %q, wire %q", news.Text, wire.Text)
	}
	if _, err := webTexts(dir, map[string]bool{"news/missing.html": true}, nil); err == nil || !strings.Contains(err.Error(), "news/missing.html") {
		t.Errorf("a missing page in a subfolder: err %v, want one naming it", err)
	}
}

// TestQuotesWeb scores a labels folder of web pages: Quotes reads a folder of
// pages as the corpus, a system finding both quotes scores 1, a page the
// tune file holds is refused in a held-out part (a tune2 page in heldout4
// too, whose errors are never kept), and one it does not hold is scored in
// any held-out part whatever its fnv32a (the second web set, heldout2, has no
// tune half).
func TestQuotesWeb(t *testing.T) {
	const name = "harbour-gazette.html"
	dir := webPage(t, name)
	labels := t.TempDir()
	write := fileWriter(t, labels)
	line := `{"article": "` + name + `", "topic": "web-tune", "quotes": [` +
		`{"start": "The hull is sound and the crew", "end": "a timetable it can trust.", "speaker": "Ida Holm", "kind": "person", "pattern": "after"},` +
		`{"start": "Nobody wants to wait three hours", "end": "three hours for bread,", "speaker": "Tomas Vell", "kind": "person", "pattern": "pronoun"}]}`
	write("quotes-tune.jsonl", line)
	texts, err := webTexts(dir, map[string]bool{name: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := texts[name].Text
	span := func(start, end string) FoundQuote {
		s := strings.Index(text, start)
		e := strings.Index(text[s:], end) + s + len(end)
		return FoundQuote{Start: s, End: e}
	}
	both := func(_, _, _ string) []FoundQuote {
		a, b := span("The hull", "can trust."), span("Nobody wants", "for bread,")
		a.Speaker, a.SpeakerKind = "Ida Holm", "person"
		b.Speaker, b.SpeakerKind = "Tomas Vell", "person"
		return []FoundQuote{a, b}
	}
	rep, err := Quotes(labels, dir, "tune", map[string]QuoteSystem{"both": both}, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 1 || rep.Quotes != 2 || rep.Systems[0].Speaker.F1 != 1 {
		t.Errorf("articles %d quotes %d speaker F1 %.3f, want 1 2 1", rep.Articles, rep.Quotes, rep.Systems[0].Speaker.F1)
	}
	write("quotes-heldout.jsonl", strings.Replace(line, "web-tune", "web-heldout", 1))
	if _, err := Quotes(labels, dir, "heldout", map[string]QuoteSystem{"both": both}, false); err == nil || !strings.Contains(err.Error(), "tune part") {
		t.Errorf("a tune page labelled in heldout: err %v, want a refusal", err)
	}
	tune2 := t.TempDir()
	fileWriter(t, tune2)("quotes-tune2.jsonl", strings.Replace(line, "web-tune", "web-tune2", 1))
	fileWriter(t, tune2)("quotes-heldout4.jsonl", strings.Replace(line, "web-tune", "web-heldout4", 1))
	if rep, err := Quotes(tune2, dir, "tune2", map[string]QuoteSystem{"both": both}, true); err != nil || rep.Quotes != 2 {
		t.Errorf("the page in tune2: err %v report %+v, want 2 quotes", err, rep)
	}
	if _, err := Quotes(tune2, dir, "heldout4", map[string]QuoteSystem{"both": both}, false); err == nil || !strings.Contains(err.Error(), "tune part") {
		t.Errorf("a tune2 page labelled in heldout4: err %v, want a refusal", err)
	}
	if _, err := Quotes(tune2, dir, "heldout4", map[string]QuoteSystem{"both": both}, true); err == nil || !strings.Contains(err.Error(), "errors are kept for the tune parts only") {
		t.Errorf("heldout4 with errors kept: err %v, want a refusal", err)
	}
	held := t.TempDir()
	fileWriter(t, held)("quotes-heldout2.jsonl", strings.Replace(line, "web-tune", "web-heldout2", 1))
	rep, err = Quotes(held, dir, "heldout2", map[string]QuoteSystem{"both": both}, false)
	if err != nil || rep.Quotes != 2 || rep.Systems[0].Speaker.F1 != 1 {
		t.Errorf("a page no tune file holds, in heldout2: err %v report %+v, want 2 quotes scored 1", err, rep)
	}
}

// TestWebLabels locates every labelled quote of testdata/facts/web and
// testdata/facts/htmldate in the text copydesk's extraction gives for its
// page (the keys line up with the text the evaluation scores) without
// running any system on the pages; it needs the modules' pages and skips
// without them.
func TestWebLabels(t *testing.T) {
	for _, labels := range []string{"../../testdata/facts/web", "../../testdata/facts/htmldate"} {
		t.Run(filepath.Base(labels), func(t *testing.T) { webLabels(t, labels) })
	}
}

// webLabels locates the quotes of each part a labels folder of web pages
// holds (TestWebLabels).
func webLabels(t *testing.T, labels string) {
	dir, want, ok, err := corpus.LabelsPages(labels)
	if err != nil || !ok {
		t.Fatalf("%s: module.txt: ok %v err %v", labels, ok, err)
	}
	if dir == "" {
		t.Skipf("no %s", want)
	}
	none := func(_, _, _ string) []FoundQuote { return nil }
	for _, part := range QuoteParts {
		if _, err := os.Stat(filepath.Join(labels, "quotes-"+part+".jsonl")); err != nil {
			continue
		}
		rep, err := Quotes(labels, dir, part, map[string]QuoteSystem{"none": none}, false)
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		if rep.Articles == 0 || rep.Quotes == 0 {
			t.Errorf("%s: %d articles, %d quotes: want some of each", part, rep.Articles, rep.Quotes)
		}
	}
}
