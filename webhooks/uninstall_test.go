package webhooks_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// Events the intake accepts after app/uninstalled committed (its shop cache
// still said "installed") are skipped by the processor, which reads the
// shop's state again, and the skip is recorded.
func TestEventsAfterUninstallAreSkipped(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		e := newTestEnv(t, store, envOptions{workers: true, cfg: webhooks.Config{ShopCacheTTL: time.Hour}})
		shop, err := store.GetShop(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		uninstall := e.deliver(t, webhooks.TopicAppUninstalled, fixture(t, "app_uninstalled.json"))
		e.waitStatus(t, uninstall, db.EventProcessed)
		var late []int64
		for range 5 {
			late = append(late, e.deliver(t, webhooks.TopicOrdersCreate, fixture(t, "orders_create.json")))
		}
		for _, id := range late {
			ev := e.waitStatus(t, id, db.EventSkipped)
			if ev.LastError != "shop uninstalled the app" {
				t.Fatalf("skip not explained: %q", ev.LastError)
			}
		}
		if n := count(t, store, "SELECT COUNT(*) FROM orders WHERE shop_id = $1", shop.ID); n != 0 {
			t.Fatalf("%d orders written for an uninstalled shop", n)
		}
	})
}
