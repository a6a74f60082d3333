package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/copydesk/copydesk/internal/eval"
)

// cmdEvalPeople is "eval people": the people of real news and the roles
// the text gives them, against labels made by reading them
// (testdata/facts/ecbplus people-{tune,heldout,heldout2,tune2,heldout3,tune3,heldout4,heldout5,tune4,heldout6,tune5,heldout7,tune6}.jsonl,
// or with --labels testdata/facts/htmldate the people of go-htmldate's web
// pages, people-heldout.jsonl and the tune halves people-tune.jsonl and
// people-tune2.jsonl).
func cmdEvalPeople(_ context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("eval people", flag.ContinueOnError)
	l := labelledEval{name: "eval people", parts: eval.PeopleParts}
	l.flags(fs, "people", "list every missed or extra person and role")
	if _, err := c.parse(fs, args, "eval people", "[--part tune|heldout|heldout2|tune2|heldout3|tune3|heldout4|heldout5|tune4|heldout6|tune5|heldout7|tune6]",
		"Score the people the facts stage finds in real news articles (ECB+ dev, each article alone) and the\nroles it gives them against labels made by reading them, beside a baseline (capitalised runs of two\nor more words as people, the title word nearest before the name as the role): precision, recall\nand F1 of persons (a found person is right when one of its name forms is a labelled one's) and of\nperson+role pairs (a role is right when its words are the label's, case and a leading article\naside), and how many organisations or places the system names are a labelled name or role.\nWith --labels testdata/facts/htmldate it scores the people of go-htmldate's web pages (parts\nheldout, tune and tune2, read from its module directory and extracted as copydesk add extracts them)."); err != nil {
		return err
	}
	if skip, err := l.ready(c); skip || err != nil {
		return err
	}
	if eval.PeopleLabelsMissing(l.labels, l.part) {
		fmt.Fprintf(c.Stdout, "skipped: no %s yet (the %s people labels are not written)\n", filepath.ToSlash(eval.PeopleLabelsFile(l.labels, l.part)), l.part)
		return nil
	}
	rep, err := eval.People(l.labels, l.corpusPath, l.part, map[string]eval.PeopleSystem{
		"copydesk": eval.CopydeskPeople, "baseline": eval.BaselinePeople}, l.errors)
	if err != nil {
		return err
	}
	if l.json {
		return writeJSON(c.Stdout, rep)
	}
	fmt.Fprintf(c.Stdout, "part %s: %d articles, %d people, %d person+role pairs\n\n", rep.Part, rep.Articles, rep.People, rep.Roles)
	w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "system\tpeople found\tpersons P / R / F1\troles found\tperson+role P / R / F1\tnames or roles as org/place")
	for _, s := range rep.Systems {
		p, r := s.Persons, s.Roles
		fmt.Fprintf(w, "%s\t%d\t%.3f / %.3f / %.3f\t%d\t%.3f / %.3f / %.3f\t%d\n", s.System, p.Predicted,
			p.Precision, p.Recall, p.F1, r.Predicted, r.Precision, r.Recall, r.F1, s.AsOrgOrPlace)
	}
	w.Flush()
	if l.errors {
		for _, s := range rep.Systems {
			fmt.Fprintf(c.Stdout, "\nerrors of %s (%d):\n", s.System, len(s.Errors))
			for _, e := range s.Errors {
				fmt.Fprintln(c.Stdout, "  "+e)
			}
		}
	}
	return nil
}
