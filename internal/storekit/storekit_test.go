package storekit

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/copydesk/copydesk"
)

func TestFill(t *testing.T) {
	stories := []copydesk.Story{{ID: "s1"}, {ID: "s2"}}
	events := []copydesk.Event{{ID: "e2"}, {ID: "e1"}} // newest first
	members := []Member{
		{ID: "a1", Event: "e1", Story: "s1"},
		{ID: "a2", Event: "e-gone", Story: "s1"}, // no row describes e-gone
		{ID: "a3", Event: "e2", Story: "s1"},
		{ID: "a4", Event: "e1", Story: "s1"},
		{ID: "a5", Event: "", Story: "s2"},
		{ID: "a6", Event: "e-also-gone", Story: "s1"},
	}
	Fill(stories, events, members)
	if want := []string{"e2", "e1", "e-also-gone", "e-gone"}; !reflect.DeepEqual(stories[0].Events, want) {
		t.Errorf("s1 events = %v, want %v", stories[0].Events, want)
	}
	if want := []string{"a1", "a2", "a3", "a4", "a6"}; !reflect.DeepEqual(stories[0].Articles, want) {
		t.Errorf("s1 articles = %v, want %v", stories[0].Articles, want)
	}
	if stories[1].Events != nil || !reflect.DeepEqual(stories[1].Articles, []string{"a5"}) {
		t.Errorf("s2 = %+v, want article a5 and no events", stories[1])
	}
	if want := []string{"a1", "a4"}; !reflect.DeepEqual(events[1].Articles, want) {
		t.Errorf("e1 articles = %v, want %v", events[1].Articles, want)
	}
	if want := []string{"a3"}; !reflect.DeepEqual(events[0].Articles, want) {
		t.Errorf("e2 articles = %v, want %v", events[0].Articles, want)
	}
}

func TestMigrations(t *testing.T) {
	fsys := fstest.MapFS{
		"m/10_ten.sql":  {Data: []byte("ten")},
		"m/9_nine.sql":  {Data: []byte("nine")},
		"m/1_one.sql":   {Data: []byte("one")},
		"m/README.md":   {Data: []byte("not a migration")},
		"other/2_x.sql": {Data: []byte("elsewhere")},
	}
	ms, err := Migrations(fsys, "m/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	want := []Migration{{1, "1_one.sql", "one"}, {9, "9_nine.sql", "nine"}, {10, "10_ten.sql", "ten"}}
	if !reflect.DeepEqual(ms, want) {
		t.Errorf("Migrations = %+v, want %+v", ms, want)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"no number":     {"m/one.sql": {}},
		"zero":          {"m/0_zero.sql": {}},
		"no underscore": {"m/1.sql": {}},
		"number twice":  {"m/1_a.sql": {}, "m/01_b.sql": {}},
	} {
		if _, err := Migrations(fsys, "m/*.sql"); err == nil {
			t.Errorf("%s: Migrations gave no error", name)
		}
	}
}

func TestTime(t *testing.T) {
	at := time.Date(2031, 5, 1, 8, 0, 0, 7, time.FixedZone("east", 3600))
	s := FormatTime(at)
	if s != "2031-05-01T07:00:00.000000007Z" {
		t.Errorf("FormatTime = %q", s)
	}
	if later := FormatTime(at.Add(time.Second)); later <= s {
		t.Errorf("stored times do not sort as text: %q <= %q", later, s)
	}
	got, err := ParseTime(NullTime(at))
	if err != nil || !got.Equal(at) || got.Location() != time.UTC {
		t.Errorf("ParseTime(NullTime(%v)) = %v, %v; want the same instant in UTC", at, got, err)
	}
	if NullTime(time.Time{}) != nil {
		t.Error("NullTime of the zero time is not nil")
	}
	if got, err := ParseTime(nil); err != nil || !got.IsZero() {
		t.Errorf("ParseTime(nil) = %v, %v; want the zero time", got, err)
	}
	bad := "yesterday"
	if _, err := ParseTime(&bad); err == nil {
		t.Error("ParseTime of a non-time gave no error")
	}
	if err := CheckTime("t", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("CheckTime of year 10000 = %v, want EInvalid", err)
	}
	if err := CheckTime("t", time.Time{}); err != nil {
		t.Errorf("CheckTime of the zero time = %v", err)
	}
}

// row is one stored row of ScanArticle's columns.
type row []any

// scan copies r into dest as a driver would, NULL (nil) into a nil pointer.
func (r row) scan(dest ...any) error {
	for i, d := range dest {
		v := reflect.ValueOf(d).Elem()
		if r[i] == nil {
			v.SetZero()
			continue
		}
		src := reflect.ValueOf(r[i])
		if v.Kind() == reflect.Pointer {
			p := reflect.New(v.Type().Elem())
			p.Elem().Set(src)
			v.Set(p)
			continue
		}
		v.Set(src)
	}
	return nil
}

func TestRowAndScan(t *testing.T) {
	a := &copydesk.Article{
		ID: "a-1", Ref: "wire/1", Version: 2, URL: "https://example.org/1", Source: "Brell Post", Title: "Ferry",
		Published: time.Date(2031, 5, 1, 8, 0, 0, 0, time.UTC), Lang: "en", Text: "The Brell ferry runs again.",
		Paragraphs: []string{"The Brell ferry runs again."}, Extra: map[string]any{"desk": "harbour"},
		Added: time.Date(2031, 5, 1, 9, 0, 0, 0, time.UTC), Event: "e", Story: "s",
	}
	if err := CheckArticle(a); err != nil {
		t.Fatal(err)
	}
	r, err := NewRow(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Raw == nil || r.Removed != nil || r.Paragraphs == nil || !r.Added.Equal(a.Added) {
		t.Fatalf("NewRow = %+v", r)
	}
	str := func(p *string) any {
		if p == nil {
			return nil
		}
		return *p
	}
	stored := row{a.ID, a.Ref, a.Version, a.URL, a.CanonicalURL, a.Source, a.Title, a.Byline, str(r.Published), a.Lang,
		a.Text, str(r.Paragraphs), str(r.Removed), a.Partial, a.Format, a.RawHash, str(r.Extra), FormatTime(r.Added),
		a.Event, a.Story, nil}
	got, err := ScanArticle(stored.scan)
	if err != nil {
		t.Fatal(err)
	}
	a.Name = "Brell Post" // given on read, never stored
	if !reflect.DeepEqual(got, a) {
		t.Errorf("ScanArticle = %+v, want %+v", got, a)
	}

	stored[17] = "not a time"
	if _, err := ScanArticle(stored.scan); err == nil || !strings.Contains(err.Error(), "article a-1: added") {
		t.Errorf("ScanArticle of a bad time = %v, want an error naming added", err)
	}

	now := rowAdded(t, &copydesk.Article{ID: "a-2"})
	if now.IsZero() || now.Location() != time.UTC {
		t.Errorf("NewRow of an article without Added gave %v, want the time of the put in UTC", now)
	}
	if _, err := NewRow(&copydesk.Article{ID: "a-3", Extra: map[string]any{"x": math.NaN()}}, nil); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("NewRow with a NaN extra = %v, want EInvalid", err)
	}
	if err := CheckArticle(&copydesk.Article{Ref: "wire/9"}); copydesk.ErrorCode(err) != copydesk.EInvalid {
		t.Errorf("CheckArticle without ID = %v, want EInvalid", err)
	}
}

// rowAdded returns the Added of NewRow(a, nil).
func rowAdded(t *testing.T, a *copydesk.Article) time.Time {
	t.Helper()
	r, err := NewRow(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Added
}

func TestCheckResult(t *testing.T) {
	far := time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)
	for name, r := range map[string]copydesk.Result{
		"no article":        {},
		"relation end":      {Article: "a", Relations: []copydesk.Relation{{From: "a"}}},
		"event ID":          {Article: "a", Events: []copydesk.Event{{}}},
		"story ID":          {Article: "a", Stories: []copydesk.Story{{}}},
		"move article":      {Article: "a", Moves: []copydesk.Move{{}}},
		"event time":        {Article: "a", Events: []copydesk.Event{{ID: "e", LastSeen: far}}},
		"now out of layout": {Article: "a", Now: far},
	} {
		if err := CheckResult(r); copydesk.ErrorCode(err) != copydesk.EInvalid {
			t.Errorf("%s: CheckResult = %v, want EInvalid", name, err)
		}
	}
	if err := CheckResult(copydesk.Result{Article: "a", Events: []copydesk.Event{{ID: "e"}}}); err != nil {
		t.Errorf("CheckResult of a valid result = %v", err)
	}
}
