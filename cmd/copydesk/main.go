// Command copydesk turns a pile of news articles into stories, events and the
// copies among them. It is the only place that reads flags and environment and
// picks the store; everything else receives what it needs.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/copydesk/copydesk"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Run(ctx, os.Args[1:], Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Terminal: isTerminal(os.Stderr), Color: isTerminal(os.Stdout) && os.Getenv("NO_COLOR") == ""})
	stop()
	os.Exit(code)
}

// Env is what the program receives from its process: streams and environment.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Terminal reports whether Stderr is a terminal (progress is shown there).
	Terminal bool
	// Color reports whether Stdout takes terminal colours.
	Color bool
}

// The exit codes: the one table of them.
const (
	exitOK       = 0
	exitFailed   = 1 // something failed: an input during add, or an internal error
	exitUsage    = 2 // bad command line or invalid input
	exitNotFound = 3
	exitConflict = 4
)

var exitCodes = map[copydesk.Code]int{
	copydesk.EInvalid:  exitUsage,
	copydesk.ENotFound: exitNotFound,
	copydesk.EConflict: exitConflict,
	copydesk.EInternal: exitFailed,
}

type command struct {
	name, args, summary string
	run                 func(ctx context.Context, c *cli, args []string) error
}

var commands []command

func init() {
	commands = []command{
		{"add", "INPUT...", "ingest files, folders, URLs or - (JSONL on stdin)", cmdAdd},
		{"stories", "", "list the stories: id, size, first and last seen, title", cmdStories},
		{"story", "ID", "show one story: its events, articles, copies and derivation graph", cmdStory},
		{"article", "ID", "show one article: metadata, clean text, what was stripped, its copies", cmdArticle},
		{"compare", "A B", "two articles side by side: shared and changed words, the share reused", cmdCompare},
		{"dedup", "IN.jsonl", "drop duplicates from a JSONL corpus; --clusters writes the evidence", cmdDedup},
		{"export", "--json", "print everything as one JSON document", cmdExport},
		{"serve", "", "serve the web UI and the JSON API", cmdServe},
		{"recluster", "", "reconsider every event with the whole store in view; moves explained and saved", cmdRecluster},
		{"eval", "--corpus C", "measure events, stories and copies against a labelled corpus", cmdEval},
		{"demo", "", "ingest the bundled examples, print the stories and serve the web UI and API", cmdDemo},
		{"worker", "", "PostgreSQL: extract, fetch, poll feeds and process queued work until stopped", cmdWorker},
		{"feeds", "add|list", "PostgreSQL: the feeds the workers poll (feeds add URL..., feeds list)", cmdFeeds},
		{"jobs", "list|retry|discard", "PostgreSQL: the queue's jobs, parked ones with their errors; retry or discard them", cmdJobs},
	}
}

// cli carries the global options and streams to a subcommand.
type cli struct {
	Env
	db    string
	quiet bool
	// cpuprofile and memprofile name the files of --cpuprofile and
	// --memprofile; cpuFile is the open CPU profile.
	cpuprofile, memprofile string
	// memStop stops the heap watch of --memprofile; memDone is closed
	// when it has stopped.
	memStop, memDone chan struct{}
	cpuFile          *os.File
}

// errUsage marks a command-line mistake already explained to the user.
var errUsage = errors.New("usage")

// Run runs copydesk with args and returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	c := &cli{Env: env}
	global := flag.NewFlagSet("copydesk", flag.ContinueOnError)
	global.SetOutput(env.Stderr)
	c.flags(global)
	global.Usage = func() { c.usage() }
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	args = global.Args()
	if len(args) == 0 {
		c.usage()
		return exitUsage
	}
	if args[0] == "help" {
		if len(args) > 1 {
			args = []string{args[1], "--help"}
		} else {
			c.usageTo(env.Stdout)
			return exitOK
		}
	}
	for _, cmd := range commands {
		if cmd.name != args[0] {
			continue
		}
		stopMem := c.startMemoryWatch(cmd.name == "add")
		err := cmd.run(ctx, c, args[1:])
		stopMem()
		c.stopProfiles()
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.Is(err, errUsage):
			return exitUsage
		case errors.Is(err, errItemsFailed):
			return exitFailed
		}
		fmt.Fprintf(env.Stderr, "copydesk %s: %v\n", cmd.name, err)
		return exitCodes[copydesk.ErrorCode(err)]
	}
	fmt.Fprintf(env.Stderr, "copydesk: unknown command %q (see copydesk --help)\n", args[0])
	return exitUsage
}

// flags declares the options every subcommand takes.
func (c *cli) flags(fs *flag.FlagSet) {
	def := c.Getenv("COPYDESK_DB")
	if c.db != "" {
		def = c.db
	}
	if def == "" {
		def = "copydesk.db"
	}
	fs.StringVar(&c.db, "db", def, "the store: a SQLite file path, or a postgres:// URL for a PostgreSQL database shared by workers (env COPYDESK_DB)")
	fs.BoolVar(&c.quiet, "quiet", c.quiet, "print only errors")
	fs.StringVar(&c.cpuprofile, "cpuprofile", c.cpuprofile, "write a CPU profile of the command to this file (go tool pprof)")
	fs.StringVar(&c.memprofile, "memprofile", c.memprofile, "write a heap profile to this file, taken near the peak of the live heap (go tool pprof -sample_index=inuse_space)")
}

// parse parses a subcommand's flags, after which positional arguments and
// flags may be mixed: "add dir --quiet" works like "add --quiet dir".
func (c *cli) parse(fs *flag.FlagSet, args []string, name, usage, summary string) ([]string, error) {
	fs.SetOutput(c.Stderr)
	c.flags(fs)
	fs.Usage = func() {
		fmt.Fprintf(c.Stderr, "usage: copydesk %s [flags] %s\n\n%s\n\nflags:\n", name, usage, summary)
		fs.PrintDefaults()
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if err := c.startProfiles(); err != nil {
		fmt.Fprintf(c.Stderr, "copydesk %s: %v\n", name, err)
		return nil, errUsage
	}
	return pos, nil
}

func (c *cli) usage() { c.usageTo(c.Stderr) }

func (c *cli) usageTo(w io.Writer) {
	fmt.Fprint(w, "copydesk turns a pile of news articles into stories, events and the copies among them.\n\nusage: copydesk [--db PATH|postgres://...] [--quiet] COMMAND [ARGS]\n\ncommands:\n")
	width := 0
	for _, cmd := range commands {
		width = max(width, len(cmd.name))
	}
	for _, cmd := range commands {
		fmt.Fprintf(w, "  %-*s %-10s %s\n", width, cmd.name, cmd.args, cmd.summary)
	}
	fmt.Fprint(w, "\nRun 'copydesk COMMAND --help' for a command's flags.\n")
}

// one checks that exactly one positional argument was given.
func one(c *cli, pos []string, what string) (string, error) {
	if len(pos) != 1 {
		fmt.Fprintf(c.Stderr, "copydesk: expected one %s, got %d arguments\n", what, len(pos))
		return "", errUsage
	}
	return strings.TrimSpace(pos[0]), nil
}
