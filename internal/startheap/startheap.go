// Package startheap spares the collector the start-up of every process:
// go-dateparser (linked through go-htmldate, and by the date evaluation)
// builds all its locales' data in its package initialisers, 95 MB in
// 388,000 allocations of which 31 MB stay live, and the collector, starting
// from its 4 MB heap, ran nine times while it did, marking the data built so
// far each time (`GODEBUG=inittrace=1,gctrace=1 copydesk --help`).
//
// The package's initialiser allocates a ballast, 64 MB of bytes without
// pointers that nothing writes (so the system gives it no pages and the
// collector does not scan it): the collector, which lets the heap grow to
// twice what was live at its last cycle, then runs once during the data's
// build instead of nine times. Release drops the ballast once the data is
// built; the first collection after frees it. Until then the heap may
// grow to about twice the ballast and the data, a start-up peak of about
// 103 MB resident instead of 87 for `copydesk --help`, below what add and
// dedup hold later.
//
// The order is the language's, not luck: packages are initialised one at a
// time, each time the first in the order of import paths whose imports are
// all initialised. This package imports nothing, so it is ready from the
// start, and its path sorts before go-dateparser's
// (github.com/copydesk/... before github.com/markusmobius/...), so it is
// initialised before go-dateparser's data in every binary and test that
// links both. Release is called from the initialisers of internal/extract
// and internal/eval, the only packages of ours that import go-dateparser
// (directly or through go-htmldate): their initialisers run after those of
// everything they import, the data included. TestStartHeapOrder in
// cmd/copydesk checks the order in its own test binary.
package startheap

// ballastBytes is the ballast's size: after its own collection the
// collector lets the heap reach twice this before the next, which comes
// once in the middle of go-dateparser's data; with 256 MB none came, but
// the first collection after start-up waited until twice the ballast and
// the data, 500 MB, for commands the memory watch does not bound.
const ballastBytes = 64 << 20

var ballast []byte

func init() {
	ballast = make([]byte, ballastBytes)
}

// Release drops the ballast: the next collection frees it. It is called
// by the initialisers of the packages that import go-dateparser, after its
// data is built; calling it again does nothing.
func Release() { ballast = nil }

// Held is the ballast's size while it is held, 0 once released.
func Held() int { return len(ballast) }
