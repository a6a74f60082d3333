// Package align lines up two texts word by word so that a reader can see
// what a copy kept, dropped and changed.
package align

import (
	"strings"
	"unicode"
)

// Op is one step of a word diff: Equal words are in both texts, Delete words
// only in the first, Insert words only in the second.
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

// Words diffs a and b word by word (a longest common subsequence over words
// compared without case and surrounding punctuation) and merges runs of the
// same kind. Texts longer than maxWords words are compared as one change.
func Words(a, b string) []Op {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) > maxWords || len(y) > maxWords {
		return merge([]Op{{Delete, a}, {Insert, b}})
	}
	kx, ky := keys(x), keys(y)
	// lcs[i][j] is the LCS length of x[i:] and y[j:].
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if kx[i] == ky[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && kx[i] == ky[j]:
			ops = append(ops, Op{Equal, y[j]})
			i++
			j++
		case i < len(x) && (j == len(y) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, Op{Delete, x[i]})
			i++
		default:
			ops = append(ops, Op{Insert, y[j]})
			j++
		}
	}
	return merge(ops)
}

const maxWords = 2000

func keys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	}
	return out
}

func merge(ops []Op) []Op {
	var out []Op
	for _, op := range ops {
		if op.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Kind == op.Kind {
			out[n-1].Text += " " + op.Text
			continue
		}
		out = append(out, op)
	}
	return out
}

// Shared is the share of words of a and of b that the diff keeps equal.
func Shared(ops []Op) (ofA, ofB float64) {
	var eq, del, ins int
	for _, op := range ops {
		n := len(strings.Fields(op.Text))
		switch op.Kind {
		case Equal:
			eq += n
		case Delete:
			del += n
		case Insert:
			ins += n
		}
	}
	if eq+del > 0 {
		ofA = float64(eq) / float64(eq+del)
	}
	if eq+ins > 0 {
		ofB = float64(eq) / float64(eq+ins)
	}
	return ofA, ofB
}
