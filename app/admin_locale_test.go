package app_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"shopassist/views/adminlocale"
)

// adminLocalePages are the admin pages every locale must render without a
// missing catalog key.
var adminLocalePages = []string{"/app", "/app/settings", "/app/knowledge", "/app/knowledge/faq/new",
	"/app/conversations", "/app/conversations?inbox=1", "/app/conversations/demo-001", "/app/analytics",
	"/app/health", "/app/privacy", "/app/agents", "/app/actions", "/app/delivery-care", "/app/channels",
	"/app/channels/email", "/app/saved-replies"}

// checkAdminLocales renders every admin page in every admin language from
// Shopify's locale parameter: the page says its language, shows no missing
// key, and the language sticks (cookie, or admin.js's header) for
// requests without the parameter; pt-BR falls back to English.
func checkAdminLocales(t *testing.T, h http.Handler) {
	settings := map[string]string{"en": "Settings", "de": "Einstellungen", "es": "Configuración", "fr": "Paramètres",
		"ja": "設定", "zh-CN": "设置"}
	for _, lang := range adminlocale.Languages() {
		for _, path := range adminLocalePages {
			sep := "?"
			if strings.Contains(path, "?") {
				sep = "&"
			}
			rec, doc := get(t, h, path+sep+"locale="+lang)
			if rec.Code != http.StatusOK {
				t.Errorf("%s in %s: status %d", path, lang, rec.Code)
				continue
			}
			if got, _ := doc.Find("html").Attr("lang"); got != lang {
				t.Errorf("%s in %s: <html lang=%q>", path, lang, got)
			}
			if body := rec.Body.String(); strings.Contains(body, adminlocale.MissingMark) {
				i := strings.Index(body, adminlocale.MissingMark)
				t.Errorf("%s in %s renders a missing key: %s", path, lang, body[i:min(len(body), i+60)])
			}
			if got := doc.Find(`nav.nav a[href="/app/settings"]`).Text(); got != settings[lang] {
				t.Errorf("%s in %s: nav says %q, want %q", path, lang, got, settings[lang])
			}
		}
	}

	// The language sticks: the cookie set from ?locale= on a later page
	// without it, and admin.js's header on fetches.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app?locale=ja", nil))
	var cookie *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == "admin_locale" {
			cookie = c
		}
	}
	if cookie == nil || cookie.Value != "ja" {
		t.Fatalf("no admin_locale cookie: %v", rec.Result().Cookies())
	}
	tests := []struct {
		name   string
		path   string
		cookie *http.Cookie
		header string
		want   string
	}{
		{"cookie", "/app/settings", cookie, "", "ja"},
		{"header", "/app/settings", nil, "fr", "fr"},
		{"query beats cookie", "/app/settings?locale=de", cookie, "", "de"},
		{"base language", "/app/settings?locale=es-MX", nil, "", "es"},
		{"unsupported falls back to English", "/app/settings?locale=pt-BR", cookie, "", "en"},
		{"nothing is English", "/app/settings", nil, "", "en"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodGet, tt.path, nil)
		if tt.cookie != nil {
			req.AddCookie(tt.cookie)
		}
		if tt.header != "" {
			req.Header.Set("X-Admin-Locale", tt.header)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if !strings.Contains(rec.Body.String(), `<html lang="`+tt.want+`"`) {
			t.Errorf("%s: page not in %s", tt.name, tt.want)
		}
	}
}

// checkPolarisOffline: demo mode renders the Polaris elements with the
// local fallback stylesheet and no external script (no CDN offline), and
// every form control keeps a native fallback that submits.
func checkPolarisOffline(t *testing.T, h http.Handler) {
	rec, doc := get(t, h, "/app/settings")
	body := rec.Body.String()
	if strings.Contains(body, "cdn.shopify.com") || doc.Find(`script[src^="http"]`).Length() != 0 {
		t.Error("demo mode loads a script from the CDN")
	}
	if doc.Find(`link[data-testid="polaris-fallback"][href^="/static/polaris-fallback."]`).Length() != 1 {
		t.Error("demo mode lacks the local Polaris fallback stylesheet")
	}
	for _, sel := range []string{"s-page", "s-section", "s-heading", "s-text-field", "s-number-field", "s-email-field",
		"s-checkbox", "s-select", `s-button[type="submit"]`} {
		if doc.Find(sel).Length() == 0 {
			t.Errorf("settings page has no %s", sel)
		}
	}
	fields := doc.Find("s-text-field, s-number-field, s-email-field, s-checkbox, s-select")
	for i := range fields.Length() {
		f := fields.Eq(i)
		name := f.AttrOr("name", "")
		if name == "" || f.Find(`.pf [name="`+name+`"]`).Length() != 1 {
			t.Errorf("%s %q has no native fallback control of the same name", f.Nodes[0].Data, name)
		}
	}
	if doc.Find(`form[data-save-bar]`).Length() != 1 {
		t.Error("settings form lacks data-save-bar")
	}
}
