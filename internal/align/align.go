// Package align lines up two aligned passages word by word so that a reader
// can see what a copy kept, dropped and changed, each side in its own words.
package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Op is one run of one side's text: words the other side has too (Equal),
// or words only this side has (Delete on the first side, Insert on the
// second). Text is the side's own text, spacing and punctuation included.
type Op struct {
	Kind string `json:"op"` // "=", "-" or "+"
	Text string `json:"text"`
}

// The kinds of Op.
const (
	Equal  = "="
	Delete = "-"
	Insert = "+"
)

// Sides diffs a and b word by word and returns each side as it reads: a's
// words in a's form and order, those b lacks marked Delete, and b's words
// in b's form and order, those a lacks marked Insert. Joining the Text of a
// side's ops gives that side's text unchanged, so a reader never sees one
// side's words in the other's form. Words match without regard to case and
// surrounding punctuation. The diff is a shortest
// edit script (Myers); past maxEdits edits the rest of both passages is
// shown as changed, which keeps the cost linear in their length.
func Sides(a, b string) (sa, sb []Op) {
	ta, tb := tokens(a), tokens(b)
	keep := lcs(ta, tb)
	return side(a, ta, keep.a, Delete), side(b, tb, keep.b, Insert)
}

// maxEdits bounds the edit distance the diff looks for.
const maxEdits = 256

// token is one whitespace-separated word of a passage: its byte span, with
// the space after it, and its key for matching.
type token struct {
	start, end int // the word, without the space after it
	key        string
}

// tokens splits s at white space.
func tokens(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = append(out, token{start: i, end: j, key: key(s[i:j])})
		i = j
	}
	return out
}

// key is how a word is matched: lower case, without the punctuation around
// it, apostrophes folded.
func key(w string) string {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	return strings.ReplaceAll(w, "’", "'")
}

// kept marks the tokens of each side that the diff keeps.
type kept struct{ a, b []bool }

// lcs marks a longest common subsequence of the keys of x and y, found by
// Myers' O((N+M)D) algorithm with D at most maxEdits; when the two differ
// by more, the common prefix and suffix are kept and the rest is changed.
func lcs(x, y []token) kept {
	k := kept{a: make([]bool, len(x)), b: make([]bool, len(y))}
	// The common prefix and suffix cost nothing.
	lo := 0
	for lo < len(x) && lo < len(y) && x[lo].key == y[lo].key {
		k.a[lo], k.b[lo] = true, true
		lo++
	}
	hx, hy := len(x), len(y)
	for hx > lo && hy > lo && x[hx-1].key == y[hy-1].key {
		hx--
		hy--
		k.a[hx], k.b[hy] = true, true
	}
	xs, ys := x[lo:hx], y[lo:hy]
	n, m := len(xs), len(ys)
	if n == 0 || m == 0 {
		return k
	}
	maxD := min(n+m, maxEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		for kk := -d; kk <= d; kk += 2 {
			var i int
			if kk == -d || kk != d && v[off+kk-1] < v[off+kk+1] {
				i = v[off+kk+1] // down: a token of y
			} else {
				i = v[off+kk-1] + 1 // right: a token of x
			}
			j := i - kk
			for i < n && j < m && xs[i].key == ys[j].key {
				i++
				j++
			}
			v[off+kk] = i
			if i >= n && j >= m {
				found = d
				break
			}
		}
		// Step d reaches diagonals -d..d: keep that window only.
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
	}
	if found < 0 {
		return k // too different: everything between prefix and suffix changed
	}
	// Walk back through the trace, marking the diagonal moves.
	i, j := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1] // diagonals -(d-1)..d-1
		at := func(k int) int { return prev[k+d-1] }
		kk := i - j
		var pk int
		if kk == -d || kk != d && at(kk-1) < at(kk+1) {
			pk = kk + 1
		} else {
			pk = kk - 1
		}
		pi := at(pk)
		pj := pi - pk
		// The snake from the end of the previous step's move to (i, j).
		si, sj := pi, pj
		if pk == kk+1 {
			sj++ // moved down
		} else {
			si++ // moved right
		}
		for i > si && j > sj {
			i--
			j--
			k.a[lo+i], k.b[lo+j] = true, true
		}
		i, j = pi, pj
	}
	for i > 0 && j > 0 {
		i--
		j--
		k.a[lo+i], k.b[lo+j] = true, true
	}
	return k
}

// side cuts s into runs of kept and changed tokens. A changed run starts
// and ends with a word: the space around it is Equal.
func side(s string, toks []token, keep []bool, changed string) []Op {
	// Runs are contiguous in s: collect their kinds and ends, then slice.
	var kinds []string
	var ends []int
	add := func(kind string, end int) {
		if n := len(kinds); n > 0 && kinds[n-1] == kind {
			ends[n-1] = end
			return
		}
		kinds, ends = append(kinds, kind), append(ends, end)
	}
	for i, t := range toks {
		kind := Equal
		if !keep[i] {
			kind = changed
		}
		// The space before the word joins a changed run only between two
		// of its words.
		space := Equal
		if kind == changed && i > 0 && !keep[i-1] {
			space = changed
		}
		if i == 0 || t.start > toks[i-1].end {
			add(space, t.start)
		}
		add(kind, t.end)
	}
	add(Equal, len(s))
	ops := make([]Op, 0, len(kinds))
	start := 0
	for i, k := range kinds {
		if ends[i] > start {
			ops = append(ops, Op{k, s[start:ends[i]]})
		}
		start = ends[i]
	}
	return ops
}

// Text joins the text of ops: the side they were cut from.
func Text(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		b.WriteString(op.Text)
	}
	return b.String()
}
