package db_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func ptime(t time.Time) *time.Time { return &t }

func TestMigrateIsIdempotent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("second migrate: %v", err)
		}
		pending, err := s.Pending(ctx)
		if err != nil || len(pending) != 0 {
			t.Fatalf("pending = %v, %v; want none", pending, err)
		}
	})
}

func TestShopLifecycle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		exp := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
		shop, err := s.SaveInstall(ctx, "a.myshopify.com", db.ShopTokens{AccessTokenEnc: []byte{1, 2, 3}, Scopes: "read_orders", ExpiresAt: &exp})
		if err != nil {
			t.Fatal(err)
		}
		if !shop.Installed() || shop.Scopes != "read_orders" || shop.InstalledAt == nil {
			t.Fatalf("after install: %+v", shop)
		}
		if !shop.TokenExpiresAt.Equal(exp) {
			t.Fatalf("token expiry = %v, want %v", shop.TokenExpiresAt, exp)
		}
		if got := shop.Settings.V.Returns.WindowDays; got != 30 {
			t.Fatalf("default return window = %d", got)
		}
		st := shop.Settings.V
		st.Returns.WindowDays = 14
		if err := s.SaveSettings(ctx, shop.ID, st); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkUninstalled(ctx, shop.Domain); err != nil {
			t.Fatal(err)
		}
		shop, err = s.GetShop(ctx, shop.Domain)
		if err != nil {
			t.Fatal(err)
		}
		if shop.Installed() || shop.AccessTokenEnc != nil || shop.UninstalledAt == nil {
			t.Fatalf("after uninstall tokens must be gone: %+v", shop)
		}
		// Reinstall keeps settings.
		shop, err = s.SaveInstall(ctx, shop.Domain, db.ShopTokens{AccessTokenEnc: []byte{9}})
		if err != nil {
			t.Fatal(err)
		}
		if !shop.Installed() || shop.Settings.V.Returns.WindowDays != 14 {
			t.Fatalf("after reinstall: installed=%v window=%d", shop.Installed(), shop.Settings.V.Returns.WindowDays)
		}
		if _, err := s.GetShop(ctx, "missing.myshopify.com"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("missing shop err = %v", err)
		}
	})
}

func TestOAuthStateIsSingleUse(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		if err := s.SaveOAuthState(ctx, "n1", "a.myshopify.com", time.Now().Add(time.Minute), time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := s.SaveOAuthState(ctx, "old", "a.myshopify.com", time.Now().Add(-time.Minute), time.Now().Add(-2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name, nonce, shop string
			wantErr           bool
		}{
			{"other shop", "n1", "b.myshopify.com", true},
			{"valid", "n1", "a.myshopify.com", false},
			{"replay", "n1", "a.myshopify.com", true},
			{"expired", "old", "a.myshopify.com", true},
			{"unknown", "zz", "a.myshopify.com", true},
		}
		for _, tt := range tests {
			err := s.ConsumeOAuthState(ctx, tt.nonce, tt.shop, time.Now())
			if (err != nil) != tt.wantErr {
				t.Errorf("%s: err = %v, wantErr %v", tt.name, err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, db.ErrNotFound) {
				t.Errorf("%s: err = %v, want ErrNotFound", tt.name, err)
			}
		}
	})
}

func TestUpsertOrderIgnoresStaleSnapshots(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "a.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
		mk := func(updated time.Time, status string) *db.Order {
			return &db.Order{ShopID: shop.ID, ShopifyID: 450789469, Name: "#1001", OrderNumber: 1001,
				Email: " Bob@Example.COM ", Phone: "+1 (555) 010-2000", FulfillmentStatus: status,
				ShopifyUpdatedAt: ptime(updated), TotalPrice: "59.00", Currency: "EUR",
				LineItems: []db.OrderLineItem{{ShopifyID: 1, ProductID: 7, VariantID: 8, Title: "Tee", Quantity: 2, Price: "29.50"}},
				Fulfillments: []db.Fulfillment{{ShopifyID: 55, Status: "success", ShipmentStatus: status,
					TrackingNumbers: db.NewJSON([]string{"1Z999"}), ShopifyUpdatedAt: ptime(updated)}},
			}
		}
		steps := []struct {
			name    string
			order   *db.Order
			want    db.UpsertResult
			wantFul string
		}{
			{"first", mk(t0, "in_transit"), db.Inserted, "in_transit"},
			{"newer", mk(t0.Add(time.Hour), "delivered"), db.Updated, "delivered"},
			{"older arrives late", mk(t0.Add(30*time.Minute), "in_transit"), db.Stale, "delivered"},
			{"duplicate delivery", mk(t0.Add(time.Hour), "delivered"), db.Updated, "delivered"},
		}
		for _, st := range steps {
			got, err := s.UpsertOrder(ctx, st.order)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if got != st.want {
				t.Errorf("%s: result = %v, want %v", st.name, got, st.want)
			}
			o, err := s.GetOrderByNumber(ctx, shop.ID, 1001)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if o.FulfillmentStatus != st.wantFul || len(o.Fulfillments) != 1 || o.Fulfillments[0].ShipmentStatus != st.wantFul {
				t.Errorf("%s: stored status %q / %+v, want %q", st.name, o.FulfillmentStatus, o.Fulfillments, st.wantFul)
			}
			if o.Email != "bob@example.com" || o.Phone != "+15550102000" || len(o.LineItems) != 1 || o.LineItems[0].Quantity != 2 {
				t.Errorf("%s: normalized fields wrong: %q %q %+v", st.name, o.Email, o.Phone, o.LineItems)
			}
		}
	})
}

func TestFulfillmentBeforeOrderCreatesPlaceholder(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		f := &db.Fulfillment{ShopID: shop.ID, ShopifyID: 9, ShipmentStatus: "in_transit", TrackingCompany: "UPS"}
		if _, err := s.UpsertFulfillment(ctx, 777, f); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.CountOrders(ctx, shop.ID); n != 0 {
			t.Fatalf("placeholder must not count as an order, got %d", n)
		}
		if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: shop.ID, ShopifyID: 777, OrderNumber: 1002, ShopifyUpdatedAt: ptime(time.Now())}); err != nil {
			t.Fatal(err)
		}
		o, err := s.GetOrderByNumber(ctx, shop.ID, 1002)
		if err != nil {
			t.Fatal(err)
		}
		if len(o.Fulfillments) != 1 || o.Fulfillments[0].TrackingCompany != "UPS" {
			t.Fatalf("fulfillment lost: %+v", o.Fulfillments)
		}
		if err := s.InsertRefund(ctx, 777, &db.Refund{ShopID: shop.ID, ShopifyID: 3, Amount: "10.00"}); err != nil {
			t.Fatal(err)
		}
		if err := s.InsertRefund(ctx, 777, &db.Refund{ShopID: shop.ID, ShopifyID: 3, Amount: "10.00"}); err != nil {
			t.Fatalf("duplicate refund must be a no-op: %v", err)
		}
		o, _ = s.GetOrderByNumber(ctx, shop.ID, 1002)
		if len(o.Refunds) != 1 {
			t.Fatalf("refunds = %d, want 1", len(o.Refunds))
		}
	})
}

func TestCatalogVersioning(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Now().UTC().Add(-time.Hour)
		p := db.Product{ShopifyID: 10, Title: "Alpine Jacket", Handle: "alpine-jacket", ShopifyUpdatedAt: &t0,
			Variants:     []db.Variant{{ShopifyID: 100, Title: "Red / M", Price: "120.00", Option1: "Red", Option2: "M", Available: true}},
			Translations: []db.ProductTranslation{{Locale: "es", Title: "Chaqueta Alpina"}}}
		v1, n, err := s.UpsertProducts(ctx, shop.ID, []db.Product{p})
		if err != nil || n != 1 {
			t.Fatalf("upsert: %v n=%d", err, n)
		}
		// A webhook update without translations keeps the synced ones.
		t1 := t0.Add(time.Minute)
		p2 := db.Product{ShopifyID: 10, Title: "Alpine Jacket II", ShopifyUpdatedAt: &t1,
			Variants: []db.Variant{{ShopifyID: 100, Price: "99.00", Available: true}}}
		v2, _, err := s.UpsertProducts(ctx, shop.ID, []db.Product{p2})
		if err != nil || v2 <= v1 {
			t.Fatalf("v2=%d v1=%d err=%v", v2, v1, err)
		}
		got, err := s.GetProduct(ctx, shop.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != "Alpine Jacket II" || len(got.Translations) != 1 || got.Variants[0].Price != "99.00" {
			t.Fatalf("after update: %+v", got)
		}
		// Stale snapshot is ignored.
		if _, n, _ := s.UpsertProducts(ctx, shop.ID, []db.Product{{ShopifyID: 10, Title: "old", ShopifyUpdatedAt: &t0}}); n != 0 {
			t.Fatalf("stale product written")
		}
		changed, err := s.ProductsChangedSince(ctx, shop.ID, v1)
		if err != nil || len(changed) != 1 {
			t.Fatalf("changed since v1: %d %v", len(changed), err)
		}
		v3, err := s.DeleteProduct(ctx, shop.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		changed, _ = s.ProductsChangedSince(ctx, shop.ID, v3-1)
		if len(changed) != 1 || changed[0].DeletedAt == nil {
			t.Fatalf("tombstone missing: %+v", changed)
		}
		if live, _ := s.ListProducts(ctx, shop.ID, 0, 10); len(live) != 0 {
			t.Fatalf("deleted product still listed")
		}
	})
}

func TestDeleteShopDataRemovesEverything(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "gone.myshopify.com")
		other, _ := s.EnsureShop(ctx, "kept.myshopify.com")
		for _, sh := range []*db.Shop{shop, other} {
			if _, err := s.UpsertOrder(ctx, &db.Order{ShopID: sh.ID, ShopifyID: 1, OrderNumber: 1001, Email: "x@example.com",
				LineItems: []db.OrderLineItem{{ShopifyID: 1, Quantity: 1}}}); err != nil {
				t.Fatal(err)
			}
			c := &db.Conversation{ID: "c-" + sh.Domain, ShopID: sh.ID, TokenHash: "h"}
			if err := s.CreateConversation(ctx, c); err != nil {
				t.Fatal(err)
			}
			if err := s.AppendMessages(ctx, c.ID, &db.Message{ShopID: sh.ID, Role: db.RoleShopper, Text: "hi"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.DeleteShopData(ctx, shop.Domain); err != nil {
			t.Fatal(err)
		}
		if _, err := s.GetShop(ctx, shop.Domain); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("shop still there: %v", err)
		}
		if msgs, _ := s.ListMessages(ctx, "c-"+shop.Domain, 0, 10); len(msgs) != 0 {
			t.Fatalf("messages of deleted shop remain")
		}
		if msgs, _ := s.ListMessages(ctx, "c-"+other.Domain, 0, 10); len(msgs) != 1 {
			t.Fatalf("other shop's messages must stay")
		}
		if _, err := s.GetOrderByNumber(ctx, other.ID, 1001); err != nil {
			t.Fatalf("other shop's order gone: %v", err)
		}
	})
}

func TestNormalizePhone(t *testing.T) {
	tests := map[string]string{
		"+1 (555) 010-2000": "+15550102000",
		"0049 30 1234567":   "+49301234567",
		"０９０-１２３４-５６７８":     "09012345678",
		"":                  "",
	}
	for in, want := range tests {
		if got := db.NormalizePhone(in); got != want {
			t.Errorf("NormalizePhone(%q) = %q, want %q", in, got, want)
		}
	}
}
