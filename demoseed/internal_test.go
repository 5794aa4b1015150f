package demoseed

import (
	"testing"
	"time"

	"shopassist/db"
)

// TestEstimateDeliveries: only parcels on their way get an estimate, five
// days after shipping but never before tomorrow.
func TestEstimateDeliveries(t *testing.T) {
	now := time.Date(2026, 12, 5, 12, 30, 0, 0, time.UTC)
	at := func(d time.Duration) *time.Time { v := now.Add(d); return &v }
	tracked := db.NewJSON([]string{"1Z999"})
	tests := []struct {
		name string
		f    db.Fulfillment
		want *time.Time
	}{
		{"shipped yesterday: five days after", db.Fulfillment{ShopifyCreatedAt: at(-24 * time.Hour), TrackingNumbers: tracked, ShipmentStatus: "in_transit"},
			at(4*24*time.Hour - 30*time.Minute)},
		{"shipped long ago: tomorrow", db.Fulfillment{ShopifyCreatedAt: at(-10 * 24 * time.Hour), TrackingNumbers: tracked, ShipmentStatus: "in_transit"},
			at(24*time.Hour - 30*time.Minute)},
		{"delivered", db.Fulfillment{ShopifyCreatedAt: at(-24 * time.Hour), TrackingNumbers: tracked, ShipmentStatus: "delivered"}, nil},
		{"failed", db.Fulfillment{ShopifyCreatedAt: at(-24 * time.Hour), TrackingNumbers: tracked, ShipmentStatus: "failure"}, nil},
		{"no status", db.Fulfillment{ShopifyCreatedAt: at(-24 * time.Hour), TrackingNumbers: tracked}, nil},
		{"delivered date set", db.Fulfillment{ShopifyCreatedAt: at(-24 * time.Hour), TrackingNumbers: tracked, ShipmentStatus: "in_transit",
			DeliveredAt: at(-time.Hour)}, nil},
		{"no tracking number", db.Fulfillment{ShopifyCreatedAt: at(-24 * time.Hour), ShipmentStatus: "in_transit"}, nil},
		{"no ship date", db.Fulfillment{TrackingNumbers: tracked, ShipmentStatus: "in_transit"}, nil},
	}
	for _, tt := range tests {
		o := &db.Order{Fulfillments: []db.Fulfillment{tt.f}}
		estimateDeliveries(o, now)
		got := o.Fulfillments[0].EstimatedDeliveryAt
		switch {
		case tt.want == nil && got != nil:
			t.Errorf("%s: estimate %s, want none", tt.name, got)
		case tt.want != nil && (got == nil || !got.Equal(*tt.want)):
			t.Errorf("%s: estimate %v, want %s", tt.name, got, tt.want)
		}
	}
}

func TestAddDecimal(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"49.00", "4.90", "53.90"},
		{"0.1", "0.2", "0.30"},
		{"1199.99", "4.90", "1204.89"},
		{"n/a", "4.90", "n/a"},
	}
	for _, tt := range tests {
		if got := addDecimal(tt.a, tt.b); got != tt.want {
			t.Errorf("addDecimal(%s, %s) = %s, want %s", tt.a, tt.b, got, tt.want)
		}
	}
}
