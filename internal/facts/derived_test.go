package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk"
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

// TestDecodeAsUnmarshal checks that Decode, which calls UnmarshalJSON at
// once, gives the facts json.Unmarshal gives (through UnmarshalJSON after
// checking and skipping the data), derived words included, and the same
// error for data that is not JSON.
func TestDecodeAsUnmarshal(t *testing.T) {
	var stored []copydesk.Facts
	for _, a := range corpus.Story(11, 30) {
		data, err := json.Marshal(Extract(ArticleInput{ID: a.ID, Title: a.Title, Text: a.Text}))
		if err != nil {
			t.Fatal(err)
		}
		stored = append(stored, copydesk.Facts{ID: a.ID, Version: RulesVersion, Data: data})
	}
	got, err := Decode(stored)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(stored) {
		t.Fatalf("%d facts decoded of %d", len(got), len(stored))
	}
	for _, c := range stored {
		want := &Facts{}
		if err := json.Unmarshal(c.Data, want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got[c.ID], want) {
			t.Errorf("%s: Decode's facts differ from json.Unmarshal's", c.ID)
		}
		if len(want.Sentences) == 0 || want.memo == nil {
			t.Errorf("%s: no sentences or no derived words", c.ID)
		}
	}
	for _, bad := range []string{`{"sentences": [`, `{"id": 3}`, `nope`} {
		var want error
		if err := json.Unmarshal([]byte(bad), &Facts{}); err != nil {
			want = err
		}
		_, err := Decode([]copydesk.Facts{{ID: "x", Version: RulesVersion, Data: []byte(bad)}})
		if err == nil || want == nil {
			t.Errorf("%q: error %v, json.Unmarshal's %v", bad, err, want)
		}
	}
}
