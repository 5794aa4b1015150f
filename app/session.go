package app

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/shopify"
)

const (
	ctxShop    = "shop"
	ctxSession = "session"
)

// ShopFrom returns the authenticated shop of an /app request. Handlers
// scope every query by it, so one shop can never see another's data.
func ShopFrom(c echo.Context) *db.Shop {
	s, _ := c.Get(ctxShop).(*db.Shop)
	return s
}

// SessionFrom returns the verified session-token claims (nil in demo mode).
func SessionFrom(c echo.Context) *shopify.SessionClaims {
	s, _ := c.Get(ctxSession).(*shopify.SessionClaims)
	return s
}

func sessionToken(r *http.Request) (token string, xhr bool) {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimSpace(strings.TrimPrefix(h, "Bearer ")), true
	}
	return r.URL.Query().Get("id_token"), false
}

// sessionAuth authenticates /app with App Bridge session tokens (JWT signed
// with the API secret): `id_token` on document loads, `Authorization:
// Bearer` on XHR/fetch. Because mutations need the bearer token, which a
// cross-site form cannot attach, they are CSRF-safe. A shop seen for the
// first time (or reinstalled) gets its offline token by token exchange.
func (a *App) sessionAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := c.Request().Context()
		if a.cfg.Demo() {
			c.Response().Header().Set("Content-Security-Policy", "frame-ancestors 'self';")
			shop, err := a.store.GetShop(ctx, DemoShop)
			if err != nil {
				return err
			}
			c.Set(ctxShop, shop)
			return next(c)
		}
		token, xhr := sessionToken(c.Request())
		if token == "" {
			return a.rejectSession(c, xhr, errors.New("no session token"))
		}
		claims, err := shopify.ParseSessionToken(token, a.cfg.APIKey, a.cfg.APISecret, a.now())
		if err != nil {
			return a.rejectSession(c, xhr, err)
		}
		a.setFrameAncestors(c, claims.Shop)
		shop, err := a.store.GetShop(ctx, claims.Shop)
		if err != nil && !errors.Is(err, db.ErrNotFound) {
			return err
		}
		if shop == nil || !shop.Installed() {
			shop, err = a.ensureInstalled(ctx, claims.Shop, token)
			switch {
			case shopify.IsInvalidGrant(err) || shopify.IsInvalidSubjectToken(err) || shopify.IsUnauthorized(err):
				return a.rejectSession(c, xhr, err)
			case errors.Is(err, errInstallBusy):
				c.Response().Header().Set("Retry-After", "2")
				return echo.NewHTTPError(http.StatusServiceUnavailable,
					"The app is still being set up on this store. Try again in a moment.").SetInternal(err)
			case err != nil:
				return err
			}
		}
		c.Set(ctxShop, shop)
		c.Set(ctxSession, claims)
		return next(c)
	}
}

// rejectSession answers an invalid session the way App Bridge expects:
// XHR gets 401 plus the retry header (App Bridge fetches a fresh token and
// retries); a document load inside the admin goes through the bounce page.
func (a *App) rejectSession(c echo.Context, xhr bool, cause error) error {
	if xhr {
		c.Response().Header().Set("X-Shopify-Retry-Invalid-Session-Request", "1")
		return echo.NewHTTPError(http.StatusUnauthorized, "Invalid session token.").SetInternal(cause)
	}
	q := c.QueryParams()
	if shop := q.Get("shop"); shopify.ValidShopDomain(shop) && q.Get("host") != "" {
		q.Del("id_token")
		reload := c.Request().URL.Path + "?" + q.Encode()
		b := url.Values{}
		b.Set("shop", shop)
		b.Set("host", q.Get("host"))
		b.Set("shopify-reload", reload)
		return c.Redirect(http.StatusFound, "/auth/session-token-bounce?"+b.Encode())
	}
	return echo.NewHTTPError(http.StatusUnauthorized, "Open this app from your Shopify admin.").SetInternal(cause)
}

var bounceTmpl = template.Must(template.New("bounce").Parse(`<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="shopify-api-key" content="{{.}}"><script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>
</head><body></body></html>`))

// bounce renders the page App Bridge uses to fetch a fresh session token and
// reload the `shopify-reload` URL with it.
func (a *App) bounce(c echo.Context) error {
	if shop := c.QueryParam("shop"); shopify.ValidShopDomain(shop) {
		a.setFrameAncestors(c, shop)
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	return bounceTmpl.Execute(c.Response(), a.cfg.APIKey)
}

// setFrameAncestors lets only this shop's admin frame the app (Shopify's
// clickjacking requirement for embedded apps).
func (a *App) setFrameAncestors(c echo.Context, shop string) {
	c.Response().Header().Set("Content-Security-Policy",
		"frame-ancestors https://"+shop+" https://admin.shopify.com;")
}
