package db_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"shopassist/db"
	"shopassist/db/dbtest"
)

func synced(id int64, title string, updated time.Time, hash string, variants ...int64) db.SyncedProduct {
	p := db.Product{ShopifyID: id, Title: title, Handle: title, ShopifyUpdatedAt: ptime(updated)}
	for i, v := range variants {
		p.Variants = append(p.Variants, db.Variant{ShopifyID: v, Title: title, Price: "10.00", Position: i + 1, Available: true})
	}
	return db.SyncedProduct{Product: p, Hash: hash}
}

func variantIDs(p *db.Product) []int64 {
	var out []int64
	for _, v := range p.Variants {
		out = append(out, v.ShopifyID)
	}
	return out
}

// TestSyncProductsNeverOverwritesNewerWebhooks: a full sync reads a
// snapshot that can be older than what a webhook stored meanwhile; the
// newer one stays. Written products are stamped with one new catalog
// version, variants are replaced, translations kept.
func TestSyncProductsNeverOverwritesNewerWebhooks(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
		// A webhook stored product 1 at t0+2h.
		hook := db.Product{ShopifyID: 1, Title: "From webhook", Handle: "one", ShopifyUpdatedAt: ptime(t0.Add(2 * time.Hour)),
			Variants: []db.Variant{{ShopifyID: 11, Title: "x", Price: "5.00"}}}
		if _, _, err := s.UpsertProducts(ctx, shop.ID, []db.Product{hook}); err != nil {
			t.Fatal(err)
		}
		v0, _ := s.CatalogVersion(ctx, shop.ID)

		if n, err := s.SyncProducts(ctx, shop.ID, 7, nil); err != nil || n != 0 {
			t.Fatalf("empty batch = %d, %v", n, err)
		}
		n, err := s.SyncProducts(ctx, shop.ID, 7, []db.SyncedProduct{
			synced(1, "From sync (older)", t0.Add(time.Hour), "h1", 11),
			synced(2, "Two", t0, "h2", 21, 22),
			synced(3, "Three", t0, "h3", 31),
		})
		if err != nil || n != 2 {
			t.Fatalf("sync wrote %d, %v; want 2 (product 1 is newer in the store)", n, err)
		}
		v1, _ := s.CatalogVersion(ctx, shop.ID)
		if v1 != v0+1 {
			t.Fatalf("catalog version %d → %d, want one step", v0, v1)
		}
		p1, _ := s.GetProduct(ctx, shop.ID, 1)
		if p1.Title != "From webhook" {
			t.Fatalf("older sync snapshot overwrote the webhook's: %q", p1.Title)
		}
		p2, _ := s.GetProduct(ctx, shop.ID, 2)
		if p2.Title != "Two" || p2.CatalogVersion != v1 || !slices.Equal(variantIDs(p2), []int64{21, 22}) || p2.Status != "active" {
			t.Fatalf("synced product 2 = %+v", p2)
		}
		hashes, err := s.ProductSyncHashes(ctx, shop.ID, []int64{1, 2, 3, 99})
		if err != nil || len(hashes) != 3 || hashes[2] != "h2" || hashes[3] != "h3" || hashes[1] != "" {
			t.Fatalf("hashes = %v, %v", hashes, err)
		}
		if h, _ := s.ProductSyncHashes(ctx, other.ID, []int64{1, 2, 3}); len(h) != 0 {
			t.Fatalf("other shop sees hashes %v", h)
		}

		// A translation stored between syncs survives the next sync of the
		// product, whose variants are replaced.
		if _, err := s.SyncTranslations(ctx, shop.ID, "de", map[int64]db.ProductTranslation{2: {Title: "Zwei"}}); err != nil {
			t.Fatal(err)
		}
		if n, err := s.SyncProducts(ctx, shop.ID, 8, []db.SyncedProduct{synced(2, "Two v2", t0.Add(time.Hour), "h2b", 23)}); err != nil || n != 1 {
			t.Fatalf("resync = %d, %v", n, err)
		}
		p2, _ = s.GetProduct(ctx, shop.ID, 2)
		if p2.Title != "Two v2" || !slices.Equal(variantIDs(p2), []int64{23}) || len(p2.Translations) != 1 || p2.Translations[0].Title != "Zwei" {
			t.Fatalf("resynced product 2 = title %q variants %v translations %+v", p2.Title, variantIDs(p2), p2.Translations)
		}
		if got, _ := s.CountProducts(ctx, other.ID); got != 0 {
			t.Fatalf("other shop has %d products", got)
		}
	})
}

// TestUnseenProductsAreTheDeletedOnes: after a full sync, live products
// the run neither wrote nor marked seen were deleted in Shopify, unless a
// webhook created them after the run started.
func TestUnseenProductsAreTheDeletedOnes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
		if _, err := s.SyncProducts(ctx, shop.ID, 1, []db.SyncedProduct{
			synced(1, "a", t0, "h"), synced(2, "b", t0, "h"), synced(3, "c", t0, "h"), synced(4, "d", t0, "h"),
		}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DeleteProduct(ctx, shop.ID, 4); err != nil { // already tombstoned
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond) // created_at of the products above is before the run
		started := time.Now().UTC()
		time.Sleep(20 * time.Millisecond)
		// Run 2 rewrites product 1 and finds 2 unchanged (hash equal).
		if _, err := s.SyncProducts(ctx, shop.ID, 2, []db.SyncedProduct{synced(1, "a2", t0.Add(time.Hour), "h2")}); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkProductsSeen(ctx, shop.ID, 2, []int64{2}); err != nil {
			t.Fatal(err)
		}
		// A webhook creates product 5 during the run.
		if _, _, err := s.UpsertProducts(ctx, shop.ID, []db.Product{{ShopifyID: 5, Title: "new", ShopifyUpdatedAt: ptime(t0)}}); err != nil {
			t.Fatal(err)
		}
		got, err := s.UnseenProducts(ctx, shop.ID, 2, started)
		if err != nil || !slices.Equal(got, []int64{3}) {
			t.Fatalf("unseen = %v, %v; want [3]", got, err)
		}
		if err := s.MarkProductsSeen(ctx, shop.ID, 2, nil); err != nil {
			t.Fatalf("mark nothing: %v", err)
		}
	})
}

func TestSyncTranslationsWritesOnlyChanges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		t0 := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
		if _, err := s.SyncProducts(ctx, shop.ID, 1, []db.SyncedProduct{synced(1, "Hat", t0, "h"), synced(2, "Scarf", t0, "h")}); err != nil {
			t.Fatal(err)
		}
		opts := db.NewJSON(map[string]string{"Red": "Rot"})
		steps := []struct {
			name        string
			locale      string
			ts          map[int64]db.ProductTranslation
			wantChanged int
			wantBump    bool
		}{
			{"first translations", "de", map[int64]db.ProductTranslation{1: {Title: "Mütze", OptionValues: opts}, 2: {Title: "Schal"}}, 2, true},
			{"the same again writes nothing", "de", map[int64]db.ProductTranslation{1: {Title: "Mütze", OptionValues: opts}, 2: {Title: "Schal"}}, 0, false},
			{"one option value changed", "de", map[int64]db.ProductTranslation{1: {Title: "Mütze", OptionValues: db.NewJSON(map[string]string{"Red": "Rotes"})}}, 1, true},
			{"an empty translation removes the row", "de", map[int64]db.ProductTranslation{2: {}}, 1, true},
			{"removing what is not there", "de", map[int64]db.ProductTranslation{2: {}}, 0, false},
			{"unknown products are skipped", "de", map[int64]db.ProductTranslation{99: {Title: "?"}}, 0, false},
			{"another locale", "fr", map[int64]db.ProductTranslation{1: {Title: "Bonnet"}}, 1, true},
		}
		for _, st := range steps {
			before, _ := s.CatalogVersion(ctx, shop.ID)
			n, err := s.SyncTranslations(ctx, shop.ID, st.locale, st.ts)
			if err != nil || n != st.wantChanged {
				t.Fatalf("%s: changed %d, %v; want %d", st.name, n, err, st.wantChanged)
			}
			after, _ := s.CatalogVersion(ctx, shop.ID)
			if (after != before) != st.wantBump {
				t.Fatalf("%s: catalog version %d → %d, want moved=%v", st.name, before, after, st.wantBump)
			}
		}
		p1, _ := s.GetProduct(ctx, shop.ID, 1)
		p2, _ := s.GetProduct(ctx, shop.ID, 2)
		if len(p1.Translations) != 2 || len(p2.Translations) != 0 {
			t.Fatalf("translations: %+v / %+v", p1.Translations, p2.Translations)
		}

		// The merchant unpublished French.
		before, _ := s.CatalogVersion(ctx, shop.ID)
		n, err := s.DeleteTranslationsExcept(ctx, shop.ID, []string{"de"})
		if err != nil || n != 1 {
			t.Fatalf("delete except de = %d, %v", n, err)
		}
		p1, _ = s.GetProduct(ctx, shop.ID, 1)
		after, _ := s.CatalogVersion(ctx, shop.ID)
		if len(p1.Translations) != 1 || p1.Translations[0].Locale != "de" || p1.CatalogVersion != after || after == before {
			t.Fatalf("after unpublishing fr: %+v (version %d→%d, product %d)", p1.Translations, before, after, p1.CatalogVersion)
		}
		if n, _ := s.DeleteTranslationsExcept(ctx, shop.ID, []string{"de"}); n != 0 {
			t.Fatalf("second delete removed %d", n)
		}
		// No locale kept: all translations go.
		if n, _ := s.DeleteTranslationsExcept(ctx, shop.ID, nil); n != 1 {
			t.Fatalf("delete all = %d, want 1", n)
		}
	})
}

func TestKnowledgeDocumentsAndFingerprint(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, _ := s.EnsureShop(ctx, "a.myshopify.com")
		other, _ := s.EnsureShop(ctx, "b.myshopify.com")
		fp := func() string {
			t.Helper()
			f, err := s.DocumentsFingerprint(ctx, shop.ID)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		version := func() int64 {
			t.Helper()
			id, v, err := s.ShopCatalogVersion(ctx, "a.myshopify.com")
			if err != nil || id != shop.ID {
				t.Fatalf("catalog version: id %d, %v", id, err)
			}
			return v
		}
		doc := func(kind, ext, locale, body string) *db.KnowledgeDocument {
			return &db.KnowledgeDocument{ShopID: shop.ID, Kind: kind, ExternalID: ext, Locale: locale, Title: ext, Body: body}
		}
		empty, v0 := fp(), version()

		refund := doc(db.DocPolicy, "refund", "en", "30 days")
		if err := s.UpsertDocument(ctx, refund); err != nil {
			t.Fatal(err)
		}
		if refund.Source != "sync" || refund.ID == 0 {
			t.Fatalf("new document = %+v", refund)
		}
		for _, d := range []*db.KnowledgeDocument{doc(db.DocPolicy, "refund", "de", "30 Tage"), doc(db.DocPage, "about", "en", "We knit."),
			doc(db.DocFAQ, "faq-1", "en", "Yes.")} {
			if err := s.UpsertDocument(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.UpsertDocument(ctx, &db.KnowledgeDocument{ShopID: other.ID, Kind: db.DocPolicy, ExternalID: "refund", Locale: "en"}); err != nil {
			t.Fatal(err)
		}
		afterAdd, v1 := fp(), version()
		if afterAdd == empty || v1 != v0+4 {
			t.Fatalf("after adding: fingerprint %q (was %q), version %d → %d", afterAdd, empty, v0, v1)
		}

		// Updating keeps the row's identity and creation time.
		time.Sleep(10 * time.Millisecond)
		upd := doc(db.DocPolicy, "refund", "en", "60 days")
		upd.Source = "merchant"
		if err := s.UpsertDocument(ctx, upd); err != nil {
			t.Fatal(err)
		}
		// (PostgreSQL keeps microseconds of the creation time.)
		if upd.ID != refund.ID || upd.CreatedAt.Sub(refund.CreatedAt).Abs() > time.Microsecond || !upd.UpdatedAt.After(upd.CreatedAt) {
			t.Fatalf("update made a new row or moved its creation: %+v vs %+v", upd, refund)
		}
		if afterUpd := fp(); afterUpd == afterAdd {
			t.Fatal("fingerprint did not move on an update")
		}

		policies, err := s.ListDocuments(ctx, shop.ID, db.DocPolicy)
		if err != nil || len(policies) != 2 || policies[0].Locale != "de" || policies[1].Body != "60 days" || policies[1].Source != "merchant" {
			t.Fatalf("policies = %+v, %v", policies, err)
		}
		all, _ := s.ListDocuments(ctx, shop.ID, "")
		var kinds []string
		for _, d := range all {
			kinds = append(kinds, d.Kind+"/"+d.ExternalID+"/"+d.Locale)
		}
		if want := []string{"faq/faq-1/en", "page/about/en", "policy/refund/de", "policy/refund/en"}; !slices.Equal(kinds, want) {
			t.Fatalf("all documents = %v, want %v", kinds, want)
		}

		before := fp()
		if err := s.DeleteDocumentLocale(ctx, shop.ID, db.DocPolicy, "refund", "de"); err != nil {
			t.Fatal(err)
		}
		if p, _ := s.ListDocuments(ctx, shop.ID, db.DocPolicy); len(p) != 1 || p[0].Locale != "en" {
			t.Fatalf("after deleting the German locale: %+v", p)
		}
		if fp() == before {
			t.Fatal("fingerprint did not move on a delete")
		}
		if err := s.DeleteDocument(ctx, shop.ID, db.DocPolicy, "refund"); err != nil {
			t.Fatal(err)
		}
		if p, _ := s.ListDocuments(ctx, shop.ID, db.DocPolicy); len(p) != 0 {
			t.Fatalf("policy left after delete: %+v", p)
		}
		if p, _ := s.ListDocuments(ctx, other.ID, db.DocPolicy); len(p) != 1 {
			t.Fatalf("other shop's policy gone: %+v", p)
		}
		if _, _, err := s.ShopCatalogVersion(ctx, "nope.myshopify.com"); !errors.Is(err, db.ErrNotFound) {
			t.Fatalf("unknown domain: %v, want ErrNotFound", err)
		}
	})
}

// TestUpsertDocumentsInOneChange: a batch writes every document, updates
// the existing ones in place, and moves the catalog version once, so the
// knowledge index rebuilds once for a whole sync; a batch with a bad
// document writes none of them.
func TestUpsertDocumentsInOneChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, s *db.Store) {
		ctx := context.Background()
		shop, err := s.EnsureShop(ctx, "a.myshopify.com")
		if err != nil {
			t.Fatal(err)
		}
		version := func() int64 {
			t.Helper()
			_, v, err := s.ShopCatalogVersion(ctx, "a.myshopify.com")
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		doc := func(ext, locale, body string) *db.KnowledgeDocument {
			return &db.KnowledgeDocument{ShopID: shop.ID, Kind: db.DocPolicy, ExternalID: ext, Locale: locale, Title: ext, Body: body}
		}
		first := doc("refund", "en", "30 days")
		if err := s.UpsertDocument(ctx, first); err != nil {
			t.Fatal(err)
		}
		v0 := version()
		upd := doc("refund", "en", "60 days")
		batch := []*db.KnowledgeDocument{upd, doc("refund", "de", "60 Tage"), doc("shipping", "en", "3 days")}
		if err := s.UpsertDocuments(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if v := version(); v != v0+1 {
			t.Errorf("version %d → %d, want one step for the batch", v0, v)
		}
		if upd.ID != first.ID {
			t.Errorf("the existing document got a new row: %d, was %d", upd.ID, first.ID)
		}
		all, err := s.ListDocuments(ctx, shop.ID, db.DocPolicy)
		if err != nil || len(all) != 3 {
			t.Fatalf("documents after the batch: %d, %v", len(all), err)
		}

		// A batch that fails (here its context is cancelled) writes
		// nothing and moves no version.
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if err := s.UpsertDocuments(cctx, []*db.KnowledgeDocument{doc("terms", "en", "x"), doc("privacy", "en", "y")}); err == nil {
			t.Fatal("a cancelled batch reported success")
		}
		if after, _ := s.ListDocuments(ctx, shop.ID, db.DocPolicy); len(after) != 3 {
			t.Errorf("a failed batch left %d documents, want the 3 from before", len(after))
		}
		if v := version(); v != v0+1 {
			t.Errorf("a failed batch moved the version to %d", v)
		}
	})
}
