package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/copydesk/copydesk"
)

// crashEnv names the database TestHelperWriter writes to; the helper does
// nothing without it.
const crashEnv = "COPYDESK_SQLITE_CRASH_DB"

// crashArticle returns article i of the crash test and its raw input, large
// enough that a write spans several pages.
func crashArticle(i int) (*copydesk.Article, []byte) {
	text := strings.Repeat(fmt.Sprintf("Dispatch %d from the Oskton quay, where the night shift kept working. ", i), 60)
	raw := []byte(fmt.Sprintf("<p>%s</p><!-- %d -->", text, i))
	return &copydesk.Article{
		ID:      fmt.Sprintf("crash-%06d", i),
		Ref:     fmt.Sprintf("crash/%d", i%10),
		Text:    text,
		RawHash: copydesk.HashRaw(raw),
	}, raw
}

// TestHelperWriter is the child of TestCrashSafety: it writes articles until
// it is killed, printing "wrote N" once article N is committed.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("runs only as the child of TestCrashSafety")
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	for i := 0; ; i++ {
		a, raw := crashArticle(i)
		if _, err := db.PutArticle(ctx, a, raw); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		// Processing results too, so that the kill may land in either kind of
		// transaction.
		r := copydesk.Result{Article: a.ID, Event: fmt.Sprintf("e%d", i/5), Story: "s",
			Events:  []copydesk.Event{{ID: fmt.Sprintf("e%d", i/5), Story: "s", Title: "quay"}},
			Stories: []copydesk.Story{{ID: "s", Title: "Oskton"}}}
		if i > 0 {
			r.Relations = []copydesk.Relation{{From: fmt.Sprintf("crash-%06d", i-1), To: a.ID, Kind: copydesk.Rewrite, Score: 0.5}}
		}
		if err := db.SaveResult(ctx, r); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Println("wrote", i)
	}
}

// TestCrashSafety kills a process that is writing with SIGKILL and checks
// that the database is intact and holds everything the process committed.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	const enough = 60
	written := -1
	scanner := bufio.NewScanner(out)
	for scanner.Scan() {
		line := scanner.Text()
		if rest, ok := strings.CutPrefix(line, "wrote "); ok {
			n, err := strconv.Atoi(rest)
			if err != nil {
				t.Fatalf("child printed %q", line)
			}
			written = n
			if written >= enough {
				break
			}
		} else if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait() // reports the kill
	if written < enough {
		t.Fatalf("child stopped after writing %d articles: %v", written+1, scanner.Err())
	}

	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after the kill: %v", err)
	}
	defer db.Close()
	var integrity string
	if err := db.w.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&integrity); err != nil {
		t.Fatal(err)
	}
	if integrity != "ok" {
		t.Fatalf("integrity_check = %q, want ok", integrity)
	}
	var fkProblems int
	if err := db.w.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_foreign_key_check`).Scan(&fkProblems); err != nil {
		t.Fatal(err)
	}
	if fkProblems != 0 {
		t.Errorf("foreign_key_check found %d problems", fkProblems)
	}

	// Every reported article is there and whole; any later one that made it
	// before the kill is whole too.
	stored, err := db.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) < written+1 {
		t.Errorf("%d articles stored, want at least the %d reported", len(stored), written+1)
	}
	for i := range len(stored) {
		want, wantRaw := crashArticle(i)
		got, err := db.Article(ctx, want.ID)
		if err != nil {
			t.Errorf("article %d: %v", i, err)
			continue
		}
		if got.Text != want.Text || got.RawHash != want.RawHash {
			t.Errorf("article %d: text or hash differs from what was written", i)
		}
		raw, err := db.Raw(ctx, want.ID)
		if err != nil {
			t.Errorf("article %d: raw: %v", i, err)
		} else if string(raw) != string(wantRaw) {
			t.Errorf("article %d: raw differs from what was written", i)
		}
		if i <= written && got.Event != fmt.Sprintf("e%d", i/5) {
			t.Errorf("article %d: event %q, want e%d", i, got.Event, i/5)
		}
	}
	rels, err := db.Relations(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) < written {
		t.Errorf("%d relations stored, want at least the %d reported", len(rels), written)
	}
}
