package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// TestLangCorpora measures Lang against whatlanggo alone (detect) on
// labelled real news, the tune part by default (COPYDESK_LANG_PART=heldout
// for the held-out part, in aggregate): ECB+ dev (English, split by story)
// and wmt14-ru-en (Russian and English, its own split), and on the four
// languages of testdata/translations (our own text). The English guess
// must never take a sample whatlanggo gives another language, and Lang
// must be right as often as whatlanggo.
func TestLangCorpora(t *testing.T) {
	shared := corpus.SharedDir()
	if shared == "" {
		t.Skip("no shared data")
	}
	part := os.Getenv("COPYDESK_LANG_PART")
	if part == "" {
		part = "tune"
	}
	type row struct{ Title, Text, Lang, Story, Part string }
	sets := []struct {
		name, path, lang string // lang: every article's, when the corpus has no field
		in               func(r row) bool
	}{
		{"ECB+ dev", filepath.Join(shared, "eval", "ecbplus-dev", "corpus.jsonl"), "en", func(r row) bool { return corpus.InPart(part, r.Story) }},
		{"wmt14-ru-en", filepath.Join(shared, "eval", "wmt14-ru-en", "corpus.jsonl"), "", func(r row) bool { return r.Part == part }},
		{"testdata/translations", filepath.Join("..", "..", "testdata", "translations", "corpus.jsonl"), "", func(row) bool { return true }},
	}
	for _, set := range sets {
		f, err := os.Open(set.path)
		if err != nil {
			t.Fatalf("%s: %v", set.name, err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		var n, guessed, right, rightBefore, undecided, undecidedBefore int
		for sc.Scan() {
			var r row
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", set.name, err)
			}
			if !set.in(r) {
				continue
			}
			want := r.Lang
			if set.lang != "" {
				want = set.lang
			}
			s := r.Title + "\n" + r.Text
			got, before := Lang(s), detect(sample(s))
			n++
			if english(sample(s)) {
				guessed++
				if before != "en" {
					t.Errorf("%s: the English guess takes a sample whatlanggo gives %q: %.80q", set.name, before, s)
				}
			}
			if got == want {
				right++
			}
			if before == want {
				rightBefore++
			}
			if got == "" {
				undecided++
			}
			if before == "" {
				undecidedBefore++
			}
		}
		f.Close()
		t.Logf("%s (%s): %d articles, %d taken as English by their words; right %d (whatlanggo alone %d), undecided %d (%d)",
			set.name, part, n, guessed, right, rightBefore, undecided, undecidedBefore)
		if right < rightBefore {
			t.Errorf("%s: Lang right on %d, whatlanggo alone on %d", set.name, right, rightBefore)
		}
	}
}

func TestEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"English", "The council approved the budget for the new cycle lanes on Tuesday evening after a long debate in which the mayor said that the plan would cost more than the city had hoped, and that the work will begin in the spring when the weather is better for it.", true},
		{"too short", "The council approved the budget for the new cycle lanes.", false},
		{"German", "Die Gemeinde hatte die Verbindung drei Jahre lang geplant und sprach von einem wichtigen Tag für die Region, denn der Bau der neuen Brücke über den Fluss war lange umstritten und hat mehr gekostet als der Rat gehofft hatte.", false},
		{"invented words", "Dorvas inosri is inri turosden lusdor perios a abmo for nelmo the over the the the nelsor ingeri bricu and the vasvastur briul of the mosor that gelus the halin was turden to the sorge and they said the brine of ulfifi has ripetur.", false},
	}
	for _, tt := range tests {
		if got := english(tt.text); got != tt.want {
			t.Errorf("%s: english(%.40q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestIsEnglishWord checks english's look-up without lowering a copy
// against the map of the lowered word: every function word in every
// capitalisation, and longer and other words.
func TestIsEnglishWord(t *testing.T) {
	words := []string{"Therefore", "THEIRS", "Whichever", "saidx", "x", "Tuesday", "DAWN"}
	for w := range englishWords {
		if len(w) > maxEnglishWord {
			t.Errorf("englishWords holds %q, longer than maxEnglishWord (%d)", w, maxEnglishWord)
		}
		for mask := 0; mask < 1<<len(w); mask++ {
			b := []byte(w)
			for i := range b {
				if mask&(1<<i) != 0 {
					b[i] -= 'a' - 'A'
				}
			}
			words = append(words, string(b), string(b)+"s")
		}
	}
	hits := 0
	for _, w := range words {
		upper := strings.ToLower(w) != w
		want := englishWords[strings.ToLower(w)]
		if got := isEnglishWord(w, upper); got != want {
			t.Errorf("isEnglishWord(%q, %v) = %v, want %v", w, upper, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 || hits == len(words) {
		t.Errorf("%d of %d words English: the test does not exercise both answers", hits, len(words))
	}
}
