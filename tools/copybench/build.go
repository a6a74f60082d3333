package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/corpus"
)

// Article is one item of the generated corpus, as `copydesk add` reads it,
// with the gold event and story labels the evaluation reads.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Event     string `json:"event"`
	Story     string `json:"story"`
}

// Made records how an item was made, for reading the benchmark (kept apart
// from the corpus so nothing in it tells the answer).
type Made struct {
	ID       string   `json:"id"`
	Family   string   `json:"family"` // the original's (or common source's) ECB+ id
	Role     string   `json:"role"`   // original, copy, shared-source
	How      string   `json:"how"`    // the rewriter
	Part     string   `json:"part"`
	Host     string   `json:"host,omitempty"` // an excerpt's host: an ECB+ id or "filler"
	Edits    []string `json:"edits,omitempty"`
	Changed  float64  `json:"changed"` // share of the source's sentences not kept word for word
	template []string // the outlet's template lines appended
	credits  []string // credit lines a republisher appended
	source   Doc      // what it was made from (the original or the common source)
	passage  []string // an excerpt's passage
	hostText string   // an excerpt's real host article, or the real report a shared-source rewrite takes its own material from
	own      []string // a shared-source rewrite's own paragraphs (from hostText)
}

// Gold is one labelled pair. Kind is a copy kind (duplicate,
// near-duplicate, excerpt, rewrite), shared-source (two rewrites of one
// common source left out of the corpus; no direction: Original is the
// smaller id), sibling (two copies of one original: not scored), or none
// (independent reports of one event: a trap, never a copy).
type Gold struct {
	Original string `json:"original"`
	Copy     string `json:"copy"`
	Kind     string `json:"kind"`
	How      string `json:"how,omitempty"`
}

// Bench is a generated benchmark.
type Bench struct {
	Articles []Article
	Made     map[string]*Made
	Pairs    []Gold
	Dropped  map[string]int // copies not made because a rewriter changed too little
	Sources  int            // real articles used, in any role
}

// Options says how to build.
type Options struct {
	Seed     uint64
	MinWords int // shortest source article used
}

var yearRe = regexp.MustCompile(`\b(19[89]\d|20[01]\d)\b`)

// Build makes the benchmark from real articles.
func Build(srcs []Source, th *Thesaurus, o Options) *Bench {
	b := &Bench{Made: map[string]*Made{}, Dropped: map[string]int{}}
	ind := Independent(srcs, o.MinWords)
	b.Sources = len(ind)
	rng := rand.New(rand.NewPCG(o.Seed, 0xc0b1e))
	outlets := Outlets(40, rng)
	parts := map[string][]Source{}
	for _, s := range ind {
		p := "heldout"
		if corpus.InPart("tune", s.Topic) {
			p = "tune"
		}
		parts[p] = append(parts[p], s)
	}
	used := Phrases{}
	for _, part := range []string{"tune", "heldout"} {
		pool := parts[part]
		prng := rand.New(rand.NewPCG(o.Seed, hash64(part)))
		prng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		nBase, nHost := len(pool)*15/100, len(pool)*12/100
		bases, hosts, origs := pool[:nBase], pool[nBase:nBase+nHost], slices.Clone(pool[nBase+nHost:])
		// Each common source has a donor: another real report of its
		// event (else of its topic), left out of the corpus, whose
		// sentences the outlets' rewrites share out as their own
		// material, so that, as real outlets do, each adds its own
		// writing to what it took from the release.
		donors := make([]*Source, len(bases))
		for i, src := range bases {
			at := slices.IndexFunc(origs, func(o Source) bool { return o.Event == src.Event })
			if at < 0 {
				at = slices.IndexFunc(origs, func(o Source) bool { return o.Topic == src.Topic })
			}
			if at >= 0 {
				d := origs[at]
				donors[i] = &d
				origs = slices.Delete(origs, at, at+1)
			}
		}
		hostFree := slices.Clone(hosts)
		for _, src := range origs {
			b.family(src, part, th, outlets, &hostFree, used, o.Seed)
		}
		for i, src := range bases {
			b.sharedSource(src, donors[i], part, th, outlets, used, o.Seed)
		}
	}
	b.traps()
	slices.SortFunc(b.Articles, func(x, y Article) int { return cmp.Compare(x.ID, y.ID) })
	rng.Shuffle(len(b.Articles), func(i, j int) { b.Articles[i], b.Articles[j] = b.Articles[j], b.Articles[i] })
	slices.SortFunc(b.Pairs, func(x, y Gold) int {
		return cmp.Or(cmp.Compare(x.Kind, y.Kind), cmp.Compare(x.Original, y.Original), cmp.Compare(x.Copy, y.Copy))
	})
	return b
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// id makes an opaque id from the seed and a key, so ids tell nothing.
func id(seed uint64, key string) string {
	return fmt.Sprintf("cb-%012x", hash64(strconv.FormatUint(seed, 16)+"/"+key)&0xffffffffffff)
}

var (
	months    = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
	pageDates = []*regexp.Regexp{
		regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)\b`),                           // 8/2/2013, 04/02/07 (US order)
		regexp.MustCompile(`(?i)\b` + months + ` (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b`), // Aug 2, 2013
		regexp.MustCompile(`(?i)\b(\d{1,2}) ` + months + `,? ((?:19|20)\d\d)\b`),                 // 2 August 2013
		regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`),                                  // 2013-08-02
	}
	// clockRe is a clock time beside a date: "11:10 am EDT", "05.51AM IST",
	// "21:32", "(GMT+05:00)".
	clockRe = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d\d)(?:[:.]\d\d)?\s*([ap])?\.?(?:m\b\.?)?(?:\s*\(?([a-z]{2,4})(?:([+-])(\d\d):?(\d\d))?\b)?`)
	// zones are the offsets of the zone names date lines use, in minutes;
	// a US zone named without saying whether it is daylight time (ET, PT)
	// is its daylight offset, and may be an hour behind it.
	zones = map[string]int{"gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "ist": 5*60 + 30,
		"est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60, "mst": -7 * 60, "mdt": -6 * 60,
		"pst": -8 * 60, "pdt": -7 * 60, "et": -4 * 60, "ct": -5 * 60, "mt": -6 * 60, "pt": -7 * 60}
)

// Span is when a date line says an article was published, in UTC: from
// Earliest to Latest (equal when it gives a clock time and a zone).
type Span struct{ Earliest, Latest time.Time }

// datelineSpan reads the date written near the start of a text (a dateline,
// "Posted: 8/2/2013 11:10 am EDT") with its clock time and zone when it has
// them, or reports false. A clock time without a zone spans the zones from
// UTC-12 to UTC+14, a day alone that day in all of them.
func datelineSpan(text string) (Span, bool) {
	head := text[:min(len(text), 300)]
	for i, re := range pageDates {
		m := re.FindStringSubmatchIndex(head)
		if m == nil {
			continue
		}
		g := func(k int) string { return head[m[2*k]:m[2*k+1]] }
		var y, mo, d int
		switch i {
		case 0:
			mo, _ = strconv.Atoi(g(1))
			d, _ = strconv.Atoi(g(2))
			y, _ = strconv.Atoi(g(3))
		case 1:
			mo = monthIndex(g(1))
			d, _ = strconv.Atoi(g(2))
			y, _ = strconv.Atoi(g(3))
		case 2:
			d, _ = strconv.Atoi(g(1))
			mo = monthIndex(g(2))
			y, _ = strconv.Atoi(g(3))
		default:
			y, _ = strconv.Atoi(g(1))
			mo, _ = strconv.Atoi(g(2))
			d, _ = strconv.Atoi(g(3))
		}
		switch {
		case y < 50:
			y += 2000
		case y < 100:
			y += 1900
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		day := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		const ahead, behind = 14 * time.Hour, 12 * time.Hour
		clock, ok := clockNear(head, m[0], m[1])
		if !ok {
			return Span{day.Add(-ahead), day.Add(24*time.Hour + behind)}, true
		}
		t := day.Add(clock.at)
		if clock.zoned {
			t = t.Add(-clock.offset)
			return Span{t, t.Add(clock.slack)}, true
		}
		return Span{t.Add(-ahead), t.Add(behind)}, true
	}
	return Span{}, false
}

type clockTime struct {
	at, offset time.Duration
	// slack is how much later than at-offset the time may be (an hour for
	// ET and PT, which may be standard or daylight time).
	slack time.Duration
	zoned bool
}

// clockNear finds a clock time right after the date at head[from:to], or
// right before it ("3:09 AM EST Dec 19, 2008").
func clockNear(head string, from, to int) (clockTime, bool) {
	after := head[to:min(len(head), to+30)]
	if m := clockRe.FindStringSubmatch(after); m != nil && strings.Index(after, m[0]) <= 8 {
		return readClock(m)
	}
	before := head[max(0, from-30):from]
	for _, m := range clockRe.FindAllStringSubmatch(before, -1) {
		if strings.HasSuffix(strings.TrimSpace(before), strings.TrimSpace(m[0])) {
			return readClock(m)
		}
	}
	return clockTime{}, false
}

func readClock(m []string) (clockTime, bool) {
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	switch strings.ToLower(m[3]) {
	case "p":
		if h < 12 {
			h += 12
		}
	case "a":
		if h == 12 {
			h = 0
		}
	}
	if h > 23 || mi > 59 {
		return clockTime{}, false
	}
	c := clockTime{at: time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute}
	if off, ok := zones[strings.ToLower(m[4])]; ok {
		c.zoned, c.offset = true, time.Duration(off)*time.Minute
		if z := strings.ToLower(m[4]); len(z) == 2 {
			c.slack = time.Hour
		}
		if m[5] != "" {
			oh, _ := strconv.Atoi(m[6])
			om, _ := strconv.Atoi(m[7])
			d := time.Duration(oh)*time.Hour + time.Duration(om)*time.Minute
			if m[5] == "-" {
				d = -d
			}
			c.offset += d
		}
	}
	return c, true
}

func monthIndex(s string) int {
	return strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", strings.ToLower(s[:3]))/3 + 1
}

// baseTime picks the publication time of a text: within what its dateline
// says when it has one (its day, and its clock time and zone when it gives
// them), so that no reading of the page's date line contradicts it, else in
// the year the text speaks of most.
func baseTime(text string, rng *rand.Rand) time.Time {
	if s, ok := datelineSpan(text); ok {
		if w := s.Latest.Sub(s.Earliest); w > 0 {
			return s.Earliest.Add(time.Duration(rng.Int64N(int64(w/time.Second))) * time.Second)
		}
		return s.Earliest
	}
	count := map[string]int{}
	best := ""
	for _, y := range yearRe.FindAllString(text, -1) {
		count[y]++
		if count[y] > count[best] || count[y] == count[best] && y > best {
			best = y
		}
	}
	year := 2010
	if best != "" {
		year, _ = strconv.Atoi(best)
	}
	return time.Date(year, 1, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(360*24*3600)) * time.Second)
}

// dropDateLines drops the date lines at the head of a host article (a
// paragraph of a few words that holds a date): a page that sets an excerpt
// into it is published after the excerpt's original, not on the host's
// own day.
func dropDateLines(d Doc) Doc {
	out := d.Clone()
	for i := 0; i < len(out.Paras) && i < 3; i++ {
		p := strings.Join(out.Paras[i], " ")
		if _, ok := datelineSpan(p); ok && CountWords(p) <= 12 {
			out.Paras = slices.Delete(out.Paras, i, i+1)
			i--
		}
	}
	return out
}

// delay draws how much later a copy appears: within a minute for about one
// in six, else between three minutes and three days (log-uniform).
func delay(rng *rand.Rand) time.Duration {
	if rng.IntN(6) == 0 {
		return time.Duration(5+rng.IntN(55)) * time.Second
	}
	lo, hi := math.Log(180), math.Log(3*24*3600)
	return time.Duration(math.Exp(lo+rng.Float64()*(hi-lo))) * time.Second
}

var slugRe = regexp.MustCompile(`[^a-z0-9]+`)

func (b *Bench) add(a Article, m *Made, out Outlet, when time.Time, dated bool, rng *rand.Rand) {
	a.Source = out.Name
	slug := strings.Trim(slugRe.ReplaceAllString(strings.ToLower(a.Title), "-"), "-")
	if len(slug) > 60 {
		slug = strings.TrimRight(slug[:60], "-")
	}
	if slug == "" {
		slug = "story"
	}
	a.URL = fmt.Sprintf("https://%s/news/%s-%06d", out.Domain, slug, rng.IntN(1000000))
	if dated {
		a.Published = when.Format(time.RFC3339)
	}
	if len(out.Template) > 0 {
		a.Text += "\n\n" + strings.Join(out.Template, "\n\n")
		m.template = out.Template
	}
	m.ID = a.ID
	b.Articles = append(b.Articles, a)
	b.Made[a.ID] = m
}

func pickOutlet(outlets []Outlet, not string, rng *rand.Rand) Outlet {
	for {
		o := outlets[rng.IntN(len(outlets))]
		if o.Name != not {
			return o
		}
	}
}

// count draws how many copies of a kind an original gets: 1 or 2.
func count(rng *rand.Rand) int { return 1 + rng.IntN(2) }

// family makes an original and its copies.
func (b *Bench) family(src Source, part string, th *Thesaurus, outlets []Outlet, hosts *[]Source, used Phrases, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, hash64("family/"+src.ID)))
	doc := ParseDoc(src.Title, src.Text)
	t0 := baseTime(src.Text, rng)
	origOut := outlets[rng.IntN(len(outlets))]
	oid := id(seed, "o/"+src.ID)
	origAt := len(b.Articles)
	b.add(Article{ID: oid, Title: src.Title, Text: doc.Text(), Event: src.Event, Story: src.Topic},
		&Made{Family: src.ID, Role: "original", How: "original", Part: part, source: doc}, origOut, t0, rng.IntN(2) == 0, rng)
	year := t0.Year()
	var copies []string
	addCopy := func(how, kind string, d Doc, m *Made, extra []string, crng *rand.Rand) {
		m.Family, m.Role, m.How, m.Part, m.source = src.ID, "copy", how, part, doc
		m.Changed = changedShare(doc, d.Text())
		if err := checkCopy(how, m, d); err != "" {
			b.Dropped[how]++
			return
		}
		n := 0
		for _, c := range copies {
			if b.Made[c].How == how {
				n++
			}
		}
		cid := id(seed, fmt.Sprintf("c/%s/%s/%d", src.ID, how, n))
		text := d.Text()
		for _, e := range extra {
			text += "\n\n" + e
		}
		m.credits = extra
		out := pickOutlet(outlets, origOut.Name, crng)
		when, dated := t0.Add(delay(crng)), crng.IntN(100) < 45
		// A copy whose page reads as published before its original (a
		// date of the story brought up to its head, where a date line
		// stands) is not made: the check refuses it.
		probe := Article{ID: cid, Text: text}
		if dated {
			probe.Published = when.Format(time.RFC3339)
		}
		if dateSlip(b.Articles[origAt], probe) != "" {
			b.Dropped[how]++
			return
		}
		b.add(Article{ID: cid, Title: d.Title, Text: text, Event: src.Event, Story: src.Topic}, m, out, when, dated, crng)
		pairHow := how
		switch {
		case how == "excerpt" && m.Host == "filler":
			pairHow = "excerpt in invented text"
		case how == "excerpt":
			pairHow = "excerpt in a real article"
		}
		b.Pairs = append(b.Pairs, Gold{Original: oid, Copy: cid, Kind: kind, How: pairHow})
		copies = append(copies, cid)
	}
	sub := func(how string, i int) *rand.Rand {
		return rand.New(rand.NewPCG(seed, hash64(fmt.Sprintf("%s/%s/%d", src.ID, how, i))))
	}
	retitle := func(d Doc, r *rand.Rand, p float64) Doc {
		if d.Title == "" || r.Float64() < p {
			d.Title = NewHeadline(d, r)
		}
		return d
	}
	for i := range count(rng) {
		r := sub("duplicate", i)
		d := retitle(doc.Clone(), r, 0.4)
		var extra []string
		if r.IntN(3) > 0 {
			extra = append(extra, creditLine(origOut, year, r))
		}
		addCopy("duplicate", "duplicate", d, &Made{}, extra, r)
	}
	for i := range count(rng) {
		r := sub("near-duplicate", i)
		d, edits := NearDuplicate(doc, r, used)
		d = retitle(d, r, 0.5)
		var extra []string
		if r.IntN(3) == 0 {
			extra = append(extra, creditLine(origOut, year, r))
		}
		addCopy("near-duplicate", "near-duplicate", d, &Made{Edits: edits}, extra, r)
	}
	for i := range count(rng) {
		r := sub("excerpt", i)
		var host Doc
		hostName, hostText := "filler", ""
		if k := slices.IndexFunc(*hosts, func(h Source) bool { return h.Topic != src.Topic }); k >= 0 && r.IntN(100) < 40 {
			h := (*hosts)[k]
			*hosts = slices.Delete(*hosts, k, k+1)
			host, hostName, hostText = dropDateLines(ParseDoc(h.Title, h.Text)), h.ID, h.Text
			if host.Title == "" {
				host.Title = NewHeadline(host, r)
			}
		} else {
			host = Filler(8+r.IntN(7), r, used)
		}
		intro := ""
		if r.IntN(10) < 3 {
			intro = []string{"As %s reported:", "%s reported earlier:", "Earlier, %s wrote:"}[r.IntN(3)]
			intro = fmt.Sprintf(intro, origOut.Name)
		}
		d, passage, ok := Excerpt(doc, host, r, 50, 0.6, intro)
		if !ok {
			b.Dropped["excerpt"]++
			continue
		}
		addCopy("excerpt", "excerpt", d, &Made{Host: hostName, passage: passage, hostText: hostText}, nil, r)
	}
	if r := sub("spin", 0); r.IntN(10) < 9 {
		d, share := Spin(th, doc, r, SpinOptions{Rate: 0.3 + 0.35*r.Float64(), Quotes: []float64{0.2, 1}[r.IntN(2)], RareSense: 0.2 + 0.3*r.Float64()})
		addCopy("spin", "rewrite", d, &Made{Edits: []string{fmt.Sprintf("swapped %.2f", share)}}, nil, r)
	}
	if r := sub("reorder", 0); r.IntN(10) < 9 {
		d := retitle(Reorder(doc, r, ReorderOptions{Rate: 0.9, Split: 0.4, Merge: 0.3}), r, 0.5)
		addCopy("reorder", "rewrite", d, &Made{}, nil, r)
	}
	if r := sub("lead", 0); r.IntN(10) < 9 {
		d := RewriteLead(doc, r, LeadOptions{Lead: 4 + r.IntN(2), Light: 0.45, Drop: 0.3, Used: used})
		d.Title = NewHeadline(d, r)
		addCopy("lead", "rewrite", d, &Made{}, nil, r)
	}
	for i := range copies {
		for j := i + 1; j < len(copies); j++ {
			a, c := copies[i], copies[j]
			if a > c {
				a, c = c, a
			}
			b.Pairs = append(b.Pairs, Gold{Original: a, Copy: c, Kind: "sibling"})
		}
	}
}

// sharedSource makes two or three independent rewrites of src, which stays
// out of the corpus: outlets that each rewrote one press release. Each
// adds its own material: a run of the donor's sentences (another real
// report of the event, also out of the corpus) that no other rewrite has,
// 30% to 70% as many words as it took from the release, set in as
// paragraphs after its lead. Without a donor the rewrites have none.
func (b *Bench) sharedSource(src Source, donor *Source, part string, th *Thesaurus, outlets []Outlet, used Phrases, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, hash64("shared/"+src.ID)))
	doc := ParseDoc(src.Title, src.Text)
	t0 := baseTime(src.Text, rng)
	n := 2 + rng.IntN(5)/3
	var own [][]string // each rewrite's share of the donor's sentences
	if donor != nil {
		ds := dropDateLines(ParseDoc(donor.Title, donor.Text)).Sentences()
		if len(ds) > 1 {
			ds = ds[1:] // the donor's lead, kept for no one
		}
		for i := range n {
			own = append(own, ds[i*len(ds)/n:(i+1)*len(ds)/n])
		}
	}
	// Each outlet rewrites with a rewriter of its own: two rewrites made
	// by one rewriter (a restated lead and a restated lead reordered, a
	// reorder and a reordered restated lead) turned the same sentences the
	// same way and so shared wording the release lacks, as only a copy of
	// one by the other would (Check refuses it).
	hows := []string{"lead", "reorder", "spin"}
	rng.Shuffle(len(hows), func(i, j int) { hows[i], hows[j] = hows[j], hows[i] })
	var ids []string
	var written [][]string // the words of each rewrite made, before its own material
	srcRuns := Shingles(doc.Text(), 8)
	taken := map[string]bool{} // outlets: each rewrite is another outlet's
	for i := range n {
		r := rand.New(rand.NewPCG(seed, hash64(fmt.Sprintf("shared/%s/%d", src.ID, i))))
		how := hows[i]
		var d Doc
		switch how {
		case "lead":
			d = RewriteLead(doc, r, LeadOptions{Lead: 3 + r.IntN(2), Light: 0.3, Drop: 0.3, Used: used})
		case "reorder":
			d = Reorder(doc, r, ReorderOptions{Rate: 0.6, Split: 0.3, Merge: 0.2})
		default:
			d, _ = Spin(th, doc, r, SpinOptions{Rate: 0.2 + 0.15*r.Float64(), Quotes: 0.2, RareSense: 0.2})
		}
		// An outlet often runs only the first part of a release.
		if r.IntN(2) == 0 {
			ss := d.Sentences()
			keep := max(4, len(ss)*(6+r.IntN(4))/10)
			d = Regroup(d.Title, ss[:min(keep, len(ss))], paraSizes(d))
		}
		d.Title = NewHeadline(d, r)
		m := &Made{Family: src.ID, Role: "shared-source", How: how, Part: part, source: doc, Changed: changedShare(doc, d.Text())}
		if err := checkCopy("shared-source", m, d); err != "" {
			b.Dropped["shared-source"]++
			continue
		}
		// Two outlets writing apart share the release's wording, not
		// wording of their own: a rewrite that shares more than a stock
		// phrase the release lacks with an earlier one (the same clause
		// turned the same way) is not made.
		ws := Words(d.Text())
		if slices.ContainsFunc(written, func(w []string) bool { return beyondSource(ws, w, srcRuns) }) {
			b.Dropped["shared-source"]++
			continue
		}
		written = append(written, ws)
		if own != nil {
			d, m.own = addOwn(d, own[i], r)
			m.hostText = donor.Text
		}
		var out Outlet
		for {
			out = outlets[r.IntN(len(outlets))]
			if !taken[out.Name] {
				taken[out.Name] = true
				break
			}
		}
		aid := id(seed, fmt.Sprintf("s/%s/%d", src.ID, i))
		b.add(Article{ID: aid, Title: d.Title, Text: d.Text(), Event: src.Event, Story: src.Topic}, m, out,
			t0.Add(delay(r)), r.IntN(2) == 0, r)
		ids = append(ids, aid)
	}
	slices.Sort(ids)
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			b.Pairs = append(b.Pairs, Gold{Original: ids[i], Copy: ids[j], Kind: "shared-source"})
		}
	}
}

// beyondSource reports whether the words a and b share more than a stock
// phrase (Overlap.Related) outside the 8-word runs of their common source
// (src, as Shingles gives them): wording one could only have from the
// other.
func beyondSource(a, b []string, src map[string]bool) bool {
	return overlapExcept(a, b, func(k string) bool { return src[k] }).Related()
}

// addOwn sets an outlet's own sentences (a run of them, 30% to 70% as many
// words as d has) into d as paragraphs of one to three sentences, each
// after a random paragraph of d (never before its lead), and returns the
// paragraphs it added.
func addOwn(d Doc, sents []string, r *rand.Rand) (Doc, []string) {
	want := CountWords(d.Text()) * (30 + r.IntN(41)) / 100
	var take []string
	for words := 0; len(take) < len(sents) && words < want; {
		words += CountWords(sents[len(take)])
		take = append(take, sents[len(take)])
	}
	var paras [][]string
	for len(take) > 0 {
		k := min(len(take), 1+r.IntN(3))
		paras = append(paras, take[:k])
		take = take[k:]
	}
	out := Doc{Title: d.Title, Paras: slices.Clone(d.Paras)}
	var added []string
	for _, p := range paras {
		at := 1 + r.IntN(len(out.Paras))
		out.Paras = slices.Insert(out.Paras, at, p)
		added = append(added, strings.Join(p, " "))
	}
	return out, added
}

func paraSizes(d Doc) []int {
	var s []int
	for _, p := range d.Paras {
		s = append(s, len(p))
	}
	return s
}

// traps lists, for each event, the pairs of independent reports (originals
// and shared-source rewrites of different families) that share no 8-word
// run: pairs that must never be called copies.
func (b *Bench) traps() {
	type head struct {
		id, family, event string
		sh                map[string]bool
	}
	var heads []head
	for _, a := range b.Articles {
		m := b.Made[a.ID]
		if m.Role == "original" || m.Role == "shared-source" {
			heads = append(heads, head{a.ID, m.Family, a.Event, Shingles(stripTemplate(a.Text, m.template), 8)})
		}
	}
	slices.SortFunc(heads, func(x, y head) int { return cmp.Compare(x.id, y.id) })
	for i, x := range heads {
		for _, y := range heads[i+1:] {
			if x.event != y.event || x.family == y.family {
				continue
			}
			shared := false
			for k := range x.sh {
				if y.sh[k] {
					shared = true
					break
				}
			}
			if !shared {
				b.Pairs = append(b.Pairs, Gold{Original: x.id, Copy: y.id, Kind: "none"})
			}
		}
	}
}

func stripTemplate(text string, template []string) string {
	for _, t := range template {
		text = strings.Replace(text, "\n\n"+t, "", 1)
	}
	return text
}
