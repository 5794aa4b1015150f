package catalog_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"shopassist/catalog"
	"shopassist/catalog/catalogtest"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/shopify"
	"shopassist/webhooks"
)

// storedCollections returns the collection handles the catalog holds for
// each product.
func storedCollections(t *testing.T, store *db.Store, shopID int64, ids []int64) map[int64][]string {
	t.Helper()
	out := map[int64][]string{}
	for _, id := range ids {
		p, err := store.GetProduct(t.Context(), shopID, id)
		if err != nil {
			t.Fatal(err)
		}
		out[id] = p.Collections.V
	}
	return out
}

func hasHandle(cols []catalogtest.Collection, id int64) bool {
	return slices.ContainsFunc(cols, func(c catalogtest.Collection) bool { return c.ID == id })
}

// A collection's membership, which products/update does not carry and
// collections/* webhooks do not either, is re-read from the Admin API:
// products added or removed, a renamed collection, a new one and a deleted
// one all reach the catalog (and the index, through the products' catalog
// version) without waiting for the nightly sync.
func TestRefreshCollectionRecordsMembership(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 12, catalog.SyncOptions{})
		e.sync(t)
		const sale = 502
		ids := e.cat.IDs()
		var in, out int64 // a product in "sale" and one not
		for _, id := range ids {
			if hasHandle(e.cat.Product(id).Collections, sale) {
				in = id
			} else {
				out = id
			}
		}
		if in == 0 || out == 0 {
			t.Fatal("generated catalog has no product on each side of the sale collection")
		}
		steps := []struct {
			name    string
			edit    func()
			col     int64
			changed int
			want    map[int64][]string // handles a product must (not) hold: "-h" must not
		}{
			{"add one product, remove another", func() {
				e.cat.Update(out, func(p *catalogtest.Product) {
					p.Collections = append(p.Collections, catalogtest.Collection{ID: sale, Handle: "sale", Title: "Sale"})
				})
				e.cat.Update(in, func(p *catalogtest.Product) {
					p.Collections = slices.DeleteFunc(p.Collections, func(c catalogtest.Collection) bool { return c.ID == sale })
				})
			}, sale, 2, map[int64][]string{out: {"sale"}, in: {"-sale"}}},
			{"same notice again", func() {}, sale, 0, map[int64][]string{out: {"sale"}, in: {"-sale"}}},
			{"renamed", func() {
				e.cat.SetCollection(catalogtest.Collection{ID: sale, Handle: "outlet", Title: "Outlet"})
				// Each member gains the new handle, then loses the old one.
			}, sale, 2 * len(e.cat.Members(sale)), map[int64][]string{out: {"outlet", "-sale"}, in: {"-sale", "-outlet"}}},
			{"created", func() {
				e.cat.SetCollection(catalogtest.Collection{ID: 601, Handle: "winter", Title: "Winter"})
				e.cat.Update(in, func(p *catalogtest.Product) {
					p.Collections = append(p.Collections, catalogtest.Collection{ID: 601, Handle: "winter", Title: "Winter"})
				})
			}, 601, 1, map[int64][]string{in: {"winter"}, out: {"-winter"}}},
			{"deleted", func() { e.cat.DeleteCollection(601) }, 601, 1, map[int64][]string{in: {"-winter"}}},
		}
		for _, st := range steps {
			st.edit()
			before, _ := store.CatalogVersion(ctx, e.shop.ID)
			n, err := e.syncer.RefreshCollection(ctx, shopDomain, st.col)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if n != st.changed {
				t.Errorf("%s: %d products changed, want %d", st.name, n, st.changed)
			}
			after, _ := store.CatalogVersion(ctx, e.shop.ID)
			if moved := after != before; moved != (st.changed > 0) {
				t.Errorf("%s: catalog version moved %v", st.name, moved)
			}
			got := storedCollections(t, store, e.shop.ID, ids)
			for id, wants := range st.want {
				for _, w := range wants {
					if neg, ok := strings.CutPrefix(w, "-"); ok {
						if slices.Contains(got[id], neg) {
							t.Errorf("%s: product %d still in %q: %v", st.name, id, neg, got[id])
						}
					} else if !slices.Contains(got[id], w) {
						t.Errorf("%s: product %d not in %q: %v", st.name, id, w, got[id])
					}
				}
			}
			// Every product matches Shopify's view after each step.
			for _, id := range ids {
				var want []string
				for _, c := range e.cat.Product(id).Collections {
					want = append(want, c.Handle)
				}
				if !sameSet(got[id], want) {
					t.Errorf("%s: product %d in %v, Shopify says %v", st.name, id, got[id], want)
				}
			}
			if st.changed > 0 {
				// The index reloads products whose version is the shop's.
				for id := range st.want {
					p, err := store.GetProduct(ctx, e.shop.ID, id)
					if err != nil {
						t.Fatal(err)
					}
					if p.CatalogVersion != after && !slices.Equal(p.Collections.V, got[id]) {
						t.Errorf("%s: product %d version %d, shop %d", st.name, id, p.CatalogVersion, after)
					}
				}
			}
		}
	})
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// nopEnqueuer stores no webhook jobs: the test processes the event itself.
type nopEnqueuer struct{}

func (nopEnqueuer) Enqueue(context.Context, river.JobArgs, *river.InsertOpts) (int64, error) {
	return 1, nil
}
func (nopEnqueuer) EnqueueMany(context.Context, []river.InsertManyParams) error { return nil }
func (nopEnqueuer) RunningJobs(context.Context, string) ([]*rivertype.JobRow, error) {
	return nil, nil
}

// The whole path: a signed collections/update with Shopify's payload (no
// products in it) reaches the webhook intake, its processor queues the
// catalog_collection_refresh job, and the job reads the membership from the
// fake Admin API into the catalog; collections/delete (only an id) prunes
// the handle.
func TestCollectionWebhookRefreshesMembership(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 12, catalog.SyncOptions{})
		e.sync(t)
		if _, err := store.SaveInstall(ctx, shopDomain, db.ShopTokens{AccessTokenEnc: []byte("sealed"), Scopes: "read_products"}); err != nil {
			t.Fatal(err)
		}
		svc, q := newService(t, e, false)
		const secret = "webhook-secret"
		wh, err := webhooks.New(store, nopEnqueuer{}, webhooks.Config{Secrets: []string{secret},
			CollectionChanged: svc.RefreshCollection, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		events, stop := q.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer stop()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(context.Background())

		const colID = 30497275952
		body, err := os.ReadFile("../webhooks/testdata/collections_update.json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatal(err)
		}
		if m["id"] != float64(colID) {
			t.Fatalf("fixture collection id %v", m["id"])
		}
		ids := e.cat.IDs()
		members := []int64{ids[1], ids[4]}
		e.cat.SetCollection(catalogtest.Collection{ID: colID, Handle: "macbooks", Title: "Macbooks"})
		for _, id := range members {
			e.cat.Update(id, func(p *catalogtest.Product) {
				p.Collections = append(p.Collections, catalogtest.Collection{ID: colID, Handle: "macbooks", Title: "Macbooks"})
			})
		}
		seq := 0
		deliver := func(topic string, body []byte) {
			t.Helper()
			seq++
			req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set(webhooks.HeaderTopic, topic)
			req.Header.Set(webhooks.HeaderShop, shopDomain)
			req.Header.Set(webhooks.HeaderWebhookID, "wh-col-"+strconv.Itoa(seq))
			req.Header.Set(webhooks.HeaderEventID, "ev-col-"+strconv.Itoa(seq))
			req.Header.Set(webhooks.HeaderAPIVersion, shopify.DefaultAPIVersion)
			req.Header.Set(webhooks.HeaderHMAC, shopify.WebhookHMAC(body, secret))
			rec := httptest.NewRecorder()
			wh.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s: status %d: %s", topic, rec.Code, rec.Body)
			}
			var id int64
			if err := store.SQLDB().QueryRow("SELECT id FROM webhook_events WHERE webhook_id = $1", req.Header.Get(webhooks.HeaderWebhookID)).Scan(&id); err != nil {
				t.Fatalf("%s not stored: %v", topic, err)
			}
			if st, err := wh.Process(ctx, id); err != nil || st != db.EventProcessed {
				t.Fatalf("%s: %q, %v", topic, st, err)
			}
			waitFor(t, events, catalog.CollectionRefreshArgs{}.Kind(), 1)
		}

		deliver(webhooks.TopicCollectionsUpdate, body)
		got := storedCollections(t, store, e.shop.ID, ids)
		for _, id := range ids {
			if want := slices.Contains(members, id); slices.Contains(got[id], "macbooks") != want {
				t.Errorf("after collections/update: product %d in macbooks = %v, want %v", id, !want, want)
			}
		}

		e.cat.DeleteCollection(colID)
		del, err := os.ReadFile("../webhooks/testdata/collections_delete.json")
		if err != nil {
			t.Fatal(err)
		}
		deliver(webhooks.TopicCollectionsDelete, del)
		got = storedCollections(t, store, e.shop.ID, ids)
		for _, id := range ids {
			if slices.Contains(got[id], "macbooks") {
				t.Errorf("after collections/delete: product %d still in macbooks", id)
			}
		}
	})
}
