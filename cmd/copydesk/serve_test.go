package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
)

const pageText = "Quarry flooding closes Dunmere road\n\nThe road between Dunmere and Ashcombe was closed on Tuesday after the old quarry flooded, the county council said.\n\nCrews expect to reopen one lane by Friday."

// TestEngineAdder adds a pasted article and fetches pages through the
// adder serve gives the server, with and without --allow-private.
func TestEngineAdder(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	eng, err := pipeline.Open(ctx, db, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, pageText)
	}))
	defer site.Close()

	pasted, _ := json.Marshal(map[string]string{"id": "paste-1", "title": "Harbour crane toppled by gale", "source": "Test Tribune",
		"text": "A harbour crane at Pellow toppled in a gale on Monday night, the port authority said.\n\nNobody was hurt, and the quay will stay shut until Thursday."})
	add := engineAdder(eng, ingest.Options{})
	got, err := add(ctx, server.AddRequest{Articles: []json.RawMessage{pasted}, URLs: []string{site.URL + "/quarry"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d results, want 2: %+v", len(got), got)
	}
	if got[0].Status != "added" || got[0].Article == "" || got[0].Title != "Harbour crane toppled by gale" || got[0].Input != "paste-1" {
		t.Errorf("pasted: got %+v, want added", got[0])
	}
	if got[1].Status != "failed" || !strings.Contains(got[1].Error, "loopback") {
		t.Errorf("loopback URL: got %+v, want it refused as loopback", got[1])
	}
	a, err := db.Article(ctx, got[0].Article)
	if err != nil || a.Source != "Test Tribune" {
		t.Errorf("pasted article: got %+v, %v", a, err)
	}

	got, err = engineAdder(eng, ingest.Options{AllowPrivate: true})(ctx, server.AddRequest{URLs: []string{site.URL + "/quarry"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Status != "added" || got[0].Title != "Quarry flooding closes Dunmere road" {
		t.Errorf("with --allow-private: got %+v, want the page added", got)
	}
	bad := json.RawMessage(`{"id": "bad-1", "text": ["not", "a", "string"]}`)
	got, err = add(ctx, server.AddRequest{Articles: []json.RawMessage{bad}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Status == "added" || got[0].Error == "" || strings.Contains(got[0].Error, "stdin") {
		t.Errorf("a malformed article: got %+v, want it not added, with a reason that does not name stdin", got)
	}
}

// lineWriter hands each line written to it to a channel.
type lineWriter struct{ lines chan string }

func (w lineWriter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(strings.NewReader(string(p)))
	for sc.Scan() {
		select {
		case w.lines <- sc.Text():
		default:
		}
	}
	return len(p), nil
}

// TestServeToken starts serve with a token from COPYDESK_TOKEN and adds an
// article over HTTP.
func TestServeToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	ctx, cancel := context.WithCancel(context.Background())
	lines := make(chan string, 16)
	done := make(chan int, 1)
	env := Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: lineWriter{lines},
		Getenv: func(k string) string {
			if k == "COPYDESK_TOKEN" {
				return "tok-42"
			}
			return ""
		}}
	go func() { done <- Run(ctx, []string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, env) }()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve: exit %d, want 0 after Ctrl-C", code)
		}
	}()
	var base string
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	timeout := time.After(30 * time.Second)
	for base == "" {
		select {
		case l := <-lines:
			if m := addr.FindStringSubmatch(l); m != nil {
				base = "http://" + m[1]
				if !strings.Contains(l, "needs the token") {
					t.Errorf("serve said %q, want adding on", l)
				}
			}
		case <-timeout:
			t.Fatal("serve did not say where it listens")
		}
	}
	body := `{"title": "Dunmere quarry floods", "text": "` + strings.ReplaceAll(pageText, "\n", `\n`) + `"}`
	for _, tt := range []struct {
		token  string
		status int
	}{{"wrong", http.StatusUnauthorized}, {"tok-42", http.StatusCreated}} {
		req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tt.token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("token %s: got %d, want %d: %s", tt.token, resp.StatusCode, tt.status, b)
		}
	}
}

// TestDemoRefusesPostgres: the demo is an embedded-store tool; given a
// PostgreSQL URL it says so in one line instead of queueing for workers that
// may not run.
func TestDemoRefusesPostgres(t *testing.T) {
	code, _, errs := run(t, "", "demo", "--db", "postgres://demo@127.0.0.1:1/none", "--no-serve")
	if code != 2 || !strings.Contains(errs, "embedded SQLite store") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("got exit %d, stderr %q; want 2 and one line naming the embedded store", code, errs)
	}
}
