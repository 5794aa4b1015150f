package webhooks_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

const (
	bobID    = 207119551
	bobEmail = "bob.norman@hostmail.com"
)

// seedCustomers stores two customers' orders (through real webhooks) and
// conversations: bob (the compliance fixtures' customer) and jon.
func seedCustomers(t *testing.T, e *testEnv) *db.Shop {
	t.Helper()
	ctx := context.Background()
	for topic, file := range map[string]string{"orders/updated": "orders_updated.json", "orders/create": "orders_create.json"} {
		e.waitStatus(t, e.deliver(t, topic, fixture(t, file)), db.EventProcessed)
	}
	e.waitStatus(t, e.deliver(t, "fulfillments/create", fixture(t, "fulfillments_create.json")), db.EventProcessed)
	shop, err := e.store.GetShop(ctx, shopDomain)
	if err != nil {
		t.Fatal(err)
	}
	convs := []struct {
		id    string
		cust  int64
		email string
		texts []string
	}{
		{"conv-bob-id", bobID, "", []string{"where is my order 1001?", "It shipped with Bluedart."}},
		{"conv-bob-email", 0, bobEmail, []string{"I want to return the iPod"}},
		{"conv-jon", 0, "jon@doe.ca", []string{"do you ship to Canada?"}},
	}
	for _, c := range convs {
		conv := &db.Conversation{ID: c.id, ShopID: shop.ID, TokenHash: "hash-" + c.id, CustomerID: c.cust,
			CustomerEmail: c.email, Language: "en"}
		if err := e.store.CreateConversation(ctx, conv); err != nil {
			t.Fatal(err)
		}
		for i, text := range c.texts {
			role := db.RoleShopper
			if i%2 == 1 {
				role = db.RoleBot
			}
			if err := e.store.AppendMessages(ctx, c.id, &db.Message{ShopID: shop.ID, Role: role, Text: text}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return shop
}

func TestCustomerDataRequestExport(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true})
		seedCustomers(t, e)
		e.waitStatus(t, e.deliver(t, "customers/data_request", fixture(t, "customers_data_request.json")), db.EventProcessed)

		list, err := e.svc.CustomerExports(ctx, shopDomain, 10)
		if err != nil || len(list) != 1 {
			t.Fatalf("exports: %v %v", list, err)
		}
		if list[0].DataRequestID != 9999 || list[0].CustomerID != bobID || list[0].OrderCount != 1 ||
			list[0].ConversationCount != 2 || list[0].MessageCount != 3 || len(list[0].Data) != 0 {
			t.Fatalf("export summary wrong: %+v", list[0])
		}
		exp, err := e.svc.CustomerExport(ctx, shopDomain, list[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		var doc db.CustomerExportData
		if err := json.Unmarshal(exp.Data, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Shop != shopDomain || len(doc.Orders) != 1 || doc.Orders[0].ShopifyID != 450789469 ||
			doc.Orders[0].Email != bobEmail || len(doc.Orders[0].LineItems) == 0 || len(doc.Orders[0].Fulfillments) != 2 {
			t.Fatalf("export orders wrong: %+v", doc.Orders)
		}
		if len(doc.Conversations) != 2 || len(doc.Conversations[0].Messages)+len(doc.Conversations[1].Messages) != 3 {
			t.Fatalf("export conversations wrong: %+v", doc.Conversations)
		}
		if bytes.Contains(exp.Data, []byte("jon@doe.ca")) || bytes.Contains(exp.Data, []byte("ship to Canada")) {
			t.Fatal("export leaks another customer's data")
		}
		if _, err := e.svc.CustomerExport(ctx, "other.myshopify.com", exp.ID); err == nil {
			t.Fatal("export readable from another shop")
		}
	})
}

func TestCustomerRedactErasesCustomer(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{workers: true})
		shop := seedCustomers(t, e)
		e.waitStatus(t, e.deliver(t, "customers/data_request", fixture(t, "customers_data_request.json")), db.EventProcessed)
		e.waitStatus(t, e.deliver(t, "customers/redact", fixture(t, "customers_redact.json")), db.EventProcessed)

		checks := []struct {
			query string
			want  int
		}{
			{"SELECT COUNT(*) FROM conversations WHERE id IN ('conv-bob-id', 'conv-bob-email')", 0},
			{"SELECT COUNT(*) FROM messages WHERE conversation_id IN ('conv-bob-id', 'conv-bob-email')", 0},
			{"SELECT COUNT(*) FROM conversations WHERE customer_id = 207119551 OR customer_email = 'bob.norman@hostmail.com'", 0},
			{"SELECT COUNT(*) FROM orders WHERE email = 'bob.norman@hostmail.com' OR customer_id = 207119551", 0},
			{"SELECT COUNT(*) FROM orders WHERE shopify_id = 450789469 AND email = '' AND phone = '' AND customer_name = ''", 1},
			{"SELECT COUNT(*) FROM customer_data_exports", 0},
			// Another customer's data stays.
			{"SELECT COUNT(*) FROM conversations WHERE id = 'conv-jon'", 1},
			{"SELECT COUNT(*) FROM messages WHERE conversation_id = 'conv-jon'", 1},
			{"SELECT COUNT(*) FROM orders WHERE shopify_id = 123456 AND email = 'jon@doe.ca'", 1},
			// The order's commercial facts stay for the merchant.
			{"SELECT COUNT(*) FROM order_line_items WHERE order_id = (SELECT id FROM orders WHERE shopify_id = 450789469)", 3},
		}
		for _, c := range checks {
			if got := count(t, store, c.query); got != c.want {
				t.Errorf("%s = %d, want %d", c.query, got, c.want)
			}
		}
		// Processed webhook bodies are dropped, so no raw copy of the
		// customer's order survives in the event log.
		rows, err := store.SQLDB().Query("SELECT payload FROM webhook_events WHERE shop = $1", shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var p []byte
			if err := rows.Scan(&p); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(bytes.ToLower(p), []byte("bob.norman")) {
				t.Fatalf("webhook payload still holds the customer's email: %.80s", p)
			}
		}
		_ = shop
	})
}

func TestShopRedactDeletesEverything(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true, cfg: noCache})
		shop := seedCustomers(t, e)
		e.waitStatus(t, e.deliver(t, "products/update", fixture(t, "products_update.json")), db.EventProcessed)
		e.waitStatus(t, e.deliver(t, "refunds/create", fixture(t, "refunds_create.json")), db.EventProcessed)
		e.waitStatus(t, e.deliver(t, "returns/request", fixture(t, "returns_request.json")), db.EventProcessed)
		e.waitStatus(t, e.deliver(t, "customers/data_request", fixture(t, "customers_data_request.json")), db.EventProcessed)
		if err := store.UpsertDocument(ctx, &db.KnowledgeDocument{ShopID: shop.ID, Kind: db.DocFAQ, ExternalID: "faq-1",
			Locale: "en", Title: "Shipping?", Body: "We ship worldwide."}); err != nil {
			t.Fatal(err)
		}
		other := install(t, store, "other-shop.myshopify.com")
		if err := store.CreateConversation(ctx, &db.Conversation{ID: "conv-other", ShopID: other.ID, TokenHash: "h"}); err != nil {
			t.Fatal(err)
		}

		// While installed, shop/redact must not wipe a live installation.
		id := e.deliver(t, "shop/redact", fixture(t, "shop_redact.json"))
		e.waitStatus(t, id, db.EventSkipped)
		if n := count(t, store, "SELECT COUNT(*) FROM orders WHERE shop_id = $1", shop.ID); n == 0 {
			t.Fatal("shop/redact wiped an installed shop")
		}

		e.waitStatus(t, e.deliver(t, "app/uninstalled", fixture(t, "app_uninstalled.json")), db.EventProcessed)
		// The redaction deletes the shop's events too, its own included, and
		// a fast worker can do so before the event's id could be read back:
		// wait for the shop row to go instead.
		if rec := e.do(signedRequest(webhooks.TopicShopRedact, shopDomain, fixture(t, "shop_redact.json"))); rec.Code != 200 {
			t.Fatalf("shop/redact: status %d: %s", rec.Code, rec.Body)
		}
		waitGone(t, store, "SELECT COUNT(*) FROM webhook_events WHERE shop = $1", shopDomain)

		// Every table with a shop_id column, read from the catalog so a new
		// table cannot be left out of this check.
		for _, table := range dbtest.TablesWithColumn(t, store, "shop_id") {
			if n := count(t, store, "SELECT COUNT(*) FROM "+table+" WHERE shop_id = $1", shop.ID); n != 0 {
				t.Errorf("%s: %d rows left after shop/redact", table, n)
			}
		}
		if n := count(t, store, "SELECT COUNT(*) FROM shops WHERE domain = $1", shopDomain); n != 0 {
			t.Error("shop row left after shop/redact")
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE shop = $1", shopDomain); n != 0 {
			t.Errorf("%d webhook events left after shop/redact", n)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM conversations WHERE shop_id = $1", other.ID); n != 1 {
			t.Error("shop/redact touched another shop")
		}
		// A redelivery after the data is gone is acknowledged, nothing stored.
		rec := e.do(signedRequest(webhooks.TopicShopRedact, shopDomain, fixture(t, "shop_redact.json")))
		if rec.Code != 200 {
			t.Fatalf("shop/redact after deletion: %d", rec.Code)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE shop = $1", shopDomain); n != 0 {
			t.Error("shop/redact redelivery stored an event for a deleted shop")
		}
	})
}
