package facts

import (
	"testing"
	"time"
)

// FuzzExtract checks that Extract and Merge never panic and that every
// span they give lies inside the text and holds the text it names.
func FuzzExtract(f *testing.F) {
	f.Add("“We will,” he said. \"Then\" she said, “no.” Gen. A B, the chief of C, said on Monday that 3 of its 12 units, 52% and $1.2 million.")
	f.Add("On February 10 to February 12, 2023 07:27 am IST - two days later, the next day, last week.\n\n“unclosed quote\n\nDeputy Mayor X Y of Z said.")
	f.Add("according to , said , “” \"\" ” “ Mr. . Sen. , the")
	// A determiner alone before a speech verb once indexed an empty list.
	f.Add("The minister met reporters. A said that the plan was ready. The strike went on, a said.")
	f.Fuzz(func(t *testing.T, s string) {
		fa := Extract(ArticleInput{ID: "a", Text: s, Published: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)})
		fb := Extract(ArticleInput{ID: "b", Text: s})
		check := func(what string, a, b int, text string) {
			if a < 0 || b > len(s) || a > b {
				t.Fatalf("%s span %d-%d outside the text (%d bytes)", what, a, b, len(s))
			}
			if text != "" && s[a:b] != text {
				t.Fatalf("%s span %d-%d holds %q, not %q", what, a, b, s[a:b], text)
			}
		}
		for _, p := range fa.People {
			for _, m := range p.Mentions {
				check("person", m.Start, m.End, m.Text)
			}
		}
		for _, q := range fa.Quotes {
			check("quote", q.Start, q.End, "")
		}
		for _, d := range fa.Dates {
			check("date", d.Start, d.End, d.Text)
		}
		for _, n := range fa.Numbers {
			check("number", n.Start, n.End, n.Text)
		}
		Merge([]*Facts{fa, fb}, nil)
	})
}
