package llm

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fakeModel is a local OpenAI-compatible endpoint answering with reply.
func fakeModel(t *testing.T, reply string, delay time.Duration) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer k" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var req chatRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) == 0 || req.Model != "m" {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]any{
			"role": "assistant", "content": reply}}}})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func client(t *testing.T, url string, timeout time.Duration) *Client {
	t.Helper()
	c, err := New(Config{BaseURL: url + "/v1/", APIKey: "k", Model: "m", Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRephrase(t *testing.T) {
	draft := "Order #1027 has shipped. Carrier: DHL · Tracking number: JD014600006281. Estimated delivery: 2026-11-25."
	facts := []string{"#1027", "DHL", "JD014600006281", "2026-11-25"}
	tests := []struct {
		name, reply string
		wantErr     bool
	}{
		{"faithful", "Good news! Your order #1027 is on its way with DHL (tracking JD014600006281) and should arrive by 2026-11-25.", false},
		{"invented tracking number", "Your order #1027 ships with DHL, tracking JD999999999999, arriving 2026-11-25. Ref JD014600006281", true},
		{"invented date", "Order #1027 (DHL, JD014600006281) arrives 2026-11-25, or 2026-11-30 at the latest.", true},
		{"dropped fact", "Your order is on its way with DHL and arrives 2026-11-25.", true},
		{"invented link", "Order #1027 with DHL JD014600006281 by 2026-11-25: https://evil.example/track", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakeModel(t, tt.reply, 0)
			got, err := client(t, srv.URL, time.Second).Rephrase(context.Background(), "en", draft, facts)
			if tt.wantErr {
				if !errors.Is(err, ErrRejected) {
					t.Fatalf("err = %v, want ErrRejected", err)
				}
				return
			}
			if err != nil || got != tt.reply {
				t.Fatalf("Rephrase = %q, %v", got, err)
			}
		})
	}
}

func TestRephraseCJKKeepsFacts(t *testing.T) {
	if err := CheckRephrase("订单 #1027 已发货。", "您的订单#1027已发货啦！", []string{"#1027"}); err != nil {
		t.Fatal(err)
	}
}

func TestAnswer(t *testing.T) {
	passages := []Passage{
		{Title: "Shipping policy", URL: "https://shop.example/policies/shipping", Text: "Standard shipping to the EU takes 2-4 business days and is free over 75 EUR."},
		{Title: "Returns", Text: "You can return items within 30 days of delivery."},
	}
	tests := []struct {
		name, reply string
		wantCites   []int
		wantErr     bool
	}{
		{"cited", "EU orders arrive in 2-4 business days, free over 75 EUR [1].", []int{1}, false},
		{"no citation", "EU orders arrive in 2-4 business days.", nil, true},
		{"bad citation", "It takes 2-4 days [3].", nil, true},
		{"invented number", "EU shipping takes 2-4 business days and costs 9.95 EUR [1].", nil, true},
		{"no answer", "NO_ANSWER", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakeModel(t, tt.reply, 0)
			got, err := client(t, srv.URL, time.Second).Answer(context.Background(), "en", "how long does shipping take?", passages)
			if tt.wantErr {
				if !errors.Is(err, ErrRejected) {
					t.Fatalf("err = %v, want ErrRejected", err)
				}
				return
			}
			if err != nil || got.Text != tt.reply || len(got.Citations) != len(tt.wantCites) || got.Citations[0] != tt.wantCites[0] {
				t.Fatalf("Answer = %+v, %v", got, err)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	srv := fakeModel(t, "late", 500*time.Millisecond)
	_, err := client(t, srv.URL, 50*time.Millisecond).Rephrase(context.Background(), "en", "hello", nil)
	if err == nil || !strings.Contains(err.Error(), "call completion endpoint") {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

func TestNewRequiresBaseURL(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Fatal("New without base URL succeeded")
	}
}
