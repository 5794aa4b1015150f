package shopifytest

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"shopassist/shopify"
)

// TestSignSessionToken: what the fake mints parses with the production
// parser, and looks like Shopify's tokens (aud a plain string, jti, sid).
func TestSignSessionToken(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	c := shopify.SessionClaims{Shop: "some-shop.myshopify.com", UserID: "42", SessionID: "sess-1",
		Audience: "key", IssuedAt: now, NotBefore: now, ExpiresAt: now.Add(time.Minute)}
	tok, err := SignSessionToken(c, "secret")
	if err != nil {
		t.Fatal(err)
	}
	got, err := shopify.ParseSessionToken(tok, "key", "secret", now.Add(10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got.Shop != c.Shop || got.UserID != "42" || got.SessionID != "sess-1" {
		t.Errorf("parsed %+v", got)
	}
	var claims jwt.MapClaims
	if _, _, err := jwt.NewParser().ParseUnverified(tok, &claims); err != nil {
		t.Fatal(err)
	}
	// Shopify sends aud as a plain string; mirror it so fixtures look real.
	if aud, ok := claims["aud"].(string); !ok || aud != "key" {
		t.Fatalf("aud = %#v, want string %q", claims["aud"], "key")
	}
	if claims["jti"] == "" || claims["dest"] != "https://some-shop.myshopify.com" {
		t.Fatalf("claims = %v", claims)
	}
}
