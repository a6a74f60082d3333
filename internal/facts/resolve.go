package facts

import (
	"fmt"
	"time"
)

// reference picks the day relative dates resolve against: the publication
// date, else the latest full date (with a year) the text gives.
func reference(pub time.Time, dates []Date) (time.Time, string) {
	if !pub.IsZero() {
		return time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC), "published"
	}
	var best time.Time
	for _, d := range dates {
		p := d.Parsed
		if d.Kind == "absolute" && p.Year > 0 && p.Month > 0 && p.Day > 0 {
			t := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
			if t.After(best) {
				best = t
			}
		}
	}
	if best.IsZero() {
		return best, ""
	}
	return best, "text"
}

// resolveDates fills Value for every date it can. ref is the reference day
// (zero: unknown); yearRef, used only when ref is zero, gives the year of
// dates written without one (the story's reference, in Merge).
func resolveDates(ds []Date, ref, yearRef time.Time) {
	var last time.Time // the previous resolved day, for offsets
	for i := range ds {
		d := &ds[i]
		d.Value, d.Unresolved, d.Resolution = "", false, ""
		p := d.Parsed
		var v time.Time
		gran := d.Granularity
		switch d.Kind {
		case "absolute":
			y := p.Year
			how := "as written"
			if y == 0 {
				r := ref
				how = "year from the reference"
				if r.IsZero() {
					r = yearRef
					how = "year from the story"
				}
				if !r.IsZero() && p.Month > 0 {
					y = r.Year()
					day := max(p.Day, 1)
					t := time.Date(y, time.Month(p.Month), day, 0, 0, 0, 0, time.UTC)
					switch {
					case p.Dir == "future" && t.Before(r):
						y++ // "is due on 14 June": the next one
					case p.Dir != "future" && t.After(r.AddDate(0, 0, 30)):
						y--
					}
				}
			}
			if y > 0 {
				d.Resolution = how
				if gran == "year" {
					d.Value = fmt.Sprintf("%04d", y)
					continue
				}
				if gran == "month" {
					d.Value = time.Date(y, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
					continue
				}
				v = time.Date(y, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
			}
		case "weekday":
			if !ref.IsZero() {
				want := time.Weekday(p.Weekday - 1)
				diff := (int(ref.Weekday()) - int(want) + 7) % 7
				switch p.Dir {
				case "last":
					if diff == 0 {
						diff = 7
					}
					v, d.Resolution = ref.AddDate(0, 0, -diff), "last such weekday before the reference"
				case "next", "future":
					ahead := (int(want) - int(ref.Weekday()) + 7) % 7
					if ahead == 0 {
						ahead = 7
					}
					v, d.Resolution = ref.AddDate(0, 0, ahead), "next such weekday after the reference (future)"
				default:
					v, d.Resolution = ref.AddDate(0, 0, -diff), "most recent such weekday on or before the reference"
				}
			}
		case "relative":
			if !ref.IsZero() {
				v = shift(ref, p.Offset, p.Unit)
				d.Resolution = "relative to the reference"
				if p.Dir == "earlier" || p.Dir == "later" || p.Offset == 0 && p.Unit != "day" {
					d.Resolution = "period of the reference"
				}
			}
		case "offset":
			if !last.IsZero() {
				v = shift(last, p.Offset, p.Unit)
				d.Resolution = "offset from the previous date"
			}
		}
		if v.IsZero() {
			d.Unresolved = true
			continue
		}
		switch gran {
		case "day":
			d.Value = v.Format(dateLayout)
			last = v
		case "week":
			monday := v.AddDate(0, 0, -((int(v.Weekday()) + 6) % 7))
			d.Value = monday.Format(dateLayout)
		case "month":
			d.Value = v.Format("2006-01")
		case "year":
			d.Value = v.Format("2006")
		}
	}
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
