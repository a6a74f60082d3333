package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/queue"
	"github.com/copydesk/copydesk/internal/server"
)

// TestQueuedURLAndAPI queues a URL with add and an article and a URL through
// the API's adder: a worker fetches the URLs (the page, once: the second
// fetch stores nothing new), stores the pasted article under the id the API
// answered, and processes all of them.
func TestQueuedURLAndAPI(t *testing.T) {
	dsn := freshSchema(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Orlin ferry resumes service</title></head><body><article><p>The Orlin ferry carried its first passengers of the year on Monday after three months in the Kessmouth dry dock.</p></article></body></html>`)
	}))
	defer srv.Close()
	ctx := context.Background()
	store := openPG(t, dsn)
	q := openQueue(t, store)
	feed := srv.URL + "/ferry"
	if code, _, errs := run(t, "", "--db", dsn, "add", feed); code != 0 || !strings.Contains(errs, "0 documents in 0 batches and 1 URLs") {
		t.Fatalf("add URL: exit %d: %s", code, errs)
	}
	res, err := queueAdder(q)(ctx, server.AddRequest{
		Articles: []json.RawMessage{json.RawMessage(`{"id":"pasted-1","source":"Orlin Valley Courier","title":"Kessmouth council votes to repave the harbour road","text":"The Kessmouth council voted seven to two on Thursday to repave the harbour road before the summer ferry season, at a cost of four hundred thousand crowns."}`)},
		URLs:     []string{feed},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Status != "queued" || res[0].Article == "" || res[1].Status != "queued" {
		t.Fatalf("API adder answered %+v, want two items queued", res)
	}
	stop := startInProcess(t, store, queue.Options{ID: "fetcher"})
	waitDone(t, q)
	stop()
	if stored, processed := counts(t, store); stored != 2 || processed != 2 {
		t.Errorf("%d articles stored, %d processed, want 2 and 2", stored, processed)
	}
	if _, err := store.Article(ctx, res[0].Article); err != nil {
		t.Errorf("the pasted article under the id the API gave: %v", err)
	}
	checkQueueDone(t, q)
	if st, _ := q.Counts(ctx); st.Done != 5 {
		t.Errorf("queue %+v, want 5 jobs done (2 fetches, their 2 batches, the pasted batch)", st)
	}
}
