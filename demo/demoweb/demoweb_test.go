package demoweb

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/channels/meta/metatest"
	"shopassist/shopify"
)

func TestStorefrontRender(t *testing.T) {
	base := storefrontPage{Shop: "Northwind <Outfitters>", Domain: "demo.myshopify.com", Currency: "EUR", Locale: "en",
		Locales: locales, Proxy: ProxyPrefix, Customers: []customer{{ID: 7, Name: "Ana"}, {ID: 9, Name: "Bo"}},
		Products: []product{{Title: "Rain \"Shell\"", Price: "€120", CompareAt: "€150", Handle: "rain-shell"},
			{Title: "Pack", Price: "€80", Handle: "pack", Available: true}},
		CartCount: 3, Widget: true, Accent: "#2f5d44"}
	for _, tc := range []struct {
		name    string
		edit    func(*storefrontPage)
		want    []string
		notWant []string
	}{
		{"widget and escaping", func(*storefrontPage) {}, []string{
			`<html lang="en">`, `assistant-loader.js`, `data-proxy="/demo/apps/assistant"`, `data-customer-id=""`,
			`Northwind &lt;Outfitters&gt;`, `alt="Rain &#34;Shell&#34;"`, `<span class="was">€150</span>`,
			`<div class="oos">Sold out</div>`, `id="cart-count">3</span>`, `"shop":"demo.myshopify.com"`,
			`<option value="7">Ana (signed in)</option>`,
		}, []string{"<Outfitters>", " selected"}},
		{"without widget", func(p *storefrontPage) { p.Widget = false }, []string{`data-testid="product-grid"`},
			[]string{"assistant-loader.js"}},
		{"arabic signed in", func(p *storefrontPage) { p.Locale, p.RTL, p.CustomerID = "ar", true, 9 }, []string{
			`<html lang="ar" dir="rtl">`, `data-customer-id="9"`, `<option value="9" selected>Bo (signed in)</option>`,
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base
			tc.edit(&p)
			var b bytes.Buffer
			if err := storefront(p).Render(context.Background(), &b); err != nil {
				t.Fatal(err)
			}
			html := b.String()
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("page lacks %s", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(html, w) {
					t.Errorf("page has %s", w)
				}
			}
		})
	}
}

// The forwarder sets what Shopify's proxy sets, whatever the browser sent,
// and the result verifies with the app's check.
func TestSignedProxyQuery(t *testing.T) {
	now := time.Unix(1_760_000_000, 0)
	in := url.Values{"shop": {"evil.myshopify.com"}, "logged_in_customer_id": {"1"}, "signature": {"x"},
		"timestamp": {"1"}, "path_prefix": {"/x"}, "locale": {"fr"}}
	for _, tc := range []struct {
		name     string
		customer int64
		want     string
	}{{"guest", 0, ""}, {"signed in", 42, "42"}} {
		t.Run(tc.name, func(t *testing.T) {
			q := signedProxyQuery(in, tc.customer, now, "secret")
			if q.Get("shop") != "demo.myshopify.com" || q.Get("locale") != "fr" || q.Get("path_prefix") != "/apps/assistant" ||
				q.Get("logged_in_customer_id") != tc.want {
				t.Errorf("query = %v", q)
			}
			if err := shopify.VerifyProxySignature(q, "secret", now, time.Minute); err != nil {
				t.Errorf("signature: %v", err)
			}
		})
	}
}

func TestReadCart(t *testing.T) {
	for _, tc := range []struct {
		name, cookie string
		want         int
	}{
		{"none", "", 0},
		{"two lines", "eyIxIjoyLCIyIjozfQ", 5}, // {"1":2,"2":3}
		{"not base64", "%%%", 0},
		{"not json", "bm9wZQ", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/demo/cart.js", nil)
			if tc.cookie != "" {
				req.AddCookie(&http.Cookie{Name: cartCookie, Value: tc.cookie})
			}
			n := 0
			for _, q := range readCart(echo.New().NewContext(req, httptest.NewRecorder())) {
				n += q
			}
			if n != tc.want {
				t.Errorf("items = %d, want %d", n, tc.want)
			}
		})
	}
}

func TestGraphBubble(t *testing.T) {
	at := time.Unix(1_760_000_000, 0)
	for _, tc := range []struct {
		name    string
		body    map[string]any
		kind    string
		buttons []string
	}{
		{"text", map[string]any{"type": "text"}, "", nil},
		{"buttons", map[string]any{"interactive": map[string]any{"type": "button", "action": map[string]any{
			"buttons": []any{map[string]any{"reply": map[string]any{"id": "Yes"}}, map[string]any{"reply": map[string]any{"id": "No"}}}}}},
			"button", []string{"Yes", "No"}},
		{"list", map[string]any{"interactive": map[string]any{"type": "list", "action": map[string]any{
			"sections": []any{map[string]any{"rows": []any{map[string]any{"id": "A"}, map[string]any{"id": "B"}}}}}}},
			"list", []string{"A", "B"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := graphBubble(metatest.Sent{Text: "hi", At: at, Body: tc.body})
			if b.From != "business" || b.Text != "hi" || b.Kind != tc.kind || strings.Join(b.Buttons, ",") != strings.Join(tc.buttons, ",") {
				t.Errorf("bubble = %+v", b)
			}
		})
	}
}

func TestMoney(t *testing.T) {
	for _, tc := range []struct{ amount, currency, want string }{
		{"12.50", "EUR", "€12.50"}, {"3", "CHF", "3 CHF"}, {"", "EUR", ""},
	} {
		if got := moneyOpt(tc.amount, tc.currency); got != tc.want {
			t.Errorf("moneyOpt(%q, %q) = %q, want %q", tc.amount, tc.currency, got, tc.want)
		}
	}
}
