package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"
)

// feed reads an RSS, Atom or JSON Feed document: one Doc per item, in the
// order of the feed. An item with content is a full article; an item with
// only a summary is Partial. Item pages are not fetched.
func (r *Reader) feed(s source, yield yieldFunc) bool {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	f, err := p.Parse(bytes.NewReader(s.data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			err = errors.New("not a feed (no rss, RDF or Atom root, nor a JSON Feed)")
		} else {
			err = fmt.Errorf("malformed feed: %w", err)
		}
		return yield(Doc{}, &Failure{Input: s.name, Err: err})
	}
	// For a JSON Feed, Raw is each item's own bytes, and content_text is
	// told apart from content_html, which gofeed merges.
	var rawItems []json.RawMessage
	var jsonItems []*jsonfeed.Item
	if orig, ok := f.OriginalFeed().(*jsonfeed.Feed); ok {
		var top struct {
			Items []json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(trimBOM(s.data), &top); err == nil && len(top.Items) == len(f.Items) && len(orig.Items) == len(f.Items) {
			rawItems, jsonItems = top.Items, orig.Items
		}
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		fallback := fmt.Sprintf("%s#%d", s.name, i+1)
		d := Doc{
			ID:     strings.TrimSpace(it.GUID),
			URL:    strings.TrimSpace(it.Link),
			Source: strings.TrimSpace(f.Title),
			Title:  strings.TrimSpace(it.Title),
			Byline: itemByline(it),
			Lang:   strings.TrimSpace(f.Language),
			Format: "html",
			Input:  s.input,
		}
		d.Ref = firstNonEmpty(d.ID, d.URL, fallback)
		switch {
		case it.PublishedParsed != nil:
			d.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			d.Published = *it.UpdatedParsed
		}
		summaryFormat := "html"
		if jsonItems != nil {
			ji := jsonItems[i]
			if ji.ContentHTML == "" && ji.ContentText != "" {
				d.Format = "text"
			}
			if ji.Language != "" {
				d.Lang = ji.Language
			}
			// JSON Feed summaries are plain text by the specification.
			summaryFormat = "text"
		}
		switch {
		case strings.TrimSpace(it.Content) != "":
			d.Body = []byte(it.Content)
		case strings.TrimSpace(it.Description) != "":
			d.Body, d.Format, d.Partial = []byte(it.Description), summaryFormat, true
		case d.Title != "":
			d.Partial = true
		default:
			if !yield(Doc{}, &Failure{Input: fallback, Err: errors.New("empty item (no content, summary or title)")}) {
				return false
			}
			continue
		}
		if rawItems != nil {
			d.Raw = rawItems[i]
		} else {
			raw, err := json.Marshal(it)
			if err != nil {
				if !yield(Doc{}, &Failure{Input: fallback, Err: fmt.Errorf("encode item: %w", err)}) {
					return false
				}
				continue
			}
			d.Raw = raw
		}
		if !yield(d, nil) {
			return false
		}
	}
	return true
}

// itemByline joins the names of an item's authors.
func itemByline(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil {
		return strings.TrimSpace(it.Author.Name)
	}
	return strings.Join(names, ", ")
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
