package facts

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds are the inputs the span code found hard: curly apostrophes and
// quotation marks (three bytes each), mixed scripts, unbalanced quotation
// marks, text without punctuation, and one long sentence.
var fuzzSeeds = []string{
	"“We will,” he said. \"Then\" she said, “no.” Gen. A B, the chief of C, said on Monday that 3 of its 12 units, 52% and $1.2 million.",
	"On February 10 to February 12, 2023 07:27 am IST - two days later, the next day, last week.\n\n“unclosed quote\n\nDeputy Mayor X Y of Z said.",
	"according to , said , “” \"\" ” “ Mr. . Sen. , the",
	// A determiner alone before a speech verb once indexed an empty list.
	"The minister met reporters. A said that the plan was ready. The strike went on, a said.",
	// "China’s" once gave the name "China\xe2\x80": the possessive was cut as two bytes.
	"China’s Defence Ministry said Wang Yi’s trip to Beijing’s airport cost € 5 million, 12 % more. Wang Yi’s aide said so.",
	"Министр обороны Сергей Шойгу said „nothing“ to Xi Jinping’s envoy in 北京, « Le Drian » replied: ‘fine’.",
	"\"He said \"\"no\"\" and “then ‘never” she said “ ” “",
	strings.Repeat("the minister Anja Kovalenko said the army of Veltria moved 12 tanks to Kestrel on Monday and ", 200),
	strings.Repeat("word ", 3000),
	// Quotes over paragraphs, left open or reopened, angle and low marks,
	// nested single marks, transcript labels.
	"Mr Gates told the conference:\n\n\"One two three four.\n\nFive six seven eight.\n\n\"Nine ten eleven twelve\n\nA caption\n\n\"Thirteen fourteen fifteen sixteen.\"",
	"\"Open and never closed, said Ann Lee\n\n“Another ” one „here“ and «there» ‹and› ‘single’ 'straight' Nichols' lawyer\n\n»reversed« \"",
	"\"They asked, 'How about if it had been fifty?'\" Howard said.\n\n\"And they said no.\"",
	"WALLACE: Will you vote for it this week?\n\nFENNER: I will not vote for a budget that cuts it.\n\nUPDATE: none\n\nQ: why",
	strings.Repeat("\"We will rebuild it,\" said Mayor Ann Lee of Kestrel, and he told the Courier that ", 200),
	// Reversed curly marks, terms quoted inside a quote in the same marks,
	// a lost opening mark after a term, several people as one speaker.
	"”Reversed,“ he said. \"Have you heard \"marches\" are \"held\" - \"yes\" here? ” “ \" the two men said, both men said.\n\nNeither T.J. Lee nor Tony Lee and Ann Lee said so and added, \"x y z w\" they said. A \"b\" c,\" said Lee.",
	strings.Repeat("\"a \"b\" c \"d\" e ", 500),
	strings.Repeat("Ann Lee and Bob Lee met. \"We agree on all four,\" they said, and the two leaders said ", 200),
}

// FuzzExtract checks that Extract and Merge never panic, that every span
// they give lies inside the text on rune boundaries and holds the text it
// names, and that every text they give is valid UTF-8 when the input is.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fa := Extract(ArticleInput{ID: "a", Text: s, Published: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)})
		fb := Extract(ArticleInput{ID: "b", Text: s})
		valid := utf8.ValidString(s)
		check := func(what string, a, b int, text string) {
			if a < 0 || b > len(s) || a > b {
				t.Fatalf("%s span %d-%d outside the text (%d bytes)", what, a, b, len(s))
			}
			if text != "" && s[a:b] != text {
				t.Fatalf("%s span %d-%d holds %q, not %q", what, a, b, s[a:b], text)
			}
			if valid && (a < len(s) && !utf8.RuneStart(s[a]) || b < len(s) && !utf8.RuneStart(s[b])) {
				t.Fatalf("%s span %d-%d cuts a character: %q", what, a, b, s[a:b])
			}
		}
		text := func(what, x string) {
			if valid && !utf8.ValidString(x) {
				t.Fatalf("%s %q is not valid UTF-8", what, x)
			}
		}
		for _, p := range fa.People {
			text("name", p.Name)
			for _, m := range p.Mentions {
				check("person", m.Start, m.End, m.Text)
			}
			for _, r := range p.Roles {
				text("role", r.Text)
			}
		}
		for _, e := range append(fa.Orgs, fa.Places...) {
			text("entity", e.Name)
			for _, m := range e.Mentions {
				check("entity", m.Start, m.End, m.Text)
			}
		}
		for _, q := range fa.Quotes {
			check("quote", q.Start, q.End, "")
			text("quote", q.Text)
			text("speaker", q.Speaker)
			if q.Antecedent != nil {
				check("antecedent", q.Antecedent.Start, q.Antecedent.End, q.Antecedent.Text)
			}
		}
		for _, d := range fa.Dates {
			check("date", d.Start, d.End, d.Text)
			text("what", d.What)
		}
		for _, n := range fa.Numbers {
			check("number", n.Start, n.End, n.Text)
			text("counts", n.Counts)
		}
		sf := Merge([]*Facts{fa, fb}, nil)
		for _, d := range sf.Disagreements {
			text("disagreement", d.Subject)
			for _, v := range d.Values {
				text("version", v.Text+v.Sentence)
			}
		}
	})
}

// FuzzSplit checks the words and sentences every rule reads: each word's
// raw text is its span, its gap the text since the previous word, and its
// possessive cut on a character boundary.
func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		for _, st := range split(s) {
			if st.Start < 0 || st.End > len(s) || s[st.Start:st.End] != st.Text {
				t.Fatalf("sentence %d-%d does not hold its text", st.Start, st.End)
			}
			prev := st.Start
			for _, w := range st.toks {
				if w.start < prev || w.end > st.End || s[w.start:w.end] != w.raw || s[prev:w.start] != w.gap {
					t.Fatalf("word %q at %d-%d: span, raw or gap wrong", w.raw, w.start, w.end)
				}
				if w.bare < w.start || w.bare > w.end || valid && w.bare < len(s) && !utf8.RuneStart(s[w.bare]) {
					t.Fatalf("word %q: possessive cut at %d, inside a character", w.raw, w.bare)
				}
				prev = w.end
			}
		}
	})
}

// FuzzQuoteSpans checks the quotation-mark parser on any text: every part
// of every quote lies inside the text, after its opening mark and in
// order, and a nested quote lies inside the quote holding it.
func FuzzQuoteSpans(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("\"A b c d,\" he said, “e f ‘g h i j’ k”\n\n\"l m\n\n\"n o\" p 'q r s t' «u» „v“ ‹w›")
	f.Add("\"\"\"“““”””‘‘’’'''«««»»»\n\n\n\"")
	f.Add(strings.Repeat("\"open\n\n", 50) + "close\"")
	f.Fuzz(func(t *testing.T, s string) {
		spans := quoteSpans(s)
		for k, q := range spans {
			if len(q.parts) == 0 || q.open < 0 || q.close > len(s) || q.open > q.start() {
				t.Fatalf("span %d %+v: marks outside the text (%d bytes)", k, q, len(s))
			}
			last := q.open
			for _, p := range q.parts {
				if p[0] < last || p[1] < p[0] || p[1] > len(s) {
					t.Fatalf("span %d %+v: parts out of order or outside the text", k, q)
				}
				last = p[1]
			}
			if q.close < q.end() {
				t.Fatalf("span %d %+v: closes before its end", k, q)
			}
			if q.nested {
				o := spans[q.outer]
				if q.outer >= k || o.nested || o.open > q.open || o.close < q.close {
					t.Fatalf("span %d %+v: not inside its outer quote %+v", k, q, o)
				}
			}
			if k > 0 && spans[k-1].open > q.open {
				t.Fatalf("spans not in the order of their marks")
			}
			q.text(s)
		}
	})
}
