package eval

import (
	"github.com/zeebo/xxh3"

	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
)

// Options says what to evaluate.
type Options struct {
	// Gold copy pairs, by the corpus ids (Article.Ref); nil skips copies.
	Pairs []Pair
	// StripDates drops publication times before ingest, to measure direction
	// from the text alone.
	StripDates bool
	Pipeline   pipeline.Options
	// Shuffle, when not zero, feeds the corpus in an order shuffled with
	// this seed (the corpus is read into memory first), to measure how much
	// the result depends on arrival order.
	Shuffle uint64
	// Part keeps half of a labelled corpus: "tune" or "heldout", as each
	// item's "part" field says when it has one, else split by a hash of its
	// gold story label (so a story is never split between the halves); ""
	// for all of it. With a part, only the gold
	// Pairs both of whose articles are in it are scored, so one pairs file
	// serves both halves.
	Part string
	// Topics, when not empty, keeps only the items whose gold story label
	// is one of them (within Part, when both are set): a fold of a part,
	// such as the first six ECB+ tune topics, to develop on one fold and
	// measure on the other.
	Topics []string
	// Recluster, once the corpus is in, reconsiders every event with the
	// whole store in view (pipeline.Engine.Recluster) and scores events and
	// stories again (Report.Reclustered).
	Recluster bool
	// Errors lists the gold pairs got wrong in Report.Errors, the kind
	// first, then the found copies whose direction is wrong or undetermined
	// (for the tune half: the held-out half is read only in aggregate).
	Errors bool
}

// Report is the outcome of one evaluation run.
type Report struct {
	Corpus   string `json:"corpus"`
	Part     string `json:"part,omitempty"`
	Articles int    `json:"articles"`
	Failed   int    `json:"failed"`
	Events   *PRF   `json:"events,omitempty"`  // BCubed, when the corpus has gold "event" labels
	Stories  *PRF   `json:"stories,omitempty"` // BCubed, when the corpus has gold "story" labels
	// StoriesByEvent scores the stories against the gold events, when
	// the corpus labels both and they differ (see Clustering).
	StoriesByEvent *PRF       `json:"stories_by_event,omitempty"`
	Copies         *CopyScore `json:"copies,omitempty"`
	// Seconds is the wall time of ingest and processing.
	Seconds float64 `json:"seconds"`
	// Reclustered scores events and stories after Recluster, when asked.
	Reclustered *Clustering `json:"reclustered,omitempty"`
	// GotEvents and GotStories map each corpus id to the event and story it
	// was placed in, for comparing runs.
	GotEvents  map[string]string `json:"-"`
	GotStories map[string]string `json:"-"`
	// Errors are the gold pairs got wrong, when Options.Errors.
	Errors []PairError `json:"errors,omitempty"`
	// ClusterErrors are the events and stories split or merged against
	// the gold labels, online and (with Recluster) after recluster, when
	// Options.Errors.
	ClusterErrors []ClusterError `json:"cluster_errors,omitempty"`
	// ReclusterChanges, with Recluster, are the pairs of articles on which
	// recluster and the online clustering disagree, grouped as the gold
	// labels judge them (see ReclusterChange), when Errors is set.
	ReclusterChanges []ReclusterChange `json:"recluster_changes,omitempty"`
}

// Run ingests corpus (JSONL as copydesk add reads it) into store, which must
// be empty, and scores the result against the gold labels it carries.
func Run(ctx context.Context, store copydesk.Store, corpus string, opts Options) (*Report, error) {
	eng, err := pipeline.Open(ctx, store, opts.Pipeline)
	if err != nil {
		return nil, err
	}
	defer eng.Close()
	docs := ingest.NewReader(ingest.Options{}).Docs(ctx, []string{corpus})
	kept := map[string]bool{}       // the refs of the part's documents
	given := map[string]time.Time{} // the publication times the input gives
	texts := map[string]uint64{}    // the hash of each input's byline and body
	docs = filter(docs, opts, kept, given, texts)
	if opts.Shuffle != 0 {
		docs = shuffle(docs, opts.Shuffle)
	}
	start := time.Now()
	st, err := eng.Add(ctx, docs, nil)
	if err != nil {
		return nil, err
	}
	rep := &Report{Corpus: corpus, Part: opts.Part, Failed: st.Failed + st.Skipped, Seconds: time.Since(start).Seconds()}
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		return nil, err
	}
	rep.Articles = len(arts)
	ref := map[string]string{}
	dated := map[string]bool{}
	gotEvent, gotStory, goldEvent, goldStory := map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}
	for _, a := range arts {
		ref[a.ID] = a.Ref
		dated[a.Ref] = !a.Published.IsZero()
		gotEvent[a.Ref], gotStory[a.Ref] = a.Event, a.Story
		if g, ok := a.Extra["event"].(string); ok && g != "" {
			goldEvent[a.Ref] = g
		}
		if g, ok := a.Extra["story"].(string); ok && g != "" {
			goldStory[a.Ref] = g
		}
	}
	rep.GotEvents, rep.GotStories = gotEvent, gotStory
	online := score(gotEvent, gotStory, goldEvent, goldStory)
	rep.Events, rep.Stories, rep.StoriesByEvent = online.Events, online.Stories, online.StoriesByEvent
	if opts.Errors {
		rep.ClusterErrors = clusterErrors("", arts, goldEvent, goldStory, opts.Pipeline)
	}
	if opts.Recluster {
		if _, err := eng.Recluster(ctx); err != nil {
			return nil, err
		}
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
		if err != nil {
			return nil, err
		}
		gotEvent, gotStory := map[string]string{}, map[string]string{}
		for _, a := range arts {
			gotEvent[a.Ref], gotStory[a.Ref] = a.Event, a.Story
		}
		re := score(gotEvent, gotStory, goldEvent, goldStory)
		rep.Reclustered = &re
		if opts.Errors {
			rep.ClusterErrors = append(rep.ClusterErrors, clusterErrors("reclustered ", arts, goldEvent, goldStory, opts.Pipeline)...)
			if len(goldEvent) > 0 {
				rep.ReclusterChanges = ReclusterChanges("event", rep.GotEvents, gotEvent, goldEvent)
			}
			if len(goldStory) > 0 {
				rep.ReclusterChanges = append(rep.ReclusterChanges, ReclusterChanges("story", rep.GotStories, gotStory, goldStory)...)
			}
		}
	}
	if opts.Pairs != nil {
		rels, err := store.Relations(ctx, "")
		if err != nil {
			return nil, err
		}
		var found []Pair
		for _, r := range rels {
			found = append(found, Pair{Original: ref[r.From], Copy: ref[r.To], Kind: r.Kind, Confidence: r.Evidence.Confidence, Undetermined: r.Evidence.Undetermined, Reasons: r.Evidence.Direction})
		}
		gold := opts.Pairs
		if opts.Part != "" {
			gold = inPart(gold, kept)
		}
		strict := Copies(found, gold)
		found = Credit(found, gold)
		s := Copies(found, gold)
		for _, p := range found {
			if p.Via != "" {
				s.Credited++
			}
		}
		s.Strict = &strict.Overall
		s.ByDating = ByDating(found, gold, dated)
		s.ByTimes = ByTimes(found, gold, given)
		s.ByText = ByText(found, gold, given, texts)
		rep.Copies = &s
		if opts.Errors {
			rep.Errors = Errors(found, gold)
			run := "as dated"
			if opts.StripDates {
				run = "dates stripped"
			}
			rep.Errors = append(rep.Errors, DirectionErrors(found, gold, run)...)
		}
	}
	return rep, nil
}

// Clustering is BCubed for events and stories, each when the corpus has
// gold labels for it.
type Clustering struct {
	Events  *PRF `json:"events,omitempty"`
	Stories *PRF `json:"stories,omitempty"`
	// StoriesByEvent scores the stories against the gold events when the
	// corpus labels both and some gold story holds several events: its
	// recall is the share of a happening (an ECB+ sub-topic: a shooting,
	// the charge and the sentence, over weeks or years) that stays in one
	// story, whatever events it was cut into.
	StoriesByEvent *PRF `json:"stories_by_event,omitempty"`
}

func score(gotEvent, gotStory, goldEvent, goldStory map[string]string) Clustering {
	var c Clustering
	if len(goldEvent) > 0 {
		s := BCubed(gotEvent, goldEvent)
		c.Events = &s
	}
	if len(goldStory) > 0 {
		s := BCubed(gotStory, goldStory)
		c.Stories = &s
	}
	if len(goldEvent) > 0 && len(goldStory) > 0 && distinct(goldEvent) > distinct(goldStory) {
		s := BCubed(gotStory, goldEvent)
		c.StoriesByEvent = &s
	}
	return c
}

// distinct counts the distinct labels of m.
func distinct(m map[string]string) int {
	seen := map[string]bool{}
	for _, v := range m {
		seen[v] = true
	}
	return len(seen)
}

// shuffle reads docs and yields them in an order fixed by seed.
func shuffle(docs iter.Seq2[ingest.Doc, error], seed uint64) iter.Seq2[ingest.Doc, error] {
	type item struct {
		d   ingest.Doc
		err error
	}
	var all []item
	for d, err := range docs {
		all = append(all, item{d, err})
	}
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	return func(yield func(ingest.Doc, error) bool) {
		for _, it := range all {
			if !yield(it.d, it.err) {
				return
			}
		}
	}
}

// inPart keeps the gold pairs both of whose articles are in the part
// evaluated, so that one pairs file serves both halves.
func inPart(pairs []Pair, refs map[string]bool) []Pair {
	out := []Pair{}
	for _, p := range pairs {
		if refs[p.Original] && refs[p.Copy] {
			out = append(out, p)
		}
	}
	return out
}

// filter keeps the documents of opts.Part, without their publication times
// when opts.StripDates, and records the refs it keeps in kept.
func filter(docs iter.Seq2[ingest.Doc, error], opts Options, kept map[string]bool, given map[string]time.Time, texts map[string]uint64) iter.Seq2[ingest.Doc, error] {
	return func(yield func(ingest.Doc, error) bool) {
		for d, err := range docs {
			if err == nil {
				if !opts.keeps(d.Extra) {
					continue
				}
				kept[d.Ref] = true
				if opts.StripDates {
					d.Published = time.Time{}
				}
				if !d.Published.IsZero() {
					given[d.Ref] = d.Published
				}
				texts[d.Ref] = xxh3.HashString(d.Byline + "\x00" + string(d.Body))
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// keeps reports whether an item with the given extra fields is evaluated:
// in Part (see inPartOf) and, when Topics is set, of one of those gold
// stories.
func (opts Options) keeps(extra map[string]any) bool {
	if opts.Part != "" && !inPartOf(opts.Part, extra) {
		return false
	}
	label, _ := extra["story"].(string)
	return len(opts.Topics) == 0 || slices.Contains(opts.Topics, label)
}

// inPartOf reports whether an item with the given extra fields is in part:
// its own "part" field decides when it has one (a corpus split by its
// makers, such as wmt14-ru-en), else the hash of its gold story label.
func inPartOf(part string, extra map[string]any) bool {
	if p, ok := extra["part"].(string); ok && p != "" && part != "" {
		return p == part
	}
	label, _ := extra["story"].(string)
	return corpus.InPart(part, label)
}

// ReadPairs reads gold copy pairs, one JSON object a line.
func ReadPairs(path string) ([]Pair, error) {
	out := []Pair{}
	err := readJSONL(path, func(n int, p *Pair) error {
		if p.Original == "" || p.Copy == "" {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: a pair needs original and copy", path, n)
		}
		out = append(out, *p)
		return nil
	})
	return out, err
}

// readJSONL reads a file of one JSON object a line (blank lines skipped)
// and gives each, decoded, to each with its line number.
func readJSONL[T any](path string, each func(n int, v *T) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return copydesk.Errorf(copydesk.EInvalid, "%s:%d: malformed JSON: %v", path, n, err)
		}
		if err := each(n, &v); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
