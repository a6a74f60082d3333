package facts

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
)

// labelledStory is what the benchmarks read of a story of the labelled set
// (internal/eval scores it).
type labelledStory struct {
	Articles []struct {
		ID, Source, Published, Text string
	} `json:"articles"`
}

// labelledArticles reads every article of the labelled set.
func labelledArticles(b *testing.B) ([]ArticleInput, [][]int) {
	files, _ := filepath.Glob("testdata/*/*.json")
	var arts []ArticleInput
	var stories [][]int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var ls labelledStory
		if err := json.Unmarshal(raw, &ls); err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		var idx []int
		for _, a := range ls.Articles {
			pub, err := time.Parse(time.RFC3339, a.Published)
			if err != nil {
				pub, _ = time.Parse("2006-01-02", a.Published)
			}
			idx = append(idx, len(arts))
			arts = append(arts, ArticleInput{ID: a.ID, Source: a.Source, Text: a.Text, Published: pub})
		}
		stories = append(stories, idx)
	}
	return arts, stories
}

// BenchmarkExtract measures Extract per article (the labelled set's
// articles in turn).
func BenchmarkExtract(b *testing.B) {
	arts, _ := labelledArticles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(arts[i%len(arts)])
	}
}

// BenchmarkMerge measures Merge per story of the labelled set.
func BenchmarkMerge(b *testing.B) {
	arts, stories := labelledArticles(b)
	facts := make([]*Facts, len(arts))
	for i, a := range arts {
		facts[i] = Extract(a)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st := stories[i%len(stories)]
		fs := make([]*Facts, len(st))
		for k, j := range st {
			fs[k] = facts[j]
		}
		Merge(fs, nil)
	}
}

// BenchmarkExtractSeeds measures Extract per seed article (longer, real
// news text; skipped without ../shared/seeds).
func BenchmarkExtractSeeds(b *testing.B) {
	seeds := loadSeeds(b)
	var arts []ArticleInput
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		if a, ok := seeds[id]; ok {
			arts = append(arts, a)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(arts[i%len(arts)])
	}
}

// longText is about n bytes of the labelled set's articles, one after the
// other: ordinary sentences, or (flat) the same words with every sentence
// break, paragraph and punctuation mark removed, one sentence of n bytes.
func longText(b *testing.B, n int, flat bool) string {
	arts, _ := labelledArticles(b)
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(arts[i%len(arts)].Text)
		sb.WriteString("\n\n")
	}
	s := sb.String()[:n]
	if flat {
		// No sentence break, and no punctuation at all: the clause rules
		// find no comma to stop at either.
		s = strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) && r != '\'' || r == '\n' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}

// interviewText is an interview of about n bytes made of the labelled
// articles' paragraphs: answers under a label in capitals with the
// questions between them unlabelled over its first three quarters, then a
// labelled question and answer and unlabelled turns alternating by
// paragraph to the end (the transcript rules' every path).
func interviewText(b *testing.B, n int) string {
	arts, _ := labelledArticles(b)
	var paras []string
	for _, a := range arts {
		for _, p := range strings.Split(a.Text, "\n\n") {
			if p = strings.TrimSpace(p); len(strings.Fields(p)) >= minQuoteWords && !strings.Contains(p, "\n") {
				paras = append(paras, p)
			}
		}
	}
	var sb strings.Builder
	sb.WriteString("Mara Quill spoke to the ferry captain Runa Lekve about the storm.\n\nQUILL: What happened that night?\n\n")
	for i := 0; sb.Len() < n*3/4; i++ {
		sb.WriteString("LEKVE: " + paras[i%len(paras)] + "\n\nAnd what happened next?\n\n")
	}
	sb.WriteString("QUILL: What happened then?\n\nLEKVE: The wall gave way and the ramp came loose.\n\n")
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString("What happened after that?\n\n" + paras[i%len(paras)] + "\n\n")
	}
	return sb.String()[:n]
}

// BenchmarkExtractLong measures Extract per byte on a long article written
// in sentences, on the same words without a sentence break and on an
// interview's turns: the cost must stay linear in the text's length every
// way.
func BenchmarkExtractLong(b *testing.B) {
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		for _, kind := range []string{"sentences", "one-sentence", "interview"} {
			b.Run(fmt.Sprintf("%dKB/%s", size>>10, kind), func(b *testing.B) {
				var s string
				switch kind {
				case "interview":
					s = interviewText(b, size)
				default:
					s = longText(b, size, kind == "one-sentence")
				}
				b.SetBytes(int64(len(s)))
				b.ResetTimer()
				cpu := cpuTime()
				for i := 0; i < b.N; i++ {
					Extract(ArticleInput{ID: "long", Text: s})
				}
				// The CPU time the process spent per byte: on a shared
				// machine the wall time also counts other jobs' turns.
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(len(s)), "cpu-ns/B")
			})
		}
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMergeStory measures merging the facts of a story of 300
// articles (corpus.Story: one happening, counts that differ between
// outlets, wire copies): what the engine does once per batch when a story
// changes. ns/op is per story; the metric per article.
func BenchmarkMergeStory(b *testing.B) {
	arts := corpus.Story(1, 300)
	fs := make([]*Facts, len(arts))
	for i, a := range arts {
		fs[i] = Extract(ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: a.Published})
	}
	benchMerge(b, fs, nil)
}

// BenchmarkMergeCopies is BenchmarkMergeStory with each article related
// as a copy to the one before it (the story's articles are one report
// with other counts, days and titles; a tenth are wire copies, the same
// text): the comparison of every copy with its original, sentence by
// aligned sentence, that merging a story of copies makes.
func BenchmarkMergeCopies(b *testing.B) {
	fs, rels := chainedStory(copydesk.Rewrite)
	benchMerge(b, fs, rels)
}

// BenchmarkMergeShared is BenchmarkMergeCopies with each article related
// to the one before it as two reports of one source (shared-source): each
// pair compared both ways, and the rows no copy made named by the pairs
// that give their versions.
func BenchmarkMergeShared(b *testing.B) {
	fs, rels := chainedStory(copydesk.SharedSource)
	benchMerge(b, fs, rels)
}

// chainedStory is the facts of the invented 300-article story with each
// article related to the one before it by kind.
func chainedStory(kind copydesk.Kind) ([]*Facts, []copydesk.Relation) {
	arts := corpus.Story(1, 300)
	fs := make([]*Facts, len(arts))
	var rels []copydesk.Relation
	for i, a := range arts {
		fs[i] = Extract(ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: a.Text, Published: a.Published})
		if i > 0 {
			rels = append(rels, copydesk.Relation{From: arts[i-1].ID, To: a.ID, Kind: kind})
		}
	}
	return fs, rels
}

// benchMerge times Merge of fs with rels, in CPU an article.
func benchMerge(b *testing.B, fs []*Facts, rels []copydesk.Relation) {
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		Merge(fs, rels)
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(len(fs))/1e3, "cpu-µs/article")
}

// quoteText writes about n bytes of invented news text dense with quotes
// and attributions; oneSentence joins it all into one sentence without a
// full stop or a paragraph break.
func quoteText(n int, oneSentence bool) string {
	parts := []string{
		`"We will rebuild the bridge before the floods come back," said Mayor Ann Lee of Kestrel`,
		`Harbour Master Ines Varga, who runs the port, said the cranes would stay idle until the wind drops`,
		`"Nobody goes up there tonight," she told the Valley Courier`,
		`The council called the plan "a waste of everyone's money and time" in a statement`,
		`According to Dr. Tom Orr, "the water has been unsafe to drink for a week"`,
		`“The ferries run again on Friday,” he said, “and the schools open on Monday”`,
		`Judge Rosa Lindqvist said: “Nobody in this court read the report before the vote”`,
		// partial quotes whose speaker is read around them
		`The FAA report says the crew acted "against every rule of safe flight" by landing in fog, the report said`,
		`Though the newspaper does not name its source, it stated that the offer is "worth more than any before"`,
		`Kern wants the new pier to be "a model for every harbour town in the region"`,
		`The 40-year-old captain "was thrown into the sea when the wheelhouse broke apart"`,
	}
	var b strings.Builder
	for k := 0; b.Len() < n; k++ {
		b.WriteString(parts[k%len(parts)])
		switch {
		case oneSentence:
			b.WriteString(", and ")
		case k%3 == 2:
			b.WriteString(".\n\n")
		default:
			b.WriteString(". ")
		}
	}
	return b.String()
}

// BenchmarkQuotes measures the quotes and speakers of a text dense with
// them (its words and names found beforehand), per byte, for ordinary
// sentences and for the same text as one sentence, at two sizes: the cost
// per byte stays flat.
func BenchmarkQuotes(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20} {
		for _, one := range []bool{false, true} {
			name := fmt.Sprintf("%dKB/sentences", size>>10)
			if one {
				name = fmt.Sprintf("%dKB/one-sentence", size>>10)
			}
			b.Run(name, func(b *testing.B) {
				src := quoteText(size, one)
				sents := split(src)
				ms := findNames(src, sents, lowerWords(sents))
				b.SetBytes(int64(len(src)))
				b.ResetTimer()
				cpu := cpuTime()
				for i := 0; i < b.N; i++ {
					findQuotes(newResolver(src, sents, ms))
				}
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(len(src)), "cpu-ns/B")
			})
		}
	}
}

// BenchmarkMergeLongCopies is BenchmarkMergeCopies with long articles:
// each of 40 is eight of corpus.Story's reports run together (about 80
// sentences, most of them sharing words with many others), related as a
// copy to the one before: aligning a long copy to its original, sentence
// by sentence through the postings of their stems, is most of it.
func BenchmarkMergeLongCopies(b *testing.B) {
	arts := corpus.Story(2, 320)
	const per = 8
	fs := make([]*Facts, 0, len(arts)/per)
	var rels []copydesk.Relation
	for i := 0; i+per <= len(arts); i += per {
		var body strings.Builder
		for _, a := range arts[i : i+per] {
			body.WriteString(a.Text)
			body.WriteString("\n\n")
		}
		a := arts[i]
		fs = append(fs, Extract(ArticleInput{ID: a.ID, Source: a.Source, Title: a.Title, Text: body.String(), Published: a.Published}))
		if n := len(fs); n > 1 {
			rels = append(rels, copydesk.Relation{From: fs[n-2].ID, To: a.ID, Kind: copydesk.Rewrite})
		}
	}
	benchMerge(b, fs, rels)
}

// BenchmarkDecode measures Decode per article, facts as the store keeps
// them (of generated stories, corpus.Story): what a merge of a story
// larger than the engine's cache of facts reads back (docs/speed.md).
func BenchmarkDecode(b *testing.B) {
	var stored []copydesk.Facts
	for _, a := range corpus.Story(7, 40) {
		data, err := json.Marshal(Extract(ArticleInput{ID: a.ID, Title: a.Title, Text: a.Text}))
		if err != nil {
			b.Fatal(err)
		}
		stored = append(stored, copydesk.Facts{ID: a.ID, Version: RulesVersion, Data: data})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(stored)
		if _, err := Decode(stored[k : k+1]); err != nil {
			b.Fatal(err)
		}
	}
}
