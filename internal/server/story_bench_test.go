package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/copydesk/copydesk/internal/server"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/storetest"
)

// BenchmarkStoryPage measures the page of one large story (300 and 400
// articles, storetest.LargeStory: events, copies of copies, stored facts)
// per request, through HTTP, in wall time and in the CPU time of the
// process (the machine is shared).
func BenchmarkStoryPage(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{300, 400} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "story.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			id, err := storetest.LargeStory(ctx, db, n)
			if err != nil {
				b.Fatal(err)
			}
			srv := httptest.NewServer(server.New(db, nil))
			defer srv.Close()
			size := 0
			cpu := storetest.CPUTime()
			for b.Loop() {
				res, err := http.Get(srv.URL + "/stories/" + id)
				if err != nil {
					b.Fatal(err)
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					b.Fatalf("GET /stories/%s: %d %v", id, res.StatusCode, err)
				}
				size = len(body)
			}
			b.ReportMetric(float64(size), "bytes/page")
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/request")
			b.ReportMetric(float64(storetest.CPUTime()-cpu)/float64(b.N)/1e6, "cpu-ms/request")
		})
	}
}
