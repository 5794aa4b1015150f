package shopify

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// ErrInvalidSessionToken wraps every reason a session token is refused, so
// middleware can answer 401 with one errors.Is check.
var ErrInvalidSessionToken = errors.New("shopify: invalid session token")

// SessionTokenLeeway is the clock skew tolerated on exp and nbf. Shopify's
// tokens live one minute, so anything larger would defeat their purpose.
const SessionTokenLeeway = 10 * time.Second

// SessionTokenLifetime is how long Shopify's session tokens live (exp - nbf).
// A token signed for longer (a leaked secret minting long-lived tokens, or a
// replayable token) is refused even while exp lies in the future.
const SessionTokenLifetime = time.Minute

// SessionClaims are the verified contents of an App Bridge session token.
type SessionClaims struct {
	Shop      string // derived from dest, validated as a myshopify.com domain
	UserID    string // sub: the staff member using the embedded admin
	SessionID string // sid
	Issuer    string // iss: https://{shop}/admin
	Dest      string // dest: https://{shop}
	Audience  string // aud: the app's API key
	ExpiresAt time.Time
	NotBefore time.Time
	IssuedAt  time.Time
}

// sessionTokenClaims is the wire form. Audience uses jwt.ClaimStrings so both
// the string form Shopify sends and an array are accepted.
type sessionTokenClaims struct {
	jwt.RegisteredClaims
	Dest string `json:"dest"`
	Sid  string `json:"sid,omitempty"`
}

// ParseSessionToken verifies an App Bridge session token the way Shopify
// documents it: HS256 only, signed with the API secret, exp/nbf with
// SessionTokenLeeway, a lifetime (exp - nbf, or exp - iat without nbf) of at
// most SessionTokenLifetime plus the leeway, aud equal to the API key, and
// iss/dest naming the same valid shop.
func ParseSessionToken(token, apiKey, apiSecret string, now time.Time) (*SessionClaims, error) {
	c, err := parseSignedToken(token, apiKey, apiSecret, now, SessionTokenLifetime)
	if err != nil {
		return nil, err
	}

	shop, ok := strings.CutPrefix(c.Dest, "https://")
	if !ok || !ValidShopDomain(shop) {
		return nil, fmt.Errorf("%w: dest %q is not a shop", ErrInvalidSessionToken, c.Dest)
	}
	shop = strings.ToLower(shop)
	if !strings.EqualFold(c.Issuer, "https://"+shop+"/admin") {
		return nil, fmt.Errorf("%w: iss %q does not match dest %q", ErrInvalidSessionToken, c.Issuer, c.Dest)
	}

	out := &SessionClaims{
		Shop:      shop,
		UserID:    c.Subject,
		SessionID: c.Sid,
		Issuer:    c.Issuer,
		Dest:      c.Dest,
		Audience:  apiKey,
	}
	if c.ExpiresAt != nil {
		out.ExpiresAt = c.ExpiresAt.Time
	}
	if c.NotBefore != nil {
		out.NotBefore = c.NotBefore.Time
	}
	if c.IssuedAt != nil {
		out.IssuedAt = c.IssuedAt.Time
	}
	return out, nil
}

// parseSignedToken checks what every Shopify session token shares: HS256
// only, signed with the API secret, exp required, exp/nbf with
// SessionTokenLeeway, aud equal to the API key and a lifetime of at most
// maxLife. The callers check the claims their surface defines.
func parseSignedToken(token, apiKey, apiSecret string, now time.Time, maxLife time.Duration) (*sessionTokenClaims, error) {
	if apiKey == "" || apiSecret == "" {
		return nil, fmt.Errorf("%w: app credentials not configured", ErrInvalidSessionToken)
	}
	parser := jwt.NewParser(
		// Pinning the method stops alg=none and RS256-with-secret-as-key tricks.
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithLeeway(SessionTokenLeeway),
		jwt.WithTimeFunc(func() time.Time { return now }),
		jwt.WithExpirationRequired(),
		jwt.WithAudience(apiKey),
	)
	var c sessionTokenClaims
	_, err := parser.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) {
		return []byte(apiSecret), nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidSessionToken, err)
	}
	if err := checkLifetime(&c, maxLife); err != nil {
		return nil, err
	}
	return &c, nil
}

// checkLifetime bounds exp - nbf. Without nbf, iat is the start; a token
// carrying neither cannot be bounded and is refused (Shopify sends both).
func checkLifetime(c *sessionTokenClaims, maxLife time.Duration) error {
	start := c.NotBefore
	if start == nil {
		start = c.IssuedAt
	}
	if start == nil {
		return fmt.Errorf("%w: no nbf or iat, lifetime unbounded", ErrInvalidSessionToken)
	}
	if life := c.ExpiresAt.Sub(start.Time); life > maxLife+SessionTokenLeeway {
		return fmt.Errorf("%w: lifetime %s exceeds %s", ErrInvalidSessionToken, life, maxLife)
	}
	return nil
}
