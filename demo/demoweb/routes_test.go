package demoweb_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/demo"
	"shopassist/demo/demoweb"
	"shopassist/demoseed"
	"shopassist/shopify"
)

// forwarded is what the app handler received from the proxy forwarder.
type forwarded struct {
	path  string
	query url.Values
	xff   string
}

type site struct {
	e    *echo.Echo
	now  time.Time
	got  []forwarded
	shop *db.Shop
	// available and soldOut are variant ids of the seeded catalogue.
	available, soldOut int64
	// frTitle is a product title the shop translated into French.
	frTitle string
}

func newSite(t *testing.T) *site {
	t.Helper()
	ctx := context.Background()
	store := dbtest.OpenSQLite(t)
	s := &site{now: time.Now()}
	shop, err := demoseed.Seed(ctx, store, s.now)
	if err != nil {
		t.Fatal(err)
	}
	s.shop = shop
	products, err := store.ListProducts(ctx, shop.ID, 0, 200)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range products {
		for _, v := range p.Variants {
			switch {
			case v.Available && s.available == 0 && p.Status == "active":
				s.available = v.ShopifyID
			case !v.Available && s.soldOut == 0:
				s.soldOut = v.ShopifyID
			}
		}
		for _, tr := range p.Translations {
			if tr.Locale == "fr" && tr.Title != "" && tr.Title != p.Title && p.Status == "active" && s.frTitle == "" {
				s.frTitle = tr.Title
			}
		}
	}
	if s.available == 0 || s.soldOut == 0 || s.frTitle == "" {
		t.Fatalf("the demo catalogue lacks an available variant (%d), a sold-out one (%d) or a French title (%q)",
			s.available, s.soldOut, s.frTitle)
	}
	app := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.got = append(s.got, forwarded{path: r.URL.Path, query: r.URL.Query(), xff: r.Header.Get("X-Forwarded-For")})
		w.WriteHeader(http.StatusAccepted)
	})
	s.e = echo.New()
	demoweb.New(demoweb.Config{Store: store, Now: func() time.Time { return s.now }, App: app, ProxySecret: "proxy-secret"}).Register(s.e)
	return s
}

func (s *site) do(method, target, body string, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.RemoteAddr = "198.51.100.7:5555"
	if body != "" {
		req.Header.Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	s.e.ServeHTTP(rec, req)
	return rec
}

func cookieOf(rec *httptest.ResponseRecorder, name string) *http.Cookie {
	for _, c := range rec.Result().Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// TestPages: the demo storefront's pages answer with their status codes and
// contents, from a database seeded with the demo store.
func TestPages(t *testing.T) {
	s := newSite(t)
	handle := demo.Products()[0].Handle
	tests := []struct {
		name, method, target, body string
		status                     int
		want, notWant              []string
	}{
		{"storefront", "GET", "/demo", "", http.StatusOK,
			[]string{`<html lang="en">`, "assistant-loader.js", `data-proxy="` + demoweb.ProxyPrefix + `"`, s.shop.Name}, nil},
		{"storefront in French", "GET", "/demo?locale=fr", "", http.StatusOK, []string{`<html lang="fr">`, s.frTitle}, nil},
		{"storefront in Arabic", "GET", "/demo?locale=ar", "", http.StatusOK, []string{`dir="rtl"`}, nil},
		{"storefront without the widget", "GET", "/demo?widget=0", "", http.StatusOK, []string{"product-grid"},
			[]string{"assistant-loader.js"}},
		{"overlong locale", "GET", "/demo?locale=" + strings.Repeat("x", 11), "", http.StatusBadRequest, nil, nil},
		{"product image", "GET", "/demo/img/" + handle + ".svg", "", http.StatusOK, []string{"<svg"}, nil},
		{"unknown image", "GET", "/demo/img/no-such-product.svg", "", http.StatusNotFound, nil, nil},
		{"empty cart", "GET", "/demo/cart.js", "", http.StatusOK, []string{`"item_count":0`}, nil},
		{"add to cart", "POST", "/demo/cart/add.js", fmt.Sprintf(`{"items":[{"id":%d,"quantity":2}]}`, s.available),
			http.StatusOK, []string{fmt.Sprintf(`"variant_id":%d`, s.available), `"quantity":2`}, nil},
		{"add a sold-out item", "POST", "/demo/cart/add.js", fmt.Sprintf(`{"items":[{"id":%d}]}`, s.soldOut),
			http.StatusUnprocessableEntity, nil, nil},
		{"add an unknown variant", "POST", "/demo/cart/add.js", `{"items":[{"id":1}]}`, http.StatusNotFound, nil, nil},
		{"add nothing", "POST", "/demo/cart/add.js", `{"items":[]}`, http.StatusUnprocessableEntity, nil, nil},
		{"add malformed JSON", "POST", "/demo/cart/add.js", `{"items":`, http.StatusBadRequest, nil, nil},
		{"add too much", "POST", "/demo/cart/add.js", `{"items":[` + strings.Repeat(`{"id":1},`, 1000) + `{"id":1}]}`,
			http.StatusRequestEntityTooLarge, nil, nil},
		// Without the fake Graph API the WhatsApp page is off.
		{"whatsapp page off", "GET", "/demo/whatsapp", "", http.StatusNotFound, nil, nil},
		{"whatsapp send off", "POST", "/demo/whatsapp/send", "", http.StatusNotFound, nil, nil},
		{"whatsapp messages off", "GET", "/demo/whatsapp/messages", "", http.StatusNotFound, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := s.do(tt.method, tt.target, tt.body)
			if rec.Code != tt.status {
				t.Fatalf("%s %s = %d, want %d: %.200s", tt.method, tt.target, rec.Code, tt.status, rec.Body.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("response lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(rec.Body.String(), w) {
					t.Errorf("response has %q", w)
				}
			}
		})
	}
}

// TestCartAndLogin: the cart cookie adds up across requests and shows on the
// storefront; logging in sets the customer cookie the forwarder passes on,
// logging out clears it.
func TestCartAndLogin(t *testing.T) {
	s := newSite(t)
	add := fmt.Sprintf(`{"items":[{"id":%d,"quantity":2}]}`, s.available)
	rec := s.do("POST", "/demo/cart/add.js", add)
	cart := cookieOf(rec, "demo_cart")
	if rec.Code != http.StatusOK || cart == nil {
		t.Fatalf("add: %d, cookie %v", rec.Code, cart)
	}
	rec = s.do("POST", "/demo/cart/add.js", fmt.Sprintf(`{"items":[{"id":%d,"quantity":0}]}`, s.available), cart)
	cart = cookieOf(rec, "demo_cart")
	var body struct {
		ItemCount int `json:"item_count"`
	}
	if err := json.Unmarshal(s.do("GET", "/demo/cart.js", "", cart).Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	if body.ItemCount != 3 { // two, then at least one
		t.Errorf("item_count = %d, want 3", body.ItemCount)
	}
	if page := s.do("GET", "/demo", "", cart).Body.String(); !strings.Contains(page, `id="cart-count">3</span>`) {
		t.Error("the storefront does not show the cart's 3 items")
	}

	customer := demo.Customers()[0].Id
	rec = s.do("GET", fmt.Sprintf("/demo/login?customer=%d", customer), "")
	login := cookieOf(rec, "demo_customer")
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/demo" || login == nil || login.Value != fmt.Sprint(customer) {
		t.Fatalf("login: %d to %q, cookie %v", rec.Code, rec.Header().Get("Location"), login)
	}
	if page := s.do("GET", "/demo", "", login).Body.String(); !strings.Contains(page, fmt.Sprintf(`data-customer-id="%d"`, customer)) {
		t.Error("the storefront does not know the signed-in customer")
	}
	rec = s.do("GET", "/demo/login?customer=nobody", "")
	if out := cookieOf(rec, "demo_customer"); rec.Code != http.StatusSeeOther || out == nil || out.MaxAge >= 0 {
		t.Errorf("logout: %d, cookie %v, want it deleted", rec.Code, out)
	}
}

// TestProxyForwards: a widget call reaches the app's /proxy handler signed
// as Shopify's app proxy signs it, for the demo shop whatever the browser
// claimed, with the signed-in customer and the caller's address.
func TestProxyForwards(t *testing.T) {
	s := newSite(t)
	tests := []struct {
		name     string
		cookies  []*http.Cookie
		customer string
	}{
		{"guest", nil, ""},
		{"signed in", []*http.Cookie{{Name: "demo_customer", Value: "42"}}, "42"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.got = nil
			rec := s.do("GET", demoweb.ProxyPrefix+"/chat/history?locale=fr&shop=evil.myshopify.com&logged_in_customer_id=1", "", tt.cookies...)
			if rec.Code != http.StatusAccepted || len(s.got) != 1 {
				t.Fatalf("forwarded %d requests, answer %d", len(s.got), rec.Code)
			}
			f := s.got[0]
			if f.path != "/proxy/chat/history" || f.query.Get("shop") != demo.ShopDomain || f.query.Get("locale") != "fr" ||
				f.query.Get("logged_in_customer_id") != tt.customer || f.xff != "198.51.100.7" {
				t.Errorf("forwarded %s %v (X-Forwarded-For %q)", f.path, f.query, f.xff)
			}
			if err := shopify.VerifyProxySignature(f.query, "proxy-secret", s.now, time.Minute); err != nil {
				t.Errorf("signature: %v", err)
			}
		})
	}
}
