package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const goodText = "Ferry crews strike in Portmere\n\nFerry crews in Portmere walked out on Tuesday over pay, leaving hundreds of passengers stranded at the harbour.\n\nUnion leader Mara Quell said talks with the operator had broken down after three weeks.\n"

// TestBadInput feeds every kind of bad input along with a good one: each bad
// one gets one line naming it and the reason, the good one is stored, the
// summary counts both, and the exit code says something failed.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", goodText)
	binary := write("binary.txt", "PK\x03\x04\x00\x00\x14\x00binary\x00\x00")
	badUTF8 := write("latin1.txt", "Caf\xe9 owners protest\n\nThe caf\xe9 owners of Portmere protested on Monday.\n")
	empty := write("empty.txt", "")
	jsonl := write("items.jsonl", `{"id":"ok-1","title":"Harbour reopens","text":"The Portmere harbour reopened on Friday after the strike ended."}`+"\n"+`{"id":"bad","title": oops}`+"\n")
	feed := write("broken.xml", "<rss><channel><item><title>Unclosed")
	noText := write("empty.html", "<html><head><title></title></head><body><nav><a href='/'>Home</a></nav></body></html>")
	unreadable := write("secret.txt", goodText)
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/gone":
			http.Error(w, "gone", http.StatusNotFound)
		case "/slow":
			time.Sleep(2 * time.Second)
		}
	}))
	defer srv.Close()

	db := filepath.Join(dir, "c.db")
	code, _, errs := run(t, "", "--db", db, "add", "--allow-private", "--timeout", "300ms",
		good, binary, badUTF8, empty, jsonl, feed, noText, unreadable, huge, srv.URL+"/gone", srv.URL+"/slow")
	if code != exitFailed {
		t.Errorf("got exit %d, want %d", code, exitFailed)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	bad := []string{binary, badUTF8, empty, jsonl + ":2", feed, noText, huge, srv.URL + "/gone", srv.URL + "/slow"}
	if os.Geteuid() != 0 { // root reads a file of mode 0 all the same
		bad = append(bad, unreadable)
	}
	for _, name := range bad {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, name+":") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("got %d lines naming %s, want 1; stderr:\n%s", n, name, errs)
		}
	}
	summary := lines[len(lines)-1]
	if !strings.HasPrefix(summary, "added ") || !strings.Contains(summary, "failed") {
		t.Errorf("got last line %q, want the summary", summary)
	}
	x := exportOf(t, db)
	var titles []string
	for _, a := range x.Articles {
		titles = append(titles, a.Title)
	}
	if got := strings.Join(titles, "|"); !strings.Contains(got, "Ferry crews strike in Portmere") || !strings.Contains(got, "Harbour reopens") {
		t.Errorf("got articles %q, want the good text file and the good JSONL line", got)
	}
}

// TestKilledMidIngest kills a copydesk add with SIGKILL half way through a
// large input, then checks that the store opens, that every stored article
// is whole and processed after the next run, and that finishing the ingest
// gives the same result as an uninterrupted run.
func TestKilledMidIngest(t *testing.T) {
	if os.Getenv("COPYDESK_CHILD_DB") != "" {
		return // the child's work happens in TestMain's hook below
	}
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	var sb strings.Builder
	for i := range 3000 {
		sb.WriteString(`{"id":"n` + strconv.Itoa(i) + `","title":"Council vote number ` + strconv.Itoa(i) + ` in Portmere","text":"The Portmere council voted on motion ` + strconv.Itoa(i) + ` about the harbour on Tuesday. Councillor Eda Brann said motion ` + strconv.Itoa(i*7) + ` would follow."}` + "\n")
	}
	corpus := filepath.Join(dir, "big.jsonl")
	if err := os.WriteFile(corpus, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestChildAdd$")
	cmd.Env = append(os.Environ(), "COPYDESK_CHILD_DB="+db, "COPYDESK_CHILD_INPUT="+corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the child has stored some articles, then kill it.
	deadline := time.Now().Add(60 * time.Second)
	for {
		fi, err := os.Stat(db + "-wal")
		if err == nil && fi.Size() > 256<<10 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the child stored nothing in 60s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	partial := exportOf(t, db)
	if len(partial.Articles) == 0 || len(partial.Articles) >= 3000 {
		t.Logf("killed after %d articles", len(partial.Articles))
	}
	// Finish the ingest; the result must equal an uninterrupted run's.
	if code, _, errs := run(t, "", "--db", db, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("resume: exit %d: %s", code, errs)
	}
	clean := filepath.Join(dir, "clean.db")
	if code, _, errs := run(t, "", "--db", clean, "--quiet", "add", corpus); code != 0 {
		t.Fatalf("clean run: exit %d: %s", code, errs)
	}
	got, want := exportOf(t, db), exportOf(t, clean)
	if len(got.Articles) != 3000 || len(want.Articles) != 3000 {
		t.Fatalf("got %d articles after resume and %d in a clean run, want 3000", len(got.Articles), len(want.Articles))
	}
	for i := range got.Articles {
		g, w := got.Articles[i], want.Articles[i]
		if g.ID != w.ID || g.Text != w.Text || g.Event == "" || g.Story == "" {
			t.Errorf("article %d: got %s %q event %q, want %s %q processed", i, g.ID, g.Text, g.Event, w.ID, w.Text)
			break
		}
	}
}

// TestChildAdd is the child of TestKilledMidIngest: a plain copydesk add.
func TestChildAdd(t *testing.T) {
	db := os.Getenv("COPYDESK_CHILD_DB")
	if db == "" {
		t.Skip("only runs as TestKilledMidIngest's child")
	}
	run(t, "", "--db", db, "--quiet", "add", os.Getenv("COPYDESK_CHILD_INPUT"))
}
