package server_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// The end-to-end test: the example corpus ingested by the copydesk command,
// served by this package, and read back by headless Chromium.
//
// The server's tests may not import internal/ingest (TestImportRules), so
// the corpus goes in through `copydesk add`, built from ../../cmd/copydesk.

// findBrowser returns the Chromium binary, or skips the test (fails it when
// COPYDESK_REQUIRE_BROWSER is set, as in CI).
func findBrowser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("COPYDESK_REQUIRE_BROWSER") != "" {
		t.Fatal("chromium not found, and COPYDESK_REQUIRE_BROWSER is set (apt-get install chromium)")
	}
	t.Skip("chromium not found: skipping the browser test (apt-get install chromium)")
	return ""
}

// browse runs headless Chromium with a fresh profile on args, for at most
// a minute, and returns its standard output. A browser that dies of a
// signal of its own (a crash, not the minute running out) is run once
// more with a fresh profile: on these shared machines Chromium has
// crashed taking a screenshot that the next run took, and a crash of the
// browser says nothing of the page; a second crash fails the test.
func browse(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	for try := 1; ; try++ {
		out, crashed, err := browseOnce(t, bin, args)
		if err == nil {
			return out
		}
		if crashed && try < 2 {
			t.Logf("chromium %s crashed (%v), running it once more", args[len(args)-1], err)
			continue
		}
		t.Fatalf("chromium %s: %v", strings.Join(args, " "), err)
	}
}

// browseOnce is one run of browse: its output, whether the browser died of
// a signal before the minute ran out, and an error with the end of its
// standard error.
func browseOnce(t *testing.T, bin string, args []string) ([]byte, bool, error) {
	t.Helper()
	profile, err := os.MkdirTemp("", "copydesk-chromium-")
	if err != nil {
		return nil, false, err
	}
	// Chromium's helpers may still write to the profile as it exits.
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir=" + profile}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Run(); err != nil {
		crashed := ctx.Err() == nil && cmd.ProcessState != nil && !cmd.ProcessState.Exited()
		return nil, crashed, fmt.Errorf("%v\n%s", err, tail(errb.String(), 2000))
	}
	t.Logf("chromium %s: %v", args[len(args)-1], time.Since(start).Round(time.Millisecond))
	return out.Bytes(), false, nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// exampleStore ingests ../../examples with the copydesk command into a
// fresh store and opens it.
func exampleStore(t *testing.T) *sqlite.DB {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "copydesk")
	build := exec.Command("go", "build", "-o", bin, "./cmd/copydesk")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/copydesk: %v\n%s", err, out)
	}
	entries, err := os.ReadDir(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "examples.db")
	args := []string{"--db", db, "--quiet", "add"}
	for _, e := range entries {
		if e.Name() != "README.md" && e.Name() != "expected.json" {
			args = append(args, filepath.Join("..", "..", "examples", e.Name()))
		}
	}
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("copydesk add examples: %v\n%s", err, out)
	}
	store, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func readFlipped(t *testing.T) (original, copy string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var x struct {
		Flipped struct {
			Original string `json:"original"`
			Copy     string `json:"copy"`
		} `json:"flipped"`
	}
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	return x.Flipped.Original, x.Flipped.Copy
}

// articleByKey finds the article of an expected.json key: an item id, or a
// path under examples/.
func articleByKey(t *testing.T, arts []*copydesk.Article, key string) *copydesk.Article {
	t.Helper()
	for _, a := range arts {
		if a.Ref == key || strings.HasSuffix(filepath.ToSlash(a.Ref), "examples/"+key) {
			return a
		}
	}
	t.Fatalf("no article for %q", key)
	return nil
}

func TestBrowser(t *testing.T) {
	bin := findBrowser(t)
	store := exampleStore(t)
	srv := httptest.NewServer(server.New(store, nil)) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	arts, err := store.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	origKey, copyKey := readFlipped(t)
	orig, cp := articleByKey(t, arts, origKey), articleByKey(t, arts, copyKey)
	shots := cmp.Or(os.Getenv("COPYDESK_ARTEFACTS"), os.Getenv("COPYDESK_SCREENSHOTS"))
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	// The stories page lists the story of the flipped pair.
	doc := parseDOM(t, browse(t, bin, "--dump-dom", srv.URL+"/"))
	if find(doc, func(n *html.Node) bool { return n.Data == "a" && attr(n, "href") == "/stories/"+cp.Story }) == nil {
		t.Errorf("stories page: no link to story %s", cp.Story)
	}
	if find(doc, func(n *html.Node) bool { return n.Data == "form" && attr(n, "role") == "search" }) == nil {
		t.Errorf("stories page: no search form")
	}

	// The story page draws the derivation graph, with the rewrite edge.
	storyURL := srv.URL + "/stories/" + cp.Story
	doc = parseDOM(t, browse(t, bin, "--dump-dom", storyURL))
	svg := find(doc, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, "wide") })
	if svg == nil {
		t.Fatalf("story page: no SVG derivation graph in the DOM")
	}
	nodes := findAll(svg, func(n *html.Node) bool { return n.Data == "rect" && hasClass(n, "node") })
	edges := findAll(svg, func(n *html.Node) bool { return n.Data == "path" && hasClass(n, "edge") })
	if len(nodes) < 2 || len(edges) != len(nodes)-len(findAll(svg, isRoot(svg))) {
		t.Errorf("story page: got %d nodes and %d edges in the graph", len(nodes), len(edges))
	}
	if find(svg, func(n *html.Node) bool { return n.Data == "path" && hasClass(n, "kind-rewrite") }) == nil {
		t.Errorf("story page: no rewrite edge in the graph")
	}
	if find(svg, func(n *html.Node) bool {
		return n.Data == "a" && attr(n, "href") == "/articles/"+cp.ID
	}) == nil {
		t.Errorf("story page: the graph has no node for the spun copy %s", cp.ID)
	}
	// What the sources say: a timeline with resolved dates, and the meaning
	// the spun copy changed, listed among the disagreements.
	tl := find(doc, func(n *html.Node) bool { return n.Data == "ol" && hasClass(n, "timeline") })
	if tl == nil || len(findAll(tl, func(n *html.Node) bool { return n.Data == "time" && attr(n, "datetime") != "" })) < 3 {
		t.Errorf("story page: no timeline of at least three dated entries")
	}
	dis := find(doc, func(n *html.Node) bool { return n.Data == "ul" && hasClass(n, "disagreements") })
	if dis == nil || find(dis, func(n *html.Node) bool {
		return n.Data == "a" && strings.Contains(attr(n, "href"), "/compare?a="+orig.ID+"&b="+cp.ID)
	}) == nil {
		t.Errorf("story page: no disagreement links the spun copy's changed meaning to its compare view")
	}

	// The compare page marks the flipped sentence: "no" struck out, the
	// change flagged as a negation only the original has.
	compareURL := srv.URL + "/compare?a=" + orig.ID + "&b=" + cp.ID
	doc = parseDOM(t, browse(t, bin, "--dump-dom", compareURL))
	block := find(doc, func(n *html.Node) bool {
		if n.Data != "div" || !hasClass(n, "changed") {
			return false
		}
		s := text(n)
		return strings.Contains(s, "Vollmer") && strings.Contains(s, "redundancies") && strings.Contains(s, "layoffs")
	})
	if block == nil {
		t.Fatalf("compare page: the flipped sentence is not shown as a changed pair")
	}
	var removed, added []string
	for _, n := range findAll(block, func(n *html.Node) bool { return n.Data == "del" }) {
		removed = append(removed, strings.Fields(strings.ToLower(text(n)))...)
	}
	for _, n := range findAll(block, func(n *html.Node) bool { return n.Data == "ins" }) {
		added = append(added, strings.Fields(strings.ToLower(text(n)))...)
	}
	if !contains(removed, "no") || !contains(added, "does") {
		t.Errorf("compare page: got removed %q and added %q, want \"no\" removed and \"does\" added", removed, added)
	}
	if !hasClass(block, "flagged") || !strings.Contains(text(block), "negation “no” only in A") {
		t.Errorf("compare page: the flipped sentence is not flagged as a negation removed: %q", text(block))
	}
	large, largeID := largeStory(t, 100)
	// Every page at a desktop and a phone width, kept as artefacts: each
	// a PNG of the size asked for, not blank.
	pages := []struct{ name, url string }{
		{"stories", srv.URL + "/"},
		{"stories-filtered", srv.URL + "/?outlet=" + url.QueryEscape(orig.Source) + "&sort=size"},
		{"story", storyURL},
		{"article", srv.URL + "/articles/" + cp.ID},
		{"compare", compareURL},
		{"outlets", srv.URL + "/outlets"},
		{"add", srv.URL + "/add"},
		// A story of 100 articles: its graph folded family by family.
		{"story-large", large.srv.URL + "/stories/" + largeID},
		{"story-disagreements", large.srv.URL + "/stories/" + largeID + "/disagreements"},
		{"story-quotes", large.srv.URL + "/stories/" + largeID + "/quotes"},
		{"story-people", large.srv.URL + "/stories/" + largeID + "/people"},
	}
	widths := []struct {
		name          string
		width, height int
	}{{"desktop", 1280, 900}, {"phone", 390, 844}}
	for _, p := range pages {
		for _, w := range widths {
			shot := filepath.Join(shots, p.name+"-"+w.name+".png")
			browse(t, bin, "--screenshot="+shot, fmt.Sprintf("--window-size=%d,%d", w.width, w.height), "--hide-scrollbars", p.url)
			b, err := os.ReadFile(shot)
			if err != nil {
				t.Fatalf("screenshot of %s: %v", p.name, err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Errorf("%s: %v", shot, err)
				continue
			}
			if got := img.Bounds().Size(); got.X != w.width || got.Y != w.height {
				t.Errorf("%s: %v pixels, want %dx%d", shot, got, w.width, w.height)
			}
			if blank(img) {
				t.Errorf("%s: a blank page", shot)
			}
		}
	}
	t.Logf("screenshots in %s", shots)
}

// blank reports whether every pixel of img is of one colour.
func blank(img image.Image) bool {
	r := img.Bounds()
	first := img.At(r.Min.X, r.Min.Y)
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			if img.At(x, y) != first {
				return false
			}
		}
	}
	return true
}

// isRoot matches the nodes of a graph that no edge ends at: those in the
// first column (the smallest x).
func isRoot(svg *html.Node) func(*html.Node) bool {
	minX := ""
	for _, n := range findAll(svg, func(n *html.Node) bool { return n.Data == "rect" && hasClass(n, "node") }) {
		if x := attr(n, "x"); minX == "" || len(x) < len(minX) || len(x) == len(minX) && x < minX {
			minX = x
		}
	}
	return func(n *html.Node) bool { return n.Data == "rect" && hasClass(n, "node") && attr(n, "x") == minX }
}

func parseDOM(t *testing.T, b []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if all := findAll(n, match); len(all) > 0 {
		return all[0]
	}
	return nil
}

func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return contains(strings.Fields(attr(n, "class")), class)
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
