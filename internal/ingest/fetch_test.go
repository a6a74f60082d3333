package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

const testPage = `<!DOCTYPE html><html><head><title>Saltholm</title>
<link rel="canonical" href="https://northgate-wire.example/2031/04/night-ferry-saltholm"></head>
<body><p>The night ferry resumed service on Friday.</p></body></html>`

// newTestServer serves the pages the HTTP tests fetch. It refuses requests
// without the default User-Agent, so that every test checks it is sent.
func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	feed, err := os.ReadFile("testdata/tree/feeds/harbour.rss")
	if err != nil {
		t.Fatal(err)
	}
	jsonFeed, err := os.ReadFile("testdata/tree/feeds/wire-feed.json")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("GET /feed-as-text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(feed)
	})
	mux.HandleFunc("GET /feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		w.Write(jsonFeed)
	})
	mux.HandleFunc("GET /untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by net/http either
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("GET /image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
	})
	mux.HandleFunc("GET /empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("GET /loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	// /chain/N redirects N times, then lands on the page.
	mux.HandleFunc("GET /chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusMovedPermanently)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		body := strings.Repeat("<p>filler</p>", 1000)
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		fmt.Fprint(w, body)
	})
	mux.HandleFunc("GET /big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 1000 {
			w.Write([]byte("<p>filler</p>"))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != DefaultUserAgent {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := newTestServer(t)
	tests := []struct {
		name      string
		path      string
		opts      Options
		wantDocs  []string // "Ref URL Format Partial"
		wantFails []string // without the URL prefix
	}{
		{name: "page", path: "/page", wantDocs: []string{"{u}/page {u}/page html false"}},
		{name: "page without Content-Type", path: "/untyped", wantDocs: []string{"{u}/untyped {u}/untyped html false"}},
		{name: "feed", path: "/feed", wantDocs: []string{
			"ledger-2031-0302-bridge https://harbourton-ledger.example/2031/03/bridge-reopens html false",
			"https://harbourton-ledger.example/2031/03/tug-name https://harbourton-ledger.example/2031/03/tug-name html true",
			"{u}/feed#3  html true",
		}},
		{name: "feed sent as text/plain", path: "/feed-as-text", wantDocs: []string{
			"ledger-2031-0302-bridge https://harbourton-ledger.example/2031/03/bridge-reopens html false",
			"https://harbourton-ledger.example/2031/03/tug-name https://harbourton-ledger.example/2031/03/tug-name html true",
			"{u}/feed-as-text#3  html true",
		}},
		{name: "JSON Feed", path: "/feed.json", wantDocs: []string{
			"nw-2031-0419-ferry https://northgate-wire.example/2031/04/night-ferry-saltholm html false",
			"nw-2031-0420-weather https://northgate-wire.example/2031/04/fog text false",
			"nw-2031-0420-summary  text true",
		}},
		{name: "redirects within the limit", path: "/chain/4", wantDocs: []string{"{u}/chain/4 {u}/page html false"}},
		{name: "404", path: "/missing", wantFails: []string{"HTTP 404 Not Found"}},
		{name: "redirect loop", path: "/loop", wantFails: []string{"stopped after 5 redirects"}},
		{name: "redirects past a lower limit", path: "/chain/4", opts: Options{MaxRedirects: 2}, wantFails: []string{"stopped after 2 redirects"}},
		{name: "no redirects", path: "/chain/0", opts: Options{MaxRedirects: -1}, wantFails: []string{"stopped after 0 redirects"}},
		{name: "slow", path: "/slow", opts: Options{Timeout: 50 * time.Millisecond}, wantFails: []string{"timed out after 50ms"}},
		{name: "too large", path: "/big", opts: Options{MaxBytes: 4096}, wantFails: []string{"response too large (13 kB > 4 KiB)"}},
		{name: "too large, chunked", path: "/big-chunked", opts: Options{MaxBytes: 4096}, wantFails: []string{"response too large (over 4 KiB)"}},
		{name: "unsupported type", path: "/image", wantFails: []string{"unsupported Content-Type image/png"}},
		{name: "empty body", path: "/empty", wantFails: []string{"empty response"}},
		{name: "wrong User-Agent", path: "/page", opts: Options{UserAgent: "other"}, wantFails: []string{"HTTP 403 Forbidden"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.AllowPrivate = true
			u := srv.URL + tt.path
			var gotDocs, gotFails []string
			for d, err := range NewReader(tt.opts).Docs(context.Background(), []string{u}) {
				if err != nil {
					gotFails = append(gotFails, strings.TrimPrefix(err.Error(), u+": "))
					continue
				}
				if d.Input != u {
					t.Errorf("Input = %q, want %q", d.Input, u)
				}
				gotDocs = append(gotDocs, strings.ReplaceAll(fmt.Sprintf("%s %s %s %v", d.Ref, d.URL, d.Format, d.Partial), srv.URL, "{u}"))
			}
			if !slices.Equal(gotDocs, tt.wantDocs) {
				t.Errorf("docs:\ngot  %q\nwant %q", gotDocs, tt.wantDocs)
			}
			if !slices.Equal(gotFails, tt.wantFails) {
				t.Errorf("failures:\ngot  %q\nwant %q", gotFails, tt.wantFails)
			}
		})
	}
}

func TestFetchPageBody(t *testing.T) {
	srv := newTestServer(t)
	docs, fails := collect(t, NewReader(Options{AllowPrivate: true}), srv.URL+"/chain/1")
	if len(fails) != 0 || len(docs) != 1 {
		t.Fatalf("got %d docs, failures %v", len(docs), fails)
	}
	if got := string(docs[0].Body); got != testPage {
		t.Errorf("Body = %q, want the page", got)
	}
	if got := string(docs[0].Raw); got != testPage {
		t.Errorf("Raw = %q, want the page", got)
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	srv := newTestServer(t)
	u := srv.URL + "/page"
	tests := []struct {
		allow    bool
		wantDocs int
		wantFail string
	}{
		{allow: false, wantFail: u + ": refused: 127.0.0.1 is a loopback address"},
		{allow: true, wantDocs: 1},
	}
	for _, tt := range tests {
		docs, fails := collect(t, NewReader(Options{AllowPrivate: tt.allow}), u)
		var got []string
		for _, f := range fails {
			got = append(got, f.Error())
		}
		var want []string
		if tt.wantFail != "" {
			want = []string{tt.wantFail}
		}
		if len(docs) != tt.wantDocs || !slices.Equal(got, want) {
			t.Errorf("AllowPrivate=%v: got %d docs, failures %q; want %d docs, failures %q", tt.allow, len(docs), got, tt.wantDocs, want)
		}
	}
}

func TestAddrKind(t *testing.T) {
	tests := []struct {
		addr, want string
	}{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"0.1.2.3", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "link-local"},
		{"239.1.1.1", "multicast"},
		{"100.64.0.1", "shared (carrier-grade NAT)"},
		{"93.184.215.14", ""},
		{"2606:4700::1111", ""},
		{"172.32.0.1", ""},
	}
	for _, tt := range tests {
		if got := addrKind(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("addrKind(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
	if err := refusePrivate("tcp", "[fe80::1%eth0]:80", nil); err == nil || err.Error() != "refused: fe80::1 is a link-local address" {
		t.Errorf("refusePrivate(fe80::1%%eth0) = %v", err)
	}
	if err := refusePrivate("tcp", "93.184.215.14:443", nil); err != nil {
		t.Errorf("refusePrivate(public) = %v, want nil", err)
	}
}

func TestCustomClient(t *testing.T) {
	srv := newTestServer(t)
	// A client of the caller's own is used as is: no address check.
	r := NewReader(Options{Client: srv.Client()})
	docs, fails := collect(t, r, srv.URL+"/page")
	if len(docs) != 1 || len(fails) != 0 {
		t.Errorf("got %d docs, failures %v; want the page", len(docs), fails)
	}
	// But the Reader's timeout still applies.
	r = NewReader(Options{Client: srv.Client(), Timeout: 50 * time.Millisecond})
	_, fails = collect(t, r, srv.URL+"/slow")
	if len(fails) != 1 || !strings.HasSuffix(fails[0].Error(), "timed out after 50ms") {
		t.Errorf("got failures %v, want a timeout", fails)
	}
}

func TestKindOfContentType(t *testing.T) {
	tests := []struct {
		ct          string
		wantKind    kind
		wantCharset string
		wantErr     string
	}{
		{"text/html; charset=ISO-8859-1", kindHTML, "ISO-8859-1", ""},
		{"application/xhtml+xml", kindHTML, "", ""},
		{"application/rss+xml", kindFeed, "", ""},
		{"application/atom+xml; charset=utf-8", kindFeed, "utf-8", ""},
		{"application/rdf+xml", kindFeed, "", ""},
		{"text/xml", kindFeed, "", ""},
		{"application/feed+json", kindJSON, "", ""},
		{"application/json", kindJSON, "", ""},
		{"application/x-ndjson", kindJSONL, "", ""},
		{"application/jsonl", kindJSONL, "", ""},
		{"text/plain", kindText, "", ""},
		{"text/markdown", kindText, "", ""},
		{"text/csv", kindUnknown, "", ""},
		{"", kindUnknown, "", ""},
		{"application/octet-stream", kindUnknown, "", ""},
		{"not a / media type;;", kindUnknown, "", ""},
		{"application/pdf", kindUnknown, "", "unsupported Content-Type application/pdf"},
	}
	for _, tt := range tests {
		k, cs, err := kindOfContentType(tt.ct)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if k != tt.wantKind || cs != tt.wantCharset || gotErr != tt.wantErr {
			t.Errorf("kindOfContentType(%q) = %v, %q, %q; want %v, %q, %q", tt.ct, k, cs, gotErr, tt.wantKind, tt.wantCharset, tt.wantErr)
		}
	}
}

// TestFetchCharset checks that a page's charset is taken from the HTTP
// Content-Type when the page declares none, and from a meta tag far down
// the page when the header has none.
func TestFetchCharset(t *testing.T) {
	text := "Le pont de Kerlouan rouvre après l'été, a déclaré la maire."
	latin := encode(t, charmap.Windows1252, text)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/header":
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Write(append(append([]byte("<html><body><p>"), latin...), "</p></body></html>"...))
		case "/meta":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><head><title>Pont</title>" + strings.Repeat("<!-- padding -->", 200) + "<meta charset=\"windows-1252\"></head><body><p>"))
			w.Write(append(latin, "</p></body></html>"...))
		}
	}))
	defer srv.Close()
	for _, path := range []string{"/header", "/meta"} {
		docs, fails := collect(t, NewReader(Options{AllowPrivate: true}), srv.URL+path)
		if len(fails) != 0 || len(docs) != 1 {
			t.Fatalf("%s: got %d docs, failures %v", path, len(docs), fails)
		}
		if !strings.Contains(string(docs[0].Body), text) {
			t.Errorf("%s: body %q, want it decoded from windows-1252", path, docs[0].Body)
		}
	}
}
