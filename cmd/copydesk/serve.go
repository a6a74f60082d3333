package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/server"
)

func cmdServe(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if _, err := c.parse(fs, args, "serve", "", "Serve the web UI at / and the JSON API under /api/v1 (stories, stories/{id}, events, articles,\narticles/{id}, relations, export)."); err != nil {
		return err
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	return c.serve(ctx, store, *addr)
}

// serve serves the API until ctx ends.
func (c *cli) serve(ctx context.Context, store copydesk.Store, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	log := slog.New(slog.NewTextHandler(c.Stderr, nil))
	srv := &http.Server{
		Handler:           server.New(store, log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(c.Stderr, "serving the web UI on http://%s/ and the API under /api/v1 (Ctrl-C stops)\n", ln.Addr())
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

func cmdDemo(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	dir := fs.String("examples", "examples", "the example corpus")
	addr := fs.String("addr", "127.0.0.1:8080", "address to serve the API on")
	noServe := fs.Bool("no-serve", false, "print the stories and stop")
	if _, err := c.parse(fs, args, "demo", "",
		"Ingest the bundled example corpus into the store, print its stories with their copies, then serve\nthe web UI and the API."); err != nil {
		return err
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
		v, err := pipeline.Story(ctx, store, s.ID)
		if err != nil {
			return err
		}
		fmt.Fprintln(out)
		printStory(out, v)
	}
	if *noServe {
		return nil
	}
	fmt.Fprintln(out)
	return c.serve(ctx, store, *addr)
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
