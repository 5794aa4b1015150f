package catalog_test

import (
	"slices"
	"sync"
	"testing"
	"time"

	"shopassist/catalog"
	"shopassist/db"
	"shopassist/db/dbtest"
	"shopassist/knowledge"
)

// fakeNow is a settable clock for the knowledge manager's version checks.
type fakeNow struct {
	mu sync.Mutex
	t  time.Time
}

func (f *fakeNow) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.t
}

func (f *fakeNow) Advance(d time.Duration) {
	f.mu.Lock()
	f.t = f.t.Add(d)
	f.mu.Unlock()
}

func TestIndexSourceCorpusAndChanges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 60, catalog.SyncOptions{})
		e.sync(t)
		ids := e.cat.IDs()
		// Three units of the first product were ordered recently.
		_, err := store.UpsertOrder(ctx, &db.Order{ShopID: e.shop.ID, ShopifyID: 1, Name: "#1001", OrderNumber: 1001,
			LineItems: []db.OrderLineItem{{ShopifyID: 11, ProductID: ids[0], VariantID: ids[0]*1000 + 1, Quantity: 3}}})
		if err != nil {
			t.Fatal(err)
		}
		src := catalog.NewIndexSource(store, nil)
		corpus, version, err := src.LoadCorpus(ctx, shopDomain)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := store.CatalogVersion(ctx, e.shop.ID); version != want {
			t.Fatalf("corpus version %d, shop at %d", version, want)
		}
		if corpus.Currency != "EUR" || !slices.Equal(corpus.Locales, []string{"en", "de", "es", "fr"}) {
			t.Fatalf("currency %q locales %v", corpus.Currency, corpus.Locales)
		}
		if len(corpus.Products) != len(ids) || len(corpus.Documents) != len(expectedDocs(e.cat)) {
			t.Fatalf("corpus has %d products and %d documents", len(corpus.Products), len(corpus.Documents))
		}
		byID := map[int64]knowledge.Product{}
		for _, p := range corpus.Products {
			byID[p.ID] = p
		}
		first := byID[ids[0]]
		want := e.cat.Product(ids[0])
		if first.Popularity != 3 || first.Title != want.Title || first.URL != want.OnlineStoreURL ||
			first.ImageURL != want.Images[0].URL || first.Status != "active" {
			t.Fatalf("product = %+v", first)
		}
		v := first.Variants[0]
		wv := want.Variants[0]
		if v.ID != wv.ID || v.Options["Color"] != wv.Selected[0].Value || v.Options["Size"] != wv.Selected[1].Value ||
			v.Available != wv.Available || v.Inventory != wv.InventoryQuantity {
			t.Fatalf("variant = %+v, want %+v", v, wv)
		}
		if tr := first.Translations["es"]; tr.Title != want.Translations["es"].Title {
			t.Fatalf("es translation = %+v", first.Translations)
		}
		// A draft product without an online-store URL links to its handle.
		for _, id := range ids {
			if p := e.cat.Product(id); p.OnlineStoreURL == "" && byID[id].URL != "/products/"+p.Handle {
				t.Fatalf("product %d URL = %q", id, byID[id].URL)
			}
		}

		// Nothing changed: no products, no documents.
		changed, deleted, docs, nv, err := src.ChangedSince(ctx, shopDomain, version)
		if err != nil || len(changed) != 0 || len(deleted) != 0 || docs != nil || nv != version {
			t.Fatalf("idle ChangedSince = %d changed, %v deleted, docs %v, version %d, err %v", len(changed), deleted, docs != nil, nv, err)
		}
		// A webhook update and a deletion: both come back, docs still untouched.
		upd := db.Product{ShopifyID: ids[1], Title: "Updated by webhook", Handle: "updated", Status: "active"}
		if _, _, err := store.UpsertProducts(ctx, e.shop.ID, []db.Product{upd}); err != nil {
			t.Fatal(err)
		}
		if _, err := store.DeleteProduct(ctx, e.shop.ID, ids[2]); err != nil {
			t.Fatal(err)
		}
		changed, deleted, docs, nv2, err := src.ChangedSince(ctx, shopDomain, nv)
		if err != nil {
			t.Fatal(err)
		}
		if len(changed) != 1 || changed[0].ID != ids[1] || changed[0].Title != "Updated by webhook" ||
			!slices.Equal(deleted, []int64{ids[2]}) || docs != nil || nv2 <= nv {
			t.Fatalf("ChangedSince = %+v, %v, docs %v, %d", changed, deleted, docs != nil, nv2)
		}
		// A new FAQ entry: the full document set comes back.
		faq := &db.KnowledgeDocument{ShopID: e.shop.ID, Kind: db.DocFAQ, ExternalID: "gift-wrap", Locale: "en",
			Title: "Do you gift wrap?", Body: "Yes, for 3 EUR.", Source: "admin"}
		if err := store.UpsertDocument(ctx, faq); err != nil {
			t.Fatal(err)
		}
		_, _, docs, _, err = src.ChangedSince(ctx, shopDomain, nv2)
		if err != nil || len(docs) != len(expectedDocs(e.cat))+1 {
			t.Fatalf("docs after FAQ upsert = %d, err %v", len(docs), err)
		}
	})
}

func TestProductUpsertShowsUpInSearch(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 80, catalog.SyncOptions{})
		e.sync(t)
		clk := &fakeNow{t: time.Now()}
		m := knowledge.NewManager(catalog.NewIndexSource(store, nil), knowledge.Options{CheckInterval: time.Second, Now: clk.Now})
		t.Cleanup(func() { _ = m.Close() })

		// A synced, translated product is found in English and in Spanish.
		id := e.cat.IDs()[0]
		p := e.cat.Product(id)
		hits, err := m.Search(ctx, shopDomain, p.Title, "en", knowledge.Filters{}, 5)
		if err != nil || len(hits) == 0 || hits[0].ProductID != id {
			t.Fatalf("search %q: %+v %v", p.Title, hits, err)
		}
		es := p.Translations["es"].Title
		hits, err = m.Search(ctx, shopDomain, es, "es", knowledge.Filters{}, 5)
		if err != nil || len(hits) == 0 || hits[0].ProductID != id || hits[0].Title != es {
			t.Fatalf("search %q in es: %+v %v", es, hits, err)
		}
		docHits, err := m.SearchDocs(ctx, shopDomain, "return", "en", 3)
		if err != nil || len(docHits) == 0 || docHits[0].Kind != db.DocPolicy {
			t.Fatalf("policy search: %+v %v", docHits, err)
		}

		// A webhook-style upsert is searchable once the check interval passed.
		teapot := db.Product{ShopifyID: 9_000_000_001, Title: "Quantum Teapot", Handle: "quantum-teapot", Status: "active",
			ProductType: "Kitchen", Variants: []db.Variant{{ShopifyID: 9_000_000_001_001, Title: "Default", Price: "42.00",
				Available: true, InventoryQuantity: 5}}}
		if _, _, err := store.UpsertProducts(ctx, e.shop.ID, []db.Product{teapot}); err != nil {
			t.Fatal(err)
		}
		clk.Advance(1100 * time.Millisecond)
		hits, err = m.Search(ctx, shopDomain, "teapot", "en", knowledge.Filters{}, 5)
		if err != nil || len(hits) != 1 || hits[0].ProductID != teapot.ShopifyID || hits[0].Price != 42 ||
			hits[0].VariantID != 9_000_000_001_001 || hits[0].Currency != "EUR" {
			t.Fatalf("teapot after upsert: %+v %v", hits, err)
		}
		// And a products/delete webhook removes it.
		if _, err := store.DeleteProduct(ctx, e.shop.ID, teapot.ShopifyID); err != nil {
			t.Fatal(err)
		}
		clk.Advance(1100 * time.Millisecond)
		hits, err = m.Search(ctx, shopDomain, "teapot", "en", knowledge.Filters{}, 5)
		if err != nil || len(hits) != 0 {
			t.Fatalf("teapot after delete: %+v %v", hits, err)
		}
	})
}

// TestReplicasAnswerAlikeWithoutAffinity: with no shop affinity at the
// load balancer, every replica builds its own index of the shop from the
// database. Replicas that built in memory, on disk (streamed past the
// disk threshold) or only after a change must give the same answers, and
// a change through the database reaches each of them.
func TestReplicasAnswerAlikeWithoutAffinity(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, store *db.Store) {
		ctx := t.Context()
		e := newEnv(t, store, 80, catalog.SyncOptions{})
		e.sync(t)
		clk := &fakeNow{t: time.Now()}
		replica := func(opts knowledge.Options) *knowledge.Manager {
			opts.CheckInterval, opts.Now = time.Second, clk.Now
			m := knowledge.NewManager(catalog.NewIndexSource(store, nil), opts)
			t.Cleanup(func() { _ = m.Close() })
			return m
		}
		inMemory := replica(knowledge.Options{DiskThreshold: -1})
		onDisk := replica(knowledge.Options{DiskThreshold: 20})

		ids := e.cat.IDs()
		first := e.cat.Product(ids[0])
		type call struct {
			q, lang string
			f       knowledge.Filters
		}
		calls := []call{
			{first.Title, "en", knowledge.Filters{}},
			{first.Translations["es"].Title, "es", knowledge.Filters{}},
			{"teapot", "en", knowledge.Filters{}},
			{"", "de", knowledge.Filters{InStockOnly: true}},
			{e.cat.Product(ids[3]).Title, "fr", knowledge.Filters{MaxPrice: new(1000.0)}},
		}
		same := func(stage string, replicas ...*knowledge.Manager) {
			t.Helper()
			for _, c := range calls {
				var want []knowledge.Hit
				for i, m := range replicas {
					hits, err := m.Search(ctx, shopDomain, c.q, c.lang, c.f, 10)
					if err != nil {
						t.Fatalf("%s: replica %d: search %q: %v", stage, i, c.q, err)
					}
					if i == 0 {
						want = hits
					} else if !slices.EqualFunc(hits, want, func(a, b knowledge.Hit) bool { return a == b }) {
						t.Errorf("%s: search %s %q: replica %d answers %+v, replica 0 %+v", stage, c.lang, c.q, i, hits, want)
					}
				}
			}
			for i, m := range replicas {
				f, err := m.ProductFacts(ctx, shopDomain, ids[0], "what is it made of?", "en")
				if err != nil || f == nil || f.Title != first.Title {
					t.Errorf("%s: replica %d facts: %+v %v", stage, i, f, err)
				}
			}
		}
		same("built", inMemory, onDisk)

		teapot := db.Product{ShopifyID: 9_000_000_001, Title: "Quantum Teapot", Handle: "quantum-teapot", Status: "active",
			ProductType: "Kitchen", Variants: []db.Variant{{ShopifyID: 9_000_000_001_001, Title: "Default", Price: "42.00",
				Available: true, InventoryQuantity: 5}}}
		if _, _, err := store.UpsertProducts(ctx, e.shop.ID, []db.Product{teapot}); err != nil {
			t.Fatal(err)
		}
		if _, err := store.DeleteProduct(ctx, e.shop.ID, ids[3]); err != nil {
			t.Fatal(err)
		}
		clk.Advance(1100 * time.Millisecond)
		late := replica(knowledge.Options{DiskThreshold: 20}) // first request for the shop comes after the change
		same("after a change", inMemory, onDisk, late)
		for i, m := range []*knowledge.Manager{inMemory, onDisk, late} {
			hits, err := m.Search(ctx, shopDomain, "quantum teapot", "en", knowledge.Filters{}, 3)
			if err != nil || len(hits) == 0 || hits[0].ProductID != teapot.ShopifyID || hits[0].Price != 42 {
				t.Errorf("replica %d does not see the new product: %+v %v", i, hits, err)
			}
			if f, err := m.ProductFacts(ctx, shopDomain, ids[3], "", "en"); err != nil || f != nil {
				t.Errorf("replica %d still has the deleted product: %+v %v", i, f, err)
			}
		}
	})
}
