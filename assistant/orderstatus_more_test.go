package assistant_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"shopassist/assistant"
	"shopassist/db"
	"shopassist/deliverycare"
)

// TestOrderStatusShipments pins the order answers a shopper reads most:
// "out for delivery today" only on the estimated day (plain "out for
// delivery" before it), and a partly shipped order listing each shipment
// with its items and the items not shipped yet.
func TestOrderStatusShipments(t *testing.T) {
	tests := []struct {
		name  string
		msg   string
		order int64
		// at picks the clock from the order's estimated delivery (shop
		// time zone); nil keeps the real clock.
		at     func(est time.Time, loc *time.Location) time.Time
		modify func(o *db.Order)
		want   []string
		never  []string
	}{
		{name: "out for delivery on the estimated day", msg: "where is order 1030? camille.martin@example.net", order: 1030,
			at: func(est time.Time, loc *time.Location) time.Time {
				y, m, d := est.In(loc).Date()
				return time.Date(y, m, d, 7, 0, 0, 0, loc)
			},
			want: []string{"Order #1030 is out for delivery today."}},
		{name: "out for delivery before the estimated day", msg: "where is order 1030? camille.martin@example.net", order: 1030,
			at:    func(est time.Time, _ *time.Location) time.Time { return est.Add(-48 * time.Hour) },
			want:  []string{"Order #1030 is out for delivery."},
			never: []string{"today"}},
		{name: "partly shipped", msg: "where is order 1019? sofia.garcia@example.org", order: 1019,
			modify: func(o *db.Order) {
				f := &o.Fulfillments[0]
				f.LineItems = db.NewJSON([]db.FulfillmentLine{f.LineItems.V[0]})
				f.ShipmentStatus = "in_transit"
				f.DeliveredAt = nil
				o.FulfillmentStatus = "partial"
			},
			want: []string{"Shipment 1 (Aurora 2.5L Rain Shell):", "Shipment 2 (Merino Hiking Socks ×2): not shipped yet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Now()
			env := newEnv(t, assistant.Options{Now: func() time.Time { return now }})
			ctx := context.Background()
			o, err := env.Store.GetOrderByNumberParts(ctx, env.Shop.ID, tt.order, db.AllOrderParts())
			if err != nil {
				t.Fatal(err)
			}
			if tt.at != nil {
				est := o.Fulfillments[0].EstimatedDeliveryAt
				if est == nil {
					t.Fatalf("order %d has no estimate", tt.order)
				}
				now = tt.at(*est, deliverycare.Location(env.Shop.Timezone))
			}
			if tt.modify != nil {
				tt.modify(o)
				later := o.ShopifyUpdatedAt.Add(time.Minute)
				o.ShopifyUpdatedAt = &later
				if _, err := env.Store.UpsertOrder(ctx, o); err != nil {
					t.Fatal(err)
				}
			}
			r, err := env.Engine.Reply(ctx, assistant.Request{Shop: env.Shop, Message: tt.msg})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("reply lacks %q:\n%s", w, r.Text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(r.Text, n) {
					t.Errorf("reply has %q:\n%s", n, r.Text)
				}
			}
		})
	}
}
