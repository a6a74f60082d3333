package fluency

import (
	"bytes"
	"compress/gzip"
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
