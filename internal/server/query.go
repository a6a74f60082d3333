package server

import (
	"cmp"
	"context"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

// Views computed here from the store, shared by the pages and the API:
// filtered stories, article search and per-outlet counts.

// storyQuery selects and orders stories; its zero value lists every story
// in the store's order (newest first).
type storyQuery struct {
	Q        string    // the search as typed
	terms    []string  // Q's words, lower case
	From, To string    // the date range as given, YYYY-MM-DD
	from, to time.Time // to is the day after To, exclusive
	Outlet   string    // only stories with an article of this outlet
	Sort     string    // "", "recent" or "size"
}

// dateLayout is how the from and to parameters are written.
const dateLayout = "2006-01-02"

// parseStoryQuery reads q, from, to, outlet and sort.
func parseStoryQuery(v url.Values) (storyQuery, error) {
	q := storyQuery{Q: strings.TrimSpace(v.Get("q")), Outlet: strings.TrimSpace(v.Get("outlet")), Sort: v.Get("sort")}
	q.terms = terms(q.Q)
	switch q.Sort {
	case "", "recent", "size":
	default:
		return q, copydesk.Errorf(copydesk.EInvalid, "sort must be %q or %q, not %q", "recent", "size", q.Sort)
	}
	var err error
	if q.From = strings.TrimSpace(v.Get("from")); q.From != "" {
		if q.from, err = time.Parse(dateLayout, q.From); err != nil {
			return q, copydesk.Errorf(copydesk.EInvalid, "from must be a date as YYYY-MM-DD, not %q", q.From)
		}
	}
	if q.To = strings.TrimSpace(v.Get("to")); q.To != "" {
		if q.to, err = time.Parse(dateLayout, q.To); err != nil {
			return q, copydesk.Errorf(copydesk.EInvalid, "to must be a date as YYYY-MM-DD, not %q", q.To)
		}
		q.to = q.to.AddDate(0, 0, 1)
	}
	if !q.from.IsZero() && !q.to.IsZero() && !q.from.Before(q.to) {
		return q, copydesk.Errorf(copydesk.EInvalid, "from (%s) must not be after to (%s)", q.From, q.To)
	}
	return q, nil
}

// values writes q back as query parameters, leaving out the defaults.
func (q storyQuery) values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{{"q", q.Q}, {"from", q.From}, {"to", q.To}, {"outlet", q.Outlet}} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	if q.Sort != "" && q.Sort != "recent" {
		v.Set("sort", q.Sort)
	}
	return v
}

// filtered reports whether q narrows the list at all.
func (q storyQuery) filtered() bool {
	return len(q.terms) > 0 || q.Outlet != "" || !q.from.IsZero() || !q.to.IsZero()
}

// findStories returns the stories q selects, in its order.
func findStories(ctx context.Context, store copydesk.Store, q storyQuery) ([]copydesk.Story, error) {
	all, err := store.Stories(ctx)
	if err != nil {
		return nil, err
	}
	all = slices.DeleteFunc(all, func(s copydesk.Story) bool {
		// A story is in the range when its span [first, last seen] meets it.
		return !q.from.IsZero() && s.LastSeen.Before(q.from) || !q.to.IsZero() && !s.FirstSeen.Before(q.to)
	})
	if len(q.terms) > 0 || q.Outlet != "" {
		arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
		if err != nil {
			return nil, err
		}
		hit, outlet := map[string]bool{}, map[string]bool{}
		for _, a := range arts {
			if q.Outlet != "" && a.Source == q.Outlet {
				outlet[a.Story] = true
			}
			if len(q.terms) > 0 && !hit[a.Story] && matchAll(q.terms, a.Title+"\n"+a.Text) > 0 {
				hit[a.Story] = true
			}
		}
		all = slices.DeleteFunc(all, func(s copydesk.Story) bool {
			if q.Outlet != "" && !outlet[s.ID] {
				return true
			}
			return len(q.terms) > 0 && !hit[s.ID] && matchAll(q.terms, s.Title) == 0
		})
	}
	switch q.Sort {
	case "recent":
		slices.SortStableFunc(all, func(a, b copydesk.Story) int { return b.LastSeen.Compare(a.LastSeen) })
	case "size":
		slices.SortStableFunc(all, func(a, b copydesk.Story) int {
			if len(a.Articles) != len(b.Articles) {
				return len(b.Articles) - len(a.Articles)
			}
			return b.LastSeen.Compare(a.LastSeen)
		})
	}
	return all, nil
}

// terms splits a search into lower-case words.
func terms(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), notWord)
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// matchAll counts the words of text that start with one of terms, or returns
// 0 when some term starts no word of text: every term must be there.
func matchAll(terms []string, text string) int {
	words := strings.FieldsFunc(strings.ToLower(text), notWord)
	found := make([]bool, len(terms))
	n := 0
	for _, w := range words {
		for i, t := range terms {
			if strings.HasPrefix(w, t) {
				found[i] = true
				n++
			}
		}
	}
	for _, f := range found {
		if !f {
			return 0
		}
	}
	return n
}

// SearchHit is an article matching a search.
type SearchHit struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Story     string    `json:"story,omitempty"`
	Event     string    `json:"event,omitempty"`
	// Matches counts the words of the title and text that match a term;
	// title words count three times.
	Matches int `json:"matches"`
	// Snippet is the text around the first match.
	Snippet string `json:"snippet"`
}

// searchArticles returns the articles whose title or text holds every word
// of q (as a word or the start of one), most matches first, then newest.
func searchArticles(ctx context.Context, store copydesk.Store, q string) ([]SearchHit, error) {
	ts := terms(q)
	if len(ts) == 0 {
		return nil, copydesk.Errorf(copydesk.EInvalid, "q must hold at least one word to search for")
	}
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		return nil, err
	}
	hits := []SearchHit{}
	for _, a := range arts {
		if matchAll(ts, a.Title+"\n"+a.Text) == 0 {
			continue
		}
		n := 3*countMatches(ts, a.Title) + countMatches(ts, a.Text)
		hits = append(hits, SearchHit{ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published, Story: a.Story,
			Event: a.Event, Matches: n, Snippet: snippet(ts, a.Text)})
	}
	slices.SortStableFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(b.Matches-a.Matches, b.Published.Compare(a.Published), strings.Compare(a.ID, b.ID))
	})
	return hits, nil
}

// countMatches counts the words of text that start with a term.
func countMatches(terms []string, text string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWord) {
		for _, t := range terms {
			if strings.HasPrefix(w, t) {
				n++
				break
			}
		}
	}
	return n
}

// snippet returns about 160 characters of text around the first word that
// starts with a term.
func snippet(terms []string, text string) string {
	const width = 160
	at := -1
	lower := strings.ToLower(text)
	for _, t := range terms {
		for i := 0; i < len(lower); {
			j := strings.Index(lower[i:], t)
			if j < 0 {
				break
			}
			j += i
			if j == 0 || notWordBefore(lower, j) {
				if at < 0 || j < at {
					at = j
				}
				break
			}
			i = j + len(t)
		}
	}
	r := []rune(text)
	if at < 0 {
		return clip(strings.Join(strings.Fields(text), " "), width)
	}
	if at > len(text) || !utf8.ValidString(text[:at]) {
		at = 0 // lower-casing moved the bytes: start at the top
	}
	start := utf8.RuneCountInString(text[:at]) - width/3
	start = max(start, 0)
	if start > 0 {
		// Begin with a whole word.
		for i := start; i < len(r) && i < start+20; i++ {
			if unicode.IsSpace(r[i]) {
				start = i + 1
				break
			}
		}
	}
	end := min(start+width, len(r))
	s := strings.Join(strings.Fields(string(r[start:end])), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(r) {
		s += "…"
	}
	return s
}

// notWordBefore reports whether the rune before byte i of s is not a letter
// or digit.
func notWordBefore(s string, i int) bool {
	r := []rune(s[:i])
	return len(r) == 0 || notWord(r[len(r)-1])
}

// Outlet is what one outlet (an article's Source) publishes and how it
// copies: the signal that tells a content farm from a newsroom.
type Outlet struct {
	// Name is the outlet as the articles give it; "" gathers the articles
	// without one.
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Stories  int    `json:"stories"`
	// Originals counts the relations whose original (From) is an article
	// of this outlet, Copies those whose copy (To) is.
	Originals int `json:"originals"`
	Copies    int `json:"copies"`
	// OriginalsByKind and CopiesByKind break those down by kind; every
	// kind is present.
	OriginalsByKind map[copydesk.Kind]int `json:"originals_by_kind"`
	CopiesByKind    map[copydesk.Kind]int `json:"copies_by_kind"`
	// CopyingArticles counts the outlet's articles that copy another;
	// CopyShare is their share of its articles.
	CopyingArticles int     `json:"copying_articles"`
	CopyShare       float64 `json:"copy_share"`
}

// outlets counts per outlet, most articles first, then by name.
func outlets(ctx context.Context, store copydesk.Store) ([]Outlet, error) {
	arts, err := store.Articles(ctx, copydesk.ArticleFilter{})
	if err != nil {
		return nil, err
	}
	rels, err := store.Relations(ctx, "")
	if err != nil {
		return nil, err
	}
	byName := map[string]*Outlet{}
	stories := map[string]map[string]bool{}
	sourceOf := map[string]string{}
	get := func(name string) *Outlet {
		o := byName[name]
		if o == nil {
			o = &Outlet{Name: name, OriginalsByKind: map[copydesk.Kind]int{}, CopiesByKind: map[copydesk.Kind]int{}}
			for _, k := range copydesk.Kinds {
				o.OriginalsByKind[k], o.CopiesByKind[k] = 0, 0
			}
			byName[name] = o
			stories[name] = map[string]bool{}
		}
		return o
	}
	for _, a := range arts {
		o := get(a.Source)
		o.Articles++
		sourceOf[a.ID] = a.Source
		if a.Story != "" {
			stories[a.Source][a.Story] = true
		}
	}
	copying := map[string]bool{}
	for _, r := range rels {
		from, okF := sourceOf[r.From]
		to, okT := sourceOf[r.To]
		if okF {
			o := get(from)
			o.Originals++
			o.OriginalsByKind[r.Kind]++
		}
		if okT {
			o := get(to)
			o.Copies++
			o.CopiesByKind[r.Kind]++
			if !copying[r.To] {
				copying[r.To] = true
				o.CopyingArticles++
			}
		}
	}
	out := make([]Outlet, 0, len(byName))
	for name, o := range byName {
		o.Stories = len(stories[name])
		if o.Articles > 0 {
			o.CopyShare = float64(o.CopyingArticles) / float64(o.Articles)
		}
		out = append(out, *o)
	}
	slices.SortFunc(out, func(a, b Outlet) int { return cmp.Or(b.Articles-a.Articles, strings.Compare(a.Name, b.Name)) })
	return out, nil
}
