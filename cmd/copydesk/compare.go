package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/align"
	"github.com/copydesk/copydesk/internal/view"
)

func cmdCompare(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	all := fs.Bool("all", false, "also print identical sentence pairs and unaligned sentences")
	pos, err := c.parse(fs, args, "compare", "A B",
		"Show two stored articles side by side: the kind of copy, the share of each reused in the other,\nwhich is the original and when each was published, and each aligned group of sentences, each side\nin its own words, with the words only A has as [-word-] and those only B has as {+word+}.")
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
	cmp, err := view.Compare(ctx, store, pos[0], pos[1])
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.Stdout, cmp)
	}
	printComparison(c.Stdout, cmp, *all, c.Color)
	return nil
}

func printComparison(out io.Writer, c *view.Comparison, all, color bool) {
	kind := string(c.Kind)
	if kind == "" {
		kind = "not a copy"
	}
	role := map[string]string{"a": "", "b": ""}
	if c.Original != "" {
		role[c.Original] = "  [the original]"
		role[map[string]string{"a": "b", "b": "a"}[c.Original]] = "  [the copy]"
	}
	published := func(s string) string {
		if s == "" {
			return "publication time unknown"
		}
		return "published " + s
	}
	fmt.Fprintf(out, "A %s  %s  %q  %s%s\nB %s  %s  %q  %s%s\n\n",
		c.A.ID, c.A.Source, c.A.Title, published(c.A.Published), role["a"],
		c.B.ID, c.B.Source, c.B.Title, published(c.B.Published), role["b"])
	fmt.Fprintf(out, "%s (score %.2f). Reused: %.0f%% of A's text stands in B, %.0f%% of B's in A; %d sentence groups aligned\n",
		kind, c.Score, 100*c.ReusedOfA, 100*c.ReusedOfB, len(c.Pairs))
	if c.Kind == copydesk.Translation {
		fmt.Fprintln(out, "(between two languages the text reused is the anchors, names, numbers and dates, found on both sides; each group lists those it shares)")
	}
	switch c.Original {
	case "a", "b":
		fmt.Fprintf(out, "%s is taken as the original (confidence %.2f): %s\n", strings.ToUpper(c.Original), c.Confidence, strings.Join(c.Direction, "; "))
	case view.Undetermined:
		fmt.Fprintf(out, "Which of the two is the original is undetermined: %s\n", strings.Join(c.Direction, "; "))
	default:
		fmt.Fprintln(out, "No copy relation between the two is stored: neither is taken as the original")
	}
	for _, p := range c.Passages {
		fmt.Fprintf(out, "  shared passage: %q\n", clip(p, 160))
	}
	changed := 0
	for _, p := range c.Pairs {
		if p.Identical && !all {
			continue
		}
		changed++
		fmt.Fprintf(out, "\n  A%-5s %s\n  B%-5s %s\n", numbers(p.A), sideLine(p.AWords, color), numbers(p.B), sideLine(p.BWords, color))
		for _, f := range p.Flags {
			fmt.Fprintf(out, "         meaning may differ: %s\n", f)
		}
		if len(p.Anchors) > 0 {
			fmt.Fprintf(out, "         anchors: %s\n", anchorList(p.Anchors))
		}
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

// anchorList writes the anchors a translation's sentence group shares, as
// A writes each and, where it differs, as B does: "Putin = Путина; 2012".
func anchorList(anchors [][2]string) string {
	out := make([]string, len(anchors))
	for i, a := range anchors {
		out[i] = a[0]
		if a[1] != a[0] {
			out[i] += " = " + a[1]
		}
	}
	return strings.Join(out, "; ")
}

// numbers writes sentence numbers from 1: "3" or "3+4".
func numbers(idx []int) string {
	s := make([]string, len(idx))
	for i, n := range idx {
		s[i] = strconv.Itoa(n + 1)
	}
	return strings.Join(s, "+")
}

// sideLine writes one side of an aligned group in its own words, the words
// only A has as [-word-] and those only B has as {+word+}, in colour on a
// terminal.
func sideLine(ops []align.Op, color bool) string {
	var b strings.Builder
	for _, op := range ops {
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
