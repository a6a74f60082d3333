package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/copydesk/copydesk"
)

// Adding articles over HTTP: POST /api/v1/articles and the /add page. Both
// are off unless Config has a Token and an Add function; the server only
// checks and shapes the request, Config.Add runs the pipeline.

// AddRequest is what one request asks to add.
type AddRequest struct {
	// Articles are articles given in full, each one JSON object as a line of
	// a JSONL input reads: id, url, source, published, title, text or html,
	// lang, byline (other fields are kept).
	Articles []json.RawMessage
	// URLs are http(s) addresses of pages or feeds to fetch.
	URLs []string
}

// AddResult is the outcome of one input item.
type AddResult struct {
	// Input names the item: its id, URL, or "body#N" for the N-th pasted
	// article.
	Input string `json:"input"`
	// Status is added, unchanged, skipped or failed.
	Status  string `json:"status"`
	Article string `json:"article,omitempty"` // the stored article's id
	Title   string `json:"title,omitempty"`
	Story   string `json:"story,omitempty"`
	Error   string `json:"error,omitempty"` // why it failed or was skipped
}

// AddFunc stores what req asks for, reporting each item; an error means the
// whole request failed (the store, or ctx ended).
type AddFunc func(ctx context.Context, req AddRequest) ([]AddResult, error)

// AddResponse answers POST /api/v1/articles.
type AddResponse struct {
	Items     []AddResult `json:"items"`
	Added     int         `json:"added"`
	Queued    int         `json:"queued"` // for worker processes to store and process (PostgreSQL)
	Unchanged int         `json:"unchanged"`
	Skipped   int         `json:"skipped"`
	Failed    int         `json:"failed"`
}

// maxAddItems caps the articles and addresses of one request.
const maxAddItems = 100

// addEnabled reports whether adding is configured.
func (s *Server) addEnabled() bool { return s.cfg.Add != nil && s.cfg.Token != "" }

// errAddOff is the answer when adding is not configured.
var errAddOff = copydesk.Errorf(eForbidden, "adding articles over HTTP is off: start copydesk serve with --token (or COPYDESK_TOKEN) to allow it")

// tokenOK compares a presented token with the configured one in constant time.
func (s *Server) tokenOK(got string) bool {
	a, b := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(s.cfg.Token))
	return got != "" && subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// addItem is one item of a POST /api/v1/articles body: an article in full,
// or only a url to fetch.
type addItem map[string]json.RawMessage

func (s *Server) addArticles(w http.ResponseWriter, r *http.Request) {
	if !s.addEnabled() {
		s.fail(w, r, errAddOff)
		return
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || !s.tokenOK(strings.TrimSpace(tok)) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="copydesk"`)
		msg := "adding articles needs the header Authorization: Bearer TOKEN"
		if auth != "" {
			msg = "the token given in Authorization is not the right one"
		}
		s.fail(w, r, copydesk.Errorf(eUnauthorized, "%s", msg))
		return
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		s.fail(w, r, copydesk.Errorf(copydesk.EInvalid, "the body must be JSON with Content-Type: application/json, not %q", r.Header.Get("Content-Type")))
		return
	}
	body, err := readBody(w, r, s.cfg.MaxBody)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	req, err := parseAddBody(body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	resp, err := s.runAdd(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status := http.StatusOK
	switch {
	case resp.Added > 0:
		status = http.StatusCreated
	case resp.Queued > 0:
		status = http.StatusAccepted
	case len(resp.Items) > 0 && resp.Failed+resp.Skipped == len(resp.Items):
		// Nothing could be stored: an error, with the reasons per item.
		first := resp.Items[0]
		msg := first.Error
		if !strings.HasPrefix(msg, first.Input) {
			msg = first.Input + ": " + msg
		}
		body := struct {
			apiError
			AddResponse
		}{errorBody(eUnprocessed, "nothing was added: "+msg), *resp}
		writeJSON(w, http.StatusUnprocessableEntity, body)
		return
	}
	writeJSON(w, status, resp)
}

// readBody reads at most max bytes of r's body.
func readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, error) {
	var buf bytes.Buffer
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, max))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return nil, copydesk.Errorf(eTooLarge, "the body is over %d bytes", max)
	}
	if err != nil {
		return nil, copydesk.Errorf(copydesk.EInvalid, "reading the body: %v", err)
	}
	return buf.Bytes(), nil
}

// parseAddBody reads one item or an array of items. An item with text or
// html is an article; one with only a url (and optionally a source) is an
// address to fetch.
func parseAddBody(body []byte) (AddRequest, error) {
	var req AddRequest
	body = bytes.TrimSpace(body)
	var items []addItem
	if len(body) > 0 && body[0] == '[' {
		if err := json.Unmarshal(body, &items); err != nil {
			return req, copydesk.Errorf(copydesk.EInvalid, "the body is not a JSON array of objects: %v", err)
		}
	} else {
		var one addItem
		if err := json.Unmarshal(body, &one); err != nil || one == nil {
			msg := "null"
			if err != nil {
				msg = err.Error()
			}
			return req, copydesk.Errorf(copydesk.EInvalid, "the body is not a JSON object or array: %s", msg)
		}
		items = []addItem{one}
		if env, ok, err := envelope(one); err != nil {
			return req, copydesk.Errorf(copydesk.EInvalid, "%v", err)
		} else if ok {
			items = env
		}
	}
	if len(items) == 0 {
		return req, copydesk.Errorf(copydesk.EInvalid, "the body holds no article")
	}
	if len(items) > maxAddItems {
		return req, copydesk.Errorf(copydesk.EInvalid, "the body holds %d items; at most %d at a time", len(items), maxAddItems)
	}
	for i, it := range items {
		if err := req.add(it); err != nil {
			return AddRequest{}, copydesk.Errorf(copydesk.EInvalid, "item %d: %v", i+1, err)
		}
	}
	return req, nil
}

// envelope reads the object form {"articles": [items], "urls": [addresses]}
// into items; ok is false when one is an article itself.
func envelope(one addItem) (items []addItem, ok bool, err error) {
	arts, hasArts := one["articles"]
	urls, hasURLs := one["urls"]
	if !hasArts && !hasURLs {
		return nil, false, nil
	}
	for _, k := range slices.Sorted(maps.Keys(one)) {
		if k != "articles" && k != "urls" {
			return nil, false, fmt.Errorf("the body has %q beside articles and urls: give either one article or {\"articles\": [...], \"urls\": [...]}", k)
		}
	}
	if hasArts && string(arts) != "null" {
		if err := json.Unmarshal(arts, &items); err != nil {
			return nil, false, fmt.Errorf("articles is not an array of objects: %v", err)
		}
	}
	if hasURLs && string(urls) != "null" {
		var us []string
		if err := json.Unmarshal(urls, &us); err != nil {
			return nil, false, fmt.Errorf("urls is not an array of strings: %v", err)
		}
		for _, u := range us {
			raw, _ := json.Marshal(u)
			items = append(items, addItem{"url": raw})
		}
	}
	return items, true, nil
}

// add files one item under Articles or URLs.
func (req *AddRequest) add(it addItem) error {
	if it == nil {
		return errors.New("not a JSON object")
	}
	str := func(k string) (string, error) {
		raw, ok := it[k]
		if !ok || string(raw) == "null" {
			return "", nil
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%s must be a string", k)
		}
		return strings.TrimSpace(s), nil
	}
	text, err := str("text")
	if err != nil {
		return err
	}
	html, err := str("html")
	if err != nil {
		return err
	}
	u, err := str("url")
	if err != nil {
		return err
	}
	if text == "" && html == "" {
		if u == "" {
			return errors.New("give text (or html) to add an article, or a url to fetch")
		}
		if err := checkFetchURL(u); err != nil {
			return err
		}
		req.URLs = append(req.URLs, u)
		return nil
	}
	// A date the importer cannot read would be stored as no date at all:
	// refuse it here, where the sender can still correct it.
	for _, k := range []string{"published", "date"} {
		d, err := str(k)
		if err != nil {
			return err
		}
		if d != "" {
			if _, ok := copydesk.ParseTime(d); !ok {
				return fmt.Errorf("%s %q is not a date copydesk can read: give RFC 3339 (2006-01-02T15:04:05Z), a day (2006-01-02) or a form such as \"2 January 2006 15:04 UTC\"", k, d)
			}
		}
	}
	if u != "" {
		if p, err := url.Parse(u); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return fmt.Errorf("url %q is not an http(s) address", u)
		}
	}
	if id, _ := str("id"); id == "" && u == "" {
		// Without an id or a url, a pasted article is known by its content,
		// so that pasting it again changes nothing.
		title, _ := str("title")
		sum := sha256.Sum256([]byte(title + "\n" + text + "\n" + html))
		it["id"], _ = json.Marshal("paste-" + hex.EncodeToString(sum[:8]))
	}
	raw, err := json.Marshal(map[string]json.RawMessage(it))
	if err != nil {
		return err
	}
	req.Articles = append(req.Articles, raw)
	return nil
}

// checkFetchURL checks that u is an absolute http(s) address. Whether its
// host may be fetched (public addresses only, unless allowed) is decided
// when it is dialed.
func checkFetchURL(u string) error {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return fmt.Errorf("url %q is not an http(s) address", u)
	}
	if p.User != nil {
		return fmt.Errorf("url %q carries a user name or password", u)
	}
	return nil
}

// runAdd calls Config.Add within the add time limit and counts the outcomes.
func (s *Server) runAdd(ctx context.Context, req AddRequest) (*AddResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.AddTimeout)
	defer cancel()
	items, err := s.cfg.Add(ctx, req)
	if err != nil {
		return nil, err
	}
	resp := &AddResponse{Items: items}
	if resp.Items == nil {
		resp.Items = []AddResult{}
	}
	for _, it := range items {
		switch it.Status {
		case "added":
			resp.Added++
		case "queued":
			resp.Queued++
		case "unchanged":
			resp.Unchanged++
		case "skipped":
			resp.Skipped++
		default:
			resp.Failed++
		}
	}
	return resp, nil
}
