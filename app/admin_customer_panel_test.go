package app_test

import (
	"context"
	"strings"
	"testing"
)

// TestCustomerPanelShopperRecord: the customer panel shows the contacts on
// the shopper record — the one this conversation carries and one given in
// another chat — each labelled verified or typed.
func TestCustomerPanelShopperRecord(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	ctx := context.Background()
	shop, _ := seedHandoff(t, a, "panel-ar")
	cv, err := a.Store().GetConversation(ctx, shop.ID, "panel-ar")
	if err != nil {
		t.Fatal(err)
	}
	cv.CustomerEmail = "layla@example.com"
	if err := a.Store().SaveConversation(ctx, cv); err != nil {
		t.Fatal(err)
	}
	// Proved by an order in this chat; the phone was typed in another.
	if _, err := a.Store().RecordShopperContact(ctx, shop.ID, "layla@example.com", "", true, false); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Store().RecordShopperContact(ctx, shop.ID, "layla@example.com", "+971501234567", false, false); err != nil {
		t.Fatal(err)
	}
	_, doc := get(t, h, "/app/conversations/panel-ar")
	panel := doc.Find(tid("customer-panel"))
	if got := panel.Find(tid("customer-email-note")).Text(); got != "(verified by an order)" {
		t.Errorf("email note %q", got)
	}
	if got := panel.Find(tid("customer-phone")).Text(); !strings.Contains(got, "+971501234567") || !strings.Contains(got, "given in the chat, not verified") {
		t.Errorf("phone line %q", got)
	}
	if panel.Find(tid("customer-on-record")).Length() != 1 {
		t.Error("no on-record line")
	}
}
