package eval

// The web pages of the quotes evaluation: real news and magazine pages that
// go-trafilatura's module carries for its own extraction benchmark
// (test-files/comparison), labelled in testdata/facts/web. The pages stay in
// the module directory; they are extracted here as `copydesk add` extracts
// an HTML file, and the labels' keys are words of the text that gives.

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// webTune is the tune part of the web pages a labels folder holds: the
// pages of its tune files (quotes-tune.jsonl, quotes-tune2.jsonl, and any
// later tune file, and the people labels' tune files, people-tune.jsonl and
// later, should a folder of pages have them).
// Every other page is held out: of the first candidates, those whose
// fnv32a of the file name is odd (the split fixed before any page was read,
// checked by the folder's check.py), and every page of the second and third
// choices (quotes-heldout2.jsonl, quotes-heldout3.jsonl: no tune half), and
// the odd half of the fourth (quotes-heldout4.jsonl; its even half is
// tune2). A page labelled in a held-out part (of the quotes or the people
// labels) that a tune file holds is refused (checkPart).
func webTune(labelsDir string) (map[string]bool, error) {
	tune := map[string]bool{}
	quotes := func(name string) ([]string, error) {
		return labelledArticles(name, ReadQuoteLabels, func(l QuoteLabels) string { return l.Article })
	}
	people := func(name string) ([]string, error) {
		return labelledArticles(name, ReadPeopleLabels, func(l PeopleLabels) string { return l.Article })
	}
	for _, f := range []struct {
		kind  string
		parts []string
		read  func(string) ([]string, error)
	}{{"quotes", QuoteParts, quotes}, {"people", PeopleParts, people}} {
		for _, p := range f.parts {
			if !TunePart(p) {
				continue
			}
			name := filepath.Join(labelsDir, f.kind+"-"+p+".jsonl")
			if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
				continue
			}
			ids, err := f.read(name)
			if err != nil {
				return nil, err
			}
			for _, id := range ids {
				tune[id] = true
			}
		}
	}
	return tune, nil
}

// labelledArticles are the articles of a labels file that read reads,
// article giving a label's article.
func labelledArticles[L any](name string, read func(string) ([]L, error), article func(L) string) ([]string, error) {
	labels, err := read(name)
	if err != nil {
		return nil, err
	}
	return articlesOf(labels, article), nil
}

// articlesOf are the articles of labels, in their order, article giving a
// label's article.
func articlesOf[L any](labels []L, article func(L) string) []string {
	ids := make([]string, len(labels))
	for i, l := range labels {
		ids[i] = article(l)
	}
	return ids
}

// webTexts reads the pages of dir whose names are in want and extracts
// each as `copydesk add` does (webArticles): the id is the name, the title
// and text the stored article's, the part "tune" for the pages of tune and
// "heldout" for the others.
func webTexts(dir string, want, tune map[string]bool) (map[string]corpusText, error) {
	arts, err := webArticles(dir, want)
	if err != nil {
		return nil, err
	}
	out := make(map[string]corpusText, len(arts))
	for n, a := range arts {
		part := "heldout"
		if tune[n] {
			part = "tune"
		}
		out[n] = corpusText{ID: n, Title: a.Title, Text: a.Text, Part: part}
	}
	return out, nil
}

// webArticles reads the pages of dir whose names are in want and extracts
// each as `copydesk add` extracts an HTML file (ingest reads the file, the
// pipeline's extraction step makes the article, its language detected),
// keyed by name. A name is a file name, or a slash-separated path inside
// dir (`mediacloud/1484494308.html`: go-htmldate's pages are in two folders
// of its test-files). A page that is missing or that gives no article, or a
// name outside dir, is an error naming it; a note on how a page was read
// (invalid bytes replaced) is not.
func webArticles(dir string, want map[string]bool) (map[string]*copydesk.Article, error) {
	names := make([]string, 0, len(want))
	for n := range want {
		if n == "" || strings.Contains(n, `\`) || path.Clean(n) != n || !filepath.IsLocal(filepath.FromSlash(n)) {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: %q is not a page's name inside the folder", dir, n)
		}
		names = append(names, n)
	}
	sort.Strings(names)
	var docs []ingest.Doc
	name := map[string]string{} // the name each document (by its Ref) was read for
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if _, err := os.Stat(p); err != nil {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: page %s: %v", dir, n, err)
		}
		for d, err := range ingest.NewReader(ingest.Options{}).Docs(context.Background(), []string{p}) {
			if w := (*ingest.Warning)(nil); errors.As(err, &w) {
				continue // a note (invalid bytes replaced); the page follows, as copydesk add reads it
			}
			if err != nil {
				return nil, copydesk.Errorf(copydesk.EInvalid, "%s: page %s: %v", dir, n, err)
			}
			name[d.Ref] = n
			docs = append(docs, d)
		}
	}
	ready, skipped := pipeline.ExtractBatch(docs)
	if len(skipped) > 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "%s: %s: %v", dir, skipped[0].Input, skipped[0].Err)
	}
	out := make(map[string]*copydesk.Article, len(ready))
	for _, e := range ready {
		out[name[e.Article.Ref]] = e.Article
	}
	for _, n := range names {
		if _, ok := out[n]; !ok {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: page %s gives no article", dir, n)
		}
	}
	return out, nil
}
