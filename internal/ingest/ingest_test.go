package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/copydesk/copydesk"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// collect reads inputs with r and returns the Docs and the Failures,
// leaving out the Warnings (see notes).
func collect(t *testing.T, r *Reader, inputs ...string) ([]Doc, []*Failure) {
	t.Helper()
	var docs []Doc
	var fails []*Failure
	for d, err := range r.Docs(context.Background(), inputs) {
		if w := (*Warning)(nil); errors.As(err, &w) {
			continue
		}
		if err != nil {
			var f *Failure
			if !errors.As(err, &f) {
				t.Fatalf("Docs yielded %T %v, want a *Failure", err, err)
			}
			fails = append(fails, f)
			continue
		}
		docs = append(docs, d)
	}
	return docs, fails
}

// notes reads inputs with r and returns the Warnings' messages.
func notes(r *Reader, inputs ...string) []string {
	var got []string
	for _, err := range r.Docs(context.Background(), inputs) {
		if w := (*Warning)(nil); errors.As(err, &w) {
			got = append(got, w.Error())
		}
	}
	return got
}

// dump writes docs and failures as they come, one block each, for golden files.
func dump(r *Reader, inputs ...string) string {
	var b strings.Builder
	for d, err := range r.Docs(context.Background(), inputs) {
		if w := (*Warning)(nil); errors.As(err, &w) {
			fmt.Fprintf(&b, "NOTE %v\n\n", err)
			continue
		}
		if err != nil {
			fmt.Fprintf(&b, "FAIL %v\n\n", err)
			continue
		}
		fmt.Fprintf(&b, "ref: %s\n", d.Ref)
		for _, f := range []struct{ k, v string }{
			{"id", d.ID}, {"url", d.URL}, {"source", d.Source}, {"title", d.Title},
			{"byline", d.Byline}, {"lang", d.Lang},
		} {
			if f.v != "" {
				fmt.Fprintf(&b, "%s: %s\n", f.k, f.v)
			}
		}
		if !d.Published.IsZero() {
			fmt.Fprintf(&b, "published: %s\n", d.Published.Format(time.RFC3339))
		}
		fmt.Fprintf(&b, "format: %s partial: %v input: %s\n", d.Format, d.Partial, d.Input)
		body := strings.Join(strings.Fields(string(d.Body)), " ")
		if len(body) > 70 {
			body = body[:70] + "..."
		}
		sum := sha256.Sum256(d.Raw)
		fmt.Fprintf(&b, "body: %q (%d bytes)\nraw: %d bytes sha256 %s\n", body, len(d.Body), len(d.Raw), hex.EncodeToString(sum[:8]))
		if d.Extra != nil {
			extra, _ := json.Marshal(d.Extra) // sorted keys
			fmt.Fprintf(&b, "extra: %s\n", extra)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestGolden reads every fixture folder and compares the whole output with a
// golden file; run with -update to rewrite them.
func TestGolden(t *testing.T) {
	for _, dir := range []string{"tree", "bad", "sniff"} {
		t.Run(dir, func(t *testing.T) {
			got := dump(NewReader(Options{}), filepath.Join("testdata", dir))
			if dir == "sniff" {
				// Files of unknown extensions are read only when named.
				names, err := os.ReadDir(filepath.Join("testdata", dir))
				if err != nil {
					t.Fatal(err)
				}
				var inputs []string
				for _, n := range names {
					inputs = append(inputs, filepath.Join("testdata", dir, n.Name()))
				}
				got = dump(NewReader(Options{}), inputs...)
			}
			golden := filepath.Join("testdata", dir+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (run go test -update and review the diff)\ngot:\n%s", golden, got)
			}
		})
	}
}

func TestInputs(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		wantRefs  []string
		wantFails []string
	}{
		{
			name:  "folder walked in lexical order, hidden and unknown files skipped",
			input: "testdata/tree",
			wantRefs: []string{
				"testdata/tree/a-bridge.txt", "testdata/tree/b-library.md", "testdata/tree/c-ferry.html",
				"nw-2031-0417-01", "1042",
				"hl-1", "https://valley-courier.example/library", "testdata/tree/e-wire.jsonl#5", "gz-8",
				"ledger-2031-0302-bridge", "https://harbourton-ledger.example/2031/03/tug-name", "testdata/tree/feeds/harbour.rss#3",
				"tag:valley-courier.example,2031:rail-strike", "tag:valley-courier.example,2031:cycle-lane",
				"nw-2031-0419-ferry", "nw-2031-0420-weather", "nw-2031-0420-summary",
				"testdata/tree/single.json",
			},
			wantFails: []string{
				"testdata/tree/d-wire.json#3: empty article (no text, html or title)",
				"testdata/tree/d-wire.json#4: want a JSON object, got string",
				"testdata/tree/e-wire.jsonl:3: malformed JSON: unexpected end of JSON input",
				"testdata/tree/e-wire.jsonl:6: empty article (no text, html or title)",
			},
		},
		{name: "path cleaned", input: "testdata/./tree/../tree/a-bridge.txt", wantRefs: []string{"testdata/tree/a-bridge.txt"}},
		{name: "hidden file named directly", input: "testdata/tree/.hidden.md", wantRefs: []string{"testdata/tree/.hidden.md"}},
		{name: "unknown extension named directly is sniffed", input: "testdata/tree/notes.csv", wantRefs: []string{"testdata/tree/notes.csv"}},
		{name: "binary", input: "testdata/bad/binary.txt", wantFails: []string{"testdata/bad/binary.txt: binary file (NUL byte at offset 4)"}},
		{name: "not UTF-8: detected", input: "testdata/bad/latin1.txt", wantRefs: []string{"testdata/bad/latin1.txt"}},
		{name: "empty", input: "testdata/bad/empty.md", wantFails: []string{"testdata/bad/empty.md: empty file"}},
		{name: "blank", input: "testdata/bad/blank.txt", wantFails: []string{"testdata/bad/blank.txt: empty file"}},
		{name: "malformed feed", input: "testdata/bad/broken.rss", wantFails: []string{"testdata/bad/broken.rss: malformed feed: XML syntax error on line 8: unexpected EOF"}},
		{name: "missing", input: "testdata/nope.txt", wantFails: []string{"testdata/nope.txt: no such file or directory"}},
		{name: "missing folder", input: "testdata/nope/", wantFails: []string{"testdata/nope: no such file or directory"}},
		{name: "feed sniffed", input: "testdata/sniff/harbour-feed", wantRefs: []string{
			"ledger-2031-0302-bridge", "https://harbourton-ledger.example/2031/03/tug-name", "testdata/sniff/harbour-feed#3",
		}},
		{name: "JSONL sniffed", input: "testdata/sniff/wire-lines", wantRefs: []string{
			"hl-1", "https://valley-courier.example/library", "testdata/sniff/wire-lines#5", "gz-8",
		}, wantFails: []string{
			"testdata/sniff/wire-lines:3: malformed JSON: unexpected end of JSON input",
			"testdata/sniff/wire-lines:6: empty article (no text, html or title)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, fails := collect(t, NewReader(Options{}), tt.input)
			var gotRefs, gotFails []string
			for _, d := range docs {
				gotRefs = append(gotRefs, d.Ref)
				if d.Input != tt.input {
					t.Errorf("%s: Input = %q, want %q", d.Ref, d.Input, tt.input)
				}
			}
			for _, f := range fails {
				gotFails = append(gotFails, f.Error())
			}
			if !slices.Equal(gotRefs, tt.wantRefs) {
				t.Errorf("refs:\ngot  %q\nwant %q", gotRefs, tt.wantRefs)
			}
			if !slices.Equal(gotFails, tt.wantFails) {
				t.Errorf("failures:\ngot  %q\nwant %q", gotFails, tt.wantFails)
			}
		})
	}
}

// docByRef returns the doc with ref, failing the test when there is none.
func docByRef(t *testing.T, docs []Doc, ref string) Doc {
	t.Helper()
	for _, d := range docs {
		if d.Ref == ref {
			return d
		}
	}
	t.Fatalf("no doc with ref %q", ref)
	return Doc{}
}

func TestFields(t *testing.T) {
	docs, _ := collect(t, NewReader(Options{}), "testdata/tree")
	ts := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		ref string
		got func(Doc) any
		// want is compared with fmt's %v.
		want any
	}{
		{"testdata/tree/c-ferry.html", func(d Doc) any { return d.URL }, "https://northgate-wire.example/2031/04/night-ferry-saltholm"},
		{"testdata/tree/c-ferry.html", func(d Doc) any { return d.Format }, "html"},
		{"testdata/tree/a-bridge.txt", func(d Doc) any { return d.Format }, "text"},
		{"nw-2031-0417-01", func(d Doc) any { return d.Byline }, "Mireille Dufort"},
		{"nw-2031-0417-01", func(d Doc) any { return d.Extra }, map[string]any{"event": "rail-strike", "story": "northgate-rail"}},
		{"nw-2031-0417-01", func(d Doc) any { return d.Published }, ts("2031-04-17T06:30:00Z")},
		{"1042", func(d Doc) any { return d.ID }, "1042"},
		{"1042", func(d Doc) any { return d.Published }, ts("2031-04-17T00:00:00Z")},
		{"1042", func(d Doc) any { return d.Format }, "html"},
		{"1042", func(d Doc) any { return d.Extra["priority"] }, json.Number("2")},
		{"1042", func(d Doc) any { return d.Extra["tags"] }, []any{"transport", "strike"}},
		{"hl-1", func(d Doc) any { return d.Byline }, "Odile Franck, Ivo Marsh"},
		{"hl-1", func(d Doc) any { return string(d.Raw) }, strings.Split(readFile(t, "testdata/tree/e-wire.jsonl"), "\n")[0]},
		{"https://valley-courier.example/library", func(d Doc) any { return d.Published }, ts("2031-03-08T10:00:00Z")},
		{"testdata/tree/e-wire.jsonl#5", func(d Doc) any { return d.Published.IsZero() }, true},
		{"testdata/tree/e-wire.jsonl#5", func(d Doc) any { return d.Extra }, map[string]any{"published_raw": "sometime last spring", "score": json.Number("0.75")}},
		{"gz-8", func(d Doc) any { return d.Published }, ts("2031-03-09T18:00:00+01:00")},
		{"ledger-2031-0302-bridge", func(d Doc) any { return d.Partial }, false},
		{"ledger-2031-0302-bridge", func(d Doc) any { return d.Source }, "The Harbourton Ledger"},
		{"ledger-2031-0302-bridge", func(d Doc) any { return d.Byline }, "Ivo Marsh"},
		{"ledger-2031-0302-bridge", func(d Doc) any { return d.Lang }, "en-gb"},
		{"ledger-2031-0302-bridge", func(d Doc) any { return strings.HasPrefix(string(d.Body), "<p>The Eel Street swing bridge") }, true},
		{"https://harbourton-ledger.example/2031/03/tug-name", func(d Doc) any { return d.Partial }, true},
		{"https://harbourton-ledger.example/2031/03/tug-name", func(d Doc) any { return string(d.Body) }, "<p>The new tug will carry the name of Wilma Oosterhout.</p>"},
		{"tag:valley-courier.example,2031:rail-strike", func(d Doc) any { return d.Partial }, false},
		{"tag:valley-courier.example,2031:rail-strike", func(d Doc) any { return d.Published }, ts("2031-04-17T06:00:00Z")},
		{"tag:valley-courier.example,2031:cycle-lane", func(d Doc) any { return d.Partial }, true},
		{"tag:valley-courier.example,2031:cycle-lane", func(d Doc) any { return d.Byline }, "Bram Kessel, Lotte Vink"},
		{"tag:valley-courier.example,2031:cycle-lane", func(d Doc) any { return d.Published }, ts("2031-03-10T07:00:00Z")},
		{"nw-2031-0419-ferry", func(d Doc) any { return d.Format }, "html"},
		{"nw-2031-0419-ferry", func(d Doc) any { return d.Lang }, "en"},
		{"nw-2031-0420-weather", func(d Doc) any { return d.Format }, "text"},
		{"nw-2031-0420-weather", func(d Doc) any { return d.Lang }, "en-GB"},
		{"nw-2031-0420-weather", func(d Doc) any { return strings.Contains(string(d.Raw), `"content_text"`) }, true},
		{"nw-2031-0420-summary", func(d Doc) any { return d.Partial }, true},
		{"testdata/tree/single.json", func(d Doc) any { return d.Published }, ts("2031-03-09T00:00:00Z")},
		{"testdata/tree/single.json", func(d Doc) any { return string(d.Raw) }, readFile(t, "testdata/tree/single.json")},
	}
	for _, tt := range tests {
		d := docByRef(t, docs, tt.ref)
		if got := tt.got(d); fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", tt.want) {
			t.Errorf("%s: got %#v, want %#v", tt.ref, got, tt.want)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestJSONArticles(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		wantErr  string
		wantDoc  func(Doc) string // "" when right
		wantRef  string
		wantBody string
	}{
		{name: "text wins over html", line: `{"id":"x","text":"plain","html":"<p>rich</p>"}`, wantRef: "x", wantBody: "plain",
			wantDoc: func(d Doc) string {
				if d.Format != "text" || d.Extra["html"] != "<p>rich</p>" {
					return fmt.Sprintf("format %q extra %v", d.Format, d.Extra)
				}
				return ""
			}},
		{name: "title only", line: `{"title":"Only a headline"}`, wantRef: "in.jsonl#1", wantBody: ""},
		{name: "url as ref", line: `{"url":"https://x.example/a","text":"t"}`, wantRef: "https://x.example/a", wantBody: "t"},
		{name: "both date aliases", line: `{"id":"d","text":"t","published":"2031-01-02","date":"2031-01-03"}`, wantRef: "d", wantBody: "t",
			wantDoc: func(d Doc) string {
				if d.Published.Format("2006-01-02") != "2031-01-02" || d.Extra["date"] != "2031-01-03" {
					return fmt.Sprintf("published %v extra %v", d.Published, d.Extra)
				}
				return ""
			}},
		{name: "numeric published kept raw", line: `{"id":"n","text":"t","published":1900000000}`, wantRef: "n", wantBody: "t",
			wantDoc: func(d Doc) string {
				if !d.Published.IsZero() || d.Extra["published_raw"] != "1900000000" {
					return fmt.Sprintf("published %v extra %v", d.Published, d.Extra)
				}
				return ""
			}},
		{name: "author objects", line: `{"id":"a","text":"t","author":[{"name":"Ana Brook"},{"name":" Cy Dale "}]}`, wantRef: "a", wantBody: "t",
			wantDoc: func(d Doc) string {
				if d.Byline != "Ana Brook, Cy Dale" {
					return "byline " + d.Byline
				}
				return ""
			}},
		{name: "null fields", line: `{"id":null,"title":null,"text":"t","published":null}`, wantRef: "in.jsonl#1", wantBody: "t"},
		{name: "wrong type", line: `{"title":42,"text":"t"}`, wantErr: `in.jsonl:1: field "title": want a string, got number`},
		{name: "wrong id type", line: `{"id":{"a":1},"text":"t"}`, wantErr: `in.jsonl:1: field "id": want a string or a number, got object`},
		{name: "array line", line: `[1,2]`, wantErr: `in.jsonl:1: want a JSON object, got array`},
		{name: "trailing garbage", line: `{"text":"t"} x`, wantErr: `in.jsonl:1: malformed JSON: invalid character 'x' after top-level value`},
		{name: "bad syntax", line: `{"text":}`, wantErr: `in.jsonl:1: malformed JSON: invalid character '}' looking for beginning of value`},
		{name: "empty object", line: `{}`, wantErr: `in.jsonl:1: empty article (no text, html or title)`},
		{name: "invalid UTF-8", line: "{\"text\":\"caf\xe9\"}", wantErr: `in.jsonl:1: invalid UTF-8 at byte offset 12`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "in.jsonl")
			if err := os.WriteFile(path, []byte(tt.line+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			r := NewReader(Options{})
			var got []string
			for d, err := range r.Docs(context.Background(), []string{path}) {
				if err != nil {
					got = append(got, strings.ReplaceAll(err.Error(), filepath.ToSlash(filepath.Dir(path))+"/", ""))
					continue
				}
				if ref := strings.ReplaceAll(d.Ref, filepath.ToSlash(filepath.Dir(path))+"/", ""); ref != tt.wantRef {
					t.Errorf("Ref = %q, want %q", ref, tt.wantRef)
				}
				if string(d.Body) != tt.wantBody {
					t.Errorf("Body = %q, want %q", d.Body, tt.wantBody)
				}
				if string(d.Raw) != tt.line {
					t.Errorf("Raw = %q, want the line %q", d.Raw, tt.line)
				}
				if tt.wantDoc != nil {
					if msg := tt.wantDoc(d); msg != "" {
						t.Error(msg)
					}
				}
			}
			if tt.wantErr == "" && len(got) > 0 {
				t.Errorf("got failures %q, want none", got)
			}
			if tt.wantErr != "" && !slices.Equal(got, []string{tt.wantErr}) {
				t.Errorf("got failures %q, want %q", got, tt.wantErr)
			}
		})
	}
}

func TestJSONSyntaxErrorLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(path, []byte("[\n  {\"text\": \"a\"},\n  {\"text\": \"b\",,}\n]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, fails := collect(t, NewReader(Options{}), path)
	if len(fails) != 1 || fails[0].Line != 3 || !strings.Contains(fails[0].Error(), "malformed JSON: invalid character ','") {
		t.Errorf("got %v, want one malformed JSON failure on line 3", fails)
	}
}

func TestStdin(t *testing.T) {
	in := "{\"id\":\"s1\",\"text\":\"one\"}\r\n\n{\"text\":\"two\"}\nnot json\n{\"text\":\"four, no newline\"}"
	r := NewReader(Options{Stdin: strings.NewReader(in)})
	var got []string
	for d, err := range r.Docs(context.Background(), []string{"-"}) {
		if err != nil {
			got = append(got, "FAIL "+err.Error())
			continue
		}
		got = append(got, d.Ref+" "+string(d.Raw)+" input="+d.Input)
	}
	want := []string{
		`s1 {"id":"s1","text":"one"} input=-`,
		`stdin#3 {"text":"two"} input=-`,
		`FAIL stdin:4: malformed JSON: invalid character 'o' in literal null (expecting 'u')`,
		`stdin#5 {"text":"four, no newline"} input=-`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}

	_, fails := collect(t, NewReader(Options{}), "-")
	if len(fails) != 1 || fails[0].Error() != "stdin: no standard input" {
		t.Errorf("without Stdin: got %v, want one failure", fails)
	}
}

func TestLineTooLong(t *testing.T) {
	long := `{"text":"` + strings.Repeat("x", 300) + `"}`
	in := `{"text":"short"}` + "\n" + long + "\n" + `{"text":"after"}` + "\n" + long
	r := NewReader(Options{Stdin: strings.NewReader(in), MaxItemBytes: 100})
	var got []string
	for d, err := range r.Docs(context.Background(), []string{"-"}) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, string(d.Body))
	}
	want := []string{"short", "stdin:2: line too long (over 100 B)", "after", "stdin:4: line too long (over 100 B)"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: no 100 MB is written, and ingest must not read it.
	if err := f.Truncate(100_000_000); err != nil {
		t.Fatal(err)
	}
	f.Close()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("A small article after the big one."), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, fails := collect(t, NewReader(Options{}), big, small)
	wantFail := filepath.ToSlash(big) + ": file too large (100 MB > 32 MiB)"
	if len(fails) != 1 || fails[0].Error() != wantFail {
		t.Errorf("failures = %v, want %q", fails, wantFail)
	}
	if len(docs) != 1 || docs[0].Ref != filepath.ToSlash(small) {
		t.Errorf("docs = %v, want the small file", docs)
	}
	// Also through a folder, and with a smaller limit.
	_, fails = collect(t, NewReader(Options{MaxItemBytes: 10}), dir)
	want := []string{
		filepath.ToSlash(big) + ": file too large (100 MB > 10 B)",
		filepath.ToSlash(small) + ": file too large (34 B > 10 B)",
	}
	var got []string
	for _, f := range fails {
		got = append(got, f.Error())
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDeterministic(t *testing.T) {
	first, _ := collect(t, NewReader(Options{}), "testdata/tree")
	second, _ := collect(t, NewReader(Options{}), "testdata/tree")
	if len(first) != len(second) || len(first) == 0 {
		t.Fatalf("got %d then %d docs", len(first), len(second))
	}
	for i := range first {
		if first[i].Ref != second[i].Ref || !bytes.Equal(first[i].Raw, second[i].Raw) {
			t.Errorf("doc %d: %s raw %q, then %s raw %q", i, first[i].Ref, first[i].Raw, second[i].Ref, second[i].Raw)
		}
		if len(first[i].Raw) == 0 {
			t.Errorf("doc %s: empty Raw", first[i].Ref)
		}
	}
}

func TestStopEarly(t *testing.T) {
	r := NewReader(Options{})
	n := 0
	for range r.Docs(context.Background(), []string{"testdata/tree", "testdata/bad"}) {
		n++
		if n == 4 {
			break
		}
	}
	if n != 4 {
		t.Errorf("got %d docs, want to stop at 4", n)
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var got []string
	for _, err := range NewReader(Options{}).Docs(ctx, []string{"testdata/tree/a-bridge.txt", "testdata/tree"}) {
		got = append(got, fmt.Sprint(err))
	}
	want := []string{"testdata/tree/a-bridge.txt: context canceled"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFailureError(t *testing.T) {
	tests := []struct {
		f    *Failure
		want string
	}{
		{&Failure{Input: "data.jsonl", Line: 7, Err: errors.New("malformed JSON: unexpected end of JSON input")}, "data.jsonl:7: malformed JSON: unexpected end of JSON input"},
		{&Failure{Input: "https://x.example/a", Err: errors.New("HTTP 404 Not Found")}, "https://x.example/a: HTTP 404 Not Found"},
	}
	for _, tt := range tests {
		if got := tt.f.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
		if got := copydesk.ErrorCode(fmt.Errorf("ingest: %w", tt.f)); got != copydesk.EInvalid {
			t.Errorf("ErrorCode = %q, want %q", got, copydesk.EInvalid)
		}
	}
}

func TestSizeString(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 B"}, {999, "999 B"}, {1024, "1 KiB"}, {1500, "1.5 kB"}, {32 << 20, "32 MiB"},
		{100_000_000, "100 MB"}, {1 << 30, "1 GiB"}, {2_500_000_000, "2.5 GB"},
	}
	for _, tt := range tests {
		if got := sizeString(tt.n); got != tt.want {
			t.Errorf("sizeString(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		page, want string
	}{
		{`<html><head><link rel="canonical" href="https://a.example/x"></head></html>`, "https://a.example/x"},
		{`<head><LINK REL="Canonical alternate" HREF=" https://a.example/y "/>`, "https://a.example/y"},
		{`<head><meta property="og:url" content="https://a.example/og"><link rel=canonical href="/relative">`, "https://a.example/og"},
		{`<head><meta property="og:url" content="https://a.example/og"><link rel=canonical href="https://a.example/c">`, "https://a.example/c"},
		{`<head></head><body><link rel="canonical" href="https://a.example/late">`, ""},
		{`<p>no head at all`, ""},
		{`<head><link rel="canonical" href="javascript:alert(1)">`, ""},
	}
	for _, tt := range tests {
		if got := canonicalURL([]byte(tt.page)); got != tt.want {
			t.Errorf("canonicalURL(%q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestDeclaredCharset(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"latin1.html": "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9</p></body></html>",
		"bad.html":    "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xe9</p></body></html>",
		"latin1.rss": "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9 Gazette</title>" +
			"<item><title>Caf\xe9 reopens</title><description>Dry again.</description></item></channel></rss>",
	}
	var inputs []string
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, path)
	}
	slices.Sort(inputs)
	r := NewReader(Options{})
	docs, fails := collect(t, r, inputs...)
	if len(fails) != 0 {
		t.Errorf("failures = %v, want none", fails)
	}
	if got := notes(r, inputs...); len(got) != 1 || !strings.HasSuffix(got[0], "bad.html: read as UTF-8 (its meta tag): 1 invalid byte replaced (the first at byte offset 53)") {
		t.Errorf("notes = %q, want one for bad.html's stray byte", got)
	}
	if len(docs) != 3 {
		t.Fatalf("got %d docs, want 3", len(docs))
	}
	if got := string(docs[0].Body); !strings.Contains(got, "Caf\uFFFD</p>") {
		t.Errorf("bad.html body %q, want the stray byte replaced", got)
	}
	if got := string(docs[1].Body); !strings.Contains(got, "Café</p>") {
		t.Errorf("latin1.html body %q, want it decoded", got)
	}
	if docs[2].Title != "Café reopens" || docs[2].Source != "Café Gazette" {
		t.Errorf("feed item: title %q source %q, want them decoded from ISO-8859-1", docs[2].Title, docs[2].Source)
	}
}

// encode writes s, our own text, in a legacy charset.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestCharsets(t *testing.T) {
	// Invented sentences, each in the language its charset serves.
	const (
		french  = "Le café du port de Kerlouan rouvre après l'inondation. « Nous avons tout séché », a déclaré la gérante, Hélène Quéré."
		russian = "Паромная переправа в Заречье снова работает после ремонта причала. Капитан Ольга Смирнова сказала, что первый рейс прошёл спокойно."
		nihongo = "港町の図書館が改装を終えて再開した。館長の山田花子さんは「子どもたちの声が戻ってきた」と話した。"
		chinese = "河谷镇的新桥今天通车。镇长李明说，这座桥将缩短居民去市场的路程。"
	)
	filler := "<p>" + strings.Repeat("Menu item. ", 150) + "</p>" // pushes a meta tag past the first KiB
	tests := []struct {
		name        string
		file        string // the extension tells the kind
		data        []byte
		contentType string // a fetched page's charset
		want        string // in the body
		wantNote    string // "" for none
	}{
		{name: "windows-1252 meta past the first KiB", file: "a.html",
			data: append(append([]byte("<html><head><title>Port</title>"+filler), "<meta charset=\"windows-1252\"></head><body><p>"...), append(encode(t, charmap.Windows1252, french), "</p></body></html>"...)...),
			want: french},
		{name: "ISO-8859-5 http-equiv meta", file: "b.html",
			data: append([]byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-5\"></head><body><p>"), append(encode(t, charmap.ISO8859_5, russian), "</p></body></html>"...)...),
			want: russian},
		{name: "Shift_JIS from the Content-Type", file: "c.html", contentType: "Shift_JIS",
			data: append([]byte("<html><body><p>"), append(encode(t, japanese.ShiftJIS, nihongo), "</p></body></html>"...)...),
			want: nihongo},
		{name: "Content-Type wins over the meta", file: "d.html", contentType: "koi8-r",
			data: append([]byte("<html><head><meta charset=\"windows-1251\"></head><body><p>"), append(encode(t, charmap.KOI8R, russian), "</p></body></html>"...)...),
			want: russian},
		{name: "UTF-16 byte order mark", file: "e.txt",
			data: encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), russian),
			want: russian},
		{name: "UTF-8 byte order mark", file: "f.txt", data: append(append([]byte{}, utf8BOM...), russian...), want: russian},
		{name: "stray bytes in a UTF-8 page", file: "g.html",
			data: []byte("<html><head><meta charset=\"utf-8\"></head><body><p>" + french + "\x93 and \xff.</p></body></html>"),
			want: "Hélène Quéré.\uFFFD and \uFFFD.", wantNote: "g.html: read as UTF-8 (its meta tag): 2 invalid bytes replaced (the first at byte offset 180)"},
		{name: "stray bytes in an undeclared UTF-8 text", file: "h.txt",
			data: []byte(french + " \xe9t\xe9"),
			want: "Quéré. \uFFFDt\uFFFD", wantNote: "h.txt: read as UTF-8 (detected): 2 invalid bytes replaced (the first at byte offset 131)"},
		{name: "windows-1252 detected", file: "i.txt", data: encode(t, charmap.Windows1252, french),
			want: french, wantNote: "i.txt: not UTF-8 and no charset declared: read as windows-1252 (detected)"},
		{name: "windows-1251 detected", file: "j.html", data: append([]byte("<p>"), encode(t, charmap.Windows1251, russian)...),
			want: russian, wantNote: "j.html: not UTF-8 and no charset declared: read as windows-1251 (detected)"},
		{name: "ISO-8859-5 detected", file: "k.txt", data: encode(t, charmap.ISO8859_5, russian),
			want: russian, wantNote: "k.txt: not UTF-8 and no charset declared: read as iso-8859-5 (detected)"},
		{name: "KOI8-R detected", file: "l.txt", data: encode(t, charmap.KOI8R, russian),
			want: russian, wantNote: "l.txt: not UTF-8 and no charset declared: read as koi8-r (detected)"},
		{name: "Shift_JIS detected", file: "m.txt", data: encode(t, japanese.ShiftJIS, nihongo),
			want: nihongo, wantNote: "m.txt: not UTF-8 and no charset declared: read as shift_jis (detected)"},
		{name: "EUC-JP detected", file: "n.txt", data: encode(t, japanese.EUCJP, nihongo),
			want: nihongo, wantNote: "n.txt: not UTF-8 and no charset declared: read as euc-jp (detected)"},
		{name: "GBK detected", file: "o.txt", data: encode(t, simplifiedchinese.GBK, chinese),
			want: chinese, wantNote: "o.txt: not UTF-8 and no charset declared: read as gbk (detected)"},
		{name: "unknown label: detected", file: "p.html",
			data: append([]byte("<meta charset=\"x-no-such\"><p>"), encode(t, charmap.Windows1252, french)...),
			want: french, wantNote: "p.html: not UTF-8 and no charset declared: read as windows-1252 (detected)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := source{name: tt.file, input: tt.file, noun: "file", data: tt.data, charset: tt.contentType}
			s.kind, _ = kindOfExt(tt.file)
			var docs []Doc
			var got []string
			NewReader(Options{}).content(s, func(d Doc, err error) bool {
				if w := (*Warning)(nil); errors.As(err, &w) {
					got = append(got, w.Error())
				} else if err != nil {
					t.Errorf("failure %v", err)
				} else {
					docs = append(docs, d)
				}
				return true
			})
			if len(docs) != 1 {
				t.Fatalf("got %d docs, want 1", len(docs))
			}
			if !strings.Contains(string(docs[0].Body), tt.want) {
				t.Errorf("body %q, want it to hold %q", docs[0].Body, tt.want)
			}
			if !bytes.Equal(docs[0].Raw, tt.data) {
				t.Errorf("Raw is not the input as read")
			}
			var want []string
			if tt.wantNote != "" {
				want = []string{tt.wantNote}
			}
			if !slices.Equal(got, want) {
				t.Errorf("notes %q, want %q", got, want)
			}
		})
	}
}

func TestUnquote(t *testing.T) {
	for _, in := range []string{
		`""`, `"plain"`, `"two\n\nparagraphs"`, `"a \"quote\" and a \\ and a \/"`, `"tab\tcr\r"`,
		`"\u00e9t\u00e9"`, `"\ud83d\ude00"`, `"\b\f"`, `"ends with \\"`, "\"caf\xe9\"",
	} {
		var want string
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		got, err := stringField("k", json.RawMessage(in))
		if err != nil || got != want {
			t.Errorf("stringField(%s) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// cancelAfter is a reader that cancels a context once it has been read.
type cancelAfter struct {
	r      *strings.Reader
	cancel context.CancelFunc
}

func (c cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.cancel()
	return n, err
}

func TestStdinCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The first read returns whole lines; the next one sees the cancellation.
	in := cancelAfter{strings.NewReader("{\"text\":\"one\"}\n{\"text\":\"two\"}\n"), cancel}
	r := NewReader(Options{Stdin: in})
	var got []string
	for d, err := range r.Docs(ctx, []string{"-", "testdata/tree/a-bridge.txt"}) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, string(d.Body))
	}
	want := []string{"one", "two", "stdin:3: context canceled", "testdata/tree/a-bridge.txt: context canceled"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// sharedDir returns the shared/ folder next to the repository, walking up
// from the working directory, or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := corpus.SharedDir()
	if dir == "" {
		t.Skip("no shared/ folder above the working directory")
	}
	return dir
}

// TestSeeds reads the real articles of shared/seeds: each is one text Doc
// whose Raw is the file.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skip(err)
	}
	docs, fails := collect(t, NewReader(Options{}), dir)
	if len(fails) != 0 {
		t.Errorf("failures: %v", fails)
	}
	if len(docs) != len(entries) {
		t.Fatalf("got %d docs, want %d", len(docs), len(entries))
	}
	for _, d := range docs {
		raw, err := os.ReadFile(d.Ref)
		if err != nil {
			t.Fatal(err)
		}
		if d.Format != "text" || !bytes.Equal(d.Raw, raw) || len(d.Body) == 0 {
			t.Errorf("%s: format %q, raw %d bytes of %d, body %d bytes", d.Ref, d.Format, len(d.Raw), len(raw), len(d.Body))
		}
	}
}

// TestFolderNotArticles checks that in a folder the files that come with a
// corpus (a README, a licence, a JSON object of labels) are noted as not
// articles, while a broken article still fails and a named file is read.
func TestFolderNotArticles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"README.md":      "# The corpus\n\nHow it was made.\n",
		"LICENSE.txt":    "Permission is granted.\n",
		"labels.json":    `{"stories": [{"name": "dam", "articles": ["a"]}]}`,
		"empty.json":     `{"id": "e", "text": ""}`,
		"a.txt":          "Dam holds after storm\n\nThe Tarnhollow dam held through the night, engineers said.\n",
		"sub/readme.txt": "notes\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for d, err := range NewReader(Options{}).Docs(context.Background(), []string{dir}) {
		var na *NotArticle
		switch {
		case errors.As(err, &na):
			got = append(got, "note "+filepath.Base(na.Input))
		case err != nil:
			got = append(got, "fail "+err.Error()[len(dir)+1:])
		default:
			got = append(got, "doc "+filepath.Base(d.Ref))
		}
	}
	want := []string{"note LICENSE.txt", "note README.md", "doc a.txt", "fail empty.json: empty article (no text, html or title)", "note labels.json", "note readme.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// Named on its own, a file is read whatever its name.
	for _, err := range NewReader(Options{}).Docs(context.Background(), []string{filepath.Join(dir, "README.md")}) {
		if err != nil {
			t.Errorf("README.md named as an input: %v", err)
		}
	}
}
