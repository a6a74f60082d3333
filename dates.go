package copydesk

import (
	"strings"
	"time"
)

// The dates copydesk reads from metadata: a feed's or a JSON article's
// published field, a form's date. One reader, so that what an import
// accepts and what the API refuses are the same forms.

// timeLayouts are the forms ParseTime accepts, tried in order. Times
// without a zone are UTC.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 -0700",
	"Monday, 2 January 2006 15:04:05 -0700",
	"Monday, 02-Jan-06 15:04:05 -0700",
	"Mon Jan _2 15:04:05 2006",
	"Mon Jan _2 15:04:05 -0700 2006",
	"January 2, 2006 15:04:05 -0700",
	"January 2, 2006 15:04 -0700",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM -0700",
	"January 2, 2006 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006 15:04 -0700",
	"Jan 2, 2006",
	"2 January 2006 15:04 -0700",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
}

// zoneOffsets are the offsets, in seconds east of UTC, of the zone
// abbreviations copydesk knows; time.Parse would depend on the local zone
// for them.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "ET": -5 * 3600, "CT": -6 * 3600,
	"MT": -7 * 3600, "PT": -8 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600, "BST": 3600, "CET": 3600, "CEST": 2 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600, "IST": 5*3600 + 1800,
	"JST": 9 * 3600, "AEST": 10 * 3600, "AEDT": 11 * 3600,
}

// usGeneric are the zone names that say neither standard nor daylight time
// ("4:30 p.m. ET"): their offset follows the date they qualify.
var usGeneric = map[string]bool{"ET": true, "CT": true, "MT": true, "PT": true}

// ZoneOffset gives the offset in seconds east of UTC of a zone
// abbreviation ("EST", "CEST"; any case), and whether it is known. A generic
// United States zone ("ET", "PT") is given as standard time: use ZoneOffsetOn
// when the date is known.
func ZoneOffset(abbr string) (int, bool) {
	off, ok := zoneOffsets[strings.ToUpper(abbr)]
	return off, ok
}

// ZoneOffsetOn is ZoneOffset for a clock time on the given day (its year,
// month and day are read as written): a generic United States zone ("ET",
// "PT") is daylight time, one hour ahead, on the days the United States keeps
// daylight saving time.
func ZoneOffsetOn(abbr string, y int, m time.Month, d int) (int, bool) {
	off, ok := ZoneOffset(abbr)
	if ok && usGeneric[strings.ToUpper(abbr)] && usDaylight(y, m, d) {
		off += 3600
	}
	return off, ok
}

// usDaylight reports whether the United States keeps daylight saving time on
// that day (all of it: the hours around the 2 a.m. change are read as the day
// they fall in). Since 2007 it runs from the second Sunday of March to the
// first Sunday of November; from 1987 to 2006, from the first Sunday of April
// to the last Sunday of October.
func usDaylight(y int, m time.Month, d int) bool {
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var start, end time.Time
	if y >= 2007 {
		start = nthSunday(y, time.March, 2)
		end = nthSunday(y, time.November, 1)
	} else {
		start = nthSunday(y, time.April, 1)
		end = nthSunday(y, time.November, 1).AddDate(0, 0, -7) // last Sunday of October
	}
	return !day.Before(start) && day.Before(end)
}

// nthSunday is the n-th Sunday (from 1) of a month.
func nthSunday(y int, m time.Month, n int) time.Time {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (7-int(first.Weekday()))%7+7*(n-1))
}

// ParseTime reads a date or time in RFC 3339 or a common form ("2 January
// 2006", "Mon, 2 Jan 2006 15:04:05 GMT"), deterministically: a time without
// a zone is UTC, never the local zone. Relative dates ("yesterday") are not
// read: they need an anchor the caller must give.
func ParseTime(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	// A trailing zone abbreviation becomes a numeric offset; a generic
	// United States zone ("ET") takes daylight time on the days it is kept.
	generic := ""
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		abbr := strings.Trim(s[i+1:], "()")
		if off, ok := ZoneOffset(abbr); ok {
			if usGeneric[strings.ToUpper(abbr)] {
				generic = abbr
			}
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			s = s[:i] + " " + string(sign) + twoDigits(off/3600) + twoDigits(off%3600/60)
		}
	}
	for _, layout := range timeLayouts {
		if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			if generic != "" {
				// The same clock reading in the offset of its day.
				y, m, d := t.Date()
				off, _ := ZoneOffsetOn(generic, y, m, d)
				t = time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone("", off))
			}
			return t, true
		}
	}
	return time.Time{}, false
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
