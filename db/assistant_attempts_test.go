package db_test

import (
	"context"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestVerificationAttempts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "attempts.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		lim := db.VerificationLimit{Max: 3, Window: 15 * time.Minute, Lock: 15 * time.Minute}
		now := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
		ip1 := []string{"ip:1"}
		for i := 1; i <= 3; i++ {
			c, err := s.ClaimVerificationAttempt(ctx, shop.ID, ip1, now, lim)
			if err != nil {
				t.Fatal(err)
			}
			if !c.Allowed || !c.LockedUntil.IsZero() != (i == 3) {
				t.Fatalf("attempt %d: %+v, want allowed, locking on the 3rd", i, c)
			}
		}
		if c, err := s.ClaimVerificationAttempt(ctx, shop.ID, ip1, now.Add(time.Minute), lim); err != nil || c.Allowed ||
			!c.LockedUntil.Equal(now.Add(15*time.Minute)) {
			t.Fatalf("4th attempt: %+v (%v), want refused until %v", c, err, now.Add(15*time.Minute))
		}
		until, err := s.VerificationLockedUntil(ctx, shop.ID, "ip:1", now.Add(time.Minute))
		if err != nil || !until.Equal(now.Add(15*time.Minute)) {
			t.Fatalf("locked until %v (%v), want %v", until, err, now.Add(15*time.Minute))
		}
		if until, _ := s.VerificationLockedUntil(ctx, shop.ID, "ip:2", now); !until.IsZero() {
			t.Fatalf("other subject locked until %v", until)
		}
		// A subject locked refuses the attempt for every subject, and
		// counts nothing against the others.
		if c, _ := s.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:1", "customer:7"}, now.Add(2*time.Minute), lim); c.Allowed {
			t.Fatal("attempt allowed while one of its subjects is locked")
		}
		// After the lock and window expire the count starts over.
		later := now.Add(31 * time.Minute)
		c, err := s.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:1", "customer:7"}, later, lim)
		if err != nil || !c.Allowed || !c.LockedUntil.IsZero() {
			t.Fatalf("fresh window: %+v (%v)", c, err)
		}
		subjects := []string{"ip:1", "ip:2", "customer:7"}
		got, err := s.VerificationAttempts(ctx, shop.ID, subjects)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got["ip:1"].Failures != 1 || got["customer:7"].Failures != 1 {
			t.Fatalf("attempts = %+v, want ip:1 and customer:7 with one failure each", got)
		}
		// A second attempt that succeeds gives back only its own count.
		c2, err := s.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:1"}, later, lim)
		if err != nil || !c2.Allowed {
			t.Fatalf("second attempt: %+v (%v)", c2, err)
		}
		if err := s.ReleaseVerificationAttempt(ctx, shop.ID, c2, later, lim); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.VerificationAttempts(ctx, shop.ID, subjects); got["ip:1"].Failures != 1 {
			t.Fatalf("after a success ip:1 has %d failures, want the other attempt's 1 kept", got["ip:1"].Failures)
		}
		// The attempt that reached the limit and then succeeded lifts the
		// lock it started.
		c3, _ := s.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:1"}, later, lim)
		c4, _ := s.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:1"}, later, lim)
		if c4.LockedUntil.IsZero() || !c3.Allowed {
			t.Fatalf("3rd failure in the window did not lock: %+v", c4)
		}
		if err := s.ReleaseVerificationAttempt(ctx, shop.ID, c4, later, lim); err != nil {
			t.Fatal(err)
		}
		if until, _ := s.VerificationLockedUntil(ctx, shop.ID, "ip:1", later); !until.IsZero() {
			t.Fatalf("successful attempt left its lock: %v", until)
		}
		if err := s.ClearVerificationFailures(ctx, shop.ID, "ip:1", "customer:7"); err != nil {
			t.Fatal(err)
		}
		if got, err := s.VerificationAttempts(ctx, shop.ID, subjects); err != nil || len(got) != 0 {
			t.Fatalf("attempts after clearing = %+v (%v), want none", got, err)
		}
	})
}

// TestVerificationClaimsRace fires 50 simultaneous claims for one subject —
// on PostgreSQL through two Stores on one schema, like two replicas — and
// checks that exactly the limit is allowed.
func TestVerificationClaimsRace(t *testing.T) {
	run := func(t *testing.T, stores []*db.Store) {
		ctx := context.Background()
		shop, err := stores[0].EnsureShop(ctx, "race.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		lim := db.VerificationLimit{Max: 5, Window: 15 * time.Minute, Lock: 15 * time.Minute}
		now := time.Now()
		var allowed atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make(chan error, 50)
		for i := 0; i < 50; i++ {
			wg.Add(1)
			go func(s *db.Store) {
				defer wg.Done()
				<-start
				c, err := s.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:203.0.113.9", "customer:1"}, now, lim)
				if err != nil {
					errs <- err
					return
				}
				if c.Allowed {
					allowed.Add(1)
				}
			}(stores[i%len(stores)])
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if got := allowed.Load(); got != 5 {
			t.Fatalf("%d of 50 simultaneous attempts allowed, want exactly 5", got)
		}
		rows, err := stores[0].VerificationAttempts(ctx, shop.ID, []string{"ip:203.0.113.9", "customer:1"})
		if err != nil || rows["ip:203.0.113.9"].Failures != 5 || rows["customer:1"].Failures != 5 {
			t.Fatalf("counted failures %+v (%v), want 5 each", rows, err)
		}
	}
	t.Run("sqlite", func(t *testing.T) { run(t, []*db.Store{dbtest.OpenSQLite(t)}) })
	t.Run("postgres-two-replicas", func(t *testing.T) {
		if os.Getenv(dbtest.EnvURL) == "" {
			t.Skip(dbtest.EnvURL + " not set")
		}
		u := dbtest.SchemaURL(t)
		var stores []*db.Store
		for i := 0; i < 2; i++ {
			s, err := db.Open(context.Background(), db.Options{URL: u, MaxOpenConns: 10})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			if err := s.Migrate(context.Background()); err != nil {
				t.Fatal(err)
			}
			stores = append(stores, s)
		}
		run(t, stores)
	})
}
