// Package copydesk is the vocabulary of the copydesk pipeline: articles, the
// relations between them (copies and their kinds), events and stories, and the
// Store that keeps them. It imports only the standard library; every other
// package of the module may import it.
package copydesk

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one version of one news item after ingest and extraction.
type Article struct {
	// ID is stable: derived from Ref and RawHash, so re-ingesting the same input
	// gives the same ID and a changed version of the same Ref gives a new one.
	ID  string `json:"id"`
	Ref string `json:"ref"` // the input's id, else its path, else its URL
	URL string `json:"url,omitempty"`
	// CanonicalURL is the page's own claim of its original address, when given.
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Name is DisplayName, set by the stores when they read an article, so
	// that every answer names it as the pages do; it is not stored.
	Name       string    `json:"name,omitempty"`
	Source     string    `json:"source,omitempty"` // outlet
	Title      string    `json:"title,omitempty"`
	Byline     string    `json:"byline,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	Lang       string    `json:"lang,omitempty"`
	Text       string    `json:"text"`
	Paragraphs []string  `json:"paragraphs,omitempty"`
	// Removed lists what extraction stripped from the input, with the reason.
	Removed []Removed `json:"removed,omitempty"`
	// Partial marks an item known only by a summary (a feed item without body).
	Partial bool   `json:"partial,omitempty"`
	Format  string `json:"format,omitempty"` // text, html, json, feed
	RawHash string `json:"raw_hash"`
	// Version counts the versions stored under the same Ref, from 1.
	Version int `json:"version"`
	// Extra keeps fields of the input that copydesk does not interpret.
	Extra map[string]any `json:"extra,omitempty"`
	Added time.Time      `json:"added,omitzero"`

	// Event and Story are assigned by clustering; empty until then.
	Event string `json:"event,omitempty"`
	Story string `json:"story,omitempty"`
	// Placement says why the article is in its event; nil until clustered.
	Placement *Placement `json:"placement,omitempty"`
}

// Removed is one piece of input that extraction left out of the clean text.
type Removed struct {
	Line   int    `json:"line,omitempty"` // 1-based line of the input, 0 when not line based
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// The reasons extraction gives for what it leaves out (Removed.Reason).
// Later stages read them (provenance counts the promotional lines and the
// credits a copier adds), so each has one name here.
const (
	RemovedRepeated         = "repeated across outlet" // a line an outlet repeats on its articles
	RemovedSubscribe        = "subscribe prompt"
	RemovedReadMore         = "read-more link"
	RemovedMedia            = "media link" // "Watch: ...", "Photos: ..."
	RemovedWidget           = "widget text"
	RemovedErrorWidget      = "error widget"
	RemovedCredit           = "credit line" // "Originally published on ...", "Reporting by ...", a copyright
	RemovedByline           = "byline"
	RemovedSourceLine       = "source line"
	RemovedDateLine         = "date line"
	RemovedTitleLine        = "title line"
	RemovedURLLine          = "url line"
	RemovedLanguageLine     = "language line"
	RemovedTrackerLine      = "tracker line"
	RemovedLink             = "link"
	RemovedVideoTime        = "video timestamp"
	RemovedPhotoCredit      = "photo credit"
	RemovedPhotoCaption     = "photo caption"
	RemovedDuplicateTitle   = "duplicate title"
	RemovedDuplicateCaption = "duplicate caption"
	RemovedMarkup           = "markup"
	RemovedImage            = "image"
	RemovedNotMainText      = "not main text" // HTML outside the main text
)

// Promotional reports whether a removal reason marks the promotional junk a
// page wraps around its story: prompts to subscribe, links to more stories,
// media links and widget text. A line an outlet repeats gets one of these
// reasons when it is one of them.
func Promotional(reason string) bool {
	switch reason {
	case RemovedSubscribe, RemovedReadMore, RemovedMedia, RemovedWidget:
		return true
	}
	return false
}

// HashRaw returns the hex SHA-256 of a raw input, used as Article.RawHash.
func HashRaw(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// ArticleID derives the stable ID of the version of ref whose raw input hashes
// to rawHash.
func ArticleID(ref, rawHash string) string {
	sum := sha256.Sum256([]byte(ref + "\x00" + rawHash))
	return "a" + hex.EncodeToString(sum[:])[:15]
}
