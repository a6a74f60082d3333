// Package fluency is a word and word-pair frequency model of English news
// text, derived by the project itself (table.txt.gz, written by `go run
// ./tools/copybench -derive-fluency`; see LICENSE beside it), and the
// measure of which of two aligned sentences reads the more fluently where
// they differ.
//
// A spinner swaps common words for rarer synonyms and breaks common word
// pairs; a typo or a mangled inflection is rarer still. Comparing only the
// words in which two aligned sentences differ, each in its own context,
// makes the measure independent of the topic: both sides tell the same
// story.
package fluency

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/copydesk/copydesk/internal/text"
)

//go:embed table.txt.gz
var tableGz []byte

// start stands for the start of a sentence, num for any number.
const start, num = "<s>", "<n>"

// Counter counts the words and word pairs of sentences.
type Counter struct {
	uni   map[string]int
	bi    map[string]int
	total int
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter { return &Counter{uni: map[string]int{}, bi: map[string]int{}} }

// Add counts the words and word pairs of each sentence of s.
func (c *Counter) Add(s string) {
	for _, sp := range text.Sentences(s) {
		prev := start
		for _, w := range words(sp.Text) {
			c.uni[w]++
			c.bi[prev+" "+w]++
			c.total++
			prev = w
		}
	}
}

// Write writes the counts of at least min, sorted: "#words N" (the number
// of words counted), then one "word count" or "word word count" a line.
func (c *Counter) Write(w io.Writer, min int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "#words %d\n", c.total)
	for _, m := range []map[string]int{c.uni, c.bi} {
		keys := make([]string, 0, len(m))
		for k, n := range m {
			if n >= min {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(bw, "%s %d\n", k, m[k])
		}
	}
	return bw.Flush()
}

// words are the lower-case words of s, a number as num.
func words(s string) []string {
	out := make([]string, 0, len(s)/6+1) // about six bytes a word
	for t := range text.AllTokens(s) {
		w := strings.ToLower(t.Word)
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			w = num
		}
		out = append(out, w)
	}
	return out
}

// Model is the table's counts.
type Model struct {
	uni, bi map[string]int
	total   int
}

var (
	once  sync.Once
	model *Model
)

// Default is the model of the embedded table.
func Default() *Model {
	once.Do(func() {
		m, err := Read(bytes.NewReader(tableGz))
		if err != nil {
			panic("fluency: table.txt.gz: " + err.Error())
		}
		model = m
	})
	return model
}

// Read reads a table as Counter.Write wrote it, gzipped. The table is
// read whole, its words kept as parts of one string, and the maps sized
// first: every run of a command that compares texts reads it once.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	data := string(raw)
	nuni, nbi := 0, 0
	for rest := data; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if strings.Count(line, " ") > 1 {
			nbi++
		} else {
			nuni++
		}
	}
	m := &Model{uni: make(map[string]int, nuni), bi: make(map[string]int, nbi)}
	for n, rest := 1, data; rest != ""; n++ {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if tail, ok := strings.CutPrefix(line, "#words "); ok {
			if m.total, err = strconv.Atoi(tail); err != nil {
				return nil, fmt.Errorf("line %d: %q: %w", n, line, err)
			}
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		c, err := strconv.Atoi(line[i+1:])
		if i < 0 || err != nil {
			return nil, fmt.Errorf("line %d: %q: not a count", n, line)
		}
		if k := line[:i]; strings.IndexByte(k, ' ') >= 0 {
			m.bi[k] = c
		} else {
			m.uni[k] = c
		}
	}
	if m.total == 0 {
		return nil, fmt.Errorf("no #words line")
	}
	return m, nil
}

// lambda is the weight of the word-pair estimate against the word's own
// frequency.
const lambda = 0.6

// LogProb is the natural log of the probability of w after prev: the word
// pair's share of prev's pairs mixed with w's own frequency (add-half
// smoothed, so an unseen word is rare but not impossible).
func (m *Model) LogProb(prev, w string) float64 {
	pu := (float64(m.uni[w]) + 0.5) / (float64(m.total) + 0.5*float64(len(m.uni)))
	p := (1 - lambda) * pu
	if cp := m.uni[prev]; prev == start || cp > 0 {
		if prev == start {
			cp = m.uni[start]
		}
		if cp > 0 {
			p += lambda * float64(m.bi[prev+" "+w]) / float64(cp)
		} else {
			p += lambda * pu
		}
	} else {
		p += lambda * pu
	}
	return math.Log(p)
}

// Diff compares two aligned sentences where one swapped words for others:
// the mean log probability, in its own context (the pair it makes with the
// word before and with the word after), of each word one sentence has and
// the other lacks, a's minus b's. Above 0 a reads the more fluently. ok is
// false when either side has no such word, or when the two are not a swap
// of words (more than maxSwapped of either side's words are its own, or
// the lengths differ by more than maxLenDiff words: a restated sentence,
// whose fluency says nothing of which came first). The cost is linear in
// the sentences' lengths.
func (m *Model) Diff(a, b string) (d float64, ok bool) {
	if a == b {
		return 0, false // no word of either is its own
	}
	wa, wb := words(a), words(b)
	if abs(len(wa)-len(wb)) > maxLenDiff {
		return 0, false
	}
	// Which words are each side's own is settled before any is scored:
	// most restated sentences fail the bounds below, and their scores
	// (two word pairs looked up a word) were half of Diff's cost.
	var bufA, bufB [32]int
	ia, ib := own(wa, wb, bufA[:0]), own(wb, wa, bufB[:0])
	na, nb := len(ia), len(ib)
	if na == 0 || nb == 0 ||
		float64(na) > maxSwapped*float64(len(wa)) || float64(nb) > maxSwapped*float64(len(wb)) {
		return 0, false
	}
	return m.score(wa, ia)/float64(na) - m.score(wb, ib)/float64(nb), true
}

// maxSwapped and maxLenDiff bound what Diff takes for a swap of words.
const (
	maxSwapped = 0.5
	maxLenDiff = 3
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Score is the comparison of the aligned sentences of two texts (Compare).
type Score struct {
	// Pairs is the number of aligned sentence pairs compared (those Diff
	// takes).
	Pairs int
	// Mean is the mean of their Diffs, T the mean over its standard error
	// (plus a floor, so that two near-equal Diffs do not make a large T).
	Mean, T float64
}

// seFloor is added to the standard error of the mean Diff.
const seFloor = 0.1

// Compare compares the aligned sentence pairs of two texts, a's sentence
// first in each pair: above 0 a reads the more fluently where they differ.
func (m *Model) Compare(pairs [][2]string) Score {
	var ds []float64
	for _, p := range pairs {
		if d, ok := m.Diff(p[0], p[1]); ok {
			ds = append(ds, d)
		}
	}
	s := Score{Pairs: len(ds)}
	if len(ds) < 2 {
		return s
	}
	for _, d := range ds {
		s.Mean += d
	}
	s.Mean /= float64(len(ds))
	v := 0.0
	for _, d := range ds {
		v += (d - s.Mean) * (d - s.Mean)
	}
	se := math.Sqrt(v/float64(len(ds)-1)) / math.Sqrt(float64(len(ds)))
	s.T = s.Mean / (se + seFloor)
	return s
}

// own appends to at the positions in ws of the words other lacks (as many
// of each as other lacks), numbers aside, in order.
func own(ws, other []string, at []int) []int {
	// other's words with how many times each is left to match, sorted by
	// word (a sentence's words are few: a sorted slice, not a map).
	type left struct {
		w string
		n int
	}
	sorted := slices.Sorted(slices.Values(other))
	lefts := make([]left, 0, len(sorted))
	for _, w := range sorted {
		if k := len(lefts); k > 0 && lefts[k-1].w == w {
			lefts[k-1].n++
		} else {
			lefts = append(lefts, left{w, 1})
		}
	}
	for i, w := range ws {
		if j, ok := slices.BinarySearchFunc(lefts, w, func(x left, t string) int { return strings.Compare(x.w, t) }); ok && lefts[j].n > 0 {
			lefts[j].n--
			continue
		}
		if w == num {
			continue
		}
		at = append(at, i)
	}
	return at
}

// score sums, over the words of ws at the positions at, the log
// probability of each in its own context: the mean of the pair it makes
// with the word before and with the word after (the start of the sentence
// before its first word; its last word has no pair after).
func (m *Model) score(ws []string, at []int) float64 {
	sum := 0.0
	for _, i := range at {
		w := ws[i]
		prev := start
		if i > 0 {
			prev = ws[i-1]
		}
		f := m.LogProb(prev, w)
		if i+1 < len(ws) {
			f = (f + m.LogProb(w, ws[i+1])) / 2
		}
		sum += f
	}
	return sum
}
