package catalog_test

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"shopassist/catalog"
	"shopassist/catalog/catalogtest"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/shopdata"
	"shopassist/shopify/shopifytest"
)

const shopDomain = "demo-store.myshopify.com"

// clock is a manual clock shared by the fake, the client and the syncer, so
// throttling and pacing happen in fake time.
type clock struct {
	mu     sync.Mutex
	t      time.Time
	sleeps []time.Duration
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.t = c.t.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *clock) Sleeps() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.sleeps)
}

type staticTokens map[string]string

func (s staticTokens) AccessToken(_ context.Context, shop string) (string, error) {
	t, ok := s[shop]
	if !ok {
		return "", db.ErrNotFound
	}
	return t, nil
}

type env struct {
	store  *db.Store
	admin  *shopifytest.Admin
	cat    *catalogtest.Catalog
	srv    *catalogtest.Server
	clk    *clock
	syncer *catalog.Syncer
	tokens staticTokens
	shop   *db.Shop
}

func newEnv(t *testing.T, store *db.Store, n int, opts catalog.SyncOptions) *env {
	t.Helper()
	clk := &clock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	admin := shopifytest.New(shopifytest.Options{APIKey: "k", APISecret: "s", Now: clk.Now})
	t.Cleanup(admin.Close)
	cat := catalogtest.New(n)
	srv := catalogtest.Serve(admin, cat, catalogtest.ServeOptions{})
	client := admin.Client()
	client.Sleep = clk.Sleep
	opts.Sleep = clk.Sleep
	tokens := staticTokens{shopDomain: admin.IssueToken(shopDomain)}
	shop, err := store.EnsureShop(t.Context(), shopDomain)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.UpdateShopProfile(t.Context(), shopDomain, db.ShopProfile{Currency: "EUR"}); err != nil {
		t.Fatal(err)
	}
	return &env{store: store, admin: admin, cat: cat, srv: srv, clk: clk, tokens: tokens, shop: shop,
		syncer: catalog.NewSyncer(store, client, tokens, opts)}
}

func (e *env) sync(t *testing.T) *db.SyncRun {
	t.Helper()
	run, err := e.syncer.Sync(t.Context(), shopDomain)
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	if run.Status != db.SyncSucceeded || run.Phase != "done" {
		t.Fatalf("run = %+v", run)
	}
	return run
}

// expected counts derived from the generated catalog.
type expected struct {
	products, variants, translations, documents int
}

func expect(cat *catalogtest.Catalog) expected {
	var x expected
	for _, id := range cat.IDs() {
		p := cat.Product(id)
		x.products++
		x.variants += len(p.Variants)
		for _, l := range catalogtest.Published {
			if _, ok := p.Translations[l]; ok {
				x.translations++
			}
		}
	}
	x.documents = len(expectedDocs(cat))
	return x
}

type docKey struct{ kind, id, locale string }

// expectedDocs is the documents the sync should store: policies with a
// body and published pages, in the primary and every published locale
// they are translated into.
func expectedDocs(cat *catalogtest.Catalog) map[docKey]db.KnowledgeDocument {
	out := map[docKey]db.KnowledgeDocument{}
	for _, p := range cat.Policies() {
		if p.Body == "" {
			continue
		}
		id := strings.ToLower(p.Type)
		out[docKey{db.DocPolicy, id, "en"}] = db.KnowledgeDocument{Title: p.Title, Body: shopdata.HTMLToText(p.Body), URL: p.URL}
		for _, l := range catalogtest.Published {
			if b := p.Translations[l]; b != "" {
				out[docKey{db.DocPolicy, id, l}] = db.KnowledgeDocument{Title: p.Title, Body: shopdata.HTMLToText(b), URL: p.URL}
			}
		}
	}
	for _, p := range cat.Pages() {
		if !p.Published {
			continue
		}
		id := strconv.FormatInt(p.ID, 10)
		out[docKey{db.DocPage, id, "en"}] = db.KnowledgeDocument{Title: p.Title, Body: shopdata.HTMLToText(p.Body), URL: "/pages/" + p.Handle}
		for _, l := range catalogtest.Published {
			t, ok := p.Translations[l]
			if !ok {
				continue
			}
			d := db.KnowledgeDocument{Title: p.Title, Body: shopdata.HTMLToText(p.Body), URL: "/" + l + "/pages/" + p.Handle}
			if t.Title != "" {
				d.Title = t.Title
			}
			if t.BodyHTML != "" {
				d.Body = shopdata.HTMLToText(t.BodyHTML)
			}
			out[docKey{db.DocPage, id, l}] = d
		}
	}
	return out
}

// assertStored compares every product, variant, translation and document in
// the database with the generated catalog, field by field.
func assertStored(t *testing.T, store *db.Store, shopID int64, cat *catalogtest.Catalog) {
	t.Helper()
	ctx := t.Context()
	ids := cat.IDs()
	n, err := store.CountProducts(ctx, shopID)
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != len(ids) {
		t.Fatalf("stored %d live products, catalog has %d", n, len(ids))
	}
	for _, id := range ids {
		want := cat.Product(id)
		got, err := store.GetProduct(ctx, shopID, id)
		if err != nil {
			t.Fatalf("product %d: %v", id, err)
		}
		assertProduct(t, want, got)
	}
	docs, err := store.ListDocuments(ctx, shopID, "")
	if err != nil {
		t.Fatal(err)
	}
	wantDocs := expectedDocs(cat)
	if len(docs) != len(wantDocs) {
		t.Errorf("stored %d documents, want %d", len(docs), len(wantDocs))
	}
	for _, d := range docs {
		w, ok := wantDocs[docKey{d.Kind, d.ExternalID, d.Locale}]
		if !ok {
			t.Errorf("unexpected document %s/%s/%s", d.Kind, d.ExternalID, d.Locale)
			continue
		}
		if d.Title != w.Title || d.Body != w.Body || d.URL != w.URL || d.Source != "sync" {
			t.Errorf("document %s/%s/%s = %q %q %q, want %q %q %q", d.Kind, d.ExternalID, d.Locale,
				d.Title, d.Body, d.URL, w.Title, w.Body, w.URL)
		}
	}
}

func assertProduct(t *testing.T, want *catalogtest.Product, got *db.Product) {
	t.Helper()
	fail := func(field string, g, w any) { t.Errorf("product %d %s = %v, want %v", want.ID, field, g, w) }
	if got.Title != want.Title {
		fail("title", got.Title, want.Title)
	}
	if got.Handle != want.Handle {
		fail("handle", got.Handle, want.Handle)
	}
	if got.BodyHTML != want.DescriptionHTML {
		fail("body_html", got.BodyHTML, want.DescriptionHTML)
	}
	if d := shopdata.HTMLToText(want.DescriptionHTML); got.Description != d || strings.Contains(d, "<") {
		fail("description", got.Description, d)
	}
	if got.Vendor != want.Vendor || got.ProductType != want.ProductType {
		fail("vendor/type", got.Vendor+"/"+got.ProductType, want.Vendor+"/"+want.ProductType)
	}
	if !slices.Equal(got.Tags.V, want.Tags) {
		fail("tags", got.Tags.V, want.Tags)
	}
	if got.Status != strings.ToLower(want.Status) {
		fail("status", got.Status, want.Status)
	}
	if got.OnlineStoreURL != want.OnlineStoreURL {
		fail("online_store_url", got.OnlineStoreURL, want.OnlineStoreURL)
	}
	if got.ShopifyUpdatedAt == nil || !got.ShopifyUpdatedAt.Equal(want.UpdatedAt) {
		fail("updated_at", got.ShopifyUpdatedAt, want.UpdatedAt)
	}
	if got.DeletedAt != nil {
		fail("deleted_at", got.DeletedAt, nil)
	}
	if len(got.Options.V) != len(want.Options) {
		fail("options", got.Options.V, want.Options)
	} else {
		for i, o := range want.Options {
			if got.Options.V[i].Name != o.Name || !slices.Equal(got.Options.V[i].Values, o.Values) {
				fail("option", got.Options.V[i], o)
			}
		}
	}
	var imgs []db.ProductImage
	for _, im := range want.Images {
		imgs = append(imgs, db.ProductImage{Src: im.URL, Alt: im.Alt})
	}
	if !slices.Equal(got.Images.V, imgs) {
		fail("images", got.Images.V, imgs)
	}
	var cols []string
	for _, c := range want.Collections {
		cols = append(cols, c.Handle)
	}
	if !slices.Equal(got.Collections.V, nonNil(cols)) {
		fail("collections", got.Collections.V, cols)
	}
	if len(got.Variants) != len(want.Variants) {
		fail("variant count", len(got.Variants), len(want.Variants))
	} else {
		for i, wv := range want.Variants {
			gv := got.Variants[i]
			w := db.Variant{ShopifyID: wv.ID, Title: wv.Title, SKU: wv.SKU, Price: wv.Price, CompareAtPrice: wv.CompareAtPrice,
				Option1: wv.Selected[0].Value, Option2: wv.Selected[1].Value, InventoryQuantity: wv.InventoryQuantity,
				Available: wv.Available, Position: wv.Position}
			g := db.Variant{ShopifyID: gv.ShopifyID, Title: gv.Title, SKU: gv.SKU, Price: gv.Price, CompareAtPrice: gv.CompareAtPrice,
				Option1: gv.Option1, Option2: gv.Option2, Option3: gv.Option3, InventoryQuantity: gv.InventoryQuantity,
				Available: gv.Available, Position: gv.Position}
			if g != w {
				fail("variant", g, w)
			}
		}
	}
	gotTr := map[string]db.ProductTranslation{}
	for _, tr := range got.Translations {
		gotTr[tr.Locale] = tr
	}
	wantTr := map[string]catalogtest.Translation{}
	for _, l := range catalogtest.Published {
		if tr, ok := want.Translations[l]; ok {
			wantTr[l] = tr
		}
	}
	if !slices.Equal(sortedKeys(gotTr), sortedKeys(wantTr)) {
		fail("translation locales", sortedKeys(gotTr), sortedKeys(wantTr))
		return
	}
	for l, w := range wantTr {
		g := gotTr[l]
		if g.Title != w.Title || g.Description != shopdata.HTMLToText(w.BodyHTML) || g.ProductType != w.ProductType {
			fail("translation "+l, g, w)
		}
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	ks := slices.Collect(maps.Keys(m))
	sort.Strings(ks)
	return ks
}

func assertCounts(t *testing.T, run *db.SyncRun, x expected) {
	t.Helper()
	if run.Products != x.products || run.Variants != x.variants || run.Translations != x.translations || run.Documents != x.documents {
		t.Fatalf("run counts products=%d variants=%d translations=%d documents=%d, want %+v",
			run.Products, run.Variants, run.Translations, run.Documents, x)
	}
}

func TestPagedSyncStoresEveryField(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newEnv(t, store, 240, catalog.SyncOptions{})
		// A products page costs 400 of the 1,000-point bucket: the sync must
		// pace itself, and survive injected THROTTLED and 429 answers.
		e.admin.SetCost(catalog.OpProducts, 400)
		e.admin.ThrottleNext(2)
		e.admin.RateLimitNext(1, 2*time.Second)

		run := e.sync(t)
		if run.Mode != catalog.ModePaged || run.Attempts != 1 {
			t.Fatalf("mode %s attempts %d", run.Mode, run.Attempts)
		}
		assertCounts(t, run, expect(e.cat))
		if run.ProductsWritten != run.Products || run.Deleted != 0 {
			t.Fatalf("first sync wrote %d of %d, deleted %d", run.ProductsWritten, run.Products, run.Deleted)
		}
		assertStored(t, store, e.shop.ID, e.cat)

		shop, err := store.GetShop(t.Context(), shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if shop.PrimaryLocale != "en" || !slices.Equal(shop.Locales.V, []string{"en", "de", "es", "fr"}) {
			t.Fatalf("locales = %s %v", shop.PrimaryLocale, shop.Locales.V)
		}
		// Pacing: the bucket ran low, so the syncer waited (fake time) on
		// top of the client's own throttle and Retry-After waits.
		if len(e.clk.Sleeps()) < 5 {
			t.Fatalf("sleeps = %v, want pacing waits", e.clk.Sleeps())
		}
		throttled, limited := 0, 0
		for _, r := range e.admin.Requests() {
			if r.Throttled {
				throttled++
			}
			if r.Status == 429 {
				limited++
			}
		}
		if throttled < 2 || limited != 1 {
			t.Fatalf("throttled %d, rate-limited %d: the injected faults were not exercised", throttled, limited)
		}
	})
}

func TestBulkSyncStoresEveryField(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newEnv(t, store, 300, catalog.SyncOptions{BulkThreshold: 100, BatchSize: 64})
		run := e.sync(t)
		if run.Mode != catalog.ModeBulk {
			t.Fatalf("mode = %s, want bulk", run.Mode)
		}
		if e.srv.ProductPages() != 0 {
			t.Fatalf("bulk sync paged %d times", e.srv.ProductPages())
		}
		assertCounts(t, run, expect(e.cat))
		assertStored(t, store, e.shop.ID, e.cat)
	})
}

func TestResumeAfterFailureContinuesFromCursor(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newEnv(t, store, 200, catalog.SyncOptions{PageSize: 20})
		// After page 4, every attempt at page 5 fails with 503 until the
		// client gives up (5 attempts): the sync fails mid-way.
		e.srv.OnProductsPage(func(n int) {
			if n == 4 {
				e.admin.FailNext(5, 503)
			}
		})
		_, err := e.syncer.Sync(t.Context(), shopDomain)
		if err == nil {
			t.Fatal("sync succeeded despite the outage")
		}
		failed, err := store.LatestSyncRun(t.Context(), e.shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		if failed.Status != db.SyncFailed || failed.Phase != "products" || failed.Products != 80 || failed.LastError == "" {
			t.Fatalf("failed run = %+v", failed)
		}
		if n, _ := store.CountProducts(t.Context(), e.shop.ID); n != 80 {
			t.Fatalf("stored %d products before the failure, want 80", n)
		}

		run := e.sync(t)
		if run.ID != failed.ID || run.Attempts != 2 {
			t.Fatalf("resumed run %d attempt %d, want run %d attempt 2", run.ID, run.Attempts, failed.ID)
		}
		// Pages 1-4 were not fetched again: 10 pages in all.
		if got := e.srv.ProductPages(); got != 10 {
			t.Fatalf("products pages served = %d, want 10 (no page refetched)", got)
		}
		assertCounts(t, run, expect(e.cat))
		assertStored(t, store, e.shop.ID, e.cat)
	})
}

func TestSecondSyncIsNoop(t *testing.T) {
	for _, bulk := range []bool{false, true} {
		name := map[bool]string{false: "paged", true: "bulk"}[bulk]
		t.Run(name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, store *db.Store) {
				opts := catalog.SyncOptions{}
				if bulk {
					opts.BulkThreshold = 50
				}
				e := newEnv(t, store, 150, opts)
				first := e.sync(t)
				v1, err := store.CatalogVersion(t.Context(), e.shop.ID)
				if err != nil {
					t.Fatal(err)
				}
				second := e.sync(t)
				if second.ID == first.ID {
					t.Fatal("second sync reused the finished run")
				}
				v2, err := store.CatalogVersion(t.Context(), e.shop.ID)
				if err != nil {
					t.Fatal(err)
				}
				if second.ProductsWritten != 0 || second.Deleted != 0 || v2 != v1 {
					t.Fatalf("second sync wrote %d, deleted %d, catalog version %d → %d",
						second.ProductsWritten, second.Deleted, v1, v2)
				}
				assertCounts(t, second, expected{first.Products, first.Variants, first.Translations, first.Documents})
				assertStored(t, store, e.shop.ID, e.cat)
			})
		})
	}
}

func TestChangesDeletionsAndTombstones(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 120, catalog.SyncOptions{})
		e.sync(t)

		ids := e.cat.IDs()
		gone1, gone2, changed, untranslated := ids[3], ids[50], ids[10], ids[0]
		e.cat.Delete(gone1)
		e.cat.Delete(gone2)
		// Inventory changes do not move Shopify's updatedAt; they must still sync.
		e.cat.Update(changed, func(p *catalogtest.Product) {
			p.Title = "Renamed Product"
			p.Variants[0].InventoryQuantity, p.Variants[0].Available = 0, false
		})
		e.cat.Update(untranslated, func(p *catalogtest.Product) { delete(p.Translations, "es") })
		e.cat.DeletePage(71)
		webhook := db.Product{ShopifyID: 9_999_999_999, Title: "Webhook product", Handle: "webhook-product", Status: "active"}

		run, err := e.syncer.Sync(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if run.Deleted != 2 || run.ProductsWritten != 1 {
			t.Fatalf("deleted %d written %d, want 2 and 1", run.Deleted, run.ProductsWritten)
		}
		for _, id := range []int64{gone1, gone2} {
			p, err := store.GetProduct(ctx, e.shop.ID, id)
			if err != nil {
				t.Fatal(err)
			}
			if p.DeletedAt == nil || p.Status != "deleted" || len(p.Variants) != 0 {
				t.Fatalf("product %d not tombstoned: %+v", id, p)
			}
		}
		assertStored(t, store, e.shop.ID, e.cat)

		if _, _, err := store.UpsertProducts(ctx, e.shop.ID, []db.Product{webhook}); err != nil {
			t.Fatal(err)
		}
		// As if the webhook landed while a run that started an hour ago was
		// reading Shopify: that run never saw the product, yet must not
		// tombstone it.
		unseen, err := store.UnseenProducts(ctx, e.shop.ID, run.ID, time.Now().Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if len(unseen) != 0 {
			t.Fatalf("unseen products = %v, want none (the webhook product is newer than the run)", unseen)
		}
	})
}

func TestNewerWebhookSnapshotSurvivesSync(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		for _, bulk := range []int{0, 10} {
			e := newEnv(t, store, 40, catalog.SyncOptions{BulkThreshold: bulk})
			id := e.cat.IDs()[5]
			future := time.Now().Add(24 * time.Hour).UTC().Truncate(time.Second)
			webhook := db.Product{ShopifyID: id, Title: "Newer from webhook", Handle: "newer", Status: "active",
				ShopifyUpdatedAt: &future}
			if _, _, err := store.UpsertProducts(ctx, e.shop.ID, []db.Product{webhook}); err != nil {
				t.Fatal(err)
			}
			e.sync(t)
			got, err := store.GetProduct(ctx, e.shop.ID, id)
			if err != nil {
				t.Fatal(err)
			}
			if got.Title != "Newer from webhook" || got.DeletedAt != nil {
				t.Fatalf("bulk=%d: newer webhook snapshot overwritten or tombstoned: %+v", bulk, got)
			}
			if _, err := store.DeleteProduct(ctx, e.shop.ID, id); err != nil { // reset for the next round
				t.Fatal(err)
			}
		}
	})
}

func TestBulkResumeSkipsCommittedProducts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		e := newEnv(t, store, 0, catalog.SyncOptions{})
		// A second catalog served in streaming mode, whose first download
		// is cut after 130 products.
		e.cat = catalogtest.New(300)
		srv := catalogtest.Serve(e.admin, e.cat, catalogtest.ServeOptions{StreamBulk: true, CutBulkAfter: 130})
		t.Cleanup(srv.Close)
		client := e.admin.Client()
		client.Sleep = e.clk.Sleep
		e.syncer = catalog.NewSyncer(store, client, e.tokens, catalog.SyncOptions{BulkThreshold: 10, BatchSize: 50, Sleep: e.clk.Sleep})

		if _, err := e.syncer.Sync(t.Context(), shopDomain); err == nil {
			t.Fatal("sync succeeded over a cut download")
		}
		failed, err := store.LatestSyncRun(t.Context(), e.shop.ID)
		if err != nil {
			t.Fatal(err)
		}
		// Whole batches only: 100 of the 130 products read were committed.
		if failed.Status != db.SyncFailed || failed.Mode != catalog.ModeBulk || failed.Products != 100 ||
			!strings.Contains(failed.Cursor, `"skip":100`) {
			t.Fatalf("failed run = %+v", failed)
		}
		run := e.sync(t)
		if run.ID != failed.ID || run.Products != 300 || run.ProductsWritten != 300 {
			t.Fatalf("resumed run = %+v", run)
		}
		// The resume re-read the same result instead of starting a new
		// bulk operation.
		starts := 0
		for _, r := range e.admin.Requests() {
			if r.Operation == "BulkOperationRunQuery" {
				starts++
			}
		}
		if starts != 1 {
			t.Fatalf("bulk operations started = %d, want 1", starts)
		}
		assertStored(t, store, e.shop.ID, e.cat)
	})
}
