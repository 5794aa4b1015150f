package app

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/demo"
)

type demoProduct struct {
	Title, Price, CompareAt, Image, Handle string
	Available                              bool
}

var demoTmpl = template.Must(template.New("demo").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Shop}} — demo storefront</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2a24;background:#fafaf7}
header{display:flex;justify-content:space-between;align-items:center;padding:16px 24px;background:#2f5d44;color:#fff}
header a{color:#fff}
main{max-width:1100px;margin:0 auto;padding:24px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:20px}
.card{background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card img{width:100%;aspect-ratio:1/1;object-fit:cover;display:block;background:#eee}
.card .body{padding:10px 12px}.price{font-weight:600}.was{text-decoration:line-through;color:#888;margin-inline-start:6px}
.oos{color:#a33;font-size:13px}
</style></head>
<body>
<header><strong>{{.Shop}}</strong><span>Demo storefront · <a href="/app">Merchant admin</a></span></header>
<main>
<p>This is a storefront-like page of the demo store. Ask the assistant about an order (for example #1001), returns or product ideas, in any language.</p>
<div class="grid" data-testid="product-grid">
{{range .Products}}<article class="card" data-handle="{{.Handle}}"><img src="{{.Image}}" alt="{{.Title}}" width="400" height="400" loading="lazy">
<div class="body"><div>{{.Title}}</div><div><span class="price">{{.Price}}</span>{{if .CompareAt}}<span class="was">{{.CompareAt}}</span>{{end}}</div>
{{if not .Available}}<div class="oos">Sold out</div>{{end}}</div></article>
{{end}}</div>
</main>
</body></html>`))

// demoStorefront renders a storefront-like product grid of the demo store.
func (a *App) demoStorefront(c echo.Context) error {
	ctx := c.Request().Context()
	shop, err := a.store.GetShop(ctx, DemoShop)
	if err != nil {
		return err
	}
	products, err := a.store.ListProducts(ctx, shop.ID, 0, 200)
	if err != nil {
		return err
	}
	var items []demoProduct
	for _, p := range products {
		if p.Status != "active" || len(p.Variants) == 0 {
			continue
		}
		v := p.Variants[0]
		available := false
		for _, pv := range p.Variants {
			available = available || pv.Available
		}
		img := ""
		if len(p.Images.V) > 0 {
			img = p.Images.V[0].Src
		}
		items = append(items, demoProduct{Title: p.Title, Price: money(v.Price, shop.Currency),
			CompareAt: moneyOpt(v.CompareAtPrice, shop.Currency), Image: img, Handle: p.Handle, Available: available})
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	return demoTmpl.Execute(c.Response(), map[string]any{"Shop": firstNonEmpty(shop.Name, shop.Domain), "Products": items})
}

// demoImage serves the generated product illustrations (no network needed).
func (a *App) demoImage(c echo.Context) error {
	handle := strings.TrimSuffix(c.Param("file"), ".svg")
	b, ok := demo.ProductImageSVG(handle)
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound, "No such image.")
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=86400")
	return c.Blob(http.StatusOK, "image/svg+xml", b)
}

func money(amount, currency string) string {
	sym := map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}[currency]
	if sym == "" {
		return amount + " " + currency
	}
	return sym + amount
}

func moneyOpt(amount, currency string) string {
	if amount == "" {
		return ""
	}
	return money(amount, currency)
}
