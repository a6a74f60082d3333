package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(pattern)
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
}

// FuzzText checks that Text never panics, returns a result or an error and
// only valid UTF-8.
func FuzzText(f *testing.F) {
	addSeeds(f, "testdata/text/*")
	f.Add([]byte("# T\n\n**By A B**\n\n[x](y) *z* _w_\n\nFeb. 7, 202302:08\n"))
	f.Add([]byte("\r\n\r\n\ufeffTitle\r\nBy\r\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := Text(raw, TextOptions{})
		if err != nil {
			return
		}
		if len(r.Paragraphs) == 0 {
			t.Fatalf("no error and no paragraphs")
		}
		checkUTF8(t, r)
		if !utf8.ValidString(r.Text()) {
			t.Fatalf("invalid UTF-8 text")
		}
	})
}

// FuzzHTML checks that HTML never panics and only returns valid UTF-8.
func FuzzHTML(f *testing.F) {
	addSeeds(f, "testdata/html/*.html")
	f.Add([]byte("<p>Caf\xe9 au lait is served in the hall every morning.</p>"))
	f.Add([]byte("<html><body><article><p>One sentence of prose here.</p></article></body></html>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := HTML(raw, "https://example.org/a")
		if err != nil {
			return
		}
		checkUTF8(t, r)
	})
}
