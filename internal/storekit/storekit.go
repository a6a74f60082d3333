// Package storekit is what both stores (internal/sqlite and internal/postgres)
// share: the derivation of article lists, the migrations loader, the stored
// time format and the checks and encodings of an article before it is
// written. It holds no SQL; each store keeps its own statements and passes
// their results here.
package storekit

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/copydesk/copydesk"
)

// Member is the assignment of one article: its ID and the event and story it
// is placed in ("" while unplaced).
type Member struct {
	ID, Event, Story string
}

// Fill derives the article lists of events and stories, and the event lists
// of stories, from the assignments of their members, which come in the order
// of the article lists (by Published, unknown last, then Added, then ID). A
// story lists its events in the order of events (newest first); an event some
// article names but no row describes comes after, by ID.
func Fill(stories []copydesk.Story, events []copydesk.Event, members []Member) {
	eventAt := make(map[string]int, len(events))
	for i, e := range events {
		eventAt[e.ID] = i
	}
	storyAt := make(map[string]int, len(stories))
	for i, s := range stories {
		storyAt[s.ID] = i
	}
	listed := map[Member]bool{} // story and event pairs already listed
	for _, m := range members {
		if i, ok := eventAt[m.Event]; ok && m.Event != "" {
			events[i].Articles = append(events[i].Articles, m.ID)
		}
		if i, ok := storyAt[m.Story]; ok && m.Story != "" {
			s := &stories[i]
			s.Articles = append(s.Articles, m.ID)
			if pair := (Member{Story: m.Story, Event: m.Event}); m.Event != "" && !listed[pair] {
				listed[pair] = true
				s.Events = append(s.Events, m.Event)
			}
		}
	}
	for i := range stories {
		slices.SortFunc(stories[i].Events, func(a, b string) int {
			ia, oka := eventAt[a]
			ib, okb := eventAt[b]
			switch {
			case oka && okb:
				return ia - ib
			case oka:
				return -1
			case okb:
				return 1
			}
			return strings.Compare(a, b)
		})
	}
}

// Migration is one numbered schema change.
type Migration struct {
	Version int    // the number its file name starts with
	Name    string // the file name, without its folder
	SQL     string // the statements
}

// Migrations returns the migrations of fsys whose names match pattern (as in
// fs.Glob), in the order of their numbers. Every file name must start with a
// positive number and '_', each number used once.
func Migrations(fsys fs.FS, pattern string) ([]Migration, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	var ms []Migration
	seen := map[int]string{}
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name does not start with a positive number and '_'", base)
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("migration %s: number %d already used by %s", base, v, other)
		}
		seen[v] = base
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: base, SQL: string(b)})
	}
	// fs.Glob sorts by name; sort by number so that 10 follows 9.
	slices.SortFunc(ms, func(a, b Migration) int { return cmp.Compare(a.Version, b.Version) })
	return ms, nil
}

// TimeLayout is how both stores keep a time: RFC 3339 in UTC with nine
// fraction digits always present, so that stored times sort as text.
const TimeLayout = "2006-01-02T15:04:05.000000000Z"

// FormatTime returns t in UTC as stored.
func FormatTime(t time.Time) string {
	return t.UTC().Format(TimeLayout)
}

// NullTime returns t as stored, nil (NULL) when t is zero.
func NullTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := FormatTime(t)
	return &s
}

// ParseTime reads a stored time; nil (NULL) gives the zero time.
func ParseTime(s *string) (time.Time, error) {
	if s == nil {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, *s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", *s, err)
	}
	return t.UTC(), nil
}

// CheckTime rejects, as EInvalid, a time TimeLayout cannot hold: one outside
// the years 0 to 9999. The zero time (stored as NULL) passes; what names it
// in the message.
func CheckTime(what string, t time.Time) error {
	if t.IsZero() {
		return nil
	}
	if y := t.UTC().Year(); y < 0 || y > 9999 {
		return copydesk.Errorf(copydesk.EInvalid, "%s %s: year outside 0-9999", what, t)
	}
	return nil
}

// JSONColumn returns v as JSON text, or nil (NULL) when it holds n == 0
// elements.
func JSONColumn(v any, n int) (*string, error) {
	if n == 0 {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	s := string(b)
	return &s, nil
}

// PlacementColumn returns p as its stored JSON, nil (NULL) when p is nil.
func PlacementColumn(p *copydesk.Placement) (*string, error) {
	if p == nil {
		return nil, nil
	}
	return JSONColumn(p, 1)
}

// PrefixQuery joins search terms into a full-text query of both stores:
// each term, which must be lower-case letters and digits only (so that no
// term can carry the query language's operators), written by prefix and
// joined by and. No terms, or a term with anything else, is an EInvalid
// error naming it.
func PrefixQuery(terms []string, prefix func(term string) string, and string) (string, error) {
	if len(terms) == 0 {
		return "", copydesk.Errorf(copydesk.EInvalid, "search: no word to search for")
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		if t == "" || strings.IndexFunc(t, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) || unicode.IsUpper(r)
		}) >= 0 {
			return "", copydesk.Errorf(copydesk.EInvalid, "search: term %q is not lower-case letters and digits", t)
		}
		parts[i] = prefix(t)
	}
	return strings.Join(parts, and), nil
}

// StorySelect writes the query of the ids of the page of stories f selects,
// in f's order, and the query of how many it selects, over the stories
// table of either store. arg adds an argument and returns its placeholder;
// words returns the condition on articles "a" that they match the
// full-text query of f.Words in the placeholder it is given (called only
// when f.Words is not empty, with the query match made of them).
func StorySelect(f copydesk.StoryFilter, match string, arg func(v any) string, words func(ph string) string) (page, count string) {
	var conds []string
	if !f.From.IsZero() {
		// A story is in when its span [first, last seen] meets [From, To).
		conds = append(conds, `last_seen >= `+arg(FormatTime(f.From)))
	}
	if !f.To.IsZero() {
		conds = append(conds, `(first_seen IS NULL OR first_seen < `+arg(FormatTime(f.To))+`)`)
	}
	if f.Source != "" {
		conds = append(conds, `id IN (SELECT story FROM articles WHERE source = `+arg(f.Source)+`)`)
	}
	if len(f.Words) > 0 {
		conds = append(conds, `id IN (SELECT a.story FROM `+words(arg(match))+`)`)
	}
	where := ""
	if len(conds) > 0 {
		where = ` WHERE ` + strings.Join(conds, ` AND `)
	}
	count = `SELECT count(*) FROM stories` + where
	order := ` ORDER BY last_seen IS NULL, last_seen DESC, id`
	if f.BySize {
		order = ` ORDER BY (SELECT count(*) FROM articles WHERE articles.story = stories.id) DESC,` + order[len(` ORDER BY`):]
	}
	page = `SELECT id FROM stories` + where + order
	if f.Limit > 0 {
		page += ` LIMIT ` + strconv.Itoa(f.Limit)
	}
	if f.Offset > 0 {
		if f.Limit <= 0 {
			page += ` LIMIT 9223372036854775807` // SQLite has no LIMIT ALL
		}
		page += ` OFFSET ` + strconv.Itoa(f.Offset)
	}
	return page, count
}

// OutletTally builds the stores' Outlets from counts by outlet and what is
// counted: "articles", "stories", "copying" (CopyingArticles), "from:KIND"
// (Originals) and "to:KIND" (Copies). SQLite keeps these counts in a table
// (outlet_counts, kept by triggers); CountOutlets makes them from aggregates.
type OutletTally map[string]*copydesk.OutletCount

// Add counts n for the outlet name under what.
func (t OutletTally) Add(name, what string, n int) error {
	o := t[name]
	if o == nil {
		o = &copydesk.OutletCount{Name: name, Originals: map[copydesk.Kind]int{}, Copies: map[copydesk.Kind]int{}}
		for _, k := range copydesk.Kinds {
			o.Originals[k], o.Copies[k] = 0, 0
		}
		t[name] = o
	}
	switch kind, ok := strings.CutPrefix(what, "from:"); {
	case what == "articles":
		o.Articles += n
	case what == "stories":
		o.Stories += n
	case what == "copying":
		o.CopyingArticles += n
	case ok:
		o.Originals[copydesk.Kind(kind)] += n
	default:
		kind, ok := strings.CutPrefix(what, "to:")
		if !ok {
			return fmt.Errorf("outlet %q: unknown count %q", name, what)
		}
		o.Copies[copydesk.Kind(kind)] += n
	}
	return nil
}

// List returns the outlets by name.
func (t OutletTally) List() []copydesk.OutletCount {
	out := make([]copydesk.OutletCount, 0, len(t))
	for _, o := range t {
		out = append(out, *o)
	}
	slices.SortFunc(out, func(a, b copydesk.OutletCount) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// CountOutlets makes the store's Outlets from aggregate queries over the
// indexes on the articles' outlets, stories and ids, run by query (which
// calls row with each row's Scan), by name. byID names the articles table as
// "a" for the lookup of an article's outlet by its id: the articles and
// stories of each outlet in one query, then the relations' counts as rows
// of (outlet, what, n) in OutletTally's names.
func CountOutlets(byID string, query func(q string, row func(scan func(...any) error) error) error) ([]copydesk.OutletCount, error) {
	t := OutletTally{}
	// The articles and stories of each outlet in one pass over the index.
	err := query(`SELECT source, count(*), count(DISTINCT NULLIF(story, '')) FROM articles GROUP BY source`,
		func(scan func(...any) error) error {
			var name string
			var arts, stories int
			if err := scan(&name, &arts, &stories); err != nil {
				return err
			}
			if err := t.Add(name, "articles", arts); err != nil {
				return err
			}
			return t.Add(name, "stories", stories)
		})
	if err != nil {
		return nil, err
	}
	for _, q := range []string{
		`SELECT a.source, 'from:' || r.kind, count(*) FROM relations r JOIN ` + byID + ` ON a.id = r.from_id GROUP BY a.source, r.kind`,
		`SELECT a.source, 'to:' || r.kind, count(*) FROM relations r JOIN ` + byID + ` ON a.id = r.to_id GROUP BY a.source, r.kind`,
		`SELECT a.source, 'copying', count(DISTINCT r.to_id) FROM relations r JOIN ` + byID + ` ON a.id = r.to_id GROUP BY a.source`,
	} {
		err := query(q, func(scan func(...any) error) error {
			var name, what string
			var n int
			if err := scan(&name, &what, &n); err != nil {
				return err
			}
			return t.Add(name, what, n)
		})
		if err != nil {
			return nil, err
		}
	}
	return t.List(), nil
}
