package dedup

import (
	"testing"

	"github.com/copydesk/copydesk"
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
