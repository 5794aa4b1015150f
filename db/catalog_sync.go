package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// inChunk bounds IN (...) lists: SQLite allows 32,766 parameters and
// PostgreSQL 65,535, and smaller statements plan faster.
const inChunk = 500

func chunks(ids []int64, fn func(part []int64) error) error {
	for start := 0; start < len(ids); start += inChunk {
		if err := fn(ids[start:min(start+inChunk, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

// AnalyzeCatalog refreshes PostgreSQL's planner statistics of the catalog
// tables. A full sync grows them from nothing to 10^5 rows within a minute,
// faster than autovacuum's analyze follows (and never, where autovacuum is
// off): plans made for a nearly empty table then scan the whole table for
// each batch's `shopify_id IN (…)` lookup, which made a 100k sync quadratic.
// ANALYZE samples a bounded number of rows and invalidates cached plans.
// SQLite needs nothing: its planner hints (shopFilter) do not depend on
// statistics.
func (s *Store) AnalyzeCatalog(ctx context.Context) error {
	if s.dialect != Postgres {
		return nil
	}
	if err := s.db(ctx).Exec("ANALYZE products, variants, product_translations").Error; err != nil {
		return fmt.Errorf("analyze catalog tables: %w", err)
	}
	return nil
}

// ProductSyncHashes returns the content hash stored by the last sync for
// each of the given live products (by Shopify id); products never synced
// or tombstoned are absent.
func (s *Store) ProductSyncHashes(ctx context.Context, shopID int64, shopifyIDs []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(shopifyIDs))
	err := chunks(shopifyIDs, func(part []int64) error {
		var rows []struct {
			ShopifyID int64
			SyncHash  string
		}
		if err := s.db(ctx).Raw(`SELECT shopify_id, sync_hash FROM products
			WHERE shop_id = ? AND deleted_at IS NULL AND shopify_id IN ?`, shopID, part).Scan(&rows).Error; err != nil {
			return err
		}
		for _, r := range rows {
			out[r.ShopifyID] = r.SyncHash
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load sync hashes of shop %d: %w", shopID, err)
	}
	return out, nil
}

// MarkProductsSeen records that sync run runID saw the given products
// (Shopify ids) without having to rewrite them.
func (s *Store) MarkProductsSeen(ctx context.Context, shopID, runID int64, seen []int64) error {
	err := chunks(seen, func(part []int64) error {
		return s.db(ctx).Exec("UPDATE products SET last_sync_run = ? WHERE shop_id = ? AND shopify_id IN ?", runID, shopID, part).Error
	})
	if err != nil {
		return fmt.Errorf("mark products seen by sync run %d of shop %d: %w", runID, shopID, err)
	}
	return nil
}

// UnseenProducts lists live products (Shopify ids) that sync run runID did
// not see and that existed before the run started: they were deleted in
// Shopify. Products created meanwhile (by webhooks) are left alone.
func (s *Store) UnseenProducts(ctx context.Context, shopID, runID int64, startedAt time.Time) ([]int64, error) {
	var ids []int64
	err := s.db(ctx).Raw(`SELECT shopify_id FROM products
		WHERE shop_id = ? AND deleted_at IS NULL AND last_sync_run <> ? AND created_at < ? ORDER BY shopify_id`,
		shopID, runID, startedAt.UTC()).Scan(&ids).Error
	if err != nil {
		return nil, fmt.Errorf("list products unseen by sync run %d of shop %d: %w", runID, shopID, err)
	}
	return ids, nil
}

// SyncTranslations stores one locale's translations of several products,
// keyed by Shopify product id. An empty translation removes the product's
// row for that locale. Only real changes are written; when any are, the
// catalog version moves once and the changed products are stamped with it.
// Unknown or deleted products are skipped. It returns how many
// (product, locale) rows changed.
func (s *Store) SyncTranslations(ctx context.Context, shopID int64, locale string, ts map[int64]ProductTranslation) (int, error) {
	ids := make([]int64, 0, len(ts))
	for id := range ts {
		ids = append(ids, id)
	}
	changed := 0
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		rowIDs := make(map[int64]int64, len(ids)) // shopify id → products.id
		existing := make(map[int64]ProductTranslation, len(ids))
		if err := chunks(ids, func(part []int64) error {
			var rows []struct{ ID, ShopifyID int64 }
			if err := g.Raw("SELECT id, shopify_id FROM products WHERE shop_id = ? AND deleted_at IS NULL AND shopify_id IN ?",
				shopID, part).Scan(&rows).Error; err != nil {
				return err
			}
			pids := make([]int64, 0, len(rows))
			for _, r := range rows {
				rowIDs[r.ShopifyID] = r.ID
				pids = append(pids, r.ID)
			}
			var cur []ProductTranslation
			if err := g.Where("product_id IN ? AND locale = ?", pids, locale).Find(&cur).Error; err != nil {
				return err
			}
			for _, t := range cur {
				existing[t.ProductID] = t
			}
			return nil
		}); err != nil {
			return err
		}
		var (
			touched []int64
			inserts []ProductTranslation
		)
		for sid, t := range ts {
			pid, ok := rowIDs[sid]
			if !ok {
				continue
			}
			old, had := existing[pid]
			empty := t.Title == "" && t.Description == "" && t.ProductType == "" && len(t.OptionValues.V) == 0
			switch {
			case empty && !had:
				continue
			case empty:
				if err := g.Where("id = ?", old.ID).Delete(&ProductTranslation{}).Error; err != nil {
					return err
				}
			case had && sameTranslation(old, t):
				continue
			default:
				t.ID, t.ShopID, t.ProductID, t.Locale = old.ID, shopID, pid, locale
				if t.OptionValues.V == nil {
					t.OptionValues = NewJSON(map[string]string{})
				}
				if !had {
					inserts = append(inserts, t)
					break
				}
				if err := g.Save(&t).Error; err != nil {
					return err
				}
			}
			touched = append(touched, pid)
		}
		if len(inserts) > 0 {
			if err := g.Omit("id").CreateInBatches(&inserts, s.syncRowsPerInsert(7)).Error; err != nil {
				return err
			}
		}
		changed = len(touched)
		if changed == 0 {
			return nil
		}
		return stampProducts(g, shopID, touched)
	})
	if err != nil {
		return 0, fmt.Errorf("sync %s translations of shop %d: %w", locale, shopID, err)
	}
	return changed, nil
}

func sameTranslation(a, b ProductTranslation) bool {
	return a.Title == b.Title && a.Description == b.Description && a.ProductType == b.ProductType &&
		maps.Equal(a.OptionValues.V, b.OptionValues.V)
}

// stampProducts moves the catalog version once and stamps products (row ids)
// with it so the knowledge index picks them up incrementally.
func stampProducts(g *gorm.DB, shopID int64, rowIDs []int64) error {
	if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error; err != nil {
		return err
	}
	var version int64
	if err := g.Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&version).Error; err != nil {
		return err
	}
	return chunks(rowIDs, func(part []int64) error {
		return g.Exec("UPDATE products SET catalog_version = ? WHERE id IN ?", version, part).Error
	})
}

// DeleteTranslationsExcept removes product translations in locales other
// than keep (a locale the merchant unpublished) and returns how many went.
func (s *Store) DeleteTranslationsExcept(ctx context.Context, shopID int64, keep []string) (int, error) {
	var n int
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		q := g.Table("product_translations").Where("shop_id = ?", shopID)
		if len(keep) > 0 {
			q = q.Where("locale NOT IN ?", keep)
		}
		var pids []int64
		if err := q.Distinct("product_id").Pluck("product_id", &pids).Error; err != nil {
			return err
		}
		if len(pids) == 0 {
			return nil
		}
		del := g.Where("shop_id = ?", shopID)
		if len(keep) > 0 {
			del = del.Where("locale NOT IN ?", keep)
		}
		res := del.Delete(&ProductTranslation{})
		if res.Error != nil {
			return res.Error
		}
		n = int(res.RowsAffected)
		return stampProducts(g, shopID, pids)
	})
	if err != nil {
		return 0, fmt.Errorf("delete stale translations of shop %d: %w", shopID, err)
	}
	return n, nil
}

// ShopCatalogVersion returns a shop's id and catalog version by domain in
// one query: the knowledge index asks before every search (rate-limited).
func (s *Store) ShopCatalogVersion(ctx context.Context, domain string) (shopID, version int64, err error) {
	var row struct{ ID, CatalogVersion int64 }
	res := s.db(ctx).Raw("SELECT id, catalog_version FROM shops WHERE domain = ?", domain).Scan(&row)
	if res.Error != nil {
		return 0, 0, fmt.Errorf("catalog version of %s: %w", domain, res.Error)
	}
	if res.RowsAffected == 0 {
		return 0, 0, fmt.Errorf("catalog version of %s: %w", domain, ErrNotFound)
	}
	return row.ID, row.CatalogVersion, nil
}

// DocumentsFingerprint summarises a shop's documents (count, id sum, latest
// update) so a reader can tell cheaply whether any was added, changed or
// removed since it last looked.
func (s *Store) DocumentsFingerprint(ctx context.Context, shopID int64) (string, error) {
	var row struct {
		N      int64
		IDSum  int64
		Latest string
	}
	err := s.db(ctx).Raw(`SELECT COUNT(*) AS n, COALESCE(SUM(id), 0) AS id_sum,
		COALESCE(CAST(MAX(updated_at) AS TEXT), '') AS latest FROM knowledge_documents WHERE shop_id = ?`, shopID).
		Scan(&row).Error
	if err != nil {
		return "", fmt.Errorf("documents fingerprint of shop %d: %w", shopID, err)
	}
	return fmt.Sprintf("%d/%d/%s", row.N, row.IDSum, row.Latest), nil
}

// DeleteDocumentLocale removes one locale of a document (a page deleted in
// Shopify, or a translation removed) and moves the catalog version.
func (s *Store) DeleteDocumentLocale(ctx context.Context, shopID int64, kind, externalID, locale string) error {
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		if err := g.Where("shop_id = ? AND kind = ? AND external_id = ? AND locale = ?", shopID, kind, externalID, locale).
			Delete(&KnowledgeDocument{}).Error; err != nil {
			return err
		}
		return g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error
	})
	if err != nil {
		return fmt.Errorf("delete %s %s/%s of shop %d: %w", kind, externalID, locale, shopID, err)
	}
	return nil
}

// SyncedProduct is a product snapshot from a catalog sync with the content
// hash it was read with.
type SyncedProduct struct {
	Product Product
	Hash    string
}

// productRow is the products table as the sync writes it, bookkeeping
// columns included; Product leaves those out.
type productRow struct {
	ID               int64
	ShopID           int64
	ShopifyID        int64
	Handle           string
	Title            string
	Description      string
	BodyHTML         string `gorm:"column:body_html"`
	Vendor           string
	ProductType      string
	Tags             JSON[[]string]
	Status           string
	Options          JSON[[]ProductOption]
	Images           JSON[[]ProductImage]
	Collections      JSON[[]string]
	OnlineStoreURL   string `gorm:"column:online_store_url"`
	CatalogVersion   int64
	DeletedAt        *time.Time
	ShopifyUpdatedAt *time.Time
	CreatedAt        time.Time
	UpdatedAt        time.Time
	SyncHash         string
	LastSyncRun      int64
}

func (productRow) TableName() string { return "products" }

// productUpdateColumns are overwritten when a synced product already exists
// (created_at is kept). A tombstoned product that reappears is revived.
var productUpdateColumns = []string{"handle", "title", "description", "body_html", "vendor", "product_type", "tags",
	"status", "options", "images", "collections", "online_store_url", "catalog_version", "deleted_at",
	"shopify_updated_at", "updated_at", "sync_hash", "last_sync_run"}

// syncRowsPerInsert is how many rows one multi-row INSERT carries. The
// SQLite driver matches each bound parameter against the argument list
// (quadratic in parameters per statement), so SQLite gets short statements
// of ~300 parameters; PostgreSQL gets fewer, larger round trips.
func (s *Store) syncRowsPerInsert(columns int) int {
	if s.dialect == SQLite {
		return max(1, 320/columns)
	}
	return max(1, 8000/columns)
}

// SyncProducts writes a batch of synced products with their variants in a
// few set-based statements (the per-row UpsertProducts is meant for
// webhooks). Like UpsertProducts it moves the catalog version once, stamps
// the written products, keeps stored translations and never overwrites a
// newer snapshot (by Shopify's updated_at). It records run as the last
// sync that saw each product and returns how many were written.
func (s *Store) SyncProducts(ctx context.Context, shopID, run int64, batch []SyncedProduct) (int, error) {
	if len(batch) == 0 {
		return 0, nil
	}
	written := 0
	err := s.db(ctx).Transaction(func(g *gorm.DB) error {
		ids := make([]int64, len(batch))
		for i := range batch {
			ids[i] = batch[i].Product.ShopifyID
		}
		stored := make(map[int64]*time.Time, len(batch))
		if err := chunks(ids, func(part []int64) error {
			var rows []struct {
				ShopifyID        int64
				ShopifyUpdatedAt *time.Time
			}
			if err := g.Raw("SELECT shopify_id, shopify_updated_at FROM products WHERE shop_id = ? AND shopify_id IN ?",
				shopID, part).Scan(&rows).Error; err != nil {
				return err
			}
			for _, r := range rows {
				stored[r.ShopifyID] = r.ShopifyUpdatedAt
			}
			return nil
		}); err != nil {
			return err
		}
		if err := g.Exec("UPDATE shops SET catalog_version = catalog_version + 1 WHERE id = ?", shopID).Error; err != nil {
			return err
		}
		var version int64
		if err := g.Raw("SELECT catalog_version FROM shops WHERE id = ?", shopID).Scan(&version).Error; err != nil {
			return err
		}
		now := time.Now().UTC()
		rows := make([]productRow, 0, len(batch))
		keep := make([]*Product, 0, len(batch))
		for i := range batch {
			p := &batch[i].Product
			if newer(stored[p.ShopifyID], p.ShopifyUpdatedAt) {
				continue // a webhook already stored a newer snapshot
			}
			status := p.Status
			if status == "" {
				status = "active"
			}
			rows = append(rows, productRow{ShopID: shopID, ShopifyID: p.ShopifyID, Handle: p.Handle, Title: p.Title,
				Description: p.Description, BodyHTML: p.BodyHTML, Vendor: p.Vendor, ProductType: p.ProductType,
				Tags: p.Tags, Status: status, Options: p.Options, Images: p.Images, Collections: p.Collections,
				OnlineStoreURL: p.OnlineStoreURL, CatalogVersion: version, ShopifyUpdatedAt: p.ShopifyUpdatedAt,
				CreatedAt: now, UpdatedAt: now, SyncHash: batch[i].Hash, LastSyncRun: run})
			keep = append(keep, p)
		}
		if len(rows) == 0 {
			return nil
		}
		err := g.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "shop_id"}, {Name: "shopify_id"}},
			DoUpdates: clause.AssignmentColumns(productUpdateColumns),
		}).Omit("id").CreateInBatches(&rows, s.syncRowsPerInsert(21)).Error
		if err != nil {
			return err
		}
		// Map Shopify ids to row ids: RETURNING is not relied on, since
		// ON CONFLICT updates do not report ids the same way everywhere.
		rowIDs := make(map[int64]int64, len(keep))
		keptIDs := make([]int64, len(keep))
		for i, p := range keep {
			keptIDs[i] = p.ShopifyID
		}
		pids := make([]int64, 0, len(keep))
		if err := chunks(keptIDs, func(part []int64) error {
			var rs []struct{ ID, ShopifyID int64 }
			if err := g.Raw("SELECT id, shopify_id FROM products WHERE shop_id = ? AND shopify_id IN ?", shopID, part).
				Scan(&rs).Error; err != nil {
				return err
			}
			for _, r := range rs {
				rowIDs[r.ShopifyID] = r.ID
				pids = append(pids, r.ID)
			}
			return nil
		}); err != nil {
			return err
		}
		// The sync's query reads no weights: keep the grams the product
		// webhooks stored.
		grams := map[int64]int{}
		if err := chunks(pids, func(part []int64) error {
			var rs []struct {
				ShopifyID int64
				Grams     int
			}
			if err := g.Raw("SELECT shopify_id, grams FROM variants WHERE product_id IN ? AND grams <> 0", part).
				Scan(&rs).Error; err != nil {
				return err
			}
			for _, r := range rs {
				grams[r.ShopifyID] = r.Grams
			}
			return g.Exec("DELETE FROM variants WHERE product_id IN ?", part).Error
		}); err != nil {
			return err
		}
		var variants []Variant
		for _, p := range keep {
			for _, v := range p.Variants {
				v.ID, v.ShopID, v.ProductID = 0, shopID, rowIDs[p.ShopifyID]
				if v.Grams == 0 {
					v.Grams = grams[v.ShopifyID]
				}
				variants = append(variants, v)
			}
		}
		if len(variants) > 0 {
			if err := g.Omit("id").CreateInBatches(&variants, s.syncRowsPerInsert(15)).Error; err != nil {
				return err
			}
		}
		written = len(rows)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sync %d products of shop %d: %w", len(batch), shopID, err)
	}
	return written, nil
}

// ScanProducts is ListProducts for bulk readers (the knowledge index
// loading a whole shop): the same live products, variants and
// translations, read with plain scans instead of gorm's reflection and
// preloads, which dominate the load of a large catalog.
func (s *Store) ScanProducts(ctx context.Context, shopID, afterID int64, limit int) ([]Product, error) {
	out, err := s.scanProducts(ctx, shopID, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("scan products of shop %d: %w", shopID, err)
	}
	return out, nil
}

func (s *Store) scanProducts(ctx context.Context, shopID, afterID int64, limit int) ([]Product, error) {
	rows, err := s.db(ctx).Raw(`SELECT id, shopify_id, handle, title, description, vendor, product_type, tags, status,
		options, images, collections, online_store_url, catalog_version, shopify_updated_at, created_at, updated_at
		FROM products WHERE `+s.shopFilter()+` AND deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?`, shopID, afterID, limit).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Product
	for rows.Next() {
		p := Product{ShopID: shopID}
		var tags, opts, imgs, cols string
		var upd sql.NullTime
		if err := rows.Scan(&p.ID, &p.ShopifyID, &p.Handle, &p.Title, &p.Description, &p.Vendor, &p.ProductType,
			&tags, &p.Status, &opts, &imgs, &cols, &p.OnlineStoreURL, &p.CatalogVersion, &upd,
			&p.CreatedAt, &p.UpdatedAt); err != nil {
			return nil, err
		}
		if upd.Valid {
			t := upd.Time
			p.ShopifyUpdatedAt = &t
		}
		if err := errors.Join(decodeJSONColumn(tags, &p.Tags.V), decodeJSONColumn(opts, &p.Options.V),
			decodeJSONColumn(imgs, &p.Images.V), decodeJSONColumn(cols, &p.Collections.V)); err != nil {
			return nil, fmt.Errorf("product %d: %w", p.ShopifyID, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	byID := make(map[int64]*Product, len(out))
	for i := range out {
		byID[out[i].ID] = &out[i]
	}
	first, last := out[0].ID, out[len(out)-1].ID
	vrows, err := s.db(ctx).Raw(`SELECT id, product_id, shopify_id, title, sku, price, compare_at_price, option1, option2,
		option3, inventory_quantity, available, position, grams FROM variants
		WHERE `+s.shopFilter()+` AND product_id >= ? AND product_id <= ? ORDER BY product_id, position, id`, shopID, first, last).Rows()
	if err != nil {
		return nil, err
	}
	defer vrows.Close()
	for vrows.Next() {
		v := Variant{ShopID: shopID}
		if err := vrows.Scan(&v.ID, &v.ProductID, &v.ShopifyID, &v.Title, &v.SKU, &v.Price, &v.CompareAtPrice,
			&v.Option1, &v.Option2, &v.Option3, &v.InventoryQuantity, &v.Available, &v.Position, &v.Grams); err != nil {
			return nil, err
		}
		if p := byID[v.ProductID]; p != nil {
			p.Variants = append(p.Variants, v)
		}
	}
	if err := vrows.Err(); err != nil {
		return nil, err
	}
	trows, err := s.db(ctx).Raw(`SELECT id, product_id, locale, title, description, product_type, option_values
		FROM product_translations WHERE `+s.shopFilter()+` AND product_id >= ? AND product_id <= ? ORDER BY product_id, locale`,
		shopID, first, last).Rows()
	if err != nil {
		return nil, err
	}
	defer trows.Close()
	for trows.Next() {
		t := ProductTranslation{ShopID: shopID}
		var ov string
		if err := trows.Scan(&t.ID, &t.ProductID, &t.Locale, &t.Title, &t.Description, &t.ProductType, &ov); err != nil {
			return nil, err
		}
		if err := decodeJSONColumn(ov, &t.OptionValues.V); err != nil {
			return nil, fmt.Errorf("translation %d: %w", t.ID, err)
		}
		if p := byID[t.ProductID]; p != nil {
			p.Translations = append(p.Translations, t)
		}
	}
	return out, trows.Err()
}

// shopFilter is the "shop_id = ?" term of the range scans above. SQLite's
// planner would otherwise answer them through the (shop_id, shopify_id)
// index, reading every row of the shop per page (quadratic over a whole
// catalog); the unary plus keeps it on the primary key / product_id range.
// PostgreSQL plans these from statistics and gets the plain term.
func (s *Store) shopFilter() string {
	if s.dialect == SQLite {
		return "+shop_id = ?"
	}
	return "shop_id = ?"
}

// decodeJSONColumn decodes a JSON text column, skipping the common empty
// values without calling the decoder.
func decodeJSONColumn[T any](s string, v *T) error {
	switch s {
	case "", "[]", "{}", "null":
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}
