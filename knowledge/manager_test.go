package knowledge

import (
	"context"
	"errors"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

func kimono(id int64, title string, pop float64) Product {
	return Product{
		ID: id, Handle: "silk-kimono", Title: title, Description: "Hand-dyed silk kimono robe.", ProductType: "Robe",
		Status: "active", Popularity: pop, URL: "/products/silk-kimono",
		Options:      []Option{{Name: "Color", Values: []string{"Indigo"}}},
		Variants:     []Variant{{ID: id * 10, Title: "Indigo", Price: 120, Options: map[string]string{"Color": "Indigo"}, Available: true}},
		Translations: map[string]Translation{"es": {Title: "Kimono de seda", Description: "Bata kimono de seda teñida a mano.", ProductType: "Bata"}},
	}
}

func searchHandles(t *testing.T, m *Manager, q, lang string) []string {
	t.Helper()
	hits, err := m.Search(context.Background(), testShop, q, lang, Filters{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	return handles(hits)
}

func TestIncrementalUpdates(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(testCatalog(t), nil)
	m := newTestManager(t, src, Options{Now: clock.Now, CheckInterval: time.Second})
	step := func() { clock.Advance(1100 * time.Millisecond) }

	if got := searchHandles(t, m, "kimono", "en"); len(got) != 0 {
		t.Fatalf("kimono before it exists: %v", got)
	}
	src.upsert(kimono(5000, "Silk Kimono", 10))
	if got := searchHandles(t, m, "kimono", "en"); len(got) != 0 {
		t.Fatalf("version check should be cached within the interval, got %v", got)
	}
	step()
	if got := searchHandles(t, m, "kimono", "en"); !slices.Equal(got, []string{"silk-kimono"}) {
		t.Fatalf("new product not visible after version bump: %v", got)
	}
	if got := searchHandles(t, m, "kimono de seda", "es"); len(got) == 0 || got[0] != "silk-kimono" {
		t.Fatalf("translation of new product not searchable: %v", got)
	}
	if src.loads.Load() != 1 || src.changes.Load() != 1 {
		t.Errorf("loads = %d, changes = %d; want 1 full load and 1 incremental", src.loads.Load(), src.changes.Load())
	}

	// A rename replaces the old text.
	src.upsert(kimono(5000, "Indigo Haori Jacket", 10))
	step()
	if got := searchHandles(t, m, "kimono silk", "en"); !slices.Contains(got, "silk-kimono") {
		t.Fatalf("description still matches: %v", got)
	}
	if got := searchHandles(t, m, "haori", "en"); !slices.Equal(got, []string{"silk-kimono"}) {
		t.Fatalf("renamed title not searchable: %v", got)
	}

	// Unpublishing (status draft) removes it.
	draft := kimono(5000, "Indigo Haori Jacket", 10)
	draft.Status = "draft"
	src.upsert(draft)
	step()
	if got := searchHandles(t, m, "haori", "en"); len(got) != 0 {
		t.Fatalf("draft product still searchable: %v", got)
	}

	// Deleting removes it for good, also from recommendations.
	src.upsert(kimono(5000, "Silk Kimono", 1e6))
	step()
	recs, err := m.Recommend(context.Background(), testShop, RecommendRequest{Limit: 1})
	if err != nil || len(recs) != 1 || recs[0].Handle != "silk-kimono" {
		t.Fatalf("most popular product not recommended: %v %v", recs, err)
	}
	src.remove(5000)
	step()
	if got := searchHandles(t, m, "kimono", "en"); len(got) != 0 {
		t.Fatalf("deleted product still searchable: %v", got)
	}
	recs, _ = m.Recommend(context.Background(), testShop, RecommendRequest{Limit: 1})
	if len(recs) == 1 && recs[0].Handle == "silk-kimono" {
		t.Fatal("deleted product still recommended")
	}

	// Stock changes move a product behind the in-stock filter.
	jeans := src.product(6)
	for i := range jeans.Variants {
		jeans.Variants[i].Available = false
	}
	src.upsert(jeans)
	step()
	hits, err := m.Search(context.Background(), testShop, "slim fit jeans", "en", Filters{InStockOnly: true}, 10)
	if err != nil || slices.Contains(handles(hits), "slim-fit-blue-jeans") {
		t.Fatalf("sold-out jeans still in stock: %v %v", handles(hits), err)
	}
	if src.loads.Load() != 1 {
		t.Errorf("incremental updates triggered %d full loads", src.loads.Load())
	}
}

func TestInvalidateSkipsInterval(t *testing.T) {
	src := newFakeSource(testCatalog(t), nil)
	m := newTestManager(t, src, Options{CheckInterval: time.Hour})
	_ = searchHandles(t, m, "dress", "en")
	src.upsert(kimono(5000, "Silk Kimono", 10))
	m.Invalidate(testShop)
	if got := searchHandles(t, m, "kimono", "en"); !slices.Equal(got, []string{"silk-kimono"}) {
		t.Fatalf("invalidate did not refresh: %v", got)
	}
}

func TestCompactionKeepsResults(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(testCatalog(t), nil)
	m := newTestManager(t, src, Options{Now: clock.Now, CompactAfter: 2})
	_ = searchHandles(t, m, "dress", "en")
	for i := int64(0); i < 6; i++ {
		src.upsert(kimono(6000+i, "Silk Kimono", float64(i)))
		clock.Advance(2 * time.Second)
		_ = searchHandles(t, m, "kimono", "en")
	}
	src.remove(6000)
	clock.Advance(2 * time.Second)
	_ = searchHandles(t, m, "kimono", "en")
	m.bg.Wait() // let background compactions finish
	clock.Advance(2 * time.Second)
	hits, err := m.Search(context.Background(), testShop, "kimono", "en", Filters{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, h := range hits {
		ids = append(ids, h.ProductID)
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []int64{6001, 6002, 6003, 6004, 6005}) {
		t.Errorf("after compaction ids = %v", ids)
	}
	if got := searchHandles(t, m, "red linen dress", "en"); len(got) == 0 || got[0] != "red-linen-summer-dress" {
		t.Errorf("catalog lost in compaction: %v", got)
	}
}

func TestConcurrentCallersBuildOnce(t *testing.T) {
	src := newFakeSource(testCatalog(t), nil)
	src.delay = 50 * time.Millisecond
	m := newTestManager(t, src, Options{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits, err := m.Search(context.Background(), testShop, "dress", "en", Filters{}, 5)
			if err == nil && len(hits) == 0 {
				err = errors.New("no hits")
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := src.loads.Load(); n != 1 {
		t.Errorf("corpus loaded %d times, want 1", n)
	}
}

func TestCancelledCallerDoesNotFailOthers(t *testing.T) {
	src := newFakeSource(testCatalog(t), nil)
	src.delay = 100 * time.Millisecond
	m := newTestManager(t, src, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if _, err := m.Search(ctx, testShop, "dress", "en", Filters{}, 5); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
	if got := searchHandles(t, m, "dress", "en"); len(got) == 0 {
		t.Fatal("no results after the first caller gave up")
	}
	if n := src.loads.Load(); n != 1 {
		t.Errorf("corpus loaded %d times, want 1", n)
	}
}

// multiShopSource serves the same catalog under any shop name and counts
// loads per shop.
type multiShopSource struct {
	*fakeSource
	mu    sync.Mutex
	loads map[string]int
}

func (s *multiShopSource) LoadCorpus(ctx context.Context, shop string) (*Corpus, int64, error) {
	s.mu.Lock()
	s.loads[shop]++
	s.mu.Unlock()
	return s.fakeSource.LoadCorpus(ctx, shop)
}

func TestLRUEviction(t *testing.T) {
	src := &multiShopSource{fakeSource: newFakeSource(coreProducts(t), nil), loads: map[string]int{}}
	m := newTestManager(t, src, Options{MaxShops: 2, CheckInterval: time.Hour})
	search := func(shop string) {
		t.Helper()
		hits, err := m.Search(context.Background(), shop, "dress", "en", Filters{}, 3)
		if err != nil || len(hits) == 0 {
			t.Fatalf("search %s: %v %v", shop, hits, err)
		}
	}
	search("a.myshopify.com")
	search("b.myshopify.com")
	search("a.myshopify.com") // a is now most recently used
	search("c.myshopify.com") // evicts b
	search("a.myshopify.com")
	search("b.myshopify.com") // reloaded
	want := map[string]int{"a.myshopify.com": 1, "b.myshopify.com": 2, "c.myshopify.com": 1}
	for shop, n := range want {
		if src.loads[shop] != n {
			t.Errorf("%s loaded %d times, want %d", shop, src.loads[shop], n)
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.shops) != 2 {
		t.Errorf("%d shops cached, want 2", len(m.shops))
	}
}

func TestSourceErrors(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(coreProducts(t), nil)
	src.fail = errors.New("database down")
	m := newTestManager(t, src, Options{Now: clock.Now})
	if _, err := m.Search(context.Background(), testShop, "dress", "en", Filters{}, 5); err == nil {
		t.Fatal("want an error when there is no index and the source fails")
	}
	src.fail = nil
	clock.Advance(2 * time.Second)
	if got := searchHandles(t, m, "dress", "en"); len(got) == 0 {
		t.Fatal("no results once the source recovers")
	}
	src.fail = errors.New("database down")
	clock.Advance(2 * time.Second)
	if got := searchHandles(t, m, "dress", "en"); len(got) == 0 {
		t.Fatal("stale index should be served while the source fails")
	}
}

func TestVersionGoingBackwardsRebuilds(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(coreProducts(t), nil)
	m := newTestManager(t, src, Options{Now: clock.Now})
	_ = searchHandles(t, m, "dress", "en")
	src.mu.Lock()
	src.version = 0 // e.g. the database was restored from a backup
	delete(src.products, 1)
	src.mu.Unlock()
	clock.Advance(2 * time.Second)
	if got := searchHandles(t, m, "linen dress", "en"); slices.Contains(got, "red-linen-summer-dress") {
		t.Fatalf("rebuild did not happen: %v", got)
	}
	if src.loads.Load() != 2 {
		t.Errorf("loads = %d, want 2", src.loads.Load())
	}
}

func TestOnDiskIndex(t *testing.T) {
	dir := t.TempDir()
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(testCatalog(t), fixtureDocuments(t))
	m := NewManager(src, Options{Dir: dir, Now: clock.Now})
	if got := searchHandles(t, m, "vestido rojo", "es"); len(got) == 0 || got[0] != "red-linen-summer-dress" {
		t.Fatalf("on-disk search: %v", got)
	}
	src.upsert(kimono(5000, "Silk Kimono", 10))
	clock.Advance(2 * time.Second)
	if got := searchHandles(t, m, "kimono", "en"); !slices.Equal(got, []string{"silk-kimono"}) {
		t.Fatalf("on-disk incremental update: %v", got)
	}
	docs, err := m.SearchDocs(context.Background(), testShop, "refund", "en", 1)
	if err != nil || len(docs) != 1 {
		t.Fatalf("on-disk documents: %v %v", docs, err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("index directories left behind: %v", entries)
	}
}
