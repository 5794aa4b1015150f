package app

import (
	"net/http"

	"shopassist/flow"

	"github.com/labstack/echo/v4"

	"shopassist/deliverycare"
)

// routes registers every surface in one place. Middleware sits on the
// groups: /app session tokens, /webhooks HMAC, /proxy app-proxy signatures.
func (a *App) routes() {
	e := a.echo
	e.GET("/healthz", a.healthz)
	e.GET("/readyz", a.readyz)
	e.GET("/metrics", a.metrics.handler())
	e.GET("/static/*", echo.WrapHandler(a.assets))

	e.GET("/", a.root)
	e.GET("/auth", a.authStart)
	e.GET("/auth/callback", a.authCallback)
	e.GET("/auth/session-token-bounce", a.bounce)

	// --- admin pages (issue 7), /app itself included ---
	a.registerAdmin(e.Group("/app", a.adminLocale, a.sessionAuth))

	// --- webhooks (issue 3) ---
	e.POST("/webhooks", echo.WrapHandler(a.webhooks))
	// --- Meta channels: WhatsApp, Messenger, Instagram (issue 17) ---
	e.GET("/webhooks/meta", echo.WrapHandler(a.channelParts.meta))
	e.POST("/webhooks/meta", echo.WrapHandler(a.channelParts.meta))

	// --- email channel inbound-parse webhook (issue 17); a route whose
	// URL ends in "mime" receives the raw message ---
	e.POST("/channels/email/mailgun", echo.WrapHandler(http.HandlerFunc(a.email.ServeMailgun)))
	e.POST("/channels/email/mailgun/mime", echo.WrapHandler(http.HandlerFunc(a.email.ServeMailgun)))

	// --- MCP endpoint for outside AI agents (issue 19) ---
	e.Any("/mcp", echo.WrapHandler(a.agentEndpoint()))

	// --- Shopify Flow action (issue 19) ---
	e.POST("/flow/actions/"+flow.HandleSendShopperMessage, echo.WrapHandler(a.flowAction()))

	// --- app proxy (issue 6) ---
	proxy := e.Group("/proxy", a.proxyAuth)
	proxy.POST("/chat", a.proxyChat)
	proxy.GET("/conversations/:id", a.proxyHistory)
	proxy.POST("/feedback", a.proxyFeedback)
	proxy.POST("/cart", a.proxyCart) // issue 16: added to cart from chat

	// --- customer-account UI extension (issue 19): session-token auth ---
	a.registerCustomerAccount(e)

	// --- delivery care (issue 15): signed per-order unsubscribe link ---
	e.GET(deliverycare.UnsubscribePath, a.careUnsubscribe)
	e.POST(deliverycare.UnsubscribePath, a.careUnsubscribe)

	e.GET("/widget/:file", a.widgetAsset)
	if a.cfg.Demo() {
		a.registerDemo(e)
	}
}

// root sends merchants arriving at the app URL to the right place: Shopify
// opens the app URL with shop/host/id_token, so pass them on to /app.
func (a *App) root(c echo.Context) error {
	target := "/app"
	if q := c.QueryString(); q != "" {
		target += "?" + q
	}
	return c.Redirect(302, target)
}
