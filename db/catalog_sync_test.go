package db_test

import (
	"context"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

// TestScanProductsMatchesListProducts checks the lean loader returns what
// the gorm one does, page by page.
func TestScanProductsMatchesListProducts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := t.Context()
		shop, err := s.EnsureShop(ctx, "scan.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		upd := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		var ps []db.Product
		for i := int64(1); i <= 7; i++ {
			p := db.Product{ShopifyID: 100 + i, Title: "P", Handle: "p", Status: "active", ShopifyUpdatedAt: &upd,
				Tags: db.NewJSON([]string{"a", "b"}), Options: db.NewJSON([]db.ProductOption{{Name: "Size", Values: []string{"S", "M"}}}),
				Images:      db.NewJSON([]db.ProductImage{{Src: "https://x/1.jpg", Alt: "x"}}),
				Collections: db.NewJSON([]string{"sale"}),
				Variants: []db.Variant{{ShopifyID: 1000 + i*10, Title: "S", Price: "9.50", Option1: "S", Available: true, Position: 1},
					{ShopifyID: 1001 + i*10, Title: "M", Price: "10.00", CompareAtPrice: "12.00", Option1: "M", InventoryQuantity: 3, Position: 2}},
			}
			if i%2 == 0 {
				p.Translations = []db.ProductTranslation{{Locale: "es", Title: "PE", Description: "d", OptionValues: db.NewJSON(map[string]string{"S": "P"})}}
			}
			ps = append(ps, p)
		}
		if _, _, err := s.UpsertProducts(ctx, shop.ID, ps); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DeleteProduct(ctx, shop.ID, 103); err != nil {
			t.Fatal(err)
		}
		var after, afterScan int64
		for {
			want, err := s.ListProducts(ctx, shop.ID, after, 3)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.ScanProducts(ctx, shop.ID, afterScan, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("page after %d: %d products, want %d", after, len(got), len(want))
			}
			for i := range want {
				w, g := want[i], got[i]
				if g.ID != w.ID || g.ShopifyID != w.ShopifyID || g.Title != w.Title || g.Status != w.Status ||
					!g.ShopifyUpdatedAt.Equal(*w.ShopifyUpdatedAt) || len(g.Tags.V) != 2 || g.Options.V[0].Values[1] != "M" ||
					g.Images.V[0] != w.Images.V[0] || g.Collections.V[0] != "sale" || g.CatalogVersion != w.CatalogVersion {
					t.Fatalf("product %d: got %+v, want %+v", w.ShopifyID, g, w)
				}
				if len(g.Variants) != len(w.Variants) || len(g.Translations) != len(w.Translations) {
					t.Fatalf("product %d: %d variants %d translations, want %d %d", w.ShopifyID,
						len(g.Variants), len(g.Translations), len(w.Variants), len(w.Translations))
				}
				for j := range w.Variants {
					if g.Variants[j] != w.Variants[j] {
						t.Fatalf("variant %+v, want %+v", g.Variants[j], w.Variants[j])
					}
				}
				for j := range w.Translations {
					gt, wt := g.Translations[j], w.Translations[j]
					if gt.Locale != wt.Locale || gt.Title != wt.Title || gt.OptionValues.V["S"] != wt.OptionValues.V["S"] {
						t.Fatalf("translation %+v, want %+v", gt, wt)
					}
				}
			}
			if len(want) < 3 {
				break
			}
			after, afterScan = want[len(want)-1].ID, got[len(got)-1].ID
		}
	})
}

func TestAnalyzeCatalog(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		if err := s.AnalyzeCatalog(ctx); err != nil {
			t.Fatal(err)
		}
		if s.Dialect() != db.Postgres {
			return
		}
		// The statistics refresh is what keeps a growing catalog's lookups
		// on their indexes: every catalog table must have been analyzed.
		var n int
		if err := s.SQLDB().QueryRowContext(ctx, `SELECT COUNT(*) FROM pg_stat_user_tables
			WHERE schemaname = current_schema() AND relname IN ('products', 'variants', 'product_translations')
			AND last_analyze IS NOT NULL`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 3 {
			t.Fatalf("%d of 3 catalog tables analyzed", n)
		}
	})
}
