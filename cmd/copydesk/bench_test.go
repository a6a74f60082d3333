package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/queue"
)

// BenchmarkThroughput measures articles per second on a generated corpus of
// 2,000 articles (genCorpus, seed 11): copydesk add into SQLite in one
// process, and copydesk add queuing it into PostgreSQL for 1, 2 and 4 worker
// processes, timed from the add until every article is stored and processed
// (the workers are started, and have loaded their state, before). For the
// workers it also reports when the last batch was stored ("stored/s"):
// extraction spreads over the workers, processing is the one assigner's.
// "cpu-ms/article" is the CPU time (user and system) of the copydesk
// processes per article, PostgreSQL's own left out: on a machine shared
// with other work, wall time says little and CPU time says what the work
// costs. With COPYDESK_BENCH_PROFILES naming a directory, each worker
// writes its CPU profile there (postgres-W-wK-I.prof), for the cost of each
// stage (go tool pprof -top -cum DIR/postgres-2-*.prof merges them).
//
//	eval "$(bash .ci/postgres.sh)"
//	go test ./cmd/copydesk -run XXX -bench Throughput -benchtime 1x
func BenchmarkThroughput(b *testing.B) {
	const n = 2000
	corpus := genCorpus(b, b.TempDir(), n, 11)
	profiles := os.Getenv("COPYDESK_BENCH_PROFILES")
	b.Run("sqlite", func(b *testing.B) {
		cpu0 := selfCPU(b)
		for i := 0; i < b.N; i++ {
			db := filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i))
			if code, _, errs := runB(b, "--db", db, "--quiet", "add", corpus); code != 0 {
				b.Fatalf("add: exit %d: %s", code, errs)
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64((selfCPU(b)-cpu0).Milliseconds())/float64(n*b.N), "cpu-ms/article")
	})
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("postgres-%d-workers", workers), func(b *testing.B) {
			var total, stored, cpu time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				dsn := freshSchema(b)
				store := openPG(b, dsn)
				var procs []*proc
				for w := range workers {
					// No worker dies here: a long lease keeps a batch
					// that a loaded machine slows past the tests' lease
					// from being cut short, retried and parked.
					extra := []string{"--lease", "5m"}
					if profiles != "" {
						extra = append(extra, "--cpuprofile", filepath.Join(profiles, fmt.Sprintf("postgres-%d-w%d-%d.prof", workers, w, i)))
					}
					procs = append(procs, startWorker(b, dsn, fmt.Sprintf("b%d", w), extra...))
				}
				// Wait until the assigner has loaded (an empty store).
				for deadline := time.Now().Add(time.Minute); ; time.Sleep(10 * time.Millisecond) {
					held := false
					for _, p := range procs {
						held = held || strings.Contains(p.out.String(), "assigner: holding the lock")
					}
					if held {
						break
					}
					if time.Now().After(deadline) {
						b.Fatal("no worker took the assigner lock in a minute")
					}
				}
				b.StartTimer()
				start := time.Now()
				if code, _, errs := runB(b, "--db", dsn, "--quiet", "add", corpus); code != 0 {
					b.Fatalf("add: exit %d: %s", code, errs)
				}
				ctx := context.Background()
				var storedAt time.Time
				for {
					first, last, err := store.Frontier(ctx, queue.KindExtract, queue.KindFetch)
					if err != nil {
						b.Fatal(err)
					}
					if first == "" && storedAt.IsZero() {
						storedAt = time.Now()
					}
					if first == "" && last.IsZero() {
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
				total += time.Since(start)
				stored += storedAt.Sub(start)
				b.StopTimer()
				if s, p := counts(b, store); s != n || p != n {
					b.Fatalf("%d articles stored, %d processed, want %d", s, p, n)
				}
				for _, p := range procs {
					p.stop(b)
					cpu += p.cmd.ProcessState.UserTime() + p.cmd.ProcessState.SystemTime()
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
			b.ReportMetric(float64(n*b.N)/stored.Seconds(), "stored/s")
			b.ReportMetric(float64(cpu.Milliseconds())/float64(n*b.N), "cpu-ms/article")
		})
	}
}

// selfCPU returns the CPU time (user and system) this process has used.
func selfCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runB is run for a benchmark.
func runB(b *testing.B, args ...string) (int, string, string) {
	b.Helper()
	var out, errb strings.Builder
	code := Run(context.Background(), args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}
