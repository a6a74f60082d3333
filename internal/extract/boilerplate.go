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
// (the same raw bytes) counts once. Two documents of one outlet that share
// most of their lines are versions of one story (an update, a rerun of a
// wire copy, a copy of the outlet's own report): what they share is their
// text, not the outlet's template, so one never makes the other's lines
// repeated (related).
type Boilerplate struct {
	mu sync.Mutex
	// docs holds, by source, the documents observed: each one's counted
	// lines (boilerplateKey) and all its lines of two words or more
	// (lineKey), for telling versions of one story apart (related).
	docs map[string][]observed
	// byLine maps source, then counted line, to the indexes in docs of the
	// documents containing it.
	byLine map[string]map[string][]int
	// seen maps source + raw hash of the documents observed to their
	// index in docs, so that Repeated reads their lines as Observe found
	// them.
	seen map[string]int
}

// observed is one document's lines as Boilerplate keeps them.
type observed struct {
	hash  string
	lines map[string]bool // every line of two words or more (lineKey)
}

// NewBoilerplate returns an empty Boilerplate.
func NewBoilerplate() *Boilerplate {
	return &Boilerplate{docs: map[string][]observed{}, byLine: map[string]map[string][]int{}, seen: map[string]int{}}
}

// boilerplateKey returns the key under which a line is counted, or "" when
// the line does not count.
func boilerplateKey(line string) string {
	if n := lineKey(line); counted(n) {
		return n
	}
	return ""
}

// counted reports whether a line's key (lineKey) is short enough to count.
func counted(key string) bool { return key != "" && words(key) <= 25 }

// lineKey returns a line normalised, or "" for a line of fewer than two
// words.
func lineKey(line string) string {
	text, _ := plainLine(line)
	n := normalise(text)
	if words(n) < 2 {
		return ""
	}
	return n
}

// minRelated is the least number of lines two documents of one outlet
// share, and half of the shorter one's lines at least, for them to be
// versions of one story rather than two articles under one template (whose
// footers and prompts are a few lines of each).
const minRelated = 3

// linesOf returns the keys of raw's lines as Text passes them to Repeated
// (see cleanText and run): all of two words or more.
func linesOf(raw []byte) map[string]bool {
	s := strings.ReplaceAll(string(raw), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := map[string]bool{}
	for l := range strings.SplitSeq(s, "\n") {
		if k := lineKey(l); k != "" {
			lines[k] = true
		}
	}
	return lines
}

// Observe counts each distinct line of one raw document of source once.
func (b *Boilerplate) Observe(source string, raw []byte) {
	hash := copydesk.HashRaw(raw)
	lines := linesOf(raw)
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.seen[source+"\x00"+hash]; ok {
		return
	}
	i := len(b.docs[source])
	b.seen[source+"\x00"+hash] = i
	b.docs[source] = append(b.docs[source], observed{hash: hash, lines: lines})
	m := b.byLine[source]
	if m == nil {
		m = map[string][]int{}
		b.byLine[source] = m
	}
	for k := range lines {
		if counted(k) {
			m[k] = append(m[k], i)
		}
	}
}

// Repeated returns a function, for TextOptions.Repeated, that reports the
// lines of the document raw (nil: a document not known) that stand in at
// least two observed documents of source, raw's own among them, leaving out
// those related to raw: versions of its story share its lines as their
// text. A document not observed counts as one more when it holds the line.
// It returns nil when raw is given and none of its lines is repeated: Text
// without it gives the same.
func (b *Boilerplate) Repeated(source string, raw []byte) func(line string) bool {
	var own map[string]bool
	hash := ""
	if raw != nil {
		// An observed document's lines as Observe found them (never
		// changed after), else found now.
		hash = copydesk.HashRaw(raw)
		b.mu.Lock()
		if i, ok := b.seen[source+"\x00"+hash]; ok {
			own = b.docs[source][i].lines
		}
		b.mu.Unlock()
		if own == nil {
			own = linesOf(raw)
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	docs, m := b.docs[source], b.byLine[source]
	// The observed documents related to raw (and raw itself, if observed),
	// among those that share a counted line with it.
	skip := map[int]bool{}
	if len(own) > 0 {
		shared := map[int]int{}
		for k := range own {
			if !counted(k) {
				continue // a long line: only counted lines are looked up
			}
			for _, i := range m[k] {
				shared[i]++
			}
		}
		for i := range shared {
			d := docs[i]
			if d.hash == hash {
				skip[i] = true
				continue
			}
			n := 0
			for k := range own {
				if d.lines[k] {
					n++
				}
			}
			if n >= minRelated && 2*n >= min(len(own), len(d.lines)) {
				skip[i] = true
			}
		}
	}
	// count is how many of the documents that count hold the line k; the
	// caller holds b.mu.
	count := func(k string) int {
		n := 0
		if own[k] {
			n++ // raw itself
		}
		for _, i := range b.byLine[source][k] {
			if !skip[i] {
				n++
			}
		}
		return n
	}
	if raw != nil {
		found := false
		for k := range own {
			if counted(k) && count(k) >= 2 {
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return func(line string) bool {
		k := boilerplateKey(line)
		if k == "" {
			return false
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		return count(k) >= 2
	}
}
