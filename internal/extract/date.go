package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/text"
)

// Dates are parsed by hand rather than with go-dateparser: news date lines use
// a handful of forms, and these regular expressions read a line in about 10µs
// where go-dateparser's Search (ngram strategy, English only) took 6.6ms per
// line on the seeds' lines, too slow to try on every line of every article.

const monthPattern = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	isoDateRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?`)
	mdyDateRE = regexp.MustCompile(`(?i)\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	dmyDateRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPattern + `,?\s+(\d{4})`)
	// numDateRE reads 12/16/08 and 16.12.2008: month first with slashes
	// (the American habit), day first with dots (the European one).
	numDateRE   = regexp.MustCompile(`\b(\d{1,2})([/.])(\d{1,2})[/.](\d{4}|\d{2})\b`)
	timeRE      = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?\s?m\.?)?(?:\s*\(?\b(IST|GMT|UTC|ET|EST|EDT|CET|CEST|BST|PST|PDT|CST|CDT|MST|MDT|JST|AEST|AEDT)\b\)?)?`)
	zoneRE      = regexp.MustCompile(`\b(IST|GMT|UTC|ET|EST|EDT|CET|CEST|BST|PST|PDT|CST|CDT|MST|MDT|JST|AEST|AEDT)\b`)
	videoTimeRE = regexp.MustCompile(`(?i)^` + monthPattern + `\s+\d{1,2},?\s+\d{4}\d{1,2}:\d{2}$`)
	// fillerRE matches the words that surround a date on a date line.
	fillerRE = regexp.MustCompile(`(?i)\b(published|updated|posted|last|modified|first|created|date|dated|on|at|am|pm|a\.m\.|p\.m\.|ist|gmt|utc|et|est|edt|cet|cest|bst|pst|pdt|cst|cdt|mst|mdt|jst|aest|aedt|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?)\b\.?`)
)

func monthNumber(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m
		}
	}
	return 0
}

// findDate finds the first date in s. It returns the time (UTC unless a zone
// is given, midnight unless a time follows the date), the byte span of the
// date and any time after it, and whether a valid date was found.
func findDate(s string) (time.Time, [2]int, bool) {
	t, span, _, ok := findDatePrecision(s)
	return t, span, ok
}

// precision is how exactly a date read from text places its moment.
type precision int

const (
	// preciseInstant: a date and time with a zone (or an ISO offset).
	preciseInstant precision = iota
	// preciseLocal: a date and time of day with no zone, read as UTC;
	// the clock it was read on is unknown.
	preciseLocal
	// preciseDay: a date alone, read as midnight UTC.
	preciseDay
)

// Zone offsets span UTC-12 to UTC+14: a clock time of unknown zone, read as
// UTC, stands for an instant up to 14 hours before it and 12 after.
const (
	zoneAhead  = 14 * time.Hour
	zoneBehind = 12 * time.Hour
)

// weekdayRE finds a weekday named just before a date ("Wednesday, March 4,
// 2009").
var weekdayRE = regexp.MustCompile(`(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$`)

// digitRun returns the length of the longest run of ASCII digits in s.
func digitRun(s string) int {
	most, n := 0, 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
			most = max(most, n)
		} else {
			n = 0
		}
	}
	return most
}

// findDatePrecision is findDate that also says how precise the time is. A
// date whose line names another weekday than the date falls on is no date:
// one of the two was miswritten, and which is unknown.
func findDatePrecision(s string) (time.Time, [2]int, precision, bool) {
	type match struct {
		start, end int
		y, d       int
		m          time.Month
		iso        []string
	}
	// Every date pattern holds two ASCII digits in a row, and all but
	// numDateRE four: most lines have no such run, and running the four
	// patterns over each of them was a third of the line rules' cost
	// (profile of copydesk dedup on the copy benchmark).
	run := digitRun(s)
	if run < 2 {
		return time.Time{}, [2]int{}, 0, false
	}
	var best *match
	consider := func(c match) {
		if c.m < time.January || c.m > time.December || c.d < 1 || c.d > 31 || c.y < 1900 || c.y > 2200 {
			return
		}
		if best == nil || c.start < best.start {
			best = &c
		}
	}
	// find runs re only when s has the run of digits every match holds.
	find := func(re *regexp.Regexp, digits int) []int {
		if run < digits {
			return nil
		}
		return re.FindStringSubmatchIndex(s)
	}
	if m := find(isoDateRE, 4); m != nil {
		sub := submatches(s, m)
		y, _ := strconv.Atoi(sub[1])
		mo, _ := strconv.Atoi(sub[2])
		d, _ := strconv.Atoi(sub[3])
		consider(match{start: m[0], end: m[1], y: y, m: time.Month(mo), d: d, iso: sub})
	}
	if m := find(mdyDateRE, 4); m != nil {
		sub := submatches(s, m)
		d, _ := strconv.Atoi(sub[2])
		y, _ := strconv.Atoi(sub[3])
		consider(match{start: m[0], end: m[1], y: y, m: monthNumber(sub[1]), d: d})
	}
	if m := find(dmyDateRE, 4); m != nil {
		sub := submatches(s, m)
		d, _ := strconv.Atoi(sub[1])
		y, _ := strconv.Atoi(sub[3])
		consider(match{start: m[0], end: m[1], y: y, m: monthNumber(sub[2]), d: d})
	}
	if m := find(numDateRE, 2); m != nil {
		sub := submatches(s, m)
		a, _ := strconv.Atoi(sub[1])
		b, _ := strconv.Atoi(sub[3])
		y, _ := strconv.Atoi(sub[4])
		if len(sub[4]) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		mo, d := a, b
		if sub[2] == "." || a > 12 {
			mo, d = b, a
		}
		consider(match{start: m[0], end: m[1], y: y, m: time.Month(mo), d: d})
	}
	if best == nil {
		return time.Time{}, [2]int{}, 0, false
	}
	span := [2]int{best.start, best.end}
	prec := preciseDay
	loc := time.UTC
	hour, minute, sec := 0, 0, 0
	if best.iso != nil && best.iso[4] != "" {
		hour, _ = strconv.Atoi(best.iso[4])
		minute, _ = strconv.Atoi(best.iso[5])
		sec, _ = strconv.Atoi(best.iso[6])
		prec = preciseLocal
		if best.iso[7] == "Z" {
			prec = preciseInstant
		}
		if z := best.iso[7]; z != "" && z != "Z" {
			prec = preciseInstant
			z = strings.ReplaceAll(z, ":", "")
			h, _ := strconv.Atoi(z[1:3])
			mi, _ := strconv.Atoi(z[3:])
			off := h*3600 + mi*60
			if z[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	} else if m := timeRE.FindStringSubmatchIndex(s[best.end:]); m != nil && strings.TrimLeft(s[best.end:best.end+m[0]], " ,|-–—·@at") == "" {
		sub := submatches(s[best.end:], m)
		h, _ := strconv.Atoi(sub[1])
		mi, _ := strconv.Atoi(sub[2])
		ampm := strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(sub[3]))
		if ampm == "pm" && h < 12 {
			h += 12
		} else if ampm == "am" && h == 12 {
			h = 0
		}
		if h < 24 && mi < 60 {
			hour, minute = h, mi
			prec = preciseLocal
			zone := sub[4]
			if zone == "" {
				// "07:27 am | Updated 07:40 am IST": the zone given once
				// applies to both times.
				zone = zoneRE.FindString(s[best.end:])
			}
			if off, ok := copydesk.ZoneOffsetOn(zone, best.y, best.m, best.d); ok {
				loc = time.FixedZone(strings.ToUpper(zone), off)
				prec = preciseInstant
			}
			span[1] = best.end + m[1]
		}
	}
	t := time.Date(best.y, best.m, best.d, hour, minute, sec, 0, loc)
	if t.Day() != best.d { // 31 February and the like
		return time.Time{}, [2]int{}, 0, false
	}
	if w := weekdayRE.FindStringSubmatch(s[:best.start]); w != nil && !strings.EqualFold(w[1], t.Weekday().String()[:3]) {
		return time.Time{}, [2]int{}, 0, false
	}
	return t, span, prec, true
}

// The stamps a date line may be: of an update or of the first publication
// (stampOf); any other date line is neither.
const (
	stampOther = iota
	stampUpdate
	stampFirst
)

var (
	updateStampRE = regexp.MustCompile(`(?i)^\W*(?:last\s+)?(?:updated?|modified|edited)\b`)
	firstStampRE  = regexp.MustCompile(`(?i)^\W*(?:(?:originally|first)\s+(?:published|posted)|published|posted|created)\b`)
)

// stampOf says whether a date line stamps an update ("UPDATED 05/03/2031 at
// 11:00 AM EDT", "Last modified: ...") or the first publication
// ("Originally published ...", "First published: ...", "Published ...").
// An update says when the page last changed, which bounds its publication
// from above and dates it only when nothing else does.
func stampOf(line string) int {
	switch {
	case updateStampRE.MatchString(line):
		return stampUpdate
	case firstStampRE.MatchString(line):
		return stampFirst
	}
	return stampOther
}

// PublishedSpan is the span of time in which a was published, as far as its
// publication time tells: the instant itself when it came with the input or
// the page's metadata, or from a date line with a zone; up to 14 hours either
// side (12 after) when it was read from a date line with a clock time but no
// zone; the whole day, in any zone, when the line gave a day alone. Zero
// times when a has none. A time counts as read from a date line when one of
// the lines extraction removed as a date line (or as repeated by the outlet)
// gives that very time. When a date line of its own text is more than a day
// away from the time the input gave, the span covers both.
func PublishedSpan(a *copydesk.Article) (earliest, latest time.Time) {
	return publishedSpan(a, nil)
}

// PublishedSpanBeside is a's PublishedSpan beside other, a copy of the same
// text or its original. A date line both carry is the text's, copied with
// it: when other's time agrees with it (falls in its span), it dates the
// text's first publication, and a's own time days later is that of a copy
// run later, not a doubtful one, so the line does not widen a's span. When
// neither time agrees with the line, each stays widened (PublishedSpan).
//
// A stamp of an update is not the first publication, and when both carry
// one, other's time agrees with it and a's time is later, the stamp says
// the text stood at its time: a's page was updated then (so a may be the
// original, first published before its own later time) or a ran a copy
// after it. a's span then starts at the stamp, and the times do not order
// the two: an original whose page gives a time after its own "Updated:
// 6:03 PM" line is not taken for the copy of an article dated only by
// that line copied with the text.
func PublishedSpanBeside(a, other *copydesk.Article) (earliest, latest time.Time) {
	var shared map[string]bool
	var stamped time.Time // an update stamp both carry, other dated by it
	if p := other.Published; !p.IsZero() {
		for _, r := range other.Removed {
			if r.Reason != copydesk.RemovedDateLine && r.Reason != copydesk.RemovedRepeated {
				continue
			}
			if _, from, to, ok := lineSpan(r.Text); ok && !p.Before(from) && !p.After(to) && carries(a, r.Text) {
				if shared == nil {
					shared = map[string]bool{}
				}
				shared[strings.TrimSpace(r.Text)] = true
				if stampOf(r.Text) == stampUpdate && (stamped.IsZero() || from.Before(stamped)) {
					stamped = from
				}
			}
		}
	}
	earliest, latest = publishedSpan(a, shared)
	if !stamped.IsZero() && stamped.Before(earliest) {
		earliest = stamped
	}
	return earliest, latest
}

// carries reports whether a's stripped date lines include line.
func carries(a *copydesk.Article, line string) bool {
	line = strings.TrimSpace(line)
	for _, r := range a.Removed {
		if (r.Reason == copydesk.RemovedDateLine || r.Reason == copydesk.RemovedRepeated) && strings.TrimSpace(r.Text) == line {
			return true
		}
	}
	return false
}

// lineSpan is the time a date line gives (t) and the span of time it
// covers: its instant, or hours either side of a clock time with no zone,
// or its whole day in any zone.
func lineSpan(line string) (t, from, to time.Time, ok bool) {
	t, _, prec, ok := findDatePrecision(line)
	if !ok {
		return t, t, t, false
	}
	switch prec {
	case preciseLocal:
		return t, t.Add(-zoneAhead), t.Add(zoneBehind), true
	case preciseDay:
		return t, t.Add(-zoneAhead), t.Add(24*time.Hour + zoneBehind), true
	}
	return t, t, t, true
}

// publishedSpan is PublishedSpan, but the date lines in shared do not
// widen the span.
func publishedSpan(a *copydesk.Article, shared map[string]bool) (earliest, latest time.Time) {
	p := a.Published
	if p.IsZero() {
		return p, p
	}
	earliest, latest = p, p
	for _, r := range a.Removed {
		// A date line an outlet repeats is removed as repeated, but it
		// still gave the time (keepMeta).
		if r.Reason != copydesk.RemovedDateLine && r.Reason != copydesk.RemovedRepeated {
			continue
		}
		t, from, to, ok := lineSpan(r.Text)
		if !ok {
			continue
		}
		if t.Equal(p) {
			// A page that gives the time of its update was first
			// published at its own first-publication stamp, when it has
			// an earlier one ("UPDATED … 11:00 AM" over "Originally
			// published … 10:20 AM"): its span starts there.
			if stampOf(r.Text) == stampUpdate {
				if first, ok := firstStamp(a, from); ok {
					return first, to
				}
			}
			return from, to
		}
		if stampOf(r.Text) == stampUpdate || shared[strings.TrimSpace(r.Text)] {
			// A later edit says nothing of when the page was first
			// published; a line copied with the text, of its first
			// publication, nothing of when this copy ran.
			continue
		}
		// A time the input gave that its own date line contradicts (by
		// more than the line's own uncertainty) is doubtful: the article
		// was published somewhere between the two.
		if r.Reason == copydesk.RemovedDateLine && p.Before(from.Add(-24*time.Hour)) || p.After(to.Add(24*time.Hour)) {
			earliest, latest = minTime(earliest, from), maxTime(latest, to)
		}
	}
	return earliest, latest
}

// firstStamp returns the start of the span of a's earliest
// first-publication stamp before t, if it has one.
func firstStamp(a *copydesk.Article, t time.Time) (time.Time, bool) {
	var first time.Time
	for _, r := range a.Removed {
		if r.Reason != copydesk.RemovedDateLine && r.Reason != copydesk.RemovedRepeated || stampOf(r.Text) != stampFirst {
			continue
		}
		if _, from, _, ok := lineSpan(r.Text); ok && from.Before(t) && (first.IsZero() || from.Before(first)) {
			first = from
		}
	}
	return first, !first.IsZero()
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func submatches(s string, idx []int) []string {
	out := make([]string, len(idx)/2)
	for i := range out {
		if idx[2*i] >= 0 {
			out[i] = s[idx[2*i]:idx[2*i+1]]
		}
	}
	return out
}

// dateLine reports whether line is a date line: a date with at most a few
// other words (publication words, times, zones, a place). It returns the date
// and the place named after a dash or pipe at its end, if any.
func dateLine(line string) (t time.Time, place string, ok bool) {
	if fields(line) > 16 {
		return time.Time{}, "", false
	}
	t, span, ok := findDate(line)
	if !ok {
		return time.Time{}, "", false
	}
	before, after := line[:span[0]], line[span[1]:]
	// A second time ("| Updated 07:40 am IST") is filler too.
	after = timeRE.ReplaceAllString(after, " ")
	if words(strings.Trim(fillerRE.ReplaceAllString(before, " "), " :|-–—·,")) > 0 {
		// Words before the date other than fillers: "Feb 7, 2023" inside a
		// sentence, or a menu word before it.
		rest := strings.Trim(fillerRE.ReplaceAllString(before, " "), " :|-–—·,")
		if words(rest) > 2 || strings.ContainsAny(rest, ".!?") {
			return time.Time{}, "", false
		}
	}
	rest := strings.TrimSpace(fillerRE.ReplaceAllString(after, " "))
	if i := strings.LastIndexAny(rest, "-–—|"); i >= 0 {
		cand := strings.Trim(rest[i:], " -–—|,")
		if capitalisedWords(cand) && words(cand) <= 4 {
			place = cand
			rest = rest[:i]
		}
	}
	rest = strings.Trim(rest, " :|-–—·,()")
	if words(rest) > 2 || strings.ContainsAny(rest, "!?\"“”") {
		return time.Time{}, "", false
	}
	return t, place, true
}

// words counts the words of s: its space-separated fields, plus one per
// character of the scripts written without spaces (Han, kana, Thai), so that
// the length limits of the line rules mean the same in every language.
func words(s string) int {
	// One pass without allocating: the line rules call it several times
	// a line. A field is a run of non-space runes (unicode.IsSpace, as
	// strings.Fields splits).
	n, extra, in := 0, 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// An ASCII byte: a space by the table, never of the scripts
			// counted a character a word (unicode.IsSpace was a third of
			// the cost, profile of copydesk dedup).
			i++
			if text.SpaceByte(c) {
				if in && extra > 1 {
					n += extra - 1
				}
				in, extra = false, 0
			} else if !in {
				n++
				in = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			if in && extra > 1 {
				n += extra - 1
			}
			in, extra = false, 0
			continue
		}
		if !in {
			n++
			in = true
		}
		if r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			extra++
		}
	}
	if in && extra > 1 {
		n += extra - 1
	}
	return n
}

// fields counts the space-separated fields of s (len(strings.Fields(s))
// without allocating).
func fields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = text.SpaceByte(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			n++
			in = true
		}
	}
	return n
}

// capitalisedWords reports whether s is one or more words that each start
// with an upper-case letter (short connectors allowed), as place names do.
func capitalisedWords(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		switch strings.ToLower(w) {
		case "de", "la", "le", "el", "of", "the", "upon", "am", "an", "der", "di", "da", "al", "du":
			continue
		}
		r := []rune(w)
		if !(r[0] >= 'A' && r[0] <= 'Z') && !isUpperRune(r[0]) {
			return false
		}
	}
	return true
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
