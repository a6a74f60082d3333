package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	if _, err := c.parse(fs, args, "eval disagreements", "--topics t1,t3,...",
		"Ingest the articles of some topics of a labelled corpus into a scratch store, as add does, and\nprint the disagreements of every story made, one fact a row with each version, the sentence it is\nsaid in and the sources that give it: for a reader to judge the precision (real differences)."); err != nil {
		return err
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
	if *asJSON {
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
