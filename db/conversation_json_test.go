package db_test

import (
	"reflect"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestConversationJSONOldRows: rows written before the columns were typed
// (a map encoded as JSON, numbers as floats, ids as strings, unknown keys)
// still decode; a field of the wrong type is dropped, the rest kept.
func TestConversationJSONOldRows(t *testing.T) {
	t.Run("state", func(t *testing.T) {
		tests := []struct {
			name, stored string
			want         db.ConversationState
		}{
			{"empty", `{}`, db.ConversationState{}},
			{"null", `null`, db.ConversationState{}},
			{"old map", `{"verified":[1034.0],"current":1034,"awaiting":"handoff_contact","contact_asks":1,"turn":2}`,
				db.ConversationState{Verified: []int64{1034}, Current: 1034, Awaiting: "handoff_contact", ContactAsks: 1}},
			{"wrong types", `{"verified":"oops","failures":"x","task":"order_status"}`,
				db.ConversationState{Task: "order_status"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var got db.JSON[db.ConversationState]
				if err := got.Scan(tt.stored); err != nil {
					t.Fatalf("Scan(%s): %v", tt.stored, err)
				}
				if !reflect.DeepEqual(got.V, tt.want) {
					t.Fatalf("Scan(%s) = %+v, want %+v", tt.stored, got.V, tt.want)
				}
			})
		}
		var bad db.JSON[db.ConversationState]
		if err := bad.Scan(`{"verified":`); err == nil {
			t.Fatal("malformed JSON decoded without error")
		}
	})
	t.Run("cards and sources", func(t *testing.T) {
		var cards db.JSON[[]db.Card]
		if err := cards.Scan([]byte(`[{"type":"product","product_id":"7","title":"Trail Jacket","price":"89.00"},` +
			`{"type":"order","order_name":"#1005","shipments":[{"carrier":"DHL","status_text":"In transit"}]}]`)); err != nil {
			t.Fatal(err)
		}
		want := []db.Card{{Type: "product", Title: "Trail Jacket", Price: "89.00"},
			{Type: "order", OrderName: "#1005", Shipments: []db.CardShipment{{Carrier: "DHL", StatusText: "In transit"}}}}
		if !reflect.DeepEqual(cards.V, want) {
			t.Fatalf("cards = %+v, want %+v", cards.V, want)
		}
		var src db.JSON[[]db.Source]
		if err := src.Scan(`[{"kind":"policy","title":"Returns","url":3}]`); err != nil {
			t.Fatal(err)
		}
		if len(src.V) != 1 || src.V[0] != (db.Source{Kind: "policy", Title: "Returns"}) {
			t.Fatalf("sources = %+v", src.V)
		}
	})
}

// TestConversationStateStoredOldShape reads a conversation row whose state
// column was written by the untyped version, through the store.
func TestConversationStateStoredOldShape(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := t.Context()
		shop, err := s.EnsureShop(ctx, "old-state.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.CreateConversation(ctx, &db.Conversation{ID: "old-state", ShopID: shop.ID, TokenHash: "h"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SQLDB().ExecContext(ctx,
			`UPDATE conversations SET state = '{"verified":[1034],"current":1034.0,"shown":["x",5]}' WHERE id = 'old-state'`); err != nil {
			t.Fatal(err)
		}
		got, err := s.GetConversation(ctx, shop.ID, "old-state")
		if err != nil {
			t.Fatal(err)
		}
		if got.State.V.Current != 1034 || !reflect.DeepEqual(got.State.V.Verified, []int64{1034}) {
			t.Fatalf("state = %+v", got.State.V)
		}
	})
}
