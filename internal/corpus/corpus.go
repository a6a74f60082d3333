// Package corpus knows where the labelled development data lives (the
// shared/ folder beside the repository) and how a labelled corpus is split
// into the half thresholds are tuned on and the half held out. Evaluation and
// the tests of every stage use it, so there is one rule for both.
package corpus

import (
	"hash/fnv"
	"os"
	"path/filepath"
)

// SharedDir walks up from the working directory to the first directory that
// holds a shared/ folder and returns that folder, or "" when there is none.
func SharedDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared")
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// InPart reports whether an item with gold story label story belongs to
// part: "tune" or "heldout", split by a hash of the label so that a story is
// never split between the halves, or "" for the whole corpus.
func InPart(part, story string) bool {
	if part == "" {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(story))
	return (h.Sum32()%2 == 0) == (part == "tune")
}

// ECBPlusDev returns the path of the ECB+ dev corpus in the shared folder
// (eval/ecbplus-dev/corpus.jsonl), or "" when it is not there.
func ECBPlusDev() string {
	shared := SharedDir()
	if shared == "" {
		return ""
	}
	p := filepath.Join(shared, "eval", "ecbplus-dev", "corpus.jsonl")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}
