package db_test

import (
	"context"
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
		for i := 1; i <= 3; i++ {
			locked, err := s.RecordVerificationFailure(ctx, shop.ID, "ip:1", now, lim)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := !locked.IsZero(), i == 3; got != want {
				t.Fatalf("failure %d: locked=%v, want %v", i, got, want)
			}
		}
		until, err := s.VerificationLockedUntil(ctx, shop.ID, "ip:1", now.Add(time.Minute))
		if err != nil || !until.Equal(now.Add(15*time.Minute)) {
			t.Fatalf("locked until %v (%v), want %v", until, err, now.Add(15*time.Minute))
		}
		if until, _ := s.VerificationLockedUntil(ctx, shop.ID, "ip:2", now); !until.IsZero() {
			t.Fatalf("other subject locked until %v", until)
		}
		if until, _ := s.VerificationLockedUntil(ctx, shop.ID, "ip:1", now.Add(16*time.Minute)); !until.IsZero() {
			t.Fatalf("lock did not expire: %v", until)
		}
		// After the lock and window expire the count starts over.
		locked, err := s.RecordVerificationFailure(ctx, shop.ID, "ip:1", now.Add(31*time.Minute), lim)
		if err != nil || !locked.IsZero() {
			t.Fatalf("fresh window locked=%v err=%v", locked, err)
		}
		if _, err := s.RecordVerificationFailure(ctx, shop.ID, "customer:7", now.Add(31*time.Minute), lim); err != nil {
			t.Fatal(err)
		}
		subjects := []string{"ip:1", "ip:2", "customer:7"}
		got, err := s.VerificationAttempts(ctx, shop.ID, subjects)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got["ip:1"].Failures != 1 || got["customer:7"].Failures != 1 {
			t.Fatalf("attempts = %+v, want ip:1 and customer:7 with one failure each", got)
		}
		if err := s.ClearVerificationFailures(ctx, shop.ID, "ip:1", "customer:7"); err != nil {
			t.Fatal(err)
		}
		if got, err := s.VerificationAttempts(ctx, shop.ID, subjects); err != nil || len(got) != 0 {
			t.Fatalf("attempts after clearing = %+v (%v), want none", got, err)
		}
	})
}
