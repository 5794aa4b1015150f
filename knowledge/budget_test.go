package knowledge

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"
)

// shopBytes is the estimated size of one shop's index over the core
// catalog, in memory or on disk.
func shopBytes(t *testing.T, opts Options) int64 {
	t.Helper()
	m := newTestManager(t, newFakeSource(coreProducts(t), nil), opts)
	if _, err := m.Search(context.Background(), "probe.myshopify.com", "dress", "en", Filters{}, 3); err != nil {
		t.Fatal(err)
	}
	b, n := m.CachedBytes()
	if n != 1 || b <= 0 {
		t.Fatalf("one shop cached: %d bytes, %d shops", b, n)
	}
	return b
}

func TestEvictionByBytes(t *testing.T) {
	one := shopBytes(t, Options{})
	tests := []struct {
		name   string
		budget int64
		// cached are the shops left after searching a, b, c, a, d.
		cached []string
		// loads per shop over that sequence.
		loads map[string]int
	}{
		{"smaller than one shop keeps the shop in use", 1, []string{"d"},
			map[string]int{"a": 2, "b": 1, "c": 1, "d": 1}},
		{"room for two", one*2 + one/2, []string{"a", "d"},
			map[string]int{"a": 2, "b": 1, "c": 1, "d": 1}},
		{"room for three", one*3 + one/2, []string{"a", "c", "d"},
			map[string]int{"a": 1, "b": 1, "c": 1, "d": 1}},
		{"room for all", one * 10, []string{"a", "b", "c", "d"},
			map[string]int{"a": 1, "b": 1, "c": 1, "d": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &multiShopSource{fakeSource: newFakeSource(coreProducts(t), nil), loads: map[string]int{}}
			m := newTestManager(t, src, Options{MemoryBudget: tt.budget, CheckInterval: time.Hour})
			for _, shop := range []string{"a", "b", "c", "a", "d"} {
				hits, err := m.Search(context.Background(), shop, "dress", "en", Filters{}, 3)
				if err != nil || len(hits) == 0 {
					t.Fatalf("search %s: %v %v", shop, hits, err)
				}
			}
			m.mu.Lock()
			var cached []string
			for shop := range m.shops {
				cached = append(cached, shop)
			}
			m.mu.Unlock()
			slices.Sort(cached)
			if !slices.Equal(cached, tt.cached) {
				t.Errorf("cached %v, want %v", cached, tt.cached)
			}
			for shop, n := range tt.loads {
				if src.loads[shop] != n {
					t.Errorf("%s loaded %d times, want %d", shop, src.loads[shop], n)
				}
			}
			if b, _ := m.CachedBytes(); b > tt.budget && len(cached) > 1 {
				t.Errorf("%d bytes cached over a budget of %d", b, tt.budget)
			}
		})
	}
}

func TestEvictedShopRebuildsAndAnswers(t *testing.T) {
	src := &multiShopSource{fakeSource: newFakeSource(testCatalog(t), fixtureDocuments(t)), loads: map[string]int{}}
	m := newTestManager(t, src, Options{MemoryBudget: 1, CheckInterval: time.Hour})
	ctx := context.Background()
	first, err := m.Search(ctx, "a", "vestido rojo", "es", Filters{}, 5)
	if err != nil || len(first) == 0 || first[0].Handle != "red-linen-summer-dress" {
		t.Fatalf("first search: %v %v", handles(first), err)
	}
	if _, err := m.Search(ctx, "b", "dress", "en", Filters{}, 5); err != nil {
		t.Fatal(err)
	}
	again, err := m.Search(ctx, "a", "vestido rojo", "es", Filters{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if src.loads["a"] != 2 {
		t.Errorf("a loaded %d times, want 2 (evicted, then rebuilt)", src.loads["a"])
	}
	if !slices.Equal(handles(again), handles(first)) {
		t.Errorf("rebuilt index answers %v, first answered %v", handles(again), handles(first))
	}
	docs, err := m.SearchDocs(ctx, "a", "refund", "en", 1)
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents after rebuild: %v %v", docs, err)
	}
}

// TestSearchDuringEviction runs searches on more shops than the budget
// holds from many goroutines: every search must answer (run with -race).
func TestSearchDuringEviction(t *testing.T) {
	src := &multiShopSource{fakeSource: newFakeSource(coreProducts(t), nil), loads: map[string]int{}}
	one := shopBytes(t, Options{})
	m := newTestManager(t, src, Options{MemoryBudget: one*2 + one/2, CheckInterval: time.Hour})
	shops := []string{"a", "b", "c", "d", "e"}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 15 {
				shop := shops[(g+i)%len(shops)]
				hits, err := m.Search(context.Background(), shop, "linen dress", "en", Filters{}, 3)
				if err == nil && len(hits) == 0 {
					err = fmt.Errorf("%s: no hits", shop)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	m.mu.Lock()
	n := len(m.shops)
	m.mu.Unlock()
	if n > len(shops) || n == 0 {
		t.Errorf("%d shops cached", n)
	}
	var reloads int
	for _, l := range src.loads {
		reloads += l
	}
	if reloads <= len(shops) {
		t.Errorf("%d loads for %d shops: the budget never evicted", reloads, len(shops))
	}
}

// TestLargeCatalogGoesOnDisk: above DiskThreshold the index lives in a
// per-process directory; eviction deletes the shop's files and Close the
// directory.
func TestLargeCatalogGoesOnDisk(t *testing.T) {
	src := &multiShopSource{fakeSource: newFakeSource(coreProducts(t), fixtureDocuments(t)), loads: map[string]int{}}
	m := NewManager(src, Options{DiskThreshold: 5, MemoryBudget: 1, CheckInterval: time.Hour})
	defer m.Close()
	ctx := context.Background()
	if got, err := m.Search(ctx, "a", "vestido rojo", "es", Filters{}, 3); err != nil || len(got) == 0 || got[0].Handle != "red-linen-summer-dress" {
		t.Fatalf("on-disk search: %v %v", handles(got), err)
	}
	m.mu.Lock()
	dir := m.tmpDir
	m.mu.Unlock()
	if dir == "" {
		t.Fatal("no on-disk directory above the threshold")
	}
	indexDirs := func() []string {
		t.Helper()
		got, err := filepath.Glob(filepath.Join(dir, "knowledge-*"))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	aDirs := indexDirs()
	if len(aDirs) != 2 { // products and documents
		t.Fatalf("index directories for one shop: %v", aDirs)
	}
	if _, err := m.Search(ctx, "b", "dress", "en", Filters{}, 3); err != nil { // evicts a
		t.Fatal(err)
	}
	for _, d := range aDirs {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("evicted shop's directory %s still there (%v)", d, err)
		}
	}
	if got := indexDirs(); len(got) != 2 {
		t.Errorf("index directories after eviction: %v", got)
	}
	if stores, _ := filepath.Glob(filepath.Join(dir, "products-*")); len(stores) != 1 { // b's only
		t.Errorf("product stores after eviction: %v", stores)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("Close left %s (%v)", dir, err)
	}

	small := newTestManager(t, src, Options{CheckInterval: time.Hour})
	if _, err := small.Search(ctx, "c", "dress", "en", Filters{}, 3); err != nil {
		t.Fatal(err)
	}
	if small.tmpDir != "" {
		t.Errorf("a small catalog went on disk: %s", small.tmpDir)
	}
}
