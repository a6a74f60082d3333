package server

import (
	"net/url"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/view"
)

// storyForm is the stories filter as a request gives it (q, from, to,
// outlet, sort), kept as typed to fill the form again, and read into the
// query the view runs.
type storyForm struct {
	Q, From, To, Outlet, Sort string
	query                     view.StoryQuery
}

// dateLayout is how the from and to parameters are written.
const dateLayout = "2006-01-02"

// parseStoryForm reads q, from, to, outlet and sort.
func parseStoryForm(v url.Values) (storyForm, error) {
	f := storyForm{Q: strings.TrimSpace(v.Get("q")), Outlet: strings.TrimSpace(v.Get("outlet")), Sort: v.Get("sort")}
	f.query = view.StoryQuery{Words: f.Q, Outlet: f.Outlet, Sort: f.Sort}
	switch f.Sort {
	case "", "recent", "size":
	default:
		return f, copydesk.Errorf(copydesk.EInvalid, "sort must be %q or %q, not %q", "recent", "size", f.Sort)
	}
	var err error
	if f.From = strings.TrimSpace(v.Get("from")); f.From != "" {
		if f.query.From, err = time.Parse(dateLayout, f.From); err != nil {
			return f, copydesk.Errorf(copydesk.EInvalid, "from must be a date as YYYY-MM-DD, not %q", f.From)
		}
	}
	if f.To = strings.TrimSpace(v.Get("to")); f.To != "" {
		if f.query.To, err = time.Parse(dateLayout, f.To); err != nil {
			return f, copydesk.Errorf(copydesk.EInvalid, "to must be a date as YYYY-MM-DD, not %q", f.To)
		}
		f.query.To = f.query.To.AddDate(0, 0, 1) // the whole day counts
	}
	if !f.query.From.IsZero() && !f.query.To.IsZero() && !f.query.From.Before(f.query.To) {
		return f, copydesk.Errorf(copydesk.EInvalid, "from (%s) must not be after to (%s)", f.From, f.To)
	}
	return f, nil
}

// values writes f back as query parameters, leaving out the defaults.
func (f storyForm) values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"q", f.Q}, {"from", f.From}, {"to", f.To}, {"outlet", f.Outlet}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	if f.Sort != "" && f.Sort != "recent" {
		v.Set("sort", f.Sort)
	}
	return v
}
