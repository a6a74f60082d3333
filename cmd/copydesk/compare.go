package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/internal/align"
	"github.com/copydesk/copydesk/internal/pipeline"
)

func cmdCompare(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	all := fs.Bool("all", false, "also print identical sentence pairs and unaligned sentences")
	pos, err := c.parse(fs, args, "compare", "A B",
		"Show two stored articles side by side: the kind of copy, the share reused, and each aligned\nsentence pair with removed words as [-word-] and added words as {+word+}.")
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		fmt.Fprintf(c.Stderr, "copydesk compare: expected two article ids, got %d\n", len(pos))
		return errUsage
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	cmp, err := pipeline.Compare(ctx, store, pos[0], pos[1])
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.Stdout, cmp)
	}
	printComparison(c.Stdout, cmp, *all, c.Color)
	return nil
}

func printComparison(out io.Writer, c *pipeline.Comparison, all, color bool) {
	kind := string(c.Kind)
	if kind == "" {
		kind = "not a copy"
	}
	fmt.Fprintf(out, "A %s  %s  %q\nB %s  %s  %q\n\n", c.A.ID, c.A.Source, c.A.Title, c.B.ID, c.B.Source, c.B.Title)
	fmt.Fprintf(out, "%s (score %.2f): %.0f%% of A's text stands in B, %.0f%% of B's in A; %d sentence pairs aligned\n",
		kind, c.Score, 100*c.AInB, 100*c.BInA, len(c.Pairs))
	for _, p := range c.Passages {
		fmt.Fprintf(out, "  shared passage: %q\n", clip(p, 160))
	}
	changed := 0
	for _, p := range c.Pairs {
		if p.Identical && !all {
			continue
		}
		changed++
		fmt.Fprintf(out, "\n  A%-3d %s\n  B%-3d %s\n", p.A+1, p.AText, p.B+1, p.BText)
		fmt.Fprintf(out, "       %s\n", diffLine(p.Diff, color))
	}
	if changed == 0 && len(c.Pairs) > 0 {
		fmt.Fprintln(out, "\n  every aligned sentence is identical (--all prints them)")
	}
	if all {
		for _, s := range c.OnlyA {
			fmt.Fprintf(out, "\n  only in A: %s", s)
		}
		for _, s := range c.OnlyB {
			fmt.Fprintf(out, "\n  only in B: %s", s)
		}
		fmt.Fprintln(out)
	}
}

// diffLine writes a word diff with [-removed-] and {+added+} markers, in
// colour on a terminal.
func diffLine(ops []align.Op, color bool) string {
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch {
		case op.Kind == align.Equal:
			b.WriteString(op.Text)
		case color && op.Kind == align.Delete:
			b.WriteString("\033[31m[-" + op.Text + "-]\033[0m")
		case color:
			b.WriteString("\033[32m{+" + op.Text + "+}\033[0m")
		case op.Kind == align.Delete:
			b.WriteString("[-" + op.Text + "-]")
		default:
			b.WriteString("{+" + op.Text + "+}")
		}
	}
	return b.String()
}
