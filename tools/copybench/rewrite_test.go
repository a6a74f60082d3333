package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"strings"
	"testing"
)

// A tiny thesaurus of our own, in the embedded table's format.
const tinyThesaurus = "w\tv\tpurchase\t3\tbuy,acquire|get\n" +
	"w\tv\tbuy\t5\tpurchase\n" +
	"w\tn\tvehicle\t2\tcar,motorcar\n" +
	"w\ta\tlarge\t4\tbig\n" +
	"w\tv\tstop\t3\thalt\n" +
	"w\tv\tgo\t9\tdepart\n" +
	"x\tv\tbought\tbuy\n" +
	"x\tv\twent\tgo\n" +
	"x\tv\tgone\tgo\n"

func tiny(t *testing.T) *Thesaurus {
	t.Helper()
	th, err := readThesaurus(strings.NewReader(tinyThesaurus))
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func TestAnalyseInflect(t *testing.T) {
	th := tiny(t)
	tests := []struct {
		word string
		want Analysis
	}{
		{"purchased", Analysis{"purchase", 'v', Past}},
		{"purchasing", Analysis{"purchase", 'v', Gerund}},
		{"bought", Analysis{"buy", 'v', Past}},
		{"vehicles", Analysis{"vehicle", 'n', Plural}},
		{"stopped", Analysis{"stop", 'v', Past}},
	}
	for _, tt := range tests {
		as := th.Analyse(tt.word)
		if len(as) == 0 || as[0] != tt.want {
			t.Errorf("Analyse(%q) = %v, want first %v", tt.word, as, tt.want)
		}
	}
	inflect := []struct {
		lemma string
		pos   byte
		form  Form
		want  string
		ok    bool
	}{
		{"buy", 'v', Past, "bought", true},
		{"purchase", 'v', Past, "purchased", true},
		{"stop", 'v', Gerund, "stopping", true},
		{"open", 'v', Past, "opened", true},
		{"car", 'n', Plural, "cars", true},
		{"take in", 'v', Third, "takes in", true},
		{"go", 'v', Past, "", false}, // went or gone: ambiguous
		{"read", 'v', Past, "read", true},
	}
	for _, tt := range inflect {
		got, ok := th.Inflect(tt.lemma, tt.pos, tt.form)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Inflect(%q, %c, %d) = %q, %v, want %q, %v", tt.lemma, tt.pos, tt.form, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSpin(t *testing.T) {
	th := tiny(t)
	d := ParseDoc("", "Holm purchased a large vehicle. The vehicles stopped.\n\nPurchasing Vehicle Holdings was large news.")
	got, share := Spin(th, d, rand.New(rand.NewPCG(1, 2)), SpinOptions{Rate: 1, Quotes: 1})
	text := got.Text()
	for _, gone := range []string{"purchased", "large vehicle", "vehicles stopped"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q kept in %q", gone, text)
		}
	}
	if !strings.Contains(text, "Holm ") || !strings.Contains(text, "Vehicle Holdings") {
		t.Errorf("names changed in %q", text)
	}
	if !strings.HasPrefix(got.Paras[1][0], "Buying") && !strings.HasPrefix(got.Paras[1][0], "Acquiring") {
		t.Errorf("sentence-initial word not spun with its case and form: %q", got.Paras[1][0])
	}
	if share < 0.5 {
		t.Errorf("got share %.2f swapped at rate 1, want most", share)
	}
	again, _ := Spin(th, d, rand.New(rand.NewPCG(1, 2)), SpinOptions{Rate: 1, Quotes: 1})
	if again.Text() != text {
		t.Error("the same seed spun differently")
	}
	quoted := ParseDoc("", `"We purchased it," Holm said.`)
	kept, _ := Spin(th, quoted, rand.New(rand.NewPCG(1, 2)), SpinOptions{Rate: 1, Quotes: 0})
	if kept.Text() != quoted.Text() {
		t.Errorf("quote spun with Quotes 0: %q", kept.Text())
	}
}

func TestReorderSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{`“The bridge will reopen soon,” Tolland said.`, `Tolland said: “The bridge will reopen soon.”`},
		{"The bridge at Quenby will reopen in the spring, officials said.", "Officials said the bridge at Quenby will reopen in the spring."},
		{"The council said the bridge at Quenby would reopen in spring.", "The bridge at Quenby would reopen in spring, the council said."},
		{"When the storm passed over Quenby, the ferry crews went back to work.", "The ferry crews went back to work when the storm passed over Quenby."},
		{"According to the harbour board, the ferry will run again.", "The ferry will run again, according to the harbour board."},
		{"However, the ferry crews did not go back to work.", "The ferry crews did not go back to work, however."},
	}
	for _, tt := range tests {
		got, ok := reorderSentence(tt.in, rand.New(rand.NewPCG(3, 4)))
		if !ok || got != tt.want {
			t.Errorf("reorderSentence(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
	if got, ok := reorderSentence("Rain.", rand.New(rand.NewPCG(3, 4))); ok {
		t.Errorf("a sentence with nothing to turn round was turned: %q", got)
	}
}

func TestSplitMerge(t *testing.T) {
	parts, ok := splitSentence("The ferry crews stayed at home all through the long storm; the harbour board paid them for the lost days at sea.")
	if !ok || len(parts) != 2 || parts[1] != "The harbour board paid them for the lost days at sea." {
		t.Errorf("split = %q, %v", parts, ok)
	}
	m, ok := mergeSentences("The ferry stopped.", "The crews went home.", rand.New(rand.NewPCG(1, 1)))
	if !ok || !strings.HasPrefix(m, "The ferry stopped") || !strings.HasSuffix(m, "the crews went home.") {
		t.Errorf("merge = %q, %v", m, ok)
	}
	if _, ok := mergeSentences(`"Go," she said.`, "They went.", rand.New(rand.NewPCG(1, 1))); ok {
		t.Error("a quote was merged")
	}
}

func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		in   string
		she  bool
		want string
	}{
		{`“I am sure we will rebuild the bridge,” Tolland said.`, false, "Tolland said that he was sure they would rebuild the bridge."},
		{`Greta Holm said: “My team has done its work.”`, true, "Greta Holm said that her team had done its work."},
	}
	for _, tt := range tests {
		if got, ok := reported(tt.in, tt.she); !ok || got != tt.want {
			t.Errorf("reported(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestDropClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tolland, who chairs the harbour board, opened the bridge.", "Tolland opened the bridge."},
		{"The bridge (built in 1911) was opened.", "The bridge was opened."},
		{"The storm hit Quenby on Monday, causing floods across the old town.", "The storm hit Quenby on Monday."},
	}
	for _, tt := range tests {
		if got, ok := dropClause(tt.in); !ok || got != tt.want {
			t.Errorf("dropClause(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

// invented is an article of our own, long enough for every rewriter.
const invented = `Quenby, Friday: a storm closed the Varnford bridge for a third day.

The storm reached Quenby on Tuesday, and the harbour board shut the old Varnford bridge to traffic.

“I am sure we will reopen the bridge within a week,” Tolland said.

Officials said the repairs would cost 40,000 pounds, paid from the flood fund.

When the water fell on Thursday, engineers from Millbeck found cracks in two arches.

The ferry, which the board runs in summer, will carry cars until the bridge opens; the fare stays at 3 pounds.

According to the harbour board, 1,200 people cross the bridge each day.

However, traders in Quenby said the closure had cut their takings by half.

Greta Holm, who runs the bakery near the bridge, said she had lost 600 pounds since Tuesday.

The board will meet again on Monday to decide on a date for reopening.`

func TestRewriters(t *testing.T) {
	d := ParseDoc("Storm shuts Varnford bridge", invented)
	rng := func() *rand.Rand { return rand.New(rand.NewPCG(5, 6)) }
	re := Reorder(d, rng(), ReorderOptions{Rate: 1, Split: 0.5, Merge: 0.3})
	if c := changedShare(d, re.Text()); c < changeBounds["reorder"][0] {
		t.Errorf("reorder changed %.2f of the sentences:\n%s", c, re.Text())
	}
	lead := RewriteLead(d, rng(), LeadOptions{Lead: 4, Light: 0.5, Used: Phrases{}})
	if c := changedShare(d, lead.Text()); c < changeBounds["lead"][0] {
		t.Errorf("lead changed %.2f of the sentences:\n%s", c, lead.Text())
	}
	if strings.Contains(lead.Text(), "Quenby, Friday:") {
		t.Errorf("the dateline stayed in the rewritten lead:\n%s", lead.Text())
	}
	near, edits := NearDuplicate(d, rng(), Phrases{})
	if c := changedShare(d, near.Text()); c > changeBounds["near-duplicate"][1] || len(edits) < 2 || near.Text() == d.Text() {
		t.Errorf("near-duplicate changed %.2f with edits %v", c, edits)
	}
	host := Filler(10, rng(), Phrases{})
	exc, passage, ok := Excerpt(d, host, rng(), 40, 0.6, "")
	if !ok || !contains(exc.Text(), passage) || changedShare(d, exc.Text()) == 0 {
		t.Errorf("excerpt %v: passage %q in\n%s", ok, passage, exc.Text())
	}
}

// TestLeadIndependent checks that the lead rewriter is written on its own:
// lead.go names nothing that reorder.go or spin.go declare, so its
// restatements cannot be the reorderer's or the spinner's.
func TestLeadIndependent(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(name string) *ast.File {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	others := map[string]string{}
	for _, name := range []string{"reorder.go", "spin.go"} {
		for _, d := range parse(name).Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				others[d.Name.Name] = name
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for _, n := range s.Names {
							others[n.Name] = name
						}
					case *ast.TypeSpec:
						others[s.Name.Name] = name
					}
				}
			}
		}
	}
	if len(others) < 10 {
		t.Fatalf("read only %d names from reorder.go and spin.go", len(others))
	}
	ast.Inspect(parse("lead.go"), func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if from, ok := others[id.Name]; ok {
				t.Errorf("lead.go uses %s from %s", id.Name, from)
			}
		}
		return true
	})
}

func TestLeadParts(t *testing.T) {
	attr := []struct{ in, body, who string }{
		{"The bridge at Quenby will reopen in the spring, officials said.", "The bridge at Quenby will reopen in the spring", "officials"},
		{"The ferry will run again, according to the harbour board.", "The ferry will run again", "the harbour board"},
		{"Greta Holm said the closure had cut her takings by half.", "The closure had cut her takings by half", "Greta Holm"},
		{"The ferry stopped for the winter.", "The ferry stopped for the winter", ""},
		{`“We will rebuild the old bridge,” Tolland said.`, `“We will rebuild the old bridge,” Tolland said`, ""},
	}
	for _, tt := range attr {
		if body, who := unattributed(tt.in); body != tt.body || who != tt.who {
			t.Errorf("unattributed(%q) = %q, %q, want %q, %q", tt.in, body, who, tt.body, tt.who)
		}
	}
	if rest, when := takeWhen("The storm reached Quenby on Tuesday, and the board shut the bridge"); rest != "The storm reached Quenby, and the board shut the bridge" || when != "on Tuesday" {
		t.Errorf("takeWhen = %q, %q", rest, when)
	}
	if rest, when := takeWhen("Tuesday's storm shut the old Varnford bridge"); when != "" || rest != "Tuesday's storm shut the old Varnford bridge" {
		t.Errorf("a possessive day was taken as the time: %q, %q", rest, when)
	}
	for in, want := range map[string]bool{
		`Tolland said: “The bridge will reopen.”`:                   true,
		`The "Varnford" bridge reopened.`:                           false,
		`The "Varnford" and "Millbeck" bridges reopened on Monday.`: false,
		`“Soon,” he said.`:                                          true,
	} {
		if speech(in) != want {
			t.Errorf("speech(%q) = %v, want %v", in, !want, want)
		}
	}
	o, placed := opening("A storm closed the Varnford bridge", "on Friday", "", "officials", rand.New(rand.NewPCG(1, 2)))
	if !strings.Contains(o, "storm closed the Varnford bridge") || strings.HasPrefix(o, "A storm closed the Varnford bridge on Friday") {
		t.Errorf("opening = %q, %v: the first sentence was not restated", o, placed)
	}
}
