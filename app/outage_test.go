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
)

// TestDatabaseOutageAnswers503: with the database gone, the storefront chat
// and the admin answer 503 with an honest message (the chat's in the
// shopper's language, with Retry-After), never 500.
func TestDatabaseOutageAnswers503(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"hola","locale":"es"}`, now, nil, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("chat before the outage: %d %s", rec.Code, rec.Body)
	}
	var conv struct {
		ID    string `json:"conversation_id"`
		Token string `json:"conversation_token"`
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &conv)
	if err := e.store.Close(); err != nil {
		t.Fatal(err)
	}

	for _, body := range []string{
		`{"message":"¿Dónde está mi pedido 1001? Lo necesito para el viernes","locale":"es"}`,
		`{"message":"¿Dónde está mi pedido 1001?","locale":"es","conversation_id":"` + conv.ID + `","conversation_token":"` + conv.Token + `"}`,
	} {
		rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", body, now, nil, nil))
		if rec.Code != http.StatusServiceUnavailable {
			t.Fatalf("chat during outage: %d, want 503: %s", rec.Code, rec.Body)
		}
		var out struct{ Error, Language string }
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		if out.Language != "es" || !strings.Contains(out.Error, "temporalmente") {
			t.Fatalf("outage message not in the shopper's language: %+v", out)
		}
		if rec.Header().Get("Retry-After") == "" {
			t.Fatal("no Retry-After on 503")
		}
	}

	rec = e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+conv.ID, "", now,
		func(q url.Values) { q.Set("token", conv.Token) }, nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "temporarily unavailable") {
		t.Fatalf("history during outage: %d %s", rec.Code, rec.Body)
	}
	fb := `{"conversation_id":"` + conv.ID + `","conversation_token":"` + conv.Token + `","rating":1}`
	if rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/feedback", fb, now, nil, nil)); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("feedback during outage: %d %s", rec.Code, rec.Body)
	}

	req := httptest.NewRequest(http.MethodGet, "/app", nil)
	req.Header.Set("Authorization", "Bearer "+sessionToken(t, shopName, apiSecret, now.Add(time.Minute), nil))
	if rec := e.do(t, req); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "temporarily unavailable") {
		t.Fatalf("/app during outage: %d %s", rec.Code, rec.Body)
	}
	req = httptest.NewRequest(http.MethodGet, "/app?id_token="+url.QueryEscape(sessionToken(t, shopName, apiSecret, now.Add(time.Minute), nil))+"&shop="+shopName, nil)
	if rec := e.do(t, req); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "temporarily unavailable") {
		t.Fatalf("/app document during outage: %d %s", rec.Code, rec.Body)
	}
}

// TestProxyRejectsNULBytes: NUL bytes (which PostgreSQL cannot store or
// compare) in a message, conversation id, token or comment are a client
// error, not a 500.
func TestProxyRejectsNULBytes(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"hello","locale":"en"}`, now, nil, nil))
	var conv struct {
		ID    string `json:"conversation_id"`
		Token string `json:"conversation_token"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &conv); err != nil || conv.ID == "" {
		t.Fatalf("chat: %d %s", rec.Code, rec.Body)
	}
	tests := []struct {
		name, method, path, body string
		params                   func(url.Values)
		want                     int
	}{
		{"message", http.MethodPost, "/proxy/chat", `{"message":"hi\u0000there"}`, nil, http.StatusBadRequest},
		{"message only NUL", http.MethodPost, "/proxy/chat", `{"message":"\u0000"}`, nil, http.StatusBadRequest},
		{"conversation id", http.MethodPost, "/proxy/chat",
			`{"message":"hi","conversation_id":"` + conv.ID + `\u0000","conversation_token":"` + conv.Token + `"}`, nil, http.StatusNotFound},
		{"token", http.MethodPost, "/proxy/chat",
			`{"message":"hi","conversation_id":"` + conv.ID + `","conversation_token":"\u0000` + conv.Token + `"}`, nil, http.StatusNotFound},
		{"history id", http.MethodGet, "/proxy/conversations/" + conv.ID + "%00", "",
			func(q url.Values) { q.Set("token", conv.Token) }, http.StatusNotFound},
		{"history token", http.MethodGet, "/proxy/conversations/" + conv.ID, "",
			func(q url.Values) { q.Set("token", conv.Token+"\x00") }, http.StatusNotFound},
		{"feedback id", http.MethodPost, "/proxy/feedback",
			`{"conversation_id":"\u0000","conversation_token":"` + conv.Token + `","rating":1}`, nil, http.StatusNotFound},
		{"feedback token", http.MethodPost, "/proxy/feedback",
			`{"conversation_id":"` + conv.ID + `","conversation_token":"a\u0000b","rating":1}`, nil, http.StatusNotFound},
		{"feedback comment", http.MethodPost, "/proxy/feedback",
			`{"conversation_id":"` + conv.ID + `","conversation_token":"` + conv.Token + `","rating":1,"comment":"ok\u0000"}`, nil, http.StatusBadRequest},
		{"feedback message id", http.MethodPost, "/proxy/feedback",
			`{"conversation_id":"` + conv.ID + `","conversation_token":"` + conv.Token + `","rating":1,"message_id":"1\u0000"}`, nil, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(t, proxyReq(t, tt.method, tt.path, tt.body, now, tt.params, nil))
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
		})
	}
	// The conversation is intact and still answers.
	ok := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+conv.ID, "", now,
		func(q url.Values) { q.Set("token", conv.Token) }, nil))
	if ok.Code != http.StatusOK {
		t.Fatalf("history after NUL inputs: %d %s", ok.Code, ok.Body)
	}
}

// TestRotatedForwardedForBuysNothing: the per-address rate limit and the
// verification lockout key on the address Shopify's proxy appended, so a
// client writing a fresh first X-Forwarded-For entry on every request gets
// neither a fresh limit nor a fresh lockout.
func TestRotatedForwardedForBuysNothing(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	spoof := func(i int) func(*http.Request) *http.Request {
		return func(r *http.Request) *http.Request {
			r.Header.Set("X-Forwarded-For", "10.9."+strconv.Itoa(i/250)+"."+strconv.Itoa(i%250)+", 203.0.113.80")
			return r
		}
	}
	// Verification lockout: 5 wrong guesses lock the address, whatever the
	// first entry says.
	var last string
	for i := 0; i < 6; i++ {
		req := spoof(i)(proxyReq(t, http.MethodPost, "/proxy/chat",
			`{"message":"where is my order #1001? guess`+strconv.Itoa(i)+`@example.com","locale":"en"}`, now, nil, nil))
		rec := e.do(t, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("guess %d: %d %s", i, rec.Code, rec.Body)
		}
		last = rec.Body.String()
	}
	if !strings.Contains(last, "can't check any more orders") {
		t.Fatalf("6th guess from one address with rotated X-Forwarded-For was evaluated: %s", last)
	}
	// Rate limit: the burst allowance is per real address.
	limited := false
	for i := 6; i < 40 && !limited; i++ {
		rec := e.do(t, spoof(i)(proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"hello","locale":"en"}`, now, nil, nil)))
		limited = rec.Code == http.StatusTooManyRequests
	}
	if !limited {
		t.Fatal("40 messages in an instant from one address with rotated X-Forwarded-For were never rate limited")
	}
}
