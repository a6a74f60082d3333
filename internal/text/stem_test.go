package text

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"consign", "consign"}, {"consigned", "consign"}, {"consigning", "consign"},
		{"consignment", "consign"}, {"consistency", "consist"}, {"consistently", "consist"},
		{"consolation", "consol"}, {"consolatory", "consolatori"}, {"consolidate", "consolid"},
		{"consolingly", "consol"}, {"conspicuously", "conspicu"}, {"conspiracy", "conspiraci"},
		{"conspirators", "conspir"}, {"constable", "constabl"}, {"constancy", "constanc"},
		{"knackeries", "knackeri"}, {"kneeling", "kneel"}, {"knightly", "knight"},
		{"knitting", "knit"}, {"knives", "knive"}, {"knocker", "knocker"},
		{"generously", "generous"}, {"generate", "generat"}, {"communication", "communic"},
		{"running", "run"}, {"hoping", "hope"}, {"hopping", "hop"}, {"happy", "happi"},
		{"agreed", "agre"}, {"feed", "feed"}, {"caresses", "caress"}, {"ponies", "poni"},
		{"ties", "tie"}, {"cries", "cri"}, {"cats", "cat"}, {"gas", "gas"}, {"gaps", "gap"},
		{"relational", "relat"}, {"conditional", "condit"}, {"rational", "ration"},
		{"national", "nation"}, {"international", "intern"}, {"dying", "die"}, {"news", "news"},
		{"skies", "sky"}, {"succeeding", "succeed"}, {"exceed", "exceed"}, {"luxuriating", "luxuri"},
		{"militaries", "militari"}, {"surveillance", "surveil"}, {"declined", "declin"},
		{"rejected", "reject"}, {"China's", "china"}, {"Chinese", "chines"}, {"yelling", "yell"},
		{"sayings", "say"}, {"crying", "cri"}, {"by", "by"}, {"fly", "fli"}, {"enjoy", "enjoy"},
		{"u.s.", "u.s."}, {"f-22", "f-22"}, {"1,000", "1,000"}, {"équipe", "équipe"}, {"Über", "über"},
		{"'tis", "tis"}, {"'", "'"}, {"a", "a"},
	}
	for _, tt := range tests {
		if got := Stem(tt.word); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
