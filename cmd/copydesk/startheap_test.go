package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/startheap"
)

// TestStartHeapOrder runs this test binary again with the runtime's trace
// of package initialisers and of collections, and checks what
// internal/startheap counts on: its ballast is allocated before
// go-dateparser builds its data and dropped after (by extract's and eval's
// initialisers), and the collector runs at most a few times before the
// data is built (nine times without the ballast).
func TestStartHeapOrder(t *testing.T) {
	if n := startheap.Held(); n != 0 {
		t.Errorf("the start-up ballast still holds %d bytes after every initialiser ran", n)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	env := slices.DeleteFunc(os.Environ(), func(e string) bool {
		return strings.HasPrefix(e, "GODEBUG=") || strings.HasPrefix(e, "GOGC=") || strings.HasPrefix(e, "GOMEMLIMIT=")
	})
	cmd.Env = append(env, "GODEBUG=inittrace=1,gctrace=1", "GOGC=100")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	at := map[string]int{}
	collections := 0 // before the data is built
	for i, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "gc ") && at["data"] == 0 {
			collections++
		}
		pkg, ok := strings.CutPrefix(line, "init ")
		if !ok {
			continue
		}
		pkg, _, _ = strings.Cut(pkg, " ")
		for name, path := range map[string]string{
			"startheap": "github.com/copydesk/copydesk/internal/startheap",
			"data":      "github.com/markusmobius/go-dateparser/internal/data",
			"timezone":  "github.com/markusmobius/go-dateparser/internal/timezone",
			"extract":   "github.com/copydesk/copydesk/internal/extract",
			"eval":      "github.com/copydesk/copydesk/internal/eval",
		} {
			if pkg == path {
				at[name] = i + 1
			}
		}
	}
	for _, name := range []string{"startheap", "data", "timezone", "extract", "eval"} {
		if at[name] == 0 {
			t.Fatalf("no initialiser of %s in the trace:\n%s", name, out)
		}
	}
	if !(at["startheap"] < at["data"] && at["data"] < at["extract"] && at["data"] < at["eval"] &&
		at["timezone"] < at["extract"] && at["timezone"] < at["eval"]) {
		t.Errorf("initialisers in the order %v (trace lines): the ballast must come before go-dateparser's data and go after it", at)
	}
	if collections > 4 {
		t.Errorf("%d collections before go-dateparser's data was built, want at most 4 (the ballast, one in the data's build)", collections)
	}
}
