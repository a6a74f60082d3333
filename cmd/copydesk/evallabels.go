package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/eval"
)

// labelledEval is what every evaluation on the labels of the facts stage
// (testdata/facts/ecbplus, testdata/facts/wmt, testdata/facts/web) reads from its command line.
type labelledEval struct {
	name string // "eval quotes"
	// parts are the labelled parts the evaluation scores (default tune and
	// heldout); only the tune parts (eval.TunePart) may list their errors.
	parts                    []string
	part, labels, corpusPath string
	errors, json             bool
}

// partNames are the parts l scores.
func (l *labelledEval) partNames() []string {
	if len(l.parts) == 0 {
		return []string{"tune", "heldout"}
	}
	return l.parts
}

// flags declares the options; kind names the labels files ("quotes" for
// quotes-tune.jsonl), errorsHelp what --errors lists.
func (l *labelledEval) flags(fs *flag.FlagSet, kind, errorsHelp string) {
	parts := l.partNames()
	files := make([]string, len(parts))
	for i, p := range parts {
		files[i] = kind + "-" + p + ".jsonl"
	}
	fs.StringVar(&l.part, "part", "tune", "the labelled part: "+strings.Join(parts, " or "))
	fs.StringVar(&l.labels, "labels", filepath.Join("testdata", "facts", "ecbplus"), "the folder of "+strings.Join(files, ", "))
	fs.StringVar(&l.corpusPath, "corpus", "", "the corpus the labels are of (default: the file the labels folder's corpus.txt names in the shared folder beside the repository, else the folder of pages its module.txt names in a Go module, else shared/eval/ecbplus-dev/corpus.jsonl); a folder is read as HTML pages")
	fs.BoolVar(&l.errors, "errors", false, errorsHelp+" (tune parts only: the held-out parts are scored in aggregate)")
	fs.BoolVar(&l.json, "json", false, "print JSON")
}

// ready checks the options and finds the corpus. skip reports that there
// is none beside the repository (said on stdout: the evaluation is skipped,
// not failed).
func (l *labelledEval) ready(c *cli) (skip bool, err error) {
	if !slices.Contains(l.partNames(), l.part) {
		fmt.Fprintf(c.Stderr, "copydesk %s: --part must be %s, not %q\n", l.name, strings.Join(l.partNames(), " or "), l.part)
		return false, errUsage
	}
	if l.errors && !eval.TunePart(l.part) {
		fmt.Fprintf(c.Stderr, "copydesk %s: --errors is for the tune parts only: the held-out parts stay unread\n", l.name)
		return false, errUsage
	}
	if l.corpusPath == "" {
		dir, want, ok, err := corpus.LabelsPages(l.labels)
		if err != nil {
			return false, err
		}
		if ok {
			if dir == "" {
				fmt.Fprintf(c.Stdout, "skipped: no %s (give --corpus, the folder of the pages)\n", want)
				return true, nil
			}
			l.corpusPath = dir
			return false, nil
		}
		p, rel, err := corpus.LabelsCorpus(l.labels)
		if err != nil {
			return false, err
		}
		if p == "" {
			fmt.Fprintf(c.Stdout, "skipped: no %s beside the repository (give --corpus)\n", filepath.ToSlash(filepath.Join("shared", rel)))
			return true, nil
		}
		l.corpusPath = p
	}
	return false, nil
}
