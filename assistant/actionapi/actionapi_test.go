package actionapi

import (
	"context"
	"errors"
	"strings"
	"testing"

	"shopassist/assistant/actions"
	"shopassist/db"
	"shopassist/shopify/shopifytest"
)

type token string

func (s token) AccessToken(context.Context, string) (string, error) { return string(s), nil }

const shopDomain = "acts.myshopify.com"

func setup(t *testing.T) (*Client, *shopifytest.Orders) {
	t.Helper()
	admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret"})
	t.Cleanup(admin.Close)
	orders := shopifytest.NewOrders(nil)
	for op, field := range map[string]string{"AssistantOrderCancel": "orderCancel", "AssistantOrderUpdate": "orderUpdate",
		"AssistantReturnRequest": "returnRequest", "AssistantOrderState": "order", "AssistantFulfillmentLines": "order"} {
		orders.Serve(admin, op, field)
	}
	orders.Add(shopifytest.FakeOrder{ID: "gid://shopify/Order/5", Name: "#1005", DisplayFinancialStatus: "PAID",
		DisplayFulfillmentStatus: "UNFULFILLED", ShippingAddress: map[string]any{"address1": "1 Old St", "city": "Lyon",
			"zip": "69001", "countryCode": "FR", "firstName": "Léa"}})
	orders.Add(shopifytest.FakeOrder{ID: "gid://shopify/Order/6", Name: "#1006", DisplayFinancialStatus: "PAID",
		DisplayFulfillmentStatus: "FULFILLED", FulfillmentLines: []shopifytest.FakeFulfillmentLine{
			{ID: "gid://shopify/FulfillmentLineItem/61", LineItemID: "gid://shopify/LineItem/601", Quantity: 2}}})
	return New(admin.Client(), token(admin.IssueToken(shopDomain))), orders
}

var (
	shop     = &db.Shop{Domain: shopDomain}
	open     = &db.Order{ShopifyID: 5, Name: "#1005"}
	shipped  = &db.Order{ShopifyID: 6, Name: "#1006"}
	notThere = &db.Order{ShopifyID: 404, Name: "#404"}
)

func TestCancelIsAsynchronous(t *testing.T) {
	c, _ := setup(t)
	ctx := context.Background()
	job, err := c.CancelOrder(ctx, shop, open, false)
	if err != nil || job == "" {
		t.Fatalf("job %q, err %v", job, err)
	}
	// The job has not run at the first read; the second shows it.
	first, err := c.OrderState(ctx, shop, open)
	if err != nil || first.CancelledAt != nil {
		t.Fatalf("first read = %+v, %v", first, err)
	}
	second, err := c.OrderState(ctx, shop, open)
	if err != nil || second.CancelledAt == nil || second.FinancialStatus != "REFUNDED" {
		t.Fatalf("second read = %+v, %v", second, err)
	}
	_, err = c.CancelOrder(ctx, shop, open, false)
	var ue actions.UserErrors
	if !errors.As(err, &ue) || ue[0].Code != "INVALID" {
		t.Fatalf("second cancel err = %v", err)
	}
}

func TestUserErrors(t *testing.T) {
	c, _ := setup(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		call  func() error
		code  string
		field string
	}{
		{"cancel shipped", func() error { _, err := c.CancelOrder(ctx, shop, shipped, true); return err }, "INVALID", "orderId"},
		{"cancel unknown", func() error { _, err := c.CancelOrder(ctx, shop, notThere, true); return err }, "NOT_FOUND", "orderId"},
		{"bad zip", func() error {
			return c.UpdateShippingAddress(ctx, shop, open, actions.Address{Address1: "2 Rue X", City: "Paris", Zip: "750", CountryCode: "FR"})
		}, "", "shippingAddress.zip"},
		{"address of shipped order", func() error {
			return c.UpdateShippingAddress(ctx, shop, shipped, actions.Address{Address1: "2 Rue X", City: "Paris", Zip: "75002", CountryCode: "FR"})
		}, "", "shippingAddress"},
		{"return already requested", func() error {
			items := []actions.Item{{Line: actions.Line{LineItemID: 601}, Count: 2}}
			if _, _, err := c.RequestReturn(ctx, shop, shipped, items, "UNWANTED", ""); err != nil {
				return err
			}
			_, _, err := c.RequestReturn(ctx, shop, shipped, items, "UNWANTED", "")
			return err
		}, "INVALID", "input.returnLineItems.0.quantity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			var ue actions.UserErrors
			if !errors.As(err, &ue) || ue[0].Code != tt.code || joinField(ue[0].Field) != tt.field {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

func joinField(f []string) string { return strings.Join(f, ".") }

func TestAddressAndReturnReadBack(t *testing.T) {
	c, orders := setup(t)
	ctx := context.Background()
	a := actions.Address{FirstName: "Léa", Address1: "2 Rue de la Paix", City: "Paris", Zip: "75002", CountryCode: "FR"}
	if err := c.UpdateShippingAddress(ctx, shop, open, a); err != nil {
		t.Fatal(err)
	}
	r, err := c.OrderState(ctx, shop, open)
	if err != nil || r.ShippingAddress == nil || *r.ShippingAddress != a {
		t.Fatalf("read back = %+v, %v", r.ShippingAddress, err)
	}
	gid, name, err := c.RequestReturn(ctx, shop, shipped, []actions.Item{{Line: actions.Line{LineItemID: 601}, Count: 1}},
		actions.ReasonSizeTooSmall, "a bit tight")
	if err != nil || name != "#1006-R1" {
		t.Fatalf("return %s %s, %v", gid, name, err)
	}
	f, _ := orders.Get("gid://shopify/Order/6")
	l := f.Returns[0].Lines[0]
	if l["returnReason"] != "SIZE_TOO_SMALL" || l["customerNote"] != "a bit tight" || l["quantity"] != float64(1) {
		t.Fatalf("line = %v", l)
	}
	r, err = c.OrderState(ctx, shop, shipped)
	if err != nil || len(r.Returns) != 1 || r.Returns[0].ID != gid || r.Returns[0].Status != "REQUESTED" {
		t.Fatalf("returns read back = %+v, %v", r, err)
	}
	// No effect: Shopify answers success, the read-back shows nothing.
	orders.SetNoEffect(true)
	b := a
	b.Address1 = "9 Quai Voltaire"
	if err := c.UpdateShippingAddress(ctx, shop, open, b); err != nil {
		t.Fatal(err)
	}
	if r, _ := c.OrderState(ctx, shop, open); r.ShippingAddress.Address1 != a.Address1 {
		t.Fatalf("no-effect write changed the order: %+v", r.ShippingAddress)
	}
}
