package app

import (
	"encoding/base64"
	"encoding/json"
	"html/template"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"shopassist/demo"
	"shopassist/shopify"
	storefrontwidget "shopassist/storefront-widget"
)

const (
	demoCartCookie     = "demo_cart"
	demoCustomerCookie = "demo_customer"
	// demoProxyPrefix is where the demo page's widget sends its API calls;
	// the app signs them like Shopify's app proxy would and forwards them.
	demoProxyPrefix = "/demo/apps/assistant"
)

type demoProduct struct {
	Title, Price, CompareAt, Image, Handle string
	VariantID                              int64
	Available                              bool
}

type demoCustomer struct {
	ID   int64
	Name string
}

var demoLocales = []struct{ Code, Label string }{
	{"en", "English"}, {"es", "Español"}, {"fr", "Français"}, {"de", "Deutsch"}, {"it", "Italiano"},
	{"pt-BR", "Português"}, {"nl", "Nederlands"}, {"pl", "Polski"}, {"tr", "Türkçe"}, {"id", "Bahasa Indonesia"},
	{"ja", "日本語"}, {"zh-CN", "简体中文"}, {"zh-TW", "繁體中文"}, {"ar", "العربية"}, {"ko", "한국어"}, {"ru", "Русский"},
}

var demoTmpl = template.Must(template.New("demo").Parse(`<!DOCTYPE html>
<html lang="{{.Locale}}"{{if .RTL}} dir="rtl"{{end}}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Shop}} — demo storefront</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2a24;background:#fafaf7}
header{display:flex;justify-content:space-between;align-items:center;gap:12px;flex-wrap:wrap;padding:14px 24px;background:#2f5d44;color:#fff}
header a{color:#fff}header form{display:inline}header select{font:inherit}
main{max-width:1100px;margin:0 auto;padding:24px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:20px}
.card{background:#fff;border-radius:10px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card img{width:100%;height:auto;aspect-ratio:1/1;display:block;background:#eee}
.card .body{padding:10px 12px}.price{font-weight:600}.was{text-decoration:line-through;color:#888;margin-inline-start:6px}
.oos{color:#a33;font-size:13px}.hint{background:#fff;border-radius:10px;padding:12px 16px;margin-bottom:20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.hint code{background:#eef3ef;padding:1px 5px;border-radius:4px}
</style>
<script>window.Shopify={shop:"{{.Domain}}",routes:{root:"/demo/"},currency:{active:"{{.Currency}}"}};</script>
{{if .Widget}}<script src="/widget/assistant-loader.js" defer data-shop="{{.Domain}}" data-locale="{{.Locale}}" data-customer-id="{{.CustomerID}}"
 data-proxy="{{.Proxy}}" data-chat-src="/widget/assistant-chat.js" data-position="bottom-right" data-accent="{{.Accent}}"></script>
{{end}}</head>
<body>
<header><strong>{{.Shop}}</strong>
<nav aria-label="Language">{{range .Locales}}<a href="?locale={{.Code}}" lang="{{.Code}}" hreflang="{{.Code}}">{{.Label}}</a> {{end}}</nav>
<span><form method="get" action="/demo/login"><label>Browse as <select name="customer" onchange="this.form.submit()">
<option value="">guest</option>{{range .Customers}}<option value="{{.ID}}"{{if eq .ID $.CustomerIDNum}} selected{{end}}>{{.Name}} (signed in)</option>{{end}}
</select></label><noscript><button>Go</button></noscript></form>
· Cart <span data-testid="cart-count" id="cart-count">{{.CartCount}}</span> · <a href="/app">Merchant admin</a></span></header>
<main>
<div class="hint" lang="en" dir="ltr">This page plays a store's storefront. Open the chat (bottom corner) and ask, in any language:
<code>where is my order #1005?</code> (then its email, <code>yuki.tanaka@mail.example</code>),
<code>¿puedo devolver mi pedido?</code>, <code>je cherche une veste imperméable</code>, <code>有没有100欧元以下的背包？</code>,
<code>人と話したい</code>. Choose “Browse as” a customer to be greeted by name and skip the email check for your own orders.</div>
<div class="grid" data-testid="product-grid">
{{range .Products}}<article class="card" data-handle="{{.Handle}}"><img src="{{.Image}}" alt="{{.Title}}" width="400" height="400" loading="lazy">
<div class="body"><div>{{.Title}}</div><div><span class="price">{{.Price}}</span>{{if .CompareAt}}<span class="was">{{.CompareAt}}</span>{{end}}</div>
{{if not .Available}}<div class="oos">Sold out</div>{{end}}</div></article>
{{end}}</div>
</main>
<script>
document.addEventListener("cart:refresh",function(){fetch("/demo/cart.js").then(function(r){return r.json()}).then(function(c){document.getElementById("cart-count").textContent=c.item_count})});
</script>
</body></html>`))

// demoStorefront renders a storefront-like page of the demo store with the
// real widget, talking to the real chat API through a signing forwarder.
func (a *App) demoStorefront(c echo.Context) error {
	ctx := c.Request().Context()
	shop, err := a.store.GetShop(ctx, DemoShop)
	if err != nil {
		return err
	}
	locale := c.QueryParam("locale")
	if locale == "" {
		locale = "en"
	}
	if len(locale) > 10 {
		return echo.NewHTTPError(http.StatusBadRequest, "Invalid locale.")
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
		title := p.Title
		for _, tr := range p.Translations {
			if sameLanguage(tr.Locale, locale) && tr.Title != "" {
				title = tr.Title
			}
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
		items = append(items, demoProduct{Title: title, Price: money(v.Price, shop.Currency), VariantID: v.ShopifyID,
			CompareAt: moneyOpt(v.CompareAtPrice, shop.Currency), Image: img, Handle: p.Handle, Available: available})
	}
	// ?widget=0 serves the same page without the app embed: the baseline
	// for measuring what the widget costs a storefront.
	widget := c.QueryParam("widget") != "0"
	customerID := demoCustomerID(c)
	cart := readDemoCart(c)
	count := 0
	for _, q := range cart {
		count += q
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	custID := ""
	if customerID != 0 {
		custID = strconv.FormatInt(customerID, 10)
	}
	return demoTmpl.Execute(c.Response(), map[string]any{
		"Shop": firstNonEmpty(shop.Name, shop.Domain), "Domain": shop.Domain, "Currency": shop.Currency,
		"Locale": locale, "RTL": sameLanguage(locale, "ar"), "Locales": demoLocales, "Products": items,
		"Proxy": demoProxyPrefix, "CustomerID": custID, "CustomerIDNum": customerID, "Customers": demoCustomers(),
		"CartCount": count, "Widget": widget, "Accent": firstNonEmpty(shop.Settings.V.Widget.AccentColor, "#2f5d44"),
	})
}

func sameLanguage(a, b string) bool {
	base := func(s string) string { l, _, _ := strings.Cut(strings.ToLower(s), "-"); return l }
	return base(a) == base(b)
}

func demoCustomers() []demoCustomer {
	var out []demoCustomer
	for _, cu := range demo.Customers() {
		out = append(out, demoCustomer{ID: int64(cu.Id), Name: strings.TrimSpace(cu.FirstName + " " + cu.LastName)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func demoCustomerID(c echo.Context) int64 {
	ck, err := c.Cookie(demoCustomerCookie)
	if err != nil {
		return 0
	}
	id, err := strconv.ParseInt(ck.Value, 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}

// demoLogin plays a storefront customer login (demo only): the forwarder then
// passes logged_in_customer_id like Shopify does for signed-in customers.
func (a *App) demoLogin(c echo.Context) error {
	v := c.QueryParam("customer")
	ck := &http.Cookie{Name: demoCustomerCookie, Path: "/demo", HttpOnly: true, SameSite: http.SameSiteLaxMode}
	if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 {
		ck.Value = strconv.FormatInt(id, 10)
	} else {
		ck.MaxAge = -1
	}
	c.SetCookie(ck)
	return c.Redirect(http.StatusSeeOther, "/demo")
}

// demoProxy signs a widget request like Shopify's app proxy and hands it to
// the real /proxy handlers, so the demo exercises the production path.
func (a *App) demoProxy(c echo.Context) error {
	rest := c.Param("*")
	q := url.Values{}
	for k, vs := range c.QueryParams() {
		if k == "signature" || k == "shop" || k == "logged_in_customer_id" || k == "path_prefix" || k == "timestamp" {
			continue
		}
		q[k] = vs
	}
	q.Set("shop", DemoShop)
	q.Set("path_prefix", "/apps/assistant")
	q.Set("timestamp", strconv.FormatInt(a.now().Unix(), 10))
	if id := demoCustomerID(c); id != 0 {
		q.Set("logged_in_customer_id", strconv.FormatInt(id, 10))
	}
	q.Set("signature", shopify.SignProxyQuery(q, a.proxySecret()))
	r := c.Request().Clone(c.Request().Context())
	// Like Shopify's proxy, append the address the request came from; the
	// app trusts that entry, not what the browser sent.
	if host, _, err := net.SplitHostPort(c.Request().RemoteAddr); err == nil {
		r.Header.Add("X-Forwarded-For", host)
	}
	r.URL.Path = "/proxy/" + rest
	r.URL.RawPath = ""
	r.URL.RawQuery = q.Encode()
	r.RequestURI = r.URL.RequestURI()
	a.echo.ServeHTTP(c.Response().Writer, r)
	return nil
}

// readDemoCart decodes the cookie cart: variant id → quantity.
func readDemoCart(c echo.Context) map[int64]int {
	cart := map[int64]int{}
	ck, err := c.Cookie(demoCartCookie)
	if err != nil {
		return cart
	}
	b, err := base64.RawURLEncoding.DecodeString(ck.Value)
	if err != nil {
		return cart
	}
	_ = json.Unmarshal(b, &cart)
	return cart
}

type cartLine struct {
	ID        int64  `json:"id"`
	VariantID int64  `json:"variant_id"`
	ProductID int64  `json:"product_id"`
	Title     string `json:"title"`
	Quantity  int    `json:"quantity"`
	Price     string `json:"price"`
}

// demoCartAdd mimics the storefront AJAX API's POST /cart/add.js.
func (a *App) demoCartAdd(c echo.Context) error {
	var req struct {
		Items []struct {
			ID       int64 `json:"id"`
			Quantity int   `json:"quantity"`
		} `json:"items"`
	}
	if err := decodeJSON(c, 4<<10, &req); err != nil {
		return err
	}
	if len(req.Items) == 0 {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "No items.")
	}
	ctx := c.Request().Context()
	shop, err := a.store.GetShop(ctx, DemoShop)
	if err != nil {
		return err
	}
	cart := readDemoCart(c)
	var added []cartLine
	for _, it := range req.Items {
		v, p, err := a.store.GetVariant(ctx, shop.ID, it.ID)
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound, "Variant not found.").SetInternal(err)
		}
		if !v.Available {
			return echo.NewHTTPError(http.StatusUnprocessableEntity, "This item is sold out.")
		}
		q := it.Quantity
		if q <= 0 {
			q = 1
		}
		cart[it.ID] += q
		added = append(added, cartLine{ID: it.ID, VariantID: it.ID, ProductID: p.ShopifyID, Title: p.Title,
			Quantity: cart[it.ID], Price: v.Price})
	}
	b, _ := json.Marshal(cart)
	c.SetCookie(&http.Cookie{Name: demoCartCookie, Value: base64.RawURLEncoding.EncodeToString(b), Path: "/demo",
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return c.JSON(http.StatusOK, map[string]any{"items": added})
}

// demoCart mimics GET /cart.js.
func (a *App) demoCart(c echo.Context) error {
	n := 0
	lines := []map[string]any{}
	for id, q := range readDemoCart(c) {
		n += q
		lines = append(lines, map[string]any{"variant_id": id, "quantity": q})
	}
	return c.JSON(http.StatusOK, map[string]any{"item_count": n, "items": lines})
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

// widgetAsset serves the built widget scripts (the theme app extension's
// assets; Shopify's CDN serves them on real storefronts).
func (a *App) widgetAsset(c echo.Context) error {
	b, ok := storefrontwidget.Asset(c.Param("file"))
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound, "No such asset.")
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=300")
	return c.Blob(http.StatusOK, "text/javascript; charset=utf-8", b)
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
