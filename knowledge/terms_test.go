package knowledge

import (
	"context"
	"math"
	"strconv"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

func TestDistanceWithin(t *testing.T) {
	tests := []struct {
		want, have string
		max        int
		dist       int
		ok         bool
	}{
		{"sweater", "sweater", 1, 0, true},
		{"sweter", "sweater", 1, 1, true},    // insertion
		{"swaeter", "sweater", 1, 1, true},   // transposition counts once
		{"walet", "wallet", 1, 1, true},      // insertion
		{"lether", "leather", 2, 1, true},    // within a larger budget
		{"camizeta", "camiseta", 1, 1, true}, // substitution
		{"sweater", "swatter", 1, 0, false},  // two substitutions
		{"boots", "boot", 1, 1, true},
		{"boots", "bo", 1, 0, false},   // length alone rules it out
		{"ñandú", "ñandu", 1, 1, true}, // runes, not bytes
		{"wanderschuhe", "wanderschuh", 2, 1, true},
		{"cachemire", "cashmere", 2, 0, false},
	}
	var buf editBuffers
	for _, tt := range tests {
		t.Run(tt.want+"/"+tt.have, func(t *testing.T) {
			d, ok := buf.distanceWithin([]rune(tt.want), tt.have, tt.max)
			if ok != tt.ok || (ok && d != tt.dist) {
				t.Errorf("distanceWithin(%q, %q, %d) = %d, %v; want %d, %v", tt.want, tt.have, tt.max, d, ok, tt.dist, tt.ok)
			}
		})
	}
}

// TestTopMatchesStopsInPopularSegments checks the bound on scored matches:
// full builds put popular products in the first segments, so a query
// matching every product keeps the most popular ones when it stops early.
// On disk the builder merges its batches into one segment, in order.
func TestTopMatchesStopsInPopularSegments(t *testing.T) {
	for _, tt := range []struct {
		name string
		dir  string
	}{{"in memory", ""}, {"on disk", t.TempDir()}} {
		t.Run(tt.name, func(t *testing.T) { testTopMatchesStopsInPopularSegments(t, tt.dir) })
	}
}

func testTopMatchesStopsInPopularSegments(t *testing.T, dir string) {
	pm, err := newProductMapping()
	if err != nil {
		t.Fatal(err)
	}
	dm, err := newDocMapping()
	if err != nil {
		t.Fatal(err)
	}
	products := generatedProducts(300, 1000, false)
	for i := range products {
		products[i].Popularity = float64(i) // the last generated is the most popular
	}
	c := &Corpus{Shop: testShop, Locales: []string{"en"}, Products: products}
	s, err := buildShopIndex(context.Background(), c, 1, pm, dm, dir, 50)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if segs := segmentCount(t, s.idx); dir != "" && segs != 1 {
		t.Errorf("on-disk build left %d segments, want 1", segs)
	}
	terms, err := openTerms(context.Background(), s.idx)
	if err != nil {
		t.Fatal(err)
	}
	defer terms.Close()
	tiers := textQueries(s.pm, "everyday", s.productFields("en"), terms) // a tag of every product
	q := tiers[len(tiers)-1]().match

	ctx := context.Background()
	all, truncated, err := matchIDs(ctx, terms.r, s.pm, q, 1000)
	if err != nil || len(all) != 300 || truncated {
		t.Fatalf("unbounded: %d matches, truncated %v, %v", len(all), truncated, err)
	}
	some, truncated, err := matchIDs(ctx, terms.r, s.pm, q, 40)
	if err != nil || len(some) != 40 || !truncated {
		t.Fatalf("bounded: %d matches, truncated %v, %v", len(some), truncated, err)
	}
	scored, err := scoreIDs(ctx, terms.r, s.pm, q, some, 1000)
	if err != nil || len(scored) != 40 {
		t.Fatalf("scored %d of 40: %v", len(scored), err)
	}
	for i, m := range scored {
		id, _ := strconv.ParseInt(m.id, 10, 64)
		// The first segment holds the 50 most popular: IDs 1250-1299.
		if id < 1250 {
			t.Errorf("bounded search returned product %d, outside the most popular segment", id)
		}
		if i > 0 && m.score > scored[i-1].score {
			t.Fatalf("matches not ordered by score: %v", scored)
		}
	}

	// Scoring through the ID list gives bleve's own scores.
	res, err := s.idx.Search(bleve.NewSearchRequestOptions(q, 300, 0, false))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{}
	for _, h := range res.Hits {
		want[h.ID] = h.Score
	}
	every, err := scoreIDs(ctx, terms.r, s.pm, q, all, 300)
	if err != nil || len(every) != 300 {
		t.Fatalf("scored %d of 300: %v", len(every), err)
	}
	for _, m := range every {
		if math.Abs(want[m.id]-m.score) > 1e-9 {
			t.Fatalf("product %s scored %v, bleve says %v", m.id, m.score, want[m.id])
		}
	}
}

// TestBoundedSearchFindsRecentChanges checks that a product changed after
// the build, which sits in the last segment, is still found when the
// search stops after maxExamined matches.
func TestBoundedSearchFindsRecentChanges(t *testing.T) {
	pm, err := newProductMapping()
	if err != nil {
		t.Fatal(err)
	}
	dm, err := newDocMapping()
	if err != nil {
		t.Fatal(err)
	}
	products := generatedProducts(300, 1000, false)
	for i := range products {
		products[i].Popularity = float64(i)
	}
	c := &Corpus{Shop: testShop, Locales: []string{"en"}, Products: products}
	s, err := buildShopIndex(context.Background(), c, 1, pm, dm, "", 50)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	s.maxExamined = 40

	// The least popular product starts selling.
	p := products[0]
	p.Popularity = 10_000
	if _, err := s.apply([]Product{p}, nil, nil, 2, 0); err != nil {
		t.Fatal(err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	hits, err := s.search(context.Background(), "everyday", "en", "en", &Filters{}, 5, Options{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].ProductID != p.ID {
		t.Fatalf("top hit = %v, want the changed product %d first", handles(hits), p.ID)
	}
}

// segmentCount is the number of segments a search of idx visits.
func segmentCount(t testing.TB, idx bleve.Index) int {
	t.Helper()
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		t.Fatalf("reader is %T, not a scorch snapshot", r)
	}
	return len(snap.Segments())
}
