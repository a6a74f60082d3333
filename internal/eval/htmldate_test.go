package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// htmldateFolders are the folders of go-htmldate's test-files whose pages
// testdata/facts/htmldate chooses from.
var htmldateFolders = []string{"mediacloud", "comparison"}

// htmldateMinWords is the least number of words (runs of non-space) the
// extracted text of a chosen page has.
const htmldateMinWords = 150

// htmldateChoice computes the choice of testdata/facts/htmldate/README.md
// from the pages: the files of both folders of dir (go-htmldate's
// test-files) whose file name is not a page of trafilatura (go-trafilatura's
// test-files/comparison, the web labels' source), whose text extracted as
// the evaluation extracts it (webArticles) is English by the pipeline's
// language detection and has at least htmldateMinWords words, as
// "FOLDER/NAME", ordered by the hex sha256 of that name.
func htmldateChoice(t *testing.T, dir, trafilatura string) []string {
	t.Helper()
	all := map[string]bool{}
	for _, folder := range htmldateFolders {
		entries, err := os.ReadDir(filepath.Join(dir, folder))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.Type().IsRegular() {
				continue
			}
			if _, err := os.Stat(filepath.Join(trafilatura, e.Name())); err == nil {
				continue
			}
			all[folder+"/"+e.Name()] = true
		}
	}
	var out []string
	for n := range all {
		// One page at a time: a page that gives no article (no text the
		// extraction keeps) is no candidate, and does not stop the rest.
		arts, err := webArticles(dir, map[string]bool{n: true})
		if err != nil {
			continue
		}
		if a := arts[n]; a.Lang == "en" && len(strings.Fields(a.Text)) >= htmldateMinWords {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return sha256Hex(out[i]) < sha256Hex(out[j]) })
	return out
}

// sha256Hex is the hex sha256 of s.
func sha256Hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// readHtmldateChoice reads choice.txt: lines "PART NAME" in the choice's
// order, "#" lines are comments.
func readHtmldateChoice(t *testing.T, name string) (names, parts []string) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			t.Fatalf("%s:%d: want PART NAME, not %q", name, i+1, line)
		}
		parts, names = append(parts, f[0]), append(names, f[1])
	}
	return names, parts
}

// TestHtmldateChoice: testdata/facts/htmldate/choice.txt is the choice its
// README fixes, computed again from go-htmldate's pages (htmldateChoice),
// and its parts alternate from heldout (position 0, 2, 4 ... held out, 1, 3,
// 5 ... tune). It needs both modules' pages and skips without them.
func TestHtmldateChoice(t *testing.T) {
	const labels = "../../testdata/facts/htmldate"
	names, parts := readHtmldateChoice(t, filepath.Join(labels, "choice.txt"))
	for i, p := range parts {
		want := "heldout"
		if i%2 == 1 {
			want = "tune"
		}
		if p != want {
			t.Errorf("choice.txt: position %d (%s) is %s, want %s", i, names[i], p, want)
		}
	}
	dir, want, ok, err := corpus.LabelsPages(labels)
	if err != nil || !ok {
		t.Fatalf("%s: module.txt: ok %v err %v", labels, ok, err)
	}
	if dir == "" {
		t.Skipf("no %s", want)
	}
	trafilatura, want, ok, err := corpus.LabelsPages("../../testdata/facts/web")
	if err != nil || !ok {
		t.Fatalf("web labels' module.txt: ok %v err %v", ok, err)
	}
	if trafilatura == "" {
		t.Skipf("no %s", want)
	}
	got := htmldateChoice(t, dir, trafilatura)
	if !slices.Equal(got, names) {
		t.Errorf("choice.txt holds %d pages, the pages give %d:\n%s", len(names), len(got), strings.Join(got, "\n"))
	}
}
