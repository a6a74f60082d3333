package facts

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

const dateLayout = "2006-01-02"

// Date is one date or time expression of an article.
//
// Absolute dates ("Feb. 7, 2023", "4 February", "2023-02-13", "05/02/2013")
// keep what they give; a date without a year takes its year from the
// reference by the tense of its clause: the last such day on or before the
// reference in a past clause ("fired on June 8"), the next one on or after
// it in a future one ("must respond by July 26"), else the closest (at
// most 30 days after it). Relative expressions resolve against the
// article's reference day (its publication date, else the latest full date
// its own text gives), or, inside a quotation, against the day the quote
// was said when the text dates the statement ("Last night, Rosenthal
// reported ..." then "“... earlier today,” the source said"): "yesterday",
// "last night", "this morning", "last week", "earlier this month", "three
// days ago". A bare weekday is the most recent such day on or before the
// reference, or the first after it in a future clause; "last Saturday" the
// last one strictly before. Narrative offsets ("two days later", "the next
// day", "four days earlier") count from the date of the happening the text
// is counting from: the closest earlier date of the article that dates a
// happening (not a dateline, a deadline or a future plan), or the dated
// happening the offset names ("two months before Comeaux's escape"); an
// offset of unknown size ("a few days later") leaves what counts from it
// unresolved. What cannot be resolved is kept with Unresolved set.
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
	// What is the clause the date belongs to, said as who did what.
	What string `json:"what"`
	// Entry says the date dates a happening the article reports: the
	// timeline lists it. NotEntry says why not: a dateline or time stamp, a
	// future or conditional statement, a date that names a thing ("a 2012
	// car crash case", "a May 10 deadline"), a duration or period, a date
	// after the publication date, or one not resolved.
	Entry    bool   `json:"entry"`
	NotEntry string `json:"not_entry,omitempty"`
}

// DateParts is a date expression as written, and what its sentence says
// about it.
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
	// Vague: a count given as approximate ("about two weeks ago"), or of
	// unknown size (Some).
	Vague bool `json:"vague,omitempty"`
	// Some: a count of unknown size ("a few days later", "hours later"):
	// Offset is then only its sign.
	Some bool `json:"some,omitempty"`
	// Swappable: a numeric date whose day and month could be either way
	// round ("05/02/2013").
	Swappable bool `json:"swappable,omitempty"`
	// From is the stem of the happening an offset counts from ("two months
	// before Comeaux's escape": escap), when it names one.
	From string `json:"from,omitempty"`
	// Names is the stem of the happening noun the date modifies ("the Nov.
	// 30 escape": escap).
	Names string `json:"names,omitempty"`
	// Tense of the date's clause: "past", "future" (also a condition) or "".
	Tense string `json:"tense,omitempty"`
	// Speech: the date dates a statement ("said on Monday").
	Speech bool `json:"speech,omitempty"`
	// Quote: the date stands inside a quotation.
	Quote bool `json:"quote,omitempty"`
	// Not is why the words alone make the date no timeline entry.
	Not string `json:"not,omitempty"`
	// Until is the end of a period that starts here ("February 10 to
	// February 12"): the value is then the finest granularity holding
	// both.
	Until *DateParts `json:"until,omitempty"`
	// End: the date ends a period the date before it starts, written in
	// years or months of their own ("from September 2010 to January
	// 2011", "2004-05", "between 1991 and 1998"): each end keeps its
	// value, and the happening is listed once, at its start.
	End bool `json:"end,omitempty"`
}

// coarser returns the coarser of two granularities.
func coarser(a, b string) string {
	if granRank[b] > granRank[a] {
		return b
	}
	return a
}

// findDates finds the date expressions of every sentence of src, and what
// each one's sentence says about it (analyse).
func findDates(src string, sents []sent) []Date {
	out := []Date{}
	// The outer quotes, in text order (a nested quote lies inside one).
	var quotes []qspan
	for _, qs := range quoteSpans(src) {
		if !qs.nested {
			quotes = append(quotes, qs)
		}
	}
	q := 0
	for si := range sents {
		s := &sents[si]
		n := len(s.toks)
		var fs []found
		for i := 0; i < n; i++ {
			// "2004-05", "1982-87", "1994–1996": a range of years in one
			// word, its two ends two dates.
			if a, b, cut, ok := yearRange(s.toks[i]); ok {
				for k, y := range [2]int{a, b} {
					d := Date{Kind: "absolute", Granularity: "year", Parsed: DateParts{Year: y, End: k == 1}, Sentence: si}
					d.Start, d.End = s.toks[i].start, s.toks[i].start+cut
					if k == 1 {
						d.Start, d.End = s.toks[i].start+cut+len(dashAt(s.toks[i].raw, cut)), s.toks[i].end
					}
					d.Text = src[d.Start:d.End]
					fs = append(fs, found{d, i, i + 1})
				}
				continue
			}
			d, j, ok := parseDateAt(s, i)
			if !ok {
				continue
			}
			start := i
			// "last Saturday", "next Friday": the direction word is part of
			// it; so is "earlier" of "earlier today", "late" of "late
			// Friday".
			if d.Kind == "weekday" && (d.Parsed.Dir == "last" || d.Parsed.Dir == "next" || d.Parsed.Unit == "weekend" && s.toks[i-1].low != "the") && i > 0 {
				start = i - 1
			}
			if p := s.at(i - 1); p != nil && start == i && d.Granularity == "day" && (d.Kind == "weekday" || d.Kind == "relative") &&
				strings.TrimSpace(s.toks[i].gap) == "" && (p.low == "earlier" || p.low == "later" || p.low == "early" || p.low == "late") {
				start = i - 1
			}
			d.Sentence = si
			d.Start, d.End = s.span(start, j)
			d.Text = srcSlice(s, d.Start, d.End)
			fs = append(fs, found{d, start, j})
			i = j - 1
		}
		if len(fs) == 0 {
			continue
		}
		fs = joinDates(s, si, fs)
		// The words of every date of the sentence, and a clock time before
		// one ("about 3 p.m. Friday"), say when, not what.
		skip := map[int]bool{}
		for _, f := range fs {
			for x := f.i; x < f.j; x++ {
				skip[x] = true
			}
			if c := clockBefore(s, f.i); c < f.i {
				for x := c; x < f.i; x++ {
					skip[x] = true
				}
			}
		}
		body := datelinePrefix(s)
		for _, f := range fs {
			d := f.d
			for q < len(quotes) && quotes[q].end() <= d.Start {
				q++
			}
			d.Parsed.Quote = q < len(quotes) && quotes[q].start() <= d.Start
			switch {
			case f.i < body || datelineLike(s, skip) || postedOn(s, f):
				d.Parsed.Not = notDateline
				d.What = ""
			default:
				h := analyse(s, f.i, f.j, skip, body)
				d.What, d.Parsed.Tense, d.Parsed.Speech, d.Parsed.From, d.Parsed.Names = h.what, h.tense, h.speech, h.after, h.names
				d.Parsed.Not = h.notEntry
				if d.Parsed.Until != nil {
					d.Parsed.Until.Tense = h.tense
				}
				// "This was early Saturday afternoon.": the happening is
				// the sentence before.
				if h.notEntry == notNoHappening && si > 0 {
					d.What, d.Parsed.Not = mainClause(&sents[si-1], nil), ""
				}
				if h.tense == "future" && d.Parsed.Not == "" {
					d.Parsed.Not = notFuture
				}
			}
			if d.Time != "" {
				d.Parsed.Not = notDateline
			}
			if d.Parsed.End && d.Parsed.Not == "" {
				d.Parsed.Not = notPeriodEnd
			}
			out = append(out, d)
		}
	}
	return out
}

// found is a date of a sentence and its words [i, j).
type found struct {
	d    Date
	i, j int
}

// joinDates folds the dates of one sentence that are written as one, in
// passes linear in their number: a bare year after "to" is a date ("from
// 1996 to 2000"); a date restated in brackets is one date, the bracket's
// words (the more precise, as a rule: "on Thursday (June 13)", "this week
// (June 13)"); two absolute dates joined by "to", "through", "until" or
// "and" (after "between") are one period ("February 10 to February 12").
func joinDates(s *sent, si int, fs []found) []found {
	n := len(s.toks)
	var withYears []found
	for k, f := range fs {
		withYears = append(withYears, f)
		c, y := s.at(f.j), s.at(f.j+1)
		if c != nil && y != nil && f.d.Kind == "absolute" && (c.low == "to" || c.low == "through" || c.low == "and") &&
			len(y.low) == 4 && yearNum(*y, nil) > 0 && (k+1 == len(fs) || fs[k+1].i != f.j+1) {
			d := Date{Kind: "absolute", Granularity: "year", Parsed: DateParts{Year: yearNum(*y, nil)}, Sentence: si}
			d.Start, d.End = s.span(f.j+1, f.j+2)
			d.Text = srcSlice(s, d.Start, d.End)
			withYears = append(withYears, found{d, f.j + 1, f.j + 2})
		}
	}
	var bracketed []found
	for _, b := range withYears {
		if k := len(bracketed) - 1; k >= 0 {
			a := bracketed[k]
			if a.j == b.i && strings.Contains(s.toks[b.i].gap, "(") && (b.j >= n || strings.Contains(s.toks[b.j].gap, ")")) &&
				b.d.Kind == "absolute" && (b.d.Parsed.Day > 0 || a.d.Granularity != "day") {
				b.d.Start, b.i = a.d.Start, a.i
				b.d.Text = srcSlice(s, b.d.Start, b.d.End)
				bracketed[k] = b
				continue
			}
		}
		bracketed = append(bracketed, b)
	}
	var out []found
	for _, b := range bracketed {
		if k := len(out) - 1; k >= 0 {
			a := out[k]
			c := ""
			if a.j < n {
				c = s.toks[a.j].low
			}
			period := a.j+1 == b.i && a.d.Kind == "absolute" && b.d.Kind == "absolute" && a.d.Parsed.Until == nil &&
				(c == "to" || c == "through" || c == "until" || c == "and" && s.at(a.i-1) != nil && s.at(a.i-1).low == "between")
			if period && (a.d.Parsed.Year != b.d.Parsed.Year && b.d.Parsed.Year > 0 || a.d.Parsed.Month == 0) {
				// Ends in years of their own ("from 1996 to 2000",
				// "between 1991 and 1998", "from September 2010 to
				// January 2011"): no one value holds both; each end is
				// a date.
				b.d.Parsed.End = true
				out = append(out, b)
				continue
			}
			if period {
				until := b.d.Parsed
				a.d.Parsed.Until = &until
				a.d.End = b.d.End
				a.d.Text = srcSlice(s, a.d.Start, a.d.End)
				a.d.Granularity = coarser(a.d.Granularity, b.d.Granularity)
				a.j = b.j
				out[k] = a
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// yearRange reads a range of years written as one word: "2004-05",
// "1982-87", "1994-1996" (an en dash too), the second year after the
// first and within 30 years of it; cut is the byte offset of the dash in
// the word as written.
func yearRange(t tok) (a, b, cut int, ok bool) {
	l := t.low
	if len(l) != 7 && len(l) != 9 || l[4] != '-' || !isDigits(l[:4]) || !isDigits(l[5:]) {
		return 0, 0, 0, false
	}
	a = yearNum(tok{low: l[:4]}, nil)
	b, _ = strconv.Atoi(l[5:])
	if len(l) == 7 {
		b += a / 100 * 100
		if b < a {
			b += 100
		}
	}
	cut = strings.IndexAny(t.raw, "-\u2010\u2011\u2012\u2013\u2014")
	if a == 0 || b <= a || b-a > 30 || cut != 4 {
		return 0, 0, 0, false
	}
	return a, b, cut, true
}

// shortYearNext reports a short year at word k ("'86").
func shortYearNext(s *sent, k int) bool {
	_, ok := shortYear(s, k)
	return ok
}

// dashAt returns the dash of raw at byte i, one byte or three.
func dashAt(raw string, i int) string {
	if raw[i] == '-' {
		return "-"
	}
	_, n := utf8.DecodeRuneInString(raw[i:])
	return raw[i : i+n]
}

// shortYear reads a year written with two digits after an apostrophe in a
// list after a full year ("1983, '86, '87, '88"), the century the full
// year's (the next one when that would go back).
func shortYear(s *sent, i int) (int, bool) {
	t := s.toks[i]
	g := strings.TrimSpace(t.gap)
	if len(t.low) != 2 || !isDigits(t.low) || !strings.HasSuffix(g, "'") && !strings.HasSuffix(g, "\u2019") {
		return 0, false
	}
	n, _ := strconv.Atoi(t.low)
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		p := s.toks[k]
		if y := yearNum(p, nil); y > 0 && len(p.low) == 4 {
			v := y/100*100 + n
			if v < y {
				v += 100
			}
			return v, true
		}
		pg := strings.TrimSpace(p.gap)
		if len(p.low) != 2 || !isDigits(p.low) || !strings.HasSuffix(pg, "'") && !strings.HasSuffix(pg, "\u2019") {
			return 0, false
		}
	}
	return 0, false
}

// datelineWords may stand beside a date in a dateline or time stamp
// (weekdays written short among them: "Sat Nov 12 2011, 01:19 hrs").
var datelineWords = wordSet("updated", "update", "published", "posted", "last", "on", "at", "am", "pm", "a.m", "p.m", "et", "est",
	"edt", "cet", "cest", "gmt", "bst", "ist", "utc", "pst", "pdt", "cst", "cdt", "by", "modified", "first", "hrs", "h",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

// stampVerbs stamp a text with the day it went out.
var stampVerbs = wordSet("posted", "published", "updated")

// postedOn reports a blog's or site's stamp: a full date (with its year)
// that ends its sentence after "posted", "published" or "updated" with no
// auxiliary before it ("On behalf of A. Lawyer posted in Accidents on
// Wednesday, September 18, 2013."), not a report that "was published on
// May 3, 2012", a happening.
func postedOn(s *sent, f found) bool {
	p := f.d.Parsed
	if f.d.Kind != "absolute" || p.Year == 0 || p.Day == 0 || f.j != len(s.toks) {
		return false
	}
	for k := f.i - 1; k >= 0 && k >= f.i-maxClause; k-- {
		if stampVerbs[s.toks[k].low] {
			return k == 0 || !auxiliaries[s.toks[k-1].low]
		}
		if isVerb(s, k) {
			return false
		}
	}
	return false
}

// datelineLike reports whether s holds little but dates, times and
// dateline words: "Updated: May 16, 2005, 6:03 PM ET", "12 January 2010 @
// 09:29 pm", "February 13, 2023 07:27 am | Updated 07:40 am IST - Washington".
func datelineLike(s *sent, skip map[int]bool) bool {
	if len(s.toks) > 16 {
		return false
	}
	other := 0
	for k, t := range s.toks {
		if skip[k] || datelineWords[t.low] || strings.Trim(t.low, "0123456789:") == "" {
			continue
		}
		if isVerb(s, k) {
			return false // "This was early Saturday afternoon."
		}
		other++
	}
	return other <= 3
}

// datelinePrefix returns the word after a wire dateline that opens s
// ("TARNHOLLOW, Vardania, March 3 (CPA) - A section ..."), or 0.
func datelinePrefix(s *sent) int {
	caps := false
	for k := 0; k < len(s.toks) && k < 10; k++ {
		t := s.toks[k]
		g := t.gap
		if k > 0 && (strings.Contains(g, " - ") || strings.ContainsAny(g, "—–")) {
			if caps {
				return k
			}
			return 0
		}
		if !t.cap && strings.Trim(t.low, "0123456789") != "" && !strings.Contains(g, "(") {
			return 0
		}
		if len(t.raw) > 2 && strings.ToUpper(t.raw) == t.raw && strings.ToLower(t.raw) != t.raw || months[t.low] > 0 {
			caps = true
		}
	}
	return 0
}

// clockBefore returns where a clock time right before word i starts
// ("about 3 p.m. Friday", "9:30 a.m. Monday"), or i.
func clockBefore(s *sent, i int) int {
	ap := s.at(i - 1)
	if ap == nil || ap.low != "a.m" && ap.low != "p.m" && ap.low != "am" && ap.low != "pm" {
		return i
	}
	k := i - 2
	if m := s.at(k); m != nil && len(m.low) == 2 && m.gap == ":" {
		k--
	}
	if h := s.at(k); h != nil && len(h.low) <= 2 && strings.Trim(h.low, "0123456789") == "" {
		return k
	}
	return i
}

// errNotNumber is atoi's and parseFloat's error for a word that cannot be
// a number.
var errNotNumber = errors.New("not a number")

// atoi is strconv.Atoi, failing at once, without allocating an error, for
// a word that does not begin as a number can: the date and count rules try
// most words of an article, and strconv's errors (each a copy of the
// word) were a twentieth of copydesk add's allocation (profile).
func atoi(l string) (int, error) {
	if l == "" || !('0' <= l[0] && l[0] <= '9' || l[0] == '+' || l[0] == '-') {
		return 0, errNotNumber
	}
	return strconv.Atoi(l)
}

// parseFloat is strconv.ParseFloat(l, 64) as atoi is strconv.Atoi: a
// float begins with a digit, a sign, a point, or "inf" or "nan".
func parseFloat(l string) (float64, error) {
	if l == "" || !strings.ContainsRune("0123456789+-._iInN", rune(l[0])) {
		return 0, errNotNumber
	}
	return strconv.ParseFloat(l, 64)
}

// dayNum reads "4", "4th", "21st".
func dayNum(l string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		l = strings.TrimSuffix(l, suf)
	}
	n, err := atoi(l)
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
	n, err := atoi(l)
	if err != nil || n < 1900 || n > 2099 {
		return 0
	}
	return n
}

// parseDateAt tries to read a date expression starting at word i.
func parseDateAt(s *sent, i int) (Date, int, bool) {
	t := s.toks[i]
	l := t.low
	next := s.at(i + 1)
	// ISO date.
	if len(l) == 10 && l[4] == '-' && l[7] == '-' {
		if tm, err := time.Parse(dateLayout, l); err == nil {
			return Date{Kind: "absolute", Granularity: "day", Parsed: DateParts{Year: tm.Year(), Month: int(tm.Month()), Day: tm.Day()}}, i + 1, true
		}
	}
	// A numeric date, month first as in American copy unless the numbers
	// say otherwise: "05/02/2013", "16.5.2005".
	if d, j, ok := numericDate(s, i); ok {
		return d, j, true
	}
	// A holiday: "by Christmas", "on New Year's Day".
	if d, j, ok := holiday(s, i); ok {
		return d, j, true
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
	// "(1983, '86, '87, '88)": a year in brackets or a list of years.
	if y, ok := shortYear(s, i); ok {
		return Date{Kind: "absolute", Granularity: "year", Parsed: DateParts{Year: y}}, i + 1, true
	}
	if y := yearNum(t, nil); y > 0 && len(l) == 4 && strings.HasSuffix(strings.TrimSpace(t.gap), "(") &&
		(next == nil || strings.HasPrefix(strings.TrimSpace(next.gap), ")") || strings.HasPrefix(strings.TrimSpace(next.gap), ",") && shortYearNext(s, i+1)) {
		return Date{Kind: "absolute", Granularity: "year", Parsed: DateParts{Year: y}}, i + 1, true
	}
	// A year before a noun: "the 2009 season", "a 2012 car crash case"
	// (not "a 2013 Toyota", a model, nor "the 2000 residents", a count).
	if pv := s.at(i - 1); pv != nil && (npOpeners[pv.low] || pv.poss) && strings.TrimSpace(t.gap) == "" && len(l) == 4 {
		if y := yearNum(t, nil); y > 0 && next != nil && strings.TrimSpace(next.gap) == "" && !next.cap &&
			(!strings.HasSuffix(next.low, "s") || strings.HasSuffix(next.low, "ss")) && !stopOrFunction(next.low) {
			d := Date{Kind: "absolute", Granularity: "year", Parsed: DateParts{Year: y}}
			if periodNouns[next.low] {
				return d, i + 2, true
			}
			return d, i + 1, true
		}
	}
	prev := s.at(i - 1)
	prevLow := ""
	if prev != nil && strings.TrimSpace(t.gap) == "" {
		prevLow = prev.low
	}
	// Weekdays; not a weekday in general ("on a rainy Sunday", "every
	// Monday", "the first Sunday of each month").
	if wd, ok := weekdays[l]; ok && t.cap && !genericWeekday(s, i) {
		p := DateParts{Weekday: wd + 1}
		switch {
		case prevLow == "last" || prevLow == "past":
			p.Dir = "last"
		case prevLow == "next" || prevLow == "coming":
			p.Dir = "next"
		case prevLow == "this":
			p.Dir = "this"
		}
		j := i + 1
		if next != nil && strings.TrimSpace(next.gap) == "" && (next.low == "morning" || next.low == "afternoon" ||
			next.low == "evening" || next.low == "night") {
			j++
		}
		// A date may follow: "Saturday, Feb. 4".
		if n2 := s.at(j); n2 != nil && strings.TrimSpace(n2.gap) == "," && months[n2.low] > 0 && n2.cap {
			if d, k, ok := parseDateAt(s, j); ok && d.Kind == "absolute" {
				d.Parsed.Weekday = p.Weekday
				return d, k, true
			}
		}
		return Date{Kind: "weekday", Granularity: "day", Parsed: p}, j, true
	}
	// "at the weekend", "over the weekend", "last weekend", "this
	// weekend": the week of that Saturday and Sunday, counted as the
	// weekdays are.
	if l == "weekend" && prev != nil && (prevLow == "the" || prevLow == "this" || prevLow == "last" || prevLow == "past" || prevLow == "next") {
		p := DateParts{Weekday: 7, Unit: "weekend"}
		switch prevLow {
		case "last", "past":
			p.Dir = "last"
		case "next":
			p.Dir = "next"
		case "the":
			if pp := s.at(i - 2); pp == nil || pp.low != "at" && pp.low != "over" && pp.low != "during" {
				return Date{}, 0, false // "the weekend rush"
			}
		}
		return Date{Kind: "weekday", Granularity: "week", Parsed: p}, i + 1, true
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
	case "that":
		// "that night", "later that day", "that same week": the day (week,
		// month, year) of the dated happening before it.
		if d, j, ok := thatUnit(s, i, prevLow); ok {
			return d, j, true
		}
	case "the":
		// "the next morning", "the following week", "the previous night",
		// "the same day": counted from the dated happening before it.
		if d, j, ok := theNextUnit(s, i); ok {
			return d, j, true
		}
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
	// N units ago / later / earlier / after / before; "a few days later"
	// (a count of unknown size), "about two weeks ago" (an approximate one),
	// "hours later" (the same day).
	if d, j, ok := countedOffset(s, i); ok {
		return d, j, true
	}
	return Date{}, 0, false
}

// partsOfDay are the parts of a day a narrative dates by ("that night").
var partsOfDay = wordSet("morning", "afternoon", "evening", "night")

// thatPreps are the words before "that day" (week, month, year) that make
// it a time ("on that day", "later that year"), not a pronoun's noun
// ("he said that day was the worst" aside).
var thatPreps = wordSet("on", "later", "earlier", "until", "by", "during", "late", "early", "since", "in", "throughout", "all")

// thatUnit reads "that night", "that morning", "that same day", and after
// a word of time ("later that year", "on that day") or at a clause's start
// ("That week, ...") "that day", "that week", "that month", "that year":
// an offset of nothing from the dated happening before it, at word i
// ("that").
func thatUnit(s *sent, i int, prevLow string) (Date, int, bool) {
	t := s.toks[i]
	j := i + 1
	if n := s.at(j); n != nil && n.low == "same" && strings.TrimSpace(n.gap) == "" {
		j++
	}
	u := s.at(j)
	if u == nil || strings.TrimSpace(u.gap) != "" {
		return Date{}, 0, false
	}
	if partsOfDay[u.low] {
		return Date{Kind: "offset", Granularity: "day", Parsed: DateParts{Offset: 0, Unit: "day"}}, j + 1, true
	}
	unit := unitOf(u.low)
	clauseStart := i == 0 || strings.ContainsAny(t.gap, ",;:(")
	if unit == "" || strings.HasSuffix(u.low, "s") || !(thatPreps[prevLow] || clauseStart || j > i+1) {
		return Date{}, 0, false
	}
	return Date{Kind: "offset", Granularity: unit, Parsed: DateParts{Offset: 0, Unit: unit}}, j + 1, true
}

// theNextUnit reads, at word i ("the"), "the next morning" (afternoon,
// evening, night) and "the following morning", a day after the dated
// happening before it; "the following week" (month, year), a unit after
// it ("the next week" is as often the week to come); "the previous night"
// or "the preceding week", a unit before it; and "the same day" (week,
// month, year), no offset.
func theNextUnit(s *sent, i int) (Date, int, bool) {
	w, u := s.at(i+1), s.at(i+2)
	if w == nil || u == nil || strings.TrimSpace(w.gap) != "" || strings.TrimSpace(u.gap) != "" || strings.HasSuffix(u.low, "s") {
		return Date{}, 0, false
	}
	off := 0
	switch w.low {
	case "next", "following":
		off = 1
	case "previous", "preceding":
		off = -1
	case "same":
	default:
		return Date{}, 0, false
	}
	if partsOfDay[u.low] {
		if w.low == "same" {
			return Date{Kind: "offset", Granularity: "day", Parsed: DateParts{Offset: 0, Unit: "day"}}, i + 3, true
		}
		return Date{Kind: "offset", Granularity: "day", Parsed: DateParts{Offset: off, Unit: "day"}}, i + 3, true
	}
	unit := unitOf(u.low)
	if u.low == "date" && w.low == "same" {
		unit = "day" // "the same date that Larry Brown resigned"
	}
	if unit == "" || w.low == "next" && unit != "day" {
		return Date{}, 0, false
	}
	if unit == "day" && off != 0 {
		return Date{}, 0, false // "the next day": read by the rule of days
	}
	return Date{Kind: "offset", Granularity: unit, Parsed: DateParts{Offset: off, Unit: unit}}, i + 3, true
}

// vagueCounts are counts of unknown size: "a few", "several", "some".
var vagueCounts = wordSet("few", "several", "some", "many", "couple")

// approximate words make the count after them approximate.
var approximate = wordSet("about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "under")

// countedOffset reads "three days ago", "two months before", "a few days
// later", "hours earlier" at word i.
func countedOffset(s *sent, i int) (Date, int, bool) {
	t := s.toks[i]
	n, ok := count(t.low)
	k := i + 1
	vague, some := false, false
	switch {
	case t.low == "a" && s.at(i+1) != nil && (s.at(i+1).low == "few" || s.at(i+1).low == "couple"):
		k, n, some, ok = i+2, 1, true, true
		if c := s.at(k); c != nil && c.low == "of" {
			k++
		}
	case vagueCounts[t.low] && t.low != "couple":
		n, some, ok = 1, true, true
	case ok:
	case hourUnit(t.low) || unitOf(t.low) != "" && strings.HasSuffix(t.low, "s"):
		// "hours later", "days later": no count at all.
		k, n, some, ok = i, 1, true, true
	}
	u := s.at(k)
	if !ok || u == nil || strings.TrimSpace(u.gap) != "" {
		return Date{}, 0, false
	}
	unit := unitOf(u.low)
	if hourUnit(u.low) {
		unit = "hour"
	}
	d := s.at(k + 1)
	if unit == "" || d == nil {
		return Date{}, 0, false
	}
	if p := s.at(i - 1); p != nil && approximate[p.low] {
		vague = vague || unit != "hour"
	}
	p := DateParts{Offset: n, Unit: unit, Vague: vague || some, Some: some}
	gran := unit
	if unit == "hour" {
		// "hours later", "two hours earlier": the same day.
		p.Offset, p.Unit, p.Vague, p.Some, gran = 0, "day", false, false, "day"
		n = 0
	}
	switch d.low {
	case "ago":
		p.Offset = -n
		return Date{Kind: "relative", Granularity: gran, Parsed: p}, k + 2, true
	case "later", "after":
		return Date{Kind: "offset", Granularity: gran, Parsed: p}, k + 2, true
	case "earlier", "before":
		p.Offset = -n
		return Date{Kind: "offset", Granularity: gran, Parsed: p}, k + 2, true
	}
	return Date{}, 0, false
}

func hourUnit(l string) bool { return l == "hour" || l == "hours" || l == "minutes" }

// numericDate reads "05/02/2013" or "16.5.2005" at word i: month first
// unless the first number cannot be a month.
func numericDate(s *sent, i int) (Date, int, bool) {
	a, b, c := s.at(i), s.at(i+1), s.at(i+2)
	if b == nil || c == nil || (b.gap != "/" || c.gap != "/") && (b.gap != "." || c.gap != ".") {
		return Date{}, 0, false
	}
	x, y := dayNum(a.low), dayNum(b.low)
	yr := yearNum(*c, nil)
	if len(c.low) == 2 && isDigits(c.low) && (i+3 >= len(s.toks) || !strings.HasPrefix(s.toks[i+3].gap, "/")) {
		// "04/02/07": this century's, or the last's for 50 and over.
		n, _ := strconv.Atoi(c.low)
		yr = 2000 + n
		if n >= 50 {
			yr = 1900 + n
		}
	}
	if x == 0 || y == 0 || yr == 0 || len(a.low) > 2 || len(b.low) > 2 {
		return Date{}, 0, false
	}
	p := DateParts{Year: yr, Month: x, Day: y}
	switch {
	case x > 12 && y > 12:
		return Date{}, 0, false
	case x > 12:
		p.Month, p.Day = y, x
	case y <= 12 && x != y:
		p.Swappable = true
	}
	return Date{Kind: "absolute", Granularity: "day", Parsed: p}, i + 3, true
}

// holidays with a fixed day.
var holidays = map[string][2]int{"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24},
	"new year's day": {1, 1}, "new year's eve": {12, 31}, "halloween": {10, 31}, "valentine's day": {2, 14},
	"independence day": {7, 4}, "fourth of july": {7, 4}, "boxing day": {12, 26}}

// holiday reads a holiday after a preposition ("by Christmas"): a fixed
// day without a year.
func holiday(s *sent, i int) (Date, int, bool) {
	pv := s.at(i - 1)
	if pv == nil || !s.toks[i].cap || !monthYearPreps[pv.low] && pv.low != "on" && pv.low != "at" && pv.low != "over" {
		return Date{}, 0, false
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(s.toks) {
			continue
		}
		var w []string
		for k := i; k < i+n; k++ {
			l := s.toks[k].low
			if s.toks[k].poss {
				l += "'s"
			}
			w = append(w, l)
		}
		if md, ok := holidays[strings.Join(w, " ")]; ok {
			return Date{Kind: "absolute", Granularity: "day", Parsed: DateParts{Month: md[0], Day: md[1]}}, i + n, true
		}
	}
	return Date{}, 0, false
}

// genericWeekday reports a weekday that names no one day: after "a",
// "every" or "each" (with an adjective between at most), or followed by
// "of each month".
func genericWeekday(s *sent, i int) bool {
	generic := func(l string) bool { return l == "a" || l == "an" || l == "every" || l == "each" || l == "any" }
	if p := s.at(i - 1); p != nil && generic(p.low) {
		return true
	}
	// "a rainy Sunday", "a typical Monday" (not "a partner Friday").
	if p, q := s.at(i-1), s.at(i-2); p != nil && q != nil && generic(q.low) && (strings.HasSuffix(p.low, "y") || weekdayAdjectives[p.low]) {
		return true
	}
	if n, m := s.at(i+1), s.at(i+2); n != nil && m != nil && n.low == "of" && (m.low == "each" || m.low == "every" || m.low == "the") {
		return true
	}
	return false
}

var weekdayAdjectives = wordSet("typical", "normal", "usual", "quiet", "cold", "warm", "hot", "wet", "long", "slow", "good",
	"bad", "black", "recent", "given", "particular", "single")

// monthYearPreps come before a month or year written alone.
var monthYearPreps = wordSet("in", "since", "until", "by", "early", "late", "mid", "before", "after", "from", "during", "of", "between")

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
	if n, err := atoi(l); err == nil && n > 0 && n < 400 {
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
