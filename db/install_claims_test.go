package db_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestClaimInstall(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		const shop = "claim.myshopify.com"
		now := time.Now()
		// Concurrent claimants: exactly one wins.
		var wins atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				ok, err := store.ClaimInstall(ctx, shop, fmt.Sprintf("replica-%d", i), now, time.Minute)
				if err != nil {
					t.Error(err)
				}
				if ok {
					wins.Add(1)
				}
			}()
		}
		close(start)
		wg.Wait()
		if wins.Load() != 1 {
			t.Fatalf("%d claimants won, want 1", wins.Load())
		}
		steps := []struct {
			name  string
			owner string
			at    time.Time
			want  bool
		}{
			{"held by another", "late", now.Add(30 * time.Second), false},
			{"expired lease taken over", "late", now.Add(2 * time.Minute), true},
			{"owner renews", "late", now.Add(2*time.Minute + time.Second), true},
			{"previous owner locked out", "replica-0", now.Add(2*time.Minute + 2*time.Second), false},
		}
		for _, s := range steps {
			ok, err := store.ClaimInstall(ctx, shop, s.owner, s.at, time.Minute)
			if err != nil || ok != s.want {
				t.Fatalf("%s: claimed=%v err=%v, want %v", s.name, ok, err, s.want)
			}
		}
		if err := store.ReleaseInstall(ctx, shop, "late"); err != nil {
			t.Fatal(err)
		}
		if ok, err := store.ClaimInstall(ctx, shop, "next", now.Add(2*time.Minute+3*time.Second), time.Minute); err != nil || !ok {
			t.Fatalf("claim after release: %v %v", ok, err)
		}
	})
}
