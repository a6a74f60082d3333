package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/corpus"
	"github.com/copydesk/copydesk/internal/ingest"
	"github.com/copydesk/copydesk/internal/pipeline"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/view"
)

// doc is one invented article as written to a JSONL fixture.
type doc struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// The fixture: one story in two events (a bridge closes, then reopens), an
// exact copy of the first report under another id and outlet, and three
// articles of unrelated stories. All of it is invented.
var (
	closed = doc{"courier-101", "Orlenburg Courier", "Kestrel Street Bridge closed after crack found in pier", "2026-03-03T08:00:00Z",
		"The Kestrel Street Bridge in Orlenburg was closed to all traffic on Tuesday morning after inspectors found a long crack in its eastern support pier.\n\n" +
			"City engineer Marta Velling said the crack was discovered during a routine inspection and that the bridge would stay shut until divers could examine the pier below the waterline.\n\n" +
			"Mayor Tomas Hallberg asked commuters to use the Mill Lane crossing and promised extra buses on the northern routes while the inspection continues.\n\n" +
			"The bridge, built in 1962, carries about eighteen thousand vehicles a day across the Orle river and was last repaired four years ago."}
	closedLedger = doc{"ledger-55", "Valley Ledger", "Queues in Orlenburg as cracked Kestrel Street Bridge shuts", "2026-03-03T10:30:00Z",
		"Drivers in Orlenburg faced long queues on Tuesday after the city shut the Kestrel Street Bridge over the Orle river because of a crack in a support pier.\n\n" +
			"Marta Velling, the city engineer, told the Ledger that inspectors had spotted the crack on the eastern pier and that divers would check the foundations this week.\n\n" +
			"Mayor Tomas Hallberg said the Mill Lane crossing would take the diverted traffic and that the closure could last several weeks.\n\n" +
			"Shop owners near the bridge said they feared losing customers while the crossing stays closed."}
	closedWire = doc{"wire-9001", "Coastal Wire", closed.Title, "2026-03-03T13:00:00Z", closed.Text}
	reopened   = doc{"courier-140", "Orlenburg Courier", "Kestrel Street Bridge reopens after pier repairs", "2026-03-24T07:00:00Z",
		"The Kestrel Street Bridge in Orlenburg reopened to traffic on Tuesday, three weeks after a crack in its eastern support pier forced the city to close it.\n\n" +
			"Workers fitted steel braces around the damaged pier and filled the crack with resin, city engineer Marta Velling said, adding that sensors will now watch the pier around the clock.\n\n" +
			"Mayor Tomas Hallberg thanked commuters for their patience and said the extra buses on the northern routes would stop running on Friday."}
	reopenedLedger = doc{"ledger-80", "Valley Ledger", "Orlenburg traffic flows again as Kestrel Street Bridge reopens", "2026-03-24T12:00:00Z",
		"Traffic flowed again across the Orle river on Tuesday as Orlenburg reopened the Kestrel Street Bridge after repairs to its cracked pier.\n\n" +
			"Marta Velling, the city engineer, said the steel braces and resin repair would last at least twenty years and that the pier sensors would warn of any new movement.\n\n" +
			"Mayor Tomas Hallberg said the repair had cost the city less than first feared and that the Mill Lane crossing would return to normal."}
	chess = doc{"gazette-12", "Fenmoor Gazette", "Twelve-year-old wins Fenmoor junior chess title", "2026-03-05T09:00:00Z",
		"Twelve-year-old Ada Rusk won the Fenmoor junior chess championship on Thursday, beating the defending champion in a final game that lasted almost four hours.\n\n" +
			"Rusk, who learned the game from her grandfather, sacrificed a knight early and held on through a long endgame with only minutes left on her clock.\n\n" +
			"The tournament drew sixty players from nine schools, and organisers said they would add a second section for beginners next spring."}
	orchard = doc{"gazette-19", "Fenmoor Gazette", "Brindle Hill pupils plant a school orchard", "2026-03-12T09:00:00Z",
		"Pupils at Brindle Hill primary school planted two hundred apple and pear trees on a field behind the gymnasium on Wednesday.\n\n" +
			"Head teacher Oskar Demming said the orchard would give every class a row of trees to look after and fruit for the canteen within five years.\n\n" +
			"Parents dug the holes over the weekend, and a local nursery donated the saplings along with stakes and netting against hungry deer."}
	ferry = doc{"ledger-70", "Valley Ledger", "Saltwick ferry timetable cut for winter dredging", "2026-03-18T15:00:00Z",
		"The ferry between Saltwick and the island of Morrow will sail only twice a day from next month while the harbour channel is dredged.\n\n" +
			"The operator, Morrow Sound Lines, said the larger vessel would be taken out of service and that islanders needing hospital visits could book priority places.\n\n" +
			"Fishermen welcomed the dredging, saying silt had left the channel too shallow for loaded boats at low tide."}

	fileA = []doc{closed, closedLedger, chess}
	fileB = []doc{closedWire, orchard, ferry, reopened, reopenedLedger}
)

var fixed = time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC)

// writeJSONL writes docs to a new JSONL file in dir, one a line.
func writeJSONL(t testing.TB, dir, name string, docs []doc) string {
	t.Helper()
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func openStore(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openEngine(t testing.TB, store copydesk.Store) *pipeline.Engine {
	t.Helper()
	e, err := pipeline.Open(context.Background(), store, pipeline.Options{Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// add ingests the JSONL files at paths and fails the test on any failed or
// skipped item.
func add(t testing.TB, e *pipeline.Engine, paths ...string) pipeline.Stats {
	t.Helper()
	ctx := context.Background()
	st, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, paths), func(it pipeline.Item) {
		if it.Err != nil {
			t.Errorf("%s: %s: %v", it.Input, it.Status, it.Err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// fill adds the whole fixture to a fresh store in one go.
func fill(t *testing.T) *sqlite.DB {
	t.Helper()
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	add(t, openEngine(t, db), writeJSONL(t, dir, "a.jsonl", fileA), writeJSONL(t, dir, "b.jsonl", fileB))
	return db
}

// ids maps the fixture's refs to the ids of their stored articles.
func ids(t *testing.T, store copydesk.Store) map[string]string {
	t.Helper()
	arts, err := store.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, a := range arts {
		m[a.Ref] = a.ID
	}
	return m
}

// relationSet lists the relations of store as "from -> to kind", sorted.
func relationSet(t *testing.T, store copydesk.Store) []string {
	t.Helper()
	rels, err := store.Relations(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rels {
		out = append(out, fmt.Sprintf("%s -> %s %s", r.From, r.To, r.Kind))
	}
	sort.Strings(out)
	return out
}

// sameAsOnce reports (prefixed by what) where store's relations or events
// differ from once's: the store one uninterrupted run made.
func sameAsOnce(t *testing.T, what string, store, once copydesk.Store) {
	t.Helper()
	if got, want := relationSet(t, store), relationSet(t, once); !slices.Equal(got, want) {
		t.Errorf("%srelations:\ngot  %q\nwant %q", what, got, want)
	}
	if got, want := grouping(t, store), grouping(t, once); !slices.Equal(got, want) {
		t.Errorf("%sevents:\ngot  %q\nwant %q", what, got, want)
	}
}

// grouping returns the events of store as a partition of article ids, each
// event's ids sorted and prefixed by its story id.
func grouping(t *testing.T, store copydesk.Store) []string {
	t.Helper()
	arts, err := store.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	events := map[string][]string{}
	story := map[string]string{}
	for _, a := range arts {
		if a.Event == "" || a.Story == "" {
			t.Errorf("article %s (%s): event %q, story %q, want both set", a.ID, a.Ref, a.Event, a.Story)
		}
		events[a.Event] = append(events[a.Event], a.ID)
		story[a.Event] = a.Story
	}
	var out []string
	for ev, members := range events {
		sort.Strings(members)
		out = append(out, story[ev]+": "+strings.Join(members, " "))
	}
	sort.Strings(out)
	return out
}

func TestAdd(t *testing.T) {
	dir := t.TempDir()
	a := writeJSONL(t, dir, "a.jsonl", fileA)
	b := writeJSONL(t, dir, "b.jsonl", fileB)
	dbPath := filepath.Join(dir, "c.db")
	db := openStore(t, dbPath)
	e := openEngine(t, db)

	n := len(fileA) + len(fileB)
	var firstRels []string
	tests := []struct {
		name   string
		engine func() *pipeline.Engine
		paths  []string
		want   pipeline.Stats
	}{
		{"file A", func() *pipeline.Engine { return e }, []string{a}, pipeline.Stats{Added: len(fileA)}},
		{"files A and B", func() *pipeline.Engine { return e }, []string{a, b}, pipeline.Stats{Added: len(fileB), Unchanged: len(fileA)}},
		{"again, same engine", func() *pipeline.Engine { return e }, []string{a, b}, pipeline.Stats{Unchanged: n}},
		{"again, reopened engine", func() *pipeline.Engine { return openEngine(t, db) }, []string{b, a}, pipeline.Stats{Unchanged: n}},
	}
	for i, tt := range tests {
		got := add(t, tt.engine(), tt.paths...)
		if got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
		rels := relationSet(t, db)
		if i == 1 {
			firstRels = rels
			if len(rels) == 0 {
				t.Errorf("%s: got no relations, want the copy of %s", tt.name, closed.ID)
			}
		}
		if i > 1 && !slices.Equal(rels, firstRels) {
			t.Errorf("%s: relations changed:\ngot  %q\nwant %q", tt.name, rels, firstRels)
		}
	}
	arts, err := db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != n {
		t.Errorf("got %d articles stored, want %d", len(arts), n)
	}
}

func TestIncremental(t *testing.T) {
	dir := t.TempDir()
	a := writeJSONL(t, dir, "a.jsonl", fileA)
	b := writeJSONL(t, dir, "b.jsonl", fileB)

	once := openStore(t, filepath.Join(dir, "once.db"))
	add(t, openEngine(t, once), a, b)

	incPath := filepath.Join(dir, "inc.db")
	inc := openStore(t, incPath)
	add(t, openEngine(t, inc), a)
	add(t, openEngine(t, inc), b) // a new Engine rebuilt from the store

	if got, want := relationSet(t, inc), relationSet(t, once); !slices.Equal(got, want) {
		t.Errorf("relations:\ngot  %q\nwant %q", got, want)
	}
	if got, want := grouping(t, inc), grouping(t, once); !slices.Equal(got, want) {
		t.Errorf("events:\ngot  %q\nwant %q", got, want)
	}
}

// TestGrouping checks the events and stories of the fixture: the two
// reports and the copy of the closure are one event, the reopening another
// event of the same story, and each unrelated article a story of its own.
func TestGrouping(t *testing.T) {
	db := fill(t)
	id := ids(t, db)
	arts, err := db.Articles(context.Background(), copydesk.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byRef := map[string]*copydesk.Article{}
	for _, a := range arts {
		byRef[a.Ref] = a
	}
	same := func(x, y doc) bool { return byRef[x.ID].Event == byRef[y.ID].Event }
	sameStory := func(x, y doc) bool { return byRef[x.ID].Story == byRef[y.ID].Story }
	tests := []struct {
		x, y              doc
		sameEvent, sameSt bool
	}{
		{closed, closedLedger, true, true},
		{closed, closedWire, true, true},
		{reopened, reopenedLedger, true, true},
		{closed, reopened, false, true},
		{closed, chess, false, false},
		{chess, orchard, false, false},
		{orchard, ferry, false, false},
		{ferry, reopenedLedger, false, false},
	}
	for _, tt := range tests {
		if got := same(tt.x, tt.y); got != tt.sameEvent {
			t.Errorf("%s and %s in one event: got %v, want %v", tt.x.ID, tt.y.ID, got, tt.sameEvent)
		}
		if got := sameStory(tt.x, tt.y); got != tt.sameSt {
			t.Errorf("%s and %s in one story: got %v, want %v", tt.x.ID, tt.y.ID, got, tt.sameSt)
		}
	}
	if len(id) != len(fileA)+len(fileB) {
		t.Errorf("got %d refs, want %d", len(id), len(fileA)+len(fileB))
	}
}

func TestDuplicate(t *testing.T) {
	db := fill(t)
	id := ids(t, db)
	// The exact copy is the only relation: independent reports of one event
	// share names and facts, not text.
	want := []string{fmt.Sprintf("%s -> %s %s", id[closed.ID], id[closedWire.ID], copydesk.Duplicate)}
	if got := relationSet(t, db); !slices.Equal(got, want) {
		t.Errorf("relations:\ngot  %q\nwant %q", got, want)
	}
	orig, err := db.Article(context.Background(), id[closed.ID])
	if err != nil {
		t.Fatal(err)
	}
	cp, err := db.Article(context.Background(), id[closedWire.ID])
	if err != nil {
		t.Fatal(err)
	}
	if cp.Event != orig.Event || cp.Story != orig.Story {
		t.Errorf("copy in event %s story %s, want the original's event %s story %s", cp.Event, cp.Story, orig.Event, orig.Story)
	}
	// That it joined as a copy is a field of its placement, which a
	// reopened engine reads back (not the words of its reason).
	if cp.Placement == nil || !cp.Placement.Copy || orig.Placement == nil || orig.Placement.Copy {
		t.Errorf("placements: copy %+v, original %+v; want Copy set on the copy's alone", cp.Placement, orig.Placement)
	}
}

// TestIdenticalTwins: two identical texts with identical publication times
// are a duplicate whose direction is undetermined, in either order of
// arrival: nothing tells which came first, so neither is drawn as the
// original.
func TestIdenticalTwins(t *testing.T) {
	a := doc{"twin-a", "Fenmoor Gazette", chess.Title, chess.Published, chess.Text}
	b := doc{"twin-b", "Valley Ledger", chess.Title, chess.Published, chess.Text}
	for _, order := range [][]doc{{a, b}, {b, a}} {
		dir := t.TempDir()
		db := openStore(t, filepath.Join(dir, "c.db"))
		add(t, openEngine(t, db), writeJSONL(t, dir, "twins.jsonl", order))
		rels, err := db.Relations(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) != 1 || rels[0].Kind != copydesk.Duplicate || !rels[0].Evidence.Undetermined {
			t.Fatalf("order %s, %s: got relations %+v, want one duplicate of undetermined direction", order[0].ID, order[1].ID, rels)
		}
		if why := strings.Join(rels[0].Evidence.Direction, "; "); !strings.Contains(why, "undetermined") {
			t.Errorf("got reasons %q, want them to say the direction is undetermined", why)
		}
	}
}

func TestNewVersion(t *testing.T) {
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	add(t, openEngine(t, db), writeJSONL(t, dir, "a.jsonl", fileA))

	edited := closed
	edited.Published = "2026-03-03T16:00:00Z"
	edited.Text = strings.Replace(closed.Text, "eighteen thousand", "twenty-one thousand", 1) +
		"\n\nThis article was updated to correct the number of vehicles using the bridge."
	got := add(t, openEngine(t, db), writeJSONL(t, dir, "edit.jsonl", []doc{edited}))
	if want := (pipeline.Stats{Added: 1}); got != want {
		t.Fatalf("add edited: got %+v, want %+v", got, want)
	}
	versions, err := db.Articles(context.Background(), copydesk.ArticleFilter{Ref: closed.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(versions) != 2 {
		t.Fatalf("got %d versions of %s, want 2", len(versions), closed.ID)
	}
	sort.Slice(versions, func(i, j int) bool { return versions[i].Version < versions[j].Version })
	v1, v2 := versions[0], versions[1]
	if v1.Version != 1 || v2.Version != 2 || v1.ID == v2.ID {
		t.Fatalf("got versions %d (%s) and %d (%s), want 1 and 2 with distinct ids", v1.Version, v1.ID, v2.Version, v2.ID)
	}
	if !strings.Contains(v2.Text, "twenty-one thousand") {
		t.Errorf("version 2 text %q lacks the edit", v2.Text)
	}
	rels, err := db.Relations(context.Background(), v2.ID)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, r := range rels {
		if r.To == v2.ID && r.From == v1.ID {
			found = true
			if r.Kind != copydesk.Duplicate && r.Kind != copydesk.NearDuplicate {
				t.Errorf("version relation kind %s, want duplicate or near-duplicate", r.Kind)
			}
		}
	}
	if !found {
		t.Errorf("relations of version 2: got %+v, want one from version 1 %s", rels, v1.ID)
	}
	if v2.Event != v1.Event {
		t.Errorf("version 2 in event %s, want version 1's %s", v2.Event, v1.Event)
	}
}

func TestExportAll(t *testing.T) {
	db := fill(t)
	x, err := view.ExportAll(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(x.Articles), len(fileA)+len(fileB); got != want {
		t.Errorf("got %d articles, want %d", got, want)
	}
	// Events: the closure, the reopening, and one for each unrelated article.
	if got, want := len(x.Events), 5; got != want {
		t.Errorf("got %d events, want %d", got, want)
	}
	if got, want := len(x.Stories), 4; got != want {
		t.Errorf("got %d stories, want %d", got, want)
	}
	if got, want := len(x.Relations), 1; got != want {
		t.Errorf("got %d relations, want %d", got, want)
	}
	eventStory := map[string]string{}
	for _, ev := range x.Events {
		eventStory[ev.ID] = ev.Story
	}
	storyArts := map[string][]string{}
	for _, s := range x.Stories {
		storyArts[s.ID] = s.Articles
		if s.Title == "" || s.FirstSeen == "" || len(s.Events) == 0 {
			t.Errorf("story %s: title %q, first seen %q, events %v, want all set", s.ID, s.Title, s.FirstSeen, s.Events)
		}
	}
	for _, a := range x.Articles {
		if a.Event == "" || a.Story == "" {
			t.Errorf("article %s: event %q, story %q, want both", a.ID, a.Event, a.Story)
			continue
		}
		if got := eventStory[a.Event]; got != a.Story {
			t.Errorf("article %s: its event %s is in story %q, want %q", a.ID, a.Event, got, a.Story)
		}
		if !slices.Contains(storyArts[a.Story], a.ID) {
			t.Errorf("article %s: story %s lists %v, want it among them", a.ID, a.Story, storyArts[a.Story])
		}
		if a.Version != 1 || a.Published == "" || a.Text == "" || a.RawHash == "" {
			t.Errorf("article %s: version %d, published %q, text %d bytes, raw hash %q", a.ID, a.Version, a.Published, len(a.Text), a.RawHash)
		}
	}
	if _, err := json.Marshal(x); err != nil {
		t.Errorf("marshal export: %v", err)
	}
}

func TestStory(t *testing.T) {
	db := fill(t)
	id := ids(t, db)
	orig, err := db.Article(context.Background(), id[closed.ID])
	if err != nil {
		t.Fatal(err)
	}
	v, err := view.Story(context.Background(), db, orig.Story)
	if err != nil {
		t.Fatal(err)
	}
	if v.ID != orig.Story {
		t.Errorf("got story %s, want %s", v.ID, orig.Story)
	}
	var members []string
	for _, ev := range v.Events {
		for _, a := range ev.Items {
			members = append(members, a.Ref)
			if a.Text != "" {
				t.Errorf("story view article %s carries its text", a.ID)
			}
		}
	}
	sort.Strings(members)
	want := []string{closed.ID, reopened.ID, closedLedger.ID, reopenedLedger.ID, closedWire.ID}
	sort.Strings(want)
	if !slices.Equal(members, want) {
		t.Errorf("story members: got %q, want %q", members, want)
	}
	if len(v.Events) != 2 {
		t.Errorf("got %d events, want 2", len(v.Events))
	}
	if got, want := render(v.Originals), fmt.Sprintf("%s(%s:duplicate)", id[closed.ID], id[closedWire.ID]); got != want {
		t.Errorf("derivations: got %s, want %s", got, want)
	}
	if len(v.Relations) != 1 {
		t.Errorf("got %d relations, want 1", len(v.Relations))
	}
	// What the sources say: "on Tuesday" in reports published Tuesday 3
	// and Tuesday 24 March resolves to those days, and the mayor is one
	// person with his role across the five reports.
	var dates []string
	for _, e := range v.Timeline {
		dates = append(dates, e.Date)
	}
	for _, d := range []string{"2026-03-03", "2026-03-24"} {
		if !slices.Contains(dates, d) {
			t.Errorf("timeline %q lacks %s", dates, d)
		}
	}
	var mayor bool
	for _, e := range v.Entities {
		if e.Name == "Tomas Hallberg" && len(e.Roles) == 1 && e.Roles[0].Key == "mayor" && len(e.Articles) == 5 {
			mayor = true
		}
	}
	if !mayor {
		t.Errorf("entities %+v: want Tomas Hallberg, mayor, in all five articles", v.Entities)
	}

	_, err = view.Story(context.Background(), db, "s-unknown")
	if got := copydesk.ErrorCode(err); got != copydesk.ENotFound {
		t.Errorf("unknown story: got code %q (%v), want %q", got, err, copydesk.ENotFound)
	}
}

// render writes a derivation forest as "A(B:kind(C:kind)) D(...)".
func render(nodes []*view.Derivation) string {
	var parts []string
	for _, n := range nodes {
		s := n.Article
		if n.Kind != "" {
			s += ":" + string(n.Kind)
		}
		if len(n.Copies) > 0 {
			s += "(" + render(n.Copies) + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestDerive(t *testing.T) {
	rel := func(from, to string, kind copydesk.Kind, score float64) copydesk.Relation {
		return copydesk.Relation{From: from, To: to, Kind: kind, Score: score}
	}
	const (
		dup  = copydesk.Duplicate
		near = copydesk.NearDuplicate
		exc  = copydesk.Excerpt
	)
	tests := []struct {
		name string
		rels []copydesk.Relation
		want string
	}{
		{"none", nil, ""},
		{"one copy", []copydesk.Relation{rel("A", "B", dup, 1)}, "A(B:duplicate)"},
		{"chain", []copydesk.Relation{rel("B", "C", exc, 0.8), rel("A", "B", near, 0.9)}, "A(B:near-duplicate(C:excerpt))"},
		{"siblings sorted", []copydesk.Relation{rel("A", "C", dup, 1), rel("A", "B", dup, 1)}, "A(B:duplicate C:duplicate)"},
		{"two roots", []copydesk.Relation{rel("D", "E", dup, 1), rel("A", "B", dup, 1)}, "A(B:duplicate) D(E:duplicate)"},
		{"higher score wins", []copydesk.Relation{rel("X", "Z", near, 0.6), rel("Y", "Z", exc, 0.9)}, "Y(Z:excerpt)"},
		{"higher score wins, other order", []copydesk.Relation{rel("Y", "Z", exc, 0.9), rel("X", "Z", near, 0.6)}, "Y(Z:excerpt)"},
		{"tie to lower id", []copydesk.Relation{rel("Y", "Z", dup, 0.9), rel("X", "Z", dup, 0.9)}, "X(Z:duplicate)"},
		{"two-cycle drops weaker", []copydesk.Relation{rel("A", "B", near, 0.7), rel("B", "A", near, 0.6)}, "A(B:near-duplicate)"},
		{"three-cycle drops weakest", []copydesk.Relation{rel("A", "B", near, 0.9), rel("B", "C", near, 0.8), rel("C", "A", near, 0.5)},
			"A(B:near-duplicate(C:near-duplicate))"},
		{"cycle with a tail", []copydesk.Relation{rel("A", "B", near, 0.9), rel("B", "A", near, 0.4), rel("B", "D", exc, 0.7)},
			"A(B:near-duplicate(D:excerpt))"},
	}
	for _, tt := range tests {
		got := render(view.Derive(tt.rels))
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		// Every article appears once at most: the result is a forest.
		seen := map[string]int{}
		var walk func([]*view.Derivation)
		walk = func(ns []*view.Derivation) {
			for _, n := range ns {
				seen[n.Article]++
				walk(n.Copies)
			}
		}
		walk(view.Derive(tt.rels))
		for a, c := range seen {
			if c > 1 {
				t.Errorf("%s: %s appears %d times", tt.name, a, c)
			}
		}
	}
}

// synthetic writes n generated articles with a fixed seed: a tenth of them
// copy an earlier one with a sentence added, the others draw sentences of
// their own from an invented vocabulary with word frequencies like those of
// prose (Zipf), mixed with common English function words.
func synthetic(tb testing.TB, dir string, n int) string {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := corpus.NewBabble(rng).Sentence
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]doc, n)
	for i := range docs {
		d := doc{ID: fmt.Sprintf("gen-%d", i), Source: fmt.Sprintf("Outlet %d", rng.IntN(12)),
			Published: start.Add(time.Duration(i) * 37 * time.Minute).Format(time.RFC3339)}
		if i > 10 && rng.IntN(10) == 0 {
			src := docs[rng.IntN(i)]
			d.Title, d.Text = src.Title, src.Text+"\n\n"+sentence()
		} else {
			d.Title = sentence()
			var paras []string
			for range 4 + rng.IntN(4) {
				paras = append(paras, sentence()+" "+sentence())
			}
			d.Text = strings.Join(paras, "\n\n")
		}
		docs[i] = d
	}
	return writeJSONL(tb, dir, "gen.jsonl", docs)
}

func BenchmarkAdd(b *testing.B) {
	const n = 300
	path := synthetic(b, b.TempDir(), n)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("c%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		e, err := pipeline.Open(ctx, db, pipeline.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{path}), nil)
		if err != nil {
			b.Fatal(err)
		}
		if st.Added != n {
			b.Fatalf("got %+v, want %d added", st, n)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestAddBadItems(t *testing.T) {
	dir := t.TempDir()
	good, err := json.Marshal(chess)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		line string
		want pipeline.Status
	}{
		{"good", string(good), pipeline.Added},
		{"malformed", `{"id": broken`, pipeline.Failed},
		{"empty", `{"id":"empty"}`, pipeline.Failed},
		{"only junk lines", `{"id":"junk","text":"Share\nSubscribe\nAdvertisement"}`, pipeline.Skipped},
		{"html without content", `{"id":"nav","html":"<html><body><nav>Home</nav></body></html>"}`, pipeline.Skipped},
	}
	var lines []string
	var want pipeline.Stats
	for _, tt := range tests {
		lines = append(lines, tt.line)
		switch tt.want {
		case pipeline.Added:
			want.Added++
		case pipeline.Failed:
			want.Failed++
		case pipeline.Skipped:
			want.Skipped++
		}
	}
	path := filepath.Join(dir, "mixed.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openStore(t, filepath.Join(dir, "c.db"))
	ctx := context.Background()
	var items []pipeline.Item
	got, err := openEngine(t, db).Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{path}), func(it pipeline.Item) {
		items = append(items, it)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for _, it := range items {
		if (it.Status == pipeline.Added) != (it.Article != nil) || (it.Status == pipeline.Added) == (it.Err != nil) {
			t.Errorf("item %s %s: article %v, err %v; want an article exactly when added, an error otherwise", it.Input, it.Status, it.Article != nil, it.Err)
		}
		if it.Input == "" {
			t.Errorf("item %s without input: %v", it.Status, it.Err)
		}
	}
}

// failingStore fails SaveResult for one article, as a run killed between
// storing an article and saving its results would leave the store.
type failingStore struct {
	copydesk.Store
	failFor string
}

func (s *failingStore) SaveResult(ctx context.Context, r copydesk.Result) error {
	if r.Article == s.failFor {
		return copydesk.Errorf(copydesk.EInternal, "injected failure for %s", r.Article)
	}
	return s.Store.SaveResult(ctx, r)
}

// SaveResults fails, saving nothing, when one of rs is failFor's: a round
// is saved in one transaction.
func (s *failingStore) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	for _, r := range rs {
		if r.Article == s.failFor {
			return copydesk.Errorf(copydesk.EInternal, "injected failure for %s", r.Article)
		}
	}
	return s.Store.SaveResults(ctx, rs)
}

// addedOnce writes fileA and fileB to a temporary folder and adds them in
// one run to a store of their own: the folder, the two files, the store
// and its articles' ids by ref.
func addedOnce(t *testing.T) (dir, a, b string, once *sqlite.DB, id map[string]string) {
	t.Helper()
	dir = t.TempDir()
	a = writeJSONL(t, dir, "a.jsonl", fileA)
	b = writeJSONL(t, dir, "b.jsonl", fileB)
	once = openStore(t, filepath.Join(dir, "once.db"))
	add(t, openEngine(t, once), a, b)
	return dir, a, b, once, ids(t, once)
}

func TestResume(t *testing.T) {
	dir, a, b, once, id := addedOnce(t)

	tests := []struct{ name, failFor string }{
		{"the copy", closedWire.ID},
		{"the last article", reopenedLedger.ID},
		{"an unrelated article", orchard.ID},
	}
	for i, tt := range tests {
		db := openStore(t, filepath.Join(dir, fmt.Sprintf("resume%d.db", i)))
		e := openEngine(t, &failingStore{Store: db, failFor: id[tt.failFor]})
		ctx := context.Background()
		if _, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{a, b}), nil); err == nil {
			t.Errorf("%s: Add with a failing store: got no error", tt.name)
		}
		pending, err := db.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
		if err != nil {
			t.Fatal(err)
		}
		// The failed article's round is stored and left unprocessed, the
		// failed article with it (its results are saved all or none).
		if !slices.ContainsFunc(pending, func(a *copydesk.Article) bool { return a.ID == id[tt.failFor] }) {
			t.Errorf("%s: got %d unprocessed articles, want %s among them", tt.name, len(pending), tt.failFor)
		}
		// Reopening processes the pending article; adding the files again
		// stores the ones the failed run never reached.
		add(t, openEngine(t, db), a, b)
		sameAsOnce(t, tt.name+": ", db, once)
	}
}

// laggingStore fails the save of failFor's round once the articles of
// round stored (PutArticles called that many times): by then Add has
// handed the rounds before that one over to be placed, and they were
// placed while the failing save ran.
type laggingStore struct {
	failingStore
	round int
	puts  int
	later chan struct{}
}

func (s *laggingStore) PutArticles(ctx context.Context, as []*copydesk.Article, raws [][]byte) ([]bool, error) {
	created, err := s.Store.PutArticles(ctx, as, raws)
	if s.puts++; s.puts == s.round {
		close(s.later)
	}
	return created, err
}

func (s *laggingStore) SaveResults(ctx context.Context, rs []copydesk.Result) error {
	if slices.ContainsFunc(rs, func(r copydesk.Result) bool { return r.Article == s.failFor }) {
		select {
		case <-s.later:
		case <-time.After(10 * time.Second): // saving held up placing
		}
	}
	return s.failingStore.SaveResults(ctx, rs)
}

// TestFailedSaveKeepsAPrefix runs Add in rounds of two articles with the
// save of the second round failing once the fourth round is stored, so
// that the third is placed meanwhile. A placed round after a failed one is
// never saved: what is processed stays a prefix of the order, and only
// what was saved is reported added.
func TestFailedSaveKeepsAPrefix(t *testing.T) {
	dir, a, b, _, id := addedOnce(t)

	db := openStore(t, filepath.Join(dir, "failed.db"))
	ctx := context.Background()
	// Rounds: closed and closedLedger, chess and closedWire (failing),
	// orchard and ferry, reopened and reopenedLedger.
	store := &laggingStore{failingStore: failingStore{Store: db, failFor: id[closedWire.ID]}, round: 4, later: make(chan struct{})}
	e, err := pipeline.Open(ctx, store, pipeline.Options{Now: func() time.Time { return fixed }, Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	var added []string
	st, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{a, b}), func(it pipeline.Item) {
		if it.Status == pipeline.Added {
			added = append(added, it.Input)
		}
	})
	if err == nil {
		t.Fatal("Add with a failing store: got no error")
	}
	pending, err := db.Articles(ctx, copydesk.ArticleFilter{Unprocessed: true})
	if err != nil {
		t.Fatal(err)
	}
	var unprocessed []string
	for _, x := range pending {
		unprocessed = append(unprocessed, x.Ref)
	}
	slices.Sort(unprocessed)
	want := []string{chess.ID, closedWire.ID, orchard.ID, ferry.ID, reopened.ID, reopenedLedger.ID}
	slices.Sort(want)
	if !slices.Equal(unprocessed, want) {
		t.Errorf("unprocessed %q, want %q", unprocessed, want)
	}
	if want := []string{closed.ID, closedLedger.ID}; st.Added != len(want) || !slices.Equal(added, want) {
		t.Errorf("reported added %q (Stats.Added %d), want %q", added, st.Added, want)
	}
}

func TestConcurrentAdd(t *testing.T) {
	dir := t.TempDir()
	a := writeJSONL(t, dir, "a.jsonl", fileA)
	b := writeJSONL(t, dir, "b.jsonl", fileB)
	once := openStore(t, filepath.Join(dir, "once.db"))
	add(t, openEngine(t, once), a, b)

	db := openStore(t, filepath.Join(dir, "c.db"))
	e := openEngine(t, db)
	ctx := context.Background()
	var wg sync.WaitGroup
	stats := make([]pipeline.Stats, 2)
	errs := make([]error, 2)
	for i, path := range []string{a, b} {
		wg.Go(func() {
			stats[i], errs[i] = e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, []string{path}), nil)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Add %d: %v", i, err)
		}
	}
	if got, want := stats[0].Added+stats[1].Added, len(fileA)+len(fileB); got != want {
		t.Errorf("got %d added, want %d", got, want)
	}
	// Arrival order may change the clustering, not which pairs are copies
	// nor their direction.
	if got, want := relationSet(t, db), relationSet(t, once); !slices.Equal(got, want) {
		t.Errorf("relations:\ngot  %q\nwant %q", got, want)
	}
}

// TestMergeMovesArticles adds two reports of one happening that share too
// little to meet, then two that bridge them: the events merge in the store,
// the older event keeping its id, the absorbed one gone, and a store built
// in two runs (the second engine restored from the first's rows) agrees.
func TestMergeMovesArticles(t *testing.T) {
	docs := []doc{
		{"ostra-1", "Ostra Herald", "Velmora dam breaches", "2026-05-04T08:00:00Z",
			"The Velmora dam breached on Monday. Engineer Tomas Reval blamed the blocked spillway for the failure of the old wall."},
		{"ostra-2", "Lowland Post", "Villages flooded along the Ostra", "2026-05-04T09:00:00Z",
			"Floods swept villages along the Ostra river on Monday. Rescue teams evacuated hundreds of families from their homes."},
		{"ostra-3", "Ostra Herald", "Velmora dam breach floods Ostra villages", "2026-05-04T10:00:00Z",
			"The Velmora dam breached on Monday and floods swept villages along the Ostra river. Engineer Tomas Reval blamed the blocked spillway; rescue teams evacuated hundreds of families."},
		{"ostra-4", "Lowland Post", "Ostra villages flooded after Velmora dam breach", "2026-05-04T11:00:00Z",
			"Floods from the breached Velmora dam swept villages along the Ostra river on Monday; rescue teams evacuated hundreds of families as engineer Tomas Reval blamed the spillway."},
	}
	// A clock that ticks, as time.Now does: a reopened engine restores
	// events in the order their articles were added.
	var tick time.Duration
	open := func(store copydesk.Store) *pipeline.Engine {
		e, err := pipeline.Open(context.Background(), store, pipeline.Options{Now: func() time.Time {
			tick += time.Second
			return fixed.Add(tick)
		}})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	dir := t.TempDir()
	once := openStore(t, filepath.Join(dir, "once.db"))
	add(t, open(once), writeJSONL(t, dir, "all.jsonl", docs))
	g := grouping(t, once)
	if len(g) != 1 {
		t.Fatalf("events after the bridging reports: %q, want one event of four articles", g)
	}
	id := ids(t, once)
	evs, err := once.Events(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	first, err := once.Article(context.Background(), id["ostra-1"])
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].ID != first.Event || len(evs[0].Articles) != 4 {
		t.Errorf("events %+v, want only the first article's event %s with 4 articles", evs, first.Event)
	}

	// The moved article says why it is where it is now.
	moved, err := once.Article(context.Background(), id["ostra-2"])
	if err != nil {
		t.Fatal(err)
	}
	if moved.Placement == nil || !strings.HasPrefix(moved.Placement.Reason, "moved when its event ") || !strings.Contains(moved.Placement.Reason, "first placed: ") {
		t.Errorf("moved article's placement %+v, want the move's reason and the first one", moved.Placement)
	}

	inc := openStore(t, filepath.Join(dir, "inc.db"))
	add(t, open(inc), writeJSONL(t, dir, "one.jsonl", docs[:2]))
	add(t, open(inc), writeJSONL(t, dir, "two.jsonl", docs[2:]))
	if got := grouping(t, inc); !slices.Equal(got, g) {
		t.Errorf("in two runs:\ngot  %q\nwant %q", got, g)
	}
}

// TestStoryMergeMovesEvents: two stories that grow alike merge in the store;
// the absorbed story's event keeps its id and now names the survivor.
func TestStoryMergeMovesEvents(t *testing.T) {
	docs := []doc{
		{"kessin-1", "Harbour Times", "Kessin dockworkers walk out", "2026-06-01T08:00:00Z",
			"Dockworkers at the port of Kessin walked out on Monday over a pay offer. Union leader Ilse Marrow said cranes would stand idle."},
		{"kessin-2", "Brask Daily", "Fruit rots on Brask quays", "2026-06-08T08:00:00Z",
			"Crates of fruit are rotting on the quays of Brask as ships wait offshore. Importer Odo Fenn counted losses in the thousands."},
		{"kessin-3", "Harbour Times", "Kessin port strike strands ships bound for Brask", "2026-06-15T08:00:00Z",
			"The strike by Kessin dockworkers has left ships waiting offshore, and fruit is rotting on the quays of Brask. Union leader Ilse Marrow said the walkout over pay would go on; importer Odo Fenn counted losses."},
		{"kessin-4", "Brask Daily", "Brask importers count cost of Kessin port strike", "2026-06-22T08:00:00Z",
			"Importer Odo Fenn said fruit rotting on the Brask quays was the cost of the Kessin dockworkers' walkout over pay, which union leader Ilse Marrow vowed to continue while ships wait offshore."},
	}
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	add(t, openEngine(t, db), writeJSONL(t, dir, "k.jsonl", docs))
	ctx := context.Background()
	stories, err := db.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || len(stories[0].Events) != 4 || len(stories[0].Articles) != 4 {
		t.Fatalf("stories %+v, want one story of four events", stories)
	}
	evs, err := db.Events(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Story != stories[0].ID {
			t.Errorf("event %s names story %s, want %s", e.ID, e.Story, stories[0].ID)
		}
	}
}

// TestStorySplitInStore: a report glued to a story and later split off it
// ends in a story of its own in the store, with its row; the story it left
// keeps its id.
func TestStorySplitInStore(t *testing.T) {
	docs := []doc{
		{"k-1", "Harbour Times", "Kessin dockworkers walk out over pay", "2026-07-01T08:00:00Z", "Dockworkers at the port of Kessin walked out on Monday over a pay offer. Union leader Ilse Marrow said cranes would stand idle until the harbour board raised wages."},
		{"k-2", "Harbour Times", "Kessin marathon runners cross the harbour bridge", "2026-07-07T08:00:00Z", "Runners in the Kessin marathon crossed the harbour bridge on Sunday. Winner Pavo Linden finished in two hours and nine minutes, cheered by crowds along the course."},
		{"k-3", "Harbour Times", "Harbour board makes new pay offer to Kessin dockworkers", "2026-07-13T08:00:00Z", "The Kessin harbour board made a new pay offer to striking dockworkers. Union leader Ilse Marrow said members would vote on the offer, while cranes stood idle for a second week."},
		{"k-4", "Harbour Times", "Kessin dockworkers accept pay deal, cranes move again", "2026-07-19T08:00:00Z", "Dockworkers in Kessin voted to accept the harbour board's pay deal, ending the walkout. Union leader Ilse Marrow said cranes would move again on Thursday and ships would be unloaded."},
		{"k-5", "Harbour Times", "Ships unloaded in Kessin after dock strike ends", "2026-07-25T08:00:00Z", "Cranes in the port of Kessin unloaded the first ships since the dockworkers' strike ended. The harbour board said the backlog of ships would clear within days, union leader Ilse Marrow said."},
	}
	dir := t.TempDir()
	db := openStore(t, filepath.Join(dir, "c.db"))
	add(t, openEngine(t, db), writeJSONL(t, dir, "k.jsonl", docs))
	ctx := context.Background()
	id := ids(t, db)
	first, _ := db.Article(ctx, id["k-1"])
	marathon, _ := db.Article(ctx, id["k-2"])
	if first == nil || marathon == nil || first.Story == marathon.Story {
		t.Fatalf("the marathon report is still in the strike story")
	}
	if want := "s" + strings.TrimPrefix(first.ID, "a"); first.Story != want {
		t.Errorf("strike story id %s, want the first article's %s", first.Story, want)
	}
	st, err := db.Story(ctx, marathon.Story)
	if err != nil {
		t.Fatalf("the split-off story has no row: %v", err)
	}
	if !slices.Equal(st.Articles, []string{marathon.ID}) {
		t.Errorf("split-off story holds %v, want only the marathon report", st.Articles)
	}
	if p := marathon.Placement; p == nil || !strings.HasPrefix(p.Reason, "moved when its event left story "+first.Story) {
		t.Errorf("split-off article's placement %+v, want the split's reason", p)
	}
}

// TestWorkersSameOutput adds the copy benchmark and the translation set
// with one worker and with four, in batches that cut through runs of copies,
// and with a copy index that keeps only its latest 8 articles in memory, and
// checks that the exports and the stories' facts are byte for byte the
// same: the parallel part of processing reads nothing another article's
// processing writes, and an article read back from the index's file
// verifies as it did in memory.
func TestWorkersSameOutput(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{"../../testdata/copies/corpus.jsonl", "../../testdata/translations/corpus.jsonl"}
	export := func(workers, window int) []byte {
		ctx := context.Background()
		db := openStore(t, filepath.Join(dir, fmt.Sprintf("w%d-%d.db", workers, window)))
		e, err := pipeline.Open(ctx, db, pipeline.Options{Now: func() time.Time { return fixed }, Workers: workers, Batch: 37, IndexWindow: window})
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close()
		st, err := e.Add(ctx, ingest.NewReader(ingest.Options{}).Docs(ctx, inputs), nil)
		if err != nil || st.Failed+st.Skipped > 0 {
			t.Fatalf("%d workers: %+v, %v", workers, st, err)
		}
		x, err := view.ExportAll(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Relations) < 200 {
			t.Fatalf("%d relations: the corpus should have hundreds", len(x.Relations))
		}
		b, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range x.Stories {
			f, err := db.StoryFacts(ctx, s.ID)
			if err != nil {
				t.Fatalf("facts of story %s: %v", s.ID, err)
			}
			b = append(append(b, s.ID...), f.Data...)
		}
		return b
	}
	one, four, spilled := export(1, 0), export(4, 0), export(4, 8)
	if !bytes.Equal(one, four) {
		t.Errorf("the exports with one and four workers differ (%d and %d bytes)", len(one), len(four))
	}
	if !bytes.Equal(one, spilled) {
		t.Errorf("the exports with the index in memory and mostly in its file differ (%d and %d bytes)", len(one), len(spilled))
	}
}

// TestUpdateStampCopiedWithText: an original whose page gives a time after
// the "Updated:" line at its head, and a word-for-word copy that kept the
// line and has no time of its own, dated by it. The line is the text's
// stamp, copied with it: it does not make the copy the earlier of the two
// (the original was updated then, and first published before its page's
// time), so the times do not order the pair and, the bodies being the
// same, the direction is undetermined. Both orders of arrival.
func TestUpdateStampCopiedWithText(t *testing.T) {
	text := "Updated: March 5, 2026, 4:03 PM ET\n\n" + chess.Text
	orig := doc{"stamp-orig", "Fenmoor Gazette", chess.Title, "2026-03-05T21:14:02Z", text}
	cp := doc{"stamp-copy", "Valley Ledger", chess.Title, "", text}
	for _, order := range [][]doc{{orig, cp}, {cp, orig}} {
		dir := t.TempDir()
		db := openStore(t, filepath.Join(dir, "c.db"))
		add(t, openEngine(t, db), writeJSONL(t, dir, "stamp.jsonl", order))
		rels, err := db.Relations(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(rels) != 1 || !rels[0].Evidence.Undetermined {
			t.Fatalf("order %s, %s: got relations %+v, want one of undetermined direction", order[0].ID, order[1].ID, rels)
		}
		if why := strings.Join(rels[0].Evidence.Direction, "; "); strings.Contains(why, "earlier") {
			t.Errorf("order %s, %s: reasons %q order the pair by its times", order[0].ID, order[1].ID, why)
		}
	}
}
