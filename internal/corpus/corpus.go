// Package corpus knows where the labelled development data lives (the
// shared/ folder beside the repository) and how a labelled corpus is split
// into the half thresholds are tuned on and the half held out. Evaluation and
// the tests of every stage use it, so there is one rule for both.
package corpus

import (
	"errors"
	"hash/fnv"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk"
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
	return sharedFile(ECBPlusDevPath)
}

// ECBPlusDevPath is where the ECB+ dev corpus lies in the shared folder.
var ECBPlusDevPath = filepath.Join("eval", "ecbplus-dev", "corpus.jsonl")

// sharedFile returns the path of rel in the shared folder, or "" when it is
// not there.
func sharedFile(rel string) string {
	shared := SharedDir()
	if shared == "" {
		return ""
	}
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// LabelsCorpus finds the corpus a folder of labels was made on: the file its
// corpus.txt names (one line, a path inside the shared folder, such as
// eval/wmt14-ru-en/corpus.jsonl), or the ECB+ dev corpus for a folder without
// one. rel is that path inside the shared folder; path is "" when the file
// is not there. A corpus.txt that cannot be read or names a path outside the
// shared folder is an error.
func LabelsCorpus(labelsDir string) (path, rel string, err error) {
	rel = ECBPlusDevPath
	name := filepath.Join(labelsDir, "corpus.txt")
	b, err := os.ReadFile(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return "", "", err
	default:
		rel = filepath.Clean(strings.TrimSpace(string(b)))
		if rel == "." || !filepath.IsLocal(rel) {
			return "", "", copydesk.Errorf(copydesk.EInvalid, "%s: %q is not a path inside the shared folder", name, strings.TrimSpace(string(b)))
		}
	}
	return sharedFile(rel), rel, nil
}

// LabelsPages finds the folder of pages a folder of labels was made on when
// its pages live in a Go module's directory rather than in the shared folder:
// its module.txt holds one line, a module path and a folder inside the
// module (`github.com/markusmobius/go-trafilatura test-files/comparison`).
// ok reports that labelsDir has a module.txt; dir is "" when the module's
// directory (`go list -m` run in the working directory) or the folder in it
// is not there, and want then names what is missing. A module.txt that cannot
// be read or is not of that shape is an error.
func LabelsPages(labelsDir string) (dir, want string, ok bool, err error) {
	name := filepath.Join(labelsDir, "module.txt")
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return "", "", false, nil
	}
	if err != nil {
		return "", "", true, err
	}
	f := strings.Fields(string(b))
	if len(f) != 2 || !filepath.IsLocal(filepath.FromSlash(f[1])) {
		return "", "", true, copydesk.Errorf(copydesk.EInvalid, "%s: want one line, a module path and a folder inside it, not %q", name, strings.TrimSpace(string(b)))
	}
	want = f[1] + " in the directory of Go module " + f[0]
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", f[0]).Output()
	if err != nil {
		return "", want, true, nil
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" {
		return "", want, true, nil
	}
	p := filepath.Join(mod, filepath.FromSlash(f[1]))
	if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
		return "", want, true, nil
	}
	return p, want, true, nil
}
