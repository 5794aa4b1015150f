package catalog_test

import (
	"context"
	"strconv"
	"testing"

	"shopassist/catalog"
	"shopassist/db"
	"shopassist/db/dbtest"
)

// inventory_levels/update carries one location's level; the refresh reads
// the variant's total and whether it can be bought, records it, and moves
// the product's catalog version so the knowledge index reloads it.
func TestRefreshInventoryItemRecordsStock(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 3, catalog.SyncOptions{})
		e.sync(t)
		pid := e.cat.IDs()[0]
		p, err := store.GetProduct(ctx, e.shop.ID, pid)
		if err != nil {
			t.Fatal(err)
		}
		v := p.Variants[0]
		const itemID = 4700001
		type reply struct {
			qty   int
			avail bool
		}
		stock := reply{0, false}
		e.admin.Handle(catalog.OpInventoryItem, func(_ context.Context, _ string, vars map[string]any) (any, error) {
			if vars["id"] != "gid://shopify/InventoryItem/4700001" {
				return map[string]any{"inventoryItem": nil}, nil
			}
			return map[string]any{"inventoryItem": map[string]any{"variant": map[string]any{
				"id": "gid://shopify/ProductVariant/" + itoa(v.ShopifyID), "inventoryQuantity": stock.qty,
				"availableForSale": stock.avail}}}, nil
		})
		for _, tc := range []struct {
			name    string
			stock   reply
			changed bool
		}{
			{"sold out", reply{0, false}, true},
			{"same notice again", reply{0, false}, false},
			{"restocked", reply{7, true}, true},
			{"pre-order without stock", reply{0, true}, true},
		} {
			stock = tc.stock
			before, _ := store.CatalogVersion(ctx, e.shop.ID)
			found, err := e.syncer.RefreshInventoryItem(ctx, shopDomain, itemID)
			if err != nil || !found {
				t.Fatalf("%s: refresh = %v, %v", tc.name, found, err)
			}
			got, err := store.GetProduct(ctx, e.shop.ID, pid)
			if err != nil {
				t.Fatal(err)
			}
			gv := got.Variants[0]
			if gv.InventoryQuantity != tc.stock.qty || gv.Available != tc.stock.avail {
				t.Fatalf("%s: variant stock %d/%v, want %d/%v", tc.name, gv.InventoryQuantity, gv.Available, tc.stock.qty, tc.stock.avail)
			}
			after, _ := store.CatalogVersion(ctx, e.shop.ID)
			if moved := after != before; moved != tc.changed {
				t.Fatalf("%s: catalog version moved %v, want %v", tc.name, moved, tc.changed)
			}
			if tc.changed && got.CatalogVersion != after {
				t.Fatalf("%s: product version %d, shop %d: the index would not reload it", tc.name, got.CatalogVersion, after)
			}
		}
		// An item Shopify no longer has (or of a product not synced) is
		// not an error: nothing to update.
		if found, err := e.syncer.RefreshInventoryItem(ctx, shopDomain, 999); err != nil || found {
			t.Fatalf("unknown item: %v, %v", found, err)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
