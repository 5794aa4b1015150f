package catalog

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/riverqueue/river"
)

// OpInventoryItem is the query that reads the variant of one inventory
// item.
const OpInventoryItem = "CatalogInventoryItem"

// inventoryItemQuery reads a variant's stock over all locations:
// inventory_levels/update carries the level of one location only, and
// whether the variant can be bought (availableForSale) also depends on its
// inventory policy, which the webhook does not carry either.
const inventoryItemQuery = `query CatalogInventoryItem($id: ID!) {
  inventoryItem(id: $id) { variant { id inventoryQuantity availableForSale } }
}`

// InventoryRefreshArgs is the catalog_inventory_refresh job: re-read the
// stock of the variant of one inventory item after Shopify reported a
// change. Not unique: River's uniqueness would also hold while a read runs,
// and a change arriving then must be read again (one small query each).
type InventoryRefreshArgs struct {
	Shop            string `json:"shop"`
	InventoryItemID int64  `json:"inventory_item_id"`
}

// Kind implements river.JobArgs.
func (InventoryRefreshArgs) Kind() string { return "catalog_inventory_refresh" }

// RefreshInventory queues a re-read of an inventory item's variant stock
// (nothing in demo mode). The webhook service calls it for every
// inventory_levels/update, so stock changes reach the chat in seconds.
func (s *Service) RefreshInventory(ctx context.Context, shop string, itemID int64) error {
	if s.opts.Demo {
		return nil
	}
	if _, err := s.queue.Enqueue(ctx, InventoryRefreshArgs{Shop: shop, InventoryItemID: itemID}, nil); err != nil {
		return fmt.Errorf("queue inventory refresh of %s item %d: %w", shop, itemID, err)
	}
	return nil
}

// RefreshInventoryItem reads the variant of the inventory item from
// Shopify and records its stock; it reports whether a catalog variant
// changed.
func (s *Syncer) RefreshInventoryItem(ctx context.Context, shopDomain string, itemID int64) (bool, error) {
	shop, err := s.store.GetShop(ctx, shopDomain)
	if err != nil {
		return false, fmt.Errorf("refresh inventory of %s: %w", shopDomain, err)
	}
	tok, err := s.tokens.AccessToken(ctx, shop.Domain)
	if err != nil {
		return false, fmt.Errorf("refresh inventory of %s: access token: %w", shopDomain, err)
	}
	var out struct {
		InventoryItem *struct {
			Variant *struct {
				ID                string `json:"id"`
				InventoryQuantity int    `json:"inventoryQuantity"`
				AvailableForSale  bool   `json:"availableForSale"`
			} `json:"variant"`
		} `json:"inventoryItem"`
	}
	vars := map[string]any{"id": "gid://shopify/InventoryItem/" + strconv.FormatInt(itemID, 10)}
	if _, err := s.client.GraphQL(ctx, shop.Domain, tok, inventoryItemQuery, vars, &out); err != nil {
		return false, fmt.Errorf("refresh inventory item %d of %s: %w", itemID, shopDomain, err)
	}
	if out.InventoryItem == nil || out.InventoryItem.Variant == nil {
		return false, nil // the item or its variant is gone; products/delete handles the rest
	}
	v := out.InventoryItem.Variant
	id, err := gidID(v.ID)
	if err != nil {
		return false, fmt.Errorf("refresh inventory item %d of %s: %w", itemID, shopDomain, err)
	}
	return s.store.SetVariantStock(ctx, shop.ID, id, v.InventoryQuantity, v.AvailableForSale)
}

// inventoryRefreshWorker runs one inventory refresh.
type inventoryRefreshWorker struct {
	river.WorkerDefaults[InventoryRefreshArgs]
	svc *Service
}

// Timeout bounds one read: it is a single small query.
func (w *inventoryRefreshWorker) Timeout(*river.Job[InventoryRefreshArgs]) time.Duration {
	return time.Minute
}

func (w *inventoryRefreshWorker) Work(ctx context.Context, job *river.Job[InventoryRefreshArgs]) error {
	if w.svc.opts.Demo {
		return nil
	}
	_, err := w.svc.syncer.RefreshInventoryItem(ctx, job.Args.Shop, job.Args.InventoryItemID)
	return cancelIfShopGone(err)
}
