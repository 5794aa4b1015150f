package db_test

import (
	"context"
	"errors"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestOrderParts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "parts.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 77, OrderNumber: 1077, Name: "#1077",
			Email: "ana@example.com", LineItems: []db.OrderLineItem{{ShopifyID: 2, Quantity: 1, Title: "B"},
				{ShopifyID: 1, Quantity: 2, Title: "A"}}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.UpsertFulfillment(ctx, 77, &db.Fulfillment{ShopID: shop.ID, ShopifyID: 5, Name: "#1077.1",
			Status: "success", TrackingCompany: "DHL"}); err != nil {
			t.Fatal(err)
		}
		if err := s.InsertRefund(ctx, 77, &db.Refund{ShopID: shop.ID, ShopifyID: 9, Amount: "10.00"}); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name                         string
			parts                        db.OrderParts
			lines, fulfills, refunds, rs int
		}{
			{"row only", db.OrderParts{}, 0, 0, 0, 0},
			{"status", db.OrderParts{LineItems: true, Fulfillments: true}, 2, 1, 0, 0},
			{"all", db.AllOrderParts(), 2, 1, 1, 0},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				o, err := s.GetOrderByNumberParts(ctx, shop.ID, 1077, tc.parts)
				if err != nil {
					t.Fatal(err)
				}
				if o.Email != "ana@example.com" || len(o.LineItems) != tc.lines || len(o.Fulfillments) != tc.fulfills ||
					len(o.Refunds) != tc.refunds || len(o.Returns) != tc.rs {
					t.Fatalf("order %+v: lines %d fulfillments %d refunds %d returns %d", o, len(o.LineItems),
						len(o.Fulfillments), len(o.Refunds), len(o.Returns))
				}
				if tc.lines > 0 && o.LineItems[0].ID > o.LineItems[1].ID {
					t.Errorf("line items not in id order: %+v", o.LineItems)
				}
			})
		}
		// Loading the rest later completes a partial order.
		o, err := s.GetOrderByNumberParts(ctx, shop.ID, 1077, db.OrderParts{LineItems: true})
		if err != nil {
			t.Fatal(err)
		}
		rest := db.AllOrderParts().Without(db.OrderParts{LineItems: true})
		if rest.LineItems || !rest.Fulfillments || !rest.Refunds || !rest.Returns {
			t.Fatalf("Without = %+v", rest)
		}
		if err := s.LoadOrderParts(ctx, o, rest); err != nil {
			t.Fatal(err)
		}
		if len(o.LineItems) != 2 || len(o.Fulfillments) != 1 || len(o.Refunds) != 1 {
			t.Fatalf("completed order: lines %d fulfillments %d refunds %d", len(o.LineItems), len(o.Fulfillments), len(o.Refunds))
		}
		if _, err := s.GetOrderByNumberParts(ctx, shop.ID, 9999, db.OrderParts{}); err == nil {
			t.Fatal("missing order: want an error")
		}
	})
}

func TestProductTags(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "tags.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.UpsertProducts(ctx, shop.ID, []db.Product{
			{ShopID: shop.ID, ShopifyID: 10, Handle: "sale-tee", Title: "Sale tee", Status: "active",
				Tags: db.NewJSON([]string{"Final-Sale", "tee"})},
			{ShopID: shop.ID, ShopifyID: 11, Handle: "jacket", Title: "Jacket", Status: "active",
				Tags: db.NewJSON([]string{"outerwear"})},
		}); err != nil {
			t.Fatal(err)
		}
		got, err := s.ProductTags(ctx, shop.ID, []int64{10, 11, 99})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || len(got[10]) != 2 || got[10][0] != "Final-Sale" || got[11][0] != "outerwear" {
			t.Fatalf("tags = %v", got)
		}
		if got, err := s.ProductTags(ctx, shop.ID, nil); err != nil || len(got) != 0 {
			t.Fatalf("no ids: %v %v", got, err)
		}
	})
}

// TestGetOrderByShopifyID: the customer-account extension names an order by
// its GID; the look-up is scoped to the shop, and an unknown id is
// ErrNotFound.
func TestGetOrderByShopifyID(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "gid.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		other, err := s.EnsureShop(ctx, "other-gid.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 450789469, OrderNumber: 1001, Name: "#1001",
			CustomerID: 7001}); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name      string
			shopID    int64
			shopifyID int64
			want      int64 // order number, 0 = not found
		}{
			{"own shop", shop.ID, 450789469, 1001},
			{"other shop", other.ID, 450789469, 0},
			{"unknown id", shop.ID, 1, 0},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				o, err := s.GetOrderByShopifyID(ctx, tt.shopID, tt.shopifyID)
				if tt.want == 0 {
					if !errors.Is(err, db.ErrNotFound) {
						t.Fatalf("err = %v, want ErrNotFound", err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if o.OrderNumber != tt.want || o.CustomerID != 7001 {
					t.Fatalf("order = #%d customer %d", o.OrderNumber, o.CustomerID)
				}
			})
		}
	})
}
