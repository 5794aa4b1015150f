package shopifytest

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"shopassist/shopify"
)

// IssueCode registers a one-time authorization code for shop, as Shopify does
// when the merchant approves the install, and returns it for the callback.
func (a *Admin) IssueCode(shop string) string {
	code := randomHex(16)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.codes[code] = strings.ToLower(shop)
	return code
}

// IssueToken mints a non-expiring offline access token for shop without an
// OAuth round trip, for tests that start from an installed shop.
func (a *Admin) IssueToken(shop string) string {
	tok := "shpat_" + randomHex(16)
	a.mu.Lock()
	defer a.mu.Unlock()
	a.access[tok] = grant{shop: strings.ToLower(shop)}
	return tok
}

// SessionToken mints an App Bridge session token for shop and user signed
// with the fake's API secret, valid for one minute from the fake's clock.
func (a *Admin) SessionToken(shop, userID string) (string, error) {
	now := a.opts.Now()
	return SignSessionToken(shopify.SessionClaims{
		Shop:      strings.ToLower(shop),
		UserID:    userID,
		SessionID: randomHex(8),
		Audience:  a.opts.APIKey,
		IssuedAt:  now,
		NotBefore: now,
		ExpiresAt: now.Add(time.Minute),
	}, a.opts.APISecret)
}

// ValidToken reports whether token is a live access token for shop.
func (a *Admin) ValidToken(shop, token string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.validLocked(shop, token)
}

func (a *Admin) validLocked(shop, token string) bool {
	g, ok := a.access[token]
	if !ok || g.shop != strings.ToLower(shop) {
		return false
	}
	return g.expiresAt.IsZero() || a.opts.Now().Before(g.expiresAt)
}

// Revoke drops every access and refresh token of shop, as uninstalling the
// app does.
func (a *Admin) Revoke(shop string) {
	shop = strings.ToLower(shop)
	a.mu.Lock()
	defer a.mu.Unlock()
	for tok, g := range a.access {
		if g.shop == shop {
			delete(a.access, tok)
		}
	}
	for tok, g := range a.refresh {
		if g.shop == shop {
			delete(a.refresh, tok)
		}
	}
}

// tokenError is the OAuth error body Shopify's token endpoint answers with.
type tokenError struct {
	status      int
	code, descr string
}

// serveToken implements POST /admin/oauth/access_token for the three grants.
func (a *Admin) serveToken(w http.ResponseWriter, r *http.Request) {
	shop := strings.ToLower(r.Header.Get(shopify.ShopDomainHeader))
	params, err := tokenParams(w, r)
	rec := Request{Method: r.Method, Path: r.URL.Path, Shop: shop, GrantType: params["grant_type"], At: a.opts.Now()}
	if rec.GrantType == "" {
		rec.GrantType = "authorization_code"
	}
	var resp map[string]any
	var terr *tokenError
	switch {
	case err != nil:
		terr = &tokenError{400, "invalid_request", err.Error()}
	case !shopify.ValidShopDomain(shop):
		terr = &tokenError{400, "invalid_request", "missing or invalid " + shopify.ShopDomainHeader}
	case !constantEqual(params["client_id"], a.opts.APIKey) || !constantEqual(params["client_secret"], a.opts.APISecret):
		terr = &tokenError{401, "invalid_client", "client authentication failed"}
	default:
		resp, terr = a.grant(shop, params)
	}

	w.Header().Set("Content-Type", "application/json")
	if terr != nil {
		rec.Status = terr.status
		a.record(rec)
		w.WriteHeader(terr.status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": terr.code, "error_description": terr.descr})
		return
	}
	rec.Status = http.StatusOK
	a.record(rec)
	_ = json.NewEncoder(w).Encode(resp)
}

func (a *Admin) grant(shop string, p map[string]string) (map[string]any, *tokenError) {
	expiring := a.opts.Expiring || p["expiring"] == "1" || p["expiring"] == "true"
	switch p["grant_type"] {
	case "", "authorization_code":
		a.mu.Lock()
		owner, ok := a.codes[p["code"]]
		delete(a.codes, p["code"]) // one use, even when presented for the wrong shop
		a.mu.Unlock()
		if !ok || owner != shop {
			return nil, &tokenError{400, "invalid_grant", "authorization code was not found or was already used"}
		}
		return a.issue(shop, expiring), nil

	case shopify.GrantTypeTokenExchange:
		if p["subject_token_type"] != shopify.TokenTypeIDToken {
			return nil, &tokenError{400, "invalid_request", "unsupported subject_token_type"}
		}
		if p["requested_token_type"] != shopify.TokenTypeOfflineAccessToken {
			return nil, &tokenError{400, "invalid_request", "unsupported requested_token_type"}
		}
		claims, err := shopify.ParseSessionToken(p["subject_token"], a.opts.APIKey, a.opts.APISecret, a.opts.Now())
		if err != nil {
			return nil, &tokenError{400, "invalid_subject_token", err.Error()}
		}
		if claims.Shop != shop {
			return nil, &tokenError{400, "invalid_subject_token", "session token was issued for another shop"}
		}
		return a.issue(shop, expiring), nil

	case shopify.GrantTypeRefreshToken:
		rt := p["refresh_token"]
		if !a.useRefreshToken(shop, rt) {
			return nil, &tokenError{400, "invalid_grant", "refresh token is invalid, expired or revoked"}
		}
		return a.issueFrom(shop, true, rt), nil
	}
	return nil, &tokenError{400, "unsupported_grant_type", fmt.Sprintf("grant_type %q", p["grant_type"])}
}

// refreshRecoveryWindow bounds how long a used refresh token stays usable
// while its replacement is unused, per Shopify's August 2026 change.
const refreshRecoveryWindow = 30 * 24 * time.Hour

// useRefreshToken validates rt for shop and applies rotation: presenting a
// token retires the one it replaced, and (with StrictRotation) itself.
func (a *Admin) useRefreshToken(shop, rt string) bool {
	now := a.opts.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	g, ok := a.refresh[rt]
	if !ok || g.shop != shop || !now.Before(g.expiresAt) {
		return false
	}
	if !g.firstUsed.IsZero() && now.Sub(g.firstUsed) > refreshRecoveryWindow {
		delete(a.refresh, rt)
		return false
	}
	if g.firstUsed.IsZero() {
		g.firstUsed = now
	}
	if g.parent != "" {
		delete(a.refresh, g.parent)
	}
	if a.opts.StrictRotation {
		delete(a.refresh, rt)
	}
	return true
}

// issue creates an offline access token (and a refresh token when
// expiring) and returns the endpoint's JSON fields.
func (a *Admin) issue(shop string, expiring bool) map[string]any {
	return a.issueFrom(shop, expiring, "")
}

// issueFrom is issue for a refresh, recording which refresh token the new one
// replaces.
func (a *Admin) issueFrom(shop string, expiring bool, parent string) map[string]any {
	now := a.opts.Now()
	tok := "shpat_" + randomHex(16)
	resp := map[string]any{"access_token": tok, "scope": a.opts.Scopes}
	g := grant{shop: shop}
	a.mu.Lock()
	defer a.mu.Unlock()
	if expiring {
		g.expiresAt = now.Add(a.opts.TokenTTL)
		rt := "shprt_" + randomHex(16)
		a.refresh[rt] = &refreshGrant{grant: grant{shop: shop, expiresAt: now.Add(a.opts.RefreshTokenTTL)}, parent: parent}
		resp["expires_in"] = int64(a.opts.TokenTTL / time.Second)
		resp["refresh_token"] = rt
		resp["refresh_token_expires_in"] = int64(a.opts.RefreshTokenTTL / time.Second)
	}
	a.access[tok] = g
	return resp
}

// tokenParams reads a JSON or form-encoded token request into strings; Shopify
// accepts both and clients send numbers (expiring: 1) in JSON.
func tokenParams(w http.ResponseWriter, r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/x-www-form-urlencoded" {
		if err := r.ParseForm(); err != nil {
			return nil, fmt.Errorf("parse form: %w", err)
		}
		for k := range r.PostForm {
			out[k] = r.PostForm.Get(k)
		}
		return out, nil
	}
	var raw map[string]any
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&raw); err != nil {
		return nil, fmt.Errorf("parse JSON body: %w", err)
	}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			out[k] = v
		case float64:
			out[k] = fmt.Sprint(v)
		case bool:
			out[k] = fmt.Sprint(v)
		}
	}
	return out, nil
}

func constantEqual(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b)
}
