package extract

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Scores are token-level precision, recall and F1 of an extracted text
// against the expected text.
type Scores struct {
	Precision, Recall, F1 float64
}

// Score compares extracted text got with the expected text want as bags of
// lower-cased word tokens: precision is the share of got's tokens found in
// want, recall the share of want's tokens found in got. Two empty texts score
// 1; one empty text scores 0.
func Score(got, want string) Scores {
	g, w := strings.Fields(normalise(got)), strings.Fields(normalise(want))
	if len(g) == 0 && len(w) == 0 {
		return Scores{1, 1, 1}
	}
	if len(g) == 0 || len(w) == 0 {
		return Scores{}
	}
	bag := map[string]int{}
	for _, t := range w {
		bag[t]++
	}
	common := 0
	for _, t := range g {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	p := float64(common) / float64(len(g))
	r := float64(common) / float64(len(w))
	return Scores{Precision: p, Recall: r, F1: f1(p, r)}
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// EvalReport is the result of EvalTrafilatura, counted as go-trafilatura's
// own comparison script counts: a "with" string found in the text is a true
// positive, one missing a false negative; a "without" string found is a false
// positive, one absent a true negative.
type EvalReport struct {
	Pages                                int // pages evaluated
	Missing                              int // pages whose file is absent
	NoText                               int // pages for which HTML returned an error
	TruePos, FalseNeg, FalsePos, TrueNeg int
	Precision, Recall, F1, Accuracy      float64
}

func (r EvalReport) String() string {
	return fmt.Sprintf("pages %d (missing %d, no text %d): precision %.3f recall %.3f F1 %.3f accuracy %.3f",
		r.Pages, r.Missing, r.NoText, r.Precision, r.Recall, r.F1, r.Accuracy)
}

// evalEntry is one labelled page of go-trafilatura's comparison corpus.
type evalEntry struct {
	URL, File     string
	With, Without []string
}

// EvalTrafilatura runs HTML over the labelled pages of go-trafilatura's
// comparison corpus. dir is the go-trafilatura module directory (as printed by
// `go list -m -f '{{.Dir}}' github.com/markusmobius/go-trafilatura`); the
// labels are read from scripts/comparison/data.go by parsing its Go source,
// the pages from test-files/comparison.
func EvalTrafilatura(dir string) (EvalReport, error) {
	return evalTrafilatura(dir, 0)
}

// evalTrafilatura is EvalTrafilatura over at most limit pages (0: all), in
// file name order.
func evalTrafilatura(dir string, limit int) (EvalReport, error) {
	entries, err := trafilaturaLabels(filepath.Join(dir, "scripts", "comparison", "data.go"))
	if err != nil {
		return EvalReport{}, err
	}
	if limit > 0 && len(entries) > limit {
		entries = entries[:limit]
	}
	var rep EvalReport
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(dir, "test-files", "comparison", e.File))
		if err != nil {
			// Some labelled pages live with the mock pages of its tests.
			raw, err = os.ReadFile(filepath.Join(dir, "test-files", "mock", e.File))
		}
		if err != nil {
			rep.Missing++
			continue
		}
		rep.Pages++
		var text string
		if r, err := HTML(raw, e.URL); err == nil {
			text = r.Text()
		} else {
			rep.NoText++
		}
		for _, s := range e.With {
			if text != "" && strings.Contains(text, s) {
				rep.TruePos++
			} else {
				rep.FalseNeg++
			}
		}
		for _, s := range e.Without {
			if text != "" && strings.Contains(text, s) {
				rep.FalsePos++
			} else {
				rep.TrueNeg++
			}
		}
	}
	tp, fn, fp, tn := float64(rep.TruePos), float64(rep.FalseNeg), float64(rep.FalsePos), float64(rep.TrueNeg)
	if tp+fp > 0 {
		rep.Precision = tp / (tp + fp)
	}
	if tp+fn > 0 {
		rep.Recall = tp / (tp + fn)
	}
	if all := tp + fn + fp + tn; all > 0 {
		rep.Accuracy = (tp + tn) / all
	}
	rep.F1 = f1(rep.Precision, rep.Recall)
	return rep, nil
}

// trafilaturaLabels reads the map literal comparisonData of go-trafilatura's
// comparison script: URL keys, values with File, With and Without fields.
func trafilaturaLabels(path string) ([]evalEntry, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("parse labels %s: %w", path, err)
	}
	var out []evalEntry
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "comparisonData" || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.CompositeLit)
		if !ok {
			return false
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			var e evalEntry
			e.URL = stringLit(kv.Key)
			val, ok := kv.Value.(*ast.CompositeLit)
			if !ok {
				continue
			}
			for _, fe := range val.Elts {
				field, ok := fe.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				name, _ := field.Key.(*ast.Ident)
				if name == nil {
					continue
				}
				switch name.Name {
				case "File":
					e.File = stringLit(field.Value)
				case "With":
					e.With = stringList(field.Value)
				case "Without":
					e.Without = stringList(field.Value)
				}
			}
			if e.File != "" {
				out = append(out, e)
			}
		}
		return false
	})
	if len(out) == 0 {
		return nil, fmt.Errorf("parse labels %s: no comparisonData entries", path)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out, nil
}

func stringLit(e ast.Expr) string {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return ""
	}
	s, err := strconv.Unquote(b.Value)
	if err != nil {
		return ""
	}
	return s
}

func stringList(e ast.Expr) []string {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, elt := range lit.Elts {
		if s := stringLit(elt); s != "" {
			out = append(out, s)
		}
	}
	return out
}
