package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
)

// Source is one real article the benchmark is built from.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Event string `json:"event"` // ECB+ sub-topic
	Topic string `json:"story"` // ECB+ topic
	words int
}

// ReadSources reads a corpus JSONL of real articles.
func ReadSources(path string) ([]Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Source
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var s Source
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		s.words = CountWords(s.Text)
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Overlap says how much two texts share: 8-word runs in common, the longest
// run of words in common, and the shared runs as a share of the smaller
// text's runs.
type Overlap struct {
	Shared  int
	Longest int
	Share   float64
}

// Related reports whether an overlap is more than a stock phrase: real
// republished or co-sourced text, which may be neither a negative pair nor
// a trap. A stock phrase is at most 4 shared 8-word runs, no run longer than
// 12 words and under 3% of the smaller text.
func (o Overlap) Related() bool {
	return o.Shared > 4 || o.Longest > 12 || o.Share >= 0.03
}

// overlap measures the overlap of a and b from their word lists.
func overlap(a, b []string) Overlap { return overlapExcept(a, b, nil) }

// overlapExcept is overlap leaving out the runs skip reports.
func overlapExcept(a, b []string, skip func(string) bool) Overlap {
	sb := map[string]bool{}
	for i := 0; i+8 <= len(b); i++ {
		sb[strings.Join(b[i:i+8], " ")] = true
	}
	var o Overlap
	seen := map[string]bool{}
	run := 0
	for i := 0; i+8 <= len(a); i++ {
		k := strings.Join(a[i:i+8], " ")
		if sb[k] && (skip == nil || !skip(k)) {
			if !seen[k] {
				o.Shared++
				seen[k] = true
			}
			run++
			o.Longest = max(o.Longest, run+7)
		} else {
			run = 0
		}
	}
	if n := min(len(a), len(b)) - 7; n > 0 {
		o.Share = float64(o.Shared) / float64(n)
	}
	return o
}

// Independent chooses articles of at least minWords words of which no two
// are Related, so that every article used in any role (original, common
// source, host) is its own report. Real wire copies inside ECB+ are thereby
// left out rather than taken as negatives. It prefers articles with fewer
// related ones, then longer ones, then the smaller id: the choice is fixed.
func Independent(srcs []Source, minWords int) []Source {
	words := make([][]string, len(srcs))
	index := map[string][]int{} // 8-word run -> articles
	for i, s := range srcs {
		words[i] = Words(s.Text)
		seen := map[string]bool{}
		for k := 0; k+8 <= len(words[i]); k++ {
			key := strings.Join(words[i][k:k+8], " ")
			if !seen[key] {
				seen[key] = true
				index[key] = append(index[key], i)
			}
		}
	}
	conflicts := make([]map[int]bool, len(srcs))
	checked := map[[2]int]bool{}
	for _, ids := range index {
		if len(ids) < 2 {
			continue
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				a, b := ids[x], ids[y]
				if checked[[2]int{a, b}] {
					continue
				}
				checked[[2]int{a, b}] = true
				if overlap(words[a], words[b]).Related() {
					if conflicts[a] == nil {
						conflicts[a] = map[int]bool{}
					}
					if conflicts[b] == nil {
						conflicts[b] = map[int]bool{}
					}
					conflicts[a][b], conflicts[b][a] = true, true
				}
			}
		}
	}
	var order []int
	for i, s := range srcs {
		if s.words >= minWords {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(conflicts[a]), len(conflicts[b])), cmp.Compare(srcs[b].words, srcs[a].words),
			cmp.Compare(srcs[a].ID, srcs[b].ID))
	})
	chosen := map[int]bool{}
	var out []Source
	for _, i := range order {
		ok := true
		for j := range conflicts[i] {
			if chosen[j] {
				ok = false
				break
			}
		}
		if ok {
			chosen[i] = true
			out = append(out, srcs[i])
		}
	}
	slices.SortFunc(out, func(a, b Source) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
