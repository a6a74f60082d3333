package provenance

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
)

func TestDirect(t *testing.T) {
	t0 := time.Date(2031, 3, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		a, b       copydesk.Article
		pair       Pair
		wantOrig   string
		wantReason string
	}{
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
			a:          copydesk.Article{ID: "a", Published: t0, Removed: []copydesk.Removed{{Text: "This article was originally published on the Harbor Gazette", Reason: "credit line"}}},
			b:          copydesk.Article{ID: "b", Published: t0.Add(20 * time.Second)},
			pair:       Pair{Kind: copydesk.Duplicate, AInB: 1, BInA: 1},
			wantOrig:   "b",
			wantReason: "credit line",
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
			name:       "near-duplicate: the copy lost a sentence",
			a:          copydesk.Article{ID: "a"},
			b:          copydesk.Article{ID: "b"},
			pair:       Pair{Kind: copydesk.NearDuplicate, AInB: 0.98, BInA: 0.8},
			wantOrig:   "b",
			wantReason: "lacks part of",
		},
		{
			name: "rewrite: a syndication credit does not decide, a content farm's promos do",
			a:    copydesk.Article{ID: "a", Removed: []copydesk.Removed{{Text: "This article was originally published on", Reason: "credit line"}}},
			b: copydesk.Article{ID: "b", Removed: []copydesk.Removed{{Text: "More Stories", Reason: "read-more link"},
				{Text: "Stay informed by joining Spinfarm", Reason: "subscribe prompt"}}},
			pair:       Pair{Kind: copydesk.Rewrite},
			wantOrig:   "a",
			wantReason: "promotional lines",
		},
		{
			name:       "no signal: stored first",
			a:          copydesk.Article{ID: "a", Added: t0.Add(time.Hour)},
			b:          copydesk.Article{ID: "b", Added: t0},
			pair:       Pair{Kind: copydesk.Rewrite},
			wantOrig:   "b",
			wantReason: "no signal",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				a, b, p := &tt.a, &tt.b, tt.pair
				if swap {
					a, b, p = b, a, Pair{Kind: p.Kind, AInB: p.BInA, BInA: p.AInB}
				}
				d := Direct(a, b, p)
				if d.Original.ID != tt.wantOrig {
					t.Errorf("swap=%v: got original %s, want %s (reasons %q)", swap, d.Original.ID, tt.wantOrig, d.Reasons)
				}
				if !strings.Contains(strings.Join(d.Reasons, "; "), tt.wantReason) {
					t.Errorf("swap=%v: got reasons %q, want one containing %q", swap, d.Reasons, tt.wantReason)
				}
				if d.Confidence <= 0 || d.Confidence > 1 {
					t.Errorf("swap=%v: got confidence %v, want in (0, 1]", swap, d.Confidence)
				}
			}
		})
	}
}
