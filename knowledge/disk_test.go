package knowledge

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"
)

// pagedSource hands its products over in small pages (CorpusPager), as
// catalog.IndexSource does, counting the pages.
type pagedSource struct {
	*fakeSource
	pageSize int
	pages    int
}

func (s *pagedSource) LoadCorpusPages(ctx context.Context, shop string, page func(*Corpus, []Product) error) (*Corpus, int64, error) {
	c, v, err := s.LoadCorpus(ctx, shop)
	if err != nil {
		return nil, 0, err
	}
	all := c.Products
	c.Products = nil
	for start := 0; start < len(all); start += s.pageSize {
		s.pages++
		if err := page(&Corpus{Shop: c.Shop, Currency: c.Currency, Locales: c.Locales},
			append([]Product(nil), all[start:min(start+s.pageSize, len(all))]...)); err != nil {
			return nil, 0, err
		}
	}
	return c, v, nil
}

// TestOnDiskAnswersAsInMemory builds the same catalog in memory from
// LoadCorpus and on disk from pages (moving to disk mid-stream, past
// DiskThreshold), and checks every public answer is the same: searches
// (relevance set and filtered queries), recommendations, product facts,
// before and after incremental changes.
func TestOnDiskAnswersAsInMemory(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	memSrc := newFakeSource(testCatalog(t), fixtureDocuments(t))
	diskSrc := &pagedSource{fakeSource: newFakeSource(testCatalog(t), fixtureDocuments(t)), pageSize: 7}
	mem := newTestManager(t, memSrc, Options{DiskThreshold: -1, Now: clock.Now})
	disk := newTestManager(t, diskSrc, Options{DiskThreshold: 50, Now: clock.Now})

	queries := benchQueries(t)
	compare := func(stage string) {
		t.Helper()
		for _, q := range queries {
			a, errA := mem.Search(ctx, testShop, q.text, q.lang, q.f, 10)
			b, errB := disk.Search(ctx, testShop, q.text, q.lang, q.f, 10)
			if errA != nil || errB != nil {
				t.Fatalf("%s: search %q: %v / %v", stage, q.text, errA, errB)
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s: search %s %q %+v:\n in memory %v\n on disk   %v", stage, q.lang, q.text, q.f, a, b)
			}
		}
		recs := []RecommendRequest{
			{Lang: "es", Limit: 5, Filters: Filters{Options: map[string][]string{"color": {"red"}}, MaxPrice: ptr(60)}},
			{Lang: "fr", Limit: 8, SeedProductIDs: []int64{1, 2}},
			{Query: "linen", Lang: "de", DisplayLang: "fr", Limit: 4},
		}
		for _, r := range recs {
			a, errA := mem.Recommend(ctx, testShop, r)
			b, errB := disk.Recommend(ctx, testShop, r)
			if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
				t.Errorf("%s: recommend %+v:\n in memory %v %v\n on disk   %v %v", stage, r, a, errA, b, errB)
			}
		}
		for _, id := range []int64{1, 2, 5, 1003, 5000} {
			for _, f := range []struct{ q, lang string }{{"what is it made of?", "en"}, {"¿es impermeable?", "es"}, {"素材は何ですか", "ja"}} {
				a, errA := mem.ProductFacts(ctx, testShop, id, f.q, f.lang)
				b, errB := disk.ProductFacts(ctx, testShop, id, f.q, f.lang)
				if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
					t.Errorf("%s: facts of %d (%q):\n in memory %+v %v\n on disk   %+v %v", stage, id, f.q, a, errA, b, errB)
				}
			}
		}
	}
	compare("full build")

	disk.mu.Lock()
	s := disk.shops[testShop].idx
	tmp := disk.tmpDir
	disk.mu.Unlock()
	if s.store == nil || s.dir == "" || tmp == "" {
		t.Fatalf("the paged build did not go on disk (store %v, dir %q)", s.store, s.dir)
	}
	for id, e := range s.entries {
		if e.full != nil {
			t.Fatalf("on-disk entry %d holds its full product", id)
		}
	}
	if diskSrc.pages < 2 {
		t.Fatalf("source was read in %d pages", diskSrc.pages)
	}

	for _, src := range []*fakeSource{memSrc, diskSrc.fakeSource} {
		changed := src.products[1]
		changed.Title = "Red Linen Summer Dress (new season)"
		changed.Variants = append([]Variant(nil), changed.Variants...)
		changed.Variants[0].Price = 9
		src.upsert(kimono(5000, "Silk Kimono", 10), changed)
		src.remove(2)
	}
	clock.Advance(2 * time.Second)
	compare("after changes")
}

// TestOnDiskCompaction: on disk, compaction also rewrites the product
// store, so the records of changed and deleted products do not pile up,
// and every product still answers.
func TestOnDiskCompaction(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	src := newFakeSource(testCatalog(t), nil)
	m := newTestManager(t, src, Options{Dir: dir, Now: clock.Now, CompactAfter: 3})
	_ = searchHandles(t, m, "dress", "en")
	storeSize := func() (size, live int64) {
		m.mu.Lock()
		s := m.shops[testShop].idx
		m.mu.Unlock()
		s.mu.RLock()
		defer s.mu.RUnlock()
		for _, e := range s.entries {
			live += int64(e.loc.n)
		}
		return s.store.size, live
	}
	if size, live := storeSize(); size != live {
		t.Fatalf("fresh store holds %d bytes, live records %d", size, live)
	}
	for i := range int64(7) {
		src.upsert(kimono(6000+i%3, fmt.Sprintf("Silk Kimono %d", i), float64(i)))
		clock.Advance(2 * time.Second)
		_ = searchHandles(t, m, "kimono", "en")
	}
	src.remove(1)
	clock.Advance(2 * time.Second)
	_ = searchHandles(t, m, "kimono", "en")
	m.bg.Wait()
	if size, live := storeSize(); size <= live {
		t.Fatalf("store of %d bytes has no dead records (live %d): the test changes nothing", size, live)
	}
	// One more compaction, with no change racing it: the store then
	// holds exactly the live records.
	m.mu.Lock()
	s := m.shops[testShop].idx
	m.mu.Unlock()
	if err := s.compact(ctx, 50); err != nil {
		t.Fatal(err)
	}
	if size, live := storeSize(); size != live {
		t.Errorf("store holds %d bytes for %d bytes of live records after compaction", size, live)
	}
	hits, err := m.Search(ctx, testShop, "kimono", "en", Filters{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, h := range hits {
		titles = append(titles, h.Title)
	}
	sort.Strings(titles)
	if want := []string{"Silk Kimono 4", "Silk Kimono 5", "Silk Kimono 6"}; !reflect.DeepEqual(titles, want) {
		t.Errorf("after compaction titles = %v, want %v", titles, want)
	}
	if f, err := m.ProductFacts(ctx, testShop, 1000, "what is it?", "en"); err != nil || f == nil {
		t.Errorf("facts after compaction: %v %v", f, err)
	}
	if got := searchHandles(t, m, "red linen dress", "en"); len(got) > 0 && got[0] == "red-linen-summer-dress" {
		t.Errorf("deleted product still found: %v", got)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Errorf("files left after Close: %v", left)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
}
