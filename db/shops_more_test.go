package db_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestShopTokensProfileAndScopes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		exp := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
		if _, err := s.SaveInstall(ctx, "a.myshopify.com", db.ShopTokens{AccessTokenEnc: []byte{1}, Scopes: "read_orders"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveInstall(ctx, "b.myshopify.com", db.ShopTokens{AccessTokenEnc: []byte{2}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.EnsureShop(ctx, "never-installed.myshopify.com"); err != nil {
			t.Fatal(err)
		}

		refreshed := db.ShopTokens{AccessTokenEnc: []byte{7, 7}, RefreshTokenEnc: []byte{8}, ExpiresAt: &exp, RefreshTokenExpiresAt: &exp}
		if err := s.UpdateTokens(ctx, "a.myshopify.com", refreshed); err != nil {
			t.Fatal(err)
		}
		a, _ := s.GetShop(ctx, "a.myshopify.com")
		if string(a.AccessTokenEnc) != "\x07\x07" || string(a.RefreshTokenEnc) != "\x08" || !a.TokenExpiresAt.Equal(exp) || a.Scopes != "read_orders" {
			t.Fatalf("after refresh: %+v", a)
		}
		// A refresh racing an uninstall must not bring the token back.
		if err := s.MarkUninstalled(ctx, "b.myshopify.com"); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateTokens(ctx, "b.myshopify.com", refreshed); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("refresh of an uninstalled shop: %v, want ErrNotFound", err)
		}
		if b, _ := s.GetShop(ctx, "b.myshopify.com"); b.Installed() || b.AccessTokenEnc != nil {
			t.Fatalf("uninstalled shop got a token back: %+v", b)
		}
		if err := s.UpdateTokens(ctx, "zz.myshopify.com", refreshed); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("refresh of an unknown shop: %v, want ErrNotFound", err)
		}

		// The scheduled jobs skip uninstalled shops; a shop row without a
		// token that was never uninstalled (the demo shop) still runs them.
		installed, err := s.ListInstalledShops(ctx)
		if err != nil || len(installed) != 2 || installed[0].Domain != "a.myshopify.com" ||
			installed[1].Domain != "never-installed.myshopify.com" {
			t.Fatalf("installed shops = %+v, %v", installed, err)
		}

		if err := s.UpdateShopProfile(ctx, "a.myshopify.com", db.ShopProfile{Name: "Alpen", Email: "hi@alpen.example",
			Currency: "CHF", PrimaryLocale: "de", Timezone: "Europe/Zurich", Locales: []string{"de", "fr", "it"}}); err != nil {
			t.Fatal(err)
		}
		// A partial profile (a webhook without the locales) keeps what it lacks.
		if err := s.UpdateShopProfile(ctx, "a.myshopify.com", db.ShopProfile{Name: "Alpen Shop"}); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateScopes(ctx, "a.myshopify.com", "read_orders,write_discounts"); err != nil {
			t.Fatal(err)
		}
		a, _ = s.GetShop(ctx, "a.myshopify.com")
		if a.Name != "Alpen Shop" || a.Email != "hi@alpen.example" || a.Currency != "CHF" || a.PrimaryLocale != "de" ||
			a.Timezone != "Europe/Zurich" || strings.Join(a.Locales.V, ",") != "de,fr,it" || a.Scopes != "read_orders,write_discounts" {
			t.Fatalf("profile = %+v", a)
		}
		if b, _ := s.GetShop(ctx, "b.myshopify.com"); b.Name != "" || b.Scopes != "" {
			t.Fatalf("another shop's profile changed: %+v", b)
		}
	})
}

func TestSweepOAuthStates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
		for i, exp := range []time.Time{now.Add(-time.Hour), now.Add(-time.Second), now, now.Add(time.Minute)} {
			if err := s.SaveOAuthState(ctx, "n"+string(rune('a'+i)), "a.myshopify.com", exp, now.Add(-2*time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		n, err := s.SweepOAuthStates(ctx, now)
		if err != nil || n != 2 {
			t.Fatalf("swept %d, %v; want the 2 expired before now", n, err)
		}
		if n, _ := s.SweepOAuthStates(ctx, now); n != 0 {
			t.Fatalf("second sweep removed %d", n)
		}
		// The one still valid can be consumed; the swept ones are gone.
		if err := s.ConsumeOAuthState(ctx, "nd", "a.myshopify.com", now); err != nil {
			t.Fatalf("valid nonce after sweep: %v", err)
		}
		if err := s.ConsumeOAuthState(ctx, "na", "a.myshopify.com", now.Add(-2*time.Hour)); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("swept nonce: %v, want ErrNotFound", err)
		}
	})
}

// TestSyncRunProgressAndOutcome follows a run through a crash and a
// resume: counters add up across attempts, started_at keeps the first
// start, a failed run keeps its cursor.
func TestSyncRunProgressAndOutcome(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		if _, err := s.LatestSyncRun(ctx, shop.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("latest of no runs: %v", err)
		}
		if _, err := s.LastFinishedSyncRun(ctx, shop.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("last finished of no runs: %v", err)
		}
		run, err := s.CreateSyncRun(ctx, shop.ID, db.SyncFull)
		if err != nil || !run.Active() {
			t.Fatalf("create = %+v, %v", run, err)
		}
		first, err := s.StartSyncRun(ctx, run.ID)
		if err != nil || first.Status != db.SyncRunning || first.Attempts != 1 || first.StartedAt == nil {
			t.Fatalf("start = %+v, %v", first, err)
		}
		if err := s.SaveSyncProgress(ctx, run.ID, "products", "paged", `{"after":"p1"}`, db.SyncCounts{Products: 50, Variants: 120, ProductsWritten: 50}); err != nil {
			t.Fatal(err)
		}
		// The process died; the job resumes the run.
		second, err := s.StartSyncRun(ctx, run.ID)
		if err != nil || second.Attempts != 2 || !second.StartedAt.Equal(*first.StartedAt) || second.Cursor != `{"after":"p1"}` {
			t.Fatalf("resume = %+v, %v", second, err)
		}
		if err := s.SaveSyncProgress(ctx, run.ID, "documents", "paged", `{"after":"d1"}`, db.SyncCounts{Products: 10, Documents: 3, Deleted: 2}); err != nil {
			t.Fatal(err)
		}
		if err := s.FinishSyncRun(ctx, run.ID, "throttled"); err != nil {
			t.Fatal(err)
		}
		got, err := s.LatestSyncRun(ctx, shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != db.SyncFailed || got.Active() || got.LastError != "throttled" || got.FinishedAt == nil ||
			got.Products != 60 || got.Variants != 120 || got.Documents != 3 || got.Deleted != 2 || got.ProductsWritten != 50 ||
			got.Phase != "documents" || got.Cursor != `{"after":"d1"}` {
			t.Fatalf("failed run = %+v", got)
		}

		next, err := s.CreateSyncRun(ctx, shop.ID, db.SyncIncremental)
		if err != nil || next.ID == run.ID {
			t.Fatalf("new run after a finished one = %+v, %v", next, err)
		}
		if latest, _ := s.LatestSyncRun(ctx, shop.ID); latest.ID != next.ID {
			t.Fatalf("latest = %d, want the queued run %d", latest.ID, next.ID)
		}
		if fin, _ := s.LastFinishedSyncRun(ctx, shop.ID); fin.ID != run.ID {
			t.Fatalf("last finished = %d, want %d (a queued run is not finished)", fin.ID, run.ID)
		}
		if _, err := s.StartSyncRun(ctx, next.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.FinishSyncRun(ctx, next.ID, ""); err != nil {
			t.Fatal(err)
		}
		if fin, _ := s.LastFinishedSyncRun(ctx, shop.ID); fin.ID != next.ID || fin.Status != db.SyncSucceeded {
			t.Fatalf("last finished = %+v", fin)
		}
		if _, err := s.StartSyncRun(ctx, next.ID+100); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("start unknown run: %v, want ErrNotFound", err)
		}
	})
}

// TestClosedStoreReportsErrors: when the database goes away every call
// returns an error naming what it was doing — never a panic, and never
// ErrNotFound, which callers read as "no such shop" or "not installed".
func TestClosedStoreReportsErrors(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		if err := s.Ping(ctx); err != nil {
			t.Fatalf("ping open store: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name, context string
			call          func() error
		}{
			{"ping", "", func() error { return s.Ping(ctx) }},
			{"get shop", "get shop", func() error { _, err := s.GetShop(ctx, shop.Domain); return err }},
			{"conversation", "get conversation", func() error { _, err := s.GetConversation(ctx, shop.ID, "c1"); return err }},
			{"webhook insert", "insert webhook", func() error {
				return s.InsertWebhookEvent(ctx, &db.WebhookEvent{Shop: shop.Domain, WebhookID: "w", Payload: []byte("{}")})
			}},
			{"webhook finish", "finish webhook event", func() error {
				return s.FinishWebhookEvent(ctx, 1, db.EventProcessed, "", time.Now())
			}},
			{"risk claim", "claim notice", func() error { _, err := s.ClaimRiskNotice(ctx, 1, db.NoticePending, time.Now()); return err }},
			{"retention", "delete old conversations", func() error {
				_, err := s.DeleteConversationsBefore(ctx, shop.ID, time.Now())
				return err
			}},
			{"periodic run", "read last run", func() error { _, _, err := s.LastPeriodicRun(ctx, "x"); return err }},
			{"transaction", "", func() error { return s.InTx(ctx, func(*db.Store) error { return nil }) }},
		}
		for _, tt := range tests {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s panicked on a closed store: %v", tt.name, r)
					}
				}()
				err = tt.call()
			}()
			if err == nil {
				t.Errorf("%s: no error on a closed store", tt.name)
				continue
			}
			if errors.Is(err, db.ErrNotFound) {
				t.Errorf("%s: closed store reported as ErrNotFound: %v", tt.name, err)
			}
			if !strings.Contains(err.Error(), "closed") {
				t.Errorf("%s: %v does not say the database is closed", tt.name, err)
			}
			if tt.context != "" && !strings.Contains(err.Error(), tt.context) {
				t.Errorf("%s: %v lacks its context %q", tt.name, err, tt.context)
			}
		}
	})
}

// TestSaveInstallIsOneCommit reads the shop while it is being installed:
// a reader either finds no shop or an installed one, never the row without
// its tokens, which webhook intake would take for an uninstalled shop and
// whose events it would drop (seen in CI as a lost Pub/Sub message).
func TestSaveInstallIsOneCommit(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		for i := range 20 {
			domain := "install-" + strings.Repeat("x", i%3) + string(rune('a'+i)) + ".myshopify.com"
			done := make(chan struct{})
			seen := make(chan string, 1)
			go func() {
				defer close(seen)
				for {
					select {
					case <-done:
						return
					default:
					}
					shop, err := s.GetShop(ctx, domain)
					if err == nil && !shop.Installed() {
						seen <- "shop read without its tokens"
						return
					}
				}
			}()
			if _, err := s.SaveInstall(ctx, domain, db.ShopTokens{AccessTokenEnc: []byte{1}}); err != nil {
				t.Fatal(err)
			}
			close(done)
			if msg, ok := <-seen; ok {
				t.Fatalf("%s: %s", domain, msg)
			}
		}
	})
}
