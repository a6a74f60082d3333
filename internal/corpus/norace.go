//go:build !race

package corpus

// Race is true when the race detector is on: evaluations over the whole
// shared corpora, which take minutes without it and many times that with
// it, skip then (they test figures, not concurrency).
const Race = false
