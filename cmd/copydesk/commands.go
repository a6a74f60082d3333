package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/facts"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/view"
)

// errItemsFailed says that add finished but some inputs failed; each was
// already reported on its own line.
var errItemsFailed = errors.New("some inputs failed")

// openOne checks that pos holds exactly one id and opens the store.
func (c *cli) openOne(ctx context.Context, pos []string, what string) (string, copydesk.Store, error) {
	id, err := one(c, pos, what)
	if err != nil {
		return "", nil, err
	}
	store, err := c.openStore(ctx)
	return id, store, err
}

func cmdAdd(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("add", flag.ContinueOnError)
	var opt ingest.Options
	fs.Int64Var(&opt.MaxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest HTTP body read")
	fs.Int64Var(&opt.MaxItemBytes, "max-item", ingest.DefaultMaxItemBytes, "largest item in bytes: a JSONL line, a JSON array element, a text, HTML or feed file (files have no cap of their own)")
	fs.DurationVar(&opt.Timeout, "timeout", 20*time.Second, "time limit of one HTTP request")
	fs.BoolVar(&opt.AllowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	wait := fs.Bool("wait", false, "PostgreSQL: wait until the workers have stored and processed everything queued")
	pos, err := c.parse(fs, args, "add", "INPUT...",
		"Ingest articles from files and folders (.txt .md .html .json .jsonl .ndjson, RSS/Atom/JSON Feed),\nhttp(s) URLs (a page or a feed) and - (JSONL on standard input).\nRe-adding the same input changes nothing; a changed version of the same input is kept as a new version.\nOn PostgreSQL (--db postgres://...) the inputs are queued for copydesk worker processes: documents\nin batches, URLs as fetch jobs (fetched by the workers, with the workers' limits and address checks).")
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fmt.Fprintln(c.Stderr, "copydesk add: nothing to add: name files, folders, URLs or -")
		return errUsage
	}
	opt.Stdin = c.Stdin
	return c.addWait(ctx, pos, opt, *wait)
}

// add ingests inputs into the store, reporting each failure on one line,
// progress on a terminal, and a summary.
func (c *cli) add(ctx context.Context, inputs []string, opt ingest.Options) error {
	return c.addWait(ctx, inputs, opt, false)
}

// addWait is add; on PostgreSQL it queues the inputs for the workers and,
// with wait, waits until they are done.
func (c *cli) addWait(ctx context.Context, inputs []string, opt ingest.Options, wait bool) error {
	if isPostgres(c.db) {
		store, q, err := c.openShared(ctx)
		if err != nil {
			return err
		}
		defer store.Close()
		return c.enqueueAdd(ctx, q, inputs, opt, wait)
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	eng, err := pipeline.Open(ctx, store, pipeline.Options{})
	if err != nil {
		return err
	}
	defer eng.Close()
	var bar *progressBar
	if c.Terminal && !c.quiet {
		total, known := ingest.Size(inputs)
		if !known {
			total = 0
		}
		opt.Read = new(atomic.Int64)
		bar = newProgressBar(c.Stderr, total, opt.Read, time.Now())
	}
	var done int
	st, err := eng.Add(ctx, ingest.NewReader(opt).Docs(ctx, inputs), func(it pipeline.Item) {
		if it.Status != pipeline.Warned {
			done++
		}
		if it.Err != nil {
			if bar != nil {
				bar.clear()
			}
			fmt.Fprintf(c.Stderr, "%s: %v\n", it.Status, it.Err)
		}
		if bar != nil {
			bar.update(done, time.Now())
		}
	})
	if bar != nil {
		bar.clear()
	}
	if !c.quiet {
		fmt.Fprintf(c.Stderr, "added %d, unchanged %d, skipped %d, failed %d", st.Added, st.Unchanged, st.Skipped, st.Failed)
		if st.Noted > 0 {
			fmt.Fprintf(c.Stderr, ", not articles %d", st.Noted)
		}
		if st.Warned > 0 {
			fmt.Fprintf(c.Stderr, ", warnings %d", st.Warned)
		}
		fmt.Fprintln(c.Stderr)
	}
	if err != nil {
		return err
	}
	if st.Failed > 0 || st.Skipped > 0 {
		return errItemsFailed
	}
	return nil
}

func cmdStories(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := c.parse(fs, args, "stories", "", "List the stories, newest first."); err != nil {
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
	if *asJSON {
		return writeJSON(c.Stdout, stories)
	}
	printStories(c.Stdout, stories)
	return nil
}

func printStories(out io.Writer, stories []copydesk.Story) {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "STORY\tARTICLES\tEVENTS\tFIRST SEEN\tLAST SEEN\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\t%s\n", s.ID, len(s.Articles), len(s.Events), day(s.FirstSeen), day(s.LastSeen), clip(s.Title, 70))
	}
	w.Flush()
}

func cmdStory(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("story", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	all := fs.Bool("all", false, "list every disagreement, not only the first ten")
	pos, err := c.parse(fs, args, "story", "ID", "Show one story: its events and articles, which articles copy which, and the derivation graph.")
	if err != nil {
		return err
	}
	id, store, err := c.openOne(ctx, pos, "story id")
	if err != nil {
		return err
	}
	defer store.Close()
	v, err := view.Story(ctx, store, id)
	if err != nil {
		return err
	}
	if *asJSON {
		if !*all {
			v.SourcesSay = v.Top()
		}
		return writeJSON(c.Stdout, v)
	}
	printStory(c.Stdout, v, *all)
	return nil
}

func printStory(out io.Writer, v *view.StoryView, all bool) {
	fmt.Fprintf(out, "Story %s: %s\n  %d articles in %d events, %s\n", v.ID, v.Title, len(v.Articles), len(v.Events), days(v.FirstSeen, v.LastSeen))
	if fr := v.FirstReported; fr != nil {
		copyNote := ""
		if fr.Copy {
			copyNote = ", itself a copy of an article of the story that gives no time"
		}
		fmt.Fprintf(out, "  First reported by %s at %s%s\n", fr.Name, fr.At.Format("2006-01-02 15:04 UTC"), copyNote)
	}
	arts := map[string]*copydesk.Article{}
	for _, ev := range v.Events {
		for _, a := range ev.Items {
			arts[a.ID] = a
		}
	}
	copyOf := map[string]copydesk.Relation{}
	for _, r := range v.Relations {
		if p, ok := copyOf[r.To]; !ok || r.Score > p.Score {
			copyOf[r.To] = r
		}
	}
	for _, ev := range v.Events {
		fmt.Fprintf(out, "\n  Event %s: %s (%d articles)\n", ev.ID, ev.Title, len(ev.Items))
		w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		for _, a := range ev.Items {
			arts[a.ID] = a
			note := ""
			if r, ok := copyOf[a.ID]; ok {
				note = fmt.Sprintf("%s of %s", r.Kind, nameOf(arts, r.From))
			}
			fmt.Fprintf(w, "    %s\t%s\t%s\t%s\t%s\n", a.ID, stampShort(a.Published), clip(a.DisplayName(), 24), clip(a.Title, 60), note)
		}
		w.Flush()
		fmt.Fprintln(out, "    Why each article is here:")
		for _, a := range ev.Items {
			fmt.Fprintf(out, "      %s %s\n", a.ID, placement(a.Placement))
		}
	}
	printDerivations(out, v, arts)
	printSourcesSay(out, v.SourcesSay, arts, all)
}

func printDerivations(out io.Writer, v *view.StoryView, arts map[string]*copydesk.Article) {
	if len(v.Originals) == 0 {
		fmt.Fprintln(out, "\n  No copies among these articles.")
		return
	}
	fmt.Fprintln(out, "\n  Derivation graph (original, then its copies):")
	var walk func(d *view.Derivation, indent string)
	walk = func(d *view.Derivation, indent string) {
		label := nameOf(arts, d.Article)
		if a := arts[d.Article]; a != nil && a.Title != "" {
			label += fmt.Sprintf(" %q", clip(a.Title, 50))
		}
		label += " [" + d.Article + "]"
		if d.Kind == "" {
			fmt.Fprintf(out, "%s%s [original]\n", indent, label)
		} else {
			if d.Undetermined {
				fmt.Fprintf(out, "%s-- %s %.2f (which is the original is undetermined): %s\n", indent, d.Kind, d.Score, label)
			} else {
				fmt.Fprintf(out, "%s<- %s %.2f: %s\n", indent, d.Kind, d.Score, label)
			}
		}
		for _, k := range d.Copies {
			walk(k, indent+"   ")
		}
	}
	for _, d := range v.Originals {
		walk(d, "    ")
	}
	fmt.Fprintln(out, "\n  Why each copy points that way:")
	for _, r := range v.Relations {
		arrow := "->"
		if r.Evidence.Undetermined {
			arrow = "--"
		}
		fmt.Fprintf(out, "    %s [%s] %s %s [%s] %s (score %.2f, %.0f%% of the first one's text reused, direction %s): %s\n",
			nameOf(arts, r.From), r.From, arrow, nameOf(arts, r.To), r.To, r.Kind, r.Score, 100*r.Evidence.ReusedOfOriginal, r.Evidence.DirectionText(), strings.Join(r.Evidence.Direction, "; "))
	}
}

// nameOf names article id as the pages do (copydesk.Article.DisplayName),
// or by its id when the story does not hold it.
func nameOf(arts map[string]*copydesk.Article, id string) string {
	if a := arts[id]; a != nil {
		return a.DisplayName()
	}
	return id
}

func placementOrEmpty(p *copydesk.Placement) string {
	if p == nil {
		return ""
	}
	return placement(p)
}

// placement explains in one line why an article is in its event.
func placement(p *copydesk.Placement) string {
	if p == nil {
		return "(placed before explanations were recorded)"
	}
	var b strings.Builder
	b.WriteString(p.Reason)
	if p.Similarity > 0 {
		fmt.Fprintf(&b, "; similarity %.2f", p.Similarity)
	}
	if p.StorySimilarity > 0 {
		fmt.Fprintf(&b, "; similarity to the story %.2f", p.StorySimilarity)
	}
	if len(p.Shared) > 0 {
		fmt.Fprintf(&b, "; shares %s", strings.Join(p.Shared, ", "))
	}
	if p.GapHours > 0 {
		fmt.Fprintf(&b, "; %.0f h from the event", p.GapHours)
	}
	return b.String()
}

func cmdArticle(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("article", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	removed := fs.Bool("removed", false, "also list what extraction stripped from the input")
	raw := fs.Bool("raw", false, "print the raw input as stored, and nothing else")
	withFacts := fs.Bool("facts", false, "also list what the article says: people and roles, quotes and speakers, dates resolved, numbers")
	pos, err := c.parse(fs, args, "article", "ID", "Show one article: its metadata, clean text, copies and originals.")
	if err != nil {
		return err
	}
	id, store, err := c.openOne(ctx, pos, "article id")
	if err != nil {
		return err
	}
	defer store.Close()
	if *raw {
		b, err := store.Raw(ctx, id)
		if err != nil {
			return err
		}
		_, err = c.Stdout.Write(b)
		return err
	}
	a, err := store.Article(ctx, id)
	if err != nil {
		return err
	}
	rels, err := store.Relations(ctx, id)
	if err != nil {
		return err
	}
	var said *facts.Facts
	if *withFacts {
		if said, err = view.ArticleFacts(ctx, store, a); err != nil {
			return err
		}
	}
	if *asJSON {
		v := struct {
			*copydesk.Article
			Relations []copydesk.Relation `json:"relations"`
			Facts     *facts.Facts        `json:"facts,omitempty"`
		}{Article: a, Relations: rels, Facts: said}
		return writeJSON(c.Stdout, v)
	}
	if *withFacts {
		defer printArticleFacts(c.Stdout, said)
	}
	out := c.Stdout
	fmt.Fprintf(out, "%s\n%s\n\n", a.Title, strings.Repeat("=", min(len(a.Title), 80)))
	w := tabwriter.NewWriter(out, 0, 4, 1, ' ', 0)
	for _, kv := range [][2]string{{"id", a.ID}, {"ref", a.Ref}, {"url", a.URL}, {"source", a.Source}, {"byline", a.Byline},
		{"published", stampShort(a.Published)}, {"lang", a.Lang}, {"version", fmt.Sprint(a.Version)}, {"event", a.Event}, {"story", a.Story}, {"placed", placementOrEmpty(a.Placement)},
		{"raw hash", a.RawHash}, {"stripped", fmt.Sprintf("%d lines (--removed lists them)", len(a.Removed))}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%s:\t%s\n", kv[0], kv[1])
		}
	}
	if a.Partial {
		fmt.Fprintf(w, "partial:\tonly a summary was available\n")
	}
	w.Flush()
	fmt.Fprintf(out, "\n%s\n", a.Text)
	if *removed && len(a.Removed) > 0 {
		fmt.Fprintln(out, "\nStripped from the input:")
		for _, r := range a.Removed {
			fmt.Fprintf(out, "  line %d [%s] %s\n", r.Line, r.Reason, clip(r.Text, 100))
		}
	}
	if len(rels) > 0 {
		fmt.Fprintln(out, "\nCopies:")
		for _, r := range rels {
			if r.To == a.ID {
				fmt.Fprintf(out, "  %s of %s (score %.2f)\n", r.Kind, r.From, r.Score)
			} else {
				fmt.Fprintf(out, "  copied by %s as %s (score %.2f)\n", r.To, r.Kind, r.Score)
			}
		}
	}
	return nil
}

func cmdExport(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.Bool("json", true, "print one JSON object (the default)")
	jsonl := fs.Bool("jsonl", false, "print one JSON object a line, each with its \"kind\" (article, event, story, relation)")
	if _, err := c.parse(fs, args, "export", "[--json | --jsonl]",
		"Print every article, event, story and copy relation: as one JSON object {articles, events, stories,\nrelations}, or with --jsonl one object a line ({\"kind\":\"article\",...}), articles first, then events,\nstories and relations. Relations go from the original to the copy. The store is read a page at a time,\nso the export of a large store starts at once and takes little memory."); err != nil {
		return err
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if *jsonl {
		return view.ExportJSONL(ctx, store, c.Stdout)
	}
	return view.ExportJSON(ctx, store, c.Stdout)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02")
}

// days is the span from a to b by day: one day when both fall on it.
func days(a, b time.Time) string {
	if day(a) == day(b) {
		return day(a)
	}
	return day(a) + " to " + day(b)
}

func stampShort(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func cmdRecluster(ctx context.Context, c *cli, args []string) error {
	fs := flag.NewFlagSet("recluster", flag.ContinueOnError)
	if _, err := c.parse(fs, args, "recluster", "",
		"Reconsider every event of the store with the whole store in view, as re-placement does for the\nopen events when an add ends: lone articles join events grown close to them, events grown close\nmerge, undated reports that stand apart from a dated event leave it, and articles closer to\nanother event move there. Each moved article says why. Its cost is that of the whole store."); err != nil {
		return err
	}
	if isPostgres(c.db) {
		fmt.Fprintln(c.Stderr, "copydesk recluster: not on PostgreSQL yet: the workers process the store; recluster works on the embedded store")
		return errUsage
	}
	store, err := c.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	eng, err := pipeline.Open(ctx, store, pipeline.Options{})
	if err != nil {
		return err
	}
	defer eng.Close()
	n, err := eng.Recluster(ctx)
	if err != nil {
		return err
	}
	if !c.quiet {
		fmt.Fprintf(c.Stdout, "%d articles moved\n", n)
	}
	return nil
}
