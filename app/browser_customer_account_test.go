package app_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"shopassist/internal/browsertest"
)

// extensionDir is the customer-account UI extension; dist/ holds the
// bundle `shopify app build` made of it (.ci/shopify-cli.sh runs the build
// before the Go tests in CI).
const extensionDir = "../extensions/customer-account-assistant"

// extensionHarness is the page that stands in for Shopify's extension
// sandbox: it provides the `shopify` global the bundle uses (extend,
// sessionToken, i18n, localization, order, authenticationState, storage)
// and routes the bundle's requests for the app URL to the test server,
// from another origin, so CORS is exercised for real.
const extensionHarness = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:sans-serif;max-width:560px;margin:16px}
s-section{display:block;border:1px solid #ccc;border-radius:8px;padding:12px}
s-section::before{content:attr(heading);display:block;font-weight:bold;margin-bottom:8px}
s-stack{display:flex;flex-direction:column;gap:8px}s-stack[direction=inline]{flex-direction:row;flex-wrap:wrap}
s-button{display:inline-block;border:1px solid #333;border-radius:6px;padding:4px 10px;cursor:pointer}
s-button[variant=primary]{background:#222;color:#fff}
s-box{display:block;padding:6px;border-radius:6px}s-box[background=subdued]{background:#eee}
s-text{display:block}s-banner{display:block;color:#a00}
s-text-area{display:block;min-height:2em;border:1px solid #999}s-text-area::before{content:attr(label);color:#666}
</style></head><body><script>
const cfg = %s;
const realFetch = window.fetch.bind(window);
window.fetch = (url, opts) => realFetch(String(url).replace(cfg.appURL, cfg.serverURL), opts);
const targets = {};
window.shopify = {
  extend(target, fn) { targets[target] = fn; },
  sessionToken: { get: async () => cfg.token },
  i18n: { translate(key, opts) {
    let s = cfg.messages[key] || key;
    for (const k in (opts || {})) s = s.split('{{' + k + '}}').join(String(opts[k]));
    return s;
  } },
  localization: { language: { value: { isoCode: cfg.locale } } },
  order: { value: cfg.order },
  authenticationState: { value: cfg.auth },
  requireLogin() { window.loginRequested = true; },
  storage: {
    read: async (k) => JSON.parse(sessionStorage.getItem(k) || 'null'),
    write: async (k, v) => sessionStorage.setItem(k, JSON.stringify(v)),
  },
};
window.renderTarget = (t) => targets[t]();
</script><script src="/bundle.js"></script></body></html>`

// TestBrowserCustomerAccountExtension runs the extension's built bundle in
// Chromium on a stand-in for the order-status page: the signed-in customer
// opens the assistant, taps "Where is this order?" and reads the order's
// status and tracking, in English and German, with no email asked; coming
// back shows the conversation again; a customer who is not signed in is
// sent to sign in.
func TestBrowserCustomerAccountExtension(t *testing.T) {
	browsertest.Require(t)
	bundle, err := os.ReadFile(filepath.Join(extensionDir, "dist", "customer-account-assistant.js"))
	if err != nil {
		t.Skipf("no extension bundle (%v): run .ci/shopify-cli.sh, which builds it with Shopify CLI", err)
	}
	now := time.Now()
	e := newEnv(t, now)
	installShop(t, e)
	seedCustomerOrders(t, e)
	api := httptest.NewServer(e.app.Handler())
	t.Cleanup(api.Close)
	appURL := appURLOfExtension(t)
	shots := browsertest.ArtifactsDir(t, "customer-account-", "customer-account")

	tests := []struct {
		locale, messages string
		auth             string
		wantIn           []string
	}{
		{"en", "en.default.json", "fully_authenticated", []string{"#1001", "shipped", "1Z999AA10123456784"}},
		{"de", "de.json", "fully_authenticated", []string{"#1001", "versandt", "1Z999AA10123456784"}},
		// Reached from an email link: sign in first, no chat (and no order data) before.
		{"en", "en.default.json", "pre_authenticated", nil},
	}
	for _, tt := range tests {
		t.Run(tt.locale+" "+tt.auth, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(extensionDir, "locales", tt.messages))
			if err != nil {
				t.Fatal(err)
			}
			var messages map[string]string
			if err := json.Unmarshal(raw, &messages); err != nil {
				t.Fatal(err)
			}
			cfg, _ := json.Marshal(map[string]any{
				"appURL": appURL, "serverURL": api.URL, "locale": tt.locale, "messages": messages, "auth": tt.auth,
				"token": extToken(t, now, shopName, extCustomerA, apiSecret),
				"order": map[string]string{"id": "gid://shopify/Order/5001", "name": "#1001"},
			})
			page := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/bundle.js" {
					w.Header().Set("Content-Type", "text/javascript")
					_, _ = w.Write(bundle)
					return
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprintf(w, extensionHarness, cfg)
			}))
			t.Cleanup(page.Close)

			ctx := browsertest.NewContext(t, 60*time.Second)
			eval := func(step, js string) string {
				t.Helper()
				v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(`+js+`)`))
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
				return v
			}
			click := func(label string) {
				t.Helper()
				js := `(() => { const b = [...document.querySelectorAll('s-button')].find((b) => b.textContent.trim() === ` +
					demoJSString(label) + `); if (!b) return false; b.click(); return true; })()`
				if ok := eval("click "+label, js); ok != "true" {
					t.Fatalf("no button %q: %s", label, eval("page", `document.body.innerText`))
				}
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(page.URL)); err != nil {
				t.Fatal(err)
			}
			eval("render", `(renderTarget('customer-account.order-status.block.render'), true)`)
			if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](`document.querySelector('s-section') !== null`,
				chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Fatalf("the block did not render: %v", err)
			}
			if tt.auth != "fully_authenticated" {
				click(messages["signIn"])
				if got := eval("login", `window.loginRequested === true && !document.querySelector('s-text-area')`); got != "true" {
					t.Fatalf("a customer who is not signed in was not sent to sign in: %s", eval("page", `document.body.innerText`))
				}
				return
			}
			click(messages["open"])
			click(messages["askWhereThis"])
			done := `document.querySelectorAll('s-box').length >= 2 && !document.querySelector('s-button[loading]')`
			if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](done, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
				t.Fatalf("no answer in the extension: %v; page: %s", err, eval("page", `document.body.innerText`))
			}
			body := eval("answer", `document.querySelector('s-section').innerText`)
			for _, w := range tt.wantIn {
				if !strings.Contains(body, w) {
					t.Errorf("extension shows no %q: %s", w, body)
				}
			}
			low := strings.ToLower(body)
			for _, w := range []string{"email", "e-mail"} {
				if strings.Contains(low, w) {
					t.Errorf("the signed-in customer was asked for an email: %s", body)
				}
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(shots, "order-status-"+tt.locale+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}

			// Coming back to the page shows the conversation again (history
			// through the same token and CORS, from the extension's storage).
			if err := chromedp.Do(ctx, chromedp.Navigate(page.URL)); err != nil {
				t.Fatal(err)
			}
			eval("render again", `(renderTarget('customer-account.order-status.block.render'), true)`)
			click(messages["open"])
			if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](`document.querySelectorAll('s-box').length >= 2`,
				chromedp.WithPollingTimeout(20*time.Second))); err != nil {
				t.Fatalf("the conversation is not shown again: %v; page: %s", err, eval("page", `document.body.innerText`))
			}
			if again := eval("history", `document.querySelector('s-section').innerText`); !strings.Contains(again, "1Z999AA10123456784") {
				t.Fatalf("history lacks the answer: %s", again)
			}
		})
	}
}

// appURLOfExtension reads APP_URL from the extension's src/config.js.
func appURLOfExtension(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(extensionDir, "src", "config.js"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(src), "export const APP_URL = '")
	url, _, ok2 := strings.Cut(rest, "'")
	if !ok || !ok2 || url == "" {
		t.Fatalf("no APP_URL in src/config.js")
	}
	return url
}
