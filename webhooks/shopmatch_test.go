package webhooks_test

import (
	"context"
	"net/http"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// TestReplayUnderAnotherShopHeader: the HMAC covers only the body, so a
// signed body captured from one shop is replayed under another shop's
// header. Intake refuses it (400, nothing stored) and the other shop stays
// installed with its data; a body naming no shop is refused the same way.
func TestReplayUnderAnotherShopHeader(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true})
		const victim = "victim.myshopify.com"
		victimShop := install(t, store, victim)
		if err := store.CreateConversation(ctx, &db.Conversation{ID: "conv-victim", ShopID: victimShop.ID,
			TokenHash: "h", CustomerEmail: bobEmail, Language: "en"}); err != nil {
			t.Fatal(err)
		}
		captured := map[string][]byte{
			webhooks.TopicAppUninstalled:       fixture(t, "app_uninstalled.json"),
			webhooks.TopicCustomersRedact:      fixture(t, "customers_redact.json"),
			webhooks.TopicCustomersDataRequest: fixture(t, "customers_data_request.json"),
			webhooks.TopicShopRedact:           fixture(t, "shop_redact.json"),
		}
		tests := []struct {
			name, topic, header string
			body                []byte
		}{
			{"app/uninstalled replayed", webhooks.TopicAppUninstalled, victim, captured[webhooks.TopicAppUninstalled]},
			{"customers/redact replayed", webhooks.TopicCustomersRedact, victim, captured[webhooks.TopicCustomersRedact]},
			{"customers/data_request replayed", webhooks.TopicCustomersDataRequest, victim, captured[webhooks.TopicCustomersDataRequest]},
			{"shop/redact replayed", webhooks.TopicShopRedact, victim, captured[webhooks.TopicShopRedact]},
			{"no shop in body", webhooks.TopicCustomersRedact, shopDomain, []byte(`{"customer":{"email":"bob.norman@hostmail.com"}}`)},
			{"shop domain not a string", webhooks.TopicShopRedact, shopDomain, []byte(`{"shop_domain":42}`)},
			{"custom domain only", webhooks.TopicAppUninstalled, shopDomain, []byte(`{"domain":"north-star.myshopify.com"}`)},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				req := signedRequest(tt.topic, tt.header, tt.body)
				rec := e.do(req)
				if rec.Code != http.StatusBadRequest {
					t.Fatalf("status %d, want 400: %s", rec.Code, rec.Body)
				}
				if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id = $1",
					req.Header.Get(webhooks.HeaderWebhookID)); n != 0 {
					t.Fatal("rejected delivery was stored")
				}
			})
		}
		shop, err := store.GetShop(ctx, victim)
		if err != nil || !shop.Installed() {
			t.Fatalf("victim shop after replays: %+v %v", shop, err)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM conversations WHERE shop_id = $1", victimShop.ID); n != 1 {
			t.Fatal("victim's conversation erased by a replayed body")
		}
		// The same bodies under their own shop's header are accepted (and a
		// header differing only in case still matches).
		for topic, body := range captured {
			if topic == webhooks.TopicShopRedact {
				continue // would delete the test shop; covered in compliance_test
			}
			if rec := e.do(signedRequest(topic, shopDomain, body)); rec.Code != http.StatusOK {
				t.Fatalf("%s for its own shop: %d %s", topic, rec.Code, rec.Body)
			}
		}
		if rec := e.do(signedRequest(webhooks.TopicCustomersRedact, victim,
			forShop(t, captured[webhooks.TopicCustomersRedact], "VICTIM.myshopify.com"))); rec.Code != http.StatusOK {
			t.Fatalf("case-different body domain: %d %s", rec.Code, rec.Body)
		}
	})
}
