package storekit

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk"
)

// CheckArticle rejects, as EInvalid, an article no store may write: one
// without an ID, or whose Published or Added time TimeLayout cannot hold.
func CheckArticle(a *copydesk.Article) error {
	if a.ID == "" {
		return copydesk.Errorf(copydesk.EInvalid, "article of ref %q has no ID", a.Ref)
	}
	if err := CheckTime("article "+a.ID+": published", a.Published); err != nil {
		return err
	}
	return CheckTime("article "+a.ID+": added", a.Added)
}

// Row is what a store writes of an article beside its plain fields: the
// times as stored, the JSON columns, and the raw input.
type Row struct {
	Published                  *string   // nil (NULL) when a.Published is zero
	Added                      time.Time // a.Added, or the time of the put when zero
	Paragraphs, Removed, Extra *string   // JSON text, nil (NULL) when empty
	Raw                        []byte    // the raw input, never nil (nil would bind as NULL)
}

// NewRow returns the Row of article a with its raw input, or an EInvalid
// error naming the field that does not encode as JSON. It does not check a;
// CheckArticle does.
func NewRow(a *copydesk.Article, raw []byte) (Row, error) {
	r := Row{Published: NullTime(a.Published), Added: a.Added, Raw: raw}
	if r.Added.IsZero() {
		r.Added = time.Now().UTC()
	}
	var err error
	if r.Paragraphs, err = JSONColumn(a.Paragraphs, len(a.Paragraphs)); err != nil {
		return Row{}, copydesk.Errorf(copydesk.EInvalid, "article %s: paragraphs: %v", a.ID, err)
	}
	if r.Removed, err = JSONColumn(a.Removed, len(a.Removed)); err != nil {
		return Row{}, copydesk.Errorf(copydesk.EInvalid, "article %s: removed: %v", a.ID, err)
	}
	if r.Extra, err = JSONColumn(a.Extra, len(a.Extra)); err != nil {
		return Row{}, copydesk.Errorf(copydesk.EInvalid, "article %s: extra: %v", a.ID, err)
	}
	if r.Raw == nil {
		r.Raw = []byte{}
	}
	return r, nil
}

// HitColumns lists ScanArticle's columns, each after prefix (a table's
// name and a dot, or ""), for the hits of a search: the JSON columns
// (paragraphs, removed, extra, placement) read as NULL, since a search reads
// hundreds of articles for their text alone; decoding them was a fifth of
// a search's CPU at 100,000 articles.
func HitColumns(prefix string) string {
	cols := []string{"id", "ref", "version", "url", "canonical_url", "source", "title", "byline", "published", "lang",
		"text", "", "", "partial", "format", "raw_hash", "", "added", "event", "story", ""}
	for i, c := range cols {
		if c == "" {
			cols[i] = "CAST(NULL AS TEXT)"
		} else {
			cols[i] = prefix + c
		}
	}
	return strings.Join(cols, ", ")
}

// ScanArticle reads one article row through scan (the Scan method of the
// rows). The row's columns must be, in order: id, ref, version, url,
// canonical_url, source, title, byline, published, lang, text, paragraphs,
// removed, partial, format, raw_hash, extra, added, event, story, placement,
// with the times and the JSON columns (paragraphs, removed, extra, placement)
// as text or NULL. An error of scan comes back as it is.
func ScanArticle(scan func(dest ...any) error) (*copydesk.Article, error) {
	var (
		a                          copydesk.Article
		published, added           *string
		paragraphs, removed, extra *string
		placement                  *string
	)
	if err := scan(&a.ID, &a.Ref, &a.Version, &a.URL, &a.CanonicalURL, &a.Source, &a.Title, &a.Byline,
		&published, &a.Lang, &a.Text, &paragraphs, &removed, &a.Partial, &a.Format, &a.RawHash, &extra,
		&added, &a.Event, &a.Story, &placement); err != nil {
		return nil, err
	}
	var err error
	if a.Published, err = ParseTime(published); err != nil {
		return nil, fmt.Errorf("article %s: published: %w", a.ID, err)
	}
	if a.Added, err = ParseTime(added); err != nil {
		return nil, fmt.Errorf("article %s: added: %w", a.ID, err)
	}
	for _, c := range []struct {
		name string
		col  *string
		dst  any
	}{
		{"paragraphs", paragraphs, &a.Paragraphs},
		{"removed", removed, &a.Removed},
		{"extra", extra, &a.Extra},
		{"placement", placement, &a.Placement},
	} {
		if c.col == nil {
			continue
		}
		if err := json.Unmarshal([]byte(*c.col), c.dst); err != nil {
			return nil, fmt.Errorf("article %s: %s: %w", a.ID, c.name, err)
		}
	}
	a.Name = a.DisplayName()
	return &a, nil
}
