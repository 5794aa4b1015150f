package db

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// UpsertProducts stores product snapshots (with their variants and, when
// given, translations) and moves the shop's catalog version once for the
// batch. Older snapshots never overwrite newer ones. It returns the new
// catalog version and how many products were actually written.
func (s *Store) UpsertProducts(ctx context.Context, shopID int64, products []Product) (int64, int, error) {
	var (
		version int64
		written int
	)
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error; err != nil {
			return err
		}
		if err := g.Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&version).Error; err != nil {
			return err
		}
		for i := range products {
			ok, err := upsertProduct(g, shopID, version, &products[i])
			if err != nil {
				return fmt.Errorf("product %d: %w", products[i].ShopifyID, err)
			}
			if ok {
				written++
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("upsert products of shop %d: %w", shopID, err)
	}
	return version, written, nil
}

func upsertProduct(g *gorm.DB, shopID, version int64, p *Product) (bool, error) {
	now := time.Now().UTC()
	existing, err := lockRow(g, &Product{ShopID: shopID, ShopifyID: p.ShopifyID, Status: "active",
		CreatedAt: now, UpdatedAt: now})
	if err != nil {
		return false, err
	}
	if newer(existing.ShopifyUpdatedAt, p.ShopifyUpdatedAt) {
		return false, nil
	}
	p.ID, p.ShopID, p.CreatedAt, p.UpdatedAt, p.CatalogVersion = existing.ID, shopID, existing.CreatedAt, now, version
	if p.Status == "" {
		p.Status = "active"
	}
	if p.Collections.V == nil {
		p.Collections = existing.Collections
	}
	if err := g.Omit(clause.Associations).Save(p).Error; err != nil {
		return false, err
	}
	// The catalog sync does not read inventory items; keep the ids and
	// weights the product webhooks stored (back-in-stock maps inventory
	// updates by the ids; weight questions read the grams).
	var kept []Variant
	if err := g.Select("shopify_id, inventory_item_id, grams").Where("product_id = ? AND (inventory_item_id <> 0 OR grams <> 0)", p.ID).Find(&kept).Error; err != nil {
		return false, err
	}
	items := make(map[int64]int64, len(kept))
	grams := make(map[int64]int, len(kept))
	for _, v := range kept {
		items[v.ShopifyID] = v.InventoryItemID
		grams[v.ShopifyID] = v.Grams
	}
	if err := g.Where("product_id = ?", p.ID).Delete(&Variant{}).Error; err != nil {
		return false, err
	}
	for i := range p.Variants {
		v := &p.Variants[i]
		v.ID, v.ShopID, v.ProductID = 0, shopID, p.ID
		if v.InventoryItemID == 0 {
			v.InventoryItemID = items[v.ShopifyID]
		}
		if v.Grams == 0 {
			v.Grams = grams[v.ShopifyID]
		}
	}
	if len(p.Variants) > 0 {
		if err := g.Create(&p.Variants).Error; err != nil {
			return false, err
		}
	}
	// Product webhooks carry no translations: keep the synced ones unless
	// the caller provides a new set.
	if p.Translations != nil {
		if err := replaceTranslations(g, shopID, p.ID, p.Translations); err != nil {
			return false, err
		}
	}
	return true, nil
}

func replaceTranslations(g *gorm.DB, shopID, productID int64, ts []ProductTranslation) error {
	if err := g.Where("product_id = ?", productID).Delete(&ProductTranslation{}).Error; err != nil {
		return err
	}
	for i := range ts {
		ts[i].ID, ts[i].ShopID, ts[i].ProductID = 0, shopID, productID
	}
	if len(ts) == 0 {
		return nil
	}
	return g.Create(&ts).Error
}

// DeleteProduct tombstones a product (products/delete) so the index can drop
// it incrementally, and removes its variants and translations.
func (s *Store) DeleteProduct(ctx context.Context, shopID, productShopifyID int64) (int64, error) {
	var version int64
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error; err != nil {
			return err
		}
		if err := g.Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&version).Error; err != nil {
			return err
		}
		now := time.Now().UTC()
		existing, err := lockRow(g, &Product{ShopID: shopID, ShopifyID: productShopifyID, Status: "deleted",
			CreatedAt: now, UpdatedAt: now})
		if err != nil {
			return err
		}
		if err := g.Where("product_id = ?", existing.ID).Delete(&Variant{}).Error; err != nil {
			return err
		}
		if err := g.Where("product_id = ?", existing.ID).Delete(&ProductTranslation{}).Error; err != nil {
			return err
		}
		return g.Model(&Product{}).Where("id = ?", existing.ID).Updates(map[string]any{
			"status": "deleted", "deleted_at": now, "catalog_version": version, "updated_at": now,
		}).Error
	})
	if err != nil {
		return 0, fmt.Errorf("delete product %d of shop %d: %w", productShopifyID, shopID, err)
	}
	return version, nil
}

// ListProducts pages through a shop's live products (tombstones excluded)
// with variants and translations, ordered by id; afterID is the last id seen.
func (s *Store) ListProducts(ctx context.Context, shopID, afterID int64, limit int) ([]Product, error) {
	var out []Product
	err := s.db(ctx).Preload("Variants", func(g *gorm.DB) *gorm.DB { return g.Order("position, id") }).
		Preload("Translations").
		Where("shop_id = ? AND deleted_at IS NULL AND id > ?", shopID, afterID).
		Order("id").Limit(limit).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("list products of shop %d: %w", shopID, err)
	}
	return out, nil
}

// ProductsChangedSince returns products (tombstones included) whose catalog
// version is above v.
func (s *Store) ProductsChangedSince(ctx context.Context, shopID, v int64) ([]Product, error) {
	var out []Product
	err := s.db(ctx).Preload("Variants", func(g *gorm.DB) *gorm.DB { return g.Order("position, id") }).
		Preload("Translations").
		Where("shop_id = ? AND catalog_version > ?", shopID, v).Order("id").Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("list products of shop %d changed since %d: %w", shopID, v, err)
	}
	return out, nil
}

// GetProduct loads one product by Shopify id.
func (s *Store) GetProduct(ctx context.Context, shopID, productShopifyID int64) (*Product, error) {
	var p Product
	err := s.db(ctx).Preload("Variants", func(g *gorm.DB) *gorm.DB { return g.Order("position, id") }).
		Preload("Translations").
		Where("shop_id = ? AND shopify_id = ?", shopID, productShopifyID).Take(&p).Error
	if err != nil {
		return nil, fmt.Errorf("get product %d of shop %d: %w", productShopifyID, shopID, notFound(err))
	}
	return &p, nil
}

// CountProducts counts live products.
func (s *Store) CountProducts(ctx context.Context, shopID int64) (int64, error) {
	var n int64
	if err := s.db(ctx).Model(&Product{}).Where("shop_id = ? AND deleted_at IS NULL", shopID).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count products of shop %d: %w", shopID, err)
	}
	return n, nil
}

// UpsertDocument stores a policy, page or FAQ entry in one locale and moves
// the catalog version so the index picks it up.
func (s *Store) UpsertDocument(ctx context.Context, d *KnowledgeDocument) error {
	return s.UpsertDocuments(ctx, []*KnowledgeDocument{d})
}

// UpsertDocuments inserts or updates documents of one shop in one
// transaction, and bumps the shop's catalog version once: a sync or a seed
// that writes a hundred documents makes one change for the knowledge index
// to rebuild on, not a hundred.
func (s *Store) UpsertDocuments(ctx context.Context, docs []*KnowledgeDocument) error {
	if len(docs) == 0 {
		return nil
	}
	var failed *KnowledgeDocument
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		now := time.Now().UTC()
		shops := map[int64]bool{}
		for _, d := range docs {
			failed = d
			var existing KnowledgeDocument
			err := g.Where("shop_id = ? AND kind = ? AND external_id = ? AND locale = ?", d.ShopID, d.Kind, d.ExternalID, d.Locale).
				Take(&existing).Error
			switch notFound(err) {
			case nil:
				d.ID, d.CreatedAt = existing.ID, existing.CreatedAt
			case ErrNotFound:
				d.ID, d.CreatedAt = 0, now
			default:
				return err
			}
			if d.Source == "" {
				d.Source = "sync"
			}
			d.UpdatedAt = now
			if err := g.Save(d).Error; err != nil {
				return err
			}
			shops[d.ShopID] = true
		}
		failed = nil
		for id := range shops {
			if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", id).Error; err != nil {
				return fmt.Errorf("bump catalog version of shop %d: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		if d := failed; d != nil {
			return fmt.Errorf("upsert %s %s/%s of shop %d: %w", d.Kind, d.ExternalID, d.Locale, d.ShopID, err)
		}
		return fmt.Errorf("upsert %d documents: %w", len(docs), err)
	}
	return nil
}

// DeleteDocument removes a document in every locale.
func (s *Store) DeleteDocument(ctx context.Context, shopID int64, kind, externalID string) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Where("shop_id = ? AND kind = ? AND external_id = ?", shopID, kind, externalID).
			Delete(&KnowledgeDocument{}).Error; err != nil {
			return err
		}
		return g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error
	})
	if err != nil {
		return fmt.Errorf("delete %s %s of shop %d: %w", kind, externalID, shopID, err)
	}
	return nil
}

// ListDocuments returns a shop's documents, optionally of one kind.
func (s *Store) ListDocuments(ctx context.Context, shopID int64, kind string) ([]KnowledgeDocument, error) {
	q := s.db(ctx).Where("shop_id = ?", shopID)
	if kind != "" {
		q = q.Where("kind = ?", kind)
	}
	var out []KnowledgeDocument
	if err := q.Order("kind, external_id, locale").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list documents of shop %d: %w", shopID, err)
	}
	return out, nil
}

// GetVariant loads a live variant by Shopify id with its product.
func (s *Store) GetVariant(ctx context.Context, shopID, variantShopifyID int64) (*Variant, *Product, error) {
	var v Variant
	if err := s.db(ctx).Where("shop_id = ? AND shopify_id = ?", shopID, variantShopifyID).Take(&v).Error; err != nil {
		return nil, nil, fmt.Errorf("get variant %d of shop %d: %w", variantShopifyID, shopID, notFound(err))
	}
	var p Product
	if err := s.db(ctx).Where("id = ? AND deleted_at IS NULL", v.ProductID).Take(&p).Error; err != nil {
		return nil, nil, fmt.Errorf("get product of variant %d: %w", variantShopifyID, notFound(err))
	}
	return &v, &p, nil
}
