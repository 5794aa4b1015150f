package shopify

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// OAuth grant and token type identifiers used by Shopify's token endpoint.
const (
	GrantTypeTokenExchange            = "urn:ietf:params:oauth:grant-type:token-exchange"
	GrantTypeRefreshToken             = "refresh_token"
	TokenTypeIDToken                  = "urn:ietf:params:oauth:token-type:id_token"
	TokenTypeOfflineAccessToken       = "urn:shopify:params:oauth:token-type:offline-access-token"
	tokenEndpointPath                 = "/admin/oauth/access_token"
	maxTokenResponseBytes       int64 = 1 << 20
)

// AccessToken is what the token endpoint returns. Zero ExpiresAt or
// RefreshTokenExpiresAt means the value never expires (non-expiring offline
// tokens carry neither an expiry nor a refresh token).
type AccessToken struct {
	AccessToken           string
	Scope                 string
	RefreshToken          string
	ExpiresAt             time.Time
	RefreshTokenExpiresAt time.Time
}

// Expiring reports whether the token has a lifetime and must be refreshed.
func (t *AccessToken) Expiring() bool { return !t.ExpiresAt.IsZero() }

// tokenResponse is the endpoint's JSON. Online-token fields
// (associated_user...) are ignored: this app only uses offline tokens.
type tokenResponse struct {
	AccessToken           string `json:"access_token"`
	Scope                 string `json:"scope"`
	ExpiresIn             int64  `json:"expires_in"`
	RefreshToken          string `json:"refresh_token"`
	RefreshTokenExpiresIn int64  `json:"refresh_token_expires_in"`
}

// ExchangeCode trades the authorization code from the OAuth callback for an
// offline access token. With expiring, Shopify issues a one-hour token plus a
// refresh token.
func (c *Client) ExchangeCode(ctx context.Context, shop, code string, expiring bool) (*AccessToken, error) {
	body := map[string]any{
		"client_id":     c.APIKey,
		"client_secret": c.APISecret,
		"code":          code,
	}
	if expiring {
		body["expiring"] = 1
	}
	tok, err := c.postToken(ctx, shop, body)
	if err != nil {
		return nil, fmt.Errorf("exchange authorization code for %s: %w", shop, err)
	}
	return tok, nil
}

// TokenExchange trades an App Bridge session token (id token) for an offline
// access token, the install path for embedded apps with managed installation.
func (c *Client) TokenExchange(ctx context.Context, shop, sessionToken string, expiring bool) (*AccessToken, error) {
	exp := 0
	if expiring {
		exp = 1
	}
	body := map[string]any{
		"client_id":            c.APIKey,
		"client_secret":        c.APISecret,
		"grant_type":           GrantTypeTokenExchange,
		"subject_token":        sessionToken,
		"subject_token_type":   TokenTypeIDToken,
		"requested_token_type": TokenTypeOfflineAccessToken,
		"expiring":             exp,
	}
	tok, err := c.postToken(ctx, shop, body)
	if err != nil {
		return nil, fmt.Errorf("token exchange for %s: %w", shop, err)
	}
	return tok, nil
}

// RefreshToken rotates an expiring offline token. Shopify returns a new
// refresh token too; callers must persist the pair atomically before using
// it: the old refresh token is retired as soon as the new one is used (and
// after 30 days regardless), so it is only a recovery path for a lost
// response, never something to keep.
func (c *Client) RefreshToken(ctx context.Context, shop, refreshToken string) (*AccessToken, error) {
	body := map[string]any{
		"client_id":     c.APIKey,
		"client_secret": c.APISecret,
		"grant_type":    GrantTypeRefreshToken,
		"refresh_token": refreshToken,
	}
	tok, err := c.postToken(ctx, shop, body)
	if err != nil {
		return nil, fmt.Errorf("refresh access token for %s: %w", shop, err)
	}
	return tok, nil
}

// postToken performs one request without retries: codes are single-use and
// refresh tokens rotate, so a blind retry after an ambiguous failure would
// only turn it into invalid_grant.
func (c *Client) postToken(ctx context.Context, shop string, body map[string]any) (*AccessToken, error) {
	req, err := c.newJSONRequest(ctx, shop, tokenEndpointPath, body)
	if err != nil {
		return nil, err
	}
	now := c.now()
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return nil, fmt.Errorf("POST %s: %w", tokenEndpointPath, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, newAPIError(resp)
	}
	var tr tokenResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxTokenResponseBytes)).Decode(&tr); err != nil {
		return nil, fmt.Errorf("decode token response: %w", err)
	}
	if tr.AccessToken == "" {
		return nil, &APIError{Status: http.StatusOK, Body: "response has no access_token"}
	}
	tok := &AccessToken{AccessToken: tr.AccessToken, Scope: tr.Scope, RefreshToken: tr.RefreshToken}
	// Expiries are computed from when the request was sent so that network
	// latency makes us refresh early rather than late.
	if tr.ExpiresIn > 0 {
		tok.ExpiresAt = now.Add(time.Duration(tr.ExpiresIn) * time.Second)
	}
	if tr.RefreshTokenExpiresIn > 0 {
		tok.RefreshTokenExpiresAt = now.Add(time.Duration(tr.RefreshTokenExpiresIn) * time.Second)
	}
	return tok, nil
}
