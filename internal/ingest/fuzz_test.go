package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// addSeeds adds the given fixture files, and each of their lines, as seeds.
func addSeeds(f *testing.F, lines bool, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		if lines {
			for _, l := range bytes.Split(b, []byte("\n")) {
				f.Add(l)
			}
		}
	}
}

// checkYield returns a yield function that fails t on a Doc or a Failure
// breaking the package's promises.
func checkYield(t *testing.T, data []byte, rawInData bool) yieldFunc {
	return func(d Doc, err error) bool {
		if w, ok := err.(*Warning); ok {
			// A note on the item that follows (a charset detected).
			if w.Input == "" || strings.ContainsAny(w.Error(), "\r\n") {
				t.Fatalf("Warning %q: want one line naming its input", w.Error())
			}
			return true
		}
		if err != nil {
			f, ok := err.(*Failure)
			if !ok || f.Input == "" {
				t.Fatalf("yielded %T %v, want a *Failure naming its input", err, err)
			}
			if msg := f.Error(); strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("Failure message on more than one line: %q", msg)
			}
			return true
		}
		if d.Ref == "" {
			t.Fatalf("doc without Ref: %+v", d)
		}
		if d.Format != "text" && d.Format != "html" {
			t.Fatalf("doc %s: Format %q", d.Ref, d.Format)
		}
		if len(d.Raw) == 0 {
			t.Fatalf("doc %s: empty Raw", d.Ref)
		}
		if rawInData && !bytes.Contains(data, d.Raw) {
			t.Fatalf("doc %s: Raw %q is not part of the input", d.Ref, d.Raw)
		}
		return true
	}
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, true, "testdata/tree/e-wire.jsonl", "testdata/tree/d-wire.json", "testdata/tree/single.json")
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"bom\"}\r\n{\"id\":7,\"title\":\"t\",\"author\":[{\"name\":\"a\"}]}"))
	r := NewReader(Options{MaxBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, data []byte) {
		r.jsonl("f.jsonl", "f.jsonl", bytes.NewReader(data), checkYield(t, data, true))
		// The same bytes as a .json file: object, array, JSON Feed or JSONL.
		r.content(source{name: "f.json", input: "f.json", kind: kindJSON, noun: "file", data: data}, checkYield(t, data, true))
	})
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, false, "testdata/tree/feeds/harbour.rss", "testdata/tree/feeds/valley.atom",
		"testdata/tree/feeds/wire-feed.json", "testdata/bad/broken.rss")
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>x</title></item></rdf:RDF>`))
	r := NewReader(Options{MaxBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, data []byte) {
		// Raw of an RSS or Atom item is re-encoded, so not part of data.
		r.content(source{name: "f.xml", input: "f.xml", kind: kindFeed, noun: "file", data: data}, checkYield(t, data, false))
	})
}
