package assistant_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/db"
)

// recordingReturns stands in for the Admin API client.
type recordingReturns struct{ lines []db.ReturnLine }

func (r *recordingReturns) RequestReturn(_ context.Context, _ *db.Shop, _ *db.Order, lines []db.ReturnLine) (string, string, error) {
	r.lines = lines
	return "gid://shopify/Return/1", "#1019-R1", nil
}

func TestReturnRequestInShopifyMode(t *testing.T) {
	rec := &recordingReturns{}
	env := newEnv(t, assistant.Options{Returns: rec})
	ctx := context.Background()
	shop := *env.Shop
	st := shop.Settings.V
	st.Returns.AllowReturnRequests = true
	shop.Settings = db.NewJSON(st)
	shop.AccessTokenEnc = []byte("sealed") // installed: Shopify mode
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: &shop, Message: "I want to return order #1020, email sarah.cohen@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "final-sale") || r.Intent != "return_request" || r.Handoff {
		t.Fatalf("reply = %+v", r)
	}
	// Swim shorts are final sale; only the tee is requested.
	if len(rec.lines) != 1 || rec.lines[0].Quantity != 1 {
		t.Fatalf("requested lines = %+v", rec.lines)
	}
	o, err := env.Store.GetOrderByNumber(ctx, env.Shop.ID, 1020)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Returns) != 1 || o.Returns[0].ShopifyGID != "gid://shopify/Return/1" || o.Returns[0].ConversationID != r.ConversationID {
		t.Fatalf("returns = %+v", o.Returns)
	}
	// Asking again does not open a second return.
	r2, err := env.Engine.Reply(ctx, assistant.Request{Shop: &shop, ConversationID: r.ConversationID,
		ConversationToken: r.ConversationToken, Message: "I want to return order #1020"})
	if err != nil {
		t.Fatal(err)
	}
	if o, _ := env.Store.GetOrderByNumber(ctx, env.Shop.ID, 1020); len(o.Returns) != 1 || !strings.Contains(r2.Text, "has been sent") {
		t.Fatalf("second request: %d returns, reply %q", len(o.Returns), r2.Text)
	}
}

func TestReturnRoutedToMerchantWhenDisabled(t *testing.T) {
	env := newEnv(t, assistant.Options{})
	ctx := context.Background()
	r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: "I want to return order #1019, email sofia.garcia@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Handoff || !strings.Contains(r.Text, env.Shop.Email) {
		t.Fatalf("reply = %+v", r)
	}
	conv, err := env.Store.GetConversation(ctx, env.Shop.ID, r.ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	if conv.Status != db.ConversationHandoff || conv.HandoffReason != "return_request" ||
		!strings.Contains(conv.HandoffSummary, "Order: #1019") || !strings.Contains(conv.HandoffSummary, "Language: en") {
		t.Fatalf("conversation = %+v", conv)
	}
}
