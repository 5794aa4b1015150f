package shopify

import (
	"fmt"
	"strings"
	"time"
)

// ExtensionTokenLifetime is how long the session tokens of checkout and
// customer-account UI extensions live (Shopify documents a TTL of five
// minutes, longer than App Bridge's one minute).
const ExtensionTokenLifetime = 5 * time.Minute

// ExtensionClaims are the verified contents of a UI extension's session
// token (shopify.sessionToken.get() in a customer-account extension).
type ExtensionClaims struct {
	Shop string // from dest, validated as a myshopify.com domain
	// CustomerID is the signed-in customer (sub = gid://shopify/Customer/N);
	// 0 when the token names none: the customer is not signed in or the app
	// lacks access to protected customer data.
	CustomerID int64
	ExpiresAt  time.Time
}

// ParseExtensionToken verifies a UI extension session token with the same
// rules as ParseSessionToken (HS256 only, the API secret, aud = API key,
// exp/nbf with SessionTokenLeeway, a bounded lifetime), except for the
// claims that differ on this surface: dest is the bare shop domain
// ("shop.myshopify.com"; a https:// form is accepted too), iss is optional
// but must name the same shop when present, the lifetime bound is
// ExtensionTokenLifetime, and sub is the customer's GID.
func ParseExtensionToken(token, apiKey, apiSecret string, now time.Time) (*ExtensionClaims, error) {
	c, err := parseSignedToken(token, apiKey, apiSecret, now, ExtensionTokenLifetime)
	if err != nil {
		return nil, err
	}
	shop := strings.ToLower(strings.TrimPrefix(c.Dest, "https://"))
	if !ValidShopDomain(shop) {
		return nil, fmt.Errorf("%w: dest %q is not a shop", ErrInvalidSessionToken, c.Dest)
	}
	if c.Issuer != "" && !strings.EqualFold(c.Issuer, "https://"+shop+"/admin") && !strings.EqualFold(c.Issuer, "https://"+shop) {
		return nil, fmt.Errorf("%w: iss %q does not match dest %q", ErrInvalidSessionToken, c.Issuer, c.Dest)
	}
	out := &ExtensionClaims{Shop: shop, ExpiresAt: c.ExpiresAt.Time}
	if strings.HasPrefix(c.Subject, "gid://shopify/Customer/") {
		id, err := ParseGID(c.Subject, "Customer")
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalidSessionToken, err)
		}
		out.CustomerID = id
	}
	return out, nil
}
