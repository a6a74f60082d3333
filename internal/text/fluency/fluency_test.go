package fluency

import (
	"bytes"
	"compress/gzip"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// ownModel builds a model from our own sentences.
func ownModel(t *testing.T, text string) *Model {
	t.Helper()
	c := NewCounter()
	c.Add(text)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if err := c.Write(zw, 1); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	m, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCounterRoundTrip(t *testing.T) {
	m := ownModel(t, "The council said the bridge would open. The council met on 3 May.")
	tests := []struct {
		key  string
		want int
	}{
		{"council", 2}, {"the", 3}, {"<s> the", 2}, {"the council", 2}, {"on <n>", 1}, {"bridge open", 0},
	}
	for _, tt := range tests {
		got := m.uni[tt.key]
		if strings.Contains(tt.key, " ") {
			got = m.bi[tt.key]
		}
		if got != tt.want {
			t.Errorf("count of %q = %d, want %d", tt.key, got, tt.want)
		}
	}
	if m.total != 13 {
		t.Errorf("total = %d, want 13", m.total)
	}
}

func TestReadBad(t *testing.T) {
	for _, in := range []string{"", "#words 3\nthe x\n", "the 2\n"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(in))
		zw.Close()
		if _, err := Read(&buf); err == nil {
			t.Errorf("Read(%q): no error", in)
		}
	}
}

func TestDiff(t *testing.T) {
	m := Default()
	tests := []struct {
		name, a, b string
		ok         bool
		aFluent    bool
	}{
		{"a common word swapped for a rare synonym", "The police said the man was arrested on Friday.", "The constabulary said the man was collared on Friday.", true, true},
		{"the same swap the other way", "The constabulary said the man was collared on Friday.", "The police said the man was arrested on Friday.", true, false},
		{"a typo", "The fire destroyed the building on Sunday.", "The fire destroyed the biulding on Sunday.", true, true},
		{"identical", "The fire destroyed the building.", "The fire destroyed the building.", false, false},
		{"a number corrected says nothing", "Ten people died in the fire.", "Twelve people died in the fire.", true, true},
		{"a restated sentence is no swap", "The police said the man was arrested on Friday.", "On Friday officers detained a suspect, according to a statement released by the department.", false, false},
	}
	for _, tt := range tests {
		d, ok := m.Diff(tt.a, tt.b)
		if ok != tt.ok || ok && tt.name != "a number corrected says nothing" && (d > 0) != tt.aFluent {
			t.Errorf("%s: Diff = %.2f, %v; want ok %v, a more fluent %v", tt.name, d, ok, tt.ok, tt.aFluent)
		}
	}
}

func TestCompare(t *testing.T) {
	orig := [][2]string{
		{"The police said the man was arrested on Friday.", "The constabulary said the man was collared on Friday."},
		{"The fire destroyed the building and killed two people.", "The fire demolished the edifice and killed two people."},
		{"Officials said the road would stay closed for a week.", "Officials said the road would persist shut for a week."},
		{"The same sentence stays.", "The same sentence stays."},
	}
	s := Default().Compare(orig)
	if s.Pairs != 3 || s.T < 2 {
		t.Errorf("Compare(original first) = %+v, want 3 pairs and T of 2 or more", s)
	}
	var flipped [][2]string
	for _, p := range orig {
		flipped = append(flipped, [2]string{p[1], p[0]})
	}
	if f := Default().Compare(flipped); f.T != -s.T || f.Pairs != s.Pairs {
		t.Errorf("Compare(copy first) = %+v, want the opposite of %+v", f, s)
	}
}

func BenchmarkCompare(b *testing.B) {
	pairs := [][2]string{
		{"The police said the man was arrested on Friday after a chase through the town centre.", "The constabulary said the man was collared on Friday after a chase through the town centre."},
		{"The fire destroyed the building and killed two people, the fire service said.", "The fire demolished the edifice and killed two people, the fire service said."},
	}
	m := Default()
	b.ReportAllocs()
	for b.Loop() {
		m.Compare(pairs)
	}
}

// BenchmarkRead reads the embedded table, as the first comparison of
// every command's run does.
func BenchmarkRead(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(tableGz)); err != nil {
			b.Fatal(err)
		}
	}
}

// diffScoringAll is Diff as it was before it settled the bounds first: it
// scored every own word of both sides, then checked the bounds.
func diffScoringAll(m *Model, a, b string) (float64, bool) {
	if a == b {
		return 0, false
	}
	wa, wb := words(a), words(b)
	ownScore := func(ws, other []string) (float64, int) {
		at := own(ws, other, nil)
		return m.score(ws, at), len(at)
	}
	fa, na := ownScore(wa, wb)
	fb, nb := ownScore(wb, wa)
	if na == 0 || nb == 0 || abs(len(wa)-len(wb)) > maxLenDiff ||
		float64(na) > maxSwapped*float64(len(wa)) || float64(nb) > maxSwapped*float64(len(wb)) {
		return 0, false
	}
	return fa/float64(na) - fb/float64(nb), true
}

// TestDiffBoundsFirst checks that Diff, which settles its bounds before
// scoring, gives what scoring both sides first gave, to the bit, on
// sentences of our own with words swapped, dropped, added, repeated and
// numbered, many past the bounds. score is checked against LogProb read
// word by word.
func TestDiffBoundsFirst(t *testing.T) {
	m := Default()
	vocab := strings.Fields("the police said a man was arrested on friday after chase through town centre " +
		"constabulary collared fire destroyed building killed two people service 12 3.5 officials road closed " +
		"week would stay shut persist edifice demolished the the a of")
	r := rand.New(rand.NewPCG(17, 1))
	sentence := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		return ws
	}
	took := 0
	for range 20000 {
		a := sentence(1 + r.IntN(20))
		b := slices.Clone(a)
		for range r.IntN(6) {
			switch i := r.IntN(len(b) + 1); r.IntN(3) {
			case 0:
				if i < len(b) {
					b[i] = vocab[r.IntN(len(vocab))]
				}
			case 1:
				b = slices.Insert(b, i, vocab[r.IntN(len(vocab))])
			case 2:
				if i < len(b) && len(b) > 1 {
					b = slices.Delete(b, i, i+1)
				}
			}
		}
		sa, sb := strings.Join(a, " ")+".", strings.Join(b, " ")+"."
		d, ok := m.Diff(sa, sb)
		wd, wok := diffScoringAll(m, sa, sb)
		if ok != wok || math.Float64bits(d) != math.Float64bits(wd) {
			t.Fatalf("Diff(%q, %q) = %v, %v; scoring all first: %v, %v", sa, sb, d, ok, wd, wok)
		}
		if ok {
			took++
		}
	}
	if took < 1000 || took > 19000 {
		t.Errorf("Diff took %d of 20000 pairs: the pairs do not test both sides of the bounds", took)
	}
	ws := words("The fire destroyed the 12 buildings.")
	want := (m.LogProb(start, "the")+m.LogProb("the", "fire"))/2 + (m.LogProb("destroyed", "the")+m.LogProb("the", num))/2
	if got := m.score(ws, []int{0, 3}); got != want {
		t.Errorf("score = %v, want %v", got, want)
	}
}

// BenchmarkCompareRestated compares pairs of sentences a rewrite restated
// (our own), most past Diff's bounds, as the aligned pairs of a rewrite
// mostly are: Diff settles the bounds before it scores any word.
func BenchmarkCompareRestated(b *testing.B) {
	pairs := [][2]string{
		{"The police said the man was arrested on Friday after a chase through the town centre.", "On Friday officers detained a suspect after pursuing him across the centre of town, according to a statement."},
		{"The fire destroyed the building and killed two people, the fire service said.", "Two people died when flames tore through the block, firefighters reported late on Sunday."},
		{"Officials said the road would stay closed for a week while engineers inspect the bridge.", "Engineers will inspect the bridge over the coming days, and the road remains shut until then, officials said."},
		{"The fire destroyed the building and killed two people, the fire service said.", "The fire demolished the edifice and killed two people, the fire service said."},
	}
	m := Default()
	b.ReportAllocs()
	for b.Loop() {
		m.Compare(pairs)
	}
}
