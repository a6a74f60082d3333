package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

func cmdDedup(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("dedup", flag.ContinueOnError)
	outPath := fs.String("out", "", "write the kept articles here (default standard output)")
	clPath := fs.String("clusters", "", "write the duplicate clusters with their evidence here, one JSON object a line")
	keep := fs.String("keep", "first", "which member of a cluster to keep: first, earliest or longest (ties: the one read first)")
	pos, err := c.parse(fs, args, "dedup", "IN.jsonl",
		"Drop duplicates and near-duplicates from a corpus, without a store: the kept articles are written as\nthey were read, and a document joins a cluster only if it matches the cluster's kept article.")
	if err != nil {
		return err
	}
	in, err := one(c, pos, "input")
	if err != nil {
		return err
	}
	k := pipeline.Keep(*keep)
	if k != pipeline.KeepFirst && k != pipeline.KeepEarliest && k != pipeline.KeepLongest {
		fmt.Fprintf(c.Stderr, "copydesk dedup: --keep must be first, earliest or longest, not %q\n", *keep)
		return errUsage
	}
	out := c.Stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			return err
		}
		defer f.Close()
		out = f
	}
	w := bufio.NewWriter(out)
	var clw *bufio.Writer
	if *clPath != "" {
		f, err := os.Create(*clPath)
		if err != nil {
			return err
		}
		defer f.Close()
		clw = bufio.NewWriter(f)
	}
	var clusters func(*pipeline.Cluster) error
	if clw != nil {
		enc := json.NewEncoder(clw)
		clusters = func(cl *pipeline.Cluster) error { return enc.Encode(cl) }
	}
	docs := ingest.NewReader(ingest.Options{Stdin: c.Stdin}).Docs(ctx, []string{in})
	res, err := pipeline.Dedup(ctx, docs, pipeline.DedupOptions{Keep: k},
		func(raw []byte) error { return writeLine(w, raw) }, clusters,
		func(err error) {
			if na := (*ingest.NotArticle)(nil); errors.As(err, &na) {
				fmt.Fprintf(c.Stderr, "noted: %v\n", err)
				return
			}
			if w := (*ingest.Warning)(nil); errors.As(err, &w) {
				fmt.Fprintf(c.Stderr, "warning: %v\n", err)
				return
			}
			fmt.Fprintf(c.Stderr, "failed: %v\n", err)
		})
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if clw != nil {
		if err := clw.Flush(); err != nil {
			return err
		}
	}
	if !c.quiet {
		fmt.Fprintf(c.Stderr, "read %d, kept %d, dropped %d as duplicates, failed %d\n", res.Read, res.Kept, res.Dropped, res.Failed)
	}
	if res.Failed > 0 {
		return errItemsFailed
	}
	return nil
}

func writeLine(w io.Writer, raw []byte) error {
	if _, err := w.Write(raw); err != nil {
		return err
	}
	_, err := w.Write([]byte{'\n'})
	return err
}
