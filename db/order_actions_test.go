package db_test

import (
	"context"
	"strings"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func TestOrderActionsAuditAndRedaction(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "actions.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		other, err := s.EnsureShop(ctx, "other.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []*db.Order{
			{ShopID: shop.ID, ShopifyID: 81, OrderNumber: 1081, Name: "#1081", Email: "ana@example.com"},
			{ShopID: shop.ID, ShopifyID: 82, OrderNumber: 1082, Name: "#1082", Email: "bo@example.com"},
		} {
			if _, err := s.UpsertOrder(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		ana, err := s.GetOrderByNumber(ctx, shop.ID, 1081)
		if err != nil {
			t.Fatal(err)
		}
		bo, err := s.GetOrderByNumber(ctx, shop.ID, 1082)
		if err != nil {
			t.Fatal(err)
		}
		address := map[string]any{"address": map[string]any{"address1": "Calle Mayor 3", "city": "Madrid", "phone": "+34612345678"}}
		entries := []*db.OrderAction{
			{ShopID: shop.ID, OrderID: ana.ID, OrderName: ana.Name, ConversationID: "conv-ana", Kind: db.ActionAddress,
				Status: db.ActionDone, Detail: db.NewJSON(address)},
			{ShopID: shop.ID, OrderID: bo.ID, OrderName: bo.Name, ConversationID: "conv-bo", Kind: db.ActionCancel,
				Status: db.ActionRefused, Reason: "window"},
			{ShopID: other.ID, OrderName: "#9", Kind: db.ActionReturn, Status: db.ActionDone},
		}
		for _, e := range entries {
			if err := s.RecordOrderAction(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		list, err := s.ListOrderActions(ctx, shop.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].OrderName != "#1082" || list[1].Detail.V["address"] == nil {
			t.Fatalf("list = %+v", list)
		}
		if _, err := s.RedactCustomer(ctx, shop.ID, db.CustomerRef{Email: "ana@example.com"}, db.RedactOptions{}); err != nil {
			t.Fatal(err)
		}
		list, err = s.ListOrderActions(ctx, shop.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range list {
			dump := a.ConversationID + " " + strings.Join(mapKeys(a.Detail.V), ",")
			switch a.OrderName {
			case "#1081":
				if a.ConversationID != "" || len(a.Detail.V) != 0 || a.Kind != db.ActionAddress || a.Status != db.ActionDone {
					t.Errorf("redacted entry kept %q: %+v", dump, a)
				}
			case "#1082":
				if a.ConversationID != "conv-bo" || a.Reason != "window" {
					t.Errorf("another customer's entry changed: %+v", a)
				}
			}
		}
	})
}

func mapKeys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestClaimOrderActionOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "claims.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		key := "conv-1:abc"
		first := &db.OrderAction{ShopID: shop.ID, OrderName: "#1", Kind: db.ActionCancel, ClaimKey: &key}
		ok, err := s.ClaimOrderAction(ctx, first)
		if err != nil || !ok || first.ID == 0 {
			t.Fatalf("first claim: %v %v id %d", ok, err, first.ID)
		}
		again := &db.OrderAction{ShopID: shop.ID, OrderName: "#1", Kind: db.ActionCancel, ClaimKey: &key}
		if ok, err := s.ClaimOrderAction(ctx, again); err != nil || ok {
			t.Fatalf("second claim: %v %v", ok, err)
		}
		// Unclaimed entries (refusals) never collide.
		for i := 0; i < 2; i++ {
			if err := s.RecordOrderAction(ctx, &db.OrderAction{ShopID: shop.ID, Kind: db.ActionCancel, Status: db.ActionRefused}); err != nil {
				t.Fatal(err)
			}
		}
		first.Status, first.ShopifyRef = db.ActionDone, "gid://shopify/Job/1"
		if err := s.FinishOrderAction(ctx, first); err != nil {
			t.Fatal(err)
		}
		list, err := s.ListOrderActions(ctx, shop.ID, 10)
		if err != nil || len(list) != 3 || list[2].Status != db.ActionDone || list[2].ShopifyRef != "gid://shopify/Job/1" {
			t.Fatalf("list = %+v, %v", list, err)
		}
	})
}
