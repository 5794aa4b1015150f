package shopify

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// extensionMapClaims is a customer-account extension token as Shopify
// documents it: bare dest, aud = API key, sub = customer GID, 5 minutes.
func extensionMapClaims() jwt.MapClaims {
	return jwt.MapClaims{
		"dest": testShop, "aud": testAPIKey, "sub": "gid://shopify/Customer/7001",
		"exp": tokenNow.Add(5 * time.Minute).Unix(), "nbf": tokenNow.Unix(), "iat": tokenNow.Unix(),
		"jti": "6c992878-dbaf-48d1-bb9d-6d9b59814fd1",
	}
}

func TestParseExtensionToken(t *testing.T) {
	with := func(edit func(jwt.MapClaims)) string {
		c := extensionMapClaims()
		edit(c)
		return signWith(t, jwt.SigningMethodHS256, []byte(testAPISecret), c)
	}
	signed, err := signExtension(testShop, testAPIKey, 7001, tokenNow, tokenNow.Add(5*time.Minute), testAPISecret)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string
		token        string
		now          time.Time
		wantCustomer int64
		wantErr      bool
	}{
		{name: "signed in customer", token: with(func(jwt.MapClaims) {}), now: tokenNow, wantCustomer: 7001},
		{name: "SignExtensionToken output", token: signed, now: tokenNow.Add(4 * time.Minute), wantCustomer: 7001},
		{name: "no sub: not signed in", token: with(func(c jwt.MapClaims) { delete(c, "sub") }), now: tokenNow},
		{name: "sub of another type is no customer", token: with(func(c jwt.MapClaims) { c["sub"] = "gid://shopify/Shop/1" }), now: tokenNow},
		{name: "dest with scheme", token: with(func(c jwt.MapClaims) { c["dest"] = "https://" + testShop }), now: tokenNow, wantCustomer: 7001},
		{name: "iss of the same shop", token: with(func(c jwt.MapClaims) { c["iss"] = "https://" + testShop + "/admin" }), now: tokenNow, wantCustomer: 7001},
		{name: "iss of another shop", token: with(func(c jwt.MapClaims) { c["iss"] = "https://other.myshopify.com/admin" }), now: tokenNow, wantErr: true},
		{name: "dest not a shop", token: with(func(c jwt.MapClaims) { c["dest"] = "evil.example.com" }), now: tokenNow, wantErr: true},
		{name: "no dest", token: with(func(c jwt.MapClaims) { delete(c, "dest") }), now: tokenNow, wantErr: true},
		{name: "malformed customer gid", token: with(func(c jwt.MapClaims) { c["sub"] = "gid://shopify/Customer/abc" }), now: tokenNow, wantErr: true},
		{name: "wrong audience", token: with(func(c jwt.MapClaims) { c["aud"] = "other-app" }), now: tokenNow, wantErr: true},
		{name: "wrong secret", token: signWith(t, jwt.SigningMethodHS256, []byte("other-secret"), extensionMapClaims()), now: tokenNow, wantErr: true},
		{name: "alg none", token: signWith(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, extensionMapClaims()), now: tokenNow, wantErr: true},
		{name: "HS512", token: signWith(t, jwt.SigningMethodHS512, []byte(testAPISecret), extensionMapClaims()), now: tokenNow, wantErr: true},
		{name: "expired", token: with(func(jwt.MapClaims) {}), now: tokenNow.Add(5*time.Minute + SessionTokenLeeway + time.Second), wantErr: true},
		{name: "not yet valid", token: with(func(jwt.MapClaims) {}), now: tokenNow.Add(-SessionTokenLeeway - time.Second), wantErr: true},
		{name: "lifetime over five minutes", token: with(func(c jwt.MapClaims) { c["exp"] = tokenNow.Add(time.Hour).Unix() }), now: tokenNow, wantErr: true},
		{name: "no exp", token: with(func(c jwt.MapClaims) { delete(c, "exp") }), now: tokenNow, wantErr: true},
		{name: "no nbf nor iat", token: with(func(c jwt.MapClaims) { delete(c, "nbf"); delete(c, "iat") }), now: tokenNow, wantErr: true},
		{name: "garbage", token: "not.a.jwt", now: tokenNow, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseExtensionToken(tt.token, testAPIKey, testAPISecret, tt.now)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalidSessionToken) {
					t.Fatalf("err = %v, want ErrInvalidSessionToken", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Shop != testShop || got.CustomerID != tt.wantCustomer {
				t.Fatalf("claims = %+v, want shop %s customer %d", got, testShop, tt.wantCustomer)
			}
		})
	}
}

// TestExtensionTokenIsNoAdminToken: an extension token (bare dest, no iss,
// five minutes) must not open the embedded admin.
func TestExtensionTokenIsNoAdminToken(t *testing.T) {
	tok, err := signExtension(testShop, testAPIKey, 7001, tokenNow, tokenNow.Add(5*time.Minute), testAPISecret)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseSessionToken(tok, testAPIKey, testAPISecret, tokenNow); !errors.Is(err, ErrInvalidSessionToken) {
		t.Fatalf("admin accepted an extension token: %v", err)
	}
}

func TestParseGID(t *testing.T) {
	tests := []struct {
		in, kind string
		want     int64
		wantErr  bool
	}{
		{"gid://shopify/Order/450789469", "Order", 450789469, false},
		{"450789469", "Order", 450789469, false},
		{" gid://shopify/Customer/7?session=1 ", "Customer", 7, false},
		{"gid://shopify/Customer/7", "Order", 0, true},
		{"gid://shopify/Order/", "Order", 0, true},
		{"gid://shopify/Order/-3", "Order", 0, true},
		{"0", "Order", 0, true},
		{"", "Order", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseGID(tt.in, tt.kind)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseGID(%q, %q) = %d, %v; want %d, err %v", tt.in, tt.kind, got, err, tt.want, tt.wantErr)
		}
	}
}

// signExtension mints an extension token as Shopify does (dest the bare
// shop domain, sub the customer GID, no iss); shopifytest has the same for
// other packages' tests, which this package cannot import.
func signExtension(shop, apiKey string, customerID int64, nbf, exp time.Time, apiSecret string) (string, error) {
	claims := jwt.MapClaims{"dest": shop, "aud": apiKey, "nbf": nbf.Unix(), "iat": nbf.Unix(), "exp": exp.Unix(), "jti": "j1"}
	if customerID > 0 {
		claims["sub"] = fmt.Sprintf("gid://shopify/Customer/%d", customerID)
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(apiSecret))
}
