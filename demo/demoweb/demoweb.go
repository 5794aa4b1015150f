// Package demoweb serves demo mode's pages: a storefront of the demo store
// with the real chat widget, its cart and login, and a WhatsApp-style phone
// page. Everything it shows goes through the app's production paths: widget
// calls are signed like Shopify's app proxy and handed to the app's /proxy
// handlers, WhatsApp messages are signed like Meta's and posted to the app's
// own webhook. The app only wires it (app/routes.go).
package demoweb

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/channels/meta/metatest"
	"shopassist/db"
	"shopassist/demo"
	"shopassist/shopify"
)

const (
	cartCookie     = "demo_cart"
	customerCookie = "demo_customer"
	// ProxyPrefix is where the demo page's widget sends its API calls; the
	// server signs them like Shopify's app proxy would and forwards them.
	ProxyPrefix = "/demo/apps/assistant"
)

// Config is what the demo pages need from the app.
type Config struct {
	Store *db.Store
	Now   func() time.Time
	// App serves the forwarded requests (/proxy/*, /webhooks/meta): the
	// app's own handler, so the demo exercises the production path.
	App http.Handler
	// ProxySecret signs forwarded widget calls as Shopify's app proxy does.
	ProxySecret string
	// Graph is the in-process fake Graph API; nil turns the WhatsApp page
	// off (META_GRAPH_URL points elsewhere).
	Graph *metatest.Graph
	// MetaAppSecret signs the WhatsApp page's webhook deliveries.
	MetaAppSecret string
	// WhatsAppPhoneID is the demo store's WhatsApp business number id.
	WhatsAppPhoneID string
	// ProcessMeta processes stored Meta deliveries in the request when no
	// job worker runs in this process; nil when workers do it.
	ProcessMeta func(context.Context) error
}

// Server serves the demo pages.
type Server struct {
	cfg Config
	// wa is the WhatsApp page's shopper side.
	wa chatLog
}

// New returns the demo pages on cfg.
func New(cfg Config) *Server {
	return &Server{cfg: cfg}
}

// Register adds the demo routes.
func (s *Server) Register(e *echo.Echo) {
	e.GET("/demo", s.storefront)
	e.GET("/demo/img/:file", s.image)
	e.GET("/demo/login", s.login)
	e.POST("/demo/cart/add.js", s.cartAdd)
	e.GET("/demo/cart.js", s.cart)
	e.Any(ProxyPrefix+"/*", s.proxy)
	// WhatsApp-style page driven through the signed Meta webhook (issue 17).
	e.GET("/demo/whatsapp", s.whatsAppPage)
	e.POST("/demo/whatsapp/send", s.whatsAppSend)
	e.GET("/demo/whatsapp/messages", s.whatsAppMessages)
}

type product struct {
	Title, Price, CompareAt, Image, Handle string
	VariantID                              int64
	Available                              bool
}

type customer struct {
	ID   int64
	Name string
}

type locale struct{ Code, Label string }

// locales are the storefront languages the page links to, each named in
// itself; codes are Shopify's storefront locales.
var locales = []locale{
	{"en", "English"}, {"es", "Español"}, {"fr", "Français"}, {"de", "Deutsch"}, {"it", "Italiano"},
	{"pt-BR", "Português"}, {"nl", "Nederlands"}, {"pl", "Polski"}, {"tr", "Türkçe"}, {"id", "Bahasa Indonesia"},
	{"ja", "日本語"}, {"zh-CN", "简体中文"}, {"zh-TW", "繁體中文"}, {"ar", "العربية"}, {"ko", "한국어"}, {"ru", "Русский"},
}

// storefront renders a storefront-like page of the demo store with the
// real widget, talking to the real chat API through the signing forwarder.
func (s *Server) storefront(c echo.Context) error {
	ctx := c.Request().Context()
	shop, err := s.cfg.Store.GetShop(ctx, demo.ShopDomain)
	if err != nil {
		return fmt.Errorf("demo storefront: %w", err)
	}
	loc := c.QueryParam("locale")
	if loc == "" {
		loc = "en"
	}
	if len(loc) > 10 {
		return echo.NewHTTPError(http.StatusBadRequest, "Invalid locale.")
	}
	products, err := s.cfg.Store.ListProducts(ctx, shop.ID, 0, 200)
	if err != nil {
		return fmt.Errorf("demo storefront: %w", err)
	}
	count := 0
	for _, q := range readCart(c) {
		count += q
	}
	page := storefrontPage{
		Shop: cmp.Or(shop.Name, shop.Domain), Domain: shop.Domain, Currency: shop.Currency,
		Locale: loc, RTL: sameLanguage(loc, "ar"), Locales: locales, Products: productCards(products, loc, shop.Currency),
		Proxy: ProxyPrefix, CustomerID: customerID(c), Customers: customers(), CartCount: count,
		// ?widget=0 serves the same page without the app embed: the
		// baseline for measuring what the widget costs a storefront.
		Widget: c.QueryParam("widget") != "0",
		Accent: cmp.Or(shop.Settings.V.Widget.AccentColor, "#2f5d44"),
	}
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	c.Response().WriteHeader(http.StatusOK)
	return storefront(page).Render(ctx, c.Response())
}

// productCards are the active products as the grid shows them, titled in
// the page's language where the shop translated them.
func productCards(products []db.Product, loc, currency string) []product {
	var items []product
	for _, p := range products {
		if p.Status != "active" || len(p.Variants) == 0 {
			continue
		}
		title := p.Title
		for _, tr := range p.Translations {
			if sameLanguage(tr.Locale, loc) && tr.Title != "" {
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
		items = append(items, product{Title: title, Price: money(v.Price, currency), VariantID: v.ShopifyID,
			CompareAt: moneyOpt(v.CompareAtPrice, currency), Image: img, Handle: p.Handle, Available: available})
	}
	return items
}

func sameLanguage(a, b string) bool {
	base := func(s string) string { l, _, _ := strings.Cut(strings.ToLower(s), "-"); return l }
	return base(a) == base(b)
}

func customers() []customer {
	var out []customer
	for _, cu := range demo.Customers() {
		out = append(out, customer{ID: int64(cu.Id), Name: strings.TrimSpace(cu.FirstName + " " + cu.LastName)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func customerID(c echo.Context) int64 {
	ck, err := c.Cookie(customerCookie)
	if err != nil {
		return 0
	}
	id, err := strconv.ParseInt(ck.Value, 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}

// login plays a storefront customer login: the forwarder then passes
// logged_in_customer_id like Shopify does for signed-in customers.
func (s *Server) login(c echo.Context) error {
	v := c.QueryParam("customer")
	ck := &http.Cookie{Name: customerCookie, Path: "/demo", HttpOnly: true, SameSite: http.SameSiteLaxMode}
	if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 {
		ck.Value = strconv.FormatInt(id, 10)
	} else {
		ck.MaxAge = -1
	}
	c.SetCookie(ck)
	return c.Redirect(http.StatusSeeOther, "/demo")
}

// proxy signs a widget request like Shopify's app proxy and hands it to
// the app's /proxy handlers.
func (s *Server) proxy(c echo.Context) error {
	r := c.Request().Clone(c.Request().Context())
	r.URL.Path = "/proxy/" + c.Param("*")
	r.URL.RawPath = ""
	r.URL.RawQuery = signedProxyQuery(c.QueryParams(), customerID(c), s.cfg.Now(), s.cfg.ProxySecret).Encode()
	r.RequestURI = r.URL.RequestURI()
	// Like Shopify's proxy, append the address the request came from; the
	// app trusts that entry, not what the browser sent.
	if host, _, err := net.SplitHostPort(c.Request().RemoteAddr); err == nil {
		r.Header.Add("X-Forwarded-For", host)
	}
	s.cfg.App.ServeHTTP(c.Response().Writer, r)
	return nil
}

// signedProxyQuery is the query Shopify's app proxy sends: the browser's
// parameters minus any it may not set, plus shop, path prefix, time, the
// signed-in customer and the signature over all of them.
func signedProxyQuery(in url.Values, customerID int64, now time.Time, secret string) url.Values {
	q := url.Values{}
	for k, vs := range in {
		switch k {
		case "signature", "shop", "logged_in_customer_id", "path_prefix", "timestamp":
			continue
		}
		q[k] = vs
	}
	q.Set("shop", demo.ShopDomain)
	q.Set("path_prefix", "/apps/assistant")
	q.Set("timestamp", strconv.FormatInt(now.Unix(), 10))
	if customerID != 0 {
		q.Set("logged_in_customer_id", strconv.FormatInt(customerID, 10))
	}
	q.Set("signature", shopify.SignProxyQuery(q, secret))
	return q
}

// readCart decodes the cookie cart: variant id → quantity. A missing or
// damaged cookie is an empty cart, as a storefront would treat it.
func readCart(c echo.Context) map[int64]int {
	cart := map[int64]int{}
	ck, err := c.Cookie(cartCookie)
	if err != nil {
		return cart
	}
	b, err := base64.RawURLEncoding.DecodeString(ck.Value)
	if err != nil {
		return cart
	}
	if json.Unmarshal(b, &cart) != nil {
		return map[int64]int{}
	}
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

// cartAdd mimics the storefront AJAX API's POST /cart/add.js.
func (s *Server) cartAdd(c echo.Context) error {
	var req struct {
		Items []struct {
			ID       int64 `json:"id"`
			Quantity int   `json:"quantity"`
		} `json:"items"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(c.Response(), c.Request().Body, 4<<10)).Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "Too many items.")
		}
		return echo.NewHTTPError(http.StatusBadRequest, "Malformed JSON.").SetInternal(err)
	}
	if len(req.Items) == 0 {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, "No items.")
	}
	ctx := c.Request().Context()
	shop, err := s.cfg.Store.GetShop(ctx, demo.ShopDomain)
	if err != nil {
		return fmt.Errorf("demo cart: %w", err)
	}
	cart := readCart(c)
	var added []cartLine
	for _, it := range req.Items {
		v, p, err := s.cfg.Store.GetVariant(ctx, shop.ID, it.ID)
		if err != nil {
			return echo.NewHTTPError(http.StatusNotFound, "Variant not found.").SetInternal(err)
		}
		if !v.Available {
			return echo.NewHTTPError(http.StatusUnprocessableEntity, "This item is sold out.")
		}
		q := max(it.Quantity, 1)
		cart[it.ID] += q
		added = append(added, cartLine{ID: it.ID, VariantID: it.ID, ProductID: p.ShopifyID, Title: p.Title,
			Quantity: cart[it.ID], Price: v.Price})
	}
	b, err := json.Marshal(cart)
	if err != nil {
		return fmt.Errorf("demo cart: %w", err)
	}
	c.SetCookie(&http.Cookie{Name: cartCookie, Value: base64.RawURLEncoding.EncodeToString(b), Path: "/demo",
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return c.JSON(http.StatusOK, map[string]any{"items": added})
}

// cart mimics GET /cart.js.
func (s *Server) cart(c echo.Context) error {
	n := 0
	lines := []map[string]any{}
	for id, q := range readCart(c) {
		n += q
		lines = append(lines, map[string]any{"variant_id": id, "quantity": q})
	}
	return c.JSON(http.StatusOK, map[string]any{"item_count": n, "items": lines})
}

// image serves the generated product illustrations (no network needed).
func (s *Server) image(c echo.Context) error {
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
