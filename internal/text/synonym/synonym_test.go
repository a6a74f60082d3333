package synonym

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/text"
)

func class(w string) string { return Of(w, text.Stem(w)) }

func TestSpinnerSwaps(t *testing.T) {
	same := [][2]string{
		{"big", "large"}, {"biggest", "largest"}, {"buy", "purchase"}, {"bought", "purchased"},
		{"help", "assist"}, {"helped", "assisted"}, {"show", "demonstrate"},
		{"stated", "said"}, {"car", "automobile"}, {"begin", "commence"}, {"began", "commenced"},
	}
	for _, p := range same {
		if a, b := class(p[0]), class(p[1]); a != b {
			t.Errorf("%s -> %q and %s -> %q, want one class", p[0], a, p[1], b)
		}
	}
	different := [][2]string{
		{"have", "get"}, {"make", "do"}, {"make", "take"}, {"go", "come"}, {"get", "take"},
		{"buy", "sell"}, {"big", "small"}, {"help", "hurt"}, {"police", "court"}, {"state", "say"},
	}
	for _, p := range different {
		if a, b := class(p[0]), class(p[1]); a == b {
			t.Errorf("%s and %s share class %q, want different", p[0], p[1], a)
		}
	}
}

func TestIdentity(t *testing.T) {
	for _, s := range []string{"zorblax", "2026", "copydesk"} {
		if c := Class(s); c != s {
			t.Errorf("Class(%q) = %q, want the stem itself", s, c)
		}
	}
	if n := Len(); n < 5000 || n > 50000 {
		t.Errorf("Len() = %d, want a table of 5,000 to 50,000 stems", n)
	}
}

func TestCommonness(t *testing.T) {
	for _, tt := range []struct{ common, rare string }{
		{"said", "aforesaid"}, {"bought", "purchaseed"}, {"old", "geezerhood"}, {"help", "succor"},
	} {
		if c, r := Commonness(tt.common), Commonness(tt.rare); c <= r {
			t.Errorf("got commonness %s %.2f <= %s %.2f", tt.common, c, tt.rare, r)
		}
	}
}

func TestSameSense(t *testing.T) {
	key := func(s string) string {
		var out []string
		for _, w := range strings.Fields(s) {
			out = append(out, text.Stem(w))
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"table", "mesa", true},              // a rare sense of one of them
		{"decades", "decennia", true},        // inflected forms
		{"above", "in a higher place", true}, // a phrase
		{"went", "locomoted", true},          // an irregular form
		{"apartment", "flat", true},
		{"table", "chair", false},
		{"killed", "injured", false},
		{"buy", "sell", false},
		{"table", "table", false}, // the same word is no synonym of itself
	}
	for _, tt := range tests {
		if got := SameSense(key(tt.a), key(tt.b)); got != tt.want {
			t.Errorf("SameSense(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClose(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"safeguard", "protect", true},  // a verb and its hypernym
		{"erroneous", "mistaken", true}, // adjectives of one small cluster
		{"concerned", "involved", true}, // a satellite and its head
		{"increase", "decrease", false}, // two hyponyms of one verb
		{"red", "blue", false},          // a large cluster gathers kinds
		{"identify", "misidentify", false},
		{"correct", "incorrect", false}, // antonyms
		{"jail", "prison", false},       // nouns are never close
		{"protect", "protect", false},
	}
	for _, tt := range tests {
		if got := Close(text.Stem(tt.a), text.Stem(tt.b)); got != tt.want {
			t.Errorf("Close(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
