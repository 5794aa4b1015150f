package app_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"shopassist/db"
	"shopassist/demo"
)

func TestOrderActionsPage(t *testing.T) {
	a := newDemoApp(t)
	ctx := context.Background()
	shop, err := a.Store().GetShop(ctx, demo.ShopDomain)
	if err != nil {
		t.Fatal(err)
	}
	o, err := a.Store().GetOrderByNumber(ctx, shop.ID, 1039)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []*db.OrderAction{
		{ShopID: shop.ID, OrderID: o.ID, OrderName: o.Name, Kind: db.ActionCancel, Status: db.ActionRefused, Reason: "window"},
		{ShopID: shop.ID, OrderID: o.ID, OrderName: o.Name, Kind: db.ActionAddress, Status: db.ActionDone, ConversationID: "c1",
			Detail: db.NewJSON(map[string]any{"address": map[string]any{"address1": "Bahnhofstrasse 10", "zip": "8001",
				"city": "Zürich", "countryCode": "CH"}})},
	} {
		if err := a.Store().RecordOrderAction(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	rec, doc := get(t, a.Handler(), "/app/actions")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	rows := doc.Find(tid("order-action-row"))
	if rows.Length() != 2 {
		t.Fatalf("%d rows", rows.Length())
	}
	first, second := rows.Eq(0).Text(), rows.Eq(1).Text()
	if !strings.Contains(first, "Change shipping address") || !strings.Contains(first, "Bahnhofstrasse 10, 8001, Zürich, CH") ||
		!strings.Contains(first, "Done, confirmed in Shopify") {
		t.Errorf("newest row = %q", first)
	}
	if !strings.Contains(second, "Cancel order") || !strings.Contains(second, "window passed") {
		t.Errorf("older row = %q", second)
	}
}

func TestSettingsActionsSection(t *testing.T) {
	a := newDemoApp(t)
	h := a.Handler()
	form := func() url.Values {
		return url.Values{"accent_color": {"#112233"}, "text_color": {"#ffffff"}, "position": {"bottom-left"},
			"languages": {"en"}, "timezone": {"UTC"}, "return_window": {"30"}, "after_failed": {"2"}, "retention_days": {"90"},
			"handoff_request": {"on"}, "cancel_enabled": {"on"}, "cancel_window": {"120"}, "address_window": {"90"},
			"return_fee": {"4,95"}}
	}
	for field, bad := range map[string]string{"cancel_window": "2", "address_window": "abc", "return_fee": "free"} {
		f := form()
		f.Set(field, bad)
		rec, doc := post(t, h, "/app/settings", f, "")
		if rec.Code != http.StatusUnprocessableEntity || doc.Find(tid("error-"+field)).Length() != 1 {
			t.Errorf("%s=%q: status %d, no inline error", field, bad, rec.Code)
		}
	}
	if rec, _ := post(t, h, "/app/settings", form(), ""); rec.Code != http.StatusSeeOther {
		t.Fatalf("save: %d", rec.Code)
	}
	shop, err := a.Store().GetShop(context.Background(), demo.ShopDomain)
	if err != nil {
		t.Fatal(err)
	}
	want := db.ActionSettings{CancelEnabled: true, CancelWindowMinutes: 120, AddressWindowMinutes: 90, ReturnShippingFee: "4.95"}
	if got := shop.Settings.V.Actions; got != want {
		t.Fatalf("saved actions = %+v, want %+v", got, want)
	}
	_, doc := get(t, h, "/app/settings")
	if v, _ := doc.Find(`[name="return_fee"]`).Attr("value"); v != "4.95" {
		t.Errorf("fee shown as %q", v)
	}
	if _, ok := doc.Find(`[name="cancel_enabled"]`).Attr("checked"); !ok {
		t.Error("cancel switch not shown on")
	}
}
