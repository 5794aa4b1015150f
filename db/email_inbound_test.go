package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestEmailInboundStore: a mail is stored once per account and Message-ID,
// waits until processed (payload cleared), is listed as stale while its
// job is lost, and is purged after the retention.
func TestEmailInboundStore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "inbound.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		acct := &db.ChannelAccount{ShopID: shop.ID, Channel: "email", Address: "support@shop.example", Enabled: true}
		if err := s.SaveChannelAccount(ctx, acct); err != nil {
			t.Fatal(err)
		}
		now := time.Now()
		id, dup, err := s.InsertEmailInbound(ctx, shop.ID, acct.ID, "a@x", []byte(`{"From":{"Address":"ana@example.com"}}`), now)
		if err != nil || dup || id == 0 {
			t.Fatalf("insert: %d %v %v", id, dup, err)
		}
		again, dup, err := s.InsertEmailInbound(ctx, shop.ID, acct.ID, "a@x", []byte(`{}`), now)
		if err != nil || !dup || again != id {
			t.Fatalf("redelivery: %d %v %v, want dup of %d", again, dup, err, id)
		}
		stale, err := s.StaleEmailInbound(ctx, now.Add(time.Minute), 10)
		if err != nil || len(stale) != 1 || stale[0] != id {
			t.Fatalf("stale %v %v", stale, err)
		}
		if err := s.FinishEmailInbound(ctx, id, db.EventFailed, "engine down", now); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetEmailInbound(ctx, id)
		if err != nil || got.Status != db.EventFailed || got.Attempts != 1 || got.LastError != "engine down" || got.Payload == "{}" {
			t.Fatalf("after a failed attempt %+v %v", got, err)
		}
		if err := s.FinishEmailInbound(ctx, id, db.EventProcessed, "", now); err != nil {
			t.Fatal(err)
		}
		got, err = s.GetEmailInbound(ctx, id)
		if err != nil || got.Status != db.EventProcessed || got.Payload != "{}" || got.ProcessedAt == nil || got.Attempts != 2 {
			t.Fatalf("processed %+v %v", got, err)
		}
		if n, err := s.PurgeEmailInbound(ctx, now.Add(-time.Hour)); err != nil || n != 0 {
			t.Fatalf("purged %d %v before the retention", n, err)
		}
		if n, err := s.PurgeEmailInbound(ctx, now.Add(time.Hour)); err != nil || n != 1 {
			t.Fatalf("purged %d %v, want 1", n, err)
		}
		if _, err := s.GetEmailInbound(ctx, id); err == nil {
			t.Fatal("purged mail still there")
		}
	})
}
