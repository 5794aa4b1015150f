package db

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// SetVariantStock records a variant's stock as Shopify reports it after an
// inventory change (inventory_levels/update) and stamps its product with a
// new catalog version, so the knowledge index reloads the product within
// seconds. It reports false when the variant is not in the catalog (not
// synced yet, or deleted): nothing to update.
func (s *Store) SetVariantStock(ctx context.Context, shopID, variantShopifyID int64, quantity int, available bool) (bool, error) {
	found := false
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		var v Variant
		res := g.Where("shop_id = ? AND shopify_id = ?", shopID, variantShopifyID).Limit(1).Find(&v)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return nil
		}
		found = true
		if v.InventoryQuantity == quantity && v.Available == available {
			return nil // a repeated or out-of-date notice: nothing changed
		}
		if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error; err != nil {
			return err
		}
		var version int64
		if err := g.Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&version).Error; err != nil {
			return err
		}
		if err := g.Model(&Variant{}).Where("id = ?", v.ID).
			Updates(map[string]any{"inventory_quantity": quantity, "available": available}).Error; err != nil {
			return err
		}
		return g.Model(&Product{}).Where("id = ?", v.ProductID).Update("catalog_version", version).Error
	})
	if err != nil {
		return false, fmt.Errorf("set stock of variant %d of shop %d: %w", variantShopifyID, shopID, err)
	}
	return found, nil
}
