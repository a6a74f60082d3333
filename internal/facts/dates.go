package facts

import (
	"strconv"
	"strings"
	"time"
)

const dateLayout = "2006-01-02"

// Date is one date or time expression of an article.
//
// Absolute dates ("Feb. 7, 2023", "4 February", "2023-02-13") keep what they
// give; a date without a year takes the year that puts it closest before the
// reference (at most 30 days after it). Relative expressions resolve against
// the article's reference day (its publication date, else the latest full
// date its own text gives): "yesterday", "last night" (the day before),
// "this morning", "last week", "earlier this month",
// "three days ago". A bare weekday ("on Saturday", "said Tuesday") is the
// most recent such day on or before the reference (the reference day itself
// when it is that weekday); "next Saturday", or a weekday in a sentence with
// a future cue ("will", "is scheduled"), is the first such day after it,
// and "last Saturday" the last one strictly before. Narrative offsets ("two
// days later", "the next day", "two days after the discovery") count from
// the closest earlier resolved day of the same article. What cannot be
// resolved is kept with Unresolved set.
type Date struct {
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	// Kind is absolute, weekday, relative (to the reference) or offset (to
	// the previous date of the article).
	Kind string `json:"kind"`
	// Parsed holds what the words say before resolution.
	Parsed DateParts `json:"parsed"`
	// Value is the resolved date: YYYY-MM-DD, YYYY-MM or YYYY by Granularity
	// (a week is given by its Monday).
	Value       string `json:"value,omitempty"`
	Granularity string `json:"granularity"`
	Time        string `json:"time,omitempty"` // a clock time given with the date ("07:27 am IST")
	Unresolved  bool   `json:"unresolved,omitempty"`
	// Resolution says how Value was found.
	Resolution string `json:"resolution,omitempty"`
	// What is the clause the date belongs to: what happened then.
	What string `json:"what"`
}

// DateParts is a date expression as written.
type DateParts struct {
	Year    int `json:"year,omitempty"`
	Month   int `json:"month,omitempty"`
	Day     int `json:"day,omitempty"`
	Weekday int `json:"weekday,omitempty"` // 1 Sunday ... 7 Saturday, 0 none
	// Offset counts Unit steps from the anchor (negative: before).
	Offset int    `json:"offset,omitempty"`
	Unit   string `json:"unit,omitempty"` // day, week, month, year
	// Dir is "last", "next" or "this" for a weekday or period, "future"
	// when the sentence points forward.
	Dir string `json:"dir,omitempty"`
}

// findDates finds the date expressions of every sentence.
func findDates(sents []sent) []Date {
	out := []Date{}
	type found struct {
		d    Date
		i, j int
	}
	for si := range sents {
		s := &sents[si]
		n := len(s.toks)
		var fs []found
		for i := 0; i < n; i++ {
			d, j, ok := parseDateAt(s, i, futureBefore(s, i))
			if !ok {
				continue
			}
			start := i
			// "last Saturday", "next Friday": the direction word is part of it.
			if d.Kind == "weekday" && (d.Parsed.Dir == "last" || d.Parsed.Dir == "next") && i > 0 {
				start = i - 1
			}
			if d.Kind == "absolute" && d.Parsed.Year == 0 && futureBefore(s, i) {
				d.Parsed.Dir = "future"
			}
			d.Sentence = si
			d.Start, d.End = s.span(start, j)
			d.Text = srcSlice(s, d.Start, d.End)
			fs = append(fs, found{d, start, j})
			i = j - 1
		}
		// The words of every date of the sentence, and what joins two of
		// them ("February 10 to February 12"), say when, not what.
		skip := map[int]bool{}
		for k, f := range fs {
			for x := f.i; x < f.j; x++ {
				skip[x] = true
			}
			if k > 0 && fs[k-1].j+1 == f.i {
				switch s.toks[fs[k-1].j].low {
				case "to", "and", "through", "until", "or":
					skip[fs[k-1].j] = true
				}
			}
		}
		for _, f := range fs {
			d := f.d
			d.What = what(s, f.i, f.j, skip)
			// "This was early Saturday afternoon.": the happening is the
			// sentence before.
			if len(contentStems(d.What)) < 3 && si > 0 {
				d.What = strings.Join(rawWords(&sents[si-1], 0, min(len(sents[si-1].toks), 26)), " ")
			}
			out = append(out, d)
		}
	}
	return out
}

// dayNum reads "4", "4th", "21st".
func dayNum(l string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		l = strings.TrimSuffix(l, suf)
	}
	n, err := strconv.Atoi(l)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearNum reads a four-digit year (1900-2099); a year glued to a clock time
// ("202302:08") counts too.
func yearNum(t tok, next *tok) int {
	l := t.low
	if len(l) == 6 && next != nil && strings.HasPrefix(next.gap, ":") {
		l = l[:4]
	}
	if len(l) != 4 {
		return 0
	}
	n, err := strconv.Atoi(l)
	if err != nil || n < 1900 || n > 2099 {
		return 0
	}
	return n
}

// parseDateAt tries to read a date expression starting at word i.
func parseDateAt(s *sent, i int, future bool) (Date, int, bool) {
	t := s.toks[i]
	l := t.low
	next := s.at(i + 1)
	// ISO date.
	if len(l) == 10 && l[4] == '-' && l[7] == '-' {
		if tm, err := time.Parse(dateLayout, l); err == nil {
			return Date{Kind: "absolute", Granularity: "day", Parsed: DateParts{Year: tm.Year(), Month: int(tm.Month()), Day: tm.Day()}}, i + 1, true
		}
	}
	// Month Day[, Year] or Month Year.
	if m := months[l]; m > 0 && (t.cap || len(l) > 3) && next != nil && (l != "may" && l != "march" || t.cap) {
		if d := dayNum(next.low); d > 0 && plainGapOrDot(next.gap) {
			p := DateParts{Month: m, Day: d}
			j := i + 2
			if y := s.at(j); y != nil && strings.TrimSpace(y.gap) == "," || y != nil && strings.TrimSpace(y.gap) == "" {
				if yn := yearNum(*y, s.at(j+1)); yn > 0 {
					p.Year = yn
					j++
				}
			}
			d := Date{Kind: "absolute", Granularity: "day", Parsed: p}
			j = clock(s, j, &d)
			return d, j, true
		}
		if yn := yearNum(*next, s.at(i+2)); yn > 0 && strings.TrimSpace(next.gap) == "" {
			return Date{Kind: "absolute", Granularity: "month", Parsed: DateParts{Year: yn, Month: m}}, i + 2, true
		}
	}
	// Day Month [Year].
	if d := dayNum(l); d > 0 && next != nil && months[next.low] > 0 && next.cap && strings.TrimSpace(next.gap) == "" {
		p := DateParts{Month: months[next.low], Day: d}
		j := i + 2
		if y := s.at(j); y != nil && strings.TrimSpace(strings.Trim(y.gap, ",")) == "" {
			if yn := yearNum(*y, s.at(j+1)); yn > 0 {
				p.Year = yn
				j++
			}
		}
		return Date{Kind: "absolute", Granularity: "day", Parsed: p}, j, true
	}
	// A month alone ("in April") or a year alone ("in 2024", "since 2015").
	if pv := s.at(i - 1); pv != nil && strings.TrimSpace(t.gap) == "" && monthYearPreps[pv.low] {
		if m := months[l]; m > 0 && t.cap && (next == nil || dayNum(next.low) == 0 && yearNum(*next, nil) == 0) {
			return Date{Kind: "absolute", Granularity: "month", Parsed: DateParts{Month: m}}, i + 1, true
		}
		if y := yearNum(t, next); y > 0 && len(l) == 4 {
			return Date{Kind: "absolute", Granularity: "year", Parsed: DateParts{Year: y}}, i + 1, true
		}
	}
	prev := s.at(i - 1)
	prevLow := ""
	if prev != nil && strings.TrimSpace(t.gap) == "" {
		prevLow = prev.low
	}
	// Weekdays.
	if wd, ok := weekdays[l]; ok && t.cap {
		p := DateParts{Weekday: wd + 1}
		switch {
		case prevLow == "last" || prevLow == "past":
			p.Dir = "last"
		case prevLow == "next" || prevLow == "coming":
			p.Dir = "next"
		case prevLow == "this" && future:
			p.Dir = "next"
		case future:
			p.Dir = "future"
		}
		j := i + 1
		if next != nil && strings.TrimSpace(next.gap) == "" && (next.low == "morning" || next.low == "afternoon" ||
			next.low == "evening" || next.low == "night") {
			j++
		}
		// A date may follow: "Saturday, Feb. 4".
		if n2 := s.at(j); n2 != nil && strings.TrimSpace(n2.gap) == "," && months[n2.low] > 0 && n2.cap {
			if d, k, ok := parseDateAt(s, j, future); ok && d.Kind == "absolute" {
				d.Parsed.Weekday = p.Weekday
				return d, k, true
			}
		}
		return Date{Kind: "weekday", Granularity: "day", Parsed: p}, j, true
	}
	switch l {
	case "yesterday":
		return Date{Kind: "relative", Granularity: "day", Parsed: DateParts{Offset: -1, Unit: "day"}}, i + 1, true
	case "today", "tonight":
		if t.cap && i > 0 {
			return Date{}, 0, false // "USA Today"
		}
		return Date{Kind: "relative", Granularity: "day", Parsed: DateParts{Offset: 0, Unit: "day"}}, i + 1, true
	case "tomorrow":
		return Date{Kind: "relative", Granularity: "day", Parsed: DateParts{Offset: 1, Unit: "day"}}, i + 1, true
	case "last", "next", "this", "past":
		if next != nil && strings.TrimSpace(next.gap) == "" && l == "last" && next.low == "night" {
			return Date{Kind: "relative", Granularity: "day", Parsed: DateParts{Offset: -1, Unit: "day"}}, i + 2, true
		}
		if next != nil && strings.TrimSpace(next.gap) == "" && l == "this" {
			switch next.low {
			case "morning", "afternoon", "evening":
				return Date{Kind: "relative", Granularity: "day", Parsed: DateParts{Offset: 0, Unit: "day"}}, i + 2, true
			}
		}
		if next != nil && strings.TrimSpace(next.gap) == "" {
			unit := unitOf(next.low)
			if unit != "" && !strings.HasSuffix(next.low, "s") {
				off := map[string]int{"last": -1, "past": -1, "next": 1, "this": 0}[l]
				return Date{Kind: "relative", Granularity: unit, Parsed: DateParts{Offset: off, Unit: unit}}, i + 2, true
			}
		}
	case "earlier", "later":
		// "earlier this month", "later this year"
		if next != nil && next.low == "this" {
			if u := s.at(i + 2); u != nil && unitOf(u.low) != "" && !strings.HasSuffix(u.low, "s") {
				return Date{Kind: "relative", Granularity: unitOf(u.low), Parsed: DateParts{Offset: 0, Unit: unitOf(u.low), Dir: l}}, i + 3, true
			}
		}
	case "the":
		// "the next day", "the following day", "the day before", "the previous day"
		if next != nil {
			if u := s.at(i + 2); u != nil && u.low == "day" && (next.low == "next" || next.low == "following") {
				return Date{Kind: "offset", Granularity: "day", Parsed: DateParts{Offset: 1, Unit: "day"}}, i + 3, true
			}
			if u := s.at(i + 2); u != nil && u.low == "day" && (next.low == "previous" || next.low == "preceding") {
				return Date{Kind: "offset", Granularity: "day", Parsed: DateParts{Offset: -1, Unit: "day"}}, i + 3, true
			}
			if next.low == "day" {
				if u := s.at(i + 2); u != nil && (u.low == "before" || u.low == "after") && (s.at(i+3) == nil || !s.at(i+3).cap) {
					off := 1
					if u.low == "before" {
						off = -1
					}
					return Date{Kind: "offset", Granularity: "day", Parsed: DateParts{Offset: off, Unit: "day"}}, i + 3, true
				}
			}
		}
	}
	// N units ago / later / earlier / after / before.
	if n, ok := count(l); ok && next != nil && unitOf(next.low) != "" && strings.TrimSpace(next.gap) == "" {
		if d := s.at(i + 2); d != nil {
			unit := unitOf(next.low)
			switch d.low {
			case "ago":
				return Date{Kind: "relative", Granularity: unit, Parsed: DateParts{Offset: -n, Unit: unit}}, i + 3, true
			case "later", "after":
				return Date{Kind: "offset", Granularity: unit, Parsed: DateParts{Offset: n, Unit: unit}}, i + 3, true
			case "earlier", "before":
				return Date{Kind: "offset", Granularity: unit, Parsed: DateParts{Offset: -n, Unit: unit}}, i + 3, true
			}
		}
	}
	return Date{}, 0, false
}

// monthYearPreps come before a month or year written alone.
var monthYearPreps = wordSet("in", "since", "until", "by", "early", "late", "mid", "before", "after", "from", "during", "of")

// futureBefore reports a future cue ("will", "is scheduled to") among the
// five words before word i, with no speech verb between them: "will meet
// on Monday" points forward, "said on Monday that it would" does not.
func futureBefore(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		l := s.toks[k].low
		if speechVerbs[l] || strings.ContainsAny(s.toks[k+1].gap, ",;") {
			return false
		}
		if futureCues[l] {
			return true
		}
	}
	return false
}

// clock reads a clock time after a date ("07:27 am IST").
func clock(s *sent, j int, d *Date) int {
	h := s.at(j)
	if h == nil || len(h.low) > 2 || strings.TrimSpace(h.gap) != "" {
		return j
	}
	m := s.at(j + 1)
	if m == nil || m.gap != ":" || len(m.low) != 2 {
		return j
	}
	k := j + 2
	parts := []string{h.raw + ":" + m.raw}
	if ap := s.at(k); ap != nil && (ap.low == "am" || ap.low == "pm" || ap.low == "a.m" || ap.low == "p.m") {
		parts = append(parts, ap.raw)
		k++
	}
	if tz := s.at(k); tz != nil && len(tz.raw) >= 2 && len(tz.raw) <= 4 && strings.ToUpper(tz.raw) == tz.raw && strings.TrimSpace(tz.gap) == "" {
		parts = append(parts, tz.raw)
		k++
	}
	d.Time = strings.Join(parts, " ")
	return k
}

func unitOf(l string) string {
	switch strings.TrimSuffix(l, "s") {
	case "day":
		return "day"
	case "week":
		return "week"
	case "month":
		return "month"
	case "year":
		return "year"
	}
	return ""
}

// count reads a small count: digits, number words, "a"/"an".
func count(l string) (int, bool) {
	if l == "a" || l == "an" || l == "one" {
		return 1, true
	}
	if v, ok := numberWords[l]; ok && v >= 1 && v == float64(int(v)) && v < 100 {
		return int(v), true
	}
	if n, err := strconv.Atoi(l); err == nil && n > 0 && n < 400 {
		return n, true
	}
	return 0, false
}

// months by name and abbreviation.
var months = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12}

// weekdays by name (time.Weekday values).
var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6}

func isWeekday(l string) bool { _, ok := weekdays[l]; return ok }

func isTimeWord(l string) bool {
	_, wd := weekdays[l]
	return wd || l == "on" || l == "yesterday" || l == "today" || l == "earlier" || l == "later"
}

// futureCues in a sentence make a bare weekday point forward.
var futureCues = wordSet("will", "shall", "plans", "scheduled", "upcoming", "due", "intends", "'ll")
