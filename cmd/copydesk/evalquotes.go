package main

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/copydesk/copydesk/internal/eval"
)

// cmdEvalQuotes is "eval quotes": direct quotes and speakers of real news
// against labels made by reading them (testdata/facts/ecbplus by default,
// testdata/facts/wmt or testdata/facts/web with --labels).
func cmdEvalQuotes(_ context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("eval quotes", flag.ContinueOnError)
	l := labelledEval{name: "eval quotes", parts: eval.QuoteParts}
	l.flags(fs, "quotes", "list every miss and wrong speaker")
	if _, err := c.parse(fs, args, "eval quotes", "[--part tune|tune2|tune3|heldout|heldout2|heldout3|heldout4|heldout5|heldout6]",
		"Score the direct quotes (four or more words) and their speakers that the facts stage finds in\nreal news articles (each article alone, no publication dates) against labels made by reading\nthem, beside a baseline (a quote regex and the nearest \"said\"): detection and quote+speaker\nprecision, recall and F1, and recall per attribution pattern. The labels are ECB+ dev's\n(testdata/facts/ecbplus) unless --labels names another folder, such as testdata/facts/wmt\n(the English translations of WMT14 ru-en; parts tune, heldout and heldout2) or\ntestdata/facts/web (news and magazine pages of go-trafilatura's extraction benchmark, read\nfrom its module directory and extracted as copydesk add extracts them; parts tune, tune2,\nheldout, heldout2, heldout3 and heldout4)."); err != nil {
		return err
	}
	if skip, err := l.ready(c); skip || err != nil {
		return err
	}
	rep, err := eval.Quotes(l.labels, l.corpusPath, l.part, map[string]eval.QuoteSystem{
		"copydesk": eval.Copydesk, "baseline": eval.Baseline}, l.errors)
	if err != nil {
		return err
	}
	if l.json {
		return writeJSON(c.Stdout, rep)
	}
	fmt.Fprintf(c.Stdout, "part %s: %d articles, %d gold quotes\n\n", rep.Part, rep.Articles, rep.Quotes)
	w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "system\tquotes found\tdetection P / R / F1\tquote+speaker P / R / F1")
	for _, s := range rep.Systems {
		d, sp := s.Detection, s.Speaker
		fmt.Fprintf(w, "%s\t%d\t%.3f / %.3f / %.3f\t%.3f / %.3f / %.3f\n", s.System, d.Predicted,
			d.Precision, d.Recall, d.F1, sp.Precision, sp.Recall, sp.F1)
	}
	w.Flush()
	fmt.Fprintln(c.Stdout, "\nrecall per pattern (found / with the right speaker, of gold):")
	var patterns []string
	for p := range rep.Systems[0].PerPattern {
		patterns = append(patterns, p)
	}
	sort.Slice(patterns, func(i, j int) bool {
		a, b := rep.Systems[0].PerPattern[patterns[i]], rep.Systems[0].PerPattern[patterns[j]]
		if a.Gold != b.Gold {
			return a.Gold > b.Gold
		}
		return patterns[i] < patterns[j]
	})
	w = tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprint(w, "pattern\tgold")
	for _, s := range rep.Systems {
		fmt.Fprintf(w, "\t%s", s.System)
	}
	fmt.Fprintln(w)
	for _, p := range patterns {
		fmt.Fprintf(w, "%s\t%d", p, rep.Systems[0].PerPattern[p].Gold)
		for _, s := range rep.Systems {
			r := s.PerPattern[p]
			fmt.Fprintf(w, "\t%d / %d", r.Found, r.Speaker)
		}
		fmt.Fprintln(w)
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
