package eval

// The sentences of the quotes evaluation from the Microsoft Research
// Paraphrase Corpus (shared/eval/msrp, labelled in testdata/facts/msrp):
// real news sentences of 2003, each scored as a one-sentence article. The
// corpus is MSRP's tab-separated sentence file (msr_paraphrase_data.txt);
// its part comes from MSRP's own pair split, read from the pair files
// beside it (msrpParts).

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk"
)

// msrpPairFiles are MSRP's pair files, beside its sentence file: the train
// pairs and the test pairs.
var msrpPairFiles = [2]string{"msr_paraphrase_train.txt", "msr_paraphrase_test.txt"}

// readTSV calls each with the tab-separated fields of every line of path
// after its header (a byte order mark before the header is allowed). A
// line with fewer than min fields is an error naming the file and line.
func readTSV(path string, min int, each func(f []string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < min {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: want %d tab-separated fields, got %d", path, n, min, len(f))
		}
		each(f)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// msrpParts gives each sentence ID its part by MSRP's pair split: the
// pairs of the train and the test file link sentences into groups, and a
// group holding any test pair is "heldout", every other group "tune" (so
// a paraphrase of a held-out sentence is never tune). The choice of
// sentences (testdata/facts/msrp/select.py) splits the same way.
func msrpParts(dir string) (map[string]string, error) {
	parent := map[string]string{}
	var find func(x string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		if p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	var test []string
	for i, name := range msrpPairFiles {
		err := readTSV(filepath.Join(dir, name), 3, func(f []string) {
			parent[find(f[1])] = find(f[2])
			if i == 1 {
				test = append(test, f[1])
			}
		})
		if err != nil {
			return nil, err
		}
	}
	held := map[string]bool{}
	for _, id := range test {
		held[find(id)] = true
	}
	out := make(map[string]string, len(parent))
	for id := range parent {
		out[id] = "tune"
		if held[find(id)] {
			out[id] = "heldout"
		}
	}
	return out, nil
}

// msrpTexts reads the sentences of MSRP's sentence file whose IDs are in
// want, each as an article without title: its id the Sentence ID, its text
// the sentence, its part by msrpParts. A sentence in no pair is an error.
func msrpTexts(path string, want map[string]bool) (map[string]corpusText, error) {
	parts, err := msrpParts(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	out := map[string]corpusText{}
	var missing string
	err = readTSV(path, 2, func(f []string) {
		id := strings.TrimPrefix(f[0], "\ufeff")
		if !want[id] {
			return
		}
		p, ok := parts[id]
		if !ok && missing == "" {
			missing = id
		}
		out[id] = corpusText{ID: id, Text: f[1], Part: p}
	})
	if err != nil {
		return nil, err
	}
	if missing != "" {
		return nil, copydesk.Errorf(copydesk.EInvalid, "%s: sentence %s is in no pair of %s", path, missing, strings.Join(msrpPairFiles[:], " or "))
	}
	return out, nil
}
