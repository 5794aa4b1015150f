package knowledge

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// shopsSource serves a separate fakeSource per shop, as the database does:
// one shop's rows are never another's.
type shopsSource map[string]*fakeSource

var errNoShop = errors.New("no such shop")

func (s shopsSource) of(shop string) (*fakeSource, error) {
	src, ok := s[shop]
	if !ok {
		return nil, errNoShop
	}
	return src, nil
}

func (s shopsSource) CatalogVersion(ctx context.Context, shop string) (int64, error) {
	src, err := s.of(shop)
	if err != nil {
		return 0, err
	}
	return src.CatalogVersion(ctx, shop)
}

func (s shopsSource) LoadCorpus(ctx context.Context, shop string) (*Corpus, int64, error) {
	src, err := s.of(shop)
	if err != nil {
		return nil, 0, err
	}
	return src.LoadCorpus(ctx, shop)
}

func (s shopsSource) ChangedSince(ctx context.Context, shop string, v int64) ([]Product, []int64, []Document, int64, error) {
	src, err := s.of(shop)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	return src.ChangedSince(ctx, shop, v)
}

// Two shops in one process: each search, document search, recommendation
// and product lookup sees only its own shop, also after one of them
// changes, and a change in one does not rebuild the other.
func TestTenantIsolation(t *testing.T) {
	const north, south = "north.myshopify.com", "south.myshopify.com"
	ctx := context.Background()
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	northDocs := []Document{{ID: "policy:shipping", Kind: "policy", Locale: "en", Title: "Shipping policy",
		Body: "Northern parcels travel by reindeer sled within 9 days."}}
	southDocs := []Document{{ID: "policy:shipping", Kind: "policy", Locale: "en", Title: "Shipping policy",
		Body: "Southern parcels travel by sailing boat within 4 days."}}
	src := shopsSource{
		north: newFakeSource([]Product{kimono(5000, "Silk Kimono", 10)}, northDocs),
		south: newFakeSource(coreProducts(t), southDocs),
	}
	m := newTestManager(t, src, Options{Now: clock.Now, CheckInterval: time.Second})

	hitsOf := func(shop, q string) []string {
		t.Helper()
		hits, err := m.Search(ctx, shop, q, "en", Filters{}, 10)
		if err != nil {
			t.Fatal(err)
		}
		return handles(hits)
	}
	if got := hitsOf(north, "kimono"); !slices.Equal(got, []string{"silk-kimono"}) {
		t.Fatalf("north kimono = %v", got)
	}
	if got := hitsOf(south, "kimono"); len(got) != 0 {
		t.Fatalf("south sees the north's kimono: %v", got)
	}
	if got := hitsOf(north, "jeans"); len(got) != 0 {
		t.Fatalf("north sees the south's jeans: %v", got)
	}
	if got := hitsOf(south, "jeans"); len(got) == 0 {
		t.Fatal("south does not find its own jeans")
	}
	// An empty query lists the shop's popular products: its own only.
	recs, err := m.Recommend(ctx, north, RecommendRequest{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if r.ProductID != 5000 {
			t.Fatalf("north recommends %s of another shop", r.Handle)
		}
	}
	for shop, want := range map[string]string{north: "reindeer", south: "sailing"} {
		hits, err := m.SearchDocs(ctx, shop, "how do parcels travel", "en", 5)
		if err != nil || len(hits) != 1 {
			t.Fatalf("%s docs = %+v, %v", shop, hits, err)
		}
		ps, err := m.DocPassages(ctx, shop, "policy:shipping", "en")
		if err != nil || len(ps) != 1 || !containsWord(ps[0].Text, want) {
			t.Fatalf("%s passages = %+v, %v; want its own %q", shop, ps, err, want)
		}
	}
	if f, err := m.ProductFacts(ctx, north, 5000, "what material?", "en"); err != nil || f == nil || f.Title != "Silk Kimono" {
		t.Fatalf("north facts of its kimono = %+v, %v", f, err)
	}
	if f, err := m.ProductFacts(ctx, south, 5000, "what material?", "en"); err != nil || f != nil {
		t.Fatalf("south reads the facts of the north's product: %+v, %v", f, err)
	}

	// A change in the north reaches the north only, without reloading the
	// south.
	southLoads := src[south].loads.Load()
	src[north].upsert(kimono(5001, "Cotton Yukata", 5))
	clock.Advance(2 * time.Second)
	if got := hitsOf(north, "yukata"); !slices.Equal(got, []string{"silk-kimono"}) {
		t.Fatalf("north yukata after the change = %v", got)
	}
	if got := hitsOf(south, "yukata"); len(got) != 0 {
		t.Fatalf("south sees the north's new product: %v", got)
	}
	if got := src[south].loads.Load(); got != southLoads {
		t.Fatalf("a change in the north reloaded the south (%d → %d loads)", southLoads, got)
	}

	// An unknown shop is an error that says so, not an empty answer.
	if _, err := m.Search(ctx, "nobody.myshopify.com", "kimono", "en", Filters{}, 5); !errors.Is(err, errNoShop) {
		t.Fatalf("search of an unknown shop: %v, want the source's error", err)
	}
}

func containsWord(text, w string) bool {
	for _, f := range splitWords(text) {
		if f == w {
			return true
		}
	}
	return false
}

// Every Manager entry point wraps the source's error so callers can
// recognise it (errors.Is) when there is no index to fall back on.
func TestSourceErrorIsWrappedByEveryEntryPoint(t *testing.T) {
	ctx := context.Background()
	down := errors.New("database down")
	src := newFakeSource(coreProducts(t), fixtureDocuments(t))
	src.fail = down
	m := newTestManager(t, src, Options{})
	calls := map[string]func() error{
		"Search": func() error { _, err := m.Search(ctx, testShop, "dress", "en", Filters{}, 5); return err },
		"SearchAs": func() error {
			_, err := m.SearchAs(ctx, testShop, "vestido", "es", "en", Filters{}, 5)
			return err
		},
		"Recommend":    func() error { _, err := m.Recommend(ctx, testShop, RecommendRequest{Limit: 3}); return err },
		"SearchDocs":   func() error { _, err := m.SearchDocs(ctx, testShop, "returns", "en", 3); return err },
		"DocPassages":  func() error { _, err := m.DocPassages(ctx, testShop, "policy:refund", "en"); return err },
		"ProductFacts": func() error { _, err := m.ProductFacts(ctx, testShop, 1, "material?", "en"); return err },
		"ProductType":  func() error { _, err := m.ProductType(ctx, testShop, []string{"dress"}, "en"); return err },
		"AnswerPassages": func() error {
			_, err := m.AnswerPassages(ctx, testShop, PassageQuery{Text: "how long does shipping take", Lang: "en"})
			return err
		},
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, down) {
			t.Errorf("%s: %v, want the source's error wrapped", name, err)
		}
	}
	// A cancelled caller gets its context's error, not a build of its own.
	src.fail = nil
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := m.Search(cancelled, testShop, "dress", "en", Filters{}, 5); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled search: %v, want context.Canceled", err)
	}
}
