package app

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/shopify"
)

const (
	stateCookie = "shopify_oauth_state"
	stateTTL    = 10 * time.Minute
	// launchSkew bounds how old a signed Shopify launch URL may be.
	launchSkew = time.Hour
)

// verifyLaunch checks the query Shopify signs when it sends a merchant to
// the app: HMAC, shop domain and timestamp freshness.
func (a *App) verifyLaunch(q url.Values) (string, error) {
	shop := q.Get("shop")
	if !shopify.ValidShopDomain(shop) {
		return "", echo.NewHTTPError(http.StatusBadRequest, "Invalid shop domain.").SetInternal(fmt.Errorf("shop %q", shop))
	}
	if err := shopify.VerifyQueryHMAC(q, a.cfg.APISecret); err != nil {
		return "", echo.NewHTTPError(http.StatusUnauthorized, "Invalid request signature.").SetInternal(err)
	}
	ts, err := strconv.ParseInt(q.Get("timestamp"), 10, 64)
	if err != nil {
		return "", echo.NewHTTPError(http.StatusBadRequest, "Missing or invalid timestamp.").SetInternal(err)
	}
	if d := a.now().Sub(time.Unix(ts, 0)); d > launchSkew || d < -launchSkew {
		return "", echo.NewHTTPError(http.StatusUnauthorized, "Request expired, please retry from Shopify admin.").
			SetInternal(fmt.Errorf("timestamp skew %s", d))
	}
	return strings.ToLower(shop), nil
}

// authStart begins OAuth: GET /auth?shop&hmac&timestamp&host.
func (a *App) authStart(c echo.Context) error {
	if a.cfg.Demo() {
		return c.Redirect(http.StatusFound, "/app")
	}
	shop, err := a.verifyLaunch(c.QueryParams())
	if err != nil {
		return err
	}
	nonce, err := randomHex(16)
	if err != nil {
		return fmt.Errorf("oauth nonce: %w", err)
	}
	if err := a.store.SaveOAuthState(c.Request().Context(), nonce, shop, a.now().Add(stateTTL), a.now()); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{
		Name: stateCookie, Value: nonce + "." + a.sign("oauth-state:"+nonce+":"+shop), Path: "/auth",
		MaxAge: int(stateTTL.Seconds()), HttpOnly: true, Secure: strings.HasPrefix(a.cfg.AppURL, "https://"),
		SameSite: http.SameSiteLaxMode,
	})
	authorize := url.URL{Scheme: "https", Host: shop, Path: "/admin/oauth/authorize"}
	if a.cfg.AdminURL != "" {
		if u, perr := url.Parse(a.cfg.AdminURL); perr == nil {
			authorize.Scheme, authorize.Host = u.Scheme, u.Host
		}
	}
	q := url.Values{}
	q.Set("client_id", a.cfg.APIKey)
	q.Set("scope", a.cfg.Scopes)
	q.Set("redirect_uri", a.cfg.AppURL+"/auth/callback")
	q.Set("state", nonce)
	authorize.RawQuery = q.Encode()
	if c.QueryParam("embedded") == "1" {
		// Shopify's OAuth screen cannot render inside the admin iframe.
		return a.breakOutOfFrame(c, shop, authorize.String())
	}
	return c.Redirect(http.StatusFound, authorize.String())
}

// authCallback finishes OAuth: verify everything, exchange the code, store
// the encrypted token and send the merchant into the embedded app.
func (a *App) authCallback(c echo.Context) error {
	ctx := c.Request().Context()
	q := c.QueryParams()
	shop, err := a.verifyLaunch(q)
	if err != nil {
		return err
	}
	state := q.Get("state")
	ck, err := c.Cookie(stateCookie)
	if err != nil || state == "" {
		return echo.NewHTTPError(http.StatusForbidden, "Install session expired, please start again from Shopify admin.").
			SetInternal(errors.New("missing state cookie or parameter"))
	}
	nonce, sig, _ := strings.Cut(ck.Value, ".")
	if !hmac.Equal([]byte(sig), []byte(a.sign("oauth-state:"+nonce+":"+shop))) || subtleNe(nonce, state) {
		return echo.NewHTTPError(http.StatusForbidden, "Install session does not match, please start again.").
			SetInternal(errors.New("state mismatch"))
	}
	if err := a.store.ConsumeOAuthState(ctx, nonce, shop, a.now()); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			return echo.NewHTTPError(http.StatusForbidden, "Install link already used or expired, please start again.").SetInternal(err)
		}
		return err
	}
	c.SetCookie(&http.Cookie{Name: stateCookie, Value: "", Path: "/auth", MaxAge: -1, HttpOnly: true})
	code := q.Get("code")
	if code == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "Missing authorization code.")
	}
	tok, err := a.shopify.ExchangeCode(ctx, shop, code, a.cfg.ExpiringTokens)
	if err != nil {
		return fmt.Errorf("exchange oauth code for %s: %w", shop, err)
	}
	if _, err := a.install(ctx, shop, tok); err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, a.embeddedAppURL(shop, q.Get("host")))
}

// embeddedAppURL is where the merchant lands after install: the app inside
// Shopify admin (host is base64 of e.g. "admin.shopify.com/store/x").
func (a *App) embeddedAppURL(shop, host string) string {
	if host != "" {
		if b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(host, "=")); err == nil {
			h := string(b)
			if strings.HasPrefix(h, "admin.shopify.com/") || strings.HasSuffix(strings.Split(h, "/")[0], ".myshopify.com") {
				return "https://" + h + "/apps/" + url.PathEscape(a.cfg.APIKey)
			}
		}
	}
	return "https://" + shop + "/admin/apps/" + url.PathEscape(a.cfg.APIKey)
}

var breakoutTmpl = template.Must(template.New("b").Parse(`<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="shopify-api-key" content="{{.APIKey}}"><script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>
</head><body><script>window.open({{.URL}}, "_top");</script><noscript><a href="{{.URL}}" target="_top">Continue</a></noscript></body></html>`))

func (a *App) breakOutOfFrame(c echo.Context, shop, target string) error {
	a.setFrameAncestors(c, shop)
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	return breakoutTmpl.Execute(c.Response(), map[string]string{"APIKey": a.cfg.APIKey, "URL": target})
}

func (a *App) sign(s string) string {
	m := hmac.New(sha256.New, []byte(a.cfg.APISecret))
	m.Write([]byte(s))
	return hex.EncodeToString(m.Sum(nil))
}

func subtleNe(x, y string) bool { return !hmac.Equal([]byte(x), []byte(y)) }

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
