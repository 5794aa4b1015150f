package app_test

import (
	"net/http"
	"testing"
	"time"

	"shopassist/catalog/catalogtest"
	"shopassist/db"
	"shopassist/knowledge"
)

// TestInstallQueuesSyncAndIndexServesIt installs through OAuth, checks the
// first sync was queued by the install hook, runs it against the fake Admin
// API and searches the result through the app's knowledge index.
func TestInstallQueuesSyncAndIndexServesIt(t *testing.T) {
	e := newEnv(t, time.Now())
	cat := catalogtest.New(30)
	catalogtest.Serve(e.fake, cat, catalogtest.ServeOptions{})

	state, ck := e.startInstall(t)
	if rec := e.callback(t, state, ck, e.fake.IssueCode(shopName), nil); rec.Code != http.StatusFound {
		t.Fatalf("callback status %d: %s", rec.Code, rec.Body)
	}
	ctx := t.Context()
	st, err := e.app.Catalog().Status(ctx, shopName)
	if err != nil || st.Current == nil || st.Current.Status != db.SyncQueued {
		t.Fatalf("status after install = %+v, %v", st, err)
	}
	// WORKERS=0 in app tests: run the queued sync in-process.
	run, err := e.app.Catalog().Syncer().Sync(ctx, shopName)
	if err != nil || run.ID != st.Current.ID || run.Products != 30 {
		t.Fatalf("sync = %+v, %v", run, err)
	}
	p := cat.Product(cat.IDs()[0])
	hits, err := e.app.Knowledge().Search(ctx, shopName, p.Title, "en", knowledge.Filters{}, 3)
	if err != nil || len(hits) == 0 || hits[0].ProductID != p.ID || hits[0].Currency != "EUR" {
		t.Fatalf("search %q = %+v, %v", p.Title, hits, err)
	}
}
