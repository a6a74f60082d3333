package copydesk

import (
	"context"
	"time"
)

// Store keeps articles, their raw inputs, the relations between them and the
// clustering into events and stories. Two implementations are planned: SQLite
// (internal/sqlite, the default) and PostgreSQL. No SQL lives outside them.
//
// Every method that writes is atomic: a process killed during a call leaves the
// store as it was before the call or as it is after it.
type Store interface {
	// PutArticle stores a with its raw input unless an article with a.ID is
	// already stored, and reports whether it was new. On insert it sets
	// a.Version (1 + the number of stored versions with the same Ref) and
	// a.Added (when zero). A new article is unprocessed until SaveResult.
	PutArticle(ctx context.Context, a *Article, raw []byte) (created bool, err error)
	// PutArticles is PutArticle for each of as, in order, with raws[i] the
	// raw input of as[i]; created[i] reports whether as[i] was new.
	PutArticles(ctx context.Context, as []*Article, raws [][]byte) (created []bool, err error)
	// Article returns one article, or an ENotFound error.
	Article(ctx context.Context, id string) (*Article, error)
	// Raw returns the raw input an article was extracted from.
	Raw(ctx context.Context, id string) ([]byte, error)
	// Articles returns the articles matching f, ordered by Added then ID.
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, error)
	// SearchArticles returns the articles whose title or text has, for
	// every term, a word starting with it, through the store's full-text
	// index (never reading every article): the newest stored first, at
	// most limit of them (0 means no limit). Terms are lower-case
	// letters and digits; an empty list is an EInvalid error. The
	// articles come without their Paragraphs, Removed lines, Extra and
	// Placement: a search reads hundreds of them for their text.
	SearchArticles(ctx context.Context, terms []string, limit int) ([]*Article, error)
	// Sources counts the articles of each outlet (an article's Source,
	// "" included), by name.
	Sources(ctx context.Context) ([]SourceCount, error)

	// SaveResult records what the pipeline decided for one article, in one
	// transaction: its relations (the Unlink ones deleted, the Redirect
	// ones re-decided, then the Relations upserted by From and To), its
	// event and
	// story, the events and stories whose rows changed, its facts (when
	// r.Facts is set), and marks it processed. The stored facts of every
	// story it touches (the article's, and the ones moves leave or join)
	// become stale.
	SaveResult(ctx context.Context, r Result) error
	// SaveResults is SaveResult for each of rs, in order; a store may
	// save them in one transaction (all or none).
	SaveResults(ctx context.Context, rs []Result) error
	// Relations returns the relations touching article id (as From or To), or
	// every relation when id is empty, ordered by From then To.
	Relations(ctx context.Context, id string) ([]Relation, error)
	// StoryRelations returns the relations between two articles of story
	// id, ordered by From then To: a story's derivation graph in one query
	// rather than one per article.
	StoryRelations(ctx context.Context, id string) ([]Relation, error)

	// Stories returns every story, with its events and articles, newest first.
	Stories(ctx context.Context) ([]Story, error)
	// StoriesPage returns one page of the stories, in the order of Stories,
	// each with its events and articles: what a list or an export reads a
	// page at a time, in memory of one page whatever the store's size.
	StoriesPage(ctx context.Context, p Page) ([]Story, error)
	// FindStories returns one page of the stories f selects, in f's order,
	// with their events and articles, and how many stories f selects in
	// all. It reads the page's stories only (never every story's articles).
	FindStories(ctx context.Context, f StoryFilter) (page []Story, total int, err error)
	// Outlets counts, for each outlet (an article's Source, "" included),
	// its articles, stories and relations, by name, without reading the
	// articles themselves.
	Outlets(ctx context.Context) ([]OutletCount, error)
	// Story returns one story, or an ENotFound error.
	Story(ctx context.Context, id string) (*Story, error)
	// Events returns the events of one story, or all events when story is "".
	Events(ctx context.Context, story string) ([]Event, error)
	// EventsPage returns one page of Events(story).
	EventsPage(ctx context.Context, story string, p Page) ([]Event, error)
	// RelationsPage returns one page of every relation, in the order of
	// Relations.
	RelationsPage(ctx context.Context, p Page) ([]Relation, error)
	// Counts counts what is stored.
	Counts(ctx context.Context) (Counts, error)

	// ArticleFacts returns the stored facts of the articles ids that have
	// some, in the order of ids.
	ArticleFacts(ctx context.Context, ids []string) ([]Facts, error)
	// PutArticleFacts stores the facts of stored articles, replacing what
	// they had.
	PutArticleFacts(ctx context.Context, fs []Facts) error
	// StoryFacts returns the stored facts of story id, or an ENotFound error
	// when it has none.
	StoryFacts(ctx context.Context, id string) (*Facts, error)
	// PutStoryFacts stores the facts of stories, replacing what they had and
	// no longer stale. The facts of a story that no longer exists are not
	// stored.
	PutStoryFacts(ctx context.Context, fs []Facts) error
	// StaleFacts lists the processed articles without facts of version v,
	// and the stories whose facts are missing, of another version or stale,
	// each ordered by ID.
	StaleFacts(ctx context.Context, v int) (articles, stories []string, err error)

	Close() error
}

// ArticleFilter selects articles. Its zero value selects every article.
type ArticleFilter struct {
	IDs         []string // only these
	Ref         string   // only versions of this ref
	Story       string   // only articles of this story
	Source      string   // only articles of this outlet
	Unprocessed bool     // only articles without a SaveResult yet
	// After, an article's ID, keeps the articles after it in the order
	// (Added, then ID); an ID not stored keeps none. A reader that pages
	// through articles that others change meanwhile (the unprocessed
	// ones, while rounds are saved) goes on from the last one it read.
	After  string
	Limit  int // at most this many; 0 means no limit
	Offset int
}

// Page selects one page of a list in its order: Offset items are skipped,
// then at most Limit are given (0: all the rest). A negative Limit or
// Offset is an EInvalid error. Lists read a page at a time may miss or
// repeat an item that moves while they are read (a story's last article
// changing its place among the newest); articles, in the order they were
// added, do not.
type Page struct {
	Limit, Offset int
}

// Counts is how many articles, stories, events and relations a store holds.
type Counts struct {
	Articles, Stories, Events, Relations int
}

// StoryFilter selects and orders a page of stories. Its zero value selects
// every story, newest first (as Stories).
type StoryFilter struct {
	// Words keeps the stories with an article whose title or text has, for
	// every word, a word starting with it (as SearchArticles).
	Words []string
	// From and To bound the dates: a story is in when its span (first to
	// last seen) meets [From, To). Zero leaves that end open.
	From, To time.Time
	Source   string // only stories with an article of this outlet
	// BySize orders by number of articles, most first, then newest first;
	// otherwise newest first: by LastSeen descending (unknown last), then ID.
	BySize bool
	Limit  int // at most this many; 0 means no limit
	Offset int
}

// OutletCount is what one outlet publishes and how its articles copy.
type OutletCount struct {
	Name     string
	Articles int
	Stories  int // the stories with an article of the outlet
	// Originals counts the relations whose original (From) is an article of
	// the outlet, by kind; Copies those whose copy (To) is.
	Originals, Copies map[Kind]int
	// CopyingArticles counts the outlet's articles that copy another.
	CopyingArticles int
}

// SourceCount is how many articles one outlet has.
type SourceCount struct {
	Name     string
	Articles int
}

// Result is what the pipeline decided for one article.
type Result struct {
	Article   string
	Event     string
	Story     string
	Placement *Placement // why the article is in Event; may be nil
	Relations []Relation
	// Unlink deletes relations, by From and To, before Relations are
	// upserted: a copy links to its closest original, so an original that
	// arrives later takes the place of the sibling a copy was linked to.
	Unlink []Link
	// Redirect re-decides the direction of stored relations (after Unlink,
	// before Relations; Relation.Redirected): a later relative of a pair
	// can tell which of the two is the original. One no longer stored is
	// passed over.
	Redirect []Redirect
	// Events and Stories hold the rows to upsert (title, first and last seen,
	// story of an event); their article lists are derived by the store from
	// the articles' assignments and are ignored here.
	Events  []Event
	Stories []Story
	// Moves reassigns other articles, as when two events merge.
	Moves []Move
	// Facts, when set, are the article's facts (ID is the article's).
	Facts *Facts
	Now   time.Time
}

// Link names one relation: From is the original's id, To the copy's.
type Link struct{ From, To string }

// Move puts an already processed article into another event and story.
type Move struct {
	Article, Event, Story string
	// Placement, when set, replaces the article's placement: why it is
	// where the move put it. Nil keeps the placement it had.
	Placement *Placement
}
