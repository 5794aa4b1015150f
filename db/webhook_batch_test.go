package db_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// snap builds an order snapshot; shop is filled in by the test.
func snap(id int64, updated int, name string, lines []string, fuls []fulSnap, refunds ...int64) db.Order {
	o := db.Order{ShopifyID: id, OrderNumber: id, Name: name, Email: " Ann@Example.COM ", Phone: "+1 (555) 010-2000",
		TotalPrice: "10.00", Currency: "EUR"}
	if updated > 0 {
		o.ShopifyUpdatedAt = ptime(time.Date(2026, 1, 1, 0, updated, 0, 0, time.UTC))
	}
	for i, l := range lines {
		o.LineItems = append(o.LineItems, db.OrderLineItem{ShopifyID: int64(i + 1), Title: l, Quantity: i + 1, Price: "5.00"})
	}
	for _, f := range fuls {
		o.Fulfillments = append(o.Fulfillments, db.Fulfillment{ShopifyID: f.id, Status: f.status, ShipmentStatus: f.status,
			ShopifyUpdatedAt: ptime(time.Date(2026, 1, 1, 0, f.updated, 0, 0, time.UTC))})
	}
	for _, r := range refunds {
		o.Refunds = append(o.Refunds, db.Refund{ShopifyID: r, Amount: fmt.Sprint(r), Currency: "EUR"})
	}
	return o
}

type fulSnap struct {
	id      int64
	updated int
	status  string
}

// orderState is what a shop's orders look like, without ids and clocks.
type orderState struct {
	Name, Email, Phone string
	Updated            string
	Lines              []string
	Fulfillments       []string
	Refunds            []string
}

func ordersOf(t *testing.T, s *db.Store, shopID int64, ids []int64) map[int64]orderState {
	t.Helper()
	out := map[int64]orderState{}
	for _, id := range ids {
		var localID int64
		if err := s.SQLDB().QueryRow("SELECT id FROM orders WHERE shop_id = $1 AND shopify_id = $2", shopID, id).
			Scan(&localID); err != nil {
			t.Fatalf("order %d: %v", id, err)
		}
		o, err := s.GetOrder(context.Background(), shopID, localID)
		if err != nil {
			t.Fatalf("order %d: %v", id, err)
		}
		st := orderState{Name: o.Name, Email: o.Email, Phone: o.Phone}
		if o.ShopifyUpdatedAt != nil {
			st.Updated = o.ShopifyUpdatedAt.UTC().Format(time.RFC3339)
		}
		for _, l := range o.LineItems {
			st.Lines = append(st.Lines, fmt.Sprintf("%d:%s x%d", l.ShopifyID, l.Title, l.Quantity))
		}
		for _, f := range o.Fulfillments {
			st.Fulfillments = append(st.Fulfillments, fmt.Sprintf("%d:%s@%s", f.ShopifyID, f.Status,
				f.ShopifyUpdatedAt.UTC().Format(time.RFC3339)))
		}
		for _, r := range o.Refunds {
			st.Refunds = append(st.Refunds, fmt.Sprintf("%d:%s", r.ShopifyID, r.Amount))
		}
		slices.Sort(st.Lines)
		slices.Sort(st.Fulfillments)
		slices.Sort(st.Refunds)
		out[id] = st
	}
	return out
}

// TestUpsertOrdersMatchesSequentialUpserts applies the same snapshots to
// one shop with UpsertOrder one by one and to another with one UpsertOrders
// call: outcomes and stored state must be identical.
func TestUpsertOrdersMatchesSequentialUpserts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		tests := []struct {
			name   string
			before []db.Order // applied one by one to both shops first
			batch  []db.Order
			want   []db.UpsertResult
		}{
			{name: "distinct new orders",
				batch: []db.Order{snap(1, 1, "#1", []string{"a"}, nil), snap(2, 1, "#2", []string{"b", "c"}, nil)},
				want:  []db.UpsertResult{db.Inserted, db.Inserted}},
			{name: "same order twice in order",
				batch: []db.Order{snap(1, 1, "#1 v1", []string{"a"}, nil), snap(1, 2, "#1 v2", []string{"a", "b"}, nil)},
				want:  []db.UpsertResult{db.Inserted, db.Updated}},
			{name: "out of order updated_at inside the batch: the older is stale",
				batch: []db.Order{snap(1, 5, "#1 new", []string{"new"}, nil), snap(1, 2, "#1 old", []string{"old"}, nil)},
				want:  []db.UpsertResult{db.Inserted, db.Stale}},
			{name: "equal updated_at: the later replaces",
				batch: []db.Order{snap(1, 3, "#1 first", []string{"x"}, nil), snap(1, 3, "#1 second", []string{"y"}, nil)},
				want:  []db.UpsertResult{db.Inserted, db.Updated}},
			{name: "stored row newer than the whole batch",
				before: []db.Order{snap(1, 9, "#1 stored", []string{"kept"}, nil)},
				batch:  []db.Order{snap(1, 3, "#1 old", []string{"old"}, nil), snap(1, 4, "#1 older", nil, nil)},
				want:   []db.UpsertResult{db.Stale, db.Stale}},
			{name: "a later snapshot without lines keeps the earlier lines",
				batch: []db.Order{snap(1, 1, "#1", []string{"a", "b"}, nil), snap(1, 2, "#1 v2", nil, nil)},
				want:  []db.UpsertResult{db.Inserted, db.Updated}},
			{name: "fulfillments folded per fulfillment, refunds once",
				before: []db.Order{snap(1, 1, "#1", []string{"a"}, []fulSnap{{7, 8, "in_transit"}})},
				batch: []db.Order{
					snap(1, 2, "#1 v2", []string{"a"}, []fulSnap{{7, 3, "pending"}, {8, 2, "success"}}, 100),
					snap(2, 1, "#2", []string{"z"}, []fulSnap{{9, 1, "success"}}, 200, 200),
					snap(1, 3, "#1 v3", nil, []fulSnap{{8, 4, "delivered"}}, 100, 101),
				},
				want: []db.UpsertResult{db.Updated, db.Inserted, db.Updated}},
			{name: "stale snapshot brings no children",
				before: []db.Order{snap(1, 5, "#1", []string{"a"}, nil)},
				batch:  []db.Order{snap(1, 4, "#1 old", []string{"old"}, []fulSnap{{3, 1, "success"}}, 300)},
				want:   []db.UpsertResult{db.Stale}},
			{name: "undated snapshots always replace",
				batch: []db.Order{snap(1, 5, "#1 dated", []string{"a"}, nil), snap(1, 0, "#1 undated", []string{"b"}, nil)},
				want:  []db.UpsertResult{db.Inserted, db.Updated}},
		}
		for i, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				seq, err := s.SaveInstall(ctx, fmt.Sprintf("seq-%d.myshopify.com", i), db.ShopTokens{AccessTokenEnc: []byte{1}})
				if err != nil {
					t.Fatal(err)
				}
				bat, err := s.SaveInstall(ctx, fmt.Sprintf("bat-%d.myshopify.com", i), db.ShopTokens{AccessTokenEnc: []byte{1}})
				if err != nil {
					t.Fatal(err)
				}
				var ids []int64
				for _, shop := range []*db.Shop{seq, bat} {
					for _, o := range tc.before {
						o.ShopID = shop.ID
						if _, err := s.UpsertOrder(ctx, &o); err != nil {
							t.Fatal(err)
						}
					}
				}
				var seqResults []db.UpsertResult
				var batch []*db.Order
				for _, o := range tc.batch {
					a, b := o, o
					a.ShopID, b.ShopID = seq.ID, bat.ID
					r, err := s.UpsertOrder(ctx, &a)
					if err != nil {
						t.Fatal(err)
					}
					seqResults = append(seqResults, r)
					// Deep copies: the sequential call rewrote its children.
					b.LineItems, b.Fulfillments, b.Refunds = slices.Clone(o.LineItems), slices.Clone(o.Fulfillments), slices.Clone(o.Refunds)
					batch = append(batch, &b)
					if !slices.Contains(ids, o.ShopifyID) {
						ids = append(ids, o.ShopifyID)
					}
				}
				got, err := s.UpsertOrders(ctx, batch)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(seqResults, tc.want) {
					t.Errorf("outcomes: batch %v, sequential %v, want %v", got, seqResults, tc.want)
				}
				want, have := ordersOf(t, s, seq.ID, ids), ordersOf(t, s, bat.ID, ids)
				if !reflect.DeepEqual(want, have) {
					t.Errorf("stored state differs\nsequential %+v\nbatch      %+v", want, have)
				}
			})
		}
	})
}

func TestWebhookEventBatchStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		at := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
		var evs []*db.WebhookEvent
		for i, topic := range []string{"orders/updated", "products/update", "orders/create", "shop/redact"} {
			evs = append(evs, &db.WebhookEvent{Shop: "a.myshopify.com", WebhookID: fmt.Sprint("w", i), Topic: topic,
				Payload: []byte(`{"id":1}`), ReceivedAt: at.Add(time.Duration(i) * time.Second)})
		}
		if err := s.InsertWebhookEvents(ctx, evs); err != nil {
			t.Fatal(err)
		}
		ids := []int64{evs[3].ID, evs[0].ID, evs[1].ID, evs[2].ID, 999999}

		stale, err := s.StaleWebhookEvents(ctx, at.Add(2500*time.Millisecond), 10)
		if err != nil {
			t.Fatal(err)
		}
		wantStale := []db.WebhookEventRef{{ID: evs[0].ID, Topic: "orders/updated"}, {ID: evs[1].ID, Topic: "products/update"},
			{ID: evs[2].ID, Topic: "orders/create"}}
		if !reflect.DeepEqual(stale, wantStale) {
			t.Fatalf("stale events %+v, want %+v", stale, wantStale)
		}

		err = s.InTx(ctx, func(tx *db.Store) error {
			locked, err := tx.LockWebhookEvents(ctx, ids)
			if err != nil {
				return err
			}
			var got []int64
			for _, e := range locked {
				got = append(got, e.ID)
			}
			if want := []int64{evs[0].ID, evs[1].ID, evs[2].ID, evs[3].ID}; !reflect.DeepEqual(got, want) {
				t.Errorf("locked %v, want %v (received only, by id)", got, want)
			}
			if string(locked[0].Payload) != `{"id":1}` {
				t.Errorf("payload not loaded: %q", locked[0].Payload)
			}
			if err := tx.FinishWebhookEvents(ctx, []int64{evs[0].ID, evs[2].ID}, db.EventProcessed, "", at); err != nil {
				return err
			}
			return tx.FinishWebhookEvents(ctx, []int64{evs[1].ID}, db.EventSkipped, "not in stock", at)
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{db.EventProcessed, db.EventSkipped, db.EventProcessed, db.EventReceived} {
			e, err := s.GetWebhookEvent(ctx, "a.myshopify.com", evs[i].ID)
			if err != nil {
				t.Fatal(err)
			}
			if e.Status != want || (want != db.EventReceived && (e.Attempts != 1 || string(e.Payload) != "{}")) {
				t.Errorf("event %d: status %s attempts %d payload %q, want %s", i, e.Status, e.Attempts, e.Payload, want)
			}
		}
		// Finishing again must fail (and roll back), even when only one of
		// the events was already finished.
		err = s.InTx(ctx, func(tx *db.Store) error {
			return tx.FinishWebhookEvents(ctx, []int64{evs[3].ID, evs[0].ID}, db.EventProcessed, "", at)
		})
		if !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("finishing a processed event: %v", err)
		}
		if e, _ := s.GetWebhookEvent(ctx, "a.myshopify.com", evs[3].ID); e.Status != db.EventReceived {
			t.Fatalf("rolled back finish left event 3 %s", e.Status)
		}
		locked, err := s.LockWebhookEvents(ctx, ids)
		if err != nil || len(locked) != 1 || locked[0].ID != evs[3].ID {
			t.Fatalf("after finishing: %d still received (%v)", len(locked), err)
		}
	})
}

func TestGetShops(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		for _, d := range []string{"a.myshopify.com", "b.myshopify.com"} {
			if _, err := s.SaveInstall(ctx, d, db.ShopTokens{AccessTokenEnc: []byte{1}}); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.GetShops(ctx, []string{"a.myshopify.com", "gone.myshopify.com", "b.myshopify.com"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got["a.myshopify.com"] == nil || got["b.myshopify.com"].Domain != "b.myshopify.com" {
			t.Fatalf("shops %v", got)
		}
		if empty, err := s.GetShops(ctx, nil); err != nil || len(empty) != 0 {
			t.Fatalf("no domains: %v %v", empty, err)
		}
	})
}
