package provenance

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// Two invented reports: a Russian original about a Russian town and its
// English translation.
const (
	ruLocal = `Глава города Галина Мережкова пообещала, что горячую воду вернут не позднее 18 октября.
По словам директора МУП «Тепловые сети» Степана Ворохобина, теплотрассу проложили в 1979 году и с тех пор ни разу полностью не меняли.
Жители Заречного жалуются, что это уже третья авария за год, а в Верхнеозёрске опять говорят о ремонте.`
	enLocal = `Mayor Galina Merezhkova promised that hot water would be restored no later than October 18.
According to Stepan Vorokhobin, director of the municipal heating company Teplovye Seti, the main was laid in 1979 and has never been fully replaced since.
Residents of Zarechny complain that this is already the third breakdown this year, and people in Verkhneozyorsk again talk of repairs.`
)

var localNames = [][2]string{{"Галина", "Galina"}, {"Мережкова", "Merezhkova"}, {"Степана", "Stepan"}, {"Ворохобина", "Vorokhobin"},
	{"Тепловые", "Teplovye"}, {"Заречного", "Zarechny"}, {"Верхнеозёрске", "Verkhneozyorsk"}}

func TestLocalityOf(t *testing.T) {
	l := LocalityOf(ruLocal, enLocal, localNames)
	if l.Names != len(localNames) || l.Fit < minLocal {
		t.Errorf("Russian names in a Russian original: got fit %.2f over %d names, want at least %.2f over %d", l.Fit, l.Names, minLocal, len(localNames))
	}
	// The same pair the other way round: the sign turns, the size stays.
	swapped := make([][2]string, len(localNames))
	for i, n := range localNames {
		swapped[i] = [2]string{n[1], n[0]}
	}
	if r := LocalityOf(enLocal, ruLocal, swapped); r.Fit > -minLocal || r.Names != l.Names {
		t.Errorf("swapped: got fit %.2f over %d names, want at most %.2f", r.Fit, r.Names, -minLocal)
	}
	if z := LocalityOf(ruLocal, enLocal, nil); z.Names != 0 || z.Fit != 0 {
		t.Errorf("no names: got %+v, want nothing", z)
	}
}

// TestDirectTranslationLocality: between a translation and its original,
// undated, the local names and the abbreviations the translation spells
// out decide, with their reasons, whichever side arrived first.
func TestDirectTranslationLocality(t *testing.T) {
	ru := &copydesk.Article{ID: "ru", Lang: "ru", Source: "Верхнеозёрские ведомости"}
	en := &copydesk.Article{ID: "en", Lang: "en", Source: "Upper Lake Digest"}
	swapped := make([][2]string, len(localNames))
	for i, n := range localNames {
		swapped[i] = [2]string{n[1], n[0]}
	}
	for _, tt := range []struct {
		name string
		a, b *copydesk.Article
		p    Pair
	}{
		{"Russian first", ru, en, Pair{AText: ruLocal, BText: enLocal, Names: localNames, Abbreviations: [2][]string{{"МУП"}, nil}}},
		{"English first", en, ru, Pair{AText: enLocal, BText: ruLocal, Names: swapped, Abbreviations: [2][]string{nil, {"МУП"}}}},
	} {
		tt.p.Kind = copydesk.Translation
		d := Direct(tt.a, tt.b, tt.p)
		reasons := strings.Join(d.Reasons, "; ")
		if d.Original != ru || !strings.Contains(reasons, "carries them over") || !strings.Contains(reasons, "МУП") || d.Confidence <= 0.5 {
			t.Errorf("%s: got original %s (confidence %.2f): %s; want ru, for its local names and its abbreviation", tt.name, d.Original.ID, d.Confidence, reasons)
		}
	}
	// Nothing to go by: no text signal, whatever the languages.
	d := Direct(ru, en, Pair{Kind: copydesk.Translation, AText: ruLocal, BText: enLocal})
	if !strings.Contains(strings.Join(d.Reasons, "; "), "no signal") {
		t.Errorf("no names, no abbreviations: got %v, want no signal", d.Reasons)
	}
}
