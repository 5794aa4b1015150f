package db_test

import (
	"context"
	"errors"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestSaveTurnRefusesStaleVersion: a turn computed from a conversation read
// before another turn was stored is refused with ErrConflict and writes
// nothing; a rating or an admin resolve also moves the version on.
func TestSaveTurnRefusesStaleVersion(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "versions.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		msg := func(text string) *db.Message {
			return &db.Message{Role: db.RoleShopper, Text: text, Cards: db.NewJSON([]db.Card{}),
				Sources: db.NewJSON([]db.Source{})}
		}
		conv := &db.Conversation{ID: "v-conv", ShopID: shop.ID, TokenHash: "h"}
		if err := s.SaveTurn(ctx, conv, msg("first")); err != nil || conv.Version != 1 {
			t.Fatalf("first turn: version %d, %v", conv.Version, err)
		}
		a, _ := s.GetConversation(ctx, shop.ID, conv.ID)
		b, _ := s.GetConversation(ctx, shop.ID, conv.ID)
		a.State = db.NewJSON(db.ConversationState{Verified: []int64{1034}, Current: 1034})
		if err := s.SaveTurn(ctx, a, msg("verify")); err != nil {
			t.Fatal(err)
		}
		b.State = db.NewJSON(db.ConversationState{})
		if err := s.SaveTurn(ctx, b, msg("small talk")); !errors.Is(err, db.ErrConflict) {
			t.Fatalf("stale turn: err = %v, want ErrConflict", err)
		}
		got, _ := s.GetConversation(ctx, shop.ID, conv.ID)
		if len(got.State.V.Verified) != 1 || got.MessageCount != 2 || got.Version != 2 {
			t.Fatalf("stale turn wrote: %+v", got)
		}
		if msgs, _ := s.ListMessages(ctx, conv.ID, 0, 10); len(msgs) != 2 {
			t.Fatalf("%d messages, want 2", len(msgs))
		}
		if err := s.RateConversation(ctx, shop.ID, conv.ID, 1, ""); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveTurn(ctx, got, msg("after rating")); !errors.Is(err, db.ErrConflict) {
			t.Fatalf("turn over a rating: err = %v, want ErrConflict", err)
		}
		other, _ := s.EnsureShop(ctx, "other-versions.myshopify.com")
		foreign := &db.Conversation{ID: conv.ID, ShopID: other.ID, TokenHash: "x", Version: 3}
		if err := s.SaveTurn(ctx, foreign, msg("x")); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("another shop's id: err = %v, want ErrNotFound", err)
		}
	})
}
