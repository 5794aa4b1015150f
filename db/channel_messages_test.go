package db_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// Status callbacks only move an outbound message forward (sent → delivered
// → read), a late one never moves it back, failed always wins, and an
// unknown status or provider id is an error.
func TestUpdateChannelStatus(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "status.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		steps := []struct {
			name, status string
			want         string
			anyErr       bool
		}{
			{"delivered", db.ChannelDelivered, db.ChannelDelivered, false},
			{"a repeated delivered changes nothing", db.ChannelDelivered, db.ChannelDelivered, false},
			{"read", db.ChannelRead, db.ChannelRead, false},
			{"a late delivered does not move it back", db.ChannelDelivered, db.ChannelRead, false},
			{"a late sent does not either", db.ChannelSent, db.ChannelRead, false},
			{"unknown status", "seen", db.ChannelRead, true},
			{"failed wins over read", db.ChannelFailed, db.ChannelFailed, false},
			{"nothing after failed", db.ChannelRead, db.ChannelFailed, false},
		}
		m := &db.ChannelMessage{ShopID: shop.ID, Channel: "whatsapp", ConversationID: "c-status", ProviderMessageID: "wamid.1", Status: db.ChannelSent}
		if err := s.RecordOutbound(ctx, m); err != nil {
			t.Fatal(err)
		}
		for _, st := range steps {
			err := s.UpdateChannelStatus(ctx, shop.ID, "whatsapp", "wamid.1", st.status, "provider said so")
			if (err != nil) != st.anyErr {
				t.Fatalf("%s: err %v", st.name, err)
			}
			rows, err := s.ChannelMessagesOf(ctx, shop.ID, "c-status")
			if err != nil || len(rows) != 1 {
				t.Fatalf("%s: rows %v %v", st.name, rows, err)
			}
			if rows[0].Status != st.want {
				t.Errorf("%s: status %q, want %q", st.name, rows[0].Status, st.want)
			}
		}
		if err := s.UpdateChannelStatus(ctx, shop.ID, "whatsapp", "wamid.unknown", db.ChannelRead, ""); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("unknown provider id: %v, want ErrNotFound", err)
		}
		// Another shop's callback cannot touch this shop's message.
		other, err := s.EnsureShop(ctx, "other-status.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.UpdateChannelStatus(ctx, other.ID, "whatsapp", "wamid.1", db.ChannelRead, ""); !errors.Is(err, db.ErrNotFound) {
			t.Errorf("other shop: %v, want ErrNotFound", err)
		}
		dup := &db.ChannelMessage{ShopID: shop.ID, Channel: "whatsapp", ConversationID: "c-status", ProviderMessageID: "wamid.1", Status: db.ChannelSent}
		if err := s.RecordOutbound(ctx, dup); !errors.Is(err, db.ErrDuplicate) {
			t.Errorf("second outbound row for one provider id: %v, want ErrDuplicate", err)
		}
	})
}

// An inbound provider message is answered once: the first claim owns it, a
// claim while it is being answered is a conflict (retry later), one after
// it was answered is a quiet no, a claim older than staleAfter is taken
// over, and a released claim can be claimed again.
func TestClaimInbound(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "claims.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		msg := func(id string) *db.ChannelMessage {
			return &db.ChannelMessage{ShopID: shop.ID, Channel: "messenger", ProviderMessageID: id}
		}
		first := msg("m.1")
		if ok, err := s.ClaimInbound(ctx, first, time.Hour); err != nil || !ok {
			t.Fatalf("first claim: %v %v", ok, err)
		}
		if ok, err := s.ClaimInbound(ctx, msg("m.1"), time.Hour); ok || !errors.Is(err, db.ErrConflict) {
			t.Fatalf("claim while answered elsewhere: %v %v, want ErrConflict", ok, err)
		}
		time.Sleep(20 * time.Millisecond)
		taken := msg("m.1")
		if ok, err := s.ClaimInbound(ctx, taken, 5*time.Millisecond); err != nil || !ok || taken.ID != first.ID {
			t.Fatalf("take-over of a stale claim: %v %v id %d, want %d", ok, err, taken.ID, first.ID)
		}
		if err := s.FinishInbound(ctx, taken.ID, "conv-1", 42); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.ClaimInbound(ctx, msg("m.1"), 0); ok || err != nil {
			t.Fatalf("claim of an answered message: %v %v, want false and no error", ok, err)
		}

		second := msg("m.2")
		if ok, err := s.ClaimInbound(ctx, second, time.Hour); err != nil || !ok {
			t.Fatalf("claim m.2: %v %v", ok, err)
		}
		if err := s.ReleaseInbound(ctx, second.ID); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.ClaimInbound(ctx, msg("m.2"), time.Hour); err != nil || !ok {
			t.Fatalf("claim after release: %v %v", ok, err)
		}
		// The same provider id in another shop is another message.
		other, err := s.EnsureShop(ctx, "other-claims.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := s.ClaimInbound(ctx, &db.ChannelMessage{ShopID: other.ID, Channel: "messenger", ProviderMessageID: "m.1"}, time.Hour); err != nil || !ok {
			t.Fatalf("same id in another shop: %v %v", ok, err)
		}
		if ok, err := s.ClaimInbound(ctx, msg(""), time.Hour); ok || err == nil {
			t.Fatalf("claim without a provider id: %v %v, want an error", ok, err)
		}
	})
}
