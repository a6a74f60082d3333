package view

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk"
)

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

// SearchLimit is how many of the newest articles the store's full-text
// index finds a search reads and orders: a search's cost grows with it, not
// with the store.
const SearchLimit = 500

// Search returns one page of the articles whose title or text holds every
// word of q (as a word or the start of one), most matches first, then
// newest: of the SearchLimit newest the store's index finds, the limit
// (0: all) from offset, and how many there are. Only the page's hits get a
// snippet: at 100,000 articles making one for each of 500 hits was a fifth
// of a search's CPU.
func Search(ctx context.Context, store copydesk.Store, q string, limit, offset int) ([]SearchHit, int, error) {
	ts := Terms(q)
	if len(ts) == 0 {
		return nil, 0, copydesk.Errorf(copydesk.EInvalid, "q must hold at least one word to search for")
	}
	arts, err := store.SearchArticles(ctx, ts, SearchLimit)
	if err != nil {
		return nil, 0, err
	}
	type hit struct {
		SearchHit
		text string
	}
	var hits []hit
	found := make([]bool, len(ts))
	for _, a := range arts {
		clear(found)
		n := 3*countMatches(ts, a.Title, found) + countMatches(ts, a.Text, found)
		if slices.Contains(found, false) {
			continue
		}
		hits = append(hits, hit{SearchHit{ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published, Story: a.Story,
			Event: a.Event, Matches: n}, a.Text})
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(b.Matches-a.Matches, b.Published.Compare(a.Published), strings.Compare(a.ID, b.ID))
	})
	page := []SearchHit{}
	if offset < len(hits) {
		end := len(hits)
		if limit > 0 {
			end = min(offset+limit, end)
		}
		for _, h := range hits[offset:end] {
			h.Snippet = snippet(ts, h.text)
			page = append(page, h.SearchHit)
		}
	}
	return page, len(hits), nil
}

// countMatches counts the words of text that start with a term, and sets
// found[i] when a word starts with terms[i] (terms are lower case). It
// lower-cases and splits the text once, without a list of its words: the
// profile of a search at 100,000 articles showed most of its time in
// splitting each of the 500 texts read into words, three times.
func countMatches(terms []string, text string, found []bool) int {
	lower := strings.ToLower(text)
	n := 0
	for i := 0; i < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		if notWord(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(lower) {
			r, size := utf8.DecodeRuneInString(lower[j:])
			if notWord(r) {
				break
			}
			j += size
		}
		w, hit := lower[i:j], false
		for k, t := range terms {
			if strings.HasPrefix(w, t) {
				found[k], hit = true, true
			}
		}
		if hit {
			n++
		}
		i = j
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
	if at < 0 {
		// No match in the text (the title matched): its first words, read
		// only as far as the snippet needs.
		var b strings.Builder
		for f := range strings.FieldsSeq(text) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f)
			if b.Len() > 4*width {
				break
			}
		}
		return Clip(b.String(), width)
	}
	if at > len(text) || !utf8.ValidString(text[:at]) {
		at = 0 // lower-casing moved the bytes: start at the top
	}
	// Byte offsets, stepped a rune at a time around the match, so that a
	// snippet costs the same in a long text as in a short one.
	start := at
	for n := 0; n < width/3 && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	if start > 0 {
		// Begin with a whole word.
		for i, n := start, 0; i < len(text) && n < 20; n++ {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				start = i + size
				break
			}
			i += size
		}
	}
	end := start
	for n := 0; n < width && end < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	s := strings.Join(strings.Fields(text[start:end]), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(text) {
		s += "…"
	}
	return s
}

// notWordBefore reports whether the rune before byte i of s is not a letter
// or digit.
func notWordBefore(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	return size == 0 || notWord(r)
}

// Clip shortens s to n runes, marking the cut with an ellipsis.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
