package webhooks_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// noCache makes the intake see shop state changes at once.
var noCache = webhooks.Config{ShopCacheTTL: time.Nanosecond}

func TestTopicsEndToEnd(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true, cfg: noCache})
		shop, err := store.GetShop(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		processed := func(topic, file string) {
			t.Helper()
			id := e.deliver(t, topic, fixture(t, file))
			ev := e.waitStatus(t, id, db.EventProcessed)
			if ev.Attempts != 1 || ev.ProcessedAt == nil || string(ev.Payload) != "{}" {
				t.Fatalf("%s: processed event wrong: attempts=%d processed_at=%v payload=%q", topic, ev.Attempts,
					ev.ProcessedAt, ev.Payload)
			}
		}

		processed("orders/updated", "orders_updated.json")
		processed("orders/create", "orders_create.json")
		o, err := store.GetOrderByNumber(ctx, shop.ID, 1001)
		if err != nil {
			t.Fatal(err)
		}
		if o.ShopifyID != 450789469 || o.Email != "bob.norman@hostmail.com" || o.CustomerID != 207119551 ||
			len(o.LineItems) == 0 || o.Currency != "USD" {
			t.Fatalf("order not stored from payload: %+v", o)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM orders WHERE shop_id = $1 AND shopify_id = 123456 AND email = 'jon@doe.ca'", shop.ID); n != 1 {
			t.Fatalf("go-shopify order fixture not stored")
		}

		processed("fulfillments/create", "fulfillments_create.json")
		processed("refunds/create", "refunds_create.json")
		processed("returns/request", "returns_request.json")
		o, err = store.GetOrderByNumber(ctx, shop.ID, 1001)
		if err != nil {
			t.Fatal(err)
		}
		var tracking string
		queryRow(t, store, "SELECT tracking_numbers FROM fulfillments WHERE shop_id = $1 AND shopify_id = 1022782888",
			[]any{shop.ID}, &tracking)
		if tracking != `["123456789"]` || len(o.Fulfillments) != 2 {
			t.Fatalf("fulfillment not stored: %q, %d fulfillments", tracking, len(o.Fulfillments))
		}
		if len(o.Refunds) != 1 || o.Refunds[0].Amount != "209.00" {
			t.Fatalf("refund not stored: %+v", o.Refunds)
		}
		if len(o.Returns) != 1 || o.Returns[0].Status != "requested" || o.Returns[0].ShopifyGID != "gid://shopify/Return/1043587174" ||
			len(o.Returns[0].LineItems.V) != 1 || o.Returns[0].LineItems.V[0].LineItemID != 466157049 {
			t.Fatalf("return not stored: %+v", o.Returns)
		}
		processed("returns/approve", "returns_approve.json")
		var status string
		queryRow(t, store, "SELECT status FROM returns WHERE shop_id = $1", []any{shop.ID}, &status)
		if n := count(t, store, "SELECT COUNT(*) FROM returns WHERE shop_id = $1", shop.ID); n != 1 || status != "open" {
			t.Fatalf("return update: %d rows, status %q", n, status)
		}

		before, _ := store.CatalogVersion(ctx, shop.ID)
		processed("products/update", "products_update.json")
		after, _ := store.CatalogVersion(ctx, shop.ID)
		if after <= before {
			t.Fatalf("catalog version did not move: %d -> %d", before, after)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM products WHERE shop_id = $1 AND shopify_id = 1071559748 AND deleted_at IS NULL", shop.ID); n != 1 {
			t.Fatal("product not stored")
		}
		id := e.deliver(t, "products/delete", []byte(`{"id":1071559748}`))
		e.waitStatus(t, id, db.EventProcessed)
		if n := count(t, store, "SELECT COUNT(*) FROM products WHERE shop_id = $1 AND shopify_id = 1071559748 AND deleted_at IS NOT NULL", shop.ID); n != 1 {
			t.Fatal("product not tombstoned")
		}

		processed("app/scopes_update", "app_scopes_update.json")
		sh, _ := store.GetShop(ctx, shopDomain)
		if sh.Scopes != "read_products,read_orders,read_fulfillments" {
			t.Fatalf("scopes = %q", sh.Scopes)
		}

		// An older snapshot of the order arrives late: stored data stays.
		stale := strings.Replace(string(fixture(t, "orders_updated.json")), `"updated_at": "2008-01-10T11:00:00-05:00"`,
			`"updated_at": "2007-01-10T11:00:00-05:00"`, 1)
		stale = strings.Replace(stale, `"email": "bob.norman@hostmail.com"`, `"email": "stale@example.com"`, 1)
		if !strings.Contains(stale, "2007-01-10") || !strings.Contains(stale, "stale@example.com") {
			t.Fatal("fixture edit did not apply")
		}
		id = e.deliver(t, "orders/updated", []byte(stale))
		e.waitStatus(t, id, db.EventProcessed)
		o, _ = store.GetOrderByNumber(ctx, shop.ID, 1001)
		if o.Email != "bob.norman@hostmail.com" {
			t.Fatalf("stale payload overwrote the order: email %q", o.Email)
		}

		id = e.deliver(t, "carts/update", []byte(`{"id":"c1"}`))
		if ev := e.waitStatus(t, id, db.EventSkipped); !strings.Contains(ev.LastError, "no processor") {
			t.Fatalf("unknown topic: %+v", ev)
		}

		processed("app/uninstalled", "app_uninstalled.json")
		sh, _ = store.GetShop(ctx, shopDomain)
		if sh.UninstalledAt == nil || len(sh.AccessTokenEnc) != 0 {
			t.Fatalf("shop not uninstalled: %+v", sh)
		}
		rec := e.do(signedRequest("orders/updated", shopDomain, fixture(t, "orders_updated.json")))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "ignored") {
			t.Fatalf("order after uninstall: %d %s", rec.Code, rec.Body)
		}
	})
}

func TestUninstallOlderThanReinstallIsSkipped(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{})
		req := signedRequest("app/uninstalled", shopDomain, fixture(t, "app_uninstalled.json"))
		req.Header.Set(webhooks.HeaderTriggeredAt, time.Now().Add(-time.Hour).UTC().Format(time.RFC3339))
		if rec := e.do(req); rec.Code != 200 {
			t.Fatal(rec.Code)
		}
		id := e.eventID(t, req.Header.Get(webhooks.HeaderWebhookID))
		status, err := e.svc.Process(context.Background(), id)
		if err != nil || status != db.EventSkipped {
			t.Fatalf("process: %q %v", status, err)
		}
		sh, _ := store.GetShop(context.Background(), shopDomain)
		if !sh.Installed() {
			t.Fatal("a stale uninstall uninstalled the current installation")
		}
	})
}

func TestEventProcessedOnceUnderConcurrentRuns(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		var calls atomic.Int32
		cfg := webhooks.Config{Processors: map[string]webhooks.Processor{
			"orders/create": func(ctx context.Context, tx *db.Store, ev *webhooks.Event) error {
				calls.Add(1)
				return tx.UpdateScopes(ctx, ev.Shop, "touched")
			},
		}}
		e := newTestEnv(t, store, envOptions{cfg: cfg})
		id := e.deliver(t, "orders/create", fixture(t, "orders_create.json"))
		// A redelivery of the same webhook id is acknowledged, not stored.
		var wg sync.WaitGroup
		var processed atomic.Int32
		for range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				st, err := e.svc.Process(ctx, id)
				if err != nil {
					t.Error(err)
				}
				if st == db.EventProcessed {
					processed.Add(1)
				}
			}()
		}
		wg.Wait()
		if processed.Load() != 1 || calls.Load() != 1 {
			t.Fatalf("processed %d times, processor ran %d times", processed.Load(), calls.Load())
		}
		var attempts int
		queryRow(t, store, "SELECT attempts FROM webhook_events WHERE id = $1", []any{id}, &attempts)
		if attempts != 1 {
			t.Fatalf("attempts = %d", attempts)
		}
	})
}

func TestDuplicateDeliveryWithWorkersProcessedOnce(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		var calls atomic.Int32
		cfg := webhooks.Config{Processors: map[string]webhooks.Processor{
			"orders/create": func(ctx context.Context, tx *db.Store, ev *webhooks.Event) error {
				calls.Add(1)
				return nil
			},
		}}
		e := newTestEnv(t, store, envOptions{workers: true, cfg: cfg})
		body := fixture(t, "orders_create.json")
		first := signedRequest("orders/create", shopDomain, body)
		wid := first.Header.Get(webhooks.HeaderWebhookID)
		for i := range 5 {
			req := signedRequest("orders/create", shopDomain, body)
			req.Header.Set(webhooks.HeaderWebhookID, wid)
			if rec := e.do(req); rec.Code != 200 {
				t.Fatalf("delivery %d: %d", i, rec.Code)
			}
		}
		id := e.eventID(t, wid)
		e.waitStatus(t, id, db.EventProcessed)
		// Give a wrongly enqueued second job time to run.
		time.Sleep(300 * time.Millisecond)
		if calls.Load() != 1 {
			t.Fatalf("processor ran %d times", calls.Load())
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id = $1", wid); n != 1 {
			t.Fatalf("%d events stored", n)
		}
	})
}

func TestCrashBetweenAckAndEnqueueIsReconciled(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true, cfg: webhooks.Config{ReconcileAfter: time.Millisecond}})
		e.enq.drop.Store(true)
		id := e.deliver(t, "orders/create", fixture(t, "orders_create.json"))
		if n := count(t, store, "SELECT COUNT(*) FROM river_job WHERE kind = 'webhook_event'"); n != 0 {
			t.Fatalf("%d jobs despite the simulated crash", n)
		}
		time.Sleep(300 * time.Millisecond)
		if ev, _ := store.GetWebhookEvent(ctx, shopDomain, id); ev.Status != db.EventReceived {
			t.Fatalf("event processed without a job: %s", ev.Status)
		}
		e.enq.drop.Store(false)
		n, err := e.svc.Reconcile(ctx)
		if err != nil || n != 1 {
			t.Fatalf("reconcile: %d %v", n, err)
		}
		e.waitStatus(t, id, db.EventProcessed)
		if n, err := e.svc.Reconcile(ctx); err != nil || n != 0 {
			t.Fatalf("second reconcile: %d %v", n, err)
		}
	})
}

func TestReconcileDoesNotDuplicateLiveJobs(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{cfg: webhooks.Config{ReconcileAfter: time.Millisecond}})
		for range 3 {
			e.deliver(t, "orders/create", fixture(t, "orders_create.json"))
		}
		time.Sleep(5 * time.Millisecond)
		for range 2 {
			if n, err := e.svc.Reconcile(ctx); err != nil || n != 3 {
				t.Fatalf("reconcile: %d %v", n, err)
			}
		}
		// The three synchronous jobs, plus one batch job from the first
		// reconcile that the second did not duplicate.
		if n := count(t, store, "SELECT COUNT(*) FROM river_job WHERE kind = 'webhook_event'"); n != 3 {
			t.Fatalf("%d jobs for 3 events", n)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM river_job WHERE kind = 'webhook_event_batch'"); n != 1 {
			t.Fatalf("%d reconciled batch jobs for 3 events, want 1", n)
		}
	})
}

func TestFailingEventRetriesFailsAndReplays(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		var broken atomic.Bool
		broken.Store(true)
		var calls atomic.Int32
		cfg := webhooks.Config{MaxAttempts: 3, Processors: map[string]webhooks.Processor{
			"orders/create": func(ctx context.Context, tx *db.Store, ev *webhooks.Event) error {
				calls.Add(1)
				if broken.Load() {
					return errors.New("downstream unavailable")
				}
				return tx.UpdateScopes(ctx, ev.Shop, "replayed")
			},
		}}
		e := newTestEnv(t, store, envOptions{workers: true, cfg: cfg})
		body := fixture(t, "orders_create.json")
		id := e.deliver(t, "orders/create", body)
		ev := e.waitStatus(t, id, db.EventFailed)
		if ev.Attempts != 3 || calls.Load() != 3 || !strings.Contains(ev.LastError, "downstream unavailable") ||
			string(ev.Payload) != string(body) {
			t.Fatalf("failed event: attempts=%d calls=%d err=%q payload kept=%v", ev.Attempts, calls.Load(), ev.LastError,
				string(ev.Payload) == string(body))
		}
		if err := e.svc.Replay(ctx, "other.myshopify.com", id); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("replay from another shop: %v", err)
		}
		broken.Store(false)
		if err := e.svc.Replay(ctx, shopDomain, id); err != nil {
			t.Fatal(err)
		}
		e.waitStatus(t, id, db.EventProcessed)
		if sh, _ := store.GetShop(ctx, shopDomain); sh.Scopes != "replayed" {
			t.Fatalf("replay did not apply the effects: scopes %q", sh.Scopes)
		}
		if err := e.svc.Replay(ctx, shopDomain, id); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("replaying a processed event: %v", err)
		}
	})
}

func TestMalformedPayloadFailsWithoutRetries(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{workers: true})
		id := e.deliver(t, "orders/create", []byte(`{"id":"not-a-number","line_items":{}}`))
		ev := e.waitStatus(t, id, db.EventFailed)
		if ev.Attempts != 1 || !strings.Contains(ev.LastError, "decode order") {
			t.Fatalf("malformed payload: attempts=%d err=%q", ev.Attempts, ev.LastError)
		}
	})
}

func TestBatchedEnqueueProcessesAndFlushesOnStop(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{workers: true})
		ctx, cancel := context.WithCancel(context.Background())
		e.svc.Start(ctx)
		var ids []int64
		for range 20 {
			ids = append(ids, e.deliver(t, "orders/create", fixture(t, "orders_create.json")))
		}
		for _, id := range ids {
			e.waitStatus(t, id, db.EventProcessed)
		}
		// Once stopped, the intake enqueues synchronously again.
		cancel()
		e.svc.Flush()
		id := e.deliver(t, "orders/create", fixture(t, "orders_create.json"))
		e.waitStatus(t, id, db.EventProcessed)
		// The batcher's events share batch jobs; the last one, enqueued
		// synchronously, has its own.
		eachEventOneJob(t, store, append(ids, id))
		if n := count(t, store, "SELECT COUNT(*) FROM river_job WHERE kind = 'webhook_event'"); n != 1 {
			t.Fatalf("%d single-event jobs, want 1 (the synchronous enqueue)", n)
		}
	})
}

// TestGroupCommitUnderConcurrentDeliveries sends deliveries from many
// goroutines at once, each webhook id twice, so the intake's writers batch
// them (and meet both copies of an id in one batch or in two): every
// delivery is acknowledged, each webhook id is stored and processed once.
func TestGroupCommitUnderConcurrentDeliveries(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newTestEnv(t, store, envOptions{workers: true})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		e.svc.Start(ctx)
		const unique, senders = 120, 16
		body := fixture(t, "orders_create.json")
		reqs := make(chan int, 2*unique)
		for i := range unique {
			reqs <- i
			reqs <- i
		}
		close(reqs)
		var wg sync.WaitGroup
		codes := make(chan int, 2*unique)
		for range senders {
			wg.Go(func() {
				for i := range reqs {
					req := signedRequest("orders/updated", shopDomain, body)
					req.Header.Set(webhooks.HeaderWebhookID, "group-"+strconv.Itoa(i))
					codes <- e.do(req).Code
				}
			})
		}
		wg.Wait()
		close(codes)
		for c := range codes {
			if c != http.StatusOK {
				t.Fatalf("delivery answered %d", c)
			}
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id LIKE 'group-%'"); n != unique {
			t.Fatalf("%d events stored for %d webhook ids", n, unique)
		}
		deadline := time.Now().Add(30 * time.Second)
		for count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id LIKE 'group-%' AND status = 'processed'") < unique {
			if time.Now().After(deadline) {
				t.Fatal("events not all processed")
			}
			time.Sleep(50 * time.Millisecond)
		}
		var ids []int64
		rows, err := store.SQLDB().Query("SELECT id FROM webhook_events WHERE webhook_id LIKE 'group-%'")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		eachEventOneJob(t, store, ids)
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE webhook_id LIKE 'group-%' AND attempts <> 1"); n != 0 {
			t.Fatalf("%d events applied more than once", n)
		}
	})
}

// TestFulfillmentEventsSetEstimatedDelivery applies fulfillment_events/create
// (go-shopify's fixture, re-timed) to the ruby order's fulfillment: the
// carrier's estimate and status are stored, an event that happened earlier
// changes nothing, an event without an estimate keeps the last one, and a
// later fulfillments/update (whose payload has no estimate) keeps it too.
func TestFulfillmentEventsSetEstimatedDelivery(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true, cfg: noCache})
		shop, err := store.GetShop(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		apply := func(topic string, body []byte) {
			t.Helper()
			e.waitStatus(t, e.deliver(t, topic, body), db.EventProcessed)
		}
		event := func(happened, status, eta string) []byte {
			t.Helper()
			var m map[string]any
			if err := json.Unmarshal(fixture(t, "fulfillment_events_create.json"), &m); err != nil {
				t.Fatal(err)
			}
			m["happened_at"], m["status"] = happened, status
			m["estimated_delivery_at"] = nil
			if eta != "" {
				m["estimated_delivery_at"] = eta
			}
			b, _ := json.Marshal(m)
			return b
		}
		state := func() (string, *time.Time) {
			t.Helper()
			o, err := store.GetOrderByNumber(ctx, shop.ID, 1001)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range o.Fulfillments {
				if f.ShopifyID == 255858046 {
					return f.ShipmentStatus, f.EstimatedDeliveryAt
				}
			}
			t.Fatalf("fulfillment 255858046 missing: %+v", o.Fulfillments)
			return "", nil
		}
		eta := time.Date(2023, 10, 25, 16, 0, 0, 0, time.UTC)

		apply("orders/updated", fixture(t, "orders_updated.json"))
		tests := []struct {
			name, happened, status, eta string
			wantStatus                  string
		}{
			{"estimate arrives", "2023-10-20T23:39:27-04:00", "in_transit", "2023-10-25T12:00:00-04:00", "in_transit"},
			{"older event delivered late", "2023-10-19T08:00:00-04:00", "confirmed", "2023-10-30T12:00:00-04:00", "in_transit"},
			{"newer event without estimate", "2023-10-24T07:10:00-04:00", "out_for_delivery", "", "out_for_delivery"},
		}
		for _, tc := range tests {
			apply("fulfillment_events/create", event(tc.happened, tc.status, tc.eta))
			status, got := state()
			if status != tc.wantStatus || got == nil || !got.Equal(eta) {
				t.Fatalf("%s: status %q, estimate %v; want %q, %v", tc.name, status, got, tc.wantStatus, eta)
			}
		}

		// A fulfillment payload for the same shipment, newer than the
		// order's copy: its own fields win, the estimate stays.
		var f map[string]any
		if err := json.Unmarshal(fixture(t, "fulfillments_create.json"), &f); err != nil {
			t.Fatal(err)
		}
		f["id"], f["order_id"], f["shipment_status"], f["updated_at"] = 255858046, 450789469, "out_for_delivery", "2030-01-01T00:00:00Z"
		body, _ := json.Marshal(f)
		apply("fulfillments/update", body)
		if _, got := state(); got == nil || !got.Equal(eta) {
			t.Fatalf("fulfillments/update dropped the estimate: %v", got)
		}

		// Malformed times are a permanent failure, not a retry loop.
		id := e.deliver(t, "fulfillment_events/create", event("yesterday", "delivered", ""))
		if ev := e.waitStatus(t, id, db.EventFailed); ev.Attempts != 1 {
			t.Fatalf("malformed event: %d attempts", ev.Attempts)
		}
	})
}
