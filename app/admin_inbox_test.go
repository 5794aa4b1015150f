package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"shopassist/app"
	"shopassist/db"
	"shopassist/inbox"
)

// seedHandoff stores a handed-off Arabic conversation with a verified demo
// order, the way the assistant leaves one.
func seedHandoff(t *testing.T, a *app.App, id string) (*db.Shop, *db.Order) {
	t.Helper()
	ctx := context.Background()
	shop, err := a.Store().GetShop(ctx, app.DemoShop)
	if err != nil {
		t.Fatal(err)
	}
	var order *db.Order
	for n := int64(1001); n < 1100 && order == nil; n++ {
		order, _ = a.Store().GetOrderByNumber(ctx, shop.ID, n)
	}
	if order == nil {
		t.Fatal("demo store has no order")
	}
	now := time.Now().UTC()
	c := &db.Conversation{ID: id, ShopID: shop.ID, TokenHash: "h-" + id, Language: "ar", Status: db.ConversationHandoff,
		Handoff: true, HandoffReason: "repeated_failure", HandoffSummary: "Reason: repeated_failure\nLanguage: ar\nIntent: other",
		LastIntent: "other", State: db.NewJSON(db.ConversationState{Verified: []int64{order.OrderNumber}, Current: order.OrderNumber}),
		CreatedAt: now, UpdatedAt: now, LastMessageAt: now}
	msgs := []*db.Message{
		{Role: db.RoleShopper, Text: "مرحبا", Language: "ar", Intent: "greeting", CreatedAt: now},
		{Role: db.RoleShopper, Text: "أين طلبي؟ لم يصل بعد", Language: "ar", Intent: "order_status", CreatedAt: now},
		{Role: db.RoleBot, Text: "طلبك في الطريق.", Language: "ar", Intent: "order_status", CreatedAt: now},
		{Role: db.RoleShopper, Text: "؟؟", Language: "ar", Intent: "other", CreatedAt: now},
	}
	if err := a.Store().ImportConversation(ctx, c, msgs); err != nil {
		t.Fatal(err)
	}
	if err := a.Store().SaveMessageTranslation(ctx, shop.ID, msgs[1].ID, "en", "Where is my order? It has not arrived yet"); err != nil {
		t.Fatal(err)
	}
	return shop, order
}

func inboxState(t *testing.T, h http.Handler) db.InboxCounts {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app/inbox/state", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("inbox state: %d %s", rec.Code, rec.Body)
	}
	var st db.InboxCounts
	if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestInboxWorkspace(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	before := inboxState(t, h)
	shop, order := seedHandoff(t, a, "inbox-ar")
	after := inboxState(t, h)
	if after.Stamp == before.Stamp || after.Waiting != before.Waiting+1 {
		t.Fatalf("state did not move with a new handoff: %+v → %+v", before, after)
	}

	t.Run("waiting tab lists it with its main topic", func(t *testing.T) {
		_, doc := get(t, h, "/app/conversations?tab=waiting")
		row := doc.Find(`[data-testid="conversation-row"][data-id="inbox-ar"]`)
		if row.Length() != 1 {
			t.Fatal("handoff not in the waiting tab")
		}
		if got := strings.TrimSpace(row.Find(tid("topic")).Text()); got != "Order status" {
			t.Errorf("topic %q, want the main topic, not the last intent", got)
		}
		if doc.Find("[data-live-stamp]").AttrOr("data-live-stamp", "") != after.Stamp {
			t.Error("page stamp differs from the polled state")
		}
	})

	t.Run("summary and customer panel", func(t *testing.T) {
		_, doc := get(t, h, "/app/conversations/inbox-ar")
		head := doc.Find(tid("summary-headline")).Text()
		for _, want := range []string{"Arabic", "order status", "not helped by the assistant", order.Name} {
			if !strings.Contains(head, want) {
				t.Errorf("headline %q lacks %q", head, want)
			}
		}
		if strings.Contains(doc.Find(tid("handoff-summary")).Text(), "Reason: repeated_failure") {
			t.Error("raw dump still shown")
		}
		if got := doc.Find(tid("summary-asked")).Text(); got != "Where is my order? It has not arrived yet" {
			t.Errorf("asked %q", got)
		}
		panel := doc.Find(tid("customer-panel"))
		o := panel.Find(tid("customer-order"))
		if o.Length() == 0 || !strings.Contains(o.Text(), order.Name) || !strings.Contains(o.Text(), "verified") {
			t.Fatalf("verified order missing from the panel: %q", panel.Text())
		}
		href := o.Find("a").First().AttrOr("href", "")
		if want := "https://admin.shopify.com/store/" + strings.Split(shop.Domain, ".")[0] + "/orders/"; !strings.HasPrefix(href, want) {
			t.Errorf("admin link %q, want prefix %q", href, want)
		}
		if doc.Find(tid("needs-model")).Length() != 1 {
			t.Error("no hint that free-text translation needs a model")
		}
	})

	t.Run("assign to me", func(t *testing.T) {
		rec, _ := post(t, h, "/app/conversations/inbox-ar/assign", url.Values{"to": {"me"}}, "")
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("assign: %d", rec.Code)
		}
		_, doc := get(t, h, "/app/conversations?tab=mine")
		if doc.Find(`[data-testid="conversation-row"][data-id="inbox-ar"]`).Length() != 1 {
			t.Error("not in mine after assigning")
		}
		_, doc = get(t, h, "/app/conversations?tab=waiting")
		if doc.Find(`[data-testid="conversation-row"][data-id="inbox-ar"]`).Length() != 0 {
			t.Error("still waiting after assigning")
		}
		if st := inboxState(t, h); st.Mine != 1 {
			t.Errorf("mine count %d", st.Mine)
		}
		rec, _ = post(t, h, "/app/conversations/inbox-ar/assign", url.Values{"to": {"someone"}}, "")
		if rec.Code != http.StatusBadRequest {
			t.Errorf("bad assignee: %d", rec.Code)
		}
	})

	t.Run("notes stay internal", func(t *testing.T) {
		rec, doc := post(t, h, "/app/conversations/inbox-ar/notes", url.Values{"note": {"  "}}, "")
		if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-note")).Length() != 1 {
			t.Fatalf("empty note: %d", rec.Code)
		}
		rec, _ = post(t, h, "/app/conversations/inbox-ar/notes", url.Values{"note": {"Carrier says Tuesday"}}, "")
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("note: %d", rec.Code)
		}
		_, doc = get(t, h, "/app/conversations/inbox-ar")
		if !strings.Contains(doc.Find(tid("note")).Text(), "Carrier says Tuesday") {
			t.Error("note not shown")
		}
		msgs, err := a.Store().ConversationMessages(ctx, shop.ID, "inbox-ar")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			if strings.Contains(m.Text, "Carrier") {
				t.Error("note stored as a chat message")
			}
		}
	})

	t.Run("saved reply in the shopper's language", func(t *testing.T) {
		rec, _ := post(t, h, "/app/conversations/inbox-ar/saved-reply", url.Values{"saved_reply": {"starter:nope"}}, "")
		if rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("unknown saved reply: %d", rec.Code)
		}
		rec, _ = post(t, h, "/app/conversations/inbox-ar/saved-reply", url.Values{"saved_reply": {"starter:delay_apology"}}, "")
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("saved reply: %d", rec.Code)
		}
		msgs, err := a.Store().ConversationMessages(ctx, shop.ID, "inbox-ar")
		if err != nil {
			t.Fatal(err)
		}
		last := msgs[len(msgs)-1]
		want := inbox.Starters[2].Texts["ar"]
		if last.Role != db.RoleAgent || last.Text != want || last.Language != "ar" {
			t.Fatalf("stored %s %q (%s), want the Arabic text", last.Role, last.Text, last.Language)
		}
		_, doc := get(t, h, "/app/conversations/inbox-ar")
		if !strings.Contains(doc.Find(`[data-role="agent"] [data-testid="translation"]`).Text(), "We're sorry your order") {
			t.Error("the English original is not shown beside the sent reply")
		}
	})

	t.Run("resolve and reopen", func(t *testing.T) {
		if rec, _ := post(t, h, "/app/conversations/inbox-ar/resolve", nil, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("resolve: %d", rec.Code)
		}
		_, doc := get(t, h, "/app/conversations/inbox-ar")
		if doc.Find(tid("reopen")).Length() != 1 {
			t.Fatal("no reopen button on a resolved conversation")
		}
		if rec, _ := post(t, h, "/app/conversations/inbox-ar/reopen", nil, ""); rec.Code != http.StatusSeeOther {
			t.Fatalf("reopen: %d", rec.Code)
		}
		cv, err := a.Store().GetConversation(ctx, shop.ID, "inbox-ar")
		if err != nil || cv.Status != db.ConversationHandoff {
			t.Fatalf("status after reopen %v %v", cv, err)
		}
	})

	t.Run("unknown conversation is 404", func(t *testing.T) {
		for _, path := range []string{"assign", "notes", "reopen", "saved-reply"} {
			rec, _ := post(t, h, "/app/conversations/nope/"+path, url.Values{"to": {"me"}, "note": {"x"}, "saved_reply": {"starter:delay_apology"}}, "")
			if rec.Code != http.StatusNotFound {
				t.Errorf("%s on unknown conversation: %d", path, rec.Code)
			}
		}
	})

	t.Run("mutations need the fetch header", func(t *testing.T) {
		for _, path := range []string{"/app/conversations/inbox-ar/assign", "/app/conversations/inbox-ar/notes",
			"/app/conversations/inbox-ar/reopen", "/app/conversations/inbox-ar/saved-reply", "/app/inbox/name"} {
			req := httptest.NewRequest(http.MethodPost, path, strings.NewReader("to=me"))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusForbidden {
				t.Errorf("%s without X-Requested-With: %d", path, rec.Code)
			}
		}
	})
}
