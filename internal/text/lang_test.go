package text

import "testing"

func TestAnalysis(t *testing.T) {
	tests := []struct {
		lang, word, want string
	}{
		{"en", "the", ""},
		{"en", "ferries", "ferri"},
		{"", "ferries", "ferri"},   // unknown: English
		{"xx", "ferries", "ferri"}, // not covered: English
		{"de", "der", ""},
		{"de", "und", ""},
		{"de", "häfen", "haf"},
		{"de", "hafen", "haf"},
		{"fr", "les", ""},
		{"fr", "l'usine", "usin"},
		{"fr", "usines", "usin"},
		{"es", "los", ""},
		{"es", "huelgas", "huelg"},
		{"es", "huelga", "huelg"},
		{"ru", "и", ""},
		{"ru", "забастовки", "забастовк"},
		{"ru", "забастовка", "забастовк"},
		{"it", "della", ""},
		{"nl", "het", ""},
		{"el", "και", ""}, // stop words only
		{"el", "λιμάνι", "λιμάνι"},
		{"tr", "ve", ""},
	}
	for _, tt := range tests {
		if got := ForLang(tt.lang).Term(tt.word); got != tt.want {
			t.Errorf("ForLang(%q).Term(%q) = %q, want %q", tt.lang, tt.word, got, tt.want)
		}
	}
	for _, lang := range AnalysedLangs {
		if a := ForLang(lang); a.Lang() != lang {
			t.Errorf("ForLang(%q) is the analysis of %q", lang, a.Lang())
		}
	}
}

func BenchmarkAnalysis(b *testing.B) {
	words := Words("Die Fährleute im Hafen von Portmere streikten am Dienstag, nachdem die Gespräche über Löhne gescheitert waren, sagte die Gewerkschaft.")
	de := ForLang("de")
	b.ResetTimer()
	for range b.N {
		for _, w := range words {
			de.Term(w)
		}
	}
}
