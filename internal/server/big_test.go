package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"testing"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/storetest"
)

// BenchmarkBigStore measures the pages and searches a user opens first, on
// a generated store of COPYDESK_BIG_N articles (10,000 by default; 100,000
// for the budget), per request. The store is built once into
// $COPYDESK_BIG_DIR (the user's cache directory by default) and kept,
// since building 100,000 articles takes long.
func BenchmarkBigStore(b *testing.B) {
	ctx := context.Background()
	path, big, err := storetest.CachedBig(ctx, 10000, func(path string) (copydesk.Store, error) { return sqlite.Open(ctx, path) }, b.Logf)
	if err != nil {
		b.Fatal(err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	bigPages(b, db, big)
}

// BenchmarkBigStorePostgres measures the same pages on PostgreSQL, on a
// store of COPYDESK_BIG_N articles (2,000 by default) generated into a
// schema of its own on COPYDESK_TEST_POSTGRES's server and dropped after;
// it skips without that server.
func BenchmarkBigStorePostgres(b *testing.B) {
	ctx := context.Background()
	n := 2000
	if v := os.Getenv("COPYDESK_BIG_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 100 {
			b.Fatalf("COPYDESK_BIG_N=%q: want a whole number from 100", v)
		}
	}
	db, err := postgres.Open(ctx, storetest.PostgresSchema(b, "big", postgres.DropSchema))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	big, err := storetest.FillBig(ctx, db, n, b.Logf)
	if err != nil {
		b.Fatal(err)
	}
	bigPages(b, db, big)
}

// bigPages runs one sub-benchmark per page over the generated store db.
func bigPages(b *testing.B, db copydesk.Store, big *storetest.Big) {
	ctx := context.Background()
	srv := httptest.NewServer(server.New(db, nil))
	defer srv.Close()
	// An article and a copy pair of the typical story: the pages opened
	// from it.
	rels, err := db.StoryRelations(ctx, big.Typical)
	if err != nil || len(rels) == 0 {
		b.Fatalf("relations of story %s: %d, %v", big.Typical, len(rels), err)
	}
	pair := rels[0]
	for _, c := range []struct{ name, path string }{
		{"home", "/"},
		{"home-outlet", "/?outlet=" + url.QueryEscape(big.Outlet)},
		{"home-search", "/?q=" + big.Rare},
		{"search-common", "/api/v1/search?q=" + big.Word},
		{"search-rare", "/api/v1/search?q=" + big.Rare},
		{"outlets", "/outlets"},
		{"story-typical", "/stories/" + big.Typical},
		{"story-largest", "/stories/" + big.Largest},
		{"story-largest-disagreements", "/stories/" + big.Largest + "/disagreements"},
		{"article", "/articles/" + pair.To},
		{"compare", "/compare?a=" + pair.From + "&b=" + pair.To},
		{"story-largest-quotes", "/stories/" + big.Largest + "/quotes"},
		{"story-largest-people", "/stories/" + big.Largest + "/people"},
		{"story-api", "/api/v1/stories/" + big.Typical},
		// The list APIs, first page each.
		{"stories-api", "/api/v1/stories"},
		{"events-api", "/api/v1/events"},
		{"articles-api", "/api/v1/articles"},
		{"relations-api", "/api/v1/relations"},
		{"outlets-api", "/api/v1/outlets"},
	} {
		b.Run(c.name, func(b *testing.B) {
			size := 0
			cpu := storetest.CPUTime()
			for b.Loop() {
				res, err := http.Get(srv.URL + c.path)
				if err != nil {
					b.Fatal(err)
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					b.Fatalf("GET %s: %d %v", c.path, res.StatusCode, err)
				}
				size = len(body)
			}
			b.ReportMetric(float64(size), "bytes/page")
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/request")
			b.ReportMetric(float64(storetest.CPUTime()-cpu)/float64(b.N)/1e6, "cpu-ms/request")
		})
	}
}
