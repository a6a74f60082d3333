package dedup

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Words that survive translation as meaning, not as spelling: the names of
// the months and the days of the week, and numbers written as words, in
// English, German, French and Spanish. Each reads as a language-independent
// anchor: "march" for March, März, mars and marzo, "monday" for Monday,
// Montag, lundi and lunes, and the digits for a number word ("three", "drei",
// "trois", "tres" are all "3"), so that "three weeks" lines up with "3
// semaines" as well as with "trois semaines".
var transWords = map[string]map[string]string{
	"en": words(
		"#m", "january february march april may june july august september october november december",
		"#d", "monday tuesday wednesday thursday friday saturday sunday",
		"", "_ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
		"0", "_ twenty thirty forty fifty sixty seventy eighty ninety",
	),
	"de": words(
		"#m", "januar februar märz april mai juni juli august september oktober november dezember",
		"#d", "montag dienstag mittwoch donnerstag freitag samstag sonntag",
		"", "_ zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
		"0", "_ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
	),
	"fr": words(
		"#m", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"#d", "lundi mardi mercredi jeudi vendredi samedi dimanche",
		"", "_ deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
		"0", "_ vingt trente quarante cinquante soixante",
	),
	"es": words(
		"#m", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"#d", "lunes martes miércoles jueves viernes sábado domingo",
		"", "_ dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
		"0", "_ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
	),
}

var (
	months = strings.Fields("january february march april may june july august september october november december")
	days   = strings.Fields("monday tuesday wednesday thursday friday saturday sunday")
	// calendar holds the anchors of months and days: too common to index.
	calendar = map[string]bool{}
	// germanDays are the German day names, the start of compounds such as
	// "Sonntagmorgen", with their anchors.
	germanDays [][2]string
)

func init() {
	for _, w := range append(slices.Clone(months), days...) {
		calendar[w] = true
	}
	for w, v := range transWords["de"] {
		if slices.Contains(days, v) {
			germanDays = append(germanDays, [2]string{w, v})
		}
	}
	slices.SortFunc(germanDays, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
}

// words builds one language's table from (kind, list) pairs: "#m" and "#d"
// give the words of the list the English month and day names in order, ""
// numbers them from 1 ("_" is a gap for one, which is too often a pronoun),
// "0" from 1 in tens (10, 20, ...).
func words(spec ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(spec); i += 2 {
		for n, w := range strings.Fields(spec[i+1]) {
			if w == "_" {
				continue
			}
			var v string
			switch spec[i] {
			case "0":
				v = strconv.Itoa(10 * (n + 1))
			case "":
				v = strconv.Itoa(n + 1)
			case "#m":
				v = months[n]
			case "#d":
				v = days[n]
			}
			if _, ok := m[w]; !ok {
				m[w] = v
			}
		}
	}
	return m
}

// transWord returns the anchor a word of language lang stands for, or "".
// An English month or day counts only capitalised ("may" is a verb); a
// German compound of a day ("Sonntagmorgen", "Freitagnachmittag") is the day.
func transWord(lang, raw string) string {
	tab := transWords[lang]
	if tab == nil {
		return ""
	}
	w := raw
	for _, r := range raw {
		if unicode.IsUpper(r) {
			w = strings.ToLower(raw)
			break
		}
	}
	if w == "vingts" {
		w = "vingt"
	}
	v := tab[w]
	if v == "" && lang == "de" && len(w) > 6 && unicode.IsUpper([]rune(raw)[0]) {
		for _, d := range germanDays {
			if strings.HasPrefix(w, d[0]) {
				v = d[1]
				break
			}
		}
	}
	if v != "" && lang == "en" && calendar[v] && !unicode.IsUpper([]rune(raw)[0]) {
		return ""
	}
	return v
}
