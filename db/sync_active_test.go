package db_test

import (
	"context"
	"sync"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestCreateSyncRunOneActive: concurrent sync requests for one shop leave a
// single queued run (the others get its row), and a new run can be created
// once it finished.
func TestCreateSyncRunOneActive(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		shop, err := store.SaveInstall(ctx, "race.myshopify.com", db.ShopTokens{AccessTokenEnc: []byte("x")})
		if err != nil {
			t.Fatal(err)
		}
		const n = 12
		ids := make([]int64, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				r, err := store.CreateSyncRun(ctx, shop.ID, db.SyncFull)
				errs[i] = err
				if err == nil {
					ids[i] = r.ID
				}
			}()
		}
		close(start)
		wg.Wait()
		for i := range n {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			if ids[i] != ids[0] {
				t.Fatalf("requests got runs %v, want one", ids)
			}
		}
		runs, err := store.ListSyncRuns(ctx, shop.ID, 100)
		if err != nil || len(runs) != 1 {
			t.Fatalf("runs after the race: %d %v", len(runs), err)
		}
		if _, err := store.StartSyncRun(ctx, ids[0]); err != nil {
			t.Fatal(err)
		}
		if r, err := store.CreateSyncRun(ctx, shop.ID, db.SyncFull); err != nil || r.ID != ids[0] {
			t.Fatalf("request while running: %+v %v, want the running run", r, err)
		}
		if err := store.FinishSyncRun(ctx, ids[0], ""); err != nil {
			t.Fatal(err)
		}
		next, err := store.CreateSyncRun(ctx, shop.ID, db.SyncFull)
		if err != nil || next.ID == ids[0] || next.Status != db.SyncQueued {
			t.Fatalf("run after the finished one: %+v %v", next, err)
		}
	})
}
