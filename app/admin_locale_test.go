package app_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"shopassist/views/adminlocale"
)

// adminLocalePages are the admin pages every locale must render without a
// missing catalog key.
var adminLocalePages = []string{"/app", "/app/settings", "/app/knowledge", "/app/knowledge/faq/new",
	"/app/conversations", "/app/conversations?inbox=1", "/app/conversations/demo-001", "/app/analytics",
	"/app/health", "/app/privacy", "/app/agents", "/app/actions", "/app/delivery-care", "/app/channels",
	"/app/channels/email", "/app/saved-replies", "/app/saved-replies/new", "/app/saved-replies/starter:where_is_my_order",
	"/app/knowledge/faq/cancel-order", "/app/analytics?days=90"}

// invalidForms are submissions every admin language must answer with its
// own validation messages (none of them saves anything).
var invalidForms = []struct {
	path string
	form url.Values
}{
	{"/app/settings", url.Values{"accent_color": {"red"}, "text_color": {"x"}, "position": {"middle"}, "languages": {"xx"},
		"timezone": {"Mars/Base"}, "hours_enabled": {"on"}, "hours.mon": {"9-5"}, "return_window": {"-1"}, "after_failed": {"99"},
		"notify_email": {"nope"}, "retention_days": {"-3"}, "cost_per_ticket": {"abc"}, "cancel_window": {"1"}, "return_fee": {"x"},
		"care_section": {"1"}, "care_stall_days": {"0"}, "care_digest_email": {"x"}, "care_compensate": {"on"}, "care_comp_days": {"99"},
		"care_comp_percent": {"0"}, "care_comp_max": {"-1"}}},
	{"/app/knowledge/faq/new", url.Values{"id": {"Not An Id"}, "questions.en": {"Q?"}}},
	{"/app/knowledge/test", url.Values{"message": {""}}},
	{"/app/saved-replies/new", url.Values{"title": {""}}},
	{"/app/channels", url.Values{"channel": {"sms"}, "address": {"12"}, "access_token": {"a b"}, "agent_reply_template": {"Bad Name"}}},
	{"/app/channels/email", url.Values{"address": {"nope"}, "mode": {"imap"}, "imap_host": {""}}},
	{"/app/channels/email", url.Values{"address": {"help@example.com"}, "mode": {"imap"}, "imap_host": {"imap.example.com"}, "imap_port": {"x"}}},
	{"/app/channels/email", url.Values{"address": {"help@example.com"}, "mode": {"imap"}, "imap_host": {"imap.example.com"}, "imap_port": {"993"}}},
	{"/app/channels/email", url.Values{"address": {"help@example.com"}, "mode": {"imap"}, "imap_host": {"imap.example.com"}, "imap_port": {"993"},
		"imap_user": {"help@example.com"}}},
	{"/app/channels/email", url.Values{"address": {"help@example.com"}, "mode": {"carrier-pigeon"}}},
}

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

// englishOnlyWords are the words (three letters or more) of the English
// catalog that lang's catalog never uses: on a page in lang, such a word is
// English UI text that escaped translation. Names every catalog shares
// (Shopify, WhatsApp, CSV, IMAP) drop out by construction.
func englishOnlyWords(lang string) map[string]bool {
	words := func(l string) map[string]bool {
		out := map[string]bool{}
		for _, k := range adminlocale.Keys(l) {
			for _, w := range uiWords(adminlocale.Text(l, k)) {
				out[w] = true
			}
		}
		return out
	}
	en := words("en")
	for w := range words(lang) {
		delete(en, w)
	}
	return en
}

// uiWords splits a text into lower-case words of three letters or more.
// Identifiers are not words: a token with a digit or one of _=/@:. (order
// names, template names, "type=Backpacks", time zones, addresses) is left
// out, and so are fmt verbs.
func uiWords(s string) []string {
	var out []string
	for _, tok := range strings.Fields(s) {
		tok = strings.Trim(tok, ".,;:!?()[]\"“”«»„‘’'¿¡…%")
		if strings.ContainsAny(tok, "_=/@:.0123456789") {
			continue
		}
		for _, f := range strings.FieldsFunc(tok, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
			if len(f) >= 3 {
				out = append(out, strings.ToLower(f))
			}
		}
	}
	return out
}

// demoCorpus is the source of the demo store's data (catalog, FAQ,
// policies, seeded conversations): a page text found in it verbatim is the
// shop's or a shopper's content, which stays in the language it was
// written in.
func demoCorpus(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, pattern := range []string{"../demo/*.go", "../demo/*/*.go", "../demoseed/*.go", "../demoseed/*/*.go", "demo*.go", "admin_demo.go"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(src)
		}
	}
	if b.Len() < 10000 {
		t.Fatalf("demo data not found (%d bytes)", b.Len())
	}
	return b.String()
}

// uiAttrs are the attributes whose values a merchant reads (labels,
// placeholders, tooltips, confirmations, Polaris field texts).
var uiAttrs = []string{"placeholder", "aria-label", "title", "data-confirm", "label", "details", "heading", "alt"}

// pageTexts lists what a merchant reads on a page: text nodes (not
// scripts, styles, code or form values) and the UI attributes, each with
// its element.
func pageTexts(doc *goquery.Document) []struct{ where, text string } {
	var out []struct{ where, text string }
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			// A textarea holds a form value (an FAQ answer, a saved
			// reply to shoppers in their language), never UI.
			case "script", "style", "code", "pre", "template", "textarea":
				return
			}
			for _, a := range n.Attr {
				if slices.Contains(uiAttrs, a.Key) && strings.TrimSpace(a.Val) != "" {
					out = append(out, struct{ where, text string }{n.Data + "@" + a.Key, a.Val})
				}
			}
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" && n.Parent != nil {
			out = append(out, struct{ where, text string }{n.Parent.Data, strings.TrimSpace(n.Data)})
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range doc.Find("body").Nodes {
		walk(n)
	}
	return out
}

// accountNames are names the demo seeds outside the demo files (a
// connected channel's display name, which a merchant types).
var accountNames = []string{"Summit & Sea (Facebook page)"}

// checkNoEnglish renders every admin page in each non-English admin
// language and fails on any text a merchant reads that holds a word only
// the English catalog uses: a hard-coded string, a catalog fallback, or a
// label built from English data (status words, intent names). The shop's
// own content (product titles, FAQ entries, shoppers' messages) is data,
// not UI: texts found verbatim in the demo store's source are skipped.
func checkNoEnglish(t *testing.T, h http.Handler) {
	data := demoCorpus(t)
	type named struct {
		name string
		doc  *goquery.Document
	}
	for _, lang := range adminlocale.Languages()[1:] {
		english := englishOnlyWords(lang)
		var docs []named
		for _, path := range adminLocalePages {
			sep := "?"
			if strings.Contains(path, "?") {
				sep = "&"
			}
			_, doc := get(t, h, path+sep+"locale="+lang)
			docs = append(docs, named{path, doc})
		}
		for _, f := range invalidForms {
			req := httptest.NewRequest(http.MethodPost, f.path, strings.NewReader(f.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("X-Requested-With", "fetch")
			req.Header.Set("X-Admin-Locale", lang)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			doc, err := goquery.NewDocumentFromReader(strings.NewReader(rec.Body.String()))
			if err != nil {
				t.Fatal(err)
			}
			if rec.Code != http.StatusUnprocessableEntity || doc.Find(".field-error").Length() == 0 {
				t.Errorf("POST %s in %s: status %d, %d field errors", f.path, lang, rec.Code, doc.Find(".field-error").Length())
			}
			docs = append(docs, named{"POST " + f.path, doc})
		}
		for _, d := range docs {
			path, doc := d.name, d.doc
			for _, tx := range pageTexts(doc) {
				if strings.Contains(data, tx.text) || slices.Contains(accountNames, tx.text) {
					continue
				}
				var hits []string
				for _, w := range uiWords(tx.text) {
					if english[w] {
						hits = append(hits, w)
					}
				}
				if len(hits) > 0 {
					t.Errorf("%s in %s: English %v in <%s> %q", path, lang, hits, tx.where, tx.text)
				}
			}
		}
	}
}
