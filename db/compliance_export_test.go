package db_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestCustomerExportHoldsEverythingAndNothingElse: a customers/data_request
// answer lists the customer's orders (by id, email, phone or the requested
// order ids) and conversations, and nothing of another customer or shop —
// in particular not the guest orders that share an empty email.
func TestCustomerExportHoldsEverythingAndNothingElse(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
		order := func(shopID, id, customer int64, email, phone string) {
			o := &db.Order{ShopID: shopID, ShopifyID: id, Name: "#" + strconv.FormatInt(id, 10), OrderNumber: id, CustomerID: customer,
				Email: email, Phone: phone, TotalPrice: "20.00", Currency: "EUR", ShopifyCreatedAt: ptime(t0), ShopifyUpdatedAt: ptime(t0),
				LineItems:    []db.OrderLineItem{{ShopifyID: id * 10, Title: "Tee", Quantity: 1, Price: "20.00"}},
				Fulfillments: []db.Fulfillment{{ShopifyID: id * 100, Status: "success", TrackingNumbers: db.NewJSON([]string{"TRK"})}},
				Refunds:      []db.Refund{{ShopifyID: id * 1000, Amount: "5.00", Currency: "EUR", Note: "late"}}}
			if _, err := s.UpsertOrder(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		order(shop.ID, 1, 42, "", "")                 // by customer id
		order(shop.ID, 2, 0, " Ana@Example.com ", "") // by email (normalized on write)
		order(shop.ID, 3, 0, "", "+49 151 1234 5678") // by phone
		order(shop.ID, 4, 0, "", "")                  // guest, requested by order id
		order(shop.ID, 5, 0, "", "")                  // another guest: never
		order(shop.ID, 6, 7, "bo@example.com", "")    // someone else
		order(other.ID, 7, 42, "ana@example.com", "") // same customer, other shop
		customerConv(t, s, shop.ID, "c-id", "es", 42, "", t0)
		customerConv(t, s, shop.ID, "c-mail", "es", 0, "ana@example.com", t0.Add(time.Hour))
		customerConv(t, s, shop.ID, "c-guest", "es", 0, "", t0)
		customerConv(t, s, other.ID, "c-other", "es", 42, "", t0)
		if err := s.AppendMessages(ctx, "c-id", &db.Message{ShopID: shop.ID, Role: db.RoleShopper, Text: "¿Dónde está?"},
			&db.Message{ShopID: shop.ID, Role: db.RoleBot, Text: "En camino."}); err != nil {
			t.Fatal(err)
		}

		now := t0.Add(24 * time.Hour)
		who := db.CustomerRef{ID: 42, Email: "ANA@example.com", Phone: "+4915112345678"}
		exp, err := s.CreateCustomerExport(ctx, shop.ID, 9001, who, []int64{4}, now)
		if err != nil {
			t.Fatal(err)
		}
		if exp.OrderCount != 4 || exp.ConversationCount != 2 || exp.MessageCount != 2 || exp.Email != "ana@example.com" || exp.DataRequestID != 9001 {
			t.Fatalf("export summary = %+v", exp)
		}
		var doc db.CustomerExportData
		if err := json.Unmarshal(exp.Data, &doc); err != nil {
			t.Fatal(err)
		}
		var orders []int64
		for _, o := range doc.Orders {
			orders = append(orders, o.ShopifyID)
		}
		if !slices.Equal(orders, []int64{1, 2, 3, 4}) {
			t.Fatalf("exported orders = %v, want 1-4", orders)
		}
		o1 := doc.Orders[0]
		if len(o1.LineItems) != 1 || len(o1.Fulfillments) != 1 || o1.Fulfillments[0].TrackingNumbers[0] != "TRK" ||
			len(o1.Refunds) != 1 || o1.Refunds[0].Note != "late" || o1.Returns == nil {
			t.Fatalf("order 1 in export = %+v", o1)
		}
		var convs []string
		for _, c := range doc.Conversations {
			convs = append(convs, c.ID)
		}
		if !slices.Equal(convs, []string{"c-id", "c-mail"}) || len(doc.Conversations[0].Messages) != 2 {
			t.Fatalf("exported conversations = %v (%+v)", convs, doc.Conversations)
		}
		if doc.Shop != "a.myshopify.com" || !doc.GeneratedAt.Equal(now) || !slices.Equal(doc.OrdersRequested, []int64{4}) {
			t.Fatalf("export header = %+v", doc)
		}

		// Nothing identifies an anonymous request: an empty document, not
		// every guest's data.
		empty, err := s.CreateCustomerExport(ctx, shop.ID, 9002, db.CustomerRef{}, nil, now.Add(time.Hour))
		if err != nil || empty.OrderCount != 0 || empty.ConversationCount != 0 {
			t.Fatalf("anonymous export = %+v, %v", empty, err)
		}
		if _, err := s.CreateCustomerExport(ctx, 99999, 1, who, nil, now); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("export for an unknown shop: %v", err)
		}

		list, err := s.ListCustomerExports(ctx, shop.ID, 0)
		if err != nil || len(list) != 2 || list[0].ID != empty.ID || list[1].ID != exp.ID || list[0].Data != nil {
			t.Fatalf("list = %+v, %v (newest first, without documents)", list, err)
		}
		got, err := s.GetCustomerExport(ctx, shop.ID, exp.ID)
		if err != nil || string(got.Data) != string(exp.Data) {
			t.Fatalf("get = %v", err)
		}
		if _, err := s.GetCustomerExport(ctx, other.ID, exp.ID); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("other shop reads the export: %v", err)
		}
		if err := s.DeleteCustomerExports(ctx, shop.ID); err != nil {
			t.Fatal(err)
		}
		if list, _ := s.ListCustomerExports(ctx, shop.ID, 0); len(list) != 0 {
			t.Fatalf("exports left after shop/redact: %+v", list)
		}
		if hits := dbtest.Grep(t, s, "¿Dónde está?"); len(hits) != 1 || hits[0].Table != "messages" {
			t.Fatalf("the chat text must now live only in messages: %v", hits)
		}
	})
}
