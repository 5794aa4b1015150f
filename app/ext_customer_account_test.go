package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/shopify"
	"shopassist/shopify/shopifytest"
)

// Two customers of the test shop with shipped orders; customer A also has
// a newer order not yet shipped, so an answer about #1001 shows the page's
// order was used rather than the latest.
const (
	extCustomerA = int64(7001) // owns #1001 (Shopify id 5001, shipped) and #1003 (5003, newer, unfulfilled)
	extCustomerB = int64(8002) // owns #1002 (Shopify id 5002, shipped)
)

// seedCustomerOrders stores the two customers' orders as the orders/create
// and fulfillments/create webhooks would.
func seedCustomerOrders(t *testing.T, e *env) {
	t.Helper()
	ctx := context.Background()
	shop, err := e.store.GetShop(ctx, shopName)
	if err != nil {
		t.Fatal(err)
	}
	created := e.now.Add(-72 * time.Hour).UTC()
	shipped := e.now.Add(-48 * time.Hour).UTC()
	for _, o := range []struct {
		shopifyID, number, customer int64
		email, tracking             string
	}{
		{5001, 1001, extCustomerA, "ada.customer@example.com", "1Z999AA10123456784"},
		{5002, 1002, extCustomerB, "bo.customer@example.com", "1Z999AA10987654321"},
	} {
		order := &db.Order{ShopID: shop.ID, ShopifyID: o.shopifyID, Name: "#" + strconv.FormatInt(o.number, 10),
			OrderNumber: o.number, Email: o.email, CustomerID: o.customer, CustomerName: "Test Customer",
			FinancialStatus: "paid", FulfillmentStatus: "fulfilled", Currency: "EUR", TotalPrice: "89.00",
			ShippingCountry: "DE", ShopifyCreatedAt: &created, ShopifyUpdatedAt: &shipped, ProcessedAt: &created,
			LineItems: []db.OrderLineItem{{ShopID: shop.ID, ShopifyID: o.shopifyID*10 + 1, Title: "Trail Runner Jacket",
				Quantity: 1, Price: "89.00"}},
			Fulfillments: []db.Fulfillment{{ShopID: shop.ID, ShopifyID: o.shopifyID*10 + 2, Status: "success",
				ShipmentStatus: "in_transit", TrackingCompany: "UPS", TrackingNumbers: db.JSON[[]string]{V: []string{o.tracking}},
				ShopifyCreatedAt: &shipped, ShopifyUpdatedAt: &shipped}},
		}
		if _, err := e.store.UpsertOrder(ctx, order); err != nil {
			t.Fatal(err)
		}
	}
	placed := e.now.Add(-time.Hour).UTC()
	newer := &db.Order{ShopID: shop.ID, ShopifyID: 5003, Name: "#1003", OrderNumber: 1003, Email: "ada.customer@example.com",
		CustomerID: extCustomerA, CustomerName: "Test Customer", FinancialStatus: "paid", Currency: "EUR", TotalPrice: "25.00",
		ShippingCountry: "DE", ShopifyCreatedAt: &placed, ShopifyUpdatedAt: &placed, ProcessedAt: &placed,
		LineItems: []db.OrderLineItem{{ShopID: shop.ID, ShopifyID: 50031, Title: "Merino Socks", Quantity: 2, Price: "12.50"}}}
	if _, err := e.store.UpsertOrder(ctx, newer); err != nil {
		t.Fatal(err)
	}
}

// extToken mints the session token shopify.sessionToken.get() returns in
// the extension: customer 0 is a token without sub.
func extToken(t *testing.T, now time.Time, shop string, customer int64, secret string) string {
	t.Helper()
	tok, err := shopifytest.SignExtensionToken(shop, apiKey, customer, now, now.Add(5*time.Minute), secret)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func extReq(method, path, body, token string) *http.Request {
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, path, strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, path, nil)
	}
	r.Header.Set("Origin", "https://extensions.shopifycdn.com")
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	r.Header.Set("X-Forwarded-For", "198.51.100.9")
	return r
}

type extAnswer struct {
	ConversationID    string `json:"conversation_id"`
	ConversationToken string `json:"conversation_token"`
	Reply             string `json:"reply"`
	Language          string `json:"language"`
	Intent            string `json:"intent"`
	Cards             []struct {
		Type  string `json:"type"`
		Title string `json:"title"`
	} `json:"cards"`
	Error string `json:"error"`
}

func decodeAnswer(t *testing.T, rec *httptest.ResponseRecorder) extAnswer {
	t.Helper()
	var out extAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("answer %s: %v", rec.Body, err)
	}
	return out
}

func TestCustomerAccountPreflight(t *testing.T) {
	e := newEnv(t, time.Now())
	rec := e.do(t, extReq(http.MethodOptions, "/ext/customer-account/chat", "", ""))
	if rec.Code != http.StatusNoContent {
		t.Fatalf("preflight: %d %s", rec.Code, rec.Body)
	}
	h := rec.Header()
	if h.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(h.Get("Access-Control-Allow-Headers"), "Authorization") ||
		!strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") {
		t.Fatalf("preflight headers: %v", h)
	}
}

func TestCustomerAccountAuthentication(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	body := `{"message":"hello","locale":"en"}`
	tests := []struct {
		name  string
		token string
		want  int
	}{
		{"signed-in customer", extToken(t, now, shopName, extCustomerA, apiSecret), http.StatusOK},
		{"no customer in the token", extToken(t, now, shopName, 0, apiSecret), http.StatusOK},
		{"no token", "", http.StatusUnauthorized},
		{"garbage", "abc.def.ghi", http.StatusUnauthorized},
		{"signed with another secret", extToken(t, now, shopName, extCustomerA, "not-the-app-secret"), http.StatusUnauthorized},
		{"expired", extToken(t, now.Add(-time.Hour), shopName, extCustomerA, apiSecret), http.StatusUnauthorized},
		{"admin session token", func() string {
			tok, err := shopifytest.SignSessionToken(shopify.SessionClaims{Shop: shopName, UserID: "1", Audience: apiKey,
				NotBefore: now, IssuedAt: now, ExpiresAt: now.Add(time.Minute)}, apiSecret)
			if err != nil {
				t.Fatal(err)
			}
			return tok
		}(), http.StatusOK}, // a valid token of the same app and shop, with no customer in it
		{"shop not installed", extToken(t, now, "nobody.myshopify.com", extCustomerA, apiSecret), http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(t, extReq(http.MethodPost, "/ext/customer-account/chat", body, tt.token))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			// Errors too must be readable by the extension's sandbox.
			if rec.Header().Get("Access-Control-Allow-Origin") != "*" {
				t.Fatalf("no CORS header on a %d", rec.Code)
			}
			if rec.Code != http.StatusOK {
				if out := decodeAnswer(t, rec); out.Error == "" {
					t.Fatalf("a %d without a JSON error message: %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// TestCustomerAccountOrderStatus: on the order-status page the signed-in
// customer asks "where is my order?" and gets the order's status at once,
// in their language, with no request for an email; another customer's
// order is refused.
func TestCustomerAccountOrderStatus(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	seedCustomerOrders(t, e)
	tokA := extToken(t, now, shopName, extCustomerA, apiSecret)
	tokB := extToken(t, now, shopName, extCustomerB, apiSecret)
	askedForContact := []string{"email", "e-mail", "phone", "telefon", "order number", "bestellnummer"}

	tests := []struct {
		name, token, message, locale, orderID string
		wantLang                              string
		wantIn                                []string
	}{
		{"english, order preselected", tokA, "Where is my order?", "en", "gid://shopify/Order/5001", "en", []string{"#1001", "1Z999AA10123456784"}},
		{"german, order preselected", tokA, "Wo ist meine Bestellung?", "de", "gid://shopify/Order/5001", "de", []string{"#1001", "1Z999AA10123456784"}},
		{"english, order index (no order): latest own order", tokA, "Where is my order?", "en", "", "en", []string{"#1003"}},
		{"other customer on their own page", tokB, "Where is my order?", "en", "gid://shopify/Order/5002", "en", []string{"#1002", "1Z999AA10987654321"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"message": tt.message, "locale": tt.locale, "order_id": tt.orderID})
			rec := e.do(t, extReq(http.MethodPost, "/ext/customer-account/chat", string(body), tt.token))
			if rec.Code != http.StatusOK {
				t.Fatalf("chat: %d %s", rec.Code, rec.Body)
			}
			out := decodeAnswer(t, rec)
			t.Logf("reply: %s", out.Reply)
			if out.Language != tt.wantLang || out.Intent != "order_status" {
				t.Fatalf("language %q intent %q, want %q order_status: %s", out.Language, out.Intent, tt.wantLang, out.Reply)
			}
			for _, w := range tt.wantIn {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("answer lacks %q: %s", w, rec.Body)
				}
			}
			low := strings.ToLower(out.Reply)
			for _, w := range askedForContact {
				if strings.Contains(low, w) {
					t.Errorf("a signed-in customer was asked for %q: %s", w, out.Reply)
				}
			}
		})
	}

	refused := []struct {
		name, token, orderID string
		want                 int
	}{
		{"another customer's order", tokB, "gid://shopify/Order/5001", http.StatusForbidden},
		{"unknown order", tokA, "gid://shopify/Order/999999", http.StatusForbidden},
		{"token without a customer", extToken(t, now, shopName, 0, apiSecret), "gid://shopify/Order/5001", http.StatusForbidden},
		{"not an order id", tokA, "gid://shopify/Customer/7001", http.StatusBadRequest},
	}
	for _, tt := range refused {
		t.Run("refused: "+tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"message": "Where is my order?", "locale": "en", "order_id": tt.orderID})
			rec := e.do(t, extReq(http.MethodPost, "/ext/customer-account/chat", string(body), tt.token))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if strings.Contains(rec.Body.String(), "1Z999AA1") || strings.Contains(rec.Body.String(), "#100") {
				t.Fatalf("a refusal leaked order data: %s", rec.Body)
			}
		})
	}

	// Another customer asking by number on their own session gets no data.
	rec := e.do(t, extReq(http.MethodPost, "/ext/customer-account/chat", `{"message":"Where is order #1001?","locale":"en"}`, tokB))
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "1Z999AA10123456784") {
		t.Fatalf("customer B read customer A's order: %d %s", rec.Code, rec.Body)
	}
}

// TestCustomerAccountHistory: the conversation is bound to the token's
// customer, like a logged-in widget conversation.
func TestCustomerAccountHistory(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	seedCustomerOrders(t, e)
	tokA := extToken(t, now, shopName, extCustomerA, apiSecret)
	rec := e.do(t, extReq(http.MethodPost, "/ext/customer-account/chat",
		`{"message":"Where is my order?","locale":"en","order_id":"gid://shopify/Order/5001"}`, tokA))
	if rec.Code != http.StatusOK {
		t.Fatalf("chat: %d %s", rec.Code, rec.Body)
	}
	out := decodeAnswer(t, rec)
	path := "/ext/customer-account/conversations/" + out.ConversationID + "?token=" + url.QueryEscape(out.ConversationToken)
	tests := []struct {
		name  string
		token string
		want  int
	}{
		{"owner", tokA, http.StatusOK},
		{"another customer with the conversation token", extToken(t, now, shopName, extCustomerB, apiSecret), http.StatusNotFound},
		{"no session token", "", http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := e.do(t, extReq(http.MethodGet, path, "", tt.token))
			if h.Code != tt.want {
				t.Fatalf("history: %d, want %d: %s", h.Code, tt.want, h.Body)
			}
			if tt.want == http.StatusOK && !strings.Contains(h.Body.String(), "#1001") {
				t.Fatalf("history lacks the answer: %s", h.Body)
			}
		})
	}
}

// TestProxyLoggedInCustomerOrders: Shopify signs logged_in_customer_id into
// the app-proxy query; with a valid signature the customer's own order is
// answered without an email, another customer's still needs proof, and a
// tampered id is refused before anything is answered.
func TestProxyLoggedInCustomerOrders(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	seedCustomerOrders(t, e)
	as := func(id int64) func(url.Values) {
		return func(q url.Values) { q.Set("logged_in_customer_id", strconv.FormatInt(id, 10)) }
	}
	tests := []struct {
		name           string
		message        string
		params, tamper func(url.Values)
		want           int
		wantIn, notIn  []string
	}{
		{name: "signed customer, no number: latest own order", message: "Where is my order?", params: as(extCustomerA), want: http.StatusOK,
			wantIn: []string{"#1003"}, notIn: []string{"email"}},
		{name: "signed customer, own number", message: "Wo ist meine Bestellung #1001?", params: as(extCustomerA), want: http.StatusOK,
			wantIn: []string{"#1001", "1Z999AA10123456784"}, notIn: []string{"E-Mail"}},
		{name: "signed customer, another's number", message: "Where is my order #1002?", params: as(extCustomerA), want: http.StatusOK,
			wantIn: []string{"email"}, notIn: []string{"1Z999AA10987654321"}},
		{name: "anonymous", message: "Where is my order?", want: http.StatusOK,
			wantIn: []string{"order number"}, notIn: []string{"1Z999AA1"}},
		{name: "tampered customer id", message: "Where is my order?", params: as(extCustomerB),
			tamper: func(q url.Values) { q.Set("logged_in_customer_id", strconv.FormatInt(extCustomerA, 10)) },
			want:   http.StatusUnauthorized, notIn: []string{"1Z999AA1"}},
		{name: "customer id added after signing", message: "Where is my order?",
			tamper: as(extCustomerA), want: http.StatusUnauthorized, notIn: []string{"1Z999AA1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"message": tt.message})
			rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", string(body), now, tt.params, tt.tamper))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			for _, w := range tt.wantIn {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("answer lacks %q: %s", w, rec.Body)
				}
			}
			for _, w := range tt.notIn {
				if strings.Contains(rec.Body.String(), w) {
					t.Errorf("answer contains %q: %s", w, rec.Body)
				}
			}
		})
	}
}
