package db_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestApplyFulfillmentEventsOutOfOrder: carrier events arrive unordered and
// before their order; the shipment must end in the state of the latest
// event, keep the last known estimate and its first delivery time.
func TestApplyFulfillmentEventsOutOfOrder(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC)
		eta1, eta2 := t0.Add(72*time.Hour), t0.Add(96*time.Hour)
		steps := []struct {
			name      string
			ev        db.FulfillmentEvent
			want      db.UpsertResult
			status    string
			eta       *time.Time
			delivered *time.Time
		}{
			{"first event, before the order exists", db.FulfillmentEvent{Status: "in_transit", HappenedAt: t0.Add(time.Hour), EstimatedDeliveryAt: &eta1},
				db.Updated, "in_transit", &eta1, nil},
			{"an older event arrives late", db.FulfillmentEvent{Status: "label_printed", HappenedAt: t0},
				db.Stale, "in_transit", &eta1, nil},
			{"no estimate: the previous one stays", db.FulfillmentEvent{Status: "delayed", HappenedAt: t0.Add(2 * time.Hour)},
				db.Updated, "delayed", &eta1, nil},
			{"a new estimate", db.FulfillmentEvent{Status: "in_transit", HappenedAt: t0.Add(3 * time.Hour), EstimatedDeliveryAt: &eta2},
				db.Updated, "in_transit", &eta2, nil},
			{"delivered", db.FulfillmentEvent{Status: "delivered", HappenedAt: t0.Add(90 * time.Hour)},
				db.Updated, "delivered", &eta2, ptime(t0.Add(90 * time.Hour))},
			{"a second delivered scan keeps the first time", db.FulfillmentEvent{Status: "delivered", HappenedAt: t0.Add(91 * time.Hour)},
				db.Updated, "delivered", &eta2, ptime(t0.Add(90 * time.Hour))},
		}
		for _, st := range steps {
			got, err := s.ApplyFulfillmentEvent(ctx, shop.ID, 5001, 6001, st.ev)
			if err != nil || got != st.want {
				t.Fatalf("%s: %v, %v; want %v", st.name, got, err, st.want)
			}
			f, err := s.GetFulfillmentByShopifyID(ctx, shop.ID, 6001)
			if err != nil {
				t.Fatal(err)
			}
			if f.ShipmentStatus != st.status || !sameTime(f.EstimatedDeliveryAt, st.eta) || !sameTime(f.DeliveredAt, st.delivered) {
				t.Fatalf("%s: status %q eta %v delivered %v", st.name, f.ShipmentStatus, f.EstimatedDeliveryAt, f.DeliveredAt)
			}
		}
		// The placeholder order is not an order until its webhook arrives.
		if n, _ := s.CountOrders(ctx, shop.ID); n != 0 {
			t.Fatalf("placeholder counted: %d", n)
		}
		// The order snapshot arriving afterwards keeps what the events said.
		o := &db.Order{ShopID: shop.ID, ShopifyID: 5001, OrderNumber: 1001, ShopifyUpdatedAt: ptime(t0),
			Fulfillments: []db.Fulfillment{{ShopifyID: 6001, Status: "success", ShipmentStatus: "delivered", ShopifyUpdatedAt: ptime(t0)}}}
		if _, err := s.UpsertOrder(ctx, o); err != nil {
			t.Fatal(err)
		}
		f, _ := s.GetFulfillmentByShopifyID(ctx, shop.ID, 6001)
		if !sameTime(f.EstimatedDeliveryAt, &eta2) || !sameTime(f.DeliveredAt, ptime(t0.Add(90*time.Hour))) || f.LastEventAt == nil {
			t.Fatalf("order snapshot erased event data: %+v", f)
		}
	})
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Equal(*b)
}

func TestListCustomerOrdersAndPopularity(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		since := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
		order := func(shopID, id, customer int64, email string, created time.Time, lines ...db.OrderLineItem) {
			o := &db.Order{ShopID: shopID, ShopifyID: id, OrderNumber: id, CustomerID: customer, Email: email,
				ShopifyCreatedAt: ptime(created), ShopifyUpdatedAt: ptime(created), LineItems: lines}
			if _, err := s.UpsertOrder(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		line := func(id, product int64, qty int) db.OrderLineItem {
			return db.OrderLineItem{ShopifyID: id, ProductID: product, Quantity: qty, Price: "1.00"}
		}
		order(shop.ID, 1, 42, "", since.Add(time.Hour), line(11, 100, 2), line(12, 200, 1))
		order(shop.ID, 2, 0, "Ana@Example.com", since.Add(2*time.Hour), line(21, 100, 3), line(22, 0, 5)) // custom line: no product
		order(shop.ID, 3, 42, "ana@example.com", since.Add(3*time.Hour), line(31, 300, 1))
		order(shop.ID, 4, 0, "", since.Add(-time.Hour), line(41, 100, 50)) // before the window
		order(shop.ID, 5, 7, "bo@example.com", since, line(51, 200, 4))    // on the boundary: counted
		order(other.ID, 6, 42, "ana@example.com", since.Add(time.Hour), line(61, 100, 9))

		tests := []struct {
			name     string
			customer int64
			email    string
			limit    int
			want     []int64
		}{
			{"by customer id, newest first", 42, "", 0, []int64{3, 1}},
			{"by email, normalized", 0, " ANA@example.com", 0, []int64{3, 2}},
			{"either", 42, "ana@example.com", 0, []int64{3, 2, 1}},
			{"limit", 42, "ana@example.com", 2, []int64{3, 2}},
			{"nothing to match on", 0, "", 0, nil},
		}
		for _, tt := range tests {
			got, err := s.ListCustomerOrders(ctx, shop.ID, tt.customer, tt.email, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, o := range got {
				ids = append(ids, o.ShopifyID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("%s: %v, want %v", tt.name, ids, tt.want)
			}
		}
		if got, _ := s.ListCustomerOrders(ctx, shop.ID, 42, "", 1); len(got) != 1 || len(got[0].LineItems) != 1 {
			t.Errorf("orders come with their lines: %+v", got)
		}

		pop, err := s.ProductPopularity(ctx, shop.ID, since)
		if err != nil {
			t.Fatal(err)
		}
		want := map[int64]float64{100: 5, 200: 5, 300: 1}
		if len(pop) != len(want) {
			t.Fatalf("popularity = %v, want %v", pop, want)
		}
		for id, units := range want {
			if pop[id] != units {
				t.Errorf("product %d: %v units, want %v", id, pop[id], units)
			}
		}
	})
}

func TestUpsertReturnByGIDKeepsWhatTheWebhookLacks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		// The assistant recorded a return request in a conversation, then
		// Shopify's returns/request webhook names the same return.
		r := &db.Return{ShopifyGID: "gid://shopify/Return/1", Name: "#1001-R1", Status: "requested",
			LineItems: db.NewJSON([]db.ReturnLine{{LineItemID: 7, Quantity: 1, Reason: "SIZE_TOO_SMALL"}})}
		res, err := s.UpsertReturnByGID(ctx, shop.ID, 5001, r)
		if err != nil || res != db.Inserted || r.OrderID == 0 {
			t.Fatalf("first = %v, %v, %+v", res, err, r)
		}
		linked := *r
		linked.ConversationID = "c1"
		if err := s.SaveReturn(ctx, &linked); err != nil {
			t.Fatal(err)
		}
		// returns/approve carries the status only.
		upd := &db.Return{ShopifyGID: "gid://shopify/Return/1", Status: "open"}
		res, err = s.UpsertReturnByGID(ctx, shop.ID, 5001, upd)
		if err != nil || res != db.Updated || upd.ID != r.ID {
			t.Fatalf("update = %v, %v, id %d want %d", res, err, upd.ID, r.ID)
		}
		o, err := s.GetOrder(ctx, shop.ID, r.OrderID)
		if err != nil || len(o.Returns) != 1 {
			t.Fatalf("order returns = %+v, %v", o, err)
		}
		got := o.Returns[0]
		if got.Status != "open" || got.Name != "#1001-R1" || got.ConversationID != "c1" || len(got.LineItems.V) != 1 ||
			got.LineItems.V[0].Reason != "SIZE_TOO_SMALL" {
			t.Fatalf("return after update = %+v", got)
		}
	})
}

func TestSetVariantStockStampsOnlyRealChanges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		p := db.Product{ShopifyID: 1, Title: "Hat", ShopifyUpdatedAt: ptime(time.Now().UTC()),
			Variants: []db.Variant{{ShopifyID: 11, InventoryQuantity: 0, Available: false}}}
		if _, _, err := s.UpsertProducts(ctx, shop.ID, []db.Product{p}); err != nil {
			t.Fatal(err)
		}
		steps := []struct {
			name      string
			variant   int64
			qty       int
			available bool
			found     bool
			bump      bool
		}{
			{"back in stock", 11, 5, true, true, true},
			{"the same notice again", 11, 5, true, true, false},
			{"sold out", 11, 0, false, true, true},
			{"a variant not synced yet", 99, 3, true, false, false},
		}
		for _, st := range steps {
			before, _ := s.CatalogVersion(ctx, shop.ID)
			found, err := s.SetVariantStock(ctx, shop.ID, st.variant, st.qty, st.available)
			if err != nil || found != st.found {
				t.Fatalf("%s: found %v, %v", st.name, found, err)
			}
			after, _ := s.CatalogVersion(ctx, shop.ID)
			if (after != before) != st.bump {
				t.Fatalf("%s: version %d → %d, want moved=%v", st.name, before, after, st.bump)
			}
			if !st.found {
				continue
			}
			got, _ := s.GetProduct(ctx, shop.ID, 1)
			if got.Variants[0].InventoryQuantity != st.qty || got.Variants[0].Available != st.available || got.CatalogVersion != after {
				t.Fatalf("%s: variant %+v, product version %d (shop %d)", st.name, got.Variants[0], got.CatalogVersion, after)
			}
		}
	})
}
