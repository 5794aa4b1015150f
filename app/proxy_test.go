package app_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/shopify"
)

// proxyReq builds a storefront request as Shopify's app proxy forwards it.
// Shopify signs every query parameter, so params are set before signing and
// tamper changes the query after it was signed.
func proxyReq(t *testing.T, method, path string, body string, now time.Time, params, tamper func(url.Values)) *http.Request {
	t.Helper()
	q := url.Values{}
	q.Set("shop", shopName)
	q.Set("path_prefix", "/apps/assistant")
	q.Set("timestamp", strconv.FormatInt(now.Unix(), 10))
	if params != nil {
		params(q)
	}
	q.Set("signature", shopify.SignProxyQuery(q, apiSecret))
	if tamper != nil {
		tamper(q)
	}
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, path+"?"+q.Encode(), strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, path+"?"+q.Encode(), nil)
	}
	r.Header.Set("X-Forwarded-For", "203.0.113.7")
	return r
}

func installShop(t *testing.T, e *env) {
	t.Helper()
	state, ck := e.startInstall(t)
	if rec := e.callback(t, state, ck, e.fake.IssueCode(shopName), nil); rec.Code != http.StatusFound {
		t.Fatalf("install failed: %d %s", rec.Code, rec.Body)
	}
}

func TestProxyChatRequiresValidSignature(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	tests := []struct {
		name           string
		params, tamper func(url.Values)
		body           string
		want           int
	}{
		{"valid", nil, nil, `{"message":"hello","locale":"en"}`, http.StatusOK},
		{"bad signature", nil, func(q url.Values) { q.Set("signature", strings.Repeat("0", 64)) }, `{"message":"hi"}`, http.StatusUnauthorized},
		{"missing signature", nil, func(q url.Values) { q.Del("signature") }, `{"message":"hi"}`, http.StatusUnauthorized},
		{"tampered customer id", nil, func(q url.Values) { q.Set("logged_in_customer_id", "1") }, `{"message":"hi"}`, http.StatusUnauthorized},
		{"stale timestamp", func(q url.Values) { q.Set("timestamp", strconv.FormatInt(now.Add(-time.Hour).Unix(), 10)) }, nil,
			`{"message":"hi"}`, http.StatusUnauthorized},
		{"unknown shop", func(q url.Values) { q.Set("shop", "nobody.myshopify.com") }, nil, `{"message":"hi"}`, http.StatusNotFound},
		{"empty message", nil, nil, `{"message":"   "}`, http.StatusBadRequest},
		{"malformed json", nil, nil, `{"message":`, http.StatusBadRequest},
		{"too long", nil, nil, `{"message":"` + strings.Repeat("a", 1001) + `"}`, http.StatusRequestEntityTooLarge},
		{"foreign conversation id", nil, nil, `{"message":"hi","conversation_id":"abc","conversation_token":"x"}`, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", tt.body, now, tt.params, tt.tamper))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if tt.want != http.StatusOK {
				return
			}
			var out map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"conversation_id", "conversation_token", "reply", "language", "intent", "cards", "quick_replies", "handoff"} {
				if _, ok := out[k]; !ok {
					t.Errorf("response lacks %q: %s", k, rec.Body)
				}
			}
		})
	}
}

func TestProxyConversationOwnership(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"where is my order #1001?","locale":"en"}`, now, nil, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("chat: %d %s", rec.Code, rec.Body)
	}
	var out struct {
		ID    string `json:"conversation_id"`
		Token string `json:"conversation_token"`
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &out)
	if out.ID == "" || out.Token == "" || out.ID == out.Token {
		t.Fatalf("conversation id/token wrong: %+v", out)
	}
	withToken := func(tok string) func(url.Values) {
		return func(q url.Values) { q.Set("token", tok) }
	}
	if rec := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+out.ID, "", now, withToken(out.Token), nil)); rec.Code != http.StatusOK ||
		!strings.Contains(rec.Body.String(), "1001") {
		t.Fatalf("owner history: %d %s", rec.Code, rec.Body)
	}
	for _, tok := range []string{"", "wrong", out.ID} {
		if rec := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+out.ID, "", now, withToken(tok), nil)); rec.Code != http.StatusNotFound {
			t.Fatalf("history with token %q: %d, want 404", tok, rec.Code)
		}
	}
	fb := `{"conversation_id":"` + out.ID + `","conversation_token":"nope","rating":1}`
	if rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/feedback", fb, now, nil, nil)); rec.Code != http.StatusNotFound {
		t.Fatalf("feedback with wrong token: %d", rec.Code)
	}
	fb = `{"conversation_id":"` + out.ID + `","conversation_token":"` + out.Token + `","rating":1}`
	if rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/feedback", fb, now, nil, nil)); rec.Code != http.StatusOK {
		t.Fatalf("feedback: %d %s", rec.Code, rec.Body)
	}
}

func TestProxyRateLimitPerIP(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	var last *httptest.ResponseRecorder
	for i := 0; i < 25; i++ {
		last = e.do(t, proxyReq(t, http.MethodPost, "/proxy/feedback", `{"rating":5}`, now, nil, nil))
		if last.Code == http.StatusTooManyRequests {
			break
		}
	}
	if last.Code != http.StatusTooManyRequests {
		t.Fatalf("no 429 after a burst: last %d", last.Code)
	}
	if ra, err := strconv.Atoi(last.Header().Get("Retry-After")); err != nil || ra < 1 {
		t.Fatalf("Retry-After = %q", last.Header().Get("Retry-After"))
	}
}
