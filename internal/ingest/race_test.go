//go:build race

package ingest

// raceEnabled scales the streaming tests down under the race detector.
const raceEnabled = true
