package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestDeferredWrites: writes through a Deferred store are visible to the
// plain store at once, and the relaxed commit stays with their own
// transaction (the pooled connection commits synchronously afterwards).
func TestDeferredWrites(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		// One connection, so the check below sees the one the writes used.
		s.SQLDB().SetMaxOpenConns(1)
		shop, err := s.EnsureShop(ctx, "deferred.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		d := s.Deferred()
		now := time.Now().UTC().Truncate(time.Second)
		lim := db.VerificationLimit{Max: 5, Window: time.Hour, Lock: time.Hour}
		claim, err := d.ClaimVerificationAttempt(ctx, shop.ID, []string{"ip:203.0.113.5"}, now, lim)
		if err != nil || !claim.Allowed {
			t.Fatalf("claim: %+v %v", claim, err)
		}
		rows, err := s.VerificationAttempts(ctx, shop.ID, []string{"ip:203.0.113.5"})
		if err != nil || rows["ip:203.0.113.5"].Failures != 1 {
			t.Fatalf("claimed attempt not visible: %+v %v", rows, err)
		}
		if err := d.ReleaseVerificationAttempt(ctx, shop.ID, claim, now, lim); err != nil {
			t.Fatal(err)
		}
		if rows, err = s.VerificationAttempts(ctx, shop.ID, []string{"ip:203.0.113.5"}); err != nil || rows["ip:203.0.113.5"].Failures != 0 {
			t.Fatalf("released attempt: %+v %v", rows, err)
		}
		if _, err := d.RecordShopperContact(ctx, shop.ID, "ana@example.com", "", true, false); err != nil {
			t.Fatal(err)
		}
		if sh, err := s.ShopperByContact(ctx, shop.ID, "ana@example.com", ""); err != nil || !sh.EmailVerified {
			t.Fatalf("shopper: %+v %v", sh, err)
		}
		conv := &db.Conversation{ID: "c1", ShopID: shop.ID, TokenHash: "h", Language: "en", State: db.NewJSON(db.ConversationState{})}
		if err := s.SaveTurn(ctx, conv, &db.Message{Role: db.RoleShopper, Text: "hi", Language: "en",
			Cards: db.NewJSON([]db.Card{}), Sources: db.NewJSON([]db.Source{})}); err != nil {
			t.Fatal(err)
		}
		if err := d.AddDemandSignals(ctx, []db.DemandSignal{{ShopID: shop.ID, ConversationID: "c1", Kind: db.SignalAsked,
			ProductID: 1, Language: "en"}}); err != nil {
			t.Fatal(err)
		}
		q := "SELECT count(*) FROM demand_signals WHERE shop_id = ?"
		if s.Dialect() == db.Postgres {
			q = "SELECT count(*) FROM demand_signals WHERE shop_id = $1"
		}
		var n int
		if err := s.SQLDB().QueryRowContext(ctx, q, shop.ID).Scan(&n); err != nil || n != 1 {
			t.Fatalf("demand signals: %d %v", n, err)
		}
		if s.Dialect() == db.Postgres {
			var sc string
			if err := s.SQLDB().QueryRowContext(ctx, "SHOW synchronous_commit").Scan(&sc); err != nil || sc != "on" {
				t.Errorf("synchronous_commit after deferred writes = %q (%v), want on: SET LOCAL leaked", sc, err)
			}
		}
	})
}
