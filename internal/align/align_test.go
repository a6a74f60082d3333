package align

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// render writes a side with changed runs in brackets, for golden strings.
func render(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case Delete:
			b.WriteString("[-" + op.Text + "-]")
		case Insert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

func TestSides(t *testing.T) {
	tests := []struct {
		name, a, b, wantA, wantB string
	}{
		{"a word swapped", "The call was meant to ease tensions.", "the call was meant to increase tensions",
			"The call was meant to [-ease-] tensions.", "the call was meant to {+increase+} tensions"},
		// Each side keeps its own case, punctuation and order: the words
		// both have are never shown in the other side's form.
		{"reordered", "The ferry council didn't want to hear it.", "It was not what the ferry council wanted to hear.",
			"The ferry council [-didn't want-] to hear [-it.-]", "{+It was not what+} the ferry council {+wanted+} to hear."},
		{"spacing kept", "  Two  spaces\there ", "two spaces there",
			"  Two  spaces\t[-here-] ", "two spaces {+there+}"},
		{"numbers in two forms", "Six boats and 1,000 oars", "6 boats and 1000 oars", "[-Six-] boats and [-1,000-] oars", "{+6+} boats and {+1000+} oars"},
		{"empty side", "", "new words", "", "{+new words+}"},
		{"same", "same.", "Same", "same.", "Same"},
	}
	for _, tt := range tests {
		sa, sb := Sides(tt.a, tt.b)
		if got := render(sa); got != tt.wantA {
			t.Errorf("%s: side A = %q, want %q", tt.name, got, tt.wantA)
		}
		if got := render(sb); got != tt.wantB {
			t.Errorf("%s: side B = %q, want %q", tt.name, got, tt.wantB)
		}
	}
}

// TestSidesKeepText: whatever the two passages, each side joins back to its
// own text exactly, holds only its own kind of change, and the two sides
// keep the same number of words.
func TestSidesKeepText(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the a ferry Ferry council, said. 12 twelve not didn't “quoted” — port-of-call F-22 f-22 1,000 1000 and")
	gen := func() string {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			b.WriteString([]string{" ", "  ", "\n", " "}[rng.IntN(4)])
		}
		return b.String()
	}
	for range 2000 {
		a, b := gen(), gen()
		sa, sb := Sides(a, b)
		if Text(sa) != a || Text(sb) != b {
			t.Fatalf("Sides(%q, %q) does not keep the texts: %q / %q", a, b, Text(sa), Text(sb))
		}
		count := func(ops []Op, bad string) int {
			n := 0
			for _, op := range ops {
				if op.Kind == bad {
					t.Fatalf("Sides(%q, %q): a %q op on the wrong side", a, b, bad)
				}
				if op.Kind == Equal {
					n += len(strings.Fields(op.Text))
				}
			}
			return n
		}
		if ea, eb := count(sa, Insert), count(sb, Delete); ea != eb {
			t.Fatalf("Sides(%q, %q): %d kept words in A, %d in B", a, b, ea, eb)
		}
	}
}

// TestSidesFarApart: passages with more edits than the diff looks for are
// shown changed between their common ends, and still whole.
func TestSidesFarApart(t *testing.T) {
	var x, y []string
	for i := range 400 {
		x = append(x, "x"+string(rune('a'+i%26)))
		y = append(y, "y"+string(rune('a'+i%26)))
	}
	a := "Same start " + strings.Join(x, " ") + " same end."
	b := "same start " + strings.Join(y, " ") + " Same end"
	sa, sb := Sides(a, b)
	if Text(sa) != a || Text(sb) != b {
		t.Fatal("texts not kept")
	}
	if sa[0] != (Op{Equal, "Same start "}) || sa[len(sa)-1] != (Op{Equal, " same end."}) || len(sa) != 3 {
		t.Errorf("got %d ops, first %v, last %v; want the common ends kept and one change", len(sa), sa[0], sa[len(sa)-1])
	}
}

func BenchmarkSides(b *testing.B) {
	x := "The Pentagon said on Tuesday that China declined a request for a secure call between the two defence chiefs after the balloon was shot down"
	y := "According to the Pentagon, China rejected on Tuesday the request to have a secure call between both defence chiefs after the balloon was downed"
	for b.Loop() {
		Sides(x, y)
	}
}

// BenchmarkSidesLong shows the cost per word on long passages that differ
// throughout: bounded edits keep it linear.
func BenchmarkSidesLong(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = strings.Repeat(string(rune('a'+rng.IntN(26))), 1+rng.IntN(3))
		}
		return strings.Join(w, " ")
	}
	for _, n := range []int{100, 1000, 10000} {
		x, y := words(n), words(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Sides(x, y)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/word")
		})
	}
}
