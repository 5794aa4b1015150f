package deliverycare_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/deliverycare"
	"shopassist/internal/smtpsink"
	"shopassist/notify"
	"shopassist/webhooks"
)

const shopDomain = "north-star.myshopify.com"

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// nopEnqueuer: the tests run the processor directly (Service.Process).
type nopEnqueuer struct{}

func (nopEnqueuer) Enqueue(context.Context, river.JobArgs, *river.InsertOpts) (int64, error) {
	return 1, nil
}
func (nopEnqueuer) EnqueueMany(context.Context, []river.InsertManyParams) error { return nil }
func (nopEnqueuer) RunningJobs(context.Context, string) ([]*rivertype.JobRow, error) {
	return nil, nil
}

// payload reads a go-shopify webhook fixture (../webhooks/testdata) and
// overrides fields, as Shopify would send them for another order.
func payload(t *testing.T, name string, set map[string]any) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "webhooks", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range set {
		m[k] = v
	}
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type env struct {
	store *db.Store
	svc   *webhooks.Service
	shop  *db.Shop
	seq   int
}

func newEnv(t *testing.T, store *db.Store) *env {
	t.Helper()
	ctx := context.Background()
	svc, err := webhooks.New(store, nopEnqueuer{}, webhooks.Config{Secrets: []string{"s"}, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	shop, err := store.SaveInstall(ctx, shopDomain, db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_orders"})
	if err != nil {
		t.Fatal(err)
	}
	return &env{store: store, svc: svc, shop: shop}
}

// deliver stores a webhook as the intake would and processes it.
func (e *env) deliver(t *testing.T, topic string, body []byte) {
	t.Helper()
	e.seq++
	ev := &db.WebhookEvent{Shop: shopDomain, WebhookID: "wh-" + strconv.Itoa(e.seq), EventID: "ev", Topic: topic,
		APIVersion: "2026-10", Payload: body, Status: db.EventReceived, ReceivedAt: time.Now().UTC()}
	if err := e.store.InsertWebhookEvent(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	st, err := e.svc.Process(context.Background(), ev.ID)
	if err != nil || st != db.EventProcessed {
		t.Fatalf("%s: status %q, err %v", topic, st, err)
	}
}

// kindCase is one risk kind driven from webhooks.
type kindCase struct {
	kind    string
	status  string // carrier event status ("" = no event)
	message string
	// estimate of the event relative to now; late uses a passed one.
	estimateDays int
	// shippedDaysAgo dates the fulfillment (stalled needs an old one).
	shippedDaysAgo int
	sweep          bool
}

var kindCases = []kindCase{
	{kind: deliverycare.KindDelayed, status: "delayed", estimateDays: 3},
	{kind: deliverycare.KindFailure, status: "failure"},
	{kind: deliverycare.KindAttempted, status: "attempted_delivery", estimateDays: 1},
	{kind: deliverycare.KindReadyForPickup, status: "ready_for_pickup"},
	{kind: deliverycare.KindException, status: "buyer_action_required"},
	{kind: deliverycare.KindCustoms, status: "in_transit", message: "Shipment held by customs - awaiting clearance"},
	{kind: deliverycare.KindLate, status: "in_transit", estimateDays: -3, sweep: true},
	{kind: deliverycare.KindStalled, shippedDaysAgo: 10, sweep: true},
}

// wantIn is a phrase of each language's notice per kind that proves the
// email is in that language and about that kind.
var wantIn = map[string]map[string]string{
	"en": {deliverycare.KindDelayed: "is delayed", deliverycare.KindFailure: "problem delivering", deliverycare.KindAttempted: "tried to deliver",
		deliverycare.KindReadyForPickup: "pickup point", deliverycare.KindException: "needs something from you", deliverycare.KindCustoms: "held at customs",
		deliverycare.KindLate: "was expected on", deliverycare.KindStalled: "no news"},
	"de": {deliverycare.KindDelayed: "verzögert", deliverycare.KindFailure: "Problem bei der Zustellung", deliverycare.KindAttempted: "versucht",
		deliverycare.KindReadyForPickup: "Abholstelle", deliverycare.KindException: "braucht etwas von dir", deliverycare.KindCustoms: "beim Zoll",
		deliverycare.KindLate: "sollte am", deliverycare.KindStalled: "keine Neuigkeiten"},
	"ja": {deliverycare.KindDelayed: "遅延", deliverycare.KindFailure: "問題が発生", deliverycare.KindAttempted: "お届けできませんでした",
		deliverycare.KindReadyForPickup: "受取場所", deliverycare.KindException: "対応を必要", deliverycare.KindCustoms: "税関",
		deliverycare.KindLate: "お届け予定でしたが", deliverycare.KindStalled: "更新が数日間ありません"},
}

// TestRiskKindsToEmail drives every risk kind from real-shaped webhooks
// (orders/create, fulfillments/create, fulfillment_events/create) through
// the webhook processor and, for the clock-driven kinds, the sweep, to the
// email captured by a local SMTP server, in English, German and Japanese;
// then checks that nothing is sent twice.
func TestRiskKindsToEmail(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newEnv(t, store)
		sink, smtpURL := smtpsink.Start(t)
		mailer, err := notify.NewSMTP(smtpURL)
		if err != nil {
			t.Fatal(err)
		}
		// Noon of the day before: the status (an hour before now) and its
		// repeat (half an hour before) fall on one day whatever the time
		// the test runs; with the wall clock they straddled midnight from
		// 00:30 to 01:00 UTC and the repeat counted as a new day's.
		now := time.Now().UTC().Truncate(24 * time.Hour).Add(-12 * time.Hour)
		n := &deliverycare.Notifier{Store: store, Mailer: mailer, Log: quiet,
			Signer: deliverycare.Signer{Key: []byte("k"), BaseURL: "https://app.example"}, Now: func() time.Time { return now }}

		langs := []string{"en", "de", "ja"}
		id := int64(450789000)
		for _, l := range langs {
			for _, kc := range kindCases {
				id++
				t.Run(l+"/"+kc.kind, func(t *testing.T) {
					orderID, fulID := id, id+1_000_000
					email := "shopper" + strconv.FormatInt(id, 10) + "@example.com"
					e.deliver(t, "orders/create", payload(t, "orders_create.json", map[string]any{
						"id": orderID, "name": "#" + strconv.FormatInt(id, 10), "order_number": id, "email": email,
						"cancelled_at": nil, "cancel_reason": nil, "customer_locale": map[string]string{"en": "en-US", "de": "de-DE", "ja": "ja"}[l],
						"updated_at": now.Add(-20 * 24 * time.Hour).Format(time.RFC3339)}))
					shipped := now.Add(-2 * 24 * time.Hour)
					if kc.shippedDaysAgo > 0 {
						shipped = now.Add(-time.Duration(kc.shippedDaysAgo) * 24 * time.Hour)
					}
					e.deliver(t, "fulfillments/create", payload(t, "fulfillments_create.json", map[string]any{
						"id": fulID, "order_id": orderID, "shipment_status": nil,
						"created_at": shipped.Format(time.RFC3339), "updated_at": shipped.Format(time.RFC3339)}))
					var estimate *time.Time
					if kc.status != "" {
						set := map[string]any{"id": id, "fulfillment_id": fulID, "order_id": orderID, "status": kc.status,
							"happened_at": now.Add(-time.Hour).Format(time.RFC3339)}
						if kc.message != "" {
							set["message"] = kc.message
						}
						if kc.estimateDays != 0 {
							est := now.Add(time.Duration(kc.estimateDays) * 24 * time.Hour).Truncate(time.Second)
							estimate = &est
							set["estimated_delivery_at"] = est.Format(time.RFC3339)
						}
						e.deliver(t, "fulfillment_events/create", payload(t, "fulfillment_events_create.json", set))
					}
					if kc.sweep {
						if _, err := deliverycare.SweepShop(ctx, store, e.shop, now); err != nil {
							t.Fatal(err)
						}
					}
					before := len(sink.Mails())
					sent, err := n.SendPending(ctx)
					if err != nil || sent != 1 {
						t.Fatalf("sent %d, err %v; want one email", sent, err)
					}
					m := sink.Mails()[before]
					if len(m.To) != 1 || m.To[0] != email {
						t.Fatalf("recipient %v, want %s", m.To, email)
					}
					subject, body := smtpsink.Decode(t, m.Data)
					if !strings.Contains(subject, "#"+strconv.FormatInt(id, 10)) {
						t.Errorf("subject %q lacks the order", subject)
					}
					if w := wantIn[l][kc.kind]; !strings.Contains(body, w) {
						t.Errorf("body lacks %q (%s, %s):\n%s", w, l, kc.kind, body)
					}
					if !strings.Contains(body, "https://shipping.xyz/track.php?num=123456789") {
						t.Errorf("body lacks the tracking link:\n%s", body)
					}
					if estimate != nil {
						if d := lang.FormatDate(l, estimate.UTC()); !strings.Contains(body, d) {
							t.Errorf("body lacks the estimate %q:\n%s", d, body)
						}
					}
					u := unsubLink(t, body)
					if _, _, err := n.Signer.Verify(u.Query()); err != nil {
						t.Errorf("unsubscribe link %s does not verify: %v", u, err)
					}
					// Once: the same status on the same day (fulfillments/update)
					// and another run send nothing more.
					if kc.status != "" && kc.status != "in_transit" {
						e.deliver(t, "fulfillments/update", payload(t, "fulfillments_create.json", map[string]any{
							"id": fulID, "order_id": orderID, "shipment_status": kc.status,
							"created_at": shipped.Format(time.RFC3339), "updated_at": now.Add(-30 * time.Minute).Format(time.RFC3339)}))
					}
					if kc.sweep {
						if _, err := deliverycare.SweepShop(ctx, store, e.shop, now.Add(time.Hour)); err != nil {
							t.Fatal(err)
						}
					}
					if sent, err := n.SendPending(ctx); err != nil || sent != 0 {
						t.Fatalf("second run sent %d (err %v), want 0", sent, err)
					}
				})
			}
		}
		if got, want := len(sink.Mails()), len(langs)*len(kindCases); got != want {
			t.Errorf("%d emails in all, want %d", got, want)
		}
	})
}

func unsubLink(t *testing.T, body string) *url.URL {
	t.Helper()
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "https://app.example"+deliverycare.UnsubscribePath) {
			u, err := url.Parse(line)
			if err != nil {
				t.Fatal(err)
			}
			return u
		}
	}
	t.Fatalf("no unsubscribe link in:\n%s", body)
	return nil
}
