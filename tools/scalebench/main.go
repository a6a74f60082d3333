// Command scalebench prints what copydesk add and copydesk dedup cost per
// article on the shared-sentence corpus (tools/wiregen) at several sizes,
// and how the cost per article at each size compares with the smallest: a
// cost that does not grow with the input gives ratios near 1 (issue 17 asks
// for at most 1.5 at 100k articles against 2k).
//
//	go run ./tools/scalebench -n 2000,10000 [-bin ./copydesk] [-seed 1] [-profiles DIR]
//
// Run it from the repository root. Each size is generated (go run
// ./tools/wiregen), then each command runs as a process of its own, into a
// fresh SQLite store for add; the figures are the process's wall time, its
// CPU time (user and system) and its peak resident memory, as the kernel
// reports them. On a shared machine the wall time follows the load; the CPU
// time much less. With -profiles, each process writes its CPU profile to
// DIR/CMD-N.prof (copydesk's --cpuprofile), so that what costs more an
// article at a larger size can be read off two profiles of one run
// (go tool pprof -top -cum, each total divided by its size).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	sizes := flag.String("n", "2000,10000", "corpus sizes, comma-separated, smallest first")
	bin := flag.String("bin", "", "the copydesk binary (default: built from ./cmd/copydesk)")
	seed := flag.Int("seed", 1, "wiregen's seed")
	cmds := flag.String("commands", "add,dedup", "the commands to measure")
	profiles := flag.String("profiles", "", "a folder for each process's CPU profile, CMD-N.prof (none when empty)")
	flag.Parse()
	if err := run(*sizes, *bin, *seed, strings.Split(*cmds, ","), *profiles); err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		os.Exit(1)
	}
}

// cost is what one process cost.
type cost struct {
	wall, cpu time.Duration
	peakKB    int64
}

func run(sizes, bin string, seed int, cmds []string, profiles string) error {
	tmp, err := os.MkdirTemp("", "scalebench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if bin == "" {
		bin = filepath.Join(tmp, "copydesk")
		b := exec.Command("go", "build", "-o", bin, "./cmd/copydesk")
		b.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := b.CombinedOutput(); err != nil {
			return fmt.Errorf("build copydesk: %v\n%s", err, out)
		}
	}
	fmt.Printf("%8s %-6s %12s %12s %14s %12s %12s\n", "articles", "cmd", "wall ms/art", "CPU ms/art", "peak KB/art", "CPU vs first", "wall vs first")
	first := map[string]float64{} // CPU and wall ms per article at the first size, by command
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("size %q: not a positive number", s)
		}
		corpus := filepath.Join(tmp, fmt.Sprintf("wire-%d.jsonl", n))
		if err := generate(corpus, n, seed); err != nil {
			return err
		}
		for _, c := range cmds {
			var args []string
			switch c {
			case "add":
				args = []string{"add", "--db", filepath.Join(tmp, fmt.Sprintf("store-%d.db", n)), "--quiet", corpus}
			case "dedup":
				args = []string{"dedup", corpus, "--out", os.DevNull, "--quiet"}
			default:
				return fmt.Errorf("command %q: add or dedup", c)
			}
			if profiles != "" {
				args = slices.Insert(args, 1, "--cpuprofile", filepath.Join(profiles, fmt.Sprintf("%s-%d.prof", c, n)))
			}
			k, err := measure(bin, args)
			if err != nil {
				return fmt.Errorf("%s of %d articles: %w", c, n, err)
			}
			per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
			cpu, wall := per(k.cpu), per(k.wall)
			if _, ok := first[c+" cpu"]; !ok {
				first[c+" cpu"], first[c+" wall"] = cpu, wall
			}
			fmt.Printf("%8d %-6s %12.2f %12.2f %14.1f %12.2f %12.2f\n", n, c, wall, cpu, float64(k.peakKB)/float64(n),
				cpu/first[c+" cpu"], wall/first[c+" wall"])
		}
		os.Remove(corpus)
	}
	return nil
}

// generate writes wiregen's corpus of n articles to path.
func generate(path string, n, seed int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	g := exec.Command("go", "run", "./tools/wiregen", "-n", strconv.Itoa(n), "-seed", strconv.Itoa(seed))
	g.Stdout, g.Stderr = f, os.Stderr
	if err := g.Run(); err != nil {
		return fmt.Errorf("generate %d articles: %w", n, err)
	}
	return f.Close()
}

// measure runs bin with args and returns what the process cost.
func measure(bin string, args []string) (cost, error) {
	c := exec.Command(bin, args...)
	c.Stderr = os.Stderr
	start := time.Now()
	if err := c.Run(); err != nil {
		return cost{}, err
	}
	k := cost{wall: time.Since(start)}
	k.cpu = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		k.peakKB = ru.Maxrss // kilobytes on Linux
	}
	return k, nil
}
