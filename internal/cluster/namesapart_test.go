package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// Two invented companies file for bankruptcy on one day: a coin exchange,
// which is also in the news for a hacked blog, and a pizza chain. Their
// filing headlines share "files for bankruptcy", and are closer to each
// other than the exchange's filing is to its hacked blog.
var (
	corvexFiling = []string{
		"Corvex files for bankruptcy protection in US",
		"Corvex files for US bankruptcy protection",
		"Corvex Files For Bankruptcy Protection In US",
		"Corvex files for bankruptcy protection in the US",
		"UPDATE 1-Corvex files for US bankruptcy protection",
		"Corvex seeks bankruptcy protection in US",
		"Corvex files for US bankruptcy",
		"Corvex Files For US Bankruptcy Protection",
		"Corvex files for bankruptcy in US",
		"Exchange Corvex files for US bankruptcy protection",
		"The Daily Docket: Corvex Files for Bankruptcy in US",
		"Corvex seeks US bankruptcy protection",
	}
	corvexHack = []string{
		"Hackers claim Corvex chief Dalmer held stolen coins",
		"Corvex chief Dalmer's blog hacked, claims of fraud posted",
		"Hackers say Corvex still holds customers' coins",
		"Corvex CEO Dalmer targeted by hackers",
		"Hackers Leak Corvex Database, Reveal Blog Of Chief",
		"Hackers accuse Corvex of pocketing users' coins",
		"Corvex chief's personal blog hacked",
		"Does Corvex chief Dalmer still control the stolen coins?",
		"Hackers call Corvex chief a liar over stolen coins",
		"Corvex Hit By Hackers Who Claim Evidence Of Fraud",
		"Corvex customers hack Dalmer's account to post fraud claims",
		"Hacked documents show Corvex holds a million coins, hackers claim",
	}
	pellmanFiling = []string{
		"Pellman files for bankruptcy protection again",
		"Pellman files for bankruptcy protection for the second time",
		"Pellman Files For Bankruptcy Protection Again",
		"Pellman files for bankruptcy again",
		"Pizza chain Pellman files for bankruptcy protection again",
		"Pizza chain Pellman files for bankruptcy again, closing stores",
		"Pellman Files For Second Bankruptcy",
		"Pellman files for bankruptcy protection, again",
		"Pellman seeks bankruptcy protection a second time",
		"Pellman Files For Bankruptcy Again",
		"Pizza chain Pellman files for bankruptcy for the second time",
		"Pellman files for second bankruptcy in three years",
	}
)

// otherNews is the rest of the day: a headline on each of many other
// matters, of invented words, so that "files for bankruptcy" is as rare as
// in a day's news.
func otherNews() []string {
	r := rand.New(rand.NewPCG(3, 5))
	syllables := []string{"ka", "lo", "mer", "ti", "van", "so", "rel", "du", "pin", "ga", "tor", "wel", "ny", "bas", "quo", "zim"}
	word := func() string {
		w := ""
		for range 2 + r.IntN(2) {
			w += syllables[r.IntN(len(syllables))]
		}
		return w
	}
	var out []string
	for range 160 {
		h := ""
		for range 5 {
			h += word() + " "
		}
		out = append(out, h)
	}
	return out
}

func bankruptcyHeadlines() []Item {
	var all []Item
	day := time.Date(2031, 3, 10, 9, 0, 0, 0, time.UTC)
	for k, hs := range [][]string{otherNews(), corvexHack, corvexFiling, pellmanFiling} {
		for i, h := range hs {
			all = append(all, Item{ID: fmt.Sprintf("%c%03d", "ohfp"[k], i), Title: h, Text: h, Time: day.Add(time.Duration(len(all)) * time.Minute)})
		}
	}
	return all
}

// TestOfflineKeepsNamedHeadlinesApart: offline, the exchange's filing
// headlines join the exchange's story, not the pizza chain's filing,
// though their words are closer to the chain's: the two groups each keep
// naming a word (Corvex, Pellman) the other never names. Without
// namesApart the exchange's filing joins the chain's event.
func TestOfflineKeepsNamedHeadlinesApart(t *testing.T) {
	ev, st := Offline(bankruptcyHeadlines(), nil, Options{})
	for i := range corvexFiling {
		f := fmt.Sprintf("f%03d", i)
		if ev[f] == ev["p000"] || st[f] == st["p000"] {
			t.Errorf("%s (the exchange's filing) in event %s and story %s, the chain's filing's are %s and %s", f, ev[f], st[f], ev["p000"], st["p000"])
		}
	}
	for i := range pellmanFiling {
		if p := fmt.Sprintf("p%03d", i); ev[p] != ev["p000"] {
			t.Errorf("%s in event %s, apart from the chain's filing %s", p, ev[p], ev["p000"])
		}
	}
}

// The same in a store: after Recluster the exchange's filing is not in
// the chain's event or story, and a second Recluster moves nothing.
func TestReclusterKeepsNamedHeadlinesApart(t *testing.T) {
	c := New(Options{})
	for _, it := range bankruptcyHeadlines() {
		c.Assign(it)
	}
	c.Refine()
	c.Recluster()
	p := c.EventOf("p000")
	for i := range corvexFiling {
		f := fmt.Sprintf("f%03d", i)
		if c.EventOf(f) == p || c.events[c.EventOf(f)].story == c.events[p].story {
			t.Errorf("%s (the exchange's filing) in event %s of story %s with the chain's filing", f, c.EventOf(f), c.events[c.EventOf(f)].story)
		}
	}
	if moved := c.Recluster(); len(moved) > 0 {
		t.Errorf("a second Recluster moved %v", moved)
	}
}

// The words a cluster keeps naming, carried along as clusters join, are
// those a walk of all its words finds.
func TestKeptWordsAsClustersJoin(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 13))
	var cs []*offCluster
	for i := range 60 {
		d := &offDoc{titleOnly: r.IntN(5) > 0}
		if d.titleOnly {
			for w := range int32(8) {
				if r.IntN(3) == 0 {
					d.words = append(d.words, w)
				}
			}
		}
		x := newOffCluster(i)
		x.add(i, d, nil)
		cs = append(cs, x)
	}
	for len(cs) > 1 {
		i, j := r.IntN(len(cs)), r.IntN(len(cs)-1)
		if j >= i {
			j++
		}
		cs[i].absorb(cs[j])
		want := []int32{}
		for w, n := range cs[i].named {
			if 2*n >= cs[i].titles {
				want = append(want, w)
			}
		}
		slices.Sort(want)
		if got := cs[i].keptWords(); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("a cluster of %d headlines keeps %v, a walk of its words finds %v", cs[i].titles, got, want)
		}
		cs = slices.Delete(cs, j, j+1)
	}
}

// TestHeadlineNamelessToFirstFiling: online, the pizza chain's filing
// and the exchange's hacked blog arrive first, then the exchange's filing,
// whose words are closer to the chain's filing than to the hacked blog. A
// filing headline names Corvex (and the US), which the chain's event
// never names, so it counts half its similarity there: on arrival it stays
// out of the chain's event and story unless it is twice the threshold
// close, and says so when it joins a cluster it shares no name with.
// Without namelessShare every filing headline joins the chain's event on
// arrival. (One joins another filing headline's event, which then merges
// with the chain's: the merge test does not weigh names.)
// Title-case headlines are left out: they name their common words too
// ("Files", "Bankruptcy"), which the chain's title-case headlines name.
func TestHeadlineNamelessToFirstFiling(t *testing.T) {
	var items []Item
	var filings []Item
	for _, it := range bankruptcyHeadlines() {
		if it.ID[0] == 'f' {
			if !titleCase(it.Title) {
				filings = append(filings, it)
			}
			continue
		}
		items = append(items, it)
	}
	// The rest of the day also files suits, protects and updates, as a
	// day's news does: "files" and "protection" are not the filings' alone.
	day := items[0].Time
	for i, h := range []string{
		"Tormel files suit against Vandu over patents", "UPDATE 2-Kalo shares rise in US trading",
		"US consumer protection agency fines Merwel", "Dusora files for listing on the Lotran exchange",
		"UPDATE 1-Gavin seeks protection for its brand in US", "Zimtor files appeal in US court",
		"Data protection rules tighten for Welny", "UPDATE 3-Quorel files its annual report",
		"Basquo seeks US approval for its drug", "Exchange rates: US dollar slips",
	} {
		items = append(items, Item{ID: fmt.Sprintf("x%03d", i), Title: h, Text: h, Time: day.Add(time.Duration(i) * time.Minute)})
	}
	c := New(Options{})
	for _, it := range items {
		c.Assign(it)
	}
	out := 0
	for _, it := range filings {
		chain := c.EventOf("p000")
		a := c.Assign(it)
		named := strings.Contains(a.Reason, "name no one alike")
		switch {
		case len(a.Merged) > 0:
			// It joined another event, which then merged with the
			// chain's: the merge of two events of headlines does not
			// weigh their names.
		case a.Event == chain && !named:
			t.Errorf("%s (the exchange's filing) joined the chain's filing %s: %s", it.ID, chain, a.Reason)
		case a.Event != chain && a.Story == c.events[chain].story && !named:
			t.Errorf("%s (the exchange's filing) joined the chain's story %s: %s", it.ID, a.Story, a.Reason)
		case a.Event != chain && a.Story != c.events[chain].story:
			out++
		}
	}
	if out < len(filings)/2 {
		t.Errorf("%d of the exchange's %d filing headlines out of the chain's story on arrival, want at least half", out, len(filings))
	}
}

// TestNamelessCounted: a headline's similarity to an event that names
// something, none of it what the headline names, counts namelessShare; to
// one that shares a name, or for an article with a body, it counts in full.
func TestNamelessCounted(t *testing.T) {
	c := New(Options{})
	day := time.Date(2031, 3, 10, 9, 0, 0, 0, time.UTC)
	for i, h := range pellmanFiling[:4] {
		c.Assign(Item{ID: fmt.Sprintf("p%d", i), Title: h, Text: h, Time: day})
	}
	g := c.events[c.EventOf("p0")]
	head := "Corvex files for bankruptcy protection in US"
	for _, tc := range []struct {
		title, text string
		share       float64
	}{
		{head, head, namelessShare},
		{"Pellman and Corvex file for bankruptcy", "Pellman and Corvex file for bankruptcy", 1},
		{head, "The exchange Corvex filed for bankruptcy protection in a US court on Monday, its lawyers said.", 1},
	} {
		it := Item{Title: tc.title, Text: tc.text, Time: day}
		q := c.terms.queryOf(c.observe(it), nil, true)
		c.ready(g)
		if got, want := c.placeCosine(q, g, c.formOf(it)), tc.share*c.cosine(q, g); got != want || want == 0 {
			t.Errorf("%q: counted %.4f, want %.4f (%.2f of the cosine)", tc.title, got, want, tc.share)
		}
	}
}
