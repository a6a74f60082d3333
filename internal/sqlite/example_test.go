package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/sqlite"
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "copydesk-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "copydesk.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	raw := []byte("Ferry to Brell resumes after storm.")
	a := &copydesk.Article{Ref: "wire/17", Text: string(raw), RawHash: copydesk.HashRaw(raw)}
	a.ID = copydesk.ArticleID(a.Ref, a.RawHash)
	created, err := db.PutArticle(ctx, a, raw)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(created, a.Version)

	// Putting the same input again changes nothing.
	created, err = db.PutArticle(ctx, &copydesk.Article{ID: a.ID, Ref: a.Ref}, raw)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(created)

	_, err = db.Article(ctx, "a-unknown")
	fmt.Println(copydesk.ErrorCode(err), err)
	// Output:
	// true 1
	// false
	// not_found article a-unknown not found
}
