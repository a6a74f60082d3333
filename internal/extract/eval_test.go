package extract

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEvalTrafilatura runs the evaluation over the first pages of
// go-trafilatura's labelled corpus, when the module is in the module cache.
// It checks the scoring machinery and a floor well under the full-corpus
// figure (F1 0.91 over 983 pages), so that a broken extractor fails.
func TestEvalTrafilatura(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/markusmobius/go-trafilatura").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Skipf("go-trafilatura module directory not found: %v", err)
	}
	rep, err := evalTrafilatura(dir, 25)
	if err != nil {
		t.Skip(err) // a module cache without the scripts or test files
	}
	if rep.Pages+rep.Missing != 25 {
		t.Errorf("got %d pages and %d missing, want 25 in all", rep.Pages, rep.Missing)
	}
	if rep.Pages < 20 || rep.F1 < 0.75 {
		t.Errorf("got %v, want at least 20 pages and F1 >= 0.75", rep)
	}
	t.Log(rep)
}
