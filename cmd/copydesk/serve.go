package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/queue"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/view"
)

// serveOptions are the flags serve and demo share.
type serveOptions struct {
	addr         string
	token        string
	allowPrivate bool
	maxBody      int64
	fetchTimeout time.Duration
	refine       time.Duration
}

func (o *serveOptions) flags(fs *flag.FlagSet, c *cli) {
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&o.token, "token", c.Getenv("COPYDESK_TOKEN"), "allow adding articles over HTTP (POST /api/v1/articles, the /add page) with this token (env COPYDESK_TOKEN); off when empty")
	fs.BoolVar(&o.allowPrivate, "allow-private", false, "let added URLs be fetched from loopback, private and link-local addresses")
	fs.Int64Var(&o.maxBody, "max-body", server.DefaultMaxBody, "largest request body accepted when adding articles, in bytes")
	fs.DurationVar(&o.fetchTimeout, "fetch-timeout", 20*time.Second, "time limit of fetching one added URL")
	fs.DurationVar(&o.refine, "refine", time.Minute, "how often articles added over HTTP are re-placed against the events as they have grown (SQLite; on PostgreSQL the workers do it when the queue is empty); 0 turns it off")
}

func cmdServe(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var o serveOptions
	o.flags(fs, c)
	if _, err := c.parse(fs, args, "serve", "", "Serve the web UI at / and the JSON API under /api/v1 (stories, stories/{id}, events, articles,\narticles/{id}, relations, compare, outlets, search, export; described at /api/v1/openapi.json).\nWith --token, articles can be added over HTTP."); err != nil {
		return err
	}
	if isPostgres(c.db) {
		store, q, err := c.openShared(ctx)
		if err != nil {
			return err
		}
		defer store.Close()
		return c.serve(ctx, store, q, o)
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return c.serve(ctx, store, nil, o)
}

// serve serves the UI and the API until ctx ends. With a token, articles can
// be added over HTTP: queued for the workers on q when q is not nil (a
// PostgreSQL store), else through a pipeline engine over store.
func (c *cli) serve(ctx context.Context, store copydesk.Store, q *queue.Queue, o serveOptions) error {
	log := slog.New(slog.NewTextHandler(c.Stderr, nil))
	cfg := server.Config{Log: log, Token: strings.TrimSpace(o.token), MaxBody: o.maxBody}
	if q != nil && cfg.Token != "" {
		// On PostgreSQL only the workers process: what is added is queued.
		cfg.Add = queueAdder(q)
	} else if cfg.Token != "" {
		eng, err := pipeline.Open(ctx, store, pipeline.Options{DeferRefine: true})
		if err != nil {
			return err
		}
		defer eng.Close()
		cfg.Add = engineAdder(eng, ingest.Options{AllowPrivate: o.allowPrivate, Timeout: o.fetchTimeout, MaxBytes: ingest.DefaultMaxBytes})
		go refineEvery(ctx, eng, o.refine, log)
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", o.addr, err)
	}
	srv := &http.Server{
		Handler:           server.NewWithConfig(store, cfg),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// Adding may fetch a page and run the pipeline: the handler's own
		// limit (server.DefaultAddTimeout) comes first.
		WriteTimeout:   server.DefaultAddTimeout + 10*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
	}
	adding := "adding over HTTP is off (--token turns it on)"
	if cfg.Add != nil {
		adding = "adding over HTTP needs the token"
	}
	fmt.Fprintf(c.Stderr, "serving the web UI on http://%s/ and the API under /api/v1; %s (Ctrl-C stops)\n", ln.Addr(), adding)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// engineAdder adds through eng: pasted articles are read as JSONL lines,
// URLs fetched as pages or feeds, with opt's limits and address checks.
func engineAdder(eng *pipeline.Engine, opt ingest.Options) server.AddFunc {
	fetch := ingest.NewReader(opt)
	return func(ctx context.Context, req server.AddRequest) ([]server.AddResult, error) {
		results := []server.AddResult{}
		report := func(it pipeline.Item) {
			r := server.AddResult{Input: it.Input, Status: string(it.Status)}
			if rest, ok := strings.CutPrefix(r.Input, "stdin"); ok {
				r.Input = "body" + rest
			}
			if a := it.Article; a != nil {
				r.Article, r.Title, r.Story = a.ID, a.Title, a.Story
			}
			if it.Err != nil {
				r.Error = strings.ReplaceAll(it.Err.Error(), "stdin", "body")
			}
			results = append(results, r)
		}
		if len(req.Articles) > 0 {
			var body bytes.Buffer
			for _, a := range req.Articles {
				body.Write(bytes.ReplaceAll(a, []byte("\n"), nil))
				body.WriteByte('\n')
			}
			o := opt
			o.Stdin = &body
			if _, err := eng.Add(ctx, ingest.NewReader(o).Docs(ctx, []string{"-"}), report); err != nil {
				return results, err
			}
		}
		if len(req.URLs) > 0 {
			if _, err := eng.Add(ctx, fetch.Docs(ctx, req.URLs), report); err != nil {
				return results, err
			}
		}
		return results, nil
	}
}

func cmdDemo(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	dir := fs.String("examples", "examples", "the example corpus")
	var o serveOptions
	o.flags(fs, c)
	noServe := fs.Bool("no-serve", false, "print the stories and stop")
	if _, err := c.parse(fs, args, "demo", "",
		"Ingest the bundled example corpus into the store, print its stories with their copies, then serve\nthe web UI and the API."); err != nil {
		return err
	}
	if isPostgres(c.db) {
		return copydesk.Errorf(copydesk.EInvalid, "--db names a PostgreSQL database, but the demo runs on the embedded SQLite store; on PostgreSQL start workers and use add --wait (docs/postgres.md)")
	}
	if _, err := os.Stat(filepath.Join(*dir, "expected.json")); err != nil {
		return copydesk.Errorf(copydesk.EInvalid, "%s: not the example corpus (run from the repository root or pass --examples DIR)", *dir)
	}
	inputs, err := exampleInputs(*dir)
	if err != nil {
		return err
	}
	if err := c.add(ctx, inputs, ingest.Options{}); err != nil {
		return err
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	stories, err := store.Stories(ctx)
	if err != nil {
		return err
	}
	out := c.Stdout
	fmt.Fprintln(out)
	printStories(out, stories)
	for _, s := range stories {
		v, err := view.Story(ctx, store, s.ID)
		if err != nil {
			return err
		}
		fmt.Fprintln(out)
		printStory(out, v, false)
	}
	if *noServe {
		return nil
	}
	fmt.Fprintln(out)
	return c.serve(ctx, store, nil, o)
}

// exampleInputs lists the corpus folder's entries, leaving out its own
// description and ground truth.
func exampleInputs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var inputs []string
	for _, e := range entries {
		switch e.Name() {
		case "README.md", "expected.json":
			continue
		}
		inputs = append(inputs, filepath.Join(dir, e.Name()))
	}
	return inputs, nil
}

// refineEvery re-places articles (pipeline.Engine.Refine) every period
// while articles arrive over HTTP, until ctx ends; never when period is 0.
func refineEvery(ctx context.Context, eng *pipeline.Engine, period time.Duration, log *slog.Logger) {
	if period <= 0 {
		return
	}
	every(ctx, period, func() bool {
		if err := eng.Refine(ctx); err != nil {
			log.Error("refine", "err", err)
		}
		return true
	})
}

// every calls fn each period until ctx ends or fn returns false.
func every(ctx context.Context, period time.Duration, fn func() bool) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if !fn() {
				return
			}
		}
	}
}
