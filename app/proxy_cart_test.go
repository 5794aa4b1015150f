package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"shopassist/db"
)

// TestProxyEndOfChatFeedbackAndCart: the end-of-chat rating keeps its
// comment on the conversation, a "thanks" asks the widget for that rating,
// and an add-to-cart from a chat card is recorded for the owner of the
// conversation only.
func TestProxyEndOfChatFeedbackAndCart(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"do you ship to Germany?","locale":"en"}`, now, nil, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("chat: %d %s", rec.Code, rec.Body)
	}
	var out struct {
		ID        string `json:"conversation_id"`
		Token     string `json:"conversation_token"`
		AskRating bool   `json:"ask_rating"`
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &out)
	body := `{"conversation_id":"` + out.ID + `","conversation_token":"` + out.Token + `","message":"thanks, bye!","locale":"en"}`
	rec = e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", body, now, nil, nil))
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || !out.AskRating {
		t.Fatalf("closing did not ask for a rating: %s", rec.Body)
	}
	ids := `"conversation_id":"` + out.ID + `","conversation_token":"` + out.Token + `"`
	tests := []struct {
		path, body string
		want       int
	}{
		{"/proxy/feedback", `{` + ids + `,"rating":-1,"comment":"Hat nicht geholfen"}`, http.StatusOK},
		{"/proxy/cart", `{` + ids + `,"product_id":"632910392","variant_id":"808950810"}`, http.StatusOK},
		{"/proxy/cart", `{` + ids + `,"product_id":"","variant_id":"808950810"}`, http.StatusBadRequest},
		{"/proxy/cart", `{"conversation_id":"` + out.ID + `","conversation_token":"nope","product_id":"1","variant_id":"2"}`, http.StatusNotFound},
	}
	for _, tt := range tests {
		if rec := e.do(t, proxyReq(t, http.MethodPost, tt.path, tt.body, now, nil, nil)); rec.Code != tt.want {
			t.Errorf("%s %s: %d, want %d (%s)", tt.path, tt.body, rec.Code, tt.want, rec.Body)
		}
	}
	ctx := context.Background()
	shop, err := e.store.GetShop(ctx, shopName)
	if err != nil {
		t.Fatal(err)
	}
	conv, err := e.store.GetConversation(ctx, shop.ID, out.ID)
	if err != nil || conv.Rating != -1 || conv.FeedbackComment != "Hat nicht geholfen" {
		t.Fatalf("conversation rating %d comment %q (%v)", conv.Rating, conv.FeedbackComment, err)
	}
	r, err := e.store.Analytics(ctx, db.ReportQuery{ShopID: shop.ID, Since: now.Add(-time.Hour), Until: now.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Products) != 1 || r.Products[0].ProductID != 632910392 || r.Products[0].AddedToCart != 1 {
		t.Errorf("added-to-cart signal: %+v", r.Products)
	}
	if len(r.Feedback) != 1 || r.Feedback[0].Comment != "Hat nicht geholfen" || r.RatedDown != 1 {
		t.Errorf("feedback: %+v (down %d)", r.Feedback, r.RatedDown)
	}
}
