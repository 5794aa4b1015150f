package db_test

import (
	"context"
	"errors"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestSaveTurn(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "turns.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		other, err := s.EnsureShop(ctx, "other-turns.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		conv := &db.Conversation{ID: "turn-conv", ShopID: shop.ID, TokenHash: "h", Language: "en",
			State: db.NewJSON(db.ConversationState{Awaiting: "contact"})}
		turns := []struct {
			shopper, bot, intent string
			handoff              bool
		}{
			{"where is my order #1005?", "Please tell me the order's email.", "order_status", false},
			{"yuki.tanaka@mail.example", "Your order #1005 is on its way.", "order_status", false},
			{"I want a human", "Connecting you with the team.", "human_handoff", true},
		}
		var lastID int64
		for i, tc := range turns {
			conv.LastIntent, conv.Handoff = tc.intent, tc.handoff
			conv.State = db.NewJSON(db.ConversationState{Failures: i})
			shopper := &db.Message{Role: db.RoleShopper, Text: tc.shopper, Language: "en", Intent: tc.intent,
				Cards: db.NewJSON([]db.Card{}), Sources: db.NewJSON([]db.Source{})}
			bot := &db.Message{Role: db.RoleBot, Text: tc.bot, Language: "en", Intent: tc.intent, IntentConfidence: 0.9,
				Cards:   db.NewJSON([]db.Card{{Type: "order", OrderName: "#1005"}}),
				Sources: db.NewJSON([]db.Source{})}
			if err := s.SaveTurn(ctx, conv, shopper, bot); err != nil {
				t.Fatalf("turn %d: %v", i, err)
			}
			if shopper.ID <= lastID || bot.ID <= shopper.ID {
				t.Fatalf("turn %d: ids %d, %d after %d; want increasing in turn order", i, shopper.ID, bot.ID, lastID)
			}
			lastID = bot.ID
		}
		got, err := s.GetConversation(ctx, shop.ID, conv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.MessageCount != 6 || !got.Handoff || got.LastIntent != "human_handoff" || got.State.V.Failures != 2 ||
			got.TokenHash != "h" || got.CreatedAt.IsZero() || got.LastMessageAt.Before(got.CreatedAt) {
			t.Fatalf("stored conversation = %+v", got)
		}
		msgs, err := s.ListMessages(ctx, conv.ID, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(msgs) != 6 {
			t.Fatalf("%d messages, want 6", len(msgs))
		}
		for i, m := range msgs {
			tc := turns[i/2]
			want, role := tc.shopper, db.RoleShopper
			if i%2 == 1 {
				want, role = tc.bot, db.RoleBot
			}
			if m.Text != want || m.Role != role || m.ShopID != shop.ID || m.ConversationID != conv.ID {
				t.Errorf("message %d = %+v, want %s %q", i, m, role, want)
			}
		}
		if c := msgs[1].Cards.V; len(c) != 1 || c[0].OrderName != "#1005" {
			t.Errorf("bot cards = %v", c)
		}

		// The same id in another shop neither overwrites nor appends.
		hijack := &db.Conversation{ID: conv.ID, ShopID: other.ID, TokenHash: "evil", LastIntent: "other"}
		err = s.SaveTurn(ctx, hijack, &db.Message{Role: db.RoleShopper, Text: "x", Cards: db.NewJSON([]db.Card{}),
			Sources: db.NewJSON([]db.Source{})})
		if !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("cross-shop save: err %v, want ErrNotFound", err)
		}
		if got, _ := s.GetConversation(ctx, shop.ID, conv.ID); got.LastIntent != "human_handoff" || got.MessageCount != 6 {
			t.Fatalf("cross-shop save changed the conversation: %+v", got)
		}
		if msgs, _ := s.ListMessages(ctx, conv.ID, 0, 10); len(msgs) != 6 {
			t.Fatalf("cross-shop save appended: %d messages", len(msgs))
		}
	})
}
