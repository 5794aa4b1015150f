package webhooks_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sync"
	"testing"

	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/webhooks"
)

// Every inventory_levels/update, a restock or a level going to zero, tells
// InventoryChanged which item changed, so the variant's stock is re-read
// for the chat. The hook runs after the event's transaction committed; a
// failing hook is reported by Process, the event stays applied.
func TestInventoryLevelsUpdateTellsInventoryChanged(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		var (
			mu    sync.Mutex
			calls []int64
			fail  error
		)
		cfg := noCache
		cfg.InventoryChanged = func(_ context.Context, shop string, item int64) error {
			mu.Lock()
			defer mu.Unlock()
			if shop != shopDomain {
				t.Errorf("hook for shop %q", shop)
			}
			calls = append(calls, item)
			return fail
		}
		e := newTestEnv(t, store, envOptions{cfg: cfg})
		level := func(item int64, avail int) []byte {
			var m map[string]any
			if err := json.Unmarshal(fixture(t, "inventory_levels_update.json"), &m); err != nil {
				t.Fatal(err)
			}
			m["inventory_item_id"], m["available"] = item, avail
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		for _, tc := range []struct {
			name   string
			item   int64
			avail  int
			fail   error
			status string
		}{
			{"restock", 4701, 6, nil, db.EventProcessed},
			{"sold out", 4702, 0, nil, db.EventProcessed},
			{"hook fails", 4703, 2, errors.New("queue down"), db.EventProcessed},
		} {
			mu.Lock()
			fail, calls = tc.fail, nil
			mu.Unlock()
			id := e.deliver(t, webhooks.TopicInventoryLevelsUpdate, level(tc.item, tc.avail))
			st, err := e.svc.Process(ctx, id)
			if (err != nil) != (tc.fail != nil) || st != tc.status {
				t.Fatalf("%s: status %q, %v", tc.name, st, err)
			}
			mu.Lock()
			if len(calls) != 1 || calls[0] != tc.item {
				t.Fatalf("%s: hook calls %v, want [%d]", tc.name, calls, tc.item)
			}
			mu.Unlock()
		}
	})
}

// collections/create, collections/update and collections/delete (Shopify's
// payloads: the collection without its products; delete only its id) tell
// CollectionChanged which collection changed, so its membership is re-read;
// the hook runs after the commit (a failure is reported, the event stays
// applied); a body without an id fails permanently.
func TestCollectionTopicsTellCollectionChanged(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := context.Background()
		var (
			mu    sync.Mutex
			calls []int64
			fail  error
		)
		cfg := noCache
		cfg.CollectionChanged = func(_ context.Context, shop string, id int64) error {
			mu.Lock()
			defer mu.Unlock()
			if shop != shopDomain {
				t.Errorf("hook for shop %q", shop)
			}
			calls = append(calls, id)
			return fail
		}
		e := newTestEnv(t, store, envOptions{cfg: cfg})
		const colID = 30497275952
		for _, tc := range []struct {
			name, topic, body string
			fail              error
			status            string
			calls             []int64
		}{
			{"create", webhooks.TopicCollectionsCreate, "collections_update.json", nil, db.EventProcessed, []int64{colID}},
			{"update", webhooks.TopicCollectionsUpdate, "collections_update.json", nil, db.EventProcessed, []int64{colID}},
			{"delete", webhooks.TopicCollectionsDelete, "collections_delete.json", nil, db.EventProcessed, []int64{colID}},
			{"hook fails", webhooks.TopicCollectionsUpdate, "collections_update.json", errors.New("queue down"), db.EventProcessed, []int64{colID}},
			{"no id", webhooks.TopicCollectionsDelete, "", errors.New("permanent"), "", nil},
		} {
			mu.Lock()
			fail, calls = nil, nil
			if tc.calls != nil {
				fail = tc.fail
			}
			mu.Unlock()
			body := []byte(`{"published_scope":"web"}`)
			if tc.body != "" {
				body = fixture(t, tc.body)
			}
			id := e.deliver(t, tc.topic, body)
			st, err := e.svc.Process(ctx, id)
			if (err != nil) != (tc.fail != nil) || st != tc.status {
				t.Fatalf("%s: status %q, %v", tc.name, st, err)
			}
			mu.Lock()
			if !slices.Equal(calls, tc.calls) {
				t.Fatalf("%s: hook calls %v, want %v", tc.name, calls, tc.calls)
			}
			mu.Unlock()
		}
	})
}
