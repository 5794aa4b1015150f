package jobs_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
)

type noopArgs struct{}

func (noopArgs) Kind() string { return "test_noop" }

// Replicas started at the same instant on an empty database (a rolling
// deploy) all migrate and become ready; before the shared lock, River's
// migrator crashed all but one ("relation river_migration already exists").
func TestConcurrentMigrationsOnAnEmptySchema(t *testing.T) {
	t.Parallel()
	url := dbtest.SchemaURL(t) // empty: nothing migrated yet
	const replicas = 5
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := make(chan struct{})
	errs := make([]error, replicas)
	var wg sync.WaitGroup
	for i := range replicas {
		wg.Go(func() {
			store, err := db.Open(ctx, db.Options{URL: url})
			if err != nil {
				errs[i] = err
				return
			}
			defer store.Close()
			<-start
			if errs[i] = jobs.MigrateAll(ctx, store); errs[i] != nil {
				return
			}
			// Ready: nothing pending, and River's tables work.
			if pending, err := store.Pending(ctx); err != nil || len(pending) > 0 {
				t.Errorf("replica %d: pending %v %v", i, pending, err)
			}
			q, err := jobs.New(ctx, store, jobs.Config{})
			if err != nil {
				errs[i] = err
				return
			}
			defer q.Stop(ctx)
			_, errs[i] = q.Enqueue(ctx, noopArgs{}, nil)
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("replica %d: %v", i, err)
		}
	}
}
