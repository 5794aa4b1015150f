package webhooks_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"shopassist/db/dbtest"
	"shopassist/shopify"
	"shopassist/webhooks"
)

// fuzzMaxBody keeps "huge body" inputs small enough for the fuzzer.
const fuzzMaxBody = 4 << 10

// FuzzIntake throws arbitrary bodies and headers at the intake. When sign is
// set the body is signed correctly, so the fuzzer gets past the HMAC check
// and exercises header validation, JSON validation, shop lookup and storage.
// Invariants: no panic, never a 5xx, and anything accepted is valid JSON
// within the size cap.
func FuzzIntake(f *testing.F) {
	store := dbtest.OpenSQLite(f)
	install(f, store, shopDomain)
	svc, err := webhooks.New(store, nopEnqueuer{}, webhooks.Config{Secrets: []string{secret}, MaxBody: fuzzMaxBody,
		Logger: quiet})
	if err != nil {
		f.Fatal(err)
	}
	order := fixture(f, "orders_create.json")
	f.Add(order, "application/json", "orders/create", shopDomain, "wh-valid", true)
	f.Add([]byte(`{"id": 1,`), "application/json", "orders/create", shopDomain, "wh-malformed", true)
	f.Add([]byte(`{"id": 1}`), "text/plain", "orders/create", shopDomain, "wh-ctype", true)
	f.Add(bytes.Repeat([]byte("["), fuzzMaxBody+10), "application/json", "orders/create", shopDomain, "wh-huge", true)
	f.Add([]byte(`{"id": 1}`), "", "", "", "", true)
	f.Add([]byte(`{"id": 1}`), "application/json", "orders/create", shopDomain, "wh-unsigned", false)
	f.Add([]byte("\xff\xfe"), "application/json; charset=utf-16", "shop/redact", "x.myshopify.com", "wh-bin", true)
	f.Fuzz(func(t *testing.T, body []byte, contentType, topic, shop, webhookID string, sign bool) {
		req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(body))
		for k, v := range map[string]string{"Content-Type": contentType, webhooks.HeaderTopic: topic,
			webhooks.HeaderShop: shop, webhooks.HeaderWebhookID: webhookID} {
			if v != "" && validHeaderValue(v) {
				req.Header.Set(k, v)
			}
		}
		if sign {
			req.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(body, secret))
		}
		rec := httptest.NewRecorder()
		svc.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d for bad input: %s", rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("response is not JSON: %q", rec.Body)
		}
		if rec.Code == http.StatusOK && strings.Contains(rec.Body.String(), "accepted") {
			if !sign || !json.Valid(body) || len(body) > fuzzMaxBody {
				t.Fatalf("accepted an invalid delivery (signed=%v, %d bytes)", sign, len(body))
			}
		}
	})
}

// validHeaderValue drops values net/http could not send on the wire anyway.
func validHeaderValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 || c == 0x7f {
			return false
		}
	}
	return true
}
