package translit

import (
	"testing"
	"unicode/utf8"
)

func TestLatin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Обама", "Obama"},
		{"Путиным", "Putinym"},
		{"Щукин", "Shchukin"},
		{"Джон Смит", "Jon Smit"},
		{"Хьюстон", "Khyuston"},
		{"Київ", "Kiyiv"},
		{"Ђоковић", "Djokovic"},
		{"Σαμαράς", "Samaras"},
		{"Μπους", "Bous"},
		{"Αθήνα", "Athina"},
		{"Երևան", "Erevan"},
		{"თბილისი", "tbilisi"},
		{"محمد", "mhmd"},
		{"ירושלים", "yrvshlym"},
		{"Sýrii", "Syrii"},
		{"Dvořák", "Dvorak"},
		{"Straße", "Strasse"},
		{"Łódź", "Lodz"},
		{"Zürich, 38 000 €", "Zurich, 38 000 €"},
		{"Андрей Шойгу, Ёлкин", "Andrey Shoygu, Yolkin"},
		{"Ölçer Ærø", "Olcer Aero"},
		{"plain ASCII", "plain ASCII"},
	}
	for _, tt := range tests {
		if got := Latin(tt.in); got != tt.want {
			t.Errorf("Latin(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Obama", "abm"},
		{"Обама", "abm"},
		{"Obamu", "abm"},
		{"Putin", "ptn"},
		{"Путина", "ptn"},
		{"Hamburg", "gmbrg"},
		{"Гамбурге", "gmbrg"},
		{"Stuttgart", "sttgrt"},
		{"Штутгарте", "sttgrt"},
		{"Babiš", "bbs"},
		{"Бабиш", "bbs"},
		{"Chebaturkin", "sbtrkn"},
		{"Чебатуркин", "sbtrkn"},
		{"Moscow", "mskv"},
		{"Москвы", "mskv"},
		{"Yanukovych", "ankvk"},
		{"Янукович", "ankvk"},
		{"Police", "pls"},
		{"Полиция", "pls"},
		{"2012", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Obama", "Обаму", true},
		{"Syria", "Sýrii", true},
		{"Putin", "Путиным", true},
		{"Singapore", "Сингапура", true},
		{"Hamburg", "Гамбурге", true},
		{"Gribauskaite", "Грибаускайте", true},
		{"Avantgarde", "Авангард", true},
		{"Smirnov", "Смирнову", true},
		{"Samaras", "Σαμαράς", true},
		{"London", "Лондон", true},
		{"Ivanovo", "Ивановской", true},
		{"Dostoevsky", "Достоевского", true},
		{"Rim", "Римским", false},     // two consonants are too few for the adjective rule
		{"Lithuania", "Литвы", false}, // a translated name, not a transliterated one
		{"Putin", "Путилин", false},
		{"Obama", "Osama", false},
		{"Smirnov", "Ivanov", false},
		{"Ed", "Ad", false},
		{"Ada", "ADA", true},
		{"Aishe", "Айше", true},
		{"Uno", "Una", false},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			a, b := tt.a, tt.b
			if swap {
				a, b = b, a
			}
			if got := Match(a, b); got != tt.want {
				t.Errorf("Match(%q, %q): got %v, want %v (keys %q, %q)", a, b, got, tt.want, Key(a), Key(b))
			}
		}
	}
}

// naive is the full Levenshtein distance, to check the banded one.
func naive(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j-1]+c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestWithin(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "abd", "kbtrkn", "kbtrk", "kbtrkm", "gmbrg", "mbrg", "gmbrgr", "stgrt", "sstgrt", "abcdefg", "abdcefg", "xbcdefgh"}
	for _, a := range words {
		for _, b := range words {
			for limit := 0; limit <= 3; limit++ {
				if got, want := within(a, b, limit), naive(a, b) <= limit; got != want {
					t.Errorf("within(%q, %q, %d): got %v, want %v", a, b, limit, got, want)
				}
			}
		}
	}
}

func FuzzLatin(f *testing.F) {
	for _, s := range []string{"Обама", "Σαμαράς", "Dvořák", "محمد", "Μπους", "ու", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Latin(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("Latin(%q) = %q: not valid UTF-8", s, out)
		}
		k := Key(s)
		for i := 0; i < len(k); i++ {
			if k[i] < 'a' || k[i] > 'z' {
				t.Errorf("Key(%q) = %q: not lower-case ASCII letters", s, k)
			}
		}
		if !Match(s, s) && len(k) >= 2 {
			t.Errorf("Match(%q, itself) is false", s)
		}
	})
}

func BenchmarkKey(b *testing.B) {
	words := []string{"Путиным", "Obama", "Грибаускайте", "Stuttgart", "Σαμαράς", "Kessling"}
	for i := 0; b.Loop(); i++ {
		Key(words[i%len(words)])
	}
}
