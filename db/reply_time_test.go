package db_test

import (
	"fmt"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestWaitingSignals covers what the handoff flow reads beside the inbox:
// the median first agent reply over recent handed-off conversations, and
// the inbox state's handoff count and newest waiting shopper message.
func TestWaitingSignals(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := t.Context()
		shop, err := s.EnsureShop(ctx, "waiting.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		now := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
		conv := func(id string, handoff bool, status string, agentAfter time.Duration) *db.Message {
			t.Helper()
			at := now.Add(-48 * time.Hour)
			c := &db.Conversation{ID: id, ShopID: shop.ID, TokenHash: "h", Handoff: handoff, Status: status,
				CreatedAt: at, UpdatedAt: at, LastMessageAt: at}
			last := &db.Message{Role: db.RoleShopper, Text: "still there?", CreatedAt: at.Add(time.Minute)}
			msgs := []*db.Message{{Role: db.RoleShopper, Text: "help", CreatedAt: at}, last}
			if agentAfter > 0 {
				msgs = append(msgs, &db.Message{Role: db.RoleAgent, Text: "Hi", CreatedAt: at.Add(agentAfter)})
			}
			if err := s.ImportConversation(ctx, c, msgs); err != nil {
				t.Fatal(err)
			}
			return last
		}
		st, err := s.InboxCounts(ctx, shop.ID, "")
		if err != nil || st.Handoffs != 0 || st.LastShopperMessage != 0 {
			t.Fatalf("empty shop: %+v %v", st, err)
		}
		if d, n, err := s.MedianAgentReply(ctx, shop.ID, now.AddDate(0, 0, -90)); err != nil || n != 0 || d != 0 {
			t.Fatalf("no replies yet: %v %d %v", d, n, err)
		}
		for i, d := range []time.Duration{10 * time.Minute, 30 * time.Minute, 5 * time.Hour} {
			conv(fmt.Sprintf("done-%d", i), true, db.ConversationResolved, d)
		}
		conv("open-bot", false, db.ConversationOpen, 0)
		conv("open-agent", false, db.ConversationOpen, time.Minute) // never handed off: not measured
		waiting := conv("waiting", true, db.ConversationHandoff, 0)
		if d, n, err := s.MedianAgentReply(ctx, shop.ID, now.AddDate(0, 0, -90)); err != nil || n != 3 || d != 30*time.Minute {
			t.Fatalf("median = %v over %d (%v), want 30m over 3", d, n, err)
		}
		if _, n, _ := s.MedianAgentReply(ctx, shop.ID, now); n != 0 {
			t.Fatalf("conversations before since counted: %d", n)
		}
		st, err = s.InboxCounts(ctx, shop.ID, "")
		if err != nil || st.Handoffs != 1 || st.LastShopperMessage != waiting.ID {
			t.Fatalf("inbox state %+v (%v), want 1 handoff, last shopper message %d", st, err, waiting.ID)
		}
	})
}
