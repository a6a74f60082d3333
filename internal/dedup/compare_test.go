package dedup

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// article reads testdata/name.txt: the first line is the title, every other
// line one sentence of the body.
func article(t *testing.T, name string) (title string, lines []string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	all := strings.Split(strings.TrimSpace(string(raw)), "\n")
	return all[0], all[1:]
}

func body(lines []string) string { return strings.Join(lines, "\n") }

func TestCompare(t *testing.T) {
	title, orig := article(t, "original")
	spunTitle, spun := article(t, "spun")
	indTitle, ind := article(t, "independent")
	briefTitle, brief := article(t, "brief")
	hostTitle, host := article(t, "host")
	_, hostTail := article(t, "host_tail")
	unTitle, unrelated := article(t, "unrelated")

	typos := body(orig)
	for _, r := range [][2]string{{"gash", "gahs"}, {"Paramedics", "Paramedcis"}, {"councillors", "councilors"}} {
		typos = strings.Replace(typos, r[0], r[1], 1)
	}
	dropped := append(append([]string{}, orig[:6]...), orig[7:]...)
	// Two outlets' reports written from one release (the original), each
	// taking two passages of three sentences, with its own words at the
	// start of the first and the end of the last, set among writing of
	// its own; and an article that took the same passages as they were.
	edit := func(lines []string, lead, tail string) []string {
		out := slices.Clone(lines)
		out[0] = lead + out[0]
		out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ".") + tail + "."
		return out
	}
	join := func(parts ...[]string) []string { return slices.Concat(parts...) }
	outletX := join(ind[:3], edit(orig[1:4], "On Tuesday morning ", ", officials said"), ind[3:8], edit(orig[6:9], "Meanwhile ", " at noon"), ind[8:])
	outletY := join(host[:2], edit(orig[1:4], "Reports say ", " in the fog"), host[2:], edit(orig[6:9], "In Marrowby, ", " on Wednesday"), hostTail)
	twoPassages := join(host, orig[1:4], hostTail, orig[6:9])
	embedded := append(append(append(append([]string{}, host...), "Meanwhile at the coast:"), orig[1:5]...), hostTail...)

	tests := []struct {
		name         string
		aTitle, a    string
		bTitle, b    string
		want         copydesk.Kind
		wantPassages bool
	}{
		{"identical", title, body(orig), title, body(orig), copydesk.Duplicate, true},
		// Compare reads clean text: the extractor removes such a line
		// first; left in, it is a line the other text lacks.
		{"boilerplate differs", title, body(orig), title, body(orig) + "\nSubscribe to the Marrowby Courier for daily news.", copydesk.NearDuplicate, true},
		{"white space and quotes differ", title, body(orig), title, strings.ReplaceAll(strings.ReplaceAll(body(orig), "\"", "\u201c"), "\n", "\n\n"), copydesk.Duplicate, true},
		// The same story under another outlet's headline.
		{"headline changed", title, body(orig), "Fog blamed as the Grey Heron ferry hits a Marrowby pier on Tuesday", body(orig), copydesk.Duplicate, true},
		{"one word changed", title, body(orig), title, strings.Replace(body(orig), "Paramedics", "Medics", 1), copydesk.NearDuplicate, true},
		{"typos", title, body(orig), title, typos, copydesk.NearDuplicate, true},
		{"dropped sentence", title, body(orig), title, body(dropped), copydesk.NearDuplicate, true},
		{"excerpt alone", title, body(orig), "", body(orig[3:8]), copydesk.Excerpt, true},
		{"excerpt embedded in another article", title, body(orig), hostTitle, body(embedded), copydesk.Excerpt, true},
		{"two reports reworking passages of one release", indTitle, body(outletX), hostTitle, body(outletY), copydesk.SharedSource, true},
		{"two passages set into another article as they were", title, body(orig), hostTitle, body(twoPassages), copydesk.Excerpt, true},
		{"rewrite spun by hand", title, body(orig), spunTitle, body(spun), copydesk.Rewrite, false},
		{"rewrite of an excerpt", title, body(orig), "", body(spun[2:9]), copydesk.Rewrite, false},
		{"independent report sharing a quote and names", title, body(orig), indTitle, body(ind), "", true},
		// Another outlet's brief of the same event, written from the same
		// facts in its own words: its sentences follow the original's
		// order (what, the boat, the weather, the injured, the service),
		// but it keeps almost none of its runs of words. No copy.
		{"brief of the same event in its own words", title, body(orig), briefTitle, body(brief), copydesk.SharedSource, false},
		{"unrelated", title, body(orig), unTitle, body(unrelated), "", false},
		{"headline alone", title, body(orig), "", title, "", true},
		{"the same headline alone", title, "", title, "", copydesk.Duplicate, true},
		{"empty", "", "", "", "", "", false},
		{"one empty", title, body(orig), "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := NewFingerprint(tt.aTitle, tt.a), NewFingerprint(tt.bTitle, tt.b)
			ab, ba := Compare(a, b), Compare(b, a)
			share, n := rewriteShare(a, b, ab.AlignedSentences)
			t.Logf("J %.3f, AInB %.2f, BInA %.2f, rewrite share %.2f over %d sentences, passages %d",
				ab.Jaccard, ab.AInB, ab.BInA, share, n, len(ab.Passages))
			if ab.Kind != tt.want {
				t.Errorf("Compare(a, b).Kind = %q, want %q", ab.Kind, tt.want)
			}
			if ba.Kind != ab.Kind {
				t.Errorf("Compare(b, a).Kind = %q, want %q as Compare(a, b)", ba.Kind, ab.Kind)
			}
			if ab.Jaccard != ba.Jaccard || ab.AInB != ba.BInA || ab.BInA != ba.AInB {
				t.Errorf("Compare(b, a) gives J %v, containment %v/%v; want J %v, containment %v/%v",
					ba.Jaccard, ba.AInB, ba.BInA, ab.Jaccard, ab.BInA, ab.AInB)
			}
			if got := len(ab.Passages) > 0; got != tt.wantPassages {
				t.Errorf("Compare(a, b) has %d passages, want some: %v", len(ab.Passages), tt.wantPassages)
			}
			for _, p := range ab.Passages {
				if !strings.Contains(a.Text, p) {
					t.Errorf("passage %q is not in a's text", p)
				}
			}
			if len(ab.Passages) > 5 {
				t.Errorf("Compare returned %d passages, want at most 5", len(ab.Passages))
			}
			for i := 1; i < len(ab.Passages); i++ {
				if len(strings.Fields(ab.Passages[i])) > len(strings.Fields(ab.Passages[i-1])) {
					t.Errorf("passage %d is longer than passage %d", i, i-1)
				}
			}
			checkPairs(t, a, b, ab.AlignedSentences)
			checkPairs(t, b, a, ba.AlignedSentences)
		})
	}
}

// checkPairs checks that aligned sentences exist and go forward in both
// texts.
func checkPairs(t *testing.T, a, b *Fingerprint, pairs []Pair) {
	t.Helper()
	for i, p := range pairs {
		if p.A < 0 || p.A >= len(a.Sentences) || p.B < 0 || p.B >= len(b.Sentences) {
			t.Fatalf("pair %d = %+v out of range (%d, %d sentences)", i, p, len(a.Sentences), len(b.Sentences))
		}
		if i > 0 {
			q := pairs[i-1]
			if p.A < q.A || p.B < q.B || (p.A == q.A && p.B == q.B) {
				t.Errorf("pair %d = %+v does not follow %+v", i, p, q)
			}
		}
		sa, sb := a.Sentences[p.A], b.Sentences[p.B]
		same := slices.Equal(text.Words(a.Text[sa.Start:sa.End]), text.Words(b.Text[sb.Start:sb.End]))
		if p.Identical != same {
			t.Errorf("pair %+v: Identical = %v, want %v", p, p.Identical, same)
		}
	}
}

func TestCompareAlignsRewrite(t *testing.T) {
	title, orig := article(t, "original")
	spunTitle, spun := article(t, "spun")
	a, b := NewFingerprint(title, body(orig)), NewFingerprint(spunTitle, body(spun))
	m := Compare(a, b)
	sent := func(fp *Fingerprint, i int) string { return fp.Text[fp.Sentences[i].Start:fp.Sentences[i].End] }
	aligned := map[string]string{}
	for _, p := range m.AlignedSentences {
		aligned[sent(a, p.A)] = sent(b, p.B)
	}
	// Sentences whose clauses were reordered still align with their rewrite.
	for _, want := range [][2]string{
		{orig[2], spun[2]},
		{orig[9], spun[9]},
		{orig[15], spun[14]},
	} {
		if got := aligned[want[0]]; got != want[1] {
			t.Errorf("%q aligned with %q, want %q", want[0], got, want[1])
		}
	}
}

func TestThresholdsDefaults(t *testing.T) {
	if got, want := (Thresholds{}).withDefaults(), DefaultThresholds(); got != want {
		t.Errorf("Thresholds{} defaults to %+v, want %+v", got, want)
	}
	// A stricter rewrite threshold turns the spun copy into no copy.
	title, orig := article(t, "original")
	spunTitle, spun := article(t, "spun")
	a, b := NewFingerprint(title, body(orig)), NewFingerprint(spunTitle, body(spun))
	if got := (Thresholds{RewriteShare: 0.99}).Compare(a, b).Kind; got != "" {
		t.Errorf("with RewriteShare 0.99, Kind = %q, want none", got)
	}
}

func TestOwnWriting(t *testing.T) {
	// fp makes a text of n content sentences.
	fp := func(n int) *Fingerprint {
		f := &Fingerprint{}
		for range n {
			f.Sentences = append(f.Sentences, Sentence{Content: true})
		}
		return f
	}
	// aligned pairs sentence i of a with sentence i of b, for i < n.
	aligned := func(n int) []Pair {
		var ps []Pair
		for i := range n {
			ps = append(ps, Pair{A: i, B: i})
		}
		return ps
	}
	tests := []struct {
		name   string
		a, b   int // content sentences
		shared int // aligned in order
		want   bool
	}{
		{"each has a third of its own", 12, 12, 8, true},
		{"a copy that added to its original: the original is all in it", 8, 12, 8, false},
		{"a copy of part of a longer source, all of it aligned", 12, 6, 6, false},
		{"three quarters shared", 12, 12, 9, false},
		{"a short text with two sentences of its own", 5, 12, 3, false},
		{"short texts, each with three of their own", 6, 6, 3, true},
	}
	for _, tt := range tests {
		if got := ownWriting(fp(tt.a), fp(tt.b), aligned(tt.shared)); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFilterHas checks the filter of runsOver against a binary search of
// the set, for values in it, values next to them and values that share
// its bits.
func TestFilterHas(t *testing.T) {
	var set []uint64
	x := uint64(1)
	for range 3000 {
		x = mix(x)
		set = append(set, x)
	}
	slices.Sort(set)
	set = slices.Compact(set)
	f := newFilter(set[:len(set)/2])
	for _, h := range set {
		for _, v := range []uint64{h, h + 1, h ^ 1<<40} {
			if got, want := f.has(v), contains(set[:len(set)/2], v); got != want {
				t.Fatalf("has(%x) = %v, want %v", v, got, want)
			}
		}
	}
}
