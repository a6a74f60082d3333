package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// newClient builds the HTTP client of a Reader: no proxy from the
// environment, the redirect limit, and unless AllowPrivate the refusal of
// private addresses, checked on each dialed IP so that neither DNS nor a
// redirect can lead around it.
func newClient(opts Options) *http.Client {
	d := &net.Dialer{Timeout: opts.Timeout, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		d.Control = refusePrivate
	}
	t := &http.Transport{
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		ExpectContinueTimeout: time.Second,
	}
	limit := opts.MaxRedirects
	return &http.Client{
		Transport: t,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > limit {
				return &redirectError{limit: limit}
			}
			return nil
		},
	}
}

// redirectError stops a chain of redirects.
type redirectError struct{ limit int }

func (e *redirectError) Error() string {
	return fmt.Sprintf("stopped after %d redirects", e.limit)
}

// RefusedError is the reason a fetch was refused: the address dialed is not
// a public one and Options.AllowPrivate is false.
type RefusedError struct {
	Addr netip.Addr
	Kind string // "loopback", "private", "link-local", "unspecified", ...
}

func (e *RefusedError) Error() string {
	article := "a"
	if strings.IndexByte("aeiou", e.Kind[0]) >= 0 {
		article = "an"
	}
	return fmt.Sprintf("refused: %s is %s %s address", e.Addr, article, e.Kind)
}

var (
	thisNetwork = netip.MustParsePrefix("0.0.0.0/8")
	sharedCGNAT = netip.MustParsePrefix("100.64.0.0/10")
)

// addrKind names the kind of a non-public address, "" for a public one.
func addrKind(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsUnspecified() || thisNetwork.Contains(ip):
		return "unspecified"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast():
		return "link-local"
	case ip.IsInterfaceLocalMulticast() || ip.IsMulticast():
		return "multicast"
	case sharedCGNAT.Contains(ip):
		return "shared (carrier-grade NAT)"
	}
	return ""
}

// refusePrivate is a net.Dialer Control function: it sees the resolved
// address about to be dialed.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	if k := addrKind(ip); k != "" {
		return &RefusedError{Addr: ip.Unmap().WithZone(""), Kind: k}
	}
	return nil
}

// reasonError words an error for a message while keeping it in the chain.
type reasonError struct {
	msg string
	err error
}

func (e *reasonError) Error() string { return e.msg }
func (e *reasonError) Unwrap() error { return e.err }

const acceptHeader = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, " +
	"application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"

// url fetches one URL: a feed yields its items, a page one Doc.
func (r *Reader) url(ctx context.Context, in string, yield yieldFunc) bool {
	s, err := r.fetch(ctx, in)
	if err != nil {
		return yield(Doc{}, &Failure{Input: in, Err: err})
	}
	return r.content(s, yield)
}

// Validators are the validators of an HTTP response, which a conditional
// GET sends back (If-None-Match, If-Modified-Since).
type Validators struct {
	ETag, LastModified string
}

// FetchIfChanged fetches one http(s) URL, a page or a feed, with the limits
// and address checks of Docs, sending the validators of v that are not empty
// (If-None-Match, If-Modified-Since). When the server answers 304 Not
// Modified it returns notModified and no documents; otherwise the documents
// the response holds (a bad item as a *Failure, as Docs yields it). got are
// the response's validators. A fetch that fails returns a *Failure naming
// the URL.
func (r *Reader) FetchIfChanged(ctx context.Context, in string, v Validators) (docs iter.Seq2[Doc, error], got Validators, notModified bool, err error) {
	s, got, notModified, err := r.fetchIf(ctx, in, v)
	if err != nil {
		return nil, Validators{}, false, &Failure{Input: in, Err: err}
	}
	if notModified {
		return func(yieldFunc) {}, got, true, nil
	}
	return func(yield yieldFunc) { r.content(s, yield) }, got, false, nil
}

// fetch GETs a URL into a source, its kind taken from the Content-Type.
func (r *Reader) fetch(ctx context.Context, in string) (source, error) {
	s, _, _, err := r.fetchIf(ctx, in, Validators{})
	return s, err
}

// fetchIf is fetch with the validators v sent; a 304 answer gives no source
// and notModified.
func (r *Reader) fetchIf(ctx context.Context, in string, v Validators) (s source, got Validators, notModified bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, r.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, in, nil)
	if err != nil {
		return source{}, got, false, fmt.Errorf("invalid URL: %w", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", r.opts.UserAgent)
	req.Header.Set("Accept", acceptHeader)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return source{}, got, false, r.fetchError(err)
	}
	defer resp.Body.Close()
	got = Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != "") {
		return source{}, got, true, nil
	}
	s, err = r.response(resp, in)
	return s, got, false, err
}

// response reads the response to a GET of in into a source.
func (r *Reader) response(resp *http.Response, in string) (source, error) {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return source{}, fmt.Errorf("HTTP %s", strings.TrimSpace(fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))))
	}
	max := r.opts.MaxBytes
	if resp.ContentLength > max {
		return source{}, fmt.Errorf("response too large (%s > %s)", sizeString(resp.ContentLength), sizeString(max))
	}
	ct := resp.Header.Get("Content-Type")
	k, charset, err := kindOfContentType(ct)
	if err != nil {
		return source{}, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return source{}, r.fetchError(err)
	}
	if int64(len(body)) > max {
		return source{}, fmt.Errorf("response too large (over %s)", sizeString(max))
	}
	// Some servers send feeds as text/html or text/plain.
	if (k == kindHTML || k == kindText) && isFeed(trimBOM(body)) {
		k = kindFeed
	}
	return source{
		name: in, input: in, kind: k, noun: "response", data: body,
		url: resp.Request.URL.String(), charset: charset,
	}, nil
}

// kindOfContentType maps a Content-Type to a kind (kindUnknown: sniff) and
// its charset parameter.
func kindOfContentType(ct string) (kind, string, error) {
	if strings.TrimSpace(ct) == "" {
		return kindUnknown, "", nil
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		// A broken header is no reason to give up on the body.
		return kindUnknown, "", nil
	}
	cs := params["charset"]
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return kindHTML, cs, nil
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || strings.Contains(mt, "rdf") ||
		mt == "text/xml" || mt == "application/xml":
		return kindFeed, cs, nil
	case strings.Contains(mt, "ndjson") || strings.Contains(mt, "jsonl") || strings.Contains(mt, "jsonlines"):
		return kindJSONL, cs, nil
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return kindJSON, cs, nil
	case mt == "text/plain" || mt == "text/markdown":
		return kindText, cs, nil
	case strings.HasPrefix(mt, "text/") || mt == "application/octet-stream" || mt == "binary/octet-stream":
		return kindUnknown, cs, nil
	}
	return kindUnknown, "", fmt.Errorf("unsupported Content-Type %s", mt)
}

// fetchError words an error of the HTTP client; the Failure names the URL.
func (r *Reader) fetchError(err error) error {
	var refused *RefusedError
	var redirect *redirectError
	var ne net.Error
	switch {
	case errors.As(err, &refused):
		return refused
	case errors.As(err, &redirect):
		return redirect
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
		return &reasonError{msg: fmt.Sprintf("timed out after %s", r.opts.Timeout), err: err}
	case errors.Is(err, context.Canceled):
		return context.Canceled
	}
	return unwrapURLError(err)
}

// unwrapURLError drops the `Get "URL":` that the Failure says already.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
