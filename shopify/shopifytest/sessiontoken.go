package shopifytest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"shopassist/shopify"
)

// SignSessionToken mints an HS256 session token as App Bridge would. Production
// tokens come from Shopify; this is for tests and the fake Admin API. Empty Issuer/Dest are derived from Shop.
func SignSessionToken(c shopify.SessionClaims, apiSecret string) (string, error) {
	if c.Dest == "" {
		c.Dest = "https://" + c.Shop
	}
	if c.Issuer == "" {
		c.Issuer = "https://" + c.Shop + "/admin"
	}
	jti := make([]byte, 16)
	if _, err := rand.Read(jti); err != nil {
		return "", fmt.Errorf("session token id: %w", err)
	}
	// MapClaims keeps aud a plain string like Shopify's tokens, without
	// touching jwt's package-level MarshalSingleStringAsArray switch.
	claims := jwt.MapClaims{
		"iss":  c.Issuer,
		"dest": c.Dest,
		"aud":  c.Audience,
		"sub":  c.UserID,
		"jti":  hex.EncodeToString(jti),
	}
	if c.SessionID != "" {
		claims["sid"] = c.SessionID
	}
	for name, t := range map[string]time.Time{"exp": c.ExpiresAt, "nbf": c.NotBefore, "iat": c.IssuedAt} {
		if !t.IsZero() {
			claims[name] = t.Unix()
		}
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(apiSecret))
	if err != nil {
		return "", fmt.Errorf("sign session token: %w", err)
	}
	return s, nil
}

// SignExtensionToken mints a UI extension session token as Shopify would
// (dest = bare shop domain, sub = customer GID when customerID > 0, no
// iss). Production tokens come from Shopify; this is for tests.
func SignExtensionToken(shop, apiKey string, customerID int64, nbf, exp time.Time, apiSecret string) (string, error) {
	claims := jwt.MapClaims{
		"dest": shop,
		"aud":  apiKey,
		"nbf":  nbf.Unix(),
		"iat":  nbf.Unix(),
		"exp":  exp.Unix(),
		"jti":  fmt.Sprintf("%x", nbf.UnixNano()),
	}
	if customerID > 0 {
		claims["sub"] = fmt.Sprintf("gid://shopify/Customer/%d", customerID)
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(apiSecret))
	if err != nil {
		return "", fmt.Errorf("sign extension token: %w", err)
	}
	return s, nil
}
