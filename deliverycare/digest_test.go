package deliverycare_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/deliverycare"
)

// TestDigest: the daily digest lists each open risk by order (never the
// shopper) with reason, age and notice state, goes to the delivery-care
// address, and is not sent when nothing is at risk.
func TestDigest(t *testing.T) {
	store := dbtest.Open(t)
	ctx := context.Background()
	e := newEnv(t, store)
	mailer := &memMailer{}
	now := time.Now().UTC()
	j := &deliverycare.Jobs{Notifier: &deliverycare.Notifier{Store: store, Mailer: mailer, Log: quiet, Now: func() time.Time { return now }},
		AdminLink: func(s *db.Shop) string { return "https://admin.example/" + s.Domain + "/delivery-care" }}
	if sent, err := j.SendDigests(ctx); err != nil || sent != 0 {
		t.Fatalf("digest with nothing at risk: %d %v", sent, err)
	}
	st := e.shop.Settings.V
	st.DeliveryCare.DigestEmail = "ops@example.com"
	if err := store.SaveSettings(ctx, e.shop.ID, st); err != nil {
		t.Fatal(err)
	}
	e.deliver(t, "orders/create", payload(t, "orders_create.json", map[string]any{"id": 9100, "name": "#9100", "order_number": 9100,
		"cancelled_at": nil, "email": "private@example.com"}))
	e.deliver(t, "fulfillments/create", payload(t, "fulfillments_create.json", map[string]any{"id": 9101, "order_id": 9100}))
	e.deliver(t, "fulfillment_events/create", payload(t, "fulfillment_events_create.json", map[string]any{"id": 9102,
		"fulfillment_id": 9101, "order_id": 9100, "status": "failure", "happened_at": now.Add(-5 * time.Hour).Format(time.RFC3339)}))
	if sent, err := j.SendDigests(ctx); err != nil || sent != 1 {
		t.Fatalf("digest: %d %v", sent, err)
	}
	m := mailer.sent[0]
	if !strings.HasPrefix(m, "ops@example.com\n") || !strings.Contains(m, "#9100: Delivery failed") ||
		!strings.Contains(m, "notice: Sending") || !strings.Contains(m, "https://admin.example/") || strings.Contains(m, "private@example.com") {
		t.Fatalf("digest:\n%s", m)
	}
}
