package dedup

import (
	"strings"
)

// Scale words multiply the number before them: "5,2 млн" is 5 200 000, as
// "5.2 million" is. Each maps to its power of ten.
var scaleWords = map[string]map[string]int{
	"en": scales(3, "thousand thousands", 6, "million millions mln", 9, "billion billions bn", 12, "trillion trillions"),
	"de": scales(3, "tausend tsd", 6, "million millionen mio", 9, "milliarde milliarden mrd", 12, "billion billionen"),
	"fr": scales(3, "mille", 6, "million millions", 9, "milliard milliards md mds", 12, "billion billions"),
	"es": scales(3, "mil", 6, "millón millones", 12, "billón billones"),
	"ru": scales(3, "тыс тысяча тысячи тысяч тысячу", 6, "млн миллион миллиона миллионов", 9, "млрд миллиард миллиарда миллиардов", 12, "трлн триллион триллиона триллионов"),
	"cs": scales(3, "tis tisíc tisíce tisícům", 6, "mil milion miliony milionů", 9, "mld miliarda miliardy miliard", 12, "bilion biliony bilionů"),
}

func scales(spec ...any) map[string]int {
	m := map[string]int{}
	for i := 0; i+1 < len(spec); i += 2 {
		for _, w := range strings.Fields(spec[i+1].(string)) {
			m[w] = spec[i].(int)
		}
	}
	return m
}

// dotThousands holds the languages of a decimal comma
// (translit.DecimalComma) that group thousands with a point ("38.000"); the
// rest group them with a space.
var dotThousands = map[string]bool{"de": true, "es": true, "it": true, "pt": true, "nl": true, "tr": true, "da": true, "ro": true}

// clockWords follow an hour: "21 Uhr", "6 h 45", "в 9 часов".
var clockWords = map[string]bool{"h": true, "uhr": true, "heures": true, "heure": true, "horas": true, "час": true, "часа": true, "часов": true, "hodin": true, "hodiny": true}
