package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/view"
)

// printSourcesSay prints what the story's sources say: the timeline, where
// they disagree, the quotes worded differently, and the people with roles.
func printSourcesSay(out io.Writer, s view.SourcesSay, arts map[string]*copydesk.Article, all bool) {
	if len(s.Timeline) > 0 {
		fmt.Fprintln(out, "\n  Timeline (dates resolved from the articles' own words):")
		for _, t := range s.Timeline {
			fmt.Fprintf(out, "    %s  %s  [%s]\n", t.Date, clip(t.What, 90), strings.Join(t.Sources, ", "))
			if len(t.Dates) > 0 {
				var vs []string
				for _, v := range t.Dates {
					vs = append(vs, v.Date+" by "+strings.Join(v.Sources, ", "))
				}
				fmt.Fprintf(out, "      dated differently: %s\n", strings.Join(vs, "; "))
			}
		}
	}
	if n := len(s.Disagreements); n > 0 {
		fmt.Fprintln(out, "\n  Where the versions disagree (one fact a line, most telling first):")
		rows := s.Disagreements
		if !all && n > view.TopDisagreements {
			rows = rows[:view.TopDisagreements]
		}
		for _, d := range rows {
			printDisagreement(out, d)
		}
		if len(rows) < n {
			fmt.Fprintf(out, "    ... %d of all %d shown; --all lists them all\n", len(rows), n)
		}
	}
	var variants int
	for _, q := range s.Quotes {
		if len(q.Variants) > 1 {
			variants++
		}
	}
	if variants > 0 {
		// One heading a speaker, its statements in the order of the
		// story's quotes, "--" between two statements.
		fmt.Fprintln(out, "\n  Quotes worded differently by different sources:")
		var speakers []string
		bySpeaker := map[string][]int{}
		for i, q := range s.Quotes {
			if len(q.Variants) < 2 {
				continue
			}
			name := firstNonEmpty(q.Speaker, "(speaker unknown)")
			if _, ok := bySpeaker[name]; !ok {
				speakers = append(speakers, name)
			}
			bySpeaker[name] = append(bySpeaker[name], i)
		}
		for _, name := range speakers {
			fmt.Fprintf(out, "    %s:\n", name)
			for k, i := range bySpeaker[name] {
				if k > 0 {
					fmt.Fprintln(out, "      --")
				}
				for _, v := range s.Quotes[i].Variants {
					fmt.Fprintf(out, "      %q  [%s]\n", clip(v.Text, 100), strings.Join(v.Sources, ", "))
				}
			}
		}
	}
	var people []string
	for _, e := range s.Entities {
		if e.Kind != "person" || len(e.Roles) == 0 {
			continue
		}
		var roles []string
		for _, r := range e.Roles {
			roles = append(roles, formerText(r.Text, r.Former))
		}
		people = append(people, fmt.Sprintf("    %s: %s", e.Name, strings.Join(roles, "; ")))
	}
	if len(people) > 0 {
		fmt.Fprintln(out, "\n  People and their roles:")
		for _, p := range people {
			fmt.Fprintln(out, p)
		}
	}
	_ = arts
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// printDisagreement prints one fact on which the sources differ: its kind
// and subject, then each version with who gives it.
func printDisagreement(out io.Writer, d facts.Disagreement) {
	what := d.Kind
	if d.Subject != "" {
		what += " of " + clip(d.Subject, 80)
	}
	copied := false // a copy changed it, not only two reports of one source
	for _, r := range d.Relations {
		if r.Kind == copydesk.SharedSource {
			what += fmt.Sprintf(" (two reports of one source, %s and %s)", r.From, r.To)
			continue
		}
		copied = true
		what += fmt.Sprintf(" (changed by the %s %s -> %s)", r.Kind, r.From, r.To)
	}
	fmt.Fprintf(out, "    %s\n", what)
	for i, v := range d.Values {
		fmt.Fprintf(out, "      %q  [%s]\n", clip(v.Text, 100), strings.Join(v.Sources, ", "))
		if len(d.Relations) > 0 && v.Sentence != "" {
			side := "report:  "
			switch {
			case copied && i == 0:
				side = "original:"
			case copied:
				side = "copy:    "
			}
			fmt.Fprintf(out, "        %s %s\n", side, clip(v.Sentence, 110))
		}
	}
}

// printArticleFacts prints what one article says.
func printArticleFacts(out io.Writer, f *facts.Facts) {
	fmt.Fprintln(out, "\nWhat it says")
	if f.Reference != "" {
		fmt.Fprintf(out, "  dates resolved against %s (%s)\n", f.Reference, f.ReferenceFrom)
	}
	for _, p := range f.People {
		var roles []string
		for _, r := range p.Roles {
			roles = append(roles, formerText(r.Text, r.Former))
		}
		fmt.Fprintf(out, "  person  %s", p.Name)
		if len(roles) > 0 {
			fmt.Fprintf(out, ": %s", strings.Join(roles, "; "))
		}
		fmt.Fprintln(out)
	}
	for _, e := range f.Orgs {
		fmt.Fprintf(out, "  org     %s\n", e.Name)
	}
	for _, e := range f.Places {
		fmt.Fprintf(out, "  place   %s\n", e.Name)
	}
	for _, q := range f.Quotes {
		kind := "quote"
		if !q.Direct {
			kind = "reports"
		}
		fmt.Fprintf(out, "  %-7s %s: %q\n", kind, firstNonEmpty(q.Speaker, "(speaker unknown)"), clip(q.Text, 100))
	}
	for _, d := range f.Dates {
		v := d.Value
		if d.Unresolved || v == "" {
			v = "(unresolved)"
		}
		fmt.Fprintf(out, "  date    %-12s %q: %s\n", v, d.Text, clip(d.What, 80))
	}
	for _, n := range f.Numbers {
		fmt.Fprintf(out, "  number  %q", n.Text)
		if n.Counts != "" {
			fmt.Fprintf(out, " counts %s", n.Counts)
		}
		fmt.Fprintln(out)
	}
}

// formerText is a role as the views show it: "former" before a role held
// before.
func formerText(text string, former bool) string {
	if former {
		return "former " + text
	}
	return text
}
