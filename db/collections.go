package db

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"gorm.io/gorm"
)

// collectionRow is the part of a product row collection membership
// touches.
type collectionRow struct {
	ID          int64
	ShopifyID   int64
	Collections JSON[[]string]
}

// SetCollectionMembers records that the collection with handle holds
// exactly the products members (Shopify ids) after a collections/create or
// collections/update: members gain the handle, products holding it that are
// no longer members lose it. Changed products are stamped with a new
// catalog version so the knowledge index reloads them within seconds. It
// returns how many products changed.
//
// The webhook carries no membership (Shopify sends the collection itself),
// and products/update does not carry collections either, so the caller
// reads the members from the Admin API.
func (s *Store) SetCollectionMembers(ctx context.Context, shopID int64, handle string, members []int64) (int, error) {
	if handle == "" {
		return 0, nil
	}
	in := make(map[int64]bool, len(members))
	for _, id := range members {
		in[id] = true
	}
	changed := 0
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var rows []collectionRow
		// Candidates: the members, and products whose stored list may hold
		// the handle (LIKE only narrows the scan; the list decides).
		if err := chunks(members, func(part []int64) error {
			var got []collectionRow
			if err := g.Model(&Product{}).Select("id, shopify_id, collections").
				Where("shop_id = ? AND status <> ? AND shopify_id IN ?", shopID, "deleted", part).
				Find(&got).Error; err != nil {
				return err
			}
			rows = append(rows, got...)
			return nil
		}); err != nil {
			return err
		}
		var holders []collectionRow
		if err := g.Model(&Product{}).Select("id, shopify_id, collections").
			Where("shop_id = ? AND status <> ? AND collections LIKE ?", shopID, "deleted", `%"`+handle+`"%`).
			Find(&holders).Error; err != nil {
			return err
		}
		seen := make(map[int64]bool, len(rows))
		for _, r := range rows {
			seen[r.ID] = true
		}
		for _, r := range holders {
			if !seen[r.ID] {
				rows = append(rows, r)
			}
		}
		updates := map[int64][]string{}
		for _, r := range rows {
			has := slices.Contains(r.Collections.V, handle)
			switch {
			case in[r.ShopifyID] && !has:
				updates[r.ID] = append(slices.Clone(r.Collections.V), handle)
			case !in[r.ShopifyID] && has:
				updates[r.ID] = slices.DeleteFunc(slices.Clone(r.Collections.V), func(h string) bool { return h == handle })
			}
		}
		changed = len(updates)
		return writeCollections(g, shopID, updates)
	})
	if err != nil {
		return 0, fmt.Errorf("set members of collection %q of shop %d: %w", handle, shopID, err)
	}
	return changed, nil
}

// PruneCollections removes from every product of the shop the collection
// handles not in keep (the shop's collections as Shopify lists them now):
// collections/delete carries only the collection's id, and a renamed
// collection leaves its old handle behind. It returns how many products
// changed.
func (s *Store) PruneCollections(ctx context.Context, shopID int64, keep []string) (int, error) {
	ok := make(map[string]bool, len(keep))
	for _, h := range keep {
		ok[h] = true
	}
	changed := 0
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var rows []collectionRow
		if err := g.Model(&Product{}).Select("id, shopify_id, collections").
			Where("shop_id = ? AND status <> ? AND collections NOT IN ?", shopID, "deleted", []string{"[]", "null", ""}).
			Find(&rows).Error; err != nil {
			return err
		}
		updates := map[int64][]string{}
		for _, r := range rows {
			kept := slices.DeleteFunc(slices.Clone(r.Collections.V), func(h string) bool { return !ok[h] })
			if len(kept) != len(r.Collections.V) {
				updates[r.ID] = kept
			}
		}
		changed = len(updates)
		return writeCollections(g, shopID, updates)
	})
	if err != nil {
		return 0, fmt.Errorf("prune collections of shop %d: %w", shopID, err)
	}
	return changed, nil
}

// writeCollections stores the new lists (row id → handles) under one new
// catalog version of the shop.
func writeCollections(g *gorm.DB, shopID int64, updates map[int64][]string) error {
	if len(updates) == 0 {
		return nil
	}
	if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error; err != nil {
		return err
	}
	var version int64
	if err := g.Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&version).Error; err != nil {
		return err
	}
	// In id order: two refreshes of one shop lock rows in the same order.
	for _, id := range slices.Sorted(maps.Keys(updates)) {
		cols := updates[id]
		if cols == nil {
			cols = []string{}
		}
		if err := g.Model(&Product{}).Where("id = ?", id).
			Updates(map[string]any{"collections": NewJSON(cols), "catalog_version": version}).Error; err != nil {
			return err
		}
	}
	return nil
}
