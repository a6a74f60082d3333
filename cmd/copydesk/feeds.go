package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"text/tabwriter"
	"time"
)

func cmdFeeds(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("feeds", flag.ContinueOnError)
	every := fs.Duration("every", 15*time.Minute, "add: how often to poll the feeds (a known feed gets the new interval)")
	asJSON := fs.Bool("json", false, "list: print JSON")
	pos, err := c.parse(fs, args, "feeds", "add URL... | remove URL... | list",
		"The feeds the workers of a PostgreSQL store poll (--db postgres://...). 'feeds add URL...' adds feeds,\n"+
			"due at once, then every --every; a worker polls a due feed with a conditional GET (ETag,\n"+
			"Last-Modified), queues its items like add does, and backs off a failing feed (the interval doubled\n"+
			"for each failure in a row, up to 6 hours). 'feeds remove URL...' stops polling them (what they\n"+
			"gave stays). 'feeds list' shows them with their state.")
	if err != nil {
		return err
	}
	if len(pos) == 0 || (pos[0] != "add" && pos[0] != "remove" && pos[0] != "list") {
		fmt.Fprintln(c.Stderr, "copydesk feeds: expected 'add URL...', 'remove URL...' or 'list'")
		return errUsage
	}
	switch {
	case (pos[0] == "add" || pos[0] == "remove") && len(pos) == 1:
		fmt.Fprintf(c.Stderr, "copydesk feeds %s: name one or more http(s) URLs\n", pos[0])
		return errUsage
	case pos[0] == "list" && len(pos) > 1:
		fmt.Fprintln(c.Stderr, "copydesk feeds list: takes no arguments")
		return errUsage
	case *every < time.Minute && pos[0] == "add":
		fmt.Fprintf(c.Stderr, "copydesk feeds add: --every %v is under a minute\n", *every)
		return errUsage
	}
	if pos[0] == "add" {
		for _, u := range pos[1:] {
			if p, err := url.Parse(u); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
				fmt.Fprintf(c.Stderr, "copydesk feeds add: %s: not an http(s) URL\n", u)
				return errUsage
			}
		}
	}
	store, _, err := c.openShared(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if pos[0] == "remove" {
		for _, u := range pos[1:] {
			if err := store.RemoveFeed(ctx, u); err != nil {
				return err
			}
		}
		if !c.quiet {
			fmt.Fprintf(c.Stderr, "%d feeds removed\n", len(pos)-1)
		}
		return nil
	}
	if pos[0] == "add" {
		for _, u := range pos[1:] {
			if err := store.UpsertFeed(ctx, u, *every); err != nil {
				return err
			}
		}
		if !c.quiet {
			fmt.Fprintf(c.Stderr, "%d feeds to poll every %v\n", len(pos)-1, *every)
		}
		return nil
	}
	feeds, err := store.Feeds(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(c.Stdout, feeds)
	}
	w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "URL\tEVERY\tNEXT POLL\tLAST POLLED\tFAILURES\tLAST ERROR")
	for _, f := range feeds {
		last := "-"
		if !f.LastPolled.IsZero() {
			last = f.LastPolled.Format(time.RFC3339)
		}
		fmt.Fprintf(w, "%s\t%v\t%s\t%s\t%d\t%s\n", f.URL, f.Every, f.NextPoll.Format(time.RFC3339), last, f.Failures, clip(f.LastError, 60))
	}
	return w.Flush()
}
