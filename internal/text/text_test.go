package text

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Hello,\n\tWorld  ", "hello, world"},
		{"\u201cQuoted\u201d \u2018single\u2019 it\u2019s", `"quoted" 'single' it's`},
		{"2019\u20132020 \u2014 dash", "2019-2020 - dash"},
		{"soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"},
		{"\uff26\uff55\uff4c\uff4c width \ufb01ne", "full width fine"},
		{"non\u00a0breaking", "non breaking"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"The U.S. Navy's F-22 fired.", []string{"the", "u.s.", "navy's", "f-22", "fired"}},
		{"It cost $3.5 billion, or 1,000 times more.", []string{"it", "cost", "3.5", "billion", "or", "1,000", "times", "more"}},
		{"A high-altitude balloon didn\u2019t drift", []string{"a", "high", "altitude", "balloon", "didn't", "drift"}},
		{"U.S.-China talks at 5 p.m. today", []string{"u.s.", "china", "talks", "at", "5", "p.m.", "today"}},
		{"COVID-19 and a 22-year-old", []string{"covid-19", "and", "a", "22-year-old"}},
		{"end. Next", []string{"end", "next"}},
		{"Zürich ÉTÉ", []string{"zürich", "été"}},
		{"'quoted' words'", []string{"quoted", "words"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokensOffsets(t *testing.T) {
	s := "Gen. Pat Ryder\u2019s F-22, at 3.5 km."
	for _, tok := range Tokens(s) {
		if got := foldWord(s[tok.Start:tok.End]); got != tok.Word {
			t.Errorf("token %q at %d:%d, want the text there (%q)", tok.Word, tok.Start, tok.End, got)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "  \n ", nil},
		{"plain", "One fish. Two fish! Red fish? Blue fish", []string{"One fish.", "Two fish!", "Red fish?", "Blue fish"}},
		{"titles", "Gen. Pat Ryder spoke. Mr. Dalton agreed.", []string{"Gen. Pat Ryder spoke.", "Mr. Dalton agreed."}},
		{"month before day", "It entered on Jan. 28 north of Alaska. Then it left.", []string{"It entered on Jan. 28 north of Alaska.", "Then it left."}},
		{"acronym mid sentence", "The U.S. Navy said so. The U.S. The end.", []string{"The U.S. Navy said so.", "The U.S.", "The end."}},
		{"place after comma", "A balloon over Billings, Mont. Images taken Feb. 1 show it.", []string{"A balloon over Billings, Mont.", "Images taken Feb. 1 show it."}},
		{"place in sentence", "In Billings, Mont., people looked up.", []string{"In Billings, Mont., people looked up."}},
		{"initials", "George W. Bush met J. R. Ewing. They talked.", []string{"George W. Bush met J. R. Ewing.", "They talked."}},
		{"quotes", "\u201cWe will continue,\u201d he said. \u201cUnfortunately, no.\u201d She left.", []string{"\u201cWe will continue,\u201d he said.", "\u201cUnfortunately, no.\u201d", "She left."}},
		{"question in quote", `"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		{"decimals", "It grew 3.5 percent. Prices fell.", []string{"It grew 3.5 percent.", "Prices fell."}},
		{"ellipsis", "Wait... Then go. Done\u2026 Really.", []string{"Wait...", "Then go.", "Done\u2026", "Really."}},
		{"headline lines", "Balloon shot down\nThe jet fired once.\n\nmore text here", []string{"Balloon shot down", "The jet fired once.", "more text here"}},
		{"wrapped line", "the balloon was\nshot down over the sea.", []string{"the balloon was\nshot down over the sea."}},
		{"bullets", "Points:\n- first\n- second", []string{"Points:", "- first", "- second"}},
		{"lowercase after stop", "It was 5 p.m. on Monday. ok then. Yes.", []string{"It was 5 p.m. on Monday. ok then.", "Yes."}},
		{"no. before number", "He was No. 2 in line. Then first.", []string{"He was No. 2 in line.", "Then first."}},
	}
	for _, tt := range tests {
		spans := Sentences(tt.in)
		var got []string
		for _, sp := range spans {
			got = append(got, sp.Text)
			if tt.in[sp.Start:sp.End] != sp.Text {
				t.Errorf("%s: span %d:%d is %q, want its Text %q", tt.name, sp.Start, sp.End, tt.in[sp.Start:sp.End], sp.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Sentences(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestIsStop(t *testing.T) {
	for _, w := range []string{"the", "and", "didn't", "said", "us"} {
		if !IsStop(w) {
			t.Errorf("IsStop(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"balloon", "u.s.", "pentagon", "The", ""} {
		if IsStop(w) {
			t.Errorf("IsStop(%q) = true, want false", w)
		}
	}
}

func TestShingles(t *testing.T) {
	words := strings.Fields("a b c a b c a b")
	got := Shingles(words, 3)
	// Distinct 3-shingles: abc, bca, cab.
	if len(got) != 3 {
		t.Errorf("Shingles(%q, 3) has %d hashes, want 3", words, len(got))
	}
	if !slices.IsSorted(got) {
		t.Errorf("Shingles not sorted: %v", got)
	}
	seq := ShingleSeq(words, 3)
	if len(seq) != 6 || seq[0] != seq[3] || seq[0] == seq[1] {
		t.Errorf("ShingleSeq(%q, 3) = %v, want 6 hashes repeating every 3", words, seq)
	}
	if got := Shingles(words[:2], 5); len(got) != 1 {
		t.Errorf("Shingles of 2 words, k=5: %d hashes, want 1", len(got))
	}
	if got := Shingles(nil, 5); len(got) != 0 {
		t.Errorf("Shingles(nil) = %v, want none", got)
	}
	// Word boundaries matter: "ab c" differs from "a bc".
	if a, b := Shingles([]string{"ab", "c"}, 2), Shingles([]string{"a", "bc"}, 2); a[0] == b[0] {
		t.Errorf("shingles of %q and %q collide", "ab c", "a bc")
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", "Gen. Pat Ryder spoke. Mr. Dalton agreed.", "U.S. The end.", "\u201cA.\u201d B", "a\n\nb",
		"Billings, Mont. Images", "...", ". . .", "\xff\xfe. A", "No. 5. No. The", "x.\u201d\u201d\u201d  Y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("Sentences(%q): span %d:%d out of order or bounds (previous end %d)", s, sp.Start, sp.End, prev)
			}
			if s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("Sentences(%q): span %d:%d text %q, want %q", s, sp.Start, sp.End, sp.Text, s[sp.Start:sp.End])
			}
			prev = sp.End
		}
		for _, tok := range Tokens(s) {
			if tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("Tokens(%q): token %d:%d out of bounds", s, tok.Start, tok.End)
			}
		}
		if n := Normalize(s); !utf8.ValidString(n) && utf8.ValidString(s) {
			t.Fatalf("Normalize(%q) = %q, not valid UTF-8", s, n)
		}
	})
}
