package shopify

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	testAPIKey    = "test-api-key"
	testAPISecret = "test-api-secret"
	testShop      = "some-shop.myshopify.com"
)

var tokenNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func validClaims() SessionClaims {
	return SessionClaims{
		Shop:      testShop,
		UserID:    "42",
		SessionID: "sess-1",
		Audience:  testAPIKey,
		IssuedAt:  tokenNow,
		NotBefore: tokenNow,
		ExpiresAt: tokenNow.Add(time.Minute),
	}
}

func sign(t *testing.T, c SessionClaims, secret string) string {
	t.Helper()
	if c.Dest == "" {
		c.Dest = "https://" + c.Shop
	}
	if c.Issuer == "" {
		c.Issuer = "https://" + c.Shop + "/admin"
	}
	m := jwt.MapClaims{
		"iss": c.Issuer, "dest": c.Dest, "aud": c.Audience, "sub": c.UserID, "sid": c.SessionID, "jti": "j1",
		"exp": c.ExpiresAt.Unix(), "nbf": c.NotBefore.Unix(), "iat": c.IssuedAt.Unix(),
	}
	return signWith(t, jwt.SigningMethodHS256, []byte(secret), m)
}

// signWith signs raw claims with any jwt method, to build tokens a
// well-behaved signer would never produce.
func signWith(t *testing.T, m jwt.SigningMethod, key any, claims jwt.MapClaims) string {
	t.Helper()
	tok, err := jwt.NewWithClaims(m, claims).SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func baseMapClaims() jwt.MapClaims {
	return jwt.MapClaims{
		"iss": "https://" + testShop + "/admin", "dest": "https://" + testShop,
		"aud": testAPIKey, "sub": "42",
		"exp": tokenNow.Add(time.Minute).Unix(), "nbf": tokenNow.Unix(), "iat": tokenNow.Unix(),
	}
}

func TestParseSessionToken(t *testing.T) {
	valid := sign(t, validClaims(), testAPISecret)
	parts := strings.Split(valid, ".")

	with := func(edit func(*SessionClaims)) string {
		c := validClaims()
		edit(&c)
		return sign(t, c, testAPISecret)
	}
	noneToken := signWith(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, baseMapClaims())
	hs512 := signWith(t, jwt.SigningMethodHS512, []byte(testAPISecret), baseMapClaims())
	// An RS256 header over an HMAC made with the secret: the classic key
	// confusion attack when a verifier trusts the header's alg.
	rsHeader := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`))
	rsConfused := rsHeader + "." + parts[1] + "." + parts[2]
	noExp := baseMapClaims()
	delete(noExp, "exp")
	noStart := baseMapClaims()
	delete(noStart, "nbf")
	delete(noStart, "iat")

	tests := []struct {
		name  string
		token string
		now   time.Time
		ok    bool
	}{
		{name: "valid", token: valid, now: tokenNow, ok: true},
		{name: "valid within exp leeway", token: valid, now: tokenNow.Add(time.Minute + 9*time.Second), ok: true},
		{name: "valid within nbf leeway", token: valid, now: tokenNow.Add(-9 * time.Second), ok: true},
		{name: "forged signature", token: parts[0] + "." + parts[1] + "." + base64.RawURLEncoding.EncodeToString([]byte("forged-signature-bytes-32-long!!")), now: tokenNow},
		{name: "payload swapped", token: parts[0] + "." + strings.Split(with(func(c *SessionClaims) { c.UserID = "1" }), ".")[1] + "." + parts[2], now: tokenNow},
		{name: "wrong secret", token: sign(t, validClaims(), "other-secret"), now: tokenNow},
		{name: "alg none", token: noneToken, now: tokenNow},
		{name: "alg HS512", token: hs512, now: tokenNow},
		{name: "alg RS256 header", token: rsConfused, now: tokenNow},
		{name: "expired", token: valid, now: tokenNow.Add(time.Minute + 11*time.Second)},
		{name: "not yet valid", token: valid, now: tokenNow.Add(-11 * time.Second)},
		{name: "lifetime over one minute", token: with(func(c *SessionClaims) { c.ExpiresAt = tokenNow.Add(71 * time.Second) }), now: tokenNow},
		{name: "lifetime one day", token: with(func(c *SessionClaims) { c.ExpiresAt = tokenNow.Add(24 * time.Hour) }), now: tokenNow.Add(time.Hour)},
		{name: "long lifetime from iat", token: with(func(c *SessionClaims) {
			c.NotBefore, c.ExpiresAt = time.Time{}, tokenNow.Add(time.Hour)
		}), now: tokenNow},
		{name: "no nbf nor iat", token: signWith(t, jwt.SigningMethodHS256, []byte(testAPISecret), noStart), now: tokenNow},
		{name: "missing exp", token: signWith(t, jwt.SigningMethodHS256, []byte(testAPISecret), noExp), now: tokenNow},
		{name: "wrong aud", token: with(func(c *SessionClaims) { c.Audience = "other-app" }), now: tokenNow},
		{name: "iss other shop", token: with(func(c *SessionClaims) { c.Issuer = "https://evil-shop.myshopify.com/admin" }), now: tokenNow},
		{name: "dest other shop", token: with(func(c *SessionClaims) { c.Dest = "https://evil-shop.myshopify.com" }), now: tokenNow},
		{name: "iss without /admin", token: with(func(c *SessionClaims) { c.Issuer = "https://" + testShop }), now: tokenNow},
		{name: "invalid shop", token: with(func(c *SessionClaims) { c.Shop = "evil.com" }), now: tokenNow},
		{name: "dest not https", token: with(func(c *SessionClaims) {
			c.Dest, c.Issuer = "http://"+testShop, "http://"+testShop+"/admin"
		}), now: tokenNow},
		{name: "garbage", token: "not.a.jwt", now: tokenNow},
		{name: "empty", token: "", now: tokenNow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSessionToken(tt.token, testAPIKey, testAPISecret, tt.now)
			if !tt.ok {
				if !errors.Is(err, ErrInvalidSessionToken) {
					t.Fatalf("ParseSessionToken error = %v, want ErrInvalidSessionToken", err)
				}
				if got != nil {
					t.Fatalf("ParseSessionToken returned claims with error: %+v", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseSessionToken: %v", err)
			}
			want := SessionClaims{
				Shop: testShop, UserID: "42", SessionID: "sess-1",
				Issuer: "https://" + testShop + "/admin", Dest: "https://" + testShop, Audience: testAPIKey,
				ExpiresAt: tokenNow.Add(time.Minute), NotBefore: tokenNow, IssuedAt: tokenNow,
			}
			if !got.ExpiresAt.Equal(want.ExpiresAt) || !got.NotBefore.Equal(want.NotBefore) || !got.IssuedAt.Equal(want.IssuedAt) {
				t.Fatalf("times = %v/%v/%v", got.ExpiresAt, got.NotBefore, got.IssuedAt)
			}
			got.ExpiresAt, got.NotBefore, got.IssuedAt = want.ExpiresAt, want.NotBefore, want.IssuedAt
			if *got != want {
				t.Fatalf("claims = %+v\nwant     %+v", *got, want)
			}
		})
	}
}

func TestParseSessionTokenRequiresCredentials(t *testing.T) {
	tok := sign(t, validClaims(), "")
	if _, err := ParseSessionToken(tok, testAPIKey, "", tokenNow); !errors.Is(err, ErrInvalidSessionToken) {
		t.Fatalf("empty secret accepted a token: %v", err)
	}
}

func BenchmarkParseSessionToken(b *testing.B) {
	c := validClaims()
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"iss": "https://" + c.Shop + "/admin", "dest": "https://" + c.Shop, "aud": c.Audience, "sub": c.UserID,
		"exp": c.ExpiresAt.Unix(), "nbf": c.NotBefore.Unix(), "iat": c.IssuedAt.Unix(),
	}).SignedString([]byte(testAPISecret))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ParseSessionToken(tok, testAPIKey, testAPISecret, tokenNow); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSessionTokenLifetimeBoundary: exp - nbf may reach one minute plus the
// leeway; iat stands in for a missing nbf.
func TestSessionTokenLifetimeBoundary(t *testing.T) {
	iatOnly := baseMapClaims()
	delete(iatOnly, "nbf")
	longIat := baseMapClaims()
	delete(longIat, "nbf")
	longIat["exp"] = tokenNow.Add(71 * time.Second).Unix()
	atLeeway := validClaims()
	atLeeway.ExpiresAt = tokenNow.Add(SessionTokenLifetime + SessionTokenLeeway)
	tests := []struct {
		name  string
		token string
		ok    bool
	}{
		{"exp - nbf = 70s", sign(t, atLeeway, testAPISecret), true},
		{"iat without nbf, 60s", signWith(t, jwt.SigningMethodHS256, []byte(testAPISecret), iatOnly), true},
		{"iat without nbf, 71s", signWith(t, jwt.SigningMethodHS256, []byte(testAPISecret), longIat), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSessionToken(tt.token, testAPIKey, testAPISecret, tokenNow)
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
