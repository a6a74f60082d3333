package dedup

import (
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

const (
	enFerry = `Ferry Aurelia runs aground near Kestrel Point.
The ferry Aurelia ran aground near Kestrel Point on Sunday with 214 passengers on board, the Marrowby coastguard said.
Captain Ines Talbot told the coastguard at 6:40 a.m. that the ship had lost power in heavy fog.
Two tugboats from Marrowby reached the Aurelia within 40 minutes and towed it back to port.
Nobody was hurt, said coastguard spokesman Oren Vasquez.
The operator Bellwind Lines said the Aurelia was built in 2009 and passed its last inspection in March.
"We will cooperate fully with the investigators," Bellwind Lines said in a statement.`
	deFerry = `Fähre Aurelia läuft vor Kestrel Point auf Grund.
Die Fähre Aurelia ist am Sonntag mit 214 Passagieren an Bord vor Kestrel Point auf Grund gelaufen, teilte die Küstenwache von Marrowby mit.
Kapitänin Ines Talbot meldete der Küstenwache um 6.40 Uhr, dass das Schiff bei dichtem Nebel die Energie verloren habe.
Zwei Schlepper aus Marrowby erreichten die Aurelia innerhalb von 40 Minuten und schleppten sie in den Hafen zurück.
Niemand wurde verletzt, sagte der Sprecher der Küstenwache, Oren Vasquez.
Der Betreiber Bellwind Lines erklärte, die Aurelia sei 2009 gebaut worden und habe die letzte Inspektion im März bestanden.
„Wir werden umfassend mit den Ermittlern zusammenarbeiten", erklärte Bellwind Lines.`
	// An independent German report of the same event: same names and some
	// numbers, its own order and its own facts.
	deOther = `Aufatmen in Marrowby: Keine Verletzten nach Havarie.
Bellwind Lines will nach der Havarie seiner Fähre die gesamte Flotte prüfen lassen.
Die Reederei betreibt sieben Schiffe zwischen Marrowby und den Inseln.
Oren Vasquez von der Küstenwache lobte die schnelle Reaktion der Schlepperbesatzungen.
Bürgermeisterin Hedda Lund kündigte eine Sitzung des Stadtrats für Dienstag an.
Die Aurelia liegt nun im Hafen, Taucher untersuchen den Rumpf.
Viele Passagiere reisten am Abend mit einem Ersatzschiff weiter.`
)

func TestCompareTranslation(t *testing.T) {
	en := NewAnchors("en", "", enFerry)
	tests := []struct {
		name string
		b    *Anchors
		want copydesk.Kind
	}{
		{"German translation", NewAnchors("de", "", deFerry), copydesk.Translation},
		{"independent German report", NewAnchors("de", "", deOther), ""},
		{"same language is never a translation", NewAnchors("en", "", enFerry), ""},
		{"unknown language", NewAnchors("", "", deFerry), ""},
		{"one language under two labels", NewAnchors("de", "", enFerry), ""},
	}
	// Two headlines alone, even when language detection labels one of them
	// wrongly and an abbreviated name splits them into "sentences", are
	// too short to say that one translates the other.
	for _, h := range [][2]string{
		{"Ferry Aurelia runs aground near Kestrel Point with 214 on board", "Ferry Aurelia aground near Kestrel Point, 214 on board"},
		{"Long Island stores of Harrow's Outfitters and Jos. A. Marrow", "TIMELINE-Harrow's Outfitters seals deal to buy Jos. A. Marrow"},
	} {
		if m := CompareTranslation(NewAnchors("es", h[0], h[0]), NewAnchors("en", h[1], h[1])); m.Kind != "" {
			t.Errorf("two headlines %q: got %q (aligned %d), want no translation", h, m.Kind, m.Aligned)
		}
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			a, b := en, tt.b
			if swap {
				a, b = b, a
			}
			m := CompareTranslation(a, b)
			if m.Kind != tt.want {
				t.Errorf("%s (swap %v): got %q (aligned %d, score %.2f, coverage %.2f), want %q", tt.name, swap, m.Kind, m.Aligned, m.Score, m.Coverage, tt.want)
			}
		}
	}
}

func TestTranslationIndex(t *testing.T) {
	ix := NewTranslationIndex()
	ix.Add("de1", NewAnchors("de", "", deFerry))
	ix.Add("de2", NewAnchors("de", "", deOther))
	ix.Add("en2", NewAnchors("en", "", enFerry))
	got := ix.Candidates(NewAnchors("en", "", enFerry))
	if len(got) == 0 || got[0] != "de1" {
		t.Errorf("got candidates %v, want de1 first and no English article", got)
	}
	for _, id := range got {
		if id == "en2" {
			t.Errorf("got %v, want no article in the query's own language", got)
		}
	}
}

func TestAnchorsOf(t *testing.T) {
	tests := []struct {
		lang, sentence string
		want           []string
	}{
		{"en", "At 6:45 a.m. the crew of Adler 3 winched them up.", []string{"6:45", "adler", "3"}},
		{"en", "At around 9 p.m. one of the climbers called for help.", []string{"21:00|21"}},
		{"en", "It will take three weeks, until April 14, and reopen on Sunday.", []string{"3", "april", "14", "sunday"}},
		{"en", "The council may decide, said Mira Okonkwo.", []string{"the?", "mira", "okonkwo"}},
		{"en", "Prices rose 5.2 million times, to 38,000 or 1,500.50 in the 20th year.", []string{"prices?", "5200000|5.2", "38000", "1500.5", "20"}},
		{"de", "Um 6.45 Uhr holte die Crew des Hubschraubers Adler 3 sie aus der Wand.", []string{"6:45", "crew?", "hubschraubers?", "adler", "3", "wand?"}},
		{"de", "Gegen 21 Uhr setzte einer einen Notruf ab, am Sonntagmorgen kam Hilfe.", []string{"gegen?", "21|21:00", "notruf?", "sunday", "hilfe"}},
		{"de", "Bis zum 14. April dauert es drei Wochen.", []string{"bis?", "14", "april", "3", "wochen"}},
		{"de", "Sie kostet 38.000 Euro, 5,2 Mio. mehr als die Stadtverwaltung plante.", []string{"sie?", "38000", "euro", "5200000|5.2", "stadtverwaltung?"}},
		{"fr", "À 6 h 45, l'équipage a hélitreuillé les grimpeurs vers 21 heures.", []string{"6:45", "21|21:00"}},
		{"fr", "Soixante-dix pour cent, dix-sept et quatre-vingt-dix le 1er juin, 2 100 personnes.", []string{"70", "17", "90", "1", "june", "2100"}},
		{"fr", "Quelque 2\u202f100 habitants, 80\u00a0000 foyers, à 20h30.", []string{"quelque?", "2100", "80000", "20:30"}},
		{"es", "A las 6.45 del domingo 1 de junio, la 27.ª edición, 3.000 millones.", []string{"6.45|6:45", "sunday", "1", "june", "27", "3000000000|3000"}},
		{"ru", "30 октября, около 1-00, мужчина 1947 года рождения из Кинешмы.", []string{"30", "october", "1|1:00", "1947", "кинешмы"}},
		{"ru", "Рост до 5,2 млн (сейчас 22,5%), 15 тыс. человек, в 09.30 в пятницу, в третьем терминале.", []string{"рост?", "5200000|5.2", "22.5", "15000|15", "9.3|9:30", "friday", "3"}},
		{"ru", "Коллекция монет XVII–XVIII веков, с конца ХХ века, MVD и DC.", []string{"коллекция?", "17", "18", "20", "mvd"}},
		{"en", "World War II, the 20th century and Washington DC.", []string{"world?", "war", "2", "20", "washington"}},
		{"cs", "Dne 3. března ve 14.30 zemřelo pět lidí a 1,5 mil. zůstalo bez proudu.", []string{"dne?", "3", "march", "14.3|14:30", "5", "1500000|1.5"}},
	}
	for _, tt := range tests {
		got := anchorStrings(tt.lang, tt.sentence)
		if !slices.Equal(got, tt.want) {
			t.Errorf("anchorsOf(%q, %q) = %q, want %q", tt.lang, tt.sentence, got, tt.want)
		}
	}
}

// anchorStrings reads the anchors of one sentence as people would write
// them: a name in lower case (with "?" when it is weak), a number as its
// value (and its other reading after "|"), a month or day in English.
func anchorStrings(lang, sentence string) []string {
	var out []string
	for _, m := range readAnchors(lang, sentence, text.Tokens(sentence), nil) {
		s := m.a.key
		switch {
		case m.a.kind == nameAnchor:
			s = strings.ToLower(m.a.text)
		case m.a.alt != "":
			s += "|" + m.a.alt
		}
		if m.weak {
			s += "?"
		}
		out = append(out, s)
	}
	return out
}

// alignAnchors counts the sentences of x and y that align.
func alignAnchors(x, y *Anchors) int {
	p := newAnchorPair(x, y)
	best := p.table()
	return best[len(x.sents)][len(y.sents)].n + p.movedBlock(best)
}

// A translator splits and joins sentences: one sentence may pair with two
// in a row on the other side. Sentences of very different length do not
// pair even when they share their names.
func TestAlignAnchorsSplitAndLength(t *testing.T) {
	en := NewAnchors("en", "", `The brewery Kessling in Oberhain will close on September 30, the family told its 64 employees on Tuesday.
The company was founded in 1819 by Johann Georg Kessling.
Mayor Florian Reisach spoke of a black day for Oberhain.`)
	// The first sentence split in two, the last two joined.
	de := NewAnchors("de", "", `Die Brauerei Kessling in Oberhain schließt zum 30. September.
Das teilte die Familie am Dienstag den 64 Beschäftigten mit.
Das Unternehmen wurde 1819 von Johann Georg Kessling gegründet, und Bürgermeister Florian Reisach sprach von einem schwarzen Tag für Oberhain.`)
	// Two pairs: the English first sentence with the two German ones, the
	// two English last ones with the German last.
	if got := alignAnchors(en, de); got != 2 {
		t.Errorf("split and joined sentences: aligned %d, want 2", got)
	}
	short := NewAnchors("de", "", `Kessling, Oberhain, 30. September, 64.
Kessling 1819.
Reisach, Oberhain.`)
	if got := alignAnchors(en, short); got != 0 {
		t.Errorf("sentences of a third the length: aligned %d, want 0", got)
	}
}

// A paragraph moved as a whole still counts as aligned; sentences scattered
// out of order do not, beyond one run.
func TestAlignAnchorsMovedBlock(t *testing.T) {
	en := NewAnchors("en", "", `Storm Odile hit Serrat on Tuesday with gusts of 140 kilometres an hour.
A 67-year-old man died in Vell Marí when a wall fell on his car.
Schools in 23 municipalities will stay shut on Wednesday.
Meteorologist Aurelio Fontdevila said it was the strongest storm since 1999.
Elena Casamitjana visited the harbour of Vell Marí in the evening.
Litoral Energia sent 450 technicians to restore power.`)
	// The last two sentences moved up to second place.
	de := NewAnchors("de", "", `Sturm Odile ist am Dienstag mit Böen von 140 Kilometern pro Stunde über Serrat gezogen.
Elena Casamitjana besuchte am Abend den Hafen von Vell Marí.
Litoral Energia schickte 450 Techniker los, um den Strom wiederherzustellen.
In Vell Marí starb ein 67-jähriger Mann, als eine Mauer auf sein Auto fiel.
In 23 Gemeinden bleiben die Schulen am Mittwoch geschlossen.
Der Meteorologe Aurelio Fontdevila sprach vom stärksten Sturm seit 1999.`)
	if got := alignAnchors(en, de); got != 6 {
		t.Errorf("moved paragraph: aligned %d, want 6", got)
	}
	// Every other sentence out of place: the in-order alignment and one
	// run of two, no more.
	shuffled := NewAnchors("de", "", `Litoral Energia schickte 450 Techniker los, um den Strom wiederherzustellen.
In 23 Gemeinden bleiben die Schulen am Mittwoch geschlossen.
Sturm Odile ist am Dienstag mit Böen von 140 Kilometern pro Stunde über Serrat gezogen.
Elena Casamitjana besuchte am Abend den Hafen von Vell Marí.
Der Meteorologe Aurelio Fontdevila sprach vom stärksten Sturm seit 1999.
In Vell Marí starb ein 67-jähriger Mann, als eine Mauer auf sein Auto fiel.`)
	if got := alignAnchors(en, shuffled); got > 4 {
		t.Errorf("shuffled sentences: aligned %d, want at most 4", got)
	}
}

// FuzzCompareTranslation: any two texts in any two of the four languages
// give a verdict without panicking, with Score and Coverage in [0, 1].
func FuzzCompareTranslation(f *testing.F) {
	f.Add("en", "At 6:45 a.m. on March 12, three of the 2,100 people, said Mira Okonkwo.", "fr", "À 6 h 45 le 12 mars, trois des 2 100 personnes, a dit Mira Okonkwo.")
	f.Add("de", "Am Sonntagmorgen um 21 Uhr, zwei Wochen.", "es", "El domingo a las 9 p.m., dos semanas. Soixante-dix-sept.")
	f.Add("fr", "quatre-vingt-dix-neuf 9 pm 99 h 99 : 00", "en", "9 p.m. 99:99 twenty-two")
	f.Fuzz(func(t *testing.T, la, a, lb, b string) {
		m := CompareTranslation(NewAnchors(la, "", a), NewAnchors(lb, "", b))
		if m.Score < 0 || m.Score > 1 || m.Coverage < 0 || m.Coverage > 1 {
			t.Errorf("score %v coverage %v out of [0, 1]", m.Score, m.Coverage)
		}
	})
}
