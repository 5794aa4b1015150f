package app_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/app/config"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/secretbox"
	"shopassist/shopify"
	"shopassist/shopify/shopifytest"
)

const (
	apiKey    = "test-api-key"
	apiSecret = "test-api-secret"
	shopName  = "north-star.myshopify.com"
)

var encKey = strings.Repeat("ab", 32)

type env struct {
	app   *app.App
	fake  *shopifytest.Admin
	store *db.Store
	now   time.Time
}

// newEnv runs the app in Shopify mode against the fake Admin API.
func newEnv(t *testing.T, now time.Time) *env {
	t.Helper()
	fake := shopifytest.New(shopifytest.Options{APIKey: apiKey, APISecret: apiSecret, Expiring: true,
		Now: func() time.Time { return now }})
	t.Cleanup(fake.Close)
	fake.SetShop(shopName, shopifytest.ShopData{Name: "North Star Goods", Email: "owner@example.com", CurrencyCode: "EUR"})
	cfg, err := config.Load(func(k string) string {
		return map[string]string{
			"SHOPIFY_API_KEY": apiKey, "SHOPIFY_API_SECRET": apiSecret, "APP_URL": "https://app.example.com",
			"ENCRYPTION_KEY": encKey, "SHOPIFY_ADMIN_URL": fake.URL, "DATA_DIR": t.TempDir(), "WORKERS": "0",
		}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	store := dbtest.Open(t)
	a, err := app.New(context.Background(), cfg, app.Options{Store: store, Now: func() time.Time { return now },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return &env{app: a, fake: fake, store: store, now: now}
}

func (e *env) do(t *testing.T, req *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	e.app.Handler().ServeHTTP(rec, req)
	return rec
}

func signedQuery(vals map[string]string) string {
	q := url.Values{}
	for k, v := range vals {
		q.Set(k, v)
	}
	q.Set("hmac", shopify.SignQuery(q, apiSecret))
	return q.Encode()
}

// startInstall runs GET /auth and returns the state and cookie.
func (e *env) startInstall(t *testing.T) (string, *http.Cookie) {
	t.Helper()
	q := signedQuery(map[string]string{"shop": shopName, "timestamp": strconv.FormatInt(e.now.Unix(), 10), "host": "YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvbm9ydGgtc3Rhcg"})
	rec := e.do(t, httptest.NewRequest(http.MethodGet, "/auth?"+q, nil))
	if rec.Code != http.StatusFound {
		t.Fatalf("/auth status %d: %s", rec.Code, rec.Body)
	}
	loc, _ := url.Parse(rec.Header().Get("Location"))
	if loc.Path != "/admin/oauth/authorize" || loc.Query().Get("client_id") != apiKey ||
		loc.Query().Get("redirect_uri") != "https://app.example.com/auth/callback" || loc.Query().Get("scope") == "" {
		t.Fatalf("authorize redirect wrong: %s", loc)
	}
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 || !cookies[0].HttpOnly || !cookies[0].Secure {
		t.Fatalf("state cookie wrong: %+v", cookies)
	}
	return loc.Query().Get("state"), cookies[0]
}

func (e *env) callback(t *testing.T, state string, ck *http.Cookie, code string, mutate func(map[string]string)) *httptest.ResponseRecorder {
	t.Helper()
	vals := map[string]string{"shop": shopName, "code": code, "state": state, "timestamp": strconv.FormatInt(e.now.Unix(), 10),
		"host": "YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvbm9ydGgtc3Rhcg"}
	if mutate != nil {
		mutate(vals)
	}
	req := httptest.NewRequest(http.MethodGet, "/auth/callback?"+signedQuery(vals), nil)
	if ck != nil {
		req.AddCookie(ck)
	}
	return e.do(t, req)
}

func TestOAuthInstallStoresEncryptedToken(t *testing.T) {
	e := newEnv(t, time.Now())
	state, ck := e.startInstall(t)
	rec := e.callback(t, state, ck, e.fake.IssueCode(shopName), nil)
	if rec.Code != http.StatusFound {
		t.Fatalf("callback status %d: %s", rec.Code, rec.Body)
	}
	if got := rec.Header().Get("Location"); got != "https://admin.shopify.com/store/north-star/apps/"+apiKey {
		t.Fatalf("post-install redirect = %q", got)
	}
	shop, err := e.store.GetShop(context.Background(), shopName)
	if err != nil {
		t.Fatal(err)
	}
	if !shop.Installed() || shop.Name != "North Star Goods" || shop.Currency != "EUR" || shop.TokenExpiresAt == nil || len(shop.RefreshTokenEnc) == 0 {
		t.Fatalf("installed shop row wrong: %+v", shop)
	}
	key, _ := hex.DecodeString(encKey)
	box, _ := secretbox.New(key)
	plain, err := box.Open(shop.AccessTokenEnc, []byte(shopName))
	if err != nil {
		t.Fatalf("stored token does not decrypt: %v", err)
	}
	if !e.fake.ValidToken(shopName, string(plain)) {
		t.Fatal("stored token is not the one Shopify issued")
	}
	if bytes.Contains(shop.AccessTokenEnc, plain) {
		t.Fatal("token stored in clear")
	}
	// Replaying the same callback (state already consumed) is refused.
	if rec := e.callback(t, state, ck, e.fake.IssueCode(shopName), nil); rec.Code != http.StatusForbidden {
		t.Fatalf("replayed state: status %d, want 403", rec.Code)
	}
}

func TestOAuthRejections(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name string
		run  func(t *testing.T, e *env) *httptest.ResponseRecorder
		want int
	}{
		{"auth bad hmac", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			q := signedQuery(map[string]string{"shop": shopName, "timestamp": strconv.FormatInt(now.Unix(), 10)})
			return e.do(t, httptest.NewRequest(http.MethodGet, "/auth?"+strings.Replace(q, "hmac=", "hmac=00", 1), nil))
		}, http.StatusUnauthorized},
		{"auth missing hmac", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			return e.do(t, httptest.NewRequest(http.MethodGet, "/auth?shop="+shopName+"&timestamp="+strconv.FormatInt(now.Unix(), 10), nil))
		}, http.StatusUnauthorized},
		{"auth bad shop domain", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			q := signedQuery(map[string]string{"shop": "evil.example.com", "timestamp": strconv.FormatInt(now.Unix(), 10)})
			return e.do(t, httptest.NewRequest(http.MethodGet, "/auth?"+q, nil))
		}, http.StatusBadRequest},
		{"auth shop with path", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			q := signedQuery(map[string]string{"shop": "x.myshopify.com.evil.com", "timestamp": strconv.FormatInt(now.Unix(), 10)})
			return e.do(t, httptest.NewRequest(http.MethodGet, "/auth?"+q, nil))
		}, http.StatusBadRequest},
		{"auth stale timestamp", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			q := signedQuery(map[string]string{"shop": shopName, "timestamp": strconv.FormatInt(now.Add(-2*time.Hour).Unix(), 10)})
			return e.do(t, httptest.NewRequest(http.MethodGet, "/auth?"+q, nil))
		}, http.StatusUnauthorized},
		{"callback bad hmac", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			state, ck := e.startInstall(t)
			q := signedQuery(map[string]string{"shop": shopName, "code": "c", "state": state, "timestamp": strconv.FormatInt(now.Unix(), 10)})
			req := httptest.NewRequest(http.MethodGet, "/auth/callback?"+strings.Replace(q, "code=c", "code=d", 1), nil)
			req.AddCookie(ck)
			return e.do(t, req)
		}, http.StatusUnauthorized},
		{"callback without cookie", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			state, _ := e.startInstall(t)
			return e.callback(t, state, nil, e.fake.IssueCode(shopName), nil)
		}, http.StatusForbidden},
		{"callback state mismatch", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			_, ck := e.startInstall(t)
			return e.callback(t, "forged-state", ck, e.fake.IssueCode(shopName), nil)
		}, http.StatusForbidden},
		{"callback forged cookie", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			state, _ := e.startInstall(t)
			return e.callback(t, state, &http.Cookie{Name: "shopify_oauth_state", Value: state + ".deadbeef"}, e.fake.IssueCode(shopName), nil)
		}, http.StatusForbidden},
		{"callback state for other shop", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			state, ck := e.startInstall(t)
			return e.callback(t, state, ck, "c", func(v map[string]string) { v["shop"] = "other.myshopify.com" })
		}, http.StatusForbidden},
		{"callback expired state", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			state, ck := e.startInstall(t)
			later := newEnvAt(t, e, now.Add(11*time.Minute))
			return later.callback(t, state, ck, e.fake.IssueCode(shopName), nil)
		}, http.StatusForbidden},
		{"callback code rejected by shopify", func(t *testing.T, e *env) *httptest.ResponseRecorder {
			state, ck := e.startInstall(t)
			return e.callback(t, state, ck, "not-a-real-code", nil)
		}, http.StatusInternalServerError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, now)
			rec := tt.run(t, e)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			if shop, err := e.store.GetShop(context.Background(), shopName); err == nil && shop.Installed() {
				t.Fatal("rejected flow installed the shop")
			}
		})
	}
}

// newEnvAt is the same app and database seen at a later time.
func newEnvAt(t *testing.T, e *env, at time.Time) *env {
	t.Helper()
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"SHOPIFY_API_KEY": apiKey, "SHOPIFY_API_SECRET": apiSecret, "APP_URL": "https://app.example.com",
			"ENCRYPTION_KEY": encKey, "SHOPIFY_ADMIN_URL": e.fake.URL, "DATA_DIR": t.TempDir(), "WORKERS": "0"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, app.Options{Store: e.store, Now: func() time.Time { return at },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return &env{app: a, fake: e.fake, store: e.store, now: at}
}

func sessionToken(t *testing.T, shop, secret string, exp time.Time, mutate func(*shopify.SessionClaims)) string {
	t.Helper()
	c := shopify.SessionClaims{Shop: shop, UserID: "42", SessionID: "s1", Audience: apiKey, ExpiresAt: exp,
		NotBefore: exp.Add(-time.Minute), IssuedAt: exp.Add(-time.Minute)}
	if mutate != nil {
		mutate(&c)
	}
	tok, err := shopifytest.SignSessionToken(c, secret)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestSessionTokens(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name       string
		token      func(t *testing.T) string
		xhr        bool
		wantStatus int
	}{
		{"valid first load installs by token exchange", func(t *testing.T) string {
			return sessionToken(t, shopName, apiSecret, now.Add(time.Minute), nil)
		}, false, http.StatusOK},
		{"valid xhr", func(t *testing.T) string { return sessionToken(t, shopName, apiSecret, now.Add(time.Minute), nil) }, true, http.StatusOK},
		{"forged signature", func(t *testing.T) string {
			return sessionToken(t, shopName, "not-the-secret", now.Add(time.Minute), nil)
		}, true, http.StatusUnauthorized},
		{"expired", func(t *testing.T) string { return sessionToken(t, shopName, apiSecret, now.Add(-time.Minute), nil) }, true, http.StatusUnauthorized},
		{"wrong audience", func(t *testing.T) string {
			return sessionToken(t, shopName, apiSecret, now.Add(time.Minute), func(c *shopify.SessionClaims) { c.Audience = "other-app" })
		}, true, http.StatusUnauthorized},
		{"issuer of another shop", func(t *testing.T) string {
			return sessionToken(t, shopName, apiSecret, now.Add(time.Minute), func(c *shopify.SessionClaims) { c.Issuer = "https://evil.myshopify.com/admin" })
		}, true, http.StatusUnauthorized},
		{"garbage", func(t *testing.T) string { return "not.a.jwt" }, true, http.StatusUnauthorized},
		{"missing", func(t *testing.T) string { return "" }, true, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, now)
			tok := tt.token(t)
			target := "/app"
			req := httptest.NewRequest(http.MethodGet, target, nil)
			if tt.xhr {
				if tok != "" {
					req.Header.Set("Authorization", "Bearer "+tok)
				} else {
					req.Header.Set("Authorization", "Bearer ")
				}
			} else {
				req = httptest.NewRequest(http.MethodGet, target+"?id_token="+url.QueryEscape(tok)+"&shop="+shopName, nil)
			}
			rec := e.do(t, req)
			if rec.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.wantStatus, rec.Body)
			}
			if tt.wantStatus == http.StatusUnauthorized {
				if rec.Header().Get("X-Shopify-Retry-Invalid-Session-Request") != "1" {
					t.Error("401 without App Bridge retry header")
				}
				if _, err := e.store.GetShop(context.Background(), shopName); err == nil {
					t.Error("rejected session created a shop")
				}
				return
			}
			if got := rec.Header().Get("Content-Security-Policy"); got != "frame-ancestors https://"+shopName+" https://admin.shopify.com;" {
				t.Errorf("CSP = %q", got)
			}
			shop, err := e.store.GetShop(context.Background(), shopName)
			if err != nil || !shop.Installed() {
				t.Fatalf("token exchange did not install: %v %+v", err, shop)
			}
			if !strings.Contains(rec.Body.String(), `data-testid="setup-checklist"`) {
				t.Error("home page not rendered")
			}
		})
	}
}

func TestInvalidDocumentLoadBouncesThroughAppBridge(t *testing.T) {
	e := newEnv(t, time.Now())
	tok := sessionToken(t, shopName, apiSecret, time.Now().Add(-time.Hour), nil)
	rec := e.do(t, httptest.NewRequest(http.MethodGet, "/app?embedded=1&shop="+shopName+"&host=abc&id_token="+tok, nil))
	if rec.Code != http.StatusFound {
		t.Fatalf("status %d", rec.Code)
	}
	loc, _ := url.Parse(rec.Header().Get("Location"))
	if loc.Path != "/auth/session-token-bounce" || !strings.HasPrefix(loc.Query().Get("shopify-reload"), "/app?") ||
		strings.Contains(loc.Query().Get("shopify-reload"), "id_token") {
		t.Fatalf("bounce redirect wrong: %s", loc)
	}
	rec = e.do(t, httptest.NewRequest(http.MethodGet, loc.String(), nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "app-bridge.js") || !strings.Contains(rec.Body.String(), apiKey) {
		t.Fatalf("bounce page wrong: %d %s", rec.Code, rec.Body)
	}
}

func TestHealthReadyMetrics(t *testing.T) {
	e := newEnv(t, time.Now())
	for _, tc := range []struct {
		path, want string
	}{
		{"/healthz", `"ok"`},
		{"/readyz", `"ready"`},
		{"/metrics", "http_requests_total"},
	} {
		rec := e.do(t, httptest.NewRequest(http.MethodGet, tc.path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("%s: %d %s", tc.path, rec.Code, rec.Body.String()[:min(200, rec.Body.Len())])
		}
	}
}

func TestServeShutsDownGracefully(t *testing.T) {
	e := newEnv(t, time.Now())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.app.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz = %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve returned %v, want nil after graceful shutdown", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Fatal("server still accepting after shutdown")
	}
}
