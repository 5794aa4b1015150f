package app_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"shopassist/db"
	"shopassist/internal/browsertest"
)

// notificationSpy wraps the browser's Notification API: permission reads
// "default" until the page asks, the ask records whether it came from a
// user gesture (navigator.userActivation), and every notification shown is
// recorded before the real one is raised.
const notificationSpy = `(() => {
  const Real = window.Notification;
  if (!Real) return;
  window.__notes = []; window.__askedByClick = null;
  let asked = false;
  class Spy extends Real {
    constructor(title, opts) { super(title, opts); window.__notes.push({ title, body: (opts || {}).body, tag: (opts || {}).tag }); }
    static get permission() { return asked ? Real.permission : 'default'; }
    static requestPermission() {
      window.__askedByClick = navigator.userActivation.isActive;
      asked = true;
      return Real.requestPermission();
    }
  }
  window.Notification = Spy;
})()`

// TestBrowserInboxDesktopNotification: in the open inbox the merchant turns
// on desktop notifications with a click (the permission is asked from that
// click, never on load); a new handoff and then a shopper follow-up each
// raise one notification without a reload; nothing is raised for what was
// already waiting when the page loaded.
func TestBrowserInboxDesktopNotification(t *testing.T) {
	browsertest.Require(t)
	a := newDemoApp(t)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	b := &adminBrowser{t: t, ctx: browsertest.NewContext(t, 120*time.Second), base: srv.URL,
		shots: browsertest.ArtifactsDir(t, "inbox-screens-", "notify")}
	b.do("viewport", chromedp.EmulateViewport(1280, 900))
	// The browser grants what the page asks for, as a merchant clicking
	// "Allow" would; the page must still ask.
	b.do("grant notifications", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: "notifications"}, Setting: browser.PermissionSettingGranted, Origin: srv.URL})
		return err
	}))
	b.do("spy", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: notificationSpy})
		return err
	}))

	b.open("/app/conversations?tab=waiting")
	b.waitFor("notify button offered", `!!document.querySelector('[data-testid="enable-notifications"]') && !document.querySelector('[data-testid="enable-notifications"]').hidden`)
	if got := b.eval(`String(window.__askedByClick)`); got != "null" {
		t.Fatalf("permission asked before any click (%s)", got)
	}
	b.do("turn on", chromedp.Click(`[data-testid="enable-notifications"]`))
	b.waitFor("permission granted", `Notification.permission === 'granted' && document.querySelector('[data-testid="enable-notifications"]').hidden`)
	if got := b.eval(`String(window.__askedByClick)`); got != "true" {
		t.Fatalf("permission not asked from the click: userActivation %s", got)
	}
	// Let one poll see today's state, so what follows is news.
	time.Sleep(2500 * time.Millisecond)
	if got := b.eval(`String(window.__notes.length)`); got != "0" {
		t.Fatalf("%s notifications for conversations already waiting at load", got)
	}

	shop, _ := seedHandoff(t, a, "notify-ar")
	b.waitFor("handoff notification", `window.__notes.length === 1 && window.__notes[0].title.startsWith('New handoff')`)
	b.waitFor("handoff listed live", `!!document.querySelector('[data-testid="conversation-row"][data-id="notify-ar"]')`)

	if err := a.Store().AppendMessages(context.Background(), "notify-ar",
		&db.Message{ShopID: shop.ID, Role: db.RoleShopper, Text: "هل من أحد هنا؟", Language: "ar"}); err != nil {
		t.Fatal(err)
	}
	b.waitFor("follow-up notification", `window.__notes.length === 2 && window.__notes[1].title.includes('wrote again')`)
	if got := b.eval(`window.__notes.map(n => n.title + ' ' + n.body + ' ' + n.tag).join(' | ')`); containsAny(got, "هل من أحد", "مرحبا") {
		t.Fatalf("notification carries message text: %s", got)
	}
	b.shot("notifications")
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
