package webhooks_test

import (
	"context"
	"encoding/json"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestOrderLinkedToConversation delivers orders/create payloads carrying
// the widget's cart attribute (note_attributes) and line item property,
// the way Shopify copies them from the cart to the order, and checks the
// order is attributed to the conversation with the value of the lines
// added from the chat; a forged id links nothing.
func TestOrderLinkedToConversation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true, cfg: noCache})
		shop, err := store.GetShop(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"conv-attr", "conv-prop"} {
			if err := store.CreateConversation(ctx, &db.Conversation{ID: id, ShopID: shop.ID, TokenHash: "h-" + id}); err != nil {
				t.Fatal(err)
			}
		}
		order := func(id int64, noteConv, propConv string) []byte {
			var o map[string]any
			if err := json.Unmarshal(fixture(t, "orders_create.json"), &o); err != nil {
				t.Fatal(err)
			}
			o["id"], o["order_number"], o["name"] = id, id, "#"+string(rune('A'+id%26))
			if noteConv != "" {
				o["note_attributes"] = []map[string]any{{"name": "gift_note", "value": "hi"},
					{"name": "_shopassist_conversation", "value": noteConv}}
			}
			if propConv != "" {
				line := o["line_items"].([]any)[1].(map[string]any)
				line["quantity"] = 2
				line["properties"] = []map[string]any{{"name": "_shopassist_conversation", "value": propConv}}
			}
			b, _ := json.Marshal(o)
			return b
		}
		for _, b := range [][]byte{order(9001, "conv-attr", "conv-attr"), order(9002, "", "conv-prop"),
			order(9003, "nope", ""), order(9004, "", "")} {
			e.waitStatus(t, e.deliver(t, "orders/create", b), db.EventProcessed)
		}
		type link struct {
			Order                            int64
			Conv, Currency, Total, ChatLines string
		}
		rows, err := store.SQLDB().Query(`SELECT order_shopify_id, conversation_id, currency, total_price, chat_lines_total
 FROM chat_orders WHERE shop_id = $1 ORDER BY order_shopify_id`, shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var got []link
		for rows.Next() {
			var l link
			if err := rows.Scan(&l.Order, &l.Conv, &l.Currency, &l.Total, &l.ChatLines); err != nil {
				t.Fatal(err)
			}
			got = append(got, l)
		}
		want := []link{{9001, "conv-attr", "USD", "9.50", "10.00"}, {9002, "conv-prop", "USD", "9.50", "10.00"}}
		if len(got) != len(want) {
			t.Fatalf("links %+v, want %+v", got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("link %d: %+v, want %+v", i, got[i], want[i])
			}
		}
	})
}
