package copydesk_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/copydesk/copydesk"

// stages may import the root, text and slab (which import nothing of ours), never each other, a store or the server.
var stages = map[string]bool{"ingest": true, "extract": true, "text": true, "dedup": true, "provenance": true, "cluster": true, "align": true, "facts": true, "compare": true}

// TestImportRules keeps docs/architecture.md's import rules true.
func TestImportRules(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "testdata" || d.Name() == "examples") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		test := strings.HasSuffix(path, "_test.go")
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if msg := violates(dir, p, test); msg != "" {
				t.Errorf("%s imports %s: %s", path, p, msg)
			}
			if p == "database/sql" && !strings.HasPrefix(dir, "internal/sqlite") && !strings.HasPrefix(dir, "internal/postgres") {
				t.Errorf("%s imports database/sql: SQL lives only in the store packages", path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func violates(dir, imp string, test bool) string {
	ours := imp == module || strings.HasPrefix(imp, module+"/")
	switch {
	case dir == ".":
		if !test && (ours || strings.Contains(strings.SplitN(imp, "/", 2)[0], ".")) {
			return "the root package imports only the standard library"
		}
	case strings.HasPrefix(dir, "internal/"):
		pkg := strings.SplitN(strings.TrimPrefix(dir, "internal/"), "/", 2)[0]
		target := strings.SplitN(strings.TrimPrefix(imp, module+"/internal/"), "/", 2)[0]
		if !ours || imp == module || target == pkg || !strings.HasPrefix(imp, module+"/internal/") {
			return ""
		}
		if test && (target == "sqlite" || target == "postgres" || target == "corpus" || target == "storetest") {
			return "" // tests use a real store (either), never a mock, the shared data and the stores' test kit
		}
		if test && pkg == "view" && (target == "pipeline" || target == "ingest") {
			return "" // the read side's tests read a store the pipeline filled
		}
		if pkg == "slab" {
			return "internal/" + pkg + " imports nothing of ours: every stage may import it"
		}
		if stages[pkg] && target != "text" && target != "slab" {
			return "a stage imports only the root, internal/text and internal/slab"
		}
		if pkg == "server" && target != "view" && !(test && target == "pipeline") {
			return "the server imports the root and view (the read side), never the pipeline or a concrete store"
		}
		if pkg == "view" && (target == "pipeline" || target == "sqlite" || target == "postgres" || target == "server") {
			return "the read side reads through the Store interface and never writes"
		}
		if pkg == "pipeline" && (target == "sqlite" || target == "postgres" || target == "server" || target == "view" && !test) {
			return "the pipeline is the write side and works through the Store interface"
		}
		if pkg == "queue" && !test && (target == "sqlite" || target == "postgres" || target == "server") {
			return "the queue works through its Store interface; only cmd picks the store"
		}
	}
	return ""
}
