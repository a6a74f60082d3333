package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// The /add page: paste an article or give the address of a page or a feed.
// The form carries the token, which a cross-site page cannot know, so the
// token is also the defence against request forgery; the Origin and
// Sec-Fetch-Site headers, when the browser sends them, must say the form
// was posted from this site.

// addPage is the data of the /add page.
type addPage struct {
	Enabled bool
	// The form's fields as posted, to fill the form again (never the token).
	Title, Source, URL, Published, Text string
	Error                               string
	Result                              *AddResponse
}

func (wb *web) addForm(w http.ResponseWriter, r *http.Request) {
	wb.render(w, r, "add", http.StatusOK, addPage{Enabled: wb.srv.addEnabled()})
}

func (wb *web) addPost(w http.ResponseWriter, r *http.Request) {
	s := wb.srv
	p := addPage{Enabled: s.addEnabled()}
	if !p.Enabled {
		p.Error = errAddOff.Message + "."
		wb.render(w, r, "add", http.StatusForbidden, p)
		return
	}
	if !sameOrigin(r) {
		p.Error = "The form was not posted from this site."
		wb.render(w, r, "add", http.StatusForbidden, p)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	if err := r.ParseForm(); err != nil {
		status := http.StatusBadRequest
		p.Error = "The form could not be read: " + err.Error() + "."
		if _, tooBig := err.(*http.MaxBytesError); tooBig || strings.Contains(err.Error(), "too large") {
			status = http.StatusRequestEntityTooLarge
			p.Error = "The form is too large."
		}
		wb.render(w, r, "add", status, p)
		return
	}
	f := r.PostForm
	p.Title, p.Source, p.URL = strings.TrimSpace(f.Get("title")), strings.TrimSpace(f.Get("source")), strings.TrimSpace(f.Get("url"))
	p.Published, p.Text = strings.TrimSpace(f.Get("published")), strings.TrimSpace(f.Get("text"))
	if !s.tokenOK(f.Get("token")) {
		p.Error = "The token is missing or wrong."
		wb.render(w, r, "add", http.StatusUnauthorized, p)
		return
	}
	item := addItem{}
	for k, v := range map[string]string{"title": p.Title, "source": p.Source, "url": p.URL, "published": p.Published, "text": p.Text} {
		if v != "" {
			item[k], _ = json.Marshal(v)
		}
	}
	var req AddRequest
	if err := req.add(item); err != nil {
		p.Error = capital(err.Error()) + "."
		wb.render(w, r, "add", http.StatusBadRequest, p)
		return
	}
	resp, err := s.runAdd(r.Context(), req)
	if err != nil {
		code, msg := s.public(r, err)
		p.Error = capital(msg) + "."
		wb.render(w, r, "add", statusOf(code), p)
		return
	}
	p.Result = resp
	status := http.StatusOK
	switch {
	case resp.Added > 0 || resp.Queued > 0:
		status = http.StatusCreated
		if resp.Added == 0 {
			status = http.StatusAccepted
		}
		p.Title, p.Source, p.URL, p.Published, p.Text = "", "", "", "", ""
	case len(resp.Items) > 0 && resp.Failed+resp.Skipped == len(resp.Items):
		status = http.StatusUnprocessableEntity
	}
	wb.render(w, r, "add", status, p)
}

// sameOrigin reports whether a form post comes from this site, as far as
// the browser says: a cross-site Sec-Fetch-Site, or an Origin of another
// host, is refused; requests without either header (not from a browser)
// pass, since the token guards them.
func sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

// capital upper-cases the first letter of a message.
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
