package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden is what a golden file holds for one fixture.
type golden struct {
	Result *Result `json:"result,omitempty"`
	Error  string  `json:"error,omitempty"`
}

func runFixture(t *testing.T, path string) (Result, error) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Ext(path) == ".html" {
		return HTML(raw, "https://example.org/"+filepath.Base(path))
	}
	return Text(raw, TextOptions{})
}

// TestGolden runs every fixture under testdata/text and testdata/html and
// compares the whole result with testdata/golden/NAME.json. Refresh with
// go test ./internal/extract -update.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/text/*")
	htmls, _ := filepath.Glob("testdata/html/*.html")
	paths = append(paths, htmls...)
	if len(paths) < 11 {
		t.Fatalf("got %d fixtures, want at least 11", len(paths))
	}
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			r, err := runFixture(t, path)
			var g golden
			if err != nil {
				g.Error = err.Error()
			} else {
				g.Result = &r
			}
			got, _ := json.MarshalIndent(g, "", "  ")
			got = append(got, '\n')
			file := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\ngot:\n%s", name, file, got)
			}
		})
	}
}

// TestFixtures checks the points each fixture was written for, so that a
// golden file refreshed by mistake cannot hide a regression.
func TestFixtures(t *testing.T) {
	tests := []struct {
		file                         string
		title, byline, source, place string
		canonical, lang              string
		published                    string // RFC 3339, "" for zero
		reasons                      []string
		keep                         []string // substrings the text keeps
		drop                         []string // substrings the text must not have
		paragraphs                   int      // 0: not checked
	}{
		{
			file: "01_byline_dateline.txt", title: "Ferry workers in Portsmouth walk out over new rota",
			byline: "Jane Roe", place: "Portsmouth", lang: "en", published: "2031-03-03T10:15:00-05:00",
			reasons: []string{"byline", "date line", "read-more link", "subscribe prompt"},
			keep:    []string{"leaving about 900 commuters stranded", "talks would resume on Wednesday."},
			drop:    []string{"READ MORE", "newsletter", "Staff writer", "Updated"}, paragraphs: 4,
		},
		{
			file: "02_markdown.md", title: "Library in Eastbrook reopens after flood repairs",
			byline: "Tomas Lindqvist", published: "2031-04-02T00:00:00Z", lang: "en",
			reasons: []string{"byline", "date line", "image", "markup", "read-more link"},
			keep:    []string{"eight months after", "Head librarian Ruth Okonkwo said", "A new children's wing", "approved in 2030.", "\"We lost the basement", "The library is open from 9 am"},
			drop:    []string{"**", "](", "#", "`", "![", "Read more", "---"},
		},
		{
			file: "03_widgets_captions.txt", title: "Storm topples radio mast above Kestrel Bay", lang: "en",
			reasons: []string{"error widget", "duplicate caption", "credit line"},
			keep:    []string{"Engineers inspect the twisted frame", "(Ines Marlow / Coastline Images)", "Drone footage shows the mast lying across the car park near the summit.", "community hall phone."},
			drop:    []string{"Oops", "went wrong", "try again", "at the summit", "originally published"},
		},
		{
			file: "04_photo_credits.txt", title: "Lighthouse keeper's cottage sold to heritage trust", lang: "en",
			reasons: []string{"credit line", "photo caption", "photo credit"},
			keep:    []string{"The 1870 cottage at Saltmarsh Point will become a small museum", "has bought the former lighthouse keeper's cottage", "shown for the first time."},
			drop:    []string{"AFP", "Photo Credit", "Oren Vale", "Saltmarsh Point cottage", "Visitors walk past the cottage"},
		},
		{
			file: "05_header_lines.txt", title: "Night market returns to Pier Street after three-year pause",
			byline: "Lena Achterberg", source: "The Harbor Gazette", canonical: "https://harbor-gazette.example/news/night-market-returns",
			published: "2031-05-06T08:30:00Z", lang: "en",
			reasons: []string{"source line", "title line", "url line", "date line", "byline", "widget text", "credit line"},
			keep:    []string{"Stalls selling grilled fish", "twice as many as at the last market"},
			drop:    []string{"Share this article", "©", "Source:"}, paragraphs: 2,
		},
		{
			file: "06_owned_credits.txt", title: "Valley council approves budget for cycle lanes",
			byline: "Priya Nandakumar", source: "Valley Ledger", lang: "en",
			reasons: []string{"read-more link", "credit line", "byline", "media link", "subscribe prompt", "tracker line"},
			keep:    []string{"approved a budget of 2.4 million", "Cycling in the valley", "remove 80 parking spaces."},
			drop:    []string{"READ MORE", "owned by", "WATCH", "Subscribe", "site-12"}, paragraphs: 5,
		},
		{
			file: "07_wrapped_dateline.txt", title: "Fishing fleet stays in port as fuel price climbs",
			place: "Lisbon", published: "2031-02-07T00:00:00Z", lang: "en",
			reasons:    []string{"date line"},
			keep:       []string{"stayed in port on Tuesday after the price of marine diesel rose for the sixth week", "Prices at the quay", "according to the auction house, as buyers"},
			paragraphs: 4,
		},
		{
			file: "08_menu_promo.txt", title: "Chennai metro extends night service to the airport line",
			source: "Meridian Daily", place: "Chennai", published: "2031-06-14T19:05:00+05:30", lang: "en",
			reasons: []string{"date line", "video timestamp", "read-more link", "subscribe prompt"},
			keep:    []string{"The extension follows a year of requests from airport workers", "run until 1 am from next Monday.", "12,000 signatures"},
			drop:    []string{"MainMenu", "203107:05", "More Stories", "cancel anytime", "24/7", "Stay informed"}, paragraphs: 3,
		},
		{
			file: "09_german.txt", title: "Neue Fähre verbindet Nordstrand mit der Insel Mellum",
			byline: "Anna Becker", lang: "de", reasons: []string{"byline"},
			keep: []string{"Die Überfahrt dauert vierzig Minuten.", "bis zu sechsmal."}, paragraphs: 3,
		},
		{
			file: "10_no_title_paragraph.txt", lang: "en", reasons: []string{"widget text"},
			keep: []string{"The annual kite festival on Westcliff Common", "carrying small lights."}, drop: []string{"Advertisement"}, paragraphs: 2,
		},
		{
			file: "01_article.html", title: "Tram line to Oakridge opens a year early", byline: "Samir Haddad",
			source: "Northfield Courier", canonical: "https://example.org/transport/2024/09/18/oakridge-tram", lang: "en",
			published: "2024-09-18T06:45:00+01:00",
			reasons:   []string{"not main text"},
			keep:      []string{"The first tram to Oakridge left the central station", "every twelve minutes in the evening."},
			drop:      []string{"Most read", "Privacy policy", "Sign up for our morning briefing", "Council rejects parking plan"},
		},
		{
			file: "02_latin1.html", title: "Bäckerei in Großheide schließt nach 90 Jahren", source: "Ostfriesen Bote", lang: "de",
			reasons: []string{"not main text"},
			keep:    []string{"Die Bäckerei Janssen in Großheide schließt zum Monatsende.", "der Brot verkauft."},
			drop:    []string{"Startseite", "Impressum"},
		},
		{
			file: "04_junk_inside.html", title: "Valley reservoir reaches record low", source: "Valley Ledger",
			canonical: "https://valley-ledger.example/environment/reservoir-record-low", lang: "en",
			reasons: []string{"widget text", "read-more link", "subscribe prompt"},
			keep:    []string{"lowest level since measurements began in 1964", "hosepipe ban", "weekly levels on its website"},
			drop:    []string{"Advertisement", "READ MORE", "Subscribe"}, paragraphs: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			dir := "testdata/text"
			if strings.HasSuffix(tt.file, ".html") {
				dir = "testdata/html"
			}
			r, err := runFixture(t, filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			for _, f := range []struct{ name, got, want string }{
				{"title", r.Title, tt.title}, {"byline", r.Byline, tt.byline}, {"source", r.Source, tt.source},
				{"dateline", r.Dateline, tt.place}, {"canonical URL", r.CanonicalURL, tt.canonical}, {"lang", r.Lang, tt.lang},
			} {
				if f.got != f.want {
					t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
				}
			}
			gotPub := ""
			if !r.Published.IsZero() {
				gotPub = r.Published.Format(time.RFC3339)
			}
			if tt.published != "" && gotPub != tt.published || tt.published == "" && gotPub != "" && !strings.HasSuffix(tt.file, ".html") {
				t.Errorf("published: got %q, want %q", gotPub, tt.published)
			}
			reasons := map[string]bool{}
			for _, rm := range r.Removed {
				reasons[rm.Reason] = true
			}
			for _, want := range tt.reasons {
				if !reasons[want] {
					t.Errorf("no line removed as %q; removed: %+v", want, r.Removed)
				}
			}
			text := r.Text()
			for _, s := range tt.keep {
				if !strings.Contains(text, s) {
					t.Errorf("text lost %q:\n%s", s, text)
				}
			}
			for _, s := range tt.drop {
				if strings.Contains(text, s) {
					t.Errorf("text kept %q:\n%s", s, text)
				}
			}
			if tt.paragraphs > 0 && len(r.Paragraphs) != tt.paragraphs {
				t.Errorf("got %d paragraphs, want %d: %q", len(r.Paragraphs), tt.paragraphs, r.Paragraphs)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	navOnly, err := os.ReadFile("testdata/html/03_nav_only.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		html bool
		raw  []byte
		want string // substring of the message
	}{
		{"empty", false, nil, "empty input"},
		{"blank", false, []byte(" \n\t\n"), "empty input"},
		{"NUL", false, []byte("Title\n\nSome\x00text here."), "binary input"},
		{"controls", false, []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc"), "binary input"},
		{"invalid UTF-8", false, []byte("Title\n\nCaf\xe9 society returns."), "invalid UTF-8"},
		{"only junk", false, []byte("Subscribe to our newsletter!\nAdvertisement\n"), "no article text"},
		{"HTML empty", true, []byte("   "), "empty input"},
		{"HTML binary", true, []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f<p>x</p>"), "binary input"},
		{"HTML no main text", true, navOnly, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.html {
				_, err = HTML(tt.raw, "")
			} else {
				_, err = Text(tt.raw, TextOptions{})
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v, want one containing %q", err, tt.want)
			}
			if code := copydesk.ErrorCode(err); code != copydesk.EInvalid {
				t.Errorf("got code %q, want %q", code, copydesk.EInvalid)
			}
			if tt.want == "no article text" && !errors.Is(err, ErrNoText) {
				t.Errorf("got %v, want ErrNoText", err)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	footer := "Tips? Write to the newsroom at tips@gazette.example"
	docs := []string{
		"Bridge closed for repairs\n\nThe Tarn bridge closed on Monday for six weeks of repairs.\n\n" + footer + "\n",
		"Library extends hours\n\nThe library will open on Sundays from May.\n\n" + footer + "\n",
	}
	b := NewBoilerplate()
	for _, d := range docs {
		b.Observe("gazette", []byte(d))
	}
	b.Observe("gazette", []byte(docs[0])) // the same document again counts once
	b.Observe("other", []byte("Ferry delayed\n\nThe ferry was late.\n\nThe library will open on Sundays from May.\n"))

	rep := b.Repeated("gazette", nil)
	tests := []struct {
		line string
		want bool
	}{
		{footer, true},
		{"  " + strings.ToUpper(footer) + " ", true}, // normalised
		{"The Tarn bridge closed on Monday for six weeks of repairs.", false},
		{"The library will open on Sundays from May.", false}, // once per source
		{"", false},
	}
	for _, tt := range tests {
		if got := rep(tt.line); got != tt.want {
			t.Errorf("Repeated(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	if b.Repeated("nobody", nil)(footer) {
		t.Errorf("Repeated for an unseen source = true, want false")
	}

	raw := []byte("Market hall reopens\n\nThe market hall reopened after a new roof was fitted.\n\n" + footer + "\n")
	r, err := Text(raw, TextOptions{Repeated: rep})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Text(), "tips@") {
		t.Errorf("text kept the repeated footer: %q", r.Text())
	}
	if n := len(r.Removed); n != 1 || r.Removed[0].Reason != copydesk.RemovedRepeated || r.Removed[0].Line != 5 {
		t.Errorf("got removed %+v, want one line 5 %q", r.Removed, copydesk.RemovedRepeated)
	}

	// A promotional line an outlet repeats keeps its promotional reason,
	// which provenance counts (copydesk.Promotional).
	promo := "Sign up for our morning newsletter of Tarn news"
	b.Observe("gazette", []byte("Roadworks end\n\nThe roadworks on the quay ended.\n\n"+promo+"\n"))
	b.Observe("gazette", []byte("Choir wins\n\nThe town choir won a prize.\n\n"+promo+"\n"))
	r, err = Text([]byte("Park opens\n\nThe new park opened on Friday.\n\n"+promo+"\n"), TextOptions{Repeated: b.Repeated("gazette", nil)})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Removed); n != 1 || !copydesk.Promotional(r.Removed[0].Reason) {
		t.Errorf("got removed %+v, want the repeated prompt removed as promotional", r.Removed)
	}
}

// TestBoilerplateVersions: two versions of one story from one outlet (an
// update, a rerun) share their body lines as text, not as the outlet's
// template: only the footer that an unrelated article carries too is
// repeated.
func TestBoilerplateVersions(t *testing.T) {
	footer := "Get Tarn Gazette alerts on your phone: text NEWS to 40400."
	body := []string{
		"The Tarn bridge closed on Monday for six weeks of repairs.",
		"Engineers found cracks in two of its piers last month.",
		"Buses will run a detour through the old town.",
		"The council said the work would cost 2 million pounds.",
	}
	v1 := "Bridge closed\n\n" + strings.Join(body, "\n\n") + "\n\n" + footer + "\n"
	v2 := "Bridge closed for six weeks\n\n" + strings.Join(body[:3], "\n\n") + "\n\nThe work will cost 2.5 million pounds, the council said.\n\n" + footer + "\n"
	other := "Library extends hours\n\nThe library will open on Sundays from May.\n\n" + footer + "\n"
	b := NewBoilerplate()
	for _, d := range []string{v1, v2, other} {
		b.Observe("gazette", []byte(d))
	}
	for _, tt := range []struct {
		doc  string
		line string
		want bool
	}{
		{v1, footer, true},
		{v2, footer, true},
		{v1, body[0], false},
		{v2, body[1], false},
		{other, footer, true},
		{other, "The library will open on Sundays from May.", false},
	} {
		if got := b.Repeated("gazette", []byte(tt.doc))(tt.line); got != tt.want {
			t.Errorf("Repeated(%.20q)(%q) = %v, want %v", tt.doc, tt.line, got, tt.want)
		}
	}
	// Without the document, a line in two observed documents is repeated.
	if !b.Repeated("gazette", nil)(body[0]) {
		t.Errorf("Repeated(nil)(%q) = false, want true", body[0])
	}
	r, err := Text([]byte(v2), TextOptions{Repeated: b.Repeated("gazette", []byte(v2))})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Removed); n != 1 || r.Removed[0].Reason != copydesk.RemovedRepeated {
		t.Errorf("got removed %+v, want the footer alone", r.Removed)
	}
}

func TestLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council approved the budget for new cycle lanes on Tuesday evening after a long debate.", "en"},
		{"Die Gemeinde hatte die Verbindung drei Jahre lang geplant und sprach von einem wichtigen Tag.", "de"},
		{"La biblioteca municipal volvió a abrir sus puertas el martes después de ocho meses de obras.", "es"},
		{"Short.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Lang(tt.text); got != tt.want {
			t.Errorf("Lang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		line, want, place string
		ok                bool
	}{
		{"February 13, 2031 07:27 am | Updated 07:40 am IST - Washington", "2031-02-13T07:27:00+05:30", "Washington", true},
		{"Feb. 7, 2031", "2031-02-07T00:00:00Z", "", true},
		{"2031-02-13", "2031-02-13T00:00:00Z", "", true},
		{"Published: 3 March 2031 18:05 GMT", "2031-03-03T18:05:00Z", "", true},
		{"Updated Tuesday, May 6, 2031 at 9:30 p.m. EDT", "2031-05-06T21:30:00-04:00", "", true},
		{"Updated Tuesday, July 15, 2031 at 6:03 PM ET", "2031-07-15T18:03:00-04:00", "", true},
		{"Updated Monday, January 13, 2031 at 6:03 PM ET", "2031-01-13T18:03:00-05:00", "", true},
		{"2031-05-06T08:30:00+02:00", "2031-05-06T08:30:00+02:00", "", true},
		{"On February 2, 2031, the ministry said it was tracking the balloon.", "", "", false},
		{"February 30, 2031", "", "", false},
		{"The vote is on March 3.", "", "", false},
		{"12/16/08 1:30 AM EST", "2008-12-16T01:30:00-05:00", "", true},
		{"POSTED: 05/02/07, 9:00 PM PDT |", "2007-05-02T21:00:00-07:00", "", true},
		{"16.12.2008", "2008-12-16T00:00:00Z", "", true},
		{"Version 2.10.2008 of the tool is out.", "", "", false},
		// A weekday the date does not fall on: one of the two is wrong.
		{"Wednesday, March 1, 2009, 10:53 AM", "", "", false},
		{"Wednesday, March 4, 2009, 10:53 AM", "2009-03-04T10:53:00Z", "", true},
	}
	for _, tt := range tests {
		got, place, ok := dateLine(tt.line)
		if ok != tt.ok {
			t.Errorf("dateLine(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want || place != tt.place {
			t.Errorf("dateLine(%q) = %s, %q; want %s, %q", tt.line, s, place, tt.want, tt.place)
		}
	}
}

// parseTime parses an RFC 3339 time of a test, failing it when s is not one.
func parseTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestPublishedSpan(t *testing.T) {
	at := func(s string) time.Time { return parseTime(t, s) }
	dateLine := func(s string) []copydesk.Removed {
		return []copydesk.Removed{{Text: s, Reason: copydesk.RemovedDateLine}}
	}
	tests := []struct {
		name      string
		published string
		removed   []copydesk.Removed
		from, to  string
	}{
		{"a time from the input", "2031-03-03T09:00:00Z", nil, "2031-03-03T09:00:00Z", "2031-03-03T09:00:00Z"},
		{"a date line with a zone", "2031-03-03T18:05:00Z", dateLine("Published: 3 March 2031 18:05 GMT"), "2031-03-03T18:05:00Z", "2031-03-03T18:05:00Z"},
		{"a date line's clock time with no zone", "2031-03-03T18:05:00Z", dateLine("3 March 2031 18:05"), "2031-03-03T04:05:00Z", "2031-03-04T06:05:00Z"},
		{"a date line's day", "2031-03-03T00:00:00Z", dateLine("March 3, 2031"), "2031-03-02T10:00:00Z", "2031-03-04T12:00:00Z"},
		{"an outlet's repeated date line", "2031-03-03T00:00:00Z", []copydesk.Removed{{Text: "March 3, 2031", Reason: copydesk.RemovedRepeated}}, "2031-03-02T10:00:00Z", "2031-03-04T12:00:00Z"},
		{"the input's time within the date line's day", "2031-03-03T15:00:00Z", dateLine("March 3, 2031"), "2031-03-03T15:00:00Z", "2031-03-03T15:00:00Z"},
		{"the input's time contradicted by the date line: both", "2029-01-05T15:00:00Z", dateLine("March 3, 2031"), "2029-01-05T15:00:00Z", "2031-03-04T12:00:00Z"},
		{"no time", "", dateLine("March 3, 2031"), "", ""},
	}
	for _, tt := range tests {
		a := &copydesk.Article{Removed: tt.removed}
		if tt.published != "" {
			a.Published = at(tt.published)
		}
		from, to := PublishedSpan(a)
		var wantFrom, wantTo time.Time
		if tt.from != "" {
			wantFrom, wantTo = at(tt.from), at(tt.to)
		}
		if !from.Equal(wantFrom) || !to.Equal(wantTo) {
			t.Errorf("%s: got %s to %s, want %s to %s", tt.name, from, to, wantFrom, wantTo)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"By Jane Roe", "Jane Roe", true},
		{"Written by: Mary Ann Webber", "Mary Ann Webber", true},
		{"Jane Roe | Staff writer", "Jane Roe", true},
		{"By Jane Roe and Omar Said, Correspondents", "Jane Roe and Omar Said", true},
		{"BY LENA ACHTERBERG", "LENA ACHTERBERG", true},
		{"By the end of the day the crowd had gone.", "", false},
		{"By Monday, the ferry was running again.", "", false},
		{"Prices rose sharply | analysts expect more", "", false},
	}
	for _, tt := range tests {
		got, ok := byline(tt.line)
		if got != tt.want || ok != tt.ok {
			t.Errorf("byline(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"the cat sat", "the cat sat", 1, 1},
		{"the cat sat on the mat", "the cat sat", 0.5, 1},
		{"the cat", "the cat sat on the mat", 1, 2.0 / 6},
		{"", "", 1, 1},
		{"", "words", 0, 0},
		{"The, CAT!", "the cat", 1, 1},
	}
	for _, tt := range tests {
		s := Score(tt.got, tt.want)
		if !near(s.Precision, tt.p) || !near(s.Recall, tt.r) || !near(s.F1, f1(tt.p, tt.r)) {
			t.Errorf("Score(%q, %q) = %+v, want P %.3f R %.3f", tt.got, tt.want, s, tt.p, tt.r)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestOutputUTF8 checks that every fixture gives valid UTF-8 everywhere.
func TestOutputUTF8(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*/*")
	for _, path := range paths {
		if strings.Contains(path, "golden") {
			continue
		}
		r, _ := runFixture(t, path)
		checkUTF8(t, r)
	}
}

func checkUTF8(t *testing.T, r Result) {
	t.Helper()
	all := []string{r.Title, r.Byline, r.Source, r.CanonicalURL, r.Lang, r.Dateline}
	all = append(all, r.Paragraphs...)
	for _, rm := range r.Removed {
		all = append(all, rm.Text, rm.Reason)
	}
	for _, s := range all {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in output: %q", s)
		}
	}
}

func TestTextGivenTitle(t *testing.T) {
	raw := []byte("Ferry crews in Portmere walked out on Tuesday over pay.\n\nUnion leader Mara Quell said talks had failed.\n")
	r, err := Text(raw, TextOptions{Title: "Portmere ferry strike"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Portmere ferry strike" || len(r.Paragraphs) != 2 || !strings.HasPrefix(r.Paragraphs[0], "Ferry crews") {
		t.Errorf("got title %q and paragraphs %q, want the given title and both lines as body", r.Title, r.Paragraphs)
	}
}

// TestCreditLineInParentheses checks that a wire credit in parentheses at
// the end of a story ("(Reporting by ...; editing by ...)", as agencies
// sign their copy) is removed as a credit line like the bare form.
func TestCreditLineInParentheses(t *testing.T) {
	for _, line := range []string{"(Reporting by Ada Kestrel; editing by Tom Reed)", "Reporting by Ada Kestrel; editing by Tom Reed", "(Writing by Ada Kestrel)"} {
		raw := []byte("Ferry crews in Portmere walked out on Tuesday over pay and conditions.\n\nUnion leader Mara Quell said talks with the operator had failed again.\n\n" + line + "\n")
		r, err := Text(raw, TextOptions{Title: "Portmere ferry strike"})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(r.Paragraphs, "\n"); strings.Contains(got, "Kestrel") {
			t.Errorf("%q: the credit stayed in the text: %q", line, got)
		}
	}
	raw := []byte("Ferry crews in Portmere walked out on Tuesday over pay and conditions.\n\n(The operator did not reply to a request for comment.)\n")
	r, err := Text(raw, TextOptions{Title: "Portmere ferry strike"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Paragraphs) != 2 {
		t.Errorf("a sentence in parentheses was removed: %q", r.Paragraphs)
	}
}

// TestUpdateStamp: a page stamped with its update above (or below) the
// stamp of its first publication is dated by the first publication, and
// neither stamp is taken for a credit to another outlet. Invented text.
func TestUpdateStamp(t *testing.T) {
	body := "The Norland ferry returned to service on Thursday after a month of repairs to its landing ramp, the harbour board said."
	tests := []struct {
		name, head, want string
	}{
		{"update above", "UPDATED 05/03/2031 at 11:00 AM EDT\n\nOriginally published 05/03/2031 at 10:20 AM EDT", "2031-05-03T10:20:00-04:00"},
		{"update below", "First Published: May 3, 2031 10:20 AM EDT\n\nLast updated: May 3, 2031 11:00 AM EDT", "2031-05-03T10:20:00-04:00"},
		{"plain date line below the update", "Updated May 4, 2031 9:00 AM EDT\n\nMay 3, 2031 10:20 AM EDT", "2031-05-03T10:20:00-04:00"},
		{"an update alone dates the page", "UPDATED 05/03/2031 at 11:00 AM EDT", "2031-05-03T11:00:00-04:00"},
		{"a first publication after the update is no first publication", "UPDATED 05/03/2031 at 11:00 AM EDT\n\nOriginally published 05/04/2031 at 10:20 AM EDT", "2031-05-03T11:00:00-04:00"},
	}
	for _, tt := range tests {
		r, err := Text([]byte("Ferry back in service\n\n"+tt.head+"\n\n"+body), TextOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: published %s, want %s", tt.name, got, tt.want)
		}
		for _, x := range r.Removed {
			if x.Reason != copydesk.RemovedDateLine {
				t.Errorf("%s: %q removed as %s, want a date line", tt.name, x.Text, x.Reason)
			}
		}
		a := &copydesk.Article{Published: r.Published, Removed: r.Removed}
		if from, to := PublishedSpan(a); !from.Equal(r.Published) || !to.Equal(r.Published) {
			t.Errorf("%s: span %s to %s, want the publication time alone (%s)", tt.name, from, to, r.Published)
		}
	}
	// A republication note naming where the text first ran stays a credit.
	r, err := Text([]byte("Ferry back in service\n\n"+body+"\n\nThis story was originally published by The Evening Register on May 3, 2031."), TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Removed) != 1 || r.Removed[0].Reason != copydesk.RemovedCredit {
		t.Errorf("republication note: removed %+v, want one credit line", r.Removed)
	}
}

// TestPublishedSpanBeside: a copy that keeps its original's date line and
// ran days later is dated by its own time beside that original, whose time
// agrees with the line; when neither time agrees with the line, both stay
// doubtful. Invented dates.
func TestPublishedSpanBeside(t *testing.T) {
	at := func(s string) time.Time { return parseTime(t, s) }
	line := []copydesk.Removed{{Text: "Published April 11, 2031", Reason: copydesk.RemovedDateLine}}
	orig := &copydesk.Article{Published: at("2031-04-11T07:30:00Z"), Removed: line}
	copied := &copydesk.Article{Published: at("2031-04-14T05:40:00Z"), Removed: line}
	if from, _ := PublishedSpan(copied); !from.Before(at("2031-04-12T00:00:00Z")) {
		t.Errorf("alone, the copy's span starts %s: its date line should make its time doubtful", from)
	}
	for _, tt := range []struct {
		name     string
		a, other *copydesk.Article
		from, to string
	}{
		{"the copy beside its original", copied, orig, "2031-04-14T05:40:00Z", "2031-04-14T05:40:00Z"},
		{"the original beside its copy", orig, copied, "2031-04-11T07:30:00Z", "2031-04-11T07:30:00Z"},
		// Neither time agrees with the line: which is doubtful is unknown.
		{"neither agrees with the line", copied, &copydesk.Article{Published: at("2031-04-20T09:00:00Z"), Removed: line}, "2031-04-10T10:00:00Z", "2031-04-14T05:40:00Z"},
		// A line only a has is its own, and still makes its time doubtful.
		{"a line of its own", copied, &copydesk.Article{Published: at("2031-04-11T07:30:00Z")}, "2031-04-10T10:00:00Z", "2031-04-14T05:40:00Z"},
	} {
		from, to := PublishedSpanBeside(tt.a, tt.other)
		if !from.Equal(at(tt.from)) || !to.Equal(at(tt.to)) {
			t.Errorf("%s: %s to %s, want %s to %s", tt.name, from, to, tt.from, tt.to)
		}
	}
}

// TestPublishedSpanUpdateStamps: a stamp of an update is not the first
// publication. An original whose page gives a time after the "Updated:"
// line both texts carry is not ordered after a copy dated only by that
// line (its span starts at the stamp); a page dated at its update starts
// at its own first-publication stamp; and a copy that ran later with its
// own time keeps it beside an original its stamp does not date. Invented
// dates.
func TestPublishedSpanUpdateStamps(t *testing.T) {
	at := func(s string) time.Time { return parseTime(t, s) }
	updated := []copydesk.Removed{{Text: "Updated: May 16, 2031, 6:03 PM ET", Reason: copydesk.RemovedDateLine}}
	orig := &copydesk.Article{Published: at("2031-05-16T22:14:02Z"), Removed: updated}
	copied := &copydesk.Article{Published: at("2031-05-16T22:03:00Z"), Removed: updated}
	later := &copydesk.Article{Published: at("2031-05-17T12:50:00Z"), Removed: updated}
	stamps := []copydesk.Removed{
		{Text: "UPDATED 05/03/2031 at 11:00 AM EDT", Reason: copydesk.RemovedDateLine},
		{Text: "Originally published 05/03/2031 at 10:20 AM EDT", Reason: copydesk.RemovedDateLine},
	}
	page := &copydesk.Article{Published: at("2031-05-03T15:00:00Z"), Removed: stamps}
	pageCopy := &copydesk.Article{Published: at("2031-05-03T14:20:00Z"), Removed: stamps}
	for _, tt := range []struct {
		name     string
		a, other *copydesk.Article
		from, to string
	}{
		{"the original beside a copy dated by its stamp", orig, copied, "2031-05-16T22:03:00Z", "2031-05-16T22:14:02Z"},
		{"the copy dated by the stamp", copied, orig, "2031-05-16T22:03:00Z", "2031-05-16T22:03:00Z"},
		{"a later copy beside an original its stamp does not date", later, orig, "2031-05-17T12:50:00Z", "2031-05-17T12:50:00Z"},
		{"a page dated at its update", page, pageCopy, "2031-05-03T14:20:00Z", "2031-05-03T15:00:00Z"},
		{"its copy dated by the first stamp", pageCopy, page, "2031-05-03T14:20:00Z", "2031-05-03T14:20:00Z"},
	} {
		from, to := PublishedSpanBeside(tt.a, tt.other)
		if !from.Equal(at(tt.from)) || !to.Equal(at(tt.to)) {
			t.Errorf("%s: %s to %s, want %s to %s", tt.name, from, to, tt.from, tt.to)
		}
	}
	if from, to := PublishedSpan(page); !from.Equal(at("2031-05-03T14:20:00Z")) || !to.Equal(at("2031-05-03T15:00:00Z")) {
		t.Errorf("the page dated at its update, alone: %s to %s, want its first stamp to its update", from, to)
	}
}
