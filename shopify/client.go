package shopify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// DefaultAPIVersion is the one Admin API version the app is written against:
// the client's default, app/config's default (SHOPIFY_API_VERSION overrides
// it), the version the fake Admin API serves, and shopify.app.toml's webhook
// api_version (a test in app/config checks the file). It is the newest
// stable release as of December 2026 (stable since October 1, 2026,
// accessible until October 16, 2027 per
// https://shopify.dev/changelog/release-notes/2026-10); Shopify releases one per quarter and
// supports each for twelve months, after which requests fall forward to the
// oldest supported version — so move it at least once a year (the CI's
// `shopify app doctor` step fails on EOL_API_VERSION).
const DefaultAPIVersion = "2026-10"

// ShopDomainHeader carries the shop when Client.AdminURL points every shop at
// one host (the fake Admin API, a local proxy); real Shopify ignores it.
const ShopDomainHeader = "X-Shopify-Shop-Domain"

// APIVersionHeader names the API version Shopify answered (or a webhook was
// rendered) with.
const APIVersionHeader = "X-Shopify-API-Version"

// AccessTokenHeader authenticates Admin API calls.
const AccessTokenHeader = "X-Shopify-Access-Token"

// maxErrorBody bounds how much of a failed response is kept in an APIError;
// enough for Shopify's JSON error bodies, not enough to flood logs.
const maxErrorBody = 2 << 10

// Client talks to the Shopify OAuth token endpoint and the Admin GraphQL API.
// The zero value plus credentials is usable; it is safe for concurrent use as
// long as its fields are not modified.
type Client struct {
	// HTTP is the transport; nil means a client with a 30 s timeout.
	HTTP *http.Client
	// AdminURL optionally replaces https://{shop} (e.g. the fake Admin API's
	// URL). The shop is then sent in the X-Shopify-Shop-Domain header.
	AdminURL string
	// APIKey and APISecret are the app's client credentials.
	APIKey, APISecret string
	// APIVersion such as "2026-10"; empty means DefaultAPIVersion.
	APIVersion string
	// Logger receives retry and throttle diagnostics; nil discards them.
	Logger *slog.Logger

	// Sleep waits between retries; nil means a context-aware timer. Tests
	// replace it so they never sleep for real.
	Sleep func(ctx context.Context, d time.Duration) error
	// MaxAttempts bounds GraphQL attempts (throttle, 429 and 5xx retries
	// together); 0 means 5.
	MaxAttempts int
	// MaxWait caps a single throttle or Retry-After wait; 0 means 30 s.
	MaxWait time.Duration
	// BulkPollInterval is the delay between bulk-operation status polls; 0
	// means 2 s.
	BulkPollInterval time.Duration
	// Now is the clock that turns expires_in into expiry times; nil means
	// time.Now (tests share one clock between app, client and fake).
	Now func() time.Time
}

func (c *Client) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

var defaultHTTPClient = &http.Client{Timeout: 30 * time.Second}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return defaultHTTPClient
}

func (c *Client) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (c *Client) apiVersion() string {
	if c.APIVersion != "" {
		return c.APIVersion
	}
	return DefaultAPIVersion
}

func (c *Client) maxAttempts() int {
	if c.MaxAttempts > 0 {
		return c.MaxAttempts
	}
	return 5
}

func (c *Client) maxWait() time.Duration {
	if c.MaxWait > 0 {
		return c.MaxWait
	}
	return 30 * time.Second
}

func (c *Client) sleep(ctx context.Context, d time.Duration) error {
	if c.Sleep != nil {
		return c.Sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// baseURL validates shop before it is ever put into a URL.
func (c *Client) baseURL(shop string) (string, error) {
	if !ValidShopDomain(shop) {
		return "", fmt.Errorf("%w: %q", ErrInvalidShop, shop)
	}
	if c.AdminURL != "" {
		return strings.TrimRight(c.AdminURL, "/"), nil
	}
	return "https://" + strings.ToLower(shop), nil
}

// newJSONRequest builds a POST with a JSON body aimed at shop.
func (c *Client) newJSONRequest(ctx context.Context, shop, path string, body any) (*http.Request, error) {
	base, err := c.baseURL(shop)
	if err != nil {
		return nil, err
	}
	buf, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encode request body: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+path, bytes.NewReader(buf))
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.AdminURL != "" {
		req.Header.Set(ShopDomainHeader, strings.ToLower(shop))
	}
	return req, nil
}

// APIError is a non-2xx answer from Shopify.
type APIError struct {
	Status int
	// Body is the start of the response body (truncated).
	Body string
	// Code is the OAuth "error" field when the body carries one, e.g.
	// "invalid_grant".
	Code string
	// RetryAfter is the parsed Retry-After header of a 429, if any.
	RetryAfter time.Duration
}

// Error includes the status, OAuth code and (truncated) body for the logs.
func (e *APIError) Error() string {
	if e.Code != "" {
		return fmt.Sprintf("shopify: HTTP %d: %s: %s", e.Status, e.Code, e.Body)
	}
	return fmt.Sprintf("shopify: HTTP %d: %s", e.Status, e.Body)
}

// IsInvalidGrant reports whether err is the token endpoint refusing a code or
// refresh token (used, expired, revoked). The only remedy is a new OAuth
// install or token exchange, so callers stop retrying.
func IsInvalidGrant(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Code == "invalid_grant"
}

// IsInvalidSubjectToken reports whether a token exchange was refused because
// the session token is invalid (forged, expired, another app's or shop's).
// The embedded admin should fetch a fresh session token and retry.
func IsInvalidSubjectToken(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Code == "invalid_subject_token"
}

// IsUnauthorized reports whether err is a 401, i.e. the access token is no
// longer accepted (app uninstalled, token expired or revoked).
func IsUnauthorized(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Status == http.StatusUnauthorized
}

// newAPIError reads (a bounded prefix of) resp's body into an APIError.
func newAPIError(resp *http.Response) *APIError {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody+1))
	body := string(raw)
	if len(raw) > maxErrorBody {
		body = string(raw[:maxErrorBody]) + "…"
	}
	e := &APIError{Status: resp.StatusCode, Body: body}
	var oauth struct {
		Error string `json:"error"`
	}
	// The OAuth endpoint answers {"error": "invalid_grant", ...}; the Admin API
	// uses "errors" and is left in Body.
	if json.Unmarshal(raw, &oauth) == nil {
		e.Code = oauth.Error
	}
	if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
		e.RetryAfter = d
	}
	return e
}
