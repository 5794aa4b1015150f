package app_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// TestProxyHistoryCustomerBinding: a conversation started by a logged-in
// customer is refused (404, like chat) to another logged-in customer who
// holds its token, on history and on feedback.
func TestProxyHistoryCustomerBinding(t *testing.T) {
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	as := func(customer string, extra func(url.Values)) func(url.Values) {
		return func(q url.Values) {
			q.Set("logged_in_customer_id", customer)
			if extra != nil {
				extra(q)
			}
		}
	}
	rec := e.do(t, proxyReq(t, http.MethodPost, "/proxy/chat", `{"message":"hello","locale":"en"}`, now, as("1001", nil), nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("chat: %d %s", rec.Code, rec.Body)
	}
	var out struct {
		ID    string `json:"conversation_id"`
		Token string `json:"conversation_token"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || out.ID == "" {
		t.Fatalf("chat answer %s: %v", rec.Body, err)
	}
	withToken := func(q url.Values) { q.Set("token", out.Token) }
	fb := `{"conversation_id":"` + out.ID + `","conversation_token":"` + out.Token + `","rating":1}`
	tests := []struct {
		name     string
		customer string
		want     int
	}{
		{"other customer", "2002", http.StatusNotFound},
		{"owner", "1001", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := e.do(t, proxyReq(t, http.MethodGet, "/proxy/conversations/"+out.ID, "", now, as(tt.customer, withToken), nil))
			if h.Code != tt.want {
				t.Fatalf("history: %d, want %d: %s", h.Code, tt.want, h.Body)
			}
			f := e.do(t, proxyReq(t, http.MethodPost, "/proxy/feedback", fb, now, as(tt.customer, nil), nil))
			if f.Code != tt.want {
				t.Fatalf("feedback: %d, want %d: %s", f.Code, tt.want, f.Body)
			}
		})
	}
}
