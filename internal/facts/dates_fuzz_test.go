package facts

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// dateSeeds are texts the date code found hard or could: dense dates with
// no punctuation, periods, brackets, offsets chained on offsets, numeric
// and impossible dates, mixed scripts, one huge sentence.
var dateSeeds = []string{
	"On Monday Tuesday Friday last Friday next Monday earlier today late Thursday the next day two days later a few days later",
	"from 1996 to 2000 to 2001 between May 1 and May 3 and June February 10 to February 12 2023 through 2024",
	"on Thursday (June 13) this week (June 14) (July) ((May 2)) (",
	"05/02/2013 31/02/2013 13/13/2013 04/02/07 2023-02-30 Feb. 29, 2023 the 2009 season a 2012 car crash case",
	"Двадцатого мая 2024 года в Москве, 北京 on 5 May, Mayıs 5 — « le 3 mai » and on Friday ‘the next day’",
	"“It will happen today,” he said Tuesday. “Yesterday it rained,” she added. Last night, X reported that it did.",
	"the day before the day after two months before the escape the Nov. 30 escape hours later minutes earlier",
	"HARTWELL, May 7 (Lowland Press) - Floods closed the road on Tuesday, which was built in 1971, when it rained.",
	strings.Repeat("on Monday the next day a few days later two months before the escape ", 400),
	strings.Repeat("May 1 to ", 2000),
	strings.Repeat("who which that when after before as ", 1000) + "on Friday",
}

// FuzzDates checks the dates of any text: spans inside the text holding
// their words, a value written as its granularity says, an entry always
// resolved and never also given a reason not to be one, valid UTF-8 when
// the input is, and a timeline in date order.
func FuzzDates(f *testing.F) {
	for _, s := range dateSeeds {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, days int64) {
		pub := time.Date(2024, 2, 29, 10, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%20000))
		fa := Extract(ArticleInput{ID: "a", Text: s, Published: pub})
		fb := Extract(ArticleInput{ID: "b", Text: s})
		valid := utf8.ValidString(s)
		for _, fx := range []*Facts{fa, fb} {
			for _, d := range fx.Dates {
				if d.Start < 0 || d.End > len(s) || d.Start > d.End || s[d.Start:d.End] != d.Text {
					t.Fatalf("date %q at %d-%d does not hold its words", d.Text, d.Start, d.End)
				}
				if valid && !utf8.ValidString(d.What) {
					t.Fatalf("date %q: description %q is not valid UTF-8", d.Text, d.What)
				}
				if d.Value != "" {
					if tm, g := parseValue(d.Value, d.Granularity); tm.IsZero() || g == "" {
						t.Fatalf("date %q: value %q is not a %s", d.Text, d.Value, d.Granularity)
					}
				}
				if d.Entry && (d.Value == "" || d.NotEntry != "") {
					t.Fatalf("date %q: an entry with value %q and reason %q", d.Text, d.Value, d.NotEntry)
				}
			}
		}
		sf := Merge([]*Facts{fa, fb}, nil)
		for i := 1; i < len(sf.Timeline); i++ {
			if sf.Timeline[i].Date < sf.Timeline[i-1].Date {
				t.Fatalf("timeline out of order: %s after %s", sf.Timeline[i].Date, sf.Timeline[i-1].Date)
			}
		}
	})
}

// BenchmarkDatesDense measures Extract per byte on text made of date
// expressions and clause words without punctuation, one sentence of the
// given size: every date analyses its clause, so the cost must stay
// linear in the length however many dates a sentence holds.
func BenchmarkDatesDense(b *testing.B) {
	unit := "on Monday the board which was formed in 2019 met again the next day two months before the escape after he left "
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			s := strings.Repeat(unit, size/len(unit)+1)[:size]
			b.SetBytes(int64(len(s)))
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				Extract(ArticleInput{ID: "dense", Text: s, Published: time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC)})
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(len(s)), "cpu-ns/B")
		})
	}
}
