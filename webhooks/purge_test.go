package webhooks_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// Stored webhook bodies (names, addresses, emails) do not outlive the
// retention: failed events keep theirs for Replay until then, in-flight
// events keep theirs until applied.
func TestPurgeDropsPayloadsPastRetention(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		cfg := webhooks.Config{PayloadRetention: 24 * time.Hour, Processors: map[string]webhooks.Processor{
			"orders/create": func(context.Context, *db.Store, *webhooks.Event) error {
				return webhooks.Permanent(errors.New("rejected"))
			},
		}}
		e := newTestEnv(t, store, envOptions{cfg: cfg})
		body := fixture(t, "orders_create.json")
		oldFailed := e.deliver(t, "orders/create", body)
		newFailed := e.deliver(t, "orders/create", body)
		oldReceived := e.deliver(t, "orders/updated", body)
		for _, id := range []int64{oldFailed, newFailed} {
			if err := e.svc.Apply(ctx, id, false); err == nil {
				t.Fatal("processor should fail")
			}
		}
		twoDaysAgo := time.Now().Add(-48 * time.Hour).UTC()
		for _, id := range []int64{oldFailed, oldReceived} {
			if err := store.SQLDB().QueryRowContext(ctx, "UPDATE webhook_events SET received_at = $1 WHERE id = $2 RETURNING id",
				twoDaysAgo, id).Scan(&id); err != nil {
				t.Fatal(err)
			}
		}
		n, err := e.svc.PurgePayloads(ctx)
		if err != nil || n != 1 {
			t.Fatalf("purged %d, %v; want 1", n, err)
		}
		for id, want := range map[int64]bool{oldFailed: true, newFailed: false, oldReceived: false} {
			ev, err := store.GetWebhookEvent(ctx, shopDomain, id)
			if err != nil {
				t.Fatal(err)
			}
			if purged := ev.PayloadPurged(); purged != want {
				t.Errorf("event %d (%s): purged=%v, want %v", id, ev.Status, purged, want)
			}
		}
		if err := e.svc.Replay(ctx, shopDomain, oldFailed); !errors.Is(err, webhooks.ErrPayloadPurged) {
			t.Fatalf("replay of a purged event: %v", err)
		}
		if err := e.svc.Replay(ctx, shopDomain, newFailed); err != nil {
			t.Fatalf("replay within retention: %v", err)
		}
	})
}
