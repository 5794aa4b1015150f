package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestRedactCustomerWebhookEventsAndAttempts: customers/redact erases the
// stored webhook payloads that still mention the customer — by email in
// any case, by phone in any formatting, by customer id or one of their
// orders' ids — and the attempt counters keyed on them, and nothing else:
// not another customer's events, not another shop's, not the
// customers/redact delivery being processed, not the shared IP counters.
func TestRedactCustomerWebhookEventsAndAttempts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "red.myshopify.com")
		other, _ := s.EnsureShop(ctx, "other-red.myshopify.com")
		now := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
		if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 880011, OrderNumber: 1101, Name: "#1101",
			Email: "lena@example.de", CustomerID: 77, Currency: "EUR", TotalPrice: "10.00", FinancialStatus: "paid",
			ShopifyUpdatedAt: &now}); err != nil {
			t.Fatal(err)
		}
		ev := func(shopDomain, status, payload, lastError string) *db.WebhookEvent {
			return &db.WebhookEvent{Shop: shopDomain, WebhookID: "w-" + payload + lastError + status + shopDomain, Topic: "orders/updated",
				Payload: []byte(payload), Status: status, LastError: lastError, ReceivedAt: now}
		}
		events := map[string]*db.WebhookEvent{
			"email":     ev(shop.Domain, db.EventReceived, `{"customer":{"email":"Lena@Example.DE"}}`, ""),
			"phone":     ev(shop.Domain, db.EventReceived, `{"note":"x"}`, ""),
			"order id":  ev(shop.Domain, db.EventReceived, `{"admin_graphql_api_id":"gid://shopify/Order/880011"}`, ""),
			"customer":  ev(shop.Domain, db.EventReceived, `{"customer":{"id":77}}`, ""),
			"someone":   ev(shop.Domain, db.EventReceived, `{"customer":{"email":"max@example.de","id":78}}`, ""),
			"elsewhere": ev(other.Domain, db.EventReceived, `{"customer":{"email":"lena@example.de"}}`, ""),
			"this call": ev(shop.Domain, db.EventReceived, `{"customer":{"id":77,"email":"lena@example.de"}}`, ""),
		}
		for _, e := range events {
			if err := s.InsertWebhookEvent(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		// The phone is only in the error text of a failed attempt.
		if err := s.RecordWebhookFailure(ctx, events["phone"].ID, "bad phone +49 (151) 234-56789", true); err != nil {
			t.Fatal(err)
		}
		lim := db.VerificationLimit{Max: 5, Window: time.Hour, Lock: time.Hour}
		for _, subj := range []string{"customer:77", "customer:78", "ip:203.0.113.9"} {
			if _, err := s.ClaimVerificationAttempt(ctx, shop.ID, []string{subj}, now, lim); err != nil {
				t.Fatal(err)
			}
		}
		res, err := s.RedactCustomer(ctx, shop.ID, db.CustomerRef{ID: 77, Email: "lena@example.de", Phone: "+4915123456789"},
			db.RedactOptions{KeepEventID: events["this call"].ID})
		if err != nil {
			t.Fatal(err)
		}
		if res.Events != 4 || res.Attempts != 1 {
			t.Errorf("result %+v, want 4 events and 1 attempt row", res)
		}
		for name, e := range events {
			got, err := s.GetWebhookEvent(ctx, e.Shop, e.ID)
			if err != nil {
				t.Fatal(err)
			}
			erased := got.Status == db.EventSkipped && len(got.Payload) <= 2 && got.LastError == "payload erased by customers/redact"
			switch name {
			case "someone", "elsewhere", "this call":
				if erased || string(got.Payload) != string(e.Payload) {
					t.Errorf("%s: touched: %+v", name, got)
				}
			default:
				if !erased {
					t.Errorf("%s: not erased: status %s payload %q error %q", name, got.Status, got.Payload, got.LastError)
				}
			}
		}
		left, err := s.VerificationAttempts(ctx, shop.ID, []string{"customer:77", "customer:78", "ip:203.0.113.9"})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := left["customer:77"]; ok || len(left) != 2 {
			t.Errorf("attempt rows left: %v", left)
		}
	})
}
