package webhooks_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/shopify"
	"shopassist/webhooks"
)

// Shopify's documented example: secret "hush", body "my secret message"
// (quotes included, which also makes it a valid JSON document).
func TestShopifyTestVector(t *testing.T) {
	t.Parallel()
	body := []byte(`"my secret message"`)
	const want = "hMTq0K2x7oyOjoBwGYeTj5oxfnaVYXzbanUG9aajpKI="
	if got := shopify.WebhookHMAC(body, "hush"); got != want {
		t.Fatalf("hmac = %s, want %s", got, want)
	}
	store := dbtest.OpenSQLite(t)
	e := newTestEnv(t, store, envOptions{cfg: webhooks.Config{}})
	svc, err := webhooks.New(store, e.enq, webhooks.Config{Secrets: []string{"hush"}, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	req := signedRequest(webhooks.TopicAppScopesUpdate, shopDomain, body)
	req.Header.Set(webhooks.HeaderHMAC, want)
	rec := httptest.NewRecorder()
	svc.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("test vector rejected: %d %s", rec.Code, rec.Body)
	}
	req = signedRequest(webhooks.TopicAppScopesUpdate, shopDomain, []byte(`"my secret message!"`))
	req.Header.Set(webhooks.HeaderHMAC, want)
	rec = httptest.NewRecorder()
	svc.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("altered body accepted: %d", rec.Code)
	}
}

func TestIntakeResponses(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{cfg: webhooks.Config{MaxBody: 64 << 10}})
		install(t, store, "gone.myshopify.com")
		if err := store.MarkUninstalled(context.Background(), "gone.myshopify.com"); err != nil {
			t.Fatal(err)
		}
		order := fixture(t, "orders_create.json")
		redact := fixture(t, "customers_redact.json")
		huge := append([]byte(`{"note":"`), bytes.Repeat([]byte("a"), 70<<10)...)
		huge = append(huge, `"}`...)

		tests := []struct {
			name   string
			req    func() *http.Request
			code   int
			stored bool
		}{
			{"valid", func() *http.Request { return signedRequest("orders/create", shopDomain, order) }, 200, true},
			{"previous secret during rotation", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(order, prevSecret))
				return r
			}, 200, true},
			{"wrong secret", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(order, "attacker"))
				return r
			}, 401, false},
			{"missing hmac", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Del(webhooks.HeaderHMAC)
				return r
			}, 401, false},
			{"hmac not base64", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Set(webhooks.HeaderHMAC, "%%%")
				return r
			}, 401, false},
			{"body altered after signing", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Body = http.NoBody
				r.ContentLength = 0
				return r
			}, 401, false},
			{"missing topic", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Del(webhooks.HeaderTopic)
				return r
			}, 400, false},
			{"malformed topic", func() *http.Request { return signedRequest("orders create;drop", shopDomain, order) }, 400, false},
			{"missing shop", func() *http.Request { return signedRequest("orders/create", "", order) }, 400, false},
			{"shop not myshopify", func() *http.Request { return signedRequest("orders/create", "evil.example.com", order) }, 400, false},
			{"missing webhook id", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Del(webhooks.HeaderWebhookID)
				return r
			}, 400, false},
			{"invalid json", func() *http.Request {
				return signedRequest("orders/create", shopDomain, []byte(`{"id": 1,`))
			}, 400, false},
			{"wrong content type", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Set("Content-Type", "text/plain")
				return r
			}, 415, false},
			{"json content type with charset", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Header.Set("Content-Type", "application/json; charset=utf-8")
				return r
			}, 200, true},
			{"huge body declared", func() *http.Request { return signedRequest("orders/create", shopDomain, huge) }, 413, false},
			{"huge body chunked", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, huge)
				r.ContentLength = -1
				return r
			}, 413, false},
			{"unknown shop", func() *http.Request {
				return signedRequest("orders/create", "never.myshopify.com", order)
			}, 404, false},
			{"unknown shop compliance", func() *http.Request {
				return signedRequest("customers/redact", "never.myshopify.com", forShop(t, redact, "never.myshopify.com"))
			}, 200, false},
			{"uninstalled shop ordinary topic", func() *http.Request {
				return signedRequest("orders/create", "gone.myshopify.com", order)
			}, 200, false},
			{"uninstalled shop compliance", func() *http.Request {
				return signedRequest("customers/redact", "gone.myshopify.com", forShop(t, redact, "gone.myshopify.com"))
			}, 200, true},
			{"uninstalled shop app/uninstalled", func() *http.Request {
				return signedRequest("app/uninstalled", "gone.myshopify.com", forShop(t, fixture(t, "app_uninstalled.json"), "gone.myshopify.com"))
			}, 200, true},
			{"wrong method", func() *http.Request {
				r := signedRequest("orders/create", shopDomain, order)
				r.Method = http.MethodGet
				return r
			}, 405, false},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				req := tc.req()
				id := req.Header.Get(webhooks.HeaderWebhookID)
				rec := e.do(req)
				if rec.Code != tc.code {
					t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, rec.Body)
				}
				if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
					t.Errorf("content type %q", ct)
				}
				n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id = $1", id)
				if (n == 1) != tc.stored {
					t.Fatalf("stored rows = %d, want stored=%v", n, tc.stored)
				}
			})
		}
	})
}

func TestIntakeStoresHeadersAndDeduplicates(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{})
		body := fixture(t, "orders_create.json")
		req := signedRequest("orders/create", strings.ToUpper(shopDomain[:1])+shopDomain[1:], body)
		req.Header.Set(webhooks.HeaderTriggeredAt, "2025-03-04T05:06:07.123Z")
		rec := e.do(req)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "accepted") {
			t.Fatalf("first delivery: %d %s", rec.Code, rec.Body)
		}
		again := signedRequest("orders/create", shopDomain, body)
		again.Header.Set(webhooks.HeaderWebhookID, req.Header.Get(webhooks.HeaderWebhookID))
		rec = e.do(again)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "duplicate") {
			t.Fatalf("duplicate delivery: %d %s", rec.Code, rec.Body)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events"); n != 1 {
			t.Fatalf("%d rows after a duplicate delivery", n)
		}
		evs, err := e.svc.RecentEvents(context.Background(), shopDomain, 10)
		if err != nil || len(evs) != 1 {
			t.Fatalf("recent events: %v %v", evs, err)
		}
		ev := evs[0]
		if ev.Topic != "orders/create" || ev.EventID != "ev-1" || ev.APIVersion != "2025-10" || ev.Status != db.EventReceived ||
			ev.TriggeredAt == nil || ev.TriggeredAt.Format("2006-01-02T15:04:05.000") != "2025-03-04T05:06:07.123" {
			t.Fatalf("stored event wrong: %+v", ev)
		}
		full, err := store.GetWebhookEvent(context.Background(), shopDomain, ev.ID)
		if err != nil || !bytes.Equal(full.Payload, body) {
			t.Fatalf("payload not stored verbatim: %v", err)
		}
	})
}

// TestReinstalledShopIsHeardAtOnce: the intake caches shop rows, but a
// cached "uninstalled" must not outlive a reinstall, or the new install's
// first webhooks would be answered 200 and dropped.
func TestReinstalledShopIsHeardAtOnce(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{cfg: webhooks.Config{ShopCacheTTL: time.Hour}})
		ctx := context.Background()
		if err := store.MarkUninstalled(ctx, shopDomain); err != nil {
			t.Fatal(err)
		}
		order := fixture(t, "orders_create.json")
		before := signedRequest("orders/create", shopDomain, order)
		if rec := e.do(before); rec.Code != 200 || !strings.Contains(rec.Body.String(), "ignored") {
			t.Fatalf("order of an uninstalled shop: %d %s", rec.Code, rec.Body)
		}
		install(t, store, shopDomain)
		after := signedRequest("orders/create", shopDomain, order)
		if rec := e.do(after); rec.Code != 200 || !strings.Contains(rec.Body.String(), "accepted") {
			t.Fatalf("order after reinstall: %d %s", rec.Code, rec.Body)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id = $1", after.Header.Get(webhooks.HeaderWebhookID)); n != 1 {
			t.Fatalf("event after reinstall stored %d times", n)
		}
	})
}
