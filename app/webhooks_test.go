package app_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/jobs"
	"shopassist/shopify"
	"shopassist/webhooks"
)

// TestWebhookThroughApp drives POST /webhooks through the app's router with
// workers running: the order lands in the database and the metrics count it.
func TestWebhookThroughApp(t *testing.T) {
	ctx := context.Background()
	cfg, err := config.Load(func(k string) string {
		return map[string]string{
			"SHOPIFY_API_KEY": apiKey, "SHOPIFY_API_SECRET": apiSecret, "SHOPIFY_API_SECRET_PREVIOUS": "old-secret",
			"APP_URL": "https://app.example.com", "ENCRYPTION_KEY": encKey, "DATA_DIR": t.TempDir(), "WORKERS": "2",
		}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	store := dbtest.Open(t)
	a, err := app.New(ctx, cfg, app.Options{Store: store, RetryPolicy: jobs.FastRetry{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.StartWorkers(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Queue().Stop(context.Background()) })
	if _, err := store.SaveInstall(ctx, shopName, db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_orders"}); err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(filepath.Join("..", "webhooks", "testdata", "orders_updated.json"))
	if err != nil {
		t.Fatal(err)
	}
	post := func(secret, webhookID string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(webhooks.HeaderTopic, "orders/updated")
		req.Header.Set(webhooks.HeaderShop, shopName)
		req.Header.Set(webhooks.HeaderWebhookID, webhookID)
		req.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(body, secret))
		rec := httptest.NewRecorder()
		a.Handler().ServeHTTP(rec, req)
		return rec
	}
	if rec := post("wrong", "wh-app-0"); rec.Code != http.StatusUnauthorized {
		t.Fatalf("bad hmac: %d", rec.Code)
	}
	if rec := post(apiSecret, "wh-app-1"); rec.Code != http.StatusOK {
		t.Fatalf("current secret: %d %s", rec.Code, rec.Body)
	}
	if rec := post("old-secret", "wh-app-2"); rec.Code != http.StatusOK {
		t.Fatalf("previous secret: %d %s", rec.Code, rec.Body)
	}
	shop, err := store.GetShop(ctx, shopName)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		evs, err := a.Webhooks().RecentEvents(ctx, shopName, 10)
		if err != nil {
			t.Fatal(err)
		}
		done := 0
		for _, ev := range evs {
			if ev.Status == db.EventProcessed {
				done++
			}
		}
		if done == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("events not processed: %+v", evs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	o, err := store.GetOrderByNumber(ctx, shop.ID, 1001)
	if err != nil || o.Email != "bob.norman@hostmail.com" {
		t.Fatalf("order not stored: %+v %v", o, err)
	}
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, want := range []string{`webhooks_received_total{result="accepted"} 2`, `webhooks_processed_total{status="processed"} 2`} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}
