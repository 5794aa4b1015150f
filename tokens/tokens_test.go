package tokens_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/secretbox"
	"shopassist/shopify/shopifytest"
	"shopassist/tokens"
)

func TestExpiringTokenIsRefreshedAndRotated(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		now := time.Now()
		clock := func() time.Time { return now }
		fake := shopifytest.New(shopifytest.Options{APIKey: "k", APISecret: "s", Expiring: true, TokenTTL: time.Hour, Now: clock})
		defer fake.Close()
		box, _ := secretbox.New(bytes.Repeat([]byte{1}, 32))
		ts := tokens.New(store, box, fake.Client(), clock)
		tok, err := fake.Client().ExchangeCode(ctx, "a.myshopify.com", fake.IssueCode("a.myshopify.com"), true)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ts.SaveInstall(ctx, "a.myshopify.com", tok); err != nil {
			t.Fatal(err)
		}
		got, err := ts.AccessToken(ctx, "a.myshopify.com")
		if err != nil || got != tok.AccessToken {
			t.Fatalf("fresh token: %q %v", got, err)
		}
		// Close to expiry the store refreshes and persists the new pair.
		now = now.Add(58 * time.Minute)
		refreshed, err := ts.AccessToken(ctx, "a.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if refreshed == tok.AccessToken || !fake.ValidToken("a.myshopify.com", refreshed) {
			t.Fatalf("token not refreshed: %q", refreshed)
		}
		again, err := ts.AccessToken(ctx, "a.myshopify.com")
		if err != nil || again != refreshed {
			t.Fatalf("refreshed token not persisted: %q %v", again, err)
		}
		if err := store.MarkUninstalled(ctx, "a.myshopify.com"); err != nil {
			t.Fatal(err)
		}
		if _, err := ts.AccessToken(ctx, "a.myshopify.com"); !errors.Is(err, tokens.ErrNotInstalled) {
			t.Fatalf("uninstalled shop: err = %v", err)
		}
		if _, err := ts.AccessToken(ctx, "never.myshopify.com"); !errors.Is(err, tokens.ErrNotInstalled) {
			t.Fatalf("unknown shop: err = %v", err)
		}
	})
}

// TestConcurrentRefreshIsSingleFlighted: Shopify rotates the refresh token on
// use (StrictRotation here, the harshest case). Many callers needing a
// refresh at once, in one process and in two processes sharing the database
// (two Stores), all get a valid token; one process refreshes once, and the
// process losing the rotation race reads the winner's pair instead of
// declaring the shop uninstalled.
func TestConcurrentRefreshIsSingleFlighted(t *testing.T) {
	const shop = "a.myshopify.com"
	tests := []struct {
		name        string
		processes   int
		maxRefresh  int
		callersEach int
	}{
		{"one process", 1, 1, 40},
		{"two processes", 2, 2, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, store *db.Store) {
				ctx := context.Background()
				var mu sync.Mutex
				now := time.Now()
				clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
				fake := shopifytest.New(shopifytest.Options{APIKey: "k", APISecret: "s", Expiring: true,
					StrictRotation: true, TokenTTL: time.Hour, Now: clock})
				defer fake.Close()
				box, _ := secretbox.New(bytes.Repeat([]byte{1}, 32))
				stores := make([]*tokens.Store, tt.processes)
				for i := range stores {
					stores[i] = tokens.New(store, box, fake.Client(), clock)
				}
				tok, err := fake.Client().ExchangeCode(ctx, shop, fake.IssueCode(shop), true)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := stores[0].SaveInstall(ctx, shop, tok); err != nil {
					t.Fatal(err)
				}
				mu.Lock()
				now = now.Add(58 * time.Minute)
				mu.Unlock()

				var wg sync.WaitGroup
				start := make(chan struct{})
				errs := make(chan error, tt.processes*tt.callersEach)
				for _, ts := range stores {
					for range tt.callersEach {
						wg.Add(1)
						go func() {
							defer wg.Done()
							<-start
							got, err := ts.AccessToken(ctx, shop)
							if err == nil && !fake.ValidToken(shop, got) {
								err = errors.New("token " + got + " not valid at Shopify")
							}
							errs <- err
						}()
					}
				}
				close(start)
				wg.Wait()
				close(errs)
				for err := range errs {
					if err != nil {
						t.Fatal(err)
					}
				}
				refreshes := 0
				for _, r := range fake.Requests() {
					if r.GrantType == "refresh_token" {
						refreshes++
					}
				}
				if refreshes == 0 || refreshes > tt.maxRefresh {
					t.Fatalf("%d refresh calls, want 1..%d", refreshes, tt.maxRefresh)
				}
				row, err := store.GetShop(ctx, shop)
				if err != nil || !row.Installed() {
					t.Fatalf("shop after refresh race: %+v %v", row, err)
				}
			})
		})
	}
}
