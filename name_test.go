package copydesk_test

import (
	"testing"

	"github.com/copydesk/copydesk"
)

func TestArticleName(t *testing.T) {
	tests := []struct {
		name string
		a    copydesk.Article
		want string
	}{
		{"outlet", copydesk.Article{Source: " Fenwick Gazette ", URL: "https://fenwick.example/a", Title: "Bridge", Ref: "/tmp/x/001.txt", ID: "a1a57f39cae8b11e"}, "Fenwick Gazette"},
		{"domain", copydesk.Article{URL: "https://www.Fenwick.example/news/1", Title: "Bridge", Ref: "/tmp/x/001.txt"}, "fenwick.example"},
		{"canonical domain", copydesk.Article{CanonicalURL: "http://gazette.example/x", Title: "Bridge"}, "gazette.example"},
		{"not a web address", copydesk.Article{URL: "file:///tmp/x.html", Title: "Bridge reopens"}, "Bridge reopens"},
		{"title", copydesk.Article{Title: "Bridge  reopens\nafter repairs", Ref: "/tmp/x/001.txt", ID: "a1a57f39cae8b11e"}, "Bridge reopens after repairs"},
		{"long title", copydesk.Article{Title: "The harbour bridge at Fenwick reopened to traffic on Monday morning after six weeks of repairs"}, "The harbour bridge at Fenwick reopened to traffic on Monday morning after six…"},
		{"text", copydesk.Article{Text: "Ferries ran again on Monday.", Ref: "/tmp/x/001.txt"}, "Ferries ran again on Monday."},
		{"non-ASCII cut", copydesk.Article{Title: "Жителі ééééééééééééééééééééééééééééééééééééééééééééééééééééé"}, "Жителі ééééééééééééééééééééééééééééééééé…"},
		{"nothing", copydesk.Article{Ref: "/tmp/x/001.txt", ID: "a1a57f39cae8b11e"}, "an article without title or text"},
	}
	for _, tt := range tests {
		if got := tt.a.DisplayName(); got != tt.want {
			t.Errorf("%s: DisplayName() = %q, want %q", tt.name, got, tt.want)
		}
	}
}
