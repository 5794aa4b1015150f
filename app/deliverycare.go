package app

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"html"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/deliverycare"
	"shopassist/notify"
)

// registerDeliveryCare wires proactive delivery care (issue 15): the
// notice, sweep and digest jobs on the configured mailer.
func (a *App) registerDeliveryCare(mailer notify.Mailer) error {
	n := &deliverycare.Notifier{Store: a.store, Mailer: mailer, Signer: a.careSigner(), Now: a.now, Log: a.log}
	j := &deliverycare.Jobs{Notifier: n, AdminLink: func(shop *db.Shop) string { return a.adminLink(shop, "/app/delivery-care") }}
	return j.Register(a.workers, a.queue)
}

// careSigner signs unsubscribe links with a key derived from the
// encryption key (never the key itself), so links survive restarts and
// replicas agree on them.
func (a *App) careSigner() deliverycare.Signer {
	h := hmac.New(sha256.New, a.secretKey)
	h.Write([]byte("delivery-care-unsubscribe-links"))
	return deliverycare.Signer{Key: h.Sum(nil), BaseURL: a.cfg.AppURL}
}

// adminLink is an admin page of shop: inside Shopify admin, or this
// server's /app in demo mode.
func (a *App) adminLink(shop *db.Shop, path string) string {
	if a.cfg.Demo() {
		return a.cfg.AppURL + path
	}
	return "https://" + shop.Domain + "/admin/apps/" + url.PathEscape(a.cfg.APIKey) + path
}

// careUnsubscribe shows (GET) and applies (POST) the per-order opt-out of
// delivery emails. GET only asks: mail scanners open links, and an opt-out
// must be the shopper's click.
func (a *App) careUnsubscribe(c echo.Context) error {
	q := c.QueryParams()
	if c.Request().Method == http.MethodPost {
		if err := c.Request().ParseForm(); err != nil {
			return echo.NewHTTPError(http.StatusBadRequest, "Invalid form.")
		}
		q = c.Request().PostForm
	}
	shopID, orderID, err := a.careSigner().Verify(q)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "This unsubscribe link is invalid or incomplete.")
	}
	ctx := c.Request().Context()
	o, err := a.store.GetOrder(ctx, shopID, orderID)
	if err != nil {
		return err
	}
	l, ok := lang.Normalize(q.Get("lang"))
	if !ok {
		l = lang.Default
	}
	ask, button, done := deliverycare.UnsubscribePage(l, o.Name)
	dir := "ltr"
	if lang.IsRTL(l) {
		dir = "rtl"
	}
	page := func(body string) error {
		return c.HTML(http.StatusOK, fmt.Sprintf(`<!DOCTYPE html><html lang="%s" dir="%s"><head><meta charset="utf-8">`+
			`<meta name="viewport" content="width=device-width,initial-scale=1"><title>%s</title></head>`+
			`<body style="font-family:sans-serif;padding:2rem;max-width:32rem;margin:auto">%s</body></html>`,
			html.EscapeString(l), dir, html.EscapeString(o.Name), body))
	}
	if c.Request().Method != http.MethodPost {
		var hidden string
		for _, k := range []string{"s", "o", "sig", "lang"} {
			hidden += fmt.Sprintf(`<input type="hidden" name="%s" value="%s">`, k, html.EscapeString(q.Get(k)))
		}
		return page(fmt.Sprintf(`<p>%s</p><form method="post">%s<button type="submit">%s</button></form>`,
			html.EscapeString(ask), hidden, html.EscapeString(button)))
	}
	if err := a.store.UnsubscribeOrderCare(ctx, shopID, orderID, a.now()); err != nil {
		return err
	}
	return page(fmt.Sprintf(`<p role="status">%s</p>`, html.EscapeString(done)))
}
