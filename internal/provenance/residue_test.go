package provenance

import (
	"reflect"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
)

// Fictional texts: the festival, the square and the outlets are invented.
const (
	frOrig = "Le festival Lumières de Brévanne a fermé dimanche. Le concert de la chanteuse Inès Valmont sur la place du Marché a réuni 3 000 personnes, selon les organisateurs."
	enTr   = "The Lumières de Brévanne festival closed on Sunday. A concert by singer Inès Valmont on the Place du Marché drew 3,000 people, the organisers said."
	deTr   = "Das Festival Lumières de Brévanne ging am Sonntag zu Ende. Das Konzert der Sängerin Inès Valmont auf der Place du Marché lockte 3.000 Menschen an."
	esTr   = "El festival Lumières de Brévanne cerró el domingo. El concierto de la cantante Inès Valmont en la Place du Marché reunió a 3.000 personas."
	enOrig = "The Harlow Bank of Tressing raised its rate on Monday. Governor Alma Reeve said prices in Tressing had risen for a year."
	frTr   = "La Harlow Bank of Tressing a relevé son taux lundi. La gouverneure Alma Reeve a dit que les prix avaient augmenté à Tressing depuis un an."
)

func TestResidueOf(t *testing.T) {
	tests := []struct {
		name, text, own, lang string
		want                  int
		wantNames             []string
	}{
		{"French names in English", enTr, "en", "fr", 2, []string{"Lumières de Brévanne", "Place du Marché"}},
		{"own function words end a quoted name", deTr, "de", "fr", 2, []string{"Festival Lumières de Brévanne", "Place du Marché"}},
		{"shared words do not count: de is Spanish too, du only French", esTr, "es", "fr", 1, []string{"Place du Marché"}},
		{"an original keeps nothing of English", frOrig, "fr", "en", 0, nil},
		{"English in French", frTr, "fr", "en", 1, []string{"Harlow Bank of Tressing"}},
		{"own words between capitals count nothing", "Mira went to Ostvale on Monday and to the Brisk Hall.", "en", "fr", 0, nil},
		{"the French verb a is no English article", "Inès Valmont a Brévanne pour elle.", "fr", "en", 0, nil},
		{"punctuation splits a name", "Il a vu Ostvale, of course, et Brisk.", "fr", "en", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ResidueOf(tt.text, tt.own)
			if got := r.Of(tt.lang); got != tt.want {
				t.Errorf("Of(%s) = %d, want %d (hits %v, names %q)", tt.lang, got, tt.want, r.Hits, r.Names)
			}
			if tt.want > 0 && !reflect.DeepEqual(r.Names[tt.lang], tt.wantNames) {
				t.Errorf("names %q, want %q", r.Names[tt.lang], tt.wantNames)
			}
		})
	}
}

// An English text naming "the Jazz en Brévanne" holds a word that is French
// and Spanish alike: on its own it says nothing about which.
func TestResidueAmbiguous(t *testing.T) {
	r := ResidueOf("The Jazz en Brévanne festival ended.", "en")
	if r.Of("fr") != 0 || r.Of("es") != 0 {
		t.Errorf("got fr %d es %d (hits %v), want 0 and 0", r.Of("fr"), r.Of("es"), r.Hits)
	}
}

func TestTranslationDirect(t *testing.T) {
	fr := copydesk.Article{ID: "fr", Lang: "fr", Source: "Courrier de Brévanne"}
	en := copydesk.Article{ID: "en", Lang: "en", Source: "Brevanne Weekly"}
	es := copydesk.Article{ID: "es", Lang: "es", Source: "Diario Sur"}
	enUK := copydesk.Article{ID: "en", Lang: "en-GB", Source: "Tressing Post"}
	frB := copydesk.Article{ID: "fr", Lang: "fr", Source: "Brévanne Matin"}
	runDirect(t, []directCase{
		{
			name: "the translation keeps French names",
			a:    en, b: fr,
			pair:       Pair{Kind: copydesk.Translation, AText: enTr, BText: frOrig},
			wantOrig:   "fr",
			wantReason: `Brevanne Weekly keeps 2 words of French in names such as "Lumières de Brévanne", "Place du Marché"`,
		},
		{
			name: "one word of residue is enough in a short text",
			a:    es, b: fr,
			pair:       Pair{Kind: copydesk.Translation, AText: esTr, BText: frOrig},
			wantOrig:   "fr",
			wantReason: "Diario Sur keeps 1 word of French",
		},
		{
			name: "English in a French text",
			a:    frB, b: enUK,
			pair:       Pair{Kind: copydesk.Translation, AText: frTr, BText: enOrig},
			wantOrig:   "en",
			wantReason: "Brévanne Matin keeps 1 word of English",
		},
		{
			name:       "a credit line names the source language",
			a:          copydesk.Article{ID: "de", Lang: "de", Source: "Harzer Blatt", Removed: []copydesk.Removed{{Text: "Aus dem Französischen übersetzt von Jana Kolb", Reason: copydesk.RemovedCredit}}},
			b:          copydesk.Article{ID: "fr", Lang: "fr", Source: "Courrier de Brévanne"},
			pair:       Pair{Kind: copydesk.Translation, AText: "Ein Fest ging zu Ende.", BText: "Une fête a pris fin."},
			wantOrig:   "fr",
			wantReason: "Harzer Blatt says it was translated from French",
		},
		{
			name:       "a credit line in the text names the outlet",
			a:          copydesk.Article{ID: "es", Lang: "es", Source: "Diario Sur"},
			b:          copydesk.Article{ID: "en", Lang: "en", Source: "Brevanne Weekly"},
			pair:       Pair{Kind: copydesk.Translation, AText: "Una fiesta terminó.\nTraducido del original de Brevanne Weekly.", BText: "A festival ended."},
			wantOrig:   "en",
			wantReason: "Diario Sur says it was translated",
		},
		{
			name:     "no residue on either side: no signal",
			a:        copydesk.Article{ID: "a", Lang: "en"},
			b:        copydesk.Article{ID: "b", Lang: "fr"},
			pair:     Pair{Kind: copydesk.Translation, AText: "A fair closed in Ostvale.", BText: "Une foire a fermé à Ostvale."},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal",
		},
	})
}

func TestTranslationSameLanguage(t *testing.T) {
	a := &copydesk.Article{ID: "a", Lang: "en"}
	b := &copydesk.Article{ID: "b", Lang: "en"}
	d := Direct(a, b, Pair{Kind: copydesk.Rewrite, AText: enTr, BText: enOrig})
	if r := strings.Join(d.Reasons, "; "); strings.Contains(r, "keeps") || strings.Contains(r, "translated") {
		t.Errorf("got reasons %q, want no translation signal", d.Reasons)
	}
}
