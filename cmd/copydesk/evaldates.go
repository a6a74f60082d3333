package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/copydesk/copydesk/internal/eval"
)

// cmdEvalDates is "eval dates": the dates and timeline entries of real news
// (ECB+ dev) against the labels of testdata/facts/ecbplus.
func cmdEvalDates(_ context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("eval dates", flag.ContinueOnError)
	l := labelledEval{name: "eval dates", parts: eval.DateParts}
	l.flags(fs, "dates", "list every miss, wrong value and wrong entry")
	if _, err := c.parse(fs, args, "eval dates", "[--part tune|tune2|heldout|heldout2|heldout3]",
		"Score the date expressions the facts stage resolves, and the ones it puts on the timeline, in real\nnews articles (ECB+ dev, each article alone, its labelled publication date as the anchor) against\nlabels made by reading them, beside go-dateparser's search: precision and recall of the resolved\ndates (at a compatible granularity, and exact), timeline entries against non-entries, and how much\nof each labelled happening the entry's description holds."); err != nil {
		return err
	}
	if skip, err := l.ready(c); skip || err != nil {
		return err
	}
	rep, err := eval.Dates(l.labels, l.corpusPath, l.part, map[string]eval.DateSystem{
		"copydesk": eval.CopydeskDates, "go-dateparser": eval.DateparserDates}, l.errors)
	if err != nil {
		return err
	}
	if l.json {
		return writeJSON(c.Stdout, rep)
	}
	fmt.Fprintf(c.Stdout, "part %s: %d articles, %d date expressions (%d with a value), %d timeline entries\n\n",
		rep.Part, rep.Articles, rep.Expressions, rep.Resolvable, rep.Entries)
	w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "system\tresolved\tdates P / R\texact P / R\tentries\tentries P / R\tdated entries P / R\twhat F1 / recall")
	for _, s := range rep.Systems {
		fmt.Fprintf(w, "%s\t%d\t%.3f / %.3f\t%.3f / %.3f\t%d\t%.3f / %.3f\t%.3f / %.3f\t%.3f / %.3f\n", s.System,
			s.Resolved.Predicted, s.Resolved.Precision, s.Resolved.Recall, s.Exact.Precision, s.Exact.Recall,
			s.Entries.Predicted, s.Entries.Precision, s.Entries.Recall, s.EntriesDated.Precision, s.EntriesDated.Recall,
			s.WhatF1, s.WhatRecall)
	}
	w.Flush()
	for _, s := range rep.Systems {
		if len(s.Errors) == 0 {
			continue
		}
		fmt.Fprintf(c.Stdout, "\n%s:\n", s.System)
		for _, e := range s.Errors {
			fmt.Fprintln(c.Stdout, "  "+e)
		}
	}
	return nil
}
