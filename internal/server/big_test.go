package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"

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
	n := 10000
	if v := os.Getenv("COPYDESK_BIG_N"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 100 {
			b.Fatalf("COPYDESK_BIG_N=%q: want a whole number from 100", v)
		}
	}
	ctx := context.Background()
	dir := os.Getenv("COPYDESK_BIG_DIR")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			b.Fatal(err)
		}
		dir = filepath.Join(cache, "copydesk")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("big-v%d-%d.db", storetest.BigVersion, n))
	info := path + ".json" // what FillBig wrote, once it finished
	var big storetest.Big
	if _, err := os.Stat(info); err != nil {
		os.Remove(path)
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		got, err := storetest.FillBig(ctx, db, n, b.Logf)
		if err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		big = *got
		data, err := json.Marshal(big)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(info, data, 0o644); err != nil {
			b.Fatal(err)
		}
	} else {
		data, err := os.ReadFile(info)
		if err != nil {
			b.Fatal(err)
		}
		if err := json.Unmarshal(data, &big); err != nil {
			b.Fatalf("%s: %v", info, err)
		}
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	srv := httptest.NewServer(server.New(db, nil))
	defer srv.Close()
	for _, c := range []struct{ name, path string }{
		{"home", "/"},
		{"home-outlet", "/?outlet=" + url.QueryEscape(big.Outlet)},
		{"home-search", "/?q=" + big.Rare},
		{"search-common", "/api/v1/search?q=" + big.Word},
		{"search-rare", "/api/v1/search?q=" + big.Rare},
		{"outlets", "/outlets"},
		{"story-typical", "/stories/" + big.Typical},
	} {
		b.Run(c.name, func(b *testing.B) {
			size := 0
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
		})
	}
}
