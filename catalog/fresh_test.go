package catalog_test

import (
	"strings"
	"testing"

	"shopassist/catalog"
	"shopassist/catalog/catalogtest"
	"shopassist/db"
	"shopassist/db/dbtest"
)

// A policy or translation edited in Shopify reaches the documents through
// the periodic refresh (no webhook exists for it); an unchanged shop writes
// nothing and leaves the catalog version alone.
func TestRefreshDocumentsPicksUpPolicyAndTranslationEdits(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 20, catalog.SyncOptions{})
		e.sync(t)
		v1, err := store.CatalogVersion(ctx, e.shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := e.syncer.RefreshDocuments(ctx, shopDomain); err != nil || n != 0 {
			t.Fatalf("refresh of an unchanged shop: %d changes, %v", n, err)
		}
		if v2, _ := store.CatalogVersion(ctx, e.shop.ID); v2 != v1 {
			t.Fatalf("catalog version moved %d → %d without a change", v1, v2)
		}
		e.cat.UpdatePolicy("SHIPPING_POLICY", func(p *catalogtest.Policy) {
			p.Body = "United States: 4–7 business days, €14.95."
			for l := range p.Translations {
				p.Translations[l] = "Estados Unidos: 4–7 días hábiles, 14,95 €."
			}
		})
		n, err := e.syncer.RefreshDocuments(ctx, shopDomain)
		if err != nil || n == 0 {
			t.Fatalf("refresh after an edit: %d changes, %v", n, err)
		}
		docs, err := store.ListDocuments(ctx, e.shop.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		var primary, translated bool
		for _, d := range docs {
			if d.Kind == db.DocPolicy && d.ExternalID == "shipping_policy" {
				primary = primary || strings.Contains(d.Body, "€14.95")
				translated = translated || strings.Contains(d.Body, "14,95 €")
			}
		}
		if !primary || !translated {
			t.Fatalf("edited policy not stored (original %v, translation %v)", primary, translated)
		}
		if v3, _ := store.CatalogVersion(ctx, e.shop.ID); v3 == v1 {
			t.Fatal("catalog version did not move: the index would not see the edit")
		}
	})
}
