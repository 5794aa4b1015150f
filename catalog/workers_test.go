package catalog_test

import (
	"context"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/catalog"
	"shopassist/db"
	"shopassist/db/dbtest"
)

// waitEnd waits for the job with id to end and returns how it ended
// (completed, cancelled or failed for good); failed attempts that River
// will retry are skipped.
func waitEnd(t *testing.T, events <-chan *river.Event, id int64) river.EventKind {
	t.Helper()
	final := map[rivertype.JobState]bool{rivertype.JobStateCompleted: true, rivertype.JobStateCancelled: true,
		rivertype.JobStateDiscarded: true}
	timeout := time.After(30 * time.Second)
	for {
		select {
		case ev := <-events:
			if ev.Job.ID == id && final[ev.Job.State] {
				return ev.Kind
			}
		case <-timeout:
			t.Fatalf("timed out waiting for job %d", id)
		}
	}
}

// A per-shop job for a shop that is gone (redacted, never installed, or
// whose token Shopify refuses) is cancelled at once instead of being
// retried for days: a reinstall queues new work.
func TestWorkersCancelJobsOfGoneShops(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 3, catalog.SyncOptions{})
		svc, q := newService(t, e, false)
		const revoked = "revoked.myshopify.com"
		if _, err := store.EnsureShop(ctx, revoked); err != nil {
			t.Fatal(err)
		}
		e.tokens[revoked] = "shpat_not_issued_by_shopify"

		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobCancelled, river.EventKindJobFailed)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())

		tests := []struct {
			name string
			args river.JobArgs
		}{
			{"sync of an unknown shop", catalog.SyncArgs{Shop: "gone.myshopify.com"}},
			{"document refresh of an unknown shop", catalog.DocsRefreshArgs{Shop: "gone.myshopify.com"}},
			{"inventory refresh of an unknown shop", catalog.InventoryRefreshArgs{Shop: "gone.myshopify.com", InventoryItemID: 1}},
			{"collection refresh of an unknown shop", catalog.CollectionRefreshArgs{Shop: "gone.myshopify.com", CollectionID: 1}},
			{"sync with a revoked token", catalog.SyncArgs{Shop: revoked}},
			{"document refresh with a revoked token", catalog.DocsRefreshArgs{Shop: revoked}},
			{"inventory refresh with a revoked token", catalog.InventoryRefreshArgs{Shop: revoked, InventoryItemID: 1}},
		}
		for _, tt := range tests {
			id, err := q.Enqueue(ctx, tt.args, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := waitEnd(t, events, id); got != river.EventKindJobCancelled {
				t.Errorf("%s: job ended %s, want cancelled", tt.name, got)
			}
			row, err := q.Get(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if row.Attempt != 1 {
				t.Errorf("%s: %d attempts, want 1 (no retry)", tt.name, row.Attempt)
			}
		}

		// A transient failure is retried, not cancelled: the sync resumes.
		e.admin.FailNext(5, 503)
		id, err := svc.RequestSync(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if got := waitEnd(t, events, id); got != river.EventKindJobCompleted {
			t.Fatalf("sync after a 503 ended %s, want completed on retry", got)
		}
		row, err := q.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if row.Attempt < 2 {
			t.Fatalf("sync completed in %d attempts; the 503 should have cost one", row.Attempt)
		}
		if n, _ := store.CountProducts(ctx, e.shop.ID); n != 3 {
			t.Fatalf("%d products after the retried sync, want 3", n)
		}
	})
}

// inventory_levels/update goes through the queue: RefreshInventory queues
// one job per notice and the job records the variant's stock.
func TestRefreshInventoryThroughQueue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 2, catalog.SyncOptions{})
		e.sync(t)
		svc, q := newService(t, e, false)
		pid := e.cat.IDs()[1]
		p, err := store.GetProduct(ctx, e.shop.ID, pid)
		if err != nil {
			t.Fatal(err)
		}
		vid := p.Variants[0].ShopifyID
		e.admin.Handle(catalog.OpInventoryItem, func(_ context.Context, _ string, _ map[string]any) (any, error) {
			return map[string]any{"inventoryItem": map[string]any{"variant": map[string]any{
				"id": "gid://shopify/ProductVariant/" + itoa(vid), "inventoryQuantity": 0, "availableForSale": false}}}, nil
		})
		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())

		// Two notices for the same item both run: the second may carry a
		// change that arrived while the first was reading.
		for range 2 {
			if err := svc.RefreshInventory(ctx, shopDomain, 77); err != nil {
				t.Fatal(err)
			}
		}
		waitFor(t, events, catalog.InventoryRefreshArgs{}.Kind(), 2)
		got, err := store.GetProduct(ctx, e.shop.ID, pid)
		if err != nil {
			t.Fatal(err)
		}
		if v := got.Variants[0]; v.InventoryQuantity != 0 || v.Available {
			t.Fatalf("variant after the refresh = %d/%v, want sold out", v.InventoryQuantity, v.Available)
		}
		n := 0
		for _, r := range e.admin.Requests() {
			if r.Operation == catalog.OpInventoryItem {
				n++
			}
		}
		if n != 2 {
			t.Fatalf("inventory reads = %d, want 2", n)
		}
	})
}

// The periodic document refresh queues one refresh per installed shop and
// none for a shop that uninstalled; each refresh reads that shop's policies.
func TestDocsRefreshAllQueuesInstalledShops(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 2, catalog.SyncOptions{})
		_, q := newService(t, e, false)
		const other, left = "other.myshopify.com", "left.myshopify.com"
		for _, d := range []string{shopDomain, other, left} {
			if _, err := store.SaveInstall(ctx, d, db.ShopTokens{AccessTokenEnc: []byte("sealed")}); err != nil {
				t.Fatal(err)
			}
			e.tokens[d] = e.admin.IssueToken(d)
		}
		if err := store.MarkUninstalled(ctx, left); err != nil {
			t.Fatal(err)
		}
		// A shop row without credentials (created by a webhook before the
		// install finished) is not installed either.
		if _, err := store.EnsureShop(ctx, "half.myshopify.com"); err != nil {
			t.Fatal(err)
		}

		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed, river.EventKindJobCancelled)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())
		if _, err := q.Enqueue(ctx, catalog.DocsRefreshAllArgs{}, nil); err != nil {
			t.Fatal(err)
		}
		// The refreshes may complete before the job that queued them
		// reports: count both kinds from one stream.
		want := map[string]int{catalog.DocsRefreshAllArgs{}.Kind(): 1, catalog.DocsRefreshArgs{}.Kind(): 2}
		timeout := time.After(30 * time.Second)
		for want[catalog.DocsRefreshAllArgs{}.Kind()] > 0 || want[catalog.DocsRefreshArgs{}.Kind()] > 0 {
			select {
			case ev := <-events:
				if ev.Kind != river.EventKindJobCompleted {
					t.Fatalf("%s ended %s: %v", ev.Job.Kind, ev.Kind, ev.Job.Errors)
				}
				want[ev.Job.Kind]--
			case <-timeout:
				t.Fatalf("timed out; still waiting for %v", want)
			}
		}

		// Give a stray third refresh the chance to show up before checking.
		time.Sleep(300 * time.Millisecond)
		shops := map[string]int{}
		for _, r := range e.admin.Requests() {
			if r.Operation != "" && r.Shop != "" {
				shops[r.Shop]++
			}
		}
		for _, d := range []string{shopDomain, other} {
			if shops[d] == 0 {
				t.Errorf("no Shopify read for installed shop %s", d)
			}
		}
		for _, d := range []string{left, "half.myshopify.com"} {
			if shops[d] != 0 {
				t.Errorf("%d Shopify reads for %s, which is not installed", shops[d], d)
			}
		}
		for _, d := range []string{shopDomain, other} {
			sh, err := store.GetShop(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := store.ListDocuments(ctx, sh.ID, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) == 0 {
				t.Errorf("%s: no documents after the refresh", d)
			}
		}
	})
}

// In demo mode there is no Shopify: the refresh entry points do nothing and
// queue nothing, and queued jobs complete without calling Shopify.
func TestDemoModeQueuesAndCallsNothing(t *testing.T) {
	store := dbtest.OpenSQLite(t)
	ctx := t.Context()
	e := newEnv(t, store, 2, catalog.SyncOptions{})
	svc, q := newService(t, e, true)
	if err := svc.RefreshInventory(ctx, shopDomain, 1); err != nil {
		t.Fatal(err)
	}
	if err := svc.RefreshCollection(ctx, shopDomain, 1); err != nil {
		t.Fatal(err)
	}
	var queued int
	if err := store.SQLDB().QueryRowContext(ctx, "SELECT count(*) FROM river_job").Scan(&queued); err != nil {
		t.Fatal(err)
	}
	if queued != 0 {
		t.Fatalf("demo mode queued %d jobs", queued)
	}
	events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed, river.EventKindJobCancelled)
	defer stop()
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Stop(context.Background())
	for _, args := range []river.JobArgs{
		catalog.SyncArgs{Shop: shopDomain}, catalog.DocsRefreshArgs{Shop: shopDomain},
		catalog.CollectionRefreshArgs{Shop: shopDomain, CollectionID: 1},
		catalog.DocsRefreshAllArgs{}, catalog.InventoryRefreshArgs{Shop: shopDomain, InventoryItemID: 1},
	} {
		id, err := q.Enqueue(ctx, args, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := waitEnd(t, events, id); got != river.EventKindJobCompleted {
			t.Errorf("%s in demo mode ended %s, want completed", args.Kind(), got)
		}
	}
	for _, r := range e.admin.Requests() {
		if r.Operation != "" {
			t.Errorf("demo mode called Shopify: %s", r.Operation)
		}
	}
}
