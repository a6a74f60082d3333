package extract

import (
	"strings"
	"sync"

	"github.com/copydesk/copydesk"
)

// Boilerplate learns the lines one outlet repeats across its documents, such
// as a footer every article of the outlet carries, so that Text can drop
// lines no fixed rule knows. It is safe for concurrent use.
//
// Only lines of 2 to 25 words count. Shorter lines ("AFP", "Share") are
// already handled by the line rules, or are too common to say anything about
// an outlet; longer lines are body sentences, which an outlet may legitimately
// repeat (a syndicated paragraph, a background sentence reused in follow-ups)
// and which must never be dropped on that ground. A document observed twice
// (the same raw bytes) counts once. Callers should observe one version per
// article: two versions of one article share their body lines.
type Boilerplate struct {
	mu sync.Mutex
	// counts maps source, then normalised line, to the number of documents
	// of that source containing the line.
	counts map[string]map[string]int
	docs   map[string]bool // source + raw hash of the documents observed
}

// NewBoilerplate returns an empty Boilerplate.
func NewBoilerplate() *Boilerplate {
	return &Boilerplate{counts: map[string]map[string]int{}, docs: map[string]bool{}}
}

// boilerplateKey returns the key under which a line is counted, or "" when
// the line does not count.
func boilerplateKey(line string) string {
	text, _ := plainLine(line)
	n := normalise(text)
	if w := words(n); w < 2 || w > 25 {
		return ""
	}
	return n
}

// Observe counts each distinct line of one raw document of source once.
func (b *Boilerplate) Observe(source string, raw []byte) {
	key := source + "\x00" + copydesk.HashRaw(raw)
	lines := map[string]bool{}
	for _, l := range strings.Split(string(raw), "\n") {
		if k := boilerplateKey(l); k != "" {
			lines[k] = true
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.docs[key] {
		return
	}
	b.docs[key] = true
	m := b.counts[source]
	if m == nil {
		m = map[string]int{}
		b.counts[source] = m
	}
	for k := range lines {
		m[k]++
	}
}

// AnyRepeated reports whether Text, given Repeated(source), would find a
// repeated line in raw: when it would not, Text without it gives the same.
func (b *Boilerplate) AnyRepeated(source string, raw []byte) bool {
	b.mu.Lock()
	m := b.counts[source]
	b.mu.Unlock()
	if len(m) == 0 {
		return false
	}
	// The lines as Text passes them to Repeated (see cleanText and run).
	s := strings.ReplaceAll(string(raw), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for l := range strings.SplitSeq(s, "\n") {
		text, _ := plainLine(l)
		if k := boilerplateKey(text); k != "" {
			b.mu.Lock()
			n := m[k]
			b.mu.Unlock()
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// Repeated returns a function, for TextOptions.Repeated, that reports the
// lines seen in at least two observed documents of source.
func (b *Boilerplate) Repeated(source string) func(line string) bool {
	return func(line string) bool {
		k := boilerplateKey(line)
		if k == "" {
			return false
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.counts[source][k] >= 2
	}
}
