package provenance

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

func TestDirect(t *testing.T) {
	t0 := time.Date(2031, 3, 3, 9, 0, 0, 0, time.UTC)
	runDirect(t, []directCase{
		{
			name:       "earlier publication wins",
			a:          copydesk.Article{ID: "a", Published: t0.Add(3 * time.Hour)},
			b:          copydesk.Article{ID: "b", Published: t0},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			wantOrig:   "b",
			wantReason: "published 3 hours earlier",
		},
		{
			name:       "times within a minute are a tie; a credit line decides",
			a:          copydesk.Article{ID: "a", Published: t0, Removed: []copydesk.Removed{{Text: "This article was originally published on the Harbor Gazette", Reason: copydesk.RemovedCredit}}},
			b:          copydesk.Article{ID: "b", Published: t0.Add(20 * time.Second)},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			wantOrig:   "b",
			wantReason: copydesk.RemovedCredit,
		},
		{
			name:       "canonical URL pointing at the other",
			a:          copydesk.Article{ID: "a", URL: "https://gazette.example/story"},
			b:          copydesk.Article{ID: "b", URL: "https://farm.example/x", CanonicalURL: "https://www.gazette.example/story/"},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			wantOrig:   "a",
			wantReason: "canonical URL",
		},
		{
			// A copy adds lines as often as it cuts them: which text is
			// longer says nothing. The pair is kept with the one that
			// lacks nothing first, an order and no claim.
			name:     "near-duplicate: text one lacks does not decide",
			a:        copydesk.Article{ID: "a"},
			b:        copydesk.Article{ID: "b"},
			pair:     Pair{Kind: copydesk.NearDuplicate, AInB: 0.98, BInA: 0.8},
			wantOrig: "b", wantUndetermined: true,
			wantReason: "no signal of direction: which is the original is undetermined",
		},
		{
			name:     "two identical texts with identical dates: a duplicate of undetermined direction",
			a:        copydesk.Article{ID: "a", Published: t0, Added: t0.Add(time.Hour)},
			b:        copydesk.Article{ID: "b", Published: t0, Added: t0.Add(time.Hour)},
			pair:     Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "published within a minute of each other",
		},
		{
			name: "the later article is never the original, whatever the text says",
			a:    copydesk.Article{ID: "a", Published: t0.Add(2 * time.Minute)},
			b: copydesk.Article{ID: "b", Published: t0, Removed: []copydesk.Removed{
				{Text: "This article was originally published on the Harbor Gazette", Reason: copydesk.RemovedCredit}}},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			wantOrig:   "b",
			wantReason: "published 2 minutes earlier",
		},
		{
			// A date line giving a day alone, in an unknown zone, does not
			// order an article against one published that day.
			name:     "a day against a time of that day: the times do not decide",
			a:        copydesk.Article{ID: "a", Published: t0.Truncate(24 * time.Hour)},
			b:        copydesk.Article{ID: "b", Published: t0.Add(-2 * time.Hour)},
			pair:     Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, Spans: [2]Span{{t0.Truncate(24 * time.Hour).Add(-14 * time.Hour), t0.Truncate(24 * time.Hour).Add(36 * time.Hour)}}},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "overlap (",
		},
		{
			name:       "a day two days before a time: the times decide",
			a:          copydesk.Article{ID: "a", Published: t0.Truncate(24 * time.Hour)},
			b:          copydesk.Article{ID: "b", Published: t0.Add(48 * time.Hour)},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, Spans: [2]Span{{t0.Truncate(24 * time.Hour).Add(-14 * time.Hour), t0.Truncate(24 * time.Hour).Add(36 * time.Hour)}}},
			wantOrig:   "a",
			wantReason: "published at least 21 hours earlier (2031-03-03T00:00:00Z, known only within a span (a date line without a zone or a time of day, or a page's first publication and its update): between",
		},
		{
			// A syndication credit does not decide against a rewrite, and
			// promotional lines are an outlet's template: neither decides,
			// the promotional lines only lean the order the pair is kept in.
			name: "rewrite: neither a syndication credit nor promotional lines decide",
			a:    copydesk.Article{ID: "a", Removed: []copydesk.Removed{{Text: "This article was originally published on", Reason: copydesk.RemovedCredit}}},
			b: copydesk.Article{ID: "b", Removed: []copydesk.Removed{{Text: "More Stories", Reason: copydesk.RemovedReadMore},
				{Text: "Stay informed by joining Spinfarm", Reason: copydesk.RemovedSubscribe},
				{Text: "Get Spinfarm on your phone", Reason: copydesk.RemovedSubscribe}}},
			pair:     Pair{Kind: copydesk.Rewrite},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal of direction",
		},
		{
			// Two other copies of b keep what b has and a changed; one keeps
			// a little of a's own text.
			name:       "edits accumulate on the copy: the relatives keep the original's text",
			a:          copydesk.Article{ID: "a"},
			b:          copydesk.Article{ID: "b"},
			pair:       Pair{Kind: copydesk.Rewrite, Relatives: []Vote{{A: 0, B: 12}, {A: 1, B: 9}, {A: 2, B: 0}}},
			wantOrig:   "b",
			wantReason: "edits accumulate on the copy",
		},
		{
			name:     "relatives split: no decision",
			a:        copydesk.Article{ID: "a"},
			b:        copydesk.Article{ID: "b"},
			pair:     Pair{Kind: copydesk.Rewrite, Relatives: []Vote{{A: 0, B: 12}, {A: 10, B: 0}}},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal of direction",
		},
		{
			name:       "a credit line left in the text decides between literal copies",
			a:          copydesk.Article{ID: "a"},
			b:          copydesk.Article{ID: "b"},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: "Bridge opens\n\nThe bridge opened.", BText: "Bridge opens\n\nThe bridge opened.\n\nThis story was first published by the Harbor Gazette."},
			wantOrig:   "a",
			wantReason: "carries a credit line",
		},
		{
			name:       "a credit line naming the other's outlet decides",
			a:          copydesk.Article{ID: "a", Source: "The Harbor Gazette"},
			b:          copydesk.Article{ID: "b", Source: "Quay Times"},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: "Bridge opens\n\nThe bridge opened.", BText: "Bridge opens\n\nThe bridge opened.\n\nThis story was first published by the Harbor Gazette."},
			wantOrig:   "a",
			wantReason: "carries a credit line",
		},
		{
			// b took the text from the Harbor Gazette; a, another outlet's
			// copy of it, is no more its original for lacking the line.
			name:     "a credit line naming a third outlet does not decide",
			a:        copydesk.Article{ID: "a", Source: "Marsh Herald"},
			b:        copydesk.Article{ID: "b", Source: "Quay Times"},
			pair:     Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1, AText: "Bridge opens\n\nThe bridge opened.", BText: "Bridge opens\n\nThe bridge opened.\n\nThis story was first published by the Harbor Gazette."},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "no signal",
		},
		{
			name:     "no signal: undetermined, kept in the order stored",
			a:        copydesk.Article{ID: "a", Added: t0.Add(time.Hour)},
			b:        copydesk.Article{ID: "b", Added: t0},
			pair:     Pair{Kind: copydesk.Rewrite},
			wantOrig: "b", wantUndetermined: true,
			wantReason: "no signal",
		},
		{
			name: "one dated, one not: the order of storage does not decide",
			a:    copydesk.Article{ID: "a", Published: t0, Added: t0.Add(48 * time.Hour)},
			b:    copydesk.Article{ID: "b", Added: t0.Add(49 * time.Hour)},
			pair: Pair{Kind: copydesk.Rewrite},
			// Kept in id order, whichever was stored first.
			wantOrig: "a", wantUndetermined: true,
			wantReason: "undetermined",
		},
		{
			name:     "one dated, one not, the dated stored first: still not decided by storage",
			a:        copydesk.Article{ID: "a", Added: t0.Add(48 * time.Hour)},
			b:        copydesk.Article{ID: "b", Published: t0, Added: t0.Add(47 * time.Hour)},
			pair:     Pair{Kind: copydesk.Rewrite},
			wantOrig: "a", wantUndetermined: true,
			wantReason: "only one of the two has a publication time",
		},
		{
			name:       "the undated one was stored before the other was published",
			a:          copydesk.Article{ID: "a", Published: t0.Add(30 * time.Hour), Added: t0.Add(31 * time.Hour)},
			b:          copydesk.Article{ID: "b", Added: t0},
			pair:       Pair{Kind: copydesk.Rewrite},
			wantOrig:   "b",
			wantReason: "stored 30 hours before",
		},
		{
			name: "a publication time after the article was stored bounds nothing",
			a:    copydesk.Article{ID: "a", Published: t0.Add(400 * 24 * time.Hour), Added: t0.Add(time.Hour)},
			b: copydesk.Article{ID: "b", Added: t0, Removed: []copydesk.Removed{{Text: "Sign up for breaking news alerts.", Reason: copydesk.RemovedSubscribe},
				{Text: "More from Spinfarm", Reason: copydesk.RemovedReadMore}, {Text: "Join Spinfarm today", Reason: copydesk.RemovedSubscribe}}},
			pair: Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			// Not the invented date: nothing decides.
			wantOrig: "a", wantUndetermined: true,
			wantReason: "only one of the two has a publication time",
		},
		{
			name: "rewrite: the spun copy uses rarer words",
			a:    copydesk.Article{ID: "a", Source: "Fenwick Tribune"},
			b:    copydesk.Article{ID: "b", Source: "Quillmarsh Digest"},
			pair: Pair{Kind: copydesk.Rewrite, AInB: 0.9, BInA: 0.9, Aligned: []Sentences{
				{"The Dunmore council approved the new budget after a long debate on Tuesday.",
					"The Dunmore council sanctioned the novel budget after a prolonged argumentation on Tuesday."},
				{"Mayor Ilse Varga said the plan would help families buy homes.",
					"Mayor Ilse Varga aforesaid the plan would assist households purchase abodes."},
				{"Work on the bridge will start next month, officials said.",
					"Work on the bridge volition commence next calendar month, functionaries said."},
			}},
			wantOrig:   "a",
			wantReason: "Quillmarsh Digest swaps words for rarer synonyms",
		},
		{
			name: "rewrite: the side that quotes what the other reports is the original",
			a:    copydesk.Article{ID: "a", Source: "Orrin Valley Herald"},
			b:    copydesk.Article{ID: "b", Source: "Daily Roundup"},
			pair: Pair{Kind: copydesk.Rewrite, AInB: 0.8, BInA: 0.8, Aligned: []Sentences{
				{"\"We will rebuild the pier before the summer,\" harbour master Tova Brenn said on Monday.",
					"Harbour master Tova Brenn said on Monday that they would rebuild the pier before the summer."},
				{"The ferry to Hollin Isle was cancelled after the storm.", "The ferry to Hollin Isle was called off after the storm."},
			}},
			wantOrig:   "a",
			wantReason: "Orrin Valley Herald quotes where Daily Roundup reports the words",
		},
		{
			name:       "excerpt cut down: the text almost wholly inside the other is the copy",
			a:          copydesk.Article{ID: "a"},
			b:          copydesk.Article{ID: "b"},
			pair:       Pair{Kind: copydesk.Excerpt, AInB: 0.95, BInA: 0.4},
			wantOrig:   "b",
			wantReason: "is cut down from",
		},
		{
			name: "excerpt set into a round-up: the text whose own words are about something else is the copy",
			a:    copydesk.Article{ID: "a", Source: "Orrin Valley Herald"},
			b:    copydesk.Article{ID: "b", Source: "Daily Roundup"},
			pair: Pair{Kind: copydesk.Excerpt, AInB: 0.3, BInA: 0.3,
				Aligned: []Sentences{{"The ferry to Hollin Isle was cancelled after the storm damaged the pier.", "The ferry to Hollin Isle was cancelled after the storm damaged the pier."}},
				AText: "Storm damages Hollin Isle pier. The ferry to Hollin Isle was cancelled after the storm damaged the pier. " +
					"Engineers inspected the damaged pier and said the storm had cracked two pylons. The ferry operator said the pier repairs " +
					"would take weeks and that the storm was the worst in years. Islanders waited for the ferry on the damaged pier " +
					"while engineers measured the storm damage to the pylons.",
				BText: "Today's briefing. A bakery in Marrow Street won a national prize for its rye bread, judges said. " +
					"The ferry to Hollin Isle was cancelled after the storm damaged the pier. The school orchestra will play " +
					"three concerts in June, with tickets on sale from Friday at the library. A new cycling lane opened " +
					"along the canal, and the council plans two more before winter."},
			wantOrig:   "a",
			wantReason: "Daily Roundup wraps the shared passage in text about something else",
		},
		{
			name:       "a byline naming the other's outlet",
			a:          copydesk.Article{ID: "a", Source: "Brennick Wire", URL: "https://brennickwire.example/x"},
			b:          copydesk.Article{ID: "b", Source: "Kellstadt Bote", Byline: "Von Brennick Wire"},
			pair:       Pair{Kind: copydesk.Translation, AInB: 0.8, BInA: 0.8},
			wantOrig:   "a",
			wantReason: "Kellstadt Bote credits Brennick Wire in its byline",
		},
		{
			name:       "two articles of one outlet are told apart, never by id",
			a:          copydesk.Article{ID: "a", Source: "Fenwick Tribune"},
			b:          copydesk.Article{ID: "b", Source: "Fenwick Tribune"},
			pair:       Pair{Kind: copydesk.Excerpt, AInB: 0.95, BInA: 0.4},
			wantOrig:   "b",
			wantReason: "Fenwick Tribune (one) is cut down from Fenwick Tribune (the other)",
		},
		{
			name:       "two articles of one outlet are told apart by title",
			a:          copydesk.Article{ID: "a", Source: "Fenwick Tribune", Title: "Ferry back"},
			b:          copydesk.Article{ID: "b", Source: "Fenwick Tribune", Title: "Ferry service resumes"},
			pair:       Pair{Kind: copydesk.Excerpt, AInB: 0.95, BInA: 0.4},
			wantOrig:   "b",
			wantReason: `Fenwick Tribune ("Ferry back") is cut down from Fenwick Tribune ("Ferry service resumes")`,
		},
		{
			name:       "articles without outlet are named by address",
			a:          copydesk.Article{ID: "a", URL: "https://www.gazette.example/1", Ref: "/tmp/pile/a.html"},
			b:          copydesk.Article{ID: "b", URL: "https://herald.example/2", Ref: "/tmp/pile/b.html"},
			pair:       Pair{Kind: copydesk.Excerpt, AInB: 0.95, BInA: 0.4},
			wantOrig:   "b",
			wantReason: "gazette.example is cut down from herald.example",
		},
	})
}

// directCase is one pair of articles and what Direct should decide.
type directCase struct {
	name       string
	a, b       copydesk.Article
	pair       Pair
	wantOrig   string
	wantReason string
	// wantUndetermined: the direction is left undetermined, wantOrig only
	// the order the pair is kept in.
	wantUndetermined bool
}

// runDirect checks each case both ways round: which is the original, the
// reason given, and a confidence in (0, 1].
func runDirect(t *testing.T, tests []directCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				a, b, p := &tt.a, &tt.b, tt.pair
				if swap {
					a, b, p = b, a, swapped(p)
				}
				d := Direct(a, b, p)
				if d.Original.ID != tt.wantOrig {
					t.Errorf("swap=%v: got original %s, want %s (reasons %q)", swap, d.Original.ID, tt.wantOrig, d.Reasons)
				}
				if !strings.Contains(strings.Join(d.Reasons, "; "), tt.wantReason) {
					t.Errorf("swap=%v: got reasons %q, want one containing %q", swap, d.Reasons, tt.wantReason)
				}
				if d.Undetermined != tt.wantUndetermined {
					t.Errorf("swap=%v: got undetermined %v, want %v (reasons %q)", swap, d.Undetermined, tt.wantUndetermined, d.Reasons)
				}
				if !d.Undetermined && d.Confidence < MinConfidence {
					t.Errorf("swap=%v: decided with confidence %v, below %v", swap, d.Confidence, MinConfidence)
				}
				if d.Confidence <= 0 || d.Confidence > 1 {
					t.Errorf("swap=%v: got confidence %v, want in (0, 1]", swap, d.Confidence)
				}
			}
		})
	}
}

// swapped is p seen from b's side.
func swapped(p Pair) Pair {
	q := Pair{Kind: p.Kind, AInB: p.BInA, BInA: p.AInB, AText: p.BText, BText: p.AText, Spans: [2]Span{p.Spans[1], p.Spans[0]}}
	for _, s := range p.Aligned {
		q.Aligned = append(q.Aligned, Sentences{A: s.B, B: s.A})
	}
	for _, v := range p.Relatives {
		q.Relatives = append(q.Relatives, Vote{A: v.B, B: v.A})
	}
	return q
}

func TestSpin(t *testing.T) {
	aligned := []Sentences{
		{"The council approved the plan to help families buy homes.", "The council sanctioned the plan to assist households purchase homes."},
		{"The old mill closed in March, Petra Lind said.", "The antique mill closed in March, Petra Lind said."},
		// Identical sentences, and names and numbers, say nothing.
		{"About 40 workers lost their jobs.", "About 40 workers lost their jobs."},
		{"Ansel Brook and 12 others signed.", "Corwin Hale and 13 others signed."},
	}
	s := Spin(aligned)
	if s.Pairs != 2 {
		t.Errorf("got %d changed pairs, want 2", s.Pairs)
	}
	if s.Swaps < 3 {
		t.Errorf("got %d synonym swaps, want at least 3 (approved/sanctioned, help/assist, families/households, buy/purchase)", s.Swaps)
	}
	if s.Diff <= minSpin {
		t.Errorf("got difference %.2f, want above %.2f: the first sentences' words are the commoner", s.Diff, minSpin)
	}
	if r := Spin(nil); r != (SpinScore{}) {
		t.Errorf("got %+v for no sentences, want zero", r)
	}
}

func TestKept(t *testing.T) {
	tests := []struct {
		name    string
		a, b, z []uint64
		want    Vote
	}{
		{"z keeps a's own text", []uint64{1, 2, 3, 4}, []uint64{1, 2, 9}, []uint64{1, 2, 3, 4, 7}, Vote{A: 2}},
		{"z keeps b's own text", []uint64{1, 2, 3}, []uint64{1, 5, 6}, []uint64{5, 6, 8}, Vote{B: 2}},
		{"shared text counts for neither", []uint64{1, 2}, []uint64{1, 2}, []uint64{1, 2}, Vote{}},
		{"some of each", []uint64{1, 3, 5}, []uint64{2, 4, 5}, []uint64{1, 2, 4, 5}, Vote{A: 1, B: 2}},
		{"empty", nil, nil, []uint64{1}, Vote{}},
	}
	for _, tt := range tests {
		if got := Kept(tt.a, tt.b, tt.z); got != tt.want {
			t.Errorf("%s: Kept = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestOwnKeptIsMerge compares Own.Kept and KeptBy with KeptBodies on
// random sorted sets of every relative size (both of countIn's ways), with
// repeats in the relative and bodies not within their alls.
func TestOwnKeptIsMerge(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	set := func(n, max int, repeats bool) []uint64 {
		var s []uint64
		for range n {
			s = append(s, uint64(rng.IntN(max)))
		}
		slices.Sort(s)
		if !repeats {
			s = slices.Compact(s)
		}
		return s
	}
	for range 2000 {
		m := 5 + rng.IntN(400)
		aBody, aAll := set(rng.IntN(60), m, false), set(rng.IntN(80), m, false)
		bBody, bAll := set(rng.IntN(60), m, false), set(rng.IntN(80), m, false)
		z := set(rng.IntN(2000), m, true)
		want := KeptBodies(aBody, aAll, bBody, bAll, z)
		if got := OwnOf(aBody, aAll, bBody, bAll).Kept(z); got != want {
			t.Fatalf("Own.Kept = %+v, want %+v", got, want)
		}
		for n := range 5 {
			zs := make([][]uint64, n)
			for i := range zs {
				zs[i] = z
			}
			for _, got := range KeptBy(aBody, aAll, bBody, bAll, zs) {
				if got != want {
					t.Fatalf("KeptBy of %d = %+v, want %+v", n, got, want)
				}
			}
		}
	}
}
