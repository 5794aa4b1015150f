package app_test

import (
	"context"
	"io"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/riverqueue/river"

	"shopassist/app"
	"shopassist/db"
	"shopassist/inbox"
	"shopassist/internal/browsertest"
	"shopassist/internal/smtpsink"
	"shopassist/notify"
)

// TestBrowserHandoffReplyInShopperLanguage runs the loop in two browser
// contexts, widget and admin: a Spanish shopper hands off and gives an
// email; the merchant sends a saved reply from the admin, which appears in
// the open widget in Spanish within 2 s; the shopper leaves, the next
// saved reply is emailed (through a real SMTP server on loopback) in
// Spanish with a link back to the conversation.
func TestBrowserHandoffReplyInShopperLanguage(t *testing.T) {
	browsertest.Require(t)
	base, store := demoServer(t)
	ctx := context.Background()
	shop, err := store.GetShop(ctx, app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}

	// Shopper: widget.
	p := newDemoPage(t, base)
	p.open("/demo")
	if r := p.send("quiero hablar con una persona"); !strings.Contains(r, "correo") {
		t.Fatalf("handoff reply %q does not ask for an email in Spanish", r)
	}
	if r := p.send("mi correo es ana.lopez@example.com"); !strings.Contains(r, "ana.lopez@example.com") {
		t.Fatalf("contact reply %q does not confirm the address", r)
	}
	id := p.str(`JSON.parse(localStorage.getItem('shopassist:` + app.DemoShop + `')).id`)

	// Merchant: admin, another browser context.
	b := &adminBrowser{t: t, ctx: browsertest.NewContext(t, 2*time.Minute), base: base,
		shots: browsertest.ArtifactsDir(t, "inbox-screens-", "email")}
	b.open("/app/conversations/" + id)
	sendSaved := func(key string) time.Time {
		t.Helper()
		b.do("pick "+key, chromedp.SetValue(`#f-saved-reply`, "starter:"+key))
		at := time.Now()
		b.do("send "+key, chromedp.Click(`[data-testid="send-saved-reply"]`))
		return at
	}
	first := starterText(t, "where_is_my_order", "es")
	sent := sendSaved("where_is_my_order")
	p.wait("Spanish agent reply in the open widget", `[...sr.querySelectorAll('.m.agent .tx')].some(e => e.textContent === `+demoJSString(first)+`)`)
	if d := time.Since(sent); d > 2*time.Second {
		t.Errorf("agent reply took %v from the admin's click to the open widget, want ≤ 2 s", d)
	}

	// The admin page shows the first reply before the next is picked: on
	// a loaded machine its re-render after the first send can still be on
	// its way, and a pick made in the page being replaced is lost.
	b.waitFor("first reply stored", `[...document.querySelectorAll('[data-role="agent"] .bubble')].some(e => e.textContent === `+jsString(first)+`)`)

	// The shopper leaves; the next reply can only reach them by email.
	p.do("leave", chromedp.Navigate("about:blank"))
	// The widget's last long poll (wait=25 s) may still be held server-side
	// and hand the next reply to nobody: only what the widget acknowledges
	// (its next poll's after=) counts as read, so the reply is still emailed.
	second := starterText(t, "delay_apology", "es")
	sendSaved("delay_apology")
	b.waitFor("second reply stored", `[...document.querySelectorAll('[data-role="agent"] .bubble')].some(e => e.textContent === `+jsString(second)+`)`)
	msgs, err := store.ConversationMessages(ctx, shop.ID, id)
	if err != nil {
		t.Fatal(err)
	}
	last := msgs[len(msgs)-1]
	if last.Role != db.RoleAgent || last.Text != second || last.Language != "es" {
		t.Fatalf("stored %s %q (%s), want the Spanish saved reply", last.Role, last.Text, last.Language)
	}

	sink, smtpURL := smtpsink.Start(t)
	mailer, err := notify.NewSMTP(smtpURL)
	if err != nil {
		t.Fatal(err)
	}
	// The job the reply scheduled (WORKERS=0 here), run now instead of in
	// notify.ShopperAway.
	w := &notify.ShopperReplyWorker{Store: store, Mailer: mailer,
		Link: func(_ *db.Shop, conv string) string { return base + "/demo?shopassist_chat=" + conv }}
	if err := w.Work(ctx, &river.Job[notify.ShopperReplyArgs]{Args: notify.ShopperReplyArgs{ShopID: shop.ID,
		ConversationID: id, MessageID: last.ID}}); err != nil {
		t.Fatal(err)
	}
	mails := sink.Mails()
	if len(mails) != 1 || len(mails[0].To) != 1 || mails[0].To[0] != "ana.lopez@example.com" {
		t.Fatalf("captured %+v, want one mail to the shopper", mails)
	}
	m, err := mail.ReadMessage(strings.NewReader(string(mails[0].Data)))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(body), "\r\n", "\n")
	for _, want := range []string{second, "shopassist_chat=" + id} {
		if !strings.Contains(text, want) {
			t.Errorf("email body lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, starterText(t, "delay_apology", "en")) {
		t.Errorf("email carries the English text:\n%s", text)
	}
}

func starterText(t *testing.T, key, lang string) string {
	t.Helper()
	for _, s := range inbox.Starters {
		if s.Key == key {
			return s.Texts[lang]
		}
	}
	t.Fatalf("no starter %s", key)
	return ""
}
