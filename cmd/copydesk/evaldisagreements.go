package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/eval"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// cmdEvalDisagreements is "eval disagreements": ingest some topics of a
// labelled corpus (ECB+ dev by default) and print every story's
// disagreements, one fact a row with its versions, the sentences that give
// them and who gives them, for a reader to judge whether each is a real
// difference.
func cmdEvalDisagreements(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("eval disagreements", flag.ContinueOnError)
	corpusPath := fs.String("corpus", "", "the corpus, JSONL as add reads it with its gold story in the field story (default: shared/eval/ecbplus-dev/corpus.jsonl beside the repository)")
	topics := fs.String("topics", "", "comma-separated gold story labels to ingest (ECB+ topics: t1,t3,...); default all")
	asJSON := fs.Bool("json", false, "print JSON")
	part := fs.String("part", "", "keep the topics of one half of the corpus, tune or heldout, split as copydesk eval --part and tools/copybench split them (with --topics: both must hold)")
	madePath := fs.String("made", "", "the copy benchmark's made.jsonl (tools/copybench): score the rows within one family of an original and its copies without reading (precision; recall of the copies' number edits), and print the rows that are not real")
	if _, err := c.parse(fs, args, "eval disagreements", "--topics t1,t3,... | --part tune [--corpus C --made M]",
		"Ingest the articles of some topics of a labelled corpus into a scratch store, as add does, and\nprint the disagreements of every story made, one fact a row with each version, the sentence it is\nsaid in and the sources that give it: for a reader to judge the precision (real differences).\nWith --made (the copy benchmark's), also score the rows between an original and its copies."); err != nil {
		return err
	}
	if *part != "" && *part != "tune" && *part != "heldout" {
		fmt.Fprintf(c.Stderr, "copydesk eval disagreements: --part must be tune or heldout, not %q\n", *part)
		return errUsage
	}
	if *corpusPath == "" {
		if *corpusPath = corpus.ECBPlusDev(); *corpusPath == "" {
			fmt.Fprintln(c.Stderr, "copydesk eval disagreements: no --corpus and no shared/eval/ecbplus-dev/corpus.jsonl beside the repository")
			return errUsage
		}
	}
	var list []string
	for _, t := range strings.Split(*topics, ",") {
		if t = strings.TrimSpace(t); t != "" {
			list = append(list, t)
		}
	}
	var texts map[string]string
	if *part != "" || *madePath != "" {
		var labels []string
		var err error
		if texts, labels, err = eval.CorpusTexts(*corpusPath); err != nil {
			return err
		}
		if *part != "" {
			var keep []string
			for _, t := range labels {
				if corpus.InPart(*part, t) && (len(list) == 0 || slices.Contains(list, t)) {
					keep = append(keep, t)
				}
			}
			if len(keep) == 0 {
				return fmt.Errorf("%s: no story label in part %s", *corpusPath, *part)
			}
			list = keep
		}
	}
	var made map[string]eval.Made
	if *madePath != "" {
		var err error
		if made, err = eval.ReadMade(*madePath); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "copydesk-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	store, err := sqlite.Open(ctx, filepath.Join(tmp, "eval.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	stories, err := eval.Disagreements(ctx, store, *corpusPath, list)
	if err != nil {
		return err
	}
	var score *eval.CopyRowScore
	if made != nil {
		sc := eval.ScoreCopyRows(stories, texts, made)
		score = &sc
	}
	if *asJSON {
		if score != nil {
			return writeJSON(c.Stdout, struct {
				Stories []eval.StoryRows   `json:"stories"`
				Copies  *eval.CopyRowScore `json:"copies"`
			}{stories, score})
		}
		return writeJSON(c.Stdout, stories)
	}
	out := c.Stdout
	rows := 0
	for _, s := range stories {
		if len(s.Disagreements) == 0 {
			continue
		}
		fmt.Fprintf(out, "\nStory %s: %s\n  %d articles (topics %s), %d disagreements\n", s.Story, clip(s.Title, 80), s.Articles,
			strings.Join(s.Topics, ", "), len(s.Disagreements))
		for _, d := range s.Disagreements {
			rows++
			fmt.Fprintf(out, "\n  [%d] ", rows)
			printDisagreement(out, d)
			for _, v := range d.Values {
				var arts []string
				for _, a := range v.Articles {
					arts = append(arts, a+" ("+s.Refs[a]+")")
				}
				fmt.Fprintf(out, "        %s: %s\n", strings.Join(arts, ", "), clip(v.Sentence, 160))
			}
		}
	}
	fmt.Fprintf(out, "\n%d stories, %d with disagreements, %d disagreements in all\n", len(stories), countWith(stories), rows)
	if score != nil {
		printCopyRows(out, *score, *part != "heldout")
	}
	return nil
}

func countWith(stories []eval.StoryRows) int {
	n := 0
	for _, s := range stories {
		if len(s.Disagreements) > 0 {
			n++
		}
	}
	return n
}

// printCopyRows prints the copy benchmark's score of the rows within one
// family and, unless detail is false (a held-out part, read in aggregate
// only), the number edits no row lists and the rows that are not real.
func printCopyRows(out io.Writer, s eval.CopyRowScore, detail bool) {
	fmt.Fprintf(out, "\ncopy benchmark: %d rows, %d within one family (an original and its copies)\n", s.Rows, s.Labelled)
	fmt.Fprintf(out, "  left out: %d rows with a version said only in the invented text an excerpt was set into\n", s.Filler)
	fmt.Fprintf(out, "  precision %.3f (%d real of %d: a number edit, or %d a unit or scale the spinner swapped)\n", s.Precision(), s.Real, s.Labelled, s.Spun)
	kinds := make([]string, 0, len(s.ByKind))
	for k := range s.ByKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Fprintf(out, "    %s\t%d real of %d\n", k, s.ByKind[k][1], s.ByKind[k][0])
	}
	fmt.Fprintf(out, "  recall of the number edits %.3f (%d listed of %d)\n", s.Recall(), s.EditsRows, s.Edits)
	keys := make([]string, 0, len(s.False))
	for k := range s.False {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(out, "  not real: %s\t%d\n", k, s.False[k])
	}
	if !detail {
		return
	}
	for _, m := range s.Missed {
		fmt.Fprintf(out, "  missed: %s -> %s in %s: %s\n", m.Old, m.New, m.Copy, clip(m.Sentence, 240))
	}
	for i, d := range s.FalseRows {
		fmt.Fprintf(out, "\n  (not real %d) ", i+1)
		printDisagreement(out, d)
		for _, v := range d.Values {
			fmt.Fprintf(out, "        %s\n", clip(v.Sentence, 200))
		}
	}
}
