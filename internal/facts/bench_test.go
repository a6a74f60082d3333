package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
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
