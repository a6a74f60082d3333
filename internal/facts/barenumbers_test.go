package facts

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestBareNumbersChanged: a copy that put another value for a number that
// counts nothing named (an age, an hour, a record, a length of time joined
// to its noun) in the same words changed that fact, an age's row naming
// whose it is; the same quantity in
// another unit, a page's time stamp and a number the copy did not touch
// are no change.
func TestBareNumbersChanged(t *testing.T) {
	pub := time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC)
	tail := " The harbour board met on the quay in Kestrel to weigh the matter."
	cases := []struct {
		name, a, b string
		want       [][2]string // subject, then the versions' texts
	}{
		{"age", "A 61-year-old ferryman was hurt when the crane at the old mill pier fell on the boat.",
			"A 64-year-old ferryman was hurt when the crane at the old mill pier fell on the boat.",
			[][2]string{{"years of age (ferryman)", "61-year-old|64-year-old"}}},
		{"age after a name", "Tobias Wren, 44, was charged with setting fire to the grain store at the harbour.",
			"Tobias Wren, 41, was charged with setting fire to the grain store at the harbour.",
			[][2]string{{"years of age (Tobias Wren)", "44|41"}}},
		{"hour", "The ferry crew sent a distress call at around 11 a.m. from the mouth of the estuary.",
			"The ferry crew sent a distress call at around 10 a.m. from the mouth of the estuary.",
			[][2]string{{"the hour", "11|10"}}},
		{"record", "The Kestrel rowing club fired its coach after a dismal 9-14 start to the racing season.",
			"The Kestrel rowing club fired its coach after a dismal 10-14 start to the racing season.",
			[][2]string{{"a score or record", "9-14|10-14"}}},
		{"joined noun", "The council moved the venue of her 90-day course, and the pilot travelled to the coast.",
			"The council moved the venue of her 89-day course, and the pilot travelled to the coast.",
			[][2]string{{"“of her N day course”", "90-day|89-day"}}},
		{"a typo elsewhere", "Witnesses say 58-year-old Ada Brisk was leaving her car on 11th Street when she was hit by a van.",
			"Witnesses say 59-year-old Ada Brisk was leavnig her car on 11th Street when she was hit by a van.",
			[][2]string{{"years of age (Ada Brisk)", "58-year-old|59-year-old"}}},
		{"two ages, two rows that say whose", "Tobias Wren, 44, and his neighbour Ada Brisk, 61, were charged with setting fire to the grain store.",
			"Tobias Wren, 41, and his neighbour Ada Brisk, 64, were charged with setting fire to the grain store.",
			[][2]string{{"years of age (Ada Brisk)", "61|64"}, {"years of age (Tobias Wren)", "44|41"}}},
		{"whose age, from where", "A 61-year-old Kestrel man was hurt when the crane at the old mill pier fell on the boat.",
			"A 64-year-old Kestrel man was hurt when the crane at the old mill pier fell on the boat.",
			[][2]string{{"years of age (Kestrel man)", "61-year-old|64-year-old"}}},
		{"another unit", "The 170,000-square-foot hall houses a number of firms, including law offices and a bakery.",
			"The 15,800-square-metre hall houses a number of firms, including law offices and a bakery.", nil},
		{"time stamp", "Last updated at 13:42 GMT on the harbour desk of the Kestrel paper today.",
			"Last updated at 14:42 GMT on the harbour desk of the Kestrel paper today.", nil},
		{"unchanged", "A 61-year-old ferryman was hurt when the crane at the old mill pier fell on the boat.",
			"A 61-year-old ferryman was hurt when the crane at the old mill pier fell onto the boat.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fa := Extract(ArticleInput{ID: "a", Source: "outlet-a", Published: pub, Text: c.a + tail})
			fb := Extract(ArticleInput{ID: "b", Source: "outlet-b", Published: pub, Text: c.b + tail})
			rels := relList{{From: "a", To: "b", Kind: "near-duplicate"}}.rel()
			var got [][2]string
			for _, d := range Merge([]*Facts{fa, fb}, rels).Disagreements {
				if d.Kind != KindNumber {
					continue
				}
				vs := ""
				for i, v := range d.Values {
					if i > 0 {
						vs += "|"
					}
					vs += v.Text
				}
				got = append(got, [2]string{d.Subject, vs})
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("rows %q, want %q", got, c.want)
			}
		})
	}
}

// TestBareNumbersLinear: the walk of two long sentences that part for
// good stops, and two long alike sentences cost one pass (no panic, bounded
// output).
func TestBareNumbersLinear(t *testing.T) {
	long := ""
	for i := 0; i < 5000; i++ {
		long += "the 12 boats "
	}
	x := sentFacts{text: long}
	y := sentFacts{text: long + " and 13 more"}
	if got := bareNumberChanges(x, y); len(got) != 0 {
		t.Errorf("alike sentences: %d changes, want 0", len(got))
	}
	y = sentFacts{text: "entirely other words " + long[:1000]}
	_ = bareNumberChanges(x, y)
}

// BenchmarkBareNumbers: walking a copy's sentence beside its original's
// costs the same CPU per byte however long the sentence (a copy that changed
// a number every few words, and one that differs in a word every few
// words, which makes the walk look ahead to agree again).
func BenchmarkBareNumbers(b *testing.B) {
	for _, size := range []int{1 << 10, 64 << 10, 1 << 20} {
		for _, shape := range []string{"numbers", "words"} {
			var x, y strings.Builder
			for i := 0; x.Len() < size; i++ {
				switch {
				case shape == "numbers" && i%3 == 0:
					fmt.Fprintf(&x, "the %d-year-old pilot of boat %d left the quay. ", 40+i%9, i)
					fmt.Fprintf(&y, "the %d-year-old pilot of boat %d left the quay. ", 41+i%9, i)
				case shape == "words" && i%3 == 0:
					x.WriteString("the old pilot of the grey boat left the quay. ")
					y.WriteString("the young pilot on a red boat quit the pier. ")
				default:
					x.WriteString("the 12 boats of the harbour stayed at the quay. ")
					y.WriteString("the 12 boats of the harbour stayed at the quay. ")
				}
			}
			sx, sy := sentFacts{text: x.String()}, sentFacts{text: y.String()}
			b.Run(fmt.Sprintf("%dKB/%s", size>>10, shape), func(b *testing.B) {
				b.SetBytes(int64(size))
				cpu := cpuTime()
				for b.Loop() {
					bareNumberChanges(sx, sy)
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(size), "cpu-ns/B")
			})
		}
	}
}
