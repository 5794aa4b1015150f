package webhooks_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// orderBody is the ruby order fixture with the given id, updated_at and
// name (the name tells which snapshot was stored).
func orderBody(t *testing.T, id int64, updatedAt, name string) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(fixture(t, "orders_updated.json"), &m); err != nil {
		t.Fatal(err)
	}
	m["id"], m["updated_at"], m["name"] = id, updatedAt, name
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func orderName(t *testing.T, store *db.Store, shopifyID int64) string {
	t.Helper()
	var name string
	queryRow(t, store, "SELECT name FROM orders WHERE shopify_id = $1", []any{shopifyID}, &name)
	return name
}

// TestBatchEdgeCases runs batches through ProcessBatch directly: mixed
// topics, duplicates, out-of-order snapshots of one order, one poison
// payload, topics processed alone, an uninstalled shop.
func TestBatchEdgeCases(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{})
		status := func(id int64) *db.WebhookEvent {
			t.Helper()
			ev, err := store.GetWebhookEvent(ctx, shopDomain, id)
			if err != nil {
				t.Fatal(err)
			}
			return ev
		}

		newer := e.deliver(t, "orders/updated", orderBody(t, 1001, "2026-12-05T10:00:00Z", "#newer"))
		older := e.deliver(t, "orders/updated", orderBody(t, 1001, "2026-12-05T09:00:00Z", "#older"))
		other := e.deliver(t, "orders/create", orderBody(t, 1002, "2026-12-05T09:00:00Z", "#other"))
		poison := e.deliver(t, "orders/updated", []byte(`{"id":"not-a-number","line_items":{}}`))
		product := e.deliver(t, "products/update", fixture(t, "products_update.json"))
		stock := e.deliver(t, "inventory_levels/update", fixture(t, "inventory_levels_update.json"))
		e.enq.drop.Store(true) // stored without a job
		scopes := e.deliver(t, "app/scopes_update", fixture(t, "app_scopes_update.json"))
		e.enq.drop.Store(false)

		// older comes after newer in the batch and is stale; ids repeat.
		counts, err := e.svc.ProcessBatch(ctx, []int64{newer, older, other, poison, product, stock, scopes, newer, other})
		if err != nil {
			t.Fatal(err)
		}
		if counts[db.EventProcessed] != 5 || counts[db.EventFailed] != 1 || counts[db.EventSkipped] != 0 {
			t.Errorf("outcomes %v, want 5 processed and 1 failed", counts)
		}
		for _, id := range []int64{newer, older, other, product, stock} {
			if ev := status(id); ev.Status != db.EventProcessed || ev.Attempts != 1 || string(ev.Payload) != "{}" {
				t.Errorf("event %d (%s): %s, %d attempts", id, ev.Topic, ev.Status, ev.Attempts)
			}
		}
		if got := orderName(t, store, 1001); got != "#newer" {
			t.Errorf("order 1001 is %q, want the newer snapshot", got)
		}
		if got := orderName(t, store, 1002); got != "#other" {
			t.Errorf("order 1002 is %q", got)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM order_line_items li JOIN orders o ON o.id = li.order_id WHERE o.shopify_id = 1001"); n == 0 {
			t.Error("order 1001 stored without line items")
		}
		if n := count(t, store, "SELECT COUNT(*) FROM products"); n != 1 {
			t.Errorf("%d products stored", n)
		}
		if ev := status(poison); ev.Status != db.EventFailed || ev.Attempts != 1 || !strings.Contains(ev.LastError, "decode order") {
			t.Errorf("poison event: %s, %d attempts, %q", ev.Status, ev.Attempts, ev.LastError)
		}
		// app/scopes_update is left to a job of its own.
		if ev := status(scopes); ev.Status != db.EventReceived {
			t.Errorf("scopes event processed in a batch: %s", ev.Status)
		}
		if n := jobsPerEvent(t, store)[scopes]; n != 1 {
			t.Errorf("scopes event: %d jobs, want 1", n)
		}

		// A second run over the same ids applies nothing again.
		counts, err = e.svc.ProcessBatch(ctx, []int64{newer, older, other, product})
		if err != nil || len(counts) != 0 {
			t.Fatalf("second run: %v %v", counts, err)
		}

		// Events of an uninstalled shop are skipped.
		late := e.deliver(t, "orders/updated", orderBody(t, 1003, "2026-12-05T11:00:00Z", "#late"))
		if err := store.MarkUninstalled(ctx, shopDomain); err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.ProcessBatch(ctx, []int64{late}); err != nil {
			t.Fatal(err)
		}
		if ev := status(late); ev.Status != db.EventSkipped || ev.LastError != "shop uninstalled the app" {
			t.Errorf("event of an uninstalled shop: %s %q", ev.Status, ev.LastError)
		}
	})
}

// TestBatchFailureFallsBackToSingleEvents makes one processor fail: the
// batch rolls back and every event gets a job of its own, through which the
// failing event alone ends failed while the others are processed.
func TestBatchFailureFallsBackToSingleEvents(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		cfg := webhooks.Config{MaxAttempts: 2, Processors: map[string]webhooks.Processor{
			"refunds/create": func(context.Context, *db.Store, *webhooks.Event) error {
				return errors.New("downstream unavailable")
			},
		}}
		e := newTestEnv(t, store, envOptions{workers: true, cfg: cfg})
		// Stored without jobs, so only the batch and what it hands on run.
		e.enq.drop.Store(true)
		ok1 := e.deliver(t, "orders/updated", orderBody(t, 2001, "2026-12-05T10:00:00Z", "#ok1"))
		bad := e.deliver(t, "refunds/create", fixture(t, "refunds_create.json"))
		ok2 := e.deliver(t, "products/update", fixture(t, "products_update.json"))
		e.enq.drop.Store(false)
		if err := e.svc.ApplyBatch(ctx, []int64{ok1, bad, ok2}); err != nil {
			t.Fatal(err)
		}
		eachEventOneJob(t, store, []int64{ok1, bad, ok2})
		e.waitStatus(t, ok1, db.EventProcessed)
		e.waitStatus(t, ok2, db.EventProcessed)
		ev := e.waitStatus(t, bad, db.EventFailed)
		if !strings.Contains(ev.LastError, "downstream unavailable") {
			t.Errorf("failed event error %q", ev.LastError)
		}
		if n := count(t, store, "SELECT COUNT(*) FROM webhook_events WHERE status = 'processed' AND attempts <> 1"); n != 0 {
			t.Errorf("%d events applied more than once", n)
		}
		if got := orderName(t, store, 2001); got != "#ok1" {
			t.Errorf("order 2001 is %q", got)
		}
	})
}
