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
	"path/filepath"
	"sort"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// webTune is the tune part of the web pages a labels folder holds: the
// pages of its tune files (quotes-tune.jsonl, quotes-tune2.jsonl, and any
// later tune file).
// Every other page is held out: of the first candidates, those whose
// fnv32a of the file name is odd (the split fixed before any page was read,
// checked by the folder's check.py), and every page of the second and third
// choices (quotes-heldout2.jsonl, quotes-heldout3.jsonl: no tune half), and
// the odd half of the fourth (quotes-heldout4.jsonl; its even half is
// tune2). A page labelled in a held-out part that a tune file holds is
// refused (checkPart).
func webTune(labelsDir string) (map[string]bool, error) {
	tune := map[string]bool{}
	for _, p := range QuoteParts {
		if !TunePart(p) {
			continue
		}
		name := filepath.Join(labelsDir, "quotes-"+p+".jsonl")
		if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		labels, err := ReadQuoteLabels(name)
		if err != nil {
			return nil, err
		}
		for _, l := range labels {
			tune[l.Article] = true
		}
	}
	return tune, nil
}

// webTexts reads the pages of dir whose file names are in want and extracts
// each as `copydesk add` does (ingest reads the file, the pipeline's
// extraction step makes the article): the id is the file name, the title
// and text the stored article's, the part "tune" for the pages of tune and
// "heldout" for the others. A page that is missing or that gives no article
// is an error naming it.
func webTexts(dir string, want, tune map[string]bool) (map[string]corpusText, error) {
	names := make([]string, 0, len(want))
	for n := range want {
		if filepath.Base(n) != n || n == "." || n == ".." {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: %q is not a file name", dir, n)
		}
		names = append(names, n)
	}
	sort.Strings(names)
	var docs []ingest.Doc
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err != nil {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: page %s: %v", dir, n, err)
		}
		for d, err := range ingest.NewReader(ingest.Options{}).Docs(context.Background(), []string{p}) {
			if err != nil {
				return nil, copydesk.Errorf(copydesk.EInvalid, "%s: page %s: %v", dir, n, err)
			}
			docs = append(docs, d)
		}
	}
	ready, skipped := pipeline.ExtractBatch(docs)
	if len(skipped) > 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "%s: %s: %v", dir, skipped[0].Input, skipped[0].Err)
	}
	out := make(map[string]corpusText, len(ready))
	for _, e := range ready {
		a := e.Article
		id := filepath.Base(a.Ref)
		part := "heldout"
		if tune[id] {
			part = "tune"
		}
		out[id] = corpusText{ID: id, Title: a.Title, Text: a.Text, Part: part}
	}
	for _, n := range names {
		if _, ok := out[n]; !ok {
			return nil, copydesk.Errorf(copydesk.EInvalid, "%s: page %s gives no article", dir, n)
		}
	}
	return out, nil
}
