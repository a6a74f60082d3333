package extract

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/copydesk/copydesk/internal/corpus"
)

// sameAsWhatlanggo reports how detectLang's answer for s differs from
// whatlanggo.Detect's, or "" when it does not. Of two languages at the
// same smallest distance whatlanggo names either (map order), with
// confidence 0: only the confidence is compared then.
func sameAsWhatlanggo(s string) string {
	want := whatlanggo.Detect(s)
	lang, conf := detectLang(s)
	if conf != want.Confidence || conf > 0 && lang != want.Lang {
		return "detectLang = " + lang.String() + " " + ftoa(conf) + ", whatlanggo " + want.Lang.String() + " " + ftoa(want.Confidence)
	}
	return ""
}

func ftoa(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

// prefixes are the first n bytes of s for several n, cut at a character:
// short samples, the bounded sample Lang gives, and longer ones whose
// trigrams rank past a profile's 300.
func prefixes(s string) []string {
	var out []string
	for _, n := range []int{1, 2, 3, 12, 40, 100, 300, langSample, 3000, len(s)} {
		if n > len(s) {
			n = len(s)
		}
		for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
			n--
		}
		out = append(out, s[:n])
	}
	return out
}

// TestDetectLangIsWhatlanggo checks detectLang against whatlanggo on real
// news in several languages and scripts (the tune parts of ECB+ dev and
// wmt14-ru-en, the seeds), on testdata/translations, on invented words
// (corpus.Babble, as tools/wiregen writes) and on short texts in other
// scripts, at several sample lengths.
func TestDetectLangIsWhatlanggo(t *testing.T) {
	var texts []string
	read := func(path string, in func(story, part string) bool) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var r struct{ Title, Text, Story, Part string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if in(r.Story, r.Part) {
				texts = append(texts, r.Title+"\n"+r.Text)
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	read(filepath.Join("..", "..", "testdata", "translations", "corpus.jsonl"), func(string, string) bool { return true })
	read(filepath.Join("..", "..", "testdata", "translations", "ru.jsonl"), func(string, string) bool { return true })
	if shared := corpus.SharedDir(); shared != "" {
		read(filepath.Join(shared, "eval", "ecbplus-dev", "corpus.jsonl"), func(story, _ string) bool { return corpus.InPart("tune", story) })
		read(filepath.Join(shared, "eval", "wmt14-ru-en", "corpus.jsonl"), func(_, part string) bool { return part == "tune" })
		seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
		for _, p := range seeds {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(raw))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	babble := corpus.NewBabble(rng)
	for range 50 {
		var b strings.Builder
		for range 10 {
			b.WriteString(babble.Sentence() + " ")
		}
		texts = append(texts, b.String())
	}
	texts = append(texts,
		"שלום עולם, זהו מבחן קצר של זיהוי שפה בכתב עברי עם כמה מילים נוספות",
		"यह भाषा पहचान की एक छोटी सी परीक्षा है जिसमें कुछ और शब्द भी हैं",
		"هذا اختبار قصير لتحديد اللغة بالخط العربي مع بعض الكلمات الإضافية",
		"这是一个简短的语言识别测试", "Αυτή είναι μια σύντομη δοκιμή", "", "   ", "12345 !!!")
	n := 0
	for _, s := range texts {
		for _, p := range prefixes(s) {
			n++
			if diff := sameAsWhatlanggo(p); diff != "" {
				t.Errorf("%.60q: %s", p, diff)
			}
		}
	}
	if n < 1000 {
		t.Errorf("compared %d samples, want 1,000 or more", n)
	}
	t.Logf("%d samples of %d texts: the same as whatlanggo", n, len(texts))
}

func FuzzDetectLang(f *testing.F) {
	for _, s := range []string{"The council approved the budget.", "Совет одобрил бюджет.", "a", "", "aa  bb", "x y z", "ÉÉÉ éé", "Die Gemeinde hatte die Verbindung geplant."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Text and HTML reject invalid UTF-8 before Lang
		}
		if diff := sameAsWhatlanggo(s); diff != "" {
			t.Errorf("%q: %s", s, diff)
		}
	})
}

// TestLatinScript checks detectLang's script of a text and its trigrams'
// characters against whatlanggo.DetectScript and the Unicode tests they
// replace: every ASCII byte alone, and random texts of ASCII with few
// letters or many, controls, punctuation, Latin letters beyond ASCII,
// dashes and quotes, marks, other scripts and stray bytes.
func TestLatinScript(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var texts []string
	for c := range utf8.RuneSelf {
		texts = append(texts, string(rune(c)), strings.Repeat(string(rune(c)), 3))
		if got, want := rune(asciiTrigramRune[c]), trigramRune(rune(c)); got != want {
			t.Errorf("asciiTrigramRune[%#x] = %q, want %q", c, got, want)
		}
	}
	// The first 11 are Latin letters, punctuation, symbols, spaces and
	// stray bytes (read as U+FFFD, a symbol); the rest are not.
	beyond := []string{"é", "Ł", "ß", "—", "“", "”", "’", "€", "\u00a0", "\xff", "\xc3", "\u0301", "Ж", "中", "א"}
	for range 20000 {
		var b strings.Builder
		letters := rng.IntN(3) // none, a few, any byte
		others := 11 + 4*rng.IntN(2)
		for range rng.IntN(60) {
			c := byte(rng.IntN(utf8.RuneSelf))
			if letters == 0 && c|0x20 >= 'a' && c|0x20 <= 'z' {
				c = ' '
			}
			if letters == 1 && rng.IntN(8) > 0 {
				c = " .,-0123456789!\x01\t"[rng.IntN(16)]
			}
			b.WriteByte(c)
			if rng.IntN(10) == 0 {
				b.WriteString(beyond[rng.IntN(others)])
			}
		}
		texts = append(texts, b.String())
	}
	latin, none, other := 0, 0, 0
	for _, s := range texts {
		want := whatlanggo.DetectScript(s)
		got, ok := latinScript(s)
		if !ok {
			other++
			continue
		}
		if got != want {
			t.Errorf("latinScript(%q) = %v, DetectScript %v", s, got, want)
		}
		if want == nil {
			none++
		} else {
			latin++
		}
	}
	if latin == 0 || none == 0 || other == 0 {
		t.Errorf("%d texts Latin, %d of no script, %d left to DetectScript: the test does not exercise each", latin, none, other)
	}
}
