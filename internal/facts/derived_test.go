package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/corpus"
)

// TestExtractDerivesAsDerive checks that the words Extract derives from
// the words split read (deriveFrom) are those derive reads again from the
// sentences' text: on the tune part of the labelled set (testdata/tune)
// and on generated stories (corpus.Story).
func TestExtractDerivesAsDerive(t *testing.T) {
	var arts []ArticleInput
	files, _ := filepath.Glob("testdata/tune/*.json")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var ls labelledStory
		if err := json.Unmarshal(raw, &ls); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, a := range ls.Articles {
			arts = append(arts, ArticleInput{ID: a.ID, Text: a.Text})
		}
	}
	for _, a := range corpus.Story(7, 40) {
		arts = append(arts, ArticleInput{ID: a.ID, Title: a.Title, Text: a.Text})
	}
	n := 0
	for _, a := range arts {
		f := Extract(a)
		n += len(f.Sentences)
		if want := derive(f); !reflect.DeepEqual(f.memo, want) {
			t.Errorf("%s: Extract's derived words differ from derive's", a.ID)
		}
	}
	if n == 0 {
		t.Fatal("no sentences")
	}
	t.Logf("%d articles, %d sentences", len(arts), n)
}
