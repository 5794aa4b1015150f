package app_test

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"shopassist/db"
	"shopassist/inbox"
	"shopassist/internal/browsertest"
)

// TestBrowserInbox drives the live inbox in headless Chromium: a handoff
// stored while the waiting tab is open appears without a reload; the
// merchant takes it, adds a note and sends a saved reply, which is stored
// in the Arabic shopper's language.
func TestBrowserInbox(t *testing.T) {
	browsertest.Require(t)
	a := newDemoApp(t)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	b := &adminBrowser{t: t, ctx: browsertest.NewContext(t, 120*time.Second), base: srv.URL,
		shots: browsertest.ArtifactsDir(t, "inbox-screens-", "inbox")}
	b.do("viewport", chromedp.EmulateViewport(1280, 900))

	b.open("/app/conversations?tab=waiting")
	if got := b.eval(`String(!!document.querySelector('[data-testid="conversation-row"][data-id="live-ar"]'))`); got != "false" {
		t.Fatal("conversation listed before it exists")
	}
	shop, _ := seedHandoff(t, a, "live-ar")
	// No navigation from here: admin.js polls /app/inbox/state and swaps
	// the list in when the stamp moves.
	b.waitFor("handoff appears live", `!!document.querySelector('[data-testid="conversation-row"][data-id="live-ar"]')`)
	b.shot("waiting-live")

	href := b.eval(`document.querySelector('[data-testid="conversation-row"][data-id="live-ar"] a').getAttribute('href')`)
	b.open(href)
	b.do("assign to me", chromedp.Click(`[data-testid="assign-me"]`))
	b.waitFor("assigned", `(document.querySelector('[data-testid="assignee"]')||{}).textContent === 'You'`)

	b.do("add a note", chromedp.SetValue(`#f-note`, "Checked with the carrier: arrives Tuesday."),
		chromedp.Click(`[data-testid="add-note"]`))
	b.waitFor("note shown", `[...document.querySelectorAll('[data-testid="note"]')].some(e => e.textContent.includes('arrives Tuesday'))`)

	b.do("pick a saved reply", chromedp.SetValue(`#f-saved-reply`, "starter:delay_apology"),
		chromedp.Click(`[data-testid="send-saved-reply"]`))
	want := inbox.Starters[2].Texts["ar"]
	b.waitFor("arabic reply shown", `[...document.querySelectorAll('[data-role="agent"] .bubble')].some(e => e.textContent === `+jsString(want)+`)`)
	b.shot("saved-reply-arabic")

	msgs, err := a.Store().ConversationMessages(context.Background(), shop.ID, "live-ar")
	if err != nil {
		t.Fatal(err)
	}
	last := msgs[len(msgs)-1]
	if last.Role != db.RoleAgent || last.Language != "ar" || last.Text != want {
		t.Fatalf("stored agent message %s/%s %q, want the Arabic starter", last.Role, last.Language, last.Text)
	}
	cv, err := a.Store().GetConversation(context.Background(), shop.ID, "live-ar")
	if err != nil || cv.AssignedTo == "" {
		t.Fatalf("not assigned: %v %v", cv, err)
	}
}

func jsString(s string) string {
	out := []rune{'"'}
	for _, r := range s {
		switch r {
		case '"', '\\':
			out = append(out, '\\', r)
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, r)
		}
	}
	return string(append(out, '"'))
}
