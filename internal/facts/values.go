package facts

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// What counts as the same value when two sources give one: the normal form
// of a number (digits or words, its unit), a day (however written) and a
// place.

// measure is a unit of measure: its dimension and its size in the
// dimension's base unit.
type measure struct {
	dim  string
	size float64
}

// unitSizes convert the units numbers are given in; a unit not listed is
// its own dimension.
var unitSizes = map[string]measure{
	"feet": {"length", 0.3048}, "foot": {"length", 0.3048}, "ft": {"length", 0.3048},
	"meters": {"length", 1}, "metres": {"length", 1}, "meter": {"length", 1}, "metre": {"length", 1},
	"kilometers": {"length", 1000}, "kilometres": {"length", 1000}, "kilometer": {"length", 1000},
	"kilometre": {"length", 1000}, "km": {"length", 1000}, "miles": {"length", 1609.344}, "mile": {"length", 1609.344},
	"inches": {"length", 0.0254}, "inch": {"length", 0.0254}, "yards": {"length", 0.9144},
	"kg": {"mass", 1}, "kilograms": {"mass", 1}, "lbs": {"mass", 0.45359}, "tons": {"mass", 907.18},
	"tonnes": {"mass", 1000}, "litres": {"volume", 1}, "liters": {"volume", 1}, "gallons": {"volume", 3.7854},
	"acres": {"area", 4046.86}, "hectares": {"area", 10000}, "mph": {"speed", 1.609344}, "knots": {"speed", 1.852},
	"hours": {"time", 3600}, "minutes": {"time", 60}, "seconds": {"time", 1},
}

// vagueNumbers give an order of magnitude, not a count: two sources
// saying "dozens" and 30 do not disagree.
var vagueNumbers = wordSet("dozens", "dozen", "hundreds", "thousands", "millions", "scores", "half", "several", "few")

// numberFact is the normal form of a number for comparison: the
// dimension it is in (its unit's, or the counted thing's) and its size in
// the dimension's base unit; measured is set when a unit was converted, so
// that 5 miles and 8 km are one value. ok is false for vague numbers.
func numberFact(n Number) (dim string, size float64, measured, ok bool) {
	for _, w := range strings.Fields(strings.ToLower(n.Text)) {
		if vagueNumbers[strings.Trim(w, ".,")] {
			return "", 0, false, false
		}
	}
	if m, found := unitSizes[n.Unit]; found {
		return m.dim, n.Value * m.size, m.size != 1, true
	}
	dim = n.Unit
	if n.Ordinal {
		dim += "#"
	}
	return dim, n.Value, false, true
}

// numberKey is the key of a number among the versions of one fact: equal
// counts share it, and measures share it within 3%.
func numberKey(size float64, measured bool) string {
	if !measured {
		return strconv.FormatFloat(size, 'g', -1, 64)
	}
	if size == 0 {
		return "0"
	}
	// Two significant digits on a logarithmic grid of 3% steps.
	return fmt.Sprintf("~%d", int(math.Round(math.Log(math.Abs(size))/math.Log(1.03))))
}

// dayKey is the normal form of a date that names one day, for comparison:
// its resolved value, or its month and day when the year is unknown. Only
// days the text fixes count (not a weekday guessed from a publication
// date, nor a clock time of a dateline).
func dayKey(d Date, f *Facts) (string, bool) {
	if d.Granularity != "day" || d.Time != "" || d.Kind == "offset" {
		return "", false
	}
	// Only a date the text writes: a weekday or "yesterday" counts from a
	// publication time that outlets give in their own time zones, and
	// dates a statement more often than the happening.
	if d.Kind != "absolute" {
		return "", false
	}
	// A year the text does not give was guessed from a reference: only the
	// month and day are the source's.
	if d.Value != "" && (d.Kind != "absolute" || d.Parsed.Year > 0) {
		return d.Value, true
	}
	if d.Parsed.Month > 0 && d.Parsed.Day > 0 {
		return fmt.Sprintf("--%02d-%02d", d.Parsed.Month, d.Parsed.Day), true
	}
	return "", false
}

// sameDay reports two day keys that name the same day: equal, or of the
// same month and day when one lacks the year.
func sameDay(a, b string) bool {
	if a == b {
		return true
	}
	if strings.HasPrefix(a, "--") || strings.HasPrefix(b, "--") {
		return len(a) >= 5 && len(b) >= 5 && a[len(a)-5:] == b[len(b)-5:]
	}
	return false
}

// solidPlace reports a place key that names a place the gazetteers know or
// that reads as one ("Lake Orm", "Fulton County"): a name the rules found
// only after a preposition is too weak to say two sources disagree.
func solidPlace(key string) bool {
	words := strings.Fields(key)
	for _, w := range words {
		if places[w] || placeParts[w] {
			return true
		}
	}
	return len(words) > 1 && (placeSuffixes[words[len(words)-1]] || placePrefixes[words[0]])
}

// wideNames are countries named in more than one word.
var wideNames = wordSet("new zealand", "south korea", "north korea", "south africa", "saudi arabia", "sri lanka",
	"costa rica", "el salvador", "united states", "united kingdom", "united arab emirates", "czech republic",
	"dominican republic", "ivory coast", "new york", "new jersey", "new hampshire", "new mexico", "north carolina",
	"south carolina", "north dakota", "south dakota", "rhode island")

// wideSuffixes and streetSuffixes end the names of places that hold towns
// ("Fulton County") and of places inside them ("High Street").
var (
	wideSuffixes   = wordSet("county", "province", "region", "state", "territory", "district", "peninsula", "coast")
	streetSuffixes = wordSet("street", "avenue", "road", "square", "lane", "bridge", "station", "airport", "stadium")
)

// placeLevel says how wide a place key is: 2 for a country, US state,
// region or county, 0 for a street or a building, 1 for a town or anything
// else. "California" and "Newport Beach" are no two versions of where
// something happened: one holds the other.
func placeLevel(key string) int {
	words := strings.Fields(key)
	if len(words) == 0 {
		return 1
	}
	last := words[len(words)-1]
	switch {
	case widePlaces[key] || wideNames[key] || wideSuffixes[last] && len(words) > 1:
		return 2
	case streetSuffixes[last]:
		return 0
	}
	for _, c := range demonyms {
		if c == key {
			return 2
		}
	}
	return 1
}

// otherPlaces reports two place keys, written a and b, that can be two
// versions of one place: of one level, neither named inside the other
// ("Mount Cook" and "Aoraki Mount Cook National Park").
func otherPlaces(ka, kb, a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	return placeLevel(ka) == placeLevel(kb) && !strings.Contains(la, lb) && !strings.Contains(lb, la) &&
		!strings.Contains(ka, kb) && !strings.Contains(kb, ka)
}

// placeLike reports a place (kind:key, as written) that a copy may have
// changed: a solid one, or a name whose every word is capitalised and none
// a function word ("Be Bought" is a headline's verb, not a place).
func placeLike(id, name string) bool {
	if solidPlace(strings.TrimPrefix(id, kindPlace+":")) {
		return true
	}
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || text.IsStop(strings.ToLower(w)) {
			return false
		}
	}
	return name != ""
}
