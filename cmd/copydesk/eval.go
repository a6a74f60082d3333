package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/eval"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/sqlite"
)

func cmdEval(ctx context.Context, c *cli, args []string) error {
	if len(args) > 0 && args[0] == "dates" {
		return cmdEvalDates(ctx, c, args[1:])
	}
	if len(args) > 0 && args[0] == "disagreements" {
		return cmdEvalDisagreements(ctx, c, args[1:])
	}
	if len(args) > 0 && args[0] == "people" {
		return cmdEvalPeople(ctx, c, args[1:])
	}
	if len(args) > 0 && args[0] == "quotes" {
		return cmdEvalQuotes(ctx, c, args[1:])
	}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	corpus := fs.String("corpus", "", "labelled corpus, JSONL as add reads it (gold labels in the fields event and story)")
	pairsPath := fs.String("pairs", "", "gold copy pairs, JSONL {\"original\": id, \"copy\": id, \"kind\": ...}")
	asJSON := fs.Bool("json", false, "print JSON")
	orders := fs.Int("orders", 0, "also re-run the corpus in this many shuffled orders (fixed seeds) and report how much the clustering moves")
	part := fs.String("part", "", "evaluate half of the corpus: tune or heldout (split by gold story), default all")
	topics := fs.String("topics", "", "comma-separated gold story labels to keep (with --part: within the part), a fold to develop on or to measure without reading it (ECB+ tune: t1,t3,t5,t7,t9,t10 and t12,t14,t16,t18,t21,t23); default all")
	recluster := fs.Bool("recluster", false, "also score events and stories after copydesk recluster (every event reconsidered with the whole store in view)")
	errorsPath := fs.String("errors", "", "write the gold pairs got wrong (kind, then direction as dated and with dates stripped), then the events and stories split or merged (online, then reclustered; the costliest first, each split's pieces with why they stayed apart), then with --recluster the pairs of articles recluster got wrong that online had right (\"undone\") and the reverse (\"fixed\"), grouped by gold label and cluster, one JSON object a line, to this file (not with --part heldout: the held-out half is read only in aggregate)")
	datesOnly := fs.Bool("dated-only", false, "skip the second run without publication dates (direction without dates is then not printed)")
	var popt pipeline.Options
	fs.Float64Var(&popt.Cluster.EventThreshold, "event-threshold", 0, "override the clusterer's event threshold (0: default)")
	fs.Float64Var(&popt.Cluster.StoryThreshold, "story-threshold", 0, "override the clusterer's story threshold (0: default)")
	fs.Float64Var(&popt.Cluster.MergeThreshold, "merge-threshold", 0, "override the centroid cosine above which two events merge (0: default; negative: no event merges)")
	fs.Float64Var(&popt.Cluster.LateMergeThreshold, "late-merge-threshold", 0, "override the cosine of their words (names and title words aside) above which two dated events of one story farther apart than the event window merge (0: default; negative: never)")
	fs.Float64Var(&popt.Cluster.TitleMergeThreshold, "title-merge-threshold", 0, "override the centroid cosine above which two events of mostly title-only items merge (0: default; negative: they merge at the merge threshold)")
	fs.Float64Var(&popt.Cluster.TitleEventThreshold, "title-event-threshold", 0, "override the similarity a title-only item needs to join an event (0: default)")
	fs.Float64Var(&popt.Cluster.TitleMergeCohesion, "title-merge-cohesion", 0, "override the share of the newer event's cohesion that two events of mostly title-only items must reach to merge at the title merge threshold (0: default; negative: the merge cohesion)")
	fs.Float64Var(&popt.Cluster.HeadlineSplitThreshold, "headline-split-threshold", 0, "override the centroid cosine under which Refine splits an event of headlines in two (0: default, the title merge threshold; negative: no split)")
	fs.Float64Var(&popt.Cluster.MergeCohesion, "merge-cohesion", 0, "override the share of the newer event's cohesion that a merge's cosine must reach (0: default)")
	fs.Float64Var(&popt.Cluster.ReclusterThreshold, "recluster-threshold", 0, "override recluster's event threshold for articles with a body: the mean similarity of two clusters' pairs (0: default)")
	fs.Float64Var(&popt.Cluster.ReclusterTitleThreshold, "recluster-title-threshold", 0, "override recluster's event threshold for title-only items: the cosine of two clusters' centroids (0: default)")
	fs.Float64Var(&popt.Cluster.ReclusterStoryThreshold, "recluster-story-threshold", 0, "override recluster's story threshold for articles with a body (0: default)")
	fs.Float64Var(&popt.Cluster.ReclusterStoryTitleThreshold, "recluster-story-title-threshold", 0, "override recluster's story threshold for title-only items (0: default)")
	fs.Float64Var(&popt.Cluster.RefineFactor, "refine-factor", 0, "override the share of threshold and cohesion a lone article needs when articles are re-placed (0: default; negative: no re-placement)")
	if _, err := c.parse(fs, args, "eval", "--corpus C.jsonl [--pairs P.jsonl]",
		"Ingest a labelled corpus into a scratch store and print BCubed precision, recall and F1 for events\nand stories, and, with --pairs, copy-pair precision, recall and F1 overall and per kind, the kind\nconfusion matrix and direction accuracy with and without publication dates. A copy linked to an\nexact duplicate of its original, that duplicate found related to the original, is credited as found\n(no text tells which of two identical texts it was taken from); the line \"overall, strict\" does not\ncredit it."); err != nil {
		return err
	}
	if *part != "" && *part != "tune" && *part != "heldout" {
		fmt.Fprintf(c.Stderr, "copydesk eval: --part must be tune or heldout, not %q\n", *part)
		return errUsage
	}
	var topicList []string
	for _, t := range strings.Split(*topics, ",") {
		if t = strings.TrimSpace(t); t != "" {
			topicList = append(topicList, t)
		}
	}
	if *errorsPath != "" && *part != "tune" {
		fmt.Fprintln(c.Stderr, "copydesk eval: --errors needs --part tune (the held-out half is read only in aggregate)")
		return errUsage
	}
	if *corpus == "" {
		fmt.Fprintln(c.Stderr, "copydesk eval: --corpus is required")
		return errUsage
	}
	var pairs []eval.Pair
	if *pairsPath != "" {
		var err error
		if pairs, err = eval.ReadPairs(*pairsPath); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp("", "copydesk-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	run := func(name string, opts eval.Options) (*eval.Report, error) {
		store, err := sqlite.Open(ctx, filepath.Join(tmp, name+".db"))
		if err != nil {
			return nil, err
		}
		defer store.Close()
		return eval.Run(ctx, store, *corpus, opts)
	}
	rep, err := run("dated", eval.Options{Pairs: pairs, Pipeline: popt, Part: *part, Topics: topicList, Recluster: *recluster, Errors: *errorsPath != ""})
	if err != nil {
		return err
	}
	if *errorsPath != "" {
		if err := writeErrors(*errorsPath, rep.Errors, rep.ClusterErrors, rep.ReclusterChanges); err != nil {
			return err
		}
	}
	out := struct {
		*eval.Report
		DirectionWithoutDates *float64 `json:"direction_accuracy_without_dates,omitempty"`
	}{Report: rep}
	var undated *eval.CopyScore // the same corpus without publication times
	if pairs != nil && !*datesOnly {
		u, err := run("undated", eval.Options{Pairs: pairs, StripDates: true, Pipeline: popt, Part: *part, Topics: topicList, Errors: *errorsPath != ""})
		if err != nil {
			return err
		}
		if *errorsPath != "" {
			// The kind errors are the dated run's; add the direction
			// errors of this one.
			var dir []eval.PairError
			for _, e := range u.Errors {
				if e.Direction != "" {
					dir = append(dir, e)
				}
			}
			if err := writeErrors(*errorsPath, append(rep.Errors, dir...), rep.ClusterErrors, rep.ReclusterChanges); err != nil {
				return err
			}
		}
		undated = u.Copies
		out.DirectionWithoutDates = &undated.Direction
	}
	type orderRun struct {
		Seed             uint64  `json:"seed"`
		EventsF1         float64 `json:"events_f1,omitempty"`
		StoriesF1        float64 `json:"stories_f1,omitempty"`
		EventsAgreement  float64 `json:"events_agreement"`
		StoriesAgreement float64 `json:"stories_agreement"`
		// After recluster, when asked.
		ReclusteredEventsF1  float64 `json:"reclustered_events_f1,omitempty"`
		ReclusteredStoriesF1 float64 `json:"reclustered_stories_f1,omitempty"`
	}
	var runs []orderRun
	for i := 1; i <= *orders; i++ {
		seed := uint64(i)
		r, err := run("order"+fmt.Sprint(i), eval.Options{Pipeline: popt, Part: *part, Topics: topicList, Shuffle: seed, Recluster: *recluster})
		if err != nil {
			return err
		}
		o := orderRun{Seed: seed,
			EventsAgreement:  eval.BCubed(r.GotEvents, rep.GotEvents).F1,
			StoriesAgreement: eval.BCubed(r.GotStories, rep.GotStories).F1}
		if r.Events != nil {
			o.EventsF1 = r.Events.F1
		}
		if r.Stories != nil {
			o.StoriesF1 = r.Stories.F1
		}
		if rc := r.Reclustered; rc != nil && rc.Events != nil && rc.Stories != nil {
			o.ReclusteredEventsF1, o.ReclusteredStoriesF1 = rc.Events.F1, rc.Stories.F1
		}
		runs = append(runs, o)
	}
	if *asJSON {
		return writeJSON(c.Stdout, struct {
			*eval.Report
			DirectionWithoutDates *float64        `json:"direction_accuracy_without_dates,omitempty"`
			WithoutDates          *eval.CopyScore `json:"copies_without_dates,omitempty"`
			Orders                []orderRun      `json:"orders,omitempty"`
		}{out.Report, out.DirectionWithoutDates, undated, runs})
	}
	defer func() {
		if len(runs) == 0 {
			return
		}
		fmt.Fprintln(c.Stdout, "\narrival order (each run shuffled with its seed; agreement = BCubed F1 against the file-order run):")
		w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "seed\tevents F1\tstories F1\tevents agreement\tstories agreement\treclustered events F1\treclustered stories F1")
		var mean [4]float64
		for _, o := range runs {
			fmt.Fprintf(w, "%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", o.Seed, o.EventsF1, o.StoriesF1, o.EventsAgreement, o.StoriesAgreement, o.ReclusteredEventsF1, o.ReclusteredStoriesF1)
			for i, x := range []float64{o.EventsF1, o.StoriesF1, o.ReclusteredEventsF1, o.ReclusteredStoriesF1} {
				mean[i] += x / float64(len(runs))
			}
		}
		fmt.Fprintf(w, "mean\t%.3f\t%.3f\t\t\t%.3f\t%.3f\n", mean[0], mean[1], mean[2], mean[3])
		w.Flush()
	}()
	w := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	if rep.Part != "" {
		fmt.Fprintf(w, "part\t%s\n", rep.Part)
	}
	fmt.Fprintf(w, "corpus\t%s\narticles\t%d (failed %d)\ntime\t%.1fs (%.0f articles/s)\n", rep.Corpus, rep.Articles, rep.Failed, rep.Seconds, float64(rep.Articles)/max(rep.Seconds, 1e-9))
	if rep.Events != nil {
		fmt.Fprintf(w, "events BCubed\tP %.3f\tR %.3f\tF1 %.3f\n", rep.Events.Precision, rep.Events.Recall, rep.Events.F1)
	}
	if rep.Stories != nil {
		fmt.Fprintf(w, "stories BCubed\tP %.3f\tR %.3f\tF1 %.3f\n", rep.Stories.Precision, rep.Stories.Recall, rep.Stories.F1)
	}
	if s := rep.StoriesByEvent; s != nil {
		fmt.Fprintf(w, "stories vs gold events\tP %.3f\tR %.3f\tF1 %.3f\t(R: the share of a happening kept in one story)\n", s.Precision, s.Recall, s.F1)
	}
	if rc := rep.Reclustered; rc != nil {
		if rc.Events != nil {
			fmt.Fprintf(w, "reclustered events BCubed\tP %.3f\tR %.3f\tF1 %.3f\n", rc.Events.Precision, rc.Events.Recall, rc.Events.F1)
		}
		if rc.Stories != nil {
			fmt.Fprintf(w, "reclustered stories BCubed\tP %.3f\tR %.3f\tF1 %.3f\n", rc.Stories.Precision, rc.Stories.Recall, rc.Stories.F1)
		}
		if s := rc.StoriesByEvent; s != nil {
			fmt.Fprintf(w, "reclustered stories vs gold events\tP %.3f\tR %.3f\tF1 %.3f\n", s.Precision, s.Recall, s.F1)
		}
	}
	w.Flush()
	if cs := rep.Copies; cs != nil {
		fmt.Fprintf(c.Stdout, "\ncopy pairs: %d gold, %d found\n", cs.Gold, cs.Found)
		w = tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintf(w, "overall\tP %.3f\tR %.3f\tF1 %.3f\n", cs.Overall.Precision, cs.Overall.Recall, cs.Overall.F1)
		if st := cs.Strict; st != nil {
			fmt.Fprintf(w, "overall, strict\tP %.3f\tR %.3f\tF1 %.3f\t(%d pairs found through a duplicate of the original not counted)\n", st.Precision, st.Recall, st.F1, cs.Credited)
		}
		for _, k := range copydesk.Kinds {
			s, ok := cs.PerKind[k]
			if !ok {
				continue
			}
			fmt.Fprintf(w, "%s\tP %.3f\tR %.3f\tF1 %.3f\n", k, s.Precision, s.Recall, s.F1)
		}
		if undated != nil {
			fmt.Fprintf(w, "direction accuracy (undetermined counted wrong)\twith dates %.3f\twithout dates %.3f\n", cs.Direction, undated.Direction)
			fmt.Fprintf(w, "direction decided (coverage)\twith dates %.3f\twithout dates %.3f\n", cs.DirectionCoverage, undated.DirectionCoverage)
			fmt.Fprintf(w, "direction accuracy of decided pairs\twith dates %.3f\twithout dates %.3f\n", cs.DirectionOfDecided, undated.DirectionOfDecided)
			fmt.Fprintf(w, "direction accuracy, identical bodies undetermined\twith dates %.3f\twithout dates %.3f\t(a pair whose bodies are word for word the same, no input times ordering them, is right only when undetermined)\n", cs.DirectionByText(), undated.DirectionByText())
		} else {
			fmt.Fprintf(w, "direction accuracy (undetermined counted wrong)\twith dates %.3f\n", cs.Direction)
			fmt.Fprintf(w, "direction decided (coverage)\twith dates %.3f\n", cs.DirectionCoverage)
			fmt.Fprintf(w, "direction accuracy of decided pairs\twith dates %.3f\n", cs.DirectionOfDecided)
			fmt.Fprintf(w, "direction accuracy, identical bodies undetermined\twith dates %.3f\t(a pair whose bodies are word for word the same, no input times ordering them, is right only when undetermined)\n", cs.DirectionByText())
		}
		fmt.Fprintf(w, "kind accuracy\t%.3f\n", cs.KindAccuracy)
		for _, d := range []string{"both", "one", "none"} {
			if c, ok := cs.ByDating[d]; ok {
				fmt.Fprintf(w, "  pairs dated: %s\t%.3f\t(%d right of %d; %d decided, %.3f of them right)\n", d, ratio(c.Right, c.Gold), c.Right, c.Gold, c.Decided, ratio(c.Right, c.Decided))
			}
		}
		for _, d := range []string{"apart", "within a minute"} {
			if c, ok := cs.ByTimes[d]; ok {
				fmt.Fprintf(w, "  input times both, %s\t%.3f\t(%d right of %d; %d decided, %.3f of them right)\n", d, ratio(c.Right, c.Gold), c.Right, c.Gold, c.Decided, ratio(c.Right, c.Decided))
			}
		}
		for _, r := range []*eval.CopyScore{cs, undated} {
			if r == nil {
				continue
			}
			run := "with dates"
			if r == undated {
				run = "without dates"
			}
			if c, ok := r.ByText["identical"]; ok {
				fmt.Fprintf(w, "  identical bodies, no input times apart, %s\t%d pairs\t(%d undetermined, %d decided, %d of them right)\n", run, c.Gold, c.Gold-c.Decided, c.Decided, c.Right)
			}
			if len(r.ByText) > 0 {
				right, wrong, idUndet, otherUndet := r.Outcomes()
				fmt.Fprintf(w, "  direction %s, by outcome\t%d pairs\t(%d decided right, %d decided wrong; undetermined: %d identical bodies, right by issue 18's definition, %d others)\n", run, right+wrong+idUndet+otherUndet, right, wrong, idUndet, otherUndet)
			}
		}
		var hows []string
		for h := range cs.ByHow {
			hows = append(hows, h)
		}
		slices.Sort(hows)
		for _, h := range hows {
			c := cs.ByHow[h]
			fmt.Fprintf(w, "recall, made by %s\t%.3f\t(%d of %d)\n", h, ratio(c.Found, c.Gold), c.Found, c.Gold)
		}
		if t := cs.Traps; t.Pairs > 0 {
			fmt.Fprintf(w, "independent pairs (traps)\t%d\tcalled a copy %d\tcalled shared-source %d\n", t.Pairs, t.CalledCopy, t.CalledShared)
		}
		if sh := cs.Shared; sh.Pairs > 0 {
			fmt.Fprintf(w, "shared-source pairs\t%d\tfound %d\tcalled a copy %d\n", sh.Pairs, sh.Found, sh.CalledCopy)
		}
		w.Flush()
		var undatedBins []eval.Bin
		if undated != nil {
			undatedBins = undated.Calibration
		}
		printCalibration(c.Stdout, cs.Calibration, undatedBins)
		fmt.Fprintln(c.Stdout, "\nconfusion (rows gold, columns found):")
		kinds := eval.Kinds(cs.Confusion)
		w = tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprint(w, "\t")
		for _, k := range kinds {
			fmt.Fprintf(w, "%s\t", k)
		}
		fmt.Fprintln(w)
		for _, a := range kinds {
			fmt.Fprintf(w, "%s\t", a)
			for _, b := range kinds {
				fmt.Fprintf(w, "%d\t", cs.Confusion[a][b])
			}
			fmt.Fprintln(w)
		}
		w.Flush()
	}
	return nil
}

// printCalibration prints the reliability of direction confidences: of the
// decided pairs given confidence c, how many were right, with dates and
// without.
func printCalibration(out io.Writer, dated, undated []eval.Bin) {
	if len(dated)+len(undated) == 0 {
		return
	}
	fmt.Fprintln(out, "\ndirection calibration (decided pairs by confidence given; right should be about the confidence):")
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "confidence\twith dates: pairs\tright\twithout dates: pairs\tright")
	bins := map[float64][2]eval.Bin{}
	var keys []float64
	for i, bs := range [][]eval.Bin{dated, undated} {
		for _, b := range bs {
			x, ok := bins[b.Confidence]
			if !ok {
				keys = append(keys, b.Confidence)
			}
			x[i] = b
			bins[b.Confidence] = x
		}
	}
	slices.Sort(keys)
	cell := func(b eval.Bin) string {
		if b.Pairs == 0 {
			return "0\t-"
		}
		return fmt.Sprintf("%d\t%.3f", b.Pairs, ratio(b.Right, b.Pairs))
	}
	for _, k := range keys {
		fmt.Fprintf(w, "%.1f\t%s\t%s\n", k, cell(bins[k][0]), cell(bins[k][1]))
	}
	w.Flush()
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// writeErrors writes the gold pairs got wrong to path, then the clusters
// split or merged, then recluster's changes against the online
// clustering, one JSON object a line.
func writeErrors(path string, errs []eval.PairError, clusters []eval.ClusterError, changes []eval.ReclusterChange) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, e := range errs {
		if err := enc.Encode(e); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	for _, e := range clusters {
		if err := enc.Encode(e); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	for _, e := range changes {
		if err := enc.Encode(e); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return f.Close()
}
