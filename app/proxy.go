package app

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/internal/clientip"
	"shopassist/ratelimit"
	"shopassist/shopify"
)

const (
	ctxCustomer = "customer_id"
	// proxySkew bounds the age of a signed app-proxy request (replays).
	proxySkew = 5 * time.Minute
	// maxChatBody bounds a chat request's JSON: room for a message of
	// limits.ShopperMessage runes of up to four bytes, escaped, and the rest.
	maxChatBody = 16 << 10
)

// proxyLimits guards the storefront API per shop and per shopper IP.
type proxyLimits struct {
	shop, ip *ratelimit.Limiter
}

func newProxyLimits(now func() time.Time) *proxyLimits {
	return &proxyLimits{
		// A busy store's chats stay far below this; it stops one shop (or a
		// bot on it) from starving the others.
		shop: ratelimit.New(1000, 2000, 100_000, now),
		// A person types a few messages a minute; bursts cover quick replies.
		ip: ratelimit.New(1, 20, 200_000, now),
	}
}

// proxySecret signs and verifies app-proxy requests: Shopify signs them with
// the API secret. Demo mode has no secret, so one is derived from the
// encryption key (stable across restarts and replicas).
func (a *App) proxySecret() string {
	if a.cfg.APISecret != "" {
		return a.cfg.APISecret
	}
	m := hmac.New(sha256.New, a.secretKey)
	m.Write([]byte("demo app proxy"))
	return string(m.Sum(nil))
}

// proxyAuth verifies Shopify's app-proxy signature and timestamp, loads the
// shop, applies rate limits and reads the logged-in customer id.
func (a *App) proxyAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		q := c.QueryParams()
		if err := shopify.VerifyProxySignature(q, a.proxySecret(), a.now(), proxySkew); err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "Invalid signature.").SetInternal(err)
		}
		domain := q.Get("shop")
		if !shopify.ValidShopDomain(domain) {
			return echo.NewHTTPError(http.StatusBadRequest, "Invalid shop.")
		}
		if ok, wait := a.limits.shop.Allow(domain); !ok {
			return tooMany(c, wait)
		}
		if ok, wait := a.limits.ip.Allow(domain + "|" + a.shopperIP(c.Request())); !ok {
			return tooMany(c, wait)
		}
		shop, err := a.shops.Get(c.Request().Context(), domain)
		if errors.Is(err, db.ErrNotFound) || (err == nil && shop.UninstalledAt != nil) {
			return echo.NewHTTPError(http.StatusNotFound, "The assistant is not available on this store.")
		}
		if err != nil {
			return err
		}
		var customer int64
		if v := q.Get("logged_in_customer_id"); v != "" {
			if customer, err = strconv.ParseInt(v, 10, 64); err != nil || customer < 0 {
				return echo.NewHTTPError(http.StatusBadRequest, "Invalid customer id.")
			}
		}
		c.Set(ctxShop, shop)
		c.Set(ctxCustomer, customer)
		c.Response().Header().Set("Cache-Control", "no-store")
		return next(c)
	}
}

func tooMany(c echo.Context, wait time.Duration) error {
	secs := int(wait/time.Second) + 1
	c.Response().Header().Set("Retry-After", strconv.Itoa(secs))
	return echo.NewHTTPError(http.StatusTooManyRequests, "Too many messages, please wait a moment.")
}

// shopperIP is the shopper's address as Shopify's app proxy (the outermost
// trusted hop) saw it, never an entry the client could write.
func (a *App) shopperIP(r *http.Request) string {
	return clientip.FromRequest(r, a.cfg.TrustedProxyHops)
}

func decodeJSON(c echo.Context, limit int64, v any) error {
	r := c.Request()
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return echo.NewHTTPError(http.StatusUnsupportedMediaType, "Send JSON.")
	}
	dec := json.NewDecoder(http.MaxBytesReader(c.Response(), r.Body, limit))
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "Message too long.")
		}
		return echo.NewHTTPError(http.StatusBadRequest, "Malformed JSON.").SetInternal(err)
	}
	return nil
}
