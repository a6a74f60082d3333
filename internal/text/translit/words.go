package translit

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Words that survive translation as meaning, not as spelling: the names of
// the months and the days of the week, and numbers written as words
// (cardinal and ordinal), in English, German, French, Spanish, Russian and
// Czech, with the inflected forms of the last two. Each reads as a
// language-independent anchor: "march" for March, März, mars, marzo, марта
// and března, "monday" for Monday, Montag, lundi, lunes, понедельник and
// pondělí, and the digits for a number word ("three", "drei", "trois",
// "tres", "трёх", "tři" and "third", "третьем" are all "3"), so that "three
// weeks" lines up with "3 semaines" as well as with "trois semaines".
var transWords = map[string]map[string]string{
	"en": words(
		"#m", "january february march april may june july august september october november december",
		"#d", "monday tuesday wednesday thursday friday saturday sunday",
		"", "_ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
		"0", "_ twenty thirty forty fifty sixty seventy eighty ninety",
		"", "_ second third fourth fifth sixth seventh eighth ninth tenth",
	),
	"de": words(
		"#m", "januar februar märz april mai juni juli august september oktober november dezember",
		"#d", "montag dienstag mittwoch donnerstag freitag samstag sonntag",
		"", "_ zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
		"0", "_ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
		"", "_ zweite|zweiten|zweiter|zweites|zweitem dritte|dritten|dritter|drittes|drittem vierte|vierten|vierter|viertes fünfte|fünften|fünfter|fünftes sechste|sechsten siebte|siebten achte|achten neunte|neunten zehnte|zehnten",
	),
	"fr": words(
		"#m", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"#d", "lundi mardi mercredi jeudi vendredi samedi dimanche",
		"", "_ deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
		"0", "_ vingt trente quarante cinquante soixante",
		"", "_ deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième",
	),
	"es": words(
		"#m", "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"#d", "lunes martes miércoles jueves viernes sábado domingo",
		"", "_ dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
		"0", "_ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
		"", "_ segundo|segunda|segundos|segundas tercer|tercero|tercera|terceros|terceras _ quinto|quinta sexto|sexta séptimo|séptima octavo|octava noveno|novena décimo|décima",
	),
	// Russian and Czech inflect: each value lists its forms ("|"). Forms
	// that are also common words of another meaning are left out: среды
	// (also "of the environment"), семью ("family"), cuarto ("room").
	"ru": words(
		"#m", "январь|января|январе февраль|февраля|феврале март|марта|марте апрель|апреля|апреле май|мая|мае июнь|июня|июне июль|июля|июле август|августа|августе сентябрь|сентября|сентябре октябрь|октября|октябре ноябрь|ноября|ноябре декабрь|декабря|декабре",
		"#d", "понедельник|понедельника|понедельнике вторник|вторника|вторнике среду четверг|четверга|четверге пятница|пятницу|пятницы|пятнице суббота|субботу|субботы|субботе воскресенье|воскресенья",
		"", "_ два|две|двух|двум|двумя три|трех|трёх|трем|трём|тремя четыре|четырех|четырёх|четырем|четырём|четырьмя пять|пяти|пятью шесть|шести|шестью семь|семи восемь|восьми|восемью девять|девяти|девятью десять|десяти|десятью одиннадцать|одиннадцати двенадцать|двенадцати тринадцать|тринадцати четырнадцать|четырнадцати пятнадцать|пятнадцати шестнадцать|шестнадцати семнадцать|семнадцати восемнадцать|восемнадцати девятнадцать|девятнадцати двадцать|двадцати",
		"0", "_ двадцать|двадцати тридцать|тридцати сорок|сорока пятьдесят|пятидесяти шестьдесят|шестидесяти семьдесят|семидесяти восемьдесят|восьмидесяти девяносто|девяноста сто|ста",
		"", "_ "+ordinals("втор", "ой")+" третий|третьего|третьему|третьем|третья|третье|третью|третьи|третьих|третьим|третьей "+
			ordinals("четверт", "ый")+"|"+ordinals("четвёрт", "ый")+" "+ordinals("пят", "ый")+" "+ordinals("шест", "ой")+" "+
			ordinals("седьм", "ой")+" "+ordinals("восьм", "ой")+" "+ordinals("девят", "ый")+" "+ordinals("десят", "ый"),
	),
	"cs": words(
		"#m", "leden|ledna|lednu únor|února|únoru březen|března|březnu duben|dubna|dubnu květen|května|květnu červen|června|červnu červenec|července|červenci srpen|srpna|srpnu září říjen|října|říjnu listopad|listopadu prosinec|prosince|prosinci",
		"#d", "pondělí úterý středa|středu čtvrtek|čtvrtka|čtvrtku pátek|pátku sobota|sobotu|soboty neděle|neděli",
		"", "_ dva|dvě|dvou|dvěma tři|tří|třem|třemi čtyři|čtyř|čtyřem|čtyřmi pět|pěti šest|šesti sedm|sedmi osm|osmi devět|devíti deset|deseti jedenáct|jedenácti dvanáct|dvanácti třináct|třinácti čtrnáct|čtrnácti patnáct|patnácti šestnáct|šestnácti sedmnáct|sedmnácti osmnáct|osmnácti devatenáct|devatenácti dvacet|dvaceti",
		"0", "_ dvacet|dvaceti třicet|třiceti čtyřicet|čtyřiceti padesát|padesáti šedesát|šedesáti sedmdesát|sedmdesáti osmdesát|osmdesáti devadesát|devadesáti sto",
		"", "_ _ třetí "+ordinals("čtvrt", "ý")+" "+ordinals("pát", "ý")+" "+ordinals("šest", "ý")+" "+ordinals("sedm", "ý")+" "+ordinals("osm", "ý")+" "+ordinals("devát", "ý")+" "+ordinals("desát", "ý"),
	),
}

// ordinals lists the forms of an ordinal adjective: its stem with the
// endings of its declension, Russian ("ый" or "ой" in the nominative) or
// Czech ("ý").
func ordinals(stem, nominative string) string {
	var ends []string
	switch nominative {
	case "ый", "ой":
		ends = []string{nominative, "ого", "ому", "ом", "ая", "ое", "ую", "ые", "ых", "ым", "ыми", "ой"}
	case "ý":
		ends = []string{"ý", "á", "é", "ého", "ém", "ému", "ou", "ých", "ými", "ým", "í"}
	}
	forms := make([]string, len(ends))
	for i, e := range ends {
		forms[i] = stem + e
	}
	return strings.Join(forms, "|")
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
// numbers them from 1 ("_" is a gap for one, which is too often a pronoun
// or an article), "0" from 1 in tens (10, 20, ...). An item of the list may
// hold several forms of one word, joined by "|".
func words(spec ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(spec); i += 2 {
		for n, item := range strings.Fields(spec[i+1]) {
			if item == "_" {
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
			for _, w := range strings.Split(item, "|") {
				if _, ok := m[w]; !ok {
					m[w] = v
				}
			}
		}
	}
	return m
}

// Word returns the anchor a word of language lang stands for, or "",
// given the word as written (raw) and in lower case (w). An English month
// or day counts only capitalised ("may" is a verb); a German compound of a
// day ("Sonntagmorgen", "Freitagnachmittag") is the day.
func Word(lang, raw, w string) string {
	tab := transWords[lang]
	if tab == nil {
		return ""
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

// IsCalendar reports whether anchor v (as Word gives it) is a month or a
// day of the week rather than a number.
func IsCalendar(v string) bool { return calendar[v] }

// DecimalComma reports whether language lang (ISO 639-1) writes a decimal
// comma ("5,2"), grouping thousands with a point or a space, rather than a
// decimal point.
func DecimalComma(lang string) bool { return decimalComma[lang] }

var decimalComma = map[string]bool{"de": true, "fr": true, "es": true, "ru": true, "cs": true, "it": true, "pt": true, "nl": true, "pl": true, "uk": true, "tr": true, "da": true, "sv": true, "no": true, "fi": true, "ro": true}
