package deliverycare_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/deliverycare"
	"shopassist/shopify/shopifytest"
)

// memMailer keeps what would be sent (the SMTP path is covered by
// TestRiskKindsToEmail).
type memMailer struct {
	mu   sync.Mutex
	sent []string
}

func (m *memMailer) Send(_ context.Context, to, subject, body string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, to+"\n"+subject+"\n"+body)
	return nil
}

// TestCompensation: a shipment late by more than the rule's days gets one
// single-use code created through discountCodeBasicCreate (fake Admin API),
// quoted in the notice; once per order; a refused discount (userErrors)
// still sends the news, without a code, and frees the order's claim.
func TestCompensation(t *testing.T) {
	store := dbtest.Open(t)
	ctx := context.Background()
	e := newEnv(t, store)
	admin := shopifytest.New(shopifytest.Options{APIKey: "key", APISecret: "secret"})
	t.Cleanup(admin.Close)
	discounts := shopifytest.RegisterDiscounts(admin)
	token := admin.IssueToken(shopDomain)
	mailer := &memMailer{}
	now := time.Now().UTC()
	n := &deliverycare.Notifier{Store: store, Mailer: mailer, Log: quiet, Now: func() time.Time { return now },
		Signer:    deliverycare.Signer{Key: []byte("k"), BaseURL: "https://app.example"},
		Discounts: deliverycare.ShopifyDiscounts{Client: admin.Client(), Token: func(context.Context, string) (string, error) { return token, nil }}}

	st := e.shop.Settings.V
	st.DeliveryCare.Compensation = db.CompensationSettings{Enabled: true, LateDays: 3, Percent: 10, MaxAmount: 0}
	if err := store.SaveSettings(ctx, e.shop.ID, st); err != nil {
		t.Fatal(err)
	}
	lateOrder := func(id int64, lateDays int) {
		t.Helper()
		e.deliver(t, "orders/create", payload(t, "orders_create.json", map[string]any{"id": id, "name": "#" + itoa(id),
			"order_number": id, "email": "c" + itoa(id) + "@example.com", "cancelled_at": nil, "customer_locale": "fr",
			"updated_at": now.Add(-20 * 24 * time.Hour).Format(time.RFC3339)}))
		e.deliver(t, "fulfillments/create", payload(t, "fulfillments_create.json", map[string]any{"id": id + 1_000_000, "order_id": id,
			"created_at": now.Add(-10 * 24 * time.Hour).Format(time.RFC3339), "updated_at": now.Add(-10 * 24 * time.Hour).Format(time.RFC3339)}))
		e.deliver(t, "fulfillment_events/create", payload(t, "fulfillment_events_create.json", map[string]any{"id": id,
			"fulfillment_id": id + 1_000_000, "order_id": id, "status": "in_transit", "happened_at": now.Add(-time.Hour).Format(time.RFC3339),
			"estimated_delivery_at": now.Add(-time.Duration(lateDays) * 24 * time.Hour).Format(time.RFC3339)}))
		if _, err := deliverycare.SweepShop(ctx, store, e.shop, now); err != nil {
			t.Fatal(err)
		}
	}
	send := func() string {
		t.Helper()
		before := len(mailer.sent)
		if _, err := n.SendPending(ctx); err != nil {
			t.Fatal(err)
		}
		if len(mailer.sent) != before+1 {
			t.Fatalf("%d emails, want %d", len(mailer.sent), before+1)
		}
		return mailer.sent[before]
	}

	// Late by 2 days: under the rule, no code.
	lateOrder(7001, 2)
	if body := send(); strings.Contains(body, "SORRY") || len(discounts.Created()) != 0 {
		t.Fatalf("code under the threshold:\n%s", body)
	}
	// Late by 5 days: a 10 % single-use code, quoted in French.
	lateOrder(7002, 5)
	body := send()
	created := discounts.Created()
	if len(created) != 1 || created[0].Percentage != 0.1 || created[0].UsageLimit != 1 || !strings.Contains(body, created[0].Code) ||
		!strings.Contains(body, "10\u00a0%") {
		t.Fatalf("created %+v\n%s", created, body)
	}
	// A later risk on the same order: the news, no second code.
	o, _ := store.GetOrderByNumber(ctx, e.shop.ID, 7002)
	if _, err := store.RecordShipmentRisk(ctx, &db.ShipmentRisk{ShopID: e.shop.ID, OrderID: o.ID, FulfillmentID: o.Fulfillments[0].ID,
		Kind: deliverycare.KindLate, EventKey: "again", EstimateAt: o.Fulfillments[0].EstimatedDeliveryAt}); err != nil {
		t.Fatal(err)
	}
	if body := send(); strings.Contains(body, "SORRY") || len(discounts.Created()) != 1 {
		t.Fatalf("second code for one order:\n%s", body)
	}
	// A capped rule becomes a fixed amount of this order (10 % of 409.94, at most 25).
	st.DeliveryCare.Compensation.MaxAmount = 25
	if err := store.SaveSettings(ctx, e.shop.ID, st); err != nil {
		t.Fatal(err)
	}
	e.shop, _ = store.GetShopByID(ctx, e.shop.ID)
	lateOrder(7003, 6)
	body = send()
	created = discounts.Created()
	if len(created) != 2 || created[1].Amount <= 0 || created[1].Amount > 25 || created[1].Percentage != 0 || !strings.Contains(body, created[1].Code) {
		t.Fatalf("capped: %+v\n%s", created, body)
	}
	// Shopify refuses (userErrors): the news goes out, without a code, the
	// refusal is shown to the merchant and the order can get a code later.
	discounts.Fail = nil
	admin.Handle(shopifytest.DiscountCreateOperation, func(context.Context, string, map[string]any) (any, error) {
		return map[string]any{"discountCodeBasicCreate": map[string]any{"codeDiscountNode": nil,
			"userErrors": []map[string]any{{"field": []string{"basicCodeDiscount", "code"}, "code": "TAKEN", "message": "Code must be unique."}}}}, nil
	})
	lateOrder(7004, 6)
	if body := send(); strings.Contains(body, "SORRY") {
		t.Fatalf("refused code quoted:\n%s", body)
	}
	o4, _ := store.GetOrderByNumber(ctx, e.shop.ID, 7004)
	risks, _ := store.ListShopRisks(ctx, e.shop.ID, false, 50)
	for _, r := range risks {
		if r.OrderID == o4.ID && (r.NoticeStatus != db.NoticeSent || !strings.Contains(r.NoticeError, "TAKEN")) {
			t.Errorf("refused discount: %+v", r)
		}
	}
	if f, _ := store.GetOrderCareFlags(ctx, e.shop.ID, o4.ID); f.CompensatedAt != nil {
		t.Error("a refused discount kept the order's compensation claim")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
