package tokens_test

import (
	"bytes"
	"context"
	"errors"
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
