package facts

import "time"

// reference picks the day relative dates resolve against: the publication
// date, else the first dateline or time stamp the text gives in full (with
// its year): "Updated: May 16, 2005, 6:03 PM ET", "PORTMERE, March 4, 2031
// - ...". A full date of the text that dates something else is no
// reference: the day of a shooting, a birth or a ceremony to come says
// nothing of when "yesterday" or "on Thursday" was written, and the latest
// of them (an obituary's funeral, a blog's newest comment) is often after
// it. Without one the relative dates stay unresolved rather than guessed
// (Merge then takes the year of a date written without one from the
// story's other articles). The first stamp of the text's opening
// (stampSentences), not the latest: a text opens with its own, and the
// stamps after its body are its comments'.
func reference(pub time.Time, dates []Date) (time.Time, string) {
	if !pub.IsZero() {
		return time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC), "published"
	}
	for _, d := range dates {
		if d.Sentence >= stampSentences {
			break
		}
		p := d.Parsed
		if p.Not != notDateline || d.Kind != "absolute" || p.Year == 0 || p.Month == 0 || p.Day == 0 || p.Until != nil {
			continue
		}
		t := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		if t.Day() != p.Day {
			continue // 31 February
		}
		return t, "text"
	}
	return time.Time{}, ""
}

// stampSentences is how many sentences open a text: its own dateline or
// time stamp stands among them (the first four, in every article of the
// ECB+ tune topics that has one).
const stampSentences = 6

// span is a resolved date as the days it covers, first and last.
type span struct {
	lo, hi time.Time
	gran   string
}

func daySpan(t time.Time) span { return span{t, t, "day"} }

// spanOf gives the days of a value of granularity gran ("2009-12": the
// first to the last of December).
func spanOf(t time.Time, gran string) span {
	switch gran {
	case "week":
		mon := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return span{mon, mon.AddDate(0, 0, 6), gran}
	case "month":
		first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return span{first, first.AddDate(0, 1, -1), gran}
	case "year":
		first := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		return span{first, first.AddDate(1, 0, -1), gran}
	}
	return daySpan(t)
}

var granRank = map[string]int{"day": 0, "week": 1, "month": 2, "year": 3}

// coarsen returns the finest granularity, at least gran, whose one value
// holds every day of [lo, hi] (a week only when gran is a week), and
// whether there is one at most one step coarser than gran: "four days
// before April 2007" is 2007; "a few days after 28 January" could be
// January or February, a whole year more than a count of days can say.
func coarsen(lo, hi time.Time, gran string) (span, bool) {
	for _, g := range []string{"day", "week", "month", "year"} {
		if granRank[g] < granRank[gran] || g == "week" && gran != "week" {
			continue
		}
		if s := spanOf(lo, g); !hi.After(s.hi) {
			step := granRank[g] - granRank[gran]
			if gran == "day" && g == "month" || gran == "week" && g == "month" {
				step = 1
			}
			return s, step <= 1
		}
	}
	return span{}, false
}

// format writes a span as a value of its granularity.
func (s span) format() string {
	switch s.gran {
	case "month":
		return s.lo.Format("2006-01")
	case "year":
		return s.lo.Format("2006")
	}
	return s.lo.Format(dateLayout)
}

// resolveDates fills Value, and Entry, for every date it can, in text
// order. ref is the reference day (zero: unknown); yearRef, used only when
// ref is zero, gives the year of dates written without one (the story's
// reference, in Merge).
func resolveDates(ds []Date, ref, yearRef time.Time) {
	// anchor is the dated happening narrative offsets count from; known
	// is false after an offset of unknown size.
	var anchor span
	known := false
	said := saidOn(ds, ref)
	for i := range ds {
		d := &ds[i]
		d.Value, d.Unresolved, d.Resolution, d.Entry, d.NotEntry = "", false, "", false, ""
		p := d.Parsed
		// The day deictic words count from: the reference, or inside a
		// quote the day the statement was made, when its sentence or the
		// one before dates it.
		base, baseHow := ref, "the reference"
		if p.Quote {
			if t, ok := said[d.Sentence]; ok {
				base, baseHow = t, "the day the quote was said"
			} else if t, ok := said[d.Sentence-1]; ok {
				base, baseHow = t, "the day the quote was said"
			}
		}
		var v span
		ok := false
		switch d.Kind {
		case "absolute":
			v, ok, d.Resolution = absolute(p, granOf(p), ref, yearRef)
			if ok && p.Until != nil {
				// A period: from its first day to its last.
				u := *p.Until
				if u.Year == 0 && p.Year > 0 {
					u.Year = p.Year
				}
				var w span
				if w, ok, _ = absolute(u, granOf(u), ref, yearRef); ok {
					v, ok = coarsen(v.lo, w.hi, v.gran)
					ok = ok && !w.hi.Before(v.lo)
				}
			}
		case "weekday":
			if !base.IsZero() {
				v, ok, d.Resolution = daySpan(weekday(p, base)), true, "the weekday nearest "+baseHow+weekdayHow(p)
				if p.Unit == "weekend" {
					v, d.Resolution = spanOf(v.lo, "week"), "the weekend nearest "+baseHow+weekdayHow(p)
				}
			}
		case "relative":
			if !base.IsZero() {
				v, ok = counted(spanOf(base, "day"), p, d.Granularity)
				d.Resolution = "relative to " + baseHow
				if p.Dir == "earlier" || p.Dir == "later" || p.Offset == 0 && p.Unit != "day" {
					d.Resolution = "period of " + baseHow
				}
			}
		case "offset":
			from, fromOK := anchor, known
			d.Resolution = "counted from the previous dated happening"
			if p.From != "" {
				// The happening it names, when the text dates it; else
				// nothing: the previous date may date something else
				// ("a week after the disaster").
				from, fromOK = happeningNamed(ds[:i], p.From, d.Sentence)
				d.Resolution = "counted from the dated happening it names"
			}
			if fromOK {
				v, ok = counted(from, p, d.Granularity)
			}
		}
		if ok {
			d.Value, d.Granularity = v.format(), v.gran
			if v.gran == "week" {
				d.Value = v.lo.Format(dateLayout)
			}
		} else {
			d.Unresolved, d.Resolution = true, ""
		}
		// What the next dates count from.
		happening := p.Not == "" || p.Not == notNoHappening
		switch {
		case p.Vague && d.Kind == "offset":
			known = false
		case ok && happening:
			anchor, known = v, true
		}
		// Whether the timeline lists it.
		switch {
		case p.Not != "":
			d.NotEntry = p.Not
		case !ok:
			d.NotEntry = notUnresolved
		case !ref.IsZero() && v.lo.After(ref) && !(d.Kind == "absolute" && p.Tense == "past" && v.gran == "day" && !v.lo.After(ref.AddDate(0, 0, 7))):
			// A day counted forward from the reference is still to come;
			// a past happening the text dates to a day in the week after
			// it is not (the text was updated after its dateline); a
			// month or year after the reference ("delays the cranes
			// until 2034") is to come whatever the tense of its clause.
			d.NotEntry = notAfterRef
		default:
			d.Entry = true
		}
	}
}

// saidOn gives, by sentence, the day of a statement the sentence dates
// outside quotation marks ("Last night, Rosenthal reported", "he said
// Tuesday"), against the reference.
func saidOn(ds []Date, ref time.Time) map[int]time.Time {
	var out map[int]time.Time
	for _, d := range ds {
		p := d.Parsed
		if !p.Speech || p.Quote || ref.IsZero() {
			continue
		}
		var v span
		ok := false
		switch d.Kind {
		case "absolute":
			v, ok, _ = absolute(p, d.Granularity, ref, time.Time{})
		case "weekday":
			v, ok = daySpan(weekday(p, ref)), p.Unit != "weekend"
		case "relative":
			v, ok = counted(spanOf(ref, "day"), p, d.Granularity)
		}
		if ok && v.gran == "day" {
			if out == nil {
				out = map[int]time.Time{}
			}
			out[d.Sentence] = v.lo
		}
	}
	return out
}

// absolute resolves a date as written; a date without a year takes it
// from the reference (else the story's) by the tense of its clause.
func absolute(p DateParts, gran string, ref, yearRef time.Time) (span, bool, string) {
	y := p.Year
	how := "as written"
	r := ref
	if y == 0 {
		how = "year from the reference"
		if r.IsZero() {
			r, how = yearRef, "year from the story"
		}
		if r.IsZero() || p.Month == 0 {
			return span{}, false, ""
		}
		y = r.Year()
		t := time.Date(y, time.Month(p.Month), max(p.Day, 1), 0, 0, 0, 0, time.UTC)
		switch {
		case p.Tense == "future" && t.Before(r):
			y++ // "must respond by July 26": the next one
			how += ", the next such day (future)"
		case p.Tense == "past" && t.After(r.AddDate(0, 0, 1)):
			y-- // "fired on June 8" in May: last year's
			how += ", the last such day (past)"
		case p.Tense == "":
			// The closest such day, before or after.
			best := t
			for _, dy := range []int{-1, 1} {
				c := time.Date(y+dy, time.Month(p.Month), max(p.Day, 1), 0, 0, 0, 0, time.UTC)
				if absDays(c.Sub(r)) < absDays(best.Sub(r)) {
					best = c
				}
			}
			y = best.Year()
		}
	}
	if y == 0 {
		return span{}, false, ""
	}
	if gran == "year" {
		return spanOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), "year"), true, how
	}
	if gran == "month" {
		return spanOf(time.Date(y, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC), "month"), true, how
	}
	month, day := p.Month, p.Day
	if p.Swappable {
		// "05/02/2013": month first, unless day first gives the reference
		// day (a dateline) and month first does not.
		a := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		b := time.Date(y, time.Month(day), month, 0, 0, 0, 0, time.UTC)
		if !ref.IsZero() && b.Equal(ref) && !a.Equal(ref) {
			month, day = day, month
			how = "day first, as the reference"
		}
	}
	t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return span{}, false, "" // 31 February
	}
	return daySpan(t), true, how
}

// granOf is the granularity an absolute date is written at.
func granOf(p DateParts) string {
	switch {
	case p.Day > 0:
		return "day"
	case p.Month > 0:
		return "month"
	}
	return "year"
}

// weekday is the day a weekday names, from base.
func weekday(p DateParts, base time.Time) time.Time {
	want := time.Weekday(p.Weekday - 1)
	back := (int(base.Weekday()) - int(want) + 7) % 7
	ahead := (int(want) - int(base.Weekday()) + 7) % 7
	switch {
	case p.Dir == "last":
		if back == 0 {
			back = 7
		}
		return base.AddDate(0, 0, -back)
	case p.Dir == "next" || p.Tense == "future":
		if ahead == 0 {
			ahead = 7
		}
		return base.AddDate(0, 0, ahead)
	}
	return base.AddDate(0, 0, -back)
}

func weekdayHow(p DateParts) string {
	switch {
	case p.Dir == "last":
		return " (last such day before it)"
	case p.Dir == "next" || p.Tense == "future":
		return " (next such day after it, future)"
	}
	return " (on or before it)"
}

// counted shifts from by the offset of p: a count of unknown size ("a few
// days") spans two to seven units, an approximate one ("about two weeks")
// a quarter of itself either way (at least one unit); the value is the
// finest granularity that holds every day the shift could reach.
func counted(from span, p DateParts, gran string) (span, bool) {
	lo, hi := p.Offset, p.Offset
	switch {
	case p.Some && p.Offset < 0:
		lo, hi = -7, -2
	case p.Some:
		lo, hi = 2, 7
	case p.Vague:
		w := max(1, abs(p.Offset)/4)
		lo, hi = p.Offset-w, p.Offset+w
	}
	// A few days or weeks from a happening known by its year only ("two
	// weeks before the shooting" of 2005): its year, which the shift
	// leaves only when the happening fell in its year's first or last
	// weeks.
	if from.gran == "year" && (p.Unit == "day" && max(abs(lo), abs(hi)) <= 31 || p.Unit == "week" && max(abs(lo), abs(hi)) <= 4) {
		return from, true
	}
	a, b := shift(from.lo, lo, p.Unit), shift(from.hi, hi, p.Unit)
	if p.Unit == "" {
		a, b = from.lo, from.hi
	}
	g := gran
	if granRank[from.gran] > granRank[g] {
		g = from.gran
	}
	if g == "week" && p.Unit != "week" {
		g = "day"
	}
	if p.Unit == "week" && !p.Vague && from.gran == "day" {
		// "last week": the week, given by its Monday.
		return spanOf(a, "week"), true
	}
	return coarsen(a, b, g)
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// happeningNamed finds the latest of the earlier dates ds that dates a
// happening named by the stem ("escap" of "escape"), as a noun it modifies
// or in its clause.
func happeningNamed(ds []Date, stem string, sentence int) (span, bool) {
	at := func(d Date) (span, bool) {
		t, g := parseValue(d.Value, d.Granularity)
		return spanOf(t, g), !t.IsZero()
	}
	// The date of the noun itself ("the Nov. 30 escape"), else of a clause
	// that names it.
	// At most maxPostings dates back, so that a text of many offsets
	// costs what its length does.
	lo := max(0, len(ds)-maxPostings)
	for k := len(ds) - 1; k >= lo; k-- {
		if d := ds[k]; d.Value != "" && d.Parsed.Names == stem {
			return at(d)
		}
	}
	for k := len(ds) - 1; k >= lo; k-- {
		d := ds[k]
		// Not a date of the offset's own sentence: its clause holds the
		// offset's words too.
		if d.Value == "" || d.Parsed.Not != "" && d.Parsed.Not != notNoHappening || d.Sentence == sentence {
			continue
		}
		for _, w := range contentStems(d.What) {
			if w == stem || happeningLemma[w] == stem {
				return at(d)
			}
		}
	}
	return span{}, false
}

// happeningLemma gives the stem of the happening noun an offset names
// for the irregular forms a clause tells it with: "two weeks before the
// shooting" counts from "shot Jerry Ortiz in 2005".
var happeningLemma = map[string]string{"shot": "shoot", "struck": "strike", "fled": "flee", "caught": "catch",
	"stole": "theft", "stolen": "theft", "sank": "sink", "sunk": "sink", "broke": "break", "fell": "fall", "die": "death",
	"dead": "death", "won": "win", "lost": "loss", "began": "begin"}

// parseValue reads a Value of granularity gran.
func parseValue(v, gran string) (time.Time, string) {
	layout := map[string]string{"day": dateLayout, "week": dateLayout, "month": "2006-01", "year": "2006"}[gran]
	t, err := time.Parse(layout, v)
	if err != nil {
		return time.Time{}, ""
	}
	return t, gran
}

func shift(t time.Time, n int, unit string) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, 7*n)
	case "month":
		return t.AddDate(0, n, 0)
	case "year":
		return t.AddDate(n, 0, 0)
	}
	return t.AddDate(0, 0, n)
}
