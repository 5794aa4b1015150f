package shopify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// tokenServer answers the token endpoint with status/body and hands every
// decoded request body to the test.
func tokenServer(t *testing.T, status int, body string, got chan<- map[string]any) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/admin/oauth/access_token" {
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
		}
		if r.Header.Get(ShopDomainHeader) != testShop {
			t.Errorf("shop header = %q", r.Header.Get(ShopDomainHeader))
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("content type = %q", ct)
		}
		var m map[string]any
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			t.Errorf("decode body: %v", err)
		}
		got <- m
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func testClient(url string) *Client {
	return &Client{AdminURL: url, APIKey: testAPIKey, APISecret: testAPISecret, Sleep: noSleep}
}

func noSleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

func TestTokenRequests(t *testing.T) {
	creds := map[string]any{"client_id": testAPIKey, "client_secret": testAPISecret}
	merge := func(m map[string]any) map[string]any {
		for k, v := range creds {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		name string
		call func(context.Context, *Client) (*AccessToken, error)
		want map[string]any
	}{
		{"code, non-expiring", func(ctx context.Context, c *Client) (*AccessToken, error) {
			return c.ExchangeCode(ctx, testShop, "abc", false)
		}, merge(map[string]any{"code": "abc"})},
		{"code, expiring", func(ctx context.Context, c *Client) (*AccessToken, error) {
			return c.ExchangeCode(ctx, testShop, "abc", true)
		}, merge(map[string]any{"code": "abc", "expiring": 1.0})},
		{"token exchange, expiring", func(ctx context.Context, c *Client) (*AccessToken, error) {
			return c.TokenExchange(ctx, testShop, "jwt", true)
		}, merge(map[string]any{
			"grant_type": GrantTypeTokenExchange, "subject_token": "jwt", "subject_token_type": TokenTypeIDToken,
			"requested_token_type": TokenTypeOfflineAccessToken, "expiring": 1.0,
		})},
		{"token exchange, non-expiring", func(ctx context.Context, c *Client) (*AccessToken, error) {
			return c.TokenExchange(ctx, testShop, "jwt", false)
		}, merge(map[string]any{
			"grant_type": GrantTypeTokenExchange, "subject_token": "jwt", "subject_token_type": TokenTypeIDToken,
			"requested_token_type": TokenTypeOfflineAccessToken, "expiring": 0.0,
		})},
		{"refresh", func(ctx context.Context, c *Client) (*AccessToken, error) {
			return c.RefreshToken(ctx, testShop, "shprt_old")
		}, merge(map[string]any{"grant_type": "refresh_token", "refresh_token": "shprt_old"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make(chan map[string]any, 1)
			srv := tokenServer(t, 200, `{"access_token":"shpat_x","scope":"read_products"}`, got)
			if _, err := tt.call(t.Context(), testClient(srv.URL)); err != nil {
				t.Fatal(err)
			}
			body := <-got
			if len(body) != len(tt.want) {
				t.Errorf("body = %v, want %v", body, tt.want)
			}
			for k, v := range tt.want {
				if body[k] != v {
					t.Errorf("body[%q] = %#v, want %#v", k, body[k], v)
				}
			}
		})
	}
}

func TestTokenResponseParsing(t *testing.T) {
	got := make(chan map[string]any, 1)
	srv := tokenServer(t, 200, `{"access_token":"shpat_new","scope":"read_products,read_orders","expires_in":3600,"refresh_token":"shprt_new","refresh_token_expires_in":7776000}`, got)
	before := time.Now()
	tok, err := testClient(srv.URL).RefreshToken(t.Context(), testShop, "shprt_old")
	if err != nil {
		t.Fatal(err)
	}
	<-got
	if tok.AccessToken != "shpat_new" || tok.RefreshToken != "shprt_new" || tok.Scope != "read_products,read_orders" || !tok.Expiring() {
		t.Fatalf("token = %+v", tok)
	}
	if d := tok.ExpiresAt.Sub(before); d < time.Hour-time.Second || d > time.Hour+time.Second {
		t.Errorf("ExpiresAt is %s after request, want ~1h", d)
	}
	if d := tok.RefreshTokenExpiresAt.Sub(before); d < 90*24*time.Hour-time.Second || d > 90*24*time.Hour+time.Second {
		t.Errorf("RefreshTokenExpiresAt is %s after request, want ~90d", d)
	}

	srv2 := tokenServer(t, 200, `{"access_token":"shpat_forever","scope":"read_products"}`, got)
	tok, err = testClient(srv2.URL).ExchangeCode(t.Context(), testShop, "c", false)
	if err != nil {
		t.Fatal(err)
	}
	<-got
	if tok.Expiring() || !tok.RefreshTokenExpiresAt.IsZero() || tok.RefreshToken != "" {
		t.Fatalf("non-expiring token parsed as %+v", tok)
	}
}

func TestTokenErrors(t *testing.T) {
	tests := []struct {
		name         string
		status       int
		body         string
		invalidGrant bool
	}{
		{"invalid grant", 400, `{"error":"invalid_grant","error_description":"refresh token revoked"}`, true},
		{"invalid client", 401, `{"error":"invalid_client"}`, false},
		{"html error page", 502, `<html>bad gateway</html>`, false},
		{"huge body truncated", 500, strings.Repeat("x", 10000), false},
		{"200 without token", 200, `{"scope":"x"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make(chan map[string]any, 1)
			srv := tokenServer(t, tt.status, tt.body, got)
			_, err := testClient(srv.URL).RefreshToken(t.Context(), testShop, "r")
			<-got
			var ae *APIError
			if !errors.As(err, &ae) {
				t.Fatalf("error %v is not *APIError", err)
			}
			if ae.Status != tt.status {
				t.Errorf("Status = %d, want %d", ae.Status, tt.status)
			}
			if len(ae.Body) > maxErrorBody+len("…") {
				t.Errorf("body not truncated: %d bytes", len(ae.Body))
			}
			if IsInvalidGrant(err) != tt.invalidGrant {
				t.Errorf("IsInvalidGrant = %v, want %v", !tt.invalidGrant, tt.invalidGrant)
			}
			if !strings.Contains(err.Error(), testShop) {
				t.Errorf("error lacks shop context: %v", err)
			}
		})
	}
}

func TestTokenRequestRejectsBadShop(t *testing.T) {
	c := &Client{APIKey: testAPIKey, APISecret: testAPISecret}
	for _, shop := range []string{"evil.com", "shop.myshopify.com@evil.com", ""} {
		if _, err := c.ExchangeCode(t.Context(), shop, "code", false); !errors.Is(err, ErrInvalidShop) {
			t.Errorf("ExchangeCode(%q) = %v, want ErrInvalidShop", shop, err)
		}
	}
}

func TestBaseURLWithoutOverride(t *testing.T) {
	c := &Client{}
	got, err := c.baseURL("Some-Shop.myshopify.com")
	if err != nil || got != "https://some-shop.myshopify.com" {
		t.Fatalf("baseURL = %q, %v", got, err)
	}
	req, err := c.newJSONRequest(t.Context(), testShop, "/x", nil)
	if err != nil {
		t.Fatal(err)
	}
	if req.Header.Get(ShopDomainHeader) != "" {
		t.Error("shop header sent to real Shopify host")
	}
}

func TestErrorClassifiers(t *testing.T) {
	tests := []struct {
		err                          error
		grant, subject, unauthorized bool
	}{
		{&APIError{Status: 400, Code: "invalid_grant"}, true, false, false},
		{fmt.Errorf("wrapped: %w", &APIError{Status: 400, Code: "invalid_subject_token"}), false, true, false},
		{&APIError{Status: 401, Body: `{"errors":"[API] Invalid API key or access token"}`}, false, false, true},
		{errors.New("network down"), false, false, false},
		{nil, false, false, false},
	}
	for _, tt := range tests {
		if IsInvalidGrant(tt.err) != tt.grant || IsInvalidSubjectToken(tt.err) != tt.subject || IsUnauthorized(tt.err) != tt.unauthorized {
			t.Errorf("classifiers for %v = %v/%v/%v", tt.err, IsInvalidGrant(tt.err), IsInvalidSubjectToken(tt.err), IsUnauthorized(tt.err))
		}
	}
}
