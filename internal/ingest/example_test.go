package ingest_test

import (
	"context"
	"fmt"

	"github.com/copydesk/copydesk/internal/ingest"
)

func ExampleReader_Docs() {
	r := ingest.NewReader(ingest.Options{})
	inputs := []string{"testdata/tree/feeds/harbour.rss", "testdata/bad/empty.md"}
	for doc, err := range r.Docs(context.Background(), inputs) {
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		fmt.Printf("%s (%s, partial %v): %s\n", doc.Ref, doc.Format, doc.Partial, doc.Title)
	}
	// Output:
	// ledger-2031-0302-bridge (html, partial false): Eel Street bridge reopens after eleven months
	// https://harbourton-ledger.example/2031/03/tug-name (html, partial true): Harbour tug named after retired pilot
	// testdata/tree/feeds/harbour.rss#3 (html, partial true): Tide tables for April
	// skipped: testdata/bad/empty.md: empty file
}
