package cluster

import "testing"

// The language-independent terms an article and its translation share:
// names across scripts and inflections, months, numbers in each language's
// writing.
func TestAnchorTerms(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Talks with Vladimir Putin ended on 14 March.", []string{"~@vldmr", "~@ptn", "~#march", "~14"}},
		{"ru", "Переговоры с Владимиром Путиным завершились 14 марта.", []string{"~@vldmr", "~@ptn", "~#march", "~14"}},
		{"de", "Die Gespräche mit Wladimir Putin endeten am 14. März.", []string{"~@vldmr", "~@ptn", "~#march", "~14"}},
		{"en", "Damage is put at 1.5 million euros and 38,000,000 roubles.", []string{"~1.5", "~38000000"}},
		{"ru", "Ущерб оценивается в 1,5 млн евро и 38 000 000 рублей.", []string{"~1.5", "~38000000"}},
		{"de", "Der Schaden beträgt 1,5 Millionen Euro und 38.000.000 Rubel.", []string{"~1.5", "~38000000"}},
		{"en", "A 41-year-old man from Moscow was held.", []string{"~41", "~@mskv"}},
		{"ru", "Задержан 41-летний житель Москвы.", []string{"~41", "~@mskv"}},
	}
	for _, tt := range tests {
		got := Terms(tt.lang, "", tt.body)
		for _, w := range tt.want {
			if got[w] == 0 {
				t.Errorf("Terms(%q, %q) lacks %q; got %v", tt.lang, tt.body, w, got)
			}
		}
	}
}
