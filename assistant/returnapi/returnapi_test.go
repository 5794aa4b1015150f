package returnapi

import (
	"context"
	"strings"
	"testing"

	"shopassist/assistant"
	"shopassist/db"
	"shopassist/shopify/shopifytest"
)

type staticToken string

func (s staticToken) AccessToken(context.Context, string) (string, error) { return string(s), nil }

func TestRequestReturn(t *testing.T) {
	const shop = "returns.myshopify.com"
	admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret"})
	defer admin.Close()
	admin.Handle("AssistantFulfillmentLines", func(_ context.Context, _ string, vars map[string]any) (any, error) {
		if vars["id"] != "gid://shopify/Order/555" {
			t.Errorf("order id = %v", vars["id"])
		}
		return map[string]any{"order": map[string]any{"fulfillments": []any{
			map[string]any{"fulfillmentLineItems": map[string]any{"nodes": []any{
				map[string]any{"id": "gid://shopify/FulfillmentLineItem/1", "quantity": 1, "lineItem": map[string]any{"id": "gid://shopify/LineItem/10"}},
				map[string]any{"id": "gid://shopify/FulfillmentLineItem/2", "quantity": 2, "lineItem": map[string]any{"id": "gid://shopify/LineItem/11"}},
			}}},
			map[string]any{"fulfillmentLineItems": map[string]any{"nodes": []any{
				map[string]any{"id": "gid://shopify/FulfillmentLineItem/3", "quantity": 1, "lineItem": map[string]any{"id": "gid://shopify/LineItem/10"}},
			}}},
		}}}, nil
	})
	var got []any
	admin.Handle("AssistantReturnRequest", func(_ context.Context, _ string, vars map[string]any) (any, error) {
		in := vars["input"].(map[string]any)
		if in["orderId"] != "gid://shopify/Order/555" {
			t.Errorf("orderId = %v", in["orderId"])
		}
		got = in["returnLineItems"].([]any)
		return map[string]any{"returnRequest": map[string]any{
			"return":     map[string]any{"id": "gid://shopify/Return/77", "name": "#1001-R1", "status": "REQUESTED"},
			"userErrors": []any{}}}, nil
	})
	c := New(admin.Client(), staticToken(admin.IssueToken(shop)))
	gid, name, err := c.RequestReturn(context.Background(), &db.Shop{Domain: shop}, &db.Order{ShopifyID: 555, Name: "#1001"},
		[]db.ReturnLine{{LineItemID: 10, Quantity: 2}, {LineItemID: 11, Quantity: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if gid != "gid://shopify/Return/77" || name != "#1001-R1" {
		t.Fatalf("return = %s %s", gid, name)
	}
	want := map[string]float64{"gid://shopify/FulfillmentLineItem/1": 1, "gid://shopify/FulfillmentLineItem/3": 1,
		"gid://shopify/FulfillmentLineItem/2": 1}
	if len(got) != len(want) {
		t.Fatalf("return lines = %v", got)
	}
	for _, l := range got {
		m := l.(map[string]any)
		if want[m["fulfillmentLineItemId"].(string)] != m["quantity"].(float64) || m["returnReason"] != "OTHER" {
			t.Errorf("line %v", m)
		}
	}
}

func TestRequestReturnUserErrors(t *testing.T) {
	const shop = "returns.myshopify.com"
	admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret"})
	defer admin.Close()
	admin.Handle("AssistantFulfillmentLines", func(context.Context, string, map[string]any) (any, error) {
		return map[string]any{"order": map[string]any{"fulfillments": []any{map[string]any{"fulfillmentLineItems": map[string]any{
			"nodes": []any{map[string]any{"id": "gid://shopify/FulfillmentLineItem/1", "quantity": 1,
				"lineItem": map[string]any{"id": "gid://shopify/LineItem/10"}}}}}}}}, nil
	})
	admin.Handle("AssistantReturnRequest", func(context.Context, string, map[string]any) (any, error) {
		return map[string]any{"returnRequest": map[string]any{"return": nil, "userErrors": []any{
			map[string]any{"field": []any{"input", "returnLineItems"}, "message": "Return window has expired"}}}}, nil
	})
	c := New(admin.Client(), staticToken(admin.IssueToken(shop)))
	_, _, err := c.RequestReturn(context.Background(), &db.Shop{Domain: shop}, &db.Order{ShopifyID: 1, Name: "#1"},
		[]db.ReturnLine{{LineItemID: 10, Quantity: 1}})
	if err == nil || !strings.Contains(err.Error(), "Return window has expired") {
		t.Fatalf("err = %v", err)
	}
	_, _, err = c.RequestReturn(context.Background(), &db.Shop{Domain: shop}, &db.Order{ShopifyID: 1, Name: "#1"},
		[]db.ReturnLine{{LineItemID: 99, Quantity: 1}})
	if err == nil || !strings.Contains(err.Error(), ErrNothingToReturn.Error()) {
		t.Fatalf("unfulfilled line: err = %v", err)
	}
}

var _ assistant.ReturnRequester = (*Client)(nil)
