package app

import (
	"errors"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/shopify"
)

// extCustomerAccountPrefix is where the customer-account UI extension
// (extensions/customer-account-assistant) talks to the app. It calls the
// app directly from Shopify's extension sandbox, not through the app proxy,
// so it authenticates with the extension's session token instead of the
// proxy signature.
const extCustomerAccountPrefix = "/ext/customer-account"

// registerCustomerAccount mounts the extension's API: the same chat,
// history (with the long poll for agent replies) and feedback as the
// widget, with the signed-in customer taken from the session token.
func (a *App) registerCustomerAccount(e *echo.Echo) {
	e.OPTIONS(extCustomerAccountPrefix+"/*", extPreflight, extCORS)
	g := e.Group(extCustomerAccountPrefix, extCORS, a.extensionAuth)
	g.POST("/chat", a.extChat)
	g.GET("/conversations/:id", a.proxyHistory)
	g.POST("/feedback", a.proxyFeedback)
}

// extCORS lets the extension's sandbox (a web worker on Shopify's CDN
// origin) read the answers, errors included: the headers are set before
// the handler runs so a 401 or 429 reaches the extension's code too. Any
// origin may call, as Shopify documents for UI extensions; that is safe
// because nothing here rides on cookies — each request carries its bearer
// token, which a page cannot obtain for someone else.
func extCORS(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Expose-Headers", "Retry-After")
		return next(c)
	}
}

// extPreflight answers the browser's CORS preflight for the extension API.
func extPreflight(c echo.Context) error {
	h := c.Response().Header()
	h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
	h.Set("Access-Control-Max-Age", "7200")
	return c.NoContent(http.StatusNoContent)
}

// extensionAuth verifies the extension's session token (Authorization:
// Bearer, from shopify.sessionToken.get()), applies the app proxy's rate
// limits and loads the shop. A signed-in customer (the token's sub) is the
// same proof of identity as the proxy's logged_in_customer_id: their own
// orders are answered without an email.
func (a *App) extensionAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		token, ok := strings.CutPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
		if !ok || strings.TrimSpace(token) == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "Missing session token.")
		}
		claims, err := shopify.ParseExtensionToken(strings.TrimSpace(token), a.cfg.APIKey, a.cfg.APISecret, a.now())
		if err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "Invalid session token.").SetInternal(err)
		}
		if ok, wait := a.limits.shop.Allow(claims.Shop); !ok {
			return tooMany(c, wait)
		}
		if ok, wait := a.limits.ip.Allow(claims.Shop + "|" + a.shopperIP(c.Request())); !ok {
			return tooMany(c, wait)
		}
		shop, err := a.shops.Get(c.Request().Context(), claims.Shop)
		if errors.Is(err, db.ErrNotFound) || (err == nil && shop.UninstalledAt != nil) {
			return echo.NewHTTPError(http.StatusNotFound, "The assistant is not available on this store.")
		}
		if err != nil {
			return err
		}
		c.Set(ctxShop, shop)
		c.Set(ctxCustomer, claims.CustomerID)
		c.Response().Header().Set("Cache-Control", "no-store")
		return next(c)
	}
}

// extChatRequest is a widget chat request plus the order the extension's
// page shows (its GID from the order-status target's order API).
type extChatRequest struct {
	chatRequest
	OrderID string `json:"order_id"`
}

// extChat answers one message from the customer-account extension:
// POST /ext/customer-account/chat. An order id is accepted only when the
// order belongs to the token's customer; then a question that names no
// order ("where is my order?") is about that one.
func (a *App) extChat(c echo.Context) error {
	var req extChatRequest
	if err := decodeJSON(c, maxChatBody, &req); err != nil {
		return err
	}
	var pageOrder int64
	if strings.TrimSpace(req.OrderID) != "" {
		o, err := a.customerOrder(c, req.OrderID)
		if err != nil {
			return err
		}
		pageOrder = o.OrderNumber
	}
	return a.chatTurn(c, req.chatRequest, pageOrder)
}

// notYourOrder is the one answer for an order that is unknown, not yet
// synced or another customer's, so the endpoint cannot be used to learn
// which orders exist.
func notYourOrder() error {
	return echo.NewHTTPError(http.StatusForbidden, "This order is not in your account.")
}

// customerOrder loads the order named by the extension and checks it is
// the signed-in customer's. Without a customer (not signed in, or the app
// lacks protected customer data) no order can be proven and none is taken.
func (a *App) customerOrder(c echo.Context, orderID string) (*db.Order, error) {
	customer := c.Get(ctxCustomer).(int64)
	id, err := shopify.ParseGID(orderID, "Order")
	if err != nil {
		return nil, echo.NewHTTPError(http.StatusBadRequest, "Invalid order id.").SetInternal(err)
	}
	if customer == 0 {
		return nil, notYourOrder()
	}
	o, err := a.store.GetOrderByShopifyID(c.Request().Context(), ShopFrom(c).ID, id)
	if errors.Is(err, db.ErrNotFound) {
		return nil, notYourOrder()
	}
	if err != nil {
		return nil, err
	}
	if o.ShopifyUpdatedAt == nil || o.CustomerID != customer {
		return nil, notYourOrder()
	}
	return o, nil
}
