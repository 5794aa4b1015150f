package app_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"shopassist/internal/browsertest"
)

// polarisPages are the admin pages the Polaris walk opens in each locale.
var polarisPages = []struct{ name, path string }{
	{"home", "/app"}, {"settings", "/app/settings"}, {"knowledge", "/app/knowledge"},
	{"conversations", "/app/conversations"}, {"inbox", "/app/conversations?inbox=1"},
	{"transcript", "/app/conversations/demo-001"}, {"analytics", "/app/analytics"}, {"health", "/app/health"},
	{"privacy", "/app/privacy"}, {"agents", "/app/agents"}, {"order-actions", "/app/actions"},
	{"delivery-care", "/app/delivery-care"}, {"channels", "/app/channels"}, {"email", "/app/channels/email"},
}

// jaPages are the pages also walked in Japanese (layout, inbox, settings:
// the longest strings in a CJK script).
var jaPages = map[string]bool{"home": true, "settings": true, "inbox": true, "transcript": true, "conversations": true}

// TestBrowserAdminPolaris opens every admin page in demo mode (no CDN: the
// Polaris elements render through the local fallback stylesheet) in
// English, German and Japanese: the page is built from Polaris elements,
// speaks the locale, is readable (title and sections laid out, nothing
// overflowing sideways) and is saved as a screenshot. Then a settings save
// in German shows the toast fallback in German.
func TestBrowserAdminPolaris(t *testing.T) {
	b := newAdminBrowser(t)
	// Forty page loads: a longer budget than the other admin walks.
	b.ctx = browsertest.NewContext(t, 6*time.Minute)
	b.do("laptop", chromedp.EmulateViewport(1280, 900))
	nav := map[string]string{"en": "Settings", "de": "Einstellungen", "ja": "設定"}
	for _, lang := range []string{"en", "de", "ja"} {
		for _, p := range polarisPages {
			if lang == "ja" && !jaPages[p.name] {
				continue
			}
			sep := "?"
			if strings.Contains(p.path, "?") {
				sep = "&"
			}
			b.open(p.path + sep + "locale=" + lang)
			if got := b.eval(`document.documentElement.lang`); got != lang {
				t.Errorf("%s: lang %q, want %s", p.path, got, lang)
			}
			// Polaris elements present, not upgraded (no CDN), and laid
			// out by the fallback stylesheet: s-page is a block with the
			// page inside, the banner a box with a background.
			if got := b.eval(`(() => { const pg = document.querySelector('main.page > s-page');
				if (!pg || customElements.get('s-page')) return 'no s-page or it is defined';
				if (getComputedStyle(pg).display !== 'block' || pg.getBoundingClientRect().height < 200) return 'page not laid out';
				const ban = document.querySelector('s-banner[data-testid="demo-banner"]');
				if (!ban || getComputedStyle(ban).backgroundColor === 'rgba(0, 0, 0, 0)') return 'banner not styled';
				const h = document.querySelector('[data-testid="page-title"]');
				if (!h || h.getBoundingClientRect().height < 10) return 'no visible title';
				return 'ok'; })()`); got != "ok" {
				t.Errorf("%s in %s: %s", p.path, lang, got)
			}
			if got := b.eval(`document.querySelector('nav.nav a[href="/app/settings"]').textContent`); got != nav[lang] {
				t.Errorf("%s in %s: nav %q", p.path, lang, got)
			}
			if over := b.eval(`String(document.documentElement.scrollWidth - window.innerWidth)`); over != "0" && !strings.HasPrefix(over, "-") {
				t.Errorf("%s in %s overflows by %spx", p.path, lang, over)
			}
			b.shot("polaris-" + lang + "-" + p.name)
		}
	}

	// Settings in German: the fallback controls carry each value once, an
	// edit marks the form unsaved (the save bar's stand-in), and the save
	// shows the toast fallback with the saved message.
	b.open("/app/settings?locale=de")
	if got := b.eval(`(() => { const fd = new FormData(document.querySelector('[data-testid="settings-form"]'));
		return fd.getAll('return_window').length + ':' + fd.getAll('handoff_request').length + ':' + fd.getAll('position').length; })()`); got != "1:1:1" {
		t.Errorf("fallback form data counts (return_window, handoff_request, position) = %s, want 1:1:1", got)
	}
	b.do("edit", chromedp.SetValue(`#f-return_window`, "45"))
	b.do("input", chromedp.Evaluate[chromedp.Void](`document.querySelector('#f-return_window').dispatchEvent(new Event('input', {bubbles: true}))`))
	if got := b.eval(`String(document.querySelector('[data-testid="settings-form"]').hasAttribute('data-dirty'))`); got != "true" {
		t.Error("edited settings form not marked unsaved")
	}
	b.do("save", chromedp.Click(`[data-testid="submit"]`))
	b.waitFor("toast", `(() => { const t = document.querySelector('[data-testid="toast"]'); return t && !t.hidden && t.textContent.includes('Einstellungen gespeichert'); })()`)
	if got := b.eval(`document.querySelector('#f-return_window').value`); got != "45" {
		t.Errorf("saved return window %q, want 45", got)
	}
	b.shot("polaris-de-settings-saved-toast")
}

// polarisStub defines minimal form-associated stand-ins for the Polaris
// form elements (Shopify's CDN is out of reach in tests), so the page runs
// the "Polaris is defined" path: admin.js must drop the native fallbacks
// and the form must submit each field once, from the s-* element.
const polarisStub = `(() => {
  class Field extends HTMLElement {
    static formAssociated = true;
    constructor() { super(); this._i = this.attachInternals(); }
    connectedCallback() { this.value = this.getAttribute('value') || ''; }
    get value() { return this._v; }
    set value(v) { this._v = v; this._i.setFormValue(v); }
  }
  for (const tag of ['s-text-field', 's-number-field', 's-email-field', 's-url-field', 's-password-field', 's-text-area', 's-select'])
    customElements.define(tag, class extends Field {});
  customElements.define('s-checkbox', class extends HTMLElement {
    static formAssociated = true;
    constructor() { super(); this._i = this.attachInternals(); }
    connectedCallback() { this.checked = this.hasAttribute('checked'); }
    set checked(c) { this._c = c; this._i.setFormValue(c ? (this.getAttribute('value') || 'on') : null); }
    get checked() { return this._c; }
  });
  customElements.define('s-button', class extends HTMLElement {
    connectedCallback() {
      this.addEventListener('click', () => {
        const f = this.closest('form');
        if (f && this.getAttribute('type') === 'submit') f.requestSubmit();
      });
    }
  });
})();`

// TestBrowserAdminPolarisDefined runs the settings form with Polaris's
// form elements defined (stubs, see polarisStub): the native fallbacks are
// gone, each field submits once, and a changed value is saved.
func TestBrowserAdminPolarisDefined(t *testing.T) {
	b := newAdminBrowser(t)
	b.do("stub polaris", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: polarisStub})
		return err
	}))
	b.open("/app/settings")
	b.waitFor("fallbacks removed", `document.querySelectorAll('main.page .pf').length === 0`)
	if got := b.eval(`(() => { const fd = new FormData(document.querySelector('[data-testid="settings-form"]'));
		return fd.getAll('return_window').join('|') + ':' + fd.getAll('allow_returns').length; })()`); got == "" || strings.Contains(got, "|") {
		t.Errorf("form data with Polaris defined = %q, want one return_window", got)
	}
	b.do("change", chromedp.Evaluate[chromedp.Void](`document.querySelector('s-number-field[name="return_window"]').value = '21'`))
	b.do("save", chromedp.Click(`[data-testid="submit"]`))
	b.waitFor("saved", `!!document.querySelector('[data-testid="saved-banner"]') && document.querySelector('s-number-field[name="return_window"]').value === '21'`)
	b.shot("polaris-defined-settings-saved")
}
